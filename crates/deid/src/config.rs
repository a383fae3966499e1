//! De-identification configurations: Microsoft FHIR anonymizer's JSON format, read
//! unchanged (`fhirPathRules`, `parameters`, `processingErrors`), checked completely
//! when loaded so that a bad rule is found before the first resource.

use crate::DeidError;
use crate::select::Path;
use crate::text::PhiType;
use serde_json::{Map, Value};
use zeroize::Zeroizing;

/// What to do with a resource a rule cannot be applied to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ProcessingErrors {
    /// Stop with an error (the default).
    #[default]
    Raise,
    /// Accepted as older configurations write it; Ward treats it as `raise` (a
    /// resource a rule fails on is never written unchanged).
    Keep,
    /// Write an empty resource of the same type (`{"resourceType": T}`).
    Skip,
}

/// Whose dates share one shift.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DateShiftScope {
    /// Each resource by its own id (the anonymizer's default).
    #[default]
    Resource,
    /// Everything in one input file.
    File,
    /// Everything in one run.
    Folder,
    /// Ward's addition: each patient's resources share the patient's shift (the patient
    /// is the resource itself, or its `subject`/`patient`/`beneficiary` reference), so
    /// intervals between a patient's events stay true.
    Patient,
}

/// A method and its settings.
#[derive(Clone, Debug)]
pub enum Method {
    Keep,
    Redact,
    DateShift,
    CryptoHash,
    Encrypt,
    /// The replacement, as JSON (a primitive value or an object for complex elements).
    Substitute(Value),
    Perturb(Perturb),
    Generalize(Generalize),
    /// Ward's addition: free text scanned for PHI, which is replaced.
    Scrub(Scrub),
}

impl Method {
    /// The name written in configurations.
    pub fn name(&self) -> &'static str {
        match self {
            Method::Keep => "keep",
            Method::Redact => "redact",
            Method::DateShift => "dateShift",
            Method::CryptoHash => "cryptoHash",
            Method::Encrypt => "encrypt",
            Method::Substitute(_) => "substitute",
            Method::Perturb(_) => "perturb",
            Method::Generalize(_) => "generalize",
            Method::Scrub(_) => "scrub",
        }
    }
}

/// `perturb`: add noise within `span` (absolute, or a proportion of the value).
#[derive(Clone, Debug, PartialEq)]
pub struct Perturb {
    pub span: f64,
    pub proportional: bool,
    pub round_to: u32,
}

/// `generalize`: the first case whose condition holds gives the new value.
#[derive(Clone, Debug, PartialEq)]
pub struct Generalize {
    /// (condition, value) FHIRPath expressions over `$this`, in the configuration's order.
    pub cases: Vec<(String, String)>,
    /// Values no case matches are kept (`true`) or redacted.
    pub keep_others: bool,
}

/// `scrub` (Ward's addition): the free text in the selected elements (string, markdown
/// and XHTML narrative; textual attachments) is scanned for PHI, and each finding is
/// replaced by its tag (`[NAME]`) or by a consistent surrogate (`"mode": "surrogate"`:
/// keyed by `cryptoHashKey`, dates moved by the resource's date shift). Findings of the
/// types in `"keepTypes"` stay (a limited data set keeps dates, cities, states and ZIP
/// codes). Only the text is claimed: dates, references and other structured elements
/// under a scrubbed element are left to the rules after it.
#[derive(Clone, Debug, PartialEq)]
pub struct Scrub {
    pub surrogate: bool,
    pub keep: Vec<PhiType>,
}

/// One rule.
#[derive(Clone, Debug)]
pub struct Rule {
    pub path: Path,
    pub method: Method,
}

/// The `parameters` section.
#[derive(Clone, Default)]
pub struct Parameters {
    pub date_shift_key: Zeroizing<String>,
    pub date_shift_scope: DateShiftScope,
    pub crypto_hash_key: Zeroizing<String>,
    pub encrypt_key: Zeroizing<String>,
    pub partial_ages: bool,
    pub partial_dates: bool,
    pub partial_zip_codes: bool,
    pub restricted_zip3: Vec<String>,
    /// `dateShiftFixedOffsetInDays`: one shift for every date (newer anonymizer versions).
    pub date_shift_fixed_offset: Option<i64>,
}

impl std::fmt::Debug for Parameters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Parameters")
            .field("date_shift_scope", &self.date_shift_scope)
            .field("partial_ages", &self.partial_ages)
            .field("partial_dates", &self.partial_dates)
            .field("partial_zip_codes", &self.partial_zip_codes)
            .finish_non_exhaustive()
    }
}

/// A whole configuration.
#[derive(Clone, Debug)]
pub struct Config {
    pub rules: Vec<Rule>,
    pub parameters: Parameters,
    pub processing_errors: ProcessingErrors,
}

fn str_of<'a>(o: &'a Map<String, Value>, k: &str) -> Result<Option<&'a str>, DeidError> {
    match o.get(k) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(DeidError::Config(format!("'{k}' must be a string"))),
    }
}

/// A setting that names one of two choices (any case; absent is `off`): `true` for `on`.
fn choice_of(
    o: &Map<String, Value>,
    method: &str,
    k: &str,
    [off, on]: [&str; 2],
) -> Result<bool, DeidError> {
    match str_of(o, k)?.map(str::to_ascii_lowercase) {
        None => Ok(false),
        Some(s) if s == off => Ok(false),
        Some(s) if s == on => Ok(true),
        Some(s) => Err(DeidError::Config(format!(
            "{method} {k} '{s}': expected {off} or {on}"
        ))),
    }
}

fn bool_of(o: &Map<String, Value>, k: &str) -> Result<bool, DeidError> {
    match o.get(k) {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(DeidError::Config(format!("'{k}' must be true or false"))),
    }
}

/// A number given as a JSON number or a numeric string (both appear in the wild).
fn number_of(o: &Map<String, Value>, k: &str) -> Result<Option<f64>, DeidError> {
    match o.get(k) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => Ok(n.as_f64()),
        Some(Value::String(s)) => s
            .trim()
            .parse::<f64>()
            .map(Some)
            .map_err(|_| DeidError::Config(format!("'{k}' must be a number"))),
        Some(_) => Err(DeidError::Config(format!("'{k}' must be a number"))),
    }
}

impl Config {
    /// Parses a configuration file's text (a UTF-8 byte-order mark is allowed).
    pub fn from_json(text: &str) -> Result<Config, DeidError> {
        let text = without_trailing_commas(text.trim_start_matches('\u{feff}'));
        // A key written twice (two `method`s in one rule) would silently keep the last:
        // refused instead.
        serde_json::from_str::<NoDuplicateKeys>(&text)
            .map_err(|e| DeidError::Config(format!("not JSON: {e}")))?;
        let v: Value =
            serde_json::from_str(&text).map_err(|e| DeidError::Config(format!("not JSON: {e}")))?;
        Config::from_value(&v)
    }

    pub fn from_value(v: &Value) -> Result<Config, DeidError> {
        let o = v
            .as_object()
            .ok_or_else(|| DeidError::Config("a configuration is a JSON object".into()))?;
        match str_of(o, "fhirVersion")? {
            None | Some("") | Some("R4") => {}
            Some(other) => {
                return Err(DeidError::Config(format!(
                    "fhirVersion '{other}' is not supported: Ward de-identifies FHIR R4"
                )));
            }
        }
        let processing_errors = match str_of(o, "processingErrors")?.map(str::to_ascii_lowercase) {
            None => ProcessingErrors::Raise,
            Some(s) if s == "raise" => ProcessingErrors::Raise,
            Some(s) if s == "keep" => ProcessingErrors::Keep,
            Some(s) if s == "skip" => ProcessingErrors::Skip,
            Some(s) => {
                return Err(DeidError::Config(format!(
                    "processingErrors '{s}': expected raise, keep or skip"
                )));
            }
        };
        let parameters = match o.get("parameters") {
            None | Some(Value::Null) => Parameters::default(),
            Some(Value::Object(p)) => parameters(p)?,
            Some(_) => return Err(DeidError::Config("'parameters' must be an object".into())),
        };
        let rules = match o.get("fhirPathRules") {
            Some(Value::Array(a)) => a
                .iter()
                .enumerate()
                .map(|(i, r)| rule(r, &parameters).map_err(|e| at_rule(i, e)))
                .collect::<Result<Vec<_>, _>>()?,
            None | Some(Value::Null) => {
                return Err(DeidError::Config("'fhirPathRules' is missing".into()));
            }
            Some(_) => return Err(DeidError::Config("'fhirPathRules' must be an array".into())),
        };
        Ok(Config {
            rules,
            parameters,
            processing_errors,
        })
    }
}

/// Any JSON value, refused if one of its objects has a key twice.
struct NoDuplicateKeys;

impl<'de> serde::Deserialize<'de> for NoDuplicateKeys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NoDuplicateKeys)
    }
}

impl<'de> serde::de::Visitor<'de> for NoDuplicateKeys {
    type Value = NoDuplicateKeys;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(self)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(self)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(self)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(self)
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(self)
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(self)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
        while a.next_element::<NoDuplicateKeys>()?.is_some() {}
        Ok(self)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
        let mut seen = std::collections::HashSet::new();
        while let Some(k) = a.next_key::<String>()? {
            if !seen.insert(k.clone()) {
                return Err(serde::de::Error::custom(format!(
                    "the key '{k}' appears twice"
                )));
            }
            a.next_value::<NoDuplicateKeys>()?;
        }
        Ok(self)
    }
}

/// Drops commas that directly precede `]` or `}` (outside strings): the anonymizer's
/// own reader accepts them, and existing configurations have them.
fn without_trailing_commas(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_str, mut escaped) = (false, false);
    let mut pending: Option<String> = None;
    for c in text.chars() {
        if in_str {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_str = false,
                _ => {}
            }
            continue;
        }
        if let Some(p) = pending.as_mut() {
            if c.is_whitespace() {
                p.push(c);
                continue;
            }
            let p = pending.take().unwrap_or_default();
            if c == ']' || c == '}' {
                out.push_str(&p[1..]);
            } else {
                out.push_str(&p);
            }
        }
        match c {
            ',' => pending = Some(",".into()),
            '"' => {
                in_str = true;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    if let Some(p) = pending {
        out.push_str(&p);
    }
    out
}

fn at_rule(i: usize, e: DeidError) -> DeidError {
    match e {
        DeidError::Config(m) => DeidError::Config(format!("fhirPathRules[{i}]: {m}")),
        other => other,
    }
}

/// An `encryptKey` is empty (a run key is made) or 16, 24 or 32 bytes long.
pub fn check_encrypt_key(key: &str) -> Result<(), DeidError> {
    if key.is_empty() || [16, 24, 32].contains(&key.len()) {
        Ok(())
    } else {
        Err(DeidError::Config(
            "encryptKey must be 16, 24 or 32 bytes long (AES-128, -192 or -256)".into(),
        ))
    }
}

fn parameters(p: &Map<String, Value>) -> Result<Parameters, DeidError> {
    let key = |k: &str| -> Result<Zeroizing<String>, DeidError> {
        Ok(Zeroizing::new(str_of(p, k)?.unwrap_or("").to_string()))
    };
    let date_shift_scope = match str_of(p, "dateShiftScope")?.map(str::to_ascii_lowercase) {
        None => DateShiftScope::Resource,
        Some(s) if s == "resource" => DateShiftScope::Resource,
        Some(s) if s == "file" => DateShiftScope::File,
        Some(s) if s == "folder" => DateShiftScope::Folder,
        Some(s) if s == "patient" => DateShiftScope::Patient,
        Some(s) => {
            return Err(DeidError::Config(format!(
                "dateShiftScope '{s}': expected resource, file, folder or patient"
            )));
        }
    };
    let encrypt_key = key("encryptKey")?;
    check_encrypt_key(&encrypt_key)?;
    let restricted_zip3 = match p.get("restrictedZipCodeTabulationAreas") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(a)) => a
            .iter()
            .map(|z| {
                z.as_str().map(str::to_string).ok_or_else(|| {
                    DeidError::Config("restrictedZipCodeTabulationAreas holds strings".into())
                })
            })
            .collect::<Result<_, _>>()?,
        Some(_) => {
            return Err(DeidError::Config(
                "restrictedZipCodeTabulationAreas must be an array".into(),
            ));
        }
    };
    let date_shift_fixed_offset = number_of(p, "dateShiftFixedOffsetInDays")?.map(|d| d as i64);
    Ok(Parameters {
        date_shift_key: key("dateShiftKey")?,
        date_shift_scope,
        crypto_hash_key: key("cryptoHashKey")?,
        encrypt_key,
        partial_ages: bool_of(p, "enablePartialAgesForRedact")?,
        partial_dates: bool_of(p, "enablePartialDatesForRedact")?,
        partial_zip_codes: bool_of(p, "enablePartialZipCodesForRedact")?,
        restricted_zip3,
        date_shift_fixed_offset,
    })
}

fn rule(r: &Value, params: &Parameters) -> Result<Rule, DeidError> {
    let o = r
        .as_object()
        .ok_or_else(|| DeidError::Config("a rule is a JSON object".into()))?;
    let path = str_of(o, "path")?
        .filter(|p| !p.trim().is_empty())
        .ok_or_else(|| DeidError::Config("'path' is missing".into()))?;
    let path = Path::parse(path)?;
    let method =
        str_of(o, "method")?.ok_or_else(|| DeidError::Config("'method' is missing".into()))?;
    let method = match method.to_ascii_lowercase().as_str() {
        "keep" => Method::Keep,
        "redact" => Method::Redact,
        "dateshift" => Method::DateShift,
        "cryptohash" => Method::CryptoHash,
        "encrypt" => {
            if params.encrypt_key.is_empty() {
                return Err(DeidError::Config(
                    "the encrypt method needs parameters.encryptKey".into(),
                ));
            }
            Method::Encrypt
        }
        "substitute" => Method::Substitute(
            o.get("replaceWith")
                .cloned()
                .ok_or_else(|| DeidError::Config("substitute needs 'replaceWith'".into()))?,
        ),
        "perturb" => {
            let span = number_of(o, "span")?
                .ok_or_else(|| DeidError::Config("perturb needs 'span'".into()))?;
            if !(span >= 0.0 && span.is_finite()) {
                return Err(DeidError::Config("perturb 'span' must be 0 or more".into()));
            }
            let proportional = choice_of(o, "perturb", "rangeType", ["fixed", "proportional"])?;
            let round_to = match number_of(o, "roundTo")? {
                None => 0,
                Some(n) if (0.0..=28.0).contains(&n) && n.fract() == 0.0 => n as u32,
                Some(_) => {
                    return Err(DeidError::Config(
                        "perturb 'roundTo' must be a whole number from 0 to 28".into(),
                    ));
                }
            };
            Method::Perturb(Perturb {
                span,
                proportional,
                round_to,
            })
        }
        "generalize" => {
            let cases = match o.get("cases") {
                Some(Value::Object(c)) if !c.is_empty() => c
                    .iter()
                    .map(|(k, v)| {
                        let v = v.as_str().ok_or_else(|| {
                            DeidError::Config("generalize case values are expressions".into())
                        })?;
                        for e in [k.as_str(), v] {
                            ward_fhir::path::check_syntax(&e.replace("$this", "0")).map_err(
                                |err| DeidError::Config(format!("generalize case: {err}")),
                            )?;
                        }
                        Ok((k.clone(), v.to_string()))
                    })
                    .collect::<Result<Vec<_>, DeidError>>()?,
                _ => return Err(DeidError::Config("generalize needs 'cases'".into())),
            };
            let keep_others = choice_of(o, "generalize", "otherValues", ["redact", "keep"])?;
            Method::Generalize(Generalize { cases, keep_others })
        }
        "scrub" => {
            let surrogate = choice_of(o, "scrub", "mode", ["tag", "surrogate"])?;
            let keep = match o.get("keepTypes") {
                None | Some(Value::Null) => Vec::new(),
                Some(Value::Array(a)) => a
                    .iter()
                    .map(|t| {
                        t.as_str().and_then(PhiType::parse).ok_or_else(|| {
                            DeidError::Config(format!(
                                "scrub keepTypes: {t} is not a PHI type ({})",
                                PhiType::ALL.map(PhiType::as_str).join(", ")
                            ))
                        })
                    })
                    .collect::<Result<_, _>>()?,
                Some(_) => {
                    return Err(DeidError::Config(
                        "scrub keepTypes must be an array of PHI types".into(),
                    ));
                }
            };
            Method::Scrub(Scrub { surrogate, keep })
        }
        other => {
            return Err(DeidError::Config(format!(
                "method '{other}' is not one of keep, redact, dateShift, cryptoHash, encrypt, substitute, perturb, generalize, scrub"
            )));
        }
    };
    Ok(Rule { path, method })
}

/// Ward's built-in profiles, by name.
pub const PROFILES: [&str; 3] = ["safe-harbor", "limited-data-set", "pseudonymized"];

/// A built-in profile: `safe-harbor` (HIPAA 164.514(b)(2)), `limited-data-set`
/// (164.514(e)) or `pseudonymized` (keyed pseudonyms, per-patient date shifts).
pub fn profile(name: &str) -> Option<Config> {
    let text = match name {
        "safe-harbor" => include_str!("../profiles/safe-harbor.json"),
        "limited-data-set" => include_str!("../profiles/limited-data-set.json"),
        "pseudonymized" => include_str!("../profiles/pseudonymized.json"),
        _ => return None,
    };
    Config::from_json(text).ok()
}

impl Config {
    /// A profile name or a configuration file's path.
    pub fn load(name_or_path: &str) -> Result<Config, DeidError> {
        if let Some(c) = profile(name_or_path) {
            return Ok(c);
        }
        let text = std::fs::read_to_string(name_or_path).map_err(|e| {
            DeidError::Config(format!(
                "'{name_or_path}' is neither a profile ({}) nor a readable file: {e}",
                PROFILES.join(", ")
            ))
        })?;
        Config::from_json(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_written_twice_is_refused() {
        let ok = r#"{"fhirPathRules": [{"path": "Patient.name", "method": "redact"}]}"#;
        assert!(Config::from_json(ok).is_ok());
        let twice = r#"{"fhirPathRules": [{"path": "Patient.name", "method": "keep", "method": "redact"}]}"#;
        let e = Config::from_json(twice).unwrap_err().to_string();
        assert!(e.contains("'method' appears twice"), "{e}");
        let nested =
            r#"{"parameters": {"dateShiftKey": "a", "dateShiftKey": "b"}, "fhirPathRules": []}"#;
        assert!(Config::from_json(nested).is_err());
    }
}
