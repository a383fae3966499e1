//! Client authentication with `private_key_jwt` (RFC 7523 section 2.2, SMART Backend
//! Services): a backend service proves who it is by signing a short-lived JWT (the
//! *client assertion*) with a private key whose public half Ward holds in the client's
//! registered JWK Set.
//!
//! What is accepted, and nothing else:
//! * algorithms RS384 (RSA keys of at least 2048 bits) and ES384 (P-384 keys), the two
//!   SMART requires; the key's family must match the header's algorithm, so neither
//!   `alg: none` nor an HMAC made with a public key can pass;
//! * a `kid` in the header naming a key of the set;
//! * `iss` = `sub` = the client id, `aud` = Ward's token endpoint, `exp` at most five
//!   minutes ahead, a `jti` (the caller records it so that an assertion is used once).
//!
//! A registered JWK Set holds public keys only: a set with private members (`d`, `p`…)
//! or symmetric keys is refused at registration.

use crate::AccessError;
use jsonwebtoken::jwk::{AlgorithmParameters, EllipticCurve, Jwk, JwkSet};
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use serde_json::Value;

/// The `client_assertion_type` of `private_key_jwt`.
pub const ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// How far ahead an assertion may expire (SMART: no more than five minutes).
const MAX_LIFETIME_S: i64 = 300;
const LEEWAY_S: i64 = 5;

/// A client's validated public keys.
#[derive(Clone, Debug)]
pub struct ClientKeys {
    set: JwkSet,
}

const PRIVATE_MEMBERS: [&str; 8] = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

fn invalid(msg: impl Into<String>) -> AccessError {
    AccessError::Invalid(msg.into())
}

fn b64_len(s: &str) -> Option<usize> {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(s)
        .ok()
        .map(|b| {
            // Leading zero bytes do not count towards an RSA modulus's size.
            b.iter().skip_while(|x| **x == 0).count()
        })
}

impl ClientKeys {
    /// Parses and checks a JWK Set (JSON): every key RSA ≥ 2048 bits or EC P-384, public
    /// only, with a unique `kid`.
    pub fn parse(json: &str) -> Result<Self, AccessError> {
        let raw: Value = serde_json::from_str(json)
            .map_err(|e| invalid(format!("the JWK Set is not JSON: {e}")))?;
        let keys = raw
            .get("keys")
            .and_then(Value::as_array)
            .ok_or_else(|| invalid("a JWK Set is an object with a \"keys\" array"))?;
        if keys.is_empty() || keys.len() > 20 {
            return Err(invalid("the JWK Set must hold 1 to 20 keys"));
        }
        for k in keys {
            if let Some(m) = PRIVATE_MEMBERS.iter().find(|m| k.get(**m).is_some()) {
                return Err(invalid(format!(
                    "the JWK Set holds private key material (member \"{m}\"): register the public keys only"
                )));
            }
        }
        let set: JwkSet = serde_json::from_value(raw.clone())
            .map_err(|e| invalid(format!("the JWK Set is not valid: {e}")))?;
        let mut kids = std::collections::BTreeSet::new();
        for k in &set.keys {
            let kid = k
                .common
                .key_id
                .as_deref()
                .filter(|s| !s.is_empty())
                .ok_or_else(|| invalid("every key needs a \"kid\""))?;
            if !kids.insert(kid.to_string()) {
                return Err(invalid(format!("two keys have kid \"{kid}\"")));
            }
            let short: String = kid.chars().take(40).collect();
            match &k.algorithm {
                AlgorithmParameters::RSA(p) => {
                    let bits = b64_len(&p.n).unwrap_or(0) * 8;
                    if bits < 2048 {
                        return Err(invalid(format!(
                            "key \"{short}\": RSA keys must have at least 2048 bits"
                        )));
                    }
                }
                AlgorithmParameters::EllipticCurve(p) => {
                    if p.curve != EllipticCurve::P384
                        || b64_len(&p.x).is_none()
                        || b64_len(&p.y).is_none()
                    {
                        return Err(invalid(format!(
                            "key \"{short}\": EC keys must be on P-384 (for ES384)"
                        )));
                    }
                }
                _ => {
                    return Err(invalid(format!(
                        "key \"{short}\": only RSA (RS384) and EC P-384 (ES384) keys are accepted"
                    )));
                }
            }
            if let Some(alg) = k.common.key_algorithm {
                let a = format!("{alg:?}");
                if a != "RS384" && a != "ES384" {
                    return Err(invalid(format!(
                        "key \"{short}\": alg {a} is not accepted (RS384 or ES384)"
                    )));
                }
            }
        }
        Ok(Self { set })
    }

    fn key(&self, kid: &str) -> Option<&Jwk> {
        self.set.find(kid)
    }

    /// The key ids, for listings.
    pub fn kids(&self) -> Vec<String> {
        self.set
            .keys
            .iter()
            .filter_map(|k| k.common.key_id.clone())
            .collect()
    }
}

#[derive(Deserialize)]
struct AssertionClaims {
    iss: String,
    sub: String,
    exp: i64,
    #[serde(default)]
    jti: Option<String>,
}

/// A verified assertion: its `jti` and expiry, for the caller's replay check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assertion {
    pub jti: String,
    pub exp: i64,
}

fn refused(msg: &str) -> AccessError {
    AccessError::Token(format!("client assertion: {msg}"))
}

/// The client an assertion says it comes from (its `sub`, *unverified*): only to choose
/// the keys that [`verify_assertion`] then checks it with.
pub fn claimed_client(jwt: &str) -> Option<String> {
    use base64::Engine;
    if jwt.len() > 16 * 1024 {
        return None;
    }
    let payload = jwt.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .ok()?;
    let v: Value = serde_json::from_slice(&bytes).ok()?;
    v.get("sub")?.as_str().map(str::to_string)
}

/// Verifies a client assertion for `client_id`, addressed to `token_url`, at `now`.
pub fn verify_assertion(
    jwt: &str,
    keys: &ClientKeys,
    client_id: &str,
    token_url: &str,
    now: i64,
) -> Result<Assertion, AccessError> {
    if jwt.len() > 16 * 1024 {
        return Err(refused("too long"));
    }
    let header = jsonwebtoken::decode_header(jwt).map_err(|_| refused("malformed"))?;
    let alg = header.alg;
    if alg != Algorithm::RS384 && alg != Algorithm::ES384 {
        return Err(refused("the algorithm must be RS384 or ES384"));
    }
    let kid = header
        .kid
        .as_deref()
        .ok_or_else(|| refused("the header has no kid"))?;
    let jwk = keys
        .key(kid)
        .ok_or_else(|| refused("no registered key has this kid"))?;
    let family_ok = matches!(
        (&jwk.algorithm, alg),
        (AlgorithmParameters::RSA(_), Algorithm::RS384)
            | (AlgorithmParameters::EllipticCurve(_), Algorithm::ES384)
    );
    if !family_ok {
        return Err(refused("the key does not match the algorithm"));
    }
    let dk = DecodingKey::from_jwk(jwk).map_err(|_| refused("unusable key"))?;
    let mut v = Validation::new(alg);
    v.set_audience(&[token_url]);
    v.set_issuer(&[client_id]);
    v.set_required_spec_claims(&["exp", "iss", "sub", "aud"]);
    v.leeway = LEEWAY_S as u64;
    let c = jsonwebtoken::decode::<AssertionClaims>(jwt, &dk, &v)
        .map_err(|e| refused(&e.to_string()))?
        .claims;
    if c.sub != client_id || c.iss != client_id {
        return Err(refused("iss and sub must both be the client id"));
    }
    if c.exp <= now - LEEWAY_S {
        return Err(refused("expired"));
    }
    if c.exp > now + MAX_LIFETIME_S + LEEWAY_S {
        return Err(refused("exp is more than five minutes ahead"));
    }
    let jti = c
        .jti
        .filter(|j| !j.is_empty() && j.len() <= 256)
        .ok_or_else(|| refused("jti is missing"))?;
    Ok(Assertion { jti, exp: c.exp })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client_key::{ClientKey, KeyKind};
    use serde_json::json;

    const URL: &str = "https://ward.test/auth/token";

    fn now() -> i64 {
        crate::unix_now()
    }

    #[test]
    fn both_algorithms_verify_and_every_deviation_fails() {
        let t = now();
        for kind in [KeyKind::Rsa, KeyKind::Ec] {
            let key = ClientKey::generate(kind, "k1").unwrap();
            let keys = ClientKeys::parse(&key.jwks().to_string()).unwrap();
            let ok = key.assertion("svc", URL, t, "j1").unwrap();
            assert_eq!(
                verify_assertion(&ok, &keys, "svc", URL, t).unwrap(),
                Assertion {
                    jti: "j1".into(),
                    exp: t + 60
                }
            );
            // Wrong client, wrong audience, too late, too long a lifetime.
            assert!(verify_assertion(&ok, &keys, "other", URL, t).is_err());
            assert!(verify_assertion(&ok, &keys, "svc", "https://x.test/token", t).is_err());
            assert!(verify_assertion(&ok, &keys, "svc", URL, t + 600).is_err());
            let long = key
                .sign(&json!({"iss": "svc", "sub": "svc", "aud": URL, "exp": t + 3600, "jti": "j"}))
                .unwrap();
            assert!(verify_assertion(&long, &keys, "svc", URL, t).is_err());
            let no_jti = key
                .sign(&json!({"iss": "svc", "sub": "svc", "aud": URL, "exp": t + 60}))
                .unwrap();
            assert!(verify_assertion(&no_jti, &keys, "svc", URL, t).is_err());
            let sub = key
                .sign(&json!({"iss": "svc", "sub": "else", "aud": URL, "exp": t + 60, "jti": "j"}))
                .unwrap();
            assert!(verify_assertion(&sub, &keys, "svc", URL, t).is_err());
            // Signed by another key with the same kid.
            let impostor = ClientKey::generate(kind, "k1").unwrap();
            let forged = impostor.assertion("svc", URL, t, "j2").unwrap();
            assert!(verify_assertion(&forged, &keys, "svc", URL, t).is_err());
            // Tampered payload.
            let parts: Vec<&str> = ok.split('.').collect();
            let tampered = format!("{}.{}x.{}", parts[0], parts[1], parts[2]);
            assert!(verify_assertion(&tampered, &keys, "svc", URL, t).is_err());
            // alg none, and HS384 with the JWK as the secret.
            let b64 = |b: &[u8]| {
                use base64::Engine;
                base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b)
            };
            let none = format!("{}.{}.", b64(br#"{"alg":"none","kid":"k1"}"#), parts[1]);
            assert!(verify_assertion(&none, &keys, "svc", URL, t).is_err());
            let mut h = jsonwebtoken::Header::new(Algorithm::HS384);
            h.kid = Some("k1".into());
            let hs = jsonwebtoken::encode(
                &h,
                &json!({"iss": "svc", "sub": "svc", "aud": URL, "exp": t + 60, "jti": "j"}),
                &jsonwebtoken::EncodingKey::from_secret(key.jwks().to_string().as_bytes()),
            )
            .unwrap();
            assert!(verify_assertion(&hs, &keys, "svc", URL, t).is_err());
        }
        // An RSA key cannot verify an ES384 header (algorithm/key mismatch).
        let rsa = ClientKey::generate(KeyKind::Rsa, "k1").unwrap();
        let ec = ClientKey::generate(KeyKind::Ec, "k1").unwrap();
        let keys = ClientKeys::parse(&rsa.jwks().to_string()).unwrap();
        assert!(
            verify_assertion(
                &ec.assertion("svc", URL, t, "j").unwrap(),
                &keys,
                "svc",
                URL,
                t
            )
            .is_err()
        );
        for g in ["", "a.b.c", "x", "...."] {
            assert!(verify_assertion(g, &keys, "svc", URL, t).is_err());
        }
    }

    #[test]
    fn registration_refuses_private_weak_and_symmetric_keys() {
        let ec = ClientKey::generate(KeyKind::Ec, "k1").unwrap();
        let mut with_d = ec.jwks();
        with_d["keys"][0]["d"] = json!("AAAA");
        for (bad, why) in [
            (with_d.to_string(), "private"),
            (json!({"keys": []}).to_string(), "1 to 20"),
            ("[]".to_string(), "\"keys\""),
            (json!({"keys": [{"kty": "oct", "k": "c2VjcmV0", "kid": "s"}]}).to_string(), "private"),
            (json!({"keys": [{"kty": "RSA", "n": "AQAB", "e": "AQAB", "kid": "r"}]}).to_string(), "2048"),
            (json!({"keys": [{"kty": "EC", "crv": "P-256", "x": "AQAB", "y": "AQAB", "kid": "e"}]}).to_string(), "P-384"),
            (json!({"keys": [{"kty": "EC", "crv": "P-384", "x": "AQAB", "y": "AQAB"}]}).to_string(), "kid"),
        ] {
            let e = ClientKeys::parse(&bad).unwrap_err().to_string();
            assert!(e.contains(why), "{bad}: {e}");
        }
        let two = json!({"keys": [ec.jwks()["keys"][0], ec.jwks()["keys"][0]]});
        assert!(
            ClientKeys::parse(&two.to_string())
                .unwrap_err()
                .to_string()
                .contains("two keys")
        );
        assert_eq!(
            ClientKeys::parse(&ec.jwks().to_string()).unwrap().kids(),
            ["k1"]
        );
    }
}
