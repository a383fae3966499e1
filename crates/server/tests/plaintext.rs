//! The test of encryption at rest: import every Synthea bundle through the API, then
//! byte-search everything the database holds (every file under the SQLite data directory,
//! WAL included; a full `pg_dump` of the PostgreSQL database) for every patient's full
//! name, family name, identifiers, phone numbers, emails, address lines and birth date.

mod common;

use common::*;
use std::collections::BTreeSet;

fn needles() -> BTreeSet<String> {
    let mut n = BTreeSet::new();
    for f in synthea_files() {
        let b = read_json(&f);
        for e in b["entry"].as_array().unwrap() {
            let r = &e["resource"];
            if r["resourceType"] != "Patient" {
                continue;
            }
            for name in r["name"].as_array().into_iter().flatten() {
                let family = name["family"].as_str().unwrap_or_default();
                let given: Vec<&str> = name["given"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|g| g.as_str())
                    .collect();
                n.insert(family.to_string());
                n.insert(format!("{} {family}", given.join(" ")));
                n.insert(ward_fhir::normalize::normalize(&format!(
                    "{} {family}",
                    given.join(" ")
                )));
            }
            for i in r["identifier"].as_array().into_iter().flatten() {
                n.insert(i["value"].as_str().unwrap().to_string());
            }
            for t in r["telecom"].as_array().into_iter().flatten() {
                let v = t["value"].as_str().unwrap();
                n.insert(v.to_string());
                n.insert(ward_fhir::normalize::digits(v));
            }
            for a in r["address"].as_array().into_iter().flatten() {
                for l in a["line"].as_array().into_iter().flatten() {
                    n.insert(l.as_str().unwrap().to_string());
                }
            }
            n.insert(r["birthDate"].as_str().unwrap().to_string());
        }
    }
    n.retain(|s| s.chars().count() >= 4);
    n
}

/// Needles for the raw byte scan. Ciphertext is uniformly random, so a 4-byte name such as
/// "Lind" turns up by chance in ~150 MB of it with probability ~3.5% (12 such names in
/// the sample: a flaky test). At 6 bytes the chance is ~5e-7. Shorter needles are searched
/// in their JSON-quoted form (`"Lind"`), which is how a leaked resource body would show
/// them; the logical scan below checks them bare.
fn raw_needles(needles: &BTreeSet<String>) -> BTreeSet<String> {
    needles
        .iter()
        .map(|n| {
            if n.len() >= 6 {
                n.clone()
            } else {
                format!("\"{n}\"")
            }
        })
        .collect()
}

/// Needles for the logical scan (values the database holds as text, no ciphertext): every
/// needle and its normalized (lower-case, accent-free) form.
fn logical_needles(needles: &BTreeSet<String>) -> BTreeSet<String> {
    let mut all = needles.clone();
    all.extend(
        needles
            .iter()
            .map(|n| ward_fhir::normalize::normalize(n))
            .filter(|n| n.chars().count() >= 4),
    );
    all
}

fn hits(haystack: &[u8], needles: &BTreeSet<String>) -> Vec<String> {
    let list: Vec<&String> = needles.iter().collect();
    let ac = aho_corasick::AhoCorasick::new(&list).unwrap();
    let found: BTreeSet<String> = ac
        .find_overlapping_iter(haystack)
        .map(|m| list[m.pattern().as_usize()].clone())
        .collect();
    found.into_iter().collect()
}

/// Hits that stand as whole words (no letter or digit on either side), so that a code or
/// URL that merely contains a short name ("blinded") is not mistaken for one.
fn word_hits(text: &str, needles: &BTreeSet<String>) -> Vec<String> {
    let list: Vec<&String> = needles.iter().collect();
    let ac = aho_corasick::AhoCorasick::new(&list).unwrap();
    let alnum_at = |i: Option<char>| i.is_some_and(char::is_alphanumeric);
    let found: BTreeSet<String> = ac
        .find_overlapping_iter(text)
        .filter(|m| {
            !alnum_at(text[..m.start()].chars().next_back())
                && !alnum_at(text[m.end()..].chars().next())
        })
        .map(|m| list[m.pattern().as_usize()].clone())
        .collect();
    found.into_iter().collect()
}

/// Every text value of every table of the SQLite database.
async fn sqlite_text_values(pool: &sqlx::AnyPool) -> String {
    use sqlx::Row;
    let tables: Vec<String> = sqlx::query("SELECT name FROM sqlite_master WHERE type = 'table'")
        .fetch_all(pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get::<String, _>(0))
        .collect();
    assert!(tables.len() >= 5, "tables: {tables:?}");
    let mut out = String::new();
    for t in tables {
        let cols: Vec<String> = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT name FROM pragma_table_info('{t}')"
        )))
        .fetch_all(pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get::<String, _>(0))
        .collect();
        for c in cols {
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT \"{c}\" FROM \"{t}\" WHERE typeof(\"{c}\") = 'text'"
            )))
            .fetch_all(pool)
            .await
            .unwrap();
            for r in rows {
                out.push_str(&r.get::<String, _>(0));
                out.push('\n');
            }
        }
    }
    out
}

/// The text of a `pg_dump` with every bytea value (`\\x` and hex digits) taken out.
fn without_bytea(dump: &[u8]) -> String {
    let text = String::from_utf8_lossy(dump);
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_ref();
    while let Some(i) = rest.find("\\\\x") {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 3..];
        let hex_len = tail
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(tail.len());
        rest = &tail[hex_len..];
    }
    out.push_str(rest);
    out
}

fn dir_bytes(dir: &std::path::Path) -> Vec<u8> {
    let mut all = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            all.extend(std::fs::read(&p).unwrap());
            all.push(0);
        }
    }
    all
}

async fn nothing_identifying_in_plaintext(b: Backend) {
    let s = TestServer::start(b).await;
    let files = synthea_files();
    assert_eq!(files.len(), 100);
    let chunks: Vec<Vec<std::path::PathBuf>> = files.chunks(25).map(|c| c.to_vec()).collect();
    let s = std::sync::Arc::new(s);
    let mut set = tokio::task::JoinSet::new();
    for c in chunks {
        let s = s.clone();
        set.spawn(async move { s.import_synthea(&c).await });
    }
    while let Some(r) = set.join_next().await {
        r.unwrap();
    }
    let s = std::sync::Arc::try_unwrap(s).ok().unwrap();
    let total: i64 = s.store.counts().await.unwrap().iter().map(|(_, n)| n).sum();
    assert!(total > 15_000, "imported {total}");
    // Search on blind-indexed values still works.
    let first = read_json(&files[0]);
    let family = first["entry"][0]["resource"]["name"][0]["family"]
        .as_str()
        .unwrap();
    let (st, v) = s.get(&format!("/Patient?family={family}")).await;
    assert_eq!(st, reqwest::StatusCode::OK);
    assert!(v["total"].as_i64().unwrap() >= 1);

    let needles = needles();
    assert!(needles.len() > 500, "{} needles", needles.len());
    let (raw, logical) = (raw_needles(&needles), logical_needles(&needles));
    // The scans must be able to fail: a name that is in the data is found.
    assert!(!word_hits(&format!("x {family} y"), &logical).is_empty());
    let (haystack, text) = match b {
        Backend::Sqlite => (dir_bytes(&s.dir), sqlite_text_values(s.store.pool()).await),
        Backend::Postgres => {
            let db = s.db_url.rsplit('/').next().unwrap().to_string();
            let out = std::process::Command::new("pg_dump")
                .args(["-h", "127.0.0.1", "-U", "postgres", "--data-only", &db])
                .output()
                .expect("pg_dump (postgresql-client) is needed for the PostgreSQL plaintext scan");
            assert!(
                out.status.success(),
                "pg_dump failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(
                out.stdout.len() > 1_000_000,
                "the dump is suspiciously small"
            );
            let text = without_bytea(&out.stdout);
            (out.stdout, text)
        }
    };
    assert!(
        text.len() > 100_000,
        "only {} bytes of text values",
        text.len()
    );
    let found = hits(&haystack, &raw);
    assert!(
        found.is_empty(),
        "plaintext identifiers found in the database files: {} (e.g. {:?})",
        found.len(),
        &found[..found.len().min(5)]
    );
    let found = word_hits(&text, &logical);
    assert!(
        found.is_empty(),
        "identifiers found among the database's text values: {} (e.g. {:?})",
        found.len(),
        &found[..found.len().min(5)]
    );
    let dir = s.dir.clone();
    s.stop_keep_dir().await;
    if b == Backend::Sqlite {
        // After a clean close the WAL is folded into the database file: check that too.
        let found = hits(&dir_bytes(&dir), &raw);
        assert!(found.is_empty(), "after close: {found:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}

both!(nothing_identifying_in_plaintext);
