//! Who makes a request: a user (a person, with roles and a second factor), an OAuth client
//! acting for itself (a backend service), or the admin bearer token.

use crate::AccessError;
use crate::scope::ScopeSet;
use serde::{Deserialize, Serialize};

/// Ward's roles. A user has one or more; policies are written against them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Physician,
    Nurse,
    Admin,
    PrivacyOfficer,
    Researcher,
    Patient,
    VendorService,
}

impl Role {
    pub const ALL: [Role; 7] = [
        Role::Physician,
        Role::Nurse,
        Role::Admin,
        Role::PrivacyOfficer,
        Role::Researcher,
        Role::Patient,
        Role::VendorService,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Physician => "physician",
            Self::Nurse => "nurse",
            Self::Admin => "admin",
            Self::PrivacyOfficer => "privacy-officer",
            Self::Researcher => "researcher",
            Self::Patient => "patient",
            Self::VendorService => "vendor-service",
        }
    }

    pub fn parse(s: &str) -> Result<Self, AccessError> {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == s || (s == "auditor" && *r == Role::PrivacyOfficer))
            .ok_or_else(|| {
                AccessError::Invalid(format!(
                    "unknown role '{}': one of {}",
                    s.chars().take(40).collect::<String>(),
                    Self::ALL.map(|r| r.as_str()).join(", ")
                ))
            })
    }

    /// People sign in with a second factor; a vendor service is a machine client.
    pub fn is_human(self) -> bool {
        self != Role::VendorService
    }

    /// The most a token of this role may ever carry, whatever an app asks for. The
    /// policies narrow further; scopes only ever narrow.
    pub fn scope_ceiling(self) -> &'static str {
        match self {
            Self::Physician | Self::Nurse => {
                "user/*.cruds patient/*.cruds openid fhirUser profile launch launch/patient offline_access online_access"
            }
            Self::Patient => {
                "patient/*.rs openid fhirUser profile launch/patient offline_access online_access"
            }
            Self::Researcher | Self::PrivacyOfficer => {
                "user/*.rs openid fhirUser profile offline_access online_access"
            }
            Self::Admin => "user/*.cruds openid fhirUser profile offline_access online_access",
            Self::VendorService => "system/*.rs",
        }
    }
}

/// The kind of principal.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    User(String),
    Client(String),
    AdminToken,
}

impl Subject {
    /// `user:NAME`, `client:ID` or `admin-token`.
    pub fn id(&self) -> String {
        match self {
            Self::User(u) => format!("user:{u}"),
            Self::Client(c) => format!("client:{c}"),
            Self::AdminToken => "admin-token".into(),
        }
    }
    pub fn kind(&self) -> &'static str {
        match self {
            Self::User(_) => "user",
            Self::Client(_) => "client",
            Self::AdminToken => "admin-token",
        }
    }
}

/// An authenticated principal, as the server attaches it to a request.
#[derive(Clone, Debug)]
pub struct Principal {
    pub subject: Subject,
    pub roles: Vec<Role>,
    /// The granted scopes (the admin token carries `user/*.cruds`).
    pub scopes: ScopeSet,
    /// The patient in context: a patient user's own record, or `launch/patient`.
    pub patient: Option<String>,
    /// A clinician's Practitioner resource (care relationships are computed from it).
    pub practitioner: Option<String>,
    /// The OAuth client the token was issued to.
    pub client_id: Option<String>,
    /// The grant (session) of the token.
    pub session: Option<String>,
    /// A client's data-minimization profile (vendors).
    pub profile: Option<std::sync::Arc<crate::minimize::Profile>>,
}

impl Principal {
    pub fn has_role(&self, r: Role) -> bool {
        self.roles.contains(&r)
    }
}
