//! The edge: domain errors become an HTTP status and an OperationOutcome here, and only
//! here.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use ward_fhir::{FhirError, IssueCode, OperationOutcome};
use ward_store::StoreError;

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub outcome: OperationOutcome,
}

impl ApiError {
    pub fn new(status: StatusCode, code: IssueCode, msg: impl Into<String>) -> Self {
        Self {
            status,
            outcome: OperationOutcome::error(code, msg),
        }
    }
    pub fn bad_request(msg: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, IssueCode::Invalid, msg)
    }
    pub fn not_found(msg: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, IssueCode::NotFound, msg)
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.outcome.message())
    }
}

impl std::error::Error for ApiError {}

impl From<FhirError> for ApiError {
    fn from(e: FhirError) -> Self {
        let msg = e.to_string();
        match e {
            FhirError::Malformed(_) => {
                Self::new(StatusCode::BAD_REQUEST, IssueCode::Structure, msg)
            }
            FhirError::Invalid(_) => {
                Self::new(StatusCode::UNPROCESSABLE_ENTITY, IssueCode::Invalid, msg)
            }
            FhirError::BadParameter(_) => {
                Self::new(StatusCode::BAD_REQUEST, IssueCode::Invalid, msg)
            }
            FhirError::UnknownType(_) => {
                Self::new(StatusCode::BAD_REQUEST, IssueCode::NotSupported, msg)
            }
            FhirError::NotSupported(_) => {
                Self::new(StatusCode::BAD_REQUEST, IssueCode::NotSupported, msg)
            }
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        let msg = e.to_string();
        match e {
            StoreError::Fhir(f) => f.into(),
            StoreError::Conflict(_) => Self::new(StatusCode::CONFLICT, IssueCode::Conflict, msg),
            StoreError::Forbidden(_) => Self::new(StatusCode::FORBIDDEN, IssueCode::Forbidden, msg),
            StoreError::Precondition(_) => {
                Self::new(StatusCode::PRECONDITION_FAILED, IssueCode::Conflict, msg)
            }
            StoreError::Erased(_) => Self::new(StatusCode::GONE, IssueCode::Deleted, msg),
            StoreError::NotFound(_) => Self::new(StatusCode::NOT_FOUND, IssueCode::NotFound, msg),
            StoreError::TooMany(_) => Self::new(StatusCode::BAD_REQUEST, IssueCode::TooLong, msg),
            StoreError::Integrity { .. } => {
                tracing::error!(error = %msg, "integrity check failed: stored row not served");
                Self::new(StatusCode::INTERNAL_SERVER_ERROR, IssueCode::Exception, msg)
            }
            StoreError::Database(_) | StoreError::Crypto(_) | StoreError::WrongRootKey { .. } => {
                tracing::error!(error = %msg, "storage failure");
                Self::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    IssueCode::Exception,
                    "internal storage error; see the server log",
                )
            }
        }
    }
}

/// The message of an error response, for the audit layer (a denial's reason; never
/// content).
#[derive(Clone, Debug)]
pub struct Diagnostics(pub String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut r = crate::respond::fhir_json(self.status, &self.outcome.to_json()).into_response();
        r.extensions_mut()
            .insert(Diagnostics(self.outcome.message().to_string()));
        r
    }
}
