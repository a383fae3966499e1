//! Ward's key hierarchy and sealing.
//!
//! * A **root key** (KEK) comes from a [`KeyProvider`]; the shipped provider is a keystore
//!   file, sealed by a passphrase through argon2id, or (quick start only) unsealed.
//! * **Data keys** (DEKs) are random 256-bit keys, stored only wrapped by the root key.
//! * **Sealing** is AES-256-GCM with a random nonce, the associated data binding the
//!   ciphertext to its [`SealContext`] (resource type, logical id, version, key id).
//! * **Blind indexes** are HMAC-SHA-256 tags of normalized search values under an
//!   index key, domain-separated by search parameter.
//!
//! Architecture invariant: this crate knows nothing of FHIR, SQL or HTTP. No primitive is
//! implemented here: they all come from aws-lc-rs and argon2.
#![forbid(unsafe_code)]

mod keystore;

pub use keystore::{KeyProvider, KeystoreFile, Protection, write_private_atomic};

use aws_lc_rs::aead::{AES_256_GCM, Aad, Nonce, RandomizedNonceKey};
use aws_lc_rs::digest;
use aws_lc_rs::hmac;
use aws_lc_rs::rand::{SecureRandom, SystemRandom};
use std::fmt;
use zeroize::{Zeroize, Zeroizing};

/// Everything that can go wrong in this crate. Messages never contain key material or
/// plaintext.
#[derive(Debug, thiserror::Error)]
pub enum CryptoError {
    #[error("the system random number generator failed")]
    Random,
    #[error(
        "a sealed value failed to open: it was altered, moved to another record, or sealed under another key"
    )]
    Open,
    #[error("a wrapped data key failed to unwrap: wrong root key or altered key row")]
    Unwrap,
    #[error("sealed value is malformed")]
    Malformed,
    #[error("keystore {path}: {reason}")]
    Keystore { path: String, reason: String },
    #[error("keystore is sealed by a passphrase: set WARD_PASSPHRASE")]
    PassphraseRequired,
    #[error("wrong passphrase for keystore {0}")]
    WrongPassphrase(String),
    #[error("io error on {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

pub type Result<T> = std::result::Result<T, CryptoError>;

const KEY_LEN: usize = 32;
const SEAL_VERSION: u8 = 1;

fn random_bytes<const N: usize>() -> Result<Zeroizing<[u8; N]>> {
    let mut buf = Zeroizing::new([0u8; N]);
    SystemRandom::new()
        .fill(buf.as_mut())
        .map_err(|_| CryptoError::Random)?;
    Ok(buf)
}

/// Fills `out` with random bytes from the system generator.
pub fn fill_random(out: &mut [u8]) -> Result<()> {
    SystemRandom::new()
        .fill(out)
        .map_err(|_| CryptoError::Random)
}

/// A 256-bit secret that is zeroized on drop and never printed.
#[derive(Clone)]
struct Secret(Zeroizing<[u8; KEY_LEN]>);

impl Secret {
    fn generate() -> Result<Self> {
        Ok(Self(random_bytes::<KEY_LEN>()?))
    }
    fn from_slice(bytes: &[u8]) -> Option<Self> {
        let arr: [u8; KEY_LEN] = bytes.try_into().ok()?;
        Some(Self(Zeroizing::new(arr)))
    }
    fn bytes(&self) -> &[u8] {
        self.0.as_ref()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// Identifies a data key in the store: `patient:<id>`, `tenant`, `index`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyId(String);

impl KeyId {
    pub const TENANT: &'static str = "tenant";
    pub const INDEX: &'static str = "index";
    pub fn new(s: impl Into<String>) -> Self {
        Self(s.into())
    }
    pub fn tenant() -> Self {
        Self(Self::TENANT.into())
    }
    pub fn index() -> Self {
        Self(Self::INDEX.into())
    }
    pub fn patient(patient_id: &str) -> Self {
        Self(format!("patient:{patient_id}"))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The root key (key-encryption key). Only ever wraps and unwraps data keys.
pub struct RootKey {
    id: String,
    key: Secret,
}

impl fmt::Debug for RootKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RootKey({})", self.id)
    }
}

impl RootKey {
    pub fn generate() -> Result<Self> {
        Ok(Self::from_secret(Secret::generate()?))
    }

    fn from_secret(key: Secret) -> Self {
        // The id is a fingerprint: it names the key without revealing it.
        let fp = digest::digest(
            &digest::SHA256,
            &[b"ward-kek-id\0".as_slice(), key.bytes()].concat(),
        );
        let id = hex(&fp.as_ref()[..8]);
        Self { id, key }
    }

    pub(crate) fn from_bytes(bytes: &[u8]) -> Option<Self> {
        Secret::from_slice(bytes).map(Self::from_secret)
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        self.key.bytes()
    }

    /// Fingerprint of the key, stored beside every wrapped data key.
    pub fn id(&self) -> &str {
        &self.id
    }

    fn aead(&self) -> RandomizedNonceKey {
        RandomizedNonceKey::new(&AES_256_GCM, self.key.bytes()).expect("32-byte key is valid")
    }

    /// Wraps a data key; the key id is bound as associated data so that a wrapped key
    /// copied to another key row fails to unwrap.
    pub fn wrap(&self, key_id: &KeyId, dek: &DataKey) -> Result<Vec<u8>> {
        seal_raw(&self.aead(), &wrap_aad(key_id), dek.0.bytes())
    }

    pub fn unwrap(&self, key_id: &KeyId, wrapped: &[u8]) -> Result<DataKey> {
        let plain =
            open_raw(&self.aead(), &wrap_aad(key_id), wrapped).map_err(|_| CryptoError::Unwrap)?;
        Secret::from_slice(&plain)
            .map(DataKey)
            .ok_or(CryptoError::Unwrap)
    }
}

fn wrap_aad(key_id: &KeyId) -> Vec<u8> {
    format!("ward-wrap-v1\0{}", key_id.as_str()).into_bytes()
}

/// A data key (DEK): seals the resources of one patient's compartment, or the tenant's
/// other resources.
#[derive(Clone, Debug)]
pub struct DataKey(Secret);

impl DataKey {
    pub fn generate() -> Result<Self> {
        Ok(Self(Secret::generate()?))
    }

    fn aead(&self) -> RandomizedNonceKey {
        RandomizedNonceKey::new(&AES_256_GCM, self.0.bytes()).expect("32-byte key is valid")
    }

    pub fn seal(&self, ctx: &SealContext<'_>, plaintext: &[u8]) -> Result<Sealed> {
        seal_raw(&self.aead(), &ctx.aad(), plaintext).map(Sealed)
    }

    pub fn open(&self, ctx: &SealContext<'_>, sealed: &Sealed) -> Result<Zeroizing<Vec<u8>>> {
        open_raw(&self.aead(), &ctx.aad(), &sealed.0)
    }

    /// Uses this data key as the blind-index key.
    pub fn into_index_key(self) -> BlindIndexKey {
        BlindIndexKey(hmac::Key::new(hmac::HMAC_SHA256, self.0.bytes()))
    }
}

/// What a sealed resource row is bound to. Changing any field makes `open` fail.
#[derive(Debug, Clone, Copy)]
pub struct SealContext<'a> {
    pub resource_type: &'a str,
    pub id: &'a str,
    pub version: i64,
    pub key_id: &'a KeyId,
}

impl SealContext<'_> {
    fn aad(&self) -> Vec<u8> {
        format!(
            "ward-seal-v1\0{}\0{}\0{}\0{}",
            self.resource_type,
            self.id,
            self.version,
            self.key_id.as_str()
        )
        .into_bytes()
    }
}

/// Ciphertext as stored: `version(1) ‖ nonce(12) ‖ ciphertext ‖ tag(16)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed(Vec<u8>);

impl Sealed {
    pub fn from_bytes(bytes: Vec<u8>) -> Self {
        Self(bytes)
    }
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
    pub fn into_bytes(self) -> Vec<u8> {
        self.0
    }
}

fn seal_raw(key: &RandomizedNonceKey, aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>> {
    let mut buf = Vec::with_capacity(1 + 12 + plaintext.len() + 16);
    buf.extend_from_slice(plaintext);
    let nonce = key
        .seal_in_place_append_tag(Aad::from(aad), &mut buf)
        .map_err(|_| CryptoError::Random)?;
    let mut out = Vec::with_capacity(1 + 12 + buf.len());
    out.push(SEAL_VERSION);
    out.extend_from_slice(nonce.as_ref());
    out.extend_from_slice(&buf);
    buf.zeroize();
    Ok(out)
}

fn open_raw(key: &RandomizedNonceKey, aad: &[u8], sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    if sealed.len() < 1 + 12 + 16 || sealed[0] != SEAL_VERSION {
        return Err(CryptoError::Malformed);
    }
    let nonce =
        Nonce::try_assume_unique_for_key(&sealed[1..13]).map_err(|_| CryptoError::Malformed)?;
    let mut buf = Zeroizing::new(sealed[13..].to_vec());
    let len = key
        .open_in_place(nonce, Aad::from(aad), buf.as_mut_slice())
        .map_err(|_| CryptoError::Open)?
        .len();
    buf.truncate(len);
    Ok(buf)
}

/// Key for blind indexes: `tag = HMAC-SHA-256(key, param ‖ 0 ‖ normalized value)[..16]`.
/// The parameter name is part of the input so that equal values under different
/// parameters give unrelated tags.
pub struct BlindIndexKey(hmac::Key);

impl fmt::Debug for BlindIndexKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BlindIndexKey(…)")
    }
}

/// Length of a blind-index tag in bytes (128 bits: collisions are negligible at any
/// realistic number of values).
pub const BLIND_TAG_LEN: usize = 16;

impl BlindIndexKey {
    pub fn tag(&self, param: &str, normalized: &str) -> [u8; BLIND_TAG_LEN] {
        let mut ctx = hmac::Context::with_key(&self.0);
        ctx.update(param.as_bytes());
        ctx.update(&[0]);
        ctx.update(normalized.as_bytes());
        let full = ctx.sign();
        let mut out = [0u8; BLIND_TAG_LEN];
        out.copy_from_slice(&full.as_ref()[..BLIND_TAG_LEN]);
        out
    }
}

/// Constant-time equality for secrets such as bearer tokens.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    // Compare digests so that the comparison does not leak the length either.
    let da = digest::digest(&digest::SHA256, a);
    let db = digest::digest(&digest::SHA256, b);
    aws_lc_rs::constant_time::verify_slices_are_equal(da.as_ref(), db.as_ref()).is_ok()
}

/// SHA-256 of `data`, hex-encoded (for ETags of non-secret data and fingerprints).
pub fn sha256_hex(data: &[u8]) -> String {
    hex(digest::digest(&digest::SHA256, data).as_ref())
}

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// A random token of `n` bytes, URL-safe base64 without padding.
pub fn random_token(n: usize) -> Result<Zeroizing<String>> {
    use base64::Engine;
    let mut buf = Zeroizing::new(vec![0u8; n]);
    fill_random(&mut buf)?;
    Ok(Zeroizing::new(
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buf.as_slice()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx<'a>(key_id: &'a KeyId, id: &'a str, version: i64) -> SealContext<'a> {
        SealContext {
            resource_type: "Patient",
            id,
            version,
            key_id,
        }
    }

    #[test]
    fn seal_open_roundtrip() {
        let k = DataKey::generate().unwrap();
        let kid = KeyId::patient("p1");
        let sealed = k.seal(&ctx(&kid, "p1", 1), b"hello").unwrap();
        assert_eq!(
            k.open(&ctx(&kid, "p1", 1), &sealed).unwrap().as_slice(),
            b"hello"
        );
    }

    #[test]
    fn moved_or_altered_ciphertext_fails() {
        let k = DataKey::generate().unwrap();
        let kid = KeyId::patient("p1");
        let sealed = k.seal(&ctx(&kid, "p1", 1), b"hello").unwrap();
        // Moved to another id or version.
        assert!(matches!(
            k.open(&ctx(&kid, "p2", 1), &sealed),
            Err(CryptoError::Open)
        ));
        assert!(matches!(
            k.open(&ctx(&kid, "p1", 2), &sealed),
            Err(CryptoError::Open)
        ));
        // One altered byte anywhere after the version byte.
        for i in 1..sealed.as_bytes().len() {
            let mut bytes = sealed.as_bytes().to_vec();
            bytes[i] ^= 0x01;
            assert!(
                k.open(&ctx(&kid, "p1", 1), &Sealed::from_bytes(bytes))
                    .is_err(),
                "byte {i}"
            );
        }
        // Another key.
        let other = DataKey::generate().unwrap();
        assert!(other.open(&ctx(&kid, "p1", 1), &sealed).is_err());
    }

    #[test]
    fn wrapped_key_is_bound_to_its_id() {
        let root = RootKey::generate().unwrap();
        let dek = DataKey::generate().unwrap();
        let a = KeyId::patient("a");
        let wrapped = root.wrap(&a, &dek).unwrap();
        assert!(root.unwrap(&a, &wrapped).is_ok());
        assert!(root.unwrap(&KeyId::patient("b"), &wrapped).is_err());
        assert!(RootKey::generate().unwrap().unwrap(&a, &wrapped).is_err());
    }

    #[test]
    fn blind_tags_are_separated_by_param() {
        let k = DataKey::generate().unwrap().into_index_key();
        assert_eq!(k.tag("family", "smith"), k.tag("family", "smith"));
        assert_ne!(k.tag("family", "smith"), k.tag("name", "smith"));
        assert_ne!(k.tag("family", "smith"), k.tag("family", "smyth"));
    }

    #[test]
    fn debug_never_prints_secrets() {
        let k = DataKey::generate().unwrap();
        assert_eq!(format!("{k:?}"), "DataKey(Secret(…))");
    }
}
