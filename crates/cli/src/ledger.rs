//! `ward ledger …`: the audit ledger of a data directory (or `--database URL`), checked
//! offline; with the log's key, without the keystore.

use anyhow::{Context, Result, bail};
use clap::Subcommand;
use std::path::PathBuf;
use ward_ledger::note::{Signer, Verifier};
use ward_store::Store;

#[derive(Subcommand)]
pub enum LedgerCmd {
    /// Recompute the Merkle tree from every stored entry and check it against every
    /// signed checkpoint; name the first divergent index if a row was altered, removed,
    /// reordered or inserted. Exit status 1 on any divergence.
    ///
    /// With `--key`, only the ledger is read (`<data-dir>/ward-ledger.db`, or the
    /// `--database` PostgreSQL database): no keystore, so an auditor can check a copy.
    Verify {
        /// A checkpoint note you hold (from a witness, an earlier download): also checked,
        /// which detects a log rolled back to an older state.
        #[arg(long)]
        checkpoint: Option<PathBuf>,
        /// The log's verifier keys (`name+id+key`, from `ward ledger key` or
        /// `GET /ledger/key`; several separated by white space, or the option repeated):
        /// every checkpoint must carry a valid signature by each key given. Without it
        /// the keys are derived from the data directory's sealed signing keys, which
        /// needs the keystore.
        #[arg(long)]
        key: Vec<String>,
    },
    /// Print the log's verifier keys, Ed25519 then ML-DSA-44, one per line (publish
    /// them; verifiers and witnesses need them).
    Key,
    /// Rebuild the ledger's search index (what auditors' searches and access reports
    /// read through) from the entries, after `verify` found it does not match them. The
    /// entries are not touched; the rebuild is recorded in the ledger.
    Reindex,
    /// Check an offline proof of one entry (C2SP tlog-proof, from
    /// `GET /ledger/entries/{index}/proof`), or every line of an export
    /// (`GET /ledger/export`), against the log's key you trust and the witnesses you
    /// trust. Needs no database. Prints the proven entry.
    VerifyProof(VerifyProofArgs),
}

#[derive(clap::Args)]
pub struct VerifyProofArgs {
    /// The proof file (`.tlog-proof`) or an NDJSON export.
    proof: PathBuf,
    /// The log's verifier keys (`name+id+key`), obtained out of band: the output of
    /// `ward ledger key` (both keys), or only one of them. Each key given must have signed
    /// the checkpoint: give the ML-DSA-44 key to require the post-quantum signature.
    #[arg(long, required = true)]
    key: Vec<String>,
    /// A witness's cosigner key to trust. Repeat for several.
    #[arg(long = "witness")]
    witnesses: Vec<String>,
    /// How many of the trusted witnesses must have cosigned the checkpoint.
    #[arg(long, default_value_t = 0)]
    quorum: usize,
    /// The entry (its exact bytes), if the proof does not carry it.
    #[arg(long)]
    entry: Option<PathBuf>,
}

pub fn verify_proof(a: &VerifyProofArgs) -> Result<()> {
    let text = std::fs::read_to_string(&a.proof)
        .with_context(|| format!("cannot read {}", a.proof.display()))?;
    let log = log_keys(&a.key)?;
    let witnesses = a
        .witnesses
        .iter()
        .map(|w| Verifier::parse(w).context("--witness"))
        .collect::<Result<Vec<_>>>()?;
    anyhow::ensure!(
        a.quorum <= witnesses.len(),
        "--quorum {} is more than the {} trusted witnesses",
        a.quorum,
        witnesses.len()
    );
    let cosigners = |v: &ward_ledger::proof::Verified| {
        if v.cosigned_by.is_empty() {
            String::new()
        } else {
            format!(
                ", cosigned by {}",
                v.cosigned_by
                    .iter()
                    .map(|(n, _)| n.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
    };
    // An export of `GET /ledger/export`: one JSON line per entry, each with its proof.
    if text.trim_start().starts_with('{') {
        anyhow::ensure!(
            a.entry.is_none(),
            "--entry is for a single proof, not an export"
        );
        let mut checked = 0usize;
        let mut last = None;
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let fail =
                |m: String| anyhow::anyhow!("proof verification FAILED at line {}: {m}", n + 1);
            let v: serde_json::Value =
                serde_json::from_str(line).map_err(|e| fail(format!("not JSON: {e}")))?;
            let bundle = ward_ledger::proof::Bundle::parse(v["proof"].as_str().unwrap_or_default())
                .map_err(|e| fail(e.to_string()))?;
            let ok = bundle
                .verify(&log, &witnesses, a.quorum, None)
                .map_err(|e| fail(e.to_string()))?;
            // The readable copy of the entry must be the proven one.
            let shown =
                ward_ledger::entry::canonical(&v["entry"]).map_err(|e| fail(e.to_string()))?;
            if shown.as_bytes() != ok.entry.as_slice() || v["index"].as_u64() != Some(ok.index) {
                return Err(fail(format!(
                    "the entry shown for index {} is not the proven one",
                    ok.index
                )));
            }
            checked += 1;
            last = Some(ok);
        }
        let Some(v) = last else {
            bail!("the export holds no entries");
        };
        println!(
            "export verified: {checked} entries, each proven in {} at size {}{}",
            v.checkpoint.origin,
            v.checkpoint.size,
            cosigners(&v)
        );
        return Ok(());
    }
    let bundle = ward_ledger::proof::Bundle::parse(&text)?;
    let entry = match &a.entry {
        Some(p) => Some(std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?),
        None => None,
    };
    match bundle.verify(&log, &witnesses, a.quorum, entry.as_deref()) {
        Ok(v) => {
            println!(
                "proof verified: entry {} is in {} at size {}{}",
                v.index,
                v.checkpoint.origin,
                v.checkpoint.size,
                cosigners(&v)
            );
            println!("{}", String::from_utf8_lossy(&v.entry));
            Ok(())
        }
        Err(e) => bail!("proof verification FAILED: {e}"),
    }
}

/// The log keys of `--key` values (each may hold several keys separated by white space).
pub fn log_keys(values: &[String]) -> Result<Vec<Verifier>> {
    let keys = Verifier::parse_all(&values.join("\n")).context("--key")?;
    if let Some(k) = keys.iter().find(|k| !k.signs_logs()) {
        bail!(
            "--key: {} is a witness's cosigner key, not a log's key (give it as --witness)",
            k.name
        );
    }
    Ok(keys)
}

/// The log's verifier keys, Ed25519 then ML-DSA-44, one per line.
async fn log_key(store: &Store) -> Result<String> {
    let missing =
        || Err("this database has no audit ledger yet (start the server once)".to_string());
    let origin = store.server_secret("ledger-origin", missing).await?;
    let der = store.server_secret("ledger-signing-key", missing).await?;
    let pq = store
        .server_secret("ledger-pq-signing-key", missing)
        .await?;
    let origin = std::str::from_utf8(&origin).context("the stored ledger origin is not text")?;
    Ok(format!(
        "{}\n{}",
        Signer::from_pkcs8(origin, &der)?.verifier_key(),
        Signer::from_pkcs8(origin, &pq)?.verifier_key()
    ))
}

/// `ward ledger verify`: with `--key`, only the ledger's tables are read (no keystore:
/// an auditor can check a copy of `ward-ledger.db`, or a PostgreSQL replica, with the key
/// the site published); without it, the key is derived from the vault's sealed signing
/// key, which needs the keystore.
pub async fn verify(
    ledger: &ward_store::LedgerDb,
    vkeys: &[String],
    checkpoint: Option<&std::path::Path>,
) -> Result<()> {
    let verifier = log_keys(vkeys)?;
    let held = match checkpoint {
        Some(p) => Some(
            std::fs::read_to_string(p).with_context(|| format!("--checkpoint {}", p.display()))?,
        ),
        None => None,
    };
    let mut rows = Vec::new();
    let total = ledger.size().await?;
    let pb = crate::bench::bar(total.max(0) as u64, "reading entries");
    loop {
        let from = rows.len() as i64;
        let chunk = ledger.entries(from, from + 50_000).await?;
        if chunk.is_empty() {
            break;
        }
        // A gap ends the scan here; the verifier names it.
        let short = chunk
            .last()
            .is_some_and(|(i, _)| *i != from + chunk.len() as i64 - 1);
        pb.inc(chunk.len() as u64);
        rows.extend(chunk);
        if short {
            break;
        }
    }
    pb.finish_and_clear();
    let checkpoints = ledger.checkpoints().await?;
    let s = match ward_ledger::verify::verify_log(rows, &checkpoints, &verifier, held.as_deref()) {
        Ok(s) => s,
        Err(e) => bail!("ledger verification FAILED: {e}"),
    };
    // The entries are sound; the search index must say the same as they do.
    let indexed = match ward_server::search_index::check(ledger).await {
        Ok(n) => n,
        Err(e) => bail!("ledger verification FAILED: {e}"),
    };
    println!(
        "ledger verified: {} entries, {} signed checkpoints, root {}; search index matches the first {indexed}",
        s.entries,
        s.checkpoints,
        ward_crypto::hex(&s.root)
    );
    Ok(())
}

/// `ward ledger reindex`: empties the search index and rebuilds it from the entries.
pub async fn reindex(store: &Store) -> Result<()> {
    crate::audited::audited(store, "ledger-reindex", None, None, async {
        store.ledger().clear_index().await?;
        let n = ward_server::search_index::index(store.ledger()).await?;
        println!("search index rebuilt: {n} entries");
        Ok(())
    })
    .await
}

/// The log's verifier key, from the vault's sealed signing key (needs the keystore).
pub async fn key_of(store: &Store) -> Result<String> {
    log_key(store).await
}
