//! Identities: users (password hash, sealed TOTP secret, roles, links to their Patient or
//! Practitioner resource), OAuth clients, grants (a login's session and its refresh
//! token), and explicit care assignments.
//!
//! Secrets are never stored in the clear: passwords as argon2id PHC strings (made by the
//! access crate), TOTP secrets sealed under the `auth` data key with the user name bound,
//! refresh tokens and recovery codes as SHA-256 hashes. User names and roles are staff
//! directory data, stored in plaintext; a patient user's name is not needed and not kept.

use crate::{Result, Store, StoreError};
use sqlx::Row;
use sqlx::any::AnyRow;
use ward_crypto::{KeyId, SealContext, Sealed};
use zeroize::Zeroizing;

/// A user as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserRecord {
    pub username: String,
    /// Role names, as the access crate spells them.
    pub roles: Vec<String>,
    pub password_hash: String,
    pub mfa_enrolled: bool,
    pub totp_last_step: Option<i64>,
    pub recovery_hashes: Vec<String>,
    pub disabled: bool,
    /// A patient user's own Patient id.
    pub patient: Option<String>,
    /// A clinician's Practitioner id.
    pub practitioner: Option<String>,
    pub created_ms: i64,
    pub failed_logins: i64,
    pub locked_until_ms: i64,
    /// Tokens issued before this instant are invalid (disable, reset, logout-everywhere).
    pub revoked_before_ms: i64,
}

/// An OAuth client as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientRecord {
    pub client_id: String,
    pub name: String,
    /// `public` (PKCE) or `confidential-asymmetric` (private_key_jwt).
    pub kind: String,
    pub redirect_uris: Vec<String>,
    /// The client's JWK Set (JSON), for `private_key_jwt`.
    pub jwks: Option<String>,
    /// The most this client may be granted (a space-separated scope string).
    pub scope: String,
    /// Roles of a backend service (client_credentials).
    pub roles: Vec<String>,
    /// The data-minimization profile (JSON), for vendors.
    pub profile: Option<String>,
    pub disabled: bool,
    pub created_ms: i64,
    pub revoked_before_ms: i64,
}

/// An alert for privacy officers (break-glass now; misuse detection later).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlertRecord {
    pub id: String,
    /// e.g. `break-glass`.
    pub kind: String,
    /// `user:NAME`.
    pub subject: String,
    pub patient: Option<String>,
    /// Free text written by a person (a break-glass reason may name people): sealed
    /// under the `auth` data key at rest.
    pub details: String,
    pub created_ms: i64,
}

impl ClientRecord {
    /// A public client (PKCE, no secret) with its redirect URIs and scope ceiling.
    pub fn public(client_id: &str, name: &str, redirect_uris: Vec<String>, scope: &str) -> Self {
        Self {
            client_id: client_id.into(),
            name: name.into(),
            kind: "public".into(),
            redirect_uris,
            jwks: None,
            scope: scope.into(),
            roles: vec![],
            profile: None,
            disabled: false,
            created_ms: 0,
            revoked_before_ms: 0,
        }
    }
}

/// A grant: one authorization (login + consent, or a client_credentials issue).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GrantRecord {
    pub sid: String,
    /// `user:NAME` or `client:ID`.
    pub subject: String,
    pub client_id: String,
    pub scope: String,
    pub patient: Option<String>,
    pub created_ms: i64,
    pub expires_ms: i64,
    pub revoked: bool,
}

pub(crate) const DDL: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS ward_users (username TEXT PRIMARY KEY, roles TEXT NOT NULL, password_hash TEXT NOT NULL, \
     totp {blob}, totp_last_step BIGINT, recovery TEXT NOT NULL, disabled BIGINT NOT NULL, patient_id TEXT, practitioner_id TEXT, \
     created_ms BIGINT NOT NULL, failed_logins BIGINT NOT NULL, locked_until_ms BIGINT NOT NULL, revoked_before_ms BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS ward_clients (client_id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, redirect_uris TEXT NOT NULL, \
     jwks TEXT, scope TEXT NOT NULL, roles TEXT NOT NULL, profile TEXT, disabled BIGINT NOT NULL, created_ms BIGINT NOT NULL, revoked_before_ms BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS ward_grants (sid TEXT PRIMARY KEY, subject TEXT NOT NULL, client_id TEXT NOT NULL, scope TEXT NOT NULL, \
     patient_id TEXT, refresh_hash TEXT, prev_refresh_hash TEXT, created_ms BIGINT NOT NULL, expires_ms BIGINT NOT NULL, revoked BIGINT NOT NULL)",
    "CREATE UNIQUE INDEX IF NOT EXISTS ward_grants_refresh ON ward_grants (refresh_hash)",
    "CREATE INDEX IF NOT EXISTS ward_grants_subject ON ward_grants (subject)",
    "CREATE INDEX IF NOT EXISTS ward_grants_prev_refresh ON ward_grants (prev_refresh_hash)",
    "CREATE TABLE IF NOT EXISTS ward_alerts (id TEXT PRIMARY KEY, kind TEXT NOT NULL, subject TEXT NOT NULL, patient_id TEXT, \
     details {blob} NOT NULL, created_ms BIGINT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ward_alerts_created ON ward_alerts (created_ms)",
    "CREATE TABLE IF NOT EXISTS ward_assertions (client_id TEXT NOT NULL, jti TEXT NOT NULL, expires_ms BIGINT NOT NULL, \
     PRIMARY KEY (client_id, jti))",
    "CREATE TABLE IF NOT EXISTS ward_secrets (name TEXT PRIMARY KEY, sealed {blob} NOT NULL, created_ms BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS ward_care_assignments (username TEXT NOT NULL, patient_id TEXT NOT NULL, until_ms BIGINT NOT NULL, \
     PRIMARY KEY (username, patient_id))",
];

fn auth_key() -> KeyId {
    KeyId::new("auth")
}

fn totp_ctx<'a>(username: &'a str, key: &'a KeyId) -> SealContext<'a> {
    SealContext {
        resource_type: "ward-user-totp",
        id: username,
        version: 1,
        key_id: key,
    }
}

fn split(s: &str) -> Vec<String> {
    s.split(',')
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

fn user_from(r: &AnyRow) -> Result<UserRecord> {
    let totp: Option<Vec<u8>> = r.try_get("totp")?;
    Ok(UserRecord {
        username: r.try_get("username")?,
        roles: split(&r.try_get::<String, _>("roles")?),
        password_hash: r.try_get("password_hash")?,
        mfa_enrolled: totp.is_some(),
        totp_last_step: r.try_get("totp_last_step")?,
        recovery_hashes: split(&r.try_get::<String, _>("recovery")?),
        disabled: r.try_get::<i64, _>("disabled")? != 0,
        patient: r.try_get("patient_id")?,
        practitioner: r.try_get("practitioner_id")?,
        created_ms: r.try_get("created_ms")?,
        failed_logins: r.try_get("failed_logins")?,
        locked_until_ms: r.try_get("locked_until_ms")?,
        revoked_before_ms: r.try_get("revoked_before_ms")?,
    })
}

fn client_from(r: &AnyRow) -> Result<ClientRecord> {
    let uris: String = r.try_get("redirect_uris")?;
    Ok(ClientRecord {
        client_id: r.try_get("client_id")?,
        name: r.try_get("name")?,
        kind: r.try_get("kind")?,
        redirect_uris: uris
            .split(' ')
            .filter(|u| !u.is_empty())
            .map(str::to_string)
            .collect(),
        jwks: r.try_get("jwks")?,
        scope: r.try_get("scope")?,
        roles: split(&r.try_get::<String, _>("roles")?),
        profile: r.try_get("profile")?,
        disabled: r.try_get::<i64, _>("disabled")? != 0,
        created_ms: r.try_get("created_ms")?,
        revoked_before_ms: r.try_get("revoked_before_ms")?,
    })
}

fn grant_from(r: &AnyRow) -> Result<GrantRecord> {
    Ok(GrantRecord {
        sid: r.try_get("sid")?,
        subject: r.try_get("subject")?,
        client_id: r.try_get("client_id")?,
        scope: r.try_get("scope")?,
        patient: r.try_get("patient_id")?,
        created_ms: r.try_get("created_ms")?,
        expires_ms: r.try_get("expires_ms")?,
        revoked: r.try_get::<i64, _>("revoked")? != 0,
    })
}

const USER_COLS: &str = "username, roles, password_hash, totp, totp_last_step, recovery, disabled, patient_id, practitioner_id, created_ms, failed_logins, locked_until_ms, revoked_before_ms";
const CLIENT_COLS: &str = "client_id, name, kind, redirect_uris, jwks, scope, roles, profile, disabled, created_ms, revoked_before_ms";
const GRANT_COLS: &str =
    "sid, subject, client_id, scope, patient_id, created_ms, expires_ms, revoked";

impl Store {
    /// The row `sql` finds for `key`, mapped by `f`.
    async fn one<T>(
        &self,
        sql: String,
        key: &str,
        f: fn(&AnyRow) -> Result<T>,
    ) -> Result<Option<T>> {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(key)
            .fetch_optional(&self.pool)
            .await?
            .map(|r| f(&r))
            .transpose()
    }

    /// Every row of `sql`, mapped by `f`.
    async fn all<T>(&self, sql: String, f: fn(&AnyRow) -> Result<T>) -> Result<Vec<T>> {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(f)
            .collect()
    }

    /// A server secret (the token signing key), sealed under the `auth` data key with its
    /// name bound. Created by `generate` on first use; concurrent first uses agree on one.
    pub async fn server_secret(
        &self,
        name: &str,
        generate: impl FnOnce() -> std::result::Result<Zeroizing<Vec<u8>>, String>,
    ) -> Result<Zeroizing<Vec<u8>>> {
        let kid = auth_key();
        let ctx = SealContext {
            resource_type: "ward-secret",
            id: name,
            version: 1,
            key_id: &kid,
        };
        let key = self.keys.ensure(&self.pool, &kid).await?;
        let found = sqlx::query("SELECT sealed FROM ward_secrets WHERE name = $1")
            .bind(name)
            .fetch_optional(&self.pool)
            .await?;
        let sealed = match found {
            Some(r) => r.try_get::<Vec<u8>, _>(0)?,
            None => {
                let fresh = generate().map_err(StoreError::Database)?;
                let sealed = key.seal(&ctx, &fresh)?.into_bytes();
                let _w = self.write_lock().await;
                sqlx::query("INSERT INTO ward_secrets (name, sealed, created_ms) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING")
                    .bind(name)
                    .bind(sealed)
                    .bind(ward_fhir::date::now_ms())
                    .execute(&self.pool)
                    .await?;
                sqlx::query("SELECT sealed FROM ward_secrets WHERE name = $1")
                    .bind(name)
                    .fetch_one(&self.pool)
                    .await?
                    .try_get::<Vec<u8>, _>(0)?
            }
        };
        key.open(&ctx, &Sealed::from_bytes(sealed))
            .map_err(|_| StoreError::Integrity {
                resource_type: "secret".into(),
                id: name.into(),
            })
    }

    /// Adds a user. Fails with `Conflict` if the name is taken.
    pub async fn add_user(&self, u: &UserRecord) -> Result<()> {
        // One statement, so that two concurrent adds cannot both succeed.
        let n = sqlx::query(
            "INSERT INTO ward_users (username, roles, password_hash, totp, totp_last_step, recovery, disabled, patient_id, practitioner_id, \
             created_ms, failed_logins, locked_until_ms, revoked_before_ms) VALUES ($1, $2, $3, NULL, NULL, '', 0, $4, $5, $6, 0, 0, 0) \
             ON CONFLICT (username) DO NOTHING",
        )
        .bind(&u.username)
        .bind(u.roles.join(","))
        .bind(&u.password_hash)
        .bind(u.patient.clone())
        .bind(u.practitioner.clone())
        .bind(ward_fhir::date::now_ms())
        .execute(&self.pool)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::Conflict(format!(
                "user '{}' exists",
                u.username
            )));
        }
        Ok(())
    }

    pub async fn user(&self, username: &str) -> Result<Option<UserRecord>> {
        let q = format!("SELECT {USER_COLS} FROM ward_users WHERE username = $1");
        self.one(q, username, user_from).await
    }

    pub async fn users(&self) -> Result<Vec<UserRecord>> {
        self.all(
            format!("SELECT {USER_COLS} FROM ward_users ORDER BY username"),
            user_from,
        )
        .await
    }

    fn require_one(n: u64, what: &str) -> Result<()> {
        if n == 0 {
            Err(StoreError::NotFound(what.to_string()))
        } else {
            Ok(())
        }
    }

    /// Disables or enables a user. Disabling revokes every token issued to them.
    pub async fn set_user_disabled(&self, username: &str, disabled: bool) -> Result<()> {
        let now = ward_fhir::date::now_ms();
        let n = sqlx::query(
            "UPDATE ward_users SET disabled = $1, revoked_before_ms = CASE WHEN $1 = 1 THEN $2 ELSE revoked_before_ms END WHERE username = $3",
        )
        .bind(i64::from(disabled))
        .bind(now)
        .bind(username)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Self::require_one(n, &format!("user '{username}'"))?;
        if disabled {
            self.revoke_grants_of(&format!("user:{username}")).await?;
        }
        Ok(())
    }

    /// Sets (or, with `None`, removes) a user's TOTP secret and recovery-code hashes.
    /// Revokes their tokens: a reset means the old factor may be compromised.
    pub async fn set_user_totp(
        &self,
        username: &str,
        secret: Option<&[u8]>,
        recovery_hashes: &[String],
    ) -> Result<()> {
        let sealed = match secret {
            Some(s) => {
                let key = self.keys.ensure(&self.pool, &auth_key()).await?;
                Some(key.seal(&totp_ctx(username, &auth_key()), s)?.into_bytes())
            }
            None => None,
        };
        let n = sqlx::query(
            "UPDATE ward_users SET totp = $1, totp_last_step = NULL, recovery = $2, revoked_before_ms = $3 WHERE username = $4",
        )
        .bind(sealed)
        .bind(recovery_hashes.join(","))
        .bind(ward_fhir::date::now_ms())
        .bind(username)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Self::require_one(n, &format!("user '{username}'"))?;
        self.revoke_grants_of(&format!("user:{username}")).await
    }

    /// The user's TOTP secret, opened. Fails closed if the sealed value was altered or
    /// moved from another user.
    pub async fn user_totp_secret(&self, username: &str) -> Result<Option<Zeroizing<Vec<u8>>>> {
        let row = sqlx::query("SELECT totp FROM ward_users WHERE username = $1")
            .bind(username)
            .fetch_optional(&self.pool)
            .await?;
        let Some(sealed) = row
            .map(|r| r.try_get::<Option<Vec<u8>>, _>(0))
            .transpose()?
            .flatten()
        else {
            return Ok(None);
        };
        let mut conn = self.pool.acquire().await?;
        let key = self
            .keys
            .get(&mut conn, &auth_key())
            .await?
            .ok_or_else(|| StoreError::Integrity {
                resource_type: "user".into(),
                id: username.into(),
            })?;
        key.open(
            &totp_ctx(username, &auth_key()),
            &Sealed::from_bytes(sealed),
        )
        .map(Some)
        .map_err(|_| StoreError::Integrity {
            resource_type: "user".into(),
            id: username.into(),
        })
    }

    /// Records an accepted TOTP step, only if it is later than the stored one (so that two
    /// concurrent logins cannot both use one code). Returns whether it was recorded.
    pub async fn advance_totp_step(&self, username: &str, step: i64) -> Result<bool> {
        let n = sqlx::query(
            "UPDATE ward_users SET totp_last_step = $1 WHERE username = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)",
        )
        .bind(step)
        .bind(username)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    /// Consumes a recovery code (its hash). Returns whether it was valid and unused.
    pub async fn use_recovery_code(&self, username: &str, hash: &str) -> Result<bool> {
        let _w = self.write_lock().await;
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query("SELECT recovery FROM ward_users WHERE username = $1")
            .bind(username)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(row) = row else { return Ok(false) };
        let mut codes = split(&row.try_get::<String, _>(0)?);
        let Some(i) = codes
            .iter()
            .position(|c| ward_crypto::constant_time_eq(c.as_bytes(), hash.as_bytes()))
        else {
            return Ok(false);
        };
        codes.remove(i);
        sqlx::query("UPDATE ward_users SET recovery = $1 WHERE username = $2")
            .bind(codes.join(","))
            .bind(username)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    pub async fn set_user_password(&self, username: &str, phc: &str) -> Result<()> {
        let n = sqlx::query(
            "UPDATE ward_users SET password_hash = $1, revoked_before_ms = $2, failed_logins = 0, locked_until_ms = 0 WHERE username = $3",
        )
        .bind(phc)
        .bind(ward_fhir::date::now_ms())
        .bind(username)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Self::require_one(n, &format!("user '{username}'"))?;
        self.revoke_grants_of(&format!("user:{username}")).await
    }

    /// Records a failed login; returns the new count. `lock_until_ms` locks the account
    /// until then (0: no lock).
    pub async fn record_login_failure(&self, username: &str, lock_until_ms: i64) -> Result<i64> {
        sqlx::query(
            "UPDATE ward_users SET failed_logins = failed_logins + 1, locked_until_ms = CASE WHEN $1 > locked_until_ms THEN $1 ELSE locked_until_ms END WHERE username = $2",
        )
        .bind(lock_until_ms)
        .bind(username)
        .execute(&self.pool)
        .await?;
        Ok(self
            .user(username)
            .await?
            .map(|u| u.failed_logins)
            .unwrap_or(0))
    }

    pub async fn record_login_success(&self, username: &str) -> Result<()> {
        sqlx::query(
            "UPDATE ward_users SET failed_logins = 0, locked_until_ms = 0 WHERE username = $1",
        )
        .bind(username)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    // ---- clients ----

    pub async fn add_client(&self, c: &ClientRecord) -> Result<()> {
        let n = sqlx::query(
            "INSERT INTO ward_clients (client_id, name, kind, redirect_uris, jwks, scope, roles, profile, disabled, created_ms, revoked_before_ms) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, $9, 0) ON CONFLICT (client_id) DO NOTHING",
        )
        .bind(&c.client_id)
        .bind(&c.name)
        .bind(&c.kind)
        .bind(c.redirect_uris.join(" "))
        .bind(c.jwks.clone())
        .bind(&c.scope)
        .bind(c.roles.join(","))
        .bind(c.profile.clone())
        .bind(ward_fhir::date::now_ms())
        .execute(&self.pool)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::Conflict(format!(
                "client '{}' exists",
                c.client_id
            )));
        }
        Ok(())
    }

    /// Replaces a client's keys, scope, roles and profile (name and kind stay). Tokens
    /// already issued keep their scope until they expire; the profile applies at once.
    pub async fn update_client(&self, c: &ClientRecord) -> Result<()> {
        let n = sqlx::query(
            "UPDATE ward_clients SET redirect_uris = $1, jwks = $2, scope = $3, roles = $4, profile = $5 WHERE client_id = $6",
        )
        .bind(c.redirect_uris.join(" "))
        .bind(c.jwks.clone())
        .bind(&c.scope)
        .bind(c.roles.join(","))
        .bind(c.profile.clone())
        .bind(&c.client_id)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Self::require_one(n, &format!("client '{}'", c.client_id))
    }

    /// Records a client assertion's `jti` until it expires. False when the client already
    /// used it (a replayed assertion).
    pub async fn use_assertion(&self, client_id: &str, jti: &str, expires_ms: i64) -> Result<bool> {
        sqlx::query("DELETE FROM ward_assertions WHERE expires_ms < $1")
            .bind(ward_fhir::date::now_ms())
            .execute(&self.pool)
            .await?;
        let n = sqlx::query(
            "INSERT INTO ward_assertions (client_id, jti, expires_ms) VALUES ($1, $2, $3) ON CONFLICT (client_id, jti) DO NOTHING",
        )
        .bind(client_id)
        .bind(jti)
        .bind(expires_ms)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    pub async fn client(&self, client_id: &str) -> Result<Option<ClientRecord>> {
        let q = format!("SELECT {CLIENT_COLS} FROM ward_clients WHERE client_id = $1");
        self.one(q, client_id, client_from).await
    }

    pub async fn clients(&self) -> Result<Vec<ClientRecord>> {
        self.all(
            format!("SELECT {CLIENT_COLS} FROM ward_clients ORDER BY client_id"),
            client_from,
        )
        .await
    }

    /// Disables or enables a client. Disabling revokes every token issued to it.
    pub async fn set_client_disabled(&self, client_id: &str, disabled: bool) -> Result<()> {
        let n = sqlx::query(
            "UPDATE ward_clients SET disabled = $1, revoked_before_ms = CASE WHEN $1 = 1 THEN $2 ELSE revoked_before_ms END WHERE client_id = $3",
        )
        .bind(i64::from(disabled))
        .bind(ward_fhir::date::now_ms())
        .bind(client_id)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Self::require_one(n, &format!("client '{client_id}'"))?;
        if disabled {
            sqlx::query("UPDATE ward_grants SET revoked = 1 WHERE client_id = $1")
                .bind(client_id)
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }

    // ---- grants ----

    /// Stores a grant with the hash of its refresh token (if any).
    pub async fn add_grant(&self, g: &GrantRecord, refresh_hash: Option<&str>) -> Result<()> {
        sqlx::query(
            "INSERT INTO ward_grants (sid, subject, client_id, scope, patient_id, refresh_hash, created_ms, expires_ms, revoked) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0)",
        )
        .bind(&g.sid)
        .bind(&g.subject)
        .bind(&g.client_id)
        .bind(&g.scope)
        .bind(g.patient.clone())
        .bind(refresh_hash.map(str::to_string))
        .bind(g.created_ms)
        .bind(g.expires_ms)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn grant(&self, sid: &str) -> Result<Option<GrantRecord>> {
        let q = format!("SELECT {GRANT_COLS} FROM ward_grants WHERE sid = $1");
        self.one(q, sid, grant_from).await
    }

    /// Rotates a refresh token: the grant holding `old_hash` gets `new_hash`, atomically.
    /// Returns the grant, or `None` if `old_hash` is not a grant's current refresh token.
    /// A refresh token that was already rotated away is a replay (someone else holds a
    /// copy): its grant is revoked, as RFC 9700 (4.14.2) advises.
    pub async fn rotate_refresh(
        &self,
        old_hash: &str,
        new_hash: &str,
    ) -> Result<Option<GrantRecord>> {
        let q = format!("SELECT {GRANT_COLS} FROM ward_grants WHERE refresh_hash = $1");
        let Some(g) = self.one(q, old_hash, grant_from).await? else {
            sqlx::query("UPDATE ward_grants SET revoked = 1 WHERE prev_refresh_hash = $1")
                .bind(old_hash)
                .execute(&self.pool)
                .await?;
            return Ok(None);
        };
        let n = sqlx::query(
            "UPDATE ward_grants SET refresh_hash = $1, prev_refresh_hash = $3 WHERE sid = $2 AND refresh_hash = $3",
        )
        .bind(new_hash)
        .bind(&g.sid)
        .bind(old_hash)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok((n == 1).then_some(g))
    }

    /// Revokes one grant (logout, RFC 7009 revocation). Returns whether it was live.
    pub async fn revoke_grant(&self, sid: &str) -> Result<bool> {
        let n = sqlx::query("UPDATE ward_grants SET revoked = 1 WHERE sid = $1 AND revoked = 0")
            .bind(sid)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(n == 1)
    }

    pub async fn revoke_grants_of(&self, subject: &str) -> Result<()> {
        sqlx::query("UPDATE ward_grants SET revoked = 1 WHERE subject = $1")
            .bind(subject)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    // ---- alerts ----

    fn alert_ctx<'a>(id: &'a str, key: &'a KeyId) -> SealContext<'a> {
        SealContext {
            resource_type: "ward-alert",
            id,
            version: 1,
            key_id: key,
        }
    }

    pub async fn add_alert(&self, a: &AlertRecord) -> Result<()> {
        let kid = auth_key();
        let key = self.keys.ensure(&self.pool, &kid).await?;
        let sealed = key
            .seal(&Self::alert_ctx(&a.id, &kid), a.details.as_bytes())?
            .into_bytes();
        let _w = self.write_lock().await;
        sqlx::query(
            "INSERT INTO ward_alerts (id, kind, subject, patient_id, details, created_ms) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&a.id)
        .bind(&a.kind)
        .bind(&a.subject)
        .bind(a.patient.clone())
        .bind(sealed)
        .bind(a.created_ms)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The newest `limit` alerts, details opened.
    pub async fn alerts(&self, limit: i64) -> Result<Vec<AlertRecord>> {
        let rows = sqlx::query(
            "SELECT id, kind, subject, patient_id, details, created_ms FROM ward_alerts ORDER BY created_ms DESC, id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let kid = auth_key();
        let mut conn = self.pool.acquire().await?;
        let key = self.keys.get(&mut conn, &kid).await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let id: String = r.try_get(0)?;
            let sealed: Vec<u8> = r.try_get(4)?;
            let integrity = || StoreError::Integrity {
                resource_type: "alert".into(),
                id: id.clone(),
            };
            let plain = key
                .as_ref()
                .ok_or_else(integrity)?
                .open(&Self::alert_ctx(&id, &kid), &Sealed::from_bytes(sealed))
                .map_err(|_| integrity())?;
            out.push(AlertRecord {
                details: String::from_utf8_lossy(&plain).into_owned(),
                kind: r.try_get(1)?,
                subject: r.try_get(2)?,
                patient: r.try_get(3)?,
                created_ms: r.try_get(5)?,
                id,
            });
        }
        Ok(out)
    }

    // ---- care relationships ----

    /// Assigns a user to a patient's care until `until_ms`.
    pub async fn assign_care(&self, username: &str, patient_id: &str, until_ms: i64) -> Result<()> {
        let _w = self.write_lock().await;
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM ward_care_assignments WHERE username = $1 AND patient_id = $2")
            .bind(username)
            .bind(patient_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO ward_care_assignments (username, patient_id, until_ms) VALUES ($1, $2, $3)")
            .bind(username)
            .bind(patient_id)
            .bind(until_ms)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The patients a clinician has a care relationship with now: explicit assignments of
    /// the user, and, through their Practitioner resource, the subjects of CareTeams they
    /// participate in and of Encounters they took part in (from the search index).
    pub async fn care_patients(
        &self,
        username: &str,
        practitioner: Option<&str>,
    ) -> Result<std::collections::BTreeSet<String>> {
        let mut out = std::collections::BTreeSet::new();
        let rows = sqlx::query(
            "SELECT patient_id FROM ward_care_assignments WHERE username = $1 AND until_ms > $2",
        )
        .bind(username)
        .bind(ward_fhir::date::now_ms())
        .fetch_all(&self.pool)
        .await?;
        for r in rows {
            out.insert(r.try_get::<String, _>(0)?);
        }
        if let Some(pr) = practitioner {
            // CareTeam.participant and Encounter.participant name the practitioner;
            // CareTeam.subject / Encounter.subject name the patient.
            let rows = sqlx::query(
                "SELECT DISTINCT s.target_id FROM ward_idx_ref p JOIN ward_idx_ref s ON s.rtype = p.rtype AND s.id = p.id \
                 WHERE p.rtype IN ('CareTeam', 'Encounter') AND p.param IN ('participant', 'practitioner') \
                 AND p.target_type = 'Practitioner' AND p.target_id = $1 \
                 AND s.param IN ('subject', 'patient') AND s.target_type = 'Patient'",
            )
            .bind(pr)
            .fetch_all(&self.pool)
            .await?;
            for r in rows {
                out.insert(r.try_get::<String, _>(0)?);
            }
        }
        Ok(out)
    }
}
