//! FHIR R4 `Consent` (privacy consent) evaluation: what a patient's consents say about one
//! access. The answer becomes two facts for the policies: whether a consent denies the
//! access, and which sensitive categories it explicitly permits.
//!
//! What Ward reads of a Consent:
//! * `status` must be `active`; `scope` `patient-privacy` applies to every access,
//!   `treatment` to purposes TREAT and ETREAT, `research` to HRESCH;
//! * `provision.period` bounds the whole consent; `provision.type` is the base decision
//!   (`deny`: opt-out, nothing unless a nested provision permits; `permit`: everything
//!   unless a nested provision denies; absent: permit);
//! * nested `provision`s (any depth) apply when every criterion they state matches:
//!   `actor.reference` (the clinician's `Practitioner/ID`), `purpose` (PurposeOfUse code),
//!   `class` (resource type), `securityLabel` (a sensitive category of the resource, by the
//!   label codes of `sensitive-codes.tsv`), `period`. A matching nested provision overrides
//!   the base; a matching `deny` always wins over a matching `permit`;
//! * a `permit` (base or nested, applicable) that lists security labels consents to those
//!   categories; one without labels consents to none (sensitive data needs explicit
//!   words).
//!
//! Several consents: any one that denies, denies; consented categories add up.
//! Not read: `actor.role`, `action`, `data`, `code`, `dataPeriod`, `policy`.

use crate::sensitivity::classify;
use serde_json::Value;
use std::collections::BTreeSet;

/// Who asks, why, and for what, as consent provisions see it.
#[derive(Clone, Debug)]
pub struct ConsentQuery<'a> {
    /// References that name the actor (`Practitioner/ID`).
    pub actor_refs: &'a [String],
    /// PurposeOfUse code (TREAT, ETREAT, HRESCH…).
    pub purpose: &'a str,
    pub resource_type: &'a str,
    /// Sensitive categories of the resource.
    pub categories: &'a BTreeSet<String>,
    /// Now, as an ISO date-time (compared with `period` as text: same format, UTC).
    pub now: &'a str,
}

/// What the consents say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConsentFacts {
    pub denies: bool,
    pub consented: BTreeSet<String>,
}

fn s<'a>(v: &'a Value, k: &str) -> Option<&'a str> {
    v.get(k).and_then(Value::as_str)
}

fn arr<'a>(v: &'a Value, k: &str) -> impl Iterator<Item = &'a Value> {
    v.get(k).and_then(Value::as_array).into_iter().flatten()
}

fn in_period(p: Option<&Value>, now: &str) -> bool {
    let Some(p) = p else { return true };
    // FHIR dateTimes of one precision compare as text; a date alone covers its whole day.
    let start_ok = s(p, "start").is_none_or(|st| st <= now);
    let end_ok = s(p, "end").is_none_or(|e| now <= e || now.starts_with(e));
    start_ok && end_ok
}

fn label_categories(p: &Value) -> BTreeSet<String> {
    arr(p, "securityLabel")
        .filter_map(|l| Some(classify(s(l, "system")?, s(l, "code")?)?.to_string()))
        .collect()
}

/// Whether a nested provision's stated criteria all match.
fn matches(p: &Value, q: &ConsentQuery<'_>) -> bool {
    if !in_period(p.get("period"), q.now) {
        return false;
    }
    let actors: Vec<&str> = arr(p, "actor")
        .filter_map(|a| a.get("reference").and_then(|r| s(r, "reference")))
        .collect();
    if !actors.is_empty() && !actors.iter().any(|a| q.actor_refs.iter().any(|r| r == a)) {
        return false;
    }
    let purposes: Vec<&str> = arr(p, "purpose").filter_map(|c| s(c, "code")).collect();
    if !purposes.is_empty() && !purposes.contains(&q.purpose) {
        return false;
    }
    let classes: Vec<&str> = arr(p, "class").filter_map(|c| s(c, "code")).collect();
    if !classes.is_empty() && !classes.contains(&q.resource_type) {
        return false;
    }
    let labels = label_categories(p);
    if p.get("securityLabel").is_some() && labels.is_disjoint(q.categories) {
        return false;
    }
    true
}

/// Every nested provision that applies, depth first.
fn applicable<'a>(p: &'a Value, q: &ConsentQuery<'_>, out: &mut Vec<&'a Value>) {
    for n in arr(p, "provision") {
        if matches(n, q) {
            out.push(n);
            applicable(n, q, out);
        }
    }
}

fn scope_applies(c: &Value, purpose: &str) -> bool {
    let codes: Vec<&str> = c
        .get("scope")
        .map(|sc| arr(sc, "coding").filter_map(|x| s(x, "code")).collect())
        .unwrap_or_default();
    codes.iter().any(|code| match *code {
        "patient-privacy" => true,
        "treatment" => matches!(purpose, "TREAT" | "ETREAT"),
        "research" => purpose == "HRESCH",
        _ => false,
    })
}

/// Evaluates the patient's consents for one access.
pub fn evaluate(consents: &[Value], q: &ConsentQuery<'_>) -> ConsentFacts {
    let mut out = ConsentFacts::default();
    for c in consents {
        if s(c, "resourceType") != Some("Consent")
            || s(c, "status") != Some("active")
            || !scope_applies(c, q.purpose)
        {
            continue;
        }
        let Some(base) = c.get("provision") else {
            continue;
        };
        if !in_period(base.get("period"), q.now) {
            continue;
        }
        let mut nested = Vec::new();
        applicable(base, q, &mut nested);
        let nested_deny = nested.iter().any(|n| s(n, "type") == Some("deny"));
        let nested_permit: Vec<&&Value> = nested
            .iter()
            .filter(|n| s(n, "type") == Some("permit"))
            .collect();
        let permitted = if nested_deny {
            false
        } else if !nested_permit.is_empty() {
            true
        } else {
            s(base, "type") != Some("deny")
        };
        if !permitted {
            out.denies = true;
            continue;
        }
        // Categories the patient explicitly permitted for this access.
        if s(base, "type") != Some("deny") {
            out.consented.extend(label_categories(base));
        }
        for n in nested_permit {
            out.consented.extend(label_categories(n));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ACT: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    fn consent(provision: Value) -> Value {
        json!({
            "resourceType": "Consent", "status": "active",
            "scope": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "patient-privacy"}]},
            "patient": {"reference": "Patient/p1"},
            "provision": provision,
        })
    }

    fn q<'a>(
        actor: &'a [String],
        purpose: &'a str,
        rt: &'a str,
        cats: &'a BTreeSet<String>,
    ) -> ConsentQuery<'a> {
        ConsentQuery {
            actor_refs: actor,
            purpose,
            resource_type: rt,
            categories: cats,
            now: "2026-06-01T00:00:00Z",
        }
    }

    #[test]
    fn opt_out_with_a_named_exception() {
        let c = consent(json!({"type": "deny", "provision": [
            {"type": "permit", "actor": [{"reference": {"reference": "Practitioner/house"}}]}
        ]}));
        let none = BTreeSet::new();
        let house = vec!["Practitioner/house".to_string()];
        let cuddy = vec!["Practitioner/cuddy".to_string()];
        assert!(
            !evaluate(
                std::slice::from_ref(&c),
                &q(&house, "TREAT", "Observation", &none)
            )
            .denies
        );
        assert!(
            evaluate(
                std::slice::from_ref(&c),
                &q(&cuddy, "TREAT", "Observation", &none)
            )
            .denies
        );
    }

    #[test]
    fn sensitive_categories_need_explicit_labels() {
        let hiv: BTreeSet<String> = ["hiv".to_string()].into();
        let house = vec!["Practitioner/house".to_string()];
        // A plain permit consents to nothing sensitive.
        let plain = consent(json!({"type": "permit"}));
        let f = evaluate(
            std::slice::from_ref(&plain),
            &q(&house, "TREAT", "Observation", &hiv),
        );
        assert!(!f.denies && f.consented.is_empty());
        // A nested permit naming HIV for treatment does.
        let labelled = consent(json!({"type": "permit", "provision": [
            {"type": "permit", "purpose": [{"code": "TREAT"}], "securityLabel": [{"system": ACT, "code": "HIV"}]}
        ]}));
        let f = evaluate(
            std::slice::from_ref(&labelled),
            &q(&house, "TREAT", "Observation", &hiv),
        );
        assert_eq!(f.consented, hiv);
        // Not for research.
        let f = evaluate(
            std::slice::from_ref(&labelled),
            &q(&house, "HRESCH", "Observation", &hiv),
        );
        assert!(f.consented.is_empty());
    }

    #[test]
    fn deny_wins_and_inactive_or_expired_consents_do_nothing() {
        let none = BTreeSet::new();
        let house = vec!["Practitioner/house".to_string()];
        let deny_obs = consent(json!({"type": "permit", "provision": [
            {"type": "deny", "class": [{"system": "http://hl7.org/fhir/resource-types", "code": "Observation"}]},
            {"type": "permit", "actor": [{"reference": {"reference": "Practitioner/house"}}]}
        ]}));
        assert!(
            evaluate(
                std::slice::from_ref(&deny_obs),
                &q(&house, "TREAT", "Observation", &none)
            )
            .denies
        );
        assert!(
            !evaluate(
                std::slice::from_ref(&deny_obs),
                &q(&house, "TREAT", "Condition", &none)
            )
            .denies
        );
        let mut inactive = consent(json!({"type": "deny"}));
        inactive["status"] = json!("inactive");
        assert!(!evaluate(&[inactive], &q(&house, "TREAT", "Observation", &none)).denies);
        let expired = consent(json!({"type": "deny", "period": {"end": "2025-12-31"}}));
        assert!(!evaluate(&[expired], &q(&house, "TREAT", "Observation", &none)).denies);
        let current = consent(
            json!({"type": "deny", "period": {"start": "2026-01-01", "end": "2026-12-31"}}),
        );
        assert!(evaluate(&[current], &q(&house, "TREAT", "Observation", &none)).denies);
    }
}
