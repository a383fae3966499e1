//! The free-text scanner against Ward's evaluation set (`tests/data/notes/eval.jsonl`:
//! 65 notes in five styles with gold PHI spans, code-point offsets). Prints token-level
//! recall and precision per PHI type, and holds the scanner to floors so that a change
//! that loses recall fails here. A token is a maximal run of letters or digits; a gold
//! token counts as found if any predicted span covers it (of any type: a name tagged
//! as an organization is still removed).

use std::collections::BTreeMap;
use ward_deid::text::{Scanner, code_points};

fn tokens(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_alphanumeric() {
            let s = i;
            while i < chars.len() && chars[i].is_alphanumeric() {
                i += 1;
            }
            out.push((s, i));
        } else {
            i += 1;
        }
    }
    out
}

#[test]
fn recall_and_precision_on_the_evaluation_set() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/notes/eval.jsonl");
    let scanner = Scanner::new();
    // type -> (gold tokens, found gold tokens)
    let mut recall: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut pred_tokens, mut pred_correct) = (0usize, 0usize);
    let mut misses = Vec::new();
    for line in std::fs::read_to_string(path).unwrap().lines() {
        let note: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = note["text"].as_str().unwrap();
        let chars: Vec<char> = text.chars().collect();
        let gold: Vec<(usize, usize, String)> = note["phi"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s["start"].as_u64().unwrap() as usize,
                    s["end"].as_u64().unwrap() as usize,
                    s["type"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let pred = code_points(text, &scanner.scan(text));
        for tok in tokens(&chars) {
            let g = gold.iter().find(|(a, b, _)| *a <= tok.0 && tok.1 <= *b);
            let p = pred.iter().any(|(a, b, _)| *a <= tok.0 && tok.1 <= *b);
            if let Some((_, _, ty)) = g {
                let r = recall.entry(ty.clone()).or_default();
                r.0 += 1;
                if p {
                    r.1 += 1;
                } else {
                    misses.push(format!(
                        "{} {ty}: {}",
                        note["id"].as_str().unwrap(),
                        chars[tok.0..tok.1].iter().collect::<String>()
                    ));
                }
            }
            if p {
                pred_tokens += 1;
                if g.is_some() {
                    pred_correct += 1;
                }
            }
        }
    }
    let (all_gold, all_found) = recall.values().fold((0, 0), |a, r| (a.0 + r.0, a.1 + r.1));
    println!("type      gold  found  recall");
    for (ty, (g, f)) in &recall {
        println!("{ty:8} {g:5} {f:6}  {:.3}", *f as f64 / *g as f64);
    }
    let r = all_found as f64 / all_gold as f64;
    let p = pred_correct as f64 / pred_tokens as f64;
    println!("all      {all_gold:5} {all_found:6}  recall {r:.3}  precision {p:.3}");
    println!("missed: {}", misses.join("; "));
    assert!(r >= 0.90, "token recall {r:.3} fell below the floor");
    assert!(p >= 0.80, "token precision {p:.3} fell below the floor");
}
