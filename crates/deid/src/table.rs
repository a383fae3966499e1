//! Tables: k-anonymity, l-diversity and re-identification risk, and generalization with
//! suppression to reach k (and l) with the least information loss.
//!
//! - [`risk`] groups records by their quasi-identifiers into equivalence classes and
//!   reports k, l-diversity and the prosecutor, journalist and marketer risks as ARX
//!   defines them (El Emam's sample summary: records at risk, highest risk, success rate).
//! - [`anonymize`] searches the generalization lattice that the hierarchies span for the
//!   node with the least information loss (Iyengar's loss metric, as ARX's `Loss`) that
//!   reaches the privacy goal with at most the allowed share of suppressed records. The
//!   search is exact: nodes are visited in order of a lower bound on their loss (the loss of
//!   generalization alone, which suppression can only raise), a node whose bound cannot beat
//!   the best found ends it, and a node found not anonymous rules out every node below it
//!   (k-anonymity and distinct l-diversity with a suppression limit are monotone).
//!
//! Messages name columns and row numbers, never values: a table is patient data.

use crate::DeidError;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::HashMap;

/// What a suppressed quasi-identifier reads as, in ARX's convention.
pub const SUPPRESSED: &str = "*";

/// The risk above which a record counts as "at risk" unless a caller says otherwise
/// (El Emam's usual threshold for data shared with a trusted recipient).
pub const DEFAULT_THRESHOLD: f64 = 0.2;

/// Most lattice nodes [`anonymize`] will consider.
pub const MAX_LATTICE: usize = 5_000_000;

fn err(msg: impl Into<String>) -> DeidError {
    DeidError::Input(msg.into())
}

/// A CSV table with a header row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub delimiter: u8,
}

/// The delimiter of a CSV text: `;`, tab or `,`, whichever its first line has most of.
pub fn sniff_delimiter(data: &[u8]) -> u8 {
    let first = data.split(|&b| b == b'\n').next().unwrap_or_default();
    [b';', b'\t', b',']
        .into_iter()
        .max_by_key(|d| (first.iter().filter(|&&b| b == *d).count(), *d == b','))
        .unwrap_or(b',')
}

fn csv_error(e: &csv::Error, what: &str) -> DeidError {
    let row = e.position().map(|p| p.line()).unwrap_or(0);
    let why = match e.kind() {
        csv::ErrorKind::Utf8 { .. } => "not UTF-8 text".to_string(),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("{len} fields where the header has {expected_len}"),
        csv::ErrorKind::Io(_) => "cannot be read".to_string(),
        _ => "not CSV".to_string(),
    };
    err(format!("{what}, line {row}: {why}"))
}

impl Table {
    /// Parses CSV text; the delimiter is sniffed from the header line unless given.
    pub fn parse(data: &[u8], delimiter: Option<u8>) -> Result<Self, DeidError> {
        let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
        let delimiter = delimiter.unwrap_or_else(|| sniff_delimiter(data));
        let mut r = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(true)
            .from_reader(data);
        let header: Vec<String> = r
            .headers()
            .map_err(|e| csv_error(&e, "table"))?
            .iter()
            .map(|h| h.trim().to_string())
            .collect();
        if header.iter().all(String::is_empty) {
            return Err(err("table: no header row"));
        }
        for (i, h) in header.iter().enumerate() {
            if header[..i].contains(h) {
                return Err(err(format!("table: column '{h}' appears twice")));
            }
        }
        let mut rows = Vec::new();
        for rec in r.records() {
            let rec = rec.map_err(|e| csv_error(&e, "table"))?;
            rows.push(rec.iter().map(str::to_string).collect());
        }
        Ok(Self {
            header,
            rows,
            delimiter,
        })
    }

    /// The table as CSV with its own delimiter.
    pub fn to_csv(&self) -> Result<Vec<u8>, DeidError> {
        let mut w = csv::WriterBuilder::new()
            .delimiter(self.delimiter)
            .from_writer(Vec::new());
        let write_err = |_| err("table: cannot be written as CSV");
        w.write_record(&self.header).map_err(write_err)?;
        for row in &self.rows {
            w.write_record(row).map_err(write_err)?;
        }
        w.into_inner().map_err(|_| err("table: cannot be written"))
    }

    /// The index of a column by name.
    pub fn column(&self, name: &str) -> Result<usize, DeidError> {
        self.header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| err(format!("no column '{name}' in the table")))
    }

    /// The indexes of several columns, each named once.
    pub fn columns(&self, names: &[String]) -> Result<Vec<usize>, DeidError> {
        let mut out = Vec::with_capacity(names.len());
        for n in names {
            let i = self.column(n)?;
            if out.contains(&i) {
                return Err(err(format!("column '{n}' is named twice")));
            }
            out.push(i);
        }
        Ok(out)
    }
}

/// A generalization hierarchy in ARX's format: one line per original value, then that
/// value at each level of generalization (`34;<50;*`). No header.
#[derive(Debug, Clone)]
pub struct Hierarchy {
    /// Rows of the file; `rows[r][0]` is the original value.
    rows: Vec<Vec<String>>,
    index: HashMap<String, usize>,
}

impl Hierarchy {
    /// Parses and checks a hierarchy: every line as long as the first, each original value
    /// once, and each level a function of the one below (one value never generalizes to
    /// two).
    pub fn parse(data: &[u8], name: &str) -> Result<Self, DeidError> {
        let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
        let mut r = csv::ReaderBuilder::new()
            .delimiter(sniff_delimiter(data))
            .has_headers(false)
            .from_reader(data);
        let what = format!("hierarchy {name}");
        let mut rows: Vec<Vec<String>> = Vec::new();
        for rec in r.records() {
            let rec = rec.map_err(|e| csv_error(&e, &what))?;
            rows.push(rec.iter().map(str::to_string).collect());
        }
        if rows.is_empty() {
            return Err(err(format!("{what}: empty")));
        }
        let mut index = HashMap::with_capacity(rows.len());
        for (i, row) in rows.iter().enumerate() {
            if index.insert(row[0].clone(), i).is_some() {
                return Err(err(format!(
                    "{what}, line {}: the value of line {} again",
                    i + 1,
                    index[&row[0]] + 1
                )));
            }
        }
        let levels = rows[0].len();
        for l in 1..levels {
            let mut up: HashMap<&str, &str> = HashMap::new();
            for (i, row) in rows.iter().enumerate() {
                let above = l + 1 < levels;
                if above && *up.entry(row[l].as_str()).or_insert(row[l + 1].as_str()) != row[l + 1]
                {
                    return Err(err(format!(
                        "{what}, line {}: level {l} value generalizes to two different values at level {}",
                        i + 1,
                        l + 1
                    )));
                }
            }
        }
        Ok(Self { rows, index })
    }

    /// Levels, counting the original values as level 0.
    pub fn levels(&self) -> usize {
        self.rows[0].len()
    }

    /// `value` generalized to `level`, if the hierarchy has both.
    pub fn generalize(&self, value: &str, level: usize) -> Option<&str> {
        let row = &self.rows[*self.index.get(value)?];
        row.get(level).map(String::as_str)
    }
}

/// One attacker model's risks, as ARX reports them.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RiskSummary {
    /// Share of records whose risk is above the threshold.
    pub records_at_risk: f64,
    /// Highest probability of re-identifying one record.
    pub highest_risk: f64,
    /// Share of records re-identified on average (equivalence-class risk).
    pub success_rate: f64,
}

/// A table's equivalence classes and re-identification risks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Risk {
    /// Records counted (suppressed ones excluded).
    pub records: usize,
    /// Records whose quasi-identifiers are all `*` (suppressed, or generalized to nothing):
    /// left out of the classes and risks, as ARX leaves out suppressed records.
    pub suppressed: usize,
    /// Equivalence classes.
    pub classes: usize,
    /// Size of the smallest class: the table is k-anonymous for this k.
    pub k: usize,
    pub average_class_size: f64,
    /// `[size, classes of that size]`, smallest first.
    pub class_sizes: Vec<(usize, usize)>,
    /// Distinct l-diversity of the sensitive column: fewest distinct values in a class.
    pub l_distinct: Option<usize>,
    /// Entropy l-diversity: the smallest `exp(entropy)` of a class's sensitive values.
    pub l_entropy: Option<f64>,
    /// A record is "at risk" if its risk is above this.
    pub threshold: f64,
    /// Records in the population the journalist risk is computed against.
    pub population: usize,
    pub prosecutor: RiskSummary,
    pub journalist: RiskSummary,
    /// The marketer's success rate.
    pub marketer: f64,
}

/// An equivalence class: its quasi-identifier values and its rows.
type Class<'t> = (Vec<&'t str>, Vec<usize>);

/// Groups rows by the values of `cols`; rows whose values are all [`SUPPRESSED`] are left
/// out. Returns each class's key and rows.
fn group<'t>(rows: &'t [Vec<String>], cols: &[usize]) -> (Vec<Class<'t>>, usize) {
    let mut at: HashMap<Vec<&str>, usize> = HashMap::new();
    let mut classes: Vec<Class<'t>> = Vec::new();
    let mut suppressed = 0;
    for (r, row) in rows.iter().enumerate() {
        let key: Vec<&str> = cols.iter().map(|&c| row[c].as_str()).collect();
        if !cols.is_empty() && key.iter().all(|v| *v == SUPPRESSED) {
            suppressed += 1;
            continue;
        }
        match at.get(&key) {
            Some(&i) => classes[i].1.push(r),
            None => {
                at.insert(key.clone(), classes.len());
                classes.push((key, vec![r]));
            }
        }
    }
    (classes, suppressed)
}

/// Distinct and entropy l-diversity of `sensitive` over classes of rows.
fn diversity<'a>(
    rows: &[Vec<String>],
    classes: impl Iterator<Item = &'a [usize]>,
    sensitive: usize,
) -> (usize, f64) {
    let (mut distinct, mut entropy) = (usize::MAX, f64::INFINITY);
    for members in classes {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for &r in members {
            *counts.entry(rows[r][sensitive].as_str()).or_default() += 1;
        }
        let n = members.len() as f64;
        let h: f64 = counts
            .values()
            .map(|&c| {
                let p = c as f64 / n;
                -p * p.ln()
            })
            .sum();
        distinct = distinct.min(counts.len());
        entropy = entropy.min(h.exp());
    }
    if distinct == usize::MAX {
        (0, 0.0)
    } else {
        (distinct, entropy)
    }
}

/// The risks of `table` with quasi-identifiers `quasi`.
///
/// `population`, if given, is the population the table was sampled from (the same
/// quasi-identifier columns, by name): the journalist and marketer risks are then computed
/// against its class sizes, as ARX does with a research subset. Without it the table is
/// its own population and the journalist risk equals the prosecutor risk.
pub fn risk(
    table: &Table,
    quasi: &[usize],
    sensitive: Option<usize>,
    population: Option<&Table>,
    threshold: f64,
) -> Result<Risk, DeidError> {
    if quasi.is_empty() {
        return Err(err("name at least one quasi-identifier column"));
    }
    if !(threshold > 0.0 && threshold <= 1.0) {
        return Err(err("the risk threshold must be in (0, 1]"));
    }
    let (classes, suppressed) = group(&table.rows, quasi);
    let records: usize = classes.iter().map(|c| c.1.len()).sum();
    let pop_sizes: Vec<usize> = match population {
        None => classes.iter().map(|c| c.1.len()).collect(),
        Some(p) => {
            let names: Vec<String> = quasi.iter().map(|&c| table.header[c].clone()).collect();
            let pcols = p.columns(&names)?;
            let (pc, _) = group(&p.rows, &pcols);
            let at: HashMap<&Vec<&str>, usize> = pc.iter().map(|(k, m)| (k, m.len())).collect();
            let mut sizes = Vec::with_capacity(classes.len());
            for (key, members) in &classes {
                let n = at.get(key).copied().unwrap_or(0);
                if n < members.len() {
                    return Err(err(format!(
                        "the population does not hold every record of the table (row {} is missing or more frequent)",
                        members[0] + 2
                    )));
                }
                sizes.push(n);
            }
            sizes
        }
    };
    let mut hist: HashMap<usize, usize> = HashMap::new();
    for c in &classes {
        *hist.entry(c.1.len()).or_default() += 1;
    }
    let mut class_sizes: Vec<(usize, usize)> = hist.into_iter().collect();
    class_sizes.sort_unstable();
    let k = class_sizes.first().map_or(0, |c| c.0);
    let (l_distinct, l_entropy) = match sensitive {
        Some(s) => {
            let (d, e) = diversity(&table.rows, classes.iter().map(|c| c.1.as_slice()), s);
            (Some(d), Some(e))
        }
        None => (None, None),
    };
    let nrec = records as f64;
    let at_risk = |size_of: &dyn Fn(usize) -> usize| {
        let r: usize = classes
            .iter()
            .enumerate()
            .filter(|(i, _)| 1.0 / size_of(*i) as f64 > threshold)
            .map(|(_, c)| c.1.len())
            .sum();
        ratio(r as f64, nrec)
    };
    let nclasses = classes.len() as f64;
    let prosecutor = RiskSummary {
        records_at_risk: at_risk(&|i| classes[i].1.len()),
        highest_risk: if k == 0 { 0.0 } else { 1.0 / k as f64 },
        success_rate: ratio(nclasses, nrec),
    };
    let pop_total: usize = pop_sizes.iter().sum();
    let sample_over_pop: f64 = classes
        .iter()
        .zip(&pop_sizes)
        .map(|(c, &p)| c.1.len() as f64 / p as f64)
        .sum();
    let marketer = ratio(sample_over_pop, nrec);
    let journalist = RiskSummary {
        records_at_risk: at_risk(&|i| pop_sizes[i]),
        highest_risk: pop_sizes.iter().min().map_or(0.0, |&m| 1.0 / m as f64),
        success_rate: ratio(nclasses, pop_total as f64).max(marketer),
    };
    Ok(Risk {
        records,
        suppressed,
        classes: classes.len(),
        k,
        average_class_size: ratio(nrec, nclasses),
        class_sizes,
        l_distinct,
        l_entropy,
        threshold,
        population: population.map_or(records, |p| p.rows.len()),
        prosecutor,
        journalist,
        marketer,
    })
}

fn ratio(a: f64, b: f64) -> f64 {
    if b == 0.0 { 0.0 } else { a / b }
}

/// The privacy goal of [`anonymize`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Goal {
    /// Every released record is in a class of at least `k` records.
    pub k: usize,
    /// Every class has at least `l` distinct values of the sensitive column (1: no
    /// l-diversity).
    pub l: usize,
    /// Largest share of records that may be suppressed, in [0, 1].
    pub max_suppression: f64,
}

/// What [`anonymize`] did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Anonymized {
    /// The generalized table; suppressed records have [`SUPPRESSED`] in every
    /// quasi-identifier.
    #[serde(skip)]
    pub table: Table,
    /// `[column, level chosen, levels above the original]` per quasi-identifier.
    pub levels: Vec<(String, usize, usize)>,
    /// Records suppressed.
    pub suppressed: usize,
    /// Information loss in [0, 1] (0: the original, 1: everything suppressed).
    pub loss: f64,
    /// Nodes in the generalization lattice, and nodes whose classes were computed.
    pub lattice: usize,
    pub checked: usize,
}

/// One quasi-identifier, encoded: each row's original value as a hierarchy row, and per
/// level the generalized value's id and loss per hierarchy row.
struct Column {
    row_value: Vec<u32>,
    /// `ids[level][hierarchy row]`: the generalized value's dense id at that level.
    ids: Vec<Vec<u32>>,
    /// `loss[level][hierarchy row]`: (leaves of the generalized value - 1) / (domain - 1).
    loss: Vec<Vec<f64>>,
    /// Distinct values at each level.
    width: Vec<u32>,
}

impl Column {
    fn new(table: &Table, col: usize, h: &Hierarchy) -> Result<Self, DeidError> {
        let mut row_value = Vec::with_capacity(table.rows.len());
        for (r, row) in table.rows.iter().enumerate() {
            let v = h.index.get(&row[col]).ok_or_else(|| {
                err(format!(
                    "column '{}', row {}: the value is not in its hierarchy",
                    table.header[col],
                    r + 2
                ))
            })?;
            row_value.push(*v as u32);
        }
        let domain = h.rows.len();
        let (mut ids, mut loss, mut width) = (Vec::new(), Vec::new(), Vec::new());
        for l in 0..h.levels() {
            let mut id_of: HashMap<&str, u32> = HashMap::new();
            let level_ids: Vec<u32> = h
                .rows
                .iter()
                .map(|row| {
                    let next = id_of.len() as u32;
                    *id_of.entry(row[l].as_str()).or_insert(next)
                })
                .collect();
            let mut leaves = vec![0usize; id_of.len()];
            for &id in &level_ids {
                leaves[id as usize] += 1;
            }
            let level_loss = level_ids
                .iter()
                .map(|&id| {
                    if domain <= 1 {
                        0.0
                    } else {
                        (leaves[id as usize] - 1) as f64 / (domain - 1) as f64
                    }
                })
                .collect();
            width.push(id_of.len() as u32);
            ids.push(level_ids);
            loss.push(level_loss);
        }
        Ok(Self {
            row_value,
            ids,
            loss,
            width,
        })
    }
}

/// Equivalence classes of one lattice node: each row's class, and each class's size.
fn classes_of(cols: &[Column], node: &[usize], n: usize) -> (Vec<u32>, Vec<u32>) {
    let mut class: Vec<u32> = cols[0]
        .row_value
        .iter()
        .map(|&v| cols[0].ids[node[0]][v as usize])
        .collect();
    let mut count = cols[0].width[node[0]] as usize;
    for (c, &level) in cols.iter().zip(node).skip(1) {
        let width = c.width[level] as usize;
        let ids = &c.ids[level];
        if count.saturating_mul(width) <= 1 << 22 {
            // Dense: a table of (class, value) pairs.
            let mut at = vec![u32::MAX; count * width];
            let mut next = 0u32;
            for (cl, &v) in class.iter_mut().zip(&c.row_value) {
                let slot = &mut at[*cl as usize * width + ids[v as usize] as usize];
                if *slot == u32::MAX {
                    *slot = next;
                    next += 1;
                }
                *cl = *slot;
            }
            count = next as usize;
        } else {
            let mut at: FxHashMap<u64, u32> = FxHashMap::default();
            for (cl, &v) in class.iter_mut().zip(&c.row_value) {
                let key = (u64::from(*cl) << 32) | u64::from(ids[v as usize]);
                let next = at.len() as u32;
                *cl = *at.entry(key).or_insert(next);
            }
            count = at.len();
        }
    }
    let mut sizes = vec![0u32; count];
    for &cl in &class {
        sizes[cl as usize] += 1;
    }
    debug_assert_eq!(class.len(), n);
    (class, sizes)
}

/// The outcome of checking one node.
struct Check {
    outlier: Vec<bool>,
    outliers: usize,
    loss: f64,
}

fn check(cols: &[Column], node: &[usize], n: usize, sens: Option<&[u32]>, goal: Goal) -> Check {
    let (class, sizes) = classes_of(cols, node, n);
    let mut bad: Vec<bool> = sizes.iter().map(|&s| (s as usize) < goal.k).collect();
    if let (Some(sens), true) = (sens, goal.l > 1) {
        let mut seen: FxHashMap<u64, ()> = FxHashMap::default();
        let mut distinct = vec![0usize; sizes.len()];
        for (&cl, &s) in class.iter().zip(sens) {
            if seen
                .insert((u64::from(cl) << 32) | u64::from(s), ())
                .is_none()
            {
                distinct[cl as usize] += 1;
            }
        }
        for (b, d) in bad.iter_mut().zip(distinct) {
            *b |= d < goal.l;
        }
    }
    let outlier: Vec<bool> = class.iter().map(|&cl| bad[cl as usize]).collect();
    let q = cols.len();
    let mut total = 0.0;
    let mut outliers = 0;
    for (r, &o) in outlier.iter().enumerate() {
        if o {
            outliers += 1;
            total += q as f64;
        } else {
            for (c, &level) in cols.iter().zip(node) {
                total += c.loss[level][c.row_value[r] as usize];
            }
        }
    }
    Check {
        outlier,
        outliers,
        loss: total / (n * q).max(1) as f64,
    }
}

/// Generalizes and suppresses the quasi-identifiers `quasi` (each with its hierarchy) to
/// reach `goal` with the least information loss.
pub fn anonymize(
    table: &Table,
    quasi: &[usize],
    hierarchies: &[Hierarchy],
    sensitive: Option<usize>,
    goal: Goal,
) -> Result<Anonymized, DeidError> {
    if quasi.is_empty() || quasi.len() != hierarchies.len() {
        return Err(err("each quasi-identifier needs one hierarchy"));
    }
    if goal.k == 0 || goal.l == 0 {
        return Err(err("k and l must be at least 1"));
    }
    if !(0.0..=1.0).contains(&goal.max_suppression) {
        return Err(err("the suppression limit must be in [0, 1]"));
    }
    if goal.l > 1 && sensitive.is_none() {
        return Err(err("l-diversity needs a sensitive column"));
    }
    let n = table.rows.len();
    if n == 0 {
        return Err(err("the table has no records"));
    }
    let cols: Vec<Column> = quasi
        .iter()
        .zip(hierarchies)
        .map(|(&c, h)| Column::new(table, c, h))
        .collect::<Result<_, _>>()?;
    let sens: Option<Vec<u32>> = sensitive.map(|s| {
        let mut id_of: HashMap<&str, u32> = HashMap::new();
        table
            .rows
            .iter()
            .map(|row| {
                let next = id_of.len() as u32;
                *id_of.entry(row[s].as_str()).or_insert(next)
            })
            .collect()
    });
    let heights: Vec<usize> = hierarchies.iter().map(Hierarchy::levels).collect();
    let lattice = heights
        .iter()
        .try_fold(1usize, |a, &h| a.checked_mul(h))
        .filter(|&s| s <= MAX_LATTICE)
        .ok_or_else(|| {
            err(format!(
                "the hierarchies span more than {MAX_LATTICE} generalization levels combined; use fewer quasi-identifiers or shorter hierarchies"
            ))
        })?;
    // Loss of generalization alone, per column and level (summed over rows): a lower bound
    // on a node's loss, since a suppressed cell costs 1, the most a cell can.
    let gen_loss: Vec<Vec<f64>> = cols
        .iter()
        .map(|c| {
            c.loss
                .iter()
                .map(|level| c.row_value.iter().map(|&v| level[v as usize]).sum())
                .collect()
        })
        .collect();
    let node_of = |mut i: usize| -> Vec<usize> {
        heights
            .iter()
            .map(|&h| {
                let l = i % h;
                i /= h;
                l
            })
            .collect()
    };
    let scale = (n * cols.len()) as f64;
    let bound = |node: &[usize]| -> f64 {
        node.iter().zip(&gen_loss).map(|(&l, g)| g[l]).sum::<f64>() / scale
    };
    let mut order: Vec<(f64, usize, usize)> = (0..lattice)
        .map(|i| {
            let node = node_of(i);
            (bound(&node), node.iter().sum(), i)
        })
        .collect();
    order.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let max_out = (goal.max_suppression * n as f64 + 1e-9).floor() as usize;
    let mut not_anonymous = vec![false; lattice];
    let mut best: Option<(f64, Vec<usize>, Check)> = None;
    let mut checked = 0;
    for &(b, _, i) in &order {
        if best.as_ref().is_some_and(|(l, _, _)| b >= *l - 1e-12) {
            break;
        }
        if not_anonymous[i] {
            continue;
        }
        let node = node_of(i);
        let c = check(&cols, &node, n, sens.as_deref(), goal);
        checked += 1;
        if c.outliers > max_out {
            // Every specialization of this node is not anonymous either.
            let mut stack = vec![i];
            not_anonymous[i] = true;
            while let Some(j) = stack.pop() {
                let mut stride = 1;
                for &h in &heights {
                    if (j / stride) % h > 0 && !not_anonymous[j - stride] {
                        not_anonymous[j - stride] = true;
                        stack.push(j - stride);
                    }
                    stride *= h;
                }
            }
        } else if best.as_ref().is_none_or(|(l, _, _)| c.loss < *l - 1e-12) {
            best = Some((c.loss, node, c));
        }
    }
    let Some((loss, node, c)) = best else {
        return Err(err(format!(
            "no generalization reaches k = {} (l = {}) with at most {:.1}% of records suppressed; allow more suppression or lower k",
            goal.k,
            goal.l,
            goal.max_suppression * 100.0
        )));
    };
    let mut out = table.clone();
    for (r, row) in out.rows.iter_mut().enumerate() {
        for (i, (&col, h)) in quasi.iter().zip(hierarchies).enumerate() {
            row[col] = if c.outlier[r] {
                SUPPRESSED.to_string()
            } else {
                h.rows[cols[i].row_value[r] as usize][node[i]].clone()
            };
        }
    }
    let levels = quasi
        .iter()
        .zip(&node)
        .zip(&heights)
        .map(|((&col, &l), &h)| (table.header[col].clone(), l, h - 1))
        .collect();
    Ok(Anonymized {
        table: out,
        levels,
        suppressed: c.outliers,
        loss,
        lattice,
        checked,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(csv: &str) -> Table {
        Table::parse(csv.as_bytes(), None).unwrap()
    }

    #[test]
    fn risk_follows_arx_definitions() {
        let t = table("a,b,dx\n1,x,p\n1,x,q\n1,x,p\n2,y,p\n2,y,p\n3,z,q\n");
        let r = risk(&t, &[0, 1], Some(2), None, 0.4).unwrap();
        assert_eq!((r.records, r.classes, r.k), (6, 3, 1));
        assert_eq!(r.class_sizes, vec![(1, 1), (2, 1), (3, 1)]);
        assert_eq!(r.prosecutor.highest_risk, 1.0);
        assert!((r.prosecutor.success_rate - 0.5).abs() < 1e-12);
        // risks 1/3, 1/2, 1: above 0.4 are the classes of 2 and 1 → 3 of 6 records.
        assert!((r.prosecutor.records_at_risk - 0.5).abs() < 1e-12);
        assert_eq!(r.journalist, r.prosecutor);
        assert!((r.marketer - 0.5).abs() < 1e-12);
        assert_eq!(r.l_distinct, Some(1));
        assert!((r.l_entropy.unwrap() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn journalist_risk_uses_the_population() {
        let sample = table("a\n1\n2\n2\n");
        let pop = table("a,other\n1,_\n1,_\n2,_\n2,_\n2,_\n2,_\n3,_\n");
        let r = risk(&sample, &[0], None, Some(&pop), 0.3).unwrap();
        assert_eq!(r.prosecutor.highest_risk, 1.0);
        assert_eq!(r.journalist.highest_risk, 0.5);
        // marketer: (1/2 + 2/4) / 3; journalist success: max(2 / 6, marketer).
        assert!((r.marketer - 1.0 / 3.0).abs() < 1e-12);
        assert!((r.journalist.success_rate - 1.0 / 3.0).abs() < 1e-12);
        // Only the class of size 2 in the population is above 0.3 → 1 of 3 records.
        assert!((r.journalist.records_at_risk - 1.0 / 3.0).abs() < 1e-12);
        let small = table("a\n1\n3\n3\n");
        assert!(risk(&small, &[0], None, Some(&pop), 0.3).is_err());
    }

    #[test]
    fn suppressed_records_are_left_out() {
        let t = table("a,b\n*,*\n1,*\n1,*\n");
        let r = risk(&t, &[0, 1], None, None, 0.5).unwrap();
        assert_eq!((r.records, r.suppressed, r.k), (2, 1, 2));
    }

    #[test]
    fn hierarchies_are_checked() {
        assert!(Hierarchy::parse(b"1;a;*\n2;a;*\n", "x").is_ok());
        let e = Hierarchy::parse(b"1;a;*\n2;a;+\n", "x").unwrap_err();
        assert!(e.to_string().contains("line 2"), "{e}");
        assert!(Hierarchy::parse(b"1;a\n1;b\n", "x").is_err());
        assert!(Hierarchy::parse(b"1;a\n2\n", "x").is_err());
        assert!(Hierarchy::parse(b"", "x").is_err());
    }

    #[test]
    fn values_outside_the_hierarchy_are_refused_without_quoting_them() {
        let t = table("age\n34\n99\n");
        let h = Hierarchy::parse(b"34;*\n", "age").unwrap();
        let goal = Goal {
            k: 1,
            l: 1,
            max_suppression: 0.0,
        };
        let e = anonymize(&t, &[0], &[h], None, goal)
            .unwrap_err()
            .to_string();
        assert!(e.contains("row 3") && !e.contains("99"), "{e}");
    }

    /// The search finds the same least loss as trying every node.
    #[test]
    fn search_is_optimal_against_exhaustive_enumeration() {
        let h_age = Hierarchy::parse(
            b"1;1-2;1-4;*\n2;1-2;1-4;*\n3;3-4;1-4;*\n4;3-4;1-4;*\n5;5-6;5-8;*\n6;5-6;5-8;*\n7;7-8;5-8;*\n8;7-8;5-8;*\n",
            "age",
        )
        .unwrap();
        let h_sex = Hierarchy::parse(b"m;*\nf;*\nx;*\n", "sex").unwrap();
        let h_zip = Hierarchy::parse(
            b"111;11*;1**;*\n112;11*;1**;*\n121;12*;1**;*\n211;21*;2**;*\n",
            "zip",
        )
        .unwrap();
        let mut rng = ward_testkit::XorShift::new(0x9e37_79b9_7f4a_7c15);
        for case in 0..60 {
            let n = 5 + rng.below(40);
            let mut csv = String::from("age,sex,zip,dx\n");
            for _ in 0..n {
                csv += &format!(
                    "{},{},{},{}\n",
                    1 + rng.below(8),
                    ["m", "f", "x"][rng.below(3)],
                    ["111", "112", "121", "211"][rng.below(4)],
                    ["a", "b", "c"][rng.below(3)]
                );
            }
            let t = table(&csv);
            let goal = Goal {
                k: 2 + rng.below(3),
                l: 1 + rng.below(2),
                max_suppression: [0.0, 0.1, 0.3][rng.below(3)],
            };
            let hs = vec![h_age.clone(), h_sex.clone(), h_zip.clone()];
            let cols: Vec<Column> = [0, 1, 2]
                .iter()
                .zip(&hs)
                .map(|(&c, h)| Column::new(&t, c, h).unwrap())
                .collect();
            let sens = {
                let s: Vec<u32> = t.rows.iter().map(|r| r[3].as_bytes()[0] as u32).collect();
                s
            };
            let max_out = (goal.max_suppression * n as f64 + 1e-9).floor() as usize;
            let mut exhaustive: Option<f64> = None;
            for a in 0..4 {
                for s in 0..2 {
                    for z in 0..4 {
                        let c = check(&cols, &[a, s, z], n, Some(&sens), goal);
                        if c.outliers <= max_out {
                            exhaustive = Some(exhaustive.map_or(c.loss, |e: f64| e.min(c.loss)));
                        }
                    }
                }
            }
            let found = anonymize(&t, &[0, 1, 2], &hs, Some(3), goal);
            match (exhaustive, found) {
                (None, Err(_)) => {}
                (Some(e), Ok(f)) => {
                    assert!((e - f.loss).abs() < 1e-9, "case {case}: {e} vs {}", f.loss);
                    let r = risk(&f.table, &[0, 1, 2], Some(3), None, 0.5).unwrap();
                    assert!(r.records == 0 || r.k >= goal.k, "case {case}");
                    assert!(
                        r.records == 0 || r.l_distinct.unwrap() >= goal.l,
                        "case {case}"
                    );
                    // Fully generalized records read as suppressed too (all `*`).
                    assert!(r.suppressed >= f.suppressed, "case {case}");
                    assert_eq!(r.records + r.suppressed, n, "case {case}");
                    assert!(f.suppressed <= max_out, "case {case}");
                    assert!(f.checked <= f.lattice);
                }
                (e, f) => panic!(
                    "case {case}: exhaustive {e:?}, search {:?}",
                    f.map(|f| f.loss)
                ),
            }
        }
    }
}
