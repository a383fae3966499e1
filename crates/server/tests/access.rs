//! Access control, end to end over HTTPS with the default policies: the SMART login flow
//! (password + TOTP, consent, code + PKCE, tokens), what a token can and cannot do, and
//! the decision matrix in `tests/data/access-matrix.tsv`. Every case runs on SQLite and on
//! PostgreSQL.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use std::collections::HashMap;
use ward_access::totp::TotpSecret;
use ward_store::{ClientRecord, UserRecord};

const REDIRECT: &str = "http://127.0.0.1:9/callback";
const CLIENT: &str = "test-app";

struct World {
    s: TestServer,
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
    let raw = reqwest::Client::builder()
        .tls_backend_preconfigured(ward_server::tls::client_config(&s.dir.join("ca.pem")).unwrap())
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    World {
        s,
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

    async fn token(&self, user: &str, scope: &str) -> String {
        if user == "admin-token" {
            return self.s.token.clone();
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
            rb = rb
                .header("content-type", "application/fhir+json")
                .body(b.to_string());
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

both!(
    break_glass_is_read_only_limited_and_alerted,
    decision_matrix,
    login_needs_both_factors_and_is_throttled,
    tokens_are_checked_and_revocable,
    a_transaction_with_one_refused_entry_writes_nothing,
);
