//! The authentication layer: every request to the API carries a bearer token, either the
//! admin token (administrators' automation; a principal with the `admin` role, itself
//! subject to policy) or an access token issued by `/auth/token`. An access token must
//! verify (signature, algorithm, issuer, audience, expiry) and still be live: its grant not
//! revoked, its user or client not disabled since it was issued. The layer attaches the
//! request's [`Ctx`]; without one no handler runs.

use crate::AppState;
use crate::authz::Ctx;
use crate::error::ApiError;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;
use ward_access::token::Claims;
use ward_access::{Principal, Role, ScopeSet, Subject};
use ward_fhir::IssueCode;

fn unauthorized(msg: &str, error: &str) -> Response {
    let mut resp = ApiError::new(StatusCode::UNAUTHORIZED, IssueCode::Login, msg).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("Bearer realm=\"ward\", error=\"{error}\"")) {
        resp.headers_mut().insert(header::WWW_AUTHENTICATE, v);
    }
    resp
}

pub fn bearer(h: &HeaderMap) -> Option<&str> {
    h.get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim)
}

pub fn now_s() -> i64 {
    ward_fhir::date::now_ms() / 1000
}

/// The principal of the admin token.
pub fn admin_principal() -> Principal {
    Principal {
        subject: Subject::AdminToken,
        roles: vec![Role::Admin],
        scopes: ScopeSet::parse("user/*.cruds", &ward_fhir::ResourceType::is_known)
            .expect("valid scope"),
        patient: None,
        practitioner: None,
        client_id: None,
        session: None,
        profile: None,
    }
}

/// The principal a verified token names.
pub fn principal_of(c: &Claims) -> Result<Principal, String> {
    let subject = if let Some(u) = c.sub.strip_prefix("user:") {
        Subject::User(u.to_string())
    } else if let Some(id) = c.sub.strip_prefix("client:") {
        Subject::Client(id.to_string())
    } else {
        return Err("unknown subject".into());
    };
    let roles = c
        .roles
        .iter()
        .map(|r| Role::parse(r).map_err(|e| e.to_string()))
        .collect::<Result<Vec<_>, _>>()?;
    let scopes =
        ScopeSet::parse(&c.scope, &ward_fhir::ResourceType::is_known).map_err(|e| e.to_string())?;
    let practitioner = c
        .fhir_user
        .as_deref()
        .and_then(|f| f.strip_prefix("Practitioner/"))
        .map(str::to_string);
    Ok(Principal {
        subject,
        roles,
        scopes,
        patient: c.patient.clone(),
        practitioner,
        client_id: Some(c.client_id.clone()),
        session: Some(c.sid.clone()),
        profile: None,
    })
}

/// Whether the token's grant and subject are still live (cached for a second).
pub async fn is_live(st: &AppState, c: &Claims) -> Result<bool, ApiError> {
    let a = &st.access;
    let key = format!("{}|{}", c.sid, c.iat);
    if let Some(v) = crate::authz::cached(&a.live, &key, a.settings.revocation_cache) {
        return Ok(v);
    }
    // Disabling a user or client, resetting a second factor or a password, logout and
    // revocation all revoke grants: the grant is the one thing to check, with the
    // disabled flags as a second line.
    let grant_ok = match st.store.grant(&c.sid).await? {
        Some(g) => !g.revoked && g.expires_ms > ward_fhir::date::now_ms() && g.subject == c.sub,
        None => false,
    };
    let subject_ok = grant_ok
        && if let Some(u) = c.sub.strip_prefix("user:") {
            st.store.user(u).await?.is_some_and(|u| !u.disabled)
        } else if let Some(id) = c.sub.strip_prefix("client:") {
            st.store.client(id).await?.is_some_and(|cl| !cl.disabled)
        } else {
            false
        };
    // The client the token was issued to must still be enabled too.
    let client_ok = subject_ok
        && st
            .store
            .client(&c.client_id)
            .await?
            .is_some_and(|cl| !cl.disabled);
    crate::authz::remember(&a.live, key, client_ok);
    Ok(client_ok)
}

/// Resolves the bearer token of a request to a context.
pub async fn authenticate(
    st: &AppState,
    h: &HeaderMap,
    audit: crate::audit::AuditSlot,
) -> Result<Ctx, Response> {
    let Some(token) = bearer(h) else {
        return Err(unauthorized(
            "authentication required: send Authorization: Bearer <token>",
            "invalid_request",
        ));
    };
    if ward_crypto::constant_time_eq(token.as_bytes(), st.access.admin_token.as_bytes()) {
        return Ok(Ctx {
            principal: Arc::new(admin_principal()),
            purpose: "HOPERAT".into(),
            break_glass: false,
            deidentified: false,
            audit,
        });
    }
    let claims = match st.access.verify_token(token, now_s()) {
        Ok(c) => c,
        Err(e) => {
            tracing::warn!(reason = %e, "access token refused");
            return Err(unauthorized(
                "the bearer token is not valid",
                "invalid_token",
            ));
        }
    };
    match is_live(st, &claims).await {
        Ok(true) => {}
        Ok(false) => {
            return Err(unauthorized(
                "the bearer token was revoked, or its user or client was disabled",
                "invalid_token",
            ));
        }
        Err(e) => return Err(e.into_response()),
    }
    let mut principal = principal_of(&claims)
        .map_err(|_| unauthorized("the bearer token is not valid", "invalid_token"))?;
    principal.profile = st
        .access
        .client_profile(st, &claims.client_id)
        .await
        .map_err(IntoResponse::into_response)?;
    let purpose = claims.purpose.clone().unwrap_or_else(|| "TREAT".into());
    Ok(Ctx {
        principal: Arc::new(principal),
        break_glass: purpose == "ETREAT",
        purpose,
        deidentified: false,
        audit,
    })
}

/// The layer: no valid token, no handler.
pub async fn require_auth(
    State(state): State<Arc<AppState>>,
    mut req: Request,
    next: Next,
) -> Response {
    let slot = req
        .extensions()
        .get::<crate::audit::AuditSlot>()
        .cloned()
        .unwrap_or_default();
    match authenticate(&state, req.headers(), slot.clone()).await {
        Ok(ctx) => {
            let p = &ctx.principal;
            slot.update(|a| {
                a.principal = Some(p.subject.id());
                a.roles = p.roles.iter().map(|r| r.as_str().to_string()).collect();
                a.client = p.client_id.clone();
                a.purpose = Some(ctx.purpose.clone());
                a.break_glass = ctx.break_glass;
            });
            req.extensions_mut().insert(ctx);
            next.run(req).await
        }
        Err(resp) => resp,
    }
}
