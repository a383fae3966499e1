//! Checkpoints as C2SP signed notes (c2sp.org/signed-note, c2sp.org/tlog-checkpoint),
//! signed with Ed25519 and, beside it, ML-DSA-44 (aws-lc-rs), and witness cosignatures
//! (c2sp.org/tlog-cosignature) with either algorithm.
//!
//! A checkpoint body is three lines, `origin`, tree size in decimal, root hash in base64,
//! each ending in a newline. The note is the body, a blank line, then one line per
//! signature: `— <key name> <base64(key id ‖ signature)>`. A key id is the first four bytes
//! of `SHA-256(name ‖ 0x0A ‖ type ‖ public key)`. The types:
//!
//! * 0x01, a log's Ed25519 key: the signature is over the body;
//! * 0x04, a witness's Ed25519 key: the payload is `timestamp (8 bytes, big-endian) ‖
//!   signature` over `cosignature/v1\ntime <timestamp>\n` followed by the body;
//! * 0x06, an ML-DSA-44 key (FIPS 204, empty context), a log's or a witness's: the payload
//!   is `timestamp ‖ signature` over the binary `subtree/v1` message (the label
//!   `subtree/v1\n\0`, the key name and the origin each with a one-byte length, the
//!   timestamp, start 0, end = tree size, both 8 bytes big-endian, then the root hash). A
//!   log signs with timestamp 0.
//!
//! Ward's log signs every checkpoint with both its keys, so a verifier who fears that
//! Ed25519 will fall to a quantum computer can require the ML-DSA-44 signature as well.

use crate::LedgerError;
use crate::merkle::Hash;
use aws_lc_rs::signature::{
    ED25519, Ed25519KeyPair, KeyPair, ML_DSA_44, ML_DSA_44_SIGNING, PqdsaKeyPair, UnparsedPublicKey,
};
use base64::Engine;

const ED25519_TYPE: u8 = 0x01;
const COSIGNATURE_TYPE: u8 = 0x04;
const ML_DSA_44_TYPE: u8 = 0x06;
const ED25519_PUBLIC_LEN: usize = 32;
const ED25519_SIG_LEN: usize = 64;
const ML_DSA_44_PUBLIC_LEN: usize = 1312;
const ML_DSA_44_SIG_LEN: usize = 2420;
const DASH: &str = "\u{2014} ";
/// SHA-256 of the empty string: the root of an empty tree.
const EMPTY_ROOT: Hash = [
    0xe3, 0xb0, 0xc4, 0x42, 0x98, 0xfc, 0x1c, 0x14, 0x9a, 0xfb, 0xf4, 0xc8, 0x99, 0x6f, 0xb9, 0x24,
    0x27, 0xae, 0x41, 0xe4, 0x64, 0x9b, 0x93, 0x4c, 0xa4, 0x95, 0x99, 0x1b, 0x78, 0x52, 0xb8, 0x55,
];

fn b64() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::STANDARD
}

fn invalid(msg: impl Into<String>) -> LedgerError {
    LedgerError::Invalid(msg.into())
}

/// What a checkpoint commits to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkpoint {
    pub origin: String,
    pub size: u64,
    pub root: Hash,
}

impl Checkpoint {
    /// The note body (each line newline-terminated).
    pub fn body(&self) -> String {
        format!(
            "{}\n{}\n{}\n",
            self.origin,
            self.size,
            b64().encode(self.root)
        )
    }

    /// Parses a body (extension lines after the root are refused: Ward issues none).
    pub fn parse_body(body: &str) -> Result<Self, LedgerError> {
        let lines: Vec<&str> = body
            .strip_suffix('\n')
            .ok_or_else(|| invalid("a checkpoint body ends with a newline"))?
            .split('\n')
            .collect();
        let [origin, size, root] = lines[..] else {
            return Err(invalid("a checkpoint body is origin, size and root"));
        };
        if origin.is_empty() {
            return Err(invalid("the checkpoint origin is empty"));
        }
        if size.is_empty() || (size.len() > 1 && size.starts_with('0')) {
            return Err(invalid("the tree size is not a decimal number"));
        }
        let size: u64 = size
            .parse()
            .map_err(|_| invalid("the tree size is not a decimal number"))?;
        let raw = b64()
            .decode(root)
            .map_err(|_| invalid("the root hash is not base64"))?;
        let root: Hash = raw
            .try_into()
            .map_err(|_| invalid("the root hash is not 32 bytes"))?;
        Ok(Self {
            origin: origin.to_string(),
            size,
            root,
        })
    }
}

fn key_id(name: &str, kind: u8, public: &[u8]) -> [u8; 4] {
    let mut c = aws_lc_rs::digest::Context::new(&aws_lc_rs::digest::SHA256);
    c.update(name.as_bytes());
    c.update(b"\n");
    c.update(&[kind]);
    c.update(public);
    let d = c.finish();
    let mut id = [0u8; 4];
    id.copy_from_slice(&d.as_ref()[..4]);
    id
}

fn name_ok(name: &str) -> bool {
    !name.is_empty() && !name.chars().any(|c| c.is_whitespace() || c == '+')
}

/// The `subtree/v1` message an ML-DSA-44 key signs for a checkpoint (the whole tree,
/// `[0, size)`), as c2sp.org/tlog-cosignature defines it.
fn subtree_message(name: &str, timestamp: u64, c: &Checkpoint) -> Result<Vec<u8>, LedgerError> {
    let (name, origin) = (name.as_bytes(), c.origin.as_bytes());
    if name.len() > 255 || origin.len() > 255 {
        return Err(invalid(
            "an ML-DSA-44 signature needs a key name and an origin of at most 255 bytes",
        ));
    }
    if timestamp > i64::MAX as u64 {
        return Err(invalid("the timestamp is too large"));
    }
    if c.size == 0 && c.root != EMPTY_ROOT {
        return Err(invalid(
            "an empty tree's root is the hash of the empty string",
        ));
    }
    let mut m = Vec::with_capacity(12 + 2 + name.len() + origin.len() + 24 + 32);
    m.extend_from_slice(b"subtree/v1\n\0");
    m.push(name.len() as u8);
    m.extend_from_slice(name);
    m.extend_from_slice(&timestamp.to_be_bytes());
    m.push(origin.len() as u8);
    m.extend_from_slice(origin);
    m.extend_from_slice(&0u64.to_be_bytes());
    m.extend_from_slice(&c.size.to_be_bytes());
    m.extend_from_slice(&c.root);
    Ok(m)
}

/// What signs: an Ed25519 or an ML-DSA-44 key pair.
enum Pair {
    Ed25519(Ed25519KeyPair),
    MlDsa44(PqdsaKeyPair),
}

/// A key that signs checkpoints (the log's) or cosigns them (a witness's): Ed25519 or
/// ML-DSA-44.
pub struct Signer {
    name: String,
    pair: Pair,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let alg = match self.pair {
            Pair::Ed25519(_) => "Ed25519",
            Pair::MlDsa44(_) => "ML-DSA-44",
        };
        write!(f, "Signer({}, {alg})", self.name)
    }
}

impl Signer {
    /// A new Ed25519 key, PKCS#8 (for the caller to seal).
    pub fn generate_pkcs8() -> Result<Vec<u8>, LedgerError> {
        let doc = Ed25519KeyPair::generate_pkcs8(&aws_lc_rs::rand::SystemRandom::new())
            .map_err(|_| invalid("Ed25519 key generation failed"))?;
        Ok(doc.as_ref().to_vec())
    }

    /// A new ML-DSA-44 key, PKCS#8 in its 32-byte seed form (for the caller to seal).
    pub fn generate_ml_dsa_44_pkcs8() -> Result<Vec<u8>, LedgerError> {
        PqdsaKeyPair::generate(&ML_DSA_44_SIGNING)
            .and_then(|k| k.to_pkcs8v1())
            .map(|d| d.as_ref().to_vec())
            .map_err(|_| invalid("ML-DSA-44 key generation failed"))
    }

    /// A key from PKCS#8: Ed25519 or ML-DSA-44, whichever the document holds.
    pub fn from_pkcs8(name: &str, der: &[u8]) -> Result<Self, LedgerError> {
        if !name_ok(name) {
            return Err(invalid("a key name has no spaces and no '+'"));
        }
        let pair = match Ed25519KeyPair::from_pkcs8(der) {
            Ok(k) => Pair::Ed25519(k),
            Err(_) => Pair::MlDsa44(
                PqdsaKeyPair::from_pkcs8(&ML_DSA_44_SIGNING, der)
                    .map_err(|_| invalid("not an Ed25519 or ML-DSA-44 PKCS#8 key"))?,
            ),
        };
        Ok(Self {
            name: name.to_string(),
            pair,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Whether this is an ML-DSA-44 key.
    pub fn is_post_quantum(&self) -> bool {
        matches!(self.pair, Pair::MlDsa44(_))
    }

    fn public(&self) -> &[u8] {
        match &self.pair {
            Pair::Ed25519(k) => k.public_key().as_ref(),
            Pair::MlDsa44(k) => k.public_key().as_ref(),
        }
    }

    /// The signing key type: 0x01 for Ed25519, 0x06 for ML-DSA-44.
    fn signing_type(&self) -> u8 {
        match self.pair {
            Pair::Ed25519(_) => ED25519_TYPE,
            Pair::MlDsa44(_) => ML_DSA_44_TYPE,
        }
    }

    /// The cosigning key type: 0x04 for Ed25519, 0x06 for ML-DSA-44.
    fn cosigning_type(&self) -> u8 {
        match self.pair {
            Pair::Ed25519(_) => COSIGNATURE_TYPE,
            Pair::MlDsa44(_) => ML_DSA_44_TYPE,
        }
    }

    /// The verifier key, `<name>+<hex key id>+<base64(type ‖ public key)>`, to publish.
    pub fn verifier_key(&self) -> String {
        verifier_string(&self.name, self.signing_type(), self.public())
    }

    /// The cosigner's verifier key (type 0x04, or 0x06 for ML-DSA-44).
    pub fn cosigner_key(&self) -> String {
        verifier_string(&self.name, self.cosigning_type(), self.public())
    }

    /// The signed note of a checkpoint (one signature line).
    pub fn sign(&self, c: &Checkpoint) -> Result<String, LedgerError> {
        Ok(format!("{}\n{}", c.body(), self.signature_line(c)?))
    }

    /// The signature line (`— name base64…`) of this key as the log's on `c`.
    pub fn signature_line(&self, c: &Checkpoint) -> Result<String, LedgerError> {
        match &self.pair {
            Pair::Ed25519(k) => {
                let sig = k.sign(c.body().as_bytes());
                Ok(self.line(ED25519_TYPE, None, sig.as_ref()))
            }
            Pair::MlDsa44(_) => self.cosign(c, 0),
        }
    }

    /// A cosignature line (`— name base64…`) on a checkpoint at `timestamp` (seconds).
    pub fn cosign(&self, c: &Checkpoint, timestamp: u64) -> Result<String, LedgerError> {
        match &self.pair {
            Pair::Ed25519(k) => {
                let sig = k.sign(cosigned_message(&c.body(), timestamp).as_bytes());
                Ok(self.line(COSIGNATURE_TYPE, Some(timestamp), sig.as_ref()))
            }
            Pair::MlDsa44(k) => {
                let msg = subtree_message(&self.name, timestamp, c)?;
                let mut sig = vec![0u8; ML_DSA_44_SIG_LEN];
                let n = k
                    .sign(&msg, &mut sig)
                    .map_err(|_| invalid("ML-DSA-44 signing failed"))?;
                Ok(self.line(ML_DSA_44_TYPE, Some(timestamp), &sig[..n]))
            }
        }
    }

    fn line(&self, kind: u8, timestamp: Option<u64>, sig: &[u8]) -> String {
        let mut payload = key_id(&self.name, kind, self.public()).to_vec();
        if let Some(t) = timestamp {
            payload.extend_from_slice(&t.to_be_bytes());
        }
        payload.extend_from_slice(sig);
        format!("{DASH}{} {}\n", self.name, b64().encode(payload))
    }
}

fn verifier_string(name: &str, kind: u8, public: &[u8]) -> String {
    let id = key_id(name, kind, public);
    let mut k = vec![kind];
    k.extend_from_slice(public);
    format!(
        "{name}+{}+{}",
        id.iter().map(|b| format!("{b:02x}")).collect::<String>(),
        b64().encode(k)
    )
}

fn cosigned_message(body: &str, timestamp: u64) -> String {
    format!("cosignature/v1\ntime {timestamp}\n{body}")
}

/// A public key that checks signatures or cosignatures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verifier {
    pub name: String,
    kind: u8,
    id: [u8; 4],
    public: Vec<u8>,
}

impl Verifier {
    /// Parses `<name>+<hex key id>+<base64(type ‖ key)>` (types 0x01, 0x04 and 0x06).
    pub fn parse(vkey: &str) -> Result<Self, LedgerError> {
        let mut parts = vkey.trim().splitn(3, '+');
        let (Some(name), Some(id_hex), Some(key)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(invalid("a verifier key is name+keyid+key"));
        };
        if !name_ok(name) || id_hex.len() != 8 {
            return Err(invalid("malformed verifier key"));
        }
        let raw = b64()
            .decode(key)
            .map_err(|_| invalid("the verifier key is not base64"))?;
        let (&kind, public) = raw
            .split_first()
            .ok_or_else(|| invalid("empty verifier key"))?;
        let len_ok = match kind {
            ED25519_TYPE | COSIGNATURE_TYPE => public.len() == ED25519_PUBLIC_LEN,
            ML_DSA_44_TYPE => public.len() == ML_DSA_44_PUBLIC_LEN,
            _ => {
                return Err(invalid(
                    "only Ed25519 (types 0x01, 0x04) and ML-DSA-44 (type 0x06) keys are supported",
                ));
            }
        };
        if !len_ok {
            return Err(invalid(
                "the verifier key has the wrong length for its type",
            ));
        }
        let id = key_id(name, kind, public);
        let shown: String = id.iter().map(|b| format!("{b:02x}")).collect();
        if shown != id_hex {
            return Err(invalid("the verifier key's id does not match its key"));
        }
        Ok(Self {
            name: name.to_string(),
            kind,
            id,
            public: public.to_vec(),
        })
    }

    /// Parses every key of a text (keys separated by white space: a file or the body
    /// of `GET /ledger/key`, one key per line).
    pub fn parse_all(text: &str) -> Result<Vec<Self>, LedgerError> {
        let keys = text
            .split_whitespace()
            .map(Self::parse)
            .collect::<Result<Vec<_>, _>>()?;
        if keys.is_empty() {
            return Err(invalid("no verifier key given"));
        }
        Ok(keys)
    }

    /// Whether this key can sign a log's checkpoints (Ed25519 type 0x01, ML-DSA-44).
    pub fn signs_logs(&self) -> bool {
        matches!(self.kind, ED25519_TYPE | ML_DSA_44_TYPE)
    }

    /// Whether this key can cosign checkpoints (Ed25519 type 0x04, ML-DSA-44).
    pub fn is_cosigner(&self) -> bool {
        matches!(self.kind, COSIGNATURE_TYPE | ML_DSA_44_TYPE)
    }

    /// Whether this is an ML-DSA-44 key.
    pub fn is_post_quantum(&self) -> bool {
        self.kind == ML_DSA_44_TYPE
    }

    /// Checks one signature line's payload (after the key id) on `body`. `Ok(Some(t))`
    /// for a timestamped cosignature, `Ok(None)` for a plain signature.
    fn check(&self, body: &str, c: &Checkpoint, rest: &[u8]) -> Result<Option<u64>, ()> {
        let timestamp = |rest: &[u8]| -> Result<u64, ()> {
            let t = u64::from_be_bytes(rest[..8].try_into().map_err(|_| ())?);
            if t > i64::MAX as u64 { Err(()) } else { Ok(t) }
        };
        match self.kind {
            ED25519_TYPE => UnparsedPublicKey::new(&ED25519, &self.public)
                .verify(body.as_bytes(), rest)
                .map(|_| None)
                .map_err(|_| ()),
            COSIGNATURE_TYPE => {
                if rest.len() != 8 + ED25519_SIG_LEN {
                    return Err(());
                }
                let t = timestamp(rest)?;
                UnparsedPublicKey::new(&ED25519, &self.public)
                    .verify(cosigned_message(body, t).as_bytes(), &rest[8..])
                    .map(|_| Some(t))
                    .map_err(|_| ())
            }
            ML_DSA_44_TYPE => {
                if rest.len() != 8 + ML_DSA_44_SIG_LEN {
                    return Err(());
                }
                let t = timestamp(rest)?;
                let msg = subtree_message(&self.name, t, c).map_err(|_| ())?;
                UnparsedPublicKey::new(&ML_DSA_44, &self.public)
                    .verify(&msg, &rest[8..])
                    .map(|_| Some(t))
                    .map_err(|_| ())
            }
            _ => Err(()),
        }
    }
}

/// One signature line of a note.
struct SigLine {
    name: String,
    payload: Vec<u8>,
}

/// Splits a note into its body and signature lines.
fn split_note(note: &str) -> Result<(&str, Vec<SigLine>), LedgerError> {
    if note.len() > 1 << 20 {
        return Err(invalid("the note is too large"));
    }
    let i = note
        .find("\n\n")
        .ok_or_else(|| invalid("a signed note has a blank line before its signatures"))?;
    let (body, sigs) = (&note[..=i], &note[i + 2..]);
    let mut lines = Vec::new();
    for l in sigs.split_terminator('\n') {
        let rest = l
            .strip_prefix(DASH)
            .ok_or_else(|| invalid("a signature line starts with an em dash"))?;
        let (name, payload) = rest
            .rsplit_once(' ')
            .ok_or_else(|| invalid("a signature line is name and signature"))?;
        let payload = b64()
            .decode(payload)
            .map_err(|_| invalid("a signature is not base64"))?;
        if payload.len() < 4 {
            return Err(invalid("a signature is too short"));
        }
        lines.push(SigLine {
            name: name.to_string(),
            payload,
        });
    }
    if lines.is_empty() {
        return Err(invalid("the note has no signature"));
    }
    Ok((body, lines))
}

/// What [`open`] found in a verified note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub checkpoint: Checkpoint,
    /// Names of the cosigners whose cosignatures verified, with their timestamps.
    pub cosigned_by: Vec<(String, u64)>,
}

/// Verifies a checkpoint note: it must carry a valid signature by *every* key in `log`
/// (the log's Ed25519 key, its ML-DSA-44 key, or both: each one given is required), and,
/// for each of `witnesses` that signed, a valid cosignature (an invalid one is an error;
/// a missing one is simply not listed). A log's ML-DSA-44 key must be named for the
/// checkpoint's origin, so that a witness's ML-DSA-44 key cannot stand in for it.
pub fn open(note: &str, log: &[Verifier], witnesses: &[Verifier]) -> Result<Opened, LedgerError> {
    if log.is_empty() {
        return Err(invalid("no key of the log to verify with"));
    }
    if log.iter().any(|k| !k.signs_logs()) {
        return Err(invalid(
            "a log's key is a signing key (type 0x01 or 0x06), not a witness's cosigner key",
        ));
    }
    let (body, lines) = split_note(note)?;
    let checkpoint = Checkpoint::parse_body(body)?;
    if let Some(k) = log
        .iter()
        .find(|k| k.is_post_quantum() && k.name != checkpoint.origin)
    {
        return Err(LedgerError::Proof(format!(
            "the ML-DSA-44 key {} is not named for the log {}",
            k.name, checkpoint.origin
        )));
    }
    let mut signed = vec![false; log.len()];
    let mut cosigned_by = Vec::new();
    for l in &lines {
        let (id, rest) = l.payload.split_at(4);
        if let Some(i) = log.iter().position(|k| k.name == l.name && k.id == id) {
            log[i].check(body, &checkpoint, rest).map_err(|_| {
                LedgerError::Proof(format!("the log's signature by {} does not verify", l.name))
            })?;
            signed[i] = true;
        } else if let Some(w) = witnesses
            .iter()
            .find(|w| w.name == l.name && w.id == id && w.is_cosigner())
        {
            match w.check(body, &checkpoint, rest) {
                Ok(Some(ts)) => cosigned_by.push((w.name.clone(), ts)),
                _ => {
                    return Err(LedgerError::Proof(format!(
                        "the cosignature of {} does not verify",
                        w.name
                    )));
                }
            }
        }
    }
    if let Some(i) = signed.iter().position(|s| !s) {
        let what = if log[i].is_post_quantum() {
            "ML-DSA-44"
        } else {
            "Ed25519"
        };
        return Err(LedgerError::Proof(format!(
            "the note carries no signature of the log's {what} key {}",
            log[i].name
        )));
    }
    Ok(Opened {
        checkpoint,
        cosigned_by,
    })
}

/// The checkpoint of a note, *not verified* (to find which log's keys to verify it with).
pub fn peek(note: &str) -> Result<Checkpoint, LedgerError> {
    let (body, _) = split_note(note)?;
    Checkpoint::parse_body(body)
}

/// Adds cosignature lines to a signed note.
pub fn add_cosignatures(note: &str, lines: &[String]) -> String {
    let mut out = note.to_string();
    for l in lines {
        out.push_str(l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signer(name: &str) -> Signer {
        Signer::from_pkcs8(name, &Signer::generate_pkcs8().unwrap()).unwrap()
    }

    #[test]
    fn a_signed_and_cosigned_checkpoint_opens_and_any_change_fails() {
        let log = signer("ward.example/log");
        let w = signer("witness.example");
        let c = Checkpoint {
            origin: "ward.example/log".into(),
            size: 42,
            root: [7u8; 32],
        };
        let note = add_cosignatures(
            &log.sign(&c).unwrap(),
            &[w.cosign(&c, 1_700_000_000).unwrap()],
        );
        let lv = Verifier::parse(&log.verifier_key()).unwrap();
        let wv = Verifier::parse(&w.cosigner_key()).unwrap();
        let o = open(&note, std::slice::from_ref(&lv), std::slice::from_ref(&wv)).unwrap();
        assert_eq!(o.checkpoint, c);
        assert_eq!(
            o.cosigned_by,
            vec![("witness.example".to_string(), 1_700_000_000)]
        );
        // Another size, another root, another key: refused.
        assert!(
            open(
                &note.replace("\n42\n", "\n43\n"),
                std::slice::from_ref(&lv),
                &[]
            )
            .is_err()
        );
        let other = Verifier::parse(&signer("ward.example/log").verifier_key()).unwrap();
        assert!(open(&note, &[other], &[]).is_err());
        // A cosigner key cannot stand in for the log's.
        assert!(open(&note, std::slice::from_ref(&wv), &[]).is_err());
        // A cosignature by an unknown key with the witness's name is not counted; a
        // tampered one by the witness's key is an error, not ignored.
        let stranger = add_cosignatures(
            &log.sign(&c).unwrap(),
            &[signer("witness.example").cosign(&c, 1).unwrap()],
        );
        assert!(
            open(
                &stranger,
                std::slice::from_ref(&lv),
                std::slice::from_ref(&wv)
            )
            .unwrap()
            .cosigned_by
            .is_empty()
        );
        let line = w.cosign(&c, 3).unwrap();
        let (head, sig) = line.trim_end().rsplit_once(' ').unwrap();
        let mut raw = b64().decode(sig).unwrap();
        *raw.last_mut().unwrap() ^= 1;
        let bad = format!("{head} {}\n", b64().encode(raw));
        let tampered = add_cosignatures(&log.sign(&c).unwrap(), &[bad]);
        assert!(open(&tampered, std::slice::from_ref(&lv), &[wv]).is_err());
        // Garbage.
        for g in ["", "x", "a\n\n", "a\n1\nAAAA\n\n\u{2014} k AAAA\n"] {
            assert!(open(g, std::slice::from_ref(&lv), &[]).is_err(), "{g:?}");
        }
    }

    fn pq_signer(name: &str) -> Signer {
        Signer::from_pkcs8(name, &Signer::generate_ml_dsa_44_pkcs8().unwrap()).unwrap()
    }

    /// The vector of another implementation (tests/data/mldsa44-checkpoint.txt): its key
    /// and its note.
    fn foreign_vector() -> (Verifier, String) {
        let text = include_str!("../tests/data/mldsa44-checkpoint.txt");
        let text: String = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| format!("{l}\n"))
            .collect();
        let (key, note) = text.split_once("\n\n").unwrap();
        (Verifier::parse(key).unwrap(), note.to_string())
    }

    #[test]
    fn an_ml_dsa_44_checkpoint_of_another_implementation_verifies_and_changes_fail() {
        let (key, note) = foreign_vector();
        assert!(key.is_post_quantum() && key.signs_logs() && key.is_cosigner());
        let o = open(&note, std::slice::from_ref(&key), &[]).unwrap();
        assert_eq!(o.checkpoint.origin, "example.com/mldsa-log");
        assert_eq!(o.checkpoint.size, 1);
        // Another size, another root, a flipped signature bit: refused.
        assert!(
            open(
                &note.replace("\n1\n", "\n2\n"),
                std::slice::from_ref(&key),
                &[]
            )
            .is_err()
        );
        let root = "+zoErtsZtGO6sfiSV/v4UJSIyowisE8hvjw0q5+bD38=";
        let other_root = note.replace(root, "+zoErtsZtGO6sfiSV/v4UJSIyowisE8hvjw0q5+bD39=");
        assert!(open(&other_root, std::slice::from_ref(&key), &[]).is_err());
        let (head, sig) = note.trim_end().rsplit_once(' ').unwrap();
        let mut raw = b64().decode(sig).unwrap();
        raw[100] ^= 1;
        let flipped = format!("{head} {}\n", b64().encode(raw));
        assert!(open(&flipped, std::slice::from_ref(&key), &[]).is_err());
    }

    /// A witness's ML-DSA-44 cosignature with a timestamp, made by another implementation
    /// (tests/data/mldsa44-cosignature.txt): it verifies beside our log's own signature
    /// with its timestamp, and fails with the timestamp, the size or the root changed.
    #[test]
    fn an_ml_dsa_44_cosignature_of_another_implementation_verifies_with_its_timestamp() {
        let text: String = include_str!("../tests/data/mldsa44-cosignature.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| format!("{l}\n"))
            .collect();
        let (key, note) = text.split_once("\n\n").unwrap();
        let witness = Verifier::parse(key).unwrap();
        assert!(witness.is_post_quantum() && witness.is_cosigner());
        let c = peek(note).unwrap();
        assert_eq!((c.origin.as_str(), c.size), ("example.com/log", 20_852_163));
        let line = note.lines().last().unwrap().to_string();
        // The note carries only the witness's line: our own key signs as the log.
        let log = signer("example.com/log");
        let lv = Verifier::parse(&log.verifier_key()).unwrap();
        let with_log = |c: &Checkpoint, line: &str| {
            add_cosignatures(&log.sign(c).unwrap(), &[format!("{line}\n")])
        };
        let o = open(
            &with_log(&c, &line),
            std::slice::from_ref(&lv),
            std::slice::from_ref(&witness),
        )
        .unwrap();
        assert_eq!(
            o.cosigned_by,
            vec![("example.com/pq".to_string(), 1_790_866_138)]
        );
        // The timestamp is signed: one second later fails.
        let (head, sig) = line.rsplit_once(' ').unwrap();
        let mut raw = b64().decode(sig).unwrap();
        raw[4..12].copy_from_slice(&1_790_866_139u64.to_be_bytes());
        let later = format!("{head} {}", b64().encode(raw));
        let w = std::slice::from_ref(&witness);
        assert!(open(&with_log(&c, &later), std::slice::from_ref(&lv), w).is_err());
        // The same cosignature on another size or root fails.
        let mut other = c.clone();
        other.size += 1;
        assert!(open(&with_log(&other, &line), std::slice::from_ref(&lv), w).is_err());
        let mut other = c.clone();
        other.root[0] ^= 1;
        assert!(open(&with_log(&other, &line), std::slice::from_ref(&lv), w).is_err());
    }

    #[test]
    fn a_log_signs_with_both_keys_and_a_verifier_can_require_either_or_both() {
        let origin = "ward.example/ledger";
        let (ed, pq) = (signer(origin), pq_signer(origin));
        let c = Checkpoint {
            origin: origin.into(),
            size: 9,
            root: [3u8; 32],
        };
        let note = add_cosignatures(&ed.sign(&c).unwrap(), &[pq.signature_line(&c).unwrap()]);
        let (ev, pv) = (
            Verifier::parse(&ed.verifier_key()).unwrap(),
            Verifier::parse(&pq.verifier_key()).unwrap(),
        );
        assert!(pv.is_post_quantum() && !ev.is_post_quantum());
        for keys in [
            vec![ev.clone()],
            vec![pv.clone()],
            vec![ev.clone(), pv.clone()],
        ] {
            assert_eq!(open(&note, &keys, &[]).unwrap().checkpoint, c);
        }
        // A note signed with Ed25519 alone fails a verifier that requires ML-DSA-44.
        let e = open(&ed.sign(&c).unwrap(), &[ev.clone(), pv.clone()], &[]).unwrap_err();
        assert!(e.to_string().contains("ML-DSA-44"), "{e}");
        // Both keys published on two lines parse as two keys.
        let both = format!("{}\n{}\n", ed.verifier_key(), pq.verifier_key());
        assert_eq!(
            Verifier::parse_all(&both).unwrap(),
            vec![ev.clone(), pv.clone()]
        );
        assert!(Verifier::parse_all(" \n").is_err());
        // An ML-DSA-44 key named otherwise (a witness's) cannot stand in for the log's.
        let w = pq_signer("witness.example");
        let wv = Verifier::parse(&w.cosigner_key()).unwrap();
        let cosigned = add_cosignatures(&note, &[w.cosign(&c, 1_800_000_000).unwrap()]);
        assert!(open(&cosigned, std::slice::from_ref(&wv), &[]).is_err());
        // As a witness, it cosigns; its timestamp is reported.
        let o = open(&cosigned, &[ev.clone(), pv], std::slice::from_ref(&wv)).unwrap();
        assert_eq!(
            o.cosigned_by,
            vec![("witness.example".into(), 1_800_000_000)]
        );
        // Its cosignature changed to another timestamp no longer verifies.
        let line = w.cosign(&c, 5).unwrap();
        let (head, sig) = line.trim_end().rsplit_once(' ').unwrap();
        let mut raw = b64().decode(sig).unwrap();
        raw[11] ^= 1;
        let bad = add_cosignatures(&note, &[format!("{head} {}\n", b64().encode(raw))]);
        assert!(open(&bad, std::slice::from_ref(&ev), &[wv]).is_err());
        // ML-DSA-44 keys round-trip through PKCS#8 and are told apart from Ed25519 ones.
        let der = Signer::generate_ml_dsa_44_pkcs8().unwrap();
        let (a, b) = (
            Signer::from_pkcs8("k", &der).unwrap(),
            Signer::from_pkcs8("k", &der).unwrap(),
        );
        assert!(a.is_post_quantum() && !signer("k").is_post_quantum());
        assert_eq!(a.verifier_key(), b.verifier_key());
        assert!(Signer::from_pkcs8("k", b"not a key").is_err());
    }

    #[test]
    fn verifier_keys_round_trip_and_reject_mismatched_ids() {
        let s = signer("log.test");
        let k = s.verifier_key();
        assert!(k.starts_with("log.test+"));
        Verifier::parse(&k).unwrap();
        let mut parts: Vec<&str> = k.split('+').collect();
        parts[1] = "00000000";
        assert!(Verifier::parse(&parts.join("+")).is_err());
        assert!(Verifier::parse("nonsense").is_err());
    }
}
