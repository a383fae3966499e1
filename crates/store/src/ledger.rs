//! The audit ledger's rows: entries by index (canonical JSON bytes, no clinical content)
//! and the signed checkpoints. The tree and the signatures are the `ledger` crate's; this
//! module only keeps bytes, in order, appended in batches.
//!
//! On SQLite the ledger lives in its own database file beside the vault's
//! (`ward.db` → `ward-ledger.db`): SQLite drops every other connection's page cache when
//! a file changes, so a ledger commit per batch of reads would otherwise make every vault
//! read start cold; the two files also have separate writer locks, so recording never
//! waits behind a vault write. On PostgreSQL (one shared buffer pool, row locks) the
//! tables sit in the vault's database. Either way the ledger holds no key: a
//! [`LedgerDb`] opens without the keystore, which is what an auditor checking a copy
//! needs.

use crate::{Dialect, Result, StoreError};
use sqlx::any::AnyConnectOptions;
use sqlx::{AnyPool, AssertSqlSafe, Row};
use std::str::FromStr;

/// Entries per INSERT statement (two bound values each, well below the SQLite and
/// PostgreSQL limits on bound parameters).
pub const LEDGER_ROWS_PER_STATEMENT: usize = 1_000;

const DDL: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS ward_ledger (idx BIGINT PRIMARY KEY, entry {blob} NOT NULL)",
    "CREATE TABLE IF NOT EXISTS ward_checkpoints (size BIGINT PRIMARY KEY, note TEXT NOT NULL, created_ms BIGINT NOT NULL)",
    // The search index: derived from the entries, rebuilt from them at will, never
    // trusted on its own (a search re-checks every entry it finds through it, and
    // `ward ledger verify` recomputes it).
    // In entry order (each batch goes in at the end), and by key for searches.
    "CREATE TABLE IF NOT EXISTS ward_ledger_keys (idx BIGINT NOT NULL, k TEXT NOT NULL, PRIMARY KEY (idx, k)){without_rowid}",
    "CREATE INDEX IF NOT EXISTS ward_ledger_keys_by_key ON ward_ledger_keys (k, idx)",
    // Per UTC day, the first and last entry of that day (a search by date reads only
    // those stretches of the log).
    "CREATE TABLE IF NOT EXISTS ward_ledger_days (day BIGINT PRIMARY KEY, lo BIGINT NOT NULL, hi BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS ward_ledger_indexed (one INTEGER PRIMARY KEY, upto BIGINT NOT NULL)",
    "INSERT INTO ward_ledger_indexed (one, upto) VALUES (0, 0) ON CONFLICT DO NOTHING",
];

/// Search index rows per INSERT statement (two bound values each).
const KEY_ROWS_PER_STATEMENT: usize = 1_000;

/// The URL of the ledger database that goes with a vault database URL: for SQLite the
/// file beside it with `-ledger` before the extension, for PostgreSQL the same database.
pub fn ledger_url(vault_url: &str) -> String {
    let Some(rest) = vault_url.strip_prefix("sqlite:") else {
        return vault_url.to_string();
    };
    if rest.starts_with(":memory:") {
        return vault_url.to_string();
    }
    let (path, query) = match rest.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (rest, None),
    };
    let slash = path.rfind('/').map_or(0, |i| i + 1);
    let (dir, file) = path.split_at(slash);
    let file = match file.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => format!("{stem}-ledger.{ext}"),
        _ => format!("{file}-ledger"),
    };
    match query {
        Some(q) => format!("sqlite:{dir}{file}?{q}"),
        None => format!("sqlite:{dir}{file}"),
    }
}

/// The file path an `sqlite:` URL names (without its query), if it names one.
pub fn sqlite_path(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("sqlite:")?;
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    let path = rest.split_once('?').map_or(rest, |(p, _)| p);
    (!path.is_empty() && !path.starts_with(":memory:")).then_some(path)
}

/// The ledger's tables, on their own connections.
pub struct LedgerDb {
    pool: AnyPool,
    dialect: Dialect,
    /// SQLite allows one writer per file: appends and checkpoint updates queue here.
    writer: tokio::sync::Mutex<()>,
}

impl std::fmt::Debug for LedgerDb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LedgerDb")
            .field("dialect", &self.dialect)
            .finish_non_exhaustive()
    }
}

impl LedgerDb {
    /// Opens (creating if needed) the ledger database at `url`: `sqlite://PATH` or a
    /// PostgreSQL URL. Needs no key.
    pub async fn open(url: &str) -> Result<Self> {
        sqlx::any::install_default_drivers();
        let dialect = crate::dialect_of(url)?;
        let pool = crate::connect_pool(AnyConnectOptions::from_str(url)?, dialect, 4).await?;
        Self::with_pool(pool, dialect).await
    }

    /// The ledger's tables in an open pool (the vault's, on PostgreSQL).
    pub(crate) async fn with_pool(pool: AnyPool, dialect: Dialect) -> Result<Self> {
        let (blob, without_rowid) = match dialect {
            Dialect::Sqlite => ("BLOB", " WITHOUT ROWID"),
            Dialect::Postgres => ("BYTEA", ""),
        };
        for stmt in DDL {
            let stmt = stmt
                .replace("{blob}", blob)
                .replace("{without_rowid}", without_rowid);
            sqlx::query(AssertSqlSafe(stmt)).execute(&pool).await?;
        }
        let db = Self {
            pool,
            dialect,
            writer: tokio::sync::Mutex::new(()),
        };
        // An index an earlier Ward built without day spans is dropped, to be rebuilt.
        let spans: i64 = sqlx::query("SELECT COUNT(*) FROM ward_ledger_days")
            .fetch_one(&db.pool)
            .await?
            .try_get(0)?;
        if spans == 0 && db.indexed_upto().await? > 0 {
            db.clear_index().await?;
        }
        Ok(db)
    }

    /// Moves a ledger that an earlier Ward kept inside the vault's SQLite file into this
    /// one, if this one is empty; the old tables are dropped only once every row is
    /// copied (one transaction on the vault file's connection, with this file attached).
    pub(crate) async fn adopt_sqlite(&self, vault: &AnyPool, ledger_path: &str) -> Result<()> {
        let old: i64 = sqlx::query(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('ward_ledger', 'ward_checkpoints')",
        )
        .fetch_one(vault)
        .await?
        .try_get(0)?;
        if old == 0 {
            return Ok(());
        }
        let mut conn = vault.acquire().await?;
        sqlx::query("ATTACH DATABASE $1 AS ward_l")
            .bind(ledger_path)
            .execute(&mut *conn)
            .await?;
        let moved = async {
            let mut tx = sqlx::Connection::begin(&mut *conn).await?;
            let here: i64 = sqlx::query(
                "SELECT (SELECT COUNT(*) FROM ward_l.ward_ledger) + (SELECT COUNT(*) FROM ward_l.ward_checkpoints)",
            )
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
            if here != 0 {
                return Err(StoreError::Database(
                    "the vault database still holds an audit ledger, and so does the ledger database: move one aside".into(),
                ));
            }
            for stmt in [
                "CREATE TABLE IF NOT EXISTS main.ward_ledger (idx BIGINT PRIMARY KEY, entry BLOB NOT NULL)",
                "CREATE TABLE IF NOT EXISTS main.ward_checkpoints (size BIGINT PRIMARY KEY, note TEXT NOT NULL, created_ms BIGINT NOT NULL)",
                "INSERT INTO ward_l.ward_ledger SELECT idx, entry FROM main.ward_ledger",
                "INSERT INTO ward_l.ward_checkpoints SELECT size, note, created_ms FROM main.ward_checkpoints",
                "DROP TABLE main.ward_ledger",
                "DROP TABLE main.ward_checkpoints",
            ] {
                sqlx::query(stmt).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(())
        }
        .await;
        let detached = sqlx::query("DETACH DATABASE ward_l")
            .execute(&mut *conn)
            .await;
        moved?;
        detached?;
        Ok(())
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    async fn write_lock(&self) -> Option<tokio::sync::MutexGuard<'_, ()>> {
        match self.dialect {
            Dialect::Sqlite => Some(self.writer.lock().await),
            Dialect::Postgres => None,
        }
    }

    /// Closes the ledger's own connections (SQLite: after folding its WAL into the file).
    pub async fn close(&self) {
        if self.dialect == Dialect::Sqlite {
            let _ = sqlx::raw_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(&self.pool)
                .await;
        }
        self.pool.close().await;
    }

    /// Appends `entries` at indexes `first, first+1, …`, atomically. Fails (and writes
    /// nothing) if `first` is not the current size: one writer owns the log.
    ///
    /// A batch of at most [`LEDGER_ROWS_PER_STATEMENT`] entries is one statement in its
    /// own implicit transaction, size check included: one round trip to the database and
    /// one durable commit. Larger batches are several such statements in one transaction.
    pub async fn append(&self, first: i64, entries: Vec<Vec<u8>>) -> Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        let _w = self.write_lock().await;
        let mut statements = Vec::new();
        let mut next = first;
        let mut rows = entries.into_iter().peekable();
        while rows.peek().is_some() {
            let chunk: Vec<Vec<u8>> = rows.by_ref().take(LEDGER_ROWS_PER_STATEMENT).collect();
            let n = chunk.len() as u64;
            // Inserts only if the log holds exactly `next` entries (nothing was appended
            // or removed behind the writer's back); the primary key refuses a duplicate.
            let mut q = crate::sql::Sql::new("WITH v (idx, entry) AS (VALUES ");
            for (i, e) in chunk.into_iter().enumerate() {
                if i > 0 {
                    q.push(", ");
                }
                q.push("(")
                    .push_bind(next + i as i64)
                    .push(", ")
                    .push_bind(crate::sql::Bind::Blob(e))
                    .push(")");
            }
            q.push(") INSERT INTO ward_ledger (idx, entry) SELECT idx, entry FROM v WHERE (SELECT COALESCE(MAX(idx) + 1, 0) FROM ward_ledger) = ")
                .push_bind(next);
            // Batches are mostly as large as the number of requests in flight: their
            // statements recur and are worth preparing once.
            q.cached = n <= 64;
            statements.push((q, n));
            next += n as i64;
        }
        let conflict = |at: i64| {
            StoreError::Conflict(format!(
                "the ledger does not hold {at} entries as its writer expected: another writer or an edit changed it"
            ))
        };
        // Two writers racing past the size check meet at the primary key instead.
        let checked = |r: sqlx::Result<u64>, n: u64, at: i64| match r {
            Ok(done) if done == n => Ok(()),
            Ok(_) => Err(conflict(at)),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(conflict(at)),
            Err(e) => Err(e.into()),
        };
        if let [(q, n)] = statements.as_slice() {
            let mut conn = self.pool.acquire().await?;
            return checked(q.execute(&mut conn).await, *n, first);
        }
        let mut tx = self.pool.begin().await?;
        let mut at = first;
        for (q, n) in &statements {
            checked(q.execute(&mut tx).await, *n, at)?;
            at += *n as i64;
        }
        tx.commit().await?;
        Ok(())
    }

    /// How many entries the log holds (one more than its last index).
    pub async fn size(&self) -> Result<i64> {
        Ok(
            sqlx::query("SELECT COALESCE(MAX(idx) + 1, 0) FROM ward_ledger")
                .fetch_one(&self.pool)
                .await?
                .try_get(0)?,
        )
    }

    /// Entries `[from, to)`, in order.
    pub async fn entries(&self, from: i64, to: i64) -> Result<Vec<(i64, Vec<u8>)>> {
        sqlx::query("SELECT idx, entry FROM ward_ledger WHERE idx >= $1 AND idx < $2 ORDER BY idx")
            .bind(from)
            .bind(to)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(entry_row)
            .collect()
    }

    /// Stores a signed checkpoint note for `size`.
    pub async fn add_checkpoint(&self, size: i64, note: &str) -> Result<()> {
        let _w = self.write_lock().await;
        sqlx::query(
            "INSERT INTO ward_checkpoints (size, note, created_ms) VALUES ($1, $2, $3) ON CONFLICT (size) DO NOTHING",
        )
        .bind(size)
        .bind(note)
        .bind(ward_fhir::date::now_ms())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Replaces the note of the checkpoint at `size` by the same checkpoint with witness
    /// cosignatures added (the caller checked that the log's signature and body are
    /// unchanged).
    pub async fn cosigned_checkpoint(&self, size: i64, note: &str) -> Result<()> {
        let _w = self.write_lock().await;
        sqlx::query("UPDATE ward_checkpoints SET note = $1 WHERE size = $2")
            .bind(note)
            .bind(size)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// How many entries, from the first, the search index covers.
    pub async fn indexed_upto(&self) -> Result<i64> {
        Ok(
            sqlx::query("SELECT upto FROM ward_ledger_indexed WHERE one = 0")
                .fetch_one(&self.pool)
                .await?
                .try_get(0)?,
        )
    }

    /// Adds the search keys of entries `[from, to)` (`rows`: key, index) and their day
    /// spans (`days`: day, first and last entry of that day among them), and moves the
    /// index's end from `from` to `to`, in one transaction. Returns false, writing
    /// nothing, if the index did not end at `from` (another indexer went first).
    ///
    /// Entries are indexed in order, so a day already known keeps its first entry and
    /// takes the batch's last.
    pub async fn add_to_index(
        &self,
        from: i64,
        to: i64,
        rows: Vec<(String, i64)>,
        days: Vec<(i64, i64, i64)>,
    ) -> Result<bool> {
        let _w = self.write_lock().await;
        let mut tx = self.pool.begin().await?;
        let moved =
            sqlx::query("UPDATE ward_ledger_indexed SET upto = $1 WHERE one = 0 AND upto = $2")
                .bind(to)
                .bind(from)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if moved != 1 {
            tx.rollback().await?;
            return Ok(false);
        }
        let mut rows = rows.into_iter().peekable();
        while rows.peek().is_some() {
            let mut q = crate::sql::Sql::new("INSERT INTO ward_ledger_keys (idx, k) VALUES ");
            for (i, (k, idx)) in rows.by_ref().take(KEY_ROWS_PER_STATEMENT).enumerate() {
                if i > 0 {
                    q.push(", ");
                }
                q.push("(").push_bind(idx).push(", ").push_bind(k).push(")");
            }
            q.push(" ON CONFLICT DO NOTHING");
            q.execute(&mut tx).await?;
        }
        for chunk in days.chunks(KEY_ROWS_PER_STATEMENT) {
            let mut q = crate::sql::Sql::new("INSERT INTO ward_ledger_days (day, lo, hi) VALUES ");
            for (i, (day, lo, hi)) in chunk.iter().enumerate() {
                if i > 0 {
                    q.push(", ");
                }
                q.push("(")
                    .push_bind(*day)
                    .push(", ")
                    .push_bind(*lo)
                    .push(", ")
                    .push_bind(*hi)
                    .push(")");
            }
            q.push(" ON CONFLICT (day) DO UPDATE SET hi = excluded.hi");
            q.execute(&mut tx).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// Empties the search index (to be rebuilt from the entries).
    pub async fn clear_index(&self) -> Result<()> {
        let _w = self.write_lock().await;
        let mut tx = self.pool.begin().await?;
        // The high-water mark first, as an indexer takes it first: on PostgreSQL the two
        // then wait for each other instead of deadlocking over the rows they both touch.
        for stmt in [
            "UPDATE ward_ledger_indexed SET upto = 0 WHERE one = 0",
            "DELETE FROM ward_ledger_keys",
            "DELETE FROM ward_ledger_days",
        ] {
            sqlx::query(stmt).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The day spans (first and last entry, inclusive) the search index keeps for days
    /// `first..=last`, by first entry.
    pub async fn day_spans(&self, first: i64, last: i64) -> Result<Vec<(i64, i64)>> {
        sqlx::query("SELECT lo, hi FROM ward_ledger_days WHERE day >= $1 AND day <= $2 ORDER BY lo")
            .bind(first)
            .bind(last)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| Ok((r.try_get::<i64, _>(0)?, r.try_get::<i64, _>(1)?)))
            .collect()
    }

    /// Every day span the search index keeps (day, first entry, last entry), by day.
    pub async fn days(&self) -> Result<Vec<(i64, i64, i64)>> {
        sqlx::query("SELECT day, lo, hi FROM ward_ledger_days ORDER BY day")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| {
                Ok((
                    r.try_get::<i64, _>(0)?,
                    r.try_get::<i64, _>(1)?,
                    r.try_get::<i64, _>(2)?,
                ))
            })
            .collect()
    }

    /// The entries in `[from, to)` that the search index lists under any of `keys`,
    /// newest first or oldest first, at most `limit`.
    pub async fn entries_by_keys(
        &self,
        keys: &[String],
        from: i64,
        to: i64,
        newest_first: bool,
        limit: i64,
    ) -> Result<Vec<(i64, Vec<u8>)>> {
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        // One key: `=`, which walks the (k, idx) index in order and stops at the limit.
        let mut q = crate::sql::Sql::new(
            "SELECT l.idx, l.entry FROM ward_ledger_keys k JOIN ward_ledger l ON l.idx = k.idx WHERE k.k ",
        );
        if let [one] = keys {
            q.push("= ").push_bind(one.as_str());
        } else {
            q.push("IN (");
            for (i, k) in keys.iter().enumerate() {
                if i > 0 {
                    q.push(", ");
                }
                q.push_bind(k.as_str());
            }
            q.push(")");
        }
        q.push(" AND k.idx >= ")
            .push_bind(from)
            .push(" AND k.idx < ")
            .push_bind(to)
            .push(if newest_first {
                " ORDER BY l.idx DESC LIMIT "
            } else {
                " ORDER BY l.idx LIMIT "
            })
            .push_bind(limit);
        let mut conn = self.pool.acquire().await?;
        q.fetch_all(&mut conn)
            .await?
            .iter()
            .map(entry_row)
            .collect()
    }

    /// The search index's rows (index, key) for entries `[from, to)`, by index then key.
    pub async fn index_rows(&self, from: i64, to: i64) -> Result<Vec<(i64, String)>> {
        sqlx::query(
            "SELECT idx, k FROM ward_ledger_keys WHERE idx >= $1 AND idx < $2 ORDER BY idx, k",
        )
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| Ok((r.try_get::<i64, _>(0)?, r.try_get::<String, _>(1)?)))
        .collect()
    }

    /// Every stored checkpoint (size, note), oldest first.
    pub async fn checkpoints(&self) -> Result<Vec<(i64, String)>> {
        sqlx::query("SELECT size, note FROM ward_checkpoints ORDER BY size")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| Ok((r.try_get::<i64, _>(0)?, r.try_get::<String, _>(1)?)))
            .collect()
    }
}

/// An (index, entry bytes) row. A row rewritten as text (by hand, with SQL string
/// functions) is still read, so that the verifier can name it instead of failing to load
/// it.
fn entry_row(r: &sqlx::any::AnyRow) -> Result<(i64, Vec<u8>)> {
    let bytes = r
        .try_get::<Vec<u8>, _>(1)
        .or_else(|_| r.try_get::<String, _>(1).map(String::into_bytes))?;
    Ok((r.try_get::<i64, _>(0)?, bytes))
}
