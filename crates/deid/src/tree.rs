//! A FHIR resource as a tree of typed elements, the form de-identification rules are
//! applied to: every element knows its FHIR type and FHIRPath name, a primitive holds
//! its value and its `_key` extensions as children, and an element can be removed or
//! changed in place and the resource written back as JSON.
//!
//! A tree is built either from a parsed [`Value`] ([`Tree::from_resource`]) or straight
//! from JSON text ([`Tree::parse`], no intermediate `Value`), and written back either as
//! a `Value` ([`Tree::to_json`]) or straight to text through serde ([`Tree::view`]); the
//! two writers are one code path, the [`View`]'s `Serialize`.

use crate::model::{Child, Model, is_primitive};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::{Serialize, de::Error as _};
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

/// Where a member's elements go: its key, name and type (from the model, or untyped).
struct Slot {
    key: Cow<'static, str>,
    name: Cow<'static, str>,
    ty: &'static str,
    base: &'static str,
    repeats: bool,
}

impl Slot {
    fn of(model: &Model, base: &str, key: &str) -> Slot {
        match model.child(base, key) {
            Some(Child {
                key,
                name,
                ty,
                base,
                repeats,
            }) => Slot {
                key: key.into(),
                name: name.into(),
                ty,
                base,
                repeats,
            },
            None => Slot {
                key: key.to_string().into(),
                name: key.to_string().into(),
                ty: "",
                base: "",
                repeats: false,
            },
        }
    }
}

impl Tree {
    /// Builds the tree of a resource (an object with `resourceType`).
    pub fn from_resource(resource: &Value) -> Option<Tree> {
        let obj = resource.as_object()?;
        let rt = obj.get("resourceType")?.as_str()?;
        let ty = Model::r4().resource_type(rt)?;
        let mut t = Tree { nodes: Vec::new() };
        t.push(None, &Tree::root_slot(ty), ty, ty, None, false);
        t.fill(ROOT, obj);
        Some(t)
    }

    fn root_slot(ty: &'static str) -> Slot {
        Slot {
            key: Cow::Borrowed(""),
            name: Cow::Borrowed(ty),
            ty,
            base: ty,
            repeats: false,
        }
    }

    /// Parses JSON text straight into the tree of a resource, without building a
    /// [`Value`] first. `Ok(None)` if the text is JSON but not an R4 resource (not an
    /// object, or no known `resourceType`).
    pub fn parse(text: &str) -> Result<Option<Tree>, serde_json::Error> {
        let mut de = serde_json::Deserializer::from_str(text);
        let mut t = Tree { nodes: Vec::new() };
        ItemSeed {
            tree: &mut t,
            parent: None,
            slot: &Tree::root_slot("Resource"),
            top: false,
            in_array: false,
        }
        .deserialize(&mut de)?;
        de.end()?;
        // The root must be a resource the model knows.
        Ok(t.nodes.first().is_some_and(|r| r.resource).then_some(t))
    }

    fn push(
        &mut self,
        parent: Option<NodeId>,
        slot: &Slot,
        ty: &'static str,
        base: &'static str,
        value: Option<Value>,
        in_array: bool,
    ) -> NodeId {
        let id = self.nodes.len();
        let model = Model::r4();
        self.nodes.push(Node {
            key: slot.key.clone(),
            name: slot.name.clone(),
            ty,
            base,
            value,
            children: Vec::new(),
            parent,
            in_array,
            removed: false,
            resource: base == ty && model.is_resource(ty),
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
        let has_extensions = obj.keys().any(|k| k.starts_with('_'));
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
            let ext = if has_extensions {
                obj.get(&format!("_{key}"))
            } else {
                None
            };
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
        let slot = Slot::of(model, base, key);
        let in_array = slot.repeats || v.is_array() || ext.is_some_and(Value::is_array);
        match (v, ext) {
            (Value::Array(a), e) => {
                let ea = e.and_then(Value::as_array);
                for i in 0..a.len().max(ea.map_or(0, Vec::len)) {
                    let item = a.get(i).unwrap_or(&Value::Null);
                    self.item(at, &slot, item, ea.and_then(|ea| ea.get(i)), in_array);
                }
            }
            (Value::Null, Some(Value::Array(ea))) => {
                for e in ea {
                    self.item(at, &slot, &Value::Null, Some(e), in_array);
                }
            }
            (v, e) => {
                self.item(at, &slot, v, e, in_array);
            }
        }
    }

    /// Adds one element of the member `slot` (one array item, or the value) under `at`.
    fn item(
        &mut self,
        at: NodeId,
        slot: &Slot,
        item: &Value,
        ext: Option<&Value>,
        in_array: bool,
    ) -> NodeId {
        let (ty, base) = match (slot.ty, item) {
            ("Resource", Value::Object(o)) => Tree::typed(o.get("resourceType")),
            _ => (slot.ty, slot.base),
        };
        // Objects hold children; nested arrays (not FHIR) are kept as opaque values.
        let value = match item {
            Value::Object(_) | Value::Null => None,
            other => Some(other.clone()),
        };
        let id = self.push(Some(at), slot, ty, base, value, in_array);
        match (item, ext) {
            (Value::Object(o), _) => self.fill(id, o),
            (Value::Array(_), _) => {}
            (_, Some(Value::Object(eo))) => self.fill(id, eo),
            _ => {}
        }
        id
    }

    /// The type and base of a resource from its `resourceType` (`Resource`, untyped, if
    /// the model does not know it).
    fn typed(rt: Option<&Value>) -> (&'static str, &'static str) {
        match rt
            .and_then(Value::as_str)
            .and_then(|r| Model::r4().resource_type(r))
        {
            Some(r) => (r, r),
            None => ("Resource", ""),
        }
    }

    /// Attaches the `_key` members of an object parsed by [`Tree::parse`] (kept aside
    /// until the object's end, since `_key` may come before `key`) to the primitives they
    /// extend, item by item, as [`Tree::fill`] pairs them.
    fn attach_extensions(&mut self, at: NodeId, pending: Vec<(String, Value)>) {
        let model = Model::r4();
        let base = self.nodes[at].base;
        for (plain, ext) in pending {
            let ids: Vec<NodeId> = self.nodes[at]
                .children
                .iter()
                .copied()
                .filter(|c| self.nodes[*c].key == plain)
                .collect();
            if ids.is_empty() {
                self.member(at, base, &plain, &Value::Null, Some(&ext), model);
                continue;
            }
            let slot = Slot::of(model, base, &plain);
            let items: Vec<&Value> = match &ext {
                Value::Array(a) => a.iter().collect(),
                e => vec![e],
            };
            for (i, e) in items.into_iter().enumerate() {
                match (ids.get(i), e) {
                    (Some(id), Value::Object(o)) => self.fill(*id, o),
                    (Some(_), _) => {}
                    (None, e) => {
                        self.item(at, &slot, &Value::Null, Some(e), true);
                    }
                }
            }
            if ext.is_array() {
                for id in ids {
                    self.nodes[id].in_array = true;
                }
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
        let slot = Slot {
            key: n.key.clone(),
            name: n.name.clone(),
            ty: n.ty,
            base: n.base,
            repeats: n.in_array,
        };
        let id = self.push(None, &slot, n.ty, n.base, None, n.in_array);
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
        self.view(id)
            .serialize(serde_json::value::Serializer)
            .unwrap_or(Value::Null)
    }

    /// The subtree at `id`, to serialize (`serde_json::to_writer(&mut out, &tree.view(ROOT))`):
    /// what [`Tree::to_json`] returns, without building it.
    pub fn view(&self, id: NodeId) -> View<'_> {
        let mut shown = vec![false; self.nodes.len()];
        self.mark_shown(id, &mut shown);
        View {
            tree: self,
            id,
            shown: std::rc::Rc::new(shown),
        }
    }

    /// Marks which live elements under `id` are written (an element is written if it has
    /// a value or a written child; a resource always, for its `resourceType`); returns
    /// whether `id` is.
    fn mark_shown(&self, id: NodeId, shown: &mut [bool]) -> bool {
        let n = &self.nodes[id];
        let mut any = n.resource || n.value.as_ref().is_some_and(|v| !v.is_null());
        for c in self.children(id) {
            any |= self.mark_shown(c, shown);
        }
        shown[id] = any;
        any
    }
}

/// A subtree being written: its `Serialize` writes what [`Tree::to_json`] returns.
/// Elements with nothing in them are left out; a primitive's extensions go under
/// `_key`; members that repeat are arrays.
pub struct View<'a> {
    tree: &'a Tree,
    id: NodeId,
    shown: std::rc::Rc<Vec<bool>>,
}

impl View<'_> {
    fn at(&self, id: NodeId) -> View<'_> {
        View {
            tree: self.tree,
            id,
            shown: self.shown.clone(),
        }
    }

    /// The live children written, grouped by key in order of first appearance: the
    /// groups (key, range in the element list, whether it repeats, whether it is
    /// primitive) and the elements, group after group.
    fn groups(&self) -> (Vec<Group<'_>>, Vec<(usize, NodeId)>) {
        let t = self.tree;
        let mut groups: Vec<Group<'_>> = Vec::new();
        let mut members: Vec<(usize, NodeId)> = Vec::new();
        for c in t.children(self.id) {
            let n = &t.nodes[c];
            let k: &str = &n.key;
            // Members of one key are adjacent but for rare cases: look at the last first.
            let g = match groups.iter().rposition(|g| g.key == k) {
                Some(i) => i,
                None => {
                    groups.push(Group {
                        key: k,
                        range: 0..0,
                        repeats: false,
                        primitive: false,
                    });
                    groups.len() - 1
                }
            };
            groups[g].repeats |= n.in_array;
            groups[g].primitive |= n.is_primitive();
            if self.shown[c] {
                members.push((g, c));
            }
        }
        members.sort_by_key(|m| m.0);
        let mut at = 0;
        for (i, g) in groups.iter_mut().enumerate() {
            let start = at;
            while at < members.len() && members[at].0 == i {
                at += 1;
            }
            g.range = start..at;
        }
        groups.retain(|g| !g.range.is_empty());
        // The group index is no longer needed: keep the elements in place.
        for m in &mut members {
            m.0 = m.1;
        }
        (groups, members)
    }

    fn has_ext(&self, id: NodeId) -> bool {
        self.tree.children(id).any(|c| self.shown[c])
    }

    fn value(&self, id: NodeId) -> Option<&Value> {
        self.tree.nodes[id].value.as_ref().filter(|v| !v.is_null())
    }
}

impl Serialize for View<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let t = self.tree;
        let n = &t.nodes[self.id];
        if n.is_primitive() {
            return match &n.value {
                Some(v) => v.serialize(s),
                None => s.serialize_unit(),
            };
        }
        self.object(s)
    }
}

impl View<'_> {
    /// The element's children as an object (a primitive's: its `_key` object).
    fn object<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let t = self.tree;
        let n = &t.nodes[self.id];
        let mut m = s.serialize_map(None)?;
        if n.is_resource() {
            m.serialize_entry("resourceType", n.ty)?;
        }
        let (groups, members) = self.groups();
        for g in groups {
            let (k, ids, repeats, primitive) = (g.key, &members[g.range], g.repeats, g.primitive);
            let first = ids[0].1;
            if primitive {
                let any_value = ids.iter().any(|c| self.value(c.1).is_some());
                let any_ext = ids.iter().any(|c| self.has_ext(c.1));
                if repeats {
                    if any_value {
                        m.serialize_entry(k, &Items(self, ids, false))?;
                    }
                    if any_ext {
                        m.serialize_entry(&format!("_{k}"), &Items(self, ids, true))?;
                    }
                } else {
                    let c = first;
                    if let Some(v) = self.value(c) {
                        m.serialize_entry(k, v)?;
                    }
                    if self.has_ext(c) {
                        m.serialize_entry(&format!("_{k}"), &Ext(self.at(c)))?;
                    }
                }
            } else if repeats {
                m.serialize_entry(k, &Items(self, ids, true))?;
            } else {
                m.serialize_entry(k, &Ext(self.at(first)))?;
            }
        }
        m.end()
    }
}

/// Children of one key.
struct Group<'a> {
    key: &'a str,
    range: std::ops::Range<usize>,
    repeats: bool,
    primitive: bool,
}

/// An element written as an object of its children.
struct Ext<'a>(View<'a>);

impl Serialize for Ext<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.object(s)
    }
}

/// A repeating member: the values (`objects` false) or each element as an object (its
/// children: a complex element, or a primitive's extensions), `null` where an element
/// has none.
struct Items<'a>(&'a View<'a>, &'a [(NodeId, NodeId)], bool);

impl Serialize for Items<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let Items(view, ids, objects) = self;
        let mut seq = s.serialize_seq(Some(ids.len()))?;
        for c in ids.iter().map(|c| c.1) {
            if !*objects {
                match view.value(c) {
                    Some(v) => seq.serialize_element(v)?,
                    None => seq.serialize_element(&())?,
                }
            } else if view.tree.nodes[c].is_primitive() && !view.has_ext(c) {
                seq.serialize_element(&())?;
            } else {
                seq.serialize_element(&Ext(view.at(c)))?;
            }
        }
        seq.end()
    }
}

// ---------------------------------------------------------------- parsing from text

/// One member value (`top`: the value of a key, whose array is the member's items) or
/// one item, added under `parent` (the root if `None`).
struct ItemSeed<'t, 's> {
    tree: &'t mut Tree,
    parent: Option<NodeId>,
    slot: &'s Slot,
    top: bool,
    in_array: bool,
}

impl ItemSeed<'_, '_> {
    fn leaf(self, value: Option<Value>) {
        if let Some(at) = self.parent {
            let (ty, base) = (self.slot.ty, self.slot.base);
            self.tree
                .push(Some(at), self.slot, ty, base, value, self.in_array);
        }
    }

    /// Adds the members of an object as children of `id`; `first` is a key already read.
    fn fill<'de, A: MapAccess<'de>>(
        tree: &mut Tree,
        id: NodeId,
        first: Option<Cow<'de, str>>,
        mut map: A,
    ) -> Result<(), A::Error> {
        let model = Model::r4();
        let base = tree.nodes[id].base;
        let mut pending: Vec<(String, Value)> = Vec::new();
        let mut next = first;
        if next.is_none() {
            next = map.next_key_seed(KeySeed)?;
        }
        while let Some(key) = next {
            if key == "resourceType" || key == "fhir_comments" {
                map.next_value::<IgnoredAny>()?;
            } else if let Some(plain) = key.strip_prefix('_') {
                pending.push((plain.to_string(), map.next_value()?));
            } else {
                let slot = Slot::of(model, base, &key);
                map.next_value_seed(ItemSeed {
                    tree: &mut *tree,
                    parent: Some(id),
                    slot: &slot,
                    top: true,
                    in_array: slot.repeats,
                })?;
            }
            next = map.next_key_seed(KeySeed)?;
        }
        if !pending.is_empty() {
            tree.attach_extensions(id, pending);
        }
        Ok(())
    }
}

/// How serde_json (with `arbitrary_precision`) hands a number to `deserialize_any`: a
/// one-member map from this key to the number's text. Its own `Number` reads it the same
/// way; `parsing_keeps_a_decimal_as_written` fails if it ever changes.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

impl<'de> DeserializeSeed<'de> for ItemSeed<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ItemSeed<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a FHIR element")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<(), E> {
        self.leaf(Some(Value::Bool(v)));
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        self.leaf(Some(Value::from(v)));
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        self.leaf(Some(Value::from(v)));
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        self.leaf(Some(
            serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number),
        ));
        Ok(())
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.leaf(Some(Value::String(v.to_string())));
        Ok(())
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<(), E> {
        self.leaf(Some(Value::String(v)));
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.leaf(None);
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if self.top && self.parent.is_some() {
            while seq
                .next_element_seed(ItemSeed {
                    tree: &mut *self.tree,
                    parent: self.parent,
                    slot: self.slot,
                    top: false,
                    in_array: true,
                })?
                .is_some()
            {}
            return Ok(());
        }
        // A nested array is not FHIR: kept whole, as an opaque value.
        let mut items = Vec::new();
        while let Some(v) = seq.next_element::<Value>()? {
            items.push(v);
        }
        self.leaf(Some(Value::Array(items)));
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let first = map.next_key_seed(KeySeed)?;
        if first.as_deref() == Some(NUMBER_TOKEN) {
            let text: String = map.next_value()?;
            let n = text
                .parse::<serde_json::Number>()
                .map_err(A::Error::custom)?;
            self.leaf(Some(Value::Number(n)));
            return Ok(());
        }
        if self.slot.ty != "Resource" {
            let Some(at) = self.parent else {
                return Err(A::Error::custom("unreachable: the root is a resource"));
            };
            let slot = self.slot;
            let id = self
                .tree
                .push(Some(at), slot, slot.ty, slot.base, None, self.in_array);
            return ItemSeed::fill(self.tree, id, first, map);
        }
        // A resource: typed by its `resourceType`, which FHIR JSON writes first. If it
        // is not first, the object is read whole and built as `from_resource` does.
        if first.as_deref() == Some("resourceType") {
            let rt: Value = map.next_value()?;
            let (ty, base) = Tree::typed(Some(&rt));
            let id = match self.parent {
                Some(at) => self
                    .tree
                    .push(Some(at), self.slot, ty, base, None, self.in_array),
                None => self
                    .tree
                    .push(None, &Tree::root_slot(ty), ty, base, None, false),
            };
            return ItemSeed::fill(self.tree, id, None, map);
        }
        let mut obj = Map::new();
        if let Some(k) = first {
            obj.insert(k.into_owned(), map.next_value()?);
            while let Some((k, v)) = map.next_entry::<String, Value>()? {
                obj.insert(k, v);
            }
        }
        let obj = Value::Object(obj);
        match self.parent {
            Some(at) => {
                self.tree.item(at, self.slot, &obj, None, self.in_array);
            }
            None => {
                if let Some(t) = Tree::from_resource(&obj) {
                    *self.tree = t;
                }
            }
        }
        Ok(())
    }
}

/// An object key, borrowed from the text when it has no escapes.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v.to_string()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Parsing text straight into a tree builds what parsing a `Value` builds, in the
    /// awkward cases: `_key` before `key`, more extensions than values, `resourceType`
    /// not first (root, contained and entry resources), nested arrays, unknown members.
    #[test]
    fn parsing_text_builds_the_tree_a_value_builds() {
        let cases = [
            r#"{"resourceType":"Patient","_given":[null,{"id":"x"}],"name":[{"_given":[{"extension":[{"url":"u","valueString":"x"}]},null,{"id":"only"}],"given":["A","B"]}],"birthDate":"1970-01-02"}"#,
            r#"{"id":"p","resourceType":"Patient","contained":[{"name":"Acme","resourceType":"Organization"}],"_birthDate":{"id":"b"}}"#,
            r#"{"resourceType":"Bundle","entry":[{"resource":{"id":"o","resourceType":"Observation","valueQuantity":{"value":1.50,"unit":"kg"}}},{"resource":{"resourceType":"Nope","x":[1,[2,3]]}}]}"#,
            r#"{"resourceType":"Observation","valueBoolean":false,"component":[{"valueInteger":-3},{"valueString":"caf\u00e9 \"q\""}],"unknownThing":{"a":[{"b":null}]},"note":null}"#,
        ];
        for text in cases {
            let v: Value = serde_json::from_str(text).unwrap();
            let want = Tree::from_resource(&v).unwrap();
            let got = Tree::parse(text).unwrap().unwrap();
            assert_eq!(got.to_json(ROOT), want.to_json(ROOT), "{text}");
            assert_eq!(got.nodes.len(), want.nodes.len(), "{text}");
            let view = serde_json::to_string(&got.view(ROOT)).unwrap();
            assert_eq!(
                serde_json::from_str::<Value>(&view).unwrap(),
                want.to_json(ROOT)
            );
        }
        assert!(Tree::parse(r#"{"resourceType":"Nope"}"#).unwrap().is_none());
        assert!(
            Tree::parse(r#"[{"resourceType":"Patient"}]"#)
                .unwrap()
                .is_none()
        );
        assert!(Tree::parse(r#"{"id":"x"}"#).unwrap().is_none());
        assert!(Tree::parse(r#"{"resourceType":"Patient","#).is_err());
        assert!(Tree::parse(r#"{"resourceType":"Patient"} x"#).is_err());
    }

    /// FHIR decimals keep their precision: `1.50` is written back as `1.50`, on both
    /// paths, wherever it sits (an exponent keeps its mantissa).
    #[test]
    fn parsing_keeps_a_decimal_as_written() {
        let text = r#"{"resourceType":"Observation","valueQuantity":{"value":1.50,"unit":"kg"},"component":[{"valueDecimal":0.10},{"valueInteger":7},{"valueQuantity":{"value":1.0e2}}],"_status":{"extension":[{"url":"u","valueDecimal":3.000}]},"unknown":[2.50,[1.10]]}"#;
        let tree = Tree::parse(text).unwrap().unwrap();
        let out = serde_json::to_string(&tree.view(ROOT)).unwrap();
        for literal in ["1.50", "0.10", ":7", "1.0e", "3.000", "2.50", "1.10"] {
            assert!(out.contains(literal), "{literal} lost: {out}");
        }
        let v: Value = serde_json::from_str(text).unwrap();
        let from_value = Tree::from_resource(&v).unwrap();
        let again = serde_json::to_string(&from_value.view(ROOT)).unwrap();
        // Numbers compare by their text here, so `1.5` would not equal `1.50`.
        assert_eq!(
            serde_json::from_str::<Value>(&again).unwrap(),
            serde_json::from_str::<Value>(&out).unwrap()
        );
    }

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
