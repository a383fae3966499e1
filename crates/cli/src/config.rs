//! Configuration: one `ward.toml`, overridden by environment variables, overridden by
//! command-line flags. Every key, its variable and its default:
//!
//! | key | env | default |
//! | --- | --- | --- |
//! | `data_dir` | `WARD_DATA_DIR` | `./ward-data` |
//! | `listen` | `WARD_LISTEN` | `127.0.0.1:8443` |
//! | `database` | `WARD_DATABASE_URL` | SQLite file `ward.db` in the data directory |
//! | `public_url` | `WARD_PUBLIC_URL` | `https://localhost:<port>` |
//! | `tls_cert`, `tls_key` | `WARD_TLS_CERT`, `WARD_TLS_KEY` | the quick-start certificate in `<data_dir>/tls/` |
//! | `max_body_bytes` | `WARD_MAX_BODY_BYTES` | 33554432 (32 MiB) |
//! | `log_format` | `WARD_LOG_FORMAT` | `text` (or `json`) |
//! | `checkpoint_interval_ms` | `WARD_CHECKPOINT_INTERVAL_MS` | 1000 |
//! | `[[witness]]` `url`, `key`, `ca` | (file only) | none |
//!
//! Each `[[witness]]` table names a C2SP tlog-witness that cosigns the ledger's
//! checkpoints: its submission URL, its cosigner key (`name+id+key`) and, optionally, a
//! CA certificate (PEM) to trust for its TLS.
//!
//! The passphrase that seals the keystore is only ever read from `WARD_PASSPHRASE`.

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub data_dir: Option<PathBuf>,
    pub listen: Option<String>,
    pub database: Option<String>,
    pub public_url: Option<String>,
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    pub max_body_bytes: Option<usize>,
    pub log_format: Option<String>,
    pub checkpoint_interval_ms: Option<u64>,
    #[serde(default)]
    pub witness: Vec<WitnessEntry>,
}

/// One `[[witness]]` table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WitnessEntry {
    pub url: String,
    pub key: String,
    pub ca: Option<PathBuf>,
}

/// Flags and env values as clap parsed them (clap reads the env variables).
#[derive(Debug, Default, Clone, clap::Args)]
pub struct Overrides {
    /// Data directory: keystore, SQLite database, TLS files, admin token.
    #[arg(long, env = "WARD_DATA_DIR", global = true)]
    pub data_dir: Option<PathBuf>,
    /// Configuration file (default: ./ward.toml if it exists).
    #[arg(long, env = "WARD_CONFIG", global = true)]
    pub config: Option<PathBuf>,
    /// Database URL: sqlite://PATH or postgres://USER@HOST:PORT/DB.
    #[arg(long, env = "WARD_DATABASE_URL", global = true)]
    pub database: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub data_dir: PathBuf,
    pub listen: String,
    pub database: String,
    pub public_url: String,
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    pub max_body_bytes: usize,
    pub log_format: String,
    pub checkpoint_every: std::time::Duration,
    pub witnesses: Vec<ward_server::witness::WitnessConfig>,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

impl Config {
    pub fn load(
        o: &Overrides,
        listen_flag: Option<String>,
        tls: (Option<PathBuf>, Option<PathBuf>),
    ) -> Result<Self> {
        let path = o
            .config
            .clone()
            .or_else(|| Some(PathBuf::from("ward.toml")).filter(|p| p.exists()));
        let file: FileConfig = match &path {
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .with_context(|| format!("cannot read config file {}", p.display()))?;
                toml::from_str(&text)
                    .with_context(|| format!("{}: invalid configuration", p.display()))?
            }
            None => FileConfig::default(),
        };
        let data_dir = o
            .data_dir
            .clone()
            .or(file.data_dir)
            .unwrap_or_else(|| PathBuf::from("ward-data"));
        let listen = listen_flag
            .or_else(|| env("WARD_LISTEN"))
            .or(file.listen)
            .unwrap_or_else(|| "127.0.0.1:8443".into());
        let database = o
            .database
            .clone()
            .or(file.database)
            .unwrap_or_else(|| ward_store::sqlite_url(&data_dir.join("ward.db")));
        if !(database.starts_with("sqlite:")
            || database.starts_with("postgres:")
            || database.starts_with("postgresql:"))
        {
            bail!(
                "database must be a sqlite:// or postgres:// URL, got '{}'",
                redact_url(&database)
            );
        }
        let port = listen.rsplit(':').next().unwrap_or("8443").to_string();
        let public_url = env("WARD_PUBLIC_URL")
            .or(file.public_url)
            .unwrap_or_else(|| format!("https://localhost:{port}"));
        let tls_cert = tls
            .0
            .or_else(|| env("WARD_TLS_CERT").map(PathBuf::from))
            .or(file.tls_cert);
        let tls_key = tls
            .1
            .or_else(|| env("WARD_TLS_KEY").map(PathBuf::from))
            .or(file.tls_key);
        if tls_cert.is_some() != tls_key.is_some() {
            bail!(
                "give both --tls-cert and --tls-key, or neither (then Ward uses its quick-start certificate)"
            );
        }
        let max_body_bytes = match env("WARD_MAX_BODY_BYTES") {
            Some(v) => v.parse().with_context(|| {
                format!("WARD_MAX_BODY_BYTES must be a number of bytes, got '{v}'")
            })?,
            None => file.max_body_bytes.unwrap_or(32 * 1024 * 1024),
        };
        let log_format = env("WARD_LOG_FORMAT")
            .or(file.log_format)
            .unwrap_or_else(|| "text".into());
        let checkpoint_ms = match env("WARD_CHECKPOINT_INTERVAL_MS") {
            Some(v) => v.parse().with_context(|| {
                format!("WARD_CHECKPOINT_INTERVAL_MS must be milliseconds, got '{v}'")
            })?,
            None => file.checkpoint_interval_ms.unwrap_or(1_000),
        };
        if !(10..=3_600_000).contains(&checkpoint_ms) {
            bail!("checkpoint_interval_ms must be between 10 and 3600000");
        }
        let witnesses = file
            .witness
            .into_iter()
            .map(|w| ward_server::witness::WitnessConfig {
                url: w.url,
                key: w.key,
                ca: w.ca,
            })
            .collect();
        Ok(Self {
            checkpoint_every: std::time::Duration::from_millis(checkpoint_ms),
            witnesses,
            data_dir,
            listen,
            database,
            public_url: public_url.trim_end_matches('/').to_string(),
            tls_cert,
            tls_key,
            max_body_bytes,
            log_format,
        })
    }

    pub fn keystore_path(&self) -> PathBuf {
        self.data_dir.join("keystore.json")
    }
    /// The access policies (`*.cedar`), written with the defaults by `ward init`.
    pub fn policies_dir(&self) -> PathBuf {
        self.data_dir.join("policies")
    }
    pub fn token_path(&self) -> PathBuf {
        self.data_dir.join("admin-token")
    }
    pub fn tls_dir(&self) -> PathBuf {
        self.data_dir.join("tls")
    }
    pub fn ca_path(&self) -> PathBuf {
        self.tls_dir().join("ca.pem")
    }
    pub fn cert_paths(&self) -> (PathBuf, PathBuf) {
        match (&self.tls_cert, &self.tls_key) {
            (Some(c), Some(k)) => (c.clone(), k.clone()),
            _ => (
                self.tls_dir().join("server.pem"),
                self.tls_dir().join("server-key.pem"),
            ),
        }
    }
    pub fn lock_path(&self) -> PathBuf {
        self.data_dir.join("ward.lock")
    }
}

/// A database URL without its password, for messages.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.find('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

pub fn ensure_dir(p: &Path) -> Result<()> {
    std::fs::create_dir_all(p)
        .with_context(|| format!("cannot create directory {}", p.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o700))
            .with_context(|| format!("cannot restrict {}", p.display()))?;
    }
    Ok(())
}
