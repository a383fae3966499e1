//! Extraction of search values from a resource, by evaluating each search parameter's
//! FHIRPath expression and reading the FHIR datatype it lands on.

use crate::date::{self, DateRange};
use crate::normalize::{digits, normalize};
use crate::path::PathEngine;
use crate::registry::{ParamType, registry};
use crate::resource::{Reference, ResourceType};
use crate::{FhirError, Result};
use serde_json::{Map, Value};

/// One value of one search parameter, as extracted. Strings are already normalized.
#[derive(Clone, Debug, PartialEq)]
pub enum IndexValue {
    /// token and uri: `system|code` (system absent for uri and plain codes).
    Token {
        system: Option<String>,
        code: String,
    },
    /// string: the normalized value of one part (a name part, an address line…).
    Text(String),
    Date {
        range: DateRange,
        raw: String,
    },
    Reference(Reference),
    Quantity {
        value: f64,
        system: Option<String>,
        code: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct IndexEntry {
    pub param: String,
    pub kind: ParamType,
    pub value: IndexValue,
}

/// Whether a parameter's values identify a person and so are stored only as blind
/// indexes. See `docs/encryption.md` for the table and the reasons.
pub fn is_identifying(code: &str, kind: ParamType) -> bool {
    match kind {
        // Every string parameter: names, addresses, and free text that may quote them.
        ParamType::String => true,
        ParamType::Token => matches!(code, "identifier" | "telecom" | "phone" | "email"),
        ParamType::Date => matches!(code, "birthdate" | "death-date"),
        _ => false,
    }
}

/// What extraction found: the index entries and the patients whose compartment the
/// resource is in.
#[derive(Debug, Default)]
pub struct Extracted {
    pub entries: Vec<IndexEntry>,
    pub patients: Vec<String>,
}

/// Extracts every search value of `resource`. A value that violates its datatype (an
/// unparseable date in a date element) is a 422.
pub fn extract(
    engine: &dyn PathEngine,
    rt: &ResourceType,
    id: &str,
    resource: &Map<String, Value>,
) -> Result<Extracted> {
    extract_owned(engine, rt, id, Value::Object(resource.clone())).map(|(e, _)| e)
}

/// [`extract`] for a resource the caller owns; gives the resource back.
pub fn extract_owned(
    engine: &dyn PathEngine,
    rt: &ResourceType,
    id: &str,
    resource: Value,
) -> Result<(Extracted, Value)> {
    let reg = registry();
    let defs: Vec<(&str, &crate::registry::SearchParamDef)> = reg.params(rt.as_str()).collect();
    let exprs: Vec<&str> = defs.iter().map(|(_, d)| d.expression.as_str()).collect();
    let (value, results) = engine.evaluate_owned(resource, &exprs);
    let mut out = Extracted::default();
    for ((code, def), res) in defs.iter().zip(results) {
        for v in res? {
            read_values(code, def.kind, &def.targets, &v, &mut out.entries)?;
        }
    }
    if rt.is_patient() {
        out.patients.push(id.to_string());
    } else {
        let cparams = reg.compartment_params(rt.as_str());
        for e in &out.entries {
            if let IndexValue::Reference(r) = &e.value
                && r.resource_type == "Patient"
                && cparams.iter().any(|p| p == &e.param)
                && !out.patients.contains(&r.id)
            {
                out.patients.push(r.id.clone());
            }
        }
    }
    Ok((out, value))
}

fn push(out: &mut Vec<IndexEntry>, code: &str, kind: ParamType, value: IndexValue) {
    let e = IndexEntry {
        param: code.to_string(),
        kind,
        value,
    };
    if !out.contains(&e) {
        out.push(e);
    }
}

fn s(o: &Map<String, Value>, k: &str) -> Option<String> {
    o.get(k).and_then(Value::as_str).map(str::to_string)
}

fn read_values(
    code: &str,
    kind: ParamType,
    targets: &[String],
    v: &Value,
    out: &mut Vec<IndexEntry>,
) -> Result<()> {
    match kind {
        ParamType::Token => read_token(code, v, out),
        ParamType::Uri => {
            if let Some(u) = v.as_str() {
                push(
                    out,
                    code,
                    kind,
                    IndexValue::Token {
                        system: None,
                        code: u.to_string(),
                    },
                );
            }
        }
        ParamType::String => read_string(code, v, out),
        ParamType::Date => read_date(code, v, out)?,
        ParamType::Reference => {
            let r = match v {
                Value::Object(o) => o.get("reference").and_then(Value::as_str),
                _ => None,
            };
            if let Some(r) = r.and_then(Reference::parse_local)
                && (targets.is_empty() || targets.iter().any(|t| t == &r.resource_type))
            {
                push(out, code, kind, IndexValue::Reference(r));
            }
        }
        ParamType::Quantity => {
            if let Value::Object(o) = v {
                if let Some(value) = o.get("value").and_then(Value::as_f64) {
                    let system = s(o, "system");
                    let unit_code = s(o, "code").or_else(|| s(o, "unit"));
                    push(
                        out,
                        code,
                        kind,
                        IndexValue::Quantity {
                            value,
                            system,
                            code: unit_code,
                        },
                    );
                }
            } else if let Some(n) = v.as_f64() {
                push(
                    out,
                    code,
                    kind,
                    IndexValue::Quantity {
                        value: n,
                        system: None,
                        code: None,
                    },
                );
            }
        }
    }
    Ok(())
}

fn token_code(code: &str, system: Option<&str>, value: &str) -> String {
    // Telecom values match whatever punctuation they were written with.
    let is_phone = code == "phone" || matches!(system, Some("phone" | "fax" | "sms"));
    if is_phone && !digits(value).is_empty() {
        digits(value)
    } else if code == "email" || system == Some("email") {
        value.trim().to_lowercase()
    } else {
        value.trim().to_string()
    }
}

fn read_token(code: &str, v: &Value, out: &mut Vec<IndexEntry>) {
    let kind = ParamType::Token;
    match v {
        Value::String(x) => push(
            out,
            code,
            kind,
            IndexValue::Token {
                system: None,
                code: token_code(code, None, x),
            },
        ),
        Value::Bool(b) => push(
            out,
            code,
            kind,
            IndexValue::Token {
                system: None,
                code: b.to_string(),
            },
        ),
        Value::Object(o) => {
            if let Some(codings) = o.get("coding").and_then(Value::as_array) {
                // CodeableConcept
                for c in codings {
                    read_token(code, c, out);
                }
            } else if let (Some(c), sys) = (o.get("code").and_then(Value::as_str), s(o, "system")) {
                // Coding
                push(
                    out,
                    code,
                    kind,
                    IndexValue::Token {
                        system: sys,
                        code: c.to_string(),
                    },
                );
            } else if let Some(val) = o.get("value").and_then(Value::as_str) {
                // Identifier or ContactPoint
                let sys = s(o, "system");
                let is_contact = matches!(
                    sys.as_deref(),
                    Some("phone" | "fax" | "email" | "pager" | "url" | "sms" | "other")
                );
                let c = token_code(code, sys.as_deref(), val);
                let system = if is_contact { None } else { sys };
                push(out, code, kind, IndexValue::Token { system, code: c });
            }
        }
        _ => {}
    }
}

fn read_string(code: &str, v: &Value, out: &mut Vec<IndexEntry>) {
    let mut add = |x: &str| {
        let n = normalize(x);
        if !n.is_empty() {
            push(out, code, ParamType::String, IndexValue::Text(n));
        }
    };
    match v {
        Value::String(x) => add(x),
        Value::Object(o) => {
            // HumanName and Address: every part; anything else: its text.
            for k in [
                "family",
                "given",
                "prefix",
                "suffix",
                "text",
                "line",
                "city",
                "district",
                "state",
                "postalCode",
                "country",
                "display",
            ] {
                match o.get(k) {
                    Some(Value::String(x)) => add(x),
                    Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).for_each(&mut add),
                    _ => {}
                }
            }
        }
        _ => {}
    }
}

fn read_date(code: &str, v: &Value, out: &mut Vec<IndexEntry>) -> Result<()> {
    let kind = ParamType::Date;
    match v {
        Value::String(x) => {
            let (range, _) = date::parse(x).ok_or_else(|| {
                FhirError::Invalid(format!(
                    "the value of search parameter '{code}' is not a valid FHIR date"
                ))
            })?;
            push(
                out,
                code,
                kind,
                IndexValue::Date {
                    range,
                    raw: x.clone(),
                },
            );
        }
        Value::Object(o) => {
            let (start, end) = (
                o.get("start").and_then(Value::as_str),
                o.get("end").and_then(Value::as_str),
            );
            if start.is_some() || end.is_some() {
                let range = date::period(start, end).ok_or_else(|| {
                    FhirError::Invalid(format!(
                        "the period of search parameter '{code}' is not valid"
                    ))
                })?;
                push(
                    out,
                    code,
                    kind,
                    IndexValue::Date {
                        range,
                        raw: String::new(),
                    },
                );
            }
        }
        _ => {}
    }
    Ok(())
}
