//! The offline verifier: recomputes the tree from stored entries and checks them against
//! every signed checkpoint, naming the first place where the log diverges.
//!
//! What it detects and how it names it:
//! * an entry removed, inserted or reordered: the stored indexes are not 0, 1, 2…;
//! * an entry altered: its bytes are not a canonical entry (most edits), or, for an edit
//!   that keeps it canonical, the first signed checkpoint after it no longer matches; the
//!   report then names the range between the last matching checkpoint and that one;
//! * a truncated log, or one rolled back to an older state: a checkpoint (stored, or
//!   held by the caller, e.g. from a witness) covers more entries than the log holds or
//!   does not match their root.

use crate::LedgerError;
use crate::entry::Entry;
use crate::merkle::{Tree, leaf_hash};
use crate::note::{Verifier, open};

/// What a successful verification covered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub entries: u64,
    pub checkpoints: usize,
    pub root: crate::merkle::Hash,
}

fn diverged(msg: String) -> LedgerError {
    LedgerError::Proof(msg)
}

/// Verifies `rows` (index, entry bytes) in index order against `checkpoints` (size,
/// note) signed by every key in `log`, and against an extra checkpoint note the caller holds.
pub fn verify_log(
    rows: impl IntoIterator<Item = (i64, Vec<u8>)>,
    checkpoints: &[(i64, String)],
    log: &[Verifier],
    held: Option<&str>,
) -> Result<Summary, LedgerError> {
    let mut tree = Tree::new();
    for (idx, bytes) in rows {
        let expected = tree.size() as i64;
        if idx != expected {
            return Err(diverged(format!(
                "first divergence at index {expected}: the next stored entry has index {idx} (an entry was removed, inserted or reordered)"
            )));
        }
        let canonical = Entry::parse(&bytes).and_then(|e| e.canonical());
        if canonical.as_deref().ok() != Some(bytes.as_slice()) {
            return Err(diverged(format!(
                "first divergence at index {idx}: the entry is not a canonical ledger entry (it was altered)"
            )));
        }
        tree.push(leaf_hash(&bytes));
    }
    let mut last_ok = 0u64;
    let mut check = |size: u64, note: &str, what: &str| -> Result<(), LedgerError> {
        let c = open(note, log, &[])
            .map_err(|e| diverged(format!("{what} at size {size}: {e}")))?
            .checkpoint;
        if c.size != size && what == "checkpoint" {
            return Err(diverged(format!(
                "the checkpoint stored for size {size} is for size {}",
                c.size
            )));
        }
        let root = tree.root_at(c.size).map_err(|_| {
            diverged(format!(
                "{what} at size {} covers more than the {} entries the log holds: the log was truncated or rolled back",
                c.size,
                tree.size()
            ))
        })?;
        if root != c.root {
            return Err(diverged(format!(
                "{what} at size {} does not match the stored entries: an entry in [{last_ok}, {}) was altered",
                c.size, c.size
            )));
        }
        last_ok = last_ok.max(c.size);
        Ok(())
    };
    for (size, note) in checkpoints {
        check(*size as u64, note, "checkpoint")?;
    }
    if let Some(n) = held {
        let size = open(n, log, &[])?.checkpoint.size;
        check(size, n, "the checkpoint you hold")?;
    }
    Ok(Summary {
        entries: tree.size(),
        checkpoints: checkpoints.len(),
        root: tree.root(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::note::{Checkpoint, Signer};

    fn entry(i: i64) -> Vec<u8> {
        Entry {
            time_ms: i,
            principal: "admin-token".into(),
            action: "read".into(),
            outcome: "success".into(),
            status: 200,
            resource_type: Some("Patient".into()),
            ids: vec![format!("Patient/p{i}")],
            request_id: format!("r{i}"),
            ..Entry::default()
        }
        .canonical()
        .unwrap()
    }

    #[test]
    fn every_kind_of_tampering_is_found_and_named() {
        let s = Signer::from_pkcs8("log.test", &Signer::generate_pkcs8().unwrap()).unwrap();
        let v = Verifier::parse(&s.verifier_key()).unwrap();
        let rows: Vec<(i64, Vec<u8>)> = (0..20).map(|i| (i, entry(i))).collect();
        let mut t = Tree::new();
        let mut cps = Vec::new();
        for (i, b) in &rows {
            t.push(leaf_hash(b));
            if (i + 1) % 5 == 0 {
                let size = t.size();
                let c = Checkpoint {
                    origin: "log.test".into(),
                    size,
                    root: t.root(),
                };
                cps.push((size as i64, s.sign(&c).unwrap()));
            }
        }
        assert_eq!(
            verify_log(rows.clone(), &cps, std::slice::from_ref(&v), None)
                .unwrap()
                .entries,
            20
        );

        let err = |rows: Vec<(i64, Vec<u8>)>, held: Option<&str>| {
            verify_log(rows, &cps, std::slice::from_ref(&v), held)
                .unwrap_err()
                .to_string()
        };
        // One byte changed (no longer canonical / parseable).
        let mut r = rows.clone();
        r[7].1[3] ^= 1;
        assert!(err(r, None).contains("index 7"));
        // A canonical edit: caught by the checkpoint after it.
        let mut r = rows.clone();
        r[7].1 = String::from_utf8(r[7].1.clone())
            .unwrap()
            .replace("p7", "p8")
            .into_bytes();
        assert!(err(r, None).contains("[5, 10)"));
        // Deleted, swapped, inserted.
        let mut r = rows.clone();
        r.remove(12);
        assert!(err(r, None).contains("index 12"));
        let mut r = rows.clone();
        r.swap(3, 4);
        assert!(err(r, None).contains("index 3"));
        // Truncated.
        assert!(err(rows[..13].to_vec(), None).contains("truncated"));
        // Rolled back, checkpoints too: the checkpoint a client holds reveals it.
        let held = cps[3].1.clone();
        let old = verify_log(
            rows[..10].to_vec(),
            &cps[..2],
            std::slice::from_ref(&v),
            None,
        );
        assert!(old.is_ok());
        let e = verify_log(
            rows[..10].to_vec(),
            &cps[..2],
            std::slice::from_ref(&v),
            Some(&held),
        )
        .unwrap_err();
        assert!(e.to_string().contains("rolled back"), "{e}");
        // A checkpoint signed by another key.
        let other = Signer::from_pkcs8("log.test", &Signer::generate_pkcs8().unwrap()).unwrap();
        let forged = other
            .sign(&Checkpoint {
                origin: "log.test".into(),
                size: 20,
                root: t.root(),
            })
            .unwrap();
        assert!(
            verify_log(
                rows.clone(),
                &[(20, forged)],
                std::slice::from_ref(&v),
                None
            )
            .is_err()
        );
    }
}
