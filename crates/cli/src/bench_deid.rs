//! `ward bench deid`: de-identification throughput on one core, each beside its baseline
//! in the same run: the `safe-harbor` profile over the Synthea sample against parsing and
//! writing the same JSON (the work any FHIR tool must do), and the free-text scanner over
//! clinical notes against counting their code points (the least the JSONL interface
//! must do); then the scanner's recall and precision on the evaluation set; then
//! k-anonymization of a 200,000-row table against one risk pass over it.

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
    // The first anonymizer pays for the random generator's start-up, outside the timing.
    Anonymizer::new(profile("safe-harbor").context("safe-harbor profile")?)?;
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
        // A new anonymizer each round: the texts it found clean are remembered (the same
        // `CodeableConcept.text` recurs in thousands of resources), and a round must
        // not start with the last round's memory.
        let a = Anonymizer::new(profile("safe-harbor").context("safe-harbor profile")?)?;
        let t = Instant::now();
        for s in &texts {
            let out = a.anonymize_str(s, &Document::default())?;
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
    let rules = Scanner::rules_only();
    let scan_all = |sc: &Scanner| {
        let t = Instant::now();
        for _ in 0..reps {
            for s in &note_texts {
                let spans = sc.scan(s);
                std::hint::black_box(code_points(s, &spans));
                std::hint::black_box(ward_deid::text::tag(s, &spans));
            }
        }
        t.elapsed().as_secs_f64()
    };
    let (mut base_t, mut scan_t, mut rules_t) = (f64::MAX, f64::MAX, f64::MAX);
    for _ in 0..rounds {
        let t = Instant::now();
        for _ in 0..reps {
            for s in &note_texts {
                std::hint::black_box(s.chars().count());
            }
        }
        base_t = base_t.min(t.elapsed().as_secs_f64());
        rules_t = rules_t.min(scan_all(&rules));
        scan_t = scan_t.min(scan_all(&scanner));
    }
    let mb = (corpus_bytes * reps) as f64 / 1e6;
    println!(
        "text  count code points (baseline)    {:>10.1} MB/s",
        mb / base_t
    );
    println!(
        "text  scan + tag, rules alone         {:>10.1} MB/s",
        mb / rules_t
    );
    println!(
        "text  scan + tag, rules + tagger      {:>10.1} MB/s  (ratio to baseline {:.4}, to rules alone {:.3}; {} notes x {reps})",
        mb / scan_t,
        base_t / scan_t,
        rules_t / scan_t,
        note_texts.len()
    );
    eval(&lines, &scanner);
    let table_rows_per_s = table(rounds)?;
    println!(
        "fhir_resources_per_s={deid_r:.0} text_mb_per_s={:.2} table_rows_per_s={table_rows_per_s:.0}",
        mb / scan_t
    );
    Ok(())
}

/// k-anonymity of a 200,000-row table with four quasi-identifiers (age, sex, 5-digit ZIP,
/// admission year; 240 lattice nodes), against one risk pass over the same table (grouping
/// it into equivalence classes once: the least any k-anonymity tool must do).
fn table(rounds: usize) -> Result<f64> {
    use ward_deid::table::{Goal, Hierarchy, Table, anonymize, risk};
    const ROWS: usize = 200_000;
    let mut state = 0x5eed_u64;
    let mut next = |n: u64| {
        // splitmix64: a fixed, well-mixed sequence so runs compare.
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        (z ^ (z >> 31)) % n
    };
    let zips: Vec<u64> = (0..800).map(|_| 10_000 + next(89_999)).collect();
    let mut csv = String::from("age,sex,zip,year,dx\n");
    for _ in 0..ROWS {
        let age = (next(90) + next(10)).min(99);
        csv += &format!(
            "{age},{},{},{},{}\n",
            ["F", "M"][next(2) as usize],
            zips[next(zips.len() as u64) as usize],
            2000 + next(25),
            next(40)
        );
    }
    let t = Table::parse(csv.as_bytes(), None)?;
    let band = |v: u64, w: u64| format!("{}-{}", v / w * w, v / w * w + w - 1);
    let h_age: String = (0..100)
        .map(|a| format!("{a};{};{};{};*\n", band(a, 5), band(a, 10), band(a, 20)))
        .collect();
    let mut zs = zips.clone();
    zs.sort_unstable();
    zs.dedup();
    let h_zip: String = zs
        .iter()
        .map(|z| {
            let z = z.to_string();
            let levels: Vec<String> = (1..5)
                .map(|k| format!("{}{}", &z[..5 - k], "*".repeat(k)))
                .collect();
            format!("{z};{};*\n", levels.join(";"))
        })
        .collect();
    let h_year: String = (2000..2025)
        .map(|y| format!("{y};{};{};*\n", band(y, 5), band(y, 10)))
        .collect();
    let hs = [
        Hierarchy::parse(h_age.as_bytes(), "age")?,
        Hierarchy::parse(b"F;*\nM;*\n", "sex")?,
        Hierarchy::parse(h_zip.as_bytes(), "zip")?,
        Hierarchy::parse(h_year.as_bytes(), "year")?,
    ];
    let goal = Goal {
        k: 5,
        l: 1,
        max_suppression: 0.02,
    };
    let (mut base_t, mut anon_t) = (f64::MAX, f64::MAX);
    let mut last = None;
    for _ in 0..rounds {
        let s = Instant::now();
        std::hint::black_box(risk(
            &t,
            &[0, 1, 2, 3],
            None,
            None,
            ward_deid::table::DEFAULT_THRESHOLD,
        )?);
        base_t = base_t.min(s.elapsed().as_secs_f64());
        let s = Instant::now();
        last = Some(anonymize(&t, &[0, 1, 2, 3], &hs, None, goal)?);
        anon_t = anon_t.min(s.elapsed().as_secs_f64());
    }
    let a = last.context("no rounds")?;
    println!(
        "table risk pass, {ROWS} rows (baseline)  {:>10.0} rows/s",
        ROWS as f64 / base_t
    );
    let levels: Vec<String> = a
        .levels
        .iter()
        .map(|(c, l, _)| format!("{c}:{l}"))
        .collect();
    println!(
        "table k=5 (2% suppression), exact search {:>10.0} rows/s  ({:.2} s, {:.1} risk passes; {} of {} nodes checked; levels {}, {} suppressed, loss {:.3})",
        ROWS as f64 / anon_t,
        anon_t,
        anon_t / base_t,
        a.checked,
        a.lattice,
        levels.join(" "),
        a.suppressed,
        a.loss
    );
    Ok(ROWS as f64 / anon_t)
}

/// Token-level recall and precision against the gold spans of `eval.jsonl`.
fn eval(lines: &str, scanner: &Scanner) {
    let s = ward_deid::eval::evaluate(lines, scanner);
    if s.gold() > 0 {
        println!(
            "text  token recall {:.3}, precision {:.3} ({} gold tokens of notes the tagger was trained on; unseen notes and per type: cargo test -p ward-deid --test text_eval -- --nocapture)",
            s.recall(),
            s.precision(),
            s.gold()
        );
    }
}
