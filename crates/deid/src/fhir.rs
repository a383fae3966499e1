//! Applying a configuration to FHIR resources, as Microsoft's FHIR anonymizer does.
//!
//! Each resource in a document (the top-level one, every Bundle entry and every
//! contained resource) is processed on its own with the rules that apply to its type, in
//! the configuration's order. A rule covers the whole subtree of each element it
//! selects; an element one rule has processed (even `keep`) is left alone by every later
//! rule. Emptied elements disappear; resources never do. Resources that were changed get
//! `meta.security` labels (contained resources' changes show on their container, a
//! Bundle shows the union of its entries').

use crate::DeidError;
use crate::config::{
    Config, DateShiftScope, Generalize, Method, Perturb, ProcessingErrors, Rule, Scrub,
};
use crate::model::Model;
use crate::text::{Scanner, Span, Surrogates, tag};
use crate::tree::{NodeId, ROOT, Tree};
use aws_lc_rs::hmac;
use chrono::{Datelike, NaiveDate};
use serde_json::{Value, json};
use ward_fhir::path::{PathEngine, RhEngine};

/// What was done to a resource, one bit per security label.
type Ops = u8;
const REDACT: Ops = 1;
const ABSTRACT: Ops = 2;
const CRYPTOHASH: Ops = 4;
const ENCRYPT: Ops = 8;
const PERTURB: Ops = 16;
const SUBSTITUTE: Ops = 32;
const GENERALIZE: Ops = 64;

const V3_OBSERVATION_VALUE: &str = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";

/// The `meta.security` coding for each operation, built once.
fn label(op: Ops) -> &'static Value {
    static LABELS: std::sync::OnceLock<Vec<Value>> = std::sync::OnceLock::new();
    let all = LABELS.get_or_init(|| (0..7).map(|bit| coding(1 << bit)).collect());
    &all[(op.trailing_zeros() as usize).min(6)]
}

/// The `meta.security` coding for each operation, in the order they are added.
fn coding(op: Ops) -> Value {
    match op {
        REDACT => {
            json!({"system": V3_OBSERVATION_VALUE, "code": "REDACTED", "display": "redacted"})
        }
        ABSTRACT => {
            json!({"system": V3_OBSERVATION_VALUE, "code": "ABSTRED", "display": "abstracted"})
        }
        CRYPTOHASH => {
            json!({"system": V3_OBSERVATION_VALUE, "code": "CRYTOHASH", "display": "cryptographic hash function"})
        }
        ENCRYPT => {
            json!({"code": "ENCRYPT", "display": "exact value is transformed into ciphertext"})
        }
        PERTURB => {
            json!({"code": "PERTURBED", "display": "exact value is replaced with another exact value"})
        }
        SUBSTITUTE => {
            json!({"code": "SUBSTITUTED", "display": "exact value is replaced with a predefined value"})
        }
        _ => {
            json!({"code": "GENERALIZED", "display": "exact value is replaced with a general value"})
        }
    }
}

/// Why a document could not be de-identified.
enum Fail {
    /// A rule failed on this document (`processingErrors` decides).
    Processing(String),
    /// Anything else: always an error.
    Other(DeidError),
}

impl From<DeidError> for Fail {
    fn from(e: DeidError) -> Self {
        Fail::Other(e)
    }
}

fn not_a_resource() -> DeidError {
    DeidError::Input("not a FHIR R4 resource (no known resourceType)".into())
}

/// A de-identified resource, to serialize (`serde_json::to_writer`, `to_string_pretty`…).
pub enum Anonymized {
    Tree(Tree),
    /// The resource a rule failed on, under `processingErrors: skip`: its type and a
    /// `REDACTED` label, nothing else.
    Skipped(Value),
}

impl Anonymized {
    /// Resources in it: a Bundle's entries, or 1.
    pub fn resources(&self) -> usize {
        match self {
            Anonymized::Tree(t) if t.nodes[ROOT].ty == "Bundle" => t
                .children(ROOT)
                .filter(|c| t.nodes[*c].key == "entry")
                .count(),
            _ => 1,
        }
    }
}

impl serde::Serialize for Anonymized {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Anonymized::Tree(t) => t.view(ROOT).serialize(s),
            Anonymized::Skipped(v) => v.serialize(s),
        }
    }
}

/// A configuration ready to apply.
pub struct Anonymizer {
    config: Config,
    engine: Box<dyn PathEngine>,
    today: NaiveDate,
    hash_key: hmac::Key,
    /// Texts the scanner found nothing in (the value is empty).
    clean: Memo,
    /// Keyed hashes of ids.
    hashes: Memo,
}

/// A bounded memory of results for short inputs, kept for one anonymizer's life:
/// texts the scanner found nothing in (the same `CodeableConcept.text` recurs in
/// thousands of resources) and the keyed hashes of ids (a Bundle names its patient in
/// every entry). Emptied when full; every key and value wiped when dropped or emptied.
struct Memo(std::sync::Mutex<rustc_hash::FxHashMap<String, String>>);

/// Inputs longer than this are not remembered (they are rarely repeated).
const MEMO_MAX_LEN: usize = 256;
/// At most this many remembered inputs (about 20 MB at the longest).
const MEMO_MAX: usize = 40_000;

impl Memo {
    fn new() -> Memo {
        Memo(std::sync::Mutex::new(rustc_hash::FxHashMap::default()))
    }

    fn get(&self, input: &str) -> Option<String> {
        if input.len() > MEMO_MAX_LEN {
            return None;
        }
        self.0.lock().ok()?.get(input).cloned()
    }

    fn insert(&self, input: &str, result: &str) {
        if input.len() > MEMO_MAX_LEN {
            return;
        }
        if let Ok(mut m) = self.0.lock() {
            if m.len() >= MEMO_MAX {
                wipe(&mut m);
            }
            m.insert(input.to_string(), result.to_string());
        }
    }
}

fn wipe(m: &mut rustc_hash::FxHashMap<String, String>) {
    use zeroize::Zeroize;
    for (mut k, mut v) in m.drain() {
        k.zeroize();
        v.zeroize();
    }
}

impl Drop for Memo {
    fn drop(&mut self) {
        if let Ok(m) = self.0.get_mut() {
            wipe(m);
        }
    }
}

/// Per-document settings.
#[derive(Clone, Debug, Default)]
pub struct Document<'a> {
    /// The date-shift prefix under `file` or `folder` scope: the file's name, the
    /// folder's name. Ignored under `resource` scope.
    pub scope_name: Option<&'a str>,
}

impl Anonymizer {
    /// Empty `cryptoHashKey`, `dateShiftKey` or `encryptKey` get a random key for this
    /// anonymizer's lifetime, as the anonymizer does: pseudonyms and shifts are then
    /// consistent within a run and cannot be linked to any other run.
    pub fn new(mut config: Config) -> Result<Anonymizer, DeidError> {
        let p = &mut config.parameters;
        for key in [
            &mut p.crypto_hash_key,
            &mut p.date_shift_key,
            &mut p.encrypt_key,
        ] {
            if key.is_empty() {
                *key = run_key()?;
            }
        }
        let hash_key = hmac::Key::new(
            hmac::HMAC_SHA256,
            config.parameters.crypto_hash_key.as_bytes(),
        );
        Ok(Anonymizer {
            config,
            engine: Box::new(RhEngine::new()),
            today: chrono::Local::now().date_naive(),
            hash_key,
            clean: Memo::new(),
            hashes: Memo::new(),
        })
    }

    /// Fixes "today" (ages over 89 are judged against it), for reproducible output.
    pub fn with_today(mut self, today: NaiveDate) -> Anonymizer {
        self.today = today;
        self
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// De-identifies one resource (a Bundle's entries and contained resources included).
    pub fn anonymize(&self, resource: &Value, doc: &Document<'_>) -> Result<Value, DeidError> {
        Ok(match self.anonymize_value(resource, doc)? {
            Anonymized::Tree(t) => t.to_json(ROOT),
            Anonymized::Skipped(v) => v,
        })
    }

    /// Like [`Anonymizer::anonymize`], returning the result to serialize (no `Value` is
    /// built for it).
    pub fn anonymize_value(
        &self,
        resource: &Value,
        doc: &Document<'_>,
    ) -> Result<Anonymized, DeidError> {
        let tree = Tree::from_resource(resource).ok_or_else(not_a_resource)?;
        self.run(tree, doc)
    }

    /// De-identifies one resource given as JSON text, parsed straight into its element
    /// tree: the fast path (no `Value` is built on the way in or out). Errors name the
    /// place of a syntax error, never the text.
    pub fn anonymize_str(&self, text: &str, doc: &Document<'_>) -> Result<Anonymized, DeidError> {
        let tree = Tree::parse(text)
            .map_err(|e| {
                DeidError::Input(format!(
                    "not JSON ({} at line {} column {})",
                    match e.classify() {
                        serde_json::error::Category::Eof => "unexpected end",
                        _ => "syntax error",
                    },
                    e.line(),
                    e.column()
                ))
            })?
            .ok_or_else(not_a_resource)?;
        self.run(tree, doc)
    }

    fn run(&self, mut tree: Tree, doc: &Document<'_>) -> Result<Anonymized, DeidError> {
        let mut st = State {
            visited: vec![false; tree.nodes.len()],
            doc,
            patient: None,
        };
        match self.visit(&mut tree, &mut st, ROOT) {
            Ok(_) => Ok(Anonymized::Tree(tree)),
            Err(Fail::Other(e)) => Err(e),
            Err(Fail::Processing(why)) => match self.config.processing_errors {
                ProcessingErrors::Skip => Ok(Anonymized::Skipped(json!({
                    "resourceType": tree.nodes[ROOT].ty,
                    "meta": {"security": [label(REDACT)]}
                }))),
                _ => Err(DeidError::Rule(why)),
            },
        }
    }

    fn visit(&self, tree: &mut Tree, st: &mut State<'_>, id: NodeId) -> Result<Ops, Fail> {
        let is_resource = tree.nodes[id].is_resource();
        let mut ops = 0;
        let outer = st.patient.clone();
        if is_resource {
            if self.config.parameters.date_shift_scope == DateShiftScope::Patient
                && tree.nodes[id].key != "contained"
            {
                st.patient = patient_of(tree, id).or(outer.clone());
            }
            ops |= self.process_resource(tree, st, id)?;
        }
        // By index, over the children there were before (visiting a child changes only
        // that child's subtree, never this list; no copy of it is made).
        for i in 0..tree.nodes[id].children.len() {
            let c = tree.nodes[id].children[i];
            if !tree.nodes[c].removed {
                ops |= self.visit(tree, st, c)?;
            }
        }
        st.patient = outer;
        if is_resource && ops != 0 && tree.nodes[id].key != "contained" {
            add_labels(tree, id, ops);
            st.grow(tree);
        }
        Ok(ops)
    }

    fn process_resource(
        &self,
        tree: &mut Tree,
        st: &mut State<'_>,
        r: NodeId,
    ) -> Result<Ops, Fail> {
        let mut ops = 0;
        // One walk for every `nodesByType()` rule; elements that rules remove are
        // skipped, elements a substitution adds are already processed.
        let index = crate::select::type_index(tree, r);
        for rule in &self.config.rules {
            if let Some(t) = rule.path.resource_type()
                && t != tree.nodes[r].ty
            {
                continue;
            }
            let matches = rule
                .path
                .select_indexed(tree, r, self.engine.as_ref(), Some(&index))?;
            for m in matches {
                ops |= self.recurse(tree, st, m, rule)?;
            }
        }
        Ok(ops)
    }

    fn recurse(
        &self,
        tree: &mut Tree,
        st: &mut State<'_>,
        n: NodeId,
        rule: &Rule,
    ) -> Result<Ops, Fail> {
        if st.visited[n] || !tree.is_live(n) {
            return Ok(0);
        }
        let mut ops = self.apply(tree, st, n, rule)?;
        st.grow(tree);
        // `scrub` claims only the text it scanned; the rest of its subtree stays for
        // later rules.
        if !matches!(rule.method, Method::Scrub(_)) || is_text(tree.nodes[n].ty) {
            st.visited[n] = true;
        }
        let kids: Vec<NodeId> = tree.children(n).collect();
        for c in kids {
            if tree.nodes[c].is_resource() {
                continue;
            }
            ops |= self.recurse(tree, st, c, rule)?;
        }
        Ok(ops)
    }

    fn apply(
        &self,
        tree: &mut Tree,
        st: &mut State<'_>,
        n: NodeId,
        rule: &Rule,
    ) -> Result<Ops, Fail> {
        let has_value = tree.nodes[n]
            .value
            .as_ref()
            .is_some_and(|v| !matches!(v, Value::String(s) if s.is_empty()));
        Ok(match &rule.method {
            Method::Keep => 0,
            Method::Redact if has_value => self.redact(tree, n),
            Method::DateShift if has_value => self.date_shift(tree, st, n),
            Method::CryptoHash if has_value => self.crypto_hash(tree, n),
            Method::Encrypt if has_value => self.encrypt(tree, n)?,
            Method::Substitute(with) => substitute(tree, st, n, with),
            Method::Perturb(p) => perturb(tree, st, n, p)?,
            Method::Generalize(g) => self.generalize(tree, n, g)?,
            Method::Scrub(s) => self.scrub(tree, st, n, s),
            _ => 0,
        })
    }

    // ---- scrub --------------------------------------------------------------------

    /// Scrubs one element: a string, markdown or XHTML value, or an attachment's payload.
    fn scrub(&self, tree: &mut Tree, st: &mut State<'_>, n: NodeId, s: &Scrub) -> Ops {
        let ty = tree.nodes[n].ty;
        if ty == "Attachment" {
            return self.scrub_attachment(tree, st, n, s);
        }
        if !is_text(ty) {
            return 0;
        }
        let Some(Value::String(text)) = &tree.nodes[n].value else {
            return 0;
        };
        let out = if ty == "xhtml" {
            let shift = self.shift_days(tree, st);
            self.scrub_xhtml(text, shift, s)
        } else {
            self.scrub_text(text, || self.shift_days(tree, st), s)
        };
        match out {
            Some((out, op)) => {
                tree.nodes[n].value = Some(Value::String(out));
                op
            }
            None => 0,
        }
    }

    /// The PHI spans in `text` that the rule does not keep.
    fn spans(&self, text: &str, s: &Scrub) -> Vec<Span> {
        if self.clean.get(text).is_some() {
            return Vec::new();
        }
        let found = Scanner::new().scan(text);
        if found.is_empty() {
            self.clean.insert(text, "");
        }
        found
            .into_iter()
            .filter(|sp| !s.keep.contains(&sp.ty))
            .collect()
    }

    /// `text` with `spans` replaced, and the label for what was done.
    fn replace(&self, text: &str, spans: &[Span], shift: i64, s: &Scrub) -> (String, Ops) {
        if s.surrogate {
            let key = self.config.parameters.crypto_hash_key.as_bytes();
            (Surrogates::new(key, shift).apply(text, spans), SUBSTITUTE)
        } else {
            (tag(text, spans), REDACT)
        }
    }

    /// `text` with its PHI replaced, and the label for what was done; `None` if nothing
    /// was found.
    /// (`shift` is asked only when something was found.)
    fn scrub_text(
        &self,
        text: &str,
        shift: impl FnOnce() -> i64,
        s: &Scrub,
    ) -> Option<(String, Ops)> {
        let spans = self.spans(text, s);
        (!spans.is_empty()).then(|| self.replace(text, &spans, shift(), s))
    }

    /// XHTML narrative: the text is scanned as a whole with the markup blanked out (so
    /// context across inline tags counts), and replaced segment by segment; tags keep
    /// their name and `xmlns` only (attribute values such as links can carry
    /// identifiers), and comments and declarations are dropped.
    fn scrub_xhtml(&self, div: &str, shift: i64, s: &Scrub) -> Option<(String, Ops)> {
        let spans = self.spans(&crate::check::mask_markup(div), s);
        let mut out = String::with_capacity(div.len());
        let mut ops = 0;
        let mut at = 0;
        while at < div.len() {
            let end = div[at..].find('<').map_or(div.len(), |i| at + i);
            // The spans that fall in this text segment, clipped to it.
            let inside: Vec<Span> = spans
                .iter()
                .filter(|sp| sp.start < end && sp.end > at)
                .map(|sp| Span {
                    start: sp.start.max(at) - at,
                    end: sp.end.min(end) - at,
                    ty: sp.ty,
                })
                .filter(|sp| sp.start < sp.end)
                .collect();
            let text = &div[at..end];
            if inside.is_empty() {
                out.push_str(text);
            } else {
                let (t, op) = self.replace(text, &inside, shift, s);
                out.push_str(&t);
                ops |= op;
            }
            if end == div.len() {
                break;
            }
            let close = div[end..].find('>').map_or(div.len(), |i| end + i + 1);
            let markup = &div[end..close];
            let cleaned = clean_tag(markup);
            if cleaned != markup {
                ops |= REDACT;
            }
            out.push_str(&cleaned);
            at = close;
        }
        (ops != 0).then_some((out, ops))
    }

    /// An attachment: textual `data` is decoded, scrubbed and encoded again (`size`
    /// follows, `hash` goes: it would identify the original); other data, and `url`, which
    /// cannot be scanned, are removed.
    fn scrub_attachment(&self, tree: &mut Tree, st: &mut State<'_>, n: NodeId, s: &Scrub) -> Ops {
        use base64::Engine;
        let b64 = base64::engine::general_purpose::STANDARD;
        let kids: Vec<NodeId> = tree.children(n).collect();
        let child = |name: &str| kids.iter().copied().find(|&c| tree.nodes[c].name == name);
        let textual = child("contentType")
            .and_then(|c| tree.nodes[c].value.as_ref()?.as_str().map(str::to_string))
            .is_some_and(|t| t.trim().to_ascii_lowercase().starts_with("text/plain"));
        let (data, size, hash, url) = (child("data"), child("size"), child("hash"), child("url"));
        let mut ops = 0;
        let mut new_size = None;
        if let Some(d) = data {
            let decoded = tree.nodes[d]
                .value
                .as_ref()
                .and_then(Value::as_str)
                .and_then(|v| b64.decode(v.trim()).ok())
                .and_then(|b| String::from_utf8(b).ok());
            match decoded.filter(|_| textual) {
                Some(text) => {
                    let shift = self.shift_days(tree, st);
                    let out = match self.scrub_text(&text, || shift, s) {
                        Some((t, op)) => {
                            ops |= op;
                            t
                        }
                        None => text,
                    };
                    new_size = Some(out.len());
                    tree.nodes[d].value = Some(Value::String(b64.encode(out.as_bytes())));
                }
                None => {
                    tree.nodes[d].value = None;
                    ops |= REDACT;
                }
            }
            st.visited[d] = true;
        }
        if let Some(z) = size {
            tree.nodes[z].value = new_size.map(|n| Value::from(n as u64));
            st.visited[z] = true;
        }
        for c in [hash, url].into_iter().flatten() {
            if tree.nodes[c].value.take().is_some() {
                ops |= REDACT;
            }
            st.visited[c] = true;
        }
        ops
    }

    // ---- redact -------------------------------------------------------------------

    fn redact(&self, tree: &mut Tree, n: NodeId) -> Ops {
        let p = &self.config.parameters;
        let node = &tree.nodes[n];
        let ty = node.ty;
        let parent_ty = node.parent.map(|p| tree.nodes[p].ty);
        if matches!(ty, "date" | "dateTime" | "instant") {
            return self.redact_date(tree, n);
        }
        if ty == "decimal" && parent_ty == Some("Age") && node.name == "value" {
            let v = node.value.as_ref().and_then(Value::as_f64);
            if !p.partial_ages || v.is_none_or(|v| v.trunc() > 89.0) {
                tree.nodes[n].value = None;
            }
            return REDACT;
        }
        if node.name.eq_ignore_ascii_case("postalCode") {
            if !p.partial_zip_codes {
                tree.nodes[n].value = None;
                return REDACT;
            }
            let s = value_string(node.value.as_ref());
            let restricted = p.restricted_zip3.iter().any(|z| s.starts_with(z.as_str()));
            let out: String = if restricted {
                s.chars()
                    .map(|c| if c.is_ascii_digit() { '0' } else { c })
                    .collect()
            } else if s.chars().count() >= 3 {
                s.chars()
                    .enumerate()
                    .map(|(i, c)| if i >= 3 && c.is_ascii_digit() { '0' } else { c })
                    .collect()
            } else {
                s
            };
            tree.nodes[n].value = Some(Value::String(out));
            return ABSTRACT;
        }
        tree.nodes[n].value = None;
        REDACT
    }

    /// Removes a date, or keeps only its year (partial dates), unless it shows an age
    /// over 89.
    fn redact_date(&self, tree: &mut Tree, n: NodeId) -> Ops {
        let s = value_string(tree.nodes[n].value.as_ref());
        if !self.config.parameters.partial_dates {
            tree.nodes[n].value = None;
            return REDACT;
        }
        if let Some(d) = DateParts::parse(&s) {
            tree.nodes[n].value = if d.over_89(self.today) {
                None
            } else {
                Some(Value::String(format!("{:04}", d.year)))
            };
        }
        REDACT
    }

    // ---- dateShift ----------------------------------------------------------------

    fn date_shift(&self, tree: &mut Tree, st: &State<'_>, n: NodeId) -> Ops {
        if !matches!(tree.nodes[n].ty, "date" | "dateTime" | "instant") {
            return 0;
        }
        let s = value_string(tree.nodes[n].value.as_ref());
        let shifted = DateParts::parse(&s)
            .filter(|d| d.day.is_some() && !d.over_89(self.today))
            .and_then(|d| {
                let offset = self.shift_days(tree, st);
                let date = NaiveDate::from_ymd_opt(d.year, d.month?, d.day?)?
                    .checked_add_signed(chrono::Duration::days(offset))?;
                let time = match (tree.nodes[n].ty, d.time) {
                    ("date", _) | (_, None) => String::new(),
                    (_, Some(t)) => zero_time(t),
                };
                Some(format!(
                    "{:04}-{:02}-{:02}{time}",
                    date.year(),
                    date.month(),
                    date.day()
                ))
            });
        match shifted {
            Some(v) => {
                tree.nodes[n].value = Some(Value::String(v));
                PERTURB
            }
            None => self.redact_date(tree, n),
        }
    }

    /// The shift: fixed if configured, else derived from the scope's name (the document's
    /// root resource id under `resource` scope) and `dateShiftKey`, in -50..=50 days.
    fn shift_days(&self, tree: &Tree, st: &State<'_>) -> i64 {
        let p = &self.config.parameters;
        if let Some(fixed) = p.date_shift_fixed_offset {
            return fixed;
        }
        let root_id = || {
            tree.children(ROOT)
                .find(|c| tree.nodes[*c].key == "id")
                .map(|c| value_string(tree.nodes[c].value.as_ref()))
                .unwrap_or_default()
        };
        let prefix = match (p.date_shift_scope, st.doc.scope_name) {
            (DateShiftScope::Patient, _) => st.patient.clone().unwrap_or_else(root_id),
            (DateShiftScope::Resource, _) | (_, None) => root_id(),
            (_, Some(name)) => name.to_string(),
        };
        shift_days(&prefix, &p.date_shift_key)
    }

    // ---- cryptoHash and encrypt ---------------------------------------------------

    /// Lower-case hex HMAC-SHA256 of `s` under `cryptoHashKey`; the empty string stays empty.
    pub fn hash(&self, s: &str) -> String {
        if s.is_empty() {
            return String::new();
        }
        if let Some(h) = self.hashes.get(s) {
            return h;
        }
        let tag = hmac::sign(&self.hash_key, s.as_bytes());
        let h = ward_crypto::hex(tag.as_ref());
        self.hashes.insert(s, &h);
        h
    }

    fn crypto_hash(&self, tree: &mut Tree, n: NodeId) -> Ops {
        let s = value_string(tree.nodes[n].value.as_ref());
        let is_reference = tree.nodes[n].name.eq_ignore_ascii_case("reference")
            && tree.nodes[n]
                .parent
                .is_some_and(|p| tree.nodes[p].ty == "Reference");
        let out = if is_reference {
            self.hash_reference(&s)
        } else {
            self.hash(&s)
        };
        tree.nodes[n].value = Some(Value::String(out));
        CRYPTOHASH
    }

    /// Hashes the id part of a reference (`Patient/1` → `Patient/<hash>`, `#c1`,
    /// `urn:uuid:`, `urn:oid:`, absolute URLs ending in `Type/id`), the whole text otherwise.
    fn hash_reference(&self, s: &str) -> String {
        if let Some(local) = s.strip_prefix('#') {
            return format!("#{}", self.hash(local));
        }
        if let Some((pre, id, post)) = split_reference(s) {
            return format!("{pre}{}{post}", self.hash(id));
        }
        for scheme in ["urn:oid:", "urn:uuid:"] {
            if let Some(rest) = s.strip_prefix(scheme)
                && (if scheme == "urn:oid:" {
                    is_oid(rest)
                } else {
                    is_uuid(rest)
                })
            {
                return format!("{scheme}{}", self.hash(rest));
            }
        }
        self.hash(s)
    }

    fn encrypt(&self, tree: &mut Tree, n: NodeId) -> Result<Ops, Fail> {
        use aws_lc_rs::cipher::{
            AES_128, AES_192, AES_256, PaddedBlockEncryptingKey, UnboundCipherKey,
        };
        use base64::Engine as _;
        let key = self.config.parameters.encrypt_key.as_bytes();
        let alg = match key.len() {
            16 => &AES_128,
            24 => &AES_192,
            _ => &AES_256,
        };
        let fail = || Fail::Other(DeidError::Rule("encryption failed".into()));
        let key = UnboundCipherKey::new(alg, key).map_err(|_| fail())?;
        let key = PaddedBlockEncryptingKey::cbc_pkcs7(key).map_err(|_| fail())?;
        let mut data = value_string(tree.nodes[n].value.as_ref()).into_bytes();
        let ctx = key.encrypt(&mut data).map_err(|_| fail())?;
        let iv: &[u8] = (&ctx).try_into().map_err(|_| fail())?;
        let mut out = iv.to_vec();
        out.extend_from_slice(&data);
        tree.nodes[n].value = Some(Value::String(
            base64::engine::general_purpose::STANDARD.encode(out),
        ));
        Ok(ENCRYPT)
    }

    // ---- generalize -----------------------------------------------------------------

    fn generalize(&self, tree: &mut Tree, n: NodeId, g: &Generalize) -> Result<Ops, Fail> {
        let node = &tree.nodes[n];
        if !node.is_primitive() {
            return Err(Fail::Other(DeidError::Rule(format!(
                "generalize applies to primitive values, not to {} elements",
                if node.ty.is_empty() {
                    "untyped"
                } else {
                    node.ty
                }
            ))));
        }
        let Some(v) = node.value.clone() else {
            return Ok(0);
        };
        let this = literal(node.ty, &v);
        for (cond, expr) in &g.cases {
            let fail = |case: &str| {
                Fail::Processing(format!("generalize failed when processing '{case}'"))
            };
            let c = self
                .engine
                .evaluate(&Value::Null, &substitute_this(cond, &this))
                .map_err(|_| fail(cond))?;
            let holds = match c.as_slice() {
                [] => false,
                [Value::Bool(b)] => *b,
                [_] => true,
                _ => return Err(fail(cond)),
            };
            if holds {
                let r = self
                    .engine
                    .evaluate(&Value::Null, &substitute_this(expr, &this))
                    .map_err(|_| fail(expr))?;
                tree.nodes[n].value = match r.as_slice() {
                    [] => None,
                    [one] => Some(from_fhirpath(one)),
                    _ => return Err(fail(expr)),
                };
                return Ok(GENERALIZE);
            }
        }
        if !g.keep_others {
            tree.nodes[n].value = None;
        }
        Ok(GENERALIZE)
    }
}

struct State<'a> {
    visited: Vec<bool>,
    doc: &'a Document<'a>,
    /// Under `patient` scope: the patient of the resource being processed, read
    /// before any rule changed it.
    patient: Option<String>,
}

impl State<'_> {
    /// Keeps `visited` as long as the tree (labels and substitutions add nodes).
    fn grow(&mut self, tree: &Tree) {
        if self.visited.len() < tree.nodes.len() {
            self.visited.resize(tree.nodes.len(), false);
        }
    }
}

/// A random key for one run: 32 characters, so that it also serves as an AES-256 key.
pub fn run_key() -> Result<zeroize::Zeroizing<String>, DeidError> {
    ward_crypto::random_token(24)
        .map_err(|_| DeidError::Config("no randomness for a run key".into()))
}

/// The anonymizer's date shift for a scope name and key: -50..=50 days. It spreads
/// scopes over the range; it is not a secret-keyed function (a shift can be learned
/// from one known date), which is why `safe-harbor` keeps years instead of shifting.
pub fn shift_days(prefix: &str, key: &str) -> i64 {
    let mut acc: i64 = 0;
    for b in prefix.bytes().chain(key.bytes()) {
        acc = (acc * 131 + b as i64) % 101;
    }
    acc - 50
}

/// The patient a resource belongs to: a Patient's own id, else the id in its `subject`,
/// `patient` or `beneficiary` reference (`Patient/X`, `urn:uuid:X`).
fn patient_of(tree: &Tree, r: NodeId) -> Option<String> {
    let child = |at: NodeId, key: &str| tree.children(at).find(|c| tree.nodes[*c].key == key);
    if tree.nodes[r].ty == "Patient" {
        return child(r, "id").map(|c| value_string(tree.nodes[c].value.as_ref()));
    }
    ["subject", "patient", "beneficiary"].iter().find_map(|k| {
        let reference = child(child(r, k)?, "reference")?;
        let s = value_string(tree.nodes[reference].value.as_ref());
        let id = s
            .strip_prefix("urn:uuid:")
            .or_else(|| s.rsplit_once("Patient/").map(|(_, id)| id))?;
        Some(id.split('/').next().unwrap_or(id).to_string())
    })
}

/// A primitive's text, as the anonymizer writes values (`True`/`False` for booleans).
fn value_string(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(true)) => "True".into(),
        Some(Value::Bool(false)) => "False".into(),
        Some(Value::Number(n)) => n.to_string(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// The parts of a FHIR date, dateTime or instant.
#[derive(Debug, PartialEq)]
struct DateParts<'a> {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
    /// `Thh:mm:ss[.fff](Z|±hh:mm)`, when the value has a full time with a zone.
    time: Option<&'a str>,
}

impl<'a> DateParts<'a> {
    fn parse(s: &'a str) -> Option<DateParts<'a>> {
        let num = |t: &str, n: usize| -> Option<u32> {
            (t.len() >= n && t.as_bytes()[..n].iter().all(u8::is_ascii_digit))
                .then(|| t[..n].parse().ok())
                .flatten()
        };
        let year = num(s, 4)? as i32;
        let mut rest = &s[4..];
        let mut month = None;
        let mut day = None;
        if let Some(r) = rest.strip_prefix('-')
            && let Some(m) = num(r, 2).filter(|m| (1..=12).contains(m))
        {
            month = Some(m);
            rest = &r[2..];
            if let Some(r) = rest.strip_prefix('-')
                && let Some(d) = num(r, 2).filter(|d| (1..=31).contains(d))
            {
                day = Some(d);
                rest = &r[2..];
            }
        }
        let time = (day.is_some() && is_full_time(rest)).then_some(rest);
        Some(DateParts {
            year,
            month,
            day,
            time,
        })
    }

    /// Whether someone born on this date would be over 89 today.
    fn over_89(&self, today: NaiveDate) -> bool {
        let (m, d) = (self.month.unwrap_or(1), self.day.unwrap_or(1));
        let mut age = today.year() - self.year;
        if today.month() < m || (today.month() == m && today.day() < d) {
            age -= 1;
        }
        age > 89
    }
}

/// `Thh:mm:ss[.f+](Z|±hh:mm)`.
/// The types whose values `scrub` scans.
fn is_text(ty: &str) -> bool {
    matches!(ty, "string" | "markdown" | "xhtml")
}

/// A tag with its name (and `xmlns`) only; comments and declarations become nothing.
fn clean_tag(markup: &str) -> String {
    if markup.starts_with("</") {
        return markup.to_string();
    }
    if markup.starts_with("<!") || markup.starts_with("<?") || !markup.ends_with('>') {
        return String::new();
    }
    let inner = &markup[1..markup.len() - 1];
    let closed = inner.ends_with('/');
    let inner = inner.trim_end_matches('/');
    let name: String = inner
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == ':')
        .collect();
    let xmlns = inner
        .find("xmlns=\"")
        .map(|i| &inner[i..])
        .and_then(|a| a[7..].find('"').map(|e| &a[..8 + e]))
        .unwrap_or("");
    let mut out = format!("<{name}");
    if !xmlns.is_empty() {
        out.push(' ');
        out.push_str(xmlns);
    }
    out.push_str(if closed { "/>" } else { ">" });
    out
}

fn is_full_time(t: &str) -> bool {
    let b = t.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if !(b.len() >= 9
        && b[0] == b'T'
        && digits(1..3)
        && b[3] == b':'
        && digits(4..6)
        && b[6] == b':'
        && digits(7..9))
    {
        return false;
    }
    let mut i = 9;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    match &t[i..] {
        "Z" => true,
        z => {
            let zb = z.as_bytes();
            zb.len() == 6
                && (zb[0] == b'+' || zb[0] == b'-')
                && zb[1..3].iter().all(u8::is_ascii_digit)
                && zb[3] == b':'
                && zb[4..6].iter().all(u8::is_ascii_digit)
        }
    }
}

/// `T13:28:17.123-05:00` → `T00:00:00.000-05:00`: the time is removed, the zone kept.
fn zero_time(t: &str) -> String {
    let zone_at = t[1..].find(['Z', '+', '-']).map_or(t.len(), |i| i + 1);
    let (time, zone) = t.split_at(zone_at);
    let zeroed: String = time
        .chars()
        .map(|c| if c.is_ascii_digit() { '0' } else { c })
        .collect();
    format!("{zeroed}{zone}")
}

fn is_id_part(s: &str) -> bool {
    (1..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
}

/// `[base/]Type/id[/_history/v]` → (`[base/]Type/`, `id`, `[/_history/v]`).
fn split_reference(s: &str) -> Option<(&str, &str, &str)> {
    let model = Model::r4();
    let (base_end, rel) = match s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
    {
        Some(rest) => {
            let scheme = s.len() - rest.len();
            // The type must follow a '/' (or start the path) in an allowed base.
            let allowed = |c: char| c.is_ascii_alphanumeric() || "/.:%$".contains(c);
            let mut found = None;
            for (i, _) in rest.match_indices('/') {
                let base = &rest[..=i];
                if base.chars().all(allowed) && reference_tail(&rest[i + 1..], model).is_some() {
                    found = Some((scheme + i + 1, &rest[i + 1..]));
                    break;
                }
            }
            found?
        }
        None => (0, s),
    };
    let (ty_len, id, post) = reference_tail(rel, model)?;
    let id_start = base_end + ty_len;
    Some((&s[..id_start], id, post))
}

/// `Type/id[/_history/v]` → (length of `Type/`, `id`, `/_history/v` or "").
fn reference_tail<'a>(rel: &'a str, model: &Model) -> Option<(usize, &'a str, &'a str)> {
    let (ty, rest) = rel.split_once('/')?;
    model.resource_type(ty)?;
    let (id, post) = match rest.split_once("/_history/") {
        Some((id, v)) if is_id_part(v) => (id, &rest[id.len()..]),
        Some(_) => return None,
        None => (rest, ""),
    };
    is_id_part(id).then_some((ty.len() + 1, id, post))
}

fn is_oid(s: &str) -> bool {
    let mut parts = s.split('.');
    let first = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    matches!(first, "0" | "1" | "2")
        && !rest.is_empty()
        && rest.iter().all(|p| {
            !p.is_empty()
                && p.bytes().all(|b| b.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
        })
}

fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Adds the labels for `ops` to a resource's `meta.security`, after those it has.
fn add_labels(tree: &mut Tree, r: NodeId, ops: Ops) {
    let existing = tree.children(r).find(|c| tree.nodes[*c].key == "meta");
    let meta = match existing {
        Some(m) => m,
        None => {
            tree.append(r, "meta", &json!({}));
            let m = tree.nodes[r].children.pop().unwrap_or(r);
            // Place meta after `id`, where FHIR puts it.
            let at = tree.nodes[r]
                .children
                .iter()
                .position(|c| tree.nodes[*c].key == "id")
                .map_or(0, |i| i + 1);
            tree.nodes[r].children.insert(at, m);
            m
        }
    };
    let present: Vec<String> = tree
        .children(meta)
        .filter(|c| tree.nodes[*c].key == "security")
        .flat_map(|s| {
            tree.children(s)
                .filter(|c| tree.nodes[*c].key == "code")
                .filter_map(|c| tree.nodes[c].value.as_ref().and_then(Value::as_str))
                .map(str::to_ascii_lowercase)
                .collect::<Vec<_>>()
        })
        .collect();
    for op in [
        REDACT, ABSTRACT, CRYPTOHASH, ENCRYPT, PERTURB, SUBSTITUTE, GENERALIZE,
    ] {
        if ops & op == 0 {
            continue;
        }
        let coding = label(op);
        let code = coding["code"].as_str().unwrap_or("").to_ascii_lowercase();
        if !present.contains(&code) {
            // `security` repeats: the coding is added as one more item.
            tree.append(meta, "security", coding);
        }
    }
}

// ---- substitute ---------------------------------------------------------------------

fn substitute(tree: &mut Tree, st: &mut State<'_>, n: NodeId, with: &Value) -> Ops {
    let primitive = tree.nodes[n].is_primitive();
    let with = if primitive {
        match with {
            Value::Null => Value::Null,
            Value::String(_) => with.clone(),
            other => Value::String(value_string(Some(other))),
        }
    } else if with.is_null() {
        json!({})
    } else {
        with.clone()
    };
    let target = tree.fragment(n, &with);
    st.grow(tree);
    let keep = kept_nodes(tree, st, n);
    subst(tree, st, n, Some(target), &keep);
    let mut all = vec![n];
    tree.descendants(n, &mut all);
    st.grow(tree);
    for id in all {
        st.visited[id] = true;
    }
    SUBSTITUTE
}

/// The nodes under `n` (with `n`) that were visited or hold a visited node.
fn kept_nodes(tree: &Tree, st: &State<'_>, n: NodeId) -> Vec<bool> {
    fn walk(tree: &Tree, st: &State<'_>, n: NodeId, keep: &mut Vec<bool>) -> bool {
        let mut k = st.visited[n];
        let kids: Vec<NodeId> = tree.children(n).collect();
        for c in kids {
            k |= walk(tree, st, c, keep);
        }
        keep[n] = k;
        k
    }
    let mut keep = vec![false; tree.nodes.len()];
    walk(tree, st, n, &mut keep);
    keep
}

/// Makes `node` look like `target` (a detached fragment; `None` for an empty one),
/// keeping what earlier rules processed.
fn subst(tree: &mut Tree, st: &mut State<'_>, node: NodeId, target: Option<NodeId>, keep: &[bool]) {
    if st.visited[node] {
        return;
    }
    let tkids: Vec<NodeId> = target
        .map(|t| tree.children(t).collect())
        .unwrap_or_default();
    let mut names: Vec<std::borrow::Cow<'static, str>> = Vec::new();
    for t in &tkids {
        if !names.contains(&tree.nodes[*t].key) {
            names.push(tree.nodes[*t].key.clone());
        }
    }
    let keeps = |id: NodeId| keep.get(id).copied().unwrap_or(false);
    for name in &names {
        let cur: Vec<NodeId> = tree
            .children(node)
            .filter(|c| tree.nodes[*c].key == *name)
            .collect();
        let tgt: Vec<NodeId> = tkids
            .iter()
            .copied()
            .filter(|t| tree.nodes[*t].key == *name)
            .collect();
        let mut i = 0;
        for c in cur {
            if st.visited[c] {
                i += 1;
            } else if i < tgt.len() {
                subst(tree, st, c, Some(tgt[i]), keep);
                i += 1;
            } else if keeps(c) {
                subst(tree, st, c, None, keep);
            } else {
                tree.nodes[c].removed = true;
            }
        }
        for t in &tgt[i.min(tgt.len())..] {
            tree.adopt(node, *t);
        }
    }
    let others: Vec<NodeId> = tree
        .children(node)
        .filter(|c| !names.contains(&tree.nodes[*c].key))
        .collect();
    for c in others {
        if st.visited[c] {
            continue;
        } else if keeps(c) {
            subst(tree, st, c, None, keep);
        } else {
            tree.nodes[c].removed = true;
        }
    }
    tree.nodes[node].value = target.and_then(|t| tree.nodes[t].value.clone());
    st.grow(tree);
}

// ---- perturb --------------------------------------------------------------------------

fn perturb(tree: &mut Tree, st: &mut State<'_>, n: NodeId, p: &Perturb) -> Result<Ops, Fail> {
    const NUMBERS: [&str; 4] = ["decimal", "integer", "positiveInt", "unsignedInt"];
    const QUANTITIES: [&str; 8] = [
        "Age",
        "Count",
        "Duration",
        "Distance",
        "Money",
        "MoneyQuantity",
        "Quantity",
        "SimpleQuantity",
    ];
    let ty = tree.nodes[n].ty;
    let v = if NUMBERS.contains(&ty) {
        n
    } else if QUANTITIES.contains(&ty) {
        match tree.children(n).find(|c| tree.nodes[*c].name == "value") {
            Some(v) => v,
            None => return Ok(0),
        }
    } else {
        return Ok(0);
    };
    let Some(x) = tree.nodes[v].value.as_ref().and_then(Value::as_f64) else {
        return Ok(0);
    };
    if st.visited[v] {
        return Ok(0);
    }
    let vty = tree.nodes[v].ty;
    let whole = matches!(vty, "integer" | "positiveInt" | "unsignedInt");
    let round_to = if whole { 0 } else { p.round_to };
    let span = if p.proportional { x * p.span } else { p.span };
    if span < 0.0 {
        return Err(Fail::Other(DeidError::Rule(
            "perturb: a proportional span needs a value of 0 or more".into(),
        )));
    }
    let mut r = [0u8; 8];
    aws_lc_rs::rand::fill(&mut r)
        .map_err(|_| Fail::Other(DeidError::Rule("no randomness".into())))?;
    let unit = (u64::from_le_bytes(r) >> 11) as f64 / (1u64 << 53) as f64;
    let noise = (unit - 0.5) * span;
    let scale = 10f64.powi(round_to as i32);
    let mut out = ((x + noise) * scale).round_ties_even() / scale;
    if vty == "positiveInt" && out <= 0.0 {
        out = 1.0;
    }
    if vty == "unsignedInt" && out < 0.0 {
        out = 0.0;
    }
    tree.nodes[v].value = Some(if whole {
        Value::from(out as i64)
    } else {
        serde_json::Number::from_f64(out).map_or(Value::Null, Value::Number)
    });
    let mut below = Vec::new();
    tree.descendants(n, &mut below);
    for d in below {
        st.visited[d] = true;
    }
    Ok(PERTURB)
}

// ---- generalize helpers -------------------------------------------------------------

/// The FHIRPath literal for a primitive value of type `ty`.
fn literal(ty: &str, v: &Value) -> String {
    match (ty, v) {
        ("date" | "dateTime" | "instant", Value::String(s)) => format!("@{s}"),
        ("time", Value::String(s)) => format!("@T{s}"),
        (_, Value::String(s)) => {
            format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
        }
        (_, Value::Bool(b)) => b.to_string(),
        (_, Value::Number(n)) => n.to_string(),
        _ => "{}".into(),
    }
}

/// Replaces `$this` (outside string literals) with `lit`.
fn substitute_this(expr: &str, lit: &str) -> String {
    let mut out = String::with_capacity(expr.len() + lit.len());
    let mut quote = false;
    let mut rest = expr;
    while let Some(c) = rest.chars().next() {
        if c == '\'' {
            quote = !quote;
        }
        if !quote && rest.starts_with("$this") {
            out.push('(');
            out.push_str(lit);
            out.push(')');
            rest = &rest[5..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// A FHIRPath result as a JSON primitive (date literals lose their `@`).
fn from_fhirpath(v: &Value) -> Value {
    match v {
        Value::String(s) => Value::String(s.strip_prefix('@').unwrap_or(s).to_string()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_parts_and_times() {
        let d = DateParts::parse("2015-02-07T13:28:17.12345-05:00").unwrap();
        assert_eq!((d.year, d.month, d.day), (2015, Some(2), Some(7)));
        assert_eq!(zero_time(d.time.unwrap()), "T00:00:00.00000-05:00");
        assert_eq!(DateParts::parse("2001-01-01Z").unwrap().time, None);
        assert_eq!(DateParts::parse("2015-02-07T13:28:17").unwrap().time, None);
        assert_eq!(DateParts::parse("2002").unwrap().month, None);
        assert!(DateParts::parse("20").is_none());
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        assert!(!DateParts::parse("1936-11-25").unwrap().over_89(today));
        assert!(DateParts::parse("1936-11-24").unwrap().over_89(today));
    }

    #[test]
    fn references_hash_their_id_part() {
        assert_eq!(split_reference("Patient/23"), Some(("Patient/", "23", "")));
        assert_eq!(
            split_reference("http://x.org/fhir/Patient/23/_history/2"),
            Some(("http://x.org/fhir/Patient/", "23", "/_history/2"))
        );
        assert_eq!(
            split_reference("http://happyvalley.com/fhir/claim/12345"),
            None
        );
        assert!(is_uuid("6f0bd2b7-5b61-4b9e-a8c4-6a3f8f1b2c3d"));
        assert!(is_oid("1.2.840.10008") && !is_oid("1.02"));
    }

    fn run(config: serde_json::Value, resource: serde_json::Value) -> serde_json::Value {
        let c = Config::from_value(&config).unwrap();
        Anonymizer::new(c)
            .unwrap()
            .anonymize(&resource, &Document::default())
            .unwrap()
    }

    #[test]
    fn scrub_replaces_phi_in_text_narrative_and_attachments_and_leaves_the_rest() {
        use base64::Engine;
        let b64 = base64::engine::general_purpose::STANDARD;
        let note = "Seen by Dr. Jane Smith on 03/14/2023 for Parkinson's disease.";
        let r = json!({
            "resourceType": "DocumentReference",
            "id": "d1",
            "text": {"status": "generated", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\"><a href=\"https://portal.example.org/mrn/12345\">Mr. John Doe</a><!-- Jane --> stable</div>"},
            "description": note,
            "content": [
                {"attachment": {"contentType": "text/plain; charset=utf-8", "data": b64.encode(note), "size": 62, "hash": "AAAA", "url": "https://x.example/a", "creation": "2023-03-14"}},
                {"attachment": {"contentType": "application/pdf", "data": "JVBERi0=", "title": "Note for Jane Smith"}}
            ],
        });
        let config = json!({"fhirPathRules": [
            {"path": "nodesByType('Narrative')", "method": "scrub"},
            {"path": "DocumentReference.description", "method": "scrub"},
            {"path": "nodesByType('Attachment')", "method": "scrub"},
            {"path": "nodesByType('date')", "method": "redact"},
            {"path": "nodesByType('dateTime')", "method": "redact"},
        ]});
        let out = run(config, r);
        assert_eq!(
            out["description"],
            "Seen by Dr. [NAME] on [DATE] for Parkinson's disease."
        );
        assert_eq!(
            out["text"]["div"],
            "<div xmlns=\"http://www.w3.org/1999/xhtml\"><a>Mr. [NAME]</a> stable</div>"
        );
        let a = &out["content"][0]["attachment"];
        let text = String::from_utf8(b64.decode(a["data"].as_str().unwrap()).unwrap()).unwrap();
        assert_eq!(text, out["description"].as_str().unwrap());
        assert_eq!(a["size"], text.len());
        assert!(a.get("hash").is_none() && a.get("url").is_none());
        // Dates under a scrubbed element are left to the date rules.
        assert!(a.get("creation").is_none());
        let pdf = &out["content"][1]["attachment"];
        assert!(pdf.get("data").is_none());
        assert_eq!(pdf["title"], "Note for [NAME]");
        assert_eq!(pdf["contentType"], "application/pdf");
        let codes: Vec<&str> = out["meta"]["security"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["code"].as_str().unwrap())
            .collect();
        assert_eq!(codes, ["REDACTED"]);
    }

    #[test]
    fn scrub_surrogates_are_consistent_and_keep_types_stay() {
        let config = json!({
            "parameters": {"cryptoHashKey": "k", "dateShiftKey": "d", "dateShiftFixedOffsetInDays": 10},
            "fhirPathRules": [
                {"path": "Observation.note.text", "method": "scrub", "mode": "surrogate"},
                {"path": "Observation.value as string", "method": "scrub", "keepTypes": ["DATE"]},
            ]
        });
        let r = json!({
            "resourceType": "Observation",
            "status": "final",
            "code": {"text": "x"},
            "valueString": "Jane Smith called on 03/14/2023.",
            "note": [{"text": "Jane Smith called on 03/14/2023."}, {"text": "Spoke to Jane Smith."}]
        });
        let out = run(config.clone(), r.clone());
        assert_eq!(out["valueString"], "[NAME] called on 03/14/2023.");
        let first = out["note"][0]["text"].as_str().unwrap();
        assert!(
            !first.contains("Jane") && first.contains("3/24/2023"),
            "{first}"
        );
        let surrogate = first.split(" called").next().unwrap();
        assert!(out["note"][1]["text"].as_str().unwrap().contains(surrogate));
        assert_eq!(run(config, r), out, "same key, same surrogates");
        let bad = json!({"fhirPathRules": [{"path": "Patient.text", "method": "scrub", "keepTypes": ["NOPE"]}]});
        assert!(Config::from_value(&bad).is_err());
        let bad =
            json!({"fhirPathRules": [{"path": "Patient.text", "method": "scrub", "mode": "mask"}]});
        assert!(Config::from_value(&bad).is_err());
    }

    #[test]
    fn encrypt_is_aes_cbc_that_decrypts_to_the_value() {
        use aws_lc_rs::cipher::{
            AES_128, DecryptionContext, PaddedBlockDecryptingKey, UnboundCipherKey,
        };
        use base64::Engine as _;
        let out = run(
            json!({"fhirPathRules": [{"path": "Patient.name.family", "method": "encrypt"}],
                   "parameters": {"encryptKey": "0123456789abcdef"}}),
            json!({"resourceType": "Patient", "name": [{"family": "Doe"}]}),
        );
        let ct = out["name"][0]["family"].as_str().unwrap();
        let raw = base64::engine::general_purpose::STANDARD
            .decode(ct)
            .unwrap();
        let (iv, body) = raw.split_at(16);
        let key = PaddedBlockDecryptingKey::cbc_pkcs7(
            UnboundCipherKey::new(&AES_128, b"0123456789abcdef").unwrap(),
        )
        .unwrap();
        let mut buf = body.to_vec();
        let iv: [u8; 16] = iv.try_into().unwrap();
        let plain = key
            .decrypt(&mut buf, DecryptionContext::Iv128(iv.into()))
            .unwrap();
        assert_eq!(plain, b"Doe");
        assert_eq!(out["meta"]["security"][0]["code"], "ENCRYPT");
    }

    #[test]
    fn perturb_stays_within_its_span_and_rounds() {
        for _ in 0..50 {
            let out = run(
                json!({"fhirPathRules": [{"path": "Observation.value", "method": "perturb", "span": 10, "roundTo": 1}]}),
                json!({"resourceType": "Observation", "valueQuantity": {"value": 100, "unit": "kg"}}),
            );
            let v = out["valueQuantity"]["value"].as_f64().unwrap();
            assert!((95.0..=105.0).contains(&v), "{v}");
            assert_eq!((v * 10.0).round(), v * 10.0);
            assert_eq!(out["valueQuantity"]["unit"], "kg");
        }
    }

    #[test]
    fn patient_scope_shifts_a_patients_resources_alike() {
        let config = json!({"fhirPathRules": [{"path": "nodesByType('dateTime')", "method": "dateShift"},
                                              {"path": "nodesByType('date')", "method": "dateShift"}],
                            "parameters": {"dateShiftKey": "k", "dateShiftScope": "patient"}});
        let p = run(
            config.clone(),
            json!({"resourceType": "Patient", "id": "p1", "birthDate": "2000-01-10"}),
        );
        let o = run(
            config,
            json!({"resourceType": "Observation", "id": "o9", "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2000-01-10"}),
        );
        assert_eq!(p["birthDate"], o["effectiveDateTime"]);
        assert_ne!(p["birthDate"], "2000-01-10");
    }

    #[test]
    fn this_is_replaced_outside_strings() {
        assert_eq!(substitute_this("$this = '$this'", "'a'"), "('a') = '$this'");
    }
}
