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
    /// De-identification on one core: the safe-harbor profile over the Synthea sample
    /// against parsing and writing the same JSON, the free-text scanner over the
    /// evaluation notes against counting their code points, the scanner's recall and
    /// precision, and k-anonymization of a 200,000-row table against one risk pass over
    /// it. The last line is `fhir_resources_per_s=<x> text_mb_per_s=<y> table_rows_per_s=<z>`.
    Deid {
        /// Directory of Synthea Bundles (default: ../shared/data/synthea).
        #[arg(long)]
        data: Option<PathBuf>,
        /// Notes with gold spans (default: crates/deid/tests/data/notes/eval.jsonl).
        #[arg(long)]
        notes: Option<PathBuf>,
        /// Timed rounds (the best is reported).
        #[arg(long, default_value_t = 3)]
        rounds: usize,
    },
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
    /// Audit ledger: appends per second with durability on (SQLite, synchronous=FULL),
    /// many concurrent requests batched by the group-commit writer against the same
    /// entries appended one at a time; inclusion and consistency proofs at 2^20 entries;
    /// an auditor's searches (a patient's access report, one day's entries) through the
    /// search index against reading every entry; then the vault's read throughput over HTTPS with the ledger on against the same
    /// server state served without the ledger layer, in alternating rounds. The last line
    /// is `read_throughput_ratio_ledger_on_vs_off=<x>`.
    Ledger {
        /// Entries appended in each of the two runs.
        #[arg(long, default_value_t = 20_000)]
        appends: usize,
        /// Concurrent appenders in the batched run.
        #[arg(long, default_value_t = 256)]
        concurrency: usize,
        /// Directory of Synthea transaction Bundles (default: ../shared/data/synthea).
        #[arg(long)]
        data: Option<PathBuf>,
        /// Reads timed with the ledger on, and as many with it off.
        #[arg(long, default_value_t = 8_000)]
        reads: usize,
        /// Concurrent HTTPS clients reading.
        #[arg(long, default_value_t = 16)]
        clients: usize,
        /// Entries in the log that the searches run over (one patient in every 1,000
        /// entries, spread over 200 days).
        #[arg(long, default_value_t = 200_000)]
        search_entries: usize,
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

pub(crate) fn bar(n: u64, what: &str) -> ProgressBar {
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

/// A fresh Ward store (SQLite, a new root key) in `tmp`.
async fn fresh_store(tmp: &Tmp) -> Result<Arc<Store>> {
    Ok(Arc::new(
        Store::open(
            &ward_store::sqlite_url(&tmp.0.join("ward.db")),
            RootKey::generate()?,
            StoreOptions::default(),
        )
        .await?,
    ))
}

/// Ward's store in `tmp`, with `bundles` ingested; the seconds it took.
async fn ingest(tmp: &Tmp, bundles: &[Value], what: &str) -> Result<(Arc<Store>, f64)> {
    let store = fresh_store(tmp).await?;
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
    let (mut bases, token, stop) = start_servers(store, tmp, policies, false).await?;
    Ok((bases.remove(0), token, stop))
}

/// Like [`start_server`]; with `unaudited_too`, a second listener serves the same state
/// without the ledger layer (the baseline of `ward bench ledger`), its URL second.
async fn start_servers(
    store: &Arc<Store>,
    tmp: &Tmp,
    policies: ward_access::Policies,
    unaudited_too: bool,
) -> Result<(
    Vec<String>,
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
    let state = ward_server::AppState::open(
        store.clone(),
        ward_server::ServerConfig {
            base_url: base.clone(),
            max_body_bytes: 64 << 20,
            checkpoint_every: std::time::Duration::from_secs(1),
            witnesses: vec![],
        },
        policies,
        token.clone(),
    )
    .await
    .map_err(|e| anyhow::anyhow!("{}", e.outcome.message()))?;
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let (all_tx, all_rx) = tokio::sync::watch::channel(false);
    tokio::spawn(async move {
        let _ = stop_rx.await;
        let _ = all_tx.send(true);
    });
    let stopped = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
        let _ = rx.changed().await;
    };
    let mut bases = vec![base];
    if unaudited_too {
        let l2 = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        bases.push(format!("https://localhost:{}", l2.local_addr()?.port()));
        tokio::spawn(ward_server::serve_tls(
            l2,
            tls.clone(),
            ward_server::router_unaudited_for_benchmark(state.clone()),
            stopped(all_rx.clone()),
        ));
    }
    tokio::spawn(ward_server::serve_tls(
        listener,
        tls,
        ward_server::router(state),
        stopped(all_rx),
    ));
    Ok((bases, token, stop_tx))
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
        BenchCmd::Deid {
            data,
            notes,
            rounds,
        } => crate::bench_deid::run(data, notes, *rounds),
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
        BenchCmd::Ledger {
            appends,
            concurrency,
            data,
            reads,
            clients,
            search_entries,
        } => {
            ledger(*appends, *concurrency).await?;
            ledger_search(*search_entries).await?;
            ledger_read_cost(data, *reads, *clients).await
        }
    }
}

fn bench_entry(i: usize) -> ward_ledger::entry::Entry {
    ward_ledger::entry::Entry {
        time_ms: ward_fhir::date::now_ms(),
        principal: "user:bench".into(),
        roles: vec!["physician".into()],
        client: Some("ward-cli".into()),
        action: "read".into(),
        outcome: "success".into(),
        status: 200,
        resource_type: Some("Observation".into()),
        ids: vec![format!("Observation/o{i}")],
        patients: vec![format!("{:032x}", i)],
        purpose: Some("TREAT".into()),
        request_id: format!("r{i}"),
        source: Some("127.0.0.1".into()),
        ..Default::default()
    }
}

async fn ledger(appends: usize, concurrency: usize) -> Result<()> {
    use ward_ledger::merkle::{Tree, leaf_hash, verify_consistency, verify_inclusion};
    println!("ward bench ledger: {appends} entries per run; SQLite in WAL mode, synchronous=FULL");
    let mut rates = Vec::new();
    for (name, workers) in [("one at a time", 1usize), ("batched", concurrency.max(1))] {
        let tmp = temp_dir()?;
        let store = fresh_store(&tmp).await?;
        let l = ward_server::audit::Ledger::open(store.clone(), "bench/ledger", vec![])
            .await
            .map_err(|e| anyhow::anyhow!("{}", e.outcome.message()))?;
        let pb = bar(appends as u64, name);
        let t = Instant::now();
        let mut tasks = Vec::new();
        for w in 0..workers {
            let l = l.clone();
            let pb = pb.clone();
            tasks.push(tokio::spawn(async move {
                let mut i = w;
                while i < appends {
                    l.append(&bench_entry(i))
                        .await
                        .map_err(anyhow::Error::msg)?;
                    pb.inc(1);
                    i += workers;
                }
                anyhow::Ok(())
            }));
        }
        for t in tasks {
            t.await??;
        }
        let secs = t.elapsed().as_secs_f64();
        pb.finish_and_clear();
        anyhow::ensure!(l.size() == appends as u64, "the ledger lost entries");
        let rate = appends as f64 / secs;
        println!("{name:<14} ({workers:>3} appenders): {rate:>9.0} appends/s");
        rates.push(rate);
        store.close().await;
    }

    // Proofs at 2^20 entries, in memory (what the server holds).
    let n: u64 = 1 << 20;
    let mut tree = Tree::new();
    for i in 0..n {
        tree.push(leaf_hash(&i.to_be_bytes()));
    }
    let root = tree.root();
    let k = 10_000u64;
    let mut rng = ward_testkit::XorShift::new(0x9e37_79b9_7f4a_7c15);
    let mut next = || rng.next_u64() % n;
    let idx: Vec<u64> = (0..k).map(|_| next()).collect();
    let t = Instant::now();
    let proofs: Vec<_> = idx
        .iter()
        .map(|i| tree.inclusion_proof(*i, n))
        .collect::<Result<_, _>>()?;
    let gen_us = t.elapsed().as_secs_f64() * 1e6 / k as f64;
    let leaves: Vec<_> = idx
        .iter()
        .map(|i| tree.leaf(*i).unwrap_or_default())
        .collect();
    let t = Instant::now();
    for ((i, p), leaf) in idx.iter().zip(&proofs).zip(&leaves) {
        verify_inclusion(*i, n, leaf, p, &root)?;
    }
    let verify_us = t.elapsed().as_secs_f64() * 1e6 / k as f64;
    let old = n / 3;
    let t = Instant::now();
    let cp = tree.consistency_proof(old, n)?;
    let cgen_us = t.elapsed().as_secs_f64() * 1e6;
    let t = Instant::now();
    verify_consistency(old, n, &cp, &tree.root_at(old)?, &root)?;
    let cver_us = t.elapsed().as_secs_f64() * 1e6;
    println!(
        "at 2^20 entries: inclusion proof {gen_us:.1} µs to make, {verify_us:.1} µs to verify ({} hashes); consistency proof {cgen_us:.1} µs to make, {cver_us:.1} µs to verify",
        proofs[0].len()
    );
    // Checkpoint signatures: the log's Ed25519 key beside its ML-DSA-44 key, each
    // signing and verifying the same checkpoint 200 times.
    let c = ward_ledger::note::Checkpoint {
        origin: "bench/ledger".into(),
        size: n,
        root,
    };
    let mut sig_us = Vec::new();
    for (alg, der) in [
        ("Ed25519", ward_ledger::note::Signer::generate_pkcs8()?),
        (
            "ML-DSA-44",
            ward_ledger::note::Signer::generate_ml_dsa_44_pkcs8()?,
        ),
    ] {
        let s = ward_ledger::note::Signer::from_pkcs8("bench/ledger", &der)?;
        let v = [ward_ledger::note::Verifier::parse(&s.verifier_key())?];
        let rounds = 200;
        let t = Instant::now();
        let notes = (0..rounds)
            .map(|_| s.sign(&c))
            .collect::<Result<Vec<_>, _>>()?;
        let sign = t.elapsed().as_secs_f64() * 1e6 / rounds as f64;
        let t = Instant::now();
        for note in &notes {
            ward_ledger::note::open(note, &v, &[])?;
        }
        let verify = t.elapsed().as_secs_f64() * 1e6 / rounds as f64;
        println!(
            "checkpoint signature, {alg:<9}: {sign:>7.1} µs to sign, {verify:>6.1} µs to verify"
        );
        sig_us.push((sign, verify));
    }
    println!(
        "ml_dsa_44_vs_ed25519: sign {:.1}x, verify {:.1}x",
        sig_us[1].0 / sig_us[0].0,
        sig_us[1].1 / sig_us[0].1
    );
    println!("batched_vs_one_at_a_time={:.1}", rates[1] / rates[0]);
    println!("inclusion_verify_us_at_2p20={verify_us:.1}");
    println!("batched_appends_per_s={:.0}", rates[1]);
    Ok(())
}

/// An access report (a patient's 100 newest entries) over a log of `n` entries, one
/// patient in every 1,000 entries, and a search by date (the 100 newest entries of one
/// day, 150 days before the log's end; the log spans 200 days): through the search index
/// against reading every entry from the end (what a search did before the index, and
/// what one by action alone still does). Every path parses each entry it reaches and
/// checks it against the filter.
async fn ledger_search(n: usize) -> Result<()> {
    const PATIENTS: usize = 1_000;
    const WANT: usize = 100;
    const DAYS: i64 = 200;
    const DAY: i64 = ward_ledger::entry::DAY_MS;
    // 2026-01-01, and the day searched for.
    let start = 20_454 * DAY;
    let day = 20_454 + 50;
    println!("access report over {n} entries ({PATIENTS} patients), the {WANT} newest of one:");
    let tmp = temp_dir()?;
    let store = fresh_store(&tmp).await?;
    let db = store.ledger();
    let pb = bar(n as u64, "appending");
    let mut i = 0;
    while i < n {
        let batch: Vec<Vec<u8>> = (i..(i + 4_096).min(n))
            .map(|j| {
                let mut e = bench_entry(j);
                e.patients = vec![format!("{:032x}", j % PATIENTS)];
                e.time_ms = start + (j as i64) * DAYS * DAY / n as i64;
                e.canonical()
            })
            .collect::<Result<_, _>>()?;
        let len = batch.len();
        db.append(i as i64, batch).await?;
        i += len;
        pb.inc(len as u64);
    }
    pb.finish_and_clear();
    let t = Instant::now();
    let covered = ward_server::search_index::index(db).await?;
    let index_secs = t.elapsed().as_secs_f64();
    anyhow::ensure!(covered == n as i64, "the index covers {covered} of {n}");
    let who = format!("{:032x}", 7);
    let matches = |b: &[u8]| -> Result<bool> {
        Ok(ward_ledger::entry::Entry::parse(b)?.patients.contains(&who))
    };
    let mut times = [Vec::new(), Vec::new()];
    let mut found = [Vec::new(), Vec::new()];
    for _round in 0..3 {
        // Through the index.
        let t = Instant::now();
        let mut hits = Vec::new();
        for (idx, b) in db
            .entries_by_keys(&[format!("p:{who}")], 0, n as i64, true, 5_000)
            .await?
        {
            if matches(&b)? {
                hits.push(idx);
                if hits.len() == WANT {
                    break;
                }
            }
        }
        times[0].push(t.elapsed());
        found[0] = hits;
        // Reading every entry, newest first, in chunks.
        let t = Instant::now();
        let mut hits = Vec::new();
        newest_matching(db, 0, n as i64, &matches, WANT, &mut hits).await?;
        times[1].push(t.elapsed());
        found[1] = hits;
    }
    anyhow::ensure!(
        found[0] == found[1] && found[0].len() == WANT.min(n / PATIENTS),
        "the two paths found different entries"
    );
    // By date: through the day's span, and reading every entry from the end.
    let on_day =
        |b: &[u8]| -> Result<bool> { Ok(ward_ledger::entry::Entry::parse(b)?.day() == day) };
    let mut day_times = [Vec::new(), Vec::new()];
    let mut day_found = [Vec::new(), Vec::new()];
    for _round in 0..3 {
        let t = Instant::now();
        let mut hits = Vec::new();
        for (lo, hi) in db.day_spans(day, day).await?.into_iter().rev() {
            newest_matching(db, lo, hi + 1, &on_day, WANT, &mut hits).await?;
        }
        day_times[0].push(t.elapsed());
        day_found[0] = hits;
        let t = Instant::now();
        let mut hits = Vec::new();
        newest_matching(db, 0, n as i64, &on_day, WANT, &mut hits).await?;
        day_times[1].push(t.elapsed());
        day_found[1] = hits;
    }
    anyhow::ensure!(
        day_found[0] == day_found[1] && !day_found[0].is_empty(),
        "the two paths found different entries for one day"
    );
    let (by_index, by_scan) = (pct(times[0].clone(), 0.0), pct(times[1].clone(), 0.0));
    let (day_index, day_scan) = (
        pct(day_times[0].clone(), 0.0),
        pct(day_times[1].clone(), 0.0),
    );
    println!(
        "indexing: {:.0} entries/s (in the background, behind the log)",
        n as f64 / index_secs
    );
    println!("through the search index: {by_index:>9.2} ms");
    println!("reading every entry:      {by_scan:>9.2} ms");
    println!(
        "access_report_speedup_index_vs_scan={:.0}",
        by_scan / by_index
    );
    println!("one day, 150 days back, through its day span: {day_index:>9.2} ms");
    println!("one day, 150 days back, reading from the end: {day_scan:>9.2} ms");
    println!(
        "date_search_speedup_index_vs_scan={:.0}",
        day_scan / day_index
    );
    store.close().await;
    Ok(())
}

/// Adds to `hits` the entries in `[lo, hi)` that `matches`, newest first, reading
/// 5,000 at a time, until `hits` holds `want`.
async fn newest_matching(
    db: &ward_store::LedgerDb,
    lo: i64,
    mut hi: i64,
    matches: &dyn Fn(&[u8]) -> Result<bool>,
    want: usize,
    hits: &mut Vec<i64>,
) -> Result<()> {
    while hi > lo && hits.len() < want {
        let from = (hi - 5_000).max(lo);
        for (idx, b) in db.entries(from, hi).await?.into_iter().rev() {
            if matches(&b)? {
                hits.push(idx);
                if hits.len() == want {
                    break;
                }
            }
        }
        hi = from;
    }
    Ok(())
}

/// Read throughput of one server state through two listeners, one with the ledger layer
/// and one without, `clients` concurrent HTTPS clients, in alternating rounds.
async fn ledger_read_cost(data: &Option<PathBuf>, reads: usize, clients: usize) -> Result<()> {
    let (dir, bundles, n_resources) = load_bundles(data)?;
    let tmp = temp_dir()?;
    println!(
        "read throughput with the ledger on and off: {} bundles, {n_resources} resources from {}, {clients} clients",
        bundles.len(),
        dir.display()
    );
    let (store, _) = ingest(&tmp, &bundles, "loading").await?;
    let (bases, token, stop_tx) = start_servers(
        &store,
        &tmp,
        ward_access::Policies::default_with_admin_reads(),
        true,
    )
    .await?;
    let ca = tmp.0.join("ca.pem");
    let client = |base: &str| -> Result<Arc<crate::client::Client>> {
        Ok(Arc::new(crate::client::Client::with_token(
            base,
            ward_server::tls::client_config(&ca)?,
            token.clone(),
        )?))
    };
    let (on, off) = (client(&bases[0])?, client(&bases[1])?);
    let paths: Arc<Vec<String>> = Arc::new(
        bundles
            .iter()
            .flat_map(|b| b["entry"].as_array().cloned().unwrap_or_default())
            .filter(|e| e["resource"]["resourceType"] == "Observation")
            .filter_map(|e| Some(format!("/Observation/{}", e["resource"]["id"].as_str()?)))
            .collect(),
    );
    anyhow::ensure!(!paths.is_empty(), "the data has no Observation to read");
    for c in [&on, &off] {
        timed(c, &paths[0]).await?;
    }
    let size_before = store.ledger().entries(0, i64::MAX).await?.len();
    // Many short rounds, alternating: a shared machine's speed drifts over seconds, and
    // each pair of neighbouring rounds meets about the same drift.
    let rounds = 12;
    let per_round = (reads / rounds).max(clients);
    let mut secs = [0f64; 2];
    let mut pair_ratios = Vec::new();
    let pb = bar((per_round * rounds * 2) as u64, "reads, ledger on and off");
    for round in 0..rounds {
        // Alternate which goes first, so that neither always meets a warm cache.
        let order = if round % 2 == 0 { [1, 0] } else { [0, 1] };
        let mut round_secs = [0f64; 2];
        for mode in order {
            let c = if mode == 0 { on.clone() } else { off.clone() };
            let t = Instant::now();
            let mut tasks = Vec::new();
            for k in 0..clients {
                let (c, paths, pb) = (c.clone(), paths.clone(), pb.clone());
                tasks.push(tokio::spawn(async move {
                    let mut i = k;
                    while i < per_round {
                        timed(&c, &paths[(round * per_round + i) * 7919 % paths.len()]).await?;
                        pb.inc(1);
                        i += clients;
                    }
                    anyhow::Ok(())
                }));
            }
            for task in tasks {
                task.await??;
            }
            round_secs[mode] = t.elapsed().as_secs_f64();
            secs[mode] += round_secs[mode];
        }
        pair_ratios.push(round_secs[1] / round_secs[0]);
    }
    pair_ratios.sort_by(f64::total_cmp);
    pb.finish_and_clear();
    let recorded = store.ledger().entries(0, i64::MAX).await?.len() - size_before;
    let _ = stop_tx.send(());
    store.close().await;
    let n = (per_round * rounds) as f64;
    let (on_rate, off_rate) = (n / secs[0], n / secs[1]);

    println!("ledger off: {off_rate:>8.0} reads/s");
    println!("ledger on:  {on_rate:>8.0} reads/s ({recorded} entries appended)");
    println!(
        "on/off ratio of each of the {rounds} round pairs: min {:.3}, median {:.3}, max {:.3}",
        pair_ratios[0],
        pair_ratios[rounds / 2],
        pair_ratios[rounds - 1]
    );
    anyhow::ensure!(
        recorded >= per_round * rounds,
        "the audited reads left {recorded} entries, fewer than the reads"
    );
    println!(
        "read_throughput_ratio_ledger_on_vs_off={:.3}",
        on_rate / off_rate
    );
    Ok(())
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
