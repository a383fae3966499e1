//! The ledger's search index: for each entry, the keys an auditor's search finds it by
//! ([`Entry::search_keys`]: patient pseudonyms, agents, resources, outcomes other than
//! success), so that a patient's access report or an agent's history reads the entries
//! that match instead of every entry of the log; and for each UTC day the first and last
//! entry of that day, so that a search by date, over any range, reads only those
//! stretches of the log.
//!
//! The index is derived data and is trusted for nothing:
//! * it is built behind the log by a background task (never on the request path: recording
//!   an access costs what it cost before), up to a stored high-water mark; a search reads
//!   the part the index covers through it and the rest of the log entry by entry;
//! * a search re-checks every entry it reaches through the index against the whole
//!   filter, so a forged index row shows nothing it should not;
//! * `ward ledger verify` recomputes the keys and day spans of every indexed entry and
//!   compares them with the stored rows, so a row removed (or a span narrowed) to hide
//!   an access from a report is found and named like an altered entry; `ward ledger
//!   reindex` rebuilds the index.

use crate::error::ApiError;
use axum::http::StatusCode;
use std::collections::BTreeMap;
use std::sync::Weak;
use std::time::Duration;
use ward_fhir::IssueCode;
use ward_ledger::entry::Entry;
use ward_store::LedgerDb;

/// Entries the indexer takes per transaction (the SQLite writer lock is held for one).
const CHUNK: i64 = 1_000;
/// Entries the checker reads at a time.
const CHECK_CHUNK: i64 = 10_000;

/// A problem with the entries themselves (named by index, never by content): 500 at the
/// API, a failed `ward ledger verify` at the command line.
fn broken(msg: String) -> ApiError {
    ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, IssueCode::Exception, msg)
}

/// An entry's search keys (key, index) and its UTC day.
fn keyed(idx: i64, bytes: &[u8]) -> Result<(Vec<(String, i64)>, i64), ApiError> {
    let e = Entry::parse(bytes).map_err(|_| {
        broken(format!(
            "ledger entry {idx} does not parse: the search index stops before it (run `ward ledger verify`)"
        ))
    })?;
    Ok((
        e.search_keys().into_iter().map(|k| (k, idx)).collect(),
        e.day(),
    ))
}

/// Widens `days` (day: first and last entry) by entry `idx` of `day`.
fn span(days: &mut BTreeMap<i64, (i64, i64)>, day: i64, idx: i64) {
    let s = days.entry(day).or_insert((idx, idx));
    s.0 = s.0.min(idx);
    s.1 = s.1.max(idx);
}

/// Brings the search index up to the end of the log, a transaction per [`CHUNK`]
/// entries. Returns how many entries it covers. Two indexers at once are harmless: the
/// second finds the high-water mark moved and stops.
pub async fn index(db: &LedgerDb) -> Result<i64, ApiError> {
    index_upto(db, i64::MAX).await
}

/// [`index`], stopping at entry `end` (for tests and benchmarks that need a part of the
/// log indexed).
pub async fn index_upto(db: &LedgerDb, end: i64) -> Result<i64, ApiError> {
    loop {
        let from = db.indexed_upto().await?;
        if from >= end {
            return Ok(from);
        }
        let rows = db.entries(from, (from + CHUNK).min(end)).await?;
        let Some(&(last, _)) = rows.last() else {
            return Ok(from);
        };
        if rows.first().map(|r| r.0) != Some(from) || last != from + rows.len() as i64 - 1 {
            return Err(broken(format!(
                "the ledger's entries after {from} are not consecutive: the search index stops there (run `ward ledger verify`)"
            )));
        }
        let (mut keys, mut days) = (Vec::new(), BTreeMap::new());
        for (idx, bytes) in &rows {
            let (k, day) = keyed(*idx, bytes)?;
            keys.extend(k);
            span(&mut days, day, *idx);
        }
        let days = days.into_iter().map(|(d, (lo, hi))| (d, lo, hi)).collect();
        if !db.add_to_index(from, last + 1, keys, days).await? {
            return db.indexed_upto().await.map_err(Into::into);
        }
    }
}

/// The first entry a difference between two sorted lists concerns, if they differ:
/// `diverge` names it for the first two rows that differ, `start` for a row one list has
/// beyond the other's end.
fn first_difference<T: PartialEq>(
    a: &[T],
    b: &[T],
    diverge: impl Fn(&T, &T) -> i64,
    start: impl Fn(&T) -> i64,
) -> Option<i64> {
    if a == b {
        return None;
    }
    a.iter()
        .zip(b)
        .find(|(x, y)| x != y)
        .map(|(x, y)| diverge(x, y))
        .or_else(|| {
            let n = a.len().min(b.len());
            a.get(n).or(b.get(n)).map(start)
        })
}

fn mismatch(first: i64) -> ApiError {
    broken(format!(
        "the search index does not match entry {first}: a key or day span was removed, added or changed (rebuild it with `ward ledger reindex`)"
    ))
}

/// Checks the search index against the entries it covers. Returns how many entries it
/// covers, or names the first entry whose stored keys (or day span) differ from its own.
pub async fn check(db: &LedgerDb) -> Result<i64, ApiError> {
    let upto = db.indexed_upto().await?;
    let mut from = 0;
    let mut days = BTreeMap::new();
    while from < upto {
        let to = (from + CHECK_CHUNK).min(upto);
        let mut expected = Vec::new();
        for (idx, bytes) in db.entries(from, to).await? {
            let (mut keys, day) = keyed(idx, &bytes)?;
            span(&mut days, day, idx);
            keys.sort_unstable();
            expected.extend(keys.into_iter().map(|(k, i)| (i, k)));
        }
        let mut stored = db.index_rows(from, to).await?;
        // In Rust's order: a database's text collation need not be bytewise.
        stored.sort_unstable();
        if let Some(first) = first_difference(&expected, &stored, |x, y| x.0.min(y.0), |r| r.0) {
            return Err(mismatch(first));
        }
        from = to;
    }
    // The day spans, read between two equal readings of the high-water mark (they move
    // in one transaction), so they belong to one state of the index; the indexer may
    // have gone on meanwhile, so the entries it added are spanned too.
    let (covered, stored) = loop {
        let before = db.indexed_upto().await?;
        let stored = db.days().await?;
        if db.indexed_upto().await? == before {
            break (before, stored);
        }
    };
    if covered < upto {
        return Err(broken(
            "the search index was rebuilt while it was checked: check again".into(),
        ));
    }
    while from < covered {
        let to = (from + CHECK_CHUNK).min(covered);
        for (idx, bytes) in db.entries(from, to).await? {
            span(&mut days, keyed(idx, &bytes)?.1, idx);
        }
        from = to;
    }
    let expected: Vec<(i64, i64, i64)> = days.into_iter().map(|(d, (l, h))| (d, l, h)).collect();
    // Spans (day, first, last): the first entry one holds and the other does not.
    let diverge = |x: &(i64, i64, i64), y: &(i64, i64, i64)| {
        if x.0 != y.0 || x.1 != y.1 {
            x.1.min(y.1)
        } else {
            x.2.min(y.2) + 1
        }
    };
    if let Some(first) = first_difference(&expected, &stored, diverge, |r| r.1) {
        return Err(mismatch(first));
    }
    Ok(upto)
}

/// Indexes the log every `interval` while `alive` (the server's ledger) lives.
pub fn spawn<T: Send + Sync + 'static>(
    alive: Weak<T>,
    store: std::sync::Arc<ward_store::Store>,
    interval: Duration,
) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(interval);
        let mut failing = false;
        loop {
            tick.tick().await;
            if alive.strong_count() == 0 {
                break;
            }
            match index(store.ledger()).await {
                Ok(_) => failing = false,
                // Said once, not every tick; searches go on reading the log itself.
                Err(e) if !failing => {
                    failing = true;
                    tracing::error!(error = %e.outcome.message(), "the ledger's search index is not kept up");
                }
                Err(_) => {}
            }
        }
    });
}
