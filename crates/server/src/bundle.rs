//! `POST [base]` with a batch or transaction Bundle. A transaction is applied in one
//! database transaction (all or nothing); a batch applies each entry on its own.

use crate::AppState;
use crate::api::{location, query_pairs, read_error, require_json, rid, rtype};
use crate::authz::{Ctx, RequestGuard};
use crate::error::ApiError;
use crate::respond::{Return, etag, fhir_json, prefer_return};
use axum::extract::{Extension, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use bytes::Bytes;
use serde_json::{Map, Value, json};
use std::collections::BTreeSet;
use std::sync::Arc;
use ward_access::Action;
use ward_fhir::resource::parse_resource_value;
use ward_fhir::{FhirError, search};
use ward_store::{Read, Stored, TxOp, TxOutcome};

enum Entry {
    /// Boxed: a write carries a whole resource.
    Write(Box<TxOp>),
    Read(ward_fhir::ResourceType, ward_fhir::ResourceId),
}

fn entry_err(i: usize, e: ApiError) -> ApiError {
    let msg = format!(
        "Bundle.entry[{i}]: {}",
        e.outcome.to_json()["issue"][0]["diagnostics"]
            .as_str()
            .unwrap_or_default()
    );
    ApiError {
        status: e.status,
        outcome: ward_fhir::OperationOutcome::error(e.outcome.first_code(), msg),
    }
}

fn parse_entry(e: &Value) -> Result<Entry, ApiError> {
    let req = e
        .get("request")
        .and_then(Value::as_object)
        .ok_or_else(|| ApiError::bad_request("entry.request is required"))?;
    let method = req
        .get("method")
        .and_then(Value::as_str)
        .ok_or_else(|| ApiError::bad_request("entry.request.method is required"))?;
    let url = req
        .get("url")
        .and_then(Value::as_str)
        .ok_or_else(|| ApiError::bad_request("entry.request.url is required"))?;
    let full_url = e.get("fullUrl").and_then(Value::as_str).map(str::to_string);
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let segs: Vec<&str> = path.trim_matches('/').split('/').collect();
    let resource = || -> Result<(ward_fhir::ResourceType, Map<String, Value>), ApiError> {
        let r = e
            .get("resource")
            .cloned()
            .ok_or_else(|| ApiError::bad_request(format!("{method} needs entry.resource")))?;
        let (rt, obj) = parse_resource_value(r)?;
        if segs.first() != Some(&rt.as_str()) {
            return Err(ApiError::bad_request(format!(
                "entry.resource is a {rt}, entry.request.url names {}",
                segs.first().unwrap_or(&"")
            )));
        }
        Ok((rt, obj))
    };
    match (method, segs.as_slice()) {
        ("POST", [_]) => {
            let (rt, obj) = resource()?;
            let if_none_exist = match req.get("ifNoneExist").and_then(Value::as_str) {
                Some(q) => Some(search::parse(
                    &rt,
                    &query_pairs(q.trim_start_matches('?'))?,
                )?),
                None => None,
            };
            Ok(Entry::Write(Box::new(TxOp::Create {
                resource_type: rt,
                resource: obj,
                if_none_exist,
                full_url,
            })))
        }
        ("PUT", [_, id]) if query.is_empty() => {
            let (rt, obj) = resource()?;
            let id = rid(id)?;
            if obj.get("id").and_then(Value::as_str) != Some(id.as_str()) {
                return Err(ApiError::bad_request(
                    "the resource's id must match the id in entry.request.url",
                ));
            }
            let if_match = match req.get("ifMatch").and_then(Value::as_str) {
                Some(v) => Some(
                    crate::respond::parse_etag(v)
                        .ok_or_else(|| ApiError::bad_request("ifMatch must be an ETag"))?,
                ),
                None => None,
            };
            Ok(Entry::Write(Box::new(TxOp::Update {
                resource_type: rt,
                id,
                resource: obj,
                if_match,
                full_url,
            })))
        }
        ("PUT", [_]) if !query.is_empty() => {
            let (rt, obj) = resource()?;
            let search = search::parse(&rt, &query_pairs(query)?)?;
            Ok(Entry::Write(Box::new(TxOp::ConditionalUpdate {
                resource_type: rt,
                search,
                resource: obj,
                full_url,
            })))
        }
        ("DELETE", [t, id]) if query.is_empty() => Ok(Entry::Write(Box::new(TxOp::Delete {
            resource_type: rtype(t)?,
            id: rid(id)?,
        }))),
        ("GET", [t, id]) if query.is_empty() => Ok(Entry::Read(rtype(t)?, rid(id)?)),
        _ => Err(ApiError::bad_request(format!(
            "{method} {} is not supported in a Bundle (POST Type, PUT Type/id, PUT Type?query, DELETE Type/id, and GET Type/id in batches)",
            url.chars().take(60).collect::<String>()
        ))),
    }
}

/// Whether the principal may read what an outcome would show.
async fn readable(st: &AppState, ctx: &Ctx, care: &BTreeSet<String>, o: &TxOutcome) -> bool {
    let s = match o {
        TxOutcome::Written(w) => &w.stored,
        TxOutcome::Existing(s) => s,
        TxOutcome::Deleted(_) => return false,
    };
    crate::api::require(st, ctx, care, Action::Read, s)
        .await
        .is_ok()
}

/// One entry of a batch or transaction response. `may_read` says whether the principal
/// may see the resource's content; without it the entry carries location and ETag only.
fn response_entry(st: &AppState, out: TxOutcome, ret: Return, may_read: bool) -> Value {
    let written = |status: &str, s: &Stored| {
        let mut e = json!({"response": {
            "status": status,
            "location": location(st, &s.resource_type, &s.id, s.version),
            "etag": etag(s.version),
            "lastModified": ward_fhir::date::instant(s.last_updated_ms),
        }});
        if ret == Return::Representation && may_read {
            e["fullUrl"] = json!(format!(
                "{}/{}/{}",
                st.config.base_url, s.resource_type, s.id
            ));
            e["resource"] = Value::Object(s.body.clone().unwrap_or_default());
        }
        e
    };
    match out {
        TxOutcome::Written(w) => {
            written(if w.created { "201 Created" } else { "200 OK" }, &w.stored)
        }
        TxOutcome::Existing(s) => written("200 OK", &s),
        TxOutcome::Deleted(_) => json!({"response": {"status": "204 No Content"}}),
    }
}

fn error_entry(e: ApiError) -> Value {
    json!({"response": {
        "status": format!("{} {}", e.status.as_u16(), e.status.canonical_reason().unwrap_or("")),
        "outcome": e.outcome.to_json(),
    }})
}

/// The store operations of a transaction Bundle (for tools that write without HTTP, such
/// as `ward bench`).
pub fn transaction_ops(bundle: &Value) -> Result<Vec<TxOp>, ApiError> {
    let mut ops = Vec::new();
    for (i, e) in bundle
        .get("entry")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        match parse_entry(e).map_err(|err| entry_err(i, err))? {
            Entry::Write(op) => ops.push(*op),
            Entry::Read(..) => {
                return Err(entry_err(
                    i,
                    ApiError::bad_request("GET entries are not supported in a transaction"),
                ));
            }
        }
    }
    Ok(ops)
}

pub async fn batch_or_transaction(
    State(st): State<Arc<AppState>>,
    Extension(ctx): Extension<Ctx>,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    require_json(&h)?;
    let v: Value = serde_json::from_slice(&body)
        .map_err(|e| FhirError::Malformed(format!("body is not valid JSON: {e}")))?;
    if v.get("resourceType").and_then(Value::as_str) != Some("Bundle") {
        return Err(ApiError::bad_request(
            "POST to the base URL takes a batch or transaction Bundle",
        ));
    }
    let kind = v
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let entries = match v.get("entry") {
        None => Vec::new(),
        Some(Value::Array(a)) => a.clone(),
        Some(_) => return Err(ApiError::bad_request("Bundle.entry must be an array")),
    };
    let ret = prefer_return(&h);
    let care = crate::api::care(&st, &ctx).await?;
    let guard = RequestGuard {
        access: &st.access,
        ctx: &ctx,
        care: &care,
    };
    let out = match kind.as_str() {
        "transaction" => {
            let mut ops = Vec::with_capacity(entries.len());
            for (i, e) in entries.iter().enumerate() {
                match parse_entry(e).map_err(|err| entry_err(i, err))? {
                    Entry::Write(op) => ops.push(*op),
                    Entry::Read(..) => {
                        return Err(entry_err(
                            i,
                            ApiError::bad_request(
                                "GET entries are not supported in a transaction; use a batch",
                            ),
                        ));
                    }
                }
            }
            let outcomes = st
                .store
                .apply(ops, &guard)
                .await
                .map_err(|(i, e)| entry_err(i, e.into()))?;
            let mut out = Vec::with_capacity(outcomes.len());
            for o in outcomes {
                let may_read =
                    ret == Return::Representation && readable(&st, &ctx, &care, &o).await;
                out.push(response_entry(&st, o, ret, may_read));
            }
            out
        }
        "batch" => {
            let mut out = Vec::with_capacity(entries.len());
            for e in &entries {
                let r = match parse_entry(e) {
                    Err(err) => error_entry(err),
                    Ok(Entry::Write(op)) => match st.store.apply(vec![*op], &guard).await {
                        Ok(mut o) => {
                            let o = o.pop().expect("one outcome per op");
                            let may_read = ret == Return::Representation
                                && readable(&st, &ctx, &care, &o).await;
                            response_entry(&st, o, ret, may_read)
                        }
                        Err((_, err)) => error_entry(err.into()),
                    },
                    Ok(Entry::Read(rt, id)) => match st.store.read(&rt, id.as_str()).await {
                        Ok(Read::Found(s)) => {
                            match crate::api::require(&st, &ctx, &care, Action::Read, &s).await {
                                Ok(()) => response_entry(
                                    &st,
                                    TxOutcome::Existing(s),
                                    Return::Representation,
                                    true,
                                ),
                                Err(e) => error_entry(e),
                            }
                        }
                        Ok(other) => error_entry(read_error(&other, &format!("{rt}/{id}"))),
                        Err(err) => error_entry(err.into()),
                    },
                };
                out.push(r);
            }
            out
        }
        "collection" => {
            return Err(ApiError::bad_request(
                "a collection Bundle is not processed by POST [base]; store it with POST /Bundle, or import its entries with `ward import`",
            ));
        }
        _ => {
            return Err(ApiError::bad_request(
                "Bundle.type must be batch or transaction",
            ));
        }
    };
    Ok(fhir_json(
        StatusCode::OK,
        &json!({
            "resourceType": "Bundle",
            "type": format!("{kind}-response"),
            "entry": out,
        }),
    ))
}
