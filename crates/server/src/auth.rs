//! Authentication layer. Until the access-control issue lands, every route except
//! `/metadata` and `/health` needs the admin bearer token.

use crate::AppState;
use crate::error::ApiError;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;
use ward_fhir::IssueCode;

pub async fn require_admin(
    State(state): State<Arc<AppState>>,
    req: Request,
    next: Next,
) -> Response {
    let presented = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim);
    match presented {
        Some(t) if ward_crypto::constant_time_eq(t.as_bytes(), state.admin_token.as_bytes()) => {
            next.run(req).await
        }
        other => {
            let msg = if other.is_some() {
                "the bearer token is not valid"
            } else {
                "authentication required: send Authorization: Bearer <token>"
            };
            tracing::warn!(
                reason = if other.is_some() {
                    "bad token"
                } else {
                    "no token"
                },
                "unauthenticated request refused"
            );
            let mut resp =
                ApiError::new(StatusCode::UNAUTHORIZED, IssueCode::Login, msg).into_response();
            resp.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"ward\""),
            );
            resp
        }
    }
}
