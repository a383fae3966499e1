//! Offline proofs of one entry (c2sp.org/tlog-proof@v1): the entry's index, its inclusion
//! proof and the (cosigned) checkpoint the proof leads to. Ward carries the entry itself
//! (its canonical JSON) in the `extra` line, so a bundle alone says what was recorded;
//! the extra data is not trusted as such: its hash must be the proven leaf.
//!
//! ```text
//! c2sp.org/tlog-proof@v1
//! extra <base64(entry)>
//! index 73
//! <base64 hash, leaf's sibling first>
//! ...
//!
//! <checkpoint note, verbatim, with cosignatures>
//! ```

use crate::LedgerError;
use crate::merkle::{Hash, leaf_hash, verify_inclusion};
use crate::note::{Checkpoint, Verifier, open};
use base64::Engine;

const HEADER: &str = "c2sp.org/tlog-proof@v1";

fn b64() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::STANDARD
}

fn invalid(m: &str) -> LedgerError {
    LedgerError::Invalid(m.to_string())
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bundle {
    /// The entry's bytes, if the bundle carries them.
    pub extra: Option<Vec<u8>>,
    pub index: u64,
    pub proof: Vec<Hash>,
    pub note: String,
}

/// What a verified bundle proves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verified {
    pub checkpoint: Checkpoint,
    pub index: u64,
    pub entry: Vec<u8>,
    pub cosigned_by: Vec<(String, u64)>,
}

impl Bundle {
    pub fn encode(&self) -> String {
        let mut s = format!("{HEADER}\n");
        if let Some(e) = &self.extra {
            s.push_str(&format!("extra {}\n", b64().encode(e)));
        }
        s.push_str(&format!("index {}\n", self.index));
        for h in &self.proof {
            s.push_str(&b64().encode(h));
            s.push('\n');
        }
        s.push('\n');
        s.push_str(&self.note);
        s
    }

    pub fn parse(text: &str) -> Result<Self, LedgerError> {
        if text.len() > 1 << 22 {
            return Err(invalid("the proof is too large"));
        }
        let (head, note) = text
            .split_once("\n\n")
            .ok_or_else(|| invalid("a tlog-proof has a blank line before its checkpoint"))?;
        let mut lines = head.split('\n').peekable();
        if lines.next() != Some(HEADER) {
            return Err(invalid("not a c2sp.org/tlog-proof@v1 proof"));
        }
        let extra = match lines.peek().and_then(|l| l.strip_prefix("extra ")) {
            Some(e) => {
                let v = b64()
                    .decode(e)
                    .map_err(|_| invalid("the extra line is not base64"))?;
                lines.next();
                Some(v)
            }
            None => None,
        };
        let index = lines
            .next()
            .and_then(|l| l.strip_prefix("index "))
            .filter(|d| !d.is_empty() && (d.len() == 1 || !d.starts_with('0')))
            .and_then(|d| d.bytes().all(|b| b.is_ascii_digit()).then_some(d))
            .and_then(|d| d.parse().ok())
            .ok_or_else(|| invalid("the index line is `index <decimal>`"))?;
        let proof = crate::merkle::parse_proof_lines(lines, 64).map_err(LedgerError::Invalid)?;
        Ok(Self {
            extra,
            index,
            proof,
            note: note.to_string(),
        })
    }

    /// Checks the bundle against the log's keys and the witnesses one trusts: the note is
    /// signed by every given key of the log, at least `quorum` of `witnesses` cosigned it, and the entry
    /// (`entry`, or the bundle's own extra data) is the leaf at `index`.
    pub fn verify(
        &self,
        log: &[Verifier],
        witnesses: &[Verifier],
        quorum: usize,
        entry: Option<&[u8]>,
    ) -> Result<Verified, LedgerError> {
        let opened = open(&self.note, log, witnesses)?;
        if opened.cosigned_by.len() < quorum {
            return Err(LedgerError::Proof(format!(
                "the checkpoint carries {} valid cosignatures of the trusted witnesses, {quorum} required",
                opened.cosigned_by.len()
            )));
        }
        let entry = entry
            .or(self.extra.as_deref())
            .ok_or_else(|| invalid("the bundle carries no entry: give the entry to check"))?;
        let c = opened.checkpoint;
        verify_inclusion(self.index, c.size, &leaf_hash(entry), &self.proof, &c.root)?;
        Ok(Verified {
            checkpoint: c,
            index: self.index,
            entry: entry.to_vec(),
            cosigned_by: opened.cosigned_by,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merkle::Tree;
    use crate::note::{Signer, add_cosignatures};

    fn signer(name: &str) -> Signer {
        Signer::from_pkcs8(name, &Signer::generate_pkcs8().unwrap()).unwrap()
    }

    #[test]
    fn a_bundle_proves_its_entry_and_nothing_else() {
        let log = signer("ward.example/ledger");
        let w = signer("witness.example");
        let entries: Vec<Vec<u8>> = (0..13).map(|i| format!("{{\"i\":{i}}}").into()).collect();
        let mut t = Tree::new();
        for e in &entries {
            t.push(leaf_hash(e));
        }
        let c = Checkpoint {
            origin: log.name().into(),
            size: t.size(),
            root: t.root(),
        };
        let note = add_cosignatures(
            &log.sign(&c).unwrap(),
            &[w.cosign(&c, 1_800_000_000).unwrap()],
        );
        let b = Bundle {
            extra: Some(entries[5].clone()),
            index: 5,
            proof: t.inclusion_proof(5, 13).unwrap(),
            note,
        };
        let text = b.encode();
        assert!(text.starts_with("c2sp.org/tlog-proof@v1\nextra "));
        let parsed = Bundle::parse(&text).unwrap();
        assert_eq!(parsed, b);
        let lv = Verifier::parse(&log.verifier_key()).unwrap();
        let wv = Verifier::parse(&w.cosigner_key()).unwrap();
        let v = parsed
            .verify(
                std::slice::from_ref(&lv),
                std::slice::from_ref(&wv),
                1,
                None,
            )
            .unwrap();
        assert_eq!((v.index, v.checkpoint.size), (5, 13));
        assert_eq!(v.entry, entries[5]);
        // Another entry, another index, a changed proof, a stricter quorum, another
        // log key: each fails.
        assert!(
            parsed
                .verify(std::slice::from_ref(&lv), &[], 0, Some(&entries[6]))
                .is_err()
        );
        let mut moved = parsed.clone();
        moved.index = 6;
        assert!(
            moved
                .verify(std::slice::from_ref(&lv), &[], 0, None)
                .is_err()
        );
        let mut bent = parsed.clone();
        bent.proof[1][3] ^= 0x40;
        assert!(
            bent.verify(std::slice::from_ref(&lv), &[], 0, None)
                .is_err()
        );
        assert!(
            parsed
                .verify(
                    std::slice::from_ref(&lv),
                    std::slice::from_ref(&wv),
                    2,
                    None
                )
                .is_err()
        );
        assert!(
            parsed
                .verify(std::slice::from_ref(&lv), &[], 1, None)
                .is_err()
        );
        let other = Verifier::parse(&signer("ward.example/ledger").verifier_key()).unwrap();
        assert!(
            parsed
                .verify(std::slice::from_ref(&other), &[], 0, None)
                .is_err()
        );
        // Without extra data, the entry must be given.
        let bare = Bundle {
            extra: None,
            ..b.clone()
        };
        assert!(
            bare.verify(std::slice::from_ref(&lv), &[], 0, None)
                .is_err()
        );
        assert!(
            bare.verify(std::slice::from_ref(&lv), &[], 0, Some(&entries[5]))
                .is_ok()
        );
        assert_eq!(Bundle::parse(&bare.encode()).unwrap(), bare);
        // Malformed.
        for t in [
            "",
            "c2sp.org/tlog-proof@v1\n",
            "c2sp.org/tlog-proof@v2\nindex 1\n\nx",
            "c2sp.org/tlog-proof@v1\nindex 01\n\nx",
            "c2sp.org/tlog-proof@v1\nindex 1\nnot-base64!\n\nx",
        ] {
            assert!(Bundle::parse(t).is_err(), "{t:?}");
        }
    }
}
