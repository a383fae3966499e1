//! ARX's own risk test (`../shared/data/arx-fixture`, from ARX's `TestRiskMetrics`): the
//! 7-row table with its hierarchies has the prosecutor risks `expected.json` gives before
//! anonymization, and after 2-anonymity with no suppression and the least loss.

use serde_json::Value;
use std::path::{Path, PathBuf};
use ward_deid::table::{Goal, Hierarchy, Table, anonymize, risk};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/arx-fixture")
}

fn num(v: &Value, path: &[&str]) -> f64 {
    path.iter()
        .fold(v, |v, k| &v[*k])
        .as_f64()
        .unwrap_or_else(|| panic!("expected.json has no number at {path:?}"))
}

fn close(a: f64, b: f64, what: &str) {
    assert!((a - b).abs() < 1e-12, "{what}: got {a}, ARX says {b}");
}

#[test]
fn risks_before_and_after_two_anonymity_match_arx() {
    let dir = fixture();
    let expected: Value =
        serde_json::from_slice(&std::fs::read(dir.join("expected.json")).unwrap()).unwrap();
    let table = Table::parse(&std::fs::read(dir.join("data.csv")).unwrap(), None).unwrap();
    assert_eq!(table.delimiter, b';');
    let names: Vec<String> = expected["quasi_identifiers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    let quasi = table.columns(&names).unwrap();
    let hierarchies: Vec<Hierarchy> = names
        .iter()
        .map(|n| {
            let data = std::fs::read(dir.join(format!("hierarchy_{n}.csv"))).unwrap();
            Hierarchy::parse(&data, n).unwrap()
        })
        .collect();

    let before = risk(&table, &quasi, None, None, 0.2).unwrap();
    let b = &expected["before_anonymization"];
    close(
        before.prosecutor.highest_risk,
        num(b, &["highest_individual_risk"]),
        "highest risk before",
    );
    close(
        before.prosecutor.success_rate,
        num(b, &["equivalence_class_risk"]),
        "class risk before",
    );

    let config = &expected["config"];
    assert_eq!(config["privacy_model"], "k-anonymity");
    let goal = Goal {
        k: num(config, &["k"]) as usize,
        l: 1,
        max_suppression: num(config, &["max_outliers"]),
    };
    let done = anonymize(&table, &quasi, &hierarchies, None, goal).unwrap();
    assert_eq!(done.suppressed, 0);
    let after = risk(&done.table, &quasi, None, None, 0.2).unwrap();
    let a = &expected["after_anonymization"];
    close(
        after.prosecutor.highest_risk,
        num(a, &["highest_individual_risk"]),
        "highest risk after",
    );
    close(
        after.prosecutor.success_rate,
        num(a, &["equivalence_class_risk"]),
        "class risk after",
    );
    assert!(after.k >= goal.k);
    // With no population table, the journalist sees what the prosecutor sees and the
    // marketer's success rate is the class risk.
    assert_eq!(after.journalist, after.prosecutor);
    close(after.marketer, after.prosecutor.success_rate, "marketer");

    // The output round-trips as CSV with the same delimiter and the same risks.
    let again = Table::parse(&done.table.to_csv().unwrap(), None).unwrap();
    assert_eq!(again, done.table);
    // Every value is its original generalized to the level reported.
    for (r, row) in done.table.rows.iter().enumerate() {
        for (((col, level, _), h), &c) in done.levels.iter().zip(&hierarchies).zip(&quasi) {
            assert_eq!(
                h.generalize(&table.rows[r][c], *level),
                Some(row[c].as_str()),
                "{col}, row {r}"
            );
        }
    }
}
