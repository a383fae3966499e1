//! Rule paths: the FHIRPath that de-identification rules select elements with.
//!
//! A rule must find *elements* (to change them in place), where a FHIRPath engine
//! returns *values*. This module navigates the element tree itself for the navigation
//! part of the language (member access, `nodesByType()`, `nodesByName()`,
//! `descendants()`, `children()`, `ofType()`/`as`, `first()`, `last()`, `[n]`, `|`) and
//! hands each `where(…)` criterion to Ward's FHIRPath engine, evaluated on the element.

use crate::DeidError;
use crate::tree::{NodeId, Tree};
use ward_fhir::path::PathEngine;

/// A parsed rule path.
#[derive(Clone, Debug, PartialEq)]
pub struct Path {
    alternatives: Vec<Vec<Step>>,
    text: String,
    /// The resource type every alternative starts with, if one (decided at parse).
    only_type: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
enum Step {
    /// A resource type at the start (`Patient`, or `Resource` for any).
    Type(String),
    Member(String),
    NodesByType(String),
    NodesByName(String),
    Descendants,
    Children,
    OfType(String),
    Where(String),
    Index(usize),
    First,
    Last,
}

impl Path {
    pub fn parse(text: &str) -> Result<Path, DeidError> {
        let bad = |why: &str| DeidError::Config(format!("rule path '{text}': {why}"));
        let mut alternatives = Vec::new();
        for alt in split_top(text, '|') {
            let alt = alt.trim();
            if alt.is_empty() {
                return Err(bad("empty alternative"));
            }
            let mut steps = Vec::new();
            for (i, raw) in split_top(alt, '.').into_iter().enumerate() {
                let raw = raw.trim();
                // `X as T`
                let (raw, as_type) = match split_keyword(raw, " as ") {
                    Some((a, t)) => (a, Some(t)),
                    None => (raw, None),
                };
                let (raw, index) = match raw.strip_suffix(']').and_then(|r| r.rsplit_once('[')) {
                    Some((r, n)) => (
                        r,
                        Some(n.trim().parse::<usize>().map_err(|_| bad("bad index"))?),
                    ),
                    None => (raw, None),
                };
                steps.push(step(raw, i == 0).map_err(|w| bad(&w))?);
                if let Some(n) = index {
                    steps.push(Step::Index(n));
                }
                if let Some(t) = as_type {
                    if !is_identifier(t) {
                        return Err(bad("bad type after 'as'"));
                    }
                    steps.push(Step::OfType(t.to_string()));
                }
            }
            alternatives.push(steps);
        }
        let mut types = alternatives.iter().map(|a| match a.first() {
            Some(Step::Type(t)) if t != "Resource" && t != "DomainResource" => Some(t.clone()),
            _ => None,
        });
        let first = types.next().flatten();
        let only_type = first.filter(|f| types.all(|t| t.as_ref() == Some(f)));
        Ok(Path {
            alternatives,
            text: text.to_string(),
            only_type,
        })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The resource type this path is limited to (`Patient.name` → `Patient`), if any.
    pub fn resource_type(&self) -> Option<&str> {
        self.only_type.as_deref()
    }

    /// The elements of the resource at `root` this path selects, in document order.
    pub fn select(
        &self,
        tree: &Tree,
        root: NodeId,
        engine: &dyn PathEngine,
    ) -> Result<Vec<NodeId>, DeidError> {
        self.select_indexed(tree, root, engine, None)
    }

    /// Like [`Path::select`], answering a leading `nodesByType()` from `index` (the
    /// resource's elements by type, from [`type_index`]) instead of walking the tree.
    pub fn select_indexed(
        &self,
        tree: &Tree,
        root: NodeId,
        engine: &dyn PathEngine,
        index: Option<&TypeIndex>,
    ) -> Result<Vec<NodeId>, DeidError> {
        let mut out: Vec<NodeId> = Vec::new();
        for alt in &self.alternatives {
            let mut cur = vec![root];
            let mut k = 0;
            if let Some(first @ Step::Type(_)) = alt.first() {
                cur = apply(first, tree, cur, engine)?;
                k = 1;
            }
            if let (Some(idx), Some(Step::NodesByType(t)), [only]) =
                (index, alt.get(k), cur.as_slice())
                && *only == root
            {
                cur = idx
                    .get(t.as_str())
                    .map(|v| v.iter().copied().filter(|n| tree.is_live(*n)).collect())
                    .unwrap_or_default();
                k += 1;
            }
            for s in &alt[k.min(alt.len())..] {
                cur = apply(s, tree, cur, engine)?;
                if cur.is_empty() {
                    break;
                }
            }
            for n in cur {
                if !out.contains(&n) {
                    out.push(n);
                }
            }
        }
        Ok(out)
    }
}

fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !s.starts_with(|c: char| c.is_ascii_digit())
}

fn step(raw: &str, first: bool) -> Result<Step, String> {
    let raw = raw.trim().trim_matches('`');
    if let Some(open) = raw.find('(') {
        let name = raw[..open].trim();
        let arg = raw[open + 1..]
            .strip_suffix(')')
            .ok_or("unbalanced parentheses")?
            .trim();
        let quoted = || -> Result<String, String> {
            let a = arg.trim();
            a.strip_prefix('\'')
                .and_then(|a| a.strip_suffix('\''))
                .map(str::to_string)
                .filter(|a| !a.is_empty())
                .ok_or_else(|| format!("{name}() takes one quoted name"))
        };
        return match name {
            "nodesByType" => Ok(Step::NodesByType(quoted()?)),
            "nodesByName" => Ok(Step::NodesByName(quoted()?)),
            "descendants" if arg.is_empty() => Ok(Step::Descendants),
            "children" if arg.is_empty() => Ok(Step::Children),
            "first" if arg.is_empty() => Ok(Step::First),
            "last" if arg.is_empty() => Ok(Step::Last),
            "ofType" if is_identifier(arg) => Ok(Step::OfType(arg.to_string())),
            "where" if !arg.is_empty() => {
                // Checked now, so that a bad criterion is a configuration error.
                rh_parse_check(arg)?;
                Ok(Step::Where(arg.to_string()))
            }
            _ => Err(format!("'{name}()' is not supported in a rule path")),
        };
    }
    if !is_identifier(raw) {
        return Err(format!("'{raw}' is not an element name"));
    }
    if first && raw.starts_with(|c: char| c.is_ascii_uppercase()) {
        return Ok(Step::Type(raw.to_string()));
    }
    Ok(Step::Member(raw.to_string()))
}

fn rh_parse_check(expr: &str) -> Result<(), String> {
    ward_fhir::path::check_syntax(expr).map_err(|e| format!("where({expr}): {e}"))
}

fn apply(
    s: &Step,
    tree: &Tree,
    cur: Vec<NodeId>,
    engine: &dyn PathEngine,
) -> Result<Vec<NodeId>, DeidError> {
    let n = |id: NodeId| &tree.nodes[id];
    Ok(match s {
        Step::Type(t) => cur
            .into_iter()
            .filter(|id| {
                n(*id).is_resource()
                    && (t == "Resource"
                        || t == n(*id).ty
                        || (t == "DomainResource" && n(*id).ty != "Bundle"))
            })
            .collect(),
        Step::Member(m) => {
            let mut out = Vec::new();
            for id in cur {
                out.extend(tree.children(id).filter(|c| n(*c).name == *m));
            }
            out
        }
        Step::NodesByType(t) => {
            let mut out = Vec::new();
            for id in cur {
                if n(id).ty == t {
                    out.push(id);
                }
                within_resource(tree, id, &mut |c| {
                    if n(c).ty == t {
                        out.push(c)
                    }
                });
            }
            out
        }
        Step::NodesByName(m) => {
            let mut out = Vec::new();
            for id in cur {
                if n(id).name == *m {
                    out.push(id);
                }
                within_resource(tree, id, &mut |c| {
                    if n(c).name == *m {
                        out.push(c)
                    }
                });
            }
            out
        }
        Step::Descendants => {
            let mut out = Vec::new();
            for id in cur {
                tree.descendants(id, &mut out);
            }
            out
        }
        Step::Children => cur.into_iter().flat_map(|id| tree.children(id)).collect(),
        Step::OfType(t) => cur
            .into_iter()
            .filter(|id| n(*id).ty.eq_ignore_ascii_case(t))
            .collect(),
        Step::Index(i) => cur.into_iter().nth(*i).into_iter().collect(),
        Step::First => cur.into_iter().next().into_iter().collect(),
        Step::Last => cur.into_iter().last().into_iter().collect(),
        Step::Where(expr) => {
            let mut out = Vec::new();
            for id in cur {
                let json = tree.to_json(id);
                let r = engine
                    .evaluate(&json, expr)
                    .map_err(|e| DeidError::Rule(format!("where({expr}): {e}")))?;
                if r.first().and_then(serde_json::Value::as_bool) == Some(true) {
                    out.push(id);
                }
            }
            out
        }
    })
}

/// A resource's elements by FHIR type (the resource itself included, nested resources
/// not), in document order.
pub type TypeIndex = rustc_hash::FxHashMap<&'static str, Vec<NodeId>>;

/// Builds the [`TypeIndex`] of the resource at `root`.
pub fn type_index(tree: &Tree, root: NodeId) -> TypeIndex {
    let mut idx = TypeIndex::default();
    idx.entry(tree.nodes[root].ty).or_default().push(root);
    within_resource(tree, root, &mut |c| {
        idx.entry(tree.nodes[c].ty).or_default().push(c)
    });
    idx
}

/// Visits the live descendants of `id` in document order (`nodesByType()` and
/// `nodesByName()` also take the element itself), not entering nested
/// resources (a contained or Bundle entry resource is de-identified as a resource of
/// its own).
fn within_resource(tree: &Tree, id: NodeId, f: &mut dyn FnMut(NodeId)) {
    for c in tree.children(id) {
        if tree.nodes[c].is_resource() {
            continue;
        }
        f(c);
        within_resource(tree, c, f);
    }
}

/// Splits at `sep` outside parentheses, brackets and quotes.
fn split_top(s: &str, sep: char) -> Vec<&str> {
    let (mut depth, mut quote, mut start) = (0i32, false, 0);
    let mut out = Vec::new();
    for (i, c) in s.char_indices() {
        match c {
            '\'' => quote = !quote,
            '(' | '[' if !quote => depth += 1,
            ')' | ']' if !quote => depth -= 1,
            c if c == sep && !quote && depth == 0 => {
                out.push(&s[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out
}

/// Splits `a as T` at the keyword, outside parentheses and quotes.
fn split_keyword<'a>(s: &'a str, kw: &str) -> Option<(&'a str, &'a str)> {
    let (mut depth, mut quote) = (0i32, false);
    for (i, c) in s.char_indices() {
        match c {
            '\'' => quote = !quote,
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if !quote && depth == 0 && s[i..].starts_with(kw) => {
                return Some((s[..i].trim(), s[i + kw.len()..].trim()));
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::ROOT;
    use serde_json::json;
    use ward_fhir::path::RhEngine;

    fn keys(t: &Tree, ids: &[NodeId]) -> Vec<String> {
        ids.iter().map(|i| t.nodes[*i].key.to_string()).collect()
    }

    #[test]
    fn selects_elements_by_member_type_name_and_criterion() {
        let r = json!({
            "resourceType": "Patient",
            "id": "p",
            "name": [{"family": "Doe"}],
            "contact": [{"name": {"family": "Roe"}, "address": {"city": "KeepTest"}}],
            "address": [{"city": "Boston"}],
            "contained": [{"resourceType": "Person", "name": [{"family": "Inner"}]}]
        });
        let t = Tree::from_resource(&r).unwrap();
        let e = RhEngine::new();
        let sel = |p: &str| Path::parse(p).unwrap().select(&t, ROOT, &e).unwrap();
        assert_eq!(keys(&t, &sel("nodesByType('HumanName')")), ["name", "name"]);
        assert_eq!(
            keys(&t, &sel("Patient.nodesByType('HumanName').family")),
            ["family", "family"]
        );
        assert!(sel("Observation.id").is_empty());
        assert_eq!(sel("Resource.id").len(), 1);
        assert_eq!(sel("nodesByName('city')").len(), 2);
        let kept = sel("Patient.nodesByType('Address').where(city='KeepTest')");
        assert_eq!(kept.len(), 1);
        assert_eq!(t.nodes[t.nodes[kept[0]].parent.unwrap()].key, "contact");
        assert_eq!(sel("Patient.name | Patient.contact.name").len(), 2);
        assert!(Path::parse("invalid()").is_err());
        assert!(Path::parse("Patient.name.where(").is_err());
    }

    #[test]
    fn choice_elements_and_as() {
        let r = json!({"resourceType": "Condition", "onsetAge": {"value": 92}, "note": [{"text": "x"}]});
        let t = Tree::from_resource(&r).unwrap();
        let e = RhEngine::new();
        let sel = |p: &str| Path::parse(p).unwrap().select(&t, ROOT, &e).unwrap();
        assert_eq!(sel("Condition.onset as Age").len(), 1);
        assert_eq!(sel("Condition.onset as Period").len(), 0);
        assert_eq!(sel("Condition.onset").len(), 1);
        assert_eq!(sel("nodesByType('Age')").len(), 1);
    }
}
