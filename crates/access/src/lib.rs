//! Ward's access control: who may do what to which record.
//!
//! * [`principal`]: users, clients and roles;
//! * [`password`] and [`totp`]: authentication per NIST SP 800-63B (argon2id, a
//!   blocklist, TOTP with replay protection, recovery codes);
//! * [`scope`]: SMART App Launch v2 scopes (v1 forms mapped);
//! * [`token`]: signed access tokens (ES256 JWTs);
//! * [`policy`]: Cedar policies validated against Ward's schema;
//! * [`client_auth`] and [`client_key`]: `private_key_jwt` for backend services;
//! * [`minimize`]: vendors' data-minimization profiles.
//!
//! Architecture invariant: this crate knows nothing of HTTP or SQL. It decides; the
//! server asks it and enforces the answer; the store keeps identities.
#![forbid(unsafe_code)]

pub mod client_auth;
pub mod client_key;
pub mod consent;
pub mod minimize;
pub mod password;
pub mod policy;
pub mod principal;
pub mod scope;
pub mod sensitivity;
pub mod token;
pub mod totp;

pub use policy::{Action, Facts, Policies, PolicyDecision};
pub use principal::{Principal, Role, Subject};
pub use scope::{OtherScope, Perm, Scope, ScopeContext, ScopeSet};

/// Seconds since the Unix epoch (the clock tokens and assertions are checked against).
pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Everything access control can fail with. Messages never contain a password, a secret
/// or a token.
#[derive(Debug, thiserror::Error)]
pub enum AccessError {
    #[error("invalid scope '{scope}': {reason}")]
    Scope { scope: String, reason: String },
    #[error("{0}")]
    WeakPassword(String),
    #[error("the user name, password or one-time code is wrong")]
    BadCredentials,
    #[error("invalid token: {0}")]
    Token(String),
    #[error("policy {file}{}: {message}", line.map(|l| format!(" line {l}")).unwrap_or_default())]
    Policy {
        file: String,
        line: Option<usize>,
        message: String,
    },
    #[error("cryptographic failure: {0}")]
    Crypto(String),
    #[error("{0}")]
    Invalid(String),
}
