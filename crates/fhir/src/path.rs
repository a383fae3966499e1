//! FHIRPath evaluation behind Ward's own trait, so that the engine can be replaced
//! without touching extraction or the store.
//!
//! The engine is rh-fhirpath (works on `serde_json::Value`, ~50 crates). Before choosing
//! it, every expression in Ward's registry was evaluated against real resources
//! (`tests/fhirpath.rs` keeps that check, and runs the official HL7 R4 FHIRPath suite).
//! Two of its known gaps do not reach Ward: `Resource.x` prefixes are rewritten to the
//! concrete type when the registry is generated, and `where(resolve() is T)` becomes a
//! target-type filter on the reference.

use crate::{FhirError, Result};
use rh_fhirpath::{
    EvaluationContext, FhirPathEvaluator, FhirPathExpression, FhirPathParser, FhirPathValue,
};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// Evaluates FHIRPath expressions over resources.
pub trait PathEngine: Send + Sync {
    /// Evaluates each of `exprs` against `resource`; results are JSON values (primitives
    /// as JSON strings/numbers/booleans, complex types as objects).
    fn evaluate_all(&self, resource: &Value, exprs: &[&str]) -> Vec<Result<Vec<Value>>>;

    /// Like [`PathEngine::evaluate_all`], taking the resource by value and giving it back
    /// (saves a deep copy per resource on the write path).
    fn evaluate_owned(&self, resource: Value, exprs: &[&str]) -> (Value, Vec<Result<Vec<Value>>>) {
        let r = self.evaluate_all(&resource, exprs);
        (resource, r)
    }

    fn evaluate(&self, resource: &Value, expr: &str) -> Result<Vec<Value>> {
        self.evaluate_all(resource, &[expr])
            .pop()
            .unwrap_or(Ok(Vec::new()))
    }
}

/// The rh-fhirpath engine, with parsed expressions cached.
#[derive(Default)]
pub struct RhEngine {
    cache: RwLock<HashMap<String, Arc<FhirPathExpression>>>,
}

thread_local! {
    static EVALUATOR: FhirPathEvaluator = FhirPathEvaluator::new();
}

impl RhEngine {
    pub fn new() -> Self {
        Self::default()
    }

    fn compiled(&self, expr: &str) -> Result<Arc<FhirPathExpression>> {
        if let Some(c) = self.cache.read().expect("cache lock").get(expr) {
            return Ok(c.clone());
        }
        let parsed = FhirPathParser::new().parse(expr).map_err(|e| {
            FhirError::NotSupported(format!("FHIRPath expression does not parse: {e}"))
        })?;
        let parsed = Arc::new(parsed);
        self.cache
            .write()
            .expect("cache lock")
            .insert(expr.to_string(), parsed.clone());
        Ok(parsed)
    }
}

fn flatten(v: FhirPathValue, out: &mut Vec<Value>) {
    match v {
        FhirPathValue::Empty => {}
        FhirPathValue::Collection(items) | FhirPathValue::UnorderedCollection(items) => {
            for i in items {
                flatten(i, out);
            }
        }
        other => match other.to_json() {
            Value::Null => {}
            Value::Array(a) => out.extend(a.into_iter().filter(|x| !x.is_null())),
            j => out.push(j),
        },
    }
}

impl RhEngine {
    fn run(&self, ctx: &EvaluationContext, exprs: &[&str]) -> Vec<Result<Vec<Value>>> {
        EVALUATOR.with(|ev| {
            exprs
                .iter()
                .map(|e| {
                    let compiled = self.compiled(e)?;
                    let v = ev.evaluate(&compiled, ctx).map_err(|err| {
                        FhirError::NotSupported(format!("FHIRPath evaluation failed: {err}"))
                    })?;
                    let mut out = Vec::new();
                    flatten(v, &mut out);
                    Ok(out)
                })
                .collect()
        })
    }
}

impl PathEngine for RhEngine {
    fn evaluate_all(&self, resource: &Value, exprs: &[&str]) -> Vec<Result<Vec<Value>>> {
        self.run(&EvaluationContext::new(resource.clone()), exprs)
    }

    fn evaluate_owned(&self, resource: Value, exprs: &[&str]) -> (Value, Vec<Result<Vec<Value>>>) {
        let mut ctx = EvaluationContext::new(Value::Null);
        ctx.current = resource.clone();
        ctx.root = resource;
        let r = self.run(&ctx, exprs);
        (std::mem::take(&mut ctx.root), r)
    }
}

/// Checks that `expr` parses as FHIRPath (configuration files check their expressions
/// when they are loaded, not when the first resource reaches them).
pub fn check_syntax(expr: &str) -> Result<()> {
    FhirPathParser::new()
        .parse(expr)
        .map(|_| ())
        .map_err(|e| FhirError::NotSupported(format!("FHIRPath expression does not parse: {e}")))
}
