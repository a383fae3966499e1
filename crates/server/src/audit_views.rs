//! The ledger for people: FHIR `AuditEvent` resources derived from ledger entries.
//!
//! * `GET /AuditEvent?patient=&agent=&date=&action=&outcome=&entity=&_count=` and
//!   `GET /AuditEvent/{index}`: auditors (`administer` on `AuditEvent`), newest first;
//! * `GET /Patient/{id}/$access-report?date=&_count=`: who accessed a patient's record
//!   (HIPAA accounting of disclosures, GDPR Art. 15), for the patient themself (a patient
//!   user whose token carries their own record and a scope to read `AuditEvent`) and for
//!   auditors. The patient's view names who, when, what kind of data, why and with what
//!   outcome; it leaves out resource ids and other patients' pseudonyms that a search
//!   touching several records lists;
//! * `GET /ledger/export?date=…`: NDJSON, oldest first, one line per entry with its
//!   offline proof (C2SP `tlog-proof`, the entry in its extra data) against one checkpoint,
//!   for auditors; `ward ledger verify-proof` checks a whole file.
//!
//! AuditEvents cannot be created, changed or deleted through the API: the ledger is their
//! only source. Entries name patients by pseudonym, so the views find a patient by
//! computing theirs; after the patient is erased the entries still verify.
//!
//! A search by patient, agent, entity or a non-success outcome reads the matching
//! entries through the ledger's search index ([`crate::search_index`]); a search by
//! date (any range, open or closed) reads only the stretches of the log the index's day
//! spans give for those days; either reads the few entries the index does not cover yet
//! one by one. A search by action alone reads the ledger from its end (or start, for
//! exports), a few hundred milliseconds per million entries read.

use crate::AppState;
use crate::authz::Ctx;
use crate::error::ApiError;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::sync::Arc;
use ward_access::{Action, Role};
use ward_fhir::IssueCode;
use ward_fhir::date::DateRange;
use ward_ledger::entry::Entry;

type Params = Query<Vec<(String, String)>>;

const DEFAULT_COUNT: usize = 100;
const MAX_COUNT: usize = 1_000;
const MAX_EXPORT: usize = 50_000;
const CHUNK: i64 = 5_000;

pub fn routes() -> axum::Router<Arc<AppState>> {
    use axum::routing::get;
    axum::Router::new()
        .route("/AuditEvent", get(search))
        .route("/AuditEvent/{index}", get(read))
        .route("/Patient/{id}/$access-report", get(access_report))
        .route("/ledger/export", get(export))
}

/// What a search asks for.
#[derive(Default)]
struct Filter {
    patient: Option<String>,
    agent: Option<String>,
    entity: Option<String>,
    actions: Vec<String>,
    outcome: Option<String>,
    dates: Vec<(String, DateRange)>,
    before: Option<u64>,
    count: usize,
}

fn bad(msg: impl Into<String>) -> ApiError {
    ApiError::bad_request(msg)
}

impl Filter {
    fn parse(
        st: &AppState,
        params: &[(String, String)],
        allowed: &[&str],
    ) -> Result<Self, ApiError> {
        let mut f = Filter {
            count: DEFAULT_COUNT,
            ..Default::default()
        };
        for (k, v) in params {
            if !allowed.contains(&k.as_str()) {
                return Err(bad(format!(
                    "unsupported parameter '{k}' here; supported: {}",
                    allowed.join(", ")
                )));
            }
            match k.as_str() {
                "patient" => {
                    let id = v.strip_prefix("Patient/").unwrap_or(v);
                    ward_fhir::ResourceId::parse(id)?;
                    f.patient = Some(st.ledger.pseudonym(id));
                }
                "agent" => f.agent = Some(v.clone()),
                "entity" => f.entity = Some(v.clone()),
                "action" | "subtype" => f.actions.extend(v.split(',').map(str::to_string)),
                "outcome" => {
                    f.outcome = Some(
                        match v.as_str() {
                            "0" | "success" => "success",
                            "4" | "denied" => "denied",
                            "8" | "failure" => "failure",
                            _ => {
                                return Err(bad(
                                    "outcome is 0 (success), 4 (denied) or 8 (failure)",
                                ));
                            }
                        }
                        .to_string(),
                    )
                }
                "date" => {
                    let (prefix, value) = match v.get(..2) {
                        Some(p @ ("eq" | "ne" | "gt" | "lt" | "ge" | "le" | "sa" | "eb")) => {
                            (p.to_string(), &v[2..])
                        }
                        _ => ("eq".to_string(), v.as_str()),
                    };
                    if matches!(prefix.as_str(), "ne" | "sa" | "eb") {
                        return Err(bad(format!("date prefix '{prefix}' is not supported here")));
                    }
                    let (r, _) = ward_fhir::date::parse(value)
                        .ok_or_else(|| bad(format!("'{value}' is not a FHIR date")))?;
                    f.dates.push((prefix, r));
                }
                "_count" => {
                    f.count = v
                        .parse::<usize>()
                        .ok()
                        .filter(|n| *n > 0)
                        .ok_or_else(|| bad("_count is a positive integer"))?
                        .min(MAX_COUNT)
                }
                "_before" => {
                    f.before = Some(v.parse().map_err(|_| bad("_before is a ledger index"))?)
                }
                _ => {}
            }
        }
        Ok(f)
    }

    fn matches(&self, e: &Entry) -> bool {
        if let Some(p) = &self.patient
            && !e.patients.contains(p)
        {
            return false;
        }
        if let Some(a) = &self.agent
            && e.principal != *a
            && e.principal.split_once(':').map(|(_, n)| n) != Some(a.as_str())
            && e.client.as_deref() != Some(a.as_str())
        {
            return false;
        }
        if let Some(x) = &self.entity
            && !e.ids.contains(x)
        {
            return false;
        }
        if !self.actions.is_empty()
            && !self
                .actions
                .iter()
                .any(|a| *a == e.action || a == fhir_action(&e.action))
        {
            return false;
        }
        if let Some(o) = &self.outcome
            && e.outcome != *o
        {
            return false;
        }
        let t = e.time_ms;
        self.dates.iter().all(|(p, r)| match p.as_str() {
            "gt" => t >= r.hi,
            "lt" => t < r.lo,
            "ge" => t >= r.lo,
            "le" => t < r.hi,
            _ => t >= r.lo && t < r.hi,
        })
    }
}

impl Filter {
    /// The search-index keys that narrow this search most, if it has any (the most
    /// selective first: a patient, an agent, a resource, an outcome other than success,
    /// then indexed actions).
    fn keys(&self) -> Option<Vec<String>> {
        if let Some(p) = &self.patient {
            return Some(vec![format!("p:{p}")]);
        }
        if let Some(a) = &self.agent {
            return Some(vec![format!("a:{a}")]);
        }
        if let Some(x) = &self.entity {
            return Some(vec![format!("e:{x}")]);
        }
        if let Some(o) = self.outcome.as_ref().filter(|o| *o != "success") {
            return Some(vec![format!("o:{o}")]);
        }
        self.action_keys()
    }

    /// The index keys of the actions asked for, if every one is indexed (a FHIR action
    /// code stands for Ward's actions of that kind; `R` and `E` for reads and for an
    /// open set of actions, so they are read from the log).
    fn action_keys(&self) -> Option<Vec<String>> {
        if self.actions.is_empty() {
            return None;
        }
        let mut keys = Vec::new();
        for a in &self.actions {
            let a = a.as_str();
            let ward = FHIR_ACTION_CODES
                .iter()
                .find(|(code, _)| *code == a)
                .map_or(std::slice::from_ref(&a), |(_, ward)| *ward);
            if a == "E"
                || !ward
                    .iter()
                    .all(|w| ward_ledger::entry::action_is_indexed(w))
            {
                return None;
            }
            keys.extend(ward.iter().map(|w| format!("x:{w}")));
        }
        keys.sort_unstable();
        keys.dedup();
        Some(keys)
    }

    /// The UTC days (first, last) the date parameters allow, if there are any (an open
    /// side is `i64::MIN` or `i64::MAX`; no day at all is `first > last`).
    fn days(&self) -> Option<(i64, i64)> {
        if self.dates.is_empty() {
            return None;
        }
        // The bounds every date parameter sets, in milliseconds: [lo, hi).
        let (mut lo, mut hi) = (i64::MIN, i64::MAX);
        for (p, r) in &self.dates {
            match p.as_str() {
                "gt" => lo = lo.max(r.hi),
                "ge" => lo = lo.max(r.lo),
                "lt" => hi = hi.min(r.lo),
                "le" => hi = hi.min(r.hi),
                _ => (lo, hi) = (lo.max(r.lo), hi.min(r.hi)),
            }
        }
        if hi <= lo {
            return Some((1, 0));
        }
        let day = |t: i64| t.div_euclid(ward_ledger::entry::DAY_MS);
        Some((
            if lo == i64::MIN { i64::MIN } else { day(lo) },
            if hi == i64::MAX {
                i64::MAX
            } else {
                day(hi - 1)
            },
        ))
    }
}

/// Inclusive spans of entries as sorted, disjoint half-open ranges below `end`.
fn stretches(spans: Vec<(i64, i64)>, end: i64) -> Vec<(i64, i64)> {
    let mut out: Vec<(i64, i64)> = Vec::new();
    for (lo, hi) in spans {
        let (lo, hi) = (lo.max(0), (hi + 1).min(end));
        if lo >= hi {
            continue;
        }
        match out.last_mut() {
            Some(last) if lo <= last.1 => last.1 = last.1.max(hi),
            _ => out.push((lo, hi)),
        }
    }
    out
}

fn unparsable(idx: i64) -> ApiError {
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        IssueCode::Exception,
        format!("ledger entry {idx} does not parse"),
    )
}

/// Entries matching `f` below index `end`, newest first (`newest_first`) or oldest
/// first, at most `limit`, with their stored bytes.
///
/// A search with keys ([`Filter::keys`]) reads the entries the search index covers
/// through it, a search by date the stretches of the covered part that its days' spans
/// give, and both the rest of the log entry by entry; any other search reads every
/// entry in its range. Either way each entry is checked against the whole filter, so the
/// index narrows what is read and never decides what is shown.
async fn scan(
    st: &AppState,
    f: &Filter,
    limit: usize,
    newest_first: bool,
    end: u64,
) -> Result<Vec<(u64, Entry, Vec<u8>)>, ApiError> {
    let db = st.store.ledger();
    let hi = match f.before {
        Some(b) if newest_first => b.min(end),
        _ => end,
    } as i64;
    let keys = f.keys();
    let days = if keys.is_none() { f.days() } else { None };
    let indexed = if keys.is_some() || days.is_some() {
        db.indexed_upto().await?.clamp(0, hi)
    } else {
        0
    };
    // The part the index covers (through keys, or the stretches of the days asked
    // for) and the part it does not, in the order asked for.
    let mut parts = match days {
        Some((first, last)) if first <= last => {
            let spans = db.day_spans(first, last).await?;
            stretches(spans, indexed)
                .into_iter()
                .map(|(lo, hi)| (lo, hi, None))
                .collect()
        }
        Some(_) => Vec::new(),
        None => vec![(0, indexed, keys.as_deref())],
    };
    parts.push((indexed, hi, None));
    let found = read_parts(db, f, limit, newest_first, parts).await?;
    // A rebuild (`ward ledger reindex`) emptied the index while it was read: what it
    // covered is read again entry by entry, so the rebuild hides nothing.
    if indexed > 0 && db.indexed_upto().await? < indexed {
        return read_parts(db, f, limit, newest_first, vec![(0, hi, None)]).await;
    }
    Ok(found)
}

/// Entries matching `f` in `parts` (ranges of the log, each read through search keys or
/// entry by entry), in the order asked for, at most `limit`.
async fn read_parts(
    db: &ward_store::LedgerDb,
    f: &Filter,
    limit: usize,
    newest_first: bool,
    mut parts: Vec<(i64, i64, Option<&[String]>)>,
) -> Result<Vec<(u64, Entry, Vec<u8>)>, ApiError> {
    if newest_first {
        parts.reverse();
    }
    let mut out = Vec::new();
    for (mut lo, mut hi, key) in parts {
        while lo < hi && out.len() < limit {
            let rows = match key {
                Some(k) => db.entries_by_keys(k, lo, hi, newest_first, CHUNK).await?,
                None if newest_first => {
                    let mut r = db.entries((hi - CHUNK).max(lo), hi).await?;
                    r.reverse();
                    r
                }
                None => db.entries(lo, (lo + CHUNK).min(hi)).await?,
            };
            // Where the next read starts: past what this one covered.
            let last = rows.last().map(|r| r.0);
            let exhausted = key.is_some() && rows.len() < CHUNK as usize;
            for (idx, bytes) in rows {
                let e = Entry::parse(&bytes).map_err(|_| unparsable(idx))?;
                if f.matches(&e) {
                    out.push((idx as u64, e, bytes));
                    if out.len() == limit {
                        return Ok(out);
                    }
                }
            }
            if exhausted {
                break;
            }
            match (key, last) {
                (Some(_), Some(last)) if newest_first => hi = last,
                (Some(_), Some(last)) => lo = last + 1,
                (Some(_), None) => break,
                (None, _) if newest_first => hi = (hi - CHUNK).max(lo),
                (None, _) => lo = (lo + CHUNK).min(hi),
            }
        }
    }
    Ok(out)
}

/// The FHIR AuditEvent.action code of a ledger action.
fn fhir_action(a: &str) -> &'static str {
    FHIR_ACTION_CODES
        .iter()
        .find(|(_, ward)| ward.contains(&a))
        .map_or("E", |(code, _)| code)
}
/// Ward's actions under each FHIR action code; every other action is `E` (execute).
const FHIR_ACTION_CODES: [(&str, &[&str]); 4] = [
    ("C", &["create", "import"]),
    ("R", &["read", "vread", "history"]),
    ("U", &["update"]),
    ("D", &["delete", "erase"]),
];

/// The AuditEvent of entry `idx`. `for_patient`: the patient's own view (no resource
/// ids, no other patients).
fn audit_event(idx: u64, e: &Entry, origin: &str, for_patient: Option<&str>) -> Value {
    let login = matches!(
        e.action.as_str(),
        "login" | "token" | "revoke" | "authorize"
    );
    let kind = if login {
        json!({"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "110114", "display": "User Authentication"})
    } else if e.principal.starts_with("local:") {
        // Not through the API: an administration command run on the server's host.
        json!({"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "110100", "display": "Application Activity"})
    } else {
        json!({"system": "http://terminology.hl7.org/CodeSystem/audit-event-type", "code": "rest", "display": "RESTful Operation"})
    };
    let outcome = match (e.outcome.as_str(), e.status) {
        ("success" | "started", _) => "0",
        (_, s) if s >= 500 || s == 0 => "8",
        _ => "4",
    };
    let mut agent = json!({
        "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/extra-security-role-type", "code": "humanuser"}]},
        "who": {"identifier": {"system": "urn:ward:principal", "value": e.principal}},
        "requestor": true,
    });
    if e.principal.starts_with("client:") {
        agent["type"] = json!({"coding": [{"system": "http://terminology.hl7.org/CodeSystem/extra-security-role-type", "code": "dataprocessor"}]});
    }
    if !e.roles.is_empty() {
        agent["role"] = e.roles.iter().map(|r| json!({"text": r})).collect();
    }
    if let (Some(addr), None) = (&e.source, for_patient) {
        agent["network"] = json!({"address": addr, "type": "2"});
    }
    let mut purposes = Vec::new();
    if let Some(p) = &e.purpose {
        purposes.push(json!({"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": p}]}));
    }
    if e.break_glass == Some(true) {
        purposes.push(json!({"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "BTG", "display": "break the glass"}]}));
    }
    agent["purposeOfUse"] = Value::Array(purposes.clone());
    let mut agents = vec![agent];
    if let Some(c) = &e.client {
        agents.push(json!({
            "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/extra-security-role-type", "code": "application"}]},
            "who": {"identifier": {"system": "urn:ward:client", "value": c}},
            "requestor": false,
        }));
    }
    let mut entities = Vec::new();
    let patients: Vec<&String> = match for_patient {
        Some(p) => e.patients.iter().filter(|x| *x == p).collect(),
        None => e.patients.iter().collect(),
    };
    for p in patients {
        entities.push(json!({
            "what": {"identifier": {"system": "urn:ward:patient-pseudonym", "value": p}},
            "type": {"system": "http://terminology.hl7.org/CodeSystem/audit-entity-type", "code": "1", "display": "Person"},
            "role": {"system": "http://terminology.hl7.org/CodeSystem/object-role", "code": "1", "display": "Patient"},
        }));
    }
    if for_patient.is_none() {
        for id in &e.ids {
            entities.push(json!({
                "what": {"reference": id},
                "type": {"system": "http://terminology.hl7.org/CodeSystem/audit-entity-type", "code": "2", "display": "System Object"},
            }));
        }
    } else if let Some(rt) = &e.resource_type {
        entities.push(json!({"name": rt, "type": {"system": "http://terminology.hl7.org/CodeSystem/audit-entity-type", "code": "2", "display": "System Object"}}));
    }
    let mut ev = json!({
        "resourceType": "AuditEvent",
        "id": idx.to_string(),
        "meta": {"source": format!("urn:ward:ledger:{origin}")},
        "extension": [{"url": "urn:ward:request-id", "valueString": e.request_id}],
        "type": kind,
        "subtype": [{"system": "urn:ward:ledger-action", "code": e.action}],
        "action": fhir_action(&e.action),
        "recorded": ward_fhir::date::instant(e.time_ms),
        "outcome": outcome,
        "agent": agents,
        "source": {
            "site": origin,
            "observer": {"display": "Ward"},
            "type": [{"system": "http://terminology.hl7.org/CodeSystem/security-source-type", "code": "4", "display": "Application Server"}],
        },
    });
    if !purposes.is_empty() {
        ev["purposeOfEvent"] = Value::Array(purposes);
    }
    if let (Some(d), None) = (&e.decision, for_patient) {
        ev["outcomeDesc"] = json!(d);
    } else if e.outcome == "denied" {
        ev["outcomeDesc"] = json!("access denied");
    } else if e.outcome == "started" {
        ev["outcomeDesc"] = json!("started");
    }
    if !entities.is_empty() {
        ev["entity"] = Value::Array(entities);
    }
    ev
}

fn bundle(
    st: &AppState,
    path: &str,
    params: &[(String, String)],
    found: &[(u64, Value)],
    count: usize,
) -> Response {
    let base = st.config.base_url.trim_end_matches('/');
    let query = |extra: Option<u64>| {
        let mut q: Vec<(String, String)> = params
            .iter()
            .filter(|(k, _)| k != "_before")
            .cloned()
            .collect();
        if let Some(b) = extra {
            q.push(("_before".into(), b.to_string()));
        }
        serde_urlencoded::to_string(&q).unwrap_or_default()
    };
    let mut links =
        vec![json!({"relation": "self", "url": format!("{base}{path}?{}", query(None))})];
    if found.len() == count
        && let Some((last, _)) = found.last()
    {
        links.push(
            json!({"relation": "next", "url": format!("{base}{path}?{}", query(Some(*last)))}),
        );
    }
    let entries: Vec<Value> = found
        .iter()
        .map(|(i, ev)| json!({"fullUrl": format!("{base}/AuditEvent/{i}"), "resource": ev, "search": {"mode": "match"}}))
        .collect();
    let mut r = crate::respond::fhir_json(
        StatusCode::OK,
        &json!({"resourceType": "Bundle", "type": "searchset", "link": links, "entry": entries}),
    );
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    r
}

/// Auditors only: the policy action `administer` on `AuditEvent`.
pub(crate) fn auditor(st: &AppState, ctx: &Ctx) -> Result<(), ApiError> {
    st.access
        .decide(
            ctx,
            &Default::default(),
            Action::Administer,
            "AuditEvent",
            None,
        )
        .map_err(Into::into)
}

const SEARCH_PARAMS: &[&str] = &[
    "patient", "agent", "entity", "action", "subtype", "outcome", "date", "_count", "_before",
];

async fn search(
    State(st): State<Arc<AppState>>,
    axum::Extension(ctx): axum::Extension<Ctx>,
    Query(params): Params,
) -> Result<Response, ApiError> {
    auditor(&st, &ctx)?;
    let f = Filter::parse(&st, &params, SEARCH_PARAMS)?;
    let found = scan(&st, &f, f.count, true, st.ledger.size()).await?;
    let evs: Vec<(u64, Value)> = found
        .iter()
        .map(|(i, e, _)| (*i, audit_event(*i, e, st.ledger.origin(), None)))
        .collect();
    Ok(bundle(&st, "/AuditEvent", &params, &evs, f.count))
}

async fn read(
    State(st): State<Arc<AppState>>,
    axum::Extension(ctx): axum::Extension<Ctx>,
    Path(index): Path<String>,
) -> Result<Response, ApiError> {
    auditor(&st, &ctx)?;
    let idx: u64 = index.parse().map_err(|_| {
        ApiError::not_found(format!("no AuditEvent {index}: ids are ledger indexes"))
    })?;
    let row = st
        .store
        .ledger()
        .entries(idx as i64, idx as i64 + 1)
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| ApiError::not_found(format!("no AuditEvent {idx}")))?;
    let e = Entry::parse(&row.1).map_err(|e| bad(e.to_string()))?;
    let mut r = crate::respond::fhir_json(
        StatusCode::OK,
        &audit_event(idx, &e, st.ledger.origin(), None),
    );
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    Ok(r)
}

/// Who accessed patient `id`'s record.
async fn access_report(
    State(st): State<Arc<AppState>>,
    axum::Extension(ctx): axum::Extension<Ctx>,
    Path(id): Path<String>,
    Query(params): Params,
) -> Result<Response, ApiError> {
    ward_fhir::ResourceId::parse(&id)?;
    let p = &ctx.principal;
    let own = p.has_role(Role::Patient)
        && p.patient.as_deref() == Some(id.as_str())
        && crate::authz::scopes_allow(
            p,
            Action::Read,
            "AuditEvent",
            Some(&id),
            &Default::default(),
        );
    let view_for_patient = if own {
        true
    } else {
        auditor(&st, &ctx)?;
        false
    };
    let mut f = Filter::parse(&st, &params, &["date", "_count", "_before"])?;
    let pseudonym = st.ledger.pseudonym(&id);
    f.patient = Some(pseudonym.clone());
    ctx.audit.update(|a| {
        a.patients.insert(id.clone());
    });
    let found = scan(&st, &f, f.count, true, st.ledger.size()).await?;
    let evs: Vec<(u64, Value)> = found
        .iter()
        .map(|(i, e, _)| {
            let who = view_for_patient.then_some(pseudonym.as_str());
            (*i, audit_event(*i, e, st.ledger.origin(), who))
        })
        .collect();
    Ok(bundle(
        &st,
        &format!("/Patient/{id}/$access-report"),
        &params,
        &evs,
        f.count,
    ))
}

/// NDJSON of the entries in a time range, each with its offline proof.
async fn export(
    State(st): State<Arc<AppState>>,
    axum::Extension(ctx): axum::Extension<Ctx>,
    Query(params): Params,
) -> Result<Response, ApiError> {
    auditor(&st, &ctx)?;
    let f = Filter::parse(
        &st,
        &params,
        &["date", "patient", "agent", "action", "outcome"],
    )?;
    // One checkpoint covers every line: sign one now if entries came since the last.
    st.ledger.checkpoint(&st.store).await?;
    let Some((size, note)) = st.ledger.latest() else {
        return Err(ApiError::not_found("the ledger is empty"));
    };
    let found = scan(&st, &f, MAX_EXPORT + 1, false, size).await?;
    if found.len() > MAX_EXPORT {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            IssueCode::TooLong,
            format!("more than {MAX_EXPORT} entries match: narrow the date range"),
        ));
    }
    let mut out = String::new();
    for (idx, e, bytes) in found {
        let b = st.ledger.proof_bundle(idx, bytes, size, note.clone())?;
        out.push_str(
            &serde_json::to_string(&json!({"index": idx, "entry": e, "proof": b.encode()}))
                .unwrap_or_default(),
        );
        out.push('\n');
    }
    Ok((
        [
            (header::CONTENT_TYPE, "application/fhir+ndjson"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        out,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_spans_become_sorted_disjoint_stretches_below_the_indexed_end() {
        // Inclusive spans by first entry; overlapping and touching ones merge; the part
        // past the index's end is cut off.
        let spans = vec![(0, 4), (3, 9), (10, 12), (20, 30), (25, 26), (40, 50)];
        assert_eq!(stretches(spans, 45), [(0, 13), (20, 31), (40, 45)]);
        assert_eq!(stretches(vec![(5, 9)], 5), []);
        assert_eq!(stretches(Vec::new(), 100), []);
    }

    #[test]
    fn date_parameters_give_the_days_they_allow() {
        let days = |q: &[(&str, &str)]| {
            Filter {
                dates: q
                    .iter()
                    .map(|(p, v)| (p.to_string(), ward_fhir::date::parse(v).unwrap().0))
                    .collect(),
                ..Filter::default()
            }
            .days()
        };
        assert_eq!(days(&[]), None);
        assert_eq!(days(&[("eq", "1970-01-02")]), Some((1, 1)));
        assert_eq!(
            days(&[("ge", "1970-01-02"), ("lt", "1970-01-05")]),
            Some((1, 3))
        );
        assert_eq!(days(&[("ge", "1970-02")]), Some((31, i64::MAX)));
        assert_eq!(days(&[("le", "1969-12-31")]), Some((i64::MIN, -1)));
        let (first, last) = days(&[("gt", "2000"), ("lt", "1999")]).unwrap();
        assert!(first > last);
    }
}
