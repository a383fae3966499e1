//! FHIR REST handlers: each parses the request, calls the store, and shapes the answer.

use crate::AppState;
use crate::authz::{Ctx, Denied, RequestGuard};
use crate::error::ApiError;
use crate::paging::{self, Snapshot};
use crate::respond::{self, Return, fhir_json, parse_etag, prefer_return, resource};
use axum::Router;
use axum::extract::{Extension, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use bytes::Bytes;
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::sync::Arc;
use ward_access::Action;
use ward_fhir::resource::{ResourceId, parse_resource};
use ward_fhir::search::{self, DEFAULT_COUNT, MAX_COUNT};
use ward_fhir::{IssueCode, OperationOutcome, ResourceType};
use ward_store::{Read, Stored, TxOp, TxOutcome};

type S = State<Arc<AppState>>;
type C = Extension<Ctx>;

/// The care set of the request's principal (clinicians), for the decisions below.
pub async fn care(st: &AppState, ctx: &Ctx) -> Result<Arc<BTreeSet<String>>, ApiError> {
    st.access.care_set(st, ctx).await
}

/// Refuses unless `ctx` may do `action` on `s` (its sensitive categories and the
/// patient's consents included).
pub async fn require(
    st: &AppState,
    ctx: &Ctx,
    care: &BTreeSet<String>,
    action: Action,
    s: &Stored,
) -> Result<(), ApiError> {
    st.access.check_stored(st, ctx, care, action, s).await
}

/// The representation of a written resource goes back only to a principal who may read
/// it (an administrator loading data gets `Location` and `ETag`, not the content).
pub async fn answer_for(
    st: &AppState,
    ctx: &Ctx,
    care: &BTreeSet<String>,
    ret: Return,
    s: &Stored,
) -> Return {
    if ret == Return::Representation && require(st, ctx, care, Action::Read, s).await.is_err() {
        Return::Minimal
    } else {
        ret
    }
}
type Params = Query<Vec<(String, String)>>;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route(
            "/",
            post(crate::bundle::batch_or_transaction).get(paging::get_page),
        )
        .route(
            "/{rtype}",
            get(search_get).post(create).put(conditional_update),
        )
        .route("/{rtype}/_search", post(search_post))
        .route("/{rtype}/_history", get(type_history))
        .route("/{rtype}/{id}", get(read).put(update).delete(delete))
        .route("/{rtype}/{id}/_history", get(instance_history))
        .route("/{rtype}/{id}/_history/{vid}", get(vread))
        .route(
            "/{rtype}/{id}/{op}",
            get(instance_operation).post(instance_operation_post),
        )
}

pub async fn health(State(st): S) -> Response {
    match sqlx_ping(&st).await {
        Ok(()) => fhir_json(StatusCode::OK, &json!({"status": "ok"})),
        Err(e) => e.into_response(),
    }
}

async fn sqlx_ping(st: &AppState) -> Result<(), ApiError> {
    st.store.counts().await.map(|_| ()).map_err(Into::into)
}

pub async fn not_found() -> ApiError {
    ApiError::not_found("no such route: see /metadata for what this server supports")
}

pub fn rtype(s: &str) -> Result<ResourceType, ApiError> {
    Ok(ResourceType::parse(s)?)
}

pub fn rid(s: &str) -> Result<ResourceId, ApiError> {
    Ok(ResourceId::parse(s)?)
}

/// Bodies must be JSON; FHIR XML is not supported (406/415 say so).
pub fn require_json(h: &HeaderMap) -> Result<(), ApiError> {
    let ct = h
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("application/fhir+json");
    if ct.starts_with("application/fhir+json")
        || ct.starts_with("application/json")
        || ct.starts_with("application/json-patch")
    {
        Ok(())
    } else {
        Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            IssueCode::NotSupported,
            format!("Content-Type {ct} is not supported: send application/fhir+json"),
        ))
    }
}

/// Checks `_format` and removes it (and other parameters every interaction accepts).
pub fn strip_common(params: &mut Vec<(String, String)>) -> Result<(), ApiError> {
    if let Some((_, f)) = params.iter().find(|(k, _)| k == "_format")
        && !matches!(
            f.as_str(),
            "json" | "application/json" | "application/fhir+json"
        )
    {
        return Err(ApiError::new(
            StatusCode::NOT_ACCEPTABLE,
            IssueCode::NotSupported,
            "only JSON is supported (_format=json)",
        ));
    }
    params.retain(|(k, _)| k != "_format" && k != "_pretty");
    Ok(())
}

pub fn location(st: &AppState, rt: &str, id: &str, version: i64) -> String {
    format!("{}/{rt}/{id}/_history/{version}", st.config.base_url)
}

pub fn query_pairs(q: &str) -> Result<Vec<(String, String)>, ApiError> {
    serde_urlencoded::from_str(q)
        .map_err(|_| ApiError::bad_request("the query string is not valid form encoding"))
}

async fn create(
    State(st): S,
    Extension(ctx): C,
    Path(t): Path<String>,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let rt = rtype(&t)?;
    require_json(&h)?;
    let (brt, obj) = parse_resource(&body)?;
    if brt != rt {
        return Err(ApiError::bad_request(format!(
            "the body is a {brt}, the URL names {rt}"
        )));
    }
    let if_none_exist = match h.get("if-none-exist").and_then(|v| v.to_str().ok()) {
        Some(q) => Some(search::parse(
            &rt,
            &query_pairs(q.trim_start_matches('?'))?,
        )?),
        None => None,
    };
    let op = TxOp::Create {
        resource_type: rt.clone(),
        resource: obj,
        if_none_exist,
        full_url: None,
    };
    let care = care(&st, &ctx).await?;
    let guard = RequestGuard {
        access: &st.access,
        ctx: &ctx,
        care: &care,
    };
    let out = st
        .store
        .apply(vec![op], &guard)
        .await
        .map_err(|(_, e)| e)?
        .pop();
    let ret = prefer_return(&h);
    Ok(match out {
        Some(TxOutcome::Written(w)) => {
            let s = &w.stored;
            resource(
                StatusCode::CREATED,
                s,
                Some(location(&st, &s.resource_type, &s.id, s.version)),
                answer_for(&st, &ctx, &care, ret, s).await,
                "created",
            )
        }
        Some(TxOutcome::Existing(s)) => {
            // The match is disclosed only to whoever may read it.
            require(&st, &ctx, &care, Action::Read, &s).await?;
            resource(
                StatusCode::OK,
                &s,
                Some(location(&st, &s.resource_type, &s.id, s.version)),
                ret,
                "a matching resource exists (If-None-Exist); nothing was created",
            )
        }
        _ => {
            return Err(ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                IssueCode::Exception,
                "create produced no result",
            ));
        }
    })
}

async fn update(
    State(st): S,
    Extension(ctx): C,
    Path((t, id)): Path<(String, String)>,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let rt = rtype(&t)?;
    let id = rid(&id)?;
    require_json(&h)?;
    let (brt, obj) = parse_resource(&body)?;
    if brt != rt {
        return Err(ApiError::bad_request(format!(
            "the body is a {brt}, the URL names {rt}"
        )));
    }
    match obj.get("id").and_then(Value::as_str) {
        Some(bid) if bid == id.as_str() => {}
        Some(_) => {
            return Err(ApiError::bad_request(
                "the resource's id does not match the id in the URL",
            ));
        }
        None => {
            return Err(ApiError::bad_request(
                "an update must carry the resource's id (it must match the URL)",
            ));
        }
    }
    let if_match = match h.get(header::IF_MATCH).and_then(|v| v.to_str().ok()) {
        Some(v) => Some(
            parse_etag(v)
                .ok_or_else(|| ApiError::bad_request("If-Match must be an ETag such as W/\"3\""))?,
        ),
        None => None,
    };
    let care = care(&st, &ctx).await?;
    let guard = RequestGuard {
        access: &st.access,
        ctx: &ctx,
        care: &care,
    };
    let w = st.store.update(rt, id, obj, if_match, &guard).await?;
    let s = &w.stored;
    if w.unchanged {
        // No write happened, so the guard was not asked: the answer discloses the
        // current content, which takes the right to update it.
        require(&st, &ctx, &care, Action::Update, s).await?;
    }
    let status = if w.created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let msg = if w.unchanged {
        "no change: the content equals the current version"
    } else {
        "updated"
    };
    Ok(resource(
        status,
        s,
        Some(location(&st, &s.resource_type, &s.id, s.version)),
        answer_for(&st, &ctx, &care, prefer_return(&h), s).await,
        msg,
    ))
}

async fn conditional_update(
    State(st): S,
    Extension(ctx): C,
    Path(t): Path<String>,
    Query(mut params): Params,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let rt = rtype(&t)?;
    require_json(&h)?;
    strip_common(&mut params)?;
    if params.is_empty() {
        return Err(ApiError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            IssueCode::NotSupported,
            "PUT needs an id (Type/id) or search criteria (conditional update)",
        ));
    }
    let (brt, obj) = parse_resource(&body)?;
    if brt != rt {
        return Err(ApiError::bad_request(format!(
            "the body is a {brt}, the URL names {rt}"
        )));
    }
    let search = search::parse(&rt, &params)?;
    let op = TxOp::ConditionalUpdate {
        resource_type: rt,
        search,
        resource: obj,
        full_url: None,
    };
    let care = care(&st, &ctx).await?;
    let guard = RequestGuard {
        access: &st.access,
        ctx: &ctx,
        care: &care,
    };
    match st
        .store
        .apply(vec![op], &guard)
        .await
        .map_err(|(_, e)| e)?
        .pop()
    {
        Some(TxOutcome::Written(w)) => {
            let s = &w.stored;
            if w.unchanged {
                require(&st, &ctx, &care, Action::Update, s).await?;
            }
            let status = if w.created {
                StatusCode::CREATED
            } else {
                StatusCode::OK
            };
            Ok(resource(
                status,
                s,
                Some(location(&st, &s.resource_type, &s.id, s.version)),
                answer_for(&st, &ctx, &care, prefer_return(&h), s).await,
                "updated",
            ))
        }
        _ => Err(ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            IssueCode::Exception,
            "conditional update produced no result",
        )),
    }
}

async fn delete(
    State(st): S,
    Extension(ctx): C,
    Path((t, id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let rt = rtype(&t)?;
    let id = rid(&id)?;
    let care = care(&st, &ctx).await?;
    let guard = RequestGuard {
        access: &st.access,
        ctx: &ctx,
        care: &care,
    };
    let msg = match st.store.delete(rt.clone(), id.clone(), &guard).await? {
        Some(v) => format!("deleted {rt}/{id} (version {v})"),
        None => format!("{rt}/{id} did not exist or was already deleted"),
    };
    Ok(fhir_json(
        StatusCode::OK,
        &OperationOutcome::information(msg).to_json(),
    ))
}

/// The response for a read that found no live version.
pub fn read_error(r: &Read, what: &str) -> ApiError {
    match r {
        Read::Deleted { .. } => ApiError::new(
            StatusCode::GONE,
            IssueCode::Deleted,
            format!("{what} was deleted"),
        ),
        Read::Erased => ApiError::new(
            StatusCode::GONE,
            IssueCode::Deleted,
            format!(
                "{what}: the data of this patient was erased (crypto-shredded) and can no longer be read"
            ),
        ),
        _ => ApiError::not_found(format!("{what} is not known")),
    }
}

async fn read(
    State(st): S,
    Extension(ctx): C,
    Path((t, id)): Path<(String, String)>,
    Query(mut params): Params,
) -> Result<Response, ApiError> {
    let rt = rtype(&t)?;
    let id = rid(&id)?;
    strip_common(&mut params)?;
    match st.store.read(&rt, id.as_str()).await? {
        Read::Found(s) => Ok({
            require(&st, &ctx, &*care(&st, &ctx).await?, Action::Read, &s).await?;
            resource(StatusCode::OK, &s, None, Return::Representation, "")
        }),
        other => Err(read_error(&other, &format!("{rt}/{id}"))),
    }
}

async fn vread(
    State(st): S,
    Extension(ctx): C,
    Path((t, id, vid)): Path<(String, String, String)>,
) -> Result<Response, ApiError> {
    let rt = rtype(&t)?;
    let id = rid(&id)?;
    let v: i64 = vid
        .parse()
        .ok()
        .filter(|v| *v > 0)
        .ok_or_else(|| ApiError::bad_request("the version id must be a positive integer"))?;
    match st.store.vread(&rt, id.as_str(), v).await? {
        Read::Found(s) => {
            require(&st, &ctx, &*care(&st, &ctx).await?, Action::Read, &s).await?;
            Ok(resource(
                StatusCode::OK,
                &s,
                None,
                Return::Representation,
                "",
            ))
        }
        other => Err(read_error(&other, &format!("{rt}/{id}/_history/{v}"))),
    }
}

fn history_params(params: &mut Vec<(String, String)>) -> Result<(Option<i64>, usize), ApiError> {
    strip_common(params)?;
    let mut since = None;
    let mut count = DEFAULT_COUNT;
    for (k, v) in params.iter() {
        match k.as_str() {
            "_since" => {
                since = Some(
                    ward_fhir::date::parse(v)
                        .ok_or_else(|| ApiError::bad_request("_since must be a FHIR instant"))?
                        .0
                        .lo,
                )
            }
            "_count" => {
                count = v
                    .parse::<usize>()
                    .map_err(|_| ApiError::bad_request("_count must be a non-negative integer"))?
                    .min(MAX_COUNT)
            }
            other => {
                return Err(ApiError::bad_request(format!(
                    "history does not support the parameter '{other}'"
                )));
            }
        }
    }
    Ok((since, count))
}

async fn history(
    st: &AppState,
    ctx: &Ctx,
    rt: ResourceType,
    id: Option<ResourceId>,
    mut params: Vec<(String, String)>,
) -> Result<Response, ApiError> {
    let (since, count) = history_params(&mut params)?;
    let rows = st
        .store
        .history(&rt, id.as_ref().map(|i| i.as_str()), since, count)
        .await?;
    let base = &st.config.base_url;
    let care = care(st, ctx).await?;
    let instance = id.is_some();
    let mut entries = Vec::new();
    for r in rows {
        match r {
            Read::Found(s) => {
                if let Err(e) = require(st, ctx, &care, Action::History, &s).await {
                    // One resource's history is all or nothing; a type's history shows
                    // only what the principal may see.
                    if instance {
                        return Err(e);
                    }
                    continue;
                }
                let status = if s.version == 1 { "201 Created" } else { "200 OK" };
                entries.push(json!({
                    "fullUrl": format!("{base}/{}/{}", s.resource_type, s.id),
                    "resource": Value::Object(s.body.clone().unwrap_or_default()),
                    "request": {"method": s.method, "url": if s.method == "POST" { s.resource_type.clone() } else { format!("{}/{}", s.resource_type, s.id) }},
                    "response": {"status": status, "etag": respond::etag(s.version), "lastModified": ward_fhir::date::instant(s.last_updated_ms)},
                }));
            }
            Read::Deleted { patient, .. }
                if st
                    .access
                    .decide(ctx, &care, Action::History, rt.as_str(), patient.as_deref())
                    .is_err() =>
            {
                if instance {
                    return Err(Denied(format!("history of {rt} is not permitted")).into());
                }
            }
            Read::Deleted {
                version,
                last_updated_ms,
                ..
            } => entries.push(json!({
                "request": {"method": "DELETE", "url": format!("{rt}/{}", id.as_ref().map(|i| i.as_str()).unwrap_or("?"))},
                "response": {"status": "204 No Content", "etag": respond::etag(version), "lastModified": ward_fhir::date::instant(last_updated_ms)},
            })),
            Read::Erased | Read::NotFound => {}
        }
    }
    Ok(fhir_json(
        StatusCode::OK,
        &json!({
            "resourceType": "Bundle",
            "type": "history",
            "total": entries.len(),
            "entry": entries,
        }),
    ))
}

async fn type_history(
    State(st): S,
    Extension(ctx): C,
    Path(t): Path<String>,
    Query(params): Params,
) -> Result<Response, ApiError> {
    history(&st, &ctx, rtype(&t)?, None, params).await
}

async fn instance_history(
    State(st): S,
    Extension(ctx): C,
    Path((t, id)): Path<(String, String)>,
    Query(params): Params,
) -> Result<Response, ApiError> {
    let rt = rtype(&t)?;
    let id = rid(&id)?;
    if let Read::NotFound = st.store.read(&rt, id.as_str()).await? {
        return Err(ApiError::not_found(format!("{rt}/{id} is not known")));
    }
    history(&st, &ctx, rt, Some(id), params).await
}

async fn search_get(
    State(st): S,
    Extension(ctx): C,
    Path(t): Path<String>,
    Query(params): Params,
) -> Result<Response, ApiError> {
    run_search(&st, &ctx, &t, params).await
}

async fn search_post(
    State(st): S,
    Extension(ctx): C,
    Path(t): Path<String>,
    Query(mut params): Params,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let ct = h
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if !body.is_empty() {
        if !ct.starts_with("application/x-www-form-urlencoded") {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                IssueCode::NotSupported,
                "POST _search takes application/x-www-form-urlencoded",
            ));
        }
        let text = std::str::from_utf8(&body)
            .map_err(|_| ApiError::bad_request("the form body is not UTF-8"))?;
        params.extend(query_pairs(text)?);
    }
    run_search(&st, &ctx, &t, params).await
}

async fn run_search(
    st: &AppState,
    ctx: &Ctx,
    t: &str,
    mut params: Vec<(String, String)>,
) -> Result<Response, ApiError> {
    let rt = rtype(t)?;
    strip_common(&mut params)?;
    let req = search::parse(&rt, &params)?;
    if ctx
        .principal
        .scopes
        .grants(rt.as_str(), ward_access::Perm::Search)
        .is_empty()
    {
        return Err(crate::authz::Denied(format!(
            "the token's scopes do not grant search on {rt}"
        ))
        .into());
    }
    crate::authz::profile_allows_search(ctx, &req)?;
    // Only what the principal may see is counted, returned or paged.
    let care = care(st, ctx).await?;
    let found = st.store.search(&req).await?;
    let (refs, withheld) = st
        .access
        .filter(st, ctx, &care, Action::Search, found)
        .await?;
    let suppressed = st.access.break_glass_could_reveal(ctx, &withheld);
    if req.summary_count {
        return Ok(fhir_json(
            StatusCode::OK,
            &json!({"resourceType": "Bundle", "type": "searchset", "total": refs.len()}),
        ));
    }
    let self_query = serde_urlencoded::to_string(&params).unwrap_or_default();
    let snap = Snapshot {
        refs,
        includes: req.includes.clone(),
        revincludes: req.revincludes.clone(),
        elements: req.elements.clone(),
        self_link: format!("{}/{rt}?{self_query}", st.config.base_url),
        ctx: ctx.clone(),
        care,
        suppressed,
    };
    paging::first_page(st, snap, req.count).await
}

async fn instance_operation(
    State(st): S,
    Extension(ctx): C,
    Path((t, id, op)): Path<(String, String, String)>,
    Query(mut params): Params,
) -> Result<Response, ApiError> {
    let rt = rtype(&t)?;
    let id = rid(&id)?;
    if op != "$everything" || !rt.is_patient() {
        return Err(ApiError::not_found(format!(
            "operation '{}' is not supported on {rt}",
            op.chars().take(40).collect::<String>()
        )));
    }
    strip_common(&mut params)?;
    let mut count = DEFAULT_COUNT;
    for (k, v) in &params {
        match k.as_str() {
            "_count" => {
                count = v
                    .parse::<usize>()
                    .map_err(|_| ApiError::bad_request("_count must be a non-negative integer"))?
                    .min(MAX_COUNT)
            }
            other => {
                return Err(ApiError::bad_request(format!(
                    "$everything does not support '{other}'"
                )));
            }
        }
    }
    let care = care(&st, &ctx).await?;
    match st.store.read(&rt, id.as_str()).await? {
        Read::Found(s) => require(&st, &ctx, &care, Action::Read, &s).await?,
        other => return Err(read_error(&other, &format!("Patient/{id}"))),
    }
    let found = st.store.everything(id.as_str()).await?;
    let (refs, withheld) = st
        .access
        .filter(&st, &ctx, &care, Action::Search, found)
        .await?;
    let suppressed = st.access.break_glass_could_reveal(&ctx, &withheld);
    let snap = Snapshot {
        refs,
        includes: vec![],
        revincludes: vec![],
        elements: None,
        self_link: format!("{}/Patient/{id}/$everything", st.config.base_url),
        ctx: ctx.clone(),
        care,
        suppressed,
    };
    paging::first_page(&st, snap, count).await
}

/// `POST /Patient/{id}/$erase`: crypto-shreds the patient (see `ward patient erase`).
async fn instance_operation_post(
    State(st): S,
    Extension(ctx): C,
    Path((t, id, op)): Path<(String, String, String)>,
) -> Result<Response, ApiError> {
    let rt = rtype(&t)?;
    let id = rid(&id)?;
    if op != "$erase" || !rt.is_patient() {
        return Err(ApiError::not_found(format!(
            "operation '{}' is not supported on {rt}",
            op.chars().take(40).collect::<String>()
        )));
    }
    // Erasure is decided on the patient's compartment, before anything is looked up.
    let care = care(&st, &ctx).await?;
    st.access
        .decide(&ctx, &care, Action::Erase, "Patient", Some(id.as_str()))?;
    if st.store.is_erased(id.as_str()).await? {
        return Err(read_error(&Read::Erased, &format!("Patient/{id}")));
    }
    let r = st.store.erase_patient(id.as_str()).await?;
    tracing::warn!(
        resources = r.resources,
        versions = r.versions,
        "patient erased (crypto-shredded)"
    );
    Ok(fhir_json(
        StatusCode::OK,
        &OperationOutcome::information(format!(
            "erased Patient/{id}: {} resources ({} versions) are now unreadable",
            r.resources, r.versions
        ))
        .to_json(),
    ))
}
