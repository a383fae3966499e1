//! A FHIR resource as a tree of typed elements, the form de-identification rules are
//! applied to: every element knows its FHIR type and FHIRPath name, a primitive holds
//! its value and its `_key` extensions as children, and an element can be removed or
//! changed in place and the resource written back as JSON.

use crate::model::{Model, is_primitive};
use serde_json::{Map, Value};
use std::borrow::Cow;

/// An element's index in its [`Tree`].
pub type NodeId = usize;

/// One element.
#[derive(Clone, Debug)]
pub struct Node {
    /// The JSON key (`valueQuantity`); empty for the root.
    pub key: Cow<'static, str>,
    /// The FHIRPath name (`value`).
    pub name: Cow<'static, str>,
    /// The FHIR type code; the resource type for a resource; empty if unknown.
    pub ty: &'static str,
    /// Where this element's children are defined.
    base: &'static str,
    /// A primitive's value (string, number or boolean).
    pub value: Option<Value>,
    pub children: Vec<NodeId>,
    pub parent: Option<NodeId>,
    /// The element repeats (it was a JSON array).
    pub in_array: bool,
    pub removed: bool,
    /// Whether this element is a resource (decided once, when built).
    resource: bool,
}

impl Node {
    /// Whether this element is a resource (the root, a contained or entry resource).
    pub fn is_resource(&self) -> bool {
        self.resource
    }
    pub fn is_primitive(&self) -> bool {
        self.value.is_some() || is_primitive(self.ty)
    }
}

/// A resource's elements, root first.
#[derive(Clone, Debug)]
pub struct Tree {
    pub nodes: Vec<Node>,
}

/// The root's index.
pub const ROOT: NodeId = 0;

impl Tree {
    /// Builds the tree of a resource (an object with `resourceType`).
    pub fn from_resource(resource: &Value) -> Option<Tree> {
        let obj = resource.as_object()?;
        let rt = obj.get("resourceType")?.as_str()?;
        let ty = Model::r4().resource_type(rt)?;
        let mut t = Tree { nodes: Vec::new() };
        t.push(
            None,
            Cow::Borrowed(""),
            Cow::Borrowed(ty),
            ty,
            ty,
            None,
            false,
        );
        t.fill(ROOT, obj);
        Some(t)
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        parent: Option<NodeId>,
        key: Cow<'static, str>,
        name: Cow<'static, str>,
        ty: &'static str,
        base: &'static str,
        value: Option<Value>,
        in_array: bool,
    ) -> NodeId {
        let id = self.nodes.len();
        self.nodes.push(Node {
            key,
            name,
            ty,
            base,
            value,
            children: Vec::new(),
            parent,
            in_array,
            removed: false,
            resource: base == ty && Model::r4().is_resource(ty),
        });
        if let Some(p) = parent {
            self.nodes[p].children.push(id);
        }
        id
    }

    /// Adds the members of `obj` as children of `at`.
    fn fill(&mut self, at: NodeId, obj: &Map<String, Value>) {
        let model = Model::r4();
        let base = self.nodes[at].base;
        for (key, v) in obj {
            if key == "resourceType" || key == "fhir_comments" {
                continue;
            }
            if let Some(plain) = key.strip_prefix('_') {
                // Handled with the primitive it extends, unless the value is absent.
                if obj.contains_key(plain) {
                    continue;
                }
                self.member(at, base, plain, &Value::Null, Some(v), model);
                continue;
            }
            let ext = obj.get(&format!("_{key}"));
            self.member(at, base, key, v, ext, model);
        }
    }

    fn member(
        &mut self,
        at: NodeId,
        base: &'static str,
        key: &str,
        v: &Value,
        ext: Option<&Value>,
        model: &Model,
    ) {
        let (key, name, ty, cbase, repeats): (Cow<'static, str>, Cow<'static, str>, _, _, _) =
            match model.child(base, key) {
                Some(c) => (c.key.into(), c.name.into(), c.ty, c.base, c.repeats),
                None => (
                    key.to_string().into(),
                    key.to_string().into(),
                    "",
                    "",
                    false,
                ),
            };
        let items: Vec<(&Value, Option<&Value>)> = match (v, ext) {
            (Value::Array(a), e) => {
                let ea = e.and_then(Value::as_array);
                (0..a.len().max(ea.map_or(0, Vec::len)))
                    .map(|i| {
                        (
                            a.get(i).unwrap_or(&Value::Null),
                            ea.and_then(|ea| ea.get(i)),
                        )
                    })
                    .collect()
            }
            (Value::Null, Some(Value::Array(ea))) => {
                ea.iter().map(|e| (&Value::Null, Some(e))).collect()
            }
            (v, e) => vec![(v, e)],
        };
        let in_array = repeats || v.is_array() || ext.is_some_and(Value::is_array);
        for (item, e) in items {
            let (ty, cbase) = match (ty, item) {
                ("Resource", Value::Object(o)) => {
                    match o
                        .get("resourceType")
                        .and_then(Value::as_str)
                        .and_then(|r| model.resource_type(r))
                    {
                        Some(r) => (r, r),
                        None => ("Resource", ""),
                    }
                }
                _ => (ty, cbase),
            };
            // Objects hold children; nested arrays (not FHIR) are kept as opaque values.
            let value = match item {
                Value::Object(_) | Value::Null => None,
                other => Some(other.clone()),
            };
            let id = self.push(
                Some(at),
                key.clone(),
                name.clone(),
                ty,
                cbase,
                value,
                in_array,
            );
            match (item, e) {
                (Value::Object(o), _) => self.fill(id, o),
                (Value::Array(_), _) => {}
                (_, Some(Value::Object(eo))) => self.fill(id, eo),
                _ => {}
            }
        }
    }

    /// Adds `value` as the member `key` of `at` (typed by the model), after the existing
    /// children.
    pub fn append(&mut self, at: NodeId, key: &str, value: &Value) {
        let base = self.nodes[at].base;
        self.member(at, base, key, value, None, Model::r4());
    }

    /// Builds `value` as a detached element typed like `like` (for substitution); attach
    /// its children with [`Tree::adopt`].
    pub fn fragment(&mut self, like: NodeId, value: &Value) -> NodeId {
        let n = &self.nodes[like];
        let (key, name, ty, base, in_array) =
            (n.key.clone(), n.name.clone(), n.ty, n.base, n.in_array);
        let id = self.push(None, key, name, ty, base, None, in_array);
        match value {
            Value::Object(o) => self.fill(id, o),
            Value::Null => {}
            v => self.nodes[id].value = Some(v.clone()),
        }
        id
    }

    /// Moves the detached element `child` under `parent`, as its last child.
    pub fn adopt(&mut self, parent: NodeId, child: NodeId) {
        self.nodes[child].parent = Some(parent);
        self.nodes[parent].children.push(child);
    }

    /// The node's live (not removed) children.
    pub fn children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.nodes[id]
            .children
            .iter()
            .copied()
            .filter(|c| !self.nodes[*c].removed)
    }

    /// All live descendants of `id` in document order, not `id` itself.
    pub fn descendants(&self, id: NodeId, out: &mut Vec<NodeId>) {
        for c in self.children(id) {
            out.push(c);
            self.descendants(c, out);
        }
    }

    /// Whether `id` or one of its ancestors was removed.
    pub fn is_live(&self, mut id: NodeId) -> bool {
        loop {
            if self.nodes[id].removed {
                return false;
            }
            match self.nodes[id].parent {
                Some(p) => id = p,
                None => return true,
            }
        }
    }

    /// The resource `id` belongs to (itself, if it is one).
    pub fn resource_of(&self, mut id: NodeId) -> NodeId {
        while !self.nodes[id].is_resource() {
            match self.nodes[id].parent {
                Some(p) => id = p,
                None => break,
            }
        }
        id
    }

    /// The subtree at `id` as JSON: an object for a complex element or resource, the
    /// value for a primitive.
    pub fn to_json(&self, id: NodeId) -> Value {
        let n = &self.nodes[id];
        if n.is_primitive() {
            return n.value.clone().unwrap_or(Value::Null);
        }
        Value::Object(self.object(id))
    }

    fn object(&self, id: NodeId) -> Map<String, Value> {
        let n = &self.nodes[id];
        let mut out = Map::new();
        if n.is_resource() {
            out.insert("resourceType".into(), Value::String(n.ty.to_string()));
        }
        // Group the children by key, in order of first appearance.
        let mut keys: Vec<&str> = Vec::new();
        for c in self.children(id) {
            let k: &str = &self.nodes[c].key;
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
        for k in keys {
            let group: Vec<NodeId> = self
                .children(id)
                .filter(|c| self.nodes[*c].key == k)
                .collect();
            let repeats = group.iter().any(|c| self.nodes[*c].in_array);
            let primitive = group.iter().any(|c| self.nodes[*c].is_primitive());
            if primitive {
                let mut values = Vec::new();
                let mut exts = Vec::new();
                for c in &group {
                    let ext = self.object(*c);
                    let v = self.nodes[*c].value.clone();
                    if v.is_none() && ext.is_empty() {
                        continue;
                    }
                    values.push(v.unwrap_or(Value::Null));
                    exts.push(if ext.is_empty() {
                        Value::Null
                    } else {
                        Value::Object(ext)
                    });
                }
                if values.is_empty() {
                    continue;
                }
                let any_value = values.iter().any(|v| !v.is_null());
                let any_ext = exts.iter().any(|e| !e.is_null());
                if repeats {
                    if any_value {
                        out.insert(k.to_string(), Value::Array(values));
                    }
                    if any_ext {
                        out.insert(format!("_{k}"), Value::Array(exts));
                    }
                } else {
                    let (v, e) = (values.swap_remove(0), exts.swap_remove(0));
                    if !v.is_null() {
                        out.insert(k.to_string(), v);
                    }
                    if !e.is_null() {
                        out.insert(format!("_{k}"), e);
                    }
                }
            } else {
                let items: Vec<Value> = group
                    .iter()
                    .map(|c| self.object(*c))
                    .filter(|o| !o.is_empty())
                    .map(Value::Object)
                    .collect();
                if items.is_empty() {
                    continue;
                }
                if repeats {
                    out.insert(k.to_string(), Value::Array(items));
                } else if let Some(first) = items.into_iter().next() {
                    out.insert(k.to_string(), first);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn round_trips_resources_with_primitive_extensions_and_contained() {
        let r = json!({
            "resourceType": "Patient",
            "id": "p1",
            "name": [{"family": "Doe", "given": ["Jane", "Q"], "_given": [null, {"extension": [{"url": "u", "valueString": "x"}]}]}],
            "birthDate": "1970-01-02",
            "_birthDate": {"extension": [{"url": "t", "valueDateTime": "1970-01-02T03:04:05Z"}]},
            "contained": [{"resourceType": "Organization", "id": "o", "name": "Acme"}],
            "deceasedBoolean": false
        });
        let t = Tree::from_resource(&r).unwrap();
        assert_eq!(t.to_json(ROOT), r);
        let given: Vec<_> = t.nodes.iter().filter(|n| n.key == "given").collect();
        assert_eq!(given.len(), 2);
        assert_eq!(given[0].ty, "string");
        let org = t.nodes.iter().find(|n| n.key == "contained").unwrap();
        assert!(org.is_resource());
        assert_eq!(org.ty, "Organization");
        let dec = t.nodes.iter().find(|n| n.key == "deceasedBoolean").unwrap();
        assert_eq!((&*dec.name, dec.ty), ("deceased", "boolean"));
    }

    #[test]
    fn removing_elements_drops_empty_parents_and_keeps_extensions() {
        let r = json!({
            "resourceType": "Patient",
            "name": [{"family": "Doe"}, {"family": "Roe", "given": ["A"]}],
            "birthDate": "1970-01-02",
            "_birthDate": {"extension": [{"url": "t", "valueString": "x"}]}
        });
        let mut t = Tree::from_resource(&r).unwrap();
        for i in 0..t.nodes.len() {
            if t.nodes[i].key == "family" {
                t.nodes[i].removed = true;
            }
            if t.nodes[i].key == "birthDate" {
                t.nodes[i].value = None;
            }
        }
        assert_eq!(
            t.to_json(ROOT),
            json!({"resourceType": "Patient", "name": [{"given": ["A"]}],
                   "_birthDate": {"extension": [{"url": "t", "valueString": "x"}]}})
        );
    }
}
