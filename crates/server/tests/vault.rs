//! The vault's shared test suite: every case runs on SQLite and on PostgreSQL.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use std::collections::BTreeMap;

fn patient(id: Option<&str>, family: &str, given: &str) -> Value {
    let mut p = json!({
        "resourceType": "Patient",
        "name": [{"family": family, "given": [given]}],
        "gender": "female",
        "birthDate": "1970-03-04",
        "identifier": [{"system": "urn:mrn", "value": format!("MRN-{family}")}],
        "telecom": [{"system": "phone", "value": "(555) 010-2030"}, {"system": "email", "value": format!("{given}@Example.org")}],
        "address": [{"line": ["12 Rue de l'Église"], "city": "Montréal", "postalCode": "H2X 1Y4"}],
    });
    if let Some(id) = id {
        p["id"] = json!(id);
    }
    p
}

fn observation(patient: &str, code: &str, value: f64, date: &str) -> Value {
    json!({
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
        "subject": {"reference": format!("Patient/{patient}")},
        "effectiveDateTime": date,
        "valueQuantity": {"value": value, "unit": "mg/dL", "system": "http://unitsofmeasure.org", "code": "mg/dL"},
    })
}

async fn crud_and_versioning(b: Backend) {
    let s = TestServer::start(b).await;
    let (st, h, v) = s
        .post_json("/Patient", &patient(None, "Núñez", "Zoë"))
        .await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    let id = v["id"].as_str().unwrap().to_string();
    assert_eq!(v["meta"]["versionId"], "1");
    assert!(
        h["location"]
            .to_str()
            .unwrap()
            .ends_with(&format!("/Patient/{id}/_history/1"))
    );
    assert_eq!(h["etag"], "W/\"1\"");
    assert!(h.contains_key("last-modified"));

    let (st, v) = s.get(&format!("/Patient/{id}")).await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(v["name"][0]["family"], "Núñez");

    // Version-aware update.
    let mut p = v.clone();
    p["gender"] = json!("other");
    let (st, h, v2) = s
        .send(
            s.req(Method::PUT, &format!("/Patient/{id}"))
                .header("content-type", "application/fhir+json")
                .header("if-match", "W/\"1\"")
                .json(&p),
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{v2}");
    assert_eq!(h["etag"], "W/\"2\"");
    let (st, _, v3) = s
        .send(
            s.req(Method::PUT, &format!("/Patient/{id}"))
                .header("content-type", "application/fhir+json")
                .header("if-match", "W/\"1\"")
                .json(&p),
        )
        .await;
    assert_eq!(st, StatusCode::PRECONDITION_FAILED, "{v3}");
    assert_eq!(v3["resourceType"], "OperationOutcome");

    // An update that changes nothing makes no version.
    let (st, h, _) = s.put_json(&format!("/Patient/{id}"), &v2).await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(h["etag"], "W/\"2\"");

    let (st, v1) = s.get(&format!("/Patient/{id}/_history/1")).await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(v1["gender"], "female");
    let (st, hist) = s.get(&format!("/Patient/{id}/_history")).await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(hist["type"], "history");
    assert_eq!(hist["total"], 2);

    // Prefer.
    let (st, _, body) = s
        .send(
            s.req(Method::POST, "/Patient")
                .header("content-type", "application/fhir+json")
                .header("prefer", "return=minimal")
                .json(&patient(None, "A", "B")),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED);
    assert!(body.is_null());
    let (st, _, body) = s
        .send(
            s.req(Method::POST, "/Patient")
                .header("content-type", "application/fhir+json")
                .header("prefer", "return=OperationOutcome")
                .json(&patient(None, "A", "B")),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED);
    assert_eq!(body["resourceType"], "OperationOutcome");

    // Update-as-create with a client id; then delete → 410; history keeps it.
    let (st, _, _) = s
        .put_json(
            "/Patient/client-1",
            &patient(Some("client-1"), "Kim", "Lee"),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED);
    let (st, _, _) = s.send(s.req(Method::DELETE, "/Patient/client-1")).await;
    assert_eq!(st, StatusCode::OK);
    let (st, v) = s.get("/Patient/client-1").await;
    assert_eq!(st, StatusCode::GONE);
    assert_eq!(v["issue"][0]["code"], "deleted");
    let (st, v) = s.get("/Patient/client-1/_history").await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(v["total"], 2);
    let (st, v) = s.get("/Patient/_history?_count=2").await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(v["entry"].as_array().unwrap().len(), 2);
    // Re-creating a deleted resource is a create.
    let (st, _, _) = s
        .put_json(
            "/Patient/client-1",
            &patient(Some("client-1"), "Kim", "Lee"),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED);

    // FHIR decimals keep their precision through the vault: 1.50 comes back as 1.50.
    let body = r#"{"resourceType":"Observation","status":"final","code":{"text":"x"},"valueQuantity":{"value":1.50,"unit":"mg/dL"},"component":[{"code":{"text":"y"},"valueQuantity":{"value":0.10}}]}"#;
    let (st, _, v) = s
        .send(
            s.req(Method::POST, "/Observation")
                .header("content-type", "application/fhir+json")
                .body(body),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    let (st, v) = s
        .get(&format!("/Observation/{}", v["id"].as_str().unwrap()))
        .await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(v["valueQuantity"]["value"].to_string(), "1.50");
    assert_eq!(
        v["component"][0]["valueQuantity"]["value"].to_string(),
        "0.10"
    );
    let (st, v) = s.get("/Observation?value-quantity=1.5").await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(v["total"], 1, "{v}");
    s.stop().await;
}

async fn errors_are_operation_outcomes(b: Backend) {
    let s = TestServer::start_with(b, 64 * 1024).await;
    let raw = |body: Vec<u8>| {
        s.req(Method::POST, "/Patient")
            .header("content-type", "application/fhir+json")
            .body(body)
    };
    let cases: Vec<(reqwest::RequestBuilder, StatusCode, &str)> = vec![
        (
            raw(b"{not json".to_vec()),
            StatusCode::BAD_REQUEST,
            "malformed JSON",
        ),
        (
            raw(b"\xff\xfe\x00".to_vec()),
            StatusCode::BAD_REQUEST,
            "invalid UTF-8",
        ),
        (
            raw(br#"{"resourceType":"Nope"}"#.to_vec()),
            StatusCode::BAD_REQUEST,
            "unknown resourceType",
        ),
        (
            raw(br#"{"resourceType":"Observation","status":"final"}"#.to_vec()),
            StatusCode::BAD_REQUEST,
            "type differs from URL",
        ),
        (
            raw(br#"{"resourceType":"Patient","id":"bad id!"}"#.to_vec()),
            StatusCode::UNPROCESSABLE_ENTITY,
            "bad id",
        ),
        (
            raw(br#"{"resourceType":"Patient","active":null}"#.to_vec()),
            StatusCode::UNPROCESSABLE_ENTITY,
            "null",
        ),
        (
            raw(br#"{"resourceType":"Patient","birthDate":"1970-02-31"}"#.to_vec()),
            StatusCode::UNPROCESSABLE_ENTITY,
            "impossible date",
        ),
        (
            raw(br#"{"resourceType":"Patient","name":[{"family":["x"]}],"birthDate":12}"#.to_vec()),
            StatusCode::CREATED,
            "wrong types outside indexed elements are stored as given",
        ),
        (
            raw(format!(
                "{{\"resourceType\":\"Patient\",\"x\":{}1{}}}",
                "[".repeat(200),
                "]".repeat(200)
            )
            .into_bytes()),
            StatusCode::BAD_REQUEST,
            "deep arrays",
        ),
        (
            raw(format!(
                "{{\"resourceType\":\"Patient\",\"extension\":[{}]}}",
                "{\"extension\":[".repeat(100) + "{\"url\":\"x\"}" + &"]}".repeat(100)
            )
            .into_bytes()),
            StatusCode::BAD_REQUEST,
            "deep nesting",
        ),
        (
            raw(format!(
                "{{\"resourceType\":\"Patient\",\"gender\":\"{}\"}}",
                "x".repeat(100 * 1024)
            )
            .into_bytes()),
            StatusCode::PAYLOAD_TOO_LARGE,
            "body over the limit",
        ),
        (
            s.req(Method::GET, "/Patient/bad%20id"),
            StatusCode::BAD_REQUEST,
            "bad id in URL",
        ),
        (
            s.req(Method::GET, "/Patient/nope"),
            StatusCode::NOT_FOUND,
            "unknown id",
        ),
        (
            s.req(Method::GET, "/Nope/1"),
            StatusCode::BAD_REQUEST,
            "unknown type in URL",
        ),
        (
            s.req(Method::GET, "/Patient?nope=1"),
            StatusCode::BAD_REQUEST,
            "unknown search parameter",
        ),
        (
            s.req(Method::GET, "/Patient?name:contains=ab"),
            StatusCode::BAD_REQUEST,
            "unanswerable on a blind index",
        ),
        (
            s.req(Method::GET, "/Patient?birthdate=gt1970"),
            StatusCode::BAD_REQUEST,
            "range on a blind index",
        ),
        (
            s.req(Method::PATCH, "/Patient/x"),
            StatusCode::METHOD_NOT_ALLOWED,
            "PATCH",
        ),
        (
            s.req(Method::GET, "/Patient/x/_history/zero"),
            StatusCode::BAD_REQUEST,
            "bad version",
        ),
        (
            s.http.get(format!("{}/Patient", s.base)),
            StatusCode::UNAUTHORIZED,
            "no token",
        ),
        (
            s.http
                .get(format!("{}/Patient", s.base))
                .bearer_auth("wrong"),
            StatusCode::UNAUTHORIZED,
            "wrong token",
        ),
        (
            s.req(Method::POST, "/Patient")
                .header("content-type", "application/xml")
                .body("<Patient/>"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "XML",
        ),
    ];
    for (rb, want, what) in cases {
        let (st, h, v) = s.send(rb).await;
        assert_eq!(st, want, "{what}: {v}");
        if !st.is_success() {
            assert_eq!(v["resourceType"], "OperationOutcome", "{what}: {v}");
            assert!(
                h["content-type"]
                    .to_str()
                    .unwrap()
                    .starts_with("application/fhir+json"),
                "{what}"
            );
            assert!(v["issue"][0]["diagnostics"].as_str().is_some(), "{what}");
        }
    }
    // /metadata and /health need no token.
    let r = s
        .http
        .get(format!("{}/metadata", s.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let cap: Value = r.json().await.unwrap();
    assert_eq!(cap["fhirVersion"], "4.0.1");
    // SMART discovery from the CapabilityStatement, agreeing with smart-configuration.
    let sec = &cap["rest"][0]["security"];
    assert_eq!(sec["service"][0]["coding"][0]["code"], "SMART-on-FHIR");
    let uris = sec["extension"][0]["extension"].as_array().unwrap();
    let token_uri = uris.iter().find(|u| u["url"] == "token").unwrap()["valueUri"].clone();
    let smart: Value = s
        .http
        .get(format!("{}/.well-known/smart-configuration", s.base))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(token_uri, smart["token_endpoint"]);
    assert_eq!(smart["code_challenge_methods_supported"], json!(["S256"]));
    let types: Vec<&str> = cap["rest"][0]["resource"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["type"].as_str().unwrap())
        .collect();
    assert!(types.contains(&"Observation") && types.contains(&"Consent"));
    assert_eq!(
        s.http
            .get(format!("{}/health", s.base))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    // FHIR: a transaction that names the same resource twice fails as a whole.
    let tx = json!({"resourceType": "Bundle", "type": "transaction", "entry": [
        {"resource": patient(Some("dup"), "X", "Y"), "request": {"method": "PUT", "url": "Patient/dup"}},
        {"resource": patient(Some("dup"), "Z", "Y"), "request": {"method": "PUT", "url": "Patient/dup"}},
    ]});
    let (st, _, v) = s.post_json("/", &tx).await;
    assert_eq!(st, StatusCode::BAD_REQUEST, "{v}");
    assert!(
        v["issue"][0]["diagnostics"]
            .as_str()
            .unwrap()
            .contains("more than once"),
        "{v}"
    );
    let (st, _) = s.get("/Patient/dup").await;
    assert_eq!(st, StatusCode::NOT_FOUND);
    // 409: two clients race on one version; the loser of an If-Match race gets 412, and
    // a PostgreSQL write conflict that survives its retries gets 409 (not forced here).
    s.stop().await;
}

async fn search_semantics(b: Backend) {
    let s = TestServer::start(b).await;
    let (_, _, p1) = s
        .put_json("/Patient/p1", &patient(Some("p1"), "Núñez", "Zoë"))
        .await;
    let (_, _, _) = s
        .put_json("/Patient/p2", &patient(Some("p2"), "Smith", "John"))
        .await;
    assert_eq!(p1["id"], "p1");
    for (i, (pid, code, val, date)) in [
        ("p1", "2345-7", 95.0, "2020-01-15T10:00:00Z"),
        ("p1", "2345-7", 130.0, "2021-06-01"),
        ("p2", "2345-7", 88.0, "2019-12-31"),
        ("p2", "718-7", 13.5, "2020-05-05"),
    ]
    .iter()
    .enumerate()
    {
        let mut o = observation(pid, code, *val, date);
        o["id"] = json!(format!("o{i}"));
        let (st, _, v) = s.put_json(&format!("/Observation/o{i}"), &o).await;
        assert_eq!(st, StatusCode::CREATED, "{v}");
    }
    let ids = |q: &'static str| {
        let s = &s;
        async move {
            let (st, v) = s.get(q).await;
            assert_eq!(st, StatusCode::OK, "{q}: {v}");
            let mut ids = ids_of(&v, "match");
            ids.sort();
            ids
        }
    };
    // Blind-indexed string search: case- and accent-insensitive, prefix of a name part.
    assert_eq!(ids("/Patient?name=zoe").await, ["Patient/p1"]);
    assert_eq!(ids("/Patient?name=NUN").await, ["Patient/p1"]);
    assert_eq!(ids("/Patient?family=nunez").await, ["Patient/p1"]);
    assert_eq!(ids("/Patient?given=joh").await, ["Patient/p2"]);
    assert_eq!(ids("/Patient?name=zoe%20nun").await, ["Patient/p1"]);
    assert!(ids("/Patient?name=xyz").await.is_empty());
    assert_eq!(ids("/Patient?address-city=montreal").await.len(), 2);
    assert_eq!(ids("/Patient?address=eglise").await.len(), 2);
    // Blind tokens and dates.
    assert_eq!(
        ids("/Patient?identifier=urn:mrn|MRN-Smith").await,
        ["Patient/p2"]
    );
    assert_eq!(ids("/Patient?identifier=MRN-Smith").await, ["Patient/p2"]);
    assert!(ids("/Patient?identifier=other|MRN-Smith").await.is_empty());
    assert_eq!(ids("/Patient?phone=555-010-2030").await.len(), 2);
    assert_eq!(
        ids("/Patient?email=Zo%C3%AB@EXAMPLE.org").await,
        ["Patient/p1"]
    );
    assert_eq!(ids("/Patient?birthdate=1970").await.len(), 2);
    assert_eq!(ids("/Patient?birthdate=1970-03-04").await.len(), 2);
    assert!(ids("/Patient?birthdate=1970-03-05").await.is_empty());
    // Plain tokens, references, dates, quantities.
    assert_eq!(ids("/Patient?gender=female&_id=p1,p2").await.len(), 2);
    assert_eq!(
        ids("/Observation?subject=Patient/p1").await,
        ["Observation/o0", "Observation/o1"]
    );
    assert_eq!(
        ids("/Observation?patient=p2&code=http://loinc.org|718-7").await,
        ["Observation/o3"]
    );
    assert_eq!(
        ids("/Observation?code=2345-7,718-7&patient=p2").await.len(),
        2
    );
    assert_eq!(
        ids("/Observation?code:not=2345-7").await,
        ["Observation/o3"]
    );
    assert_eq!(
        ids("/Observation?date=2020").await,
        ["Observation/o0", "Observation/o3"]
    );
    assert_eq!(
        ids("/Observation?date=ge2020-01-15&date=lt2021").await,
        ["Observation/o0", "Observation/o3"]
    );
    assert_eq!(
        ids("/Observation?date=gt2020-12-31").await,
        ["Observation/o1"]
    );
    assert_eq!(
        ids("/Observation?date=le2019-12-31").await,
        ["Observation/o2"]
    );
    assert_eq!(
        ids("/Observation?date=sa2020-06-01").await,
        ["Observation/o1"]
    );
    assert_eq!(ids("/Observation?date=eb2020").await, ["Observation/o2"]);
    assert_eq!(
        ids("/Observation?value-quantity=gt100").await,
        ["Observation/o1"]
    );
    assert_eq!(
        ids("/Observation?value-quantity=95").await,
        ["Observation/o0"]
    );
    assert_eq!(
        ids("/Observation?value-quantity=le88|http://unitsofmeasure.org|mg/dL").await,
        ["Observation/o2", "Observation/o3"]
    );
    assert_eq!(
        ids("/Observation?value-quantity:missing=true").await.len(),
        0
    );
    assert_eq!(ids("/Observation?_lastUpdated=gt2000-01-01").await.len(), 4);
    // _summary=count, _sort, _include, _revinclude, POST _search.
    let (_, v) = s.get("/Observation?_summary=count").await;
    assert_eq!(v["total"], 4);
    assert!(v.get("entry").is_none());
    let (_, v) = s.get("/Observation?_sort=-date").await;
    assert_eq!(
        ids_of(&v, "match"),
        [
            "Observation/o1",
            "Observation/o3",
            "Observation/o0",
            "Observation/o2"
        ]
    );
    let (_, v) = s
        .get("/Observation?code=718-7&_include=Observation:patient")
        .await;
    assert_eq!(ids_of(&v, "include"), ["Patient/p2"]);
    let (_, v) = s
        .get("/Patient?_id=p1&_revinclude=Observation:subject")
        .await;
    let mut rev = ids_of(&v, "include");
    rev.sort();
    assert_eq!(rev, ["Observation/o0", "Observation/o1"]);
    let (st, _, v) = s
        .send(
            s.req(Method::POST, "/Observation/_search")
                .header("content-type", "application/x-www-form-urlencoded")
                .body("patient=p1&value-quantity=lt100"),
        )
        .await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(ids_of(&v, "match"), ["Observation/o0"]);
    s.stop().await;
}

async fn paging_stays_valid_while_others_write(b: Backend) {
    let s = TestServer::start(b).await;
    for i in 0..25 {
        let (st, _, _) = s
            .post_json(
                "/Observation",
                &observation("px", "1-8", i as f64, "2022-01-01"),
            )
            .await;
        assert_eq!(st, StatusCode::CREATED);
    }
    let (_, first) = s.get("/Observation?code=1-8&_count=10").await;
    assert_eq!(first["total"], 25);
    let mut seen = ids_of(&first, "match");
    assert_eq!(seen.len(), 10);
    // Others write between pages: a new match, an update, a delete.
    s.post_json(
        "/Observation",
        &observation("px", "1-8", 99.0, "2022-01-01"),
    )
    .await;
    let victim = seen[0].clone();
    s.send(s.req(Method::DELETE, &format!("/{victim}"))).await;
    let mut next = first["link"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["relation"] == "next")
        .map(|l| l["url"].as_str().unwrap().to_string());
    while let Some(url) = next {
        let path = url.strip_prefix(&s.base).unwrap().to_string();
        let (st, page) = s.get(&path).await;
        assert_eq!(st, StatusCode::OK, "{page}");
        assert_eq!(page["total"], 25, "the snapshot's total does not move");
        seen.extend(ids_of(&page, "match"));
        next = page["link"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["relation"] == "next")
            .map(|l| l["url"].as_str().unwrap().to_string());
    }
    let mut uniq = seen.clone();
    uniq.sort();
    uniq.dedup();
    assert_eq!(seen.len(), 25);
    assert_eq!(uniq.len(), 25, "no duplicates across pages");
    let (st, v) = s.get("/?_getpages=doesnotexist&_getpagesoffset=0").await;
    assert_eq!(st, StatusCode::GONE, "{v}");
    s.stop().await;
}

async fn transactions_are_atomic(b: Backend) {
    let s = TestServer::start(b).await;
    let files = synthea_files();
    let mut bundle = as_import_bundle(&files[0]);
    let n = bundle["entry"].as_array().unwrap().len();
    // Break the last entry: the whole transaction must change nothing.
    bundle["entry"][n - 1]["resource"]["status"] = Value::Null;
    let (st, _, v) = s.post_json("/", &bundle).await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert!(
        v["issue"][0]["diagnostics"]
            .as_str()
            .unwrap()
            .contains(&format!("entry[{}]", n - 1)),
        "{v}"
    );
    let counts = s.store.counts().await.unwrap();
    assert!(counts.is_empty(), "a failed transaction left {counts:?}");

    // The original Synthea form: POST with urn:uuid references.
    let raw = read_json(&files[0]);
    let (st, _, v) = s.post_json("/", &raw).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v["type"], "transaction-response");
    assert_eq!(v["entry"].as_array().unwrap().len(), n);
    let patient_loc = v["entry"][0]["response"]["location"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        v["entry"][0]["response"]["status"]
            .as_str()
            .unwrap()
            .starts_with("201")
    );
    let pid = patient_loc.split('/').rev().nth(2).unwrap().to_string();
    let (_, obs) = s
        .get(&format!("/Observation?subject=Patient/{pid}&_count=1"))
        .await;
    let first = &obs["entry"][0]["resource"];
    assert_eq!(
        first["subject"]["reference"],
        format!("Patient/{pid}"),
        "urn:uuid resolved to the new id"
    );

    // Conditional create: the second time finds the first.
    let org = json!({"resourceType": "Organization", "identifier": [{"system": "urn:npi", "value": "42"}], "name": "Clinic"});
    let tx = json!({"resourceType": "Bundle", "type": "transaction", "entry": [
        {"fullUrl": "urn:uuid:aaaaaaaa-0000-0000-0000-000000000001", "resource": org, "request": {"method": "POST", "url": "Organization", "ifNoneExist": "identifier=urn:npi|42"}},
        {"resource": {"resourceType": "Practitioner", "name": [{"family": "Who"}], "meta": {"tag": [{"system": "urn:t", "code": "x"}]}},
         "request": {"method": "POST", "url": "Practitioner"}},
        {"resource": {"resourceType": "PractitionerRole", "organization": {"reference": "urn:uuid:aaaaaaaa-0000-0000-0000-000000000001"}}, "request": {"method": "POST", "url": "PractitionerRole"}},
    ]});
    let (st, _, v1) = s.post_json("/", &tx).await;
    assert_eq!(st, StatusCode::OK, "{v1}");
    let (st, _, v2) = s.post_json("/", &tx).await;
    assert_eq!(st, StatusCode::OK, "{v2}");
    assert_eq!(
        v1["entry"][0]["response"]["location"],
        v2["entry"][0]["response"]["location"]
    );
    assert!(
        v2["entry"][0]["response"]["status"]
            .as_str()
            .unwrap()
            .starts_with("200")
    );
    let (_, orgs) = s.get("/Organization?identifier=urn:npi|42").await;
    assert_eq!(orgs["total"], 1);
    let (_, roles) = s.get("/PractitionerRole?_count=10").await;
    let org_ref = format!(
        "Organization/{}",
        orgs["entry"][0]["resource"]["id"].as_str().unwrap()
    );
    assert!(
        entries(&roles)
            .iter()
            .all(|e| e["resource"]["organization"]["reference"] == org_ref.as_str())
    );
    let (_, tagged) = s.get("/Practitioner?_tag=urn:t|x").await;
    assert_eq!(tagged["total"], 2);

    // A dangling urn:uuid reference is refused.
    let bad = json!({"resourceType": "Bundle", "type": "transaction", "entry": [
        {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "x"}, "subject": {"reference": "urn:uuid:00000000-0000-0000-0000-00000000dead"}}, "request": {"method": "POST", "url": "Observation"}}]});
    let (st, _, _) = s.post_json("/", &bad).await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);

    // Conditional update (PUT Type?search) and batch with an error in one entry.
    let (st, _, _) = s.put_json("/Organization?identifier=urn:npi|42", &json!({"resourceType": "Organization", "identifier": [{"system": "urn:npi", "value": "42"}], "name": "Clinic 2"})).await;
    assert_eq!(st, StatusCode::OK);
    let batch = json!({"resourceType": "Bundle", "type": "batch", "entry": [
        {"resource": patient(None, "Ok", "One"), "request": {"method": "POST", "url": "Patient"}},
        {"resource": {"resourceType": "Patient", "active": null}, "request": {"method": "POST", "url": "Patient"}},
        {"request": {"method": "GET", "url": format!("Patient/{pid}")}},
    ]});
    let (st, _, v) = s.post_json("/", &batch).await;
    assert_eq!(st, StatusCode::OK);
    assert!(
        v["entry"][0]["response"]["status"]
            .as_str()
            .unwrap()
            .starts_with("201")
    );
    assert!(
        v["entry"][1]["response"]["status"]
            .as_str()
            .unwrap()
            .starts_with("422")
    );
    assert_eq!(v["entry"][2]["resource"]["id"], pid.as_str());
    s.stop().await;
}

async fn everything_and_erasure(b: Backend) {
    let s = TestServer::start(b).await;
    let files = synthea_files();
    s.import_synthea(&files[..3]).await;
    let a = read_json(&files[0]);
    let b_ = read_json(&files[1]);
    let pa = a["entry"][0]["resource"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let pb = b_["entry"][0]["resource"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let na = a["entry"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| {
            !matches!(
                e["resource"]["resourceType"].as_str(),
                Some("Organization" | "Practitioner")
            )
        })
        .count();

    let (st, ev) = s
        .get(&format!("/Patient/{pa}/$everything?_count=1000"))
        .await;
    assert_eq!(st, StatusCode::OK);
    let got = ids_of(&ev, "match");
    assert!(
        got.len() > na,
        "the compartment ({na}) plus referenced organizations and practitioners, got {}",
        got.len()
    );
    assert_eq!(got[0], format!("Patient/{pa}"));
    assert!(!got.contains(&format!("Patient/{pb}")));

    // An observation of A, with a second version.
    let (_, obs) = s
        .get(&format!("/Observation?subject=Patient/{pa}&_count=1"))
        .await;
    let oid = obs["entry"][0]["resource"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let mut o = obs["entry"][0]["resource"].clone();
    o["status"] = json!("amended");
    let (st, _, _) = s.put_json(&format!("/Observation/{oid}"), &o).await;
    assert_eq!(st, StatusCode::OK);

    let (st, _, v) = s
        .send(s.req(Method::POST, &format!("/Patient/{pa}/$erase")))
        .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    for path in [
        format!("/Patient/{pa}"),
        format!("/Observation/{oid}"),
        format!("/Observation/{oid}/_history/1"),
        format!("/Observation/{oid}/_history/2"),
        format!("/Patient/{pa}/$everything"),
    ] {
        let (st, v) = s.get(&path).await;
        assert_eq!(st, StatusCode::GONE, "{path}: {v}");
        assert!(
            v["issue"][0]["diagnostics"]
                .as_str()
                .unwrap()
                .contains("erased"),
            "{v}"
        );
    }
    let (_, found) = s.get(&format!("/Observation?subject=Patient/{pa}")).await;
    assert_eq!(
        found["total"], 0,
        "an erased patient's resources leave the index"
    );
    let family = a["entry"][0]["resource"]["name"][0]["family"]
        .as_str()
        .unwrap();
    let (_, found) = s.get(&format!("/Patient?family={family}")).await;
    assert!(!ids_of(&found, "match").contains(&format!("Patient/{pa}")));
    // Writing into the erased record is refused.
    let (st, _, _) = s.put_json(&format!("/Observation/{oid}"), &o).await;
    assert_eq!(st, StatusCode::GONE);
    // The other patient is intact.
    let (st, _) = s.get(&format!("/Patient/{pb}")).await;
    assert_eq!(st, StatusCode::OK);
    let (st, ev) = s
        .get(&format!("/Patient/{pb}/$everything?_count=1000"))
        .await;
    assert_eq!(st, StatusCode::OK);
    assert!(ids_of(&ev, "match").len() > 10);
    s.stop().await;
}

async fn tampered_rows_are_not_served(b: Backend) {
    let s = TestServer::start(b).await;
    s.put_json("/Patient/ta", &patient(Some("ta"), "Alpha", "A"))
        .await;
    s.put_json("/Patient/tb", &patient(Some("tb"), "Beta", "B"))
        .await;
    let pool = s.store.pool();
    // 1. Copy B's ciphertext into A's row.
    sqlx::query("UPDATE ward_version SET sealed = (SELECT sealed FROM ward_version WHERE id = 'tb') WHERE id = 'ta'").execute(pool).await.unwrap();
    let (st, v) = s.get("/Patient/ta").await;
    assert_eq!(st, StatusCode::INTERNAL_SERVER_ERROR, "{v}");
    assert!(
        v["issue"][0]["diagnostics"]
            .as_str()
            .unwrap()
            .contains("integrity"),
        "{v}"
    );
    assert!(!v.to_string().contains("Beta"));
    // 2. Flip one byte of B's ciphertext.
    let row = sqlx::query("SELECT sealed FROM ward_version WHERE id = 'tb'")
        .fetch_one(pool)
        .await
        .unwrap();
    let mut sealed: Vec<u8> = sqlx::Row::get(&row, 0);
    let mid = sealed.len() / 2;
    sealed[mid] ^= 0x40;
    sqlx::query("UPDATE ward_version SET sealed = $1 WHERE id = 'tb'")
        .bind(sealed)
        .execute(pool)
        .await
        .unwrap();
    let (st, v) = s.get("/Patient/tb").await;
    assert_eq!(st, StatusCode::INTERNAL_SERVER_ERROR, "{v}");
    // 3. Moving a wrapped key to another key row fails to unwrap.
    s.stop().await;
}

both!(
    crud_and_versioning,
    errors_are_operation_outcomes,
    search_semantics,
    paging_stays_valid_while_others_write,
    transactions_are_atomic,
    everything_and_erasure,
    tampered_rows_are_not_served
);

async fn key_rotation_rewraps_without_reencrypting(b: Backend) {
    let s = TestServer::start(b).await;
    s.put_json("/Patient/r1", &patient(Some("r1"), "Rot", "Ate"))
        .await;
    s.post_json("/Observation", &observation("r1", "1-8", 1.0, "2020-01-01"))
        .await;
    let sealed_before: Vec<Vec<u8>> = sqlx::query("SELECT sealed FROM ward_version ORDER BY seq")
        .fetch_all(s.store.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| sqlx::Row::get(r, 0))
        .collect();
    let new_root = ward_crypto::RootKey::generate().unwrap();
    let new_id = new_root.id().to_string();
    let twin = ward_crypto::RootKey::generate().unwrap();
    let n = s.store.rotate_root(new_root).await.unwrap();
    assert!(n >= 3, "patient, tenant and index keys at least, got {n}");
    let sealed_after: Vec<Vec<u8>> = sqlx::query("SELECT sealed FROM ward_version ORDER BY seq")
        .fetch_all(s.store.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| sqlx::Row::get(r, 0))
        .collect();
    assert_eq!(
        sealed_before, sealed_after,
        "rotation must not re-encrypt data"
    );
    // The running store reads on; a store opened with another key is refused.
    let (st, _) = s.get("/Patient/r1").await;
    assert_eq!(st, StatusCode::OK);
    let kek: String = sqlx::Row::get(
        &sqlx::query("SELECT DISTINCT kek_id FROM ward_keys")
            .fetch_one(s.store.pool())
            .await
            .unwrap(),
        0,
    );
    assert_eq!(kek, new_id);
    let err = ward_store::Store::open(&s.db_url, twin, ward_store::StoreOptions::default())
        .await
        .unwrap_err();
    assert!(
        matches!(err, ward_store::StoreError::WrongRootKey { .. }),
        "{err}"
    );
    s.stop().await;
}

both!(key_rotation_rewraps_without_reencrypting);

/// The number a `SELECT COUNT(*)` gives.
async fn count(store: &ward_store::Store, sql: &'static str) -> i64 {
    sqlx::Row::get(&sqlx::query(sql).fetch_one(store.pool()).await.unwrap(), 0)
}

/// Export jobs outlive the store that ran them: files appended while a job runs and its
/// outcome are read back after a reopen, sealed (no plaintext in the database), bound to
/// their place (a moved or dropped part, another owner: each fails), and gone with their
/// key when deleted; nothing is appended to or ended on a job that finished or was
/// deleted; a failed job keeps no files; a job whose heartbeat stopped reads as
/// interrupted; the limits hold.
async fn export_jobs_survive_a_restart_sealed(b: Backend) {
    use ward_store::{ExportLimits, ExportState, Store, StoreOptions};
    let (dir, url, _pg) = fresh_database(b).await;
    let keystore = ward_crypto::KeystoreFile::new(dir.join("keystore.json"), None);
    keystore
        .write(&ward_crypto::RootKey::generate().unwrap())
        .unwrap();
    let open = || async {
        use ward_crypto::KeyProvider;
        Store::open(&url, keystore.root_key().unwrap(), StoreOptions::default())
            .await
            .unwrap()
    };
    let now = ward_fhir::date::now_ms();
    let l = ExportLimits {
        now_ms: now,
        max_jobs: 3,
        max_running_per_owner: 2,
        keep_ms: 3_600_000,
        stale_ms: 60_000,
    };
    // What each job's writer appended, as the server keeps it.
    let mut kept: BTreeMap<(&str, String), ward_store::ExportFile> = BTreeMap::new();
    let files_of = |kept: &BTreeMap<(&str, String), ward_store::ExportFile>, job: &str| {
        kept.iter()
            .filter(|((j, _), _)| *j == job)
            .map(|((_, n), f)| (n.clone(), *f))
            .collect::<BTreeMap<String, ward_store::ExportFile>>()
    };
    let store = open().await;
    store.export_begin("job-a", "user:rita", l).await.unwrap();
    store.export_begin("job-b", "user:rita", l).await.unwrap();
    let err = store
        .export_begin("job-c", "user:rita", l)
        .await
        .unwrap_err();
    assert!(matches!(err, ward_store::StoreError::TooMany(_)), "{err}");
    store.export_begin("job-c", "user:house", l).await.unwrap();
    let err = store
        .export_begin("job-d", "user:house", l)
        .await
        .unwrap_err();
    assert!(matches!(err, ward_store::StoreError::TooMany(_)), "{err}");
    // A file larger than one part (4 MiB), with a marker that must not reach the disk.
    let marker = b"Zebulon-Quixote-7731";
    let mut big = Vec::new();
    while big.len() < 9 << 20 {
        big.extend_from_slice(marker);
        big.push(b'\n');
    }
    // Appended while the job runs (the first append in two calls), sealed as it goes.
    for (name, bytes) in [
        ("Patient.ndjson", &big[..5 << 20]),
        ("Patient.ndjson", &big[5 << 20..]),
        ("Empty.ndjson", &b""[..]),
    ] {
        assert!(
            store
                .export_append(
                    "job-a",
                    name,
                    bytes,
                    kept.entry(("job-a", name.to_string())).or_default()
                )
                .await
                .unwrap()
        );
    }
    let err = store
        .export_append("job-a", "a/b", b"x", &mut ward_store::ExportFile::default())
        .await
        .unwrap_err();
    assert!(matches!(err, ward_store::StoreError::Database(_)), "{err}");
    assert!(
        store
            .export_end(
                "job-a",
                ExportState::Done,
                b"{\"manifest\":1}",
                &files_of(&kept, "job-a"),
                now
            )
            .await
            .unwrap()
    );
    assert!(
        !store
            .export_end(
                "job-a",
                ExportState::Failed,
                b"x",
                &files_of(&kept, "job-a"),
                now
            )
            .await
            .unwrap(),
        "a finished job does not end twice"
    );
    assert!(
        !store
            .export_append(
                "job-a",
                "Patient.ndjson",
                b"more",
                kept.entry(("job-a", "Patient.ndjson".to_string()))
                    .or_default()
            )
            .await
            .unwrap(),
        "nor grows"
    );
    store.close().await;

    let store = open().await;
    let job = store.export_job("job-a", l).await.unwrap().unwrap();
    assert_eq!(job.state, ExportState::Done);
    assert_eq!(job.owner, "user:rita");
    assert_eq!(
        job.files
            .iter()
            .map(|(n, f)| (n.as_str(), f.parts, f.bytes))
            .collect::<Vec<_>>(),
        [
            ("Empty.ndjson", 1, 0),
            ("Patient.ndjson", 4, big.len() as u64)
        ],
        "5 MiB, then 4 MiB and a few bytes: parts of at most 4 MiB, two of each append"
    );
    assert_eq!(&job.outcome.unwrap()[..], b"{\"manifest\":1}");
    assert_eq!(
        &store
            .export_file("job-a", "Patient.ndjson", l)
            .await
            .unwrap()
            .unwrap()[..],
        &big[..]
    );
    assert_eq!(
        store
            .export_file("job-a", "Empty.ndjson", l)
            .await
            .unwrap()
            .unwrap()
            .len(),
        0
    );
    assert!(
        store
            .export_file("job-a", "Nope.ndjson", l)
            .await
            .unwrap()
            .is_none()
    );
    // Still running, and its heartbeat fresh: running; a minute later: interrupted.
    assert_eq!(
        store.export_job("job-b", l).await.unwrap().unwrap().state,
        ExportState::Running
    );
    let later = ExportLimits {
        now_ms: now + 61_000,
        ..l
    };
    assert_eq!(
        store
            .export_job("job-b", later)
            .await
            .unwrap()
            .unwrap()
            .state,
        ExportState::Interrupted
    );
    // An interrupted job no longer counts as running for its owner.
    store.export_delete("job-c").await.unwrap();
    store
        .export_begin("job-e", "user:rita", later)
        .await
        .unwrap();
    assert!(store.export_heartbeat("job-e", now).await.unwrap());

    let parts: Vec<Vec<u8>> = sqlx::query("SELECT sealed FROM ward_export_parts")
        .fetch_all(store.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| sqlx::Row::get(r, 0))
        .collect();
    assert_eq!(
        parts.len(),
        5,
        "two parts of each append, and the empty file's"
    );
    for p in &parts {
        assert!(!p.windows(marker.len()).any(|w| w == marker));
    }
    if b == Backend::Sqlite {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let bytes = std::fs::read(entry.unwrap().path()).unwrap();
            assert!(!bytes.windows(marker.len()).any(|w| w == marker));
        }
    }
    // A part copied to another place of the job fails its check.
    sqlx::query("UPDATE ward_export_parts SET sealed = (SELECT sealed FROM ward_export_parts WHERE job = 'job-a' AND name = 'Patient.ndjson' AND seq = 0) WHERE job = 'job-a' AND name = 'Patient.ndjson' AND seq = 1")
        .execute(store.pool())
        .await
        .unwrap();
    let err = store
        .export_file("job-a", "Patient.ndjson", l)
        .await
        .unwrap_err();
    assert!(
        matches!(err, ward_store::StoreError::Integrity { .. }),
        "{err}"
    );

    // Dropping a file's last part, or giving the job another owner, fails too.
    let roomy = ExportLimits {
        max_jobs: 10,
        ..later
    };
    store
        .export_begin("job-f", "user:rita", roomy)
        .await
        .unwrap();
    assert!(
        store
            .export_append(
                "job-f",
                "P.ndjson",
                &big,
                kept.entry(("job-f", "P.ndjson".to_string())).or_default()
            )
            .await
            .unwrap()
    );
    assert!(
        store
            .export_end(
                "job-f",
                ExportState::Done,
                b"{}",
                &files_of(&kept, "job-f"),
                now
            )
            .await
            .unwrap()
    );
    sqlx::query("DELETE FROM ward_export_parts WHERE job = 'job-f' AND seq = 2")
        .execute(store.pool())
        .await
        .unwrap();
    let err = store
        .export_file("job-f", "P.ndjson", roomy)
        .await
        .unwrap_err();
    assert!(
        matches!(err, ward_store::StoreError::Integrity { .. }),
        "{err}"
    );
    sqlx::query("UPDATE ward_export_jobs SET owner = 'user:mallory' WHERE id = 'job-f'")
        .execute(store.pool())
        .await
        .unwrap();
    let err = store.export_job("job-f", roomy).await.unwrap_err();
    assert!(
        matches!(err, ward_store::StoreError::Integrity { .. }),
        "{err}"
    );
    store.export_delete("job-f").await.unwrap();
    // A job deleted while it ran leaves nothing behind when it ends.
    store
        .export_begin("job-g", "user:rita", roomy)
        .await
        .unwrap();
    assert!(
        store
            .export_append(
                "job-g",
                "P.ndjson",
                b"x",
                kept.entry(("job-g", "P.ndjson".to_string())).or_default()
            )
            .await
            .unwrap()
    );
    store.export_delete("job-g").await.unwrap();
    assert!(
        !store
            .export_append(
                "job-g",
                "P.ndjson",
                b"y",
                kept.entry(("job-g", "P.ndjson".to_string())).or_default()
            )
            .await
            .unwrap()
    );
    assert!(
        !store
            .export_end(
                "job-g",
                ExportState::Done,
                b"{}",
                &files_of(&kept, "job-g"),
                now
            )
            .await
            .unwrap()
    );
    let left: i64 = count(&store, "SELECT (SELECT COUNT(*) FROM ward_export_parts WHERE job = 'job-g') + (SELECT COUNT(*) FROM ward_keys WHERE key_id = 'export:job-g')").await;
    assert_eq!(left, 0);
    // A job that fails keeps no files.
    store
        .export_begin("job-h", "user:rita", roomy)
        .await
        .unwrap();
    assert!(
        store
            .export_append(
                "job-h",
                "P.ndjson",
                b"x",
                kept.entry(("job-h", "P.ndjson".to_string())).or_default()
            )
            .await
            .unwrap()
    );
    assert!(
        store
            .export_end(
                "job-h",
                ExportState::Failed,
                b"{}",
                &files_of(&kept, "job-h"),
                now
            )
            .await
            .unwrap()
    );
    assert!(
        store
            .export_job("job-h", roomy)
            .await
            .unwrap()
            .unwrap()
            .files
            .is_empty()
    );
    store.export_delete("job-h").await.unwrap();
    // A part removed while the job runs: the next append, or the end, finds it.
    for (job, then_append) in [("job-i", true), ("job-j", false)] {
        store.export_begin(job, "user:rita", roomy).await.unwrap();
        let f = kept.entry((job, "P.ndjson".to_string())).or_default();
        assert!(
            store
                .export_append(job, "P.ndjson", &big[..5 << 20], f)
                .await
                .unwrap()
        );
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DELETE FROM ward_export_parts WHERE job = '{job}' AND seq = 1"
        )))
        .execute(store.pool())
        .await
        .unwrap();
        let err = if then_append {
            let f = kept.entry((job, "P.ndjson".to_string())).or_default();
            store
                .export_append(job, "P.ndjson", b"x", f)
                .await
                .unwrap_err()
        } else {
            store
                .export_end(job, ExportState::Done, b"{}", &files_of(&kept, job), now)
                .await
                .unwrap_err()
        };
        assert!(
            matches!(err, ward_store::StoreError::Integrity { .. }),
            "{job}: {err}"
        );
        store.export_delete(job).await.unwrap();
    }

    // Deleted: the job, its parts and its key.
    assert!(store.export_delete("job-a").await.unwrap());
    assert!(store.export_job("job-a", l).await.unwrap().is_none());
    assert!(
        store
            .export_file("job-a", "Patient.ndjson", l)
            .await
            .unwrap()
            .is_none()
    );
    let keys: i64 = count(
        &store,
        "SELECT COUNT(*) FROM ward_keys WHERE key_id = 'export:job-a'",
    )
    .await;
    assert_eq!(keys, 0);
    // Expiry: an hour after it finished, a job is gone.
    store
        .export_end(
            "job-e",
            ExportState::Failed,
            b"{}",
            &files_of(&kept, "job-e"),
            now,
        )
        .await
        .unwrap();
    let hour = ExportLimits {
        now_ms: now + 3_600_001,
        ..l
    };
    assert!(store.export_job("job-e", hour).await.unwrap().is_none());
    assert_eq!(
        store.export_expire(hour).await.unwrap(),
        2,
        "job-e and job-b"
    );
    store.close().await;
}

both!(export_jobs_survive_a_restart_sealed);
