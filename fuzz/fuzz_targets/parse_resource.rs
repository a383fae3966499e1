//! `cargo +nightly fuzz run parse_resource`: the resource parser and search-value
//! extraction on arbitrary bytes must return, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use ward_fhir::path::RhEngine;

static ENGINE: OnceLock<RhEngine> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    if let Ok((rt, obj)) = ward_fhir::resource::parse_resource(data) {
        let _ = ward_fhir::extract::extract(ENGINE.get_or_init(RhEngine::new), &rt, "fuzz", &obj);
    }
});
