//! The FHIR R4 element model de-identification needs: each element's FHIR type (for
//! `nodesByType`), its FHIRPath name (`valueQuantity` is `value`), and where its own
//! children are defined. Generated from the R4 StructureDefinitions into
//! `data/fhir-r4-elements.tsv` (see `data/gen-fhir-r4-elements.py`).

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

const TABLE: &str = include_str!("../data/fhir-r4-elements.tsv");

/// What the model says about one JSON key under one parent.
#[derive(Clone, Copy, Debug)]
pub struct Child {
    /// The JSON key (`valueQuantity`).
    pub key: &'static str,
    /// The element's name in FHIRPath: the JSON key, or a choice element's base name.
    pub name: &'static str,
    /// The FHIR type code (`HumanName`, `dateTime`, `BackboneElement`, `Resource`…).
    pub ty: &'static str,
    /// Where this element's own children are defined: its type for datatypes, its
    /// path for backbone elements (`Patient.contact`).
    pub base: &'static str,
    /// The element repeats (JSON array).
    pub repeats: bool,
}

/// The R4 element table.
pub struct Model {
    children: FxHashMap<&'static str, FxHashMap<&'static str, Child>>,
    /// The resource types (and `Resource`, `DomainResource`), decided once.
    resources: FxHashSet<&'static str>,
}

/// Types whose children are defined inline, at the element's own path.
fn is_inline(ty: &str) -> bool {
    matches!(ty, "BackboneElement" | "Element")
}

/// FHIR primitive types (lowercase first letter, plus `xhtml`).
pub fn is_primitive(ty: &str) -> bool {
    ty.chars().next().is_some_and(|c| c.is_ascii_lowercase())
}

impl Model {
    /// The model, parsed once.
    pub fn r4() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(Model::parse)
    }

    fn parse() -> Model {
        let mut children: FxHashMap<&'static str, FxHashMap<&'static str, Child>> =
            FxHashMap::default();
        let mut choice_of: FxHashMap<&'static str, &'static str> = FxHashMap::default();
        let rows: Vec<(&'static str, &'static str)> =
            TABLE.lines().filter_map(|l| l.split_once('\t')).collect();
        for (path, types) in &rows {
            if let Some(base) = path.strip_suffix("[x]") {
                let (_, name) = base.rsplit_once('.').unwrap_or(("", base));
                for t in types.split('|') {
                    // `Observation.value[x]` + `Quantity`: the key `valueQuantity`.
                    let key = format!("{base}{t}");
                    if let Some((p, _)) = rows.iter().find(|(p, _)| *p == key) {
                        choice_of.insert(p, name);
                    }
                }
            }
        }
        for (path, ty) in rows {
            if path.ends_with("[x]") {
                continue;
            }
            let (ty, repeats) = match ty.strip_suffix('*') {
                Some(t) => (t, true),
                None => (ty, false),
            };
            let Some((parent, key)) = path.rsplit_once('.') else {
                continue;
            };
            let (ty, base) = match ty.strip_prefix('@') {
                Some(target) => ("BackboneElement", target),
                None if is_inline(ty) => (ty, path),
                None => (ty, ty),
            };
            let name = choice_of.get(path).copied().unwrap_or(key);
            children.entry(parent).or_default().insert(
                key,
                Child {
                    key,
                    name,
                    ty,
                    base,
                    repeats,
                },
            );
        }
        let resources = children
            .iter()
            .filter(|(name, m)| {
                !name.contains('.')
                    && name.starts_with(|c: char| c.is_ascii_uppercase())
                    && m.contains_key("meta")
                    && m.contains_key("implicitRules")
            })
            .map(|(name, _)| *name)
            .collect();
        // Each type's inherited elements (`id`, `extension`, `meta`…) copied into its
        // own table, so that a lookup is one probe; `child` falls back as before for
        // types without a table.
        let mut m = Model {
            children,
            resources,
        };
        let bases: Vec<&'static str> = m.children.keys().copied().collect();
        for base in bases {
            let inherited: Vec<(&'static str, Child)> = m
                .fallbacks(base)
                .iter()
                .filter_map(|b| m.children.get(b))
                .flat_map(|t| t.iter().map(|(k, c)| (*k, *c)))
                .collect();
            let own = m.children.entry(base).or_default();
            for (k, c) in inherited {
                own.entry(k).or_insert(c);
            }
        }
        m
    }

    /// Where elements not defined at `base` are looked for, in order.
    fn fallbacks(&self, base: &str) -> &'static [&'static str] {
        if self.is_resource(base) {
            &["DomainResource", "Resource"]
        } else {
            &["BackboneElement", "Element"]
        }
    }

    /// The child `key` of an element whose children are defined at `base`; elements every
    /// element, backbone element or resource has (`id`, `extension`, `meta`…) are found
    /// through the base types.
    pub fn child(&self, base: &str, key: &str) -> Option<Child> {
        let direct = self.children.get(base).and_then(|m| m.get(key));
        if let Some(c) = direct {
            return Some(*c);
        }
        self.fallbacks(base)
            .iter()
            .find_map(|b| self.children.get(b).and_then(|m| m.get(key)))
            .copied()
    }

    /// Whether `name` is a resource type (or `Resource`/`DomainResource`).
    pub fn is_resource(&self, name: &str) -> bool {
        self.resources.contains(name)
    }

    /// The `'static` name of a resource type, if the model knows it.
    pub fn resource_type(&self, name: &str) -> Option<&'static str> {
        self.children
            .get_key_value(name)
            .map(|(k, _)| *k)
            .filter(|k| self.is_resource(k))
    }

    /// Whether `ty` names a type the model knows (for checking configurations).
    pub fn knows_type(&self, ty: &str) -> bool {
        self.children.contains_key(ty)
            || self
                .children
                .values()
                .any(|m| m.values().any(|c| c.ty == ty))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_types_choices_and_references() {
        let m = Model::r4();
        let c = m.child("Patient", "name").unwrap();
        assert_eq!((c.name, c.ty, c.base), ("name", "HumanName", "HumanName"));
        let c = m.child("Patient", "contact").unwrap();
        assert_eq!((c.ty, c.base), ("BackboneElement", "Patient.contact"));
        assert_eq!(m.child("Patient.contact", "name").unwrap().ty, "HumanName");
        assert!(m.child("HumanName", "given").unwrap().repeats);
        assert!(!m.child("Patient", "gender").unwrap().repeats);
        let c = m.child("Observation", "valueQuantity").unwrap();
        assert_eq!((c.name, c.ty), ("value", "Quantity"));
        let c = m.child("Questionnaire.item", "item").unwrap();
        assert_eq!(c.base, "Questionnaire.item");
        assert_eq!(m.child("Patient", "id").unwrap().ty, "id");
        assert_eq!(m.child("HumanName", "id").unwrap().ty, "string");
        assert_eq!(m.child("string", "extension").unwrap().ty, "Extension");
        assert_eq!(m.child("Extension", "valueString").unwrap().name, "value");
        assert_eq!(
            m.child("Patient.contact", "modifierExtension").unwrap().ty,
            "Extension"
        );
        assert!(m.child("Patient", "nonsense").is_none());
        assert!(m.is_resource("Patient") && !m.is_resource("HumanName"));
        assert_eq!(m.resource_type("Bundle"), Some("Bundle"));
    }
}
