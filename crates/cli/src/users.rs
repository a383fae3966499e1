//! `ward user …` and `ward client …`: identities, managed on the data directory's database
//! (safe while a server runs: changes reach it within a second).

use anyhow::{Context, Result, bail};
use clap::Subcommand;
use std::io::BufRead;
use ward_access::Role;
use ward_access::totp::{TotpSecret, recovery_codes};
use ward_store::{ClientRecord, Store, UserRecord};
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
    /// Register an OAuth client (a SMART app). Public clients use PKCE.
    Add {
        #[arg(long)]
        client_id: String,
        /// The name users see on the consent screen.
        #[arg(long)]
        name: String,
        /// Allowed redirect URIs (exact match).
        #[arg(long = "redirect-uri", required = true)]
        redirect_uris: Vec<String>,
        /// The most this client may ever be granted (SMART scopes, space-separated).
        #[arg(
            long,
            default_value = "openid fhirUser profile launch launch/patient offline_access online_access patient/*.cruds user/*.cruds"
        )]
        scope: String,
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

fn username_ok(u: &str) -> Result<()> {
    if u.is_empty()
        || u.len() > 64
        || !u
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '@'))
    {
        bail!("--username: 1 to 64 characters of letters, digits, . - _ @");
    }
    Ok(())
}

/// Enrols a fresh TOTP secret and recovery codes, and prints them once.
async fn enrol(store: &Store, username: &str) -> Result<()> {
    let secret = TotpSecret::generate()?;
    let (codes, hashes) = recovery_codes()?;
    store
        .set_user_totp(username, Some(secret.as_bytes()), &hashes)
        .await?;
    println!("second factor (TOTP): add this to an authenticator app (as text or a QR code):");
    println!("  {}", secret.otpauth_uri(username)?.as_str());
    println!("recovery codes (each works once; keep them offline):");
    for c in &codes {
        println!("  {}", c.as_str());
    }
    Ok(())
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
            username_ok(username)?;
            let roles: Vec<Role> = roles
                .iter()
                .map(|r| Role::parse(r))
                .collect::<Result<_, _>>()?;
            if roles.contains(&Role::VendorService) {
                bail!("vendor-service is a role of OAuth clients (backend services), not of users");
            }
            if roles.contains(&Role::Patient) && patient.is_none() {
                bail!("a patient user needs --patient ID (their own Patient resource)");
            }
            for id in patient.iter().chain(practitioner.iter()) {
                ward_fhir::ResourceId::parse(id)?;
            }
            let mfa = roles.iter().any(|r| r.is_human());
            let (password, generated) = if *password_stdin {
                (read_password_line()?, false)
            } else {
                (ward_crypto::random_token(15)?, true)
            };
            ward_access::password::check_policy(&password, username, mfa)?;
            let hash = ward_access::password::hash(&password)?;
            store
                .add_user(&UserRecord {
                    username: username.clone(),
                    roles: roles.iter().map(|r| r.as_str().to_string()).collect(),
                    password_hash: hash,
                    mfa_enrolled: false,
                    totp_last_step: None,
                    recovery_hashes: vec![],
                    disabled: false,
                    patient: patient.clone(),
                    practitioner: practitioner.clone(),
                    created_ms: 0,
                    failed_logins: 0,
                    locked_until_ms: 0,
                    revoked_before_ms: 0,
                })
                .await?;
            println!(
                "added user {username} ({})",
                roles
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            if generated {
                println!("password (shown once): {}", password.as_str());
            }
            if mfa {
                enrol(store, username).await?;
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
            if store.user(username).await?.is_none() {
                bail!("no user '{username}'");
            }
            enrol(store, username).await?;
            println!(
                "the previous second factor and recovery codes no longer work; {username}'s tokens are revoked"
            );
            Ok(())
        }
        UserCmd::Passwd { username } => {
            let Some(u) = store.user(username).await? else {
                bail!("no user '{username}'");
            };
            let mfa = u
                .roles
                .iter()
                .filter_map(|r| Role::parse(r).ok())
                .any(|r| r.is_human());
            let pw = read_password_line()?;
            ward_access::password::check_policy(&pw, username, mfa)?;
            store
                .set_user_password(username, &ward_access::password::hash(&pw)?)
                .await?;
            println!("password of {username} changed; their tokens are revoked");
            Ok(())
        }
        UserCmd::Assign {
            username,
            patient,
            days,
        } => {
            ward_fhir::ResourceId::parse(patient)?;
            if store.user(username).await?.is_none() {
                bail!("no user '{username}'");
            }
            let until = ward_fhir::date::now_ms() + days.max(&0) * 86_400_000;
            store.assign_care(username, patient, until).await?;
            println!(
                "{username} is assigned to the care of Patient/{patient} until {}",
                ward_fhir::date::instant(until)
            );
            Ok(())
        }
    }
}

pub async fn run_client(store: &Store, cmd: &ClientCmd) -> Result<()> {
    match cmd {
        ClientCmd::Add {
            client_id,
            name,
            redirect_uris,
            scope,
        } => {
            username_ok(client_id).context("--client-id")?;
            let known = |t: &str| ward_fhir::ResourceType::parse(t).is_ok();
            let scopes = ward_access::ScopeSet::parse(scope, &known)?;
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
            store
                .add_client(&ClientRecord::public(
                    client_id,
                    name,
                    redirect_uris.clone(),
                    &scopes.to_string(),
                ))
                .await?;
            println!(
                "registered public client {client_id} ({name}); it may be granted at most: {scopes}"
            );
            Ok(())
        }
        ClientCmd::List => {
            println!(
                "{:<24} {:<10} {:<8} redirect URIs",
                "client", "kind", "state"
            );
            for c in store.clients().await? {
                println!(
                    "{:<24} {:<10} {:<8} {}",
                    c.client_id,
                    c.kind,
                    if c.disabled { "disabled" } else { "active" },
                    c.redirect_uris.join(" ")
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
    }
}
