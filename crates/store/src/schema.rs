//! The schema, written once with per-dialect type names, and created or checked at open.

use crate::{Dialect, Result, StoreError};
use sqlx::{AnyPool, AssertSqlSafe, Row};

/// Durability as strong as the platform offers (`synchronous=FULL` in WAL mode),
/// `secure_delete` so that destroyed keys are overwritten in the file, and temporary
/// tables in memory so that no sort spills plaintext-free but needless files.
pub const SQLITE_PRAGMAS: &[&str] = &[
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 10000",
    "PRAGMA foreign_keys = ON",
];

pub const SCHEMA_VERSION: i64 = 1;

fn ddl(d: Dialect) -> Vec<String> {
    let (blob, real) = match d {
        Dialect::Sqlite => ("BLOB", "REAL"),
        Dialect::Postgres => ("BYTEA", "DOUBLE PRECISION"),
    };
    let mut v = vec![
        "CREATE TABLE IF NOT EXISTS ward_meta (k TEXT PRIMARY KEY, v TEXT NOT NULL)".to_string(),
        format!("CREATE TABLE IF NOT EXISTS ward_keys (key_id TEXT PRIMARY KEY, kek_id TEXT NOT NULL, wrapped {blob} NOT NULL, created_ms BIGINT NOT NULL)"),
        "CREATE TABLE IF NOT EXISTS ward_erased (key_id TEXT PRIMARY KEY, erased_ms BIGINT NOT NULL)".to_string(),
        format!(
            "CREATE TABLE IF NOT EXISTS ward_version (rtype TEXT NOT NULL, id TEXT NOT NULL, version BIGINT NOT NULL, key_id TEXT NOT NULL, \
             seq BIGINT NOT NULL, last_updated_ms BIGINT NOT NULL, deleted BIGINT NOT NULL, method TEXT NOT NULL, sealed {blob}, PRIMARY KEY (rtype, id, version))"
        ),
        "CREATE INDEX IF NOT EXISTS ward_version_seq ON ward_version (rtype, seq)".to_string(),
        "CREATE INDEX IF NOT EXISTS ward_version_key ON ward_version (key_id)".to_string(),
        "CREATE TABLE IF NOT EXISTS ward_current (rtype TEXT NOT NULL, id TEXT NOT NULL, version BIGINT NOT NULL, key_id TEXT NOT NULL, \
         seq BIGINT NOT NULL, last_updated_ms BIGINT NOT NULL, deleted BIGINT NOT NULL, PRIMARY KEY (rtype, id))"
            .to_string(),
        "CREATE INDEX IF NOT EXISTS ward_current_key ON ward_current (key_id)".to_string(),
        "CREATE INDEX IF NOT EXISTS ward_current_seq ON ward_current (rtype, seq)".to_string(),
        "CREATE INDEX IF NOT EXISTS ward_current_seq_all ON ward_current (seq)".to_string(),
        "CREATE TABLE IF NOT EXISTS ward_idx_token (rtype TEXT NOT NULL, id TEXT NOT NULL, param TEXT NOT NULL, system TEXT, code TEXT NOT NULL)".to_string(),
        "CREATE INDEX IF NOT EXISTS ward_idx_token_v ON ward_idx_token (rtype, param, code)".to_string(),
        format!("CREATE TABLE IF NOT EXISTS ward_idx_blind (rtype TEXT NOT NULL, id TEXT NOT NULL, param TEXT NOT NULL, system TEXT, tag {blob} NOT NULL)"),
        "CREATE INDEX IF NOT EXISTS ward_idx_blind_v ON ward_idx_blind (rtype, param, tag)".to_string(),
        "CREATE TABLE IF NOT EXISTS ward_idx_date (rtype TEXT NOT NULL, id TEXT NOT NULL, param TEXT NOT NULL, lo BIGINT NOT NULL, hi BIGINT NOT NULL)".to_string(),
        "CREATE INDEX IF NOT EXISTS ward_idx_date_v ON ward_idx_date (rtype, param, lo)".to_string(),
        "CREATE TABLE IF NOT EXISTS ward_idx_ref (rtype TEXT NOT NULL, id TEXT NOT NULL, param TEXT NOT NULL, target_type TEXT NOT NULL, target_id TEXT NOT NULL)".to_string(),
        "CREATE INDEX IF NOT EXISTS ward_idx_ref_v ON ward_idx_ref (rtype, param, target_id, target_type)".to_string(),
        "CREATE INDEX IF NOT EXISTS ward_idx_ref_target ON ward_idx_ref (target_id, target_type)".to_string(),
        format!("CREATE TABLE IF NOT EXISTS ward_idx_quantity (rtype TEXT NOT NULL, id TEXT NOT NULL, param TEXT NOT NULL, value {real} NOT NULL, system TEXT, code TEXT)"),
        "CREATE INDEX IF NOT EXISTS ward_idx_quantity_v ON ward_idx_quantity (rtype, param, value)".to_string(),
    ];
    v.extend(
        crate::identity::DDL
            .iter()
            .chain(crate::exports::DDL)
            .map(|s| s.replace("{blob}", blob)),
    );
    for t in crate::index::TABLES {
        v.push(format!(
            "CREATE INDEX IF NOT EXISTS {t}_res ON {t} (rtype, id)"
        ));
    }
    if d == Dialect::Postgres {
        v.push("CREATE SEQUENCE IF NOT EXISTS ward_seq".to_string());
    }
    v
}

pub async fn migrate(pool: &AnyPool, d: Dialect) -> Result<()> {
    let mut tx = pool.begin().await?;
    if d == Dialect::Postgres {
        // Two servers starting at once on one database must not race on DDL.
        sqlx::query("SELECT pg_advisory_xact_lock(7370617264)")
            .execute(&mut *tx)
            .await?;
    }
    for stmt in ddl(d) {
        sqlx::query(AssertSqlSafe(stmt)).execute(&mut *tx).await?;
    }
    let found = sqlx::query("SELECT v FROM ward_meta WHERE k = 'schema_version'")
        .fetch_optional(&mut *tx)
        .await?;
    match found {
        None => {
            sqlx::query("INSERT INTO ward_meta (k, v) VALUES ('schema_version', $1)")
                .bind(SCHEMA_VERSION.to_string())
                .execute(&mut *tx)
                .await?;
        }
        Some(r) => {
            let v: String = r.try_get(0)?;
            if v != SCHEMA_VERSION.to_string() {
                return Err(StoreError::Database(format!(
                    "database schema version {v} is not the version {SCHEMA_VERSION} this Ward understands"
                )));
            }
        }
    }
    tx.commit().await?;
    Ok(())
}
