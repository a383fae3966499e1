//! The data-minimization layer: a client with a profile that lists elements gets every
//! resource of every response projected to them, whatever handler produced it (read,
//! vread, search pages, `_include`, `$everything`, batch answers). Decisions on types,
//! purposes and expiry are made per resource by [`crate::authz`]; this layer removes what
//! the profile does not list and labels the redaction. A body it cannot parse is not
//! passed through (closed).

use crate::authz::Ctx;
use crate::error::ApiError;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::Value;
use ward_access::minimize::Profile;
use ward_fhir::IssueCode;

/// Largest response the layer buffers (a page of 1,000 resources fits).
const MAX_BODY: usize = 256 * 1024 * 1024;

pub(crate) fn project(p: &Profile, v: &mut Value) {
    let Value::Object(o) = v else { return };
    if o.get("resourceType").and_then(Value::as_str) == Some("Bundle") {
        if let Some(Value::Array(entries)) = o.get_mut("entry") {
            for e in entries {
                if let Some(r) = e.get_mut("resource") {
                    project(p, r);
                }
            }
        }
        return;
    }
    if let Some(Value::Array(contained)) = o.get_mut("contained") {
        for c in contained {
            project(p, c);
        }
    }
    p.project(o);
}

fn failed() -> Response {
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        IssueCode::Exception,
        "the response could not be reduced to the client's data-minimization profile",
    )
    .into_response()
}

/// The layer function (after authentication, which attaches the [`Ctx`]).
pub async fn minimize(req: Request, next: Next) -> Response {
    let profile = req
        .extensions()
        .get::<Ctx>()
        .and_then(|c| c.principal.profile.clone())
        .filter(|p| p.projects_any());
    let resp = next.run(req).await;
    let Some(profile) = profile else {
        return resp;
    };
    let is_json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        // NDJSON (Bulk Data files) is projected resource by resource when it is made.
        .is_some_and(|t| t.contains("json") && !t.contains("ndjson"));
    if !is_json {
        return resp;
    }
    let (mut parts, body) = resp.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY).await else {
        return failed();
    };
    if bytes.is_empty() {
        return Response::from_parts(parts, Body::empty());
    }
    let Ok(mut v) = serde_json::from_slice::<Value>(&bytes) else {
        return failed();
    };
    project(&profile, &mut v);
    let Ok(out) = serde_json::to_vec(&v) else {
        return failed();
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(out))
}
