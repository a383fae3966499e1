//! `ward witness`: a C2SP tlog-witness for partner sites' Ward ledgers.

use anyhow::{Context, Result};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct WitnessArgs {
    /// The witness's name, as logs and verifiers will know it (e.g. `witness.hospital-b.example`).
    #[arg(long)]
    name: String,
    /// A log to witness: its verifier keys (the output of `ward ledger key` on the log's
    /// side, or `GET /ledger/key`: the Ed25519 and the ML-DSA-44 key, separated by white
    /// space; a checkpoint signed by either is accepted). Repeat for several logs.
    #[arg(long = "log")]
    logs: Vec<String>,
    /// The algorithm of the witness's key, when it is created (an existing key keeps its
    /// own): `ed25519` (cosignature/v1, what most witness networks use today) or
    /// `ml-dsa-44` (post-quantum, C2SP subtree/v1 cosignatures).
    #[arg(long, value_enum, default_value_t = KeyAlgorithm::Ed25519)]
    algorithm: KeyAlgorithm,
    /// The witness's directory: its key (created on first run, mode 0600), its state, its
    /// TLS files and the evidence of refused inconsistent checkpoints.
    #[arg(long, default_value = "ward-witness")]
    dir: PathBuf,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8444")]
    listen: String,
    /// TLS certificate chain (PEM); default: a quick-start certificate in <dir>/tls.
    #[arg(long, requires = "tls_key")]
    tls_cert: Option<PathBuf>,
    /// TLS private key (PEM).
    #[arg(long, requires = "tls_cert")]
    tls_key: Option<PathBuf>,
    /// Print the witness's cosigner key (for logs' `[[witness]]` and verifiers) and exit.
    #[arg(long)]
    print_key: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KeyAlgorithm {
    Ed25519,
    #[value(name = "ml-dsa-44")]
    MlDsa44,
}

pub async fn run(a: &WitnessArgs) -> Result<()> {
    crate::config::ensure_dir(&a.dir)?;
    let logs: Vec<String> = a
        .logs
        .iter()
        .flat_map(|l| l.split_whitespace().map(str::to_string))
        .collect();
    let svc = ward_server::witness::WitnessService::open(
        &a.dir,
        &a.name,
        &logs,
        a.algorithm == KeyAlgorithm::MlDsa44,
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    if a.print_key {
        println!("{}", svc.cosigner_key());
        return Ok(());
    }
    anyhow::ensure!(
        !a.logs.is_empty(),
        "give at least one --log (the verifier key of a log to witness)"
    );
    let (cert, key) = match (&a.tls_cert, &a.tls_key) {
        (Some(c), Some(k)) => (c.clone(), k.clone()),
        _ => {
            let dir = a.dir.join("tls");
            let (c, k) = (dir.join("server.pem"), dir.join("server-key.pem"));
            if !c.exists() || !k.exists() {
                crate::config::ensure_dir(&dir)?;
                ward_server::tls::generate_dev_certs(&dir)?;
                eprintln!(
                    "created a local CA {} for the witness's TLS (logs give it as `ca`)",
                    dir.join("ca.pem").display()
                );
            }
            (c, k)
        }
    };
    let tls = ward_server::tls::server_config(&cert, &key)?;
    let listener = tokio::net::TcpListener::bind(&a.listen)
        .await
        .with_context(|| format!("cannot listen on {}", a.listen))?;
    eprintln!(
        "witness {} listening on https://{}/add-checkpoint for {}",
        a.name,
        a.listen,
        svc.witness().origins().collect::<Vec<_>>().join(", ")
    );
    eprintln!("cosigner key: {}", svc.cosigner_key());
    ward_server::serve_tls(listener, tls, svc.router(), crate::shutdown_signal()).await?;
    Ok(())
}
