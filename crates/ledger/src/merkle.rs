//! The Merkle tree of RFC 9162 section 2.1: leaf hash `SHA-256(0x00 ‖ entry)`, interior
//! node `SHA-256(0x01 ‖ left ‖ right)`, the empty tree `SHA-256("")`. A [`Tree`] keeps every
//! complete subtree's hash, level by level, so that roots, inclusion proofs and
//! consistency proofs for any size up to the current one cost O(log n) hashes.
//! Verification ([`verify_inclusion`], [`verify_consistency`]) follows the RFC's
//! algorithms (2.1.3.2, 2.1.4.2) and needs nothing but the proof and the roots.

use crate::LedgerError;
use aws_lc_rs::digest::{Context, SHA256};

/// A SHA-256 hash.
pub type Hash = [u8; 32];

fn sha256(parts: &[&[u8]]) -> Hash {
    let mut c = Context::new(&SHA256);
    for p in parts {
        c.update(p);
    }
    let d = c.finish();
    let mut out = [0u8; 32];
    out.copy_from_slice(d.as_ref());
    out
}

/// The hash of an entry as a leaf.
pub fn leaf_hash(entry: &[u8]) -> Hash {
    sha256(&[&[0x00], entry])
}

/// The hash of an interior node.
pub fn node_hash(left: &[u8], right: &[u8]) -> Hash {
    sha256(&[&[0x01], left, right])
}

/// The root of the empty tree.
pub fn empty_root() -> Hash {
    sha256(&[])
}

/// The largest power of two strictly less than `n` (n ≥ 2).
fn split(n: u64) -> u64 {
    debug_assert!(n >= 2);
    1u64 << (63 - (n - 1).leading_zeros())
}

/// An append-only tree of leaf hashes with every complete subtree's hash kept.
#[derive(Clone, Debug, Default)]
pub struct Tree {
    /// `levels[l][i]` is the hash of leaves `[i·2^l, (i+1)·2^l)`.
    levels: Vec<Vec<Hash>>,
}

impl Tree {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of leaves.
    pub fn size(&self) -> u64 {
        self.levels.first().map_or(0, |l| l.len() as u64)
    }

    /// Appends a leaf hash; returns its index.
    pub fn push(&mut self, leaf: Hash) -> u64 {
        if self.levels.is_empty() {
            self.levels.push(Vec::new());
        }
        self.levels[0].push(leaf);
        let index = self.levels[0].len() as u64 - 1;
        // Complete the subtrees this leaf closes.
        let mut l = 0;
        while self.levels[l].len().is_multiple_of(2) {
            let n = self.levels[l].len();
            let h = node_hash(&self.levels[l][n - 2], &self.levels[l][n - 1]);
            if self.levels.len() == l + 1 {
                self.levels.push(Vec::new());
            }
            self.levels[l + 1].push(h);
            l += 1;
        }
        index
    }

    /// The leaf hash at `index`.
    pub fn leaf(&self, index: u64) -> Option<Hash> {
        self.levels.first()?.get(index as usize).copied()
    }

    /// MTH(D[start:end]) for `end ≤ size`, from the kept complete subtrees.
    fn range_hash(&self, start: u64, end: u64) -> Hash {
        let n = end - start;
        if n == 0 {
            return empty_root();
        }
        if n.is_power_of_two() && start.is_multiple_of(n) {
            let l = n.trailing_zeros() as usize;
            return self.levels[l][(start >> l) as usize];
        }
        let k = split(n);
        node_hash(
            &self.range_hash(start, start + k),
            &self.range_hash(start + k, end),
        )
    }

    /// The root of the tree as it was at `size` leaves.
    pub fn root_at(&self, size: u64) -> Result<Hash, LedgerError> {
        self.check_size(size)?;
        Ok(self.range_hash(0, size))
    }

    pub fn root(&self) -> Hash {
        self.range_hash(0, self.size())
    }

    fn check_size(&self, size: u64) -> Result<(), LedgerError> {
        if size > self.size() {
            return Err(LedgerError::Invalid(format!(
                "tree size {size} is beyond the log's {}",
                self.size()
            )));
        }
        Ok(())
    }

    /// The inclusion proof of leaf `index` in the tree of `size` leaves (RFC 9162
    /// 2.1.3.1).
    pub fn inclusion_proof(&self, index: u64, size: u64) -> Result<Vec<Hash>, LedgerError> {
        self.check_size(size)?;
        if index >= size {
            return Err(LedgerError::Invalid(format!(
                "leaf {index} is not in a tree of {size}"
            )));
        }
        let mut proof = Vec::new();
        self.path(index, 0, size, &mut proof);
        Ok(proof)
    }

    fn path(&self, m: u64, start: u64, end: u64, out: &mut Vec<Hash>) {
        let n = end - start;
        if n <= 1 {
            return;
        }
        let k = split(n);
        if m < k {
            self.path(m, start, start + k, out);
            out.push(self.range_hash(start + k, end));
        } else {
            self.path(m - k, start + k, end, out);
            out.push(self.range_hash(start, start + k));
        }
    }

    /// The consistency proof between the trees of `old` and `new` leaves (RFC 9162
    /// 2.1.4.1). Empty when the sizes are equal.
    pub fn consistency_proof(&self, old: u64, new: u64) -> Result<Vec<Hash>, LedgerError> {
        self.check_size(new)?;
        if old == 0 || old > new {
            return Err(LedgerError::Invalid(format!(
                "no consistency proof from size {old} to {new}"
            )));
        }
        let mut proof = Vec::new();
        self.subproof(old, 0, new, true, &mut proof);
        Ok(proof)
    }

    fn subproof(&self, m: u64, start: u64, end: u64, whole: bool, out: &mut Vec<Hash>) {
        let n = end - start;
        if m == n {
            if !whole {
                out.push(self.range_hash(start, end));
            }
            return;
        }
        let k = split(n);
        if m <= k {
            self.subproof(m, start, start + k, whole, out);
            out.push(self.range_hash(start + k, end));
        } else {
            self.subproof(m - k, start + k, end, false, out);
            out.push(self.range_hash(start, start + k));
        }
    }
}

fn fail(why: &str) -> LedgerError {
    LedgerError::Proof(why.into())
}

fn lsb(x: u64) -> bool {
    x & 1 == 1
}

/// Parses proof lines (one base64 SHA-256 hash per line, as C2SP formats write proofs),
/// at most `max`; the error says what was wrong.
pub fn parse_proof_lines<'a>(
    lines: impl Iterator<Item = &'a str>,
    max: usize,
) -> Result<Vec<Hash>, String> {
    use base64::Engine;
    let mut proof = Vec::new();
    for l in lines {
        if proof.len() == max {
            return Err(format!("a proof has at most {max} hashes"));
        }
        let raw = base64::engine::general_purpose::STANDARD
            .decode(l)
            .map_err(|_| "a proof line is not base64".to_string())?;
        proof.push(
            raw.try_into()
                .map_err(|_| "a proof line is not a 32-byte hash".to_string())?,
        );
    }
    Ok(proof)
}

/// Checks that `leaf` is at `index` in the tree of `size` leaves whose root is `root`.
pub fn verify_inclusion(
    index: u64,
    size: u64,
    leaf: &[u8],
    proof: &[impl AsRef<[u8]>],
    root: &[u8],
) -> Result<(), LedgerError> {
    if index >= size {
        return Err(fail("the index is beyond the tree size"));
    }
    if leaf.len() != 32 {
        return Err(fail("a leaf hash is 32 bytes"));
    }
    let (mut f, mut s) = (index, size - 1);
    let mut r: Vec<u8> = leaf.to_vec();
    for p in proof {
        if s == 0 {
            return Err(fail("the proof is too long"));
        }
        if lsb(f) || f == s {
            r = node_hash(p.as_ref(), &r).to_vec();
            if !lsb(f) {
                while !lsb(f) && f != 0 {
                    f >>= 1;
                    s >>= 1;
                }
            }
        } else {
            r = node_hash(&r, p.as_ref()).to_vec();
        }
        f >>= 1;
        s >>= 1;
    }
    if s != 0 {
        return Err(fail("the proof is too short"));
    }
    if r != root {
        return Err(fail("the computed root differs"));
    }
    Ok(())
}

/// Checks that the tree of `size1` leaves with root `root1` is a prefix of the tree of
/// `size2` leaves with root `root2`. A size of 0 proves nothing and fails (as
/// transparency-dev/merkle does; a witness handles old size 0 before calling this).
pub fn verify_consistency(
    size1: u64,
    size2: u64,
    proof: &[impl AsRef<[u8]>],
    root1: &[u8],
    root2: &[u8],
) -> Result<(), LedgerError> {
    if size1 == 0 {
        return Err(fail("a consistency proof from size 0 proves nothing"));
    }
    if size1 > size2 {
        return Err(fail("the old size is larger than the new"));
    }
    if size1 == size2 {
        if !proof.is_empty() {
            return Err(fail("equal sizes take an empty proof"));
        }
        if root1 != root2 {
            return Err(fail("equal sizes, different roots"));
        }
        return Ok(());
    }
    let mut path: Vec<&[u8]> = proof.iter().map(AsRef::as_ref).collect();
    if size1.is_power_of_two() {
        path.insert(0, root1);
    }
    if path.is_empty() {
        return Err(fail("the proof is empty"));
    }
    let (mut f, mut s) = (size1 - 1, size2 - 1);
    while lsb(f) {
        f >>= 1;
        s >>= 1;
    }
    let mut fr: Vec<u8> = path[0].to_vec();
    let mut sr: Vec<u8> = path[0].to_vec();
    for c in &path[1..] {
        if s == 0 {
            return Err(fail("the proof is too long"));
        }
        if lsb(f) || f == s {
            fr = node_hash(c, &fr).to_vec();
            sr = node_hash(c, &sr).to_vec();
            if !lsb(f) {
                while !lsb(f) && f != 0 {
                    f >>= 1;
                    s >>= 1;
                }
            }
        } else {
            sr = node_hash(&sr, c).to_vec();
        }
        f >>= 1;
        s >>= 1;
    }
    if s != 0 {
        return Err(fail("the proof is too short"));
    }
    if fr != root1 {
        return Err(fail("the old root differs"));
    }
    if sr != root2 {
        return Err(fail("the new root differs"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_proof_of_every_small_tree_verifies_and_a_changed_one_fails() {
        let mut t = Tree::new();
        for i in 0..70u32 {
            t.push(leaf_hash(&i.to_be_bytes()));
        }
        for size in 1..=70 {
            let root = t.root_at(size).unwrap();
            for i in 0..size {
                let p = t.inclusion_proof(i, size).unwrap();
                let leaf = t.leaf(i).unwrap();
                verify_inclusion(i, size, &leaf, &p, &root).unwrap();
                assert!(verify_inclusion(i, size, &leaf_hash(b"x"), &p, &root).is_err());
                if size > 1 {
                    assert!(verify_inclusion((i + 1) % size, size, &leaf, &p, &root).is_err());
                }
            }
            for old in 1..=size {
                let p = t.consistency_proof(old, size).unwrap();
                let r1 = t.root_at(old).unwrap();
                verify_consistency(old, size, &p, &r1, &root).unwrap();
                if old < size {
                    assert!(verify_consistency(old, size, &p, &root, &root).is_err());
                }
            }
        }
        assert!(t.root_at(71).is_err());
        assert!(t.inclusion_proof(5, 5).is_err());
        assert!(t.consistency_proof(0, 5).is_err());
    }
}
