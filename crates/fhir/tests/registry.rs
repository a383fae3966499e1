//! The search-parameter registry (`data/registry.json`) is generated from the HL7 R4
//! definitions in `../shared/data/fhir-spec/definitions/`. This test regenerates it and
//! fails if the committed file differs; `WARD_REGENERATE=1 cargo test -p ward-fhir --test
//! registry` rewrites it.

use serde_json::{Map, Value, json};
use std::path::PathBuf;

fn spec_dir() -> Option<PathBuf> {
    let d = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/fhir-spec/definitions");
    d.exists().then_some(d)
}

/// Splits on top-level `|`.
fn split_union(expr: &str) -> Vec<String> {
    let (mut depth, mut cur, mut out, mut in_str) = (0i32, String::new(), Vec::new(), false);
    for c in expr.chars() {
        match c {
            '\'' => in_str = !in_str,
            '(' if !in_str => depth += 1,
            ')' if !in_str => depth -= 1,
            '|' if !in_str && depth == 0 => {
                out.push(cur.trim().to_string());
                cur.clear();
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    out.push(cur.trim().to_string());
    out
}

/// Choice elements: `(X.value as Quantity)` and `X.value.as(Quantity)` become
/// `X.valueQuantity`, the name FHIR JSON gives that choice. R4's definitions apply `as` to
/// collections (`Observation.component.value as Quantity`), which FHIRPath defines only
/// for single items, and a JSON-only engine cannot know the type of `value`; the JSON
/// name says it exactly.
fn of_type(b: &str) -> String {
    fn cap(t: &str) -> String {
        let mut c = t.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    }
    let mut s = b.trim().to_string();
    // `(path as T)`
    while let Some(i) = s.find(" as ") {
        let open = s[..i].rfind('(').expect("`as` inside parentheses");
        let close = i + s[i..].find(')').expect("closing parenthesis");
        let path = s[open + 1..i].trim().to_string();
        let t = s[i + 4..close].trim().to_string();
        s = format!("{}{}{}{}", &s[..open], path, cap(&t), &s[close + 1..]);
    }
    // `path.as(T)` and `path.ofType(T)`
    for f in [".as(", ".ofType("] {
        while let Some(i) = s.find(f) {
            let close = i + s[i..].find(')').expect("closing parenthesis");
            let t = s[i + f.len()..close].to_string();
            s = format!("{}{}{}", &s[..i], cap(&t), &s[close + 1..]);
        }
    }
    s
}

/// The resource type a branch starts from: `Patient.name`, `(Observation.value as Quantity)`.
fn branch_root(b: &str) -> &str {
    let b = b.trim_start_matches('(');
    let end = b
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(b.len());
    &b[..end]
}

const TYPES: &[&str] = &[
    "Patient",
    "Practitioner",
    "PractitionerRole",
    "Organization",
    "Location",
    "Encounter",
    "Observation",
    "Condition",
    "Procedure",
    "MedicationRequest",
    "Medication",
    "MedicationAdministration",
    "AllergyIntolerance",
    "Immunization",
    "DiagnosticReport",
    "DocumentReference",
    "CarePlan",
    "CareTeam",
    "Goal",
    "ImagingStudy",
    "Device",
    "SupplyDelivery",
    "Claim",
    "ExplanationOfBenefit",
    "Provenance",
    "Consent",
];
const COMMON: &[&str] = &["_profile", "_security", "_source", "_tag"];

fn generate(dir: &std::path::Path) -> Value {
    let bundle: Value =
        serde_json::from_slice(&std::fs::read(dir.join("Bundle-searchParams.json")).unwrap())
            .unwrap();
    let mut all_types = std::collections::BTreeSet::new();
    let mut params: Map<String, Value> = Map::new();
    for t in TYPES {
        params.insert(t.to_string(), Value::Object(Map::new()));
    }
    for e in bundle["entry"].as_array().unwrap() {
        let r = &e["resource"];
        let code = r["code"].as_str().unwrap();
        let kind = r["type"].as_str().unwrap();
        let bases: Vec<&str> = r["base"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b.as_str().unwrap())
            .collect();
        for b in &bases {
            if *b != "Resource" && *b != "DomainResource" {
                all_types.insert(b.to_string());
            }
        }
        let Some(expr) = r["expression"].as_str() else {
            continue;
        };
        if !matches!(
            kind,
            "token" | "string" | "date" | "reference" | "quantity" | "uri"
        ) {
            continue;
        }
        let common = bases.contains(&"Resource");
        if common && !COMMON.contains(&code) {
            continue;
        }
        for t in TYPES {
            if !(common || bases.contains(t)) {
                continue;
            }
            let mut targets: Vec<String> = r["target"]
                .as_array()
                .map(|a| a.iter().map(|x| x.as_str().unwrap().to_string()).collect())
                .unwrap_or_default();
            let mut branches = Vec::new();
            for b in split_union(expr) {
                let b = if common {
                    b.replacen("Resource.", &format!("{t}."), 1)
                } else {
                    b
                };
                if branch_root(&b) != *t {
                    continue;
                }
                // `X.where(resolve() is T)` needs a resolver; Ward keeps `X` and restricts
                // the reference's target types to T instead (same result, no resolution).
                let b = match b.find(".where(resolve() is ") {
                    Some(i) => {
                        let target = b[i + ".where(resolve() is ".len()..]
                            .trim_end_matches(')')
                            .to_string();
                        targets = vec![target];
                        b[..i].to_string()
                    }
                    None => b,
                };
                branches.push(of_type(&b));
            }
            if branches.is_empty() {
                continue;
            }
            let mut def = json!({"type": kind, "expression": branches.join(" | ")});
            if kind == "reference" {
                targets.sort();
                def["targets"] = json!(targets);
            }
            params[*t]
                .as_object_mut()
                .unwrap()
                .insert(code.to_string(), def);
        }
    }
    all_types.insert("Binary".into());
    let comp: Value = serde_json::from_slice(
        &std::fs::read(dir.join("CompartmentDefinition-patient.json")).unwrap(),
    )
    .unwrap();
    let mut compartment = Map::new();
    for r in comp["resource"].as_array().unwrap() {
        let code = r["code"].as_str().unwrap();
        if let Some(p) = r["param"].as_array()
            && TYPES.contains(&code)
        {
            compartment.insert(code.into(), Value::Array(p.clone()));
        }
    }
    json!({
        "source": "HL7 FHIR R4 4.0.1 SearchParameter and CompartmentDefinition-patient (CC0), generated by crates/fhir/tests/registry.rs",
        "resourceTypes": all_types.into_iter().collect::<Vec<_>>(),
        "searchTypes": TYPES,
        "params": params,
        "patientCompartment": compartment,
    })
}

/// `v` with every object's keys in sorted order, whether or not serde_json's
/// `preserve_order` feature is on in this build (a dependency elsewhere in the workspace,
/// cedar-policy, turns it on), so that the file is the same either way.
fn sorted(v: Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut entries: Vec<(String, Value)> = m.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(a) => Value::Array(a.into_iter().map(sorted).collect()),
        other => other,
    }
}

#[test]
fn registry_is_generated_from_the_hl7_definitions() {
    let Some(dir) = spec_dir() else {
        eprintln!("../shared/data/fhir-spec not found: nothing to compare against");
        return;
    };
    let generated = serde_json::to_string_pretty(&sorted(generate(&dir))).unwrap() + "\n";
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/registry.json");
    if std::env::var_os("WARD_REGENERATE").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "data/registry.json is stale: run WARD_REGENERATE=1 cargo test -p ward-fhir --test registry"
    );
}
