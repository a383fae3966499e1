//! Authorization at the edge: decision = SMART scopes ∩ Cedar policy (∩ consent, as facts
//! for the policy). The authentication layer attaches a [`Ctx`] to every request;
//! handlers ask [`Access::decide`] for every resource they would return or write, and
//! search results are filtered before they are counted or paged, so a resource the
//! principal may not see is neither returned nor counted, and `_include` does not leak it.

use crate::AppState;
use crate::error::ApiError;
use axum::http::StatusCode;
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use ward_access::consent::ConsentFacts;
use ward_access::minimize::Profile;
use ward_access::policy::{PolicyPrincipal, PolicyResource};
use ward_access::scope::ScopeContext;
use ward_access::token::TokenKey;
use ward_access::{Action, Facts, Perm, Policies, Principal, Subject};
use ward_fhir::IssueCode;
use ward_store::{VersionRef, WriteCheck, WriteGuard, WriteKind};
use zeroize::Zeroizing;

/// Lifetimes and limits of the authorization server.
#[derive(Clone, Debug)]
pub struct AccessSettings {
    /// Access-token lifetime (SMART recommends short; at most 15 minutes by default).
    pub access_token_ttl: Duration,
    /// Refresh-token (grant) lifetime.
    pub refresh_ttl: Duration,
    /// How long a revocation may take to reach a token verified from cache.
    pub revocation_cache: Duration,
    /// How long a computed care-relationship set is reused.
    pub care_cache: Duration,
    /// Lifetime of a break-glass token.
    pub break_glass_ttl: Duration,
}

impl Default for AccessSettings {
    fn default() -> Self {
        Self {
            access_token_ttl: Duration::from_secs(15 * 60),
            refresh_ttl: Duration::from_secs(12 * 3600),
            revocation_cache: Duration::from_secs(1),
            care_cache: Duration::from_secs(5),
            break_glass_ttl: Duration::from_secs(30 * 60),
        }
    }
}

type Cache<V> = Mutex<HashMap<String, (Instant, V)>>;

/// The access-control state of a server.
pub struct Access {
    pub policies: Policies,
    pub token_key: TokenKey,
    pub(crate) admin_token: Zeroizing<String>,
    pub settings: AccessSettings,
    care: Cache<Arc<BTreeSet<String>>>,
    pub(crate) live: Cache<bool>,
    /// Claims of tokens whose signature was verified, by the token's SHA-256. A token
    /// cannot change, so its signature need not be checked again; expiry and liveness
    /// are checked on every request.
    verified: Cache<Arc<ward_access::token::Claims>>,
    /// Active Consent resources of a patient (reused for `care_cache`).
    consents: Cache<Arc<Vec<serde_json::Value>>>,
    /// Clients' data-minimization profiles (reused for `revocation_cache`).
    profiles: Cache<Option<Arc<Profile>>>,
}

impl std::fmt::Debug for Access {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Access")
            .field("policies", &self.policies)
            .finish_non_exhaustive()
    }
}

pub(crate) fn cached<V: Clone>(c: &Cache<V>, k: &str, ttl: Duration) -> Option<V> {
    let g = c.lock().expect("cache lock");
    g.get(k)
        .filter(|(t, _)| t.elapsed() < ttl)
        .map(|(_, v)| v.clone())
}

pub(crate) fn remember<V>(c: &Cache<V>, k: String, v: V) {
    let mut g = c.lock().expect("cache lock");
    if g.len() > 50_000 {
        g.clear();
    }
    g.insert(k, (Instant::now(), v));
}

/// What the authentication layer attaches to a request.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub principal: Arc<Principal>,
    /// HL7 v3 PurposeOfUse of the request (TREAT unless declared otherwise).
    pub purpose: String,
    pub break_glass: bool,
    /// The data leaves de-identified (a Bulk Data export with a de-identification
    /// profile): the policies' `context.deidentified`.
    pub deidentified: bool,
    /// What the audit layer records about this request.
    pub audit: crate::audit::AuditSlot,
}

/// What a decision is about: a resource of type `rt` in `patient`'s compartment (`None`:
/// reference data), its sensitive categories, and what the patient's consents say.
pub struct Target<'a> {
    pub rt: &'a str,
    pub patient: Option<&'a str>,
    pub categories: &'a BTreeSet<String>,
    pub consent: &'a ConsentFacts,
    /// The constrained scopes (`patient/Observation.rs?category=laboratory`, as written)
    /// whose search criteria this resource meets.
    pub matched: &'a BTreeSet<String>,
}

/// Which constrained scopes each resource meets, by (type, id).
pub type Matches = HashMap<(String, String), BTreeSet<String>>;

/// Why an access was refused (no resource content, safe to return).
#[derive(Clone, Debug)]
pub struct Denied(pub String);

impl From<Denied> for ApiError {
    fn from(d: Denied) -> Self {
        ApiError::new(StatusCode::FORBIDDEN, IssueCode::Forbidden, d.0)
    }
}

fn perm_of(a: Action) -> Option<Perm> {
    Some(match a {
        Action::Read | Action::History | Action::Export => Perm::Read,
        Action::Search => Perm::Search,
        Action::Create => Perm::Create,
        Action::Update => Perm::Update,
        Action::Delete | Action::Erase => Perm::Delete,
        Action::Administer => return None,
    })
}

/// Whether the principal's scopes grant `action` on a resource of `rt` in `patient`'s
/// compartment. A scope with search constraints (SMART v2 `?category=laboratory`) grants
/// it only on resources that meet them: `matched` names the constrained scopes this
/// resource was found to meet (see [`Access::constraint_matches`]); anything not
/// checked meets none (closed).
pub fn scopes_allow(
    p: &Principal,
    action: Action,
    rt: &str,
    patient: Option<&str>,
    matched: &BTreeSet<String>,
) -> bool {
    let Some(perm) = perm_of(action) else {
        return true;
    };
    p.scopes.grants(rt, perm).iter().any(|s| {
        (s.constraints.is_empty() || matched.contains(&s.to_string()))
            && match s.context {
                ScopeContext::Patient => match patient {
                    // Reference data (Practitioner, Organization…) outside any compartment.
                    None => true,
                    Some(pt) => p.patient.as_deref() == Some(pt),
                },
                ScopeContext::User => matches!(p.subject, Subject::User(_) | Subject::AdminToken),
                ScopeContext::System => matches!(p.subject, Subject::Client(_)),
            }
    })
}

/// A client with a data-minimization profile may search only on elements it may see,
/// so that the presence of a result cannot reveal what projection hides (`Patient?name=`
/// from a client that only gets `gender` and `birthDate` is refused with 403).
pub fn profile_allows_search(
    ctx: &Ctx,
    req: &ward_fhir::search::SearchRequest,
) -> Result<(), Denied> {
    let Some(profile) = &ctx.principal.profile else {
        return Ok(());
    };
    let rt = req.resource_type.as_str();
    if !profile.within(rt, &ctx.purpose, ward_fhir::date::now_ms()) {
        return Err(Denied(format!(
            "search on {rt} is outside the client's data-minimization profile (its types, purposes or expiry)"
        )));
    }
    if !profile.projects(rt) {
        return Ok(());
    }
    let reg = ward_fhir::registry::registry();
    let sorted = req.sort.iter().filter_map(|(k, _)| match k {
        ward_fhir::search::SortKey::Date(p) => Some(p.as_str()),
        _ => None,
    });
    for param in req.clauses.iter().map(|c| c.param.as_str()).chain(sorted) {
        if param == "_id" || param == "_lastUpdated" {
            continue;
        }
        let ok = reg
            .param(rt, param)
            .and_then(|d| d.root_elements(rt))
            .is_some_and(|roots| roots.iter().all(|e| profile.keeps(rt, e)));
        if !ok {
            return Err(Denied(format!(
                "search parameter '{param}' reads elements of {rt} outside the client's data-minimization profile"
            )));
        }
    }
    Ok(())
}

/// The server's token signing key, created and sealed in the store on first use.
pub async fn token_key(store: &ward_store::Store, issuer: &str) -> Result<TokenKey, ApiError> {
    let der = store
        .server_secret("token-signing-key", || {
            ward_access::token::generate_key().map_err(|e| e.to_string())
        })
        .await?;
    TokenKey::from_pkcs8(&der, issuer).map_err(|e| {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            IssueCode::Exception,
            e.to_string(),
        )
    })
}

impl Access {
    pub fn new(
        policies: Policies,
        token_key: TokenKey,
        admin_token: Zeroizing<String>,
        settings: AccessSettings,
    ) -> Self {
        Self {
            policies,
            token_key,
            admin_token,
            settings,
            care: Mutex::new(HashMap::new()),
            live: Mutex::new(HashMap::new()),
            verified: Mutex::new(HashMap::new()),
            consents: Mutex::new(HashMap::new()),
            profiles: Mutex::new(HashMap::new()),
        }
    }

    /// The data-minimization profile of a client, if it has one. A stored profile that no
    /// longer parses fails the request (closed), it is not ignored.
    pub async fn client_profile(
        &self,
        st: &AppState,
        client_id: &str,
    ) -> Result<Option<Arc<Profile>>, ApiError> {
        if let Some(p) = cached(&self.profiles, client_id, self.settings.revocation_cache) {
            return Ok(p);
        }
        let p = match st.store.client(client_id).await?.and_then(|c| c.profile) {
            Some(json) => Some(Arc::new(
                Profile::parse(&json, &ward_fhir::ResourceType::is_known).map_err(|e| {
                    tracing::error!(client = client_id, error = %e, "stored profile is invalid");
                    ApiError::new(
                        StatusCode::INTERNAL_SERVER_ERROR,
                        IssueCode::Exception,
                        "the client's data-minimization profile is invalid",
                    )
                })?,
            )),
            None => None,
        };
        remember(&self.profiles, client_id.to_string(), p.clone());
        Ok(p)
    }

    /// Verifies an access token (signature, algorithm, issuer, audience, expiry),
    /// remembering a valid signature for the token's lifetime.
    pub fn verify_token(
        &self,
        token: &str,
        now: i64,
    ) -> Result<Arc<ward_access::token::Claims>, ward_access::AccessError> {
        let key = ward_crypto::sha256_hex(token.as_bytes());
        let ttl = self.settings.access_token_ttl;
        if let Some(c) = cached(&self.verified, &key, ttl) {
            if c.exp <= now - 5 || c.nbf > now + 5 {
                return Err(ward_access::AccessError::Token("expired".into()));
            }
            return Ok(c);
        }
        let c = Arc::new(self.token_key.verify(token, now)?);
        remember(&self.verified, key, c.clone());
        Ok(c)
    }

    /// Forgets cached liveness and care sets (after a revocation through the API).
    pub fn flush(&self) {
        self.live.lock().expect("cache lock").clear();
        self.care.lock().expect("cache lock").clear();
        self.consents.lock().expect("cache lock").clear();
        self.profiles.lock().expect("cache lock").clear();
    }

    /// The patients the principal has a care relationship with (clinicians only).
    pub async fn care_set(
        &self,
        st: &AppState,
        ctx: &Ctx,
    ) -> Result<Arc<BTreeSet<String>>, ApiError> {
        let p = &ctx.principal;
        let Subject::User(name) = &p.subject else {
            return Ok(Arc::default());
        };
        if !p.has_role(ward_access::Role::Physician) && !p.has_role(ward_access::Role::Nurse) {
            return Ok(Arc::default());
        }
        if let Some(s) = cached(&self.care, name, self.settings.care_cache) {
            return Ok(s);
        }
        let s = Arc::new(
            st.store
                .care_patients(name, p.practitioner.as_deref())
                .await?,
        );
        remember(&self.care, name.clone(), s.clone());
        Ok(s)
    }

    /// The patient's Consent resources (searched through the store, opened server-side).
    pub async fn consents_of(
        &self,
        st: &AppState,
        patient: &str,
    ) -> Result<Arc<Vec<serde_json::Value>>, ApiError> {
        if let Some(c) = cached(&self.consents, patient, self.settings.care_cache) {
            return Ok(c);
        }
        let rt = ward_fhir::ResourceType::parse("Consent")?;
        let req = ward_fhir::search::parse(&rt, &[("patient".into(), patient.into())])?;
        let refs = st.store.search(&req).await?;
        let found: Vec<serde_json::Value> = st
            .store
            .fetch(&refs)
            .await?
            .into_iter()
            .filter_map(|r| match r {
                ward_store::Read::Found(s) => s.body.map(serde_json::Value::Object),
                _ => None,
            })
            .collect();
        let found = Arc::new(found);
        remember(&self.consents, patient.to_string(), found.clone());
        Ok(found)
    }

    /// Forgets a patient's cached consents (a Consent was written).
    pub fn forget_consents(&self) {
        self.consents.lock().expect("cache lock").clear();
    }

    /// What the patient's consents say about this access.
    pub fn consent_facts(
        &self,
        ctx: &Ctx,
        consents: &[serde_json::Value],
        rt: &str,
        categories: &BTreeSet<String>,
    ) -> ConsentFacts {
        if consents.is_empty() {
            return ConsentFacts::default();
        }
        let actor_refs: Vec<String> = ctx
            .principal
            .practitioner
            .iter()
            .map(|p| format!("Practitioner/{p}"))
            .collect();
        let now = ward_fhir::date::instant(ward_fhir::date::now_ms());
        ward_access::consent::evaluate(
            consents,
            &ward_access::consent::ConsentQuery {
                actor_refs: &actor_refs,
                purpose: &ctx.purpose,
                resource_type: rt,
                categories,
                now: &now,
            },
        )
    }

    /// The one decision for a resource whose content is not at hand (writes, erasure,
    /// deletion markers, administration): no sensitive categories, no consent.
    pub fn decide(
        &self,
        ctx: &Ctx,
        care: &BTreeSet<String>,
        action: Action,
        rt: &str,
        patient: Option<&str>,
    ) -> Result<(), Denied> {
        let (categories, consent) = (BTreeSet::new(), ConsentFacts::default());
        let target = Target {
            rt,
            patient,
            categories: &categories,
            consent: &consent,
            matched: &categories,
        };
        self.decide_on(ctx, care, action, &target)
    }

    /// The one decision: may `ctx` do `action` on the target?
    pub fn decide_on(
        &self,
        ctx: &Ctx,
        care: &BTreeSet<String>,
        action: Action,
        t: &Target<'_>,
    ) -> Result<(), Denied> {
        let (rt, patient) = (t.rt, t.patient);
        let (categories, consent) = (t.categories, t.consent);
        let p = &ctx.principal;
        if !scopes_allow(p, action, rt, patient, t.matched) {
            return Err(Denied(format!(
                "the token's scopes do not grant {} on {rt}{}",
                action.as_str(),
                if patient.is_some() && p.patient.is_some() {
                    " for this patient"
                } else {
                    ""
                }
            )));
        }
        let within_profile = p
            .profile
            .as_ref()
            .is_some_and(|pr| pr.within(rt, &ctx.purpose, ward_fhir::date::now_ms()));
        if p.profile.is_some() && !within_profile {
            return Err(Denied(format!(
                "{} on {rt} is outside the client's data-minimization profile (its types, purposes or expiry)",
                action.as_str()
            )));
        }
        let facts = Facts {
            purpose: ctx.purpose.clone(),
            care_relationship: patient.is_some_and(|pt| care.contains(pt)),
            // Only a patient user's own record; a clinician's launch patient is context,
            // not ownership.
            own_record: p.has_role(ward_access::Role::Patient)
                && patient.is_some()
                && p.patient.as_deref() == patient,
            break_glass: ctx.break_glass,
            sensitive: categories.clone(),
            consented: consent.consented.clone(),
            consent_denies: consent.denies,
            within_profile,
            deidentified: ctx.deidentified,
        };
        let who = PolicyPrincipal {
            id: p.subject.id(),
            kind: p.subject.kind(),
            roles: p.roles.clone(),
        };
        let what = PolicyResource {
            resource_type: rt.to_string(),
            compartment: patient.is_some(),
        };
        let d = self.policies.decide(&who, action, &what, &facts);
        if d.allowed {
            Ok(())
        } else if d.policies.is_empty() {
            Err(Denied(format!(
                "no policy permits {} on {rt}{}",
                action.as_str(),
                if patient.is_some() {
                    " in this patient's record"
                } else {
                    ""
                }
            )))
        } else {
            Err(Denied(format!(
                "{} on {rt} is forbidden by policy {}",
                action.as_str(),
                d.policies.join(", ")
            )))
        }
    }

    /// Splits refs into those the principal may see (`action` on each) and those
    /// withheld. Sensitive categories come from the index (security labels and codes),
    /// consents from the patients' Consent resources; one decision per distinct (type,
    /// patient, categories).
    pub async fn filter(
        &self,
        st: &AppState,
        ctx: &Ctx,
        care: &BTreeSet<String>,
        action: Action,
        refs: Vec<VersionRef>,
    ) -> Result<(Vec<VersionRef>, Vec<VersionRef>), ApiError> {
        if refs.is_empty() {
            return Ok((refs, Vec::new()));
        }
        let (codes, prefixes) = ward_access::sensitivity::code_filter();
        let codings = st.store.codings(&refs, &codes, &prefixes).await?;
        let keys: Vec<(&str, &str)> = refs
            .iter()
            .map(|r| (r.resource_type.as_str(), r.id.as_str()))
            .collect();
        let matches = self.constraint_matches(st, ctx, action, &keys).await?;
        // Most patients have no Consent: one query finds those who do, and only their
        // consents are loaded (each cached).
        let mut consents: HashMap<String, Arc<Vec<serde_json::Value>>> = HashMap::new();
        let mut unknown: Vec<&str> = Vec::new();
        for p in refs.iter().filter_map(|r| r.patient.as_deref()) {
            if consents.contains_key(p) || unknown.contains(&p) {
                continue;
            }
            match cached(&self.consents, p, self.settings.care_cache) {
                Some(c) => {
                    consents.insert(p.to_string(), c);
                }
                None => unknown.push(p),
            }
        }
        if !unknown.is_empty() {
            let having = st
                .store
                .referenced_by("Consent", "patient", "Patient", &unknown)
                .await?;
            for p in unknown {
                let c = if having.contains(p) {
                    self.consents_of(st, p).await?
                } else {
                    let none: Arc<Vec<serde_json::Value>> = Arc::default();
                    remember(&self.consents, p.to_string(), none.clone());
                    none
                };
                consents.insert(p.to_string(), c);
            }
        }
        let none = Vec::new();
        let unmatched = BTreeSet::new();
        // One decision per (type, patient, sensitive categories, constrained scopes met).
        type Key = (String, Option<String>, BTreeSet<String>, BTreeSet<String>);
        let mut memo: HashMap<Key, bool> = HashMap::new();
        Ok(refs.into_iter().partition(|r| {
            let cats = ward_access::sensitivity::of_codings(
                codings
                    .get(&(r.resource_type.clone(), r.id.clone()))
                    .unwrap_or(&none)
                    .iter()
                    .map(|(s, c)| (s.as_str(), c.as_str())),
            );
            let matched = matches
                .get(&(r.resource_type.clone(), r.id.clone()))
                .unwrap_or(&unmatched);
            let key = (
                r.resource_type.clone(),
                r.patient.clone(),
                cats,
                matched.clone(),
            );
            if let Some(v) = memo.get(&key) {
                return *v;
            }
            let consent = match r.patient.as_ref().and_then(|p| consents.get(p)) {
                Some(c) => self.consent_facts(ctx, c, &r.resource_type, &key.2),
                None => ConsentFacts::default(),
            };
            let target = Target {
                rt: &r.resource_type,
                patient: r.patient.as_deref(),
                categories: &key.2,
                consent: &consent,
                matched: &key.3,
            };
            let ok = self.decide_on(ctx, care, action, &target).is_ok();
            memo.insert(key, ok);
            ok
        }))
    }

    /// Which of `resources` meet the principal's constrained scopes that grant `action`:
    /// each scope's criteria run as a search restricted to those ids, with the same
    /// semantics as any search. A criterion a type cannot evaluate (a wildcard scope's
    /// parameter unknown to the type) matches nothing.
    pub async fn constraint_matches(
        &self,
        st: &AppState,
        ctx: &Ctx,
        action: Action,
        resources: &[(&str, &str)],
    ) -> Result<Matches, ApiError> {
        let mut out = Matches::new();
        let Some(perm) = perm_of(action) else {
            return Ok(out);
        };
        let p = &ctx.principal;
        if !p
            .scopes
            .resource_scopes()
            .any(|s| !s.constraints.is_empty())
        {
            return Ok(out);
        }
        let mut by_type: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
        for (rt, id) in resources {
            by_type.entry(rt).or_default().push(id);
        }
        for (rt, ids) in by_type {
            let constrained: Vec<_> = p
                .scopes
                .grants(rt, perm)
                .into_iter()
                .filter(|s| !s.constraints.is_empty())
                .collect();
            if constrained.is_empty() {
                continue;
            }
            let rtype = ward_fhir::ResourceType::parse(rt)?;
            for scope in constrained {
                let name = scope.to_string();
                for chunk in ids.chunks(100) {
                    let mut params = vec![("_id".to_string(), chunk.join(","))];
                    params.extend(scope.constraints.iter().cloned());
                    let Ok(req) = ward_fhir::search::parse(&rtype, &params) else {
                        continue;
                    };
                    for r in st.store.search(&req).await? {
                        out.entry((r.resource_type, r.id))
                            .or_default()
                            .insert(name.clone());
                    }
                }
            }
        }
        Ok(out)
    }

    /// May `ctx` do `action` on this stored resource (its content at hand: sensitive
    /// categories from its labels and codes, and the patient's consents)?
    pub async fn check_stored(
        &self,
        st: &AppState,
        ctx: &Ctx,
        care: &BTreeSet<String>,
        action: Action,
        s: &ward_store::Stored,
    ) -> Result<(), ApiError> {
        let cats = s
            .body
            .as_ref()
            .map(ward_access::sensitivity::of_resource)
            .unwrap_or_default();
        let consent = match &s.patient {
            Some(p) => {
                let c = self.consents_of(st, p).await?;
                self.consent_facts(ctx, &c, &s.resource_type, &cats)
            }
            None => ConsentFacts::default(),
        };
        let matches = self
            .constraint_matches(st, ctx, action, &[(&s.resource_type, &s.id)])
            .await?;
        let unmatched = BTreeSet::new();
        let target = Target {
            rt: &s.resource_type,
            patient: s.patient.as_deref(),
            categories: &cats,
            consent: &consent,
            matched: matches
                .get(&(s.resource_type.clone(), s.id.clone()))
                .unwrap_or(&unmatched),
        };
        self.decide_on(ctx, care, action, &target)?;
        if matches!(action, Action::Read | Action::History | Action::Search) {
            ctx.audit
                .disclosed(&s.resource_type, &s.id, s.patient.as_deref());
        }
        Ok(())
    }

    /// Whether declaring an emergency would let this clinician read some of `withheld`
    /// (for the `suppressed` OperationOutcome of FHIR's break-the-glass pattern). Asks the
    /// policies only: a break-glass token's scopes are read-only on one patient.
    pub fn break_glass_could_reveal(&self, ctx: &Ctx, withheld: &[VersionRef]) -> bool {
        let p = &ctx.principal;
        if ctx.break_glass
            || !matches!(p.subject, Subject::User(_))
            || !(p.has_role(ward_access::Role::Physician) || p.has_role(ward_access::Role::Nurse))
        {
            return false;
        }
        let who = PolicyPrincipal {
            id: p.subject.id(),
            kind: p.subject.kind(),
            roles: p.roles.clone(),
        };
        let facts = Facts {
            purpose: "ETREAT".into(),
            break_glass: true,
            ..Facts::default()
        };
        let mut seen = std::collections::HashSet::new();
        withheld
            .iter()
            .filter(|r| r.patient.is_some() && seen.insert(&r.resource_type))
            .any(|r| {
                let what = PolicyResource {
                    resource_type: r.resource_type.clone(),
                    compartment: true,
                };
                self.policies
                    .decide(&who, Action::Read, &what, &facts)
                    .allowed
            })
    }
}

/// The write guard of one request: every write of its transaction is decided on the
/// compartments of both the current and the new content.
pub struct RequestGuard<'a> {
    pub access: &'a Access,
    pub ctx: &'a Ctx,
    pub care: &'a BTreeSet<String>,
}

impl WriteGuard for RequestGuard<'_> {
    fn check(&self, w: &WriteCheck<'_>) -> Result<(), String> {
        // AuditEvents are derived from the ledger, never stored by a client.
        if w.resource_type == "AuditEvent" {
            return Err(format!(
                "AuditEvent/{}: AuditEvents come from the audit ledger and cannot be written",
                w.id
            ));
        }
        if w.resource_type == "Consent" {
            self.access.forget_consents();
        }
        let action = match w.kind {
            WriteKind::Create => Action::Create,
            WriteKind::Update => Action::Update,
            WriteKind::Delete => Action::Delete,
        };
        let mut patients: Vec<Option<&str>> =
            w.new_patients.iter().map(|p| Some(p.as_str())).collect();
        if let Some(o) = &w.old_patient {
            patients.push(Some(o.as_str()));
        }
        if patients.is_empty() {
            patients.push(None);
        }
        for p in patients {
            self.access
                .decide(self.ctx, self.care, action, w.resource_type, p)
                .map_err(|d| format!("{}/{}: {}", w.resource_type, w.id, d.0))?;
        }
        // The ledger records what the request wrote, and whose record it was.
        let patient = w
            .new_patients
            .first()
            .cloned()
            .or_else(|| w.old_patient.clone());
        self.ctx
            .audit
            .disclosed(w.resource_type, w.id, patient.as_deref());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remembered_token_still_expires_and_a_changed_one_is_verified_again() {
        let key = TokenKey::from_pkcs8(
            &ward_access::token::generate_key().unwrap(),
            "https://w.test",
        )
        .unwrap();
        let a = Access::new(
            Policies::default_set(),
            key,
            Zeroizing::new("admin".into()),
            AccessSettings::default(),
        );
        let now = crate::auth::now_s();
        let claims = ward_access::token::Claims {
            iss: "https://w.test".into(),
            aud: "https://w.test".into(),
            sub: "user:u".into(),
            iat: now,
            nbf: now,
            exp: now + 60,
            jti: "j".into(),
            sid: "s".into(),
            client_id: "c".into(),
            scope: "user/*.rs".into(),
            roles: vec!["physician".into()],
            patient: None,
            fhir_user: None,
            purpose: None,
        };
        let t = a.token_key.sign(&claims).unwrap();
        assert_eq!(*a.verify_token(&t, now).unwrap(), claims);
        // Now from the cache: still valid, then expired.
        assert!(a.verify_token(&t, now + 30).is_ok());
        assert!(a.verify_token(&t, now + 120).is_err());
        let forged = format!("{}x", t.as_str());
        assert!(a.verify_token(&forged, now).is_err());
    }
}
