//! De-identification for Ward.
//!
//! - [`fhir`]: rules over FHIR resources, compatible with Microsoft's FHIR anonymizer
//!   configuration (`fhirPathRules` and `parameters`), and Ward's profiles.
//! - [`text`]: PHI in clinical free text, replaced by tags or consistent surrogates.
//! - [`tagger`]: the learned tagger beside the text scanner's rules, and its training.
//! - [`table`]: k-anonymity, l-diversity and re-identification risk of tables, and
//!   generalization to reach k (and l) with the least information loss.
//! - [`check`]: residual identifiers in de-identified output.
//!
//! Architecture invariant: this crate is pure: no keys from the vault, no I/O besides
//! what a caller hands it, no network. Messages never quote resource content.
#![forbid(unsafe_code)]

pub mod check;
pub mod config;
pub mod eval;
pub mod fhir;
pub mod model;
pub mod select;
pub mod table;
pub mod tagger;
pub mod text;
pub mod tree;

/// Errors from de-identification. Messages name rules, paths and files, never content.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeidError {
    /// A configuration that cannot be used as written.
    #[error("configuration: {0}")]
    Config(String),
    /// A rule that could not be applied to a resource.
    #[error("rule: {0}")]
    Rule(String),
    /// Input that is not a FHIR resource, Bundle or NDJSON line Ward can read.
    #[error("input: {0}")]
    Input(String),
}
