//! The data directory: first-run initialization, unlocking the root key, opening the
//! store, and the lock that keeps key operations away from a running server.

use crate::config::{Config, ensure_dir, redact_url};
use anyhow::{Context, Result, bail};
use std::fs::File;
use std::path::PathBuf;
use ward_crypto::{KeyProvider, KeystoreFile, Protection, RootKey};
use ward_store::{Store, StoreError, StoreOptions};
use zeroize::Zeroizing;

pub fn passphrase() -> Option<Zeroizing<String>> {
    std::env::var("WARD_PASSPHRASE")
        .ok()
        .filter(|p| !p.is_empty())
        .map(Zeroizing::new)
}

pub struct InitReport {
    pub created_keystore: Option<Protection>,
    pub created_tls: bool,
    pub created_token: bool,
    pub created_policies: bool,
}

/// Creates whatever is missing in the data directory. Never overwrites.
pub fn init_files(cfg: &Config) -> Result<InitReport> {
    ensure_dir(&cfg.data_dir)?;
    let ks = KeystoreFile::new(cfg.keystore_path(), passphrase());
    let created_keystore = if ks.exists() {
        None
    } else {
        let root = RootKey::generate()?;
        Some(
            ks.write(&root)
                .with_context(|| format!("cannot write keystore {}", ks.path().display()))?,
        )
    };
    let mut created_tls = false;
    if cfg.tls_cert.is_none() {
        let (cert, key) = cfg.cert_paths();
        if !cert.exists() || !key.exists() {
            ensure_dir(&cfg.tls_dir())?;
            ward_server::tls::generate_dev_certs(&cfg.tls_dir())?;
            created_tls = true;
        }
    }
    let token_path = cfg.token_path();
    let created_token = !token_path.exists();
    if created_token {
        let token = ward_crypto::random_token(32)?;
        ward_crypto::write_private_atomic(&token_path, format!("{}\n", token.as_str()).as_bytes())?;
    }
    let policies = cfg.policies_dir();
    let created_policies = !policies.exists();
    if created_policies {
        ensure_dir(&policies)?;
        std::fs::write(
            policies.join("default.cedar"),
            ward_access::policy::DEFAULT_POLICIES,
        )
        .with_context(|| format!("cannot write {}", policies.display()))?;
    }
    Ok(InitReport {
        created_keystore,
        created_tls,
        created_token,
        created_policies,
    })
}

pub fn warn_if_unsealed(cfg: &Config) {
    if let Ok((Protection::Unsealed, _)) = KeystoreFile::new(cfg.keystore_path(), None).peek() {
        eprintln!(
            "WARNING: the root key in {} is NOT sealed: anyone who copies the data directory can read every record.\n\
             WARNING: quick start only. For real data: stop Ward, move the data directory away, set WARD_PASSPHRASE and run `ward init` again.",
            cfg.keystore_path().display()
        );
    }
}

fn next_keystore(cfg: &Config) -> PathBuf {
    cfg.data_dir.join("keystore.json.next")
}

pub fn load_root(cfg: &Config) -> Result<RootKey> {
    let ks = KeystoreFile::new(cfg.keystore_path(), passphrase());
    if !ks.exists() {
        bail!(
            "no keystore at {}: run `ward init` (or `ward serve`, which initializes) first",
            ks.path().display()
        );
    }
    Ok(ks.root_key()?)
}

/// Opens the store with the keystore's root key. Finishes an interrupted key rotation: if
/// the database's keys are wrapped under the key in `keystore.json.next`, that file
/// becomes the keystore.
pub async fn open_store(cfg: &Config) -> Result<Store> {
    let root = load_root(cfg)?;
    match Store::open(&cfg.database, root, StoreOptions::default()).await {
        Ok(s) => Ok(s),
        Err(StoreError::WrongRootKey { found, .. }) => {
            let next = KeystoreFile::new(next_keystore(cfg), passphrase());
            if next.exists() && next.peek()?.1 == found {
                eprintln!(
                    "finishing an interrupted key rotation: {} becomes the keystore",
                    next.path().display()
                );
                std::fs::rename(next.path(), cfg.keystore_path())?;
                return Ok(
                    Store::open(&cfg.database, load_root(cfg)?, StoreOptions::default()).await?,
                );
            }
            bail!(
                "the keystore {} does not hold the root key of database {} (its keys are wrapped by {found})",
                cfg.keystore_path().display(),
                redact_url(&cfg.database)
            )
        }
        Err(e) => Err(anyhow::Error::new(e).context(format!(
            "cannot open database {}",
            redact_url(&cfg.database)
        ))),
    }
}

/// Rotates the root key: new keystore written aside, every data key re-wrapped in one
/// transaction, then the new keystore replaces the old.
pub async fn rotate(cfg: &Config, store: &Store) -> Result<usize> {
    let new_root = RootKey::generate()?;
    let new_pass = std::env::var("WARD_NEW_PASSPHRASE")
        .ok()
        .filter(|p| !p.is_empty())
        .map(Zeroizing::new)
        .or_else(passphrase);
    let next = KeystoreFile::new(next_keystore(cfg), new_pass);
    next.write(&new_root)?;
    let n = store.rotate_root(new_root).await?;
    std::fs::rename(next.path(), cfg.keystore_path())?;
    Ok(n)
}

/// Holds the data directory's lock for as long as it lives.
pub struct DirLock(#[allow(dead_code)] File);

pub fn lock(cfg: &Config, what: &str) -> Result<DirLock> {
    ensure_dir(&cfg.data_dir)?;
    let f = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(cfg.lock_path())?;
    match f.try_lock() {
        Ok(()) => Ok(DirLock(f)),
        Err(_) => bail!(
            "{what}: another Ward process (a running `ward serve`?) holds {}; stop it first",
            cfg.lock_path().display()
        ),
    }
}
