//! `ward user …` and `ward client …`: identities, managed on the data directory's database
//! (safe while a server runs: changes reach it within a second).

use anyhow::{Context, Result, bail};
use clap::Subcommand;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use ward_access::Role;
use ward_access::totp::TotpSecret;
use ward_store::{ClientRecord, Store};
use zeroize::Zeroizing;

#[derive(Subcommand)]
pub enum UserCmd {
    /// Add a user. People get a TOTP second factor at once: the command prints the
    /// otpauth:// URI to enrol in an authenticator app and ten recovery codes, once.
    Add {
        #[arg(long)]
        username: String,
        /// physician, nurse, admin, privacy-officer (or auditor), researcher, patient.
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        /// Read the password from the first line of standard input (otherwise Ward
        /// generates one and prints it).
        #[arg(long)]
        password_stdin: bool,
        /// A patient user's own Patient id.
        #[arg(long)]
        patient: Option<String>,
        /// A clinician's Practitioner id (care relationships come from it).
        #[arg(long)]
        practitioner: Option<String>,
    },
    /// List users.
    List,
    /// Disable a user: every token issued to them stops working.
    Disable {
        #[arg(long)]
        username: String,
    },
    /// Enable a disabled user.
    Enable {
        #[arg(long)]
        username: String,
    },
    /// Print the user's otpauth:// URI (to enrol the second factor again on a new phone).
    Totp {
        #[arg(long)]
        username: String,
    },
    /// Replace the user's TOTP secret and recovery codes (lost phone); revokes their tokens.
    ResetMfa {
        #[arg(long)]
        username: String,
    },
    /// Set a new password (from standard input); revokes the user's tokens.
    Passwd {
        #[arg(long)]
        username: String,
    },
    /// Assign a clinician to a patient's care (a care relationship beside CareTeams and
    /// Encounters).
    Assign {
        #[arg(long)]
        username: String,
        #[arg(long)]
        patient: String,
        /// How long the assignment lasts.
        #[arg(long, default_value_t = 30)]
        days: i64,
    },
}

#[derive(Subcommand)]
pub enum ClientCmd {
    /// Register an OAuth client. A SMART app is public (PKCE, --redirect-uri); a backend
    /// service is confidential-asymmetric (client_credentials with private_key_jwt: --jwks,
    /// --role, and for a vendor a data-minimization --profile).
    Add {
        #[arg(long)]
        client_id: String,
        /// The name users see on the consent screen.
        #[arg(long)]
        name: String,
        /// public (a SMART app) or confidential-asymmetric (a backend service).
        #[arg(long, default_value = "public")]
        kind: String,
        /// Allowed redirect URIs (exact match; public clients).
        #[arg(long = "redirect-uri")]
        redirect_uris: Vec<String>,
        /// The most this client may ever be granted (SMART scopes, space-separated).
        /// Default: every user and patient scope for an app, system/*.rs for a service.
        #[arg(long)]
        scope: Option<String>,
        /// The service's public keys: a JWK Set file (RS384 or ES384 keys; see
        /// `ward client keygen`).
        #[arg(long)]
        jwks: Option<PathBuf>,
        /// Roles of a backend service (vendor-service).
        #[arg(long = "role")]
        roles: Vec<String>,
        /// A data-minimization profile (JSON file): allowed resourceTypes, elements,
        /// purposes, expires. See docs/access.md.
        #[arg(long)]
        profile: Option<PathBuf>,
    },
    /// Replace a backend service's keys, scope or profile (takes effect within a second).
    Update {
        #[arg(long)]
        client_id: String,
        #[arg(long)]
        jwks: Option<PathBuf>,
        #[arg(long)]
        scope: Option<String>,
        #[arg(long)]
        profile: Option<PathBuf>,
        /// Remove the profile (the client then sees nothing if it is a vendor).
        #[arg(long, conflicts_with = "profile")]
        no_profile: bool,
    },
    /// List clients.
    List,
    /// Disable a client: every token issued to it stops working.
    Disable {
        #[arg(long)]
        client_id: String,
    },
    /// Enable a disabled client.
    Enable {
        #[arg(long)]
        client_id: String,
    },
    /// Create a key pair for a backend service: OUT.key.pem (private, mode 0600, stays
    /// with the service) and OUT.jwks.json (public, to register with --jwks).
    Keygen {
        /// File name prefix.
        #[arg(long)]
        out: PathBuf,
        /// RS384 (RSA 3072) or ES384 (P-384).
        #[arg(long, default_value = "ES384")]
        alg: String,
        /// Key id (default: derived from the time).
        #[arg(long)]
        kid: Option<String>,
    },
    /// Print a signed client assertion (private_key_jwt, valid 60 s) to exchange at the
    /// token endpoint: grant_type=client_credentials&client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer&client_assertion=…
    Assertion {
        #[arg(long)]
        client_id: String,
        /// The private key (PEM, from `ward client keygen`).
        #[arg(long)]
        key: PathBuf,
        /// The key id registered in the JWK Set.
        #[arg(long)]
        kid: String,
        /// The token endpoint URL (default: the configured public URL + /auth/token).
        #[arg(long)]
        aud: Option<String>,
    },
}

fn read_password_line() -> Result<Zeroizing<String>> {
    let mut line = Zeroizing::new(String::new());
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("cannot read the password from standard input")?;
    Ok(Zeroizing::new(
        line.trim_end_matches(['\n', '\r']).to_string(),
    ))
}

/// Prints a fresh second factor, once.
fn print_enrolment(e: &ward_server::admin::Enrolment) {
    println!("second factor (TOTP): add this to an authenticator app (as text or a QR code):");
    println!("  {}", e.otpauth_uri.as_str());
    println!("recovery codes (each works once; keep them offline):");
    for c in &e.recovery_codes {
        println!("  {}", c.as_str());
    }
}

pub async fn run_user(store: &Store, cmd: &UserCmd) -> Result<()> {
    match cmd {
        UserCmd::Add {
            username,
            roles,
            password_stdin,
            patient,
            practitioner,
        } => {
            let password = if *password_stdin {
                Some(read_password_line()?)
            } else {
                None
            };
            let c = ward_server::admin::create_user(
                store,
                ward_server::admin::NewUser {
                    username: username.clone(),
                    roles: roles.clone(),
                    password,
                    patient: patient.clone(),
                    practitioner: practitioner.clone(),
                },
            )
            .await?;
            println!(
                "added user {username} ({})",
                c.roles
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            if let Some(p) = &c.generated_password {
                println!("password (shown once): {}", p.as_str());
            }
            if let Some(e) = &c.enrolment {
                print_enrolment(e);
            }
            Ok(())
        }
        UserCmd::List => {
            println!(
                "{:<24} {:<28} {:<5} {:<8} {:<8} link",
                "user", "roles", "mfa", "state", "failures"
            );
            for u in store.users().await? {
                let link = u
                    .patient
                    .as_ref()
                    .map(|p| format!("Patient/{p}"))
                    .or_else(|| u.practitioner.as_ref().map(|p| format!("Practitioner/{p}")))
                    .unwrap_or_default();
                println!(
                    "{:<24} {:<28} {:<5} {:<8} {:<8} {link}",
                    u.username,
                    u.roles.join(","),
                    if u.mfa_enrolled { "yes" } else { "no" },
                    if u.disabled { "disabled" } else { "active" },
                    u.failed_logins
                );
            }
            Ok(())
        }
        UserCmd::Disable { username } => {
            store.set_user_disabled(username, true).await?;
            println!("disabled {username}; their tokens are revoked");
            Ok(())
        }
        UserCmd::Enable { username } => {
            store.set_user_disabled(username, false).await?;
            println!("enabled {username}");
            Ok(())
        }
        UserCmd::Totp { username } => {
            let Some(secret) = store.user_totp_secret(username).await? else {
                bail!(
                    "{username} has no second factor enrolled: run `ward user reset-mfa --username {username}`"
                );
            };
            let s = TotpSecret::from_bytes(secret.to_vec());
            println!("{}", s.otpauth_uri(username)?.as_str());
            Ok(())
        }
        UserCmd::ResetMfa { username } => {
            print_enrolment(&ward_server::admin::enrol_totp(store, username).await?);
            println!(
                "the previous second factor and recovery codes no longer work; {username}'s tokens are revoked"
            );
            Ok(())
        }
        UserCmd::Passwd { username } => {
            let pw = read_password_line()?;
            ward_server::admin::set_password(store, username, &pw).await?;
            println!("password of {username} changed; their tokens are revoked");
            Ok(())
        }
        UserCmd::Assign {
            username,
            patient,
            days,
        } => {
            let until = ward_server::admin::assign(store, username, patient, *days).await?;
            println!(
                "{username} is assigned to the care of Patient/{patient} until {}",
                ward_fhir::date::instant(until)
            );
            Ok(())
        }
    }
}

fn read_small(path: &Path, what: &str) -> Result<String> {
    let meta = std::fs::metadata(path).with_context(|| format!("{what} {}", path.display()))?;
    if meta.len() > 1024 * 1024 {
        bail!("{what} {}: larger than 1 MiB", path.display());
    }
    std::fs::read_to_string(path).with_context(|| format!("{what} {}", path.display()))
}

/// Reads and validates a JWK Set file.
fn jwks_file(path: &Path) -> Result<String> {
    let text = read_small(path, "--jwks")?;
    ward_access::client_auth::ClientKeys::parse(&text)
        .with_context(|| format!("--jwks {}", path.display()))?;
    Ok(text)
}

/// Reads and validates a data-minimization profile file.
fn profile_file(path: &Path) -> Result<String> {
    let text = read_small(path, "--profile")?;
    ward_access::minimize::Profile::parse(&text, &ward_fhir::ResourceType::is_known)
        .with_context(|| format!("--profile {}", path.display()))?;
    Ok(text)
}

/// Commands that need no database (a vendor's own key and assertions).
pub fn run_client_offline(cmd: &ClientCmd, public_url: &str) -> Result<bool> {
    use ward_access::client_key::{ClientKey, KeyKind};
    match cmd {
        ClientCmd::Keygen { out, alg, kid } => {
            let kind = match alg.as_str() {
                "ES384" => KeyKind::Ec,
                "RS384" => KeyKind::Rsa,
                other => bail!("--alg {other}: ES384 or RS384"),
            };
            let kid = kid
                .clone()
                .unwrap_or_else(|| format!("k{}", ward_fhir::date::now_ms() / 1000));
            let key = ClientKey::generate(kind, &kid)?;
            let key_path = PathBuf::from(format!("{}.key.pem", out.display()));
            let jwks_path = PathBuf::from(format!("{}.jwks.json", out.display()));
            let mut opts = std::fs::OpenOptions::new();
            opts.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
            let mut f = opts
                .open(&key_path)
                .with_context(|| format!("{} (it must not exist yet)", key_path.display()))?;
            std::io::Write::write_all(&mut f, key.to_pem()?.as_bytes())?;
            std::fs::write(
                &jwks_path,
                serde_json::to_string_pretty(&key.jwks())? + "\n",
            )?;
            println!(
                "wrote {} (private: keep it with the service) and {} (public: ward client add --jwks); kid {kid}",
                key_path.display(),
                jwks_path.display()
            );
            Ok(true)
        }
        ClientCmd::Assertion {
            client_id,
            key,
            kid,
            aud,
        } => {
            let pem = Zeroizing::new(read_small(key, "--key")?);
            let k = ClientKey::from_pem(&pem, kid)?;
            let aud = aud
                .clone()
                .unwrap_or_else(|| format!("{}/auth/token", public_url.trim_end_matches('/')));
            let jti = ward_crypto::random_token(16)?;
            let now = ward_fhir::date::now_ms() / 1000;
            println!("{}", k.assertion(client_id, &aud, now, &jti)?);
            Ok(true)
        }
        _ => Ok(false),
    }
}

pub async fn run_client(store: &Store, cmd: &ClientCmd) -> Result<()> {
    match cmd {
        ClientCmd::Add {
            client_id,
            name,
            kind,
            redirect_uris,
            scope,
            jwks,
            roles,
            profile,
        } => {
            ward_server::admin::check_name(client_id).context("--client-id")?;
            let record = match kind.as_str() {
                "public" => {
                    if redirect_uris.is_empty() {
                        bail!("a public client needs at least one --redirect-uri");
                    }
                    if jwks.is_some() || !roles.is_empty() {
                        bail!(
                            "--jwks and --role are for confidential-asymmetric clients (backend services)"
                        );
                    }
                    for u in redirect_uris {
                        if !(u.starts_with("https://")
                            || u.starts_with("http://127.0.0.1")
                            || u.starts_with("http://localhost"))
                        {
                            bail!(
                                "--redirect-uri {u}: must be https:// (or http on the loopback address, for native apps)"
                            );
                        }
                    }
                    let scope = scope.as_deref().unwrap_or(
                        "openid fhirUser profile launch launch/patient offline_access online_access patient/*.cruds user/*.cruds",
                    );
                    let scopes =
                        ward_access::ScopeSet::parse(scope, &ward_fhir::ResourceType::is_known)?;
                    let mut r = ClientRecord::public(
                        client_id,
                        name,
                        redirect_uris.clone(),
                        &scopes.to_string(),
                    );
                    r.profile = profile.as_deref().map(profile_file).transpose()?;
                    r
                }
                "confidential-asymmetric" => {
                    let jwks = jwks
                        .as_deref()
                        .context("a backend service needs --jwks (its public keys)")?;
                    if roles.is_empty() {
                        bail!("a backend service needs --role (e.g. vendor-service)");
                    }
                    let mut rs = Vec::new();
                    for r in roles {
                        let role = Role::parse(r)?;
                        if role.is_human() {
                            bail!(
                                "--role {r}: a backend service takes machine roles (vendor-service)"
                            );
                        }
                        rs.push(role.as_str().to_string());
                    }
                    let scope = scope.as_deref().unwrap_or("system/*.rs");
                    let scopes =
                        ward_access::ScopeSet::parse(scope, &ward_fhir::ResourceType::is_known)?;
                    ClientRecord {
                        client_id: client_id.clone(),
                        name: name.clone(),
                        kind: kind.clone(),
                        redirect_uris: vec![],
                        jwks: Some(jwks_file(jwks)?),
                        scope: scopes.to_string(),
                        roles: rs,
                        profile: profile.as_deref().map(profile_file).transpose()?,
                        disabled: false,
                        created_ms: 0,
                        revoked_before_ms: 0,
                    }
                }
                other => bail!("--kind {other}: public or confidential-asymmetric"),
            };
            store.add_client(&record).await?;
            println!(
                "registered {} client {client_id} ({name}); it may be granted at most: {}{}",
                record.kind,
                record.scope,
                if record.profile.is_some() {
                    "; within its data-minimization profile"
                } else {
                    ""
                }
            );
            Ok(())
        }
        ClientCmd::Update {
            client_id,
            jwks,
            scope,
            profile,
            no_profile,
        } => {
            let mut c = store
                .client(client_id)
                .await?
                .with_context(|| format!("no client '{client_id}'"))?;
            if let Some(j) = jwks {
                if c.kind != "confidential-asymmetric" {
                    bail!("--jwks: {client_id} is a public client");
                }
                c.jwks = Some(jwks_file(j)?);
            }
            if let Some(s) = scope {
                c.scope = ward_access::ScopeSet::parse(s, &ward_fhir::ResourceType::is_known)?
                    .to_string();
            }
            if let Some(p) = profile {
                c.profile = Some(profile_file(p)?);
            }
            if *no_profile {
                c.profile = None;
            }
            store.update_client(&c).await?;
            println!("updated {client_id}");
            Ok(())
        }
        ClientCmd::List => {
            println!(
                "{:<24} {:<24} {:<8} {:<8} scope",
                "client", "kind", "state", "profile"
            );
            for c in store.clients().await? {
                println!(
                    "{:<24} {:<24} {:<8} {:<8} {}",
                    c.client_id,
                    c.kind,
                    if c.disabled { "disabled" } else { "active" },
                    if c.profile.is_some() { "yes" } else { "-" },
                    c.scope
                );
            }
            Ok(())
        }
        ClientCmd::Disable { client_id } => {
            store.set_client_disabled(client_id, true).await?;
            println!("disabled {client_id}; its tokens are revoked");
            Ok(())
        }
        ClientCmd::Enable { client_id } => {
            store.set_client_disabled(client_id, false).await?;
            println!("enabled {client_id}");
            Ok(())
        }
        ClientCmd::Keygen { .. } | ClientCmd::Assertion { .. } => {
            bail!("keygen and assertion run without a database: see run_client_offline")
        }
    }
}

impl UserCmd {
    /// What the command does, for its audit ledger entry: (action, subject, patient).
    pub fn audit(&self) -> (&'static str, Option<String>, Option<String>) {
        let user = |u: &String| Some(format!("user:{u}"));
        match self {
            UserCmd::Add {
                username, patient, ..
            } => ("user-add", user(username), patient.clone()),
            UserCmd::List => ("user-list", None, None),
            UserCmd::Disable { username } => ("user-disable", user(username), None),
            UserCmd::Enable { username } => ("user-enable", user(username), None),
            UserCmd::Totp { username } => ("user-totp", user(username), None),
            UserCmd::ResetMfa { username } => ("user-reset-mfa", user(username), None),
            UserCmd::Passwd { username } => ("user-passwd", user(username), None),
            UserCmd::Assign {
                username, patient, ..
            } => ("user-assign", user(username), Some(patient.clone())),
        }
    }
}

impl ClientCmd {
    /// What the command does, for its audit ledger entry: (action, subject).
    pub fn audit(&self) -> (&'static str, Option<String>) {
        let client = |c: &String| Some(format!("client:{c}"));
        match self {
            ClientCmd::Add { client_id, .. } => ("client-add", client(client_id)),
            ClientCmd::Update { client_id, .. } => ("client-update", client(client_id)),
            ClientCmd::List => ("client-list", None),
            ClientCmd::Disable { client_id } => ("client-disable", client(client_id)),
            ClientCmd::Enable { client_id } => ("client-enable", client(client_id)),
            ClientCmd::Keygen { .. } => ("client-keygen", None),
            ClientCmd::Assertion { client_id, .. } => ("client-assertion", client(client_id)),
        }
    }
}
