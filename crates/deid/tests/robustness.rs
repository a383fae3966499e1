//! Mutated inputs never panic: the text scanner on mutated clinical notes and random
//! text (spans stay ordered, disjoint and on character boundaries), and the
//! configuration parser on mutated configurations (every outcome is Ok or a
//! configuration error). A small deterministic generator stands in for a fuzzer so
//! that CI runs it every time.

use ward_deid::config::Config;
use ward_deid::text::Scanner;

use ward_testkit::XorShift as Rng;

const PIECES: &[&str] = &[
    "Dr. ",
    "Mr. ",
    ", MD",
    "MRN: ",
    "SSN ",
    "(617) ",
    "555-",
    "0199",
    "@",
    ".org",
    "http://",
    "/",
    "-",
    "'s ",
    "disease",
    "January ",
    "31, ",
    "2023",
    "9",
    "0",
    "Patient: ",
    "\n",
    "é",
    "😀",
    "\u{200b}",
    "St",
    "Apt #",
    ", MA ",
    "02139",
    "Hospital",
    "son ",
    "age ",
    "99-year-old",
    "\"",
    "’",
    "O'",
    "Jr.",
    "  ",
    "\t",
    "ÅÄÖ",
    "ß",
    "İ",
];

fn mutate(r: &mut Rng, base: &str) -> String {
    let mut s: Vec<char> = base.chars().collect();
    for _ in 0..1 + r.below(12) {
        let at = r.below(s.len() + 1);
        match r.below(4) {
            0 => s
                .splice(at..at, PIECES[r.below(PIECES.len())].chars())
                .for_each(drop),
            1 if at < s.len() => {
                s.remove(at);
            }
            2 => s.insert(
                at,
                char::from_u32(r.below(0x2FFF) as u32 + 1).unwrap_or('x'),
            ),
            _ => {
                let end = (at + r.below(20)).min(s.len());
                let piece: Vec<char> = s[at..end].to_vec();
                let to = r.below(s.len() + 1);
                s.splice(to..to, piece).for_each(drop);
            }
        }
    }
    s.into_iter().collect()
}

#[test]
fn the_scanner_survives_mutated_notes() {
    let notes = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/notes/eval.jsonl"
    ))
    .unwrap();
    let texts: Vec<String> = notes
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let scanner = Scanner::new();
    let mut r = Rng::new(0x9E37_79B9_7F4A_7C15);
    for i in 0..3_000 {
        let base = if i % 5 == 0 {
            (0..r.below(200))
                .map(|_| PIECES[r.below(PIECES.len())])
                .collect::<String>()
        } else {
            texts[r.below(texts.len())].clone()
        };
        let t = mutate(&mut r, &base);
        let spans = scanner.scan(&t);
        let mut last = 0;
        for s in &spans {
            assert!(s.start >= last && s.start < s.end && s.end <= t.len());
            assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
            last = s.end;
        }
        let tagged = ward_deid::text::tag(&t, &spans);
        assert!(spans.is_empty() || tagged.contains('['));
    }
}

#[test]
fn the_configuration_parser_survives_mutated_configurations() {
    let base = include_str!("../profiles/safe-harbor.json");
    let mut r = Rng::new(0xD1B5_4A32_D192_ED03);
    let (mut ok, mut refused) = (0, 0);
    for _ in 0..2_000 {
        let t = mutate(&mut r, base);
        match Config::from_json(&t) {
            Ok(_) => ok += 1,
            Err(ward_deid::DeidError::Config(_)) => refused += 1,
            Err(other) => panic!("a configuration error was expected: {other}"),
        }
    }
    assert!(ok > 0 && refused > 0, "ok {ok}, refused {refused}");
}
