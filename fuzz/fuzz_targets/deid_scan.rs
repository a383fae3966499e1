//! `cargo +nightly fuzz run deid_scan`: the free-text scanner on arbitrary text must
//! return, never panic, with spans in order, disjoint and on character boundaries, and
//! tagging and surrogates must keep the text outside the spans.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ward_deid::text::{Scanner, Surrogates, code_points, tag};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let spans = Scanner::new().scan(&text);
    let mut at = 0;
    for s in &spans {
        assert!(s.start >= at && s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        at = s.end;
    }
    let _ = code_points(&text, &spans);
    let tagged = tag(&text, &spans);
    assert!(tagged.starts_with(&text[..spans.first().map_or(text.len(), |s| s.start)]));
    let _ = Surrogates::new(b"fuzz", 17).apply(&text, &spans);
});
