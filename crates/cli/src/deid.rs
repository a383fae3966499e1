//! `ward deid`: de-identification on files, with no server and no network.

use crate::bench::bar;
use crate::import::collect_files;
use anyhow::{Context, Result, bail};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use ward_deid::config::{Config, DateShiftScope};
use ward_deid::fhir::{Anonymizer, Document};

#[derive(clap::Subcommand)]
pub enum DeidCmd {
    /// De-identify FHIR R4 data: Bundles, single resources (.json) or NDJSON (.ndjson),
    /// files or directories, into DIR with the same relative paths. A file that fails is
    /// reported and not written (nothing is half-written); the exit code is then 1.
    ///
    /// Keys come from the configuration or from WARD_DEID_CRYPTO_HASH_KEY,
    /// WARD_DEID_DATE_SHIFT_KEY and WARD_DEID_ENCRYPT_KEY (never from the command line).
    /// An empty key is replaced by a random one for this run: pseudonyms and date shifts are
    /// then consistent within the run and unlinkable to any other. The `pseudonymized`
    /// profile refuses to run without the first two keys.
    Fhir {
        /// `safe-harbor`, `limited-data-set`, `pseudonymized`, or a configuration file in
        /// Microsoft FHIR anonymizer format.
        #[arg(long, default_value = "safe-harbor")]
        profile: String,
        /// Input file or directory.
        #[arg(long)]
        input: PathBuf,
        /// Output directory (created if needed).
        #[arg(long)]
        output: PathBuf,
        /// Judge "age over 89" against this date (YYYY-MM-DD) instead of today.
        #[arg(long)]
        today: Option<String>,
        /// Keep the input's file names and folders. By default outputs are named by a
        /// keyed hash of their input path (`3f9c….json`), because export file names often
        /// carry patients' names or record numbers.
        #[arg(long)]
        keep_file_names: bool,
        /// No progress bar.
        #[arg(long, short)]
        quiet: bool,
    },
    /// De-identify clinical notes. Each input line is {"id": …, "text": …} (and optionally
    /// "patient", whose key shifts dates under --mode surrogate); each output line is
    /// {"id": …, "text": <de-identified>, "phi": [{"start", "end", "type"}]}, with start
    /// and end as Unicode code-point offsets into the input text. Types: NAME, DATE, AGE
    /// (over 89), PHONE, EMAIL, SSN, MRN, ACCOUNT, LICENSE, VEHICLE, DEVICE, URL, IP,
    /// STREET, CITY, STATE, ZIP, ORG.
    Text {
        /// JSONL notes, one {"id", "text"} object per line.
        #[arg(long)]
        input: PathBuf,
        /// JSONL output (written whole, or not at all if a line is bad).
        #[arg(long)]
        output: PathBuf,
        /// `tag` writes [TYPE]; `surrogate` writes consistent realistic replacements
        /// (keyed by WARD_DEID_CRYPTO_HASH_KEY, dates shifted by WARD_DEID_DATE_SHIFT_KEY
        /// and the line's "patient" or "id"; random keys for this run if unset).
        #[arg(long, default_value = "tag", value_parser = ["tag", "surrogate"])]
        mode: String,
        /// The learned tagger beside the rules: `shipped` (Ward's model), `none` (the
        /// rules alone), or a model file written by `ward deid train-tagger`.
        #[arg(long, default_value = "shipped")]
        tagger: String,
    },
    /// Train the learned tagger (the scanner's second opinion, mostly on names,
    /// organizations and places with no cue its rules know) on annotated notes: JSONL lines of {"text",
    /// "phi": [{"start", "end", "type"}]} with code-point offsets, the format `ward deid
    /// text` writes and Ward's note sets use. Writes the model as text; the same notes and
    /// epochs give the same file. With --eval, scores the rules alone and the rules with
    /// the new model on other annotated notes (token recall and precision).
    TrainTagger {
        /// Annotated notes (JSONL), one or more files.
        #[arg(long, required = true)]
        input: Vec<PathBuf>,
        /// Where to write the model.
        #[arg(long)]
        output: PathBuf,
        /// Passes over the notes.
        #[arg(long, default_value_t = 10)]
        epochs: usize,
        /// Annotated notes to score the model on (never the notes it was trained on).
        #[arg(long)]
        eval: Vec<PathBuf>,
    },
    /// Scan de-identified FHIR (files or directories of .json/.ndjson) for residual
    /// identifiers: names, address lines and cities, ZIP codes beyond three digits, telecom,
    /// identifier values, dates finer than a year, ages over 89, attachments, and PHI in
    /// free text. Prints each finding's file and element path (never the value); exits 1
    /// if there is any.
    Check {
        /// Files or directories.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// What the output may hold: `safe-harbor` (nothing above), `limited-data-set`
        /// (dates, city, ZIP) or `pseudonymized` (shifted dates, keyed pseudonyms).
        #[arg(long, default_value = "safe-harbor")]
        profile: String,
    },
    /// Re-identification risk of a table (CSV with a header row): equivalence classes over
    /// the quasi-identifiers, k, l-diversity of a sensitive column, and the prosecutor,
    /// journalist and marketer risks as ARX defines them. Records whose quasi-identifiers
    /// are all `*` count as suppressed and are left out. Prints counts, never values.
    Risk(crate::deid_table::RiskArgs),
    /// Generalize (with ARX-format hierarchies) and suppress a table's quasi-identifiers
    /// until it is k-anonymous (and l-diverse), with the least information loss: an exact
    /// search of the generalization lattice. Reports the levels chosen, the records
    /// suppressed, and the risks before and after.
    AnonymizeTable(crate::deid_table::AnonymizeArgs),
}

pub fn run(cmd: &DeidCmd) -> Result<()> {
    match cmd {
        DeidCmd::Risk(a) => crate::deid_table::run_risk(a),
        DeidCmd::AnonymizeTable(a) => crate::deid_table::run_anonymize(a),
        DeidCmd::Text {
            input,
            output,
            mode,
            tagger,
        } => {
            let n = text(input, output, mode == "surrogate", &scanner(tagger)?)?;
            println!(
                "ward deid text: {n} notes de-identified into {}",
                output.display()
            );
            Ok(())
        }
        DeidCmd::TrainTagger {
            input,
            output,
            epochs,
            eval,
        } => train_tagger(input, output, *epochs, eval),
        DeidCmd::Check { paths, profile } => {
            let (files, findings) = check(paths, profile)?;
            for (file, f) in &findings {
                println!("{}: {}: {}", file.display(), f.location, f.kind);
            }
            println!(
                "ward deid check: {files} files, {} residual identifiers",
                findings.len()
            );
            if !findings.is_empty() {
                bail!("{} residual identifiers found", findings.len());
            }
            Ok(())
        }
        DeidCmd::Fhir {
            profile,
            input,
            output,
            today,
            keep_file_names,
            quiet,
        } => {
            let a = anonymizer(profile, today.as_deref())?;
            let s = fhir(&a, input, output, *keep_file_names, *quiet)?;
            println!(
                "ward deid fhir: {} files, {} resources de-identified in {:.1} s ({:.0} resources/s); {} files failed",
                s.files_ok,
                s.resources,
                s.seconds,
                s.resources as f64 / s.seconds.max(1e-9),
                s.failed.len()
            );
            for (path, why) in &s.failed {
                eprintln!("ward: {}: {why}", path.display());
            }
            if !s.failed.is_empty() {
                bail!(
                    "{} of {} files failed",
                    s.failed.len(),
                    s.failed.len() + s.files_ok
                );
            }
            Ok(())
        }
    }
}

/// The configuration with keys from the environment, ready to run.
pub fn anonymizer(profile: &str, today: Option<&str>) -> Result<Anonymizer> {
    let mut config = Config::load(profile)?;
    let p = &mut config.parameters;
    for (var, key) in [
        ("WARD_DEID_CRYPTO_HASH_KEY", &mut p.crypto_hash_key),
        ("WARD_DEID_DATE_SHIFT_KEY", &mut p.date_shift_key),
        ("WARD_DEID_ENCRYPT_KEY", &mut p.encrypt_key),
    ] {
        if let Ok(v) = std::env::var(var) {
            **key = v;
        }
    }
    if profile == "pseudonymized" && (p.crypto_hash_key.is_empty() || p.date_shift_key.is_empty()) {
        bail!(
            "the pseudonymized profile needs WARD_DEID_CRYPTO_HASH_KEY and WARD_DEID_DATE_SHIFT_KEY: pseudonyms are only useful if the same key gives the same pseudonym next time"
        );
    }
    ward_deid::config::check_encrypt_key(&p.encrypt_key)?;
    let mut a = Anonymizer::new(config)?;
    if let Some(t) = today {
        let d = chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d")
            .with_context(|| format!("--today '{t}' is not a date (YYYY-MM-DD)"))?;
        a = a.with_today(d);
    }
    Ok(a)
}

#[derive(Default)]
pub struct Summary {
    pub files_ok: usize,
    pub resources: usize,
    pub seconds: f64,
    pub failed: Vec<(PathBuf, String)>,
}

/// De-identifies every file under `input` into `output`, on all cores.
pub fn fhir(
    a: &Anonymizer,
    input: &Path,
    output: &Path,
    keep_names: bool,
    quiet: bool,
) -> Result<Summary> {
    let files = collect_files(&[input.to_path_buf()])?;
    if files.is_empty() {
        bail!("{} holds no .json or .ndjson files", input.display());
    }
    std::fs::create_dir_all(output)
        .with_context(|| format!("cannot create {}", output.display()))?;
    let base = if input.is_dir() {
        input.to_path_buf()
    } else {
        input.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    let folder = input
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let pb = if quiet {
        indicatif::ProgressBar::hidden()
    } else {
        bar(files.len() as u64, "de-identifying")
    };
    let start = std::time::Instant::now();
    let next = AtomicUsize::new(0);
    let summary = Mutex::new(Summary::default());
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..workers.min(files.len()) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(file) = files.get(i) else { break };
                    let rel = file.strip_prefix(&base).unwrap_or(file);
                    let target = if keep_names {
                        output.join(rel)
                    } else {
                        let h = a.hash(&rel.to_string_lossy());
                        let ext = if is_ndjson(file) { "ndjson" } else { "json" };
                        output.join(format!("{}.{ext}", &h[..h.len().min(24)]))
                    };
                    let scope = match a.config().parameters.date_shift_scope {
                        DateShiftScope::File => {
                            file.file_name().map(|n| n.to_string_lossy().into_owned())
                        }
                        DateShiftScope::Folder => Some(folder.clone()),
                        _ => None,
                    };
                    let doc = Document {
                        scope_name: scope.as_deref(),
                    };
                    let r = one_file(a, file, &target, &doc);
                    let mut sum = summary.lock().unwrap_or_else(|e| e.into_inner());
                    match r {
                        Ok(n) => {
                            sum.files_ok += 1;
                            sum.resources += n;
                        }
                        Err(e) => sum.failed.push((file.clone(), format!("{e:#}"))),
                    }
                    pb.inc(1);
                }
            });
        }
    });
    pb.finish_and_clear();
    let mut s = summary.into_inner().unwrap_or_else(|e| e.into_inner());
    s.seconds = start.elapsed().as_secs_f64();
    s.failed.sort();
    Ok(s)
}

/// One file, written to a temporary name beside `target` and renamed when complete.
fn one_file(a: &Anonymizer, file: &Path, target: &Path, doc: &Document<'_>) -> Result<usize> {
    let text = std::fs::read_to_string(file).context("cannot read the file as UTF-8 text")?;
    let (out, n) = anonymize_text(a, &text, is_ndjson(file), doc)?;
    if let Some(dir) = target.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = target.with_extension("ward-partial");
    std::fs::write(&tmp, out).context("cannot write the output")?;
    std::fs::rename(&tmp, target).context("cannot move the output into place")?;
    Ok(n)
}

fn is_ndjson(p: &Path) -> bool {
    p.extension().and_then(|e| e.to_str()) == Some("ndjson")
}

/// De-identifies a file's text: one resource or Bundle (JSON) or one per line (NDJSON).
/// Returns the output and the number of resources (Bundle entries counted).
pub fn anonymize_text(
    a: &Anonymizer,
    text: &str,
    ndjson: bool,
    doc: &Document<'_>,
) -> Result<(String, usize)> {
    let text = text.trim_start_matches('\u{feff}');
    if ndjson {
        let mut out = String::with_capacity(text.len());
        let mut n = 0;
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let r = a
                .anonymize_str(line, doc)
                .with_context(|| format!("line {}", i + 1))?;
            out.push_str(&serde_json::to_string(&r)?);
            out.push('\n');
            n += 1;
        }
        Ok((out, n))
    } else {
        let r = a.anonymize_str(text, doc)?;
        Ok((serde_json::to_string_pretty(&r)? + "\n", r.resources()))
    }
}

trait Classify {
    fn classify_name(&self) -> &'static str;
}
impl Classify for serde_json::Error {
    fn classify_name(&self) -> &'static str {
        match self.classify() {
            serde_json::error::Category::Io => "I/O error",
            serde_json::error::Category::Syntax => "syntax error",
            serde_json::error::Category::Data => "data error",
            serde_json::error::Category::Eof => "unexpected end",
        }
    }
}

/// The scanner `--tagger` asks for: `shipped`, `none` or a model file.
fn scanner(tagger: &str) -> Result<ward_deid::text::Scanner> {
    use ward_deid::tagger::Tagger;
    use ward_deid::text::Scanner;
    Ok(match tagger {
        "shipped" => Scanner::new(),
        "none" => Scanner::rules_only(),
        path => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the tagger model {path}"))?;
            let model = Tagger::from_text(&text).with_context(|| path.to_string())?;
            // One model per run of the command: it lives as long as the process.
            Scanner::with_tagger(Some(Box::leak(Box::new(model))))
        }
    })
}

/// `ward deid train-tagger`.
fn train_tagger(input: &[PathBuf], output: &Path, epochs: usize, eval: &[PathBuf]) -> Result<()> {
    use ward_deid::tagger::{Tagger, read_annotated, train};
    if epochs == 0 {
        bail!("--epochs must be at least 1");
    }
    let read = |p: &PathBuf| -> Result<String> {
        std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))
    };
    let mut notes = Vec::new();
    for p in input {
        notes.extend(read_annotated(&read(p)?).with_context(|| p.display().to_string())?);
    }
    if notes.is_empty() {
        bail!("no annotated notes in the input");
    }
    let spans: usize = notes.iter().map(|n| n.gold.len()).sum();
    eprintln!("training on {} notes ({spans} gold spans)", notes.len());
    let started = std::time::Instant::now();
    let model = train(&notes, epochs, |e, acc| {
        eprintln!(
            "  pass {e}/{epochs}: {:.2}% of words labelled right",
            acc * 100.0
        );
    });
    write_whole(output, &model)?;
    let tagger: &'static Tagger = Box::leak(Box::new(Tagger::from_text(&model)?));
    println!(
        "ward deid train-tagger: {} features from {} notes in {:.1} s, written to {}",
        tagger.len(),
        notes.len(),
        started.elapsed().as_secs_f64(),
        output.display()
    );
    for p in eval {
        let data = read(p)?;
        for (what, s) in [
            ("rules alone", ward_deid::text::Scanner::rules_only()),
            (
                "rules + this model",
                ward_deid::text::Scanner::with_tagger(Some(tagger)),
            ),
        ] {
            let sc = ward_deid::eval::evaluate(&data, &s);
            println!(
                "{}: {what}: token recall {:.3}, precision {:.3} ({} gold tokens)",
                p.display(),
                sc.recall(),
                sc.precision(),
                sc.gold()
            );
            for (ty, (g, f)) in &sc.by_type {
                println!("  {ty:8} {g:5} {:.3}", *f as f64 / (*g).max(1) as f64);
            }
        }
    }
    Ok(())
}

/// `ward deid text`: JSONL in, JSONL out, written whole or not at all.
pub fn text(
    input: &Path,
    output: &Path,
    surrogate: bool,
    scanner: &ward_deid::text::Scanner,
) -> Result<usize> {
    use ward_deid::text::{Surrogates, code_points};
    let data = std::fs::read_to_string(input)
        .with_context(|| format!("cannot read {}", input.display()))?;
    let key = env_key("WARD_DEID_CRYPTO_HASH_KEY")?;
    let date_key = env_key("WARD_DEID_DATE_SHIFT_KEY")?;
    let mut out = String::with_capacity(data.len() + data.len() / 4);
    let mut n = 0;
    for (i, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line)
            .map_err(|e| anyhow::anyhow!("line {}: not JSON ({})", i + 1, e.classify_name()))?;
        let (Some(id), Some(t)) = (v.get("id"), v.get("text").and_then(Value::as_str)) else {
            bail!("line {}: needs \"id\" and a string \"text\"", i + 1);
        };
        let spans = scanner.scan(t);
        let replaced = if surrogate {
            let scope = v
                .get("patient")
                .and_then(Value::as_str)
                .map(str::to_string)
                .unwrap_or_else(|| id.to_string());
            let shift = ward_deid::fhir::shift_days(&scope, &date_key);
            Surrogates::new(key.as_bytes(), shift).apply(t, &spans)
        } else {
            ward_deid::text::tag(t, &spans)
        };
        let phi: Vec<Value> = code_points(t, &spans)
            .into_iter()
            .map(|(s, e, ty)| serde_json::json!({"start": s, "end": e, "type": ty.as_str()}))
            .collect();
        out.push_str(&serde_json::to_string(
            &serde_json::json!({"id": id, "text": replaced, "phi": phi}),
        )?);
        out.push('\n');
        n += 1;
    }
    write_whole(output, out)?;
    Ok(n)
}

/// Writes `data` to a temporary name beside `output` and renames it when complete, so
/// that `output` is written whole or not at all.
pub fn write_whole(output: &Path, data: impl AsRef<[u8]>) -> Result<()> {
    let tmp = output.with_extension("ward-partial");
    std::fs::write(&tmp, data).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, output)
        .with_context(|| format!("cannot move the output to {}", output.display()))
}

/// A key from the environment, or a random one for this run.
fn env_key(var: &str) -> Result<zeroize::Zeroizing<String>> {
    match std::env::var(var) {
        Ok(v) => Ok(zeroize::Zeroizing::new(v)),
        Err(_) => Ok(ward_deid::fhir::run_key()?),
    }
}

/// `ward deid check`: every file's findings.
pub fn check(
    paths: &[PathBuf],
    profile: &str,
) -> Result<(usize, Vec<(PathBuf, ward_deid::check::Finding)>)> {
    use ward_deid::check::{Allow, check_resource};
    let allow = Allow::for_profile(profile);
    let scanner = ward_deid::text::Scanner::new();
    let files = collect_files(paths)?;
    let mut findings = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        let text = text.trim_start_matches('\u{feff}');
        let docs: Vec<Value> = if is_ndjson(file) {
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(serde_json::from_str)
                .collect::<std::result::Result<_, _>>()
                .map_err(|e| {
                    anyhow::anyhow!("{}: not NDJSON ({})", file.display(), e.classify_name())
                })?
        } else {
            vec![serde_json::from_str(text).map_err(|e| {
                anyhow::anyhow!("{}: not JSON ({})", file.display(), e.classify_name())
            })?]
        };
        for d in &docs {
            for f in check_resource(d, allow, &scanner) {
                findings.push((file.clone(), f));
            }
        }
    }
    Ok((files.len(), findings))
}
