//! The OAuth 2 / SMART App Launch v2 authorization server.
//!
//! * `GET /.well-known/smart-configuration`, `GET /.well-known/jwks.json`;
//! * `GET /auth/authorize`: authorization code flow with PKCE (S256 only); a server-rendered
//!   login page (password and a one-time code: TOTP or a recovery code), then a consent
//!   screen listing the scopes that would be granted;
//! * `POST /auth/token`: `authorization_code` and `refresh_token` (rotating) for apps;
//!   `client_credentials` with `private_key_jwt` (RS384/ES384) for backend services;
//! * `POST /auth/introspect` (RFC 7662), `POST /auth/revoke` (RFC 7009), `POST /auth/logout`.
//!
//! Pending authorizations and codes live in memory (10 minutes and 60 seconds): a
//! restarted server forgets logins in progress, never issued tokens. Failed logins are
//! throttled per account (exponential lockout after 5) and per source address.

use crate::auth::now_s;
use crate::authz::Ctx;
use crate::{AppState, PeerAddr};
use axum::Router;
use axum::extract::{Extension, Form, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::json;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use ward_access::Subject;
use ward_access::token::Claims;
use ward_access::{OtherScope, Role, ScopeSet};
use ward_store::{AlertRecord, GrantRecord};
use zeroize::Zeroizing;

const PENDING_TTL: Duration = Duration::from_secs(600);
const CODE_TTL: Duration = Duration::from_secs(60);
/// Consecutive failures before an account is locked (then 30 s, doubling, at most 15 min).
const ACCOUNT_FREE_FAILURES: i64 = 5;
/// Failed logins one source address may make in [`IP_WINDOW`].
const IP_MAX_FAILURES: u32 = 30;
const IP_WINDOW: Duration = Duration::from_secs(600);

#[derive(Clone, Debug)]
struct AuthRequest {
    client_id: String,
    redirect_uri: String,
    scope: String,
    state: Option<String>,
    code_challenge: String,
    created: Instant,
    /// Set once the user has signed in (the consent step).
    user: Option<String>,
    granted: Option<String>,
}

#[derive(Clone, Debug)]
struct IssuedCode {
    req: AuthRequest,
    username: String,
    scope: String,
    patient: Option<String>,
    created: Instant,
}

/// In-memory state of logins in progress.
#[derive(Default)]
pub struct OAuthState {
    pending: Mutex<HashMap<String, AuthRequest>>,
    codes: Mutex<HashMap<String, IssuedCode>>,
    ip_failures: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

impl OAuthState {
    fn take_pending(&self, id: &str) -> Option<AuthRequest> {
        let mut g = self.pending.lock().expect("oauth lock");
        g.retain(|_, r| r.created.elapsed() < PENDING_TTL);
        g.remove(id)
    }
    fn put_pending(&self, r: AuthRequest) -> Result<String, OAuthError> {
        let id = random(24)?;
        let mut g = self.pending.lock().expect("oauth lock");
        if g.len() > 10_000 {
            g.retain(|_, r| r.created.elapsed() < PENDING_TTL);
        }
        g.insert(id.to_string(), r);
        Ok(id.to_string())
    }
    fn ip_blocked(&self, ip: Option<IpAddr>) -> bool {
        let Some(ip) = ip else { return false };
        let g = self.ip_failures.lock().expect("oauth lock");
        g.get(&ip)
            .is_some_and(|(t, n)| t.elapsed() < IP_WINDOW && *n >= IP_MAX_FAILURES)
    }
    fn ip_failed(&self, ip: Option<IpAddr>) {
        let Some(ip) = ip else { return };
        let mut g = self.ip_failures.lock().expect("oauth lock");
        let e = g.entry(ip).or_insert((Instant::now(), 0));
        if e.0.elapsed() >= IP_WINDOW {
            *e = (Instant::now(), 0);
        }
        e.1 += 1;
    }
}

/// An OAuth error response (RFC 6749 5.2).
#[derive(Debug)]
pub struct OAuthError {
    status: StatusCode,
    error: &'static str,
    description: String,
}

impl OAuthError {
    fn new(status: StatusCode, error: &'static str, description: impl Into<String>) -> Self {
        Self {
            status,
            error,
            description: description.into(),
        }
    }
    fn invalid_request(d: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "invalid_request", d)
    }
    fn invalid_grant(d: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "invalid_grant", d)
    }
    fn server(d: impl std::fmt::Display) -> Self {
        tracing::error!(error = %d, "authorization server failure");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "server_error",
            "internal error; see the server log",
        )
    }
}

impl IntoResponse for OAuthError {
    fn into_response(self) -> Response {
        no_store(
            (
                self.status,
                axum::Json(json!({"error": self.error, "error_description": self.description})),
            )
                .into_response(),
        )
    }
}

impl From<ward_store::StoreError> for OAuthError {
    fn from(e: ward_store::StoreError) -> Self {
        Self::server(e)
    }
}

fn no_store(mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    r
}

fn random(n: usize) -> Result<Zeroizing<String>, OAuthError> {
    ward_crypto::random_token(n).map_err(OAuthError::server)
}

/// SHA-256 hex of a secret handed out (codes are in memory; refresh tokens are stored
/// only as this hash).
fn hash(s: &str) -> String {
    ward_crypto::sha256_hex(s.as_bytes())
}

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/.well-known/smart-configuration", get(smart_configuration))
        .route("/.well-known/jwks.json", get(jwks))
        .route("/auth/authorize", get(authorize))
        .route("/auth/login", post(login))
        .route("/auth/consent", post(consent))
        .route("/auth/token", post(token))
        .route("/auth/revoke", post(revoke))
}

/// Routes that need an authenticated caller (the auth layer runs before them).
pub fn authenticated_routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/auth/introspect", post(introspect))
        .route("/auth/logout", post(logout))
        .route("/auth/break-glass", post(break_glass))
        .route("/admin/alerts", get(alerts))
}

async fn smart_configuration(State(st): State<Arc<AppState>>) -> Response {
    let b = &st.config.base_url;
    axum::Json(json!({
        "issuer": b,
        "jwks_uri": format!("{b}/.well-known/jwks.json"),
        "authorization_endpoint": format!("{b}/auth/authorize"),
        "token_endpoint": format!("{b}/auth/token"),
        "introspection_endpoint": format!("{b}/auth/introspect"),
        "revocation_endpoint": format!("{b}/auth/revoke"),
        "grant_types_supported": ["authorization_code", "refresh_token", "client_credentials"],
        "token_endpoint_auth_methods_supported": ["none", "private_key_jwt"],
        "token_endpoint_auth_signing_alg_values_supported": ["RS384", "ES384"],
        "scopes_supported": [
            "openid", "fhirUser", "launch", "launch/patient", "offline_access", "online_access",
            "patient/*.rs", "user/*.cruds", "user/*.rs", "system/*.rs", "system/*.cruds"
        ],
        "response_types_supported": ["code"],
        "code_challenge_methods_supported": ["S256"],
        "capabilities": [
            "launch-standalone", "client-public", "client-confidential-asymmetric",
            "context-standalone-patient",
            "permission-patient", "permission-user", "permission-v1", "permission-v2",
            "permission-offline", "permission-online"
        ]
    }))
    .into_response()
}

async fn jwks(State(st): State<Arc<AppState>>) -> Response {
    axum::Json(st.access.token_key.jwks()).into_response()
}

// ---------------------------------------------------------------- pages

fn esc(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '&' => "&amp;".to_string(),
            '<' => "&lt;".to_string(),
            '>' => "&gt;".to_string(),
            '"' => "&quot;".to_string(),
            '\'' => "&#39;".to_string(),
            c => c.to_string(),
        })
        .collect()
}

/// A page with headers that keep it out of frames, caches and referrers.
fn page(status: StatusCode, title: &str, body: &str) -> Response {
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{t} · Ward</title>\
         <style>body{{font-family:system-ui,sans-serif;max-width:28em;margin:3em auto;padding:0 1em}}\
         label{{display:block;margin:.8em 0 .2em}}input{{width:100%;padding:.4em}}button{{margin-top:1em;padding:.5em 1.2em}}\
         .err{{color:#a00}}li{{font-family:monospace}}</style></head><body><h1>{t}</h1>{body}</body></html>",
        t = esc(title)
    );
    let mut r = (status, html).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    no_store(r)
}

fn error_page(msg: &str) -> Response {
    page(
        StatusCode::BAD_REQUEST,
        "Cannot sign in",
        &format!("<p class=\"err\">{}</p>", esc(msg)),
    )
}

fn login_page(rid: &str, client: &str, error: Option<&str>) -> Response {
    let err = error
        .map(|e| format!("<p class=\"err\">{}</p>", esc(e)))
        .unwrap_or_default();
    page(
        if error.is_some() {
            StatusCode::UNAUTHORIZED
        } else {
            StatusCode::OK
        },
        "Sign in to Ward",
        &format!(
            "<p>The application <b>{}</b> asks to access health records on your behalf.</p>{err}\
             <form method=\"post\" action=\"/auth/login\">\
             <input type=\"hidden\" name=\"rid\" value=\"{}\">\
             <label for=\"u\">User name</label><input id=\"u\" name=\"username\" autocomplete=\"username\" required>\
             <label for=\"p\">Password</label><input id=\"p\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>\
             <label for=\"o\">One-time code (authenticator app, or a recovery code)</label>\
             <input id=\"o\" name=\"otp\" autocomplete=\"one-time-code\" inputmode=\"numeric\">\
             <button type=\"submit\">Sign in</button></form>",
            esc(client),
            esc(rid)
        ),
    )
}

fn redirect(to: &str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    no_store(r)
}

fn with_params(uri: &str, params: &[(&str, &str)]) -> String {
    let q = serde_urlencoded::to_string(params).unwrap_or_default();
    format!("{uri}{}{q}", if uri.contains('?') { '&' } else { '?' })
}

// ---------------------------------------------------------------- authorize

#[derive(Deserialize)]
struct AuthorizeParams {
    response_type: Option<String>,
    client_id: Option<String>,
    redirect_uri: Option<String>,
    scope: Option<String>,
    state: Option<String>,
    aud: Option<String>,
    code_challenge: Option<String>,
    code_challenge_method: Option<String>,
}

async fn authorize(
    State(st): State<Arc<AppState>>,
    Query(p): Query<AuthorizeParams>,
) -> Result<Response, OAuthError> {
    // Until the client and its redirect URI are verified, errors are shown, never
    // redirected (an open redirector would send users anywhere).
    let Some(client_id) = p.client_id.filter(|c| !c.is_empty()) else {
        return Ok(error_page("client_id is missing"));
    };
    let client = match st.store.client(&client_id).await? {
        Some(c) if !c.disabled => c,
        _ => {
            return Ok(error_page(
                "this application is not registered with Ward, or was disabled",
            ));
        }
    };
    let Some(redirect_uri) = p.redirect_uri.filter(|r| client.redirect_uris.contains(r)) else {
        return Ok(error_page(
            "redirect_uri is not one registered for this application",
        ));
    };
    let fail = |error: &str, d: &str| {
        let mut params = vec![("error", error), ("error_description", d)];
        if let Some(s) = &p.state {
            params.push(("state", s.as_str()));
        }
        Ok(redirect(&with_params(&redirect_uri, &params)))
    };
    if p.response_type.as_deref() != Some("code") {
        return fail("unsupported_response_type", "response_type must be code");
    }
    if p.aud.as_deref() != Some(st.config.base_url.as_str()) {
        return fail("invalid_request", "aud must be this FHIR server's base URL");
    }
    let challenge = match (p.code_challenge, p.code_challenge_method.as_deref()) {
        (Some(c), Some("S256")) if c.len() == 43 => c,
        _ => {
            return fail(
                "invalid_request",
                "PKCE is required: code_challenge with code_challenge_method=S256",
            );
        }
    };
    let scope = p.scope.unwrap_or_default();
    if let Err(e) = ScopeSet::parse(&scope, &ward_fhir::ResourceType::is_known) {
        return fail("invalid_scope", &e.to_string());
    }
    let rid = st.oauth.put_pending(AuthRequest {
        client_id: client_id.clone(),
        redirect_uri,
        scope,
        state: p.state,
        code_challenge: challenge,
        created: Instant::now(),
        user: None,
        granted: None,
    })?;
    Ok(login_page(&rid, &client.name, None))
}

#[derive(Deserialize)]
struct LoginForm {
    rid: String,
    username: String,
    password: Zeroizing<String>,
    #[serde(default)]
    otp: Zeroizing<String>,
}

const BAD_LOGIN: &str = "The user name, password or one-time code is wrong.";

/// Checks a user's password and second factor. `Ok(None)` is a refusal (already
/// recorded); the caller shows the same message whatever the reason.
async fn check_credentials(
    st: &AppState,
    ip: Option<IpAddr>,
    username: &str,
    password: &str,
    otp: &str,
) -> Result<Option<ward_store::UserRecord>, OAuthError> {
    let now_ms = ward_fhir::date::now_ms();
    let user = st.store.user(username).await?;
    let phc = user
        .as_ref()
        .map(|u| u.password_hash.clone())
        .unwrap_or_else(|| ward_access::password::dummy_hash().to_string());
    // Always hash, so that an unknown user takes as long as a wrong password.
    let pw = Zeroizing::new(password.to_string());
    let password_ok = tokio::task::spawn_blocking(move || ward_access::password::verify(&pw, &phc))
        .await
        .map_err(OAuthError::server)?;
    let Some(user) = user else {
        st.oauth.ip_failed(ip);
        return Ok(None);
    };
    if user.disabled || user.locked_until_ms > now_ms {
        st.oauth.ip_failed(ip);
        return Ok(None);
    }
    let roles: Vec<Role> = user
        .roles
        .iter()
        .filter_map(|r| Role::parse(r).ok())
        .collect();
    let mfa_required = roles.iter().any(|r| r.is_human());
    let second_ok = if !password_ok {
        false
    } else if !mfa_required {
        true
    } else {
        second_factor(st, &user, otp).await?
    };
    if password_ok && second_ok {
        st.store.record_login_success(&user.username).await?;
        return Ok(Some(user));
    }
    st.oauth.ip_failed(ip);
    let n = user.failed_logins + 1;
    let lock = if n >= ACCOUNT_FREE_FAILURES {
        let secs = (30i64 << (n - ACCOUNT_FREE_FAILURES).min(5)).min(900);
        now_ms + secs * 1000
    } else {
        0
    };
    st.store.record_login_failure(&user.username, lock).await?;
    tracing::warn!(failures = n, locked = lock > 0, "failed login");
    Ok(None)
}

/// A TOTP code (fresh, not replayed) or an unused recovery code.
async fn second_factor(
    st: &AppState,
    user: &ward_store::UserRecord,
    otp: &str,
) -> Result<bool, OAuthError> {
    let otp = otp.trim();
    if otp.is_empty() {
        return Ok(false);
    }
    if otp.len() == 6 && otp.bytes().all(|b| b.is_ascii_digit()) {
        let Some(secret) = st.store.user_totp_secret(&user.username).await? else {
            return Ok(false);
        };
        let secret = ward_access::totp::TotpSecret::from_bytes(secret.to_vec());
        let last = user.totp_last_step.map(|s| s as u64);
        return Ok(match secret.verify(otp, now_s() as u64, last) {
            // Recorded atomically: two logins racing with one code cannot both pass.
            Some(step) => {
                st.store
                    .advance_totp_step(&user.username, step as i64)
                    .await?
            }
            None => false,
        });
    }
    Ok(st
        .store
        .use_recovery_code(&user.username, &ward_access::totp::recovery_hash(otp))
        .await?)
}

/// The scopes a user may be granted from what the app asked: the intersection with the
/// ceilings of their roles and of the client.
fn grantable(asked: &str, roles: &[Role], client_scope: &str) -> Result<ScopeSet, OAuthError> {
    let asked = ScopeSet::parse(asked, &ward_fhir::ResourceType::is_known)
        .map_err(|e| OAuthError::invalid_request(e.to_string()))?;
    let client = ScopeSet::parse(client_scope, &ward_fhir::ResourceType::is_known)
        .map_err(OAuthError::server)?;
    let mut by_role = ScopeSet::default();
    for r in roles {
        let ceiling = ScopeSet::parse(r.scope_ceiling(), &ward_fhir::ResourceType::is_known)
            .map_err(OAuthError::server)?;
        by_role = ScopeSet::from_scopes(
            by_role
                .iter()
                .cloned()
                .chain(asked.narrowed_to(&ceiling).iter().cloned()),
        );
    }
    Ok(by_role.narrowed_to(&client))
}

async fn login(
    State(st): State<Arc<AppState>>,
    peer: Option<Extension<PeerAddr>>,
    audit: Option<Extension<crate::audit::AuditSlot>>,
    Form(f): Form<LoginForm>,
) -> Result<Response, OAuthError> {
    let ip = peer.map(|Extension(p)| p.0.ip());
    let audit = audit.map(|Extension(a)| a).unwrap_or_default();
    let account: String = f.username.trim().chars().take(64).collect();
    // Refused until it succeeds: every early return below is a refusal.
    audit.update(|a| {
        a.action = Some("login".into());
        a.outcome = Some("denied");
        a.detail = Some(format!("account {account}"));
    });
    let Some(mut req) = st.oauth.take_pending(&f.rid) else {
        return Ok(error_page(
            "this sign-in expired; start again from the application",
        ));
    };
    let client = match st.store.client(&req.client_id).await? {
        Some(c) if !c.disabled => c,
        _ => return Ok(error_page("this application was disabled")),
    };
    if st.oauth.ip_blocked(ip) {
        let rid = st.oauth.put_pending(req)?;
        let mut r = login_page(
            &rid,
            &client.name,
            Some("Too many failed sign-ins from this address; wait ten minutes."),
        );
        *r.status_mut() = StatusCode::TOO_MANY_REQUESTS;
        return Ok(r);
    }
    let Some(user) = check_credentials(&st, ip, f.username.trim(), &f.password, &f.otp).await?
    else {
        audit.update(|a| {
            a.client = Some(req.client_id.clone());
            a.decision = Some("wrong user name, password or one-time code, or locked".into());
        });
        let rid = st.oauth.put_pending(req)?;
        return Ok(login_page(&rid, &client.name, Some(BAD_LOGIN)));
    };
    audit.update(|a| {
        a.principal = Some(format!("user:{}", user.username));
        a.roles = user.roles.clone();
        a.client = Some(req.client_id.clone());
        a.outcome = None;
        a.detail = None;
    });
    let roles: Vec<Role> = user
        .roles
        .iter()
        .filter_map(|r| Role::parse(r).ok())
        .collect();
    let granted = grantable(&req.scope, &roles, &client.scope)?;
    let wants_patient = granted.has(&OtherScope::LaunchPatient);
    req.user = Some(user.username.clone());
    req.granted = Some(granted.to_string());
    // A new id for the consent step: the login form's id cannot be replayed.
    let rid = st.oauth.put_pending(req)?;
    let items: String = granted
        .iter()
        .map(|s| format!("<li>{}</li>", esc(&s.to_string())))
        .collect();
    let patient_field = if wants_patient && !roles.contains(&Role::Patient) {
        "<label for=\"pt\">Patient (id) to open</label><input id=\"pt\" name=\"patient\">"
    } else {
        ""
    };
    Ok(page(
        StatusCode::OK,
        "Allow access?",
        &format!(
            "<p>Signed in as <b>{}</b>. <b>{}</b> will be able to:</p><ul>{}</ul>\
             <form method=\"post\" action=\"/auth/consent\"><input type=\"hidden\" name=\"rid\" value=\"{}\">{patient_field}\
             <button name=\"decision\" value=\"approve\">Allow</button> \
             <button name=\"decision\" value=\"deny\">Deny</button></form>",
            esc(&user.username),
            esc(&client.name),
            if items.is_empty() {
                "<li>(nothing: no requested scope can be granted)</li>".to_string()
            } else {
                items
            },
            esc(&rid)
        ),
    ))
}

#[derive(Deserialize)]
struct ConsentForm {
    rid: String,
    decision: String,
    #[serde(default)]
    patient: String,
}

async fn consent(
    State(st): State<Arc<AppState>>,
    Form(f): Form<ConsentForm>,
) -> Result<Response, OAuthError> {
    let Some(req) = st.oauth.take_pending(&f.rid) else {
        return Ok(error_page(
            "this sign-in expired; start again from the application",
        ));
    };
    let (Some(username), Some(scope)) = (req.user.clone(), req.granted.clone()) else {
        return Ok(error_page("sign in first"));
    };
    let mut params: Vec<(&str, String)> = Vec::new();
    if f.decision != "approve" {
        params.push(("error", "access_denied".into()));
        params.push(("error_description", "the user denied access".into()));
    } else {
        let user = st.store.user(&username).await?;
        let Some(user) = user.filter(|u| !u.disabled) else {
            return Ok(error_page("this account was disabled"));
        };
        let is_patient = user.roles.iter().any(|r| r == Role::Patient.as_str());
        let patient = if is_patient {
            user.patient.clone()
        } else if scope.split(' ').any(|s| s == "launch/patient") {
            let p = f.patient.trim();
            if ward_fhir::ResourceId::parse(p).is_err() {
                return Ok(error_page("give the id of the patient to open"));
            }
            Some(p.to_string())
        } else {
            None
        };
        let code = random(32)?;
        {
            let mut g = st.oauth.codes.lock().expect("oauth lock");
            g.retain(|_, c| c.created.elapsed() < CODE_TTL);
            g.insert(
                hash(&code),
                IssuedCode {
                    req: req.clone(),
                    username,
                    scope,
                    patient,
                    created: Instant::now(),
                },
            );
        }
        params.push(("code", code.to_string()));
    }
    if let Some(s) = &req.state {
        params.push(("state", s.clone()));
    }
    let refs: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
    Ok(redirect(&with_params(&req.redirect_uri, &refs)))
}

// ---------------------------------------------------------------- token

#[derive(Deserialize)]
struct TokenForm {
    grant_type: String,
    code: Option<Zeroizing<String>>,
    redirect_uri: Option<String>,
    client_id: Option<String>,
    code_verifier: Option<Zeroizing<String>>,
    refresh_token: Option<Zeroizing<String>>,
    scope: Option<String>,
    client_assertion_type: Option<String>,
    client_assertion: Option<Zeroizing<String>>,
    /// HL7 v3 PurposeOfUse a backend service acts for (`client_credentials`).
    purpose_of_use: Option<String>,
}

fn pkce_ok(verifier: &str, challenge: &str) -> bool {
    use base64::Engine;
    if !(43..=128).contains(&verifier.len()) {
        return false;
    }
    let d = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, verifier.as_bytes());
    let computed = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(d.as_ref());
    ward_crypto::constant_time_eq(computed.as_bytes(), challenge.as_bytes())
}

/// Issues an access token (and the grant's new refresh token, if any) for `g`.
async fn issue(
    st: &AppState,
    g: &GrantRecord,
    roles: Vec<String>,
    fhir_user: Option<String>,
    refresh: Option<&str>,
) -> Result<Response, OAuthError> {
    issue_for(
        st,
        g,
        roles,
        fhir_user,
        refresh,
        None,
        st.access.settings.access_token_ttl,
    )
    .await
}

/// [`issue`] with a purpose of use and a lifetime of its own (break-glass).
async fn issue_for(
    st: &AppState,
    g: &GrantRecord,
    roles: Vec<String>,
    fhir_user: Option<String>,
    refresh: Option<&str>,
    purpose: Option<String>,
    ttl: Duration,
) -> Result<Response, OAuthError> {
    let now = now_s();
    let ttl = ttl.as_secs() as i64;
    let claims = Claims {
        iss: st.config.base_url.clone(),
        aud: st.config.base_url.clone(),
        sub: g.subject.clone(),
        iat: now,
        nbf: now,
        exp: now + ttl,
        jti: random(12)?.to_string(),
        sid: g.sid.clone(),
        client_id: g.client_id.clone(),
        scope: g.scope.clone(),
        roles,
        patient: g.patient.clone(),
        fhir_user,
        purpose,
    };
    let token = st
        .access
        .token_key
        .sign(&claims)
        .map_err(OAuthError::server)?;
    let mut body = json!({
        "access_token": token.as_str(),
        "token_type": "Bearer",
        "expires_in": ttl,
        "scope": g.scope,
    });
    if let Some(p) = &g.patient {
        body["patient"] = json!(p);
    }
    if let Some(r) = refresh {
        body["refresh_token"] = json!(r);
    }
    let mut resp = no_store(axum::Json(body).into_response());
    // The ledger records whom the token was issued to.
    resp.extensions_mut().insert(crate::audit::Acting {
        principal: g.subject.clone(),
        client: Some(g.client_id.clone()).filter(|c| !c.is_empty()),
        roles: claims.roles.clone(),
        patient: g.patient.clone(),
    });
    Ok(resp)
}

fn user_claims(u: &ward_store::UserRecord) -> (Vec<String>, Option<String>) {
    let fhir_user = u
        .practitioner
        .as_ref()
        .map(|p| format!("Practitioner/{p}"))
        .or_else(|| u.patient.as_ref().map(|p| format!("Patient/{p}")));
    (u.roles.clone(), fhir_user)
}

async fn token(
    State(st): State<Arc<AppState>>,
    Form(f): Form<TokenForm>,
) -> Result<Response, OAuthError> {
    match f.grant_type.as_str() {
        "authorization_code" => {
            let code = f
                .code
                .ok_or_else(|| OAuthError::invalid_request("code is missing"))?;
            let issued = st
                .oauth
                .codes
                .lock()
                .expect("oauth lock")
                .remove(&hash(&code))
                .filter(|c| c.created.elapsed() < CODE_TTL)
                .ok_or_else(|| OAuthError::invalid_grant("the code is unknown, used or expired"))?;
            if f.client_id.as_deref() != Some(issued.req.client_id.as_str())
                || f.redirect_uri.as_deref() != Some(issued.req.redirect_uri.as_str())
            {
                return Err(OAuthError::invalid_grant(
                    "client_id or redirect_uri does not match the authorization request",
                ));
            }
            let verifier = f
                .code_verifier
                .ok_or_else(|| OAuthError::invalid_request("code_verifier is missing (PKCE)"))?;
            if !pkce_ok(&verifier, &issued.req.code_challenge) {
                return Err(OAuthError::invalid_grant(
                    "code_verifier does not match code_challenge",
                ));
            }
            let user = st
                .store
                .user(&issued.username)
                .await?
                .filter(|u| !u.disabled)
                .ok_or_else(|| OAuthError::invalid_grant("the account was disabled"))?;
            let wants_refresh = issued
                .scope
                .split(' ')
                .any(|s| s == "offline_access" || s == "online_access");
            let now_ms = ward_fhir::date::now_ms();
            let g = GrantRecord {
                sid: random(18)?.to_string(),
                subject: format!("user:{}", user.username),
                client_id: issued.req.client_id.clone(),
                scope: issued.scope.clone(),
                patient: issued.patient.clone(),
                created_ms: now_ms,
                expires_ms: now_ms + st.access.settings.refresh_ttl.as_millis() as i64,
                revoked: false,
            };
            let refresh = if wants_refresh {
                Some(random(32)?)
            } else {
                None
            };
            st.store
                .add_grant(&g, refresh.as_ref().map(|r| hash(r)).as_deref())
                .await?;
            let (roles, fhir_user) = user_claims(&user);
            issue(
                &st,
                &g,
                roles,
                fhir_user,
                refresh.as_deref().map(|r| r.as_str()),
            )
            .await
        }
        "refresh_token" => {
            let old = f
                .refresh_token
                .ok_or_else(|| OAuthError::invalid_request("refresh_token is missing"))?;
            let new = random(32)?;
            let g = st
                .store
                .rotate_refresh(&hash(&old), &hash(&new))
                .await?
                .ok_or_else(|| {
                    OAuthError::invalid_grant("the refresh token is unknown or was already used")
                })?;
            if g.revoked || g.expires_ms <= ward_fhir::date::now_ms() {
                return Err(OAuthError::invalid_grant(
                    "the grant was revoked or expired",
                ));
            }
            if f.client_id.as_deref() != Some(g.client_id.as_str()) {
                return Err(OAuthError::invalid_grant(
                    "client_id does not match the grant",
                ));
            }
            let Some(username) = g.subject.strip_prefix("user:") else {
                return Err(OAuthError::invalid_grant("not a user grant"));
            };
            let user = st
                .store
                .user(username)
                .await?
                .filter(|u| !u.disabled)
                .ok_or_else(|| OAuthError::invalid_grant("the account was disabled"))?;
            match st.store.client(&g.client_id).await? {
                Some(c) if !c.disabled => {}
                _ => return Err(OAuthError::invalid_grant("the application was disabled")),
            }
            let (roles, fhir_user) = user_claims(&user);
            issue(&st, &g, roles, fhir_user, Some(new.as_str())).await
        }
        "client_credentials" => client_credentials(&st, &f).await,
        other => Err(OAuthError::new(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            format!(
                "grant_type '{}' is not supported",
                other.chars().take(40).collect::<String>()
            ),
        )),
    }
}

fn invalid_client(d: impl Into<String>) -> OAuthError {
    OAuthError::new(StatusCode::UNAUTHORIZED, "invalid_client", d)
}

/// SMART Backend Services: a confidential client authenticates with a signed assertion
/// (`private_key_jwt`) and gets a short-lived token for itself (`system/` scopes, its
/// registered roles, its profile's purpose). No refresh token: it signs a new assertion.
async fn client_credentials(st: &AppState, f: &TokenForm) -> Result<Response, OAuthError> {
    use ward_access::client_auth::{ASSERTION_TYPE, ClientKeys, claimed_client, verify_assertion};
    if f.client_assertion_type.as_deref() != Some(ASSERTION_TYPE) {
        return Err(invalid_client(format!(
            "client_credentials needs client_assertion_type={ASSERTION_TYPE} (private_key_jwt)"
        )));
    }
    let assertion = f
        .client_assertion
        .as_ref()
        .ok_or_else(|| invalid_client("client_assertion is missing"))?;
    let unknown = || invalid_client("the client is unknown, disabled or not a backend service");
    let claimed = claimed_client(assertion).ok_or_else(unknown)?;
    if f.client_id.as_deref().is_some_and(|c| c != claimed) {
        return Err(invalid_client(
            "client_id does not match the assertion's subject",
        ));
    }
    let client = st
        .store
        .client(&claimed)
        .await?
        .filter(|c| !c.disabled && c.kind == "confidential-asymmetric")
        .ok_or_else(unknown)?;
    let keys = ClientKeys::parse(client.jwks.as_deref().unwrap_or_default())
        .map_err(OAuthError::server)?;
    let token_url = format!("{}/auth/token", st.config.base_url);
    let a = verify_assertion(assertion, &keys, &client.client_id, &token_url, now_s()).map_err(
        |e| {
            tracing::warn!(reason = %e, "client assertion refused");
            invalid_client("the client assertion is not valid")
        },
    )?;
    if !st
        .store
        .use_assertion(&client.client_id, &a.jti, a.exp * 1000)
        .await?
    {
        return Err(invalid_client("the client assertion was already used"));
    }
    let roles: Vec<Role> = client
        .roles
        .iter()
        .map(|r| Role::parse(r))
        .collect::<Result<_, _>>()
        .map_err(OAuthError::server)?;
    let asked = f
        .scope
        .as_deref()
        .ok_or_else(|| OAuthError::invalid_request("scope is missing"))?;
    let granted = grantable(asked, &roles, &client.scope)?;
    if granted.is_empty() {
        return Err(OAuthError::new(
            StatusCode::BAD_REQUEST,
            "invalid_scope",
            "none of the requested scopes may be granted to this client",
        ));
    }
    let profile = st
        .access
        .client_profile(st, &client.client_id)
        .await
        .map_err(|e| OAuthError::server(e.outcome.message()))?;
    let purpose = match (&f.purpose_of_use, &profile) {
        (Some(p), _)
            if p.is_empty() || p.len() > 20 || !p.chars().all(|c| c.is_ascii_alphanumeric()) =>
        {
            return Err(OAuthError::invalid_request(
                "purpose_of_use must be an HL7 v3 PurposeOfUse code",
            ));
        }
        (Some(p), Some(pr)) if !pr.allows_purpose(p) => {
            return Err(forbidden(
                "the client's data-minimization profile does not allow this purpose of use",
            ));
        }
        (Some(p), _) => Some(p.clone()),
        (None, Some(pr)) => pr.default_purpose().map(str::to_string),
        (None, None) => None,
    };
    if let Some(pr) = &profile {
        if pr.expired(ward_fhir::date::now_ms()) {
            return Err(forbidden(
                "the client's data-minimization profile has expired",
            ));
        }
        if purpose.is_none() && !pr.allows_purpose("") {
            return Err(OAuthError::invalid_request(
                "name the purpose_of_use: the client's profile allows several",
            ));
        }
    }
    let now_ms = ward_fhir::date::now_ms();
    let ttl = st.access.settings.access_token_ttl;
    let g = GrantRecord {
        sid: random(18)?.to_string(),
        subject: format!("client:{}", client.client_id),
        client_id: client.client_id.clone(),
        scope: granted.to_string(),
        patient: None,
        created_ms: now_ms,
        expires_ms: now_ms + ttl.as_millis() as i64,
        revoked: false,
    };
    st.store.add_grant(&g, None).await?;
    issue_for(st, &g, client.roles.clone(), None, None, purpose, ttl).await
}

// ---------------------------------------------------------------- introspect, revoke, logout

#[derive(Deserialize)]
struct TokenParam {
    token: Zeroizing<String>,
}

async fn introspect(
    State(st): State<Arc<AppState>>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<TokenParam>,
) -> Result<Response, OAuthError> {
    let inactive = || {
        Ok(no_store(
            axum::Json(json!({"active": false})).into_response(),
        ))
    };
    let Ok(c) = st.access.token_key.verify(&f.token, now_s()) else {
        return inactive();
    };
    // Administrators may introspect any token; others only their own.
    let caller = ctx.principal.subject.id();
    if caller != "admin-token" && caller != c.sub {
        return inactive();
    }
    match crate::auth::is_live(&st, &c).await {
        Ok(true) => {}
        Ok(false) => return inactive(),
        Err(e) => return Err(OAuthError::server(e.outcome.message())),
    }
    let mut body = json!({
        "active": true, "scope": c.scope, "client_id": c.client_id, "sub": c.sub,
        "exp": c.exp, "iat": c.iat, "iss": c.iss, "aud": c.aud, "token_type": "Bearer",
    });
    if let Some(p) = &c.patient {
        body["patient"] = json!(p);
    }
    if let Some(u) = &c.fhir_user {
        body["fhirUser"] = json!(u);
    }
    Ok(no_store(axum::Json(body).into_response()))
}

/// RFC 7009: revokes the grant of an access or refresh token. Answers 200 whatever the
/// token was, so that it tells nothing.
async fn revoke(
    State(st): State<Arc<AppState>>,
    Form(f): Form<TokenParam>,
) -> Result<Response, OAuthError> {
    let grant = match st.access.token_key.verify(&f.token, now_s()) {
        Ok(c) => Some((c.sid, c.sub, c.client_id)),
        Err(_) => {
            // A refresh token: rotate it to a random value that nobody holds, which also
            // names its grant.
            let burn = random(32)?;
            st.store
                .rotate_refresh(&hash(&f.token), &hash(&burn))
                .await?
                .map(|g| (g.sid, g.subject, g.client_id))
        }
    };
    let mut resp = no_store(StatusCode::OK.into_response());
    if let Some((sid, subject, client)) = grant {
        st.store.revoke_grant(&sid).await?;
        st.access.flush();
        // The ledger records whose session ended.
        resp.extensions_mut().insert(crate::audit::Acting {
            principal: subject,
            client: Some(client).filter(|c| !c.is_empty()),
            ..Default::default()
        });
    }
    Ok(resp)
}

async fn logout(
    State(st): State<Arc<AppState>>,
    Extension(ctx): Extension<Ctx>,
) -> Result<Response, OAuthError> {
    match &ctx.principal.session {
        Some(sid) => {
            st.store.revoke_grant(sid).await?;
            st.access.flush();
            Ok(no_store(
                axum::Json(json!({"signed_out": true})).into_response(),
            ))
        }
        None => Err(OAuthError::invalid_request(
            "the admin token has no session to end",
        )),
    }
}

// ---------------------------------------------------------------- break-glass

#[derive(Deserialize)]
struct BreakGlassForm {
    patient: String,
    reason: String,
}

fn forbidden(d: impl Into<String>) -> OAuthError {
    OAuthError::new(StatusCode::FORBIDDEN, "access_denied", d)
}

/// `POST /auth/break-glass` (form: `patient`, `reason`): a physician or nurse declares an
/// emergency. The answer is a separate access token with purpose of use `ETREAT`:
/// read-only (`patient/*.rs`) on that one patient, for the break-glass lifetime (30
/// minutes by default), with a grant of its own that can be revoked. The declaration is
/// an alert for privacy officers (`GET /admin/alerts`), reason included.
async fn break_glass(
    State(st): State<Arc<AppState>>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<BreakGlassForm>,
) -> Result<Response, OAuthError> {
    let p = &ctx.principal;
    let Subject::User(name) = &p.subject else {
        return Err(forbidden(
            "break-glass is declared by a signed-in clinician, not a token of a service or the admin token",
        ));
    };
    if ctx.break_glass {
        return Err(OAuthError::invalid_request(
            "this is already a break-glass token",
        ));
    }
    if !(p.has_role(Role::Physician) || p.has_role(Role::Nurse)) {
        return Err(forbidden(
            "only physicians and nurses may declare an emergency",
        ));
    }
    let patient = ward_fhir::ResourceId::parse(f.patient.trim())
        .map_err(|_| OAuthError::invalid_request("patient must be a Patient id"))?;
    let reason = f.reason.trim();
    if !(10..=1000).contains(&reason.chars().count()) {
        return Err(OAuthError::invalid_request(
            "state the reason for the emergency access (10 to 1000 characters)",
        ));
    }
    let rt = ward_fhir::ResourceType::parse("Patient").map_err(OAuthError::server)?;
    if let ward_store::Read::NotFound = st.store.read(&rt, patient.as_str()).await? {
        return Err(OAuthError::invalid_request("there is no such patient"));
    }
    let now_ms = ward_fhir::date::now_ms();
    let ttl = st.access.settings.break_glass_ttl;
    let g = GrantRecord {
        sid: random(18)?.to_string(),
        subject: format!("user:{name}"),
        client_id: p.client_id.clone().unwrap_or_default(),
        scope: "patient/*.rs".into(),
        patient: Some(patient.as_str().to_string()),
        created_ms: now_ms,
        expires_ms: now_ms + ttl.as_millis() as i64,
        revoked: false,
    };
    st.store.add_grant(&g, None).await?;
    let alert_id = random(12)?.to_string();
    st.store
        .add_alert(&AlertRecord {
            id: alert_id.clone(),
            kind: "break-glass".into(),
            subject: g.subject.clone(),
            patient: g.patient.clone(),
            details: reason.to_string(),
            created_ms: now_ms,
        })
        .await?;
    tracing::warn!(
        alert = "break-glass",
        "emergency access declared; see GET /admin/alerts"
    );
    // The ledger entry: the declaring clinician, the patient (pseudonym), the flag, and
    // the alert that holds the reason. The reason is free text that may name people, so
    // the entry (plaintext, kept forever) carries only its keyed hash, which binds the
    // sealed reason to the log without revealing it.
    let reason_tag = st.ledger.pseudonym(reason);
    ctx.audit.update(|a| {
        a.break_glass = true;
        a.purpose = Some("ETREAT".into());
        a.detail = Some(format!("alert {alert_id}; reason hmac {reason_tag}"));
        a.patients.insert(patient.as_str().to_string());
    });
    let roles = p.roles.iter().map(|r| r.as_str().to_string()).collect();
    let fhir_user = p.practitioner.as_ref().map(|x| format!("Practitioner/{x}"));
    issue_for(&st, &g, roles, fhir_user, None, Some("ETREAT".into()), ttl).await
}

/// `GET /admin/alerts?_count=N`: the newest alerts, for administrators and privacy
/// officers (policy action `administer`).
async fn alerts(
    State(st): State<Arc<AppState>>,
    Extension(ctx): Extension<Ctx>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, crate::error::ApiError> {
    st.access.decide(
        &ctx,
        &Default::default(),
        ward_access::Action::Administer,
        "Alert",
        None,
    )?;
    let n = q
        .get("_count")
        .and_then(|c| c.parse::<i64>().ok())
        .unwrap_or(100)
        .clamp(1, 1000);
    let list: Vec<_> = st
        .store
        .alerts(n)
        .await?
        .into_iter()
        .map(|a| {
            json!({
                "id": a.id, "kind": a.kind, "subject": a.subject, "patient": a.patient,
                "reason": a.details, "created": ward_fhir::date::instant(a.created_ms),
            })
        })
        .collect();
    Ok(no_store(
        axum::Json(json!({"alerts": list})).into_response(),
    ))
}
