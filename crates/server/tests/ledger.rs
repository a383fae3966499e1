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
        .ledger()
        .entries(from as i64, i64::MAX)
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

    // The write was recorded twice: its intent before it ran (same request id, the
    // authenticated principal, outcome `started`), then its outcome, with the patient as
    // a pseudonym, never the id.
    let all = entries(&s, 0).await;
    let at = all
        .iter()
        .position(|e| e.action == "update" && e.outcome == "success")
        .unwrap();
    let (intent, write) = (&all[at - 1], &all[at]);
    assert_eq!(write.status, 201);
    assert_eq!(write.patients, [ledger.pseudonym("pl1")]);
    assert_eq!(
        (
            intent.action.as_str(),
            intent.outcome.as_str(),
            intent.status,
            intent.principal.as_str(),
            intent.request_id.as_str(),
        ),
        (
            "update",
            "started",
            0,
            "admin-token",
            write.request_id.as_str()
        )
    );
    assert_eq!(intent.ids, ["Patient/pl1"]);
    assert!(intent.patients.is_empty());
    let raw: Vec<u8> = s
        .store
        .ledger()
        .entries(0, i64::MAX)
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
    let c1 = open(&note1, std::slice::from_ref(&v), &[])
        .unwrap()
        .checkpoint;
    let c2 = open(&note2, std::slice::from_ref(&v), &[])
        .unwrap()
        .checkpoint;
    let stored = s.store.ledger().entries(0, n2 as i64).await.unwrap();
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
    // Two keys, Ed25519 and ML-DSA-44; the checkpoint carries a valid signature by each.
    let key = plain("/ledger/key").await;
    let v = Verifier::parse_all(&key).unwrap();
    assert_eq!(v.len(), 2);
    assert!(!v[0].is_post_quantum() && v[1].is_post_quantum());
    let note = plain("/ledger/checkpoint").await;
    let c = open(&note, &v, &[]).unwrap().checkpoint;
    assert_eq!(open(&note, &v[1..], &[]).unwrap().checkpoint, c);
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

    // Another writer (an administration command) appends behind the server's writer:
    // the server takes the entry in and goes on recording, in one sequence.
    let before = ledger.size();
    let local = ward_server::audit::record_local(
        &s.store,
        Entry {
            time_ms: 1,
            principal: "local:ops".into(),
            roles: vec!["operator".into()],
            client: Some("ward-cli".into()),
            action: "keys-rotate".into(),
            outcome: "started".into(),
            request_id: "r-local".into(),
            ..Entry::default()
        },
        &["pl1"],
    )
    .await
    .unwrap();
    assert_eq!(local, before);
    let (st, _) = s.get("/metadata").await;
    assert_eq!(st, StatusCode::OK);
    let (st, _, _) = s.put_json("/Patient/pl1", &patient).await;
    assert!(st.is_success(), "{st}");
    let new = entries(&s, before).await;
    assert_eq!(new.len(), 3, "{new:?}");
    assert_eq!(new[0].action, "keys-rotate");
    assert_eq!(new[0].patients, [ledger.pseudonym("pl1")]);
    assert_eq!(
        (new[1].action.as_str(), new[1].outcome.as_str()),
        ("update", "started")
    );
    assert_eq!(
        (new[2].action.as_str(), new[2].outcome.as_str()),
        ("update", "success")
    );
    assert_eq!(ledger.size(), before + 3);
    ledger.checkpoint(&s.store).await.unwrap();
    let (size, note) = ledger.latest().unwrap();
    assert_eq!(size, before + 3);
    let stored = s.store.ledger().entries(0, size as i64).await.unwrap();
    let mut t = ward_ledger::merkle::Tree::new();
    for (_, b) in &stored {
        t.push(leaf_hash(b));
    }
    let opened = open(
        &note,
        &[Verifier::parse(&ledger.verifier_key()).unwrap()],
        &[],
    )
    .unwrap();
    assert_eq!(opened.checkpoint.root, t.root());

    // Fail closed: while the ledger cannot be written, a request gets no data; once it
    // can again, requests are served and recorded.
    let rename = |from: &str, to: &str| format!("ALTER TABLE {from} RENAME TO {to}");
    sqlx::query(sqlx::AssertSqlSafe(rename(
        "ward_ledger",
        "ward_ledger_away",
    )))
    .execute(s.store.ledger().pool())
    .await
    .unwrap();
    let (st, v) = s.get("/Patient/pl1").await;
    assert_eq!(st, StatusCode::INTERNAL_SERVER_ERROR, "{v}");
    assert!(v.to_string().contains("audit ledger"), "{v}");
    assert!(!v.to_string().contains("Ledgerwood"));
    // A write whose intent cannot be recorded is not made.
    let mut p9 = patient.clone();
    p9["id"] = json!("pl9");
    let (st, _, v) = s.put_json("/Patient/pl9", &p9).await;
    // (The outer layer's entry fails too, and its message replaces the intent's.)
    assert_eq!(st, StatusCode::INTERNAL_SERVER_ERROR, "{v}");
    assert!(v.to_string().contains("audit ledger"), "{v}");
    sqlx::query(sqlx::AssertSqlSafe(rename(
        "ward_ledger_away",
        "ward_ledger",
    )))
    .execute(s.store.ledger().pool())
    .await
    .unwrap();
    let (st, _, _) = s.put_json("/Patient/pl1", &patient).await;
    assert!(st.is_success(), "{st}");
    assert_eq!(ledger.size(), before + 5);
    // pl9 is created now: the refused write had stored nothing.
    let (st, _, _) = s.put_json("/Patient/pl9", &p9).await;
    assert_eq!(st, StatusCode::CREATED);
    s.stop().await;
}

both!(every_request_leaves_one_entry_and_proofs_verify);

/// A witness over HTTPS on a loopback port, in `dir`, trusting `log_key`.
async fn start_witness(
    dir: &std::path::Path,
    log_key: &str,
    post_quantum: bool,
) -> (
    std::sync::Arc<ward_server::witness::WitnessService>,
    String,
    tokio::sync::oneshot::Sender<()>,
) {
    let svc = ward_server::witness::WitnessService::open(
        dir,
        "witness.hospital-b.example",
        &[log_key.to_string()],
        post_quantum,
    )
    .unwrap();
    ward_server::tls::generate_dev_certs(dir).unwrap();
    let tls = ward_server::tls::server_config(&dir.join("server.pem"), &dir.join("server-key.pem"))
        .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!(
        "https://localhost:{}",
        listener.local_addr().unwrap().port()
    );
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(ward_server::serve_tls(
        listener,
        tls,
        svc.router(),
        async move {
            let _ = rx.await;
        },
    ));
    (svc, url, tx)
}

async fn a_witness_cosigns_consistent_checkpoints_and_refuses_others(b: Backend) {
    // The log's key exists before the server starts, so the witness can trust it.
    let opened = open_store(b).await;
    let origin = "hospital-a.example/ledger";
    let log_key = ward_server::audit::Ledger::open(opened.3.clone(), origin, vec![])
        .await
        .unwrap()
        .verifier_key();
    let wdir = opened.0.join("witness");
    // The witness cosigns with Ed25519 on SQLite and with ML-DSA-44 on PostgreSQL: each
    // run covers one of the two cosignature algorithms end to end.
    let post_quantum = matches!(b, Backend::Postgres);
    let (svc, wurl, wstop) = start_witness(&wdir, &log_key, post_quantum).await;
    let wkey = Verifier::parse(&svc.cosigner_key()).unwrap();
    assert_eq!(wkey.is_post_quantum(), post_quantum);
    let s = TestServer::start_on(
        b,
        opened,
        vec![ward_server::witness::WitnessConfig {
            url: wurl.clone(),
            key: svc.cosigner_key(),
            ca: Some(wdir.join("ca.pem")),
        }],
    )
    .await;
    let lkey = [Verifier::parse(&log_key).unwrap()];

    // Two rounds of traffic; each time the latest checkpoint ends up cosigned, the
    // second from a consistency proof against the first.
    let mut sizes = Vec::new();
    for round in 0..2 {
        for i in 0..3 {
            let p = json!({"resourceType": "Patient", "id": format!("w{round}{i}")});
            s.put_json(&format!("/Patient/w{round}{i}"), &p).await;
        }
        let target = s.state.ledger.size();
        let mut cosigned = None;
        for _ in 0..100 {
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            let note = s
                .http
                .get(format!("{}/ledger/checkpoint", s.base))
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            let o = open(&note, &lkey, std::slice::from_ref(&wkey)).unwrap();
            if o.checkpoint.size >= target && !o.cosigned_by.is_empty() {
                cosigned = Some(o);
                break;
            }
        }
        let o = cosigned.expect("the witness cosigned the latest checkpoint");
        assert_eq!(o.cosigned_by[0].0, "witness.hospital-b.example");
        sizes.push(o.checkpoint.size);
    }
    assert!(sizes[1] > sizes[0]);
    // The witness kept its state on disk.
    let state: serde_json::Value =
        serde_json::from_slice(&std::fs::read(wdir.join("state.json")).unwrap()).unwrap();
    assert!(state[origin]["size"].as_u64().unwrap() >= sizes[1]);

    // An offline proof of an entry, cosigned, verifies with the keys alone.
    let text = s
        .req(reqwest::Method::GET, "/ledger/entries/2/proof")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let bundle = ward_ledger::proof::Bundle::parse(&text).unwrap();
    let v = bundle
        .verify(&lkey, std::slice::from_ref(&wkey), 1, None)
        .unwrap();
    assert_eq!(v.index, 2);
    assert_eq!(Entry::parse(&v.entry).unwrap().action, "update");
    // A proof of entry 2 does not prove entry 3.
    let e3 = s.store.ledger().entries(3, 4).await.unwrap().remove(0).1;
    assert!(bundle.verify(&lkey, &[], 0, Some(&e3)).is_err());

    // Now the witness's own refusals, as the protocol says.
    let http = reqwest::Client::builder()
        .tls_backend_preconfigured(ward_server::tls::client_config(&wdir.join("ca.pem")).unwrap())
        .build()
        .unwrap();
    let post = |body: String| {
        let http = http.clone();
        let url = format!("{wurl}/add-checkpoint");
        async move {
            let r = http.post(url).body(body).send().await.unwrap();
            let st = r.status().as_u16();
            let ct = r
                .headers()
                .get("content-type")
                .map(|v| v.to_str().unwrap().to_string());
            (st, ct, r.text().await.unwrap())
        }
    };
    // Let the server's last checkpoint reach the witness (nothing else is recorded now),
    // so that the witness's state holds still while it is probed.
    let witnessed = || {
        serde_json::from_slice::<serde_json::Value>(
            &std::fs::read(wdir.join("state.json")).unwrap(),
        )
        .unwrap()[origin]["size"]
            .as_u64()
            .unwrap()
    };
    for _ in 0..100 {
        if witnessed() == s.state.ledger.size() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let seen = witnessed();
    assert_eq!(seen, s.state.ledger.size());
    let latest = s.state.ledger.latest().unwrap().1;
    // A stale old size: 409 with the witness's size.
    let stale = ward_ledger::witness::AddCheckpoint {
        old: 0,
        proof: vec![],
        note: latest.clone(),
    };
    let (st, ct, body) = post(stale.encode()).await;
    let seen_now: u64 = body.trim().parse().unwrap();
    assert_eq!(
        (st, ct.as_deref()),
        (409, Some("text/x.tlog.size")),
        "{body}"
    );
    assert_eq!(seen_now, seen);
    // An inconsistent checkpoint, properly signed by the log's key (a compromised log
    // forking its history): 422, and the evidence is kept.
    let der = s
        .store
        .server_secret("ledger-signing-key", || Err("missing".to_string()))
        .await
        .unwrap();
    let signer = ward_ledger::note::Signer::from_pkcs8(origin, &der).unwrap();
    let fork = ward_ledger::note::Checkpoint {
        origin: origin.into(),
        size: seen_now + 5,
        root: [9u8; 32],
    };
    let forged = ward_ledger::witness::AddCheckpoint {
        old: seen_now,
        proof: s
            .state
            .ledger
            .tree()
            .consistency_proof(seen_now, seen_now)
            .unwrap()
            .into_iter()
            .chain([[1u8; 32]])
            .collect(),
        note: signer.sign(&fork).unwrap(),
    };
    let (st, _, _) = post(forged.encode()).await;
    assert_eq!(st, 422);
    assert_eq!(std::fs::read_dir(wdir.join("evidence")).unwrap().count(), 1);
    // Same size, another root: 409.
    let same = ward_ledger::witness::AddCheckpoint {
        old: seen_now,
        proof: vec![],
        note: signer
            .sign(&ward_ledger::note::Checkpoint {
                size: seen_now,
                ..fork.clone()
            })
            .unwrap(),
    };
    assert_eq!(post(same.encode()).await.0, 409);
    // Signed by another key: 403; another origin: 404; garbage: 400.
    let stranger = ward_ledger::note::Signer::from_pkcs8(
        origin,
        &ward_ledger::note::Signer::generate_pkcs8().unwrap(),
    )
    .unwrap();
    let foreign = ward_ledger::witness::AddCheckpoint {
        old: seen_now,
        proof: vec![],
        note: stranger.sign(&fork).unwrap(),
    };
    assert_eq!(post(foreign.encode()).await.0, 403);
    let other = ward_ledger::note::Signer::from_pkcs8(
        "elsewhere.example/log",
        &ward_ledger::note::Signer::generate_pkcs8().unwrap(),
    )
    .unwrap();
    let unknown = ward_ledger::witness::AddCheckpoint {
        old: 0,
        proof: vec![],
        note: other
            .sign(&ward_ledger::note::Checkpoint {
                origin: "elsewhere.example/log".into(),
                ..fork.clone()
            })
            .unwrap(),
    };
    assert_eq!(post(unknown.encode()).await.0, 404);
    assert_eq!(post("old 1\nnot a proof".into()).await.0, 400);
    // None of the refusals moved the witness's state.
    assert_eq!(witnessed(), seen);
    let _ = wstop.send(());
    s.stop().await;
}

both!(a_witness_cosigns_consistent_checkpoints_and_refuses_others);

/// The store's appends are all or nothing and only at the size the writer expects: a
/// batch longer than one statement lands whole, a batch at a wrong size (a gap, an
/// overlap) writes nothing, and neither does a long batch after a row was appended
/// behind the writer's back.
async fn ledger_appends_are_atomic_and_only_at_the_end(b: Backend) {
    let (_dir, _url, _pg, store) = open_store(b).await;
    let rows = |from: usize, n: usize| -> Vec<Vec<u8>> {
        (from..from + n)
            .map(|i| format!("{{\"i\":{i}}}").into_bytes())
            .collect()
    };
    let long = ward_store::LEDGER_ROWS_PER_STATEMENT * 2 + 7;
    store.ledger().append(0, rows(0, long)).await.unwrap();
    let stored = store.ledger().entries(0, i64::MAX).await.unwrap();
    assert_eq!(stored.len(), long);
    assert!(
        stored
            .iter()
            .enumerate()
            .all(|(i, (idx, e))| *idx == i as i64 && *e == format!("{{\"i\":{i}}}").into_bytes())
    );
    let size = long as i64;
    // A gap and an overlap are refused, and write nothing.
    for at in [size + 1, size - 1, 0] {
        let err = store.ledger().append(at, rows(0, 3)).await.unwrap_err();
        assert!(
            matches!(err, ward_store::StoreError::Conflict(_)),
            "{at}: {err}"
        );
    }
    // A row appended behind the writer's back: a batch of several statements writes
    // nothing of itself.
    let n = ward_store::LEDGER_ROWS_PER_STATEMENT + 5;
    let behind = size + ward_store::LEDGER_ROWS_PER_STATEMENT as i64;
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO ward_ledger (idx, entry) VALUES ({behind}, {})",
        match b {
            Backend::Sqlite => "x'7b7d'",
            Backend::Postgres => "'\\x7b7d'::bytea",
        }
    )))
    .execute(store.ledger().pool())
    .await
    .unwrap();
    assert!(store.ledger().append(size, rows(0, n)).await.is_err());
    let after = store.ledger().entries(0, i64::MAX).await.unwrap();
    assert_eq!(
        after.len(),
        long + 1,
        "only the row written behind the writer"
    );
    store.close().await;
}

both!(ledger_appends_are_atomic_and_only_at_the_end);

/// A data directory from before the ledger had its own SQLite file: at open, its rows
/// and checkpoints move to `ward-ledger.db` whole, and the old tables go.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_sqlite_ledger_kept_in_the_vault_file_moves_to_its_own() {
    let dir = std::env::temp_dir().join(format!("ward-adopt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = ward_store::sqlite_url(&dir.join("ward.db"));
    let keystore = ward_crypto::KeystoreFile::new(dir.join("keystore.json"), None);
    keystore
        .write(&ward_crypto::RootKey::generate().unwrap())
        .unwrap();
    let reopen = || async {
        use ward_crypto::KeyProvider;
        let root = keystore.root_key().unwrap();
        ward_store::Store::open(&url, root, ward_store::StoreOptions::default()).await
    };
    let store = reopen().await.unwrap();
    for stmt in [
        "CREATE TABLE ward_ledger (idx BIGINT PRIMARY KEY, entry BLOB NOT NULL)",
        "CREATE TABLE ward_checkpoints (size BIGINT PRIMARY KEY, note TEXT NOT NULL, created_ms BIGINT NOT NULL)",
        "INSERT INTO ward_ledger VALUES (0, x'7b2261223a317d'), (1, x'7b2261223a327d')",
        "INSERT INTO ward_checkpoints VALUES (2, 'note', 5)",
    ] {
        sqlx::query(stmt).execute(store.pool()).await.unwrap();
    }
    store.close().await;
    let store = reopen().await.unwrap();
    let rows = store.ledger().entries(0, i64::MAX).await.unwrap();
    assert_eq!(
        rows,
        vec![(0, b"{\"a\":1}".to_vec()), (1, b"{\"a\":2}".to_vec())]
    );
    assert_eq!(
        store.ledger().checkpoints().await.unwrap(),
        vec![(2, "note".to_string())]
    );
    let old: i64 = sqlx::Row::get(
        &sqlx::query("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ward_ledger'")
            .fetch_one(store.pool())
            .await
            .unwrap(),
        0,
    );
    assert_eq!(old, 0);
    // Both files holding a ledger: the store refuses to guess.
    sqlx::query("CREATE TABLE ward_ledger (idx BIGINT PRIMARY KEY, entry BLOB NOT NULL)")
        .execute(store.pool())
        .await
        .unwrap();
    store.close().await;
    let err = reopen().await.unwrap_err();
    assert!(err.to_string().contains("move one aside"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

fn test_entry(i: usize) -> Entry {
    Entry {
        time_ms: i as i64,
        principal: format!("user-{i}"),
        action: "read".into(),
        outcome: "success".into(),
        status: 200,
        ids: vec![format!("Observation/o{i}")],
        request_id: format!("r{i}"),
        ..Entry::default()
    }
}

/// Two servers on one database (two hosts behind a load balancer on one PostgreSQL, or
/// two processes on one SQLite file) keep one log: appends from both land in one
/// sequence with no index given twice, both sign checkpoints, and every checkpoint
/// either signs commits to a prefix of the one stored log; a server started afterwards
/// accepts the log.
async fn two_servers_on_one_database_keep_one_log(b: Backend) {
    use ward_crypto::KeyProvider;
    use ward_server::audit::Ledger;
    let (dir, url, _pg) = fresh_database(b).await;
    let keystore = ward_crypto::KeystoreFile::new(dir.join("keystore.json"), None);
    keystore
        .write(&ward_crypto::RootKey::generate().unwrap())
        .unwrap();
    let open_store = || async {
        std::sync::Arc::new(
            ward_store::Store::open(
                &url,
                keystore.root_key().unwrap(),
                ward_store::StoreOptions::default(),
            )
            .await
            .unwrap(),
        )
    };
    let (sa, sb) = (open_store().await, open_store().await);
    let la = Ledger::open(sa.clone(), "two.example/log", vec![])
        .await
        .unwrap();
    let lb = Ledger::open(sb.clone(), "two.example/log", vec![])
        .await
        .unwrap();
    assert_eq!(la.verifier_key(), lb.verifier_key(), "one log, one key");
    let n = 300;
    let mut tasks = Vec::new();
    for i in 0..n {
        let l = if i % 2 == 0 { la.clone() } else { lb.clone() };
        tasks.push(tokio::spawn(async move { l.append(&test_entry(i)).await }));
    }
    let mut indexes = Vec::new();
    for t in tasks {
        indexes.push(t.await.unwrap().expect("every append lands"));
    }
    indexes.sort_unstable();
    assert_eq!(indexes, (0..n as u64).collect::<Vec<_>>());
    // Each server signs what it holds; both notes commit to the stored log.
    let mut notes = Vec::new();
    for (l, s) in [(&la, &sa), (&lb, &sb)] {
        l.checkpoint(s).await.unwrap();
        notes.push(l.latest().unwrap());
    }
    let stored = sa.ledger().entries(0, i64::MAX).await.unwrap();
    assert_eq!(stored.len(), n);
    let mut seen: Vec<usize> = stored
        .iter()
        .map(|(_, b)| Entry::parse(b).unwrap().request_id[1..].parse().unwrap())
        .collect();
    seen.sort_unstable();
    assert_eq!(seen, (0..n).collect::<Vec<_>>(), "every entry once");
    let mut t = ward_ledger::merkle::Tree::new();
    for (_, b) in &stored {
        t.push(leaf_hash(b));
    }
    let v = [Verifier::parse(&la.verifier_key()).unwrap()];
    for (size, note) in &notes {
        let c = open(note, &v, &[]).unwrap().checkpoint;
        assert_eq!(c.size, *size);
        assert_eq!(c.root, t.root_at(*size).unwrap(), "checkpoint at {size}");
    }
    // A third server starting on the database checks the log against the latest
    // checkpoint either server stored, and accepts it.
    let sc = open_store().await;
    let lc = Ledger::open(sc.clone(), "two.example/log", vec![])
        .await
        .unwrap();
    assert_eq!(lc.size(), n as u64);
    for s in [sa, sb, sc] {
        s.close().await;
    }
    let _ = std::fs::remove_dir_all(&dir);
}

both!(two_servers_on_one_database_keep_one_log);

/// Auditors' searches through the search index find exactly what reading every entry
/// finds, whether the index covers none, part or all of the log, including where one
/// key has more entries than one read of the index returns; a forged index row shows
/// nothing; a removed or forged row is found by the check `ward ledger verify` runs.
async fn searches_through_the_index_find_what_reading_every_entry_finds(b: Backend) {
    let s = TestServer::start(b).await;
    let ledger = s.state.ledger.clone();
    let db = s.store.ledger();
    for p in ["pi1", "pi2", "pi3"] {
        let body = json!({"resourceType": "Patient", "id": p});
        let (st, _, _) = s.put_json(&format!("/Patient/{p}"), &body).await;
        assert_eq!(st, StatusCode::CREATED);
    }
    for _ in 0..2 {
        let body = json!({"resourceType": "Observation", "status": "final", "code": {"text": "x"}});
        let (st, _, _) = s.post_json("/Observation", &body).await;
        assert_eq!(st, StatusCode::CREATED);
    }
    for (p, n) in [("pi1", 3), ("pi2", 2), ("pi3", 1), ("nobody", 1)] {
        for _ in 0..n {
            s.get(&format!("/Patient/{p}")).await;
        }
    }
    // More entries about pi2 than one read of the index returns, all newer than the
    // two reads above.
    let pi2 = ledger.pseudonym("pi2");
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..6_000 {
        let (l, mut e) = (ledger.clone(), test_entry(i));
        e.action = "search".into();
        e.patients = vec![pi2.clone()];
        tasks.spawn(async move { l.append(&e).await.unwrap() });
    }
    while let Some(r) = tasks.join_next().await {
        r.unwrap();
    }
    let before = ledger.size() as usize;
    let all = entries(&s, 0).await;
    assert!(all.len() >= before);
    let pi1 = ledger.pseudonym("pi1");
    type Pred = Box<dyn Fn(&Entry) -> bool>;
    let has = |p: &str| -> Pred {
        let p = p.to_string();
        Box::new(move |e: &Entry| e.patients.contains(&p))
    };
    let queries: Vec<(String, Pred, usize)> = vec![
        (
            format!("/AuditEvent?patient=pi1&_before={before}"),
            has(&pi1),
            100,
        ),
        (
            format!("/AuditEvent?patient=Patient/pi2&action=read&_before={before}"),
            Box::new({
                let p = pi2.clone();
                move |e: &Entry| e.patients.contains(&p) && e.action == "read"
            }),
            100,
        ),
        (
            format!("/AuditEvent?patient=pi2&action=erase&_before={before}"),
            Box::new(|_: &Entry| false),
            100,
        ),
        (
            format!("/AuditEvent?patient=pi2&_count=1000&_before={before}"),
            has(&pi2),
            1000,
        ),
        (
            format!("/AuditEvent?agent=admin-token&action=read&_before={before}"),
            Box::new(|e: &Entry| e.principal == "admin-token" && e.action == "read"),
            100,
        ),
        // By action alone: an indexed action, a FHIR code standing for two, a list,
        // and a bulk read, which is read from the log.
        (
            format!("/AuditEvent?action=update&_before={before}"),
            Box::new(|e: &Entry| e.action == "update"),
            100,
        ),
        (
            format!("/AuditEvent?action=C&_before={before}"),
            Box::new(|e: &Entry| e.action == "create" || e.action == "import"),
            100,
        ),
        (
            format!("/AuditEvent?action=update,configure&_before={before}"),
            Box::new(|e: &Entry| e.action == "update" || e.action == "configure"),
            100,
        ),
        (
            format!("/AuditEvent?action=search&_count=1000&_before={before}"),
            Box::new(|e: &Entry| e.action == "search"),
            1000,
        ),
        (
            format!("/AuditEvent?entity=Patient/pi3&_before={before}"),
            Box::new(|e: &Entry| e.ids.iter().any(|i| i == "Patient/pi3")),
            100,
        ),
        (
            format!("/AuditEvent?outcome=8&_before={before}"),
            Box::new(|e: &Entry| e.outcome == "failure"),
            100,
        ),
        (
            format!("/AuditEvent?outcome=4&_before={before}"),
            Box::new(|e: &Entry| e.outcome == "denied"),
            100,
        ),
        (
            format!("/Patient/pi1/$access-report?_before={before}"),
            has(&pi1),
            100,
        ),
        // The synthetic entries carry times in the first day of the epoch, between
        // entries of today: the day spans overlap. A day, two days, a day with nothing
        // else matching past one read's worth, ranges longer than a month and open ones.
        (
            format!("/AuditEvent?date=1970-01-01&_count=1000&_before={before}"),
            Box::new(|e: &Entry| e.time_ms < 86_400_000),
            1000,
        ),
        (
            format!("/AuditEvent?date=ge1970-01-01&date=lt1970-01-03&_count=1000&_before={before}"),
            Box::new(|e: &Entry| e.time_ms < 2 * 86_400_000),
            1000,
        ),
        (
            format!("/AuditEvent?date=1970-01-01&action=read&_before={before}"),
            Box::new(|e: &Entry| e.time_ms < 86_400_000 && e.action == "read"),
            100,
        ),
        (
            format!("/AuditEvent?date=ge1970-01-02&_before={before}"),
            Box::new(|e: &Entry| e.time_ms >= 86_400_000),
            100,
        ),
        (
            format!("/AuditEvent?date=le1970-01-01&_count=1000&_before={before}"),
            Box::new(|e: &Entry| e.time_ms < 86_400_000),
            1000,
        ),
        (
            format!("/AuditEvent?date=ge1969-06&date=lt1970-03&action=read&_before={before}"),
            Box::new(|e: &Entry| e.time_ms < 59 * 86_400_000 && e.action == "read"),
            100,
        ),
        (
            format!("/AuditEvent?date=gt2000&date=lt1999&_before={before}"),
            Box::new(|_: &Entry| false),
            100,
        ),
    ];
    let expected: Vec<Vec<String>> = queries
        .iter()
        .map(|(_, pred, count)| {
            (0..before)
                .rev()
                .filter(|i| pred(&all[*i]))
                .take(*count)
                .map(|i| i.to_string())
                .collect()
        })
        .collect();
    assert!(
        expected[0].len() >= 3,
        "three reads of pi1 (and its creation)"
    );
    assert_eq!(expected[1].len(), 2);
    assert_eq!(expected[3].len(), 1000);
    assert!(
        !expected[10].is_empty(),
        "the read of a missing patient failed"
    );
    assert!(expected[5].len() >= 3, "three patients written");
    // Two creates, each recorded as started and as done.
    assert_eq!(expected[6].len(), 4, "two observations created");
    assert!(expected[7].len() >= 3);
    assert_eq!(expected[8].len(), 1000);
    let found = |q: String| {
        let s = &s;
        async move {
            let (st, v) = s.get(&q).await;
            assert_eq!(st, StatusCode::OK, "{q}: {v}");
            v["entry"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["resource"]["id"].as_str().unwrap().to_string())
                .collect::<Vec<String>>()
        }
    };
    let run_all = |label: &'static str| {
        let (queries, expected, found) = (&queries, &expected, &found);
        async move {
            for ((q, _, _), want) in queries.iter().zip(expected) {
                assert_eq!(&found(q.clone()).await, want, "{label}: {q}");
            }
        }
    };
    // No index, part of it, all of it. (The server's own indexer runs meanwhile and may
    // cover more than the test set up; the answers must be the same whatever it covers.)
    db.clear_index().await.unwrap();
    run_all("unindexed").await;
    let part = (before / 2) as i64;
    loop {
        db.clear_index().await.unwrap();
        // Again if the server's indexer went on past `part` in between.
        if ward_server::search_index::index_upto(db, part)
            .await
            .unwrap()
            == part
        {
            break;
        }
    }
    run_all("half indexed").await;
    let upto = ward_server::search_index::index(db).await.unwrap();
    assert!(upto >= before as i64);
    run_all("indexed").await;
    assert!(ward_server::search_index::check(db).await.unwrap() >= upto);
    // Rebuilds (`ward ledger reindex`: the index emptied, then built again) while the
    // searches run hide nothing: a search that finds the index emptied under it reads its
    // range again entry by entry.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let rebuilder = {
        let (stop, store) = (stop.clone(), s.store.clone());
        tokio::spawn(async move {
            let mut rebuilds = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                store.ledger().clear_index().await.unwrap();
                ward_server::search_index::index(store.ledger())
                    .await
                    .unwrap();
                rebuilds += 1;
            }
            rebuilds
        })
    };
    for _ in 0..3 {
        run_all("rebuilt while searched").await;
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let rebuilds = rebuilder.await.unwrap();
    assert!(
        rebuilds >= 2,
        "the searches ran across rebuilds ({rebuilds})"
    );
    // A forged row: pi1's key on an entry about pi3. The search does not show it; the
    // check names it.
    let of_pi3 = (0..before)
        .find(|i| all[*i].ids.iter().any(|x| x == "Patient/pi3"))
        .unwrap();
    let exec = |sql: String| async move {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .execute(db.pool())
            .await
            .unwrap()
    };
    exec(format!(
        "INSERT INTO ward_ledger_keys (k, idx) VALUES ('p:{pi1}', {of_pi3})"
    ))
    .await;
    assert_eq!(found(queries[0].0.clone()).await, expected[0]);
    let err = ward_server::search_index::check(db).await.unwrap_err();
    assert!(
        err.to_string().contains(&format!("entry {of_pi3}:")),
        "{err}"
    );
    // A removed row, hiding a read of pi1 from her report: the check names it.
    exec(format!(
        "DELETE FROM ward_ledger_keys WHERE k = 'p:{pi1}' AND idx = {of_pi3}"
    ))
    .await;
    let hidden: usize = expected[0][1].parse().unwrap();
    exec(format!(
        "DELETE FROM ward_ledger_keys WHERE k = 'p:{pi1}' AND idx = {hidden}"
    ))
    .await;
    let err = ward_server::search_index::check(db).await.unwrap_err();
    assert!(
        err.to_string().contains(&format!("entry {hidden}:")),
        "{err}"
    );
    // A day span narrowed to hide the first synthetic entry from a search by date.
    db.clear_index().await.unwrap();
    ward_server::search_index::index(db).await.unwrap();
    let first_old = (0..before).find(|i| all[*i].time_ms < 86_400_000).unwrap();
    exec(format!(
        "UPDATE ward_ledger_days SET lo = {} WHERE day = 0",
        first_old + 1
    ))
    .await;
    let err = ward_server::search_index::check(db).await.unwrap_err();
    assert!(
        err.to_string().contains(&format!("entry {first_old}:")),
        "{err}"
    );
    // Rebuilt, it matches again.
    db.clear_index().await.unwrap();
    ward_server::search_index::index(db).await.unwrap();
    ward_server::search_index::check(db).await.unwrap();
    run_all("rebuilt").await;
    s.stop().await;
}

both!(searches_through_the_index_find_what_reading_every_entry_finds);
