//! The audit ledger over HTTPS, on SQLite and PostgreSQL: one entry per request, written
//! before the response leaves, with the right fields and no patient id in clear; signed
//! checkpoints and inclusion proofs that verify; a request whose entry cannot be written
//! is refused.

mod common;

use common::*;
use reqwest::StatusCode;
use serde_json::json;
use ward_ledger::entry::Entry;
use ward_ledger::merkle::{leaf_hash, verify_consistency, verify_inclusion};
use ward_ledger::note::{Verifier, open};

async fn entries(s: &TestServer, from: u64) -> Vec<Entry> {
    s.store
        .ledger_entries(from as i64, i64::MAX)
        .await
        .unwrap()
        .iter()
        .map(|(_, b)| Entry::parse(b).unwrap())
        .collect()
}

async fn every_request_leaves_one_entry_and_proofs_verify(b: Backend) {
    // The default policies: the admin token may write but not read clinical data.
    let s = TestServer::start_with_policies(b, ward_access::Policies::default_set()).await;
    let ledger = s.state.ledger.clone();
    let patient =
        json!({"resourceType": "Patient", "id": "pl1", "name": [{"family": "Ledgerwood"}]});
    let (st, _, _) = s.put_json("/Patient/pl1", &patient).await;
    assert_eq!(st, StatusCode::CREATED);

    // A denied read: exactly one entry, with the decision and a pseudonym-free patient
    // list (nothing was disclosed).
    let before = ledger.size();
    let (st, _) = s.get("/Patient/pl1").await;
    assert_eq!(st, StatusCode::FORBIDDEN);
    let new = entries(&s, before).await;
    assert_eq!(new.len(), 1, "{new:?}");
    let e = &new[0];
    assert_eq!(
        (
            e.principal.as_str(),
            e.action.as_str(),
            e.outcome.as_str(),
            e.status
        ),
        ("admin-token", "read", "denied", 403)
    );
    assert_eq!(e.resource_type.as_deref(), Some("Patient"));
    assert_eq!(e.ids, ["Patient/pl1"]);
    assert!(
        e.decision
            .as_deref()
            .unwrap()
            .contains("no policy permits read"),
        "{e:?}"
    );
    assert!(e.patients.is_empty());
    assert!(!e.request_id.is_empty());

    // An unauthenticated request is recorded too, as anonymous.
    let before = ledger.size();
    let r = s
        .http
        .get(format!("{}/Patient/pl1", s.base))
        .bearer_auth("not-a-token")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let new = entries(&s, before).await;
    assert_eq!(new.len(), 1);
    assert_eq!(
        (new[0].principal.as_str(), new[0].outcome.as_str()),
        ("anonymous", "denied")
    );

    // The write was recorded with the patient as a pseudonym, never the id.
    let all = entries(&s, 0).await;
    let write = all.iter().find(|e| e.action == "update").unwrap();
    assert_eq!(write.status, 201);
    let raw: Vec<u8> = s
        .store
        .ledger_entries(0, i64::MAX)
        .await
        .unwrap()
        .into_iter()
        .flat_map(|(_, b)| b)
        .collect();
    assert!(!String::from_utf8_lossy(&raw).contains("Ledgerwood"));

    // A read that discloses data names the patient by pseudonym.
    let s2 = TestServer::start(b).await; // default + admin reads
    let mut p2 = patient.clone();
    p2["id"] = json!("pl2");
    let (st, _, _) = s2.put_json("/Patient/pl2", &p2).await;
    assert_eq!(st, StatusCode::CREATED);
    let before = s2.state.ledger.size();
    let (st, _) = s2.get("/Patient/pl2").await;
    assert_eq!(st, StatusCode::OK);
    let e = &entries(&s2, before).await[0];
    assert_eq!(e.patients, [s2.state.ledger.pseudonym("pl2")]);
    assert!(!serde_json::to_string(e).unwrap().contains("\"pl2\""));
    let before = s2.state.ledger.size();
    let (st, v) = s2.get("/Patient?_id=pl2").await;
    assert_eq!((st, v["total"].as_u64()), (StatusCode::OK, Some(1)));
    let e = &entries(&s2, before).await[0];
    assert_eq!(
        (e.action.as_str(), e.ids.as_slice()),
        ("search", &["Patient/pl2".to_string()][..])
    );
    s2.stop().await;

    // Checkpoints: signed, consistent with each other, and every entry provably in them.
    // (The server's own checkpointer may have signed first: then its note is the latest.)
    let checkpoint = || async {
        match ledger.checkpoint(&s.store).await.unwrap() {
            Some(c) => c,
            None => ledger.latest().unwrap(),
        }
    };
    let (n1, note1) = checkpoint().await;
    let (st, _) = s.get("/Observation?_summary=count").await;
    assert_eq!(st, StatusCode::OK);
    let (n2, note2) = checkpoint().await;
    assert!(n2 > n1);
    let v = Verifier::parse(&ledger.verifier_key()).unwrap();
    let c1 = open(&note1, &v, &[]).unwrap().checkpoint;
    let c2 = open(&note2, &v, &[]).unwrap().checkpoint;
    let stored = s.store.ledger_entries(0, n2 as i64).await.unwrap();
    {
        let tree = ledger.tree();
        verify_consistency(
            n1,
            n2,
            &tree.consistency_proof(n1, n2).unwrap(),
            &c1.root,
            &c2.root,
        )
        .unwrap();
        for (i, bytes) in &stored {
            let p = tree.inclusion_proof(*i as u64, n2).unwrap();
            verify_inclusion(*i as u64, n2, &leaf_hash(bytes), &p, &c2.root).unwrap();
        }
        // A changed byte in a stored entry no longer proves.
        let mut altered = stored[0].1.clone();
        altered[5] ^= 1;
        let p = tree.inclusion_proof(0, n2).unwrap();
        assert!(verify_inclusion(0, n2, &leaf_hash(&altered), &p, &c2.root).is_err());
    }

    // The same over the API: the public checkpoint, key and proof verify; an auditor
    // reads the entry.
    let plain = |path: &str| {
        let url = format!("{}{path}", s.base);
        let http = s.http.clone();
        async move { http.get(url).send().await.unwrap().text().await.unwrap() }
    };
    let key = plain("/ledger/key").await;
    let v = Verifier::parse(key.trim()).unwrap();
    let note = plain("/ledger/checkpoint").await;
    let c = open(&note, &v, &[]).unwrap().checkpoint;
    let p: serde_json::Value = serde_json::from_str(
        &plain(&format!("/ledger/proof/inclusion?index=0&size={}", c.size)).await,
    )
    .unwrap();
    let b64 = |x: &serde_json::Value| {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD
            .decode(x.as_str().unwrap())
            .unwrap()
    };
    let proof: Vec<Vec<u8>> = p["proof"].as_array().unwrap().iter().map(b64).collect();
    let (st, e0) = s.get("/ledger/entries/0").await;
    assert_eq!(st, StatusCode::OK);
    let bytes = Entry::parse(e0.to_string().as_bytes())
        .unwrap()
        .canonical()
        .unwrap();
    verify_inclusion(0, c.size, &leaf_hash(&bytes), &proof, &c.root).unwrap();

    // Fail closed: a row appended behind the writer's back makes the next append fail,
    // and the request that cannot be recorded gets no data.
    let size = ledger.size() as i64;
    s.store
        .ledger_append(size, &[b"{}".to_vec()])
        .await
        .unwrap();
    let (st, v) = s.get("/Patient/pl1").await;
    assert_eq!(st, StatusCode::INTERNAL_SERVER_ERROR, "{v}");
    assert!(v.to_string().contains("audit ledger"), "{v}");
    assert!(!v.to_string().contains("Ledgerwood"));
    s.stop().await;
}

both!(every_request_leaves_one_entry_and_proofs_verify);
