//! Bulk Data export jobs, kept in the database so that they outlive the server process:
//! a job's state, its sealed outcome (the manifest, or the error) and its files, sealed
//! in parts under a data key of the job's own (`export:{job}`). Deleting a job deletes
//! that key, so its files are unreadable even where a deleted row lingers in a file
//! (crypto-shredding, as for a patient).
//!
//! The store knows nothing of FHIR here: an outcome and a file are bytes. A running
//! job's process writes a heartbeat; a job whose heartbeat stopped (the server stopped
//! or crashed) is reported as interrupted by [`Store::export_job`].

use crate::{Result, Store, StoreError};
use sqlx::Row;
use std::collections::HashMap;
use ward_crypto::{KeyId, SealContext, Sealed};
use zeroize::Zeroizing;

pub(crate) const DDL: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS ward_export_jobs (id TEXT PRIMARY KEY, owner TEXT NOT NULL, \
     state TEXT NOT NULL, created_ms BIGINT NOT NULL, heartbeat_ms BIGINT NOT NULL, \
     finished_ms BIGINT, outcome {blob})",
    "CREATE INDEX IF NOT EXISTS ward_export_jobs_owner ON ward_export_jobs (owner, state)",
    "CREATE TABLE IF NOT EXISTS ward_export_parts (job TEXT NOT NULL, name TEXT NOT NULL, \
     seq BIGINT NOT NULL, sealed {blob} NOT NULL, PRIMARY KEY (job, name, seq))",
];

/// Largest sealed part of a file: rows stay well under SQLite's and PostgreSQL's limits
/// for one value (1 GB), and no statement binds more than this.
const PART_BYTES: usize = 4 << 20;

/// Where a job is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportState {
    Running,
    Done,
    Failed,
    /// Marked running, but its process stopped writing its heartbeat.
    Interrupted,
}

impl ExportState {
    fn as_str(self) -> &'static str {
        match self {
            ExportState::Running => "running",
            ExportState::Done => "done",
            ExportState::Failed => "failed",
            ExportState::Interrupted => "interrupted",
        }
    }
    fn parse(s: &str) -> Result<Self> {
        Ok(match s {
            "running" => ExportState::Running,
            "done" => ExportState::Done,
            "failed" => ExportState::Failed,
            "interrupted" => ExportState::Interrupted,
            _ => {
                return Err(StoreError::Database(
                    "an export job has an unknown state".into(),
                ));
            }
        })
    }
}

/// A job as stored.
#[derive(Debug)]
pub struct ExportJob {
    pub owner: String,
    pub state: ExportState,
    pub created_ms: i64,
    pub finished_ms: Option<i64>,
    /// What the job ended with (opened), for `Done` and `Failed`.
    pub outcome: Option<Zeroizing<Vec<u8>>>,
}

/// The limits a new job is checked against, and the clock.
#[derive(Clone, Copy, Debug)]
pub struct ExportLimits {
    pub now_ms: i64,
    /// Jobs kept at once (running, or finished and not yet expired), for all owners.
    pub max_jobs: i64,
    /// Jobs one owner may have running at once.
    pub max_running_per_owner: i64,
    /// A finished job is deleted this long after it finished.
    pub keep_ms: i64,
    /// A running job whose heartbeat is older than this was interrupted.
    pub stale_ms: i64,
}

fn key_of(job: &str) -> KeyId {
    KeyId::new(format!("export:{job}"))
}

const OUTCOME: &str = "\u{0}outcome";

impl Store {
    /// Registers a running job, after expiring old ones; `TooMany` if a limit is reached.
    pub async fn export_begin(&self, id: &str, owner: &str, l: ExportLimits) -> Result<()> {
        self.export_expire(l).await?;
        let _w = self.write_lock().await;
        let mut tx = self.pool.begin().await?;
        if self.dialect == crate::Dialect::Postgres {
            // Two kick-offs (on one server or two) must not both pass the limits.
            sqlx::query("SELECT pg_advisory_xact_lock(7370617265)")
                .execute(&mut *tx)
                .await?;
        }
        let fresh = l.now_ms - l.stale_ms;
        let kept: i64 = sqlx::query("SELECT COUNT(*) FROM ward_export_jobs")
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
        let running: i64 = sqlx::query(
            "SELECT COUNT(*) FROM ward_export_jobs WHERE owner = $1 AND state = 'running' AND heartbeat_ms >= $2",
        )
        .bind(owner)
        .bind(fresh)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        if kept >= l.max_jobs || running >= l.max_running_per_owner {
            return Err(StoreError::TooMany(
                "too many exports are running or kept: wait for one to finish, or DELETE finished ones".into(),
            ));
        }
        sqlx::query(
            "INSERT INTO ward_export_jobs (id, owner, state, created_ms, heartbeat_ms) VALUES ($1, $2, 'running', $3, $3)",
        )
        .bind(id)
        .bind(owner)
        .bind(l.now_ms)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Says the running job is alive. `false` if it is no longer running (deleted).
    pub async fn export_heartbeat(&self, id: &str, now_ms: i64) -> Result<bool> {
        let _w = self.write_lock().await;
        let n = sqlx::query(
            "UPDATE ward_export_jobs SET heartbeat_ms = $2 WHERE id = $1 AND state = 'running'",
        )
        .bind(id)
        .bind(now_ms)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    /// Ends a running job: `files` (name, bytes) sealed in parts and `outcome`, in one
    /// transaction. `false`, and nothing written, if the job is no longer running.
    pub async fn export_end(
        &self,
        id: &str,
        state: ExportState,
        outcome: &[u8],
        files: &[(&str, &[u8])],
        now_ms: i64,
    ) -> Result<bool> {
        let kid = key_of(id);
        let _w = self.write_lock().await;
        let mut tx = self.pool.begin().await?;
        let owner: Option<String> =
            sqlx::query("SELECT owner FROM ward_export_jobs WHERE id = $1 AND state = 'running'")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?
                .map(|r| r.try_get(0))
                .transpose()?;
        let Some(owner) = owner else {
            return Ok(false);
        };
        let mut fresh = HashMap::new();
        let key = self.keys.get_or_create(&mut tx, &kid, &mut fresh).await?;
        for (name, bytes) in files {
            if name.starts_with('\u{0}') || name.contains('/') {
                return Err(StoreError::Database(
                    "an export file name is invalid".into(),
                ));
            }
            let parts = bytes.chunks(PART_BYTES).collect::<Vec<_>>();
            // An empty file is one empty part, so that it exists.
            let parts = if parts.is_empty() {
                vec![&[][..]]
            } else {
                parts
            };
            let count = parts.len();
            for (seq, part) in parts.into_iter().enumerate() {
                let at = part_place(id, name, seq, count);
                let sealed = key.seal(&context(&at, &kid), part)?;
                sqlx::query(
                    "INSERT INTO ward_export_parts (job, name, seq, sealed) VALUES ($1, $2, $3, $4)",
                )
                .bind(id)
                .bind(*name)
                .bind(seq as i64)
                .bind(sealed.into_bytes())
                .execute(&mut *tx)
                .await?;
            }
        }
        let at = outcome_place(id, &owner);
        let sealed = key.seal(&context(&at, &kid), outcome)?;
        // Only if it is still running: a DELETE that committed meanwhile (PostgreSQL has
        // no process write lock) rolls all of this back, parts and key included.
        let n = sqlx::query(
            "UPDATE ward_export_jobs SET state = $2, finished_ms = $3, heartbeat_ms = $3, outcome = $4 WHERE id = $1 AND state = 'running'",
        )
        .bind(id)
        .bind(state.as_str())
        .bind(now_ms)
        .bind(sealed.into_bytes())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n != 1 {
            tx.rollback().await?;
            return Ok(false);
        }
        tx.commit().await?;
        self.keys.commit(fresh);
        Ok(true)
    }

    /// A job (its outcome opened), or `None` if it does not exist or expired. A running
    /// job whose heartbeat is stale reads as `Interrupted`.
    pub async fn export_job(&self, id: &str, l: ExportLimits) -> Result<Option<ExportJob>> {
        let row = sqlx::query(
            "SELECT owner, state, created_ms, heartbeat_ms, finished_ms, outcome FROM ward_export_jobs WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let mut state = ExportState::parse(row.try_get::<String, _>(1)?.as_str())?;
        let heartbeat: i64 = row.try_get(3)?;
        let finished_ms: Option<i64> = row.try_get(4)?;
        if finished_ms.is_some_and(|f| f < l.now_ms - l.keep_ms) {
            return Ok(None);
        }
        if state == ExportState::Running && heartbeat < l.now_ms - l.stale_ms {
            state = ExportState::Interrupted;
        }
        let owner: String = row.try_get(0)?;
        let outcome = match row.try_get::<Option<Vec<u8>>, _>(5)? {
            Some(sealed) => match self
                .export_open(id, &outcome_place(id, &owner), sealed)
                .await?
            {
                Some(o) => Some(o),
                // Its key was deleted meanwhile: the job is gone.
                None => return Ok(None),
            },
            None => None,
        };
        Ok(Some(ExportJob {
            owner,
            state,
            created_ms: row.try_get(2)?,
            finished_ms,
            outcome,
        }))
    }

    /// A finished job's file, whole, or `None` if it has no such file.
    pub async fn export_file(&self, id: &str, name: &str) -> Result<Option<Zeroizing<Vec<u8>>>> {
        let rows = sqlx::query(
            "SELECT seq, sealed FROM ward_export_parts WHERE job = $1 AND name = $2 ORDER BY seq",
        )
        .bind(id)
        .bind(name)
        .fetch_all(&self.pool)
        .await?;
        if rows.is_empty() {
            return Ok(None);
        }
        // Each part is sealed with the file's part count: a missing, added or moved part
        // fails to open.
        let count = rows.len();
        let mut out = Zeroizing::new(Vec::new());
        for (i, r) in rows.iter().enumerate() {
            let seq: i64 = r.try_get(0)?;
            if seq != i as i64 {
                return Err(integrity(id));
            }
            let at = part_place(id, name, i, count);
            let Some(part) = self.export_open(id, &at, r.try_get(1)?).await? else {
                return Ok(None);
            };
            out.extend_from_slice(&part);
        }
        Ok(Some(out))
    }

    /// Opens what was sealed at `at`; `None` if the job's key is gone (deleted).
    async fn export_open(
        &self,
        id: &str,
        at: &str,
        sealed: Vec<u8>,
    ) -> Result<Option<Zeroizing<Vec<u8>>>> {
        let kid = key_of(id);
        let mut conn = self.pool.acquire().await?;
        let Some(key) = self.keys.get(&mut conn, &kid).await? else {
            return Ok(None);
        };
        key.open(&context(at, &kid), &Sealed::from_bytes(sealed))
            .map(Some)
            .map_err(|_| integrity(id))
    }

    /// Deletes a job, its files and its key. `false` if there was no such job.
    pub async fn export_delete(&self, id: &str) -> Result<bool> {
        let _w = self.write_lock().await;
        let mut tx = self.pool.begin().await?;
        let n = sqlx::query("DELETE FROM ward_export_jobs WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        sqlx::query("DELETE FROM ward_export_parts WHERE job = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let kid = key_of(id);
        sqlx::query("DELETE FROM ward_keys WHERE key_id = $1")
            .bind(kid.as_str())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        self.keys.forget(&kid);
        Ok(n == 1)
    }

    /// Deletes the jobs that finished more than `keep_ms` ago and those interrupted
    /// that long ago, with their files and keys, and any key left without a job.
    pub async fn export_expire(&self, l: ExportLimits) -> Result<usize> {
        let before = l.now_ms - l.keep_ms;
        let gone: Vec<String> = sqlx::query(
            "SELECT id FROM ward_export_jobs WHERE finished_ms < $1 OR (state = 'running' AND heartbeat_ms < $1)",
        )
        .bind(before)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| r.try_get::<String, _>(0))
        .collect::<std::result::Result<_, _>>()?;
        for id in &gone {
            self.export_delete(id).await?;
        }
        // A key whose job is gone (a delete that raced the job's end).
        let orphans: Vec<String> = sqlx::query(
            "SELECT key_id FROM ward_keys WHERE key_id LIKE 'export:%' AND substr(key_id, 8) NOT IN (SELECT id FROM ward_export_jobs)",
        )
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| r.try_get::<String, _>(0))
        .collect::<std::result::Result<_, _>>()?;
        for k in orphans {
            if let Some(id) = k.strip_prefix("export:") {
                self.export_delete(id).await?;
            }
        }
        Ok(gone.len())
    }
}

/// Where a part is sealed: its job, file, position and the file's number of parts.
fn part_place(job: &str, name: &str, seq: usize, count: usize) -> String {
    format!("{job}/{name}/{seq}/{count}")
}

/// Where a job's outcome is sealed: bound to its owner, so that a row given another
/// owner fails to open rather than serving the files to them.
fn outcome_place(job: &str, owner: &str) -> String {
    format!("{job}/{OUTCOME}/{owner}")
}

fn context<'a>(at: &'a str, kid: &'a KeyId) -> SealContext<'a> {
    SealContext {
        resource_type: "ward-export",
        id: at,
        version: 1,
        key_id: kid,
    }
}

fn integrity(id: &str) -> StoreError {
    StoreError::Integrity {
        resource_type: "export".into(),
        id: id.into(),
    }
}
