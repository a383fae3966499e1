//! A learned second opinion beside the scanner's rules: an averaged perceptron that
//! labels each word of a note, greedily from left to right, as part of one of fourteen
//! kinds of PHI (names, organizations, places, dates, phone numbers, identifiers) or as
//! nothing.
//!
//! Why: the rules find identifiers with a shape (phones, e-mails, record numbers, dates)
//! almost always, but miss names, organizations and places that come with no cue they
//! know. The tagger learns cues from annotated notes: the word, its shape and ending, the
//! words and punctuation around it, which public lists hold it and its neighbours, the
//! first word of its line, and the labels it has just given.
//!
//! The model is text (`data/tagger.model`): one line per feature with its weights. It is
//! trained by `ward deid train-tagger` from annotated notes (JSONL with gold spans), so a
//! site can retrain it on its own annotated notes; Ward ships one trained on its synthetic
//! training sets, never on the sealed evaluation set. Training is deterministic: the same
//! notes and epochs give the same file.
//!
//! Speed: one hash lookup per feature (about 39 per word) and sixteen additions each;
//! the tagger roughly halves the scanner's throughput (docs/benchmarks.md).

use crate::DeidError;
use crate::text::{PhiType, Span, dicts};
use rustc_hash::{FxHashMap, FxHasher};
use std::hash::Hasher;
use std::sync::OnceLock;

/// The labels: nothing, the fourteen kinds of PHI the tagger reports, and `OTHER` (e-mail
/// addresses, URLs, IP addresses and ages, which the rules find by shape: learnt as
/// context, never reported by the tagger).
pub const LABELS: [&str; N] = [
    "O", "NAME", "ORG", "CITY", "STREET", "STATE", "ZIP", "DATE", "PHONE", "SSN", "MRN", "ACCOUNT",
    "LICENSE", "VEHICLE", "DEVICE", "OTHER",
];
const N: usize = 16;
const O: usize = 0;
const OTHER: usize = N - 1;

/// What the tagger reports for each label but `O` and `OTHER`.
const TYPES: [PhiType; N - 2] = [
    PhiType::Name,
    PhiType::Org,
    PhiType::City,
    PhiType::Street,
    PhiType::State,
    PhiType::Zip,
    PhiType::Date,
    PhiType::Phone,
    PhiType::Ssn,
    PhiType::Mrn,
    PhiType::Account,
    PhiType::License,
    PhiType::Vehicle,
    PhiType::Device,
];

fn label_of(ty: PhiType) -> usize {
    TYPES.iter().position(|t| *t == ty).map_or(OTHER, |i| i + 1)
}

fn type_of(label: usize) -> Option<PhiType> {
    TYPES.get(label.checked_sub(1)?).copied()
}

const HEADER: &str = "# ward-deid tagger v1";

/// The note sets the shipped model is trained on (under `crates/deid/tests/data/`), and
/// its passes. The sealed evaluation set is not among them.
pub const TRAINING_SETS: [&str; 7] = [
    "notes/eval.jsonl",
    "notes-heldout/heldout.jsonl",
    "notes-train-a/train.jsonl",
    "notes-train-b/train.jsonl",
    "notes-train-c/train.jsonl",
    "notes-train-d/train.jsonl",
    "notes-train-e/train.jsonl",
];
pub const SHIPPED_EPOCHS: usize = 10;

/// The fewest words (without digits) a text needs for the tagger to read it.
pub const MIN_WORDS: usize = 12;

/// A feature is kept in the model if one of its averaged weights is at least the
/// model's largest weight divided by this.
const MIN_WEIGHT_SHARE: f64 = 25.0;

/// The shipped model.
const SHIPPED: &str = include_str!("../data/tagger.model");

/// The shipped model, parsed once.
pub fn shipped() -> &'static Tagger {
    static T: OnceLock<Tagger> = OnceLock::new();
    T.get_or_init(|| Tagger::from_text(SHIPPED).expect("the shipped tagger model parses"))
}

/// A trained model: per feature, one weight per label.
pub struct Tagger {
    /// Thousandths (the model file's precision), so that a row is 32 bytes.
    weights: FxHashMap<u64, [i16; N]>,
    /// The rows of the features made of fixed parts only, looked up once.
    dense: Box<Dense>,
}

/// Templates (bits of this mask) whose features have fixed parts only (the bias, the previous labels, the
/// word's and its neighbours' list flags, no flag, the start of a line): [`Tagger::spans`] adds their rows
/// from [`Dense`] instead of looking each up in the hash table, where a hit costs a
/// cache miss.
const DENSE_TEMPLATES: u64 =
    1 << 0 | 1 << 6 | 1 << 7 | 1 << 8 | 1 << 9 | 1 << 19 | 1 << 20 | 1 << 26;

/// The rows of [`DENSE_TEMPLATES`]' features, indexed by their parts.
struct Dense {
    bias: [i16; N],
    /// By the previous label (template 19).
    prev: [[i16; N]; N],
    /// By the two previous labels, `prev2 * N + prev` (template 20).
    prev2: Vec<[i16; N]>,
    /// By template 6, 7, 8 (the word's, the previous word's, the next word's), then flag.
    flags: [[[i16; N]; 8]; 3],
    /// Template 9 (the word is on no list).
    no_flag: [i16; N],
    /// Template 26 (the word begins its line).
    line_head: [i16; N],
}

impl Dense {
    fn of(weights: &FxHashMap<u64, [i16; N]>) -> Box<Dense> {
        let fx = fixed();
        let row = |t: u8, parts: &[u64]| weights.get(&key(t, parts)).copied().unwrap_or([0; N]);
        let mut prev2 = Vec::with_capacity(N * N);
        for a in 0..N {
            for b in 0..N {
                prev2.push(row(20, &[fx.labels[a], fx.labels[b]]));
            }
        }
        Box::new(Dense {
            bias: row(0, &[]),
            prev: std::array::from_fn(|l| row(19, &[fx.labels[l]])),
            prev2,
            flags: std::array::from_fn(|t| {
                std::array::from_fn(|b| row(6 + t as u8, &[fx.flags[b]]))
            }),
            no_flag: row(9, &[]),
            line_head: row(26, &[]),
        })
    }
}

/// A word of the text being tagged: a maximal run of letters, marks and digits.
struct Tok {
    start: usize,
    end: usize,
    /// Where its texts lie in the tokenization's arena (one string for all words, so
    /// that a word costs no allocation):
    /// lower case (a word with digits becomes `#`, its shape and its length: `#d5`,
    /// `#Xd8`, so that numbers are known by their form);
    lower: (u32, u32),
    /// `Xx`, `d`… (`push_shape`);
    shape: (u32, u32),
    /// the non-blank characters between the previous word and this one, a line break as
    /// `|`, at most four (`^` for the first word).
    gap: (u32, u32),
    /// A line break comes before the word.
    broken: bool,
    /// The word holds a digit.
    digits: bool,
    /// Which lists hold the word (`FLAGS`).
    flags: u8,
    /// Index of the first word of this word's line.
    head: usize,
    /// The hashes of the parts features are made of, computed once per word.
    h: [u64; PARTS],
}

/// The parts of a word features are made of (indices into `Tok::h`).
const LOWER: usize = 0;
const SHAPE: usize = 1;
const SUF2: usize = 2;
const SUF3: usize = 3;
const SUF4: usize = 4;
const PRE3: usize = 5;
const GAP: usize = 6;
const LEN: usize = 7;
const PARTS: usize = 8;

impl Tok {
    /// Part `k` as text, in `arena`.
    fn part<'a>(&self, arena: &'a str, k: usize) -> &'a str {
        let at = |r: (u32, u32)| &arena[r.0 as usize..r.1 as usize];
        let lower = at(self.lower);
        match k {
            LOWER => lower,
            SHAPE => at(self.shape),
            SUF2 => suffix(lower, 2),
            SUF3 => suffix(lower, 3),
            SUF4 => suffix(lower, 4),
            PRE3 => prefix(lower, 3),
            GAP => at(self.gap),
            _ => len_class(self.end - self.start),
        }
    }
}

const FLAGS: [&str; 8] = [
    "first", "surname", "city", "state", "orgword", "eponym", "english", "country",
];
/// The bit of `FLAGS` for states (names, and two-letter codes in capitals).
const STATE_FLAG: u8 = 1 << 3;

/// Every word of Ward's public lists with the lists that hold it (`FLAGS`), in one map.
fn lexicon() -> &'static FxHashMap<&'static str, u8> {
    static L: OnceLock<FxHashMap<&'static str, u8>> = OnceLock::new();
    L.get_or_init(|| {
        let d = dicts();
        let mut m: FxHashMap<&'static str, u8> = FxHashMap::default();
        let mut add = |b: usize, words: &mut dyn Iterator<Item = &'static str>| {
            for w in words {
                *m.entry(w).or_default() |= 1 << b;
            }
        };
        add(0, &mut d.first.iter().copied());
        add(1, &mut d.surnames.iter().copied());
        add(2, &mut d.cities.iter().copied());
        add(3, &mut d.states.keys().copied());
        add(4, &mut d.org_words.iter().copied());
        add(5, &mut d.eponyms.iter().copied());
        add(6, &mut d.stop.iter().copied());
        add(7, &mut d.countries.iter().map(String::as_str));
        m
    })
}

/// The words of `text`, and the arena their texts are in. The words' part hashes are
/// left for [`hash_parts`], so that a text too short to tag costs no hashing.
fn tokens(text: &str) -> (Vec<Tok>, String) {
    let lex = lexicon();
    let codes = &dicts().state_codes;
    let mut out: Vec<Tok> = Vec::with_capacity(text.len() / 5);
    let mut arena = String::with_capacity(text.len() * 2);
    let mut folded = String::new();
    let mark = |arena: &String| arena.len() as u32;
    let mut it = text.char_indices().peekable();
    let mut prev_end = 0;
    let mut head = 0;
    while let Some((i, c)) = it.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        while let Some(&(j, c2)) = it.peek() {
            if c2.is_alphanumeric() || is_mark(c2) {
                end = j + c2.len_utf8();
                it.next();
            } else {
                break;
            }
        }
        let word = &text[start..end];
        let g0 = mark(&arena);
        let mut newline = out.is_empty();
        let mut broken = false;
        if out.is_empty() {
            arena.push('^');
        } else {
            let mut n = 0;
            for g in text[prev_end..start].chars() {
                if g == '\n' {
                    newline = true;
                    broken = true;
                    arena.push('|');
                    n += 1;
                } else if !g.is_whitespace() {
                    arena.push(g);
                    n += 1;
                }
                if n >= 4 {
                    break;
                }
            }
        }
        let gap = (g0, mark(&arena));
        if newline {
            head = out.len();
        }
        let s0 = mark(&arena);
        push_shape(&mut arena, word);
        let shape = (s0, mark(&arena));
        let l0 = mark(&arena);
        let digits = word.chars().any(char::is_numeric);
        let flags = if digits {
            arena.push('#');
            arena.extend_from_within(s0 as usize..shape.1 as usize);
            let _ = std::fmt::Write::write_fmt(&mut arena, format_args!("{}", word.len().min(12)));
            0
        } else {
            arena.extend(word.chars().flat_map(char::to_lowercase));
            let lower = &arena[l0 as usize..];
            let mut flags = if lower.is_ascii() {
                lex.get(lower).copied().unwrap_or(0)
            } else {
                folded.clear();
                folded.extend(lower.chars().map(crate::text::fold_accent));
                lex.get(folded.as_str()).copied().unwrap_or(0)
            };
            if word.len() == 2 && codes.contains(word) {
                flags |= STATE_FLAG;
            }
            flags
        };
        let lower = (l0, mark(&arena));
        out.push(Tok {
            start,
            end,
            lower,
            shape,
            gap,
            broken,
            digits,
            flags,
            head,
            h: [0; PARTS],
        });
        prev_end = end;
    }
    (out, arena)
}

/// Computes every word's part hashes (`Tok::h`).
fn hash_parts(toks: &mut [Tok], arena: &str) {
    for t in toks {
        for k in 0..PARTS {
            t.h[k] = hash(t.part(arena, k));
        }
    }
}

/// Combining marks stay inside a word (decomposed accents).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36f)
}

/// Appends the word's shape: `Xx`, `X`, `x`, `d`, `Xxd`…, the classes of its characters
/// with runs collapsed, at most four; a single capital is `X.` to set initials apart.
fn push_shape(arena: &mut String, word: &str) {
    let mut last = ' ';
    let mut n = 0;
    for c in word.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            'o'
        };
        if k != last {
            arena.push(k);
            last = k;
            n += 1;
        }
        if n >= 4 {
            break;
        }
    }
    if n == 1 && last == 'X' && word.chars().nth(1).is_none() {
        arena.push('.');
    }
}

fn len_class(len: usize) -> &'static str {
    match len {
        1 => "1",
        2 => "2",
        3 | 4 => "3",
        5..=8 => "5",
        _ => "9",
    }
}

fn suffix(s: &str, n: usize) -> &str {
    match s.char_indices().rev().nth(n - 1) {
        Some((i, _)) => &s[i..],
        None => s,
    }
}

fn prefix(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn hash(s: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(s.as_bytes());
    h.finish()
}

/// The key of a feature: its template and the hashes of its parts.
fn key(t: u8, parts: &[u64]) -> u64 {
    let mut h = FxHasher::default();
    h.write_u8(t);
    for p in parts {
        h.write_u64(*p);
    }
    h.finish()
}

/// One part of a feature: its hash, and where to find its text when training names it.
#[derive(Clone, Copy)]
enum Part<'a> {
    /// Part `k` of word `i` (`Tok::part`).
    Word(usize, usize),
    /// A fixed string: a label, a flag's name, a sentence boundary.
    Fixed(u64, &'a str),
}

/// Text boundaries, labels and flags, hashed once.
struct Fixed {
    start: u64,
    end: u64,
    none: u64,
    last: u64,
    labels: [u64; N],
    flags: [u64; 8],
}

fn fixed() -> &'static Fixed {
    static F: OnceLock<Fixed> = OnceLock::new();
    F.get_or_init(|| Fixed {
        start: hash("<s>"),
        end: hash("</s>"),
        none: hash("-"),
        last: hash("$"),
        labels: LABELS.map(hash),
        flags: FLAGS.map(hash),
    })
}

/// Calls `f` with every feature of word `i` (its template and parts), given the labels of
/// the two words before it.
fn features(
    toks: &[Tok],
    i: usize,
    prev: usize,
    prev2: usize,
    f: &mut impl FnMut(u8, &[Part<'_>]),
) {
    let fx = fixed();
    let t = &toks[i];
    let w = |k: usize| Part::Word(i, k);
    // Part `k` of the word `j` places away, or the boundary.
    let at = |j: isize, k: usize, edge: (u64, &'static str)| -> Part<'static> {
        let n = i as isize + j;
        if n >= 0 && (n as usize) < toks.len() {
            Part::Word(n as usize, k)
        } else {
            Part::Fixed(edge.0, edge.1)
        }
    };
    let before = (fx.start, "<s>");
    let after = (fx.end, "</s>");
    let none = (fx.none, "-");
    let last = (fx.last, "$");
    let label = |l: usize| Part::Fixed(fx.labels[l], LABELS[l]);
    f(0, &[]);
    f(1, &[w(LOWER)]);
    f(2, &[w(SUF3)]);
    f(3, &[w(SUF2)]);
    f(4, &[w(SHAPE)]);
    f(5, &[w(LEN)]);
    let prev_flags = if i > 0 { toks[i - 1].flags } else { 0 };
    let next_flags = toks.get(i + 1).map_or(0, |n| n.flags);
    for (b, name) in FLAGS.iter().enumerate() {
        let flag = Part::Fixed(fx.flags[b], name);
        if t.flags >> b & 1 == 1 {
            f(6, &[flag]);
        }
        if prev_flags >> b & 1 == 1 {
            f(7, &[flag]);
        }
        if next_flags >> b & 1 == 1 {
            f(8, &[flag]);
        }
    }
    if t.flags == 0 {
        f(9, &[]);
    }
    f(10, &[at(-1, LOWER, before)]);
    f(11, &[at(1, LOWER, after)]);
    f(12, &[at(-2, LOWER, before)]);
    f(13, &[at(2, LOWER, after)]);
    f(14, &[at(-1, SHAPE, none)]);
    f(15, &[at(1, SHAPE, none)]);
    f(16, &[w(GAP)]);
    f(17, &[at(1, GAP, last)]);
    f(18, &[w(GAP), w(SHAPE)]);
    f(19, &[label(prev)]);
    f(20, &[label(prev2), label(prev)]);
    f(21, &[label(prev), w(LOWER)]);
    f(22, &[at(-1, LOWER, before), w(LOWER)]);
    f(23, &[w(LOWER), at(1, LOWER, after)]);
    f(24, &[w(SHAPE), at(1, SHAPE, none)]);
    if t.head < i {
        f(25, &[Part::Word(t.head, LOWER)]);
    } else {
        f(26, &[]);
    }
    f(27, &[w(PRE3)]);
    f(28, &[w(SUF4)]);
    f(29, &[at(1, SUF3, after)]);
    f(30, &[at(-1, SUF3, before)]);
    f(31, &[label(prev), w(SHAPE)]);
    f(32, &[w(SHAPE), at(1, LOWER, after)]);
}

/// The key of a feature made of `parts`.
fn key_of(toks: &[Tok], t: u8, parts: &[Part<'_>]) -> u64 {
    let mut hs = [0u64; 3];
    for (h, p) in hs.iter_mut().zip(parts) {
        *h = match *p {
            Part::Word(i, k) => toks[i].h[k],
            Part::Fixed(h, _) => h,
        };
    }
    key(t, &hs[..parts.len()])
}

/// The name of a feature made of `parts`, as the model file writes it.
fn name_of(toks: &[Tok], arena: &str, parts: &[Part<'_>]) -> String {
    parts
        .iter()
        .map(|p| match *p {
            Part::Word(i, k) => toks[i].part(arena, k),
            Part::Fixed(_, s) => s,
        })
        .collect::<Vec<_>>()
        .join("\u{1f}")
}

impl Tagger {
    /// Parses a model written by [`train`].
    pub fn from_text(text: &str) -> Result<Tagger, DeidError> {
        let bad = |n: usize| DeidError::Config(format!("tagger model: line {n} is malformed"));
        let mut lines = text.lines().enumerate();
        if lines.next().map(|l| l.1) != Some(HEADER) {
            return Err(DeidError::Config(format!(
                "tagger model: the first line must be `{HEADER}`"
            )));
        }
        let mut weights = FxHashMap::default();
        for (n, line) in lines {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(t), Some(value), Some(ws), None) =
                (cols.next(), cols.next(), cols.next(), cols.next())
            else {
                return Err(bad(n + 1));
            };
            let t: u8 = t.parse().map_err(|_| bad(n + 1))?;
            let parts: Vec<u64> = if value.is_empty() {
                Vec::new()
            } else {
                value.split('\u{1f}').map(hash).collect()
            };
            let mut row = [0i16; N];
            for w in ws.split(' ') {
                let (l, v) = w.split_once('=').ok_or_else(|| bad(n + 1))?;
                let l = LABELS
                    .iter()
                    .position(|x| *x == l)
                    .ok_or_else(|| bad(n + 1))?;
                let v: f64 = v.parse().map_err(|_| bad(n + 1))?;
                let milli = (v * 1000.0).round();
                if !(-32_767.0..=32_767.0).contains(&milli) {
                    return Err(bad(n + 1));
                }
                row[l] = milli as i16;
            }
            weights.insert(key(t, &parts), row);
        }
        let dense = Dense::of(&weights);
        Ok(Tagger { weights, dense })
    }

    /// The number of features with weights.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// The PHI the model finds in `text`, as byte spans. Nothing in a text of fewer than
    /// [`MIN_WORDS`] words: the model learnt from notes, and a short string (a code's
    /// display text, a label) gives it no context to judge by; the rules still scan it.
    pub fn spans(&self, text: &str) -> Vec<Span> {
        let (mut toks, arena) = tokens(text);
        if toks.iter().filter(|t| !t.digits).count() < MIN_WORDS {
            return Vec::new();
        }
        hash_parts(&mut toks, &arena);
        let d = &self.dense;
        let add = |s: &mut [i32; N], w: &[i16; N]| {
            for (a, b) in s.iter_mut().zip(w) {
                *a += i32::from(*b);
            }
        };
        let labels = decode(&toks, |toks, i, p, p2| {
            let mut s = [0i32; N];
            features(toks, i, p, p2, &mut |t, parts| {
                // The features made of fixed parts only are summed from `dense` below.
                if DENSE_TEMPLATES >> t & 1 == 1 {
                    return;
                }
                if let Some(w) = self.weights.get(&key_of(toks, t, parts)) {
                    add(&mut s, w);
                }
            });
            add(&mut s, &d.bias);
            add(&mut s, &d.prev[p]);
            add(&mut s, &d.prev2[p2 * N + p]);
            let flags = |j: usize| toks.get(j).map_or(0, |t| t.flags);
            let (here, before, after) = (
                toks[i].flags,
                if i > 0 { flags(i - 1) } else { 0 },
                flags(i + 1),
            );
            for b in 0..8 {
                if here >> b & 1 == 1 {
                    add(&mut s, &d.flags[0][b]);
                }
                if before >> b & 1 == 1 {
                    add(&mut s, &d.flags[1][b]);
                }
                if after >> b & 1 == 1 {
                    add(&mut s, &d.flags[2][b]);
                }
            }
            if here == 0 {
                add(&mut s, &d.no_flag);
            }
            if toks[i].head == i {
                add(&mut s, &d.line_head);
            }
            s
        });
        to_spans(&toks, &labels)
    }
}

/// Greedy left-to-right decoding with `score`.
fn decode(
    toks: &[Tok],
    mut score: impl FnMut(&[Tok], usize, usize, usize) -> [i32; N],
) -> Vec<usize> {
    let mut labels = Vec::with_capacity(toks.len());
    for i in 0..toks.len() {
        let p = if i > 0 { labels[i - 1] } else { O };
        let p2 = if i > 1 { labels[i - 2] } else { O };
        labels.push(best(&score(toks, i, p, p2)));
    }
    labels
}

/// The highest-scoring label (the first on ties: `O` when nothing is known).
fn best<T: PartialOrd>(s: &[T; N]) -> usize {
    let mut b = 0;
    for l in 1..N {
        if s[l] > s[b] {
            b = l;
        }
    }
    b
}

/// Runs of words with the same reported label, on one line, become spans. A word with a
/// digit is never reported as part of a name, organization, city or state: off the prose
/// the model learnt from (a reference's hash, a code), a label's context alone could
/// otherwise make one.
fn to_spans(toks: &[Tok], labels: &[usize]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut last: Option<usize> = None;
    for (i, (t, &l)) in toks.iter().zip(labels).enumerate() {
        let wordy = |ty| {
            matches!(
                ty,
                PhiType::Name | PhiType::Org | PhiType::City | PhiType::State
            )
        };
        let Some(ty) = type_of(l).filter(|ty| !(t.digits && wordy(*ty))) else {
            last = None;
            continue;
        };
        match (last, out.last_mut()) {
            (Some(j), Some(s)) if j + 1 == i && labels[j] == l && !t.broken => s.end = t.end,
            _ => out.push(Span {
                start: t.start,
                end: t.end,
                ty,
            }),
        }
        last = Some(i);
    }
    out
}

/// One annotated note: its text and gold spans (byte offsets).
pub struct Annotated {
    pub text: String,
    pub gold: Vec<Span>,
}

/// Reads annotated notes: JSONL of `{"text", "phi": [{"start", "end", "type"}]}` with
/// code-point offsets (the format of `ward deid text`'s output and of Ward's note sets).
pub fn read_annotated(jsonl: &str) -> Result<Vec<Annotated>, DeidError> {
    let mut out = Vec::new();
    for (n, line) in jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = |what: &str| DeidError::Input(format!("line {}: {what}", n + 1));
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|_| bad("not a JSON object"))?;
        let text = v["text"]
            .as_str()
            .ok_or_else(|| bad("no \"text\" string"))?;
        let phi = v["phi"].as_array().ok_or_else(|| bad("no \"phi\" array"))?;
        // Code point → byte offset.
        let bytes: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        let mut gold = Vec::with_capacity(phi.len());
        for s in phi {
            let (Some(a), Some(b), Some(ty)) =
                (s["start"].as_u64(), s["end"].as_u64(), s["type"].as_str())
            else {
                return Err(bad("a span needs start, end and type"));
            };
            let ty = PhiType::parse(ty).ok_or_else(|| bad("unknown PHI type"))?;
            let (Some(&start), Some(&end)) = (bytes.get(a as usize), bytes.get(b as usize)) else {
                return Err(bad("a span lies outside the text"));
            };
            if start >= end {
                return Err(bad("an empty span"));
            }
            gold.push(Span { start, end, ty });
        }
        out.push(Annotated {
            text: text.to_string(),
            gold,
        });
    }
    Ok(out)
}

struct Param {
    w: [f32; N],
    total: [f64; N],
    stamp: [u64; N],
}

/// Trains a model on `notes` for `epochs` passes (averaged perceptron; the notes are
/// visited in a different fixed order each pass). `progress` is called after each pass
/// with the pass number and the share of words labelled right during it. Returns the
/// model as text, for [`Tagger::from_text`]: averaged weights rounded to three decimals,
/// lines sorted, so that the same notes give the same file.
pub fn train(notes: &[Annotated], epochs: usize, mut progress: impl FnMut(usize, f64)) -> String {
    let docs: Vec<(Vec<Tok>, String, Vec<usize>)> = notes
        .iter()
        .map(|n| {
            let (mut toks, arena) = tokens(&n.text);
            hash_parts(&mut toks, &arena);
            let truth = toks
                .iter()
                .map(|t| {
                    n.gold
                        .iter()
                        .find(|g| g.start <= t.start && t.end <= g.end)
                        .map_or(O, |g| label_of(g.ty))
                })
                .collect();
            (toks, arena, truth)
        })
        .collect();
    let mut params: FxHashMap<u64, Param> = FxHashMap::default();
    let mut names: FxHashMap<u64, (u8, String)> = FxHashMap::default();
    let mut step: u64 = 0;
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut feats: Vec<u64> = Vec::with_capacity(64);
    for epoch in 0..epochs {
        // A fixed shuffle: the same every run, different every pass.
        let mut state = 0x9e37_79b9_7f4a_7c15u64 ^ epoch as u64;
        for i in (1..order.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let (mut right, mut all) = (0usize, 0usize);
        for &d in &order {
            let (toks, arena, truth) = &docs[d];
            let mut labels: Vec<usize> = Vec::with_capacity(toks.len());
            for i in 0..toks.len() {
                let p = if i > 0 { labels[i - 1] } else { O };
                let p2 = if i > 1 { labels[i - 2] } else { O };
                feats.clear();
                features(toks, i, p, p2, &mut |t, parts| {
                    let k = key_of(toks, t, parts);
                    names
                        .entry(k)
                        .or_insert_with(|| (t, name_of(toks, arena, parts)));
                    feats.push(k);
                });
                let mut s = [0f32; N];
                for k in &feats {
                    if let Some(p) = params.get(k) {
                        for (a, b) in s.iter_mut().zip(&p.w) {
                            *a += b;
                        }
                    }
                }
                let guess = best(&s);
                let gold = truth[i];
                step += 1;
                if guess != gold {
                    for k in &feats {
                        let p = params.entry(*k).or_insert(Param {
                            w: [0.0; N],
                            total: [0.0; N],
                            stamp: [0; N],
                        });
                        for (l, delta) in [(gold, 1.0f32), (guess, -1.0)] {
                            p.total[l] += (step - p.stamp[l]) as f64 * p.w[l] as f64;
                            p.stamp[l] = step;
                            p.w[l] += delta;
                        }
                    }
                } else {
                    right += 1;
                }
                all += 1;
                // Teacher forcing off: the next word sees the labels given, as at run time.
                labels.push(guess);
            }
        }
        progress(epoch + 1, right as f64 / all.max(1) as f64);
    }
    // Averaged weights in thousandths, within what a model row holds (`i16`).
    let averaged: Vec<(u64, [f64; N])> = params
        .into_iter()
        .map(|(k, p)| {
            let mut row = [0f64; N];
            for (l, w) in row.iter_mut().enumerate() {
                let total = p.total[l] + (step - p.stamp[l]) as f64 * p.w[l] as f64;
                *w =
                    ((total / step.max(1) as f64 * 1000.0).round() / 1000.0).clamp(-32.767, 32.767);
            }
            (k, row)
        })
        .collect();
    // Features whose every weight is small change few decisions: leaving out those under
    // 1/MIN_WEIGHT_SHARE of the largest weight makes the shipped model a third of the
    // size for about 0.002 of recall on notes it was not trained on (measured on the two
    // training folds). Relative, so that a small training set keeps its model.
    let largest = averaged
        .iter()
        .flat_map(|(_, r)| r.iter().map(|w| w.abs()))
        .fold(0f64, f64::max);
    let floor = largest / MIN_WEIGHT_SHARE;
    let mut lines: Vec<String> = Vec::new();
    for (k, row) in averaged {
        if row.iter().all(|w| w.abs() < floor) {
            continue;
        }
        let ws: Vec<String> = row
            .iter()
            .zip(LABELS)
            .filter(|(w, _)| **w != 0.0)
            .map(|(w, name)| format!("{name}={w}"))
            .collect();
        if let (false, Some((t, value))) = (ws.is_empty(), names.get(&k)) {
            lines.push(format!("{t}\t{value}\t{}", ws.join(" ")));
        }
    }
    lines.sort_unstable();
    let mut out = format!(
        "{HEADER}\n# {} features; labels {}\n",
        lines.len(),
        LABELS.join(" ")
    );
    for l in lines {
        out.push_str(&l);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Notes where a name follows "spoke with" and a town follows "lives in".
    fn notes() -> Vec<Annotated> {
        let people = [
            "Ardith", "Borislav", "Cosima", "Dagny", "Eulalie", "Fenwick",
        ];
        let towns = [
            "Quillby",
            "Rostrevor",
            "Saltash",
            "Tewkesbury",
            "Umberleigh",
            "Vobster",
        ];
        people
            .iter()
            .zip(towns)
            .map(|(p, t)| {
                let text = format!("Called today and spoke with {p} about the dressing. She lives in {t} with her dog.");
                let at = |w: &str| {
                    let s = text.find(w).unwrap();
                    (s, s + w.len())
                };
                let (a, b) = at(p);
                let (c, d) = at(t);
                Annotated {
                    gold: vec![
                        Span { start: a, end: b, ty: PhiType::Name },
                        Span { start: c, end: d, ty: PhiType::City },
                    ],
                    text,
                }
            })
            .collect()
    }

    #[test]
    fn learns_cues_and_finds_unseen_words_by_them() {
        let model = train(&notes(), 5, |_, _| {});
        let t = Tagger::from_text(&model).unwrap();
        assert!(!t.is_empty());
        let text = "Called today and spoke with Wilhelmina about the dressing. She lives in Xanthe with her dog.";
        let found: Vec<(&str, PhiType)> = t
            .spans(text)
            .iter()
            .map(|s| (&text[s.start..s.end], s.ty))
            .collect();
        assert_eq!(
            found,
            [("Wilhelmina", PhiType::Name), ("Xanthe", PhiType::City)]
        );
    }

    #[test]
    fn training_is_deterministic() {
        let a = train(&notes(), 3, |_, _| {});
        let b = train(&notes(), 3, |_, _| {});
        assert_eq!(a, b);
        assert!(a.starts_with(HEADER));
    }

    #[test]
    fn malformed_models_are_refused() {
        for bad in [
            "",
            "not a model\n",
            "# ward-deid tagger v1\n1\tword\n",
            "# ward-deid tagger v1\nx\tword\tNAME=1\n",
            "# ward-deid tagger v1\n1\tword\tPERSON=1\n",
            "# ward-deid tagger v1\n1\tword\tNAME=inf\n",
            "# ward-deid tagger v1\n1\tword\tNAME=1\textra\n",
        ] {
            assert!(Tagger::from_text(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn the_shipped_model_parses() {
        assert!(shipped().len() > 1_000);
    }

    /// The labels with every feature looked up in the hash table, as before `Dense`.
    fn labels_by_table(t: &Tagger, text: &str) -> Vec<usize> {
        let (mut toks, arena) = tokens(text);
        hash_parts(&mut toks, &arena);
        decode(&toks, |toks, i, p, p2| {
            let mut s = [0i32; N];
            features(toks, i, p, p2, &mut |f, parts| {
                if let Some(w) = t.weights.get(&key_of(toks, f, parts)) {
                    for (a, b) in s.iter_mut().zip(w) {
                        *a += i32::from(*b);
                    }
                }
            });
            s
        })
    }

    #[test]
    fn dense_rows_score_as_the_hash_table_does() {
        let t = shipped();
        let notes = include_str!("../tests/data/notes-heldout/heldout.jsonl");
        let mut words = 0;
        for n in read_annotated(notes).unwrap() {
            let (toks, _) = tokens(&n.text);
            let want = to_spans(&toks, &labels_by_table(t, &n.text));
            let got = t.spans(&n.text);
            assert_eq!(
                got.iter()
                    .map(|s| (s.start, s.end, s.ty))
                    .collect::<Vec<_>>(),
                want.iter()
                    .map(|s| (s.start, s.end, s.ty))
                    .collect::<Vec<_>>()
            );
            words += toks.len();
        }
        assert!(words > 5_000, "{words}");
    }

    #[test]
    fn annotated_notes_use_code_point_offsets() {
        let n = read_annotated(
            r#"{"text": "Zoë Ångström called", "phi": [{"start": 0, "end": 12, "type": "NAME"}]}"#,
        )
        .unwrap();
        assert_eq!(
            &n[0].text[n[0].gold[0].start..n[0].gold[0].end],
            "Zoë Ångström"
        );
        for bad in [
            r#"{"text": "abc", "phi": [{"start": 0, "end": 9, "type": "NAME"}]}"#,
            r#"{"text": "abc", "phi": [{"start": 0, "end": 2, "type": "PERSON"}]}"#,
            r#"{"text": "abc", "phi": [{"start": 2, "end": 2, "type": "NAME"}]}"#,
            r#"{"text": "abc"}"#,
            "[1, 2]",
        ] {
            assert!(read_annotated(bad).is_err(), "{bad}");
        }
    }
}
