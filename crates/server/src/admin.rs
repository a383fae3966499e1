//! Identity administration: the rules are written once here and used by both `ward user
//! …` / `ward client …` (on the data directory) and the admin API:
//!
//! * `GET /admin/users`, `POST /admin/users`, `GET /admin/users/{name}`;
//! * `POST /admin/users/{name}/disable`, `/enable`, `/reset-mfa`, `/password`,
//!   `/assignments`;
//! * `GET /admin/clients`, `POST /admin/clients/{id}/disable`, `/enable`.
//!
//! Every call is the policy action `administer` on resource type `User` or `Client`
//! (the default policies give it to administrators). Answers that carry a new password,
//! TOTP secret or recovery codes are `Cache-Control: no-store`, shown once.

use crate::AppState;
use crate::authz::Ctx;
use crate::error::ApiError;
use axum::Router;
use axum::extract::{Extension, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::{Value, json};
use std::sync::Arc;
use ward_access::totp::{TotpSecret, recovery_codes};
use ward_access::{Action, Role};
use ward_fhir::IssueCode;
use ward_store::{ClientRecord, Store, UserRecord};
use zeroize::Zeroizing;

fn invalid(msg: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, IssueCode::Invalid, msg)
}

fn internal(e: impl std::fmt::Display) -> ApiError {
    tracing::error!(error = %e, "identity administration failed");
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        IssueCode::Exception,
        "internal error; see the server log",
    )
}

/// User names and client ids: 1 to 64 of letters, digits, `. - _ @`.
pub fn check_name(u: &str) -> Result<(), ApiError> {
    if u.is_empty()
        || u.len() > 64
        || !u
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '@'))
    {
        return Err(invalid(
            "a user name or client id is 1 to 64 characters of letters, digits, . - _ @",
        ));
    }
    Ok(())
}

/// A user to create.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewUser {
    pub username: String,
    pub roles: Vec<String>,
    /// Ward generates one (and returns it once) when absent.
    #[serde(default)]
    pub password: Option<Zeroizing<String>>,
    /// A patient user's own Patient id.
    #[serde(default)]
    pub patient: Option<String>,
    /// A clinician's Practitioner id.
    #[serde(default)]
    pub practitioner: Option<String>,
}

/// A fresh second factor, shown once.
pub struct Enrolment {
    pub otpauth_uri: Zeroizing<String>,
    pub recovery_codes: Vec<Zeroizing<String>>,
}

/// What creating a user produced.
pub struct Created {
    pub roles: Vec<Role>,
    pub generated_password: Option<Zeroizing<String>>,
    pub enrolment: Option<Enrolment>,
}

fn roles_of(u: &UserRecord) -> Vec<Role> {
    u.roles.iter().filter_map(|r| Role::parse(r).ok()).collect()
}

/// Creates a user: roles checked, password per NIST SP 800-63B (generated when absent),
/// and a TOTP second factor enrolled at once for every human role.
pub async fn create_user(store: &Store, n: NewUser) -> Result<Created, ApiError> {
    check_name(&n.username)?;
    if n.roles.is_empty() {
        return Err(invalid("a user needs at least one role"));
    }
    let roles: Vec<Role> = n
        .roles
        .iter()
        .map(|r| Role::parse(r))
        .collect::<Result<_, _>>()
        .map_err(|e| invalid(e.to_string()))?;
    if roles.contains(&Role::VendorService) {
        return Err(invalid(
            "vendor-service is a role of OAuth clients (backend services), not of users",
        ));
    }
    if roles.contains(&Role::Patient) && n.patient.is_none() {
        return Err(invalid(
            "a patient user needs a patient (their own Patient resource id)",
        ));
    }
    for id in n.patient.iter().chain(n.practitioner.iter()) {
        ward_fhir::ResourceId::parse(id)?;
    }
    let mfa = roles.iter().any(|r| r.is_human());
    let (password, generated) = match n.password {
        Some(p) => (p, false),
        None => (ward_crypto::random_token(15).map_err(internal)?, true),
    };
    ward_access::password::check_policy(&password, &n.username, mfa)
        .map_err(|e| invalid(e.to_string()))?;
    let hash = ward_access::password::hash(&password).map_err(internal)?;
    store
        .add_user(&UserRecord {
            username: n.username.clone(),
            roles: roles.iter().map(|r| r.as_str().to_string()).collect(),
            password_hash: hash,
            mfa_enrolled: false,
            totp_last_step: None,
            recovery_hashes: vec![],
            disabled: false,
            patient: n.patient,
            practitioner: n.practitioner,
            created_ms: 0,
            failed_logins: 0,
            locked_until_ms: 0,
            revoked_before_ms: 0,
        })
        .await?;
    let enrolment = if mfa {
        Some(enrol_totp(store, &n.username).await?)
    } else {
        None
    };
    Ok(Created {
        roles,
        generated_password: generated.then_some(password),
        enrolment,
    })
}

/// Replaces the user's TOTP secret and recovery codes (revoking their tokens).
pub async fn enrol_totp(store: &Store, username: &str) -> Result<Enrolment, ApiError> {
    if store.user(username).await?.is_none() {
        return Err(ApiError::not_found(format!("no user '{username}'")));
    }
    let secret = TotpSecret::generate().map_err(internal)?;
    let (codes, hashes) = recovery_codes().map_err(internal)?;
    store
        .set_user_totp(username, Some(secret.as_bytes()), &hashes)
        .await?;
    Ok(Enrolment {
        otpauth_uri: secret.otpauth_uri(username).map_err(internal)?,
        recovery_codes: codes,
    })
}

/// Sets a new password (checked against the policy; revokes the user's tokens).
pub async fn set_password(store: &Store, username: &str, pw: &str) -> Result<(), ApiError> {
    let Some(u) = store.user(username).await? else {
        return Err(ApiError::not_found(format!("no user '{username}'")));
    };
    let mfa = roles_of(&u).iter().any(|r| r.is_human());
    ward_access::password::check_policy(pw, username, mfa).map_err(|e| invalid(e.to_string()))?;
    let hash = ward_access::password::hash(pw).map_err(internal)?;
    Ok(store.set_user_password(username, &hash).await?)
}

/// Assigns a clinician to a patient's care for `days`; returns the end (ms).
pub async fn assign(
    store: &Store,
    username: &str,
    patient: &str,
    days: i64,
) -> Result<i64, ApiError> {
    ward_fhir::ResourceId::parse(patient)?;
    if store.user(username).await?.is_none() {
        return Err(ApiError::not_found(format!("no user '{username}'")));
    }
    if !(1..=3660).contains(&days) {
        return Err(invalid("an assignment lasts 1 to 3660 days"));
    }
    let until = ward_fhir::date::now_ms() + days * 86_400_000;
    store.assign_care(username, patient, until).await?;
    Ok(until)
}

/// A user as the admin API and `ward user list` show it (no secret, no hash).
pub fn user_json(u: &UserRecord) -> Value {
    json!({
        "username": u.username,
        "roles": u.roles,
        "mfa": u.mfa_enrolled,
        "active": !u.disabled,
        "failedLogins": u.failed_logins,
        "patient": u.patient,
        "practitioner": u.practitioner,
        "created": ward_fhir::date::instant(u.created_ms),
    })
}

pub fn client_json(c: &ClientRecord) -> Value {
    json!({
        "clientId": c.client_id,
        "name": c.name,
        "kind": c.kind,
        "active": !c.disabled,
        "scope": c.scope,
        "roles": c.roles,
        "redirectUris": c.redirect_uris,
        "profile": c.profile.as_deref().and_then(|p| serde_json::from_str::<Value>(p).ok()),
    })
}

fn enrolment_json(e: &Enrolment) -> Value {
    json!({
        "otpauthUri": e.otpauth_uri.as_str(),
        "recoveryCodes": e.recovery_codes.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
    })
}

// ---------------------------------------------------------------- the API

type S = State<Arc<AppState>>;
type C = Extension<Ctx>;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/admin/users", get(list_users).post(add_user))
        .route("/admin/users/{name}", get(get_user))
        .route("/admin/users/{name}/{action}", post(user_action))
        .route("/admin/clients", get(list_clients))
        .route("/admin/clients/{id}/{action}", post(client_action))
}

fn allowed(st: &AppState, ctx: &Ctx, what: &str) -> Result<(), ApiError> {
    Ok(st
        .access
        .decide(ctx, &Default::default(), Action::Administer, what, None)?)
}

fn answer(status: StatusCode, v: Value) -> Response {
    let mut r = (status, axum::Json(v)).into_response();
    let h = r.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    r
}

fn json_body<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(body).map_err(|e| invalid(format!("the JSON body is not valid: {e}")))
}

async fn list_users(State(st): S, Extension(ctx): C) -> Result<Response, ApiError> {
    allowed(&st, &ctx, "User")?;
    let users: Vec<Value> = st.store.users().await?.iter().map(user_json).collect();
    Ok(answer(StatusCode::OK, json!({ "users": users })))
}

async fn get_user(
    State(st): S,
    Extension(ctx): C,
    Path(name): Path<String>,
) -> Result<Response, ApiError> {
    allowed(&st, &ctx, "User")?;
    match st.store.user(&name).await? {
        Some(u) => Ok(answer(StatusCode::OK, user_json(&u))),
        None => Err(ApiError::not_found(format!("no user '{name}'"))),
    }
}

async fn add_user(
    State(st): S,
    Extension(ctx): C,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    allowed(&st, &ctx, "User")?;
    let n: NewUser = json_body(&body)?;
    let name = n.username.clone();
    let c = create_user(&st.store, n).await?;
    let mut out = json!({
        "username": name,
        "roles": c.roles.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
    });
    if let Some(p) = &c.generated_password {
        out["password"] = json!(p.as_str());
    }
    if let Some(e) = &c.enrolment {
        out["totp"] = enrolment_json(e);
    }
    tracing::info!(admin = %ctx.principal.subject.id(), "user added");
    Ok(answer(StatusCode::CREATED, out))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PasswordBody {
    password: Zeroizing<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AssignBody {
    patient: String,
    #[serde(default = "thirty")]
    days: i64,
}

fn thirty() -> i64 {
    30
}

async fn user_action(
    State(st): S,
    Extension(ctx): C,
    Path((name, action)): Path<(String, String)>,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    allowed(&st, &ctx, "User")?;
    let out = match action.as_str() {
        "disable" | "enable" => {
            st.store
                .set_user_disabled(&name, action == "disable")
                .await?;
            json!({"username": name, "active": action == "enable"})
        }
        "reset-mfa" => {
            let e = enrol_totp(&st.store, &name).await?;
            json!({"username": name, "totp": enrolment_json(&e)})
        }
        "password" => {
            let b: PasswordBody = json_body(&body)?;
            set_password(&st.store, &name, &b.password).await?;
            json!({"username": name, "passwordChanged": true})
        }
        "assignments" => {
            let b: AssignBody = json_body(&body)?;
            let until = assign(&st.store, &name, &b.patient, b.days).await?;
            json!({"username": name, "patient": b.patient, "until": ward_fhir::date::instant(until)})
        }
        _ => {
            return Err(ApiError::not_found(
                "unknown user action: disable, enable, reset-mfa, password or assignments",
            ));
        }
    };
    // Revocations must reach tokens verified from cache at once.
    st.access.flush();
    Ok(answer(StatusCode::OK, out))
}

async fn list_clients(State(st): S, Extension(ctx): C) -> Result<Response, ApiError> {
    allowed(&st, &ctx, "Client")?;
    let list: Vec<Value> = st.store.clients().await?.iter().map(client_json).collect();
    Ok(answer(StatusCode::OK, json!({ "clients": list })))
}

async fn client_action(
    State(st): S,
    Extension(ctx): C,
    Path((id, action)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    allowed(&st, &ctx, "Client")?;
    match action.as_str() {
        "disable" | "enable" => {
            st.store
                .set_client_disabled(&id, action == "disable")
                .await?;
        }
        _ => {
            return Err(ApiError::not_found(
                "unknown client action: disable or enable",
            ));
        }
    }
    st.access.flush();
    Ok(answer(
        StatusCode::OK,
        json!({"clientId": id, "active": action == "enable"}),
    ))
}
