//! The audit ledger at the edge: every request to the API and the authorization server
//! appends one entry to the ledger *before its response leaves*; if the entry cannot be
//! written, the response is replaced by a 500 OperationOutcome (fail closed).
//!
//! * [`Ledger`] owns the Merkle tree (rebuilt from the stored entries at start and checked
//!   against the latest signed checkpoint), a writer task that appends entries in batches
//!   (group commit: whatever queued while the previous batch was written goes in one
//!   transaction), and the checkpoint signer (a new signed checkpoint every interval in
//!   which the log grew).
//! * [`record`] is the layer. Handlers and the authentication layer tell it who asked and
//!   which patients' data was disclosed through the request's [`AuditSlot`].
//!
//! Entries name patients by a keyed pseudonym (HMAC-SHA-256 under a server secret), never
//! by id, and hold no clinical content; they stay verifiable after a patient is erased.

use crate::AppState;
use crate::error::ApiError;
use aws_lc_rs::hmac;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::BTreeSet;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use ward_fhir::IssueCode;
use ward_ledger::LedgerError;
use ward_ledger::entry::Entry;
use ward_ledger::merkle::{Tree, leaf_hash};
use ward_ledger::note::{Checkpoint, Signer, Verifier};
use ward_store::Store;

/// Most ids one entry lists (a search page is at most 1,000).
const MAX_IDS: usize = 1_000;

/// What a request tells the audit layer about itself.
#[derive(Clone, Debug, Default)]
pub struct AuditInfo {
    pub principal: Option<String>,
    pub roles: Vec<String>,
    pub client: Option<String>,
    pub purpose: Option<String>,
    pub break_glass: bool,
    /// Patient ids whose data the response discloses (pseudonymized when recorded).
    pub patients: BTreeSet<String>,
    pub ids: Vec<String>,
    pub action: Option<String>,
    /// Overrides the outcome derived from the status (a refused sign-in answers 200
    /// with the sign-in page again).
    pub outcome: Option<&'static str>,
    pub decision: Option<String>,
    pub detail: Option<String>,
    /// Set by the audit layer; the intent and the outcome of one write share it.
    pub request_id: String,
    pub source: Option<String>,
}

/// Who an answer of the authorization server was about (a token issued or revoked): a
/// response extension, since the token endpoint has no authenticated caller to record.
#[derive(Clone, Debug, Default)]
pub struct Acting {
    pub principal: String,
    pub client: Option<String>,
    pub roles: Vec<String>,
    pub patient: Option<String>,
}

/// Shared between the audit layer and everything inside it for one request.
#[derive(Clone, Debug, Default)]
pub struct AuditSlot(Arc<Mutex<AuditInfo>>);

impl AuditSlot {
    pub fn update(&self, f: impl FnOnce(&mut AuditInfo)) {
        if let Ok(mut g) = self.0.lock() {
            f(&mut g);
        }
    }

    /// Notes that a resource (of `patient`, if any) was disclosed.
    pub fn disclosed(&self, rt: &str, id: &str, patient: Option<&str>) {
        self.update(|a| {
            if a.ids.len() < MAX_IDS {
                a.ids.push(format!("{rt}/{id}"));
            }
            if let Some(p) = patient {
                a.patients.insert(p.to_string());
            }
        });
    }

    fn take(&self) -> AuditInfo {
        self.0.lock().map(|g| g.clone()).unwrap_or_default()
    }

    /// What the request has told the audit layer so far (who, from where, request id).
    pub(crate) fn snapshot(&self) -> AuditInfo {
        self.take()
    }
}

/// Records the end of work that a request started and that finished after its response
/// (a Bulk Data export job): `info` is the starting request's, with what the work did.
pub(crate) async fn record_later(
    ledger: &Ledger,
    info: AuditInfo,
    path: &str,
    status: u16,
    outcome: &'static str,
) -> Result<u64, String> {
    let entry = entry_of(ledger, info, "GET", path, status, outcome);
    ledger.append(&entry).await
}

type Job = (Vec<u8>, oneshot::Sender<Result<u64, String>>);

/// The ledger of one server.
pub struct Ledger {
    jobs: mpsc::Sender<Job>,
    tree: Arc<RwLock<Tree>>,
    signer: Signer,
    /// The log's second key (ML-DSA-44): every checkpoint carries its signature too.
    pq_signer: Signer,
    origin: String,
    pseudonyms: hmac::Key,
    latest: RwLock<Option<(u64, String)>>,
    verifier: Verifier,
    witnesses: Vec<crate::witness::WitnessClient>,
}

impl std::fmt::Debug for Ledger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Ledger({})", self.origin)
    }
}

fn failure(msg: impl Into<String>) -> ApiError {
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        IssueCode::Exception,
        msg.into(),
    )
}

/// The checkpoint origin of a server: its base URL without the scheme, plus `/ledger`
/// (C2SP origins are schema-less, unique names).
pub fn origin_for(base_url: &str) -> String {
    let host = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest)
        .trim_end_matches('/');
    format!("{host}/ledger")
}

impl Ledger {
    /// Opens the ledger of `store`: keys (created and sealed on first use), the tree
    /// rebuilt from every stored entry, checked against the latest stored checkpoint (a
    /// mismatch means the stored log was altered: the server refuses to start), and the
    /// writer task. `origin` names the log in its checkpoints when it is created; an
    /// existing log keeps its name.
    pub async fn open(
        store: Arc<Store>,
        origin: &str,
        witnesses: Vec<crate::witness::WitnessClient>,
    ) -> Result<Arc<Self>, ApiError> {
        // The log keeps the name it was created with, whatever URL serves it later.
        let stored = store
            .server_secret("ledger-origin", || {
                Ok(zeroize::Zeroizing::new(origin.as_bytes().to_vec()))
            })
            .await?;
        let origin = std::str::from_utf8(&stored)
            .map_err(|_| failure("the stored ledger origin is not text"))?
            .to_string();
        let origin = origin.as_str();
        // The log's two keys, each made once and sealed in the store.
        let key = |name: &'static str, generate: fn() -> Result<Vec<u8>, LedgerError>| {
            let store = store.clone();
            async move {
                let der = store
                    .server_secret(name, || {
                        generate()
                            .map(zeroize::Zeroizing::new)
                            .map_err(|e| e.to_string())
                    })
                    .await?;
                Signer::from_pkcs8(origin, &der).map_err(|e| failure(e.to_string()))
            }
        };
        let signer = key("ledger-signing-key", Signer::generate_pkcs8).await?;
        let pq_signer = key("ledger-pq-signing-key", Signer::generate_ml_dsa_44_pkcs8).await?;
        let pseudonyms = pseudonym_key(&store).await?;
        let mut tree = Tree::new();
        loop {
            let from = tree.size() as i64;
            let rows = store.ledger().entries(from, from + 10_000).await?;
            if rows.is_empty() {
                break;
            }
            for (idx, bytes) in rows {
                if idx != tree.size() as i64 {
                    return Err(failure(format!(
                        "the ledger has no entry {} (found {idx}): the stored log was altered",
                        tree.size()
                    )));
                }
                tree.push(leaf_hash(&bytes));
            }
        }
        let checkpoints = store.ledger().checkpoints().await?;
        let mut latest = None;
        let v = Verifier::parse(&signer.verifier_key()).map_err(|e| failure(e.to_string()))?;
        if let Some((size, note)) = checkpoints.last() {
            let opened = ward_ledger::note::open(note, std::slice::from_ref(&v), &[])
                .map_err(|e| failure(format!("the latest checkpoint does not verify: {e}")))?;
            let size = *size as u64;
            let root = tree.root_at(size).map_err(|_| {
                failure(format!(
                    "the ledger holds {} entries, fewer than its checkpoint of {size}: the stored log was truncated",
                    tree.size()
                ))
            })?;
            if opened.checkpoint.size != size || opened.checkpoint.root != root {
                return Err(failure(format!(
                    "the stored ledger does not match its signed checkpoint at size {size}: entries were altered"
                )));
            }
            latest = Some((size, note.clone()));
        }
        let tree = Arc::new(RwLock::new(tree));
        let (tx, rx) = mpsc::channel::<Job>(65_536);
        tokio::spawn(writer(store, tree.clone(), rx));
        Ok(Arc::new(Self {
            jobs: tx,
            tree,
            signer,
            pq_signer,
            origin: origin.to_string(),
            pseudonyms,
            latest: RwLock::new(latest),
            verifier: v,
            witnesses,
        }))
    }

    /// The keyed pseudonym of a patient.
    pub fn pseudonym(&self, patient: &str) -> String {
        pseudonym_with(&self.pseudonyms, patient)
    }

    /// Appends one entry; returns its index once it is durably stored.
    pub async fn append(&self, e: &Entry) -> Result<u64, String> {
        let bytes = e.canonical().map_err(|e| e.to_string())?;
        let (tx, rx) = oneshot::channel();
        self.jobs
            .send((bytes, tx))
            .await
            .map_err(|_| "the ledger writer stopped".to_string())?;
        rx.await
            .map_err(|_| "the ledger writer stopped".to_string())?
    }

    pub fn size(&self) -> u64 {
        self.tree.read().map(|t| t.size()).unwrap_or(0)
    }

    pub fn tree(&self) -> std::sync::RwLockReadGuard<'_, Tree> {
        self.tree.read().unwrap_or_else(|p| p.into_inner())
    }

    /// The log's Ed25519 public key, to verify checkpoints.
    pub fn verifier_key(&self) -> String {
        self.signer.verifier_key()
    }

    /// The log's ML-DSA-44 public key: every checkpoint carries its signature too.
    pub fn pq_verifier_key(&self) -> String {
        self.pq_signer.verifier_key()
    }

    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The offline proof (C2SP `tlog-proof`) of entry `index` with its bytes, against the
    /// checkpoint `note` of `size` entries.
    pub fn proof_bundle(
        &self,
        index: u64,
        bytes: Vec<u8>,
        size: u64,
        note: String,
    ) -> Result<ward_ledger::proof::Bundle, ApiError> {
        let proof = self
            .tree()
            .inclusion_proof(index, size)
            .map_err(|e| failure(e.to_string()))?;
        Ok(ward_ledger::proof::Bundle {
            extra: Some(bytes),
            index,
            proof,
            note,
        })
    }

    /// The latest signed checkpoint note, if any.
    pub fn latest(&self) -> Option<(u64, String)> {
        self.latest.read().ok().and_then(|g| g.clone())
    }

    /// Signs and stores a checkpoint if the log grew since the last one, then asks the
    /// configured witnesses that have not cosigned the latest checkpoint yet. The tree
    /// only grows, so two checkpoints are always consistent.
    pub async fn checkpoint(&self, store: &Store) -> Result<Option<(u64, String)>, ApiError> {
        let (size, root) = {
            let t = self.tree();
            (t.size(), t.root())
        };
        if size == 0 {
            return Ok(None);
        }
        let mut signed = None;
        if self.latest().is_none_or(|(s, _)| s < size) {
            let c = Checkpoint {
                origin: self.origin.clone(),
                size,
                root,
            };
            let err = |e: LedgerError| failure(e.to_string());
            let note = ward_ledger::note::add_cosignatures(
                &self.signer.sign(&c).map_err(err)?,
                &[self.pq_signer.signature_line(&c).map_err(err)?],
            );
            store.ledger().add_checkpoint(size as i64, &note).await?;
            self.set_latest(size, &note);
            signed = Some((size, note));
        }
        self.witness_latest(store).await?;
        Ok(signed.map(|(s, _)| (s, self.latest().map(|l| l.1).unwrap_or_default())))
    }

    fn set_latest(&self, size: u64, note: &str) {
        if let Ok(mut g) = self.latest.write()
            && g.as_ref().is_none_or(|(s, _)| *s <= size)
        {
            *g = Some((size, note.to_string()));
        }
    }

    /// Adds the cosignatures of witnesses missing from the latest checkpoint (a witness
    /// that failed is retried after a pause; its failure is logged, never fatal: the
    /// checkpoint stands on the log's signature).
    async fn witness_latest(&self, store: &Store) -> Result<(), ApiError> {
        let Some((size, note)) = self.latest() else {
            return Ok(());
        };
        if self.witnesses.is_empty() {
            return Ok(());
        }
        let opened = ward_ledger::note::open(
            &note,
            std::slice::from_ref(&self.verifier),
            &self
                .witnesses
                .iter()
                .map(|w| w.key.clone())
                .collect::<Vec<_>>(),
        )
        .map_err(|e| failure(e.to_string()))?;
        let mut lines = Vec::new();
        for w in &self.witnesses {
            if opened.cosigned_by.iter().any(|(n, _)| n == w.name()) {
                continue;
            }
            match w
                .cosign(&self.verifier, &self.tree, &opened.checkpoint, &note)
                .await
            {
                Ok(line) => lines.push(line),
                Err(e) => tracing::warn!(witness = %w.name(), size, error = %e, "no cosignature"),
            }
        }
        if !lines.is_empty() {
            let cosigned = ward_ledger::note::add_cosignatures(&note, &lines);
            store
                .ledger()
                .cosigned_checkpoint(size as i64, &cosigned)
                .await?;
            self.set_latest(size, &cosigned);
        }
        Ok(())
    }

    /// Signs checkpoints every `interval` while the server runs.
    pub fn spawn_checkpointer(self: &Arc<Self>, store: Arc<Store>, interval: Duration) {
        let me = Arc::downgrade(self);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(interval);
            loop {
                tick.tick().await;
                let Some(l) = me.upgrade() else { break };
                if let Err(e) = l.checkpoint(&store).await {
                    tracing::error!(error = %e.outcome.message(), "checkpoint failed");
                }
            }
        });
    }
}

/// Most times a batch is tried: each failed try means another writer appended in the
/// meantime, whose rows the writer then takes in.
const WRITE_ATTEMPTS: usize = 8;

/// Most times the writer lets the runtime's other ready tasks run before it commits a
/// batch (see [`writer`]).
const GATHER_ROUNDS: usize = 8;
/// The most entries one commit takes.
const BATCH_CAP: usize = 4_096;

/// The writer: one batch per transaction, the tree updated only after the commit.
///
/// Group commit: before committing, the writer yields to the runtime so that the
/// requests already being served on it can finish and add their entries; it commits as
/// soon as a round adds nothing (or after [`GATHER_ROUNDS`]). A batch thus waits only
/// for work that is running anyway, never on a timer, and one durable commit carries
/// every request that was in flight. (Committing each entry as it came made batches of
/// about 1.4 entries with 16 concurrent readers; the per-commit cost, an `fsync` and
/// two thread hops, then dominated what recording costs.)
///
/// Another writer may append between two batches (`ward` administration commands
/// record themselves directly; a second server on one PostgreSQL database): the size
/// check then refuses the batch, and the writer takes the new rows into its tree and
/// tries again, so that the log stays one sequence.
async fn writer(store: Arc<Store>, tree: Arc<RwLock<Tree>>, mut rx: mpsc::Receiver<Job>) {
    while let Some((first, reply)) = rx.recv().await {
        let (mut bytes, mut replies) = (vec![first], vec![reply]);
        for round in 0..=GATHER_ROUNDS {
            let before = bytes.len();
            while bytes.len() < BATCH_CAP {
                match rx.try_recv() {
                    Ok((b, r)) => {
                        bytes.push(b);
                        replies.push(r);
                    }
                    Err(_) => break,
                }
            }
            if round == GATHER_ROUNDS
                || bytes.len() == BATCH_CAP
                || (round > 0 && bytes.len() == before)
            {
                break;
            }
            tokio::task::yield_now().await;
        }
        let leaves: Vec<_> = bytes.iter().map(|b| leaf_hash(b)).collect();
        let mut outcome = Err("the audit ledger could not be written".to_string());
        for _attempt in 0..WRITE_ATTEMPTS {
            let start = tree.read().map(|t| t.size()).unwrap_or(0);
            match store.ledger().append(start as i64, bytes.clone()).await {
                Ok(()) => {
                    outcome = Ok(start);
                    break;
                }
                Err(ward_store::StoreError::Conflict(_)) => {
                    if let Err(e) = catch_up(&store, &tree).await {
                        tracing::error!(error = %e, "the ledger was changed behind its writer");
                        break;
                    }
                }
                Err(e) => {
                    tracing::error!(error = %e, "ledger append failed; the requests are refused");
                    break;
                }
            }
        }
        match outcome {
            Ok(start) => {
                let mut t = tree.write().unwrap_or_else(|p| p.into_inner());
                for (i, (leaf, reply)) in leaves.into_iter().zip(replies).enumerate() {
                    t.push(leaf);
                    let _ = reply.send(Ok(start + i as u64));
                }
            }
            Err(e) => {
                for reply in replies {
                    let _ = reply.send(Err(e.clone()));
                }
            }
        }
    }
}

/// Takes the entries another writer appended into the tree. Only rows past the tree's
/// size are read: rows the tree already holds are never re-read, so this cannot hide an
/// edit of them (the checkpoints and `ward ledger verify` catch those).
async fn catch_up(store: &Store, tree: &RwLock<Tree>) -> Result<(), String> {
    let from = tree.read().map(|t| t.size()).unwrap_or(0) as i64;
    let rows = store
        .ledger()
        .entries(from, i64::MAX)
        .await
        .map_err(|e| e.to_string())?;
    if rows.is_empty() {
        return Err("the ledger holds fewer entries than its writer wrote".into());
    }
    let mut t = tree.write().unwrap_or_else(|p| p.into_inner());
    for (idx, b) in rows {
        if idx != t.size() as i64 {
            return Err(format!(
                "the ledger has no entry {} (found {idx})",
                t.size()
            ));
        }
        t.push(leaf_hash(&b));
    }
    Ok(())
}

/// Records one event that did not come through the API (`ward keys rotate`, `ward user
/// …`) by appending it at the end of the log, whoever else is appending. `patients` are
/// ids, pseudonymized here. Returns the entry's index.
pub async fn record_local(
    store: &Store,
    mut entry: Entry,
    patients: &[&str],
) -> Result<u64, ApiError> {
    if !patients.is_empty() {
        let key = pseudonym_key(store).await?;
        entry.patients = patients.iter().map(|p| pseudonym_with(&key, p)).collect();
    }
    let bytes = entry.canonical().map_err(|e| failure(e.to_string()))?;
    for _attempt in 0..10 {
        let size = store.ledger().size().await?;
        match store.ledger().append(size, vec![bytes.clone()]).await {
            Ok(()) => return Ok(size as u64),
            Err(ward_store::StoreError::Conflict(_)) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(failure(
        "the audit ledger is too busy to append to; try again",
    ))
}

/// The key patients are pseudonymized under in ledger entries (created on first use).
async fn pseudonym_key(store: &Store) -> Result<hmac::Key, ApiError> {
    let k = store
        .server_secret("ledger-pseudonym-key", || {
            let mut k = zeroize::Zeroizing::new(vec![0u8; 32]);
            ward_crypto::fill_random(&mut k).map_err(|e| e.to_string())?;
            Ok(k)
        })
        .await?;
    Ok(hmac::Key::new(hmac::HMAC_SHA256, &k))
}

fn pseudonym_with(key: &hmac::Key, patient: &str) -> String {
    let tag = hmac::sign(key, patient.as_bytes());
    ward_crypto::hex(&tag.as_ref()[..16])
}

/// The action of a request, from its method and path.
fn action_of(method: &str, path: &str) -> (String, Option<String>, Vec<String>) {
    let segs: Vec<&str> = path.trim_matches('/').split('/').collect();
    let rt = segs
        .first()
        .filter(|s| ward_fhir::ResourceType::is_known(s))
        .map(|s| s.to_string());
    let id = segs
        .get(1)
        .filter(|s| !s.starts_with('_') && !s.starts_with('$'))
        .map(|s| s.to_string());
    let op = segs.iter().find(|s| s.starts_with('$')).map(|s| &s[1..]);
    let action = match (method, segs.as_slice()) {
        (_, ["auth", a, ..]) => a.to_string(),
        // Named as the `ward user …` / `ward client …` commands name them.
        ("POST", ["admin", "users"]) => "user-add".into(),
        (_, ["admin", "users"]) => "user-list".into(),
        (_, ["admin", "users", _]) => "user-show".into(),
        (_, ["admin", kind @ ("users" | "clients"), _, a]) if is_word(a) => {
            format!("{}-{a}", kind.trim_end_matches('s'))
        }
        (_, ["admin", "clients"]) => "client-list".into(),
        (_, ["admin", ..]) => "administer".into(),
        (_, ["ledger", ..]) => "ledger".into(),
        (_, [""]) if method == "POST" => "batch".into(),
        _ if op.is_some() => op.unwrap_or_default().to_string(),
        _ if path.contains("/_history/") => "vread".into(),
        _ if path.contains("_history") => "history".into(),
        ("GET", [_, _]) => "read".into(),
        ("GET", _) => "search".into(),
        ("POST", [_, "_search"]) => "search".into(),
        ("POST", _) => "create".into(),
        ("PUT", _) => "update".into(),
        ("DELETE", _) => "delete".into(),
        (m, _) => m.to_ascii_lowercase(),
    };
    let ids = match (&rt, id, segs.as_slice()) {
        (Some(t), Some(i), _) => vec![format!("{t}/{i}")],
        (_, _, ["admin", kind @ ("users" | "clients"), who, ..]) => {
            vec![format!("{}:{who}", kind.trim_end_matches('s'))]
        }
        _ => vec![],
    };
    (action, rt, ids)
}

/// A path segment fit to name an action: short, lowercase letters, digits and dashes.
fn is_word(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 32
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The entry of a request: what the request told `info`, its action and resource from
/// its method and path, and its status and outcome.
fn entry_of(
    ledger: &Ledger,
    info: AuditInfo,
    method: &str,
    path: &str,
    status: u16,
    outcome: &'static str,
) -> Entry {
    let (derived, rt, mut ids) = action_of(method, path);
    for i in info.ids {
        if !ids.contains(&i) && ids.len() < MAX_IDS {
            ids.push(i);
        }
    }
    Entry {
        time_ms: ward_fhir::date::now_ms(),
        principal: info.principal.unwrap_or_else(|| "anonymous".into()),
        roles: info.roles,
        client: info.client,
        action: info.action.unwrap_or(derived),
        outcome: info.outcome.unwrap_or(outcome).into(),
        status,
        resource_type: rt,
        ids,
        patients: info.patients.iter().map(|p| ledger.pseudonym(p)).collect(),
        purpose: info.purpose,
        break_glass: info.break_glass.then_some(true),
        decision: info.decision,
        request_id: info.request_id,
        source: info.source,
        detail: info.detail,
    }
}

/// Whether a request changes data (or configuration), and so is recorded before it runs
/// as well as after: every method but reads, searches (`POST …/_search`), export
/// kick-offs (`POST …/$export`) and the authorization server's own endpoints (a sign-in
/// or token is recorded once, after).
fn changes_data(method: &str, path: &str) -> bool {
    !matches!(method, "GET" | "HEAD" | "OPTIONS")
        && !path.ends_with("/_search")
        && !path.ends_with("/$export")
        && !path.starts_with("/auth/")
}

/// The layer inside authentication: a request that changes data is recorded *before*
/// its handler runs, with outcome `started`, the authenticated principal and the
/// request id its outcome entry will carry. If that entry cannot be written the request
/// is refused and nothing is changed: a write can never happen unrecorded. (Its outcome
/// is recorded after, by [`record`]; if only that fails, the client gets 500 and the
/// log still holds the intent.)
pub async fn intent(State(st): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let (method, path) = (req.method().as_str(), req.uri().path());
    let slot = req.extensions().get::<AuditSlot>().cloned();
    let Some(slot) = slot.filter(|_| changes_data(method, path)) else {
        return next.run(req).await;
    };
    let mut info = slot.take();
    // Patients are named once the handler knows them, in the outcome entry.
    info.patients.clear();
    let entry = entry_of(&st.ledger, info, method, path, 0, "started");
    match st.ledger.append(&entry).await {
        Ok(_) => next.run(req).await,
        Err(e) => {
            tracing::error!(error = %e, "write not recorded: it is refused before it runs");
            failure("the change could not be recorded in the audit ledger, so it was not made")
                .into_response()
        }
    }
}

/// The layer: one ledger entry per request, written before the response leaves.
pub async fn record(State(st): State<Arc<AppState>>, mut req: Request, next: Next) -> Response {
    let p = req.uri().path();
    // Liveness, discovery and the ledger's own checkpoints and proofs carry no patient
    // data and are not accesses (recording proof fetches would grow the log they prove).
    if p == "/health"
        || p == "/metadata"
        || p.starts_with("/.well-known/")
        || (p.starts_with("/ledger/") && !p.starts_with("/ledger/entries/"))
    {
        return next.run(req).await;
    }
    let slot = AuditSlot::default();
    let method = req.method().as_str().to_string();
    let path = req.uri().path().to_string();
    let request_id = ward_crypto::random_token(12)
        .map(|t| t.to_string())
        .unwrap_or_default();
    slot.update(|a| {
        a.request_id = request_id.clone();
        a.source = req
            .extensions()
            .get::<crate::PeerAddr>()
            .map(|p| p.0.ip().to_string());
    });
    req.extensions_mut().insert(slot.clone());
    let mut resp = next.run(req).await;
    let mut info = slot.take();
    if let Some(a) = resp.extensions_mut().remove::<Acting>()
        && info.principal.is_none()
    {
        info.principal = Some(a.principal);
        info.client = info.client.or(a.client);
        info.roles = a.roles;
        if let Some(p) = a.patient {
            info.patients.insert(p);
        }
    }
    let status = resp.status().as_u16();
    let outcome = match status {
        200..=399 => "success",
        401 | 403 => "denied",
        _ => "failure",
    };
    if status == 403 && info.decision.is_none() {
        info.decision = resp
            .extensions()
            .get::<crate::error::Diagnostics>()
            .map(|d| d.0.clone());
    }
    let entry = entry_of(&st.ledger, info, &method, &path, status, outcome);
    match st.ledger.append(&entry).await {
        Ok(_) => {
            if let Ok(v) = HeaderValue::from_str(&request_id) {
                resp.headers_mut().insert("x-request-id", v);
            }
            resp
        }
        Err(e) => {
            tracing::error!(error = %e, "access not recorded: the response is withheld");
            failure("the access could not be recorded in the audit ledger, so it is refused")
                .into_response()
        }
    }
}

// ---------------------------------------------------------------- the ledger's API

/// Public routes (no token): what anyone needs to check the log.
///
/// * `GET /ledger/checkpoint`: the latest signed checkpoint (C2SP signed note, text);
/// * `GET /ledger/key`: the log's verifier keys, one per line: Ed25519 (type 0x01), then
///   ML-DSA-44 (type 0x06); every checkpoint carries a signature by each;
/// * `GET /ledger/proof/inclusion?index=I&size=N`: `{"index", "size", "leafHash", "proof"}`;
/// * `GET /ledger/proof/consistency?old=M&size=N`: `{"old", "size", "proof"}`.
///
/// Hashes are base64. Entries themselves (`GET /ledger/entries/{index}`) are for
/// auditors: the policy action `administer` on `AuditEvent`.
pub fn public_routes() -> axum::Router<Arc<AppState>> {
    use axum::routing::get;
    axum::Router::new()
        .route("/ledger/checkpoint", get(latest_checkpoint))
        .route("/ledger/key", get(log_key))
        .route("/ledger/proof/inclusion", get(inclusion))
        .route("/ledger/proof/consistency", get(consistency))
}

pub fn authenticated_routes() -> axum::Router<Arc<AppState>> {
    axum::Router::new()
        .route("/ledger/entries/{index}", axum::routing::get(entry_at))
        .route(
            "/ledger/entries/{index}/proof",
            axum::routing::get(entry_proof),
        )
}

fn text(body: String) -> Response {
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; charset=utf-8",
        )],
        body,
    )
        .into_response()
}

fn b64(h: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(h)
}

async fn latest_checkpoint(State(st): State<Arc<AppState>>) -> Result<Response, ApiError> {
    if st.ledger.latest().is_none() {
        st.ledger.checkpoint(&st.store).await?;
    }
    match st.ledger.latest() {
        Some((_, note)) => Ok(text(note)),
        None => Err(ApiError::not_found(
            "the ledger is empty: no checkpoint yet",
        )),
    }
}

async fn log_key(State(st): State<Arc<AppState>>) -> Response {
    text(format!(
        "{}\n{}\n",
        st.ledger.verifier_key(),
        st.ledger.pq_verifier_key()
    ))
}

fn param(q: &std::collections::HashMap<String, String>, k: &str) -> Result<u64, ApiError> {
    q.get(k)
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| ApiError::bad_request(format!("{k} must be a non-negative integer")))
}

async fn inclusion(
    State(st): State<Arc<AppState>>,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let (index, size) = (param(&q, "index")?, param(&q, "size")?);
    let t = st.ledger.tree();
    let proof = t
        .inclusion_proof(index, size)
        .map_err(|e| ApiError::bad_request(e.to_string()))?;
    let leaf = t.leaf(index).unwrap_or_default();
    Ok(axum::Json(serde_json::json!({
        "index": index, "size": size, "leafHash": b64(&leaf),
        "proof": proof.iter().map(|h| b64(h)).collect::<Vec<_>>(),
    }))
    .into_response())
}

async fn consistency(
    State(st): State<Arc<AppState>>,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let (old, size) = (param(&q, "old")?, param(&q, "size")?);
    let proof = st
        .ledger
        .tree()
        .consistency_proof(old, size)
        .map_err(|e| ApiError::bad_request(e.to_string()))?;
    Ok(axum::Json(serde_json::json!({
        "old": old, "size": size,
        "proof": proof.iter().map(|h| b64(h)).collect::<Vec<_>>(),
    }))
    .into_response())
}

/// The stored bytes of entry `index`, for an auditor (`administer` on `AuditEvent`).
async fn audited_entry(
    st: &AppState,
    ctx: &crate::authz::Ctx,
    index: u64,
) -> Result<Vec<u8>, ApiError> {
    crate::audit_views::auditor(st, ctx)?;
    let rows = st
        .store
        .ledger()
        .entries(index as i64, index as i64 + 1)
        .await?;
    match rows.into_iter().next() {
        Some((_, bytes)) => Ok(bytes),
        None => Err(ApiError::not_found(format!("no ledger entry {index}"))),
    }
}

async fn entry_at(
    State(st): State<Arc<AppState>>,
    axum::extract::Extension(ctx): axum::extract::Extension<crate::authz::Ctx>,
    axum::extract::Path(index): axum::extract::Path<u64>,
) -> Result<Response, ApiError> {
    let bytes = audited_entry(&st, &ctx, index).await?;
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        bytes,
    )
        .into_response())
}

/// An offline proof of entry `index` (C2SP `tlog-proof@v1`, the entry in its `extra`
/// line) against the latest checkpoint with its cosignatures; a checkpoint is signed on
/// the spot if the entry is newer than the latest one.
async fn entry_proof(
    State(st): State<Arc<AppState>>,
    axum::extract::Extension(ctx): axum::extract::Extension<crate::authz::Ctx>,
    axum::extract::Path(index): axum::extract::Path<u64>,
) -> Result<Response, ApiError> {
    let bytes = audited_entry(&st, &ctx, index).await?;
    if st.ledger.latest().is_none_or(|(s, _)| s <= index) {
        st.ledger.checkpoint(&st.store).await?;
    }
    let Some((size, note)) = st.ledger.latest() else {
        return Err(failure("no checkpoint covers the entry"));
    };
    let bundle = st.ledger.proof_bundle(index, bytes, size, note)?;
    Ok(text(bundle.encode()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The action, ids and intent of each request in `tests/data/audit-actions.tsv`.
    #[test]
    fn requests_are_named_as_the_table_says() {
        let table = include_str!("../tests/data/audit-actions.tsv");
        let mut n = 0;
        for line in table
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let f: Vec<&str> = line.split('\t').collect();
            let (action, _, ids) = action_of(f[0], f[1]);
            assert_eq!(action, f[2], "{line}");
            let want: Vec<&str> = f[3].split(',').filter(|s| !s.is_empty()).collect();
            assert_eq!(ids, want, "{line}");
            assert_eq!(changes_data(f[0], f[1]), f[4] == "yes", "{line}");
            n += 1;
        }
        assert!(n >= 20);
    }
}
