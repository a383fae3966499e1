//! `ward bench deid`: de-identification throughput on one core, each beside its baseline
//! in the same run: the `safe-harbor` profile over the Synthea sample against parsing and
//! writing the same JSON (the work any FHIR tool must do), and the free-text scanner over
//! clinical notes against counting their code points (the least the JSONL interface
//! must do); then the scanner's recall and precision on the evaluation set.

use anyhow::{Context, Result, bail};
use serde_json::Value;
use std::path::PathBuf;
use std::time::Instant;
use ward_deid::config::profile;
use ward_deid::fhir::{Anonymizer, Document};
use ward_deid::text::{Scanner, code_points};

pub fn run(data: &Option<PathBuf>, notes: &Option<PathBuf>, rounds: usize) -> Result<()> {
    let dir = data
        .clone()
        .unwrap_or_else(|| PathBuf::from("../shared/data/synthea"));
    let notes = notes
        .clone()
        .unwrap_or_else(|| PathBuf::from("crates/deid/tests/data/notes/eval.jsonl"));
    let mut texts: Vec<String> = Vec::new();
    for f in crate::import::collect_files(std::slice::from_ref(&dir))? {
        texts.push(std::fs::read_to_string(&f).with_context(|| f.display().to_string())?);
    }
    if texts.is_empty() {
        bail!("{} holds no bundles: pass --data PATH", dir.display());
    }
    let docs: Vec<Value> = texts
        .iter()
        .map(|t| serde_json::from_str(t))
        .collect::<Result<_, _>>()?;
    let n: usize = docs
        .iter()
        .map(|d| d["entry"].as_array().map_or(1, Vec::len))
        .sum();
    let a = Anonymizer::new(profile("safe-harbor").context("safe-harbor profile")?)?;
    println!(
        "ward bench deid: one thread; {} bundles, {n} resources; {rounds} rounds",
        docs.len()
    );

    let (mut base_s, mut deid_s) = (f64::MAX, f64::MAX);
    for _ in 0..rounds {
        let t = Instant::now();
        for s in &texts {
            let v: Value = serde_json::from_str(s)?;
            std::hint::black_box(serde_json::to_string(&v)?);
        }
        base_s = base_s.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        for s in &texts {
            let v: Value = serde_json::from_str(s)?;
            let out = a.anonymize(&v, &Document::default())?;
            std::hint::black_box(serde_json::to_string(&out)?);
        }
        deid_s = deid_s.min(t.elapsed().as_secs_f64());
    }
    let (base_r, deid_r) = (n as f64 / base_s, n as f64 / deid_s);
    println!("fhir  parse+write JSON (baseline)      {base_r:>10.0} resources/s");
    println!(
        "fhir  safe-harbor de-identification   {deid_r:>10.0} resources/s  (ratio to baseline {:.3})",
        deid_r / base_r
    );

    let lines = std::fs::read_to_string(&notes)
        .with_context(|| format!("{}: pass --notes PATH", notes.display()))?;
    let note_texts: Vec<String> = lines
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let corpus_bytes: usize = note_texts.iter().map(String::len).sum();
    let reps = (8 << 20) / corpus_bytes.max(1) + 1;
    let scanner = Scanner::new();
    let (mut base_t, mut scan_t) = (f64::MAX, f64::MAX);
    for _ in 0..rounds {
        let t = Instant::now();
        for _ in 0..reps {
            for s in &note_texts {
                std::hint::black_box(s.chars().count());
            }
        }
        base_t = base_t.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        for _ in 0..reps {
            for s in &note_texts {
                let spans = scanner.scan(s);
                std::hint::black_box(code_points(s, &spans));
                std::hint::black_box(ward_deid::text::tag(s, &spans));
            }
        }
        scan_t = scan_t.min(t.elapsed().as_secs_f64());
    }
    let mb = (corpus_bytes * reps) as f64 / 1e6;
    println!(
        "text  count code points (baseline)    {:>10.1} MB/s",
        mb / base_t
    );
    println!(
        "text  scan + tag                      {:>10.1} MB/s  (ratio to baseline {:.4}; {} notes x {reps})",
        mb / scan_t,
        base_t / scan_t,
        note_texts.len()
    );
    eval(&lines, &scanner);
    println!(
        "fhir_resources_per_s={deid_r:.0} text_mb_per_s={:.2}",
        mb / scan_t
    );
    Ok(())
}

/// Token-level recall and precision against the gold spans of `eval.jsonl`.
fn eval(lines: &str, scanner: &Scanner) {
    let s = ward_deid::eval::evaluate(lines, scanner);
    if s.gold() > 0 {
        println!(
            "text  token recall {:.3}, precision {:.3} ({} gold tokens; per type: cargo test -p ward-deid --test text_eval -- --nocapture)",
            s.recall(),
            s.precision(),
            s.gold()
        );
    }
}
