//! FHIR Bulk Data export (`$export`, the asynchronous request pattern).
//!
//! * `GET /$export`, `GET /Patient/$export`, `GET /Group/{id}/$export` with
//!   `Prefer: respond-async` start a job and answer 202 with `Content-Location` (the
//!   status URL). Parameters: `_type`, `_since`, `_typeFilter` (FHIR search queries,
//!   `Type?param=value&…`, repeated or comma-separated; a type's resources are exported
//!   if they match any of its queries, a type without one whole), `_outputFormat`
//!   (NDJSON), and Ward's `deidentify=safe-harbor|limited-data-set|pseudonymized`.
//! * `POST` to the same URLs with a `Parameters` body (Bulk Data 2.0) takes the same
//!   parameters, and `patient` (references `Patient/{id}`, Patient and Group level): only
//!   those patients' compartments are exported (for a Group, those of them that are
//!   members).
//! * `GET /export-status/{job}`: 202 with `X-Progress` while it runs, 200 with the
//!   manifest when done, the error's OperationOutcome if it failed; `DELETE` cancels it and
//!   drops its files.
//! * `GET /export-files/{job}/{file}`: one NDJSON file of the manifest.
//!
//! Every resource passes the same decision as a search, with action `export` and the
//! fact `deidentified`: Ward's default policies let a researcher export only with a
//! de-identification profile. Each step is in the ledger: the kick-off (`export`), the
//! job's end (`export-complete`, with counts), each download (`export-download`, with the
//! patients whose data the file holds). A job whose end cannot be recorded fails, and its
//! files are never served.
//!
//! Jobs are kept in the store ([`ward_store::ExportJob`]), so that an export outlives a
//! restart and need not fit in memory: each type's file is sealed into the store in parts
//! of 4 MiB as it is made, under a data key of the job's own, which is deleted with the
//! job (an hour after it finished, or on `DELETE`); a download streams the parts. A part
//! is wiped from memory once sealed and never reaches the disk in the clear. A job whose
//! server stopped while it ran reads as failed ("interrupted"). Only the principal who
//! started a job sees it.

use crate::AppState;
use crate::authz::Ctx;
use crate::error::ApiError;
use crate::respond::fhir_json;
use axum::Router;
use axum::extract::{Extension, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::StreamExt;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use ward_access::Action;
use ward_fhir::{IssueCode, OperationOutcome, ResourceType};
use ward_store::{ExportLimits, ExportState, Read, StoreError, VersionRef};
use zeroize::{Zeroize, Zeroizing};

/// Jobs kept at once (running or finished), for all principals.
const MAX_JOBS: i64 = 32;
/// Jobs one principal may have running at once.
const MAX_RUNNING_PER_OWNER: i64 = 2;
/// How long a finished job's files stay.
const KEEP: Duration = Duration::from_secs(60 * 60);
/// How often a running job says it is alive, and after how long without it a job was
/// interrupted (its server stopped). Generous: on SQLite a heartbeat waits behind the
/// deletion of another job's large export.
const HEARTBEAT: Duration = Duration::from_secs(10);
const STALE: Duration = Duration::from_secs(5 * 60);
/// How often expired jobs (and their keys) are deleted.
const SWEEP: Duration = Duration::from_secs(5 * 60);
/// Largest export; a larger one fails and asks for `_type` or `_since`. Files are sealed
/// into the store as they are made, so this bounds the database, not memory.
const MAX_BYTES: usize = 64 << 30;
/// Resources read (and de-identified) per step.
const CHUNK: usize = 500;
// The de-identification profiles an export may name: the built-in ones, never a file
// on the server.
use ward_deid::config::PROFILES;

/// The export jobs this server process is running (their progress and cancellation);
/// every job's state and result are in the store.
#[derive(Default)]
pub struct Exports {
    jobs: Mutex<HashMap<String, Arc<Job>>>,
}

struct Job {
    cancelled: AtomicBool,
    done: AtomicUsize,
    total: AtomicUsize,
}

fn limits() -> ExportLimits {
    ExportLimits {
        now_ms: ward_fhir::date::now_ms(),
        max_jobs: MAX_JOBS,
        max_running_per_owner: MAX_RUNNING_PER_OWNER,
        keep_ms: KEEP.as_millis() as i64,
        stale_ms: STALE.as_millis() as i64,
    }
}

#[derive(Clone, Debug)]
enum Level {
    System,
    Patient,
    Group(String),
}

/// What a kick-off asked for.
struct Request {
    level: Level,
    types: Vec<ResourceType>,
    since: Option<(String, i64)>,
    /// `patient` (POST only): the patients whose compartments are exported.
    patients: Option<BTreeSet<String>>,
    /// `_typeFilter`: by type, the searches (any of which) its resources must match.
    filters: BTreeMap<ResourceType, Vec<Vec<(String, String)>>>,
    profile: Option<String>,
    url: String,
    started_ms: i64,
}

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/$export", get(system).post(system))
        .route("/Patient/$export", get(patient).post(patient))
        .route("/Group/{id}/$export", get(group).post(group))
        .route("/export-status/{job}", get(status).delete(cancel))
        .route("/export-files/{job}/{file}", get(file))
}

type Params = Query<Vec<(String, String)>>;

// One handler per level for GET and POST: a POST's `Parameters` body adds to the
// query's parameters.
async fn system(
    State(st): State<Arc<AppState>>,
    Extension(ctx): Extension<Ctx>,
    h: HeaderMap,
    Query(p): Params,
    body: bytes::Bytes,
) -> Result<Response, ApiError> {
    let p = with_body(p, &h, &body)?;
    kickoff(st, ctx, &h, p, Level::System).await
}

async fn patient(
    State(st): State<Arc<AppState>>,
    Extension(ctx): Extension<Ctx>,
    h: HeaderMap,
    Query(p): Params,
    body: bytes::Bytes,
) -> Result<Response, ApiError> {
    let p = with_body(p, &h, &body)?;
    kickoff(st, ctx, &h, p, Level::Patient).await
}

async fn group(
    State(st): State<Arc<AppState>>,
    Extension(ctx): Extension<Ctx>,
    Path(id): Path<String>,
    h: HeaderMap,
    Query(p): Params,
    body: bytes::Bytes,
) -> Result<Response, ApiError> {
    crate::api::rid(&id)?;
    let p = with_body(p, &h, &body)?;
    kickoff(st, ctx, &h, p, Level::Group(id)).await
}

/// The query's parameters and, if there is a body, those of its `Parameters`.
fn with_body(
    mut query: Vec<(String, String)>,
    h: &HeaderMap,
    body: &[u8],
) -> Result<Vec<(String, String)>, ApiError> {
    if !body.is_empty() {
        query.extend(parameters(h, body)?);
    }
    Ok(query)
}

/// A POST kick-off's `Parameters` body as the name-value pairs a GET would carry
/// (`patient` as `Patient/{id}`).
fn parameters(h: &HeaderMap, body: &[u8]) -> Result<Vec<(String, String)>, ApiError> {
    crate::api::require_json(h)?;
    // Parameters is not a resource the vault stores, so not one its parser knows.
    let obj: serde_json::Map<String, Value> = serde_json::from_slice(body)
        .map_err(|_| ApiError::bad_request("a $export POST body is a JSON Parameters resource"))?;
    if obj.get("resourceType").and_then(Value::as_str) != Some("Parameters") {
        return Err(ApiError::bad_request(
            "a $export POST body is a Parameters resource",
        ));
    }
    let mut out = Vec::new();
    for p in obj
        .get("parameter")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let name = p["name"]
            .as_str()
            .ok_or_else(|| ApiError::bad_request("a parameter without a name"))?;
        let value = [
            "valueString",
            "valueCode",
            "valueInstant",
            "valueDateTime",
            "valueUri",
            "valueUrl",
        ]
        .iter()
        .find_map(|k| p.get(*k).and_then(Value::as_str))
        .or_else(|| p["valueReference"]["reference"].as_str())
        .ok_or_else(|| {
            ApiError::bad_request(format!(
                "parameter {name}: Ward reads string, code, instant, URI and reference values"
            ))
        })?;
        out.push((name.to_string(), value.to_string()));
    }
    Ok(out)
}

/// The patient id the best-case decision is asked about (in the care set, so that only
/// what policies say about the role and the facts decides).
const PROBE: &str = "\u{0}probe";

/// Search parameters that shape a result page rather than choose resources: not allowed
/// in a `_typeFilter` (Bulk Data says so).
const NOT_FILTERS: &[&str] = &[
    "_count",
    "_sort",
    "_include",
    "_revinclude",
    "_elements",
    "_summary",
    "_total",
    "_contained",
    "_containedType",
];

/// The queries of one `_typeFilter` value: `Type?query`, several separated by commas
/// (a comma followed by a type name and `?`; any other comma belongs to a query's value).
fn type_filters(v: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in v.match_indices(',') {
        let rest = &v[i + 1..];
        let is_type = rest.split_once('?').is_some_and(|(t, _)| {
            t.starts_with(|c: char| c.is_ascii_uppercase())
                && t.chars().all(|c| c.is_ascii_alphanumeric())
        });
        if is_type {
            out.push(&v[start..i]);
            start = i + 1;
        }
    }
    out.push(&v[start..]);
    out
}

/// One `_typeFilter` query, checked as a search of its type.
fn type_filter(q: &str) -> Result<(ResourceType, Vec<(String, String)>), ApiError> {
    let bad = |why: &str| ApiError::bad_request(format!("_typeFilter '{q}': {why}"));
    let (t, query) = q
        .split_once('?')
        .ok_or_else(|| bad("expected Type?param=value"))?;
    let rt = crate::api::rtype(t)?;
    let params: Vec<(String, String)> =
        serde_urlencoded::from_str(query).map_err(|_| bad("the query does not parse"))?;
    if params.is_empty() {
        return Err(bad("the query is empty"));
    }
    if let Some((n, _)) = params
        .iter()
        .find(|(n, _)| NOT_FILTERS.contains(&n.split(':').next().unwrap_or(n)))
    {
        return Err(bad(&format!(
            "{n} chooses no resources and is not allowed here"
        )));
    }
    // Unknown or unsupported parameters are refused here, not when the job runs.
    ward_fhir::search::parse(&rt, &params)?;
    Ok((rt, params))
}

fn parse(level: Level, params: Vec<(String, String)>, base: &str) -> Result<Request, ApiError> {
    let mut types = None;
    let mut since = None;
    let mut profile = None;
    let mut filters: BTreeMap<ResourceType, Vec<Vec<(String, String)>>> = BTreeMap::new();
    let mut patients: Option<BTreeSet<String>> = None;
    for (k, v) in &params {
        match k.as_str() {
            "_outputFormat" => {
                if !matches!(
                    v.as_str(),
                    "application/fhir+ndjson" | "application/ndjson" | "ndjson"
                ) {
                    return Err(ApiError::bad_request(format!(
                        "_outputFormat '{v}' is not supported: Ward exports application/fhir+ndjson"
                    )));
                }
            }
            "_type" => {
                let mut list = Vec::new();
                for t in v.split(',').map(str::trim).filter(|t| !t.is_empty()) {
                    let rt = crate::api::rtype(t)?;
                    if !ward_fhir::registry::registry()
                        .search_types()
                        .iter()
                        .any(|s| s == t)
                    {
                        return Err(ApiError::bad_request(format!(
                            "_type: {t} cannot be exported (not a searchable type)"
                        )));
                    }
                    if !list.contains(&rt) {
                        list.push(rt);
                    }
                }
                types = Some(list);
            }
            "_since" => {
                let (range, _) = ward_fhir::date::parse(v).ok_or_else(|| {
                    ApiError::bad_request(format!("_since '{v}' is not a FHIR instant"))
                })?;
                since = Some((v.clone(), range.lo));
            }
            "patient" => {
                if matches!(level, Level::System) {
                    return Err(ApiError::bad_request(
                        "patient applies to Patient and Group exports (POST /Patient/$export)",
                    ));
                }
                let id = v
                    .strip_prefix("Patient/")
                    .ok_or_else(|| ApiError::bad_request("patient: expected Patient/{id}"))?;
                crate::api::rid(id)?;
                patients.get_or_insert_default().insert(id.to_string());
            }
            "_typeFilter" => {
                for q in type_filters(v) {
                    let (rt, params) = type_filter(q)?;
                    filters.entry(rt).or_default().push(params);
                }
            }
            "deidentify" => {
                if !PROFILES.contains(&v.as_str()) {
                    return Err(ApiError::bad_request(format!(
                        "deidentify '{v}': expected one of {}",
                        PROFILES.join(", ")
                    )));
                }
                profile = Some(v.clone());
            }
            other => {
                // A filter the client relies on is never silently ignored.
                return Err(ApiError::bad_request(format!(
                    "{other} is not supported by Ward's $export (supported: _type, _since, _typeFilter, _outputFormat, patient, deidentify)"
                )));
            }
        }
    }
    if let Some(t) = &types
        && let Some(f) = filters.keys().find(|f| !t.contains(f))
    {
        return Err(ApiError::bad_request(format!(
            "_typeFilter names {f}, which _type leaves out"
        )));
    }
    let types = match types {
        Some(t) if !t.is_empty() => t,
        _ => ward_fhir::registry::registry()
            .search_types()
            .iter()
            .map(|t| crate::api::rtype(t))
            .collect::<Result<_, _>>()?,
    };
    let path = match &level {
        Level::System => "$export".to_string(),
        Level::Patient => "Patient/$export".to_string(),
        Level::Group(id) => format!("Group/{id}/$export"),
    };
    let query = serde_urlencoded::to_string(&params).unwrap_or_default();
    Ok(Request {
        level,
        types,
        since,
        patients,
        filters,
        profile,
        url: if query.is_empty() {
            format!("{base}/{path}")
        } else {
            format!("{base}/{path}?{query}")
        },
        started_ms: ward_fhir::date::now_ms(),
    })
}

async fn kickoff(
    st: Arc<AppState>,
    mut ctx: Ctx,
    h: &HeaderMap,
    params: Vec<(String, String)>,
    level: Level,
) -> Result<Response, ApiError> {
    ctx.audit.update(|a| a.action = Some("export".into()));
    let asynchronous = h
        .get_all("prefer")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|p| p.trim().eq_ignore_ascii_case("respond-async"));
    if !asynchronous {
        return Err(ApiError::bad_request(
            "$export runs asynchronously: send Prefer: respond-async",
        ));
    }
    let req = parse(level, params, &st.config.base_url)?;
    ctx.deidentified = req.profile.is_some();
    // Refuse at once what no resource could pass, even in the best case (a researcher
    // without a de-identification profile), with the policy's reason.
    let probe: BTreeSet<String> = [PROBE.to_string()].into();
    let mut first_denial = None;
    let possible = req.types.iter().any(|rt| {
        [Some(PROBE), None].into_iter().any(|patient| {
            match st
                .access
                .decide(&ctx, &probe, Action::Export, rt.as_str(), patient)
            {
                Ok(()) => true,
                Err(d) => {
                    first_denial.get_or_insert(d);
                    false
                }
            }
        })
    });
    if !possible {
        return Err(first_denial
            .map(ApiError::from)
            .unwrap_or_else(|| ApiError::bad_request("nothing to export")));
    }
    let owner = ctx.principal.subject.id();
    let id = ward_crypto::random_token(18)
        .map_err(|e| internal(e.to_string()))?
        .to_string();
    st.store
        .export_begin(&id, &owner, limits())
        .await
        .map_err(|e| match e {
            StoreError::TooMany(m) => {
                ApiError::new(StatusCode::TOO_MANY_REQUESTS, IssueCode::Throttled, m)
            }
            e => e.into(),
        })?;
    let job = Arc::new(Job {
        cancelled: AtomicBool::new(false),
        done: AtomicUsize::new(0),
        total: AtomicUsize::new(0),
    });
    st.exports
        .jobs
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(id.clone(), job.clone());
    let profile = req.profile.clone().unwrap_or_else(|| "none".into());
    ctx.audit.update(|a| {
        a.detail = Some(format!("export job {id}; de-identification: {profile}"));
    });
    let info = ctx.audit.snapshot();
    let (st2, id2) = (st.clone(), id.clone());
    tokio::spawn(async move {
        // Stops the heartbeat and forgets the job however this task ends (a panic too),
        // so that a dead job reads as interrupted instead of running for ever.
        let _running = Running {
            beat: tokio::spawn(heartbeat(st2.clone(), job.clone(), id2.clone())),
            st: st2.clone(),
            id: id2.clone(),
        };
        let outcome = produce(&st2, &job, &ctx, &req, &id2).await;
        finish(&st2, &job, info, &id2, &req, outcome).await;
    });
    let mut resp = StatusCode::ACCEPTED.into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("{}/export-status/{id}", st.config.base_url)) {
        resp.headers_mut().insert(header::CONTENT_LOCATION, v);
    }
    Ok(resp)
}

/// A job task's hold on its heartbeat and its place in [`Exports`].
struct Running {
    beat: tokio::task::JoinHandle<()>,
    st: Arc<AppState>,
    id: String,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.beat.abort();
        self.st
            .exports
            .jobs
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&self.id);
    }
}

/// Deletes expired jobs, their files and their keys: at start and every [`SWEEP`], until
/// the store is dropped.
pub fn spawn_sweeper(store: std::sync::Weak<ward_store::Store>) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(SWEEP);
        loop {
            tick.tick().await;
            let Some(store) = store.upgrade() else { return };
            if let Err(e) = store.export_expire(limits()).await {
                tracing::warn!(error = %e, "expired exports not deleted");
            }
        }
    });
}

/// Keeps the job marked alive in the store while it runs; a job deleted meanwhile (by
/// its owner, on another server) is cancelled.
async fn heartbeat(st: Arc<AppState>, job: Arc<Job>, id: String) {
    let mut tick = tokio::time::interval(HEARTBEAT);
    loop {
        tick.tick().await;
        match st
            .store
            .export_heartbeat(&id, ward_fhir::date::now_ms())
            .await
        {
            Ok(true) => {}
            Ok(false) => {
                job.cancelled.store(true, Ordering::Relaxed);
                return;
            }
            Err(e) => tracing::warn!(error = %e, "export heartbeat not written"),
        }
    }
}

/// One type's file while it is made: NDJSON (wiped when dropped, also when the job
/// fails), lines, and whose data it holds.
#[derive(Default)]
struct Part {
    /// What is not sealed yet (at most one part).
    ndjson: Zeroizing<Vec<u8>>,
    count: usize,
    patients: BTreeSet<String>,
    /// What is sealed.
    file: ward_store::ExportFile,
}

/// The files of an export and what went into them.
struct Produced {
    /// By type.
    files: BTreeMap<String, Part>,
    exported: usize,
    withheld: usize,
    erased: usize,
}

async fn produce(
    st: &Arc<AppState>,
    job: &Job,
    ctx: &Ctx,
    req: &Request,
    id: &str,
) -> Result<Produced, ApiError> {
    let care = crate::api::care(st, ctx).await?;
    let mut refs: Vec<VersionRef> = Vec::new();
    let since_params: Vec<(String, String)> = req
        .since
        .iter()
        .map(|(s, _)| ("_lastUpdated".to_string(), format!("ge{s}")))
        .collect();
    // The patients whose compartments are exported, if the export is limited to some:
    // a Group's members (those named by `patient`, if any), or those `patient` names.
    let members: Option<BTreeSet<String>> = match &req.level {
        Level::System => None,
        Level::Patient => req.patients.clone(),
        Level::Group(gid) => {
            let group_type = crate::api::rtype("Group")?;
            let Read::Found(g) = st.store.read(&group_type, gid).await? else {
                return Err(ApiError::not_found(format!("Group/{gid} is not here")));
            };
            crate::api::require(st, ctx, &care, Action::Read, &g).await?;
            let all: BTreeSet<String> = g
                .body
                .as_ref()
                .and_then(|b| b.get("member"))
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|m| m["entity"]["reference"].as_str())
                .filter_map(|r| r.strip_prefix("Patient/"))
                .map(str::to_string)
                .collect();
            Some(match &req.patients {
                Some(named) => all.intersection(named).cloned().collect(),
                None => all,
            })
        }
    };
    match members {
        None => {
            for rt in &req.types {
                let q = ward_fhir::search::parse(rt, &since_params)?;
                refs.extend(st.store.search(&q).await?);
            }
            if matches!(req.level, Level::Patient) {
                refs.retain(|r| r.patient.is_some());
            }
        }
        Some(members) => {
            let wanted: BTreeSet<&str> = req.types.iter().map(ResourceType::as_str).collect();
            let mut seen = BTreeSet::new();
            for m in &members {
                for r in st.store.everything(m).await? {
                    if wanted.contains(r.resource_type.as_str())
                        && seen.insert((r.resource_type.clone(), r.id.clone()))
                    {
                        refs.push(r);
                    }
                }
            }
        }
    }
    // `_typeFilter`: a type's resources that match none of its searches are left out.
    for (rt, searches) in &req.filters {
        let mut matching = BTreeSet::new();
        for params in searches {
            let q = ward_fhir::search::parse(rt, params)?;
            matching.extend(st.store.search(&q).await?.into_iter().map(|r| r.id));
        }
        refs.retain(|r| r.resource_type != rt.as_str() || matching.contains(&r.id));
    }
    let (allowed, withheld) = st
        .access
        .filter(st, ctx, &care, Action::Export, refs)
        .await?;
    job.total.store(allowed.len(), Ordering::Relaxed);
    let anonymizer = match &req.profile {
        Some(p) => Some(Arc::new(anonymizer(st, ctx, p).await?)),
        None => None,
    };
    let profile = ctx.principal.profile.clone().filter(|p| p.projects_any());
    let mut out = Produced {
        files: BTreeMap::new(),
        exported: 0,
        withheld: withheld.len(),
        erased: 0,
    };
    let mut bytes = 0usize;
    for chunk in allowed.chunks(CHUNK) {
        if job.cancelled.load(Ordering::Relaxed) {
            return Err(cancelled());
        }
        let mut found = Vec::with_capacity(chunk.len());
        for r in st.store.fetch(chunk).await? {
            match r {
                Read::Found(s) => {
                    if req
                        .since
                        .as_ref()
                        .is_some_and(|(_, ms)| s.last_updated_ms < *ms)
                    {
                        continue;
                    }
                    let mut v = Value::Object(s.body.unwrap_or_default());
                    if let Some(p) = &profile {
                        crate::minimize::project(p, &mut v);
                    }
                    found.push((s.resource_type, s.patient, v));
                }
                Read::Erased => out.erased += 1,
                Read::Deleted { .. } | Read::NotFound => {}
            }
        }
        let a = anonymizer.clone();
        let lines = tokio::task::spawn_blocking(move || {
            found
                .into_iter()
                .map(|(rt, patient, v)| {
                    let line = match &a {
                        Some(a) => serde_json::to_vec(
                            &a.anonymize_value(&v, &ward_deid::fhir::Document::default())
                                .map_err(|e| e.to_string())?,
                        ),
                        None => serde_json::to_vec(&v),
                    }
                    .map_err(|e| e.to_string())?;
                    Ok((rt, patient, line))
                })
                .collect::<Result<Vec<_>, String>>()
        })
        .await
        .map_err(|e| internal(format!("export job {id}: {e}")))?
        .map_err(|e| internal(format!("a resource could not be de-identified ({e})")))?;
        for (rt, patient, line) in lines {
            bytes += line.len() + 1;
            if bytes > MAX_BYTES {
                return Err(ApiError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    IssueCode::TooLong,
                    "the export is larger than 64 GiB: narrow it with _type or _since",
                ));
            }
            let f = out.files.entry(rt.clone()).or_default();
            // Whole parts of whole lines: sealed before a line would cross the size.
            if !f.ndjson.is_empty() && f.ndjson.len() + line.len() >= ward_store::EXPORT_PART_BYTES
            {
                flush(st, id, &rt, f).await?;
            }
            if f.ndjson.capacity() == 0 {
                // Once, so that growing never leaves an unwiped copy behind.
                f.ndjson.reserve(ward_store::EXPORT_PART_BYTES + (64 << 10));
            }
            f.ndjson.extend_from_slice(&line);
            f.ndjson.push(b'\n');
            f.count += 1;
            if let Some(p) = patient {
                f.patients.insert(p);
            }
            out.exported += 1;
        }
        job.done.fetch_add(chunk.len(), Ordering::Relaxed);
    }
    for (rt, f) in &mut out.files {
        flush(st, id, rt, f).await?;
    }
    Ok(out)
}

/// Seals what `f` holds into the store, as the next part of its type's file, and empties
/// it (wiped). Fails the job if it is no longer running (deleted).
async fn flush(st: &AppState, id: &str, rt: &str, f: &mut Part) -> Result<(), ApiError> {
    if f.ndjson.is_empty() {
        return Ok(());
    }
    let name = format!("{rt}.ndjson");
    if !st
        .store
        .export_append(id, &name, &f.ndjson, &mut f.file)
        .await?
    {
        return Err(cancelled());
    }
    f.ndjson.zeroize();
    Ok(())
}

fn cancelled() -> ApiError {
    ApiError::new(
        StatusCode::GONE,
        IssueCode::Incomplete,
        "the export was cancelled",
    )
}

fn internal(msg: String) -> ApiError {
    ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, IssueCode::Exception, msg)
}

/// The anonymizer of a profile. `pseudonymized` gets keys derived from a server secret
/// and the principal: one researcher's exports link with each other, two researchers'
/// do not. The other profiles get keys that exist only for this export.
async fn anonymizer(
    st: &AppState,
    ctx: &Ctx,
    profile: &str,
) -> Result<ward_deid::fhir::Anonymizer, ApiError> {
    let mut config =
        ward_deid::config::Config::load(profile).map_err(|e| internal(e.to_string()))?;
    if profile == "pseudonymized" {
        let secret = st
            .store
            .server_secret("deid-pseudonym-secret", || {
                let mut k = Zeroizing::new(vec![0u8; 32]);
                ward_crypto::fill_random(&mut k).map_err(|e| e.to_string())?;
                Ok(k)
            })
            .await?;
        let key = aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, &secret);
        let derive = |what: &str| {
            let tag = aws_lc_rs::hmac::sign(
                &key,
                format!("{what}\u{0}{}", ctx.principal.subject.id()).as_bytes(),
            );
            Zeroizing::new(ward_crypto::hex(tag.as_ref()))
        };
        config.parameters.crypto_hash_key = derive("cryptoHashKey");
        config.parameters.date_shift_key = derive("dateShiftKey");
    }
    ward_deid::fhir::Anonymizer::new(config).map_err(|e| internal(e.to_string()))
}

/// Records the job's end and makes its result visible; if the end cannot be recorded,
/// the job fails and nothing is served. The result is sealed in the store.
async fn finish(
    st: &AppState,
    job: &Job,
    mut info: crate::audit::AuditInfo,
    id: &str,
    req: &Request,
    outcome: Result<Produced, ApiError>,
) {
    info.action = Some("export-complete".into());
    info.patients.clear();
    info.ids.clear();
    let profile = req.profile.as_deref().unwrap_or("none");
    let (status, result) = match &outcome {
        Ok(p) => {
            info.detail = Some(format!(
                "export job {id}: {} resources in {} files, {} withheld by policy, {} erased; de-identification: {profile}",
                p.exported,
                p.files.len(),
                p.withheld,
                p.erased
            ));
            (200, "success")
        }
        Err(e) => {
            info.detail = Some(format!("export job {id} failed: {e}"));
            (e.status.as_u16(), "failure")
        }
    };
    if let Err(e) = crate::audit::record_later(&st.ledger, info, "/$export", status, result).await {
        tracing::error!(error = %e, "export not recorded: its files are withheld");
        let e = internal(
            "the export could not be recorded in the audit ledger, so its files are not served"
                .into(),
        );
        return end_failed(st, id, &e).await;
    }
    let p = match outcome {
        Ok(p) => p,
        Err(e) => return end_failed(st, id, &e).await,
    };
    let base = &st.config.base_url;
    let mut patients = serde_json::Map::new();
    let mut output = Vec::new();
    let mut files = BTreeMap::new();
    for (rt, part) in p.files {
        let name = format!("{rt}.ndjson");
        files.insert(name.clone(), part.file);
        output.push(json!({
            "type": rt,
            "url": format!("{base}/export-files/{id}/{name}"),
            "count": part.count,
        }));
        patients.insert(name, json!(part.patients));
    }
    let mut error = Vec::new();
    if p.withheld + p.erased > 0 {
        let outcome = OperationOutcome::warning(
            IssueCode::Suppressed,
            format!(
                "{} resources were withheld by policy and {} were erased (crypto-shredded); they are not in this export",
                p.withheld, p.erased
            ),
        )
        .to_json();
        let name = "OperationOutcome.ndjson".to_string();
        let mut line = serde_json::to_vec(&outcome).unwrap_or_default();
        line.push(b'\n');
        error.push(json!({
            "type": "OperationOutcome",
            "url": format!("{base}/export-files/{id}/{name}"),
        }));
        let mut file = ward_store::ExportFile::default();
        match st.store.export_append(id, &name, &line, &mut file).await {
            Ok(true) => {
                files.insert(name, file);
            }
            Ok(false) => return,
            Err(e) => {
                tracing::error!(error = %e, "export files not stored");
                let e = internal("the export could not be stored; see the server log".into());
                return end_failed(st, id, &e).await;
            }
        }
    }
    let mut manifest = json!({
        "transactionTime": ward_fhir::date::instant(req.started_ms),
        "request": req.url,
        "requiresAccessToken": true,
        "output": output,
        "error": error,
    });
    if let Some(p) = &req.profile {
        manifest["extension"] = json!({"deidentification": p});
    }
    let result = Zeroizing::new(
        serde_json::to_vec(&json!({"manifest": manifest, "patients": patients}))
            .unwrap_or_default(),
    );
    if job.cancelled.load(Ordering::Relaxed) {
        return;
    }
    let now = ward_fhir::date::now_ms();
    if let Err(e) = st
        .store
        .export_end(id, ExportState::Done, &result, &files, now)
        .await
    {
        tracing::error!(error = %e, "export files not stored");
        let e = internal("the export could not be stored; see the server log".into());
        end_failed(st, id, &e).await;
    }
}

/// Ends a job as failed with `e`'s status and outcome (if it still exists).
async fn end_failed(st: &AppState, id: &str, e: &ApiError) {
    let result = json!({"status": e.status.as_u16(), "outcome": e.outcome.to_json()});
    let bytes = serde_json::to_vec(&result).unwrap_or_default();
    let now = ward_fhir::date::now_ms();
    if let Err(e) = st
        .store
        .export_end(id, ExportState::Failed, &bytes, &BTreeMap::new(), now)
        .await
    {
        // The job then reads as interrupted once its heartbeat is stale.
        tracing::error!(error = %e, "export failure not stored");
    }
}

/// The caller's job, or 404 (an unknown, expired or someone else's job look the same).
async fn job_of(st: &AppState, ctx: &Ctx, id: &str) -> Result<ward_store::ExportJob, ApiError> {
    st.store
        .export_job(id, limits())
        .await?
        .filter(|j| j.owner == ctx.principal.subject.id())
        .ok_or_else(|| {
            ApiError::not_found("no such export job (it may have expired or been deleted)")
        })
}

/// A finished job's stored result (`{"manifest", "patients"}`, or `{"status", "outcome"}`).
fn result_of(job: &ward_store::ExportJob) -> Result<Value, ApiError> {
    job.outcome
        .as_ref()
        .and_then(|b| serde_json::from_slice(b).ok())
        .ok_or_else(|| internal("the export's stored result does not parse".into()))
}

async fn status(
    State(st): State<Arc<AppState>>,
    Extension(ctx): Extension<Ctx>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    ctx.audit
        .update(|a| a.action = Some("export-status".into()));
    let job = job_of(&st, &ctx, &id).await?;
    Ok(match job.state {
        ExportState::Running => {
            let mut r = StatusCode::ACCEPTED.into_response();
            // Progress is known to the server running the job.
            let running = st
                .exports
                .jobs
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .get(&id)
                .cloned();
            if let Some(j) = running {
                let progress = format!(
                    "{} of {} resources",
                    j.done.load(Ordering::Relaxed),
                    j.total.load(Ordering::Relaxed)
                );
                if let Ok(v) = HeaderValue::from_str(&progress) {
                    r.headers_mut().insert("x-progress", v);
                }
            }
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            r
        }
        ExportState::Done => {
            let result = result_of(&job)?;
            let mut r = (StatusCode::OK, result["manifest"].to_string()).into_response();
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            r
        }
        ExportState::Failed => {
            let result = result_of(&job)?;
            let status = result["status"]
                .as_u64()
                .and_then(|s| StatusCode::from_u16(s as u16).ok())
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            fhir_json(status, &result["outcome"])
        }
        ExportState::Interrupted => fhir_json(
            StatusCode::INTERNAL_SERVER_ERROR,
            &OperationOutcome::error(
                IssueCode::Incomplete,
                "the export was interrupted (its server stopped while it ran): start it again",
            )
            .to_json(),
        ),
    })
}

async fn cancel(
    State(st): State<Arc<AppState>>,
    Extension(ctx): Extension<Ctx>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    ctx.audit
        .update(|a| a.action = Some("export-delete".into()));
    job_of(&st, &ctx, &id).await?;
    if let Some(j) = st
        .exports
        .jobs
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get(&id)
    {
        j.cancelled.store(true, Ordering::Relaxed);
    }
    st.store.export_delete(&id).await?;
    Ok(StatusCode::ACCEPTED.into_response())
}

async fn file(
    State(st): State<Arc<AppState>>,
    Extension(ctx): Extension<Ctx>,
    Path((id, name)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    ctx.audit
        .update(|a| a.action = Some("export-download".into()));
    let job = job_of(&st, &ctx, &id).await?;
    if job.state != ExportState::Done {
        return Err(ApiError::not_found("the export has no files (yet)"));
    }
    let result = result_of(&job)?;
    let Some(&file) = job.files.get(&name) else {
        return Err(ApiError::not_found(format!(
            "the export has no file {name}"
        )));
    };
    // The first part now, so that a failure is an error status; the rest as the body is
    // sent (a failure then cuts the transfer short, which the client sees).
    let Some(first) = st.store.export_part(&id, &name, 0).await? else {
        return Err(ApiError::not_found("no such export job (it was deleted)"));
    };
    let patients: Vec<String> = result["patients"][&name]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p.as_str().map(str::to_string))
        .collect();
    ctx.audit.update(|a| {
        a.ids.push(format!("export-files/{id}/{name}"));
        a.patients.extend(patients);
    });
    let parts = file.parts;
    let rest = futures_util::stream::unfold(1u64, move |seq| {
        let (st, id, name) = (st.clone(), id.clone(), name.clone());
        async move {
            if seq >= parts {
                return None;
            }
            let part = match st.store.export_part(&id, &name, seq).await {
                Ok(Some(b)) => Ok(bytes::Bytes::from_owner(b)),
                Ok(None) => Err(std::io::Error::other("the export was deleted")),
                Err(e) => {
                    tracing::error!(error = %e, "export part not read");
                    Err(std::io::Error::other("an export part could not be read"))
                }
            };
            // After an error, nothing more.
            let next = if part.is_ok() { seq + 1 } else { parts };
            Some((part, next))
        }
    });
    let body = futures_util::stream::once(async move {
        Ok::<_, std::io::Error>(bytes::Bytes::from_owner(first))
    })
    .chain(rest);
    let mut r = (StatusCode::OK, axum::body::Body::from_stream(body)).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/fhir+ndjson"),
    );
    // The length sealed with the manifest: a transfer cut short by a part that fails its
    // check is seen as short by every client, proxies speaking HTTP/1.0 included.
    r.headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from(file.bytes));
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_type_filter_value_splits_at_commas_before_a_type_only() {
        assert_eq!(
            type_filters("Observation?code=a,b&status=final,Condition?onset-date=ge2020"),
            [
                "Observation?code=a,b&status=final",
                "Condition?onset-date=ge2020"
            ]
        );
        assert_eq!(type_filters("Patient?gender=male"), ["Patient?gender=male"]);
        // A lower-case word or a word without '?' after a comma is part of a value.
        assert_eq!(
            type_filters("Observation?code=x,y?z,Abc"),
            ["Observation?code=x,y?z,Abc"]
        );
    }
}
