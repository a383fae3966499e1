//! A backend service's own key pair, for `private_key_jwt`: what `ward client keygen`
//! creates and `ward client assertion` signs with, so that a vendor (or a test) can
//! authenticate without other tooling. Keys are made and used by aws-lc-rs; the JWS is the
//! compact serialization (RFC 7515) of a header and claims signed with RS384
//! (RSASSA-PKCS1-v1_5 SHA-384) or ES384 (ECDSA P-384, fixed-length r‖s).

use crate::AccessError;
use aws_lc_rs::encoding::{AsDer, Pkcs8V1Der};
use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::rsa::KeySize;
use aws_lc_rs::signature::{
    ECDSA_P384_SHA384_FIXED_SIGNING, EcdsaKeyPair, KeyPair, RSA_PKCS1_SHA384, RsaKeyPair,
};
use base64::Engine;
use serde_json::{Value, json};
use zeroize::Zeroizing;

/// The algorithm family of a client key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyKind {
    /// RSA 3072 bits, RS384.
    Rsa,
    /// ECDSA P-384, ES384.
    Ec,
}

enum Pair {
    Rsa(RsaKeyPair),
    Ec(EcdsaKeyPair),
}

/// A private key with its key id.
pub struct ClientKey {
    kid: String,
    pair: Pair,
}

impl std::fmt::Debug for ClientKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ClientKey({})", self.kid)
    }
}

fn b64u(b: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b)
}

fn crypto(msg: &str) -> AccessError {
    AccessError::Crypto(msg.into())
}

impl ClientKey {
    /// A new key pair.
    pub fn generate(kind: KeyKind, kid: &str) -> Result<Self, AccessError> {
        let pair = match kind {
            KeyKind::Rsa => Pair::Rsa(
                RsaKeyPair::generate(KeySize::Rsa3072)
                    .map_err(|_| crypto("RSA key generation failed"))?,
            ),
            KeyKind::Ec => Pair::Ec(
                EcdsaKeyPair::generate(&ECDSA_P384_SHA384_FIXED_SIGNING)
                    .map_err(|_| crypto("ECDSA key generation failed"))?,
            ),
        };
        Ok(Self {
            kid: kid.to_string(),
            pair,
        })
    }

    /// Loads a PKCS#8 private key (PEM `PRIVATE KEY`), RSA or P-384.
    pub fn from_pem(pem: &str, kid: &str) -> Result<Self, AccessError> {
        let body: String = pem
            .lines()
            .map(str::trim)
            .filter(|l| !l.starts_with("-----"))
            .collect();
        let der = Zeroizing::new(
            base64::engine::general_purpose::STANDARD
                .decode(body.as_bytes())
                .map_err(|_| AccessError::Invalid("the key file is not PEM".into()))?,
        );
        let pair = if let Ok(k) = RsaKeyPair::from_pkcs8(&der) {
            Pair::Rsa(k)
        } else if let Ok(k) = EcdsaKeyPair::from_pkcs8(&ECDSA_P384_SHA384_FIXED_SIGNING, &der) {
            Pair::Ec(k)
        } else {
            return Err(AccessError::Invalid(
                "the key file is not a PKCS#8 RSA or P-384 private key".into(),
            ));
        };
        Ok(Self {
            kid: kid.to_string(),
            pair,
        })
    }

    /// The private key as PKCS#8 PEM.
    pub fn to_pem(&self) -> Result<Zeroizing<String>, AccessError> {
        let der: Zeroizing<Vec<u8>> = Zeroizing::new(
            match &self.pair {
                Pair::Rsa(k) => AsDer::<Pkcs8V1Der<'_>>::as_der(k).map(|d| d.as_ref().to_vec()),
                Pair::Ec(k) => k.to_pkcs8v1().map(|d| d.as_ref().to_vec()),
            }
            .map_err(|_| crypto("PKCS#8 encoding failed"))?,
        );
        let b = Zeroizing::new(base64::engine::general_purpose::STANDARD.encode(der.as_slice()));
        let mut out = Zeroizing::new(String::from("-----BEGIN PRIVATE KEY-----\n"));
        for chunk in b.as_bytes().chunks(64) {
            out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
            out.push('\n');
        }
        out.push_str("-----END PRIVATE KEY-----\n");
        Ok(out)
    }

    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// The public JWK Set to register with Ward.
    pub fn jwks(&self) -> Value {
        let jwk = match &self.pair {
            Pair::Rsa(k) => {
                let p = k.public_key();
                json!({
                    "kty": "RSA", "alg": "RS384", "use": "sig", "kid": self.kid,
                    "n": b64u(p.modulus().big_endian_without_leading_zero()),
                    "e": b64u(p.exponent().big_endian_without_leading_zero()),
                })
            }
            Pair::Ec(k) => {
                // Uncompressed point: 0x04 ‖ x(48) ‖ y(48).
                let pt = k.public_key().as_ref();
                json!({
                    "kty": "EC", "crv": "P-384", "alg": "ES384", "use": "sig", "kid": self.kid,
                    "x": b64u(&pt[1..49]), "y": b64u(&pt[49..97]),
                })
            }
        };
        json!({ "keys": [jwk] })
    }

    /// Signs `claims` as a compact JWS.
    pub fn sign(&self, claims: &Value) -> Result<String, AccessError> {
        let alg = match self.pair {
            Pair::Rsa(_) => "RS384",
            Pair::Ec(_) => "ES384",
        };
        let header = json!({"alg": alg, "typ": "JWT", "kid": self.kid});
        let input = format!(
            "{}.{}",
            b64u(header.to_string().as_bytes()),
            b64u(claims.to_string().as_bytes())
        );
        let rng = SystemRandom::new();
        let sig = match &self.pair {
            Pair::Rsa(k) => {
                let mut sig = vec![0u8; k.public_modulus_len()];
                k.sign(&RSA_PKCS1_SHA384, &rng, input.as_bytes(), &mut sig)
                    .map_err(|_| crypto("RSA signing failed"))?;
                sig
            }
            Pair::Ec(k) => k
                .sign(&rng, input.as_bytes())
                .map_err(|_| crypto("ECDSA signing failed"))?
                .as_ref()
                .to_vec(),
        };
        Ok(format!("{input}.{}", b64u(&sig)))
    }

    /// A client assertion for `client_id` at the token endpoint `aud`, valid 60 seconds.
    pub fn assertion(
        &self,
        client_id: &str,
        aud: &str,
        now: i64,
        jti: &str,
    ) -> Result<String, AccessError> {
        self.sign(&json!({
            "iss": client_id, "sub": client_id, "aud": aud,
            "iat": now, "exp": now + 60, "jti": jti,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pem_round_trip_keeps_the_key() {
        for kind in [KeyKind::Rsa, KeyKind::Ec] {
            let k = ClientKey::generate(kind, "a").unwrap();
            let back = ClientKey::from_pem(&k.to_pem().unwrap(), "a").unwrap();
            assert_eq!(k.jwks(), back.jwks());
        }
        assert!(ClientKey::from_pem("-----BEGIN PRIVATE KEY-----\nAAAA\n", "a").is_err());
        assert!(ClientKey::from_pem("not pem at all", "a").is_err());
    }
}
