//! Ward's record store: sealed resource versions, the search index, keys and erasure,
//! over SQLite (embedded default) and PostgreSQL through one implementation on sqlx's
//! `Any` driver. Backend differences (DDL types, sequences, pragmas) live in
//! [`Dialect`]; every query is written once.
//!
//! Architecture invariants:
//! * no plaintext resource content reaches the database: a version row holds only the
//!   AEAD-sealed JSON, bound to (type, id, version, key id);
//! * identifying search values reach it only as blind-index tags;
//! * unwrapped data keys live only in memory ([`keys`]), and only committed keys are
//!   cached.
#![forbid(unsafe_code)]

mod exports;
mod identity;
mod index;
mod keys;
mod ledger;
mod query;
mod schema;
mod sql;
mod write;

pub use exports::{EXPORT_PART_BYTES, ExportFile, ExportJob, ExportLimits, ExportState};
pub use identity::{AlertRecord, ClientRecord, GrantRecord, UserRecord};
pub use ledger::{LEDGER_ROWS_PER_STATEMENT, LedgerDb, ledger_url, sqlite_path};
pub use query::VersionRef;
pub use write::{TxOp, TxOutcome, Unrestricted, WriteCheck, WriteGuard, WriteKind};

use keys::KeyRing;
use serde_json::{Map, Value};
use sql::Sql;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyConnection, AnyPool, Row};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;
use ward_crypto::{BlindIndexKey, CryptoError, KeyId, RootKey, SealContext, Sealed};
use ward_fhir::path::{PathEngine, RhEngine};
use ward_fhir::{FhirError, ResourceType};

/// Everything the store can fail with. Messages carry no resource content.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(String),
    #[error(transparent)]
    Fhir(#[from] FhirError),
    #[error(transparent)]
    Crypto(#[from] CryptoError),
    #[error(
        "{resource_type}/{id} failed its integrity check: the stored row was altered, moved or sealed under another key"
    )]
    Integrity { resource_type: String, id: String },
    #[error("forbidden: {0}")]
    Forbidden(String),
    #[error("version conflict: {0}")]
    Conflict(String),
    #[error("precondition failed: {0}")]
    Precondition(String),
    #[error("the data of patient {0} was erased")]
    Erased(String),
    #[error("not found: {0}")]
    NotFound(String),
    #[error("{0}")]
    TooMany(String),
    #[error(
        "the database holds keys wrapped by root key {found}, but the keystore holds {expected}: wrong keystore for this database"
    )]
    WrongRootKey { expected: String, found: String },
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        if let Some(d) = e.as_database_error() {
            // Concurrent writers on PostgreSQL: a unique violation on a row another
            // transaction just created, a deadlock, a serialization failure. The whole
            // transaction can be retried.
            let code = d.code().map(|c| c.to_string()).unwrap_or_default();
            if d.is_unique_violation() || code == "40P01" || code == "40001" {
                return StoreError::Conflict(
                    "another transaction wrote the same resource at the same time; retry".into(),
                );
            }
        }
        // sqlx errors name tables and constraints, not bound values.
        StoreError::Database(e.to_string())
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// The SQL dialect in use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// One stored version, opened.
#[derive(Clone, Debug)]
pub struct Stored {
    pub resource_type: String,
    pub id: String,
    pub version: i64,
    pub last_updated_ms: i64,
    /// `None` for a deletion marker.
    pub body: Option<Map<String, Value>>,
    /// The request that made this version (`POST`, `PUT`, `DELETE`), for history.
    pub method: String,
    /// The patient whose compartment the resource belongs to (from its data key).
    pub patient: Option<String>,
}

/// The patient a data key belongs to (`patient:<id>`), if it is a patient's key.
pub fn patient_of_key(key_id: &str) -> Option<String> {
    key_id.strip_prefix("patient:").map(str::to_string)
}

/// What a read finds.
#[derive(Clone, Debug)]
pub enum Read {
    Found(Stored),
    Deleted {
        version: i64,
        last_updated_ms: i64,
        /// The patient whose compartment the resource belonged to.
        patient: Option<String>,
    },
    /// The resource's patient was erased (crypto-shredded).
    Erased,
    NotFound,
}

/// The result of a create or update.
#[derive(Clone, Debug)]
pub struct Written {
    pub stored: Stored,
    pub created: bool,
    /// An update whose content equals the current version made no new version.
    pub unchanged: bool,
}

/// What `erase_patient` destroyed.
#[derive(Clone, Debug, Default)]
pub struct EraseReport {
    pub resources: u64,
    pub versions: u64,
}

/// Store options.
#[derive(Clone, Debug)]
pub struct StoreOptions {
    pub max_connections: u32,
    /// Largest result set one search may hold for paging.
    pub max_results: usize,
}

impl Default for StoreOptions {
    fn default() -> Self {
        Self {
            max_connections: 8,
            max_results: 100_000,
        }
    }
}

pub struct Store {
    pool: AnyPool,
    dialect: Dialect,
    keys: KeyRing,
    index_key: BlindIndexKey,
    engine: Arc<dyn PathEngine>,
    /// SQLite allows one writer: writes queue here instead of failing with SQLITE_BUSY.
    writer: tokio::sync::Mutex<()>,
    opts: StoreOptions,
    ledger: LedgerDb,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("dialect", &self.dialect)
            .finish_non_exhaustive()
    }
}

/// A pool with Ward's connection settings: SQLite connections get the durability and
/// hygiene pragmas of [`schema::SQLITE_PRAGMAS`].
pub(crate) async fn connect_pool(
    connect: AnyConnectOptions,
    dialect: Dialect,
    max: u32,
) -> Result<AnyPool> {
    Ok(AnyPoolOptions::new()
        .max_connections(max)
        .acquire_timeout(Duration::from_secs(30))
        // An embedded SQLite connection cannot drop; pinging it on every acquire only
        // costs a round trip to its worker thread. PostgreSQL connections are tested.
        .test_before_acquire(dialect == Dialect::Postgres)
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if dialect == Dialect::Sqlite {
                    for pragma in schema::SQLITE_PRAGMAS {
                        sqlx::raw_sql(*pragma).execute(&mut *conn).await?;
                    }
                }
                Ok(())
            })
        })
        .connect_with(connect)
        .await?)
}

/// The backend a database URL names.
pub(crate) fn dialect_of(url: &str) -> Result<Dialect> {
    if url.starts_with("postgres:") || url.starts_with("postgresql:") {
        Ok(Dialect::Postgres)
    } else if url.starts_with("sqlite:") {
        Ok(Dialect::Sqlite)
    } else {
        Err(StoreError::Database(
            "database URL must start with sqlite: or postgres:".into(),
        ))
    }
}

/// The database URL for an SQLite file in a data directory.
pub fn sqlite_url(path: &std::path::Path) -> String {
    format!("sqlite://{}?mode=rwc", path.display())
}

impl Store {
    /// Connects, creates or migrates the schema, and loads the key ring under `root`.
    pub async fn open(url: &str, root: RootKey, opts: StoreOptions) -> Result<Self> {
        sqlx::any::install_default_drivers();
        let dialect = dialect_of(url)?;
        let connect = AnyConnectOptions::from_str(url)?;
        let max = if dialect == Dialect::Sqlite {
            opts.max_connections.max(2)
        } else {
            opts.max_connections
        };
        let pool = connect_pool(connect, dialect, max).await?;
        schema::migrate(&pool, dialect).await?;
        let keys = KeyRing::load(&pool, root).await?;
        let index_key = keys.index_key(&pool).await?;
        // Created up front: every writer of a non-patient resource needs it.
        keys.ensure(&pool, &KeyId::tenant()).await?;
        // After the key check: a wrong keystore touches nothing.
        let ledger = match dialect {
            Dialect::Postgres => LedgerDb::with_pool(pool.clone(), dialect).await?,
            Dialect::Sqlite => {
                let url = ledger_url(url);
                let l = LedgerDb::open(&url).await?;
                if let Some(path) = ledger::sqlite_path(&url) {
                    l.adopt_sqlite(&pool, path).await?;
                }
                l
            }
        };
        Ok(Self {
            pool,
            dialect,
            keys,
            index_key,
            engine: Arc::new(RhEngine::new()),
            writer: tokio::sync::Mutex::new(()),
            opts,
            ledger,
        })
    }

    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// The audit ledger's tables (their own SQLite file; the same PostgreSQL database).
    pub fn ledger(&self) -> &LedgerDb {
        &self.ledger
    }

    pub fn engine(&self) -> &Arc<dyn PathEngine> {
        &self.engine
    }

    /// Id of the root key the data keys are wrapped under.
    pub fn root_key_id(&self) -> String {
        self.keys.root_id()
    }

    pub async fn close(&self) {
        if self.dialect == Dialect::Sqlite {
            self.ledger.close().await;
        }
        if self.dialect == Dialect::Sqlite {
            let _ = sqlx::raw_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(&self.pool)
                .await;
        }
        self.pool.close().await;
    }

    async fn write_lock(&self) -> Option<tokio::sync::MutexGuard<'_, ()>> {
        match self.dialect {
            Dialect::Sqlite => Some(self.writer.lock().await),
            Dialect::Postgres => None,
        }
    }

    /// Reads the current version.
    pub async fn read(&self, rt: &ResourceType, id: &str) -> Result<Read> {
        let mut conn = self.pool.acquire().await?;
        let row = sqlx::query("SELECT version FROM ward_current WHERE rtype = $1 AND id = $2")
            .bind(rt.as_str())
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
        match row {
            None => Ok(Read::NotFound),
            Some(r) => {
                self.read_version(&mut conn, rt.as_str(), id, r.try_get(0)?)
                    .await
            }
        }
    }

    /// Reads one version (`vread`).
    pub async fn vread(&self, rt: &ResourceType, id: &str, version: i64) -> Result<Read> {
        let mut conn = self.pool.acquire().await?;
        self.read_version(&mut conn, rt.as_str(), id, version).await
    }

    async fn read_version(
        &self,
        conn: &mut AnyConnection,
        rt: &str,
        id: &str,
        version: i64,
    ) -> Result<Read> {
        let row = sqlx::query(
            "SELECT version, key_id, last_updated_ms, deleted, method, sealed FROM ward_version WHERE rtype = $1 AND id = $2 AND version = $3",
        )
        .bind(rt)
        .bind(id)
        .bind(version)
        .fetch_optional(&mut *conn)
        .await?;
        let Some(row) = row else {
            return Ok(Read::NotFound);
        };
        self.open_row(conn, rt, id, &row).await
    }

    async fn open_row(
        &self,
        conn: &mut AnyConnection,
        rt: &str,
        id: &str,
        row: &sqlx::any::AnyRow,
    ) -> Result<Read> {
        let version: i64 = row.try_get("version")?;
        let key_id = KeyId::new(row.try_get::<String, _>("key_id")?);
        let last_updated_ms: i64 = row.try_get("last_updated_ms")?;
        let deleted: i64 = row.try_get("deleted")?;
        let method: String = row.try_get("method")?;
        let Some(dek) = self.keys.get(conn, &key_id).await? else {
            return Ok(Read::Erased);
        };
        if deleted != 0 {
            return Ok(Read::Deleted {
                version,
                last_updated_ms,
                patient: patient_of_key(key_id.as_str()),
            });
        }
        let sealed: Vec<u8> = row.try_get("sealed")?;
        let ctx = SealContext {
            resource_type: rt,
            id,
            version,
            key_id: &key_id,
        };
        let plain =
            dek.open(&ctx, &Sealed::from_bytes(sealed))
                .map_err(|_| StoreError::Integrity {
                    resource_type: rt.to_string(),
                    id: id.to_string(),
                })?;
        let body: Map<String, Value> =
            serde_json::from_slice(&plain).map_err(|_| StoreError::Integrity {
                resource_type: rt.to_string(),
                id: id.to_string(),
            })?;
        Ok(Read::Found(Stored {
            resource_type: rt.to_string(),
            id: id.to_string(),
            version,
            last_updated_ms,
            body: Some(body),
            method,
            patient: patient_of_key(key_id.as_str()),
        }))
    }

    /// Instance history (newest first) or type history (`id` = None), at most `count`
    /// entries, optionally only those after `since_ms`.
    pub async fn history(
        &self,
        rt: &ResourceType,
        id: Option<&str>,
        since_ms: Option<i64>,
        count: usize,
    ) -> Result<Vec<Read>> {
        let mut q = Sql::new(
            "SELECT rtype, id, version, key_id, last_updated_ms, deleted, method, sealed FROM ward_version WHERE rtype = ",
        );
        q.push_bind(rt.as_str());
        if let Some(id) = id {
            q.push(" AND id = ");
            q.push_bind(id);
        }
        if let Some(s) = since_ms {
            q.push(" AND last_updated_ms >= ");
            q.push_bind(s);
        }
        q.push(" ORDER BY seq DESC LIMIT ");
        q.push_bind(count as i64);
        let mut conn = self.pool.acquire().await?;
        let rows = q.fetch_all(&mut conn).await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let rid: String = row.try_get("id")?;
            out.push(self.open_row(&mut conn, rt.as_str(), &rid, &row).await?);
        }
        Ok(out)
    }

    /// Opens a list of versions found by a search, in order.
    pub async fn fetch(&self, refs: &[VersionRef]) -> Result<Vec<Read>> {
        let mut conn = self.pool.acquire().await?;
        let mut rows: std::collections::HashMap<(String, String, i64), sqlx::any::AnyRow> =
            std::collections::HashMap::new();
        for chunk in refs.chunks(300) {
            let mut q = Sql::new(
                "SELECT rtype, id, version, key_id, last_updated_ms, deleted, method, sealed FROM ward_version WHERE (rtype, id, version) IN (VALUES ",
            );
            for (i, r) in chunk.iter().enumerate() {
                q.push(if i > 0 { ", (" } else { "(" });
                q.push_bind(r.resource_type.as_str())
                    .push(", ")
                    .push_bind(r.id.as_str())
                    .push(", ")
                    .push_bind(r.version)
                    .push(")");
            }
            q.push(")");
            for row in q.fetch_all(&mut conn).await? {
                rows.insert((row.try_get(0)?, row.try_get(1)?, row.try_get(2)?), row);
            }
        }
        let mut out = Vec::with_capacity(refs.len());
        for r in refs {
            out.push(
                match rows.get(&(r.resource_type.clone(), r.id.clone(), r.version)) {
                    Some(row) => {
                        self.open_row(&mut conn, &r.resource_type, &r.id, row)
                            .await?
                    }
                    None => Read::NotFound,
                },
            );
        }
        Ok(out)
    }

    /// Re-wraps every data key under `new_root` in one transaction. Data is not
    /// re-encrypted. Returns the number of keys re-wrapped.
    pub async fn rotate_root(&self, new_root: RootKey) -> Result<usize> {
        let _w = self.write_lock().await;
        self.keys.rotate(&self.pool, new_root).await
    }

    /// Crypto-shreds a patient: destroys their data key, so that every version of every
    /// resource sealed under it is unreadable, and removes those resources' search-index
    /// rows (a blind tag could otherwise confirm a guess). Tombstones remain.
    pub async fn erase_patient(&self, patient_id: &str) -> Result<EraseReport> {
        let _w = self.write_lock().await;
        let key_id = KeyId::patient(patient_id);
        let mut tx = self.pool.begin().await?;
        let exists = sqlx::query("SELECT 1 FROM ward_current WHERE rtype = 'Patient' AND id = $1")
            .bind(patient_id)
            .fetch_optional(&mut *tx)
            .await?
            .is_some();
        if !exists {
            return Err(StoreError::NotFound(format!("Patient/{patient_id}")));
        }
        let mut report = EraseReport::default();
        let rows = sqlx::query("SELECT rtype, id FROM ward_current WHERE key_id = $1")
            .bind(key_id.as_str())
            .fetch_all(&mut *tx)
            .await?;
        for r in &rows {
            let (rt, id): (String, String) = (r.try_get(0)?, r.try_get(1)?);
            index::delete_rows(&mut tx, &rt, &id).await?;
        }
        report.resources = rows.len() as u64;
        report.versions = sqlx::query("SELECT COUNT(*) FROM ward_version WHERE key_id = $1")
            .bind(key_id.as_str())
            .fetch_one(&mut *tx)
            .await?
            .try_get::<i64, _>(0)? as u64;
        self.keys.destroy(&mut tx, &key_id).await?;
        tx.commit().await?;
        self.keys.forget(&key_id);
        if self.dialect == Dialect::Sqlite {
            // Push the overwritten key page out of the WAL too.
            sqlx::raw_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(&self.pool)
                .await?;
        }
        Ok(report)
    }

    /// Whether the patient's data was erased.
    pub async fn is_erased(&self, patient_id: &str) -> Result<bool> {
        let mut conn = self.pool.acquire().await?;
        self.keys
            .is_destroyed(&mut conn, &KeyId::patient(patient_id))
            .await
    }

    /// Counts of current (non-deleted) resources by type.
    pub async fn counts(&self) -> Result<Vec<(String, i64)>> {
        let rows = sqlx::query("SELECT rtype, COUNT(*) FROM ward_current WHERE deleted = 0 GROUP BY rtype ORDER BY rtype")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    }
}
