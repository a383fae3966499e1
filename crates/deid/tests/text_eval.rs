//! The free-text scanner against Ward's evaluation set (`tests/data/notes/eval.jsonl`:
//! 65 notes in five styles with gold PHI spans, code-point offsets). Prints token-level
//! recall and precision per PHI type (`ward_deid::eval`), and holds the scanner to floors
//! so that a change that loses recall fails here.

use ward_deid::eval::evaluate;
use ward_deid::text::Scanner;

#[test]
fn recall_and_precision_on_the_evaluation_set() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/notes/eval.jsonl");
    let s = evaluate(&std::fs::read_to_string(path).unwrap(), &Scanner::new());
    println!("type      gold  found  recall");
    for (ty, (g, f)) in &s.by_type {
        println!("{ty:8} {g:5} {f:6}  {:.3}", *f as f64 / *g as f64);
    }
    let (r, p) = (s.recall(), s.precision());
    println!(
        "all      {:5}         recall {r:.3}  precision {p:.3}",
        s.gold()
    );
    println!("missed: {}", s.misses.join("; "));
    assert!(r >= 0.90, "token recall {r:.3} fell below the floor");
    assert!(p >= 0.80, "token precision {p:.3} fell below the floor");
}
