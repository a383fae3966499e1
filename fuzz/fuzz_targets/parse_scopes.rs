//! `cargo +nightly fuzz run parse_scopes`: the SMART scope parser on arbitrary strings must
//! return, never panic, and whatever it accepts must print back to the same set.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let known = |t: &str| ward_fhir::ResourceType::parse(t).is_ok();
    if let Ok(set) = ward_access::ScopeSet::parse(&s, &known) {
        let again = ward_access::ScopeSet::parse(&set.to_string(), &known).expect("round trip");
        assert_eq!(again, set);
    }
});
