//! SMART App Launch v2 scopes: `patient/Observation.rs?category=laboratory`,
//! `user/*.cruds`, `system/Patient.r`, and the v1 forms (`patient/*.read`,
//! `user/Observation.write`, `.*`), which are accepted and mapped to v2 permissions as the
//! SMART v2 specification says (`read` → `rs`, `write` → `cud`, `*` → `cruds`).
//!
//! A scope string is untrusted input: the parser is total (every input gives `Ok` or a
//! one-line error) and refuses what it does not understand rather than ignoring it.

use crate::AccessError;
use std::collections::BTreeSet;
use std::fmt;

/// Whose data a clinical scope covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ScopeContext {
    /// The patient in context (the launch patient, or the patient user themself).
    Patient,
    /// Whatever the user may access (policy decides).
    User,
    /// A backend service, no user.
    System,
}

impl ScopeContext {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Patient => "patient",
            Self::User => "user",
            Self::System => "system",
        }
    }
}

/// One of SMART v2's five permissions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Perm {
    Create,
    Read,
    Update,
    Delete,
    Search,
}

impl Perm {
    const ORDER: [(char, Perm); 5] = [
        ('c', Perm::Create),
        ('r', Perm::Read),
        ('u', Perm::Update),
        ('d', Perm::Delete),
        ('s', Perm::Search),
    ];
    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of permissions (`cruds` subset).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Perms(u8);

impl Perms {
    pub const ALL: Perms = Perms(0b11111);
    pub fn contains(self, p: Perm) -> bool {
        self.0 & p.bit() != 0
    }
    pub fn with(self, p: Perm) -> Self {
        Self(self.0 | p.bit())
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl fmt::Display for Perms {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (c, p) in Perm::ORDER {
            if self.contains(p) {
                write!(f, "{c}")?;
            }
        }
        Ok(())
    }
}

/// A clinical-data scope.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ResourceScope {
    pub context: ScopeContext,
    /// A resource type name, or `None` for `*`.
    pub resource_type: Option<String>,
    pub perms: Perms,
    /// v2 search-parameter constraints (`?category=laboratory`), all of which must hold.
    pub constraints: Vec<(String, String)>,
}

impl ResourceScope {
    pub fn covers_type(&self, rtype: &str) -> bool {
        self.resource_type.as_deref().is_none_or(|t| t == rtype)
    }
}

impl fmt::Display for ResourceScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}/{}.{}",
            self.context.as_str(),
            self.resource_type.as_deref().unwrap_or("*"),
            self.perms
        )?;
        for (i, (k, v)) in self.constraints.iter().enumerate() {
            write!(f, "{}{k}={v}", if i == 0 { '?' } else { '&' })?;
        }
        Ok(())
    }
}

/// A scope that is not about clinical data.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OtherScope {
    OpenId,
    FhirUser,
    Profile,
    /// EHR launch (`launch`).
    Launch,
    /// `launch/patient`: the app asks for a patient in context.
    LaunchPatient,
    /// `launch/encounter`.
    LaunchEncounter,
    OfflineAccess,
    OnlineAccess,
}

impl OtherScope {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "openid" => Self::OpenId,
            "fhirUser" => Self::FhirUser,
            "profile" => Self::Profile,
            "launch" => Self::Launch,
            "launch/patient" => Self::LaunchPatient,
            "launch/encounter" => Self::LaunchEncounter,
            "offline_access" => Self::OfflineAccess,
            "online_access" => Self::OnlineAccess,
            _ => return None,
        })
    }
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::OpenId => "openid",
            Self::FhirUser => "fhirUser",
            Self::Profile => "profile",
            Self::Launch => "launch",
            Self::LaunchPatient => "launch/patient",
            Self::LaunchEncounter => "launch/encounter",
            Self::OfflineAccess => "offline_access",
            Self::OnlineAccess => "online_access",
        }
    }
}

/// One parsed scope.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    Resource(ResourceScope),
    Other(OtherScope),
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Resource(r) => r.fmt(f),
            Self::Other(o) => f.write_str(o.as_str()),
        }
    }
}

const MAX_SCOPE_LEN: usize = 512;
const MAX_SCOPES: usize = 64;

fn err(s: &str, why: &str) -> AccessError {
    AccessError::Scope {
        scope: s.chars().take(80).collect(),
        reason: why.to_string(),
    }
}

fn is_type_name(t: &str) -> bool {
    let mut c = t.chars();
    c.next().is_some_and(|f| f.is_ascii_uppercase())
        && t.len() <= 64
        && t.chars().all(|c| c.is_ascii_alphanumeric())
}

fn is_param_name(p: &str) -> bool {
    !p.is_empty()
        && p.len() <= 64
        && p.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
}

impl Scope {
    /// Parses one scope. `known_type` says whether a resource type name is one the
    /// server knows; an unknown type is an error (a typo must not silently grant nothing
    /// or, worse, everything).
    pub fn parse(s: &str, known_type: &dyn Fn(&str) -> bool) -> Result<Self, AccessError> {
        if s.is_empty() || s.len() > MAX_SCOPE_LEN {
            return Err(err(s, "empty or longer than 512 bytes"));
        }
        if let Some(o) = OtherScope::parse(s) {
            return Ok(Scope::Other(o));
        }
        let (ctx, rest) = s
            .split_once('/')
            .ok_or_else(|| err(s, "expected patient/, user/ or system/"))?;
        let context = match ctx {
            "patient" => ScopeContext::Patient,
            "user" => ScopeContext::User,
            "system" => ScopeContext::System,
            _ => return Err(err(s, "expected patient/, user/ or system/")),
        };
        let (main, query) = match rest.split_once('?') {
            Some((m, q)) => (m, Some(q)),
            None => (rest, None),
        };
        let (rtype, perms) = main
            .split_once('.')
            .ok_or_else(|| err(s, "expected Type.permissions, e.g. Observation.rs"))?;
        let resource_type = match rtype {
            "*" => None,
            t if is_type_name(t) && known_type(t) => Some(t.to_string()),
            _ => return Err(err(s, "unknown resource type")),
        };
        let perms = match perms {
            "read" => Perms::default().with(Perm::Read).with(Perm::Search),
            "write" => Perms::default()
                .with(Perm::Create)
                .with(Perm::Update)
                .with(Perm::Delete),
            "*" => Perms::ALL,
            v2 => parse_perms(v2).ok_or_else(|| {
                err(
                    s,
                    "permissions must be a non-empty subsequence of 'cruds' in that order, or read, write, *",
                )
            })?,
        };
        let mut constraints = Vec::new();
        if let Some(q) = query {
            if perms.contains(Perm::Create)
                || perms.contains(Perm::Update)
                || perms.contains(Perm::Delete)
            {
                // A constraint on a write would have to be checked against the new
                // content; Ward grants constrained scopes for reading only.
                return Err(err(
                    s,
                    "search constraints are supported on read and search scopes only",
                ));
            }
            for pair in q.split('&') {
                let (k, v) = pair
                    .split_once('=')
                    .ok_or_else(|| err(s, "constraints are param=value pairs"))?;
                if !is_param_name(k) || v.is_empty() || k.starts_with('_') && k != "_security" {
                    return Err(err(s, "bad constraint parameter"));
                }
                constraints.push((k.to_string(), v.to_string()));
            }
        }
        Ok(Scope::Resource(ResourceScope {
            context,
            resource_type,
            perms,
            constraints,
        }))
    }
}

fn parse_perms(s: &str) -> Option<Perms> {
    let mut out = Perms::default();
    let mut order = Perm::ORDER.iter();
    for c in s.chars() {
        // Each letter must come after the previous one in "cruds".
        let (_, p) = order.by_ref().find(|(l, _)| *l == c)?;
        out = out.with(*p);
    }
    (!out.is_empty()).then_some(out)
}

/// The scopes of a token or a request, parsed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScopeSet {
    scopes: BTreeSet<Scope>,
}

impl ScopeSet {
    /// Parses a space-separated scope string (OAuth 2 `scope`).
    pub fn parse(s: &str, known_type: &dyn Fn(&str) -> bool) -> Result<Self, AccessError> {
        let mut scopes = BTreeSet::new();
        for part in s.split(' ').filter(|p| !p.is_empty()) {
            if scopes.len() >= MAX_SCOPES {
                return Err(err(part, "too many scopes"));
            }
            scopes.insert(Scope::parse(part, known_type)?);
        }
        Ok(Self { scopes })
    }

    pub fn from_scopes(it: impl IntoIterator<Item = Scope>) -> Self {
        Self {
            scopes: it.into_iter().collect(),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &Scope> {
        self.scopes.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.scopes.is_empty()
    }

    pub fn has(&self, o: &OtherScope) -> bool {
        self.scopes.contains(&Scope::Other(o.clone()))
    }

    pub fn resource_scopes(&self) -> impl Iterator<Item = &ResourceScope> {
        self.scopes.iter().filter_map(|s| match s {
            Scope::Resource(r) => Some(r),
            Scope::Other(_) => None,
        })
    }

    /// The scopes that grant `perm` on `rtype`: `None` if none does; otherwise the
    /// contexts they grant it in and, per context, the constraint lists (an empty list
    /// means unconstrained). Any of the returned alternatives suffices.
    pub fn grants(&self, rtype: &str, perm: Perm) -> Vec<&ResourceScope> {
        self.resource_scopes()
            .filter(|r| r.covers_type(rtype) && r.perms.contains(perm))
            .collect()
    }

    /// The intersection of what was asked for (`self`) with what may be granted
    /// (`allowed`): a requested scope survives if some allowed scope covers it (same
    /// context, type covered, permissions a subset, constraints a superset), and is
    /// narrowed to the allowed permissions otherwise.
    pub fn narrowed_to(&self, allowed: &ScopeSet) -> ScopeSet {
        let mut out = BTreeSet::new();
        for s in &self.scopes {
            match s {
                Scope::Other(_) => {
                    if allowed.scopes.contains(s) {
                        out.insert(s.clone());
                    }
                }
                Scope::Resource(r) => {
                    for a in allowed.resource_scopes() {
                        if a.context != r.context {
                            continue;
                        }
                        let rtype = match (&a.resource_type, &r.resource_type) {
                            (None, t) => t.clone(),
                            (Some(at), None) => Some(at.clone()),
                            (Some(at), Some(rt)) if at == rt => Some(rt.clone()),
                            _ => continue,
                        };
                        let perms = Perms(a.perms.0 & r.perms.0);
                        if perms.is_empty() {
                            continue;
                        }
                        let mut constraints = r.constraints.clone();
                        for c in &a.constraints {
                            if !constraints.contains(c) {
                                constraints.push(c.clone());
                            }
                        }
                        out.insert(Scope::Resource(ResourceScope {
                            context: r.context,
                            resource_type: rtype,
                            perms,
                            constraints,
                        }));
                    }
                }
            }
        }
        ScopeSet { scopes: out }
    }
}

impl fmt::Display for ScopeSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, s) in self.scopes.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            s.fmt(f)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(t: &str) -> bool {
        matches!(t, "Patient" | "Observation" | "Condition")
    }

    fn p(s: &str) -> Result<Scope, AccessError> {
        Scope::parse(s, &known)
    }

    #[test]
    fn v2_scopes() {
        let Scope::Resource(r) = p("patient/Observation.rs?category=laboratory").unwrap() else {
            panic!()
        };
        assert_eq!(r.context, ScopeContext::Patient);
        assert_eq!(r.resource_type.as_deref(), Some("Observation"));
        assert!(r.perms.contains(Perm::Read) && r.perms.contains(Perm::Search));
        assert!(!r.perms.contains(Perm::Create));
        assert_eq!(
            r.constraints,
            vec![("category".into(), "laboratory".into())]
        );
        assert_eq!(r.to_string(), "patient/Observation.rs?category=laboratory");
        assert_eq!(p("user/*.cruds").unwrap().to_string(), "user/*.cruds");
        assert_eq!(
            p("system/Patient.r").unwrap().to_string(),
            "system/Patient.r"
        );
    }

    #[test]
    fn v1_scopes_map_to_v2() {
        assert_eq!(p("patient/*.read").unwrap().to_string(), "patient/*.rs");
        assert_eq!(
            p("user/Observation.write").unwrap().to_string(),
            "user/Observation.cud"
        );
        assert_eq!(
            p("user/Patient.*").unwrap().to_string(),
            "user/Patient.cruds"
        );
    }

    #[test]
    fn refusals() {
        for bad in [
            "",
            "patient",
            "patient/Observation",
            "patient/Observation.",
            "patient/Observation.sr",
            "patient/Observation.rr",
            "patient/Observation.x",
            "doctor/Observation.rs",
            "patient/Foo.rs",
            "patient/observation.rs",
            "patient/Observation.cru?category=x",
            "patient/Observation.rs?category",
            "patient/Observation.rs?=x",
            "patient/Observation.rs?_id=1",
        ] {
            assert!(p(bad).is_err(), "{bad:?} should be refused");
        }
        assert!(p(&"a".repeat(600)).is_err());
    }

    #[test]
    fn other_scopes() {
        let s = ScopeSet::parse(
            "openid fhirUser launch/patient offline_access patient/Patient.r",
            &known,
        )
        .unwrap();
        assert!(s.has(&OtherScope::LaunchPatient));
        assert!(s.has(&OtherScope::OfflineAccess));
        assert_eq!(s.grants("Patient", Perm::Read).len(), 1);
        assert!(s.grants("Patient", Perm::Search).is_empty());
        assert!(s.grants("Observation", Perm::Read).is_empty());
    }

    #[test]
    fn narrowing() {
        let asked = ScopeSet::parse("user/*.cruds patient/Observation.rs openid", &known).unwrap();
        let allowed = ScopeSet::parse("user/Observation.rs user/Patient.r", &known).unwrap();
        assert_eq!(
            asked.narrowed_to(&allowed).to_string(),
            "user/Observation.rs user/Patient.r"
        );
        let allowed = ScopeSet::parse("patient/*.rs?category=laboratory", &known).unwrap();
        assert_eq!(
            asked.narrowed_to(&allowed).to_string(),
            "patient/Observation.rs?category=laboratory"
        );
    }
}
