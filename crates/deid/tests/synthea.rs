//! The `safe-harbor` profile over all of `../shared/data/synthea` (100 patients, 15,352
//! resources): the residual-identifier check finds nothing, and no name, identifier
//! value, telecom value, address line, city or full date of the originals appears
//! anywhere in the output.

use serde_json::Value;
use std::collections::HashSet;
use std::path::Path;
use ward_deid::check::{Allow, check_resource};
use ward_deid::config::profile;
use ward_deid::fhir::{Anonymizer, Document};
use ward_deid::text::Scanner;

/// Every string under `key` in objects whose parent key is one of `parents`.
fn collect(v: &Value, parent: &str, out: &mut HashSet<String>) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                let wanted = matches!(
                    (parent, k.as_str()),
                    ("name", "family" | "given" | "text")
                        | ("identifier", "value")
                        | ("telecom", "value")
                        | ("address", "line" | "city")
                        | (
                            _,
                            "birthDate"
                                | "deceasedDateTime"
                                | "start"
                                | "end"
                                | "effectiveDateTime"
                                | "issued"
                                | "authoredOn"
                                | "recordedDate"
                                | "onsetDateTime"
                                | "occurrenceDateTime"
                                | "created"
                        )
                );
                if wanted {
                    match x {
                        Value::String(s) => {
                            out.insert(s.clone());
                        }
                        Value::Array(a) => {
                            out.extend(a.iter().filter_map(|s| s.as_str().map(str::to_string)))
                        }
                        _ => {}
                    }
                }
                collect(x, k, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| collect(x, parent, out)),
        _ => {}
    }
}

#[test]
fn safe_harbor_leaves_no_identifier_of_the_originals() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/synthea");
    let a = Anonymizer::new(profile("safe-harbor").unwrap()).unwrap();
    let scanner = Scanner::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 100);
    let (mut resources, mut findings, mut leaks) = (0, Vec::new(), Vec::new());
    for f in &files {
        let raw = std::fs::read_to_string(f).unwrap();
        let input: Value = serde_json::from_str(&raw).unwrap();
        let mut originals = HashSet::new();
        collect(&input, "", &mut originals);
        // Short values ("1", "M") and years are not identifying on their own.
        originals.retain(|s| {
            s.chars().count() >= 4 && !(s.len() == 4 && s.chars().all(|c| c.is_ascii_digit()))
        });
        // The fast path (text straight into the element tree and back) must give what
        // the `Value` path gives.
        let out =
            serde_json::to_value(a.anonymize_str(&raw, &Document::default()).unwrap()).unwrap();
        assert_eq!(out, a.anonymize(&input, &Document::default()).unwrap());
        resources += out["entry"].as_array().unwrap().len();
        findings.extend(
            check_resource(&out, Allow::default(), &scanner)
                .into_iter()
                .map(|x| format!("{}: {}", x.location, x.kind)),
        );
        let text = serde_json::to_string(&out).unwrap();
        for o in &originals {
            // Whole values anywhere; long non-numeric values also inside other strings
            // (a long digit run can occur inside an amount).
            let inside = o.len() >= 10 && !o.chars().all(|c| c.is_ascii_digit());
            if text.contains(&format!("\"{o}\"")) || (inside && text.contains(o.as_str())) {
                leaks.push(format!(
                    "{}: a value of {} chars",
                    f.file_name().unwrap().to_string_lossy(),
                    o.len()
                ));
            }
        }
    }
    assert_eq!(resources, 15_352);
    assert!(
        findings.is_empty(),
        "{} findings: {:?}",
        findings.len(),
        &findings[..findings.len().min(20)]
    );
    assert!(
        leaks.is_empty(),
        "{} leaks: {:?}",
        leaks.len(),
        &leaks[..leaks.len().min(20)]
    );
}

#[test]
fn the_check_finds_identifiers_in_the_originals() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/synthea");
    let f = std::fs::read_dir(&dir)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let input: Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
    let kinds: HashSet<String> = check_resource(&input, Allow::default(), &Scanner::new())
        .into_iter()
        .map(|x| x.kind)
        .collect();
    for k in [
        "name",
        "street address",
        "telecom",
        "identifier",
        "date finer than a year",
    ] {
        assert!(kinds.contains(k), "{k} not found in {kinds:?}");
    }
}
