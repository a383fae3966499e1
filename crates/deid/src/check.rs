//! Residual identifiers in de-identified FHIR: the structured identifiers that a Safe
//! Harbor output must not hold (names, address lines and cities, ZIP codes beyond three
//! digits, telecom values, identifier values, dates finer than a year, ages over 89,
//! attachments), and PHI the text scanner finds in free-text strings. A finding names
//! where and what, never the value.

use crate::text::Scanner;
use crate::tree::{NodeId, ROOT, Tree};
use serde_json::Value;

/// What an output may still hold, by profile.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Allow {
    /// Full dates (limited data set; shifted dates of the pseudonymized profile).
    pub dates: bool,
    /// City, district and full ZIP code (limited data set).
    pub places: bool,
    /// Keyed pseudonyms (64 hex digits) as identifier values (pseudonymized profile).
    pub pseudonyms: bool,
    /// Free text whose PHI was replaced by realistic surrogates (pseudonymized profile):
    /// a scan cannot tell a surrogate from an identifier, so free text is not scanned.
    pub surrogate_text: bool,
}

impl Allow {
    pub fn for_profile(name: &str) -> Allow {
        match name {
            "limited-data-set" => Allow {
                dates: true,
                places: true,
                pseudonyms: true,
                surrogate_text: false,
            },
            "pseudonymized" => Allow {
                dates: true,
                places: false,
                pseudonyms: true,
                surrogate_text: true,
            },
            _ => Allow::default(),
        }
    }
}

/// One residual identifier: its element path and kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub location: String,
    pub kind: String,
}

fn is_pseudonym(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Checks one resource (Bundle entries and contained resources included).
pub fn check_resource(v: &Value, allow: Allow, scanner: &Scanner) -> Vec<Finding> {
    let Some(tree) = Tree::from_resource(v) else {
        return vec![Finding {
            location: "(document)".into(),
            kind: "not a FHIR R4 resource".into(),
        }];
    };
    let mut out = Vec::new();
    let mut all = vec![ROOT];
    tree.descendants(ROOT, &mut all);
    for id in all {
        if let Some(kind) = finding(&tree, id, allow, scanner) {
            out.push(Finding {
                location: location(&tree, id),
                kind,
            });
        }
    }
    out
}

fn finding(tree: &Tree, id: NodeId, allow: Allow, scanner: &Scanner) -> Option<String> {
    let n = &tree.nodes[id];
    let value = n.value.as_ref()?;
    let parent = n.parent.map(|p| &tree.nodes[p]);
    let parent_ty = parent.map_or("", |p| p.ty);
    let s = match value {
        Value::String(s) => s.as_str(),
        Value::Number(x) => {
            return (parent_ty == "Age"
                && n.name == "value"
                && x.as_f64().is_some_and(|a| a > 89.0))
            .then(|| "age over 89".into());
        }
        _ => return None,
    };
    match (parent_ty, &*n.name) {
        ("HumanName", "family" | "given" | "text" | "prefix" | "suffix") => {
            return Some("name".into());
        }
        ("Address", "line" | "text") => return Some("street address".into()),
        ("Address", "city" | "district") if !allow.places => return Some("city".into()),
        ("Address", "postalCode") if !allow.places => {
            let digits: String = s.chars().filter(char::is_ascii_digit).collect();
            return (digits.len() > 3 && digits[3..].chars().any(|c| c != '0'))
                .then(|| "ZIP code beyond three digits".into());
        }
        // Safe Harbor keeps states and countries.
        ("Address", "state" | "country") => return None,
        ("ContactPoint", "value") => return Some("telecom".into()),
        ("Identifier", "value") if !(allow.pseudonyms && is_pseudonym(s)) => {
            return Some("identifier".into());
        }
        ("Attachment", "data") => {
            return match attachment_text(tree, id) {
                Some(text) => free_text(&text, allow, scanner),
                None => Some("attachment".into()),
            };
        }
        ("Attachment", "url") => return Some("attachment".into()),
        _ => {}
    }
    match n.ty {
        "date" | "dateTime" | "instant" if !allow.dates && s.len() > 4 => {
            Some("date finer than a year".into())
        }
        "base64Binary" => Some("binary content".into()),
        "string" | "markdown" | "xhtml" | "" => {
            // Codes' display texts are terminology, not free text.
            if parent_ty == "Coding" || n.name == "url" {
                return None;
            }
            let text = if n.ty == "xhtml" {
                mask_markup(s)
            } else {
                s.to_string()
            };
            free_text(&text, allow, scanner)
        }
        _ => None,
    }
}

/// The PHI types the scanner finds in `text` that the profile does not allow.
fn free_text(text: &str, allow: Allow, scanner: &Scanner) -> Option<String> {
    use crate::text::PhiType;
    if allow.surrogate_text {
        return None;
    }
    let mut kinds: Vec<&str> = scanner
        .scan(text)
        .iter()
        .filter(|x| {
            // Safe Harbor keeps states.
            !(x.ty == PhiType::State
                || allow.dates && matches!(x.ty, PhiType::Date | PhiType::Age)
                || allow.places && matches!(x.ty, PhiType::City | PhiType::Zip))
        })
        .map(|x| x.ty.as_str())
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    (!kinds.is_empty()).then(|| format!("free text: {}", kinds.join(",")))
}

/// The text of a `text/plain` attachment's data, if it is one.
fn attachment_text(tree: &Tree, data: NodeId) -> Option<String> {
    use base64::Engine;
    let parent = tree.nodes[data].parent?;
    let textual = tree.children(parent).any(|c| {
        tree.nodes[c].name == "contentType"
            && tree.nodes[c]
                .value
                .as_ref()
                .and_then(Value::as_str)
                .is_some_and(|t| t.trim().to_ascii_lowercase().starts_with("text/plain"))
    });
    let b64 = tree.nodes[data].value.as_ref()?.as_str()?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(b64.trim())
        .ok()?;
    textual.then(|| String::from_utf8(bytes).ok()).flatten()
}

/// The element's path: `Patient.name[0].family`.
fn location(tree: &Tree, id: NodeId) -> String {
    let mut parts = Vec::new();
    let mut cur = Some(id);
    while let Some(c) = cur {
        let n = &tree.nodes[c];
        match n.parent {
            None => parts.push(n.ty.to_string()),
            Some(p) => {
                if n.in_array {
                    let i = tree.nodes[p]
                        .children
                        .iter()
                        .filter(|x| tree.nodes[**x].key == n.key)
                        .position(|x| *x == c)
                        .unwrap_or(0);
                    parts.push(format!("{}[{i}]", n.key));
                } else {
                    parts.push(n.key.to_string());
                }
            }
        }
        cur = n.parent;
    }
    parts.reverse();
    parts.join(".")
}

/// An XHTML fragment with every tag, comment and declaration blanked to spaces: the text
/// the scanner sees, at the same byte offsets as in the fragment. Scrubbing and checking
/// both read narrative through this, so they judge the same text.
pub fn mask_markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
                continue;
            }
            _ => {}
        }
        if in_tag {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_structured_and_free_text_identifiers() {
        let r = json!({
            "resourceType": "Patient",
            "name": [{"use": "official", "family": "Doe"}],
            "birthDate": "1970-02-03",
            "address": [{"state": "MA", "postalCode": "02139"}, {"postalCode": "02100"}],
            "text": {"status": "generated", "div": "<div>Call Dr. Jane Smith at 617-555-0199</div>"}
        });
        let f = check_resource(&r, Allow::default(), &Scanner::new());
        let kinds: Vec<(&str, &str)> = f
            .iter()
            .map(|x| (x.location.as_str(), x.kind.as_str()))
            .collect();
        assert!(
            kinds.contains(&("Patient.name[0].family", "name")),
            "{kinds:?}"
        );
        assert!(kinds.contains(&("Patient.birthDate", "date finer than a year")));
        assert!(kinds.contains(&(
            "Patient.address[0].postalCode",
            "ZIP code beyond three digits"
        )));
        assert!(!kinds.iter().any(|k| k.0 == "Patient.address[1].postalCode"));
        assert!(
            kinds
                .iter()
                .any(|k| k.0 == "Patient.text.div" && k.1.contains("NAME"))
        );
        let clean = json!({"resourceType": "Patient", "birthDate": "1970", "gender": "female"});
        assert!(check_resource(&clean, Allow::default(), &Scanner::new()).is_empty());
    }
}
