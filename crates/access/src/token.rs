//! Access tokens: JWTs signed by the server's ECDSA P-256 key (ES256), through
//! `jsonwebtoken` on aws-lc-rs. Verification pins the algorithm to ES256 and checks
//! issuer, audience, expiry and not-before, so `alg: none`, an HMAC token made with the
//! public key as secret (HS/RS confusion), a token for another server and an expired
//! token all fail. Whether the token was revoked is the caller's question (the session id
//! `sid` names the grant).

use crate::AccessError;
use aws_lc_rs::encoding::AsDer;
use aws_lc_rs::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use zeroize::Zeroizing;

/// What an access token says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    pub iss: String,
    pub aud: String,
    /// `user:NAME` or `client:ID`.
    pub sub: String,
    pub iat: i64,
    pub nbf: i64,
    pub exp: i64,
    pub jti: String,
    /// The grant (session) this token belongs to; revoking it revokes the token.
    pub sid: String,
    pub client_id: String,
    pub scope: String,
    /// Ward roles of the subject at issue time.
    pub roles: Vec<String>,
    /// The patient in context (`launch/patient`, or the patient user's own record).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patient: Option<String>,
    /// `Practitioner/ID` or `Patient/ID` of a user, when known.
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "fhirUser")]
    pub fhir_user: Option<String>,
    /// HL7 v3 PurposeOfUse the token was issued for; `ETREAT` marks a break-glass token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
}

/// The server's token key: signs and verifies access tokens, and publishes its JWK.
pub struct TokenKey {
    kid: String,
    encoding: EncodingKey,
    decoding: DecodingKey,
    jwk: Value,
    issuer: String,
}

impl std::fmt::Debug for TokenKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TokenKey({})", self.kid)
    }
}

/// A new P-256 private key, PKCS#8 DER (to be sealed by the caller).
pub fn generate_key() -> Result<Zeroizing<Vec<u8>>, AccessError> {
    let kp = EcdsaKeyPair::generate(&ECDSA_P256_SHA256_FIXED_SIGNING)
        .map_err(|_| AccessError::Crypto("ECDSA key generation failed".into()))?;
    let der = kp
        .to_pkcs8v1()
        .map_err(|_| AccessError::Crypto("PKCS#8 encoding failed".into()))?;
    Ok(Zeroizing::new(der.as_ref().to_vec()))
}

fn b64(b: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b)
}

impl TokenKey {
    /// Loads the key from PKCS#8 DER. `issuer` is the server's base URL: tokens name it as
    /// issuer and audience.
    pub fn from_pkcs8(der: &[u8], issuer: &str) -> Result<Self, AccessError> {
        let kp = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, der).map_err(|_| {
            AccessError::Crypto("the token signing key is not a P-256 PKCS#8 key".into())
        })?;
        // Uncompressed point: 0x04 ‖ x(32) ‖ y(32).
        let point = kp.public_key().as_ref().to_vec();
        if point.len() != 65 || point[0] != 4 {
            return Err(AccessError::Crypto("unexpected public key encoding".into()));
        }
        let (x, y) = (b64(&point[1..33]), b64(&point[33..]));
        let spki = kp
            .public_key()
            .as_der()
            .map_err(|_| AccessError::Crypto("public key encoding failed".into()))?;
        let fp = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, spki.as_ref());
        let kid = b64(&fp.as_ref()[..12]);
        let decoding = DecodingKey::from_ec_components(&x, &y)
            .map_err(|e| AccessError::Crypto(format!("public key: {e}")))?;
        Ok(Self {
            jwk: json!({"kty": "EC", "crv": "P-256", "x": x, "y": y, "kid": kid, "use": "sig", "alg": "ES256"}),
            kid,
            encoding: EncodingKey::from_ec_der(der),
            decoding,
            issuer: issuer.to_string(),
        })
    }

    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    /// The JWK Set that publishes the verification key.
    pub fn jwks(&self) -> Value {
        json!({"keys": [self.jwk]})
    }

    pub fn sign(&self, claims: &Claims) -> Result<Zeroizing<String>, AccessError> {
        let mut h = Header::new(Algorithm::ES256);
        h.kid = Some(self.kid.clone());
        h.typ = Some("at+jwt".into());
        jsonwebtoken::encode(&h, claims, &self.encoding)
            .map(Zeroizing::new)
            .map_err(|e| AccessError::Crypto(format!("signing: {e}")))
    }

    /// Verifies signature, algorithm, issuer, audience, expiry and not-before at `now`.
    pub fn verify(&self, token: &str, now: i64) -> Result<Claims, AccessError> {
        if token.len() > 8 * 1024 {
            return Err(AccessError::Token("too long".into()));
        }
        let mut v = Validation::new(Algorithm::ES256);
        v.set_issuer(&[&self.issuer]);
        v.set_audience(&[&self.issuer]);
        v.set_required_spec_claims(&["exp", "nbf", "iss", "aud", "sub"]);
        v.validate_nbf = true;
        // The library compares against the system clock; Ward checks its own `now` too,
        // so that tests can move time.
        v.leeway = 5;
        let data = jsonwebtoken::decode::<Claims>(token, &self.decoding, &v)
            .map_err(|e| AccessError::Token(e.to_string()))?;
        let c = data.claims;
        if c.exp <= now - 5 || c.nbf > now + 5 {
            return Err(AccessError::Token("expired or not yet valid".into()));
        }
        Ok(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(now: i64) -> Claims {
        Claims {
            iss: "https://ward.test".into(),
            aud: "https://ward.test".into(),
            sub: "user:alice".into(),
            iat: now,
            nbf: now,
            exp: now + 300,
            jti: "j1".into(),
            sid: "s1".into(),
            client_id: "app".into(),
            scope: "user/*.rs".into(),
            roles: vec!["physician".into()],
            patient: None,
            fhir_user: Some("Practitioner/p1".into()),
            purpose: None,
        }
    }

    fn now() -> i64 {
        crate::unix_now()
    }

    #[test]
    fn sign_verify_and_rejections() {
        let key = TokenKey::from_pkcs8(&generate_key().unwrap(), "https://ward.test").unwrap();
        let t = now();
        let tok = key.sign(&claims(t)).unwrap();
        assert_eq!(key.verify(&tok, t).unwrap(), claims(t));
        assert_eq!(key.jwks()["keys"][0]["crv"], "P-256");

        // Tampered payload.
        let parts: Vec<&str> = tok.split('.').collect();
        let mut c = claims(t);
        c.scope = "user/*.cruds".into();
        let forged_payload = b64(serde_json::to_string(&c).unwrap().as_bytes());
        let forged = format!("{}.{}.{}", parts[0], forged_payload, parts[2]);
        assert!(key.verify(&forged, t).is_err());

        // alg: none.
        let none_header = b64(br#"{"alg":"none","typ":"JWT"}"#);
        assert!(
            key.verify(&format!("{none_header}.{}.", parts[1]), t)
                .is_err()
        );

        // HS256 with the public key as the HMAC secret (algorithm confusion).
        let jwk = key.jwks()["keys"][0].clone();
        let secret = serde_json::to_vec(&jwk).unwrap();
        let hs = jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &claims(t),
            &EncodingKey::from_secret(&secret),
        )
        .unwrap();
        assert!(key.verify(&hs, t).is_err());

        // Another server's key.
        let other = TokenKey::from_pkcs8(&generate_key().unwrap(), "https://ward.test").unwrap();
        assert!(other.verify(&tok, t).is_err());

        // Wrong audience / issuer.
        let elsewhere =
            TokenKey::from_pkcs8(&generate_key().unwrap(), "https://other.test").unwrap();
        let mut c = claims(t);
        c.iss = "https://other.test".into();
        c.aud = "https://other.test".into();
        let tok2 = elsewhere.sign(&c).unwrap();
        assert!(elsewhere.verify(&tok2, t).is_ok());
        let mut c3 = claims(t);
        c3.aud = "https://other.test".into();
        assert!(key.verify(&key.sign(&c3).unwrap(), t).is_err());

        // Expired.
        let mut c = claims(t - 1000);
        c.exp = t - 100;
        assert!(key.verify(&key.sign(&c).unwrap(), t).is_err());
        // Garbage.
        for g in ["", "a.b.c", "....", "x"] {
            assert!(key.verify(g, t).is_err());
        }
    }
}
