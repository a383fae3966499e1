//! Data-minimization profiles for vendor clients (HIPAA's minimum necessary standard,
//! 45 CFR 164.502(b)). A client registered with a profile sees only what it lists:
//!
//! ```json
//! {
//!   "resourceTypes": ["Patient", "Observation"],
//!   "elements": {
//!     "Patient": ["gender", "birthDate"],
//!     "Observation": ["status", "code", "value[x]", "effective[x]", "subject"]
//!   },
//!   "purposes": ["HOPERAT"],
//!   "expires": "2027-06-30"
//! }
//! ```
//!
//! * `resourceTypes`: the only types it may read or search (required, non-empty);
//! * `elements`: per type, the top-level elements returned (like `_elements`, enforced by
//!   the server); `resourceType`, `id` and `meta` are always kept. A choice element is
//!   written `value[x]`. A type not listed here comes back whole;
//! * `purposes`: HL7 v3 PurposeOfUse codes the client may act for (its token names one);
//!   empty means any;
//! * `expires`: a date (access ends at the end of that day, UTC) or an instant.
//!
//! Searches may only use parameters on allowed elements, so that a search cannot
//! reveal what projection hides. A response with elements removed carries the HL7
//! security label `REDACTED` in `meta.security`.

use crate::AccessError;
use serde::Deserialize;
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet};

/// The HL7 v3 ObservationValue code system of the redaction label.
pub const REDACTED_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Doc {
    resource_types: Vec<String>,
    #[serde(default)]
    elements: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    purposes: Vec<String>,
    #[serde(default)]
    expires: Option<String>,
}

/// A parsed, validated profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    types: BTreeSet<String>,
    elements: BTreeMap<String, BTreeSet<String>>,
    purposes: BTreeSet<String>,
    expires_ms: Option<i64>,
}

/// Elements every projection keeps.
const ALWAYS: [&str; 3] = ["resourceType", "id", "meta"];

fn invalid(msg: impl Into<String>) -> AccessError {
    AccessError::Invalid(format!("data-minimization profile: {}", msg.into()))
}

fn short(s: &str) -> String {
    s.chars().take(60).collect()
}

/// End of the date (exclusive), or the instant, in ms since the epoch.
fn expiry_ms(s: &str) -> Option<i64> {
    if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        let next = d.succ_opt()?.and_hms_opt(0, 0, 0)?;
        return Some(next.and_utc().timestamp_millis());
    }
    chrono::DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.timestamp_millis())
}

fn element_ok(e: &str) -> bool {
    let base = e.strip_suffix("[x]").unwrap_or(e);
    !base.is_empty()
        && base.len() <= 64
        && base.chars().all(|c| c.is_ascii_alphanumeric())
        && base.starts_with(|c: char| c.is_ascii_lowercase())
}

impl Profile {
    /// Parses a profile (JSON), checking types against `known_type`.
    pub fn parse(json: &str, known_type: &dyn Fn(&str) -> bool) -> Result<Self, AccessError> {
        let d: Doc = serde_json::from_str(json).map_err(|e| invalid(e.to_string()))?;
        if d.resource_types.is_empty() {
            return Err(invalid("resourceTypes must list at least one type"));
        }
        let mut types = BTreeSet::new();
        for t in &d.resource_types {
            if !known_type(t) {
                return Err(invalid(format!("unknown resource type '{}'", short(t))));
            }
            types.insert(t.clone());
        }
        let mut elements = BTreeMap::new();
        for (t, list) in &d.elements {
            if !types.contains(t) {
                return Err(invalid(format!(
                    "elements names '{}', which is not in resourceTypes",
                    short(t)
                )));
            }
            let mut set = BTreeSet::new();
            for e in list {
                if !element_ok(e) {
                    return Err(invalid(format!(
                        "'{}' is not a top-level element name (like birthDate or value[x])",
                        short(e)
                    )));
                }
                set.insert(e.clone());
            }
            elements.insert(t.clone(), set);
        }
        let mut purposes = BTreeSet::new();
        for p in &d.purposes {
            if p.is_empty() || p.len() > 20 || !p.chars().all(|c| c.is_ascii_alphanumeric()) {
                return Err(invalid(format!(
                    "'{}' is not a PurposeOfUse code (like HOPERAT)",
                    short(p)
                )));
            }
            purposes.insert(p.clone());
        }
        let expires_ms = match &d.expires {
            Some(s) => Some(expiry_ms(s).ok_or_else(|| {
                invalid(format!(
                    "expires '{}' is not a date (YYYY-MM-DD) or an instant",
                    short(s)
                ))
            })?),
            None => None,
        };
        Ok(Self {
            types,
            elements,
            purposes,
            expires_ms,
        })
    }

    pub fn expired(&self, now_ms: i64) -> bool {
        self.expires_ms.is_some_and(|e| now_ms >= e)
    }

    pub fn allows_type(&self, rt: &str) -> bool {
        self.types.contains(rt)
    }

    /// Whether the client may act for `purpose` (any, when the profile names none).
    pub fn allows_purpose(&self, purpose: &str) -> bool {
        self.purposes.is_empty() || self.purposes.contains(purpose)
    }

    /// The purpose a token is issued for when the client names none: the profile's only
    /// purpose, if it has exactly one.
    pub fn default_purpose(&self) -> Option<&str> {
        match self.purposes.len() {
            1 => self.purposes.iter().next().map(String::as_str),
            _ => None,
        }
    }

    /// The whole test: a request of `rt` for `purpose` at `now_ms` lies inside.
    pub fn within(&self, rt: &str, purpose: &str, now_ms: i64) -> bool {
        !self.expired(now_ms) && self.allows_type(rt) && self.allows_purpose(purpose)
    }

    /// Whether `element` (a top-level JSON member of a resource of type `rt`) is
    /// returned. `valueQuantity` and `_birthDate` follow `value[x]` and `birthDate`.
    pub fn keeps(&self, rt: &str, element: &str) -> bool {
        let Some(list) = self.elements.get(rt) else {
            return true;
        };
        let name = element.strip_prefix('_').unwrap_or(element);
        if ALWAYS.contains(&name) || list.contains(name) {
            return true;
        }
        list.iter().any(|e| {
            e.strip_suffix("[x]").is_some_and(|base| {
                name == base
                    || name
                        .strip_prefix(base)
                        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
            })
        })
    }

    /// Whether any type's elements are projected (otherwise answers pass untouched).
    pub fn projects_any(&self) -> bool {
        !self.elements.is_empty()
    }

    /// Whether elements of `rt` are projected at all.
    pub fn projects(&self, rt: &str) -> bool {
        self.elements.contains_key(rt)
    }

    /// Removes what the profile does not list from a resource; when something was
    /// removed, labels it `REDACTED` in `meta.security`. Returns whether it changed.
    pub fn project(&self, resource: &mut Map<String, Value>) -> bool {
        let Some(rt) = resource
            .get("resourceType")
            .and_then(Value::as_str)
            .map(str::to_string)
        else {
            return false;
        };
        if !self.projects(&rt) {
            return false;
        }
        let before = resource.len();
        resource.retain(|k, _| self.keeps(&rt, k));
        if resource.len() == before {
            return false;
        }
        let meta = resource
            .entry("meta")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(m) = meta {
            let sec = m
                .entry("security")
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(a) = sec {
                a.push(json!({
                    "system": REDACTED_SYSTEM, "code": "REDACTED", "display": "redacted"
                }));
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(t: &str) -> bool {
        ["Patient", "Observation", "Condition"].contains(&t)
    }

    fn profile() -> Profile {
        Profile::parse(
            r#"{"resourceTypes": ["Patient", "Observation"],
                "elements": {"Patient": ["gender", "birthDate"],
                             "Observation": ["code", "value[x]", "subject"]},
                "purposes": ["HOPERAT"], "expires": "2027-06-30"}"#,
            &known,
        )
        .unwrap()
    }

    #[test]
    fn projection_keeps_listed_elements_and_marks_the_redaction() {
        let p = profile();
        let mut pt = json!({
            "resourceType": "Patient", "id": "p1", "meta": {"versionId": "1"},
            "name": [{"family": "Lind"}], "gender": "female", "birthDate": "1970-01-01",
            "_birthDate": {"extension": []}, "address": [{"city": "Boston"}],
            "text": {"div": "<div>Lind</div>"}
        });
        assert!(p.project(pt.as_object_mut().unwrap()));
        assert_eq!(
            pt,
            json!({
                "resourceType": "Patient", "id": "p1",
                "meta": {"versionId": "1", "security": [
                    {"system": REDACTED_SYSTEM, "code": "REDACTED", "display": "redacted"}]},
                "gender": "female", "birthDate": "1970-01-01", "_birthDate": {"extension": []}
            })
        );
        let mut obs = json!({"resourceType": "Observation", "id": "o", "valueQuantity": {"value": 1},
                             "valueString": "x", "valuesomething": 1, "code": {}, "note": []});
        assert!(p.project(obs.as_object_mut().unwrap()));
        let keys: Vec<&String> = obs.as_object().unwrap().keys().collect();
        assert!(keys.contains(&&"valueQuantity".to_string()));
        assert!(keys.contains(&&"valueString".to_string()));
        assert!(!keys.contains(&&"valuesomething".to_string()));
        assert!(!keys.contains(&&"note".to_string()));
        // Nothing to remove: untouched, no label.
        let mut small = json!({"resourceType": "Patient", "id": "p", "gender": "male"});
        assert!(!p.project(small.as_object_mut().unwrap()));
        assert!(small.get("meta").is_none());
    }

    #[test]
    fn within_checks_type_purpose_and_expiry() {
        let p = profile();
        let before = expiry_ms("2027-06-30T12:00:00Z").unwrap();
        let after = expiry_ms("2027-07-01T00:00:00Z").unwrap();
        assert!(p.within("Patient", "HOPERAT", before));
        assert!(!p.within("Patient", "HOPERAT", after));
        assert!(!p.within("Condition", "HOPERAT", before));
        assert!(!p.within("Patient", "TREAT", before));
        assert_eq!(p.default_purpose(), Some("HOPERAT"));
    }

    #[test]
    fn bad_profiles_are_refused_with_a_reason() {
        for (bad, why) in [
            (r#"{"resourceTypes": []}"#, "at least one"),
            (r#"{"resourceTypes": ["Nope"]}"#, "unknown resource type"),
            (
                r#"{"resourceTypes": ["Patient"], "elements": {"Observation": []}}"#,
                "not in resourceTypes",
            ),
            (
                r#"{"resourceTypes": ["Patient"], "elements": {"Patient": ["name.family"]}}"#,
                "top-level",
            ),
            (
                r#"{"resourceTypes": ["Patient"], "expires": "soon"}"#,
                "expires",
            ),
            (
                r#"{"resourceTypes": ["Patient"], "purposes": ["a b"]}"#,
                "PurposeOfUse",
            ),
            (
                r#"{"resourceTypes": ["Patient"], "extra": 1}"#,
                "unknown field",
            ),
        ] {
            let e = Profile::parse(bad, &known).unwrap_err().to_string();
            assert!(e.contains(why), "{bad}: {e}");
        }
    }
}
