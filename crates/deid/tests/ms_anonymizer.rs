//! Microsoft's FHIR anonymizer's own test fixtures (`../shared/data/ms-fhir-anonymizer`,
//! MANIFEST.tsv): every R4 and version-independent configuration/input/expected triple
//! must give the expected output, compared as JSON as their tests do; and their
//! configuration tests: each invalid configuration is refused, each valid one loads.
//!
//! Skipped, with the reason: the six STU3 rows (Ward de-identifies FHIR R4 only; their
//! configuration says `"fhirVersion": "Stu3"`, which Ward refuses, as tested below).

use serde_json::Value;
use std::path::{Path, PathBuf};
use ward_deid::config::Config;
use ward_deid::fhir::{Anonymizer, Document};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/ms-fhir-anonymizer")
}

fn read(p: &Path) -> String {
    let s = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    s.trim_start_matches('\u{feff}').to_string()
}

/// "Today" for the fixtures' age-over-89 checks (their oldest birth date turns 90 in 2030).
fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

#[test]
fn every_r4_fixture_gives_the_expected_output() {
    let manifest = read(&root().join("MANIFEST.tsv"));
    let (mut passed, mut skipped, mut failures) = (0, 0, Vec::new());
    for line in manifest.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [version, config, input, expected, ..] = cols[..] else {
            continue;
        };
        if version == "STU3" {
            skipped += 1;
            continue;
        }
        let config = Config::from_json(&read(&root().join(config))).expect(config);
        let a = Anonymizer::new(config).unwrap().with_today(today());
        let text = read(&root().join(input));
        let input_v: Value = serde_json::from_str(&text).unwrap();
        let want: Value = serde_json::from_str(&read(&root().join(expected))).unwrap();
        // Both ways in: from a parsed `Value`, and straight from the text.
        let from_text = a
            .anonymize_str(&text, &Document::default())
            .map(|r| serde_json::to_value(r).unwrap());
        match a.anonymize(&input_v, &Document::default()) {
            Ok(got) if got == want && from_text.as_ref() == Ok(&want) => passed += 1,
            Ok(got) if got == want => failures.push(format!(
                "{input}: parsed from text, got {:?}",
                from_text.map(|v| v.to_string())
            )),
            Ok(got) => failures.push(format!(
                "{input} -> {expected}:\n got  {}\n want {}",
                serde_json::to_string(&got).unwrap(),
                serde_json::to_string(&want).unwrap()
            )),
            Err(e) => failures.push(format!("{input}: error {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} failed:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
    assert_eq!((passed, skipped), (28, 6));
}

#[test]
fn invalid_configurations_are_refused_and_valid_ones_load() {
    let dir = root().join("FHIR/src/Microsoft.Health.Fhir.Anonymizer.Shared.Core.UnitTests");
    let valid = [
        "TestConfigurations/configuration-test-sample.json",
        "TestConfigurations/configuration-without-processing-error.json",
        "TestConfigurations/configuration-raise-processing-error.json",
        "TestConfigurationsVersion/configuration-empty-version.json",
        "TestConfigurationsVersion/configuration-null-version.json",
        "TestConfigurationsVersion/configuration-R4-version.json",
    ];
    let invalid = [
        "TestConfigurations/configuration-miss-rules.json",
        "TestConfigurations/configuration-invalid-fhirpath.json",
        "TestConfigurations/configuration-invalid-encryptkey.json",
        "TestConfigurations/configuration-miss-replacement.json",
        "TestConfigurations/configuration-perturb-wrong-rangetype.json",
        "TestConfigurations/configuration-perturb-miss-span.json",
        "TestConfigurations/configuration-perturb-negative-span.json",
        "TestConfigurations/configuration-perturb-wrong-roundTo.json",
        "TestConfigurations/configuration-perturb-negative-roundTo.json",
        "TestConfigurations/configuration-perturb-exceed-28-roundTo.json",
        "TestConfigurations/configuration-generalize-miss-cases.json",
        "TestConfigurations/configuration-generalize-fail-compiled-expression.json",
        "TestConfigurations/configuration-generalize-invalid-othervalues.json",
        "TestConfigurations/configuration-unsupported-method.json",
        "TestConfigurations/configuration-custom-processor.json",
        "TestConfigurationsVersion/configuration-invalid-version.json",
        "TestConfigurationsVersion/configuration-Stu3-version.json",
    ];
    for f in valid {
        if let Err(e) = Config::from_json(&read(&dir.join(f))) {
            panic!("{f} should load: {e}");
        }
    }
    for f in invalid {
        assert!(
            Config::from_json(&read(&dir.join(f))).is_err(),
            "{f} should be refused"
        );
    }
}
