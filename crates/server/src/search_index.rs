//! The ledger's search index: for each entry, the keys an auditor's search finds it by
//! ([`Entry::search_keys`]: patient pseudonyms, agents, resources, outcomes other than
//! success, the UTC day), so that a patient's access report or an agent's history reads the entries
//! that match instead of every entry of the log.
//!
//! The index is derived data and is trusted for nothing:
//! * it is built behind the log by a background task (never on the request path: recording
//!   an access costs what it cost before), up to a stored high-water mark; a search reads
//!   the part the index covers through it and the rest of the log entry by entry;
//! * a search re-checks every entry it reaches through the index against the whole
//!   filter, so a forged index row shows nothing it should not;
//! * `ward ledger verify` recomputes the keys of every indexed entry and compares them
//!   with the stored rows, so a row removed to hide an access from a report is found and
//!   named like an altered entry; `ward ledger reindex` rebuilds the index.

use crate::error::ApiError;
use axum::http::StatusCode;
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

fn keyed(idx: i64, bytes: &[u8]) -> Result<Vec<(String, i64)>, ApiError> {
    let e = Entry::parse(bytes).map_err(|_| {
        broken(format!(
            "ledger entry {idx} does not parse: the search index stops before it (run `ward ledger verify`)"
        ))
    })?;
    Ok(e.search_keys().into_iter().map(|k| (k, idx)).collect())
}

/// Brings the search index up to the end of the log, a transaction per [`CHUNK`]
/// entries. Returns how many entries it covers. Two indexers at once are harmless: the
/// second finds the high-water mark moved and stops.
pub async fn index(db: &LedgerDb) -> Result<i64, ApiError> {
    loop {
        let from = db.indexed_upto().await?;
        let rows = db.entries(from, from + CHUNK).await?;
        let Some(&(last, _)) = rows.last() else {
            return Ok(from);
        };
        if rows.first().map(|r| r.0) != Some(from) || last != from + rows.len() as i64 - 1 {
            return Err(broken(format!(
                "the ledger's entries after {from} are not consecutive: the search index stops there (run `ward ledger verify`)"
            )));
        }
        let mut keys = Vec::new();
        for (idx, bytes) in &rows {
            keys.extend(keyed(*idx, bytes)?);
        }
        if !db.add_to_index(from, last + 1, keys).await? {
            return db.indexed_upto().await.map_err(Into::into);
        }
    }
}

/// Checks the search index against the entries it covers. Returns how many entries it
/// covers, or names the first entry whose stored keys differ from its own.
pub async fn check(db: &LedgerDb) -> Result<i64, ApiError> {
    let upto = db.indexed_upto().await?;
    let mut from = 0;
    while from < upto {
        let to = (from + CHECK_CHUNK).min(upto);
        let mut expected = Vec::new();
        for (idx, bytes) in db.entries(from, to).await? {
            let mut keys = keyed(idx, &bytes)?;
            keys.sort_unstable();
            expected.extend(keys.into_iter().map(|(k, i)| (i, k)));
        }
        let mut stored = db.index_rows(from, to).await?;
        // In Rust's order: a database's text collation need not be bytewise.
        stored.sort_unstable();
        if expected != stored {
            let first = expected
                .iter()
                .zip(&stored)
                .find(|(a, b)| a != b)
                .map(|(a, b)| a.0.min(b.0))
                .or_else(|| {
                    let n = expected.len().min(stored.len());
                    expected.get(n).or(stored.get(n)).map(|r| r.0)
                })
                .unwrap_or(from);
            return Err(broken(format!(
                "the search index does not match entry {first}: a key was removed, added or changed (rebuild it with `ward ledger reindex`)"
            )));
        }
        from = to;
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
