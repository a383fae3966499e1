//! The keystore file that holds the root key, and the [`KeyProvider`] seam through which
//! the rest of Ward obtains it (a KMS provider can be added without touching callers).

use crate::{CryptoError, Result, RootKey, hex};
use argon2::{Algorithm, Argon2, Params, Version};
use aws_lc_rs::aead::{AES_256_GCM, Aad, Nonce, RandomizedNonceKey};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// Where a root key comes from.
pub trait KeyProvider: Send + Sync {
    fn root_key(&self) -> Result<RootKey>;
    /// A human-readable description (no secrets), for logs.
    fn describe(&self) -> String;
}

/// How a keystore protects the root key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Protection {
    /// Sealed with a key derived by argon2id from a passphrase.
    Argon2id,
    /// Stored in the clear beside the data: for the quick start only.
    Unsealed,
}

#[derive(Serialize, Deserialize)]
struct FileFormat {
    format: String,
    kek_id: String,
    protection: Protection,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    argon2: Option<Argon2Params>,
    /// base64: the root key (unsealed) or `nonce ‖ ciphertext ‖ tag` (sealed).
    key: String,
}

#[derive(Serialize, Deserialize, Clone, Copy)]
struct Argon2Params {
    m_cost_kib: u32,
    t_cost: u32,
    p_cost: u32,
    #[serde(with = "b64_16")]
    salt: [u8; 16],
}

mod b64_16 {
    use super::B64;
    use base64::Engine;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};
    pub fn serialize<S: Serializer>(v: &[u8; 16], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&B64.encode(v))
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 16], D::Error> {
        let s = String::deserialize(d)?;
        B64.decode(s)
            .map_err(D::Error::custom)?
            .try_into()
            .map_err(|_| D::Error::custom("salt must be 16 bytes"))
    }
}

const FORMAT: &str = "ward-keystore-v1";
/// OWASP's first recommended argon2id configuration (m=46 MiB, t=1, p=1) is the floor;
/// we spend a little more since unlocking happens once per start.
const DEFAULT_ARGON2: (u32, u32, u32) = (64 * 1024, 3, 1);

/// A keystore file on disk.
#[derive(Debug, Clone)]
pub struct KeystoreFile {
    path: PathBuf,
    passphrase: Option<Zeroizing<String>>,
}

impl KeystoreFile {
    pub fn new(path: impl Into<PathBuf>, passphrase: Option<Zeroizing<String>>) -> Self {
        Self {
            path: path.into(),
            passphrase,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn exists(&self) -> bool {
        self.path.exists()
    }

    /// Writes `key` to this keystore's path atomically (temp file, fsync, rename), mode
    /// 0600. Sealed when a passphrase was given.
    pub fn write(&self, key: &RootKey) -> Result<Protection> {
        let (protection, argon2, blob) = match &self.passphrase {
            Some(pass) => {
                let mut salt = [0u8; 16];
                crate::fill_random(&mut salt)?;
                let (m, t, p) = DEFAULT_ARGON2;
                let params = Argon2Params {
                    m_cost_kib: m,
                    t_cost: t,
                    p_cost: p,
                    salt,
                };
                let kek = derive(pass, &params, &self.path)?;
                let sealer = RandomizedNonceKey::new(&AES_256_GCM, kek.as_ref())
                    .map_err(|_| CryptoError::Random)?;
                let mut buf = key.bytes().to_vec();
                let nonce = sealer
                    .seal_in_place_append_tag(Aad::from(aad(key.id())), &mut buf)
                    .map_err(|_| CryptoError::Random)?;
                let mut out = nonce.as_ref().to_vec();
                out.extend_from_slice(&buf);
                (Protection::Argon2id, Some(params), out)
            }
            None => (Protection::Unsealed, None, key.bytes().to_vec()),
        };
        let file = FileFormat {
            format: FORMAT.into(),
            kek_id: key.id().to_string(),
            protection: protection.clone(),
            argon2,
            key: B64.encode(&blob),
        };
        let text = Zeroizing::new(serde_json::to_string_pretty(&file).expect("serializable"));
        write_private_atomic(&self.path, text.as_bytes())?;
        Ok(protection)
    }

    /// Reads the protection and key id without unlocking.
    pub fn peek(&self) -> Result<(Protection, String)> {
        let f = self.read_file()?;
        Ok((f.protection, f.kek_id))
    }

    fn read_file(&self) -> Result<FileFormat> {
        let text = Zeroizing::new(std::fs::read_to_string(&self.path).map_err(|source| {
            CryptoError::Io {
                path: self.path.display().to_string(),
                source,
            }
        })?);
        let f: FileFormat = serde_json::from_str(&text)
            .map_err(|e| self.bad(format!("not a Ward keystore ({e})")))?;
        if f.format != FORMAT {
            return Err(self.bad(format!("unknown format {:?}", f.format)));
        }
        Ok(f)
    }

    fn bad(&self, reason: String) -> CryptoError {
        CryptoError::Keystore {
            path: self.path.display().to_string(),
            reason,
        }
    }
}

impl KeyProvider for KeystoreFile {
    fn root_key(&self) -> Result<RootKey> {
        let f = self.read_file()?;
        let blob = Zeroizing::new(
            B64.decode(&f.key)
                .map_err(|_| self.bad("key is not base64".into()))?,
        );
        let key = match f.protection {
            Protection::Unsealed => RootKey::from_bytes(&blob)
                .ok_or_else(|| self.bad("key has the wrong length".into()))?,
            Protection::Argon2id => {
                let pass = self
                    .passphrase
                    .as_ref()
                    .ok_or(CryptoError::PassphraseRequired)?;
                let params = f
                    .argon2
                    .ok_or_else(|| self.bad("argon2 parameters missing".into()))?;
                let kek = derive(pass, &params, &self.path)?;
                let opener = RandomizedNonceKey::new(&AES_256_GCM, kek.as_ref())
                    .map_err(|_| CryptoError::Random)?;
                if blob.len() < 12 + 16 {
                    return Err(self.bad("sealed key is truncated".into()));
                }
                let nonce = Nonce::try_assume_unique_for_key(&blob[..12])
                    .map_err(|_| CryptoError::Malformed)?;
                let mut buf = Zeroizing::new(blob[12..].to_vec());
                let plain = opener
                    .open_in_place(nonce, Aad::from(aad(&f.kek_id)), buf.as_mut_slice())
                    .map_err(|_| CryptoError::WrongPassphrase(self.path.display().to_string()))?;
                RootKey::from_bytes(plain)
                    .ok_or_else(|| self.bad("key has the wrong length".into()))?
            }
        };
        if key.id() != f.kek_id {
            return Err(self.bad("key does not match its recorded id".into()));
        }
        Ok(key)
    }

    fn describe(&self) -> String {
        format!("keystore file {}", self.path.display())
    }
}

fn aad(kek_id: &str) -> Vec<u8> {
    format!("ward-keystore-v1\0{kek_id}").into_bytes()
}

fn derive(pass: &str, p: &Argon2Params, path: &Path) -> Result<Zeroizing<[u8; 32]>> {
    let params = Params::new(p.m_cost_kib, p.t_cost, p.p_cost, Some(32)).map_err(|e| {
        CryptoError::Keystore {
            path: path.display().to_string(),
            reason: format!("bad argon2 parameters: {e}"),
        }
    })?;
    let mut out = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(pass.as_bytes(), &p.salt, out.as_mut())
        .map_err(|e| CryptoError::Keystore {
            path: path.display().to_string(),
            reason: format!("argon2 failed: {e}"),
        })?;
    Ok(out)
}

/// Writes a file readable only by its owner, atomically: a crash leaves the old file or
/// the new one, never half of either.
pub fn write_private_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    let io = |source| CryptoError::Io {
        path: path.display().to_string(),
        source,
    };
    let mut tmp_name = path.as_os_str().to_owned();
    tmp_name.push(format!(".tmp-{}", hex(&rand_suffix()?)));
    let tmp = PathBuf::from(tmp_name);
    {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(&tmp).map_err(io)?;
        f.write_all(contents).map_err(io)?;
        f.sync_all().map_err(io)?;
    }
    std::fs::rename(&tmp, path).map_err(io)?;
    if let Some(dir) = path.parent()
        && let Ok(d) = std::fs::File::open(dir)
    {
        let _ = d.sync_all();
    }
    Ok(())
}

fn rand_suffix() -> Result<[u8; 6]> {
    let mut b = [0u8; 6];
    crate::fill_random(&mut b)?;
    Ok(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmpdir() -> PathBuf {
        let d = std::env::temp_dir().join(format!("ward-ks-{}", hex(&rand_suffix().unwrap())));
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn sealed_keystore_roundtrip_and_wrong_passphrase() {
        let dir = tmpdir();
        let path = dir.join("keystore.json");
        let key = RootKey::generate().unwrap();
        let ks = KeystoreFile::new(&path, Some(Zeroizing::new("correct horse battery".into())));
        assert_eq!(ks.write(&key).unwrap(), Protection::Argon2id);
        assert_eq!(ks.root_key().unwrap().id(), key.id());
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !text.contains(&B64.encode(key.bytes())),
            "sealed keystore holds the key in clear"
        );
        let wrong = KeystoreFile::new(&path, Some(Zeroizing::new("wrong".into())));
        assert!(matches!(
            wrong.root_key(),
            Err(CryptoError::WrongPassphrase(_))
        ));
        let none = KeystoreFile::new(&path, None);
        assert!(matches!(
            none.root_key(),
            Err(CryptoError::PassphraseRequired)
        ));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn unsealed_keystore_roundtrip() {
        let dir = tmpdir();
        let ks = KeystoreFile::new(dir.join("k.json"), None);
        let key = RootKey::generate().unwrap();
        assert_eq!(ks.write(&key).unwrap(), Protection::Unsealed);
        assert_eq!(ks.root_key().unwrap().id(), key.id());
        std::fs::remove_dir_all(dir).unwrap();
    }
}
