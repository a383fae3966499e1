//! `ward login`: signs a user in through the server's own SMART flow (authorize, the
//! sign-in form with password and one-time code, consent, code + PKCE, token) as the
//! built-in public client `ward-cli`, and prints the access token.

use anyhow::{Context, Result, bail};
use std::path::Path;
use zeroize::Zeroizing;

/// The built-in client `ward init` registers, and its redirect URI (never contacted: the
/// CLI reads the code from the redirect itself).
pub const CLI_CLIENT: &str = "ward-cli";
pub const CLI_REDIRECT: &str = "http://127.0.0.1/ward-cli-callback";

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let i = text.find(start)? + start.len();
    let j = text[i..].find(end)? + i;
    Some(&text[i..j])
}

fn query_value(url: &str, key: &str) -> Option<String> {
    let q = url.split_once('?')?.1;
    serde_urlencoded::from_str::<Vec<(String, String)>>(q)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

pub struct LoginArgs<'a> {
    pub base: &'a str,
    pub ca: &'a Path,
    pub username: &'a str,
    pub password: Zeroizing<String>,
    pub otp: Zeroizing<String>,
    pub scope: &'a str,
    pub patient: Option<&'a str>,
}

/// Runs the flow; returns the token response (JSON).
pub async fn login(a: LoginArgs<'_>) -> Result<serde_json::Value> {
    use base64::Engine;
    let tls = ward_server::tls::client_config(a.ca)
        .with_context(|| format!("cannot load CA certificate {}", a.ca.display()))?;
    let http = reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let verifier = ward_crypto::random_token(32)?;
    let d = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, verifier.as_bytes());
    let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(d.as_ref());
    let state = ward_crypto::random_token(12)?;
    let r = http
        .get(format!("{}/auth/authorize", a.base))
        .query(&[
            ("response_type", "code"),
            ("client_id", CLI_CLIENT),
            ("redirect_uri", CLI_REDIRECT),
            ("scope", a.scope),
            ("state", state.as_str()),
            ("aud", a.base),
            ("code_challenge", challenge.as_str()),
            ("code_challenge_method", "S256"),
        ])
        .send()
        .await
        .with_context(|| format!("cannot reach {}", a.base))?;
    let page = r.text().await?;
    let Some(rid) = between(&page, "name=\"rid\" value=\"", "\"") else {
        let msg = between(&page, "class=\"err\">", "<").unwrap_or("unexpected answer");
        bail!(
            "the server refused the sign-in: {msg} (is the client '{CLI_CLIENT}' registered? `ward init` registers it)"
        );
    };
    let r = http
        .post(format!("{}/auth/login", a.base))
        .form(&[
            ("rid", rid),
            ("username", a.username),
            ("password", a.password.as_str()),
            ("otp", a.otp.as_str()),
        ])
        .send()
        .await?;
    let status = r.status();
    let page = r.text().await?;
    if !page.contains("/auth/consent") {
        let msg = between(&page, "class=\"err\">", "<").unwrap_or("refused");
        bail!("sign-in failed ({status}): {msg}");
    }
    let rid = between(&page, "name=\"rid\" value=\"", "\"").context("no consent form")?;
    let r = http
        .post(format!("{}/auth/consent", a.base))
        .form(&[
            ("rid", rid),
            ("decision", "approve"),
            ("patient", a.patient.unwrap_or_default()),
        ])
        .send()
        .await?;
    let location = r
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    if query_value(&location, "state").as_deref() != Some(state.as_str()) {
        let page = r.text().await.unwrap_or_default();
        let msg = between(&page, "class=\"err\">", "<").unwrap_or("no authorization code");
        bail!("authorization failed: {msg}");
    }
    let code = query_value(&location, "code").with_context(|| {
        format!(
            "authorization failed: {}",
            query_value(&location, "error_description").unwrap_or_default()
        )
    })?;
    let r = http
        .post(format!("{}/auth/token", a.base))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", CLI_REDIRECT),
            ("client_id", CLI_CLIENT),
            ("code_verifier", verifier.as_str()),
        ])
        .send()
        .await?;
    let ok = r.status().is_success();
    let v: serde_json::Value = r.json().await?;
    if !ok {
        bail!(
            "the token request failed: {}",
            v["error_description"].as_str().unwrap_or("unknown error")
        );
    }
    Ok(v)
}
