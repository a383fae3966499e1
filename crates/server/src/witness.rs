//! Witnessing, both sides.
//!
//! * [`WitnessService`]: `ward witness`, a C2SP `tlog-witness` that partner sites run. It
//!   answers `POST /add-checkpoint` (400/403/404/409/422 as the protocol says), keeps the
//!   latest cosigned checkpoint of each log in a state file replaced atomically (written,
//!   synced, renamed) while a lock holds off concurrent requests, and keeps refused
//!   inconsistent checkpoints as evidence of a misbehaving log.
//! * [`WitnessClient`]: a Ward server configured with witnesses asks each for a
//!   cosignature on every checkpoint it signs, learns a witness's latest size from its 409,
//!   and keeps only cosignatures that verify under the witness's configured key.

use crate::error::ApiError;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use ward_ledger::merkle::Tree;
use ward_ledger::note::{Checkpoint, Signer, Verifier};
use ward_ledger::witness::{AddCheckpoint, Latest, Refusal, Witness};

fn failure(msg: impl Into<String>) -> ApiError {
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        ward_fhir::IssueCode::Exception,
        msg.into(),
    )
}

fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Writes `bytes` to `path` so that a crash leaves the old file or the new one, never a
/// mix: a temporary file, synced, renamed over, and the directory synced.
fn replace_file(path: &Path, bytes: &[u8], mode: u32) -> std::io::Result<()> {
    use std::io::Write;
    let tmp = path.with_extension("tmp");
    let mut f = std::fs::File::create(&tmp)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        f.set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = mode;
    f.write_all(bytes)?;
    f.sync_all()?;
    std::fs::rename(&tmp, path)?;
    if let Some(dir) = path.parent() {
        std::fs::File::open(dir)?.sync_all()?;
    }
    Ok(())
}

/// A witness over HTTP.
pub struct WitnessService {
    witness: Witness,
    dir: PathBuf,
    state: tokio::sync::Mutex<BTreeMap<String, Latest>>,
}

impl WitnessService {
    /// Opens (or creates) a witness in `dir`: its key `witness-key.der` (PKCS#8, mode
    /// 0600, created once: Ed25519, or ML-DSA-44 if `post_quantum`; an existing key keeps
    /// its algorithm), its state `state.json`, and `evidence/` for refused inconsistent
    /// checkpoints. `logs` are the verifier keys of the logs it witnesses.
    pub fn open(
        dir: &Path,
        name: &str,
        logs: &[String],
        post_quantum: bool,
    ) -> Result<Arc<Self>, ApiError> {
        let io = |what: &str, e: std::io::Error| failure(format!("{what}: {e}"));
        std::fs::create_dir_all(dir.join("evidence")).map_err(|e| io("witness directory", e))?;
        let key_path = dir.join("witness-key.der");
        if !key_path.exists() {
            let generated = if post_quantum {
                Signer::generate_ml_dsa_44_pkcs8()
            } else {
                Signer::generate_pkcs8()
            };
            let der = zeroize::Zeroizing::new(generated.map_err(|e| failure(e.to_string()))?);
            replace_file(&key_path, &der, 0o600).map_err(|e| io("witness key", e))?;
        }
        let der =
            zeroize::Zeroizing::new(std::fs::read(&key_path).map_err(|e| io("witness key", e))?);
        let signer = Signer::from_pkcs8(name, &der).map_err(|e| failure(e.to_string()))?;
        let witness = Witness::new(signer, logs).map_err(|e| failure(e.to_string()))?;
        let state_path = dir.join("state.json");
        let state = match std::fs::read(&state_path) {
            Ok(b) => serde_json::from_slice(&b)
                .map_err(|e| failure(format!("{}: {e}", state_path.display())))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => BTreeMap::new(),
            Err(e) => return Err(io("witness state", e)),
        };
        Ok(Arc::new(Self {
            witness,
            dir: dir.to_path_buf(),
            state: tokio::sync::Mutex::new(state),
        }))
    }

    /// The witness's public cosigner key (`name+id+key`, type 0x04 or 0x06).
    pub fn cosigner_key(&self) -> String {
        self.witness.cosigner_key()
    }

    pub fn witness(&self) -> &Witness {
        &self.witness
    }

    /// `POST /add-checkpoint`, plus `GET /key` (the cosigner key) and `GET /health`.
    pub fn router(self: &Arc<Self>) -> axum::Router {
        use axum::routing::{get, post};
        axum::Router::new()
            .route("/add-checkpoint", post(add_checkpoint))
            .route(
                "/key",
                get(|State(w): State<Arc<Self>>| async move { format!("{}\n", w.cosigner_key()) }),
            )
            .route("/health", get(|| async { "ok\n" }))
            .layer(tower_http::limit::RequestBodyLimitLayer::new(64 * 1024))
            .with_state(self.clone())
    }

    fn keep_evidence(&self, body: &str, why: &Refusal) {
        let name = format!(
            "{}-{}.txt",
            now_secs(),
            ward_crypto::random_token(6)
                .map(|t| t.to_string())
                .unwrap_or_default()
        );
        let text = format!("refused: {why}\n\n{body}");
        if let Err(e) = std::fs::write(self.dir.join("evidence").join(name), text) {
            tracing::error!(error = %e, "could not keep the evidence of an inconsistent checkpoint");
        }
    }
}

fn plain(status: StatusCode, body: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        body,
    )
        .into_response()
}

async fn add_checkpoint(State(w): State<Arc<WitnessService>>, body: Bytes) -> Response {
    let Ok(text) = std::str::from_utf8(&body) else {
        return plain(StatusCode::BAD_REQUEST, "the body is not UTF-8\n".into());
    };
    let refused = |r: Refusal| {
        let status = StatusCode::from_u16(r.status()).unwrap_or(StatusCode::BAD_REQUEST);
        match r {
            Refusal::StaleOldSize(n) => (
                status,
                [(header::CONTENT_TYPE, "text/x.tlog.size")],
                format!("{n}\n"),
            )
                .into_response(),
            other => plain(status, format!("{other}\n")),
        }
    };
    let req = match AddCheckpoint::parse(text) {
        Ok(r) => r,
        Err(r) => return refused(r),
    };
    // The check and the update of the state happen under one lock: two requests from
    // the same old size cannot both pass.
    let mut state = w.state.lock().await;
    let c = match w.witness.check(&req, |o| state.get(o).copied()) {
        Ok(c) => c,
        Err(r) => {
            if matches!(r, Refusal::Inconsistent | Refusal::RootConflict) {
                tracing::warn!(refusal = %r, "a log presented an inconsistent checkpoint; evidence kept");
                w.keep_evidence(text, &r);
            }
            return refused(r);
        }
    };
    let mut next = state.clone();
    next.insert(
        c.origin.clone(),
        Latest {
            size: c.size,
            root: c.root,
        },
    );
    let persisted = serde_json::to_vec_pretty(&next)
        .map_err(std::io::Error::other)
        .and_then(|b| replace_file(&w.dir.join("state.json"), &b, 0o644));
    if let Err(e) = persisted {
        tracing::error!(error = %e, "witness state not saved: no cosignature");
        return plain(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the witness could not save its state\n".into(),
        );
    }
    *state = next;
    drop(state);
    tracing::info!(origin = %c.origin, size = c.size, "cosigned");
    match w.witness.cosign(&c, now_secs()) {
        Ok(line) => plain(StatusCode::OK, line),
        Err(e) => {
            tracing::error!(error = %e, "cosigning failed");
            plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the witness could not cosign\n".into(),
            )
        }
    }
}

// ------------------------------------------------------------------------ the client

/// A witness a Ward server asks for cosignatures (`[[witness]]` in `ward.toml`).
#[derive(Clone, Debug)]
pub struct WitnessConfig {
    /// The submission prefix (`https://witness.example/` → `…/add-checkpoint`).
    pub url: String,
    /// The witness's cosigner key (`name+id+key`).
    pub key: String,
    /// A CA certificate (PEM) to trust for the witness's TLS, if not a public one.
    pub ca: Option<PathBuf>,
}

/// One configured witness, with what the server knows of it.
pub struct WitnessClient {
    url: String,
    pub key: Verifier,
    http: reqwest::Client,
    /// The witness's latest cosigned size of this log, as far as this server knows.
    known: tokio::sync::Mutex<u64>,
    retry_after: std::sync::Mutex<Option<Instant>>,
}

impl WitnessClient {
    pub fn new(c: &WitnessConfig) -> Result<Self, ApiError> {
        let key = Verifier::parse(&c.key).map_err(|e| failure(format!("witness key: {e}")))?;
        if !key.is_cosigner() {
            return Err(failure(format!(
                "witness {}: the key is not a cosigner key (type 0x04 or 0x06)",
                key.name
            )));
        }
        let mut b = reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            .connect_timeout(Duration::from_secs(3));
        if let Some(ca) = &c.ca {
            let tls = crate::tls::client_config(ca)
                .map_err(|e| failure(format!("witness CA {}: {e}", ca.display())))?;
            b = b.tls_backend_preconfigured(tls);
        }
        Ok(Self {
            url: format!("{}/add-checkpoint", c.url.trim_end_matches('/')),
            key,
            http: b.build().map_err(|e| failure(e.to_string()))?,
            known: tokio::sync::Mutex::new(0),
            retry_after: std::sync::Mutex::new(None),
        })
    }

    pub fn name(&self) -> &str {
        &self.key.name
    }

    fn backing_off(&self) -> bool {
        self.retry_after
            .lock()
            .ok()
            .and_then(|g| *g)
            .is_some_and(|t| Instant::now() < t)
    }

    fn back_off(&self, d: Option<Duration>) {
        if let Ok(mut g) = self.retry_after.lock() {
            *g = d.map(|d| Instant::now() + d);
        }
    }

    /// Asks for a cosignature on `c` (signed as `note`), proving consistency from the
    /// witness's latest size with `tree`. Returns the cosignature line, verified.
    pub async fn cosign(
        &self,
        log: &Verifier,
        tree: &RwLock<Tree>,
        c: &Checkpoint,
        note: &str,
    ) -> Result<String, String> {
        if self.backing_off() {
            return Err("backing off after a failure".into());
        }
        let r = self.try_cosign(log, tree, c, note).await;
        self.back_off(r.is_err().then(|| Duration::from_secs(10)));
        r
    }

    async fn try_cosign(
        &self,
        log: &Verifier,
        tree: &RwLock<Tree>,
        c: &Checkpoint,
        note: &str,
    ) -> Result<String, String> {
        let mut known = self.known.lock().await;
        for _ in 0..2 {
            let old = *known;
            if old > c.size {
                return Err(format!(
                    "the witness has cosigned this log at size {old}, larger than {}: the log was rolled back or forked",
                    c.size
                ));
            }
            let proof = if old == 0 || old == c.size {
                vec![]
            } else {
                tree.read()
                    .unwrap_or_else(|p| p.into_inner())
                    .consistency_proof(old, c.size)
                    .map_err(|e| e.to_string())?
            };
            let body = AddCheckpoint {
                old,
                proof,
                note: note.to_string(),
            }
            .encode();
            let resp = self
                .http
                .post(&self.url)
                .body(body)
                .send()
                .await
                .map_err(|e| format!("unreachable: {e}"))?;
            let status = resp.status().as_u16();
            let text = resp.text().await.map_err(|e| e.to_string())?;
            match status {
                200 => {
                    let lines: Vec<String> = text
                        .split_terminator('\n')
                        .map(|l| format!("{l}\n"))
                        .collect();
                    let cosigned = ward_ledger::note::add_cosignatures(note, &lines);
                    // Only this witness's own, valid cosignature is kept.
                    let opened = ward_ledger::note::open(
                        &cosigned,
                        std::slice::from_ref(log),
                        std::slice::from_ref(&self.key),
                    )
                    .map_err(|e| format!("invalid cosignature: {e}"))?;
                    if opened.cosigned_by.is_empty() {
                        return Err(
                            "the answer carries no cosignature by the configured key".into()
                        );
                    }
                    *known = c.size;
                    return lines
                        .into_iter()
                        .find(|l| l.starts_with(&format!("\u{2014} {} ", self.key.name)))
                        .ok_or_else(|| "no cosignature line".into());
                }
                409 if text.trim().parse::<u64>().is_ok() => {
                    *known = text.trim().parse().unwrap_or(0);
                }
                _ => return Err(format!("refused with {status}: {}", text.trim())),
            }
        }
        Err("the witness's size kept changing".into())
    }
}
