//! `cargo +nightly fuzz run verify_token`: access-token verification on arbitrary strings
//! must return an error, never panic (and never accept: the fuzzer cannot sign).
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use ward_access::token::{TokenKey, generate_key};

static KEY: OnceLock<TokenKey> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let key = KEY.get_or_init(|| {
        TokenKey::from_pkcs8(&generate_key().expect("key"), "https://ward.fuzz").expect("key")
    });
    let s = String::from_utf8_lossy(data);
    assert!(key.verify(&s, 1_900_000_000).is_err());
});
