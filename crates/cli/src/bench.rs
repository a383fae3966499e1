//! `ward bench`: measurements users can run on their own hardware. Each benchmark runs a
//! baseline side by side in the same process and prints the ratio.

use crate::config::Overrides;
use crate::import::to_transactions;
use anyhow::{Context, Result, bail};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::Value;
use sqlx::any::AnyPoolOptions;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use ward_crypto::RootKey;
use ward_store::{Store, StoreOptions};

#[derive(clap::Subcommand)]
pub enum BenchCmd {
    /// Vault: encrypted ingest against plain SQLite with the same durability, then read and
    /// search latency over HTTPS on loopback. The last line is `ingest_ratio_vs_plain=<x>`.
    Vault {
        /// Directory of Synthea transaction Bundles (default: ../shared/data/synthea).
        #[arg(long)]
        data: Option<PathBuf>,
        /// Number of reads to time.
        #[arg(long, default_value_t = 2000)]
        reads: usize,
        /// Number of searches to time (per kind of search).
        #[arg(long, default_value_t = 200)]
        searches: usize,
    },
    /// Authorization: the same reads and searches over HTTPS with the admin token (a
    /// constant-time comparison and a policy decision) and with a physician's access token
    /// (ES256 verification, grant liveness, care relationships, the Cedar decision per
    /// resource, search filtering), interleaved in one run. The last line is
    /// `search_throughput_ratio_vs_admin=<x>`.
    Access {
        /// Directory of Synthea transaction Bundles (default: ../shared/data/synthea).
        #[arg(long)]
        data: Option<PathBuf>,
        /// Number of reads to time, per principal.
        #[arg(long, default_value_t = 2000)]
        reads: usize,
        /// Number of searches to time, per principal.
        #[arg(long, default_value_t = 300)]
        searches: usize,
    },
}

fn pct(mut v: Vec<Duration>, p: f64) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort();
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v[i].as_secs_f64() * 1000.0
}

fn bar(n: u64, what: &str) -> ProgressBar {
    let pb = ProgressBar::new(n);
    pb.set_style(
        ProgressStyle::with_template("{msg:24} {wide_bar} {pos}/{len} ({eta})")
            .expect("valid template"),
    );
    pb.set_message(what.to_string());
    pb
}

struct Tmp(PathBuf);
impl Drop for Tmp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The bundles of a directory, and their number of resources.
fn load_bundles(data: &Option<PathBuf>) -> Result<(PathBuf, Vec<Value>, usize)> {
    let dir = data
        .clone()
        .unwrap_or_else(|| PathBuf::from("../shared/data/synthea"));
    if !dir.is_dir() {
        bail!(
            "{} is not a directory of Synthea bundles: pass --data PATH",
            dir.display()
        );
    }
    let files = crate::import::collect_files(std::slice::from_ref(&dir))?;
    let mut bundles: Vec<Value> = Vec::new();
    for f in &files {
        for (_, b, _) in to_transactions(f).with_context(|| f.display().to_string())? {
            bundles.push(b);
        }
    }
    let n_resources: usize = bundles
        .iter()
        .map(|b| b["entry"].as_array().map_or(0, Vec::len))
        .sum();
    Ok((dir, bundles, n_resources))
}

fn temp_dir() -> Result<Tmp> {
    let mut suffix = [0u8; 6];
    ward_crypto::fill_random(&mut suffix)?;
    let tmp = Tmp(std::env::temp_dir().join(format!("ward-bench-{}", ward_crypto::hex(&suffix))));
    std::fs::create_dir_all(&tmp.0)?;
    Ok(tmp)
}

/// Ward's store in `tmp`, with `bundles` ingested; the seconds it took.
async fn ingest(tmp: &Tmp, bundles: &[Value], what: &str) -> Result<(Arc<Store>, f64)> {
    let store = Arc::new(
        Store::open(
            &ward_store::sqlite_url(&tmp.0.join("ward.db")),
            RootKey::generate()?,
            StoreOptions::default(),
        )
        .await?,
    );
    let pb = bar(bundles.len() as u64, what);
    let t = Instant::now();
    for b in bundles {
        let ops = ward_server::transaction_ops(b)
            .map_err(|e| anyhow::anyhow!("{}", e.outcome.message()))?;
        store
            .apply(ops, &ward_store::Unrestricted)
            .await
            .map_err(|(i, e)| anyhow::anyhow!("entry {i}: {e}"))?;
        pb.inc(1);
    }
    let secs = t.elapsed().as_secs_f64();
    pb.finish_and_clear();
    Ok((store, secs))
}

/// A Ward server on a loopback port over `store` with `policies`: its base URL, the admin
/// token, and the channel that stops it.
async fn start_server(
    store: &Arc<Store>,
    tmp: &Tmp,
    policies: ward_access::Policies,
) -> Result<(
    String,
    zeroize::Zeroizing<String>,
    tokio::sync::oneshot::Sender<()>,
)> {
    ward_server::tls::generate_dev_certs(&tmp.0)?;
    let tls =
        ward_server::tls::server_config(&tmp.0.join("server.pem"), &tmp.0.join("server-key.pem"))?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let port = listener.local_addr()?.port();
    let token = ward_crypto::random_token(32)?;
    let base = format!("https://localhost:{port}");
    let token_key = ward_server::authz::token_key(store, &base)
        .await
        .map_err(|e| anyhow::anyhow!("{}", e.outcome.message()))?;
    let access = ward_server::authz::Access::new(
        policies,
        token_key,
        token.clone(),
        ward_server::authz::AccessSettings::default(),
    );
    let ledger =
        ward_server::audit::Ledger::open(store.clone(), &ward_server::audit::origin_for(&base))
            .await
            .map_err(|e| anyhow::anyhow!("audit ledger: {}", e.outcome.message()))?;
    ledger.spawn_checkpointer(store.clone(), std::time::Duration::from_secs(1));
    let state = ward_server::AppState::new(
        store.clone(),
        ward_server::ServerConfig {
            base_url: base.clone(),
            max_body_bytes: 64 << 20,
        },
        access,
        ledger,
    );
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(ward_server::serve_tls(
        listener,
        tls,
        ward_server::router(state),
        async move {
            let _ = stop_rx.await;
        },
    ));
    Ok((base, token, stop_tx))
}

/// Times one GET; fails if it does not succeed.
async fn timed(c: &crate::client::Client, path: &str) -> Result<Duration> {
    let t = Instant::now();
    let r = c.request(reqwest::Method::GET, path).send().await?;
    let ok = r.status().is_success();
    let _ = r.bytes().await?;
    anyhow::ensure!(ok, "GET {path} failed");
    Ok(t.elapsed())
}

/// The Patient resources of the bundles.
fn patients_of(bundles: &[Value]) -> Vec<&Value> {
    bundles
        .iter()
        .filter_map(|b| {
            b["entry"]
                .as_array()?
                .iter()
                .find(|e| e["resource"]["resourceType"] == "Patient")
                .map(|e| &e["resource"])
        })
        .collect()
}

pub async fn run(cmd: &BenchCmd, _o: &Overrides) -> Result<()> {
    match cmd {
        BenchCmd::Vault {
            data,
            reads,
            searches,
        } => vault(data, *reads, *searches).await,
        BenchCmd::Access {
            data,
            reads,
            searches,
        } => access(data, *reads, *searches).await,
    }
}

async fn vault(data: &Option<PathBuf>, reads: usize, searches: usize) -> Result<()> {
    let (dir, bundles, n_resources) = load_bundles(data)?;
    let tmp = temp_dir()?;
    println!(
        "ward bench vault: {} bundles, {n_resources} resources from {}",
        bundles.len(),
        dir.display()
    );
    println!(
        "both sides: SQLite in WAL mode, synchronous=FULL, one transaction per bundle, sqlx driver"
    );

    // Baseline: the same JSON into plain SQLite, no encryption, no index.
    let base_url = ward_store::sqlite_url(&tmp.0.join("plain.db"));
    sqlx::any::install_default_drivers();
    let plain = AnyPoolOptions::new()
        .max_connections(1)
        .connect(&base_url)
        .await?;
    for p in ["PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"] {
        sqlx::raw_sql(p).execute(&plain).await?;
    }
    sqlx::raw_sql("CREATE TABLE resources (rtype TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (rtype, id))").execute(&plain).await?;
    let pb = bar(bundles.len() as u64, "plain SQLite ingest");
    let t = Instant::now();
    for b in &bundles {
        let mut tx = plain.begin().await?;
        for e in b["entry"].as_array().into_iter().flatten() {
            let r = &e["resource"];
            sqlx::query("INSERT OR REPLACE INTO resources (rtype, id, json) VALUES ($1, $2, $3)")
                .bind(r["resourceType"].as_str().unwrap_or_default())
                .bind(r["id"].as_str().unwrap_or_default())
                .bind(serde_json::to_string(r)?)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        pb.inc(1);
    }
    let plain_secs = t.elapsed().as_secs_f64();
    pb.finish_and_clear();

    // Ward: the same bundles through the store (parse, extract, seal, index).
    let (store, ward_secs) = ingest(&tmp, &bundles, "Ward encrypted ingest").await?;

    // Plain point reads, for reference.
    let ids: Vec<(String, String)> =
        sqlx::query_as::<_, (String, String)>("SELECT rtype, id FROM resources")
            .fetch_all(&plain)
            .await?;
    let pick = |i: usize| &ids[(i * 7919) % ids.len()];
    let mut plain_reads = Vec::with_capacity(reads);
    for i in 0..reads {
        let (rt, id) = pick(i);
        let t = Instant::now();
        let _: (String,) =
            sqlx::query_as("SELECT json FROM resources WHERE rtype = $1 AND id = $2")
                .bind(rt)
                .bind(id)
                .fetch_one(&plain)
                .await?;
        plain_reads.push(t.elapsed());
    }
    plain.close().await;

    // Ward over HTTPS on loopback. A storage benchmark: the admin token may read
    // everything (no default policies, so sensitive records are read too).
    let storage_only = ward_access::Policies::from_sources(&[(
        "bench.cedar".into(),
        ward_access::policy::ADMIN_READS_CLINICAL_DATA.into(),
    )])?;
    let (base, token, stop_tx) = start_server(&store, &tmp, storage_only).await?;
    let client = crate::client::Client::with_token(
        &base,
        ward_server::tls::client_config(&tmp.0.join("ca.pem"))?,
        token,
    )?;
    timed(&client, "/metadata").await?;
    let pb = bar(reads as u64, "reads over HTTPS");
    let mut read_lat = Vec::with_capacity(reads);
    for i in 0..reads {
        let (rt, id) = pick(i);
        read_lat.push(timed(&client, &format!("/{rt}/{id}")).await?);
        pb.inc(1);
    }
    pb.finish_and_clear();

    // Searches: values taken from the data.
    let patients = patients_of(&bundles);
    let mut kinds: Vec<(&str, Vec<Duration>)> = vec![
        ("name prefix (blind)", vec![]),
        ("birthdate (blind)", vec![]),
        ("obs by patient+code", vec![]),
        ("obs by patient+date", vec![]),
    ];
    let pb = bar((searches * kinds.len()) as u64, "searches over HTTPS");
    for i in 0..searches {
        let p = patients[(i * 31) % patients.len()];
        let pid = p["id"].as_str().unwrap_or_default();
        let family: String = p["name"][0]["family"]
            .as_str()
            .unwrap_or("abc")
            .chars()
            .take(4)
            .collect();
        let birth = p["birthDate"].as_str().unwrap_or("2000");
        let q = [
            format!("/Patient?name={family}"),
            format!("/Patient?birthdate={birth}"),
            format!("/Observation?patient={pid}&code=http://loinc.org|8302-2"),
            format!("/Observation?patient={pid}&date=ge2015-01-01"),
        ];
        for (k, path) in q.into_iter().enumerate() {
            kinds[k].1.push(timed(&client, &path).await?);
            pb.inc(1);
        }
    }
    pb.finish_and_clear();
    let _ = stop_tx.send(());
    store.close().await;

    let plain_rate = n_resources as f64 / plain_secs;
    let ward_rate = n_resources as f64 / ward_secs;
    println!();
    println!("| measurement                         | Ward            | plain SQLite    |");
    println!("| ----------------------------------- | --------------- | --------------- |");
    println!("| ingest, resources/s                 | {ward_rate:>15.0} | {plain_rate:>15.0} |");
    println!("| ingest, total seconds               | {ward_secs:>15.2} | {plain_secs:>15.2} |");
    println!(
        "| read p50 / p99, ms (Ward over HTTPS) | {:>6.3} / {:>6.3} | {:>6.3} / {:>6.3} |",
        pct(read_lat.clone(), 0.5),
        pct(read_lat, 0.99),
        pct(plain_reads.clone(), 0.5),
        pct(plain_reads, 0.99)
    );
    for (k, v) in kinds {
        println!(
            "| search {k:<28} | {:>6.3} / {:>6.3} |                 |",
            pct(v.clone(), 0.5),
            pct(v, 0.99)
        );
    }
    println!();
    println!("ingest_ratio_vs_plain={:.3}", ward_rate / plain_rate);
    Ok(())
}

async fn access(data: &Option<PathBuf>, reads: usize, searches: usize) -> Result<()> {
    let (dir, bundles, n_resources) = load_bundles(data)?;
    let tmp = temp_dir()?;
    println!(
        "ward bench access: {} bundles, {n_resources} resources from {}",
        bundles.len(),
        dir.display()
    );
    let (store, _) = ingest(&tmp, &bundles, "loading").await?;
    let patients = patients_of(&bundles);
    // A physician with a second factor, in the care of every patient of the sample.
    let password = "bench physician passphrase";
    store
        .add_user(&ward_store::UserRecord {
            username: "bench-dr".into(),
            roles: vec!["physician".into()],
            password_hash: ward_access::password::hash(password)?,
            mfa_enrolled: false,
            totp_last_step: None,
            recovery_hashes: vec![],
            disabled: false,
            patient: None,
            practitioner: None,
            created_ms: 0,
            failed_logins: 0,
            locked_until_ms: 0,
            revoked_before_ms: 0,
        })
        .await?;
    let secret = ward_access::totp::TotpSecret::generate()?;
    store
        .set_user_totp("bench-dr", Some(secret.as_bytes()), &[])
        .await?;
    let until = ward_fhir::date::now_ms() + 86_400_000;
    for p in &patients {
        store
            .assign_care("bench-dr", p["id"].as_str().unwrap_or_default(), until)
            .await?;
    }
    store
        .add_client(&ward_store::ClientRecord::public(
            crate::login::CLI_CLIENT,
            "ward bench",
            vec![crate::login::CLI_REDIRECT.into()],
            "openid fhirUser user/*.cruds",
        ))
        .await?;
    // The default policies, plus admin reads so that the admin token is a baseline.
    let (base, admin_token, stop_tx) = start_server(
        &store,
        &tmp,
        ward_access::Policies::default_with_admin_reads(),
    )
    .await?;
    let ca = tmp.0.join("ca.pem");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs();
    let tok = crate::login::login(crate::login::LoginArgs {
        base: &base,
        ca: &ca,
        username: "bench-dr",
        password: zeroize::Zeroizing::new(password.into()),
        otp: secret.code_at(now)?,
        scope: "user/*.rs openid fhirUser",
        patient: None,
    })
    .await?;
    let physician_token = zeroize::Zeroizing::new(
        tok["access_token"]
            .as_str()
            .context("no access token")?
            .to_string(),
    );
    let admin = crate::client::Client::with_token(
        &base,
        ward_server::tls::client_config(&ca)?,
        admin_token,
    )?;
    let physician = crate::client::Client::with_token(
        &base,
        ward_server::tls::client_config(&ca)?,
        physician_token,
    )?;
    // Observations: clinical data both may read.
    let obs: Vec<(String, String)> = bundles
        .iter()
        .flat_map(|b| b["entry"].as_array().cloned().unwrap_or_default())
        .filter(|e| e["resource"]["resourceType"] == "Observation")
        // Not sensitive: without the patient's consent both principals are refused those.
        .filter(|e| {
            e["resource"]
                .as_object()
                .is_some_and(|r| ward_access::sensitivity::of_resource(r).is_empty())
        })
        .filter_map(|e| {
            Some((
                "Observation".to_string(),
                e["resource"]["id"].as_str()?.to_string(),
            ))
        })
        .collect();
    anyhow::ensure!(!obs.is_empty(), "the data has no Observation to read");
    timed(&admin, "/metadata").await?;
    timed(&physician, "/Patient?_count=1").await?;
    let (mut a_reads, mut p_reads) = (Vec::new(), Vec::new());
    let pb = bar(reads as u64 * 2, "reads, both principals");
    for i in 0..reads {
        let (rt, id) = &obs[(i * 7919) % obs.len()];
        let path = format!("/{rt}/{id}");
        // Alternate who goes first, so that neither always meets a warm cache.
        if i % 2 == 0 {
            a_reads.push(timed(&admin, &path).await?);
            p_reads.push(timed(&physician, &path).await?);
        } else {
            p_reads.push(timed(&physician, &path).await?);
            a_reads.push(timed(&admin, &path).await?);
        }
        pb.inc(2);
    }
    pb.finish_and_clear();
    let (mut a_search, mut p_search) = (Vec::new(), Vec::new());
    let pb = bar(searches as u64 * 2, "searches, both principals");
    for i in 0..searches {
        let pid = patients[(i * 31) % patients.len()]["id"]
            .as_str()
            .unwrap_or_default();
        let path = format!("/Observation?patient={pid}&date=ge2015-01-01");
        if i % 2 == 0 {
            a_search.push(timed(&admin, &path).await?);
            p_search.push(timed(&physician, &path).await?);
        } else {
            p_search.push(timed(&physician, &path).await?);
            a_search.push(timed(&admin, &path).await?);
        }
        pb.inc(2);
    }
    pb.finish_and_clear();
    let _ = stop_tx.send(());
    store.close().await;

    let total = |v: &[Duration]| v.iter().map(Duration::as_secs_f64).sum::<f64>();
    let (a_rate, p_rate) = (
        searches as f64 / total(&a_search),
        searches as f64 / total(&p_search),
    );
    println!();
    println!("| measurement                    | admin token      | physician token  |");
    println!("| ------------------------------ | ---------------- | ---------------- |");
    println!(
        "| read p50 / p99, ms             | {:>6.3} / {:>6.3}  | {:>6.3} / {:>6.3}  |",
        pct(a_reads.clone(), 0.5),
        pct(a_reads.clone(), 0.99),
        pct(p_reads.clone(), 0.5),
        pct(p_reads.clone(), 0.99)
    );
    println!(
        "| search p50 / p99, ms           | {:>6.3} / {:>6.3}  | {:>6.3} / {:>6.3}  |",
        pct(a_search.clone(), 0.5),
        pct(a_search.clone(), 0.99),
        pct(p_search.clone(), 0.5),
        pct(p_search.clone(), 0.99)
    );
    println!("| searches/s (one client)        | {a_rate:>16.1} | {p_rate:>16.1} |");
    println!();
    println!(
        "authz_read_p50_overhead_us={:.0}",
        (pct(p_reads, 0.5) - pct(a_reads, 0.5)) * 1000.0
    );
    println!("search_throughput_ratio_vs_admin={:.3}", p_rate / a_rate);
    Ok(())
}
