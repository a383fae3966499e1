//! A transparency-log witness (c2sp.org/tlog-witness): the decision of `add-checkpoint`,
//! without HTTP or storage.
//!
//! A witness trusts a set of logs (an origin and the log's verifier keys) and remembers,
//! per origin, the latest checkpoint it cosigned. It cosigns a new checkpoint only if the
//! log proves it consistent with that one, so a log that shows two histories to two
//! parties (a split view), or rolls its history back, cannot get both cosigned.
//!
//! The caller holds the state and must run [`Witness::check`] and the update of its state
//! atomically (the protocol's race: two requests checked against the same old size).

use crate::LedgerError;
use crate::merkle::{Hash, verify_consistency};
use crate::note::{Checkpoint, Signer, Verifier, open, peek};
use base64::Engine;
use std::collections::BTreeMap;

/// At most this many consistency proof lines (the protocol's limit).
pub const MAX_PROOF_LINES: usize = 63;

/// An `add-checkpoint` request body: `old <size>`, proof lines, a blank line, the note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AddCheckpoint {
    pub old: u64,
    pub proof: Vec<Hash>,
    pub note: String,
}

fn decimal(s: &str) -> Option<u64> {
    if s.is_empty() || (s.len() > 1 && s.starts_with('0')) || !s.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    s.parse().ok()
}

impl AddCheckpoint {
    pub fn parse(body: &str) -> Result<Self, Refusal> {
        let bad = |m: &str| Refusal::BadRequest(m.to_string());
        let (head, note) = body.split_once("\n\n").ok_or_else(|| {
            bad("the body is an old size line, proof lines, a blank line and a checkpoint")
        })?;
        let mut lines = head.split('\n');
        let old = lines
            .next()
            .and_then(|l| l.strip_prefix("old "))
            .and_then(decimal)
            .ok_or_else(|| bad("the first line is `old <size>` in decimal"))?;
        let proof = crate::merkle::parse_proof_lines(lines, MAX_PROOF_LINES)
            .map_err(Refusal::BadRequest)?;
        Ok(Self {
            old,
            proof,
            note: note.to_string(),
        })
    }

    pub fn encode(&self) -> String {
        let mut s = format!("old {}\n", self.old);
        for h in &self.proof {
            s.push_str(&base64::engine::general_purpose::STANDARD.encode(h));
            s.push('\n');
        }
        s.push('\n');
        s.push_str(&self.note);
        s
    }
}

/// Why a witness refuses, with the protocol's HTTP status.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("no signature by a trusted key of this log")]
    Forbidden,
    #[error("unknown log origin")]
    UnknownLog,
    /// The old size is not the witness's latest cosigned size (given here).
    #[error("the witness's latest cosigned size is {0}")]
    StaleOldSize(u64),
    #[error("same size as the latest cosigned checkpoint, different root hash")]
    RootConflict,
    #[error("the consistency proof does not verify")]
    Inconsistent,
}

impl Refusal {
    /// The status the protocol prescribes.
    pub fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::Forbidden => 403,
            Self::UnknownLog => 404,
            Self::StaleOldSize(_) | Self::RootConflict => 409,
            Self::Inconsistent => 422,
        }
    }
}

/// What a witness remembers of one log: its latest cosigned size and root.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Latest {
    pub size: u64,
    #[serde(with = "b64_hash")]
    pub root: Hash,
}

mod b64_hash {
    use base64::Engine;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(h: &[u8; 32], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(h))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 32], D::Error> {
        let s = String::deserialize(d)?;
        let v = base64::engine::general_purpose::STANDARD
            .decode(s)
            .map_err(serde::de::Error::custom)?;
        v.try_into()
            .map_err(|_| serde::de::Error::custom("a hash is 32 bytes"))
    }
}

/// A witness: its cosigning key and the logs it trusts.
#[derive(Debug)]
pub struct Witness {
    signer: Signer,
    logs: BTreeMap<String, Vec<Verifier>>,
}

impl Witness {
    /// `logs` are verifier keys of the logs to witness; a log's origin is its key's name
    /// (as Ward names its log keys).
    pub fn new(signer: Signer, logs: &[String]) -> Result<Self, LedgerError> {
        let mut map: BTreeMap<String, Vec<Verifier>> = BTreeMap::new();
        for k in logs {
            let v = Verifier::parse(k)?;
            if !v.signs_logs() {
                return Err(LedgerError::Invalid(format!(
                    "{} is a cosigner key, not a log's signing key",
                    v.name
                )));
            }
            map.entry(v.name.clone()).or_default().push(v);
        }
        Ok(Self { signer, logs: map })
    }

    pub fn name(&self) -> &str {
        self.signer.name()
    }

    /// The witness's public key (type 0x04, or 0x06 for ML-DSA-44), for logs and verifiers to configure.
    pub fn cosigner_key(&self) -> String {
        self.signer.cosigner_key()
    }

    pub fn origins(&self) -> impl Iterator<Item = &str> {
        self.logs.keys().map(String::as_str)
    }

    /// Decides a request against `latest`, the state recorded for the checkpoint's origin
    /// (`None` if this witness never cosigned for it). On success, the checkpoint to
    /// record as the new latest and to cosign.
    pub fn check(
        &self,
        req: &AddCheckpoint,
        latest: impl FnOnce(&str) -> Option<Latest>,
    ) -> Result<Checkpoint, Refusal> {
        let unverified = peek(&req.note).map_err(|e| Refusal::BadRequest(e.to_string()))?;
        let keys = self
            .logs
            .get(&unverified.origin)
            .ok_or(Refusal::UnknownLog)?;
        // Signatures from unknown keys are ignored; one by a trusted key must verify.
        let c = keys
            .iter()
            .find_map(|k| open(&req.note, std::slice::from_ref(k), &[]).ok())
            .ok_or(Refusal::Forbidden)?
            .checkpoint;
        if req.old > c.size {
            return Err(Refusal::BadRequest(
                "the old size is larger than the checkpoint's".into(),
            ));
        }
        let known = latest(&c.origin);
        let known_size = known.map_or(0, |l| l.size);
        if req.old != known_size {
            return Err(Refusal::StaleOldSize(known_size));
        }
        match known {
            None => {
                if !req.proof.is_empty() {
                    return Err(Refusal::Inconsistent);
                }
            }
            Some(l) if l.size == c.size => {
                if l.root != c.root {
                    return Err(Refusal::RootConflict);
                }
                if !req.proof.is_empty() {
                    return Err(Refusal::Inconsistent);
                }
            }
            Some(l) if l.size == 0 => {
                if !req.proof.is_empty() {
                    return Err(Refusal::Inconsistent);
                }
            }
            Some(l) => verify_consistency(l.size, c.size, &req.proof, &l.root, &c.root)
                .map_err(|_| Refusal::Inconsistent)?,
        }
        Ok(c)
    }

    /// The response body: this witness's cosignature line on `c` at `now` (seconds).
    pub fn cosign(&self, c: &Checkpoint, now: u64) -> Result<String, LedgerError> {
        self.signer.cosign(c, now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merkle::{Tree, leaf_hash};

    fn signer(name: &str) -> Signer {
        Signer::from_pkcs8(name, &Signer::generate_pkcs8().unwrap()).unwrap()
    }

    fn tree(n: u64, salt: &str) -> Tree {
        let mut t = Tree::new();
        for i in 0..n {
            t.push(leaf_hash(format!("{salt}{i}").as_bytes()));
        }
        t
    }

    fn note(log: &Signer, t: &Tree) -> (Checkpoint, String) {
        let c = Checkpoint {
            origin: log.name().to_string(),
            size: t.size(),
            root: t.root(),
        };
        let n = log.sign(&c).unwrap();
        (c, n)
    }

    #[test]
    fn a_witness_cosigns_only_consistent_growth() {
        let log = signer("ward.example/ledger");
        let w = Witness::new(signer("witness.example"), &[log.verifier_key()]).unwrap();
        let mut state: Option<Latest> = None;
        let t = tree(10, "a");
        let (_, n7) = note(&log, &{
            let mut x = Tree::new();
            for i in 0..7 {
                x.push(t.leaf(i).unwrap());
            }
            x
        });
        // First contact: old 0, empty proof.
        let req = AddCheckpoint {
            old: 0,
            proof: vec![],
            note: n7.clone(),
        };
        assert_eq!(AddCheckpoint::parse(&req.encode()).unwrap(), req);
        let c = w.check(&req, |_| state).unwrap();
        assert_eq!(c.size, 7);
        state = Some(Latest {
            size: c.size,
            root: c.root,
        });
        // The cosignature verifies with the witness's key.
        let cosigned = format!("{n7}{}", w.cosign(&c, 1_800_000_000).unwrap());
        let wv = Verifier::parse(&w.cosigner_key()).unwrap();
        let lv = Verifier::parse(&log.verifier_key()).unwrap();
        assert_eq!(
            open(&cosigned, std::slice::from_ref(&lv), &[wv])
                .unwrap()
                .cosigned_by
                .len(),
            1
        );

        // Growth 7 -> 10 with the right proof: cosigned.
        let (_, n10) = note(&log, &t);
        let good = AddCheckpoint {
            old: 7,
            proof: t.consistency_proof(7, 10).unwrap(),
            note: n10.clone(),
        };
        // A stale old size (the log thinks the witness is at 0 or 5): 409 naming 7.
        for old in [0, 5] {
            let r = w.check(
                &AddCheckpoint {
                    old,
                    ..good.clone()
                },
                |_| state,
            );
            assert_eq!(r, Err(Refusal::StaleOldSize(7)));
            assert_eq!(Refusal::StaleOldSize(7).status(), 409);
        }
        // A forked history of 10 (different leaves after 7 would need the same prefix;
        // a wholly different tree) with a proof from the fork: 422.
        let fork = tree(10, "b");
        let (_, nf) = note(&log, &fork);
        let r = w.check(
            &AddCheckpoint {
                old: 7,
                proof: fork.consistency_proof(7, 10).unwrap(),
                note: nf.clone(),
            },
            |_| state,
        );
        assert_eq!(r, Err(Refusal::Inconsistent));
        assert_eq!(Refusal::Inconsistent.status(), 422);
        // A tampered proof: 422.
        let mut bad = good.clone();
        bad.proof[0][0] ^= 1;
        assert_eq!(w.check(&bad, |_| state), Err(Refusal::Inconsistent));
        let c = w.check(&good, |_| state).unwrap();
        state = Some(Latest {
            size: c.size,
            root: c.root,
        });
        // Rolling back to 7 after 10: the old size 10 is above the checkpoint: 400;
        // old 7 is stale: 409.
        let back = AddCheckpoint {
            old: 10,
            proof: vec![],
            note: n7.clone(),
        };
        assert_eq!(w.check(&back, |_| state).unwrap_err().status(), 400);
        // Same size, other root: 409.
        let same = AddCheckpoint {
            old: 10,
            proof: vec![],
            note: nf,
        };
        assert_eq!(w.check(&same, |_| state), Err(Refusal::RootConflict));
        // Same checkpoint again: fine (idempotent).
        let again = AddCheckpoint {
            old: 10,
            proof: vec![],
            note: n10,
        };
        assert!(w.check(&again, |_| state).is_ok());
    }

    #[test]
    fn unknown_logs_and_foreign_signatures_are_refused() {
        let log = signer("ward.example/ledger");
        let w = Witness::new(signer("witness.example"), &[log.verifier_key()]).unwrap();
        let t = tree(3, "x");
        // A log the witness does not know: 404.
        let (_, other) = note(&signer("other.example/log"), &t);
        let req = |note: String| AddCheckpoint {
            old: 0,
            proof: vec![],
            note,
        };
        assert_eq!(w.check(&req(other), |_| None), Err(Refusal::UnknownLog));
        // The right origin signed by another key: 403.
        let (_, forged) = note(&signer("ward.example/ledger"), &t);
        assert_eq!(w.check(&req(forged), |_| None), Err(Refusal::Forbidden));
        // Old size 0 with a non-empty proof: 422.
        let (_, n) = note(&log, &t);
        let mut r = req(n);
        r.proof = vec![[0u8; 32]];
        assert_eq!(w.check(&r, |_| None), Err(Refusal::Inconsistent));
        // Malformed bodies: 400.
        for b in ["", "old 1\n", "old 01\n\nx", "old x\n\n", "old 1\n!!\n\nx"] {
            assert_eq!(AddCheckpoint::parse(b).unwrap_err().status(), 400, "{b:?}");
        }
        let hash = format!("{}=\n", "A".repeat(43));
        let ok = format!("old 1\n{}\nnote", hash.repeat(63));
        assert_eq!(AddCheckpoint::parse(&ok).unwrap().proof.len(), 63);
        let many = format!("old 1\n{}\nnote", hash.repeat(64));
        assert!(
            AddCheckpoint::parse(&many)
                .unwrap_err()
                .to_string()
                .contains("63")
        );
        // A cosigner key cannot be configured as a log.
        assert!(Witness::new(signer("w"), &[signer("x").cosigner_key()]).is_err());
    }
}
