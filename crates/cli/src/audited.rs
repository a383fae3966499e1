//! Administration commands run on the server's host (`ward keys rotate`, `ward patient
//! erase`, `ward user …`, `ward client …`) go to the audit ledger like API requests do.
//! Each is recorded *before* it runs (outcome `started`): if that entry cannot be written,
//! the command does not run. Its outcome is recorded after it, under the same request id.

use anyhow::Result;
use ward_ledger::entry::Entry;
use ward_store::Store;

/// The operator: the local account that ran the command.
fn operator() -> String {
    let name = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_else(|_| "unknown".into());
    format!("local:{name}")
}

fn entry(action: &str, subject: Option<&str>, outcome: &str, request_id: &str) -> Entry {
    Entry {
        time_ms: ward_fhir::date::now_ms(),
        principal: operator(),
        roles: vec!["operator".into()],
        client: Some("ward-cli".into()),
        action: action.into(),
        outcome: outcome.into(),
        status: 0,
        resource_type: None,
        ids: subject.map(|s| vec![s.to_string()]).unwrap_or_default(),
        patients: vec![],
        purpose: None,
        break_glass: None,
        decision: None,
        request_id: request_id.into(),
        source: None,
        detail: None,
    }
}

/// Runs `run` between its two ledger entries. `patient` (an id) is recorded as its
/// pseudonym.
pub async fn audited<T>(
    store: &Store,
    action: &str,
    subject: Option<&str>,
    patient: Option<&str>,
    run: impl std::future::Future<Output = Result<T>>,
) -> Result<T> {
    let request_id = ward_crypto::random_token(12)?.to_string();
    let patients: Vec<&str> = patient.into_iter().collect();
    ward_server::audit::record_local(
        store,
        entry(action, subject, "started", &request_id),
        &patients,
    )
    .await
    .map_err(|e| {
        anyhow::anyhow!(
            "the command was not run: it could not be recorded in the audit ledger ({})",
            e.outcome.message()
        )
    })?;
    let r = run.await;
    let outcome = if r.is_ok() { "success" } else { "failure" };
    if let Err(e) = ward_server::audit::record_local(
        store,
        entry(action, subject, outcome, &request_id),
        &patients,
    )
    .await
    {
        eprintln!(
            "warning: the command's {outcome} could not be recorded in the audit ledger (its start was): {}",
            e.outcome.message()
        );
    }
    r
}

/// The entry a server start appends: the digests of its effective settings and of the
/// policies it loaded (as parsed, not read again), so that an auditor sees every
/// configuration change between two starts. If it cannot be written, the server does not
/// start.
pub fn configuration_entry(
    cfg: &crate::config::Config,
    policies: &ward_access::Policies,
) -> Result<Entry> {
    let settings = format!(
        "listen={}\npublic_url={}\ndatabase={}\nmax_body_bytes={}\ncheckpoint_interval_ms={}\ntls_cert={:?}\nwitnesses={:?}\n",
        cfg.listen,
        cfg.public_url,
        crate::config::redact_url(&cfg.database),
        cfg.max_body_bytes,
        cfg.checkpoint_every.as_millis(),
        cfg.tls_cert,
        cfg.witnesses
            .iter()
            .map(|w| (w.url.as_str(), w.key.as_str()))
            .collect::<Vec<_>>(),
    );
    let mut e = entry(
        "configure",
        None,
        "success",
        ward_crypto::random_token(12)?.as_ref(),
    );
    e.principal = "server".into();
    e.roles = vec![];
    e.client = None;
    e.detail = Some(format!(
        "settings sha256 {}; {} policy files sha256 {}",
        ward_crypto::sha256_hex(settings.as_bytes()),
        policies.files().len(),
        policies.digest()
    ));
    Ok(e)
}
