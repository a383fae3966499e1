//! `GET /metadata`: the CapabilityStatement, generated from what the code supports.

use crate::AppState;
use crate::respond::fhir_json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{Value, json};
use std::sync::Arc;
use ward_fhir::extract::is_identifying;
use ward_fhir::registry::registry;

pub async fn metadata(State(st): State<Arc<AppState>>) -> Response {
    fhir_json(StatusCode::OK, &capability_statement(&st.config.base_url))
}

pub fn capability_statement(base: &str) -> Value {
    let reg = registry();
    let interactions = |search: bool| {
        let mut v = vec![
            "read",
            "vread",
            "update",
            "delete",
            "history-instance",
            "history-type",
            "create",
        ];
        if search {
            v.push("search-type");
        }
        v.into_iter()
            .map(|c| json!({"code": c}))
            .collect::<Vec<_>>()
    };
    let mut resources = Vec::new();
    for t in reg.search_types() {
        let params: Vec<Value> = reg
            .params(t)
            .map(|(code, d)| {
                let doc = if is_identifying(code, d.kind) {
                    "Blind index (HMAC of the normalized value): equality, and word prefixes of 3+ characters for strings; no ranges, :exact, :contains or sorting. See docs/encryption.md."
                } else {
                    "Plaintext index."
                };
                json!({"name": code, "type": d.kind.as_str(), "documentation": doc})
            })
            .chain([
                json!({"name": "_id", "type": "token"}),
                json!({"name": "_lastUpdated", "type": "date"}),
            ])
            .collect();
        let refs: Vec<String> = reg
            .params(t)
            .filter(|(_, d)| d.kind == ward_fhir::registry::ParamType::Reference)
            .map(|(c, _)| format!("{t}:{c}"))
            .collect();
        let mut r = json!({
            "type": t,
            "interaction": interactions(true),
            "versioning": "versioned-update",
            "readHistory": true,
            "updateCreate": true,
            "conditionalCreate": true,
            "conditionalUpdate": true,
            "conditionalDelete": "not-supported",
            "searchInclude": refs,
            "searchRevInclude": ["*"],
            "searchParam": params,
        });
        if t == "Patient" {
            r["operation"] = json!([
                {"name": "everything", "definition": "http://hl7.org/fhir/OperationDefinition/Patient-everything"},
                {"name": "export", "definition": "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/patient-export"},
            ]);
        }
        if t == "Group" {
            r["operation"] = json!([{"name": "export", "definition": "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/group-export"}]);
        }
        resources.push(r);
    }
    json!({
        "resourceType": "CapabilityStatement",
        "status": "active",
        "date": "2026-11-23",
        "kind": "instance",
        "instantiates": ["http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data"],
        "software": {"name": "Ward", "version": env!("CARGO_PKG_VERSION")},
        "implementation": {"description": "Ward vault: encrypted FHIR R4 record store", "url": base},
        "fhirVersion": "4.0.1",
        "format": ["application/fhir+json", "json"],
        "rest": [{
            "mode": "server",
            "documentation": "Every resource is sealed with AES-256-GCM under its patient's data key; identifying search values are blind-indexed. Only JSON. Search parameters not listed are refused with 400 (strict handling). Every interaction except /metadata, /health and the /.well-known and /auth endpoints needs a bearer token; each resource returned, counted or written is decided by the token's SMART scopes and the server's Cedar policies.",
            "security": {
                "cors": false,
                "service": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/restful-security-service", "code": "SMART-on-FHIR"}]}],
                "extension": [{
                    "url": "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris",
                    "extension": [
                        {"url": "authorize", "valueUri": format!("{base}/auth/authorize")},
                        {"url": "token", "valueUri": format!("{base}/auth/token")},
                        {"url": "introspect", "valueUri": format!("{base}/auth/introspect")},
                        {"url": "revoke", "valueUri": format!("{base}/auth/revoke")},
                    ],
                }],
                "description": "SMART App Launch v2 (authorization code with PKCE S256; password and TOTP sign-in) or the administrator's bearer token, over TLS 1.3 only. See /.well-known/smart-configuration.",
            },
            "resource": resources,
            "interaction": [{"code": "transaction"}, {"code": "batch"}],
            "operation": [{"name": "export", "definition": "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export"}],
        }],
    })
}
