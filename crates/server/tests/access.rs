//! Access control, end to end over HTTPS with the default policies: the SMART login flow
//! (password + TOTP, consent, code + PKCE, tokens), what a token can and cannot do, and
//! the decision matrix in `tests/data/access-matrix.tsv`. Every case runs on SQLite and on
//! PostgreSQL.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use std::collections::HashMap;
use ward_access::client_key::{ClientKey, KeyKind};
use ward_access::totp::TotpSecret;
use ward_store::{ClientRecord, UserRecord};

const REDIRECT: &str = "http://127.0.0.1:9/callback";
const CLIENT: &str = "test-app";
const ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// The lab vendor's data-minimization profile: demographics without identity, and
/// observations without notes, for operations only.
const LAB_PROFILE: &str = r#"{
  "resourceTypes": ["Patient", "Observation"],
  "elements": {
    "Patient": ["gender", "birthDate"],
    "Observation": ["status", "code", "value[x]", "effective[x]", "subject"]
  },
  "purposes": ["HOPERAT"]
}"#;

/// Registers a backend service (vendor-service role) with a fresh key.
async fn add_service(s: &TestServer, id: &str, kind: KeyKind, profile: Option<&str>) -> ClientKey {
    let key = ClientKey::generate(kind, &format!("{id}-k1")).unwrap();
    s.store
        .add_client(&ClientRecord {
            client_id: id.into(),
            name: format!("{id} service"),
            kind: "confidential-asymmetric".into(),
            redirect_uris: vec![],
            jwks: Some(key.jwks().to_string()),
            scope: "system/*.rs".into(),
            roles: vec!["vendor-service".into()],
            profile: profile.map(str::to_string),
            disabled: false,
            created_ms: 0,
            revoked_before_ms: 0,
        })
        .await
        .unwrap();
    key
}

struct World {
    s: TestServer,
    /// Backend services' private keys (client id → key).
    vendors: HashMap<String, ClientKey>,
    /// A client that does not follow redirects (the redirect URI goes nowhere).
    raw: reqwest::Client,
    users: HashMap<String, (String, TotpSecret)>,
    spares_used: std::sync::Mutex<HashMap<String, usize>>,
}

/// The test users' spare recovery codes, for more sign-ins within 30 s than TOTP allows.
fn recovery(user: &str, i: usize) -> String {
    format!("spare{i}{user}")
}

fn password_for(u: &str) -> String {
    format!("{u} rides a purple elephant")
}

async fn add_user(
    s: &TestServer,
    name: &str,
    role: &str,
    patient: Option<&str>,
    practitioner: Option<&str>,
) -> TotpSecret {
    s.store
        .add_user(&UserRecord {
            username: name.into(),
            roles: vec![role.into()],
            password_hash: ward_access::password::hash(&password_for(name)).unwrap(),
            mfa_enrolled: false,
            totp_last_step: None,
            recovery_hashes: vec![],
            disabled: false,
            patient: patient.map(str::to_string),
            practitioner: practitioner.map(str::to_string),
            created_ms: 0,
            failed_logins: 0,
            locked_until_ms: 0,
            revoked_before_ms: 0,
        })
        .await
        .unwrap();
    let secret = TotpSecret::generate().unwrap();
    let mut hashes = vec![ward_access::totp::recovery_hash("abcde-fghij")];
    hashes.extend((0..10).map(|i| ward_access::totp::recovery_hash(&recovery(name, i))));
    s.store
        .set_user_totp(name, Some(secret.as_bytes()), &hashes)
        .await
        .unwrap();
    secret
}

async fn world(b: Backend) -> World {
    let s = TestServer::start_with_policies(b, ward_access::Policies::default_set()).await;
    let bundle: Value = serde_json::from_slice(
        &std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/access-world.json"),
        )
        .unwrap(),
    )
    .unwrap();
    // The admin token loads data (it may write, not read).
    let (st, _, v) = s.post_json("/", &bundle).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert!(
        v["entry"][3].get("resource").is_none(),
        "the admin token got patient content back: {v}"
    );
    s.store
        .add_client(&ClientRecord {
            client_id: CLIENT.into(),
            name: "Test App".into(),
            kind: "public".into(),
            redirect_uris: vec![REDIRECT.into()],
            jwks: None,
            scope: "openid fhirUser launch launch/patient offline_access online_access patient/*.cruds user/*.cruds".into(),
            roles: vec![],
            profile: None,
            disabled: false,
            created_ms: 0,
            revoked_before_ms: 0,
        })
        .await
        .unwrap();
    let mut users = HashMap::new();
    for (name, role, patient, practitioner) in [
        ("house", "physician", None, Some("pr-house")),
        ("cuddy", "physician", None, Some("pr-cuddy")),
        ("wilson", "physician", None, Some("pr-wilson")),
        ("nina", "nurse", None, None),
        ("alice", "patient", Some("pa-alice"), None),
        ("rita", "researcher", None, None),
        ("adam", "admin", None, None),
    ] {
        let secret = add_user(&s, name, role, patient, practitioner).await;
        users.insert(name.to_string(), (password_for(name), secret));
    }
    s.store
        .assign_care("nina", "pa-carol", ward_fhir::date::now_ms() + 86_400_000)
        .await
        .unwrap();
    let mut vendors = HashMap::new();
    vendors.insert(
        "vendor-lab".to_string(),
        add_service(&s, "vendor-lab", KeyKind::Ec, Some(LAB_PROFILE)).await,
    );
    vendors.insert(
        "vendor-bare".to_string(),
        add_service(&s, "vendor-bare", KeyKind::Rsa, None).await,
    );
    let raw = reqwest::Client::builder()
        .tls_backend_preconfigured(ward_server::tls::client_config(&s.dir.join("ca.pem")).unwrap())
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    World {
        s,
        vendors,
        raw,
        users,
        spares_used: Default::default(),
    }
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let i = text.find(start)? + start.len();
    let j = text[i..].find(end)? + i;
    Some(&text[i..j])
}

fn pkce() -> (String, String) {
    use base64::Engine;
    let verifier = ward_crypto::random_token(32).unwrap().to_string();
    let d = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, verifier.as_bytes());
    (
        verifier,
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(d.as_ref()),
    )
}

/// What a login attempt ended with.
#[derive(Debug)]
enum Login {
    Tokens(Value),
    /// The login page again (status, page text).
    Refused(StatusCode, String),
}

impl World {
    fn url(&self, p: &str) -> String {
        format!("{}{p}", self.s.base)
    }

    /// The whole SMART standalone launch: authorize, login, consent, token.
    async fn login_with(
        &self,
        user: &str,
        password: &str,
        otp: &str,
        scope: &str,
        patient: &str,
    ) -> Login {
        let (verifier, challenge) = pkce();
        let r = self
            .raw
            .get(self.url("/auth/authorize"))
            .query(&[
                ("response_type", "code"),
                ("client_id", CLIENT),
                ("redirect_uri", REDIRECT),
                ("scope", scope),
                ("state", "st-123"),
                ("aud", &self.s.base),
                ("code_challenge", &challenge),
                ("code_challenge_method", "S256"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(r.headers()["x-frame-options"], "DENY");
        let page = r.text().await.unwrap();
        let rid = between(&page, "name=\"rid\" value=\"", "\"")
            .unwrap()
            .to_string();
        let r = self
            .raw
            .post(self.url("/auth/login"))
            .form(&[
                ("rid", rid.as_str()),
                ("username", user),
                ("password", password),
                ("otp", otp),
            ])
            .send()
            .await
            .unwrap();
        let status = r.status();
        let page = r.text().await.unwrap();
        if !page.contains("/auth/consent") {
            return Login::Refused(status, page);
        }
        let rid = between(&page, "name=\"rid\" value=\"", "\"")
            .unwrap()
            .to_string();
        let r = self
            .raw
            .post(self.url("/auth/consent"))
            .form(&[
                ("rid", rid.as_str()),
                ("decision", "approve"),
                ("patient", patient),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let loc = r.headers()["location"].to_str().unwrap().to_string();
        assert!(loc.starts_with(REDIRECT), "{loc}");
        assert!(loc.contains("state=st-123"), "{loc}");
        let code = between(&(loc.clone() + "&"), "code=", "&")
            .unwrap()
            .to_string();
        let exchange = || {
            self.raw
                .post(self.url("/auth/token"))
                .form(&[
                    ("grant_type", "authorization_code"),
                    ("code", code.as_str()),
                    ("redirect_uri", REDIRECT),
                    ("client_id", CLIENT),
                    ("code_verifier", verifier.as_str()),
                ])
                .send()
        };
        let r = exchange().await.unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(r.headers()["cache-control"], "no-store");
        let v: Value = r.json().await.unwrap();
        // The code works once.
        assert_eq!(exchange().await.unwrap().status(), StatusCode::BAD_REQUEST);
        Login::Tokens(v)
    }

    /// A TOTP code the server has not seen for this user yet (the next step if the
    /// current one was used), or a spare recovery code when the window is used up.
    async fn fresh_code(&self, user: &str) -> String {
        let secret = &self.users[user].1;
        let last = self
            .s
            .store
            .user(user)
            .await
            .unwrap()
            .unwrap()
            .totp_last_step;
        let t = now();
        let step = match last {
            Some(l) if l as u64 >= t / 30 => l as u64 + 1,
            _ => t / 30,
        };
        if step > t / 30 + 1 || (step == t / 30 + 1 && t % 30 < 2) {
            let mut g = self.spares_used.lock().unwrap();
            let n = g.entry(user.to_string()).or_insert(0);
            *n += 1;
            return recovery(user, *n - 1);
        }
        secret.code_at(step * 30).unwrap().to_string()
    }

    /// Signs `user` in with a fresh code; the token response.
    async fn sign_in(&self, user: &str, scope: &str) -> Value {
        let otp = self.fresh_code(user).await;
        let pw = self.users[user].0.clone();
        match self.login_with(user, &pw, &otp, scope, "").await {
            Login::Tokens(v) => v,
            Login::Refused(st, page) => panic!("{user} could not sign in: {st} {page}"),
        }
    }

    /// A backend service's token request with a fresh assertion (extra form fields
    /// added); the status and JSON answer.
    async fn service_token(&self, id: &str, extra: &[(&str, &str)]) -> (StatusCode, Value) {
        let jti = ward_crypto::random_token(12).unwrap().to_string();
        let assertion = self.vendors[id]
            .assertion(id, &self.url("/auth/token"), now() as i64, &jti)
            .unwrap();
        self.exchange_assertion(&assertion, extra).await
    }

    async fn exchange_assertion(
        &self,
        assertion: &str,
        extra: &[(&str, &str)],
    ) -> (StatusCode, Value) {
        let mut form: Vec<(&str, &str)> = vec![
            ("grant_type", "client_credentials"),
            ("client_assertion_type", ASSERTION_TYPE),
            ("client_assertion", assertion),
        ];
        if !extra.iter().any(|(k, _)| *k == "scope") {
            form.push(("scope", "system/*.rs"));
        }
        form.extend_from_slice(extra);
        let r = self
            .raw
            .post(self.url("/auth/token"))
            .form(&form)
            .send()
            .await
            .unwrap();
        let st = r.status();
        (st, r.json().await.unwrap_or(Value::Null))
    }

    async fn token(&self, user: &str, scope: &str) -> String {
        if user == "admin-token" {
            return self.s.token.clone();
        }
        if self.vendors.contains_key(user) {
            let (st, v) = self.service_token(user, &[("scope", scope)]).await;
            assert_eq!(st, StatusCode::OK, "{user}: {v}");
            return v["access_token"].as_str().unwrap().to_string();
        }
        self.sign_in(user, scope).await["access_token"]
            .as_str()
            .unwrap()
            .to_string()
    }

    async fn call(
        &self,
        token: &str,
        method: &str,
        path: &str,
        body: Option<&str>,
    ) -> (StatusCode, Value) {
        let m = Method::from_bytes(method.as_bytes()).unwrap();
        let mut rb = self.raw.request(m, self.url(path)).bearer_auth(token);
        if let Some(b) = body {
            let ct = if b.starts_with('{') {
                "application/fhir+json"
            } else {
                "application/x-www-form-urlencoded"
            };
            rb = rb.header("content-type", ct).body(b.to_string());
        }
        let r = rb.send().await.unwrap();
        let st = r.status();
        let bytes = r.bytes().await.unwrap();
        (st, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
    }
}

async fn decision_matrix(b: Backend) {
    let w = world(b).await;
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/access-matrix.tsv"),
    )
    .unwrap();
    let mut tokens: HashMap<(String, String), String> = HashMap::new();
    let mut cases = 0;
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        assert_eq!(c.len(), 6, "line {}: {line}", n + 1);
        let (who, scope, method, path, body, expect) = (c[0], c[1], c[2], c[3], c[4], c[5]);
        let key = (who.to_string(), scope.to_string());
        if !tokens.contains_key(&key) {
            let t = w.token(who, scope).await;
            tokens.insert(key.clone(), t);
        }
        let (st, v) = w
            .call(&tokens[&key], method, path, (body != "-").then_some(body))
            .await;
        let at = format!("line {}: {who} {scope} {method} {path}", n + 1);
        // After the status: words "+text" must appear in the answer, "-text" must not.
        let text = v.to_string();
        let mut main = Vec::new();
        for p in expect.split(' ') {
            if let Some(t) = p.strip_prefix('+') {
                assert!(text.contains(t), "{at}: the answer lacks {t}: {v}");
            } else if let Some(t) = p.strip_prefix('-') {
                assert!(!text.contains(t), "{at}: the answer contains {t}: {v}");
            } else {
                main.push(p);
            }
        }
        let expect = main.join(" ");
        let (status, rest) = expect.split_at(3);
        assert_eq!(st.as_u16().to_string(), status, "{at}: {v}");
        if let Some(text) = rest.strip_prefix('~') {
            assert_eq!(v["resourceType"], "OperationOutcome", "{at}");
            let d = v["issue"][0]["diagnostics"].as_str().unwrap_or_default();
            assert!(d.contains(text), "{at}: '{d}' lacks '{text}'");
        } else if let Some(counts) = rest.strip_prefix('=') {
            let (m, i) = counts.split_once('+').unwrap_or((counts, ""));
            let m: usize = m.parse().unwrap();
            assert_eq!(v["total"].as_u64(), Some(m as u64), "{at}: total: {v}");
            if path.contains("_summary=count") {
                assert!(v.get("entry").is_none(), "{at}: a count carries no entries");
                cases += 1;
                continue;
            }
            let entries = v["entry"].as_array().cloned().unwrap_or_default();
            let mode = |e: &Value| e["search"]["mode"].as_str().unwrap_or("match").to_string();
            let matches = entries.iter().filter(|e| mode(e) == "match").count();
            assert_eq!(matches, m, "{at}: entries: {v}");
            if !i.is_empty() {
                let includes = entries.iter().filter(|e| mode(e) == "include").count();
                assert_eq!(includes, i.parse::<usize>().unwrap(), "{at}: includes: {v}");
            }
        }
        if st == StatusCode::FORBIDDEN {
            // A refusal carries no resource content.
            assert_eq!(v["resourceType"], "OperationOutcome", "{at}");
            assert!(
                !v.to_string().contains("Appleby") && !v.to_string().contains("Barker"),
                "{at}"
            );
        }
        cases += 1;
    }
    assert!(cases >= 60, "{cases} cases");
    w.s.stop().await;
}

async fn login_needs_both_factors_and_is_throttled(b: Backend) {
    let w = world(b).await;
    let scope = "user/*.rs openid";
    let pw = password_for("house");
    // Each sign-in attempt leaves exactly one ledger entry: refused, then accepted.
    let logins = |from: u64| {
        let store = w.s.store.clone();
        async move {
            store
                .ledger()
                .entries(from as i64, i64::MAX)
                .await
                .unwrap()
                .iter()
                .map(|(_, b)| ward_ledger::entry::Entry::parse(b).unwrap())
                .filter(|e| e.action == "login")
                .collect::<Vec<_>>()
        }
    };
    let before = w.s.state.ledger.size();
    let _ = w
        .login_with("house", "not the password at all", "000000", scope, "")
        .await;
    let l = logins(before).await;
    assert_eq!(l.len(), 1, "{l:?}");
    assert_eq!(
        (
            l[0].principal.as_str(),
            l[0].outcome.as_str(),
            l[0].detail.as_deref()
        ),
        ("anonymous", "denied", Some("account house"))
    );
    let before = w.s.state.ledger.size();
    w.sign_in("house", scope).await;
    let l = logins(before).await;
    assert_eq!(l.len(), 1, "{l:?}");
    assert_eq!(
        (l[0].principal.as_str(), l[0].outcome.as_str()),
        ("user:house", "success")
    );
    // Right password, no second factor; right password, wrong code; wrong password.
    for (p, otp) in [
        (pw.as_str(), ""),
        (pw.as_str(), "000000"),
        ("not the password at all", "123456"),
    ] {
        match w.login_with("house", p, otp, scope, "").await {
            Login::Refused(st, page) => {
                assert_eq!(st, StatusCode::UNAUTHORIZED);
                assert!(page.contains("wrong"), "{page}");
                assert!(!page.contains(p), "the page echoes the password");
            }
            Login::Tokens(_) => panic!("signed in without both factors ({otp:?})"),
        }
    }
    // An unknown user gets the same answer.
    assert!(matches!(
        w.login_with("nobody", &pw, "123456", scope, "").await,
        Login::Refused(StatusCode::UNAUTHORIZED, _)
    ));
    // Both factors: in. The same code again: replayed, refused.
    let code = w.fresh_code("house").await;
    assert!(matches!(
        w.login_with("house", &pw, &code, scope, "").await,
        Login::Tokens(_)
    ));
    assert!(
        matches!(
            w.login_with("house", &pw, &code, scope, "").await,
            Login::Refused(..)
        ),
        "a replayed TOTP code was accepted"
    );
    // A code from two steps ago: expired.
    let old = w.users["house"].1.code_at(now() - 90).unwrap().to_string();
    assert!(matches!(
        w.login_with("house", &pw, &old, scope, "").await,
        Login::Refused(..)
    ));
    // A recovery code works once.
    assert!(matches!(
        w.login_with("house", &pw, "ABCDE-FGHIJ", scope, "").await,
        Login::Tokens(_)
    ));
    assert!(matches!(
        w.login_with("house", &pw, "abcde-fghij", scope, "").await,
        Login::Refused(..)
    ));
    // Throttling: after repeated failures the account is locked, even for the right
    // password and a fresh code.
    for _ in 0..5 {
        let _ = w
            .login_with("cuddy", "wrong password here", "111111", scope, "")
            .await;
    }
    let u = w.s.store.user("cuddy").await.unwrap().unwrap();
    assert!(
        u.failed_logins >= 5 && u.locked_until_ms > ward_fhir::date::now_ms(),
        "{u:?}"
    );
    let code = w.fresh_code("cuddy").await;
    assert!(
        matches!(
            w.login_with("cuddy", &password_for("cuddy"), &code, scope, "")
                .await,
            Login::Refused(..)
        ),
        "a locked account signed in"
    );
    w.s.stop().await;
}

async fn tokens_are_checked_and_revocable(b: Backend) {
    let w = world(b).await;
    let t = w.sign_in("house", "user/*.rs offline_access").await;
    let access = t["access_token"].as_str().unwrap().to_string();
    let refresh = t["refresh_token"].as_str().unwrap().to_string();
    assert!(t["expires_in"].as_i64().unwrap() <= 900);
    let mut granted: Vec<&str> = t["scope"].as_str().unwrap().split(' ').collect();
    granted.sort();
    assert_eq!(granted, ["offline_access", "user/*.rs"]);
    assert_eq!(
        w.call(&access, "GET", "/Patient/pa-alice", None).await.0,
        StatusCode::OK
    );

    // Tampered, unsigned, garbage.
    let parts: Vec<&str> = access.split('.').collect();
    let tampered = format!("{}.{}x.{}", parts[0], parts[1], parts[2]);
    let none = format!("eyJhbGciOiJub25lIn0.{}.", parts[1]);
    for bad in [tampered.as_str(), none.as_str(), "garbage", ""] {
        let (st, v) = w.call(bad, "GET", "/Patient/pa-alice", None).await;
        assert_eq!(st, StatusCode::UNAUTHORIZED, "{bad}: {v}");
        assert_eq!(v["issue"][0]["code"], "login");
    }

    // Introspection: the user sees their own token; the admin any; garbage is inactive.
    let intro = |tok: String, auth: String| {
        let w = &w;
        async move {
            w.raw
                .post(w.url("/auth/introspect"))
                .bearer_auth(auth)
                .form(&[("token", tok)])
                .send()
                .await
                .unwrap()
                .json::<Value>()
                .await
                .unwrap()
        }
    };
    let v = intro(access.clone(), access.clone()).await;
    assert_eq!(v["active"], true, "{v}");
    assert_eq!(v["sub"], "user:house");
    assert_eq!(
        intro(access.clone(), w.s.token.clone()).await["active"],
        true
    );
    assert_eq!(
        intro("garbage".into(), w.s.token.clone()).await["active"],
        false
    );

    // Refresh rotates; the old refresh token no longer works.
    let refresh_with = |rt: String| {
        let w = &w;
        async move {
            let r = w
                .raw
                .post(w.url("/auth/token"))
                .form(&[
                    ("grant_type", "refresh_token"),
                    ("refresh_token", rt.as_str()),
                    ("client_id", CLIENT),
                ])
                .send()
                .await
                .unwrap();
            (r.status(), r.json::<Value>().await.unwrap())
        }
    };
    let (st, t2) = refresh_with(refresh.clone()).await;
    assert_eq!(st, StatusCode::OK, "{t2}");
    let refresh2 = t2["refresh_token"].as_str().unwrap().to_string();
    assert_ne!(refresh2, refresh);
    let (st, v) = refresh_with(refresh.clone()).await;
    assert_eq!(st, StatusCode::BAD_REQUEST);
    assert_eq!(v["error"], "invalid_grant");
    // That replay revoked the grant: the rotated refresh token and the grant's access
    // tokens stop working too (RFC 9700 4.14.2).
    w.s.stop_caches();
    assert_eq!(
        refresh_with(refresh2.clone()).await.0,
        StatusCode::BAD_REQUEST
    );
    let t2_access = t2["access_token"].as_str().unwrap().to_string();
    assert_eq!(
        w.call(&t2_access, "GET", "/Patient/pa-alice", None).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        w.call(&access, "GET", "/Patient/pa-alice", None).await.0,
        StatusCode::UNAUTHORIZED
    );
    // A new sign-in for what follows.
    let t = w.sign_in("house", "user/*.rs offline_access").await;
    let access = t["access_token"].as_str().unwrap().to_string();
    let refresh2 = t["refresh_token"].as_str().unwrap().to_string();

    // Disabling the user revokes every token at once.
    w.s.store.set_user_disabled("house", true).await.unwrap();
    w.s.stop_caches();
    let (st, _) = w.call(&access, "GET", "/Patient/pa-alice", None).await;
    assert_eq!(st, StatusCode::UNAUTHORIZED);
    assert_eq!(refresh_with(refresh2).await.0, StatusCode::BAD_REQUEST);
    w.s.store.set_user_disabled("house", false).await.unwrap();

    // Logout ends the session; revocation (RFC 7009) ends another.
    let a1 = w.token("alice", "patient/*.rs").await;
    assert_eq!(
        w.call(&a1, "GET", "/Patient/pa-alice", None).await.0,
        StatusCode::OK
    );
    assert_eq!(
        w.call(&a1, "POST", "/auth/logout", None).await.0,
        StatusCode::OK
    );
    assert_eq!(
        w.call(&a1, "GET", "/Patient/pa-alice", None).await.0,
        StatusCode::UNAUTHORIZED
    );
    let a2 = w.token("alice", "patient/*.rs").await;
    let r = w
        .raw
        .post(w.url("/auth/revoke"))
        .form(&[("token", a2.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        w.call(&a2, "GET", "/Patient/pa-alice", None).await.0,
        StatusCode::UNAUTHORIZED
    );

    // Someone else's page link tells nothing.
    let h = w.token("cuddy", "user/*.rs").await;
    let a3 = w.token("alice", "patient/*.rs").await;
    let (_, v) = w.call(&a3, "GET", "/Observation?_count=1", None).await;
    let next = v["link"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["relation"] == "next")
        .unwrap()["url"]
        .as_str()
        .unwrap()
        .to_string();
    let path = next.trim_start_matches(&w.s.base).to_string();
    assert_eq!(w.call(&a3, "GET", &path, None).await.0, StatusCode::OK);
    assert_eq!(w.call(&h, "GET", &path, None).await.0, StatusCode::GONE);
    w.s.stop().await;
}

async fn a_transaction_with_one_refused_entry_writes_nothing(b: Backend) {
    let w = world(b).await;
    let t = w.token("house", "user/*.cruds").await;
    let bundle = json!({"resourceType": "Bundle", "type": "transaction", "entry": [
        {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "ok"}, "subject": {"reference": "Patient/pa-alice"}},
         "request": {"method": "POST", "url": "Observation"}},
        {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "not his patient"}, "subject": {"reference": "Patient/pa-bob"}},
         "request": {"method": "POST", "url": "Observation"}},
    ]});
    let (st, v) = w.call(&t, "POST", "/", Some(&bundle.to_string())).await;
    assert_eq!(st, StatusCode::FORBIDDEN, "{v}");
    let (_, v) = w.call(&t, "GET", "/Observation?_summary=count", None).await;
    assert_eq!(
        v["total"], 2,
        "the allowed entry of a refused transaction was written"
    );
    w.s.stop().await;
}

async fn break_glass_is_read_only_limited_and_alerted(b: Backend) {
    let w = world(b).await;
    let house = w.token("house", "user/*.rs").await;
    let outcome_codes = |v: &Value| -> Vec<String> {
        v["entry"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .filter(|e| e["search"]["mode"] == "outcome")
            .map(|e| {
                e["resource"]["issue"][0]["code"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string()
            })
            .collect()
    };
    // Bob is not in House's care: his data is withheld, and the Bundle says that an
    // emergency declaration could reveal it (FHIR's break-the-glass pattern).
    let (st, v) = w
        .call(&house, "GET", "/Observation?subject=Patient/pa-bob", None)
        .await;
    assert_eq!((st, v["total"].as_u64()), (StatusCode::OK, Some(0)), "{v}");
    assert_eq!(outcome_codes(&v), ["suppressed"], "{v}");
    // Nothing withheld, no hint; and none for a researcher, who can never break glass.
    let (_, v) = w
        .call(&house, "GET", "/Observation?subject=Patient/pa-alice", None)
        .await;
    assert!(outcome_codes(&v).is_empty(), "{v}");
    let rita = w.token("rita", "user/*.rs").await;
    let (_, v) = w.call(&rita, "GET", "/Observation", None).await;
    assert!(outcome_codes(&v).is_empty(), "{v}");

    let declare = |tok: String, patient: &'static str, reason: &'static str| {
        let w = &w;
        async move {
            let r = w
                .raw
                .post(w.url("/auth/break-glass"))
                .bearer_auth(tok)
                .form(&[("patient", patient), ("reason", reason)])
                .send()
                .await
                .unwrap();
            (r.status(), r.json::<Value>().await.unwrap_or(Value::Null))
        }
    };
    let reason = "unconscious in the emergency department, no other record";
    assert_eq!(
        declare(house.clone(), "pa-bob", "").await.0,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        declare(house.clone(), "pa-bob", "because").await.0,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        declare(house.clone(), "no-such-patient", reason).await.0,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        declare(rita.clone(), "pa-bob", reason).await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        declare(w.s.token.clone(), "pa-bob", reason).await.0,
        StatusCode::FORBIDDEN
    );
    let (st, t) = declare(house.clone(), "pa-bob", reason).await;
    assert_eq!(st, StatusCode::OK, "{t}");
    assert_eq!(t["scope"], "patient/*.rs");
    assert_eq!(t["patient"], "pa-bob");
    assert!(t["expires_in"].as_i64().unwrap() <= 1800);
    let bg = t["access_token"].as_str().unwrap().to_string();
    assert_eq!(
        declare(bg.clone(), "pa-bob", reason).await.0,
        StatusCode::BAD_REQUEST,
        "break-glass twice"
    );

    // Read-only, on that patient only.
    assert_eq!(
        w.call(&bg, "GET", "/Observation/obs-bob-1", None).await.0,
        StatusCode::OK
    );
    assert_eq!(
        w.call(&bg, "GET", "/Patient/pa-bob", None).await.0,
        StatusCode::OK
    );
    assert_eq!(
        w.call(&bg, "GET", "/Observation/obs-carol-1", None).await.0,
        StatusCode::FORBIDDEN
    );
    let (_, v) = w.call(&bg, "GET", "/Observation", None).await;
    assert_eq!(v["total"], 1, "{v}");
    let write = r#"{"resourceType":"Observation","status":"final","code":{"text":"x"},"subject":{"reference":"Patient/pa-bob"}}"#;
    assert_eq!(
        w.call(&bg, "POST", "/Observation", Some(write)).await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        w.call(&bg, "DELETE", "/Observation/obs-bob-1", None)
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    // House's ordinary token still cannot read Bob.
    assert_eq!(
        w.call(&house, "GET", "/Observation/obs-bob-1", None)
            .await
            .0,
        StatusCode::FORBIDDEN
    );

    // The alert, with its reason, for administrators and privacy officers only.
    assert_eq!(
        w.call(&house, "GET", "/admin/alerts", None).await.0,
        StatusCode::FORBIDDEN
    );
    let (st, v) = w.call(&w.s.token, "GET", "/admin/alerts", None).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    let alerts = v["alerts"].as_array().unwrap();
    assert_eq!(alerts.len(), 1, "{v}");
    assert_eq!(alerts[0]["kind"], "break-glass");
    assert_eq!(alerts[0]["subject"], "user:house");
    assert_eq!(alerts[0]["patient"], "pa-bob");
    assert_eq!(alerts[0]["reason"], reason);
    // The ledger: one break-glass entry naming House, Bob's pseudonym and the alert
    // (not the reason); the token it issued is recorded as issued to House.
    let entries: Vec<ward_ledger::entry::Entry> =
        w.s.store
            .ledger()
            .entries(0, i64::MAX)
            .await
            .unwrap()
            .iter()
            .map(|(_, b)| ward_ledger::entry::Entry::parse(b).unwrap())
            .collect();
    let bgs: Vec<_> = entries
        .iter()
        .filter(|e| e.action == "break-glass" && e.status == 200)
        .collect();
    assert_eq!(bgs.len(), 1, "{bgs:?}");
    let e = bgs[0];
    assert_eq!(e.principal, "user:house");
    assert_eq!(e.break_glass, Some(true));
    assert_eq!(e.purpose.as_deref(), Some("ETREAT"));
    assert_eq!(e.patients, [w.s.state.ledger.pseudonym("pa-bob")]);
    let detail = e.detail.as_deref().unwrap();
    assert!(
        detail.contains(alerts[0]["id"].as_str().unwrap()),
        "{detail}"
    );
    assert!(!detail.contains("emergency"), "{detail}");
    let tokens: Vec<_> = entries
        .iter()
        .filter(|e| e.action == "token" && e.status == 200)
        .collect();
    assert!(
        !tokens.is_empty() && tokens.iter().all(|e| e.principal.starts_with("user:")),
        "{tokens:?}"
    );
    // Revoking the break-glass token ends it.
    let r = w
        .raw
        .post(w.url("/auth/revoke"))
        .form(&[("token", bg.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        w.call(&bg, "GET", "/Observation/obs-bob-1", None).await.0,
        StatusCode::UNAUTHORIZED
    );
    let revoked = w.s.store.ledger().entries(0, i64::MAX).await.unwrap();
    let revoked: Vec<_> = revoked
        .iter()
        .map(|(_, b)| ward_ledger::entry::Entry::parse(b).unwrap())
        .filter(|e| e.action == "revoke")
        .collect();
    assert_eq!(revoked.len(), 1);
    assert_eq!(revoked[0].principal, "user:house");
    // The reason (free text that may name people) is sealed at rest.
    if b == Backend::Sqlite {
        w.s.store.close().await;
        let mut all = Vec::new();
        for e in std::fs::read_dir(&w.s.dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_file() {
                all.extend(std::fs::read(&p).unwrap());
            }
        }
        let needle = b"emergency department";
        assert!(
            !all.windows(needle.len()).any(|x| x == needle),
            "the break-glass reason is in plaintext"
        );
    }
    w.s.stop().await;
}

async fn backend_services_authenticate_with_signed_assertions(b: Backend) {
    let w = world(b).await;
    // SMART discovery advertises it.
    let (_, conf) = w
        .call("", "GET", "/.well-known/smart-configuration", None)
        .await;
    assert!(
        conf["capabilities"]
            .to_string()
            .contains("client-confidential-asymmetric")
    );
    assert!(
        conf["grant_types_supported"]
            .to_string()
            .contains("client_credentials")
    );
    assert!(
        conf["token_endpoint_auth_methods_supported"]
            .to_string()
            .contains("private_key_jwt")
    );

    // A good assertion: a short-lived token for the service itself, no refresh token,
    // the profile's one purpose.
    let jti = "jti-once";
    let assertion = w.vendors["vendor-lab"]
        .assertion("vendor-lab", &w.url("/auth/token"), now() as i64, jti)
        .unwrap();
    let (st, t) = w.exchange_assertion(&assertion, &[]).await;
    assert_eq!(st, StatusCode::OK, "{t}");
    assert_eq!(t["scope"], "system/*.rs");
    assert!(t["expires_in"].as_i64().unwrap() <= 900);
    assert!(t.get("refresh_token").is_none(), "{t}");
    let token = t["access_token"].as_str().unwrap().to_string();
    let body = format!("token={token}");
    let (_, intro) = w
        .call(&token, "POST", "/auth/introspect", Some(&body))
        .await;
    assert_eq!(intro["sub"], "client:vendor-lab", "{intro}");
    let (st, v) = w.call(&token, "GET", "/Patient/pa-alice", None).await;
    assert_eq!(st, StatusCode::OK);
    assert!(
        v.get("name").is_none() && v["birthDate"] == "1980-01-01",
        "{v}"
    );

    // The same assertion again: replay.
    let (st, v) = w.exchange_assertion(&assertion, &[]).await;
    assert_eq!(st, StatusCode::UNAUTHORIZED, "{v}");
    assert_eq!(v["error"], "invalid_client");

    // Signed by a key the client never registered, for another audience, of an
    // unknown client, or with the wrong assertion type.
    let stranger = ClientKey::generate(KeyKind::Ec, "vendor-lab-k1").unwrap();
    let t0 = now() as i64;
    for (bad, why) in [
        (
            stranger
                .assertion("vendor-lab", &w.url("/auth/token"), t0, "j1")
                .unwrap(),
            "foreign key",
        ),
        (
            w.vendors["vendor-lab"]
                .assertion("vendor-lab", "https://elsewhere.test/token", t0, "j2")
                .unwrap(),
            "audience",
        ),
        (
            w.vendors["vendor-lab"]
                .assertion("vendor-lab", &w.url("/auth/token"), t0 - 600, "j3")
                .unwrap(),
            "expired",
        ),
        (
            w.vendors["vendor-lab"]
                .assertion("nobody", &w.url("/auth/token"), t0, "j4")
                .unwrap(),
            "unknown client",
        ),
        (
            w.vendors["vendor-lab"]
                .assertion("test-app", &w.url("/auth/token"), t0, "j5")
                .unwrap(),
            "public client",
        ),
    ] {
        let (st, v) = w.exchange_assertion(&bad, &[]).await;
        assert_eq!(st, StatusCode::UNAUTHORIZED, "{why}: {v}");
        assert_eq!(v["error"], "invalid_client", "{why}");
    }
    let fresh = w.vendors["vendor-lab"]
        .assertion("vendor-lab", &w.url("/auth/token"), t0, "j6")
        .unwrap();
    let r = w
        .raw
        .post(w.url("/auth/token"))
        .form(&[
            ("grant_type", "client_credentials"),
            (
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:saml2-bearer",
            ),
            ("client_assertion", fresh.as_str()),
            ("scope", "system/*.rs"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);

    // Scopes beyond the role's ceiling, a purpose the profile does not allow.
    let (st, v) = w
        .service_token("vendor-lab", &[("scope", "user/*.rs")])
        .await;
    assert_eq!(
        (st, v["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_scope")),
        "{v}"
    );
    let (st, v) = w
        .service_token("vendor-lab", &[("purpose_of_use", "TREAT")])
        .await;
    assert_eq!(st, StatusCode::FORBIDDEN, "{v}");

    // A profile that expired: no token.
    let old = add_service(
        &w.s,
        "vendor-old",
        KeyKind::Ec,
        Some(r#"{"resourceTypes": ["Patient"], "expires": "2020-01-01"}"#),
    )
    .await;
    let a = old
        .assertion("vendor-old", &w.url("/auth/token"), now() as i64, "j7")
        .unwrap();
    let (st, v) = w.exchange_assertion(&a, &[]).await;
    assert_eq!(st, StatusCode::FORBIDDEN, "{v}");
    assert!(v["error_description"].as_str().unwrap().contains("expired"));

    // A narrower profile applies to tokens already issued.
    let mut c = w.s.store.client("vendor-lab").await.unwrap().unwrap();
    c.profile = Some(r#"{"resourceTypes": ["Patient"], "purposes": ["HOPERAT"]}"#.into());
    w.s.store.update_client(&c).await.unwrap();
    w.s.stop_caches();
    let (st, _) = w
        .call(&token, "GET", "/Observation/obs-alice-1", None)
        .await;
    assert_eq!(st, StatusCode::FORBIDDEN);
    // Without element projection the Patient comes back whole.
    let (st, v) = w.call(&token, "GET", "/Patient/pa-alice", None).await;
    assert_eq!(st, StatusCode::OK);
    assert!(v.get("name").is_some(), "{v}");

    // Disabling the client revokes its tokens at once.
    w.s.store
        .set_client_disabled("vendor-lab", true)
        .await
        .unwrap();
    w.s.stop_caches();
    assert_eq!(
        w.call(&token, "GET", "/Patient/pa-alice", None).await.0,
        StatusCode::UNAUTHORIZED
    );
    let (st, _) = w.service_token("vendor-lab", &[]).await;
    assert_eq!(st, StatusCode::UNAUTHORIZED);
    w.s.stop().await;
}

async fn administrators_manage_users_over_the_api(b: Backend) {
    let w = world(b).await;
    let admin = w.s.token.clone();
    let post = |tok: String, path: &'static str, body: Value| {
        let w = &w;
        async move {
            let r = w
                .raw
                .post(w.url(path))
                .bearer_auth(tok)
                .json(&body)
                .send()
                .await
                .unwrap();
            let st = r.status();
            let cc = r
                .headers()
                .get("cache-control")
                .map(|v| v.to_str().unwrap().to_string());
            (st, cc, r.json::<Value>().await.unwrap_or(Value::Null))
        }
    };
    // Create: a generated password and a TOTP enrolment, shown once, never cached.
    let (st, cc, v) = post(
        admin.clone(),
        "/admin/users",
        json!({"username": "grace", "roles": ["nurse"], "practitioner": "pr-grace"}),
    )
    .await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    assert_eq!(cc.as_deref(), Some("no-store"));
    assert!(v["password"].as_str().unwrap().len() >= 15);
    assert!(
        v["totp"]["otpauthUri"]
            .as_str()
            .unwrap()
            .starts_with("otpauth://totp/")
    );
    assert_eq!(v["totp"]["recoveryCodes"].as_array().unwrap().len(), 10);
    // The same rules as the CLI: blocklisted password, unknown role, duplicate name.
    for (body, why) in [
        (
            json!({"username": "h2", "roles": ["nurse"], "password": "password1234"}),
            "common",
        ),
        (
            json!({"username": "h3", "roles": ["wizard"]}),
            "unknown role",
        ),
        (json!({"username": "grace", "roles": ["nurse"]}), "exists"),
        (
            json!({"username": "bad name", "roles": ["nurse"]}),
            "1 to 64",
        ),
        (
            json!({"username": "h4", "roles": ["vendor-service"]}),
            "clients",
        ),
    ] {
        let (st, _, v) = post(admin.clone(), "/admin/users", body.clone()).await;
        assert!(st.is_client_error(), "{body}: {st}");
        let d = v["issue"][0]["diagnostics"]
            .as_str()
            .unwrap_or_default()
            .to_lowercase();
        assert!(d.contains(why), "{body}: {d}");
    }
    let (_, list) = w.call(&admin, "GET", "/admin/users", None).await;
    let grace = list["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == "grace")
        .unwrap();
    assert_eq!(grace["mfa"], true);
    assert!(
        !list.to_string().contains("argon2"),
        "a hash leaked: {list}"
    );

    // Disable over the API revokes the user's tokens.
    let t = w.token("house", "user/*.rs").await;
    assert_eq!(
        w.call(&t, "GET", "/Patient/pa-alice", None).await.0,
        StatusCode::OK
    );
    let (st, _, _) = post(admin.clone(), "/admin/users/house/disable", Value::Null).await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(
        w.call(&t, "GET", "/Patient/pa-alice", None).await.0,
        StatusCode::UNAUTHORIZED
    );
    let (st, _, _) = post(admin.clone(), "/admin/users/house/enable", Value::Null).await;
    assert_eq!(st, StatusCode::OK);

    // Only administrators: a physician is refused.
    let t = w.token("house", "user/*.rs").await;
    let (st, _, v) = post(
        t,
        "/admin/users",
        json!({"username": "x1", "roles": ["nurse"]}),
    )
    .await;
    assert_eq!(st, StatusCode::FORBIDDEN, "{v}");
    let (st, _, _) = post(admin.clone(), "/admin/users/nobody/reset-mfa", Value::Null).await;
    assert_eq!(st, StatusCode::NOT_FOUND);
    assert!(w.s.store.user("x1").await.unwrap().is_none());
    w.s.stop().await;
}

/// The ledger as FHIR AuditEvents: auditors search them; a patient sees who accessed
/// their record and nothing of anyone else's; nobody writes them; an export verifies.
async fn audit_events_answer_auditors_and_patients(b: Backend) {
    let w = world(b).await;
    let house = w.token("house", "user/*.rs").await;
    assert_eq!(
        w.call(&house, "GET", "/Observation/obs-alice-1", None)
            .await
            .0,
        StatusCode::OK
    );
    let cuddy = w.token("cuddy", "user/*.rs").await;
    assert_eq!(
        w.call(&cuddy, "GET", "/Observation/obs-bob-1", None)
            .await
            .0,
        StatusCode::OK
    );
    // Refused: not in Carol's care.
    assert_eq!(
        w.call(&house, "GET", "/Patient/pa-carol", None).await.0,
        StatusCode::FORBIDDEN
    );
    let admin = w.s.token.clone();
    // Auditors search by patient, agent, action, outcome and date.
    let (st, v) = w
        .call(
            &admin,
            "GET",
            "/AuditEvent?patient=Patient/pa-alice&agent=house&action=read",
            None,
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    let evs: Vec<&Value> = v["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .collect();
    assert_eq!(evs.len(), 1, "{v}");
    let ev = evs[0];
    assert_eq!(ev["resourceType"], "AuditEvent");
    assert_eq!(ev["action"], "R");
    assert_eq!(ev["outcome"], "0");
    assert_eq!(ev["agent"][0]["who"]["identifier"]["value"], "user:house");
    assert_eq!(
        ev["entity"][1]["what"]["reference"], "Observation/obs-alice-1",
        "{ev}"
    );
    let text = v.to_string();
    assert!(
        !text.contains("Appleby") && !text.contains("pa-alice\""),
        "{text}"
    );
    let (_, denied) = w
        .call(
            &admin,
            "GET",
            "/AuditEvent?agent=user:house&outcome=4",
            None,
        )
        .await;
    let denied: Vec<&Value> = denied["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .collect();
    assert!(
        denied
            .iter()
            .any(|e| e["entity"].to_string().contains("Patient/pa-carol")),
        "{denied:?}"
    );
    assert!(
        denied
            .iter()
            .all(|e| e["outcome"] == "4" && e["outcomeDesc"].is_string())
    );
    let (_, old) = w
        .call(&admin, "GET", "/AuditEvent?date=lt2000-01-01", None)
        .await;
    assert!(old["entry"].as_array().unwrap().is_empty());
    let (_, today) = w
        .call(
            &admin,
            "GET",
            "/AuditEvent?date=ge2020-01-01&_count=2",
            None,
        )
        .await;
    assert_eq!(today["entry"].as_array().unwrap().len(), 2);
    assert!(today["link"].to_string().contains("_before="), "{today}");
    let id = today["entry"][0]["resource"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (st, one) = w
        .call(&admin, "GET", &format!("/AuditEvent/{id}"), None)
        .await;
    assert_eq!(
        (st, one["id"].as_str()),
        (StatusCode::OK, Some(id.as_str()))
    );
    assert_eq!(
        w.call(&admin, "GET", "/AuditEvent?name=x", None).await.0,
        StatusCode::BAD_REQUEST
    );
    // A physician is no auditor.
    assert_eq!(
        w.call(&house, "GET", "/AuditEvent", None).await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        w.call(&house, "GET", "/Patient/pa-alice/$access-report", None)
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    // Alice sees who read her record: House, without ids or Bob's pseudonym.
    let alice = w.token("alice", "patient/*.rs").await;
    let (st, r) = w
        .call(&alice, "GET", "/Patient/pa-alice/$access-report", None)
        .await;
    assert_eq!(st, StatusCode::OK, "{r}");
    let who: Vec<String> = r["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            e["resource"]["agent"][0]["who"]["identifier"]["value"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(who.contains(&"user:house".to_string()), "{who:?}");
    let text = r.to_string();
    assert!(
        !text.contains("obs-alice-1") && !text.contains("\"reference\""),
        "{text}"
    );
    assert!(
        !text.contains("127.0.0.1"),
        "addresses are for auditors: {text}"
    );
    let (_, bob_view) = w
        .call(
            &admin,
            "GET",
            "/AuditEvent?patient=pa-bob&agent=cuddy",
            None,
        )
        .await;
    let bob_pseudonym =
        bob_view["entry"][0]["resource"]["entity"][0]["what"]["identifier"]["value"]
            .as_str()
            .unwrap()
            .to_string();
    assert!(!text.contains(&bob_pseudonym));
    // Not someone else's report.
    assert_eq!(
        w.call(&alice, "GET", "/Patient/pa-bob/$access-report", None)
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    // AuditEvents come from the ledger only.
    let forged = r#"{"resourceType":"AuditEvent","id":"x"}"#;
    for (m, p) in [("POST", "/AuditEvent"), ("PUT", "/AuditEvent/x")] {
        let st = w.call(&admin, m, p, Some(forged)).await.0;
        assert!(
            st == StatusCode::METHOD_NOT_ALLOWED || st == StatusCode::FORBIDDEN,
            "{m} {p}: {st}"
        );
    }
    let tx = r#"{"resourceType":"Bundle","type":"transaction","entry":[{"resource":{"resourceType":"AuditEvent","id":"y"},"request":{"method":"PUT","url":"AuditEvent/y"}}]}"#;
    assert_eq!(
        w.call(&admin, "POST", "/", Some(tx)).await.0,
        StatusCode::FORBIDDEN
    );
    // An export of today, every line proven against the log's key.
    let r = w
        .raw
        .get(w.url("/ledger/export?date=ge2020-01-01"))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["content-type"], "application/fhir+ndjson");
    let body = r.text().await.unwrap();
    let key = w
        .raw
        .get(w.url("/ledger/key"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let key = ward_ledger::note::Verifier::parse_all(&key).unwrap();
    let mut n = 0;
    for line in body.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        let b = ward_ledger::proof::Bundle::parse(v["proof"].as_str().unwrap()).unwrap();
        let ok = b.verify(&key, &[], 0, None).unwrap();
        assert_eq!(Some(ok.index), v["index"].as_u64());
        n += 1;
    }
    assert!(n >= 10, "{n} lines");
    assert_eq!(
        w.call(&house, "GET", "/ledger/export", None).await.0,
        StatusCode::FORBIDDEN
    );
    w.s.stop().await;
}

impl World {
    /// A Bulk Data request: status, `Content-Location`, body bytes.
    async fn bulk(
        &self,
        token: &str,
        method: &str,
        path: &str,
        prefer: bool,
    ) -> (StatusCode, Option<String>, Vec<u8>) {
        self.bulk_body(token, method, path, prefer, None).await
    }

    /// [`World::bulk`] with a JSON body (a POST kick-off's `Parameters`).
    async fn bulk_body(
        &self,
        token: &str,
        method: &str,
        path: &str,
        prefer: bool,
        body: Option<&Value>,
    ) -> (StatusCode, Option<String>, Vec<u8>) {
        let m = Method::from_bytes(method.as_bytes()).unwrap();
        let url = if path.starts_with("https://") {
            path.to_string()
        } else {
            self.url(path)
        };
        let mut rb = self.raw.request(m, url).bearer_auth(token);
        if let Some(b) = body {
            rb = rb
                .header("content-type", "application/fhir+json")
                .body(b.to_string());
        }
        if prefer {
            rb = rb.header("prefer", "respond-async");
        }
        let r = rb.send().await.unwrap();
        let st = r.status();
        let loc = r
            .headers()
            .get("content-location")
            .map(|v| v.to_str().unwrap().to_string());
        (st, loc, r.bytes().await.unwrap().to_vec())
    }

    /// Kicks off an export and polls it to its manifest.
    async fn export(&self, token: &str, path: &str) -> (String, Value) {
        self.export_body(token, path, None).await
    }

    /// [`World::export`], kicked off by a POST of `params` if given.
    async fn export_body(
        &self,
        token: &str,
        path: &str,
        params: Option<&Value>,
    ) -> (String, Value) {
        let method = if params.is_some() { "POST" } else { "GET" };
        let (st, loc, body) = self.bulk_body(token, method, path, true, params).await;
        assert_eq!(
            st,
            StatusCode::ACCEPTED,
            "{}",
            String::from_utf8_lossy(&body)
        );
        let status = loc.expect("Content-Location");
        for _ in 0..200 {
            let (st, _, body) = self.bulk(token, "GET", &status, false).await;
            match st {
                StatusCode::ACCEPTED => {
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await
                }
                StatusCode::OK => return (status, serde_json::from_slice(&body).unwrap()),
                other => panic!("{other}: {}", String::from_utf8_lossy(&body)),
            }
        }
        panic!("the export did not finish in 10 s");
    }

    /// The lines of every output file of a manifest, by type.
    async fn files(&self, token: &str, manifest: &Value) -> HashMap<String, Vec<Value>> {
        let mut out = HashMap::new();
        for o in manifest["output"].as_array().unwrap() {
            let (st, _, body) = self
                .bulk(token, "GET", o["url"].as_str().unwrap(), false)
                .await;
            assert_eq!(st, StatusCode::OK);
            let lines: Vec<Value> = String::from_utf8(body)
                .unwrap()
                .lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect();
            assert_eq!(lines.len() as u64, o["count"].as_u64().unwrap());
            out.insert(o["type"].as_str().unwrap().to_string(), lines);
        }
        out
    }
}

/// Bulk Data `$export`: a researcher gets nothing identified (refused without a
/// de-identification profile; with one, every patient's data, de-identified); a
/// physician's identified export holds only the patients in their care; jobs are private
/// to who started them; kick-off, completion and each download are in the ledger.
async fn bulk_export_is_deidentified_for_researchers_and_recorded(b: Backend) {
    let w = world(b).await;
    let rita = w.token("rita", "user/*.rs").await;
    let (st, _, body) = w.bulk(&rita, "GET", "/$export", false).await;
    assert_eq!(
        st,
        StatusCode::BAD_REQUEST,
        "{}",
        String::from_utf8_lossy(&body)
    );
    let (st, _, body) = w.bulk(&rita, "GET", "/$export?_type=Patient", true).await;
    assert_eq!(
        st,
        StatusCode::FORBIDDEN,
        "{}",
        String::from_utf8_lossy(&body)
    );
    for (filter, why) in [
        ("Patient%3Fnosuch%3Dx", "an unknown search parameter"),
        (
            "Observation%3F_include%3DObservation%3Asubject",
            "_include chooses nothing",
        ),
        ("Observation", "no query"),
        (
            "Observation%3Fsubject%3DPatient%2Fpa-dana&_type=Patient",
            "a type _type leaves out",
        ),
    ] {
        let (st, _, body) = w
            .bulk(
                &rita,
                "GET",
                &format!("/$export?deidentify=safe-harbor&_typeFilter={filter}"),
                true,
            )
            .await;
        assert_eq!(
            st,
            StatusCode::BAD_REQUEST,
            "{why}: {}",
            String::from_utf8_lossy(&body)
        );
    }
    // Filters choose a type's resources (any of its queries); other types come whole.
    let (_, manifest) = w
        .export(
            &rita,
            "/$export?_type=Patient,Observation&deidentify=safe-harbor&_typeFilter=Observation%3Fsubject%3DPatient%2Fpa-dana,Observation%3Fsubject%3DPatient%2Fpa-fay%26status%3Dfinal",
        )
        .await;
    let files = w.files(&rita, &manifest).await;
    assert_eq!(files["Observation"].len(), 3, "pa-dana's two, pa-fay's one");
    assert_eq!(files["Patient"].len(), 6);
    // A POST kick-off (Bulk Data 2.0): `patient` limits a Patient-level export to those
    // patients' compartments; at system level it is refused.
    let params = |patients: &[&str]| {
        let mut p = vec![
            json!({"name": "_type", "valueString": "Patient,Observation"}),
            json!({"name": "deidentify", "valueString": "safe-harbor"}),
        ];
        p.extend(
            patients
                .iter()
                .map(|id| json!({"name": "patient", "valueReference": {"reference": format!("Patient/{id}")}})),
        );
        json!({"resourceType": "Parameters", "parameter": p})
    };
    let (_, manifest) = w
        .export_body(
            &rita,
            "/Patient/$export",
            Some(&params(&["pa-dana", "pa-bob"])),
        )
        .await;
    let files = w.files(&rita, &manifest).await;
    assert_eq!(files["Patient"].len(), 2);
    assert_eq!(files["Observation"].len(), 3, "pa-dana's two, pa-bob's one");
    let (st, _, _) = w
        .bulk_body(&rita, "POST", "/$export", true, Some(&params(&["pa-dana"])))
        .await;
    assert_eq!(st, StatusCode::BAD_REQUEST, "patient at system level");
    let (st, _, _) = w
        .bulk_body(
            &rita,
            "POST",
            "/Patient/$export",
            true,
            Some(&json!({"resourceType": "Patient"})),
        )
        .await;
    assert_eq!(st, StatusCode::BAD_REQUEST, "a body that is not Parameters");
    let (st, _, _) = w
        .bulk(&rita, "GET", "/$export?deidentify=/etc/passwd", true)
        .await;
    assert_eq!(
        st,
        StatusCode::BAD_REQUEST,
        "a profile is a name, never a file"
    );

    let before = w.s.state.ledger.size();
    let (status_url, manifest) = w
        .export(
            &rita,
            "/$export?_type=Patient,Observation&deidentify=safe-harbor",
        )
        .await;
    assert_eq!(manifest["requiresAccessToken"], true);
    assert_eq!(manifest["extension"]["deidentification"], "safe-harbor");
    let files = w.files(&rita, &manifest).await;
    let all_patients = [
        "pa-alice", "pa-bob", "pa-carol", "pa-dana", "pa-erin", "pa-fay",
    ];
    assert_eq!(
        files["Patient"].len(),
        all_patients.len(),
        "every patient, de-identified"
    );
    let scanner = ward_deid::text::Scanner::new();
    for (t, lines) in &files {
        for r in lines {
            let text = r.to_string();
            for original in ["Appleby", "Barker", "pa-alice", "pa-bob", "1980-01-01"] {
                assert!(!text.contains(original), "{t}: {original} in {text}");
            }
            let findings = ward_deid::check::check_resource(
                r,
                ward_deid::check::Allow::for_profile("safe-harbor"),
                &scanner,
            );
            assert!(findings.is_empty(), "{t}: {findings:?}");
        }
    }
    // Another principal cannot see the job or its files.
    let house = w.token("house", "user/*.rs").await;
    let (st, _, _) = w.bulk(&house, "GET", &status_url, false).await;
    assert_eq!(st, StatusCode::NOT_FOUND);
    let patient_file = manifest["output"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["type"] == "Patient")
        .unwrap()["url"]
        .as_str()
        .unwrap()
        .to_string();
    let (st, _, _) = w.bulk(&house, "GET", &patient_file, false).await;
    assert_eq!(st, StatusCode::NOT_FOUND);

    let entries: Vec<ward_ledger::entry::Entry> =
        w.s.store
            .ledger()
            .entries(before as i64, i64::MAX)
            .await
            .unwrap()
            .iter()
            .map(|(_, b)| ward_ledger::entry::Entry::parse(b).unwrap())
            .filter(|e| e.principal == "user:rita")
            .collect();
    let actions: Vec<&str> = entries.iter().map(|e| e.action.as_str()).collect();
    for a in [
        "export",
        "export-complete",
        "export-status",
        "export-download",
    ] {
        assert!(actions.contains(&a), "{a} not in {actions:?}");
    }
    let complete = entries
        .iter()
        .find(|e| e.action == "export-complete")
        .unwrap();
    let detail = complete.detail.as_deref().unwrap();
    assert!(
        detail.contains("de-identification: safe-harbor"),
        "{detail}"
    );
    let download = entries
        .iter()
        .find(|e| {
            e.action == "export-download" && e.ids.iter().any(|i| i.ends_with("Patient.ndjson"))
        })
        .unwrap();
    let mut expected: Vec<String> = all_patients
        .iter()
        .map(|p| w.s.state.ledger.pseudonym(p))
        .collect();
    expected.sort();
    let mut got = download.patients.clone();
    got.sort();
    assert_eq!(got, expected, "each download names whose data it holds");

    // A physician's identified export: only the patients in their care.
    let (_, manifest) = w.export(&house, "/Patient/$export?_type=Patient").await;
    assert!(manifest.get("extension").is_none());
    let files = w.files(&house, &manifest).await;
    let ids: Vec<&str> = files["Patient"]
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["pa-alice"]);
    assert_eq!(
        manifest["error"].as_array().unwrap().len(),
        1,
        "withheld ones are counted"
    );

    // Deleting a job drops it.
    let (st, _, _) = w.bulk(&rita, "DELETE", &status_url, false).await;
    assert_eq!(st, StatusCode::ACCEPTED);
    let (st, _, _) = w.bulk(&rita, "GET", &status_url, false).await;
    assert_eq!(st, StatusCode::NOT_FOUND);

    // A file of several sealed parts (9 MiB) streams whole, to its owner only.
    let owner = entries
        .iter()
        .find(|e| e.action == "export")
        .unwrap()
        .principal
        .clone();
    let l = ward_store::ExportLimits {
        now_ms: ward_fhir::date::now_ms(),
        max_jobs: 100,
        max_running_per_owner: 10,
        keep_ms: 3_600_000,
        stale_ms: 300_000,
    };
    let store = &w.s.store;
    store.export_begin("streamed", &owner, l).await.unwrap();
    let mut big = Vec::new();
    let mut n = 0;
    while big.len() < 9 << 20 {
        big.extend_from_slice(
            format!("{{\"resourceType\":\"Basic\",\"id\":\"b{n}\"}}\n").as_bytes(),
        );
        n += 1;
    }
    let mut file = ward_store::ExportFile::default();
    assert!(
        store
            .export_append("streamed", "Basic.ndjson", &big, &mut file)
            .await
            .unwrap()
    );
    assert!(
        store
            .export_end(
                "streamed",
                ward_store::ExportState::Done,
                br#"{"manifest":{},"patients":{}}"#,
                &[("Basic.ndjson".to_string(), file)].into(),
                l.now_ms
            )
            .await
            .unwrap()
    );
    let (st, _, body) = w
        .bulk(&rita, "GET", "/export-files/streamed/Basic.ndjson", false)
        .await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(body.len(), big.len());
    assert!(body == big, "the parts arrive whole and in order");
    let (st, _, _) = w
        .bulk(&house, "GET", "/export-files/streamed/Basic.ndjson", false)
        .await;
    assert_eq!(st, StatusCode::NOT_FOUND);
}

both!(
    bulk_export_is_deidentified_for_researchers_and_recorded,
    audit_events_answer_auditors_and_patients,
    backend_services_authenticate_with_signed_assertions,
    administrators_manage_users_over_the_api,
    break_glass_is_read_only_limited_and_alerted,
    decision_matrix,
    login_needs_both_factors_and_is_throttled,
    tokens_are_checked_and_revocable,
    a_transaction_with_one_refused_entry_writes_nothing,
);
