//! The search-parameter registry: which parameters each resource type has, their types and
//! FHIRPath expressions, and the Patient compartment. Generated from the HL7 R4
//! definitions into `data/registry.json` (see `tests/registry.rs`).

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// FHIR search parameter types that Ward indexes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParamType {
    Token,
    String,
    Date,
    Reference,
    Quantity,
    Uri,
}

impl ParamType {
    pub fn as_str(self) -> &'static str {
        match self {
            ParamType::Token => "token",
            ParamType::String => "string",
            ParamType::Date => "date",
            ParamType::Reference => "reference",
            ParamType::Quantity => "quantity",
            ParamType::Uri => "uri",
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
pub struct SearchParamDef {
    #[serde(rename = "type")]
    pub kind: ParamType,
    pub expression: String,
    #[serde(default)]
    pub targets: Vec<String>,
}

impl SearchParamDef {
    /// The top-level elements of `rt` the parameter reads: `Observation.valueQuantity |
    /// Observation.component.code` gives `valueQuantity` and `component`. `None` when an
    /// alternative does not start at `rt` (the caller should then treat the parameter as
    /// touching everything).
    pub fn root_elements(&self, rt: &str) -> Option<Vec<String>> {
        let mut out = Vec::new();
        for alt in self.expression.split('|') {
            let alt = alt.trim().trim_start_matches('(');
            let rest = alt.strip_prefix(rt)?.strip_prefix('.')?;
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            if name.is_empty() {
                return None;
            }
            if !out.contains(&name) {
                out.push(name);
            }
        }
        Some(out)
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Registry {
    resource_types: BTreeSet<String>,
    search_types: Vec<String>,
    params: BTreeMap<String, BTreeMap<String, SearchParamDef>>,
    patient_compartment: BTreeMap<String, Vec<String>>,
}

static REGISTRY: OnceLock<Registry> = OnceLock::new();

/// The registry, parsed once from the embedded file.
pub fn registry() -> &'static Registry {
    REGISTRY.get_or_init(|| {
        serde_json::from_str(include_str!("../data/registry.json"))
            .expect("embedded registry.json is valid")
    })
}

impl Registry {
    /// Every R4 resource type (for validation of `resourceType`).
    pub fn is_resource_type(&self, t: &str) -> bool {
        self.resource_types.contains(t)
    }

    /// The resource types with search support.
    pub fn search_types(&self) -> &[String] {
        &self.search_types
    }

    pub fn is_searchable(&self, t: &str) -> bool {
        self.params.contains_key(t)
    }

    /// Search parameters of a type, by code.
    pub fn params(&self, t: &str) -> impl Iterator<Item = (&str, &SearchParamDef)> {
        self.params
            .get(t)
            .into_iter()
            .flat_map(|m| m.iter().map(|(k, v)| (k.as_str(), v)))
    }

    pub fn param(&self, t: &str, code: &str) -> Option<&SearchParamDef> {
        self.params.get(t)?.get(code)
    }

    /// The parameters whose references place a resource of type `t` in a patient's
    /// compartment (`Patient` itself is in its own compartment).
    pub fn compartment_params(&self, t: &str) -> &[String] {
        self.patient_compartment
            .get(t)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Types that can be in a Patient compartment.
    pub fn compartment_types(&self) -> impl Iterator<Item = &str> {
        self.patient_compartment.keys().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::registry;

    #[test]
    fn root_elements_name_the_top_level_members_a_parameter_reads() {
        let r = registry();
        let roots = |t: &str, p: &str| r.param(t, p).and_then(|d| d.root_elements(t));
        assert_eq!(roots("Patient", "family"), Some(vec!["name".to_string()]));
        assert_eq!(
            roots("Observation", "combo-code"),
            Some(vec!["code".to_string(), "component".to_string()])
        );
        assert_eq!(
            roots("Observation", "date"),
            Some(vec!["effective".to_string()])
        );
        assert_eq!(
            roots("Patient", "deceased"),
            Some(vec!["deceased".to_string()])
        );
    }
}
