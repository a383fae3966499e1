//! Resource types, ids, references, and the parser that turns untrusted bytes into a
//! resource Ward is willing to store.

use crate::registry::registry;
use crate::{FhirError, Result};
use serde_json::{Map, Value};
use std::fmt;

/// A FHIR R4 resource type that Ward knows.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ResourceType(String);

impl ResourceType {
    pub fn parse(s: &str) -> Result<Self> {
        if registry().is_resource_type(s) {
            Ok(Self(s.to_string()))
        } else {
            Err(FhirError::UnknownType(truncate(s, 64)))
        }
    }
    /// Whether `s` names an R4 resource type (without building one).
    pub fn is_known(s: &str) -> bool {
        registry().is_resource_type(s)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn is_patient(&self) -> bool {
        self.0 == "Patient"
    }
}

impl fmt::Display for ResourceType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A logical id: `[A-Za-z0-9\-\.]{1,64}` (FHIR R4 `id` datatype).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ResourceId(String);

impl ResourceId {
    pub fn parse(s: &str) -> Result<Self> {
        if is_valid_id(s) {
            Ok(Self(s.to_string()))
        } else {
            Err(FhirError::BadParameter(format!(
                "'{}' is not a valid FHIR id (1-64 of A-Z a-z 0-9 - .)",
                truncate(s, 70)
            )))
        }
    }
    /// A new server-assigned id (UUID v4).
    pub fn generate() -> Self {
        let mut b = [0u8; 16];
        getrandom(&mut b);
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
        Self(format!(
            "{}-{}-{}-{}-{}",
            &h[0..8],
            &h[8..12],
            &h[12..16],
            &h[16..20],
            &h[20..32]
        ))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn getrandom(buf: &mut [u8]) {
    use std::collections::hash_map::RandomState;
    use std::hash::{BuildHasher, Hasher};
    // Ids need uniqueness, not secrecy: SipHash keyed by the process's random state and a
    // counter is plenty, and keeps this crate free of key material.
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    for chunk in buf.chunks_mut(8) {
        let mut h = RandomState::new().build_hasher();
        h.write_u64(COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0),
        );
        let v = h.finish().to_le_bytes();
        chunk.copy_from_slice(&v[..chunk.len()]);
    }
}

impl fmt::Display for ResourceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

pub fn is_valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
}

pub(crate) fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n).collect::<String>() + "…"
    }
}

/// A reference to a resource on this server: `Type/id` or `Type/id/_history/v`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Reference {
    pub resource_type: String,
    pub id: String,
}

impl Reference {
    /// Parses a literal reference. Absolute URLs, contained (`#x`) and `urn:` references
    /// are not local and give `None`.
    pub fn parse_local(s: &str) -> Option<Self> {
        let mut parts = s.split('/');
        let t = parts.next()?;
        let id = parts.next()?;
        match (parts.next(), parts.next(), parts.next()) {
            (None, None, None) | (Some("_history"), Some(_), None) => {}
            _ => return None,
        }
        if registry().is_resource_type(t) && is_valid_id(id) {
            Some(Self {
                resource_type: t.to_string(),
                id: id.to_string(),
            })
        } else {
            None
        }
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.resource_type, self.id)
    }
}

/// Limits on untrusted resources.
pub const MAX_DEPTH: usize = 64;

/// Parses untrusted bytes into a resource object.
///
/// 400 ([`FhirError::Malformed`]) for anything that is not a JSON object with a known
/// `resourceType`; 422 ([`FhirError::Invalid`]) for a resource that breaks FHIR JSON's
/// structural rules (nulls, empty objects or arrays, bad property names, bad id, nesting
/// deeper than [`MAX_DEPTH`]).
pub fn parse_resource(bytes: &[u8]) -> Result<(ResourceType, Map<String, Value>)> {
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        // serde_json's message names line and column, never content.
        FhirError::Malformed(format!("body is not valid JSON: {e}"))
    })?;
    parse_resource_value(value)
}

pub fn parse_resource_value(value: Value) -> Result<(ResourceType, Map<String, Value>)> {
    let Value::Object(obj) = value else {
        return Err(FhirError::Malformed(
            "a resource must be a JSON object".into(),
        ));
    };
    let rt = match obj.get("resourceType") {
        Some(Value::String(s)) => ResourceType::parse(s)?,
        Some(_) => return Err(FhirError::Malformed("resourceType must be a string".into())),
        None => return Err(FhirError::Malformed("resourceType is missing".into())),
    };
    validate_structure(&rt, &obj)?;
    Ok((rt, obj))
}

fn validate_structure(rt: &ResourceType, obj: &Map<String, Value>) -> Result<()> {
    if let Some(id) = obj.get("id") {
        match id {
            Value::String(s) if is_valid_id(s) => {}
            _ => {
                return Err(FhirError::Invalid(format!(
                    "{rt}.id is not a valid FHIR id"
                )));
            }
        }
    }
    if let Some(meta) = obj.get("meta")
        && !meta.is_object()
    {
        return Err(FhirError::Invalid(format!("{rt}.meta must be an object")));
    }
    if let Some(text) = obj.get("text")
        && !text.is_object()
    {
        return Err(FhirError::Invalid(format!(
            "{rt}.text must be a Narrative object"
        )));
    }
    let mut path = rt.as_str().to_string();
    walk(obj, &mut path, 1)
}

fn walk(obj: &Map<String, Value>, path: &mut String, depth: usize) -> Result<()> {
    if depth > MAX_DEPTH {
        return Err(FhirError::Invalid(format!(
            "{path}: nesting deeper than {MAX_DEPTH} levels"
        )));
    }
    if obj.is_empty() {
        return Err(FhirError::Invalid(format!(
            "{path}: empty object (FHIR JSON forbids it)"
        )));
    }
    for (k, v) in obj {
        if !valid_property(k) {
            return Err(FhirError::Invalid(format!(
                "{path}: '{}' is not a valid FHIR property name",
                truncate(k, 40)
            )));
        }
        let len = path.len();
        path.push('.');
        path.push_str(k);
        check_value(k, v, path, depth, false)?;
        path.truncate(len);
    }
    Ok(())
}

fn check_value(
    key: &str,
    v: &Value,
    path: &mut String,
    depth: usize,
    in_array: bool,
) -> Result<()> {
    match v {
        Value::Null if in_array && key.starts_with('_') => Ok(()),
        Value::Null if in_array => Ok(()), // aligned with a `_field` array of extensions
        Value::Null => Err(FhirError::Invalid(format!(
            "{path}: null is not allowed in FHIR JSON"
        ))),
        Value::String(s) => {
            if s.trim().is_empty() {
                Err(FhirError::Invalid(format!("{path}: empty string")))
            } else {
                Ok(())
            }
        }
        Value::Array(items) => {
            if in_array {
                return Err(FhirError::Invalid(format!(
                    "{path}: arrays of arrays are not FHIR"
                )));
            }
            if items.is_empty() {
                return Err(FhirError::Invalid(format!(
                    "{path}: empty array (FHIR JSON forbids it)"
                )));
            }
            for item in items {
                check_value(key, item, path, depth, true)?;
            }
            Ok(())
        }
        Value::Object(o) => {
            if key == "resource" || key == "contained" || o.contains_key("resourceType") {
                // Contained and nested resources get the same rules.
                if !matches!(o.get("resourceType"), Some(Value::String(s)) if registry().is_resource_type(s))
                {
                    return Err(FhirError::Invalid(format!(
                        "{path}: nested resource has no known resourceType"
                    )));
                }
            }
            walk(o, path, depth + 1)
        }
        Value::Bool(_) | Value::Number(_) => Ok(()),
    }
}

fn valid_property(k: &str) -> bool {
    let k = k.strip_prefix('_').unwrap_or(k);
    let mut chars = k.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && k.len() <= 128
}

/// Replaces every `reference` that names a bundle entry's `fullUrl` (`urn:uuid:…`,
/// `urn:oid:…` or any other) with the local reference it resolved to. A `urn:` reference
/// that names no entry is an error: it would dangle.
pub fn rewrite_references(
    v: &mut Value,
    map: &std::collections::HashMap<String, String>,
) -> Result<()> {
    match v {
        Value::Object(o) => {
            if let Some(Value::String(r)) = o.get_mut("reference") {
                if let Some(local) = map.get(r.as_str()) {
                    *r = local.clone();
                } else if r.starts_with("urn:uuid:") || r.starts_with("urn:oid:") {
                    return Err(FhirError::Invalid(format!(
                        "reference '{}' names no entry of this Bundle",
                        truncate(r, 60)
                    )));
                }
            }
            for (_, child) in o.iter_mut() {
                rewrite_references(child, map)?;
            }
        }
        Value::Array(a) => {
            for child in a {
                rewrite_references(child, map)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// The resource without the server-managed `meta.versionId`, `meta.lastUpdated` (and an
/// emptied `meta`), for comparing contents.
pub fn content_without_meta(obj: &Map<String, Value>) -> Map<String, Value> {
    let mut o = obj.clone();
    if let Some(Value::Object(meta)) = o.get_mut("meta") {
        meta.remove("versionId");
        meta.remove("lastUpdated");
        if meta.is_empty() {
            o.remove("meta");
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(ResourceId::parse("abc-1.2").is_ok());
        assert!(ResourceId::parse("").is_err());
        assert!(ResourceId::parse("a/b").is_err());
        assert!(ResourceId::parse(&"a".repeat(65)).is_err());
        let g = ResourceId::generate();
        assert_eq!(g.as_str().len(), 36);
        assert_ne!(g, ResourceId::generate());
    }

    #[test]
    fn references() {
        assert_eq!(Reference::parse_local("Patient/1").unwrap().id, "1");
        assert_eq!(
            Reference::parse_local("Patient/1/_history/2").unwrap().id,
            "1"
        );
        assert!(Reference::parse_local("urn:uuid:1").is_none());
        assert!(Reference::parse_local("http://x/Patient/1").is_none());
        assert!(Reference::parse_local("Nope/1").is_none());
    }

    #[test]
    fn parse_errors_are_classified() {
        assert!(matches!(parse_resource(b"{"), Err(FhirError::Malformed(_))));
        assert!(matches!(
            parse_resource(b"[]"),
            Err(FhirError::Malformed(_))
        ));
        assert!(matches!(
            parse_resource(b"{\"resourceType\":\"Nope\"}"),
            Err(FhirError::UnknownType(_))
        ));
        assert!(matches!(
            parse_resource(b"{\"resourceType\":1}"),
            Err(FhirError::Malformed(_))
        ));
        assert!(matches!(
            parse_resource(b"{\"resourceType\":\"Patient\",\"id\":\"a b\"}"),
            Err(FhirError::Invalid(_))
        ));
        assert!(matches!(
            parse_resource(b"{\"resourceType\":\"Patient\",\"active\":null}"),
            Err(FhirError::Invalid(_))
        ));
        assert!(matches!(
            parse_resource(b"{\"resourceType\":\"Patient\",\"name\":[]}"),
            Err(FhirError::Invalid(_))
        ));
        assert!(matches!(
            parse_resource(b"{\"resourceType\":\"Patient\",\"name\":[{}]}"),
            Err(FhirError::Invalid(_))
        ));
        assert!(matches!(
            parse_resource(b"\xff\xfe"),
            Err(FhirError::Malformed(_))
        ));
        let deep = "{\"a\":".repeat(100) + "1" + &"}".repeat(100);
        let body = format!(
            "{{\"resourceType\":\"Patient\",\"extension\":[{{\"url\":\"x\",\"x\":{deep}}}]}}"
        );
        assert!(parse_resource(body.as_bytes()).is_err());
        assert!(
            parse_resource(b"{\"resourceType\":\"Patient\",\"id\":\"p1\",\"active\":true}").is_ok()
        );
    }
}
