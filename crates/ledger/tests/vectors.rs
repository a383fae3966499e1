//! Our Merkle proofs against the public RFC 6962 / 9162 test vectors of
//! transparency-dev/merkle in `../shared/data/merkle-vectors/` (see its README): every
//! inclusion and consistency probe, the happy paths and the mutations that must fail, and
//! the known answers for roots and for proof generation.

use base64::Engine;
use serde_json::Value;
use std::path::{Path, PathBuf};
use ward_ledger::merkle::{
    Tree, empty_root, leaf_hash, node_hash, verify_consistency, verify_inclusion,
};

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/merkle-vectors")
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "json") {
            out.push(p);
        }
    }
}

fn b64(v: &Value) -> Vec<u8> {
    match v.as_str() {
        Some(s) => base64::engine::general_purpose::STANDARD.decode(s).unwrap(),
        None => Vec::new(),
    }
}

fn list(v: &Value) -> Vec<Vec<u8>> {
    v.as_array()
        .map(|a| a.iter().map(b64).collect())
        .unwrap_or_default()
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn probes(kind: &str) -> Vec<(PathBuf, Value)> {
    let mut out = Vec::new();
    files(
        &data().join("transparency-dev-merkle/testdata").join(kind),
        &mut out,
    );
    out.sort();
    out.into_iter()
        .map(|p| {
            let v = serde_json::from_slice(&std::fs::read(&p).unwrap()).unwrap();
            (p, v)
        })
        .collect()
}

/// Runs every probe of `kind` through `verify` and compares "did it fail?" with wantErr.
fn check(kind: &str, verify: impl Fn(&Value) -> Result<(), ward_ledger::LedgerError>) {
    let all = probes(kind);
    assert!(all.len() >= 98, "{} {kind} probes", all.len());
    for (p, v) in &all {
        let r = verify(v);
        assert_eq!(
            r.is_err(),
            v["wantErr"].as_bool().unwrap(),
            "{}: {r:?}",
            p.display()
        );
    }
}

#[test]
fn inclusion_probes_agree() {
    check("inclusion", |v| {
        verify_inclusion(
            v["leafIdx"].as_u64().unwrap(),
            v["treeSize"].as_u64().unwrap(),
            &b64(&v["leafHash"]),
            &list(&v["proof"]),
            &b64(&v["root"]),
        )
    });
}

#[test]
fn consistency_probes_agree() {
    check("consistency", |v| {
        verify_consistency(
            v["size1"].as_u64().unwrap(),
            v["size2"].as_u64().unwrap(),
            &list(&v["proof"]),
            &b64(&v["root1"]),
            &b64(&v["root2"]),
        )
    });
}

#[test]
fn known_answers_for_roots_and_generated_proofs() {
    let ka: Value =
        serde_json::from_slice(&std::fs::read(data().join("known-answer.json")).unwrap()).unwrap();
    let mut t = Tree::new();
    for l in ka["leaves_hex"].as_array().unwrap() {
        t.push(leaf_hash(&hex(l.as_str().unwrap())));
    }
    for (size, root) in ka["root_by_size"].as_object().unwrap() {
        let size: u64 = size.parse().unwrap();
        assert_eq!(
            t.root_at(size).unwrap().to_vec(),
            hex(root.as_str().unwrap()),
            "size {size}"
        );
    }
    assert_eq!(
        empty_root().to_vec(),
        hex(ka["root_by_size"]["0"].as_str().unwrap())
    );
    for k in ka["hasher_kats"].as_array().unwrap() {
        let want = hex(k["want"].as_str().unwrap());
        let got = if let Some(l) = k.get("leaf_hex") {
            leaf_hash(&hex(l.as_str().unwrap())).to_vec()
        } else if let Some(l) = k.get("leaf_ascii") {
            leaf_hash(l.as_str().unwrap().as_bytes()).to_vec()
        } else if let (Some(l), Some(r)) = (k.get("left_ascii"), k.get("right_ascii")) {
            node_hash(
                l.as_str().unwrap().as_bytes(),
                r.as_str().unwrap().as_bytes(),
            )
            .to_vec()
        } else {
            empty_root().to_vec()
        };
        assert_eq!(got, want, "{k}");
    }
    let hexes = |v: &Value| -> Vec<Vec<u8>> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|h| hex(h.as_str().unwrap()))
            .collect()
    };
    for c in ka["inclusion_generation"].as_array().unwrap() {
        let (i, n) = (c["index"].as_u64().unwrap(), c["size"].as_u64().unwrap());
        let got: Vec<Vec<u8>> = t
            .inclusion_proof(i, n)
            .unwrap()
            .iter()
            .map(|h| h.to_vec())
            .collect();
        assert_eq!(got, hexes(&c["proof"]), "{c}");
    }
    for c in ka["consistency_generation"].as_array().unwrap() {
        let (a, b) = (c["size1"].as_u64().unwrap(), c["size2"].as_u64().unwrap());
        let got: Vec<Vec<u8>> = t
            .consistency_proof(a, b)
            .unwrap()
            .iter()
            .map(|h| h.to_vec())
            .collect();
        assert_eq!(got, hexes(&c["proof"]), "{c}");
    }
}
