//! Ward's audit ledger: every access becomes an entry of an append-only Merkle tree
//! (RFC 9162 hashing), committed to by signed checkpoints (C2SP `tlog-checkpoint`), with
//! inclusion and consistency proofs that anyone holding a checkpoint can check.
//!
//! * [`entry`]: audit entries and their canonical JSON (RFC 8785);
//! * [`merkle`]: the tree, proof generation and proof verification;
//! * [`note`]: checkpoints as C2SP signed notes, Ed25519 signatures and witness
//!   cosignatures;
//! * [`verify`]: the offline verifier of a stored log;
//! * [`witness`]: the decision of a C2SP `tlog-witness` (`add-checkpoint`);
//! * [`proof`]: offline proof bundles (C2SP `tlog-proof`) of one entry.
//!
//! Architecture invariant: this crate knows nothing of HTTP, SQL or FHIR. It hashes,
//! proves, signs and verifies; the server records and the store persists.
#![forbid(unsafe_code)]

pub mod entry;
pub mod merkle;
pub mod note;
pub mod proof;
pub mod verify;
pub mod witness;

pub use merkle::{Hash, Tree};

/// Everything the ledger can fail with.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LedgerError {
    #[error("proof does not verify: {0}")]
    Proof(String),
    #[error("{0}")]
    Invalid(String),
}
