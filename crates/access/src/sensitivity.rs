//! Sensitive categories of a resource: mental-health, substance-use, hiv, reproductive,
//! genetic. A resource is in a category when one of its security labels (`meta.security`)
//! or one of its clinical codes is listed in `data/sensitive-codes.tsv` (HL7 v3 ActCode
//! sensitivity labels, ICD-10-CM chapters by prefix, SNOMED CT and LOINC concepts).
//! The policies require the patient's explicit consent for these.

use serde_json::{Map, Value};
use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

struct Table {
    exact: HashMap<(String, String), &'static str>,
    /// (system, prefix, category), longest prefix first.
    prefixes: Vec<(String, String, &'static str)>,
}

fn category_name(c: &str) -> &'static str {
    match c {
        "mental-health" => "mental-health",
        "substance-use" => "substance-use",
        "hiv" => "hiv",
        "reproductive" => "reproductive",
        "genetic" => "genetic",
        other => panic!("unknown sensitive category '{other}' in data/sensitive-codes.tsv"),
    }
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut exact = HashMap::new();
        let mut prefixes = Vec::new();
        for line in include_str!("../data/sensitive-codes.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            let (system, code, cat) = (f[0], f[1], category_name(f[2]));
            match code.strip_suffix('*') {
                Some(p) => prefixes.push((system.to_string(), p.to_string(), cat)),
                None => {
                    exact.insert((system.to_string(), code.to_string()), cat);
                }
            }
        }
        prefixes.sort_by_key(|p| std::cmp::Reverse(p.1.len()));
        Table { exact, prefixes }
    })
}

/// What to look for in an index of codes: the exact sensitive codes, and the code
/// prefixes (without `*`). Systems are not needed to narrow; [`classify`] decides.
pub fn code_filter() -> (Vec<&'static str>, Vec<&'static str>) {
    let t = table();
    let mut exact: Vec<&'static str> = t.exact.keys().map(|(_, c)| c.as_str()).collect();
    exact.sort_unstable();
    exact.dedup();
    let mut prefixes: Vec<&'static str> = t.prefixes.iter().map(|(_, p, _)| p.as_str()).collect();
    prefixes.sort_unstable();
    prefixes.dedup();
    (exact, prefixes)
}

/// The category of one coded value, if it is sensitive.
pub fn classify(system: &str, code: &str) -> Option<&'static str> {
    let t = table();
    if let Some(c) = t.exact.get(&(system.to_string(), code.to_string())) {
        return Some(c);
    }
    t.prefixes
        .iter()
        .find(|(s, p, _)| s == system && code.starts_with(p.as_str()))
        .map(|(_, _, c)| *c)
}

/// The categories of a set of coded values (from a resource or from the search index).
pub fn of_codings<'a>(codings: impl IntoIterator<Item = (&'a str, &'a str)>) -> BTreeSet<String> {
    codings
        .into_iter()
        .filter_map(|(s, c)| classify(s, c))
        .map(str::to_string)
        .collect()
}

fn codings_in<'a>(v: &'a Value, out: &mut Vec<(&'a str, &'a str)>) {
    for c in v
        .get("coding")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let (Some(s), Some(k)) = (
            c.get("system").and_then(Value::as_str),
            c.get("code").and_then(Value::as_str),
        ) {
            out.push((s, k));
        }
    }
}

/// The categories of a resource: its security labels and the codes of its `code`,
/// `valueCodeableConcept`, `reasonCode` and `medicationCodeableConcept` elements.
pub fn of_resource(r: &Map<String, Value>) -> BTreeSet<String> {
    let mut codings = Vec::new();
    for s in r
        .get("meta")
        .and_then(|m| m.get("security"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let (Some(sys), Some(code)) = (
            s.get("system").and_then(Value::as_str),
            s.get("code").and_then(Value::as_str),
        ) {
            codings.push((sys, code));
        }
    }
    for k in ["code", "valueCodeableConcept", "medicationCodeableConcept"] {
        if let Some(v) = r.get(k) {
            codings_in(v, &mut codings);
        }
    }
    for rc in r
        .get("reasonCode")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        codings_in(rc, &mut codings);
    }
    of_codings(codings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn labels_codes_and_prefixes() {
        assert_eq!(
            classify("http://terminology.hl7.org/CodeSystem/v3-ActCode", "HIV"),
            Some("hiv")
        );
        assert_eq!(
            classify("http://hl7.org/fhir/sid/icd-10-cm", "F10.20"),
            Some("substance-use")
        );
        assert_eq!(
            classify("http://hl7.org/fhir/sid/icd-10-cm", "F32.9"),
            Some("mental-health")
        );
        assert_eq!(classify("http://hl7.org/fhir/sid/icd-10-cm", "E11.9"), None);
        assert_eq!(
            classify("http://snomed.info/sct", "55680006"),
            Some("substance-use")
        );
        assert_eq!(classify("http://snomed.info/sct", "44054006"), None);
        let r = json!({
            "resourceType": "Condition",
            "meta": {"security": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "PSY"}]},
            "code": {"coding": [{"system": "http://snomed.info/sct", "code": "86406008"}]},
        });
        let c: Vec<String> = of_resource(r.as_object().unwrap()).into_iter().collect();
        assert_eq!(c, ["hiv", "mental-health"]);
        let plain = json!({"resourceType": "Observation", "code": {"text": "x"}});
        assert!(of_resource(plain.as_object().unwrap()).is_empty());
    }
}
