//! Hostile input to the access crate's parsers never panics and never grants: mutations of
//! real scope strings and of a real signed token, and random bytes, go through the scope
//! parser and token verification. (The coverage-guided fuzzers for the same entry points
//! are `fuzz/fuzz_targets/parse_scopes.rs` and `verify_token.rs`.)

use ward_access::ScopeSet;
use ward_access::token::{Claims, TokenKey, generate_key};

use ward_testkit::XorShift as Rng;

const ALPHABET: &[u8] =
    b"patientusersystem/*.crudsrwd?=&|:_-ObservationPatient \x00\xff\xc3\xa9{}\"";

fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut b = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        match rng.below(4) {
            0 if !b.is_empty() => {
                let i = rng.below(b.len());
                b[i] = ALPHABET[rng.below(ALPHABET.len())];
            }
            1 if !b.is_empty() => {
                let i = rng.below(b.len());
                b.remove(i);
            }
            2 => {
                let i = rng.below(b.len() + 1);
                b.insert(i, ALPHABET[rng.below(ALPHABET.len())]);
            }
            _ => {
                let i = rng.below(b.len() + 1);
                b.truncate(i);
            }
        }
    }
    b
}

fn known(t: &str) -> bool {
    matches!(t, "Patient" | "Observation" | "Condition")
}

#[test]
fn scope_strings_never_panic() {
    let seeds = [
        "patient/Observation.rs?category=laboratory openid launch/patient",
        "user/*.cruds fhirUser offline_access",
        "system/Patient.r patient/*.read user/Observation.write",
    ];
    let mut rng = Rng::new(0x5eed_5c0e);
    let mut accepted = 0;
    for i in 0..20_000 {
        let input = mutate(&mut rng, seeds[i % seeds.len()].as_bytes());
        let s = String::from_utf8_lossy(&input);
        if let Ok(set) = ScopeSet::parse(&s, &known) {
            accepted += 1;
            // Whatever parses prints back to something that parses to the same set.
            let again = ScopeSet::parse(&set.to_string(), &known).expect("round trip");
            assert_eq!(again, set, "{s:?}");
        }
    }
    assert!(accepted > 100, "the mutations were all refused: {accepted}");
}

#[test]
fn mutated_tokens_are_refused() {
    let key = TokenKey::from_pkcs8(&generate_key().unwrap(), "https://ward.test").unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let claims = Claims {
        iss: "https://ward.test".into(),
        aud: "https://ward.test".into(),
        sub: "user:alice".into(),
        iat: now,
        nbf: now,
        exp: now + 300,
        jti: "j".into(),
        sid: "s".into(),
        client_id: "app".into(),
        scope: "patient/*.rs".into(),
        roles: vec!["patient".into()],
        patient: Some("p1".into()),
        fhir_user: None,
        purpose: None,
    };
    let token = key.sign(&claims).unwrap().to_string();
    assert!(key.verify(&token, now).is_ok());
    let mut rng = Rng::new(0x70_4e4);
    for _ in 0..3_000 {
        let m = mutate(&mut rng, token.as_bytes());
        let s = String::from_utf8_lossy(&m);
        if s == token {
            continue;
        }
        // Base64url ignores nothing: a changed token fails, unless the change fell in the
        // unused low bits of the signature's last character, which still verifies the same
        // signature bytes. Either way it never carries other claims.
        if let Ok(c) = key.verify(&s, now) {
            assert_eq!(c, claims, "a mutated token verified with other claims: {s}");
        }
    }
    for _ in 0..2_000 {
        let n = rng.below(600);
        let bytes: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
        assert!(key.verify(&String::from_utf8_lossy(&bytes), now).is_err());
    }
}

#[test]
fn mutated_client_assertions_and_profiles_never_panic_or_pass() {
    use ward_access::client_auth::{ClientKeys, claimed_client, verify_assertion};
    use ward_access::client_key::{ClientKey, KeyKind};
    use ward_access::minimize::Profile;
    let url = "https://ward.test/auth/token";
    let now = ward_access::unix_now();
    let key = ClientKey::generate(KeyKind::Ec, "k1").unwrap();
    let keys = ClientKeys::parse(&key.jwks().to_string()).unwrap();
    let good = key.assertion("svc", url, now, "j1").unwrap();
    assert!(verify_assertion(&good, &keys, "svc", url, now).is_ok());
    let mut rng = Rng::new(0x000a_55e7);
    for _ in 0..2_000 {
        let m = mutate(&mut rng, good.as_bytes());
        let s = String::from_utf8_lossy(&m);
        let _ = claimed_client(&s);
        if let Ok(a) = verify_assertion(&s, &keys, "svc", url, now) {
            // Only a change in the signature's unused low bits can still verify.
            assert_eq!(a.jti, "j1", "{s}");
        }
    }
    let jwks = key.jwks().to_string();
    let profile = r#"{"resourceTypes": ["Patient"], "elements": {"Patient": ["gender", "value[x]"]}, "purposes": ["HOPERAT"], "expires": "2030-01-01"}"#;
    for _ in 0..3_000 {
        let j = mutate(&mut rng, jwks.as_bytes());
        let _ = ClientKeys::parse(&String::from_utf8_lossy(&j));
        let p = mutate(&mut rng, profile.as_bytes());
        if let Ok(p) = Profile::parse(&String::from_utf8_lossy(&p), &known) {
            // Whatever parses projects any resource without panicking.
            let mut r = serde_json::json!({"resourceType": "Patient", "id": "x", "name": [], "gender": "f"});
            p.project(r.as_object_mut().unwrap());
            assert_eq!(r["id"], "x");
        }
    }
}
