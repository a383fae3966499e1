//! FHIR R4 for Ward: resource parsing and validation, the search-parameter registry,
//! FHIRPath evaluation behind Ward's own [`PathEngine`] trait, search-value extraction,
//! search-request parsing and OperationOutcome construction.
//!
//! Architecture invariant: this crate knows nothing of keys, SQL or HTTP. It returns
//! plain values; the store decides which of them are sealed or blind-indexed.
#![forbid(unsafe_code)]

pub mod date;
pub mod extract;
pub mod normalize;
pub mod outcome;
pub mod path;
pub mod registry;
pub mod resource;
pub mod search;

pub use outcome::{IssueCode, OperationOutcome};
pub use resource::{Reference, ResourceId, ResourceType};

/// Errors from parsing, validating and searching. Each maps to one HTTP status at the
/// server's edge; messages never quote resource content (it may be PHI).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FhirError {
    /// Not JSON, or JSON that is not a resource at all (400).
    #[error("{0}")]
    Malformed(String),
    /// A well-formed resource that violates its structure (422).
    #[error("{0}")]
    Invalid(String),
    /// A bad search or request parameter (400).
    #[error("{0}")]
    BadParameter(String),
    /// A resource type Ward does not know (400; 404 on a path).
    #[error("unknown resource type '{0}'")]
    UnknownType(String),
    /// A feature that Ward does not support (501 or 400, see the server).
    #[error("{0}")]
    NotSupported(String),
}

pub type Result<T> = std::result::Result<T, FhirError>;
