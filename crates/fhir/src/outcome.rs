//! OperationOutcome: the body of every error Ward returns.

use serde_json::{Value, json};

/// FHIR `IssueType` codes that Ward uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IssueCode {
    Invalid,
    Structure,
    Required,
    Value,
    Security,
    Login,
    Forbidden,
    Processing,
    NotSupported,
    Duplicate,
    NotFound,
    Deleted,
    TooLong,
    Conflict,
    Exception,
    Informational,
    Throttled,
    Suppressed,
    Incomplete,
}

impl IssueCode {
    pub fn as_str(self) -> &'static str {
        match self {
            IssueCode::Invalid => "invalid",
            IssueCode::Structure => "structure",
            IssueCode::Required => "required",
            IssueCode::Value => "value",
            IssueCode::Security => "security",
            IssueCode::Login => "login",
            IssueCode::Forbidden => "forbidden",
            IssueCode::Processing => "processing",
            IssueCode::NotSupported => "not-supported",
            IssueCode::Duplicate => "duplicate",
            IssueCode::NotFound => "not-found",
            IssueCode::Deleted => "deleted",
            IssueCode::TooLong => "too-long",
            IssueCode::Conflict => "conflict",
            IssueCode::Exception => "exception",
            IssueCode::Informational => "informational",
            IssueCode::Throttled => "throttled",
            IssueCode::Suppressed => "suppressed",
            IssueCode::Incomplete => "incomplete",
        }
    }
}

#[derive(Clone, Debug)]
pub struct OperationOutcome {
    issues: Vec<(&'static str, IssueCode, String)>,
}

impl OperationOutcome {
    pub fn error(code: IssueCode, diagnostics: impl Into<String>) -> Self {
        Self {
            issues: vec![("error", code, diagnostics.into())],
        }
    }
    pub fn information(diagnostics: impl Into<String>) -> Self {
        Self {
            issues: vec![("information", IssueCode::Informational, diagnostics.into())],
        }
    }
    pub fn warning(code: IssueCode, diagnostics: impl Into<String>) -> Self {
        Self {
            issues: vec![("warning", code, diagnostics.into())],
        }
    }
    pub fn to_json(&self) -> Value {
        json!({
            "resourceType": "OperationOutcome",
            "issue": self.issues.iter().map(|(sev, code, diag)| json!({
                "severity": sev,
                "code": code.as_str(),
                "diagnostics": diag,
            })).collect::<Vec<_>>()
        })
    }
    /// The first issue's diagnostics.
    pub fn message(&self) -> &str {
        &self.issues[0].2
    }
    pub fn first_code(&self) -> IssueCode {
        self.issues[0].1
    }
}
