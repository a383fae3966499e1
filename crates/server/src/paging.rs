//! Search paging. A search is run once; the ordered list of the versions it found is kept
//! under a random id, and page links name that id and an offset. Pages therefore stay
//! valid, and consistent, while others write: a page shows each match as it was when the
//! search ran. Snapshots hold ids and version numbers only (no content) and expire.

use crate::AppState;
use crate::api::strip_common;
use crate::authz::Ctx;
use crate::error::ApiError;
use crate::respond::fhir_json;
use axum::extract::{Extension, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{Map, Value, json};
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use ward_fhir::search::{Include, MAX_COUNT};
use ward_fhir::{IssueCode, OperationOutcome};
use ward_store::{Read, VersionRef};

pub struct Snapshot {
    pub refs: Vec<VersionRef>,
    pub includes: Vec<Include>,
    pub revincludes: Vec<Include>,
    pub elements: Option<Vec<String>>,
    pub self_link: String,
    /// Who searched: only they may page through it, and includes are decided for them.
    pub ctx: Ctx,
    pub care: Arc<BTreeSet<String>>,
    /// Policy withheld matches that a declared emergency would reveal.
    pub suppressed: bool,
}

type Entries = (HashMap<String, (Instant, Arc<Snapshot>)>, VecDeque<String>);

pub struct PageCache {
    inner: Mutex<Entries>,
    capacity: usize,
    ttl: Duration,
}

impl PageCache {
    pub fn new(capacity: usize, ttl: Duration) -> Self {
        Self {
            inner: Mutex::new((HashMap::new(), VecDeque::new())),
            capacity,
            ttl,
        }
    }

    fn put(&self, snap: Snapshot) -> (String, Arc<Snapshot>) {
        let id = ward_crypto::random_token(18)
            .map(|t| t.to_string())
            .unwrap_or_else(|_| ward_fhir::ResourceId::generate().to_string());
        let snap = Arc::new(snap);
        let mut g = self.inner.lock().expect("page cache");
        let (map, order) = &mut *g;
        while map.len() >= self.capacity {
            match order.pop_front() {
                Some(old) => {
                    map.remove(&old);
                }
                None => break,
            }
        }
        map.insert(id.clone(), (Instant::now(), snap.clone()));
        order.push_back(id.clone());
        (id, snap)
    }

    fn get(&self, id: &str) -> Option<Arc<Snapshot>> {
        let g = self.inner.lock().expect("page cache");
        g.0.get(id)
            .filter(|(t, _)| t.elapsed() < self.ttl)
            .map(|(_, s)| s.clone())
    }
}

pub async fn first_page(st: &AppState, snap: Snapshot, count: usize) -> Result<Response, ApiError> {
    let (id, snap) = st.pages.put(snap);
    let audit = snap.ctx.audit.clone();
    render(st, &id, &snap, 0, count, &audit).await
}

/// `GET [base]?_getpages=ID&_getpagesoffset=N&_count=M`
pub async fn get_page(
    State(st): State<Arc<AppState>>,
    Extension(ctx): Extension<Ctx>,
    Query(mut params): Query<Vec<(String, String)>>,
) -> Result<Response, ApiError> {
    strip_common(&mut params)?;
    let mut id = None;
    let mut offset = 0usize;
    let mut count = ward_fhir::search::DEFAULT_COUNT;
    for (k, v) in &params {
        match k.as_str() {
            "_getpages" => id = Some(v.clone()),
            "_getpagesoffset" => {
                offset = v.parse().map_err(|_| {
                    ApiError::bad_request("_getpagesoffset must be a non-negative integer")
                })?
            }
            "_count" => {
                count = v
                    .parse::<usize>()
                    .map_err(|_| ApiError::bad_request("_count must be a non-negative integer"))?
                    .min(MAX_COUNT)
            }
            "_bundletype" => {}
            other => {
                return Err(ApiError::bad_request(format!(
                    "system-level search is not supported ('{}')",
                    other.chars().take(40).collect::<String>()
                )));
            }
        }
    }
    let id = id.ok_or_else(|| {
        ApiError::bad_request("system-level search is not supported; search a resource type")
    })?;
    // Someone else's page link is treated as unknown: it must not reveal that it exists.
    let snap = st
        .pages
        .get(&id)
        .filter(|s| {
            s.ctx.principal.subject == ctx.principal.subject
                && s.ctx.principal.session == ctx.principal.session
        })
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::GONE,
                IssueCode::NotFound,
                "these search results expired or never existed; run the search again",
            )
        })?;
    render(&st, &id, &snap, offset, count, &ctx.audit).await
}

fn project(mut body: Map<String, Value>, elements: &[String]) -> Map<String, Value> {
    body.retain(|k, _| {
        k == "resourceType" || k == "id" || k == "meta" || elements.iter().any(|e| e == k)
    });
    let meta = body.entry("meta").or_insert_with(|| json!({}));
    if let Value::Object(m) = meta {
        let tags = m.entry("tag").or_insert_with(|| json!([]));
        if let Value::Array(a) = tags {
            a.push(json!({"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationValue", "code": "SUBSETTED", "display": "subsetted"}));
        }
    }
    body
}

async fn render(
    st: &AppState,
    id: &str,
    snap: &Snapshot,
    offset: usize,
    count: usize,
    audit: &crate::audit::AuditSlot,
) -> Result<Response, ApiError> {
    let base = &st.config.base_url;
    let total = snap.refs.len();
    let start = offset.min(total);
    let end = (start + count).min(total);
    let page = &snap.refs[start..end];
    let mut entries = Vec::new();
    let mut erased = 0usize;
    let mut seen: HashSet<(String, String)> = HashSet::new();
    let mut push = |entries: &mut Vec<Value>, read: Read, mode: &str, erased: &mut usize| match read
    {
        Read::Found(s) => {
            if !seen.insert((s.resource_type.clone(), s.id.clone())) {
                return;
            }
            audit.disclosed(&s.resource_type, &s.id, s.patient.as_deref());
            let mut body = s.body.unwrap_or_default();
            if let Some(els) = &snap.elements {
                body = project(body, els);
            }
            entries.push(json!({
                "fullUrl": format!("{base}/{}/{}", s.resource_type, s.id),
                "resource": Value::Object(body),
                "search": {"mode": mode},
            }));
        }
        Read::Erased => *erased += 1,
        Read::Deleted { .. } | Read::NotFound => {}
    };
    for r in st.store.fetch(page).await? {
        push(&mut entries, r, "match", &mut erased);
    }
    let mut included = Vec::new();
    for inc in &snap.includes {
        included.extend(
            st.store
                .includes(
                    page,
                    &inc.source_type,
                    &inc.param,
                    inc.target_type.as_deref(),
                )
                .await?,
        );
    }
    for inc in &snap.revincludes {
        included.extend(
            st.store
                .revincludes(page, &inc.source_type, &inc.param)
                .await?,
        );
    }
    let (included, _) = st
        .access
        .filter(
            st,
            &snap.ctx,
            &snap.care,
            ward_access::Action::Search,
            included,
        )
        .await?;
    for r in st.store.fetch(&included).await? {
        push(&mut entries, r, "include", &mut erased);
    }
    if snap.suppressed {
        entries.push(json!({
            "resource": OperationOutcome::warning(IssueCode::Suppressed, "some matching resources were withheld by policy; a physician or nurse may declare an emergency (POST /auth/break-glass) to read them").to_json(),
            "search": {"mode": "outcome"},
        }));
    }
    if erased > 0 {
        entries.push(json!({
            "resource": OperationOutcome::warning(IssueCode::Deleted, format!("{erased} resource(s) were omitted: their patient's data was erased")).to_json(),
            "search": {"mode": "outcome"},
        }));
    }
    let link = |off: usize| {
        format!("{base}?_getpages={id}&_getpagesoffset={off}&_count={count}&_bundletype=searchset")
    };
    let mut links = vec![
        json!({"relation": "self", "url": if offset == 0 { snap.self_link.clone() } else { link(offset) }}),
    ];
    links.push(json!({"relation": "first", "url": link(0)}));
    if end < total && count > 0 {
        links.push(json!({"relation": "next", "url": link(end)}));
    }
    if start > 0 {
        links.push(json!({"relation": "previous", "url": link(start.saturating_sub(count))}));
    }
    Ok(fhir_json(
        StatusCode::OK,
        &json!({
            "resourceType": "Bundle",
            "type": "searchset",
            "total": total,
            "link": links,
            "entry": entries,
        }),
    ))
}
