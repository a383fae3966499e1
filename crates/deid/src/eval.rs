//! Scoring the text scanner against notes with gold PHI spans (JSONL lines of
//! `{"id", "text", "phi": [{"start", "end", "type"}]}`, code-point offsets): token-level
//! recall per type and overall precision. A token is a maximal run of letters or digits;
//! a gold token counts as found if any predicted span covers it, whatever its type (a
//! name tagged as an organization is still removed).

use crate::text::{Scanner, code_points};
use serde_json::Value;
use std::collections::BTreeMap;

/// The scores over a set of notes.
#[derive(Debug, Default)]
pub struct Scores {
    /// Per gold type: (gold tokens, gold tokens found).
    pub by_type: BTreeMap<String, (usize, usize)>,
    /// Tokens inside predicted spans, and those of them that are gold.
    pub predicted: usize,
    pub predicted_correct: usize,
    /// "note-id TYPE: token" for every gold token not found.
    pub misses: Vec<String>,
}

impl Scores {
    pub fn recall(&self) -> f64 {
        let (g, f) = self
            .by_type
            .values()
            .fold((0, 0), |a, r| (a.0 + r.0, a.1 + r.1));
        f as f64 / g.max(1) as f64
    }
    pub fn precision(&self) -> f64 {
        self.predicted_correct as f64 / self.predicted.max(1) as f64
    }
    pub fn gold(&self) -> usize {
        self.by_type.values().map(|r| r.0).sum()
    }
}

/// Scores `scanner` on the notes in `jsonl` (lines that do not parse are skipped).
pub fn evaluate(jsonl: &str, scanner: &Scanner) -> Scores {
    let mut sc = Scores::default();
    for line in jsonl.lines() {
        let Ok(note) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let (Some(text), Some(phi)) = (note["text"].as_str(), note["phi"].as_array()) else {
            continue;
        };
        let id = note["id"].as_str().unwrap_or("");
        let chars: Vec<char> = text.chars().collect();
        let gold: Vec<(usize, usize, &str)> = phi
            .iter()
            .filter_map(|s| {
                Some((
                    s["start"].as_u64()? as usize,
                    s["end"].as_u64()? as usize,
                    s["type"].as_str()?,
                ))
            })
            .collect();
        let pred = code_points(text, &scanner.scan(text));
        let mut i = 0;
        while i < chars.len() {
            if !chars[i].is_alphanumeric() {
                i += 1;
                continue;
            }
            let s = i;
            while i < chars.len() && chars[i].is_alphanumeric() {
                i += 1;
            }
            let g = gold.iter().find(|(a, b, _)| *a <= s && i <= *b);
            let p = pred.iter().any(|(a, b, _)| *a <= s && i <= *b);
            if let Some((_, _, ty)) = g {
                let r = sc.by_type.entry(ty.to_string()).or_default();
                r.0 += 1;
                if p {
                    r.1 += 1;
                } else {
                    sc.misses.push(format!(
                        "{id} {ty}: {}",
                        chars[s..i].iter().collect::<String>()
                    ));
                }
            }
            if p {
                sc.predicted += 1;
                sc.predicted_correct += g.is_some() as usize;
            }
        }
    }
    sc
}
