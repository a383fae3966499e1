//! `ward import`: loads Bundles and NDJSON through the server's API, so that every import
//! goes through the same checks (and later, authorization and audit) as any client.
//!
//! Resources keep their ids: `POST Type` entries of a resource with an id become
//! `PUT Type/id` (update-as-create), and an update that changes nothing makes no new
//! version, so running an import twice creates no duplicates.

use crate::client::Client;
use anyhow::{Context, Result, bail};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

const NDJSON_CHUNK: usize = 500;

#[derive(Default, Debug, Clone)]
pub struct Summary {
    pub files_ok: usize,
    pub files_failed: usize,
    pub created: u64,
    pub updated: u64,
    pub by_type: BTreeMap<String, u64>,
    pub errors: Vec<(PathBuf, String)>,
}

pub fn collect_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("cannot read directory {}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .collect();
            entries.sort();
            out.extend(collect_files(
                &entries
                    .into_iter()
                    .filter(|e| e.is_dir() || is_data_file(e))
                    .collect::<Vec<_>>(),
            )?);
        } else if p.exists() {
            out.push(p.clone());
        } else {
            bail!("{} does not exist", p.display());
        }
    }
    Ok(out)
}

fn is_data_file(p: &Path) -> bool {
    matches!(
        p.extension().and_then(|e| e.to_str()),
        Some("json" | "ndjson")
    )
}

/// An entry that stores `resource`: `PUT Type/id` when it has an id, else `POST Type`.
fn store_entry(resource: Value, full_url: Option<&Value>) -> Result<Value> {
    let t = resource
        .get("resourceType")
        .and_then(Value::as_str)
        .context("a resource has no resourceType")?
        .to_string();
    let request = match resource.get("id").and_then(Value::as_str) {
        Some(id) => json!({"method": "PUT", "url": format!("{t}/{id}")}),
        None => json!({"method": "POST", "url": t}),
    };
    let mut e = json!({"resource": resource, "request": request});
    if let Some(u) = full_url {
        e["fullUrl"] = u.clone();
    }
    Ok(e)
}

/// Turns one file into transaction Bundles, each with its resource count and a label.
pub fn to_transactions(path: &Path) -> Result<Vec<(String, Value, usize)>> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    if path.extension().and_then(|e| e.to_str()) == Some("ndjson") {
        let text = std::str::from_utf8(&bytes).context("not UTF-8")?;
        let mut out = Vec::new();
        let lines: Vec<(usize, &str)> = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .collect();
        for chunk in lines.chunks(NDJSON_CHUNK) {
            let mut entries = Vec::with_capacity(chunk.len());
            for (n, line) in chunk {
                let v: Value = serde_json::from_str(line)
                    .with_context(|| format!("line {}: not JSON", n + 1))?;
                entries.push(store_entry(v, None).with_context(|| format!("line {}", n + 1))?);
            }
            let label = format!("lines {}-{}", chunk[0].0 + 1, chunk[chunk.len() - 1].0 + 1);
            out.push((
                label,
                json!({"resourceType": "Bundle", "type": "transaction", "entry": entries}),
                chunk.len(),
            ));
        }
        return Ok(out);
    }
    let v: Value = serde_json::from_slice(&bytes).context("not valid JSON")?;
    if v.get("resourceType").and_then(Value::as_str) != Some("Bundle") {
        return Ok(vec![(
            "resource".into(),
            json!({"resourceType": "Bundle", "type": "transaction", "entry": [store_entry(v, None)?]}),
            1,
        )]);
    }
    let kind = v.get("type").and_then(Value::as_str).unwrap_or_default();
    let entries = v
        .get("entry")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut out = Vec::with_capacity(entries.len());
    for (i, mut e) in entries.into_iter().enumerate() {
        let Some(resource) = e.get("resource").cloned() else {
            bail!("entry {i} has no resource")
        };
        let keep = matches!(kind, "transaction" | "batch")
            && !(e["request"]["method"] == "POST"
                && e["request"].get("ifNoneExist").is_none()
                && resource.get("id").is_some());
        if !keep {
            e = store_entry(resource, e.get("fullUrl"))?;
        }
        out.push(e);
    }
    let n = out.len();
    Ok(vec![(
        "bundle".into(),
        json!({"resourceType": "Bundle", "type": "transaction", "entry": out}),
        n,
    )])
}

async fn send(client: &Client, bundle: &Value) -> Result<Value> {
    let body = serde_json::to_vec(bundle)?;
    let mut attempt = 0;
    loop {
        let resp = client
            .request(reqwest::Method::POST, "/")
            .header("content-type", "application/fhir+json")
            .header("prefer", "return=minimal")
            .body(body.clone())
            .send()
            .await
            .context("cannot reach the Ward server (is `ward serve` running?)")?;
        let status = resp.status();
        let v: Value = resp.json().await.unwrap_or(Value::Null);
        if status.is_success() {
            return Ok(v);
        }
        // Two files writing the same shared resource (an Organization) at once on
        // PostgreSQL: one gets 409 and tries again.
        if status.as_u16() == 409 && attempt < 3 {
            attempt += 1;
            tokio::time::sleep(std::time::Duration::from_millis(50 * attempt)).await;
            continue;
        }
        let diag = v["issue"][0]["diagnostics"]
            .as_str()
            .unwrap_or("no diagnostics")
            .to_string();
        bail!("HTTP {status}: {diag}");
    }
}

async fn import_file(client: &Client, path: &Path) -> Result<(u64, u64, BTreeMap<String, u64>)> {
    let txs = to_transactions(path)?;
    let (mut created, mut updated) = (0, 0);
    let mut by_type = BTreeMap::new();
    for (label, bundle, _) in txs {
        let resp = send(client, &bundle).await.with_context(|| label.clone())?;
        for (e, req) in resp["entry"]
            .as_array()
            .into_iter()
            .flatten()
            .zip(bundle["entry"].as_array().into_iter().flatten())
        {
            let t = req["resource"]["resourceType"]
                .as_str()
                .unwrap_or("?")
                .to_string();
            *by_type.entry(t).or_insert(0) += 1;
            if e["response"]["status"]
                .as_str()
                .is_some_and(|s| s.starts_with("201"))
            {
                created += 1;
            } else {
                updated += 1;
            }
        }
    }
    Ok((created, updated, by_type))
}

pub async fn run(
    client: Arc<Client>,
    files: Vec<PathBuf>,
    parallel: usize,
    quiet: bool,
) -> Result<Summary> {
    let total: u64 = files
        .iter()
        .map(|f| std::fs::metadata(f).map(|m| m.len()).unwrap_or(0))
        .sum();
    let pb = if quiet {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(total)
    };
    pb.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({eta}) {msg}",
        )
        .expect("valid template"),
    );
    let sem = Arc::new(tokio::sync::Semaphore::new(parallel.max(1)));
    let mut set = tokio::task::JoinSet::new();
    for f in files {
        let (client, sem, pb) = (client.clone(), sem.clone(), pb.clone());
        set.spawn(async move {
            let _permit = sem.acquire_owned().await.expect("semaphore open");
            let r = import_file(&client, &f).await;
            pb.inc(std::fs::metadata(&f).map(|m| m.len()).unwrap_or(0));
            (f, r)
        });
    }
    let mut s = Summary::default();
    while let Some(joined) = set.join_next().await {
        let (f, r) = joined?;
        match r {
            Ok((c, u, by)) => {
                s.files_ok += 1;
                s.created += c;
                s.updated += u;
                for (t, n) in by {
                    *s.by_type.entry(t).or_insert(0) += n;
                }
            }
            Err(e) => {
                s.files_failed += 1;
                s.errors.push((f, format!("{e:#}")));
            }
        }
        pb.set_message(format!(
            "{} created, {} updated or unchanged, {} failed files",
            s.created, s.updated, s.files_failed
        ));
    }
    pb.finish_and_clear();
    s.errors.sort();
    Ok(s)
}
