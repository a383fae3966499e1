//! Writes: every create, update and delete runs inside one database transaction with
//! the others of its Bundle, so a transaction is all-or-nothing.

use crate::index;
use crate::sql::{Bind, Sql};
use crate::{Dialect, Read, Result, Store, StoreError, Stored, Written};
use serde_json::{Map, Value, json};
use sqlx::{AnyConnection, Row};
use std::collections::{HashMap, HashSet};
use ward_crypto::{DataKey, KeyId, SealContext, Sealed};
use ward_fhir::extract;
use ward_fhir::resource::{ResourceId, content_without_meta, rewrite_references};
use ward_fhir::search::SearchRequest;
use ward_fhir::{FhirError, ResourceType};

/// One write of a Bundle (or a single request).
#[derive(Debug, Clone)]
pub enum TxOp {
    /// `POST`: a new resource with a server-assigned id, unless `if_none_exist` matches.
    Create {
        resource_type: ResourceType,
        resource: Map<String, Value>,
        if_none_exist: Option<SearchRequest>,
        full_url: Option<String>,
    },
    /// `PUT Type/id`: update, or create with the client's id.
    Update {
        resource_type: ResourceType,
        id: ResourceId,
        resource: Map<String, Value>,
        if_match: Option<i64>,
        full_url: Option<String>,
    },
    /// `PUT Type?search`: update the one match, or create if none.
    ConditionalUpdate {
        resource_type: ResourceType,
        search: SearchRequest,
        resource: Map<String, Value>,
        full_url: Option<String>,
    },
    /// `DELETE Type/id`.
    Delete {
        resource_type: ResourceType,
        id: ResourceId,
    },
}

#[derive(Debug, Clone)]
pub enum TxOutcome {
    Written(Written),
    /// `ifNoneExist` matched this resource; nothing was written.
    Existing(Stored),
    /// Deleted (`Some(version)` of the deletion marker) or already gone (`None`).
    Deleted(Option<i64>),
}

impl TxOp {
    fn order(&self) -> u8 {
        // FHIR's transaction processing order: DELETE, POST, PUT.
        match self {
            TxOp::Delete { .. } => 0,
            TxOp::Create { .. } => 1,
            TxOp::Update { .. } | TxOp::ConditionalUpdate { .. } => 2,
        }
    }
}

/// What a write is about to do, for the caller's authorization ([`WriteGuard`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WriteCheck<'a> {
    pub resource_type: &'a str,
    pub id: &'a str,
    pub kind: WriteKind,
    /// The patient the current version belongs to, if any (updates and deletes).
    pub old_patient: Option<String>,
    /// The patients the new content names in its compartment parameters (creates and
    /// updates); the first is the one whose key seals it.
    pub new_patients: &'a [String],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteKind {
    Create,
    Update,
    Delete,
}

/// Decides, inside the write's transaction, whether each write may happen. A refusal
/// aborts the whole transaction. The server passes the request's authorization; trusted
/// local tools (benchmarks) pass [`Unrestricted`].
pub trait WriteGuard: Send + Sync {
    fn check(&self, w: &WriteCheck<'_>) -> std::result::Result<(), String>;
}

/// A guard that allows every write: for local tools that own the data directory.
pub struct Unrestricted;

impl WriteGuard for Unrestricted {
    fn check(&self, _: &WriteCheck<'_>) -> std::result::Result<(), String> {
        Ok(())
    }
}

struct Current {
    version: i64,
    key_id: String,
    deleted: bool,
}

impl Store {
    /// Creates a resource with a server-assigned id.
    pub async fn create(
        &self,
        rt: ResourceType,
        resource: Map<String, Value>,
        guard: &dyn WriteGuard,
    ) -> Result<Written> {
        let op = TxOp::Create {
            resource_type: rt,
            resource,
            if_none_exist: None,
            full_url: None,
        };
        match self.apply(vec![op], guard).await.map_err(|(_, e)| e)?.pop() {
            Some(TxOutcome::Written(w)) => Ok(w),
            _ => Err(StoreError::Database("create produced no version".into())),
        }
    }

    /// Updates (or creates with the client's id).
    pub async fn update(
        &self,
        rt: ResourceType,
        id: ResourceId,
        resource: Map<String, Value>,
        if_match: Option<i64>,
        guard: &dyn WriteGuard,
    ) -> Result<Written> {
        let op = TxOp::Update {
            resource_type: rt,
            id,
            resource,
            if_match,
            full_url: None,
        };
        match self.apply(vec![op], guard).await.map_err(|(_, e)| e)?.pop() {
            Some(TxOutcome::Written(w)) => Ok(w),
            _ => Err(StoreError::Database("update produced no version".into())),
        }
    }

    /// Deletes; `None` when there was nothing to delete.
    pub async fn delete(
        &self,
        rt: ResourceType,
        id: ResourceId,
        guard: &dyn WriteGuard,
    ) -> Result<Option<i64>> {
        match self
            .apply(
                vec![TxOp::Delete {
                    resource_type: rt,
                    id,
                }],
                guard,
            )
            .await
            .map_err(|(_, e)| e)?
            .pop()
        {
            Some(TxOutcome::Deleted(v)) => Ok(v),
            _ => Ok(None),
        }
    }
    /// Applies `ops` in one database transaction: all of them, or none. On failure the
    /// error names the index of the op that failed. On PostgreSQL, a transaction that
    /// lost a race with a concurrent writer is retried (up to 5 attempts).
    pub async fn apply(
        &self,
        ops: Vec<TxOp>,
        guard: &dyn WriteGuard,
    ) -> std::result::Result<Vec<TxOutcome>, (usize, StoreError)> {
        if self.dialect == Dialect::Sqlite {
            // One writer at a time: no races to retry.
            return self.apply_once(ops, guard).await;
        }
        let mut attempt = 0u64;
        loop {
            attempt += 1;
            match self.apply_once(ops.clone(), guard).await {
                Err((_, StoreError::Conflict(_))) if attempt < 5 => {
                    tokio::time::sleep(std::time::Duration::from_millis(5 * attempt * attempt))
                        .await;
                }
                other => return other,
            }
        }
    }

    async fn apply_once(
        &self,
        mut ops: Vec<TxOp>,
        guard: &dyn WriteGuard,
    ) -> std::result::Result<Vec<TxOutcome>, (usize, StoreError)> {
        let _w = self.write_lock().await;
        let mut tx = self.pool.begin().await.map_err(|e| (0, e.into()))?;
        let mut fresh = HashMap::new();
        let now = ward_fhir::date::now_ms();

        // 1. Resolve conditionals and assign ids, so that references can be rewritten.
        let mut order: Vec<usize> = (0..ops.len()).collect();
        order.sort_by_key(|&i| ops[i].order());
        let mut targets: Vec<Option<(ResourceType, String, bool)>> = vec![None; ops.len()];
        let mut existing: Vec<Option<Stored>> = vec![None; ops.len()];
        let mut urls: HashMap<String, String> = HashMap::new();
        let mut seen: HashSet<(String, String)> = HashSet::new();
        for &i in &order {
            let at = |e: StoreError| (i, e);
            let (rt, full_url, (id, write)) = match &ops[i] {
                TxOp::Create {
                    resource_type,
                    if_none_exist,
                    full_url,
                    ..
                } => {
                    let found = match if_none_exist {
                        Some(s) => self.search_in(&mut tx, s).await.map_err(at)?,
                        None => Vec::new(),
                    };
                    match found.len() {
                        0 => (
                            resource_type,
                            full_url,
                            (ResourceId::generate().as_str().to_string(), true),
                        ),
                        1 => {
                            let id = found[0].clone();
                            if let Read::Found(s) = self
                                .read_current(&mut tx, resource_type.as_str(), &id)
                                .await
                                .map_err(at)?
                            {
                                existing[i] = Some(s);
                            }
                            (resource_type, full_url, (id, false))
                        }
                        _ => {
                            return Err((
                                i,
                                StoreError::Precondition(
                                    "ifNoneExist matches more than one resource".into(),
                                ),
                            ));
                        }
                    }
                }
                TxOp::Update {
                    resource_type,
                    id,
                    full_url,
                    ..
                } => (resource_type, full_url, (id.as_str().to_string(), true)),
                TxOp::ConditionalUpdate {
                    resource_type,
                    search,
                    full_url,
                    ..
                } => {
                    let found = self.search_in(&mut tx, search).await.map_err(at)?;
                    match found.len() {
                        0 => (
                            resource_type,
                            full_url,
                            (ResourceId::generate().as_str().to_string(), true),
                        ),
                        1 => (resource_type, full_url, (found[0].clone(), true)),
                        _ => {
                            return Err((
                                i,
                                StoreError::Precondition(
                                    "the conditional update matches more than one resource".into(),
                                ),
                            ));
                        }
                    }
                }
                TxOp::Delete { resource_type, id } => {
                    (resource_type, &None, (id.as_str().to_string(), true))
                }
            };
            // FHIR: a transaction whose entries name the same resource twice fails.
            if write && !seen.insert((rt.to_string(), id.clone())) {
                return Err((
                    i,
                    StoreError::Fhir(FhirError::BadParameter(format!(
                        "{rt}/{id} appears more than once in this transaction"
                    ))),
                ));
            }
            if let Some(u) = full_url {
                urls.insert(u.clone(), format!("{rt}/{id}"));
            }
            targets[i] = Some((rt.clone(), id, write));
        }

        // PostgreSQL: lock every resource this transaction writes, in one global order,
        // so that concurrent transactions writing the same resource (two Synthea bundles
        // sharing an Organization) queue instead of failing, and cannot deadlock.
        if self.dialect == Dialect::Postgres {
            let mut keys: Vec<String> = seen.iter().map(|(rt, id)| format!("{rt}/{id}")).collect();
            keys.sort();
            for k in keys {
                sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
                    .bind(k)
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| (0, e.into()))?;
            }
        }

        // 2. What exists now, in one query per few hundred resources.
        let keys: Vec<(String, String)> = seen.into_iter().collect();
        let currents = self.currents(&mut tx, &keys).await.map_err(|e| (0, e))?;
        let erased = self
            .erased_keys(&mut tx, currents.values().map(|c| c.key_id.as_str()))
            .await
            .map_err(|e| (0, e))?;
        let mut seq = self
            .seq_start(&mut tx, keys.len())
            .await
            .map_err(|e| (0, e))?;

        // 3. Prepare every version (rewrite references, extract, seal), then write them all.
        let mut batch = Batch::default();
        let mut outcomes: Vec<Option<TxOutcome>> = vec![None; ops.len()];
        for &i in &order {
            let at = |e: StoreError| (i, e);
            let (rt, id, write) = targets[i].take().expect("assigned above");
            if !write {
                let found = existing[i]
                    .take()
                    .ok_or_else(|| at(StoreError::NotFound(format!("{rt}/{id}"))))?;
                outcomes[i] = Some(TxOutcome::Existing(found));
                continue;
            }
            let cur = currents.get(&(rt.to_string(), id.clone()));
            if let Some(c) = cur
                && erased.contains(&c.key_id)
            {
                return Err(at(StoreError::Erased(format!("{rt}/{id}"))));
            }
            let (body, method, if_match) = match &mut ops[i] {
                TxOp::Delete { .. } => (None, "DELETE", None),
                TxOp::Create { resource, .. }
                | TxOp::Update { resource, .. }
                | TxOp::ConditionalUpdate { resource, .. } => {
                    let mut v = Value::Object(std::mem::take(resource));
                    rewrite_references(&mut v, &urls).map_err(|e| at(e.into()))?;
                    let method = if matches!(ops[i], TxOp::Create { .. }) {
                        "POST"
                    } else {
                        "PUT"
                    };
                    let if_match = if let TxOp::Update { if_match, .. } = &ops[i] {
                        *if_match
                    } else {
                        None
                    };
                    (Some(v), method, if_match)
                }
            };
            let out = self
                .prepare(
                    &mut tx, &mut fresh, &mut batch, &rt, &id, cur, body, method, if_match, now,
                    &mut seq, guard,
                )
                .await
                .map_err(at)?;
            outcomes[i] = Some(out);
        }
        batch.write(&mut tx).await.map_err(|e| (0, e))?;
        tx.commit().await.map_err(|e| (0, e.into()))?;
        self.keys.commit(fresh);
        Ok(outcomes
            .into_iter()
            .map(|o| o.expect("every op has an outcome"))
            .collect())
    }

    async fn currents(
        &self,
        conn: &mut AnyConnection,
        keys: &[(String, String)],
    ) -> Result<HashMap<(String, String), Current>> {
        let mut out = HashMap::new();
        for chunk in keys.chunks(400) {
            let mut q = Sql::new(
                "SELECT rtype, id, version, key_id, deleted FROM ward_current WHERE (rtype, id) IN (VALUES ",
            );
            for (i, (rt, id)) in chunk.iter().enumerate() {
                if i > 0 {
                    q.push(", ");
                }
                q.push("(")
                    .push_bind(rt.as_str())
                    .push(", ")
                    .push_bind(id.as_str())
                    .push(")");
            }
            q.push(")");
            for r in q.fetch_all(conn).await? {
                let c = Current {
                    version: r.try_get(2)?,
                    key_id: r.try_get(3)?,
                    deleted: r.try_get::<i64, _>(4)? != 0,
                };
                out.insert((r.try_get(0)?, r.try_get(1)?), c);
            }
        }
        Ok(out)
    }

    async fn erased_keys<'a>(
        &self,
        conn: &mut AnyConnection,
        key_ids: impl Iterator<Item = &'a str>,
    ) -> Result<HashSet<String>> {
        let ids: HashSet<&str> = key_ids.filter(|k| k.starts_with("patient:")).collect();
        let mut out = HashSet::new();
        let ids: Vec<&str> = ids.into_iter().collect();
        for chunk in ids.chunks(500) {
            let mut q = Sql::new("SELECT key_id FROM ward_erased WHERE key_id IN (");
            for (i, k) in chunk.iter().enumerate() {
                if i > 0 {
                    q.push(", ");
                }
                q.push_bind(*k);
            }
            q.push(")");
            for r in q.fetch_all(conn).await? {
                out.insert(r.try_get(0)?);
            }
        }
        Ok(out)
    }

    /// The first of `n` fresh sequence numbers.
    async fn seq_start(&self, conn: &mut AnyConnection, n: usize) -> Result<i64> {
        match self.dialect {
            // Writers are serialized by `write_lock`, so MAX + 1 is race-free.
            Dialect::Sqlite => Ok(sqlx::query(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM ward_current",
            )
            .fetch_one(&mut *conn)
            .await?
            .try_get(0)?),
            // Reserve a block: `setval` under the advisory locks is not atomic across
            // transactions, so take n values from the sequence itself.
            Dialect::Postgres => {
                let n = n.max(1) as i64;
                let first: i64 = sqlx::query(
                    "SELECT nextval('ward_seq') FROM generate_series(1, $1) ORDER BY 1 LIMIT 1",
                )
                .bind(n)
                .fetch_one(&mut *conn)
                .await?
                .try_get(0)?;
                Ok(first)
            }
        }
    }

    async fn read_current(&self, conn: &mut AnyConnection, rt: &str, id: &str) -> Result<Read> {
        let row = sqlx::query("SELECT version FROM ward_current WHERE rtype = $1 AND id = $2")
            .bind(rt)
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
        match row {
            None => Ok(Read::NotFound),
            Some(r) => self.read_version(conn, rt, id, r.try_get(0)?).await,
        }
    }

    /// Prepares one version for the batch; `body` = None prepares a deletion marker.
    #[allow(clippy::too_many_arguments)]
    async fn prepare(
        &self,
        conn: &mut AnyConnection,
        fresh: &mut HashMap<KeyId, DataKey>,
        batch: &mut Batch,
        rt: &ResourceType,
        id: &str,
        cur: Option<&Current>,
        body: Option<Value>,
        method: &str,
        if_match: Option<i64>,
        now: i64,
        seq: &mut i64,
        guard: &dyn WriteGuard,
    ) -> Result<TxOutcome> {
        if let Some(expected) = if_match {
            match cur {
                Some(c) if c.version == expected && !c.deleted => {}
                Some(c) => {
                    return Err(StoreError::Precondition(format!(
                        "If-Match names version {expected}, the current version is {}",
                        c.version
                    )));
                }
                None => {
                    return Err(StoreError::Precondition(format!(
                        "If-Match names version {expected}, but {rt}/{id} does not exist"
                    )));
                }
            }
        }
        let version = cur.map(|c| c.version + 1).unwrap_or(1);
        let live = cur.filter(|c| !c.deleted);
        let Some(mut body) = body else {
            // Delete.
            let Some(c) = live else {
                return Ok(TxOutcome::Deleted(None));
            };
            guard
                .check(&WriteCheck {
                    resource_type: rt.as_str(),
                    id,
                    kind: WriteKind::Delete,
                    old_patient: crate::patient_of_key(&c.key_id),
                    new_patients: &[],
                })
                .map_err(StoreError::Forbidden)?;
            batch.version(
                rt.as_str(),
                id,
                version,
                &c.key_id,
                take(seq),
                now,
                true,
                method,
                None,
            );
            batch.reindex(rt.as_str(), id, Vec::new());
            return Ok(TxOutcome::Deleted(Some(version)));
        };
        let Value::Object(obj) = &mut body else {
            unreachable!("resources are objects")
        };
        obj.insert("id".into(), json!(id));

        // An update that changes nothing makes no new version (imports stay idempotent).
        if let Some(c) = live
            && let Read::Found(old) = self.read_version(conn, rt.as_str(), id, c.version).await?
        {
            let old_body = old.body.as_ref().expect("found has a body");
            if content_without_meta(old_body) == content_without_meta(obj) {
                return Ok(TxOutcome::Written(Written {
                    stored: old,
                    created: false,
                    unchanged: true,
                }));
            }
        }

        let meta = obj.entry("meta").or_insert_with(|| json!({}));
        if let Value::Object(m) = meta {
            m.insert("versionId".into(), json!(version.to_string()));
            m.insert("lastUpdated".into(), json!(ward_fhir::date::instant(now)));
        }
        let (extracted, body) = extract::extract_owned(self.engine.as_ref(), rt, id, body)?;
        guard
            .check(&WriteCheck {
                resource_type: rt.as_str(),
                id,
                kind: if live.is_some() {
                    WriteKind::Update
                } else {
                    WriteKind::Create
                },
                old_patient: live.and_then(|c| crate::patient_of_key(&c.key_id)),
                new_patients: &extracted.patients,
            })
            .map_err(StoreError::Forbidden)?;
        let key_id = match extracted.patients.first() {
            Some(p) => KeyId::patient(p),
            None => KeyId::tenant(),
        };
        let dek = self.keys.get_or_create(conn, &key_id, fresh).await?;
        let plain = zeroize::Zeroizing::new(
            serde_json::to_vec(&body)
                .map_err(|e| StoreError::Fhir(FhirError::Invalid(e.to_string())))?,
        );
        let ctx = SealContext {
            resource_type: rt.as_str(),
            id,
            version,
            key_id: &key_id,
        };
        let sealed = dek.seal(&ctx, &plain)?;
        batch.version(
            rt.as_str(),
            id,
            version,
            key_id.as_str(),
            take(seq),
            now,
            false,
            method,
            Some(sealed),
        );
        batch.reindex(
            rt.as_str(),
            id,
            index::build(&self.index_key, rt.as_str(), id, &extracted),
        );
        if cur.is_none() {
            batch.new_resources.insert((rt.to_string(), id.to_string()));
        }
        let Value::Object(body) = body else {
            unreachable!("resources are objects")
        };
        let stored = Stored {
            resource_type: rt.to_string(),
            id: id.to_string(),
            version,
            last_updated_ms: now,
            body: Some(body),
            method: method.into(),
            patient: crate::patient_of_key(key_id.as_str()),
        };
        Ok(TxOutcome::Written(Written {
            stored,
            created: live.is_none(),
            unchanged: false,
        }))
    }
}

fn take(seq: &mut i64) -> i64 {
    let s = *seq;
    *seq += 1;
    s
}

/// Every row a transaction writes, sent as a few multi-row statements at the end.
#[derive(Default)]
struct Batch {
    versions: Vec<Vec<Bind>>,
    currents: Vec<Vec<Bind>>,
    /// Resources whose old index rows must go.
    reindexed: Vec<(String, String)>,
    /// Resources with no previous version: they have no index rows to delete.
    new_resources: HashSet<(String, String)>,
    index: Vec<(&'static str, Vec<Bind>)>,
}

impl Batch {
    #[allow(clippy::too_many_arguments)]
    fn version(
        &mut self,
        rt: &str,
        id: &str,
        version: i64,
        key_id: &str,
        seq: i64,
        now: i64,
        deleted: bool,
        method: &str,
        sealed: Option<Sealed>,
    ) {
        self.versions.push(vec![
            rt.into(),
            id.into(),
            version.into(),
            key_id.into(),
            seq.into(),
            now.into(),
            (deleted as i64).into(),
            method.into(),
            Bind::OptBlob(sealed.map(Sealed::into_bytes)),
        ]);
        self.currents.push(vec![
            rt.into(),
            id.into(),
            version.into(),
            key_id.into(),
            seq.into(),
            now.into(),
            (deleted as i64).into(),
        ]);
    }

    fn reindex(&mut self, rt: &str, id: &str, rows: Vec<(&'static str, Vec<Bind>)>) {
        self.reindexed.push((rt.to_string(), id.to_string()));
        self.index.extend(rows);
    }

    async fn write(self, conn: &mut AnyConnection) -> Result<()> {
        insert_many(
            conn,
            "ward_version",
            "rtype, id, version, key_id, seq, last_updated_ms, deleted, method, sealed",
            self.versions,
            "",
        )
        .await?;
        insert_many(
            conn,
            "ward_current",
            "rtype, id, version, key_id, seq, last_updated_ms, deleted",
            self.currents,
            " ON CONFLICT (rtype, id) DO UPDATE SET version = excluded.version, key_id = excluded.key_id, seq = excluded.seq, \
             last_updated_ms = excluded.last_updated_ms, deleted = excluded.deleted",
        )
        .await?;
        let old: Vec<&(String, String)> = self
            .reindexed
            .iter()
            .filter(|k| !self.new_resources.contains(*k))
            .collect();
        for chunk in old.chunks(400) {
            for t in index::TABLES {
                let mut q = Sql::new("DELETE FROM ");
                q.push(t).push(" WHERE (rtype, id) IN (VALUES ");
                for (i, (rt, id)) in chunk.iter().enumerate() {
                    if i > 0 {
                        q.push(", ");
                    }
                    q.push("(")
                        .push_bind(rt.as_str())
                        .push(", ")
                        .push_bind(id.as_str())
                        .push(")");
                }
                q.push(")");
                q.execute(conn).await?;
            }
        }
        let mut by_table: HashMap<&'static str, Vec<Vec<Bind>>> = HashMap::new();
        for (t, row) in self.index {
            by_table.entry(t).or_default().push(row);
        }
        for (t, rows) in by_table {
            insert_many(conn, t, index::columns(t), rows, "").await?;
        }
        Ok(())
    }
}

/// Multi-row INSERT, chunked below every backend's limit on bound parameters.
pub(crate) async fn insert_many(
    conn: &mut AnyConnection,
    table: &str,
    cols: &str,
    rows: Vec<Vec<Bind>>,
    suffix: &str,
) -> Result<()> {
    let width = cols.split(',').count();
    let per = (30_000 / width).max(1);
    for chunk in rows.chunks(per) {
        let mut q = Sql::new("INSERT INTO ");
        q.push(table).push(" (").push(cols).push(") VALUES ");
        for (i, row) in chunk.iter().enumerate() {
            q.push(if i > 0 { ", (" } else { "(" });
            for (j, b) in row.iter().enumerate() {
                if j > 0 {
                    q.push(", ");
                }
                q.push_bind(b.clone());
            }
            q.push(")");
        }
        q.push(suffix);
        q.execute(conn).await?;
    }
    Ok(())
}
