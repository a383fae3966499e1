//! Search: a typed [`SearchRequest`] becomes one SQL query over the current versions and
//! the index tables. Blind predicates are turned into tags here, with the same inputs
//! that [`crate::index`] used when storing.

use crate::index::blind_input;
use crate::sql::Sql;
use crate::{Result, Store, StoreError};
use sqlx::{AnyConnection, Row};
use ward_fhir::date::{self, DateRange};
use ward_fhir::registry::{ParamType, registry};
use ward_fhir::search::{Clause, MIN_PREFIX, Predicate, Prefix, SearchRequest, SortKey};

/// A version found by a search: enough to read it later, even after newer writes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct VersionRef {
    pub resource_type: String,
    pub id: String,
    pub version: i64,
    /// The patient whose compartment (and data key) the resource belongs to, read from the
    /// row's key id: authorization decides on it without opening the resource.
    pub patient: Option<String>,
}

impl VersionRef {
    /// From a row whose columns are `rtype, id, version, key_id`.
    fn from_row(r: &sqlx::any::AnyRow) -> Result<Self> {
        Ok(Self {
            resource_type: r.try_get(0)?,
            id: r.try_get(1)?,
            version: r.try_get(2)?,
            patient: crate::patient_of_key(&r.try_get::<String, _>(3)?),
        })
    }
}

fn table_for(kind: ParamType, identifying: bool) -> &'static str {
    if identifying {
        return "ward_idx_blind";
    }
    match kind {
        ParamType::Token | ParamType::Uri => "ward_idx_token",
        ParamType::String => "ward_idx_blind",
        ParamType::Date => "ward_idx_date",
        ParamType::Reference => "ward_idx_ref",
        ParamType::Quantity => "ward_idx_quantity",
    }
}

/// `c.id IN (SELECT x.id FROM table x WHERE …)`: an uncorrelated subquery, so that the
/// database drives the search from the index table's value index rather than scanning
/// every current resource of the type.
fn exists(rt: &str, table: &str, param: &str, cond: Sql) -> Sql {
    let mut q = Sql::new("c.id IN (SELECT x.id FROM ");
    q.push(table)
        .push(" x WHERE x.rtype = ")
        .push_bind(rt)
        .push(" AND x.param = ")
        .push_bind(param);
    if !cond.text.is_empty() {
        q.push(" AND (");
        q.append(cond);
        q.push(")");
    }
    q.push(")");
    q
}

fn date_cond(lo_col: &str, hi_col: &str, prefix: Prefix, r: DateRange) -> Sql {
    let mut q = Sql::default();
    let (lo, hi) = (lo_col, hi_col);
    match prefix {
        Prefix::Eq => q
            .push(lo)
            .push(" >= ")
            .push_bind(r.lo)
            .push(" AND ")
            .push(hi)
            .push(" <= ")
            .push_bind(r.hi),
        Prefix::Ne => q
            .push("NOT (")
            .push(lo)
            .push(" >= ")
            .push_bind(r.lo)
            .push(" AND ")
            .push(hi)
            .push(" <= ")
            .push_bind(r.hi)
            .push(")"),
        Prefix::Gt => q.push(hi).push(" > ").push_bind(r.hi),
        Prefix::Lt => q.push(lo).push(" < ").push_bind(r.lo),
        Prefix::Ge => q
            .push(hi)
            .push(" > ")
            .push_bind(r.hi)
            .push(" OR (")
            .push(lo)
            .push(" >= ")
            .push_bind(r.lo)
            .push(" AND ")
            .push(hi)
            .push(" <= ")
            .push_bind(r.hi)
            .push(")"),
        Prefix::Le => q
            .push(lo)
            .push(" < ")
            .push_bind(r.lo)
            .push(" OR (")
            .push(lo)
            .push(" >= ")
            .push_bind(r.lo)
            .push(" AND ")
            .push(hi)
            .push(" <= ")
            .push_bind(r.hi)
            .push(")"),
        Prefix::Sa => q.push(lo).push(" >= ").push_bind(r.hi),
        Prefix::Eb => q.push(hi).push(" <= ").push_bind(r.lo),
        Prefix::Ap => {
            let w = date::approximate(r, date::now_ms());
            q.push(lo)
                .push(" < ")
                .push_bind(w.hi)
                .push(" AND ")
                .push(hi)
                .push(" > ")
                .push_bind(w.lo)
        }
    };
    q
}

fn system_cond(q: &mut Sql, system: &Option<Option<String>>) {
    match system {
        None => {}
        Some(None) => {
            q.push(" AND x.system IS NULL");
        }
        Some(Some(s)) => {
            q.push(" AND x.system = ").push_bind(s.clone());
        }
    }
}

impl Store {
    fn tag(&self, param: &str, kind: char, value: &str) -> Vec<u8> {
        self.index_key
            .tag(param, &blind_input(kind, value))
            .to_vec()
    }

    fn predicate(&self, rt: &str, clause: &Clause, p: &Predicate) -> Result<Sql> {
        let param = clause.param.as_str();
        let blind_exists = |kind: char, value: &str, system: &Option<Option<String>>| {
            let mut cond = Sql::new("x.tag = ");
            cond.push_bind(self.tag(param, kind, value));
            system_cond(&mut cond, system);
            exists(rt, "ward_idx_blind", param, cond)
        };
        Ok(match p {
            Predicate::Id(id) => {
                let mut q = Sql::new("c.id = ");
                q.push_bind(id.as_str());
                q
            }
            Predicate::LastUpdated { prefix, range } => date_cond(
                "c.last_updated_ms",
                "(c.last_updated_ms + 1)",
                *prefix,
                *range,
            ),
            Predicate::Token { system, code } => {
                let mut cond = Sql::new("1 = 1");
                system_cond(&mut cond, system);
                if let Some(code) = code {
                    cond.push(" AND x.code = ").push_bind(code.as_str());
                }
                exists(rt, "ward_idx_token", param, cond)
            }
            Predicate::Uri(u) => {
                let mut cond = Sql::new("x.code = ");
                cond.push_bind(u.as_str());
                exists(rt, "ward_idx_token", param, cond)
            }
            Predicate::BlindToken { system, value } => blind_exists('t', value, system),
            Predicate::BlindDate(d) => blind_exists('d', d, &None),
            Predicate::BlindText { whole, last } => {
                let mut q = Sql::new("(");
                for w in whole {
                    q.append(blind_exists('w', w, &None));
                    q.push(" AND ");
                }
                let kind = if last.chars().count() >= MIN_PREFIX {
                    'p'
                } else {
                    'w'
                };
                q.append(blind_exists(kind, last, &None));
                q.push(")");
                q
            }
            Predicate::Date { prefix, range } => exists(
                rt,
                "ward_idx_date",
                param,
                date_cond("x.lo", "x.hi", *prefix, *range),
            ),
            Predicate::Reference { resource_type, id } => {
                let mut cond = Sql::new("x.target_id = ");
                cond.push_bind(id.as_str());
                if let Some(t) = resource_type {
                    cond.push(" AND x.target_type = ").push_bind(t.as_str());
                }
                exists(rt, "ward_idx_ref", param, cond)
            }
            Predicate::Quantity {
                prefix,
                value,
                lo,
                hi,
                system,
                code,
            } => {
                let mut cond = Sql::default();
                match prefix {
                    Prefix::Eq => cond
                        .push("x.value >= ")
                        .push_bind(*lo)
                        .push(" AND x.value < ")
                        .push_bind(*hi),
                    Prefix::Ne => cond
                        .push("NOT (x.value >= ")
                        .push_bind(*lo)
                        .push(" AND x.value < ")
                        .push_bind(*hi)
                        .push(")"),
                    Prefix::Gt | Prefix::Sa => cond.push("x.value > ").push_bind(*value),
                    Prefix::Lt | Prefix::Eb => cond.push("x.value < ").push_bind(*value),
                    Prefix::Ge => cond.push("x.value >= ").push_bind(*value),
                    Prefix::Le => cond.push("x.value <= ").push_bind(*value),
                    Prefix::Ap => cond
                        .push("x.value >= ")
                        .push_bind(value - value.abs() * 0.1)
                        .push(" AND x.value <= ")
                        .push_bind(value + value.abs() * 0.1),
                };
                if let Some(s) = system {
                    cond.push(" AND x.system = ").push_bind(s.as_str());
                }
                if let Some(c) = code {
                    cond.push(" AND x.code = ").push_bind(c.as_str());
                }
                exists(rt, "ward_idx_quantity", param, cond)
            }
            Predicate::Missing(missing) => {
                let kind = clause.kind.ok_or_else(|| {
                    StoreError::Fhir(ward_fhir::FhirError::BadParameter(format!(
                        "{param}:missing is not supported"
                    )))
                })?;
                let table = table_for(kind, ward_fhir::extract::is_identifying(param, kind));
                let mut q = Sql::new(if *missing { "NOT " } else { "" });
                q.append(exists(rt, table, param, Sql::default()));
                q
            }
        })
    }

    fn where_clause(&self, req: &SearchRequest) -> Result<Sql> {
        let mut q = Sql::new(" FROM ward_current c WHERE c.rtype = ");
        q.push_bind(req.resource_type.as_str())
            .push(" AND c.deleted = 0");
        for clause in &req.clauses {
            q.push(if clause.negate {
                " AND NOT ("
            } else {
                " AND ("
            });
            for (i, p) in clause.any_of.iter().enumerate() {
                if i > 0 {
                    q.push(" OR ");
                }
                q.push("(");
                q.append(self.predicate(req.resource_type.as_str(), clause, p)?);
                q.push(")");
            }
            q.push(")");
        }
        Ok(q)
    }

    /// All matches, in order, as version references (capped at `max_results`).
    pub async fn search(&self, req: &SearchRequest) -> Result<Vec<VersionRef>> {
        let mut q = Sql::new("SELECT c.rtype, c.id, c.version, c.key_id");
        q.append(self.where_clause(req)?);
        q.push(" ORDER BY ");
        for (key, desc) in &req.sort {
            let dir = if *desc { " DESC" } else { " ASC" };
            match key {
                SortKey::Id => q.push("c.id").push(dir),
                SortKey::LastUpdated => q.push("c.last_updated_ms").push(dir),
                SortKey::Date(p) => q
                    .push("COALESCE((SELECT MIN(x.lo) FROM ward_idx_date x WHERE x.rtype = c.rtype AND x.id = c.id AND x.param = ")
                    .push_bind(p.as_str())
                    .push("), ")
                    .push(if *desc { "-9223372036854775807" } else { "9223372036854775807" })
                    .push(")")
                    .push(dir),
            };
            q.push(", ");
        }
        // `+c.seq`: sort the (usually few) matches rather than walk every resource of
        // the type in sequence order hoping to meet them.
        q.push("+c.seq ASC LIMIT ")
            .push_bind((self.opts.max_results + 1) as i64);
        let mut conn = self.pool.acquire().await?;
        let rows = q.fetch_all(&mut conn).await?;
        if rows.len() > self.opts.max_results {
            return Err(StoreError::TooMany(format!(
                "the search matches more than {} resources; narrow it (for example by date or patient)",
                self.opts.max_results
            )));
        }
        rows.iter().map(VersionRef::from_row).collect()
    }

    /// The number of matches (`_summary=count`).
    pub async fn count(&self, req: &SearchRequest) -> Result<i64> {
        let mut q = Sql::new("SELECT COUNT(*)");
        q.append(self.where_clause(req)?);
        let mut conn = self.pool.acquire().await?;
        let row = q
            .fetch_optional(&mut conn)
            .await?
            .expect("COUNT returns a row");
        Ok(row.try_get(0)?)
    }

    /// Ids found by a conditional (`ifNoneExist`, conditional update) inside a transaction.
    pub(crate) async fn search_in(
        &self,
        conn: &mut AnyConnection,
        req: &SearchRequest,
    ) -> Result<Vec<String>> {
        let mut q = Sql::new("SELECT c.id");
        q.append(self.where_clause(req)?);
        q.push(" LIMIT 2");
        let rows = q.fetch_all(conn).await?;
        rows.iter().map(|r| Ok(r.try_get(0)?)).collect()
    }

    /// `_include`: current versions of what `refs` point to through `param`.
    pub async fn includes(
        &self,
        source: &[VersionRef],
        source_type: &str,
        param: &str,
        target: Option<&str>,
    ) -> Result<Vec<VersionRef>> {
        let mut out = Vec::new();
        let mut conn = self.pool.acquire().await?;
        for chunk in source.chunks(200) {
            let mut q = Sql::new(
                "SELECT DISTINCT c.rtype, c.id, c.version, c.key_id FROM ward_idx_ref x JOIN ward_current c ON c.rtype = x.target_type AND c.id = x.target_id WHERE c.deleted = 0 AND x.rtype = ",
            );
            q.push_bind(source_type)
                .push(" AND x.param = ")
                .push_bind(param);
            if let Some(t) = target {
                q.push(" AND x.target_type = ").push_bind(t);
            }
            q.push(" AND x.id IN (");
            for (i, r) in chunk.iter().enumerate() {
                if i > 0 {
                    q.push(", ");
                }
                q.push_bind(r.id.as_str());
            }
            q.push(")");
            for r in q.fetch_all(&mut conn).await? {
                out.push(VersionRef::from_row(&r)?);
            }
        }
        Ok(out)
    }

    /// `_revinclude`: current resources of `source_type` that point to `targets` through `param`.
    pub async fn revincludes(
        &self,
        targets: &[VersionRef],
        source_type: &str,
        param: &str,
    ) -> Result<Vec<VersionRef>> {
        let mut out = Vec::new();
        let mut conn = self.pool.acquire().await?;
        for chunk in targets.chunks(200) {
            let mut q = Sql::new(
                "SELECT DISTINCT c.rtype, c.id, c.version, c.key_id FROM ward_idx_ref x JOIN ward_current c ON c.rtype = x.rtype AND c.id = x.id WHERE c.deleted = 0 AND x.rtype = ",
            );
            q.push_bind(source_type)
                .push(" AND x.param = ")
                .push_bind(param)
                .push(" AND (");
            for (i, r) in chunk.iter().enumerate() {
                if i > 0 {
                    q.push(" OR ");
                }
                q.push("(x.target_type = ")
                    .push_bind(r.resource_type.as_str())
                    .push(" AND x.target_id = ")
                    .push_bind(r.id.as_str())
                    .push(")");
            }
            q.push(")");
            for r in q.fetch_all(&mut conn).await? {
                out.push(VersionRef::from_row(&r)?);
            }
        }
        Ok(out)
    }

    /// Which of `targets` (ids of `target_type`) are referenced through `param` by a
    /// current resource of `source_type` (e.g. which patients have any Consent), in one
    /// query per few hundred.
    pub async fn referenced_by(
        &self,
        source_type: &str,
        param: &str,
        target_type: &str,
        targets: &[&str],
    ) -> Result<std::collections::HashSet<String>> {
        let mut out = std::collections::HashSet::new();
        let mut conn = self.pool.acquire().await?;
        for chunk in targets.chunks(200) {
            let mut q = Sql::new(
                "SELECT DISTINCT x.target_id FROM ward_idx_ref x JOIN ward_current c ON c.rtype = x.rtype AND c.id = x.id WHERE c.deleted = 0 AND x.rtype = ",
            );
            q.push_bind(source_type)
                .push(" AND x.param = ")
                .push_bind(param)
                .push(" AND x.target_type = ")
                .push_bind(target_type)
                .push(" AND x.target_id IN (");
            for (i, t) in chunk.iter().enumerate() {
                if i > 0 {
                    q.push(", ");
                }
                q.push_bind(*t);
            }
            q.push(")");
            for r in q.fetch_all(&mut conn).await? {
                out.insert(r.try_get(0)?);
            }
        }
        Ok(out)
    }

    /// The plaintext `_security` values and the `code` values among `codes` (exact) or
    /// starting with one of `prefixes`, of `refs`, by (type, id), without opening any
    /// resource: what sensitivity is decided on.
    pub async fn codings(
        &self,
        refs: &[VersionRef],
        codes: &[&str],
        prefixes: &[&str],
    ) -> Result<std::collections::HashMap<(String, String), Vec<(String, String)>>> {
        let mut out: std::collections::HashMap<(String, String), Vec<(String, String)>> =
            std::collections::HashMap::new();
        let mut by_type: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
        for r in refs {
            by_type.entry(&r.resource_type).or_default().push(&r.id);
        }
        let mut conn = self.pool.acquire().await?;
        for (rt, ids) in by_type {
            for chunk in ids.chunks(200) {
                let mut q = Sql::new(
                    "SELECT id, system, code FROM ward_idx_token WHERE system IS NOT NULL AND (param = '_security' OR (param = 'code' AND (code IN (",
                );
                for (i, c) in codes.iter().enumerate() {
                    if i > 0 {
                        q.push(", ");
                    }
                    q.push_bind(*c);
                }
                if codes.is_empty() {
                    q.push("NULL");
                }
                q.push(")");
                for p in prefixes {
                    q.push(" OR code LIKE ").push_bind(format!("{p}%"));
                }
                q.push("))) AND rtype = ");
                q.push_bind(rt).push(" AND id IN (");
                for (i, id) in chunk.iter().enumerate() {
                    if i > 0 {
                        q.push(", ");
                    }
                    q.push_bind(*id);
                }
                q.push(")");
                for r in q.fetch_all(&mut conn).await? {
                    out.entry((rt.to_string(), r.try_get(0)?))
                        .or_default()
                        .push((r.try_get(1)?, r.try_get(2)?));
                }
            }
        }
        Ok(out)
    }

    /// `Patient/{id}/$everything`: the patient, every resource in their compartment, and
    /// the resources those refer to (practitioners, organizations, locations, medications).
    pub async fn everything(&self, patient_id: &str) -> Result<Vec<VersionRef>> {
        let mut conn = self.pool.acquire().await?;
        let key_id = ward_crypto::KeyId::patient(patient_id);
        let rows = sqlx::query("SELECT rtype, id, version, key_id FROM ward_current WHERE key_id = $1 AND deleted = 0 ORDER BY CASE WHEN rtype = 'Patient' THEN 0 ELSE 1 END, seq")
            .bind(key_id.as_str())
            .fetch_all(&mut *conn)
            .await?;
        let mut out: Vec<VersionRef> = rows
            .iter()
            .map(VersionRef::from_row)
            .collect::<Result<_>>()?;
        let referenced = sqlx::query(
            "SELECT DISTINCT c.rtype, c.id, c.version, c.key_id FROM ward_current s JOIN ward_idx_ref x ON x.rtype = s.rtype AND x.id = s.id \
             JOIN ward_current c ON c.rtype = x.target_type AND c.id = x.target_id \
             WHERE s.key_id = $1 AND s.deleted = 0 AND c.deleted = 0 AND c.key_id <> $1 AND c.rtype <> 'Patient'",
        )
        .bind(key_id.as_str())
        .fetch_all(&mut *conn)
        .await?;
        for r in referenced {
            out.push(VersionRef::from_row(&r)?);
        }
        let _ = registry();
        Ok(out)
    }
}
