//! The free-text scanner against two sets of synthetic notes with gold PHI spans
//! (code-point offsets), scored token by token per PHI type (`ward_deid::eval`):
//!
//! * `tests/data/notes/eval.jsonl`: 65 notes in five styles, the set the scanner was
//!   tuned on (its score is optimistic);
//! * `tests/data/notes-heldout/heldout.jsonl`: 40 notes written afterwards without
//!   looking at the scanner; its misses were then looked at (and the scanner's rules
//!   widened by kind, not by the set's words), so it is no longer held out;
//! * `tests/data/notes-sealed/sealed.jsonl`: 40 more notes written the same way, whose
//!   misses are never printed: the honest figure, until someone reads them.
//!
//! Each test prints recall per type and precision (and, but for the sealed set, the
//! misses), and holds the scanner to floors so that a change that loses recall fails.
//! The scanner is the rules with the shipped tagger model; the rules alone are scored
//! beside it. The tagger is trained on the first two sets and on `notes-train-a/` to
//! `notes-train-e/` (training data only), never on the sealed set: the last test here
//! checks that the shipped model is exactly what those notes give.

use ward_deid::eval::{Scores, evaluate};
use ward_deid::tagger::{Annotated, SHIPPED_EPOCHS, TRAINING_SETS, read_annotated, train};
use ward_deid::text::Scanner;

fn data(file: &str) -> String {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn score(file: &str, show_misses: bool) -> Scores {
    let notes = data(file);
    let rules = evaluate(&notes, &Scanner::rules_only());
    let s = evaluate(&notes, &Scanner::new());
    println!(
        "{file}\nrules alone: recall {:.3}  precision {:.3}",
        rules.recall(),
        rules.precision()
    );
    println!("rules + tagger:\ntype      gold  found  recall");
    for (ty, (g, f)) in &s.by_type {
        println!("{ty:8} {g:5} {f:6}  {:.3}", *f as f64 / *g as f64);
    }
    println!(
        "all      {:5}         recall {:.3}  precision {:.3}",
        s.gold(),
        s.recall(),
        s.precision()
    );
    if show_misses {
        println!("missed: {}", s.misses.join("; "));
    }
    s
}

/// Scores `file` and holds it to the floors: at least `min_gold` gold tokens (the set
/// is read whole), recall `min_recall`, precision 0.90 (the target).
fn holds(file: &str, show_misses: bool, min_gold: usize, min_recall: f64) {
    let s = score(file, show_misses);
    let (r, p) = (s.recall(), s.precision());
    assert!(s.gold() >= min_gold, "{file} is read whole");
    assert!(r >= min_recall, "token recall {r:.3} fell below the floor");
    assert!(p >= 0.90, "token precision {p:.3} fell below the floor");
}

#[test]
fn recall_and_precision_on_the_evaluation_set() {
    holds("notes/eval.jsonl", true, 0, 0.99);
}

#[test]
fn recall_and_precision_on_the_held_out_set() {
    holds("notes-heldout/heldout.jsonl", true, 1_001, 0.98);
}

#[test]
fn recall_and_precision_on_the_sealed_set() {
    holds("notes-sealed/sealed.jsonl", false, 1_001, 0.975);
}

#[test]
fn the_shipped_tagger_model_is_what_the_training_notes_give() {
    let notes: Vec<Annotated> = TRAINING_SETS
        .iter()
        .flat_map(|f| read_annotated(&data(f)).unwrap())
        .collect();
    assert!(notes.len() >= 300, "every training set is read");
    let model = train(&notes, SHIPPED_EPOCHS, |_, _| {});
    let shipped = data("../../data/tagger.model");
    assert!(
        model == shipped,
        "data/tagger.model is not what the training sets give: retrain it (docs/deid.md)"
    );
}
