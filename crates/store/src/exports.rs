//! Bulk Data export jobs, kept in the database so that they outlive the server process
//! and need not fit in memory: a job's state, its files, appended in sealed parts while
//! it runs, and its sealed outcome (the manifest, or the error, with the number of parts
//! of each file). Everything is sealed under a data key of the job's own
//! (`export:{job}`); deleting a job deletes that key, so its files are unreadable even
//! where a deleted row lingers in a file (crypto-shredding, as for a patient).
//!
//! The store knows nothing of FHIR here: an outcome and a file are bytes. A running
//! job's process writes a heartbeat; a job whose heartbeat stopped (the server stopped
//! or crashed) is reported as interrupted by [`Store::export_job`].

use crate::{Result, Store, StoreError};
use sqlx::Row;
use std::collections::{BTreeMap, HashMap};
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
pub const EXPORT_PART_BYTES: usize = 4 << 20;

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
    /// A finished job's files, as sealed with the outcome.
    pub files: BTreeMap<String, ExportFile>,
}

/// What has been appended to one file of a job: kept by the job's writer, checked
/// against the table at each append and at the end, and sealed with the outcome, so that
/// a part removed or added behind the writer's back is found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExportFile {
    pub parts: u64,
    pub bytes: u64,
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

    /// Appends `bytes` to file `name` of a running job, sealed in parts of at most
    /// [`EXPORT_PART_BYTES`]. `false`, and nothing written, if the job is no longer running.
    pub async fn export_append(
        &self,
        id: &str,
        name: &str,
        bytes: &[u8],
        file: &mut ExportFile,
    ) -> Result<bool> {
        if name.is_empty() || name.starts_with('\u{0}') || name.contains(['/', '\t', '\n']) {
            return Err(StoreError::Database(
                "an export file name is invalid".into(),
            ));
        }
        let kid = key_of(id);
        let _w = self.write_lock().await;
        let mut tx = self.pool.begin().await?;
        // The job's row first, locked (on PostgreSQL) until this commits: a DELETE then
        // comes after it (and deletes these parts too), or came before (nothing is written).
        if !still_running(&mut tx, id).await? {
            return Ok(false);
        }
        let mut fresh = HashMap::new();
        let key = self.keys.get_or_create(&mut tx, &kid, &mut fresh).await?;
        let next: i64 = sqlx::query(
            "SELECT COALESCE(MAX(seq) + 1, 0) FROM ward_export_parts WHERE job = $1 AND name = $2",
        )
        .bind(id)
        .bind(name)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        if next != file.parts as i64 {
            return Err(integrity(id));
        }
        // An empty file is one empty part, so that it exists.
        let parts: Vec<&[u8]> = if bytes.is_empty() {
            vec![bytes]
        } else {
            bytes.chunks(EXPORT_PART_BYTES).collect()
        };
        let added = parts.len() as u64;
        for (k, part) in parts.into_iter().enumerate() {
            let seq = next + k as i64;
            let sealed = key.seal(&context(&part_place(id, name, seq), &kid), part)?;
            sqlx::query(
                "INSERT INTO ward_export_parts (job, name, seq, sealed) VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(name)
            .bind(seq)
            .bind(sealed.into_bytes())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        self.keys.commit(fresh);
        file.parts += added;
        file.bytes += bytes.len() as u64;
        Ok(true)
    }

    /// Ends a running job with `outcome`. A job that succeeded (`Done`) has `files`, as
    /// its writer appended them: the table must hold exactly those parts, and they are
    /// sealed with the outcome; any other job loses its parts. `false`, and nothing
    /// written, if the job is no longer running.
    pub async fn export_end(
        &self,
        id: &str,
        state: ExportState,
        outcome: &[u8],
        files: &BTreeMap<String, ExportFile>,
        now_ms: i64,
    ) -> Result<bool> {
        let kid = key_of(id);
        let _w = self.write_lock().await;
        let mut tx = self.pool.begin().await?;
        // The job's row first, locked as in `export_append`, and as `export_delete`
        // takes it.
        if !still_running(&mut tx, id).await? {
            return Ok(false);
        }
        let owner: String = sqlx::query("SELECT owner FROM ward_export_jobs WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
        let mut index = String::new();
        if state == ExportState::Done {
            let mut stored = BTreeMap::new();
            for r in sqlx::query(
                "SELECT name, COUNT(*), MAX(seq) FROM ward_export_parts WHERE job = $1 GROUP BY name",
            )
            .bind(id)
            .fetch_all(&mut *tx)
            .await?
            {
                let (name, count, max): (String, i64, i64) =
                    (r.try_get(0)?, r.try_get(1)?, r.try_get(2)?);
                stored.insert(name, (count, max));
            }
            let same = stored.len() == files.len()
                && files.iter().all(|(name, f)| {
                    stored.get(name).is_some_and(|&(count, max)| {
                        count as u64 == f.parts && max + 1 == f.parts as i64
                    })
                });
            if !same {
                return Err(integrity(id));
            }
            for (name, f) in files {
                index.push_str(&format!("{name}\t{}\t{}\n", f.parts, f.bytes));
            }
        } else {
            sqlx::query("DELETE FROM ward_export_parts WHERE job = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        let mut fresh = HashMap::new();
        let key = self.keys.get_or_create(&mut tx, &kid, &mut fresh).await?;
        let mut payload = Zeroizing::new(Vec::with_capacity(4 + index.len() + outcome.len()));
        payload.extend_from_slice(&(index.len() as u32).to_le_bytes());
        payload.extend_from_slice(index.as_bytes());
        payload.extend_from_slice(outcome);
        let sealed = key.seal(&context(&outcome_place(id, &owner), &kid), &payload)?;
        sqlx::query(
            "UPDATE ward_export_jobs SET state = $2, finished_ms = $3, heartbeat_ms = $3, outcome = $4 WHERE id = $1",
        )
        .bind(id)
        .bind(state.as_str())
        .bind(now_ms)
        .bind(sealed.into_bytes())
        .execute(&mut *tx)
        .await?;
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
        let (mut outcome, mut files) = (None, BTreeMap::new());
        if let Some(sealed) = row.try_get::<Option<Vec<u8>>, _>(5)? {
            // Its key was deleted meanwhile: the job is gone.
            let Some(payload) = self
                .export_open(id, &outcome_place(id, &owner), sealed)
                .await?
            else {
                return Ok(None);
            };
            let (index, rest) = split_payload(&payload).ok_or_else(|| integrity(id))?;
            for line in index.lines() {
                let mut f = line.split('\t');
                let (Some(name), Some(Ok(parts)), Some(Ok(bytes)), None) = (
                    f.next(),
                    f.next().map(str::parse),
                    f.next().map(str::parse),
                    f.next(),
                ) else {
                    return Err(integrity(id));
                };
                files.insert(name.to_string(), ExportFile { parts, bytes });
            }
            outcome = Some(Zeroizing::new(rest.to_vec()));
        }
        Ok(Some(ExportJob {
            owner,
            state,
            created_ms: row.try_get(2)?,
            finished_ms,
            outcome,
            files,
        }))
    }

    /// Part `seq` of file `name` of a finished job, or `None` if the job is gone. A part
    /// the job's index counts but the table lacks is an integrity failure.
    pub async fn export_part(
        &self,
        id: &str,
        name: &str,
        seq: u64,
    ) -> Result<Option<Zeroizing<Vec<u8>>>> {
        let row = sqlx::query(
            "SELECT sealed FROM ward_export_parts WHERE job = $1 AND name = $2 AND seq = $3",
        )
        .bind(id)
        .bind(name)
        .bind(seq as i64)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else {
            // Gone with its job (deleted, expired), or removed behind its back.
            let mut conn = self.pool.acquire().await?;
            return match self.keys.get(&mut conn, &key_of(id)).await? {
                None => Ok(None),
                Some(_) => Err(integrity(id)),
            };
        };
        self.export_open(id, &part_place(id, name, seq as i64), row.try_get(0)?)
            .await
    }

    /// A finished job's file, whole (its parts as the job's index counts them), or `None`
    /// if the job or the file does not exist.
    pub async fn export_file(
        &self,
        id: &str,
        name: &str,
        l: ExportLimits,
    ) -> Result<Option<Zeroizing<Vec<u8>>>> {
        let Some(job) = self.export_job(id, l).await? else {
            return Ok(None);
        };
        let Some(&file) = job.files.get(name) else {
            return Ok(None);
        };
        let mut out = Zeroizing::new(Vec::new());
        for seq in 0..file.parts {
            let Some(part) = self.export_part(id, name, seq).await? else {
                return Ok(None);
            };
            out.extend_from_slice(&part);
        }
        if out.len() as u64 != file.bytes {
            return Err(integrity(id));
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
        // And keys whose job's row is gone. There should be none (a key is made and
        // deleted in the same transactions as its job's rows): a sweep, not a mechanism.
        let orphans: Vec<String> = sqlx::query(
            "SELECT substr(key_id, 8) FROM ward_keys WHERE key_id LIKE 'export:%' AND substr(key_id, 8) NOT IN (SELECT id FROM ward_export_jobs)",
        )
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| r.try_get::<String, _>(0))
        .collect::<std::result::Result<_, _>>()?;
        for id in gone.iter().chain(&orphans) {
            self.export_delete(id).await?;
        }
        Ok(gone.len())
    }
}

/// Where a part is sealed: its job, file and position (how many parts a file has is
/// sealed with the outcome, so that a dropped or added part is found).
fn part_place(job: &str, name: &str, seq: i64) -> String {
    format!("{job}/{name}/{seq}")
}

/// Splits a sealed outcome into the file index (`name\tparts\tbytes` lines) and the
/// outcome.
fn split_payload(p: &[u8]) -> Option<(&str, &[u8])> {
    let len = u32::from_le_bytes(p.get(..4)?.try_into().ok()?) as usize;
    let index = std::str::from_utf8(p.get(4..4 + len)?).ok()?;
    Some((index, &p[4 + len..]))
}

/// Whether a job is still running, locking its row (inside the caller's transaction).
async fn still_running(tx: &mut sqlx::AnyConnection, id: &str) -> Result<bool> {
    let n = sqlx::query(
        "UPDATE ward_export_jobs SET heartbeat_ms = heartbeat_ms WHERE id = $1 AND state = 'running'",
    )
    .bind(id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    Ok(n == 1)
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
