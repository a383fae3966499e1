//! `ward ledger …`: the audit ledger of a data directory (or `--database URL`), checked
//! offline.

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
    Verify {
        /// A checkpoint note you hold (from a witness, an earlier download): also checked,
        /// which detects a log rolled back to an older state.
        #[arg(long)]
        checkpoint: Option<PathBuf>,
        /// The log's verifier key (`name+id+key`), if you do not trust the one in the
        /// data directory.
        #[arg(long)]
        key: Option<String>,
    },
    /// Print the log's verifier key (publish it; verifiers and witnesses need it).
    Key,
}

async fn log_key(store: &Store) -> Result<String> {
    let missing =
        || Err("this database has no audit ledger yet (start the server once)".to_string());
    let origin = store.server_secret("ledger-origin", missing).await?;
    let der = store.server_secret("ledger-signing-key", missing).await?;
    let origin = std::str::from_utf8(&origin).context("the stored ledger origin is not text")?;
    Ok(Signer::from_pkcs8(origin, &der)?.verifier_key())
}

pub async fn run(store: &Store, cmd: &LedgerCmd) -> Result<()> {
    match cmd {
        LedgerCmd::Key => {
            println!("{}", log_key(store).await?);
            Ok(())
        }
        LedgerCmd::Verify { checkpoint, key } => {
            let vkey = match key {
                Some(k) => k.clone(),
                None => log_key(store).await?,
            };
            let verifier = Verifier::parse(&vkey)?;
            let held = match checkpoint {
                Some(p) => Some(
                    std::fs::read_to_string(p)
                        .with_context(|| format!("--checkpoint {}", p.display()))?,
                ),
                None => None,
            };
            let mut rows = Vec::new();
            loop {
                let from = rows.len() as i64;
                let chunk = store.ledger_entries(from, from + 50_000).await?;
                if chunk.is_empty() {
                    break;
                }
                // A gap ends the scan here; the verifier names it.
                let short = chunk
                    .last()
                    .is_some_and(|(i, _)| *i != from + chunk.len() as i64 - 1);
                rows.extend(chunk);
                if short {
                    break;
                }
            }
            let checkpoints = store.ledger_checkpoints().await?;
            match ward_ledger::verify::verify_log(rows, &checkpoints, &verifier, held.as_deref()) {
                Ok(s) => {
                    println!(
                        "ledger verified: {} entries, {} signed checkpoints, root {}",
                        s.entries,
                        s.checkpoints,
                        ward_crypto::hex(&s.root)
                    );
                    Ok(())
                }
                Err(e) => bail!("ledger verification FAILED: {e}"),
            }
        }
    }
}
