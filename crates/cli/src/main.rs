//! `ward`: the command-line interface to the Ward vault.
#![forbid(unsafe_code)]

mod audited;
mod bench;
mod bench_deid;
mod client;
mod config;
mod deid;
mod deid_table;
mod import;
mod ledger;
mod login;
mod users;
mod vault;
mod witness;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use config::{Config, Overrides, redact_url};
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Parser)]
#[command(
    name = "ward",
    version,
    about = "Ward: an encrypted FHIR R4 vault",
    long_about = "Ward keeps FHIR R4 records encrypted at rest (a data key per patient, sealed rows, blind indexes) and serves them over the FHIR REST API on TLS 1.3.\n\nConfiguration comes from ward.toml, overridden by WARD_* environment variables, overridden by flags. The keystore passphrase is read from WARD_PASSPHRASE only."
)]
struct Cli {
    #[command(flatten)]
    global: Overrides,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Initialize the data directory if needed, then serve the FHIR API over HTTPS.
    Serve(ServeArgs),
    /// Initialize the data directory only: keystore, database, TLS certificate, admin token.
    Init(ServeArgs),
    /// Import Bundles (.json) and NDJSON files or directories through a running server.
    Import(ImportArgs),
    /// Key management.
    #[command(subcommand)]
    Keys(KeysCmd),
    /// Patient data management.
    #[command(subcommand)]
    Patient(PatientCmd),
    /// Sign a user in through the server's SMART flow (password and one-time code) and
    /// print an access token: `TOKEN=$(ward login --username U)`.
    Login(LoginArgs),
    /// Users: add, list, disable, enable, second factor, password, care assignments.
    #[command(subcommand)]
    User(users::UserCmd),
    /// OAuth clients: SMART apps and backend services (add, update, list, disable,
    /// enable; keygen and assertion for a service's own key).
    #[command(subcommand)]
    Client(users::ClientCmd),
    /// The audit ledger: verify it offline, print its key.
    #[command(subcommand)]
    Ledger(ledger::LedgerCmd),
    /// Run a witness (C2SP tlog-witness) that cosigns other sites' ledger checkpoints
    /// once they prove them consistent with what it saw before.
    Witness(witness::WitnessArgs),
    /// De-identification on files: FHIR (HIPAA Safe Harbor, limited data set, pseudonyms,
    /// or your Microsoft FHIR anonymizer configuration).
    #[command(subcommand)]
    Deid(deid::DeidCmd),
    /// Benchmarks you can run on your own hardware.
    #[command(subcommand)]
    Bench(bench::BenchCmd),
}

#[derive(clap::Args, Clone, Default)]
struct ServeArgs {
    /// Address to listen on.
    #[arg(long)]
    listen: Option<String>,
    /// TLS certificate chain (PEM); default: the quick-start certificate in <data-dir>/tls.
    #[arg(long)]
    tls_cert: Option<PathBuf>,
    /// TLS private key (PEM).
    #[arg(long)]
    tls_key: Option<PathBuf>,
}

#[derive(clap::Args)]
struct ImportArgs {
    /// Files or directories (.json Bundles or resources, .ndjson).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Server base URL (default: the configured public URL).
    #[arg(long, env = "WARD_URL")]
    url: Option<String>,
    /// CA certificate to trust (default: <data-dir>/tls/ca.pem).
    #[arg(long)]
    ca: Option<PathBuf>,
    /// File holding the bearer token (default: <data-dir>/admin-token).
    #[arg(long)]
    token_file: Option<PathBuf>,
    /// Files sent at once.
    #[arg(long, default_value_t = 4)]
    parallel: usize,
    /// No progress bar.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(clap::Args)]
struct LoginArgs {
    #[arg(long)]
    username: String,
    /// The SMART scopes to ask for; the user's roles and the policies narrow them.
    #[arg(long, default_value = "user/*.cruds patient/*.rs openid fhirUser")]
    scope: String,
    /// Read the password from the first line of standard input (otherwise it is asked
    /// for on the terminal).
    #[arg(long)]
    password_stdin: bool,
    /// The one-time code (authenticator app, or a recovery code); asked for if absent.
    #[arg(long, env = "WARD_OTP")]
    otp: Option<String>,
    /// With launch/patient: the patient to open.
    #[arg(long)]
    patient: Option<String>,
    /// Server base URL (default: the configured public URL).
    #[arg(long, env = "WARD_URL")]
    url: Option<String>,
    /// CA certificate to trust (default: <data-dir>/tls/ca.pem).
    #[arg(long)]
    ca: Option<PathBuf>,
}

#[derive(Subcommand)]
enum KeysCmd {
    /// Re-wrap every data key under a new root key (data is not re-encrypted). Stop the
    /// server first. WARD_NEW_PASSPHRASE, if set, seals the new keystore with a new passphrase.
    Rotate,
}

#[derive(Subcommand)]
enum PatientCmd {
    /// Crypto-shred a patient (GDPR Art. 17): destroy their data key so that every version
    /// of every resource in their compartment becomes unreadable. Cannot be undone. Stop
    /// the server first, or use POST /Patient/ID/$erase on a running server.
    Erase {
        /// The Patient's logical id.
        id: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
}

fn init_logging(format: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("WARD_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let b = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if format == "json" {
        b.json().init();
    } else {
        b.init();
    }
}

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    if let Err(e) = run(cli).await {
        eprintln!("ward: error: {e:#}");
        std::process::exit(1);
    }
}

fn config(cli: &Cli, a: &ServeArgs) -> Result<Config> {
    Config::load(
        &cli.global,
        a.listen.clone(),
        (a.tls_cert.clone(), a.tls_key.clone()),
    )
}

async fn run(cli: Cli) -> Result<()> {
    match &cli.cmd {
        Cmd::Init(a) => {
            let cfg = config(&cli, a)?;
            init_logging(&cfg.log_format);
            let _lock = vault::lock(&cfg, "init")?;
            init(&cfg).await?;
            Ok(())
        }
        Cmd::Serve(a) => {
            let cfg = config(&cli, a)?;
            init_logging(&cfg.log_format);
            serve(cfg).await
        }
        Cmd::Import(a) => {
            let cfg = config(&cli, &ServeArgs::default())?;
            let url = a.url.clone().unwrap_or_else(|| cfg.public_url.clone());
            let client = client::Client::new(
                &url,
                &a.ca.clone().unwrap_or_else(|| cfg.ca_path()),
                &a.token_file.clone().unwrap_or_else(|| cfg.token_path()),
            )?;
            let files = import::collect_files(&a.paths)?;
            if files.is_empty() {
                anyhow::bail!("no .json or .ndjson files found");
            }
            let started = std::time::Instant::now();
            let s = import::run(Arc::new(client), files, a.parallel, a.quiet).await?;
            let secs = started.elapsed().as_secs_f64();
            println!(
                "imported {} files in {secs:.1} s: {} resources created, {} updated or unchanged",
                s.files_ok, s.created, s.updated
            );
            for (t, n) in &s.by_type {
                println!("  {t:<28} {n}");
            }
            if !s.errors.is_empty() {
                eprintln!(
                    "{} files failed (nothing of a failed transaction was stored):",
                    s.files_failed
                );
                for (f, e) in &s.errors {
                    eprintln!("  {}: {e}", f.display());
                }
                std::process::exit(2);
            }
            Ok(())
        }
        Cmd::Keys(KeysCmd::Rotate) => {
            let cfg = config(&cli, &ServeArgs::default())?;
            let _lock = vault::lock(&cfg, "keys rotate")?;
            let store = vault::open_store(&cfg).await?;
            let before = store.root_key_id();
            let n = audited::audited(
                &store,
                "keys-rotate",
                None,
                None,
                vault::rotate(&cfg, &store),
            )
            .await;
            store.close().await;
            let n = n?;
            println!(
                "rotated the root key {before} -> {}: re-wrapped {n} data keys; no data was re-encrypted",
                vault::load_root(&cfg)?.id()
            );
            Ok(())
        }
        Cmd::Patient(PatientCmd::Erase { id, yes }) => {
            let cfg = config(&cli, &ServeArgs::default())?;
            ward_fhir::ResourceId::parse(id)?;
            if !yes {
                eprintln!(
                    "This destroys the data key of Patient/{id}: every version of every resource in their record becomes unreadable, forever."
                );
                eprint!("Type the patient id to confirm: ");
                let mut line = String::new();
                std::io::stdin().read_line(&mut line)?;
                if line.trim() != id {
                    anyhow::bail!("not confirmed; nothing was erased");
                }
            }
            let _lock = vault::lock(&cfg, "patient erase")?;
            let store = vault::open_store(&cfg).await?;
            let r = audited::audited(&store, "erase", None, Some(id), async {
                Ok(store.erase_patient(id).await?)
            })
            .await;
            store.close().await;
            let r = r?;
            println!(
                "erased Patient/{id}: {} resources ({} versions) are now unreadable; tombstones remain",
                r.resources, r.versions
            );
            Ok(())
        }
        Cmd::Login(a) => {
            let cfg = config(&cli, &ServeArgs::default())?;
            let password = if a.password_stdin {
                let mut line = zeroize::Zeroizing::new(String::new());
                std::io::stdin().read_line(&mut line)?;
                zeroize::Zeroizing::new(line.trim_end_matches(['\n', '\r']).to_string())
            } else {
                zeroize::Zeroizing::new(
                    rpassword::prompt_password(format!("password for {}: ", a.username)).context(
                        "cannot read the password (use --password-stdin without a terminal)",
                    )?,
                )
            };
            let otp = match &a.otp {
                Some(o) => zeroize::Zeroizing::new(o.clone()),
                None => zeroize::Zeroizing::new(
                    rpassword::prompt_password("one-time code: ")
                        .context("cannot read the one-time code (use --otp)")?,
                ),
            };
            let url = a.url.clone().unwrap_or_else(|| cfg.public_url.clone());
            let v = login::login(login::LoginArgs {
                base: url.trim_end_matches('/'),
                ca: &a.ca.clone().unwrap_or_else(|| cfg.ca_path()),
                username: &a.username,
                password,
                otp,
                scope: &a.scope,
                patient: a.patient.as_deref(),
            })
            .await?;
            eprintln!(
                "signed in as {}: scopes \"{}\", expires in {} s",
                a.username,
                v["scope"].as_str().unwrap_or_default(),
                v["expires_in"]
            );
            println!("{}", v["access_token"].as_str().unwrap_or_default());
            Ok(())
        }
        Cmd::User(u) => {
            let cfg = config(&cli, &ServeArgs::default())?;
            let store = vault::open_store(&cfg).await?;
            let (action, subject, patient) = u.audit();
            let r = audited::audited(
                &store,
                action,
                subject.as_deref(),
                patient.as_deref(),
                users::run_user(&store, u),
            )
            .await;
            store.close().await;
            r
        }
        Cmd::Client(c) => {
            let cfg = config(&cli, &ServeArgs::default())?;
            if users::run_client_offline(c, &cfg.public_url)? {
                return Ok(());
            }
            let store = vault::open_store(&cfg).await?;
            let (action, subject) = c.audit();
            let r = audited::audited(
                &store,
                action,
                subject.as_deref(),
                None,
                users::run_client(&store, c),
            )
            .await;
            store.close().await;
            r
        }
        Cmd::Witness(w) => {
            init_logging("text");
            witness::run(w).await
        }
        Cmd::Ledger(ledger::LedgerCmd::VerifyProof(v)) => ledger::verify_proof(v),
        Cmd::Ledger(ledger::LedgerCmd::Verify { checkpoint, key }) if !key.is_empty() => {
            let cfg = config(&cli, &ServeArgs::default())?;
            let url = ward_store::ledger_url(&cfg.database);
            if let Some(path) = ward_store::sqlite_path(&url) {
                anyhow::ensure!(
                    std::path::Path::new(path).exists(),
                    "there is no ledger database at {path}"
                );
            }
            let l = ward_store::LedgerDb::open(&url).await?;
            let r = ledger::verify(&l, key, checkpoint.as_deref()).await;
            l.close().await;
            r
        }
        Cmd::Ledger(l) => {
            let cfg = config(&cli, &ServeArgs::default())?;
            let store = vault::open_store(&cfg).await?;
            let r = match l {
                ledger::LedgerCmd::Key => ledger::key_of(&store).await.map(|k| println!("{k}")),
                ledger::LedgerCmd::Verify { checkpoint, .. } => {
                    match ledger::key_of(&store).await {
                        Ok(k) => ledger::verify(store.ledger(), &[k], checkpoint.as_deref()).await,
                        Err(e) => Err(e),
                    }
                }
                ledger::LedgerCmd::Reindex => ledger::reindex(&store).await,
                ledger::LedgerCmd::VerifyProof(v) => ledger::verify_proof(v),
            };
            store.close().await;
            r
        }
        Cmd::Bench(b) => bench::run(b, &cli.global).await,
        Cmd::Deid(d) => deid::run(d),
    }
}

async fn init(cfg: &Config) -> Result<ward_store::Store> {
    let r = vault::init_files(cfg)?;
    if let Some(p) = &r.created_keystore {
        eprintln!(
            "created keystore {} ({})",
            cfg.keystore_path().display(),
            if *p == ward_crypto::Protection::Argon2id {
                "sealed with WARD_PASSPHRASE via argon2id"
            } else {
                "UNSEALED"
            }
        );
    }
    if r.created_tls {
        eprintln!(
            "created a local CA {} and a server certificate for localhost/127.0.0.1",
            cfg.ca_path().display()
        );
    }
    if r.created_policies {
        eprintln!(
            "wrote the default access policies to {} (Cedar; edit or add *.cedar files there)",
            cfg.policies_dir().display()
        );
    }
    if r.created_token {
        eprintln!(
            "created the admin bearer token in {} (mode 0600)",
            cfg.token_path().display()
        );
    }
    vault::warn_if_unsealed(cfg);
    let store = vault::open_store(cfg).await?;
    if store.client(login::CLI_CLIENT).await?.is_none() {
        store
            .add_client(&ward_store::ClientRecord::public(
                login::CLI_CLIENT,
                "Ward command line (ward login)",
                vec![login::CLI_REDIRECT.into()],
                "openid fhirUser profile launch launch/patient offline_access online_access patient/*.cruds user/*.cruds",
            ))
            .await?;
    }
    eprintln!("database ready: {}", redact_url(&cfg.database));
    Ok(store)
}

async fn serve(cfg: Config) -> Result<()> {
    let _lock = vault::lock(&cfg, "serve")?;
    let store = Arc::new(init(&cfg).await?);
    let token = zeroize::Zeroizing::new(
        std::fs::read_to_string(cfg.token_path())
            .with_context(|| format!("cannot read {}", cfg.token_path().display()))?
            .trim()
            .to_string(),
    );
    let (cert, key) = cfg.cert_paths();
    let tls = ward_server::tls::server_config(&cert, &key)?;
    // An invalid policy stops the start, naming its file and line.
    let policies = ward_access::Policies::load_dir(&cfg.policies_dir())?;
    eprintln!(
        "access policies: {} policies from {}",
        policies.len(),
        policies.files().join(", ")
    );
    let configured = audited::configuration_entry(&cfg, &policies)?;
    let state = ward_server::AppState::open(
        store.clone(),
        ward_server::ServerConfig {
            base_url: cfg.public_url.clone(),
            max_body_bytes: cfg.max_body_bytes,
            checkpoint_every: cfg.checkpoint_every,
            witnesses: cfg.witnesses.clone(),
        },
        policies,
        token,
    )
    .await
    .map_err(|e| anyhow::anyhow!("{}", e.outcome.message()))?;
    state
        .ledger
        .append(&configured)
        .await
        .map_err(|e| anyhow::anyhow!("the start could not be recorded in the audit ledger: {e}"))?;
    let app = ward_server::router(state);
    let listener = tokio::net::TcpListener::bind(&cfg.listen)
        .await
        .with_context(|| format!("cannot listen on {}", cfg.listen))?;
    eprintln!(
        "Ward is serving FHIR R4 on {} (TLS 1.3, X25519MLKEM768 preferred)",
        cfg.public_url
    );
    eprintln!(
        "admin token: {}   CA certificate: {}",
        cfg.token_path().display(),
        cfg.ca_path().display()
    );
    eprintln!(
        "try: curl --cacert {} -H \"Authorization: Bearer $(cat {})\" {}/Organization?_count=5",
        cfg.ca_path().display(),
        cfg.token_path().display(),
        cfg.public_url
    );
    ward_server::serve_tls(listener, tls, app, shutdown_signal()).await?;
    eprintln!("shutting down");
    store.close().await;
    Ok(())
}

pub(crate) async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .expect("signal handler");
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}
