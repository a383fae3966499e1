//! A small builder for dynamic SQL with numbered placeholders (`$1`, `$2`…), which both
//! PostgreSQL and SQLite (through sqlx) accept.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AssertSqlSafe};

#[derive(Clone, Debug)]
pub enum Bind {
    Text(String),
    OptText(Option<String>),
    Int(i64),
    Real(f64),
    Blob(Vec<u8>),
    OptBlob(Option<Vec<u8>>),
}

impl From<&str> for Bind {
    fn from(s: &str) -> Self {
        Bind::Text(s.to_string())
    }
}
impl From<String> for Bind {
    fn from(s: String) -> Self {
        Bind::Text(s)
    }
}
impl From<&String> for Bind {
    fn from(s: &String) -> Self {
        Bind::Text(s.clone())
    }
}
impl From<Option<String>> for Bind {
    fn from(s: Option<String>) -> Self {
        Bind::OptText(s)
    }
}
impl From<i64> for Bind {
    fn from(v: i64) -> Self {
        Bind::Int(v)
    }
}
impl From<f64> for Bind {
    fn from(v: f64) -> Self {
        Bind::Real(v)
    }
}
impl From<Vec<u8>> for Bind {
    fn from(v: Vec<u8>) -> Self {
        Bind::Blob(v)
    }
}

/// SQL text plus its bound values. Only `push` adds SQL text, and callers pass it string
/// literals or text built from literals; every value goes through `push_bind`.
#[derive(Clone, Debug, Default)]
pub struct Sql {
    pub text: String,
    pub binds: Vec<Bind>,
    /// Keep the prepared statement in the connection's cache (for statements whose text
    /// recurs, like the ledger's small batches).
    pub cached: bool,
}

impl Sql {
    pub fn new(text: &str) -> Self {
        Self {
            text: text.to_string(),
            binds: Vec::new(),
            cached: false,
        }
    }
    pub fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }
    pub fn push_bind(&mut self, v: impl Into<Bind>) -> &mut Self {
        self.binds.push(v.into());
        self.text.push('$');
        self.text.push_str(&self.binds.len().to_string());
        self
    }
    /// Appends another fragment, renumbering its placeholders.
    pub fn append(&mut self, other: Sql) -> &mut Self {
        let offset = self.binds.len();
        let mut out = String::with_capacity(other.text.len());
        let mut chars = other.text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '$' && chars.peek().is_some_and(|d| d.is_ascii_digit()) {
                let mut n = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    n.push(*d);
                    chars.next();
                }
                out.push('$');
                out.push_str(&(n.parse::<usize>().unwrap_or(0) + offset).to_string());
            } else {
                out.push(c);
            }
        }
        self.text.push_str(&out);
        self.binds.extend(other.binds);
        self
    }

    /// The SQL for a backend. SQLite gets anonymous `?` placeholders: it resolves every
    /// `$N` by a linear search over the names seen so far, which is quadratic in a
    /// multi-row INSERT. Placeholders are numbered in textual order, so `?` binds the same.
    fn text_for(&self, conn: &AnyConnection) -> String {
        if conn.backend_name() != "SQLite" {
            return self.text.clone();
        }
        let mut out = String::with_capacity(self.text.len());
        let mut chars = self.text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '$' && chars.peek().is_some_and(|d| d.is_ascii_digit()) {
                while chars.peek().is_some_and(|d| d.is_ascii_digit()) {
                    chars.next();
                }
                out.push('?');
            } else {
                out.push(c);
            }
        }
        out
    }

    fn query(&self, text: String) -> sqlx::query::Query<'_, sqlx::Any, sqlx::any::AnyArguments> {
        // Dynamic statements are not worth a slot in the prepared-statement cache, unless
        // the caller knows their text recurs.
        let mut q = sqlx::query(AssertSqlSafe(text)).persistent(self.cached);
        for b in &self.binds {
            q = match b {
                Bind::Text(s) => q.bind(s.as_str()),
                Bind::OptText(s) => q.bind(s.as_deref()),
                Bind::Int(v) => q.bind(*v),
                Bind::Real(v) => q.bind(*v),
                Bind::Blob(v) => q.bind(v.as_slice()),
                Bind::OptBlob(v) => q.bind(v.as_deref()),
            };
        }
        q
    }

    pub async fn fetch_all(&self, conn: &mut AnyConnection) -> sqlx::Result<Vec<AnyRow>> {
        self.query(self.text_for(conn)).fetch_all(conn).await
    }

    pub async fn fetch_optional(&self, conn: &mut AnyConnection) -> sqlx::Result<Option<AnyRow>> {
        self.query(self.text_for(conn)).fetch_optional(conn).await
    }

    pub async fn execute(&self, conn: &mut AnyConnection) -> sqlx::Result<u64> {
        Ok(self
            .query(self.text_for(conn))
            .execute(conn)
            .await?
            .rows_affected())
    }
}
