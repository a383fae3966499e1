//! The audit ledger's rows: entries by index (canonical JSON bytes, no clinical content)
//! and the signed checkpoints. The tree and the signatures are the `ledger` crate's; this
//! module only keeps bytes, in order, appended in batches.

use crate::{Result, Store, StoreError};
use sqlx::Row;

pub(crate) const DDL: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS ward_ledger (idx BIGINT PRIMARY KEY, entry {blob} NOT NULL)",
    "CREATE TABLE IF NOT EXISTS ward_checkpoints (size BIGINT PRIMARY KEY, note TEXT NOT NULL, created_ms BIGINT NOT NULL)",
];

impl Store {
    /// Appends `entries` at indexes `first, first+1, …` in one transaction. Fails (and
    /// writes nothing) if `first` is not the current size: one writer owns the log.
    pub async fn ledger_append(&self, first: i64, entries: &[Vec<u8>]) -> Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        let _w = self.write_lock().await;
        let mut tx = self.pool.begin().await?;
        let size: i64 = sqlx::query("SELECT COALESCE(MAX(idx) + 1, 0) FROM ward_ledger")
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
        if size != first {
            return Err(StoreError::Conflict(format!(
                "the ledger holds {size} entries, the writer expected {first}"
            )));
        }
        for (chunk_no, chunk) in entries.chunks(200).enumerate() {
            let mut q = crate::sql::Sql::new("INSERT INTO ward_ledger (idx, entry) VALUES ");
            for (i, e) in chunk.iter().enumerate() {
                if i > 0 {
                    q.push(", ");
                }
                q.push("(")
                    .push_bind(first + (chunk_no * 200 + i) as i64)
                    .push(", ")
                    .push_bind(crate::sql::Bind::Blob(e.clone()))
                    .push(")");
            }
            q.execute(&mut tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Entries `[from, to)`, in order.
    pub async fn ledger_entries(&self, from: i64, to: i64) -> Result<Vec<(i64, Vec<u8>)>> {
        sqlx::query("SELECT idx, entry FROM ward_ledger WHERE idx >= $1 AND idx < $2 ORDER BY idx")
            .bind(from)
            .bind(to)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| {
                // A row rewritten as text (by hand, with SQL string functions) is still
                // read, so that the verifier can name it instead of failing to load it.
                let bytes = r
                    .try_get::<Vec<u8>, _>(1)
                    .or_else(|_| r.try_get::<String, _>(1).map(String::into_bytes))?;
                Ok((r.try_get::<i64, _>(0)?, bytes))
            })
            .collect()
    }

    /// Stores a signed checkpoint note for `size`.
    pub async fn ledger_add_checkpoint(&self, size: i64, note: &str) -> Result<()> {
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
    pub async fn ledger_cosigned_checkpoint(&self, size: i64, note: &str) -> Result<()> {
        let _w = self.write_lock().await;
        sqlx::query("UPDATE ward_checkpoints SET note = $1 WHERE size = $2")
            .bind(note)
            .bind(size)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Every stored checkpoint (size, note), oldest first.
    pub async fn ledger_checkpoints(&self) -> Result<Vec<(i64, String)>> {
        sqlx::query("SELECT size, note FROM ward_checkpoints ORDER BY size")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| Ok((r.try_get::<i64, _>(0)?, r.try_get::<String, _>(1)?)))
            .collect()
    }
}
