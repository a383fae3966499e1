//! Search-index rows: built from extracted values, identifying ones as blind tags.

use crate::Result;
use crate::sql::{Bind, Sql};
use sqlx::AnyConnection;
use std::collections::HashSet;
use ward_crypto::BlindIndexKey;
use ward_fhir::extract::{Extracted, IndexValue, is_identifying};
use ward_fhir::search::MIN_PREFIX;

pub const TABLES: &[&str] = &[
    "ward_idx_token",
    "ward_idx_blind",
    "ward_idx_date",
    "ward_idx_ref",
    "ward_idx_quantity",
];

/// Input to a blind tag for a string word (`w:`), a word prefix (`p:`), a token (`t:`),
/// or a date at some precision (`d:`).
pub fn blind_input(kind: char, value: &str) -> String {
    format!("{kind}:{value}")
}

/// Column lists of the index tables, after `rtype, id`.
pub fn columns(table: &str) -> &'static str {
    match table {
        "ward_idx_token" => "rtype, id, param, system, code",
        "ward_idx_blind" => "rtype, id, param, system, tag",
        "ward_idx_date" => "rtype, id, param, lo, hi",
        "ward_idx_ref" => "rtype, id, param, target_type, target_id",
        _ => "rtype, id, param, value, system, code",
    }
}

/// The index rows of one resource, as (table, row).
pub fn build(
    key: &BlindIndexKey,
    rt: &str,
    id: &str,
    ex: &Extracted,
) -> Vec<(&'static str, Vec<Bind>)> {
    let mut rows = Vec::with_capacity(ex.entries.len() * 2);
    let mut seen_tags: HashSet<(String, Option<String>, [u8; 16])> = HashSet::new();
    let row = |table: &'static str, p: &str, rest: Vec<Bind>| {
        let mut r = vec![
            Bind::Text(rt.to_string()),
            Bind::Text(id.to_string()),
            Bind::Text(p.to_string()),
        ];
        r.extend(rest);
        (table, r)
    };
    let mut blind = |rows: &mut Vec<(&'static str, Vec<Bind>)>,
                     param: &str,
                     system: Option<String>,
                     input: String| {
        let tag = key.tag(param, &input);
        if seen_tags.insert((param.to_string(), system.clone(), tag)) {
            rows.push(row(
                "ward_idx_blind",
                param,
                vec![Bind::OptText(system), Bind::Blob(tag.to_vec())],
            ));
        }
    };
    for e in &ex.entries {
        let p = e.param.as_str();
        let identifying = is_identifying(p, e.kind);
        match &e.value {
            IndexValue::Token { system, code } if identifying => {
                blind(&mut rows, p, system.clone(), blind_input('t', code))
            }
            IndexValue::Token { system, code } => rows.push(row(
                "ward_idx_token",
                p,
                vec![Bind::OptText(system.clone()), Bind::Text(code.clone())],
            )),
            IndexValue::Text(n) => {
                for w in ward_fhir::normalize::words(n) {
                    blind(&mut rows, p, None, blind_input('w', w));
                    let chars: Vec<char> = w.chars().collect();
                    for len in MIN_PREFIX..=chars.len() {
                        blind(
                            &mut rows,
                            p,
                            None,
                            blind_input('p', &chars[..len].iter().collect::<String>()),
                        );
                    }
                }
            }
            IndexValue::Date { raw, .. } if identifying => {
                // Tags at each precision the value was written with: year, month, day.
                let date = raw.split('T').next().unwrap_or_default();
                for len in [4, 7, 10] {
                    if date.len() >= len {
                        blind(&mut rows, p, None, blind_input('d', &date[..len]));
                    }
                }
            }
            IndexValue::Date { range, .. } => rows.push(row(
                "ward_idx_date",
                p,
                vec![Bind::Int(range.lo), Bind::Int(range.hi)],
            )),
            IndexValue::Reference(r) => rows.push(row(
                "ward_idx_ref",
                p,
                vec![
                    Bind::Text(r.resource_type.clone()),
                    Bind::Text(r.id.clone()),
                ],
            )),
            IndexValue::Quantity {
                value,
                system,
                code,
            } => rows.push(row(
                "ward_idx_quantity",
                p,
                vec![
                    Bind::Real(*value),
                    Bind::OptText(system.clone()),
                    Bind::OptText(code.clone()),
                ],
            )),
        }
    }
    rows
}

pub async fn delete_rows(conn: &mut AnyConnection, rt: &str, id: &str) -> Result<()> {
    for t in TABLES {
        let mut q = Sql::new("DELETE FROM ");
        q.push(t)
            .push(" WHERE rtype = ")
            .push_bind(rt)
            .push(" AND id = ")
            .push_bind(id);
        q.execute(conn).await?;
    }
    Ok(())
}
