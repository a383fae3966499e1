//! Response helpers: FHIR JSON bodies, resource headers, `Prefer`, and the layer that
//! makes every error an OperationOutcome.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::Value;
use ward_fhir::{IssueCode, OperationOutcome};
use ward_store::Stored;

pub const FHIR_JSON: &str = "application/fhir+json; charset=utf-8";

pub fn fhir_json(status: StatusCode, body: &Value) -> Response {
    let bytes = serde_json::to_vec(body).unwrap_or_default();
    let mut r = Response::new(Body::from(bytes));
    *r.status_mut() = status;
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(FHIR_JSON));
    r
}

/// What the client asked for with `Prefer: return=…`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Return {
    Minimal,
    Representation,
    Outcome,
}

pub fn prefer_return(h: &HeaderMap) -> Return {
    let p = h
        .get("prefer")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    for part in p.split([',', ';']) {
        match part.trim() {
            "return=minimal" => return Return::Minimal,
            "return=OperationOutcome" => return Return::Outcome,
            "return=representation" => return Return::Representation,
            _ => {}
        }
    }
    Return::Representation
}

pub fn etag(version: i64) -> String {
    format!("W/\"{version}\"")
}

/// Parses `If-Match: W/"3"` (or `"3"`).
pub fn parse_etag(v: &str) -> Option<i64> {
    v.trim()
        .trim_start_matches("W/")
        .trim_matches('"')
        .parse()
        .ok()
}

/// A response carrying one stored version, with ETag, Last-Modified and (when given)
/// Location, honouring `Prefer`.
pub fn resource(
    status: StatusCode,
    s: &Stored,
    location: Option<String>,
    ret: Return,
    message: &str,
) -> Response {
    let mut r = match ret {
        Return::Representation => {
            fhir_json(status, &Value::Object(s.body.clone().unwrap_or_default()))
        }
        Return::Outcome => fhir_json(status, &OperationOutcome::information(message).to_json()),
        Return::Minimal => {
            let mut r = Response::new(Body::empty());
            *r.status_mut() = status;
            r
        }
    };
    let h = r.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&etag(s.version)) {
        h.insert(header::ETAG, v);
    }
    if let Ok(v) = HeaderValue::from_str(&ward_fhir::date::http_date(s.last_updated_ms)) {
        h.insert(header::LAST_MODIFIED, v);
    }
    if let Some(loc) = location.and_then(|l| HeaderValue::from_str(&l).ok()) {
        h.insert(header::LOCATION, loc.clone());
        h.insert(header::CONTENT_LOCATION, loc);
    }
    r
}

/// Turns any error response that is not already FHIR (404 from the router, 405, 413 from
/// the body limit, extractor rejections) into an OperationOutcome with the same status.
pub async fn errors_as_outcomes(req: Request, next: Next) -> Response {
    let resp = next.run(req).await;
    let status = resp.status();
    // Ward's own answers (FHIR JSON, the OAuth endpoints' JSON errors, the sign-in pages)
    // pass; framework rejections (text/plain) become OperationOutcomes.
    let deliberate = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|c| {
            c.starts_with("application/fhir+json")
                || c.starts_with("application/json")
                || c.starts_with("text/html")
        });
    if !status.is_client_error() && !status.is_server_error() || deliberate {
        return resp;
    }
    let (code, msg) = match status {
        StatusCode::NOT_FOUND => (IssueCode::NotFound, "no such resource or route".to_string()),
        StatusCode::METHOD_NOT_ALLOWED => (
            IssueCode::NotSupported,
            "this HTTP method is not allowed on this URL".to_string(),
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            IssueCode::TooLong,
            "the request body is larger than this server accepts (see max_body_bytes)".to_string(),
        ),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => (
            IssueCode::NotSupported,
            "send application/fhir+json".to_string(),
        ),
        s if s.is_client_error() => (
            IssueCode::Invalid,
            format!(
                "bad request ({})",
                s.canonical_reason().unwrap_or("client error")
            ),
        ),
        _ => (
            IssueCode::Exception,
            "internal error; see the server log".to_string(),
        ),
    };
    let mut out = fhir_json(status, &OperationOutcome::error(code, msg).to_json());
    if let Some(allow) = resp.headers().get(header::ALLOW) {
        out.headers_mut().insert(header::ALLOW, allow.clone());
    }
    out.into_response()
}
