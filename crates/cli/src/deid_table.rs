//! `ward deid risk` and `ward deid anonymize-table`: k-anonymity and re-identification
//! risk of tables. Output names columns and counts, never values.

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use ward_deid::table::{DEFAULT_THRESHOLD, Goal, Hierarchy, Risk, Table, anonymize, risk};

#[derive(clap::Args)]
pub struct RiskArgs {
    /// The table: CSV with a header row (`;`, tab or `,`, sniffed from the header).
    #[arg(long)]
    pub input: PathBuf,
    /// Quasi-identifier columns, comma-separated (`age,sex,zip`).
    #[arg(long, value_delimiter = ',', required = true)]
    pub quasi: Vec<String>,
    /// Sensitive column, for l-diversity.
    #[arg(long)]
    pub sensitive: Option<String>,
    /// The population the table was sampled from (CSV with the same quasi-identifier
    /// columns), for the journalist and marketer risks. By default the table itself.
    #[arg(long)]
    pub population: Option<PathBuf>,
    /// A record is "at risk" when its probability of re-identification is above this.
    #[arg(long, default_value_t = ward_deid::table::DEFAULT_THRESHOLD)]
    pub threshold: f64,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Args)]
pub struct AnonymizeArgs {
    /// Every released record shares its quasi-identifiers with at least K-1 others.
    #[arg(long)]
    pub k: usize,
    /// Every class holds at least L distinct values of --sensitive (distinct l-diversity).
    #[arg(long, default_value_t = 1)]
    pub l: usize,
    /// Sensitive column (needed for --l above 1; reported otherwise).
    #[arg(long)]
    pub sensitive: Option<String>,
    /// Folder of generalization hierarchies in ARX's format, one per quasi-identifier,
    /// named `hierarchy_COLUMN.csv` or `COLUMN.csv`: each line an original value and then
    /// that value at each level (`34;<50;*`).
    #[arg(long)]
    pub hierarchies: PathBuf,
    /// Quasi-identifier columns, comma-separated. By default every column of the table
    /// with a `hierarchy_COLUMN.csv` in --hierarchies.
    #[arg(long, value_delimiter = ',')]
    pub quasi: Vec<String>,
    /// Largest share of records that may be suppressed (0 to 1). Suppressed records keep
    /// their other columns and read `*` in every quasi-identifier.
    #[arg(long, default_value_t = 0.0)]
    pub suppress: f64,
    /// Columns to remove from the output: direct identifiers (names, record numbers).
    #[arg(long, value_delimiter = ',')]
    pub drop: Vec<String>,
    /// The table: CSV with a header row.
    #[arg(long)]
    pub input: PathBuf,
    /// Where to write the anonymized table (CSV, same delimiter).
    #[arg(long)]
    pub output: PathBuf,
    /// Also write the report as JSON to this file.
    #[arg(long)]
    pub report: Option<PathBuf>,
}

fn read_table(path: &Path) -> Result<Table> {
    let data = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    Table::parse(&data, None).with_context(|| path.display().to_string())
}

pub fn run_risk(a: &RiskArgs) -> Result<()> {
    let t = read_table(&a.input)?;
    let quasi = t.columns(&a.quasi)?;
    let sensitive = a.sensitive.as_deref().map(|s| t.column(s)).transpose()?;
    let population = a.population.as_deref().map(read_table).transpose()?;
    let r = risk(&t, &quasi, sensitive, population.as_ref(), a.threshold)?;
    if a.json {
        println!("{}", serde_json::to_string_pretty(&r)?);
    } else {
        print_risk(&r, &a.quasi.join(", "), a.sensitive.as_deref(), "");
    }
    Ok(())
}

fn print_risk(r: &Risk, quasi: &str, sensitive: Option<&str>, indent: &str) {
    println!(
        "{indent}records: {} ({} with every quasi-identifier suppressed, left out); quasi-identifiers: {quasi}",
        r.records, r.suppressed
    );
    let sizes: Vec<String> = r
        .class_sizes
        .iter()
        .take(8)
        .map(|(s, c)| format!("{c}×{s}"))
        .collect();
    let more = if r.class_sizes.len() > 8 { ", …" } else { "" };
    println!(
        "{indent}equivalence classes: {}, k = {} (smallest), average size {:.2}; classes×size: {}{more}",
        r.classes,
        r.k,
        r.average_class_size,
        sizes.join(", ")
    );
    if let (Some(s), Some(d), Some(e)) = (sensitive, r.l_distinct, r.l_entropy) {
        println!("{indent}l-diversity of {s}: distinct l = {d}, entropy l = {e:.2}");
    }
    for (name, s) in [("prosecutor", &r.prosecutor), ("journalist", &r.journalist)] {
        println!(
            "{indent}{name:<10} risk: highest {:.4}, success rate {:.4}, records at risk (> {}) {:.2}%",
            s.highest_risk,
            s.success_rate,
            r.threshold,
            s.records_at_risk * 100.0
        );
    }
    println!(
        "{indent}marketer   risk: success rate {:.4} (population: {} records)",
        r.marketer, r.population
    );
}

/// The `hierarchy_COLUMN.csv` files of a folder, by column.
fn hierarchy_files(dir: &Path) -> Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))? {
        let p = e?.path();
        let name = p.file_name().and_then(|s| s.to_str()).unwrap_or_default();
        if let Some(col) = name
            .strip_prefix("hierarchy_")
            .and_then(|n| n.strip_suffix(".csv"))
        {
            out.push((col.to_string(), p.clone()));
        }
    }
    out.sort();
    Ok(out)
}

pub fn run_anonymize(a: &AnonymizeArgs) -> Result<()> {
    let t = read_table(&a.input)?;
    let files = hierarchy_files(&a.hierarchies)?;
    let names: Vec<String> = if a.quasi.is_empty() {
        for (col, p) in &files {
            if t.column(col).is_err() {
                bail!(
                    "{}: the table has no column '{col}' (name the quasi-identifiers with --quasi)",
                    p.display()
                );
            }
        }
        // In the table's column order.
        t.header
            .iter()
            .filter(|h| files.iter().any(|(c, _)| c == *h))
            .cloned()
            .collect()
    } else {
        a.quasi.clone()
    };
    if names.is_empty() {
        bail!(
            "{} holds no hierarchy_COLUMN.csv files",
            a.hierarchies.display()
        );
    }
    let quasi = t.columns(&names)?;
    let mut hierarchies = Vec::with_capacity(names.len());
    for n in &names {
        let plain = a.hierarchies.join(format!("{n}.csv"));
        let p = match files.iter().find(|(c, _)| c == n) {
            Some((_, p)) => p,
            None if plain.is_file() => &plain,
            None => bail!(
                "no hierarchy for '{n}' in {} (hierarchy_{n}.csv or {n}.csv)",
                a.hierarchies.display()
            ),
        };
        let data = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
        hierarchies.push(Hierarchy::parse(&data, n)?);
    }
    let sensitive = a.sensitive.as_deref().map(|s| t.column(s)).transpose()?;
    let goal = Goal {
        k: a.k,
        l: a.l,
        max_suppression: a.suppress,
    };
    let start = std::time::Instant::now();
    let before = risk(&t, &quasi, sensitive, None, DEFAULT_THRESHOLD)?;
    let done = anonymize(&t, &quasi, &hierarchies, sensitive, goal)?;
    let after = risk(&done.table, &quasi, sensitive, None, DEFAULT_THRESHOLD)?;
    let seconds = start.elapsed().as_secs_f64();

    let mut out = done.table.clone();
    let drop = t.columns(&a.drop)?;
    if drop
        .iter()
        .any(|d| quasi.contains(d) || Some(*d) == sensitive)
    {
        bail!("--drop names a quasi-identifier or the sensitive column");
    }
    let keep: Vec<usize> = (0..t.header.len()).filter(|i| !drop.contains(i)).collect();
    out.header = keep.iter().map(|&i| out.header[i].clone()).collect();
    for row in &mut out.rows {
        *row = keep.iter().map(|&i| std::mem::take(&mut row[i])).collect();
    }
    let csv = out.to_csv()?;
    crate::deid::write_whole(&a.output, csv)?;

    let quasi_list = names.join(", ");
    println!(
        "ward deid anonymize-table: {} records, k = {}{} with at most {:.1}% suppressed, in {seconds:.2} s",
        t.rows.len(),
        a.k,
        if a.l > 1 {
            format!(", l = {}", a.l)
        } else {
            String::new()
        },
        a.suppress * 100.0
    );
    for (col, level, top) in &done.levels {
        println!("  {col}: generalized to level {level} of {top}");
    }
    println!(
        "  suppressed: {} records; information loss {:.4} (0 = original, 1 = all suppressed)",
        done.suppressed, done.loss
    );
    println!(
        "  search: {} of {} lattice nodes checked (optimal for this loss measure)",
        done.checked, done.lattice
    );
    let passed: Vec<&str> = (0..t.header.len())
        .filter(|i| !quasi.contains(i) && Some(*i) != sensitive && !drop.contains(i))
        .map(|i| t.header[i].as_str())
        .collect();
    if !passed.is_empty() {
        println!(
            "  passed through unchanged: {} (drop direct identifiers with --drop)",
            passed.join(", ")
        );
    }
    println!("  before:");
    print_risk(&before, &quasi_list, a.sensitive.as_deref(), "    ");
    println!("  after:");
    print_risk(&after, &quasi_list, a.sensitive.as_deref(), "    ");
    println!("  written to {}", a.output.display());
    if let Some(p) = &a.report {
        let report = serde_json::json!({
            "anonymization": done,
            "risk_before": before,
            "risk_after": after,
        });
        std::fs::write(p, serde_json::to_string_pretty(&report)? + "\n")
            .with_context(|| format!("cannot write {}", p.display()))?;
    }
    Ok(())
}
