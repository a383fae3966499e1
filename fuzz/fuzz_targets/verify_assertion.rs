//! `cargo +nightly fuzz run verify_assertion`: client assertions (private_key_jwt) and
//! JWK Sets from arbitrary bytes must be refused with an error, never panic (the fuzzer
//! cannot sign with the registered key).
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use ward_access::client_auth::{ClientKeys, claimed_client, verify_assertion};
use ward_access::client_key::{ClientKey, KeyKind};

static KEYS: OnceLock<ClientKeys> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let keys = KEYS.get_or_init(|| {
        let k = ClientKey::generate(KeyKind::Ec, "k1").expect("key");
        ClientKeys::parse(&k.jwks().to_string()).expect("jwks")
    });
    let s = String::from_utf8_lossy(data);
    let _ = claimed_client(&s);
    let _ = ClientKeys::parse(&s);
    assert!(verify_assertion(&s, keys, "svc", "https://ward.fuzz/auth/token", 1_900_000_000).is_err());
});
