//! Authorization policies in Cedar. Ward's schema (`policies/ward.cedarschema`) is built
//! in; policies are files: the shipped default set (`policies/default.cedar`), which
//! `ward init` copies into the data directory, and any other `*.cedar` files there. All
//! are validated against the schema when loaded; an invalid file is refused with its name,
//! line and the validator's message.
//!
//! A decision takes the principal (with its roles), the action, the resource (type, and
//! whether it lies in a patient's compartment) and the facts Ward computed (care
//! relationship, own record, consent, break-glass, vendor profile). Default deny; any
//! forbid overrides any permit. The answer names the policies that decided it.

use crate::AccessError;
use crate::principal::Role;
use cedar_policy::{
    Authorizer, Context, Decision, Entities, Entity, EntityId, EntityTypeName, EntityUid, PolicyId,
    PolicySet, Request, RestrictedExpression, Schema, ValidationMode, Validator,
};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;
use std::str::FromStr;

/// The schema source, for documentation and `ward policy schema`.
pub const SCHEMA: &str = include_str!("../policies/ward.cedarschema");
/// The default policy set, copied to `<data-dir>/policies/default.cedar` by `ward init`.
pub const DEFAULT_POLICIES: &str = include_str!("../policies/default.cedar");

/// A site policy that lets the admin token read clinical data too. Not shipped in the
/// data directory: a site that wants it adds it as a file ("admins do not read clinical
/// data unless their policy says so"). Ward's benchmarks and storage tests use it, since
/// they measure and test the vault rather than the policies.
pub const ADMIN_READS_CLINICAL_DATA: &str = "@id(\"admin-reads-clinical-data\")\npermit (principal in Ward::Role::\"admin\", action, resource);\n";

/// What is being done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    Read,
    Search,
    History,
    Create,
    Update,
    Delete,
    Erase,
    Administer,
    /// Bulk Data `$export`: resources leave the server in files.
    Export,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Read => "read",
            Self::Search => "search",
            Self::History => "history",
            Self::Create => "create",
            Self::Update => "update",
            Self::Delete => "delete",
            Self::Erase => "erase",
            Self::Administer => "administer",
            Self::Export => "export",
        }
    }
    pub fn is_read(self) -> bool {
        matches!(self, Self::Read | Self::Search | Self::History)
    }
}

/// The facts about one access that Ward computes for the policies (the schema's `Facts`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Facts {
    pub purpose: String,
    pub care_relationship: bool,
    pub own_record: bool,
    pub break_glass: bool,
    pub sensitive: BTreeSet<String>,
    pub consented: BTreeSet<String>,
    pub consent_denies: bool,
    pub within_profile: bool,
    /// The resources leave de-identified (a Bulk Data export with a de-identification
    /// profile).
    pub deidentified: bool,
}

/// Who is asking, as the policies see them.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PolicyPrincipal {
    /// `user:NAME`, `client:ID` or `admin-token`.
    pub id: String,
    /// `user`, `client` or `admin-token`.
    pub kind: &'static str,
    pub roles: Vec<Role>,
}

/// What is being accessed, as the policies see it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PolicyResource {
    pub resource_type: String,
    pub compartment: bool,
}

/// The answer, with the ids of the policies that decided it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyDecision {
    pub allowed: bool,
    /// The permits that allowed it, or the forbids that denied it (empty: nothing
    /// permitted it, default deny).
    pub policies: Vec<String>,
}

/// A validated policy set.
pub struct Policies {
    set: PolicySet,
    schema: Schema,
    /// Policy id → the `@id` annotation or `file:line`, for explanations.
    names: HashMap<PolicyId, String>,
    files: Vec<String>,
    /// SHA-256 (hex) of exactly the sources parsed: each file's name (without its
    /// directory), a NUL, its text, a NUL.
    digest: String,
}

impl std::fmt::Debug for Policies {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Policies")
            .field("files", &self.files)
            .finish()
    }
}

fn schema() -> Schema {
    Schema::from_cedarschema_str(SCHEMA)
        .map(|(s, _)| s)
        .expect("Ward's built-in Cedar schema is valid (checked by a test)")
}

fn line_of(src: &str, offset: usize) -> usize {
    src.get(..offset.min(src.len()))
        .map(|p| p.matches('\n').count() + 1)
        .unwrap_or(1)
}

/// The first line a diagnostic points at, if any.
fn diag_line(d: &dyn miette::Diagnostic, src: &str) -> Option<usize> {
    d.labels()
        .and_then(|mut l| l.next())
        .map(|l| line_of(src, l.offset()))
}

fn one_line(s: impl std::fmt::Display) -> String {
    s.to_string()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl Policies {
    /// Parses and validates policy sources, given as (name, text) pairs.
    pub fn from_sources(sources: &[(String, String)]) -> Result<Self, AccessError> {
        let schema = schema();
        let mut set = PolicySet::new();
        let mut names = HashMap::new();
        for (file, src) in sources {
            let parsed = PolicySet::from_str(src).map_err(|e| AccessError::Policy {
                file: file.clone(),
                line: diag_line(&e, src),
                message: one_line(&e),
            })?;
            for (n, p) in parsed.policies().enumerate() {
                let id = PolicyId::new(format!("{file}#{n}"));
                let name = match p.annotation("id") {
                    Some(a) => a.to_string(),
                    None => format!("{file} policy {}", n + 1),
                };
                set.add(p.new_id(id.clone()))
                    .map_err(|e| AccessError::Policy {
                        file: file.clone(),
                        line: None,
                        message: one_line(&e),
                    })?;
                names.insert(id, name);
            }
            // Validate file by file, so that an error names its file and line.
            let v = Validator::new(schema.clone()).validate(&parsed, ValidationMode::Strict);
            if let Some(e) = v.validation_errors().next() {
                return Err(AccessError::Policy {
                    file: file.clone(),
                    line: diag_line(e, src),
                    message: one_line(e),
                });
            }
        }
        let mut ctx = aws_lc_rs::digest::Context::new(&aws_lc_rs::digest::SHA256);
        for (file, src) in sources {
            let name = Path::new(file)
                .file_name()
                .map_or(file.as_str(), |n| n.to_str().unwrap_or(file.as_str()));
            for part in [name.as_bytes(), &[0], src.as_bytes(), &[0]] {
                ctx.update(part);
            }
        }
        let digest = ctx
            .finish()
            .as_ref()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Ok(Self {
            set,
            schema,
            names,
            files: sources.iter().map(|(f, _)| f.clone()).collect(),
            digest,
        })
    }

    /// The SHA-256 (hex) of the policy sources as they were parsed (file names and
    /// texts, in load order): what a server start records, so that the ledger names the
    /// policies in force, not what the files hold a moment later.
    pub fn digest(&self) -> &str {
        &self.digest
    }

    /// The default set plus [`ADMIN_READS_CLINICAL_DATA`].
    pub fn default_with_admin_reads() -> Self {
        Self::from_sources(&[
            ("default.cedar".into(), DEFAULT_POLICIES.into()),
            ("admin-reads.cedar".into(), ADMIN_READS_CLINICAL_DATA.into()),
        ])
        .expect("valid policies (checked by a test)")
    }

    /// The default policy set alone.
    pub fn default_set() -> Self {
        Self::from_sources(&[("default.cedar".into(), DEFAULT_POLICIES.into())])
            .expect("the default policy set is valid (checked by a test)")
    }

    /// Loads every `*.cedar` file of `dir`, in name order.
    pub fn load_dir(dir: &Path) -> Result<Self, AccessError> {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| AccessError::Policy {
                file: dir.display().to_string(),
                line: None,
                message: e.to_string(),
            })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "cedar"))
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(AccessError::Policy {
                file: dir.display().to_string(),
                line: None,
                message: "no *.cedar policy file: every access would be denied (run `ward init` to write the defaults)".into(),
            });
        }
        let mut sources = Vec::new();
        for f in files {
            let text = std::fs::read_to_string(&f).map_err(|e| AccessError::Policy {
                file: f.display().to_string(),
                line: None,
                message: e.to_string(),
            })?;
            sources.push((f.display().to_string(), text));
        }
        Self::from_sources(&sources)
    }

    pub fn files(&self) -> &[String] {
        &self.files
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Decides one access. Fails closed: a request the schema rejects is denied.
    pub fn decide(
        &self,
        who: &PolicyPrincipal,
        action: Action,
        what: &PolicyResource,
        facts: &Facts,
    ) -> PolicyDecision {
        match self.try_decide(who, action, what, facts) {
            Ok(d) => d,
            Err(e) => PolicyDecision {
                allowed: false,
                policies: vec![format!("error: {e}")],
            },
        }
    }

    fn try_decide(
        &self,
        who: &PolicyPrincipal,
        action: Action,
        what: &PolicyResource,
        facts: &Facts,
    ) -> Result<PolicyDecision, String> {
        let ty = |t: &str| EntityTypeName::from_str(t).map_err(|e| e.to_string());
        let uid = |t: &str, id: &str| {
            Ok::<_, String>(EntityUid::from_type_name_and_id(ty(t)?, EntityId::new(id)))
        };
        let principal = uid("Ward::Principal", &who.id)?;
        let resource = uid("Ward::Resource", &what.resource_type)?;
        let mut roles = HashSet::new();
        let mut role_entities = Vec::new();
        for r in &who.roles {
            let u = uid("Ward::Role", r.as_str())?;
            roles.insert(u.clone());
            role_entities.push(Entity::new_no_attrs(u, HashSet::new()));
        }
        let p = Entity::new(
            principal.clone(),
            HashMap::from([(
                "kind".to_string(),
                RestrictedExpression::new_string(who.kind.to_string()),
            )]),
            roles,
        )
        .map_err(|e| e.to_string())?;
        let r = Entity::new(
            resource.clone(),
            HashMap::from([
                (
                    "type".to_string(),
                    RestrictedExpression::new_string(what.resource_type.clone()),
                ),
                (
                    "compartment".to_string(),
                    RestrictedExpression::new_bool(what.compartment),
                ),
            ]),
            HashSet::new(),
        )
        .map_err(|e| e.to_string())?;
        let strings = |s: &BTreeSet<String>| {
            RestrictedExpression::new_set(
                s.iter()
                    .map(|x| RestrictedExpression::new_string(x.clone())),
            )
        };
        let ctx = Context::from_pairs([
            (
                "purpose".to_string(),
                RestrictedExpression::new_string(facts.purpose.clone()),
            ),
            (
                "care_relationship".to_string(),
                RestrictedExpression::new_bool(facts.care_relationship),
            ),
            (
                "own_record".to_string(),
                RestrictedExpression::new_bool(facts.own_record),
            ),
            (
                "break_glass".to_string(),
                RestrictedExpression::new_bool(facts.break_glass),
            ),
            ("sensitive".to_string(), strings(&facts.sensitive)),
            ("consented".to_string(), strings(&facts.consented)),
            (
                "consent_denies".to_string(),
                RestrictedExpression::new_bool(facts.consent_denies),
            ),
            (
                "within_profile".to_string(),
                RestrictedExpression::new_bool(facts.within_profile),
            ),
            (
                "deidentified".to_string(),
                RestrictedExpression::new_bool(facts.deidentified),
            ),
        ])
        .map_err(|e| e.to_string())?;
        let action_uid = uid("Ward::Action", action.as_str())?;
        let req = Request::new(principal, action_uid, resource, ctx, Some(&self.schema))
            .map_err(|e| one_line(&e))?;
        let mut all = role_entities;
        all.push(p);
        all.push(r);
        let entities =
            Entities::from_entities(all, Some(&self.schema)).map_err(|e| one_line(&e))?;
        let resp = Authorizer::new().is_authorized(&req, &self.set, &entities);
        if let Some(e) = resp.diagnostics().errors().next() {
            // A policy that errors is skipped by Cedar; Ward treats the access as denied.
            return Err(one_line(e));
        }
        let policies = resp
            .diagnostics()
            .reason()
            .map(|id| {
                self.names
                    .get(id)
                    .cloned()
                    .unwrap_or_else(|| id.to_string())
            })
            .collect();
        Ok(PolicyDecision {
            allowed: resp.decision() == Decision::Allow,
            policies,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(role: Role) -> PolicyPrincipal {
        PolicyPrincipal {
            id: format!("user:{}", role.as_str()),
            kind: "user",
            roles: vec![role],
        }
    }

    fn obs() -> PolicyResource {
        PolicyResource {
            resource_type: "Observation".into(),
            compartment: true,
        }
    }

    #[test]
    fn the_digest_covers_names_and_texts_as_parsed_not_directories() {
        let one = |name: &str, text: &str| {
            Policies::from_sources(&[(name.into(), text.into())])
                .unwrap()
                .digest()
                .to_string()
        };
        let d = one("/srv/a/default.cedar", DEFAULT_POLICIES);
        assert_eq!(d.len(), 64);
        assert_eq!(d, one("/elsewhere/default.cedar", DEFAULT_POLICIES));
        assert_eq!(d, Policies::default_set().digest());
        assert_ne!(d, one("/srv/a/other.cedar", DEFAULT_POLICIES));
        let changed = format!("{DEFAULT_POLICIES}\n// a comment\n");
        assert_ne!(d, one("/srv/a/default.cedar", &changed));
    }

    #[test]
    fn schema_and_defaults_are_valid() {
        let p = Policies::default_set();
        assert!(p.len() >= 15, "{}", p.len());
        assert_eq!(Policies::default_with_admin_reads().len(), p.len() + 1);
    }

    #[test]
    fn default_decisions() {
        let p = Policies::default_set();
        let care = Facts {
            care_relationship: true,
            purpose: "TREAT".into(),
            ..Facts::default()
        };
        let d = p.decide(&who(Role::Physician), Action::Read, &obs(), &care);
        assert!(d.allowed);
        assert_eq!(d.policies, vec!["physician-treatment".to_string()]);
        let d = p.decide(
            &who(Role::Physician),
            Action::Read,
            &obs(),
            &Facts::default(),
        );
        assert!(!d.allowed && d.policies.is_empty(), "{d:?}");
        // Admins do not read clinical data, but load it.
        assert!(
            !p.decide(&who(Role::Admin), Action::Read, &obs(), &care)
                .allowed
        );
        assert!(
            p.decide(&who(Role::Admin), Action::Create, &obs(), &care)
                .allowed
        );
        // Researchers: never identified data.
        let export = Facts {
            deidentified: true,
            ..care.clone()
        };
        assert!(
            !p.decide(&who(Role::Researcher), Action::Export, &obs(), &care)
                .allowed
        );
        assert!(
            p.decide(&who(Role::Researcher), Action::Export, &obs(), &export)
                .allowed
        );
        assert!(
            !p.decide(&who(Role::Researcher), Action::Read, &obs(), &export)
                .allowed
        );
        let d = p.decide(&who(Role::Researcher), Action::Search, &obs(), &care);
        assert!(!d.allowed);
        assert_eq!(d.policies, vec!["researcher-never-identified".to_string()]);
        // Sensitive data needs consent, break-glass overrides, and is read-only.
        let mut s = care.clone();
        s.sensitive.insert("hiv".into());
        let d = p.decide(&who(Role::Physician), Action::Read, &obs(), &s);
        assert_eq!(d.policies, vec!["sensitive-needs-consent".to_string()]);
        s.consented.insert("hiv".into());
        assert!(
            p.decide(&who(Role::Physician), Action::Read, &obs(), &s)
                .allowed
        );
        let bg = Facts {
            break_glass: true,
            purpose: "ETREAT".into(),
            ..Facts::default()
        };
        assert!(
            p.decide(&who(Role::Physician), Action::Read, &obs(), &bg)
                .allowed
        );
        assert!(
            !p.decide(&who(Role::Physician), Action::Update, &obs(), &bg)
                .allowed
        );
        assert!(
            !p.decide(&who(Role::Researcher), Action::Read, &obs(), &bg)
                .allowed
        );
    }

    #[test]
    fn invalid_policy_names_file_and_line() {
        let bad = "permit(principal, action, resource);\n\npermit(principal, action == Ward::Action::\"read\", resource)\nwhen { context.no_such_fact };\n";
        let e = Policies::from_sources(&[("site.cedar".into(), bad.into())]).unwrap_err();
        let AccessError::Policy {
            file,
            line,
            message,
        } = e
        else {
            panic!()
        };
        assert_eq!(file, "site.cedar");
        assert_eq!(line, Some(4), "{message}");
        let e = Policies::from_sources(&[(
            "syntax.cedar".into(),
            "permit(principal,\n action resource);".into(),
        )])
        .unwrap_err();
        assert!(
            matches!(e, AccessError::Policy { line: Some(2), .. }),
            "{e}"
        );
    }
}
