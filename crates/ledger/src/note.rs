//! Checkpoints as C2SP signed notes (c2sp.org/signed-note, c2sp.org/tlog-checkpoint) with
//! Ed25519 signatures (aws-lc-rs), and witness cosignatures (c2sp.org/tlog-cosignature).
//!
//! A checkpoint body is three lines, `origin`, tree size in decimal, root hash in base64,
//! each ending in a newline. The note is the body, a blank line, then one line per
//! signature: `— <key name> <base64(key id ‖ signature)>`. A key id is the first four bytes
//! of `SHA-256(name ‖ 0x0A ‖ type ‖ public key)`, type 0x01 for a log's Ed25519 key and 0x04
//! for a cosignature; a cosignature's payload is `key id ‖ timestamp (8 bytes, big-endian) ‖
//! signature` over `cosignature/v1\ntime <timestamp>\n` followed by the body.

use crate::LedgerError;
use crate::merkle::Hash;
use aws_lc_rs::signature::{ED25519, Ed25519KeyPair, KeyPair, UnparsedPublicKey};
use base64::Engine;

const ED25519_TYPE: u8 = 0x01;
const COSIGNATURE_TYPE: u8 = 0x04;
const DASH: &str = "\u{2014} ";

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

/// A key that signs checkpoints (the log's) or cosigns them (a witness's).
pub struct Signer {
    name: String,
    pair: Ed25519KeyPair,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Signer({})", self.name)
    }
}

impl Signer {
    /// A new Ed25519 key, PKCS#8 (for the caller to seal).
    pub fn generate_pkcs8() -> Result<Vec<u8>, LedgerError> {
        let doc = Ed25519KeyPair::generate_pkcs8(&aws_lc_rs::rand::SystemRandom::new())
            .map_err(|_| invalid("Ed25519 key generation failed"))?;
        Ok(doc.as_ref().to_vec())
    }

    pub fn from_pkcs8(name: &str, der: &[u8]) -> Result<Self, LedgerError> {
        if !name_ok(name) {
            return Err(invalid("a key name has no spaces and no '+'"));
        }
        let pair =
            Ed25519KeyPair::from_pkcs8(der).map_err(|_| invalid("not an Ed25519 PKCS#8 key"))?;
        Ok(Self {
            name: name.to_string(),
            pair,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    fn public(&self) -> &[u8] {
        self.pair.public_key().as_ref()
    }

    /// The verifier key, `<name>+<hex key id>+<base64(0x01 ‖ public key)>`, to publish.
    pub fn verifier_key(&self) -> String {
        verifier_string(&self.name, ED25519_TYPE, self.public())
    }

    /// The cosigner's verifier key (type 0x04).
    pub fn cosigner_key(&self) -> String {
        verifier_string(&self.name, COSIGNATURE_TYPE, self.public())
    }

    /// The signed note of a checkpoint.
    pub fn sign(&self, c: &Checkpoint) -> String {
        let body = c.body();
        let sig = self.pair.sign(body.as_bytes());
        let mut payload = key_id(&self.name, ED25519_TYPE, self.public()).to_vec();
        payload.extend_from_slice(sig.as_ref());
        format!("{body}\n{DASH}{} {}\n", self.name, b64().encode(payload))
    }

    /// A cosignature line (`— name base64…`) on a checkpoint at `timestamp` (seconds).
    pub fn cosign(&self, c: &Checkpoint, timestamp: u64) -> String {
        let msg = cosigned_message(&c.body(), timestamp);
        let sig = self.pair.sign(msg.as_bytes());
        let mut payload = key_id(&self.name, COSIGNATURE_TYPE, self.public()).to_vec();
        payload.extend_from_slice(&timestamp.to_be_bytes());
        payload.extend_from_slice(sig.as_ref());
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
    /// Parses `<name>+<hex key id>+<base64(type ‖ key)>` (types 0x01 and 0x04).
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
        if !(kind == ED25519_TYPE || kind == COSIGNATURE_TYPE) || public.len() != 32 {
            return Err(invalid(
                "only Ed25519 keys (types 0x01, 0x04) are supported",
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

    pub fn is_cosigner(&self) -> bool {
        self.kind == COSIGNATURE_TYPE
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

/// Verifies a checkpoint note: it must carry a valid signature by `log`, and, for each
/// of `witnesses` that signed, a valid cosignature (an invalid one is an error; a
/// missing one is simply not listed).
pub fn open(note: &str, log: &Verifier, witnesses: &[Verifier]) -> Result<Opened, LedgerError> {
    if log.is_cosigner() {
        return Err(invalid(
            "the log's key is a signing key, not a cosigner key",
        ));
    }
    let (body, lines) = split_note(note)?;
    let checkpoint = Checkpoint::parse_body(body)?;
    let mut signed = false;
    let mut cosigned_by = Vec::new();
    for l in &lines {
        let (id, rest) = l.payload.split_at(4);
        if l.name == log.name && id == log.id {
            UnparsedPublicKey::new(&ED25519, &log.public)
                .verify(body.as_bytes(), rest)
                .map_err(|_| LedgerError::Proof("the log's signature does not verify".into()))?;
            signed = true;
        } else if let Some(w) = witnesses
            .iter()
            .find(|w| w.name == l.name && w.id == id && w.is_cosigner())
        {
            if rest.len() != 8 + 64 {
                return Err(invalid("a cosignature is timestamp and signature"));
            }
            let ts = u64::from_be_bytes(rest[..8].try_into().unwrap_or_default());
            UnparsedPublicKey::new(&ED25519, &w.public)
                .verify(cosigned_message(body, ts).as_bytes(), &rest[8..])
                .map_err(|_| {
                    LedgerError::Proof(format!("the cosignature of {} does not verify", w.name))
                })?;
            cosigned_by.push((w.name.clone(), ts));
        }
    }
    if !signed {
        return Err(LedgerError::Proof(
            "the note carries no signature of the log's key".into(),
        ));
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
        let note = add_cosignatures(&log.sign(&c), &[w.cosign(&c, 1_700_000_000)]);
        let lv = Verifier::parse(&log.verifier_key()).unwrap();
        let wv = Verifier::parse(&w.cosigner_key()).unwrap();
        let o = open(&note, &lv, std::slice::from_ref(&wv)).unwrap();
        assert_eq!(o.checkpoint, c);
        assert_eq!(
            o.cosigned_by,
            vec![("witness.example".to_string(), 1_700_000_000)]
        );
        // Another size, another root, another key: refused.
        assert!(open(&note.replace("\n42\n", "\n43\n"), &lv, &[]).is_err());
        let other = Verifier::parse(&signer("ward.example/log").verifier_key()).unwrap();
        assert!(open(&note, &other, &[]).is_err());
        // A cosigner key cannot stand in for the log's.
        assert!(open(&note, &wv, &[]).is_err());
        // A cosignature by an unknown key with the witness's name is not counted; a
        // tampered one by the witness's key is an error, not ignored.
        let stranger = add_cosignatures(&log.sign(&c), &[signer("witness.example").cosign(&c, 1)]);
        assert!(
            open(&stranger, &lv, std::slice::from_ref(&wv))
                .unwrap()
                .cosigned_by
                .is_empty()
        );
        let line = w.cosign(&c, 3);
        let (head, sig) = line.trim_end().rsplit_once(' ').unwrap();
        let mut raw = b64().decode(sig).unwrap();
        *raw.last_mut().unwrap() ^= 1;
        let bad = format!("{head} {}\n", b64().encode(raw));
        let tampered = add_cosignatures(&log.sign(&c), &[bad]);
        assert!(open(&tampered, &lv, &[wv]).is_err());
        // Garbage.
        for g in ["", "x", "a\n\n", "a\n1\nAAAA\n\n\u{2014} k AAAA\n"] {
            assert!(open(g, &lv, &[]).is_err(), "{g:?}");
        }
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
