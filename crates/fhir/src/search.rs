//! Parsing of FHIR search requests (`GET [type]?…` and `POST [type]/_search`) into a
//! typed query. What cannot be answered is refused with a 400 that says why, never
//! silently ignored: a dropped filter would return more patient data than was asked for.

use crate::date::{self, DateRange, Precision};
use crate::extract::is_identifying;
use crate::normalize::{digits, normalize, words};
use crate::registry::{ParamType, registry};
use crate::resource::{ResourceType, is_valid_id};
use crate::{FhirError, Result};

/// Shortest word prefix a blind index can match (see docs/encryption.md).
pub const MIN_PREFIX: usize = 3;
pub const DEFAULT_COUNT: usize = 50;
pub const MAX_COUNT: usize = 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prefix {
    Eq,
    Ne,
    Gt,
    Lt,
    Ge,
    Le,
    Sa,
    Eb,
    Ap,
}

impl Prefix {
    fn split(v: &str) -> (Prefix, &str) {
        let p = match v.get(..2) {
            Some("eq") => Prefix::Eq,
            Some("ne") => Prefix::Ne,
            Some("gt") => Prefix::Gt,
            Some("lt") => Prefix::Lt,
            Some("ge") => Prefix::Ge,
            Some("le") => Prefix::Le,
            Some("sa") => Prefix::Sa,
            Some("eb") => Prefix::Eb,
            Some("ap") => Prefix::Ap,
            _ => return (Prefix::Eq, v),
        };
        (p, &v[2..])
    }
}

/// One alternative of a clause (values separated by commas are ORed).
#[derive(Clone, Debug, PartialEq)]
pub enum Predicate {
    /// `system|code`: `system` is `None` for "any system", `Some(None)` for `|code`
    /// ("no system"); `code` is `None` for `system|` (any code in the system).
    Token {
        system: Option<Option<String>>,
        code: Option<String>,
    },
    /// Blind token: the normalized value to tag, and the system filter (plaintext).
    BlindToken {
        system: Option<Option<String>>,
        value: String,
    },
    /// Blind string: every word must match; all but the last as whole words, the last as
    /// a prefix (≥ MIN_PREFIX characters) or whole word.
    BlindText {
        whole: Vec<String>,
        last: String,
    },
    /// Blind date: equality at the precision written (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
    BlindDate(String),
    Date {
        prefix: Prefix,
        range: DateRange,
    },
    Reference {
        resource_type: Option<String>,
        id: String,
    },
    Quantity {
        prefix: Prefix,
        value: f64,
        lo: f64,
        hi: f64,
        system: Option<String>,
        code: Option<String>,
    },
    Uri(String),
    Missing(bool),
    /// `_id`
    Id(String),
    /// `_lastUpdated`
    LastUpdated {
        prefix: Prefix,
        range: DateRange,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Clause {
    pub param: String,
    pub kind: Option<ParamType>,
    /// `:not` on a token: the clause matches resources that have none of the values.
    pub negate: bool,
    pub any_of: Vec<Predicate>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SortKey {
    Id,
    LastUpdated,
    Date(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Include {
    pub source_type: String,
    pub param: String,
    pub target_type: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SearchRequest {
    pub resource_type: ResourceType,
    pub clauses: Vec<Clause>,
    pub count: usize,
    pub sort: Vec<(SortKey, bool)>,
    pub summary_count: bool,
    pub includes: Vec<Include>,
    pub revincludes: Vec<Include>,
    pub elements: Option<Vec<String>>,
}

fn bad(msg: impl Into<String>) -> FhirError {
    FhirError::BadParameter(msg.into())
}

/// Parses decoded query parameters. Paging parameters (`_getpages…`) and `_format` are
/// handled by the caller and must not be passed here.
pub fn parse(rt: &ResourceType, params: &[(String, String)]) -> Result<SearchRequest> {
    let reg = registry();
    if !reg.is_searchable(rt.as_str()) {
        return Err(FhirError::NotSupported(format!(
            "search is not supported on {rt}"
        )));
    }
    let mut req = SearchRequest {
        resource_type: rt.clone(),
        clauses: Vec::new(),
        count: DEFAULT_COUNT,
        sort: Vec::new(),
        summary_count: false,
        includes: Vec::new(),
        revincludes: Vec::new(),
        elements: None,
    };
    for (name, value) in params {
        let (base, modifier) = match name.split_once(':') {
            Some((b, m)) => (b, Some(m)),
            None => (name.as_str(), None),
        };
        match base {
            "_count" => {
                let n: usize = value.parse().map_err(|_| {
                    bad(format!(
                        "_count must be a non-negative integer, got '{}'",
                        clip(value)
                    ))
                })?;
                req.count = n.min(MAX_COUNT);
            }
            "_sort" => {
                for key in value.split(',').filter(|k| !k.is_empty()) {
                    let (desc, k) = key
                        .strip_prefix('-')
                        .map(|k| (true, k))
                        .unwrap_or((false, key));
                    let sk = match k {
                        "_id" => SortKey::Id,
                        "_lastUpdated" => SortKey::LastUpdated,
                        p => match reg.param(rt.as_str(), p) {
                            Some(d) if d.kind == ParamType::Date && !is_identifying(p, d.kind) => {
                                SortKey::Date(p.into())
                            }
                            Some(_) => {
                                return Err(bad(format!(
                                    "_sort on '{p}' is not supported: Ward sorts by _id, _lastUpdated and non-identifying date parameters"
                                )));
                            }
                            None => {
                                return Err(bad(format!(
                                    "_sort: unknown search parameter '{}' for {rt}",
                                    clip(p)
                                )));
                            }
                        },
                    };
                    req.sort.push((sk, desc));
                }
            }
            "_summary" => match value.as_str() {
                "count" => req.summary_count = true,
                "false" => {}
                v => {
                    return Err(bad(format!(
                        "_summary={} is not supported (count and false are)",
                        clip(v)
                    )));
                }
            },
            "_total" => match value.as_str() {
                "none" | "estimate" | "accurate" => {}
                v => return Err(bad(format!("_total={} is not valid", clip(v)))),
            },
            "_elements" => {
                let els: Vec<String> = value
                    .split(',')
                    .map(str::trim)
                    .filter(|e| !e.is_empty())
                    .map(str::to_string)
                    .collect();
                if els
                    .iter()
                    .any(|e| !e.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
                {
                    return Err(bad("_elements must list element names"));
                }
                req.elements = Some(els);
            }
            "_include" | "_revinclude" => {
                if modifier.is_some_and(|m| m != "iterate") {
                    return Err(bad(format!(
                        "{base}:{} is not supported",
                        clip(modifier.unwrap_or_default())
                    )));
                }
                let inc = parse_include(value)?;
                if base == "_include" {
                    if inc.source_type != rt.as_str() {
                        return Err(bad(format!(
                            "_include must start with the searched type {rt}"
                        )));
                    }
                    req.includes.push(inc);
                } else {
                    req.revincludes.push(inc);
                }
            }
            "_id" => {
                if modifier.is_some() {
                    return Err(bad("_id takes no modifier"));
                }
                let ids = value.split(',').map(|v| {
                    if is_valid_id(v) {
                        Ok(Predicate::Id(v.to_string()))
                    } else {
                        Err(bad(format!("_id: '{}' is not a valid id", clip(v))))
                    }
                });
                req.clauses.push(Clause {
                    param: "_id".into(),
                    kind: None,
                    negate: false,
                    any_of: ids.collect::<Result<_>>()?,
                });
            }
            "_lastUpdated" => {
                if modifier.is_some() {
                    return Err(bad("_lastUpdated takes no modifier"));
                }
                let any_of = value
                    .split(',')
                    .map(|v| {
                        let (prefix, d) = Prefix::split(v);
                        let (range, _) = date::parse(d).ok_or_else(|| {
                            bad(format!("_lastUpdated: '{}' is not a FHIR date", clip(d)))
                        })?;
                        Ok(Predicate::LastUpdated { prefix, range })
                    })
                    .collect::<Result<_>>()?;
                req.clauses.push(Clause {
                    param: "_lastUpdated".into(),
                    kind: None,
                    negate: false,
                    any_of,
                });
            }
            p if p.starts_with('_')
                && !matches!(p, "_tag" | "_profile" | "_security" | "_source") =>
            {
                return Err(bad(format!(
                    "search parameter '{}' is not supported",
                    clip(p)
                )));
            }
            p if p.contains('.') => {
                return Err(bad(format!(
                    "chained search ('{}') is not supported",
                    clip(p)
                )));
            }
            p => {
                let def = reg.param(rt.as_str(), p).ok_or_else(|| {
                    bad(format!("unknown search parameter '{}' for {rt}", clip(p)))
                })?;
                req.clauses
                    .push(parse_clause(p, def.kind, modifier, value, &def.targets)?);
            }
        }
    }
    Ok(req)
}

fn parse_include(v: &str) -> Result<Include> {
    let mut parts = v.split(':');
    let (Some(src), Some(param)) = (parts.next(), parts.next()) else {
        return Err(bad(format!(
            "_include/_revinclude must be Type:param[:target], got '{}'",
            clip(v)
        )));
    };
    let target = parts.next().map(str::to_string);
    let reg = registry();
    match reg.param(src, param) {
        Some(d) if d.kind == ParamType::Reference => {}
        _ => {
            return Err(bad(format!(
                "'{}' is not a reference search parameter",
                clip(v)
            )));
        }
    }
    if let Some(t) = &target
        && !reg.is_resource_type(t)
    {
        return Err(FhirError::UnknownType(clip(t)));
    }
    Ok(Include {
        source_type: src.into(),
        param: param.into(),
        target_type: target,
    })
}

fn clip(s: &str) -> String {
    crate::resource::truncate(s, 60)
}

fn parse_clause(
    code: &str,
    kind: ParamType,
    modifier: Option<&str>,
    value: &str,
    targets: &[String],
) -> Result<Clause> {
    let blind = is_identifying(code, kind);
    let mut negate = false;
    let mut ref_type = None;
    match modifier {
        None => {}
        Some("missing") => {
            let m = match value {
                "true" => true,
                "false" => false,
                _ => return Err(bad(format!("{code}:missing must be true or false"))),
            };
            return Ok(Clause {
                param: code.into(),
                kind: Some(kind),
                negate: false,
                any_of: vec![Predicate::Missing(m)],
            });
        }
        Some("not") if kind == ParamType::Token && !blind => negate = true,
        Some(t) if kind == ParamType::Reference && registry().is_resource_type(t) => {
            ref_type = Some(t.to_string())
        }
        Some(m @ ("exact" | "contains" | "text")) if blind => {
            return Err(bad(format!(
                "{code}:{m} cannot be answered: '{code}' is stored only as a blind index (case- and accent-insensitive equality and word prefixes)"
            )));
        }
        Some(m) => {
            return Err(bad(format!(
                "modifier ':{}' is not supported on '{code}'",
                clip(m)
            )));
        }
    }
    let mut any_of = Vec::new();
    for v in split_values(value) {
        if v.is_empty() {
            return Err(bad(format!("empty value for '{code}'")));
        }
        any_of.push(match kind {
            ParamType::Token if blind => {
                let (system, val) = split_token(&v);
                let val = val.ok_or_else(|| bad(format!("{code}: a value is required (system| alone cannot be answered from a blind index)")))?;
                let system_filter = system.clone();
                let norm = if code == "phone" { digits(&val) } else if code == "email" { val.trim().to_lowercase() } else { val.trim().to_string() };
                let norm = if code == "telecom" && digits(&val).len() >= 7 && val.chars().all(|c| c.is_ascii_digit() || " ()-+.".contains(c)) { digits(&val) } else { norm };
                Predicate::BlindToken { system: system_filter, value: norm }
            }
            ParamType::Token => {
                let (system, code_v) = split_token(&v);
                Predicate::Token { system, code: code_v }
            }
            ParamType::Uri => Predicate::Uri(v.clone()),
            ParamType::String => {
                let n = normalize(&v);
                let mut ws: Vec<String> = words(&n).map(str::to_string).collect();
                let last = ws.pop().ok_or_else(|| bad(format!("{code}: the value has no letters or digits")))?;
                if ws.is_empty() && last.chars().count() < 2 {
                    return Err(bad(format!(
                        "{code}: '{}' is too short; blind indexes answer whole words, or prefixes of at least {MIN_PREFIX} characters",
                        clip(&v)
                    )));
                }
                Predicate::BlindText { whole: ws, last }
            }
            ParamType::Date if blind => {
                let (prefix, d) = Prefix::split(&v);
                let (_, precision) = date::parse(d).ok_or_else(|| bad(format!("{code}: '{}' is not a FHIR date", clip(d))))?;
                if prefix != Prefix::Eq || precision == Precision::Time {
                    return Err(bad(format!(
                        "{code} is stored only as a blind index: it answers equality at year, month or day precision, not ranges"
                    )));
                }
                Predicate::BlindDate(d.to_string())
            }
            ParamType::Date => {
                let (prefix, d) = Prefix::split(&v);
                let (range, _) = date::parse(d).ok_or_else(|| bad(format!("{code}: '{}' is not a FHIR date", clip(d))))?;
                Predicate::Date { prefix, range }
            }
            ParamType::Reference => parse_reference(code, &v, ref_type.as_deref(), targets)?,
            ParamType::Quantity => parse_quantity(code, &v)?,
        });
    }
    Ok(Clause {
        param: code.into(),
        kind: Some(kind),
        negate,
        any_of,
    })
}

/// Splits on commas not escaped with a backslash, and unescapes `\,` `\|` `\$` `\\`.
fn split_values(v: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(n) = chars.next() {
                    out.last_mut().expect("non-empty").push(n);
                }
            }
            ',' => out.push(String::new()),
            c => out.last_mut().expect("non-empty").push(c),
        }
    }
    out
}

fn split_token(v: &str) -> (Option<Option<String>>, Option<String>) {
    match v.split_once('|') {
        None => (None, Some(v.to_string())),
        Some(("", c)) => (Some(None), Some(c.to_string()).filter(|c| !c.is_empty())),
        Some((s, "")) => (Some(Some(s.to_string())), None),
        Some((s, c)) => (Some(Some(s.to_string())), Some(c.to_string())),
    }
}

fn parse_reference(
    code: &str,
    v: &str,
    modifier_type: Option<&str>,
    targets: &[String],
) -> Result<Predicate> {
    let (t, id) = match v.rsplit_once('/') {
        Some((t, id)) => {
            let t = t.rsplit('/').next().unwrap_or(t);
            (Some(t.to_string()), id)
        }
        None => (modifier_type.map(str::to_string), v),
    };
    if !is_valid_id(id) {
        return Err(bad(format!(
            "{code}: '{}' is not a valid reference",
            clip(v)
        )));
    }
    if let Some(t) = &t {
        if !registry().is_resource_type(t) {
            return Err(FhirError::UnknownType(clip(t)));
        }
        if !targets.is_empty() && !targets.contains(t) {
            return Err(bad(format!("{code} cannot refer to {t}")));
        }
    }
    Ok(Predicate::Reference {
        resource_type: t,
        id: id.to_string(),
    })
}

fn parse_quantity(code: &str, v: &str) -> Result<Predicate> {
    let (prefix, rest) = Prefix::split(v);
    let mut parts = rest.splitn(3, '|');
    let num = parts.next().unwrap_or_default();
    let value: f64 = num
        .parse()
        .map_err(|_| bad(format!("{code}: '{}' is not a number", clip(num))))?;
    if !value.is_finite() {
        return Err(bad(format!("{code}: the number must be finite")));
    }
    // Implicit precision: 5.4 means [5.35, 5.45).
    let decimals = num
        .split_once('.')
        .map(|(_, f)| f.len() as i32)
        .unwrap_or(0);
    let half = 0.5 * 10f64.powi(-decimals);
    let system = parts.next().filter(|s| !s.is_empty()).map(str::to_string);
    let unit = parts.next().filter(|s| !s.is_empty()).map(str::to_string);
    Ok(Predicate::Quantity {
        prefix,
        value,
        lo: value - half,
        hi: value + half,
        system,
        code: unit,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(t: &str, q: &[(&str, &str)]) -> Result<SearchRequest> {
        let rt = ResourceType::parse(t).unwrap();
        parse(
            &rt,
            &q.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn parses_common_searches() {
        let r = p(
            "Observation",
            &[
                ("code", "http://loinc.org|8867-4,1234-5"),
                ("date", "ge2020-01"),
                ("_count", "10"),
            ],
        )
        .unwrap();
        assert_eq!(r.count, 10);
        assert_eq!(r.clauses.len(), 2);
        assert_eq!(r.clauses[0].any_of.len(), 2);
        let r = p("Patient", &[("name", "Zoë smi")]).unwrap();
        assert_eq!(
            r.clauses[0].any_of[0],
            Predicate::BlindText {
                whole: vec!["zoe".into()],
                last: "smi".into()
            }
        );
        let r = p("Observation", &[("subject", "Patient/1")]).unwrap();
        assert!(
            matches!(&r.clauses[0].any_of[0], Predicate::Reference { resource_type: Some(t), .. } if t == "Patient")
        );
        assert!(
            p(
                "Observation",
                &[("value-quantity", "gt5.4|http://unitsofmeasure.org|mg")]
            )
            .is_ok()
        );
    }

    #[test]
    fn refuses_what_it_cannot_answer() {
        assert!(p("Patient", &[("nope", "x")]).is_err());
        assert!(p("Patient", &[("name:contains", "x")]).is_err());
        assert!(p("Patient", &[("birthdate", "gt2000")]).is_err());
        assert!(p("Patient", &[("name", "j")]).is_err());
        assert!(p("Patient", &[("general-practitioner.name", "x")]).is_err());
        assert!(p("Patient", &[("_count", "-1")]).is_err());
        assert!(p("Patient", &[("_sort", "name")]).is_err());
        assert!(p("Patient", &[("_id", "a b")]).is_err());
        assert!(p("Observation", &[("date", "2020-13")]).is_err());
    }
}
