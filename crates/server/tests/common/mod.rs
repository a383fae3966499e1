//! Test harness: a real Ward server (TLS, real store) on a loopback port, on SQLite in a
//! fresh directory or on a fresh PostgreSQL database.
#![allow(dead_code)]

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use sqlx::Connection;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use ward_crypto::RootKey;
use ward_server::{AppState, ServerConfig};
use ward_store::{Store, StoreOptions};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs an async test case once per backend.
#[macro_export]
macro_rules! both {
    ($($case:ident),* $(,)?) => {$(
        mod $case {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() { super::$case($crate::common::Backend::Sqlite).await }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() { super::$case($crate::common::Backend::Postgres).await }
        }
    )*};
}

pub fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data")
}

pub fn pg_admin_url() -> String {
    std::env::var("WARD_TEST_PG").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into())
}

pub struct TestServer {
    pub backend: Backend,
    pub base: String,
    pub http: reqwest::Client,
    pub token: String,
    pub store: Arc<Store>,
    pub state: Arc<AppState>,
    pub dir: PathBuf,
    pub db_url: String,
    pg_db: Option<String>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

fn unique(prefix: &str) -> String {
    let mut b = [0u8; 6];
    ward_crypto::fill_random(&mut b).unwrap();
    format!("{prefix}{}", ward_crypto::hex(&b))
}

/// A fresh store of `backend` in a new directory: (directory, database URL, PostgreSQL
/// database name, store).
pub async fn open_store(backend: Backend) -> (PathBuf, String, Option<String>, Arc<Store>) {
    let (dir, db_url, pg_db) = fresh_database(backend).await;
    let root = RootKey::generate().unwrap();
    let store = Arc::new(
        Store::open(&db_url, root, StoreOptions::default())
            .await
            .unwrap(),
    );
    (dir, db_url, pg_db, store)
}

/// A new directory and a database URL of `backend` in it (SQLite) or for a new empty
/// PostgreSQL database: (directory, URL, PostgreSQL database name).
pub async fn fresh_database(backend: Backend) -> (PathBuf, String, Option<String>) {
    let dir = std::env::temp_dir().join(unique("ward-test-"));
    std::fs::create_dir_all(&dir).unwrap();
    let (db_url, pg_db) = match backend {
        Backend::Sqlite => (ward_store::sqlite_url(&dir.join("ward.db")), None),
        Backend::Postgres => {
            let name = unique("ward_t_");
            let mut c = sqlx::PgConnection::connect(&format!("{}/test", pg_admin_url()))
                .await
                .expect("PostgreSQL on 127.0.0.1:5432 is required for the PostgreSQL half of the suite (scripts/test starts it)");
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .execute(&mut c)
                .await
                .unwrap();
            (format!("{}/{name}", pg_admin_url()), Some(name))
        }
    };
    (dir, db_url, pg_db)
}

impl TestServer {
    pub async fn start(backend: Backend) -> Self {
        Self::start_with(backend, 8 * 1024 * 1024).await
    }

    pub async fn start_with(backend: Backend, max_body_bytes: usize) -> Self {
        Self::start_full(backend, max_body_bytes, None).await
    }

    /// A server with the given policies instead of the defaults plus admin reads.
    pub async fn start_with_policies(backend: Backend, policies: ward_access::Policies) -> Self {
        Self::start_full(backend, 8 * 1024 * 1024, Some(policies)).await
    }

    async fn start_full(
        backend: Backend,
        max_body_bytes: usize,
        policies: Option<ward_access::Policies>,
    ) -> Self {
        let (dir, db_url, pg_db, store) = open_store(backend).await;
        Self::serve(
            backend,
            (dir, db_url, pg_db, store),
            max_body_bytes,
            policies,
            vec![],
        )
        .await
    }

    /// A server over a store from [`open_store`], asking `witnesses` to cosign.
    pub async fn start_on(
        backend: Backend,
        opened: (PathBuf, String, Option<String>, Arc<Store>),
        witnesses: Vec<ward_server::witness::WitnessConfig>,
    ) -> Self {
        Self::serve(backend, opened, 8 * 1024 * 1024, None, witnesses).await
    }

    async fn serve(
        backend: Backend,
        (dir, db_url, pg_db, store): (PathBuf, String, Option<String>, Arc<Store>),
        max_body_bytes: usize,
        policies: Option<ward_access::Policies>,
        witnesses: Vec<ward_server::witness::WitnessConfig>,
    ) -> Self {
        ward_server::tls::generate_dev_certs(&dir).unwrap();
        let tls =
            ward_server::tls::server_config(&dir.join("server.pem"), &dir.join("server-key.pem"))
                .unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let base = format!("https://localhost:{port}");
        let token = ward_crypto::random_token(32).unwrap().to_string();
        let state = AppState::open(
            store.clone(),
            ServerConfig {
                base_url: base.clone(),
                max_body_bytes,
                checkpoint_every: std::time::Duration::from_millis(200),
                witnesses,
            },
            // The vault suite tests storage through the admin token, which this site
            // policy lets read; the access suite uses the default policies alone.
            policies.unwrap_or_else(ward_access::Policies::default_with_admin_reads),
            zeroize::Zeroizing::new(token.clone()),
        )
        .await
        .unwrap();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(ward_server::serve_tls(
            listener,
            tls,
            ward_server::router(state.clone()),
            async move {
                let _ = rx.await;
            },
        ));
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(
                ward_server::tls::client_config(&dir.join("ca.pem")).unwrap(),
            )
            .build()
            .unwrap();
        Self {
            backend,
            base,
            http,
            token,
            store,
            state,
            dir,
            db_url,
            pg_db,
            stop: Some(tx),
        }
    }

    pub fn req(&self, m: Method, path: &str) -> reqwest::RequestBuilder {
        self.http
            .request(m, format!("{}{path}", self.base))
            .bearer_auth(&self.token)
    }

    pub async fn send(
        &self,
        rb: reqwest::RequestBuilder,
    ) -> (StatusCode, reqwest::header::HeaderMap, Value) {
        let r = rb.send().await.unwrap();
        let (s, h) = (r.status(), r.headers().clone());
        let bytes = r.bytes().await.unwrap();
        let v = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes)
                .unwrap_or_else(|_| json!({"_raw": String::from_utf8_lossy(&bytes)}))
        };
        (s, h, v)
    }

    pub async fn get(&self, path: &str) -> (StatusCode, Value) {
        let (s, _, v) = self.send(self.req(Method::GET, path)).await;
        (s, v)
    }

    pub async fn post_json(
        &self,
        path: &str,
        body: &Value,
    ) -> (StatusCode, reqwest::header::HeaderMap, Value) {
        self.send(
            self.req(Method::POST, path)
                .header("content-type", "application/fhir+json")
                .body(serde_json::to_vec(body).unwrap()),
        )
        .await
    }

    pub async fn put_json(
        &self,
        path: &str,
        body: &Value,
    ) -> (StatusCode, reqwest::header::HeaderMap, Value) {
        self.send(
            self.req(Method::PUT, path)
                .header("content-type", "application/fhir+json")
                .body(serde_json::to_vec(body).unwrap()),
        )
        .await
    }

    /// Imports Synthea bundles the way `ward import` does (POST with an id becomes PUT).
    pub async fn import_synthea(&self, files: &[PathBuf]) {
        for f in files {
            let (s, _, v) = self.post_json("/", &as_import_bundle(f)).await;
            assert_eq!(s, StatusCode::OK, "{}: {v}", f.display());
        }
    }

    /// Forgets the server's cached token liveness and care sets, as an API change would.
    pub fn stop_caches(&self) {
        self.state.access.flush();
    }

    pub async fn stop(self) {
        let dir = self.dir.clone();
        self.stop_keep_dir().await;
        let _ = std::fs::remove_dir_all(&dir);
    }

    pub async fn stop_keep_dir(mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        self.store.close().await;
        if let Some(db) = self.pg_db.take()
            && let Ok(mut c) =
                sqlx::PgConnection::connect(&format!("{}/test", pg_admin_url())).await
        {
            let _ = sqlx::query(sqlx::AssertSqlSafe(format!(
                "DROP DATABASE IF EXISTS {db} WITH (FORCE)"
            )))
            .execute(&mut c)
            .await;
        }
    }
}

pub fn synthea_files() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(shared().join("synthea"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    v.sort();
    v
}

pub fn read_json(p: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap()
}

/// A Synthea bundle as `ward import` sends it.
pub fn as_import_bundle(p: &Path) -> Value {
    let mut b = read_json(p);
    for e in b["entry"].as_array_mut().unwrap() {
        if e["request"]["method"] == "POST"
            && e["request"].get("ifNoneExist").is_none()
            && let Some(id) = e["resource"]["id"].as_str()
        {
            let t = e["resource"]["resourceType"].as_str().unwrap().to_string();
            e["request"] = json!({"method": "PUT", "url": format!("{t}/{id}")});
        }
    }
    b
}

pub fn entries(bundle: &Value) -> Vec<Value> {
    bundle["entry"].as_array().cloned().unwrap_or_default()
}

pub fn ids_of(bundle: &Value, mode: &str) -> Vec<String> {
    entries(bundle)
        .iter()
        .filter(|e| e["search"]["mode"] == mode)
        .map(|e| {
            format!(
                "{}/{}",
                e["resource"]["resourceType"].as_str().unwrap(),
                e["resource"]["id"].as_str().unwrap()
            )
        })
        .collect()
}
