//! Hostile input never panics: thousands of deterministic mutations of the HL7 R4
//! examples (flipped bytes, truncations, inserted brackets and quotes, duplicated spans)
//! go through the resource parser and search-value extraction, and random strings through
//! the search-request parser. Every outcome must be `Ok` or a classified error. (The
//! coverage-guided fuzzer for the same entry point is `fuzz/fuzz_targets/parse_resource.rs`.)

use ward_fhir::ResourceType;
use ward_fhir::extract::extract;
use ward_fhir::path::RhEngine;
use ward_fhir::resource::parse_resource;

use ward_testkit::XorShift as Rng;

fn examples() -> Vec<Vec<u8>> {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/fhir-spec/examples");
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v.iter()
        .step_by(7)
        .map(|p| std::fs::read(p).unwrap())
        .collect()
}

fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut b = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        if b.is_empty() {
            break;
        }
        let i = rng.below(b.len());
        match rng.below(6) {
            0 => b[i] = rng.next_u64() as u8,
            1 => b.truncate(i),
            2 => b.insert(i, b"{}[]\",:\\\x00\xff"[rng.below(10)]),
            3 => {
                let j = (i + rng.below(64)).min(b.len());
                let span = b[i..j].to_vec();
                b.splice(i..i, span);
            }
            4 => {
                b.splice(i..i, "[".repeat(rng.below(300)).into_bytes());
            }
            _ => {
                b.splice(
                    i..i,
                    br#""valueDateTime":"2020-13-45T99:99","#.iter().copied(),
                );
            }
        };
    }
    b
}

#[test]
fn mutated_resources_never_panic() {
    let engine = RhEngine::new();
    let mut rng = Rng::new(0x5eed_1234_abcd_ef01);
    let (mut ok, mut rejected) = (0, 0);
    for base in examples() {
        for _ in 0..40 {
            let input = mutate(&mut rng, &base);
            match parse_resource(&input) {
                Ok((rt, obj)) => {
                    let _ = extract(&engine, &rt, "x", &obj);
                    ok += 1;
                }
                Err(e) => {
                    assert!(!e.to_string().is_empty());
                    rejected += 1;
                }
            }
        }
    }
    assert!(
        ok > 100 && rejected > 100,
        "the mutations exercise both paths: {ok} parsed, {rejected} rejected"
    );
}

#[test]
fn random_search_requests_never_panic() {
    let mut rng = Rng::new(42);
    let alphabet: Vec<char> = "abcz09|,:$.-_ \\%éZ&=<>*@".chars().collect();
    let params = [
        "name",
        "birthdate",
        "identifier",
        "date",
        "code",
        "subject",
        "value-quantity",
        "_count",
        "_sort",
        "_include",
        "_id",
        "name:exact",
        "date:missing",
        "_lastUpdated",
        "phone",
    ];
    for t in ["Patient", "Observation", "Encounter"] {
        let rt = ResourceType::parse(t).unwrap();
        for _ in 0..2000 {
            let k = params[rng.below(params.len())].to_string();
            let v: String = (0..rng.below(20))
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect();
            let _ = ward_fhir::search::parse(&rt, &[(k, v)]);
        }
    }
}
