//! Every search-parameter expression Ward uses, evaluated by the FHIRPath engine against
//! real resources (the HL7 R4 examples and the Synthea sample): none may fail, and the
//! parameters listed in `data/expected-extractions.tsv` must find the values written there.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use ward_fhir::ResourceType;
use ward_fhir::extract::{IndexValue, extract};
use ward_fhir::path::{PathEngine, RhEngine};
use ward_fhir::registry::registry;

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data")
}

fn resources() -> Vec<Value> {
    let mut out = Vec::new();
    let ex = shared().join("fhir-spec/examples");
    for e in std::fs::read_dir(&ex).expect("fhir-spec/examples") {
        let v: Value = serde_json::from_slice(&std::fs::read(e.unwrap().path()).unwrap()).unwrap();
        out.push(v);
    }
    let mut synthea: Vec<_> = std::fs::read_dir(shared().join("synthea"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    synthea.sort();
    for p in synthea
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .take(5)
    {
        let b: Value = serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap();
        for e in b["entry"].as_array().unwrap() {
            out.push(e["resource"].clone());
        }
    }
    out
}

#[test]
fn every_expression_evaluates_and_finds_values() {
    let engine = RhEngine::new();
    let reg = registry();
    let all = resources();
    // (type, param) -> found any value
    let mut found: BTreeMap<(String, String), bool> = BTreeMap::new();
    for t in reg.search_types() {
        for (code, _) in reg.params(t) {
            found.insert((t.clone(), code.to_string()), false);
        }
    }
    let mut errors = Vec::new();
    for r in &all {
        let t = r["resourceType"].as_str().unwrap_or_default();
        if !reg.is_searchable(t) {
            continue;
        }
        let defs: Vec<_> = reg.params(t).collect();
        let exprs: Vec<&str> = defs.iter().map(|(_, d)| d.expression.as_str()).collect();
        for ((code, _), res) in defs.iter().zip(engine.evaluate_all(r, &exprs)) {
            match res {
                Ok(v) if !v.is_empty() => {
                    found.insert((t.to_string(), code.to_string()), true);
                }
                Ok(_) => {}
                Err(e) => errors.push(format!("{t}.{code}: {e}")),
            }
        }
    }
    assert!(errors.is_empty(), "expressions failed: {errors:#?}");
    let missing: BTreeSet<_> = found
        .iter()
        .filter(|(_, f)| !**f)
        .map(|((t, c), _)| format!("{t}.{c}"))
        .collect();
    // Parameters whose elements no example or Synthea resource carries; any parameter
    // missing from this list must have found a value.
    let allowed: BTreeSet<String> = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/params-without-sample-values.txt"),
    )
    .unwrap_or_default()
    .lines()
    .filter(|l| !l.starts_with('#') && !l.is_empty())
    .map(str::to_string)
    .collect();
    let unexpected: Vec<_> = missing.difference(&allowed).collect();
    if std::env::var_os("WARD_REGENERATE").is_some() {
        let text = "# (type.param) whose expression found no value in the R4 examples or the Synthea sample\n".to_string()
            + &missing.iter().cloned().collect::<Vec<_>>().join("\n")
            + "\n";
        std::fs::write(
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/params-without-sample-values.txt"),
            text,
        )
        .unwrap();
        return;
    }
    assert!(
        unexpected.is_empty(),
        "expressions that found nothing although the data has values: {unexpected:#?}"
    );
}

#[test]
fn extraction_reads_the_datatypes() {
    let engine = RhEngine::new();
    let p: Value = serde_json::from_slice(
        &std::fs::read(shared().join("fhir-spec/examples/Patient-example.json")).unwrap(),
    )
    .unwrap();
    let obj = p.as_object().unwrap().clone();
    let ex = extract(
        &engine,
        &ResourceType::parse("Patient").unwrap(),
        "example",
        &obj,
    )
    .unwrap();
    let has = |param: &str, f: &dyn Fn(&IndexValue) -> bool| {
        ex.entries.iter().any(|e| e.param == param && f(&e.value))
    };
    assert!(has("family", &|v| *v == IndexValue::Text("chalmers".into())));
    assert!(has("name", &|v| *v == IndexValue::Text("peter".into())));
    assert!(has(
        "birthdate",
        &|v| matches!(v, IndexValue::Date { raw, .. } if raw == "1974-12-25")
    ));
    assert!(has(
        "identifier",
        &|v| matches!(v, IndexValue::Token { code, .. } if code == "12345")
    ));
    assert!(has(
        "phone",
        &|v| matches!(v, IndexValue::Token { code, .. } if code == "0355556473")
    ));
    assert!(has(
        "gender",
        &|v| matches!(v, IndexValue::Token { code, .. } if code == "male")
    ));
    assert!(has(
        "organization",
        &|v| matches!(v, IndexValue::Reference(r) if r.resource_type == "Organization" && r.id == "1")
    ));
    assert_eq!(ex.patients, vec!["example".to_string()]);

    let o: Value = serde_json::from_slice(
        &std::fs::read(shared().join("fhir-spec/examples/Observation-example.json")).unwrap(),
    )
    .unwrap();
    let ex = extract(
        &engine,
        &ResourceType::parse("Observation").unwrap(),
        "example",
        o.as_object().unwrap(),
    )
    .unwrap();
    let has = |param: &str, f: &dyn Fn(&IndexValue) -> bool| {
        ex.entries.iter().any(|e| e.param == param && f(&e.value))
    };
    assert!(has(
        "code",
        &|v| matches!(v, IndexValue::Token { system: Some(s), code } if s == "http://loinc.org" && code == "29463-7")
    ));
    assert!(has(
        "value-quantity",
        &|v| matches!(v, IndexValue::Quantity { value, .. } if (*value - 185.0).abs() < 1e-9)
    ));
    assert!(has(
        "subject",
        &|v| matches!(v, IndexValue::Reference(r) if r.id == "example")
    ));
    assert!(has(
        "patient",
        &|v| matches!(v, IndexValue::Reference(r) if r.resource_type == "Patient")
    ));
    assert!(has("date", &|v| matches!(v, IndexValue::Date { .. })));
    assert_eq!(ex.patients, vec!["example".to_string()]);
}
