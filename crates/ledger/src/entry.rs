//! Ledger entries: one audit event per access, serialized as canonical JSON (RFC 8785,
//! JCS) so that the bytes hashed into the tree are a function of the content alone.
//!
//! Canonicalization here covers what entries contain: objects (members sorted by the
//! UTF-16 code units of their names), arrays, strings (escaped as ECMAScript's
//! `JSON.stringify` does, which is serde_json's escaping), integers, booleans and null.
//! A non-integer number is refused rather than formatted: entries carry none.

use crate::LedgerError;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One audit event. No clinical content: a patient appears only as a keyed pseudonym.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Milliseconds since the epoch.
    pub time_ms: i64,
    /// `user:NAME`, `client:ID`, `admin-token`, or `anonymous` (a failed login names the
    /// account tried in `detail`).
    pub principal: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<String>,
    /// read, vread, search, history, create, update, delete, erase, import, login,
    /// token, revoke, break-glass, administer…
    pub action: String,
    /// `success`, `denied` or `failure`, with the HTTP status; an administration command
    /// run on the host (status 0) is recorded as `started` before it runs, then with its
    /// outcome.
    pub outcome: String,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ids: Vec<String>,
    /// Keyed pseudonyms of the patients whose data the request touched.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub patients: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub break_glass: Option<bool>,
    /// The policy decision's reason (a denial's message, never content).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<String>,
    pub request_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// A short, content-free detail (e.g. the account a failed login tried).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl Entry {
    /// The canonical bytes that are hashed into the tree.
    pub fn canonical(&self) -> Result<Vec<u8>, LedgerError> {
        let v = serde_json::to_value(self).map_err(|e| LedgerError::Invalid(e.to_string()))?;
        canonical(&v).map(String::into_bytes)
    }

    pub fn parse(bytes: &[u8]) -> Result<Self, LedgerError> {
        serde_json::from_slice(bytes).map_err(|e| LedgerError::Invalid(format!("entry: {e}")))
    }

    /// The keys an auditor's search finds this entry by, sorted and without repeats:
    /// `p:` a patient's pseudonym, `a:` an agent (the principal, its name without the
    /// kind, the client), `e:` a resource it names, `o:` an outcome other than success,
    /// `x:` its action unless it is one of the bulk reads ([`action_is_indexed`]).
    /// (A search by date goes through the index's day spans instead: [`Entry::day`].)
    /// The server keeps them in a search index beside the log; `ward ledger verify`
    /// recomputes them from the entries, so an index row removed to hide an access from a
    /// report is found like an altered entry.
    pub fn search_keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self.patients.iter().map(|p| format!("p:{p}")).collect();
        keys.push(format!("a:{}", self.principal));
        if let Some((_, name)) = self.principal.split_once(':') {
            keys.push(format!("a:{name}"));
        }
        keys.extend(self.client.iter().map(|c| format!("a:{c}")));
        keys.extend(self.ids.iter().map(|id| format!("e:{id}")));
        if self.outcome != "success" {
            keys.push(format!("o:{}", self.outcome));
        }
        if action_is_indexed(&self.action) {
            keys.push(format!("x:{}", self.action));
        }
        keys.sort_unstable();
        keys.dedup();
        keys
    }
}

/// Whether the search index keeps entries by this action: every action but the reads
/// that make up most of a log (`read`, `vread`, `history`, `search`), for which a search
/// by action alone finds its page at the log's end anyway. Logins, denials' actions,
/// break-glass, exports, erasures, imports, writes and administration are found through
/// the index however old they are.
pub fn action_is_indexed(action: &str) -> bool {
    !matches!(action, "read" | "vread" | "history" | "search")
}

/// Milliseconds in a UTC day.
pub const DAY_MS: i64 = 86_400_000;

impl Entry {
    /// The UTC day of this entry's time, counted from the epoch (the search index keeps,
    /// per day, the first and last entry of that day, so that a search by date reads
    /// only that stretch of the log).
    pub fn day(&self) -> i64 {
        self.time_ms.div_euclid(DAY_MS)
    }
}

/// RFC 8785 canonical JSON of `v` (integers only).
pub fn canonical(v: &Value) -> Result<String, LedgerError> {
    let mut out = String::new();
    write(v, &mut out)?;
    Ok(out)
}

fn write(v: &Value, out: &mut String) -> Result<(), LedgerError> {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                out.push_str(&i.to_string());
            } else if let Some(u) = n.as_u64() {
                out.push_str(&u.to_string());
            } else {
                return Err(LedgerError::Invalid(
                    "canonical entries carry integers only".into(),
                ));
            }
        }
        Value::String(s) => out.push_str(&Value::String(s.clone()).to_string()),
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(x, out)?;
            }
            out.push(']');
        }
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
            out.push('{');
            for (i, k) in keys.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String((*k).clone()).to_string());
                out.push(':');
                write(&m[*k], out)?;
            }
            out.push('}');
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn canonical_form_sorts_by_utf16_and_escapes_like_ecmascript() {
        // RFC 8785 3.2.3's sorting example: by UTF-16 code units, not code points.
        let v = json!({"\u{20ac}": 1, "\r": 2, "\u{1f600}": 3, "1": 4, "\u{0080}": 5, "\u{00f6}": 6, "a": 7});
        assert_eq!(
            canonical(&v).unwrap(),
            "{\"\\r\":2,\"1\":4,\"a\":7,\"\u{0080}\":5,\"\u{00f6}\":6,\"\u{20ac}\":1,\"\u{1f600}\":3}"
        );
        assert_eq!(
            canonical(&json!({"b": [true, null, -5, "x\u{1}/\"\\é"], "a": {}})).unwrap(),
            r#"{"a":{},"b":[true,null,-5,"x\u0001/\"\\é"]}"#
        );
        assert!(canonical(&json!({"f": 1.5})).is_err());
    }

    #[test]
    fn an_entry_round_trips_and_its_bytes_do_not_depend_on_field_order() {
        let e = Entry {
            time_ms: 1,
            principal: "user:house".into(),
            roles: vec!["physician".into()],
            client: Some("app".into()),
            action: "read".into(),
            outcome: "success".into(),
            status: 200,
            resource_type: Some("Patient".into()),
            ids: vec!["p1".into()],
            patients: vec!["ps1".into()],
            purpose: Some("TREAT".into()),
            break_glass: None,
            decision: None,
            request_id: "r".into(),
            source: None,
            detail: None,
        };
        let bytes = e.canonical().unwrap();
        assert_eq!(Entry::parse(&bytes).unwrap(), e);
        let text = String::from_utf8(bytes).unwrap();
        assert!(
            text.starts_with("{\"action\":\"read\",\"client\":\"app\""),
            "{text}"
        );
        assert_eq!(
            e.search_keys(),
            ["a:app", "a:house", "a:user:house", "e:p1", "p:ps1"]
        );
        assert_eq!(
            Entry {
                time_ms: DAY_MS * 20_416 + 5,
                ..Entry::default()
            }
            .day(),
            20_416
        );
        assert_eq!(
            Entry {
                time_ms: -1,
                ..Entry::default()
            }
            .day(),
            -1
        );
        let denied = Entry {
            outcome: "denied".into(),
            client: Some("house".into()),
            ..e
        };
        assert_eq!(
            denied.search_keys(),
            ["a:house", "a:user:house", "e:p1", "o:denied", "p:ps1"]
        );
        let erase = Entry {
            action: "erase".into(),
            ..denied
        };
        assert_eq!(
            erase.search_keys(),
            [
                "a:house",
                "a:user:house",
                "e:p1",
                "o:denied",
                "p:ps1",
                "x:erase"
            ]
        );
    }
}
