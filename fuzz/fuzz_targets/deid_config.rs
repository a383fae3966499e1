//! `cargo +nightly fuzz run deid_config`: a de-identification configuration (Microsoft FHIR
//! anonymizer format) from arbitrary bytes is accepted or refused, never a panic; one
//! that is accepted is applied to a small resource without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ward_deid::config::Config;
use ward_deid::fhir::{Anonymizer, Document};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(c) = Config::from_json(&text)
        && let Ok(a) = Anonymizer::new(c)
    {
        let r = serde_json::json!({
            "resourceType": "Patient", "id": "p1", "birthDate": "1931-02-03",
            "name": [{"family": "Doe", "given": ["Jane"]}],
            "address": [{"postalCode": "02139", "city": "Cambridge"}],
            "text": {"status": "generated", "div": "<div>Jane Doe, 617-555-0100</div>"}
        });
        let _ = a.anonymize(&r, &Document::default());
    }
});
