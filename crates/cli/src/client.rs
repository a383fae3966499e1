//! An HTTPS client for Ward's own API (import, bench): TLS 1.3, trusting the local CA.

use anyhow::{Context, Result};
use std::path::Path;
use std::time::Duration;

pub struct Client {
    pub http: reqwest::Client,
    pub base: String,
    token: zeroize::Zeroizing<String>,
}

impl Client {
    pub fn new(base: &str, ca: &Path, token_file: &Path) -> Result<Self> {
        let tls = ward_server::tls::client_config(ca)
            .with_context(|| format!("cannot load CA certificate {}", ca.display()))?;
        let token = zeroize::Zeroizing::new(
            std::fs::read_to_string(token_file)
                .with_context(|| {
                    format!("cannot read the admin token from {}", token_file.display())
                })?
                .trim()
                .to_string(),
        );
        Self::with_token(base, tls, token)
    }

    pub fn with_token(
        base: &str,
        tls: rustls::ClientConfig,
        token: zeroize::Zeroizing<String>,
    ) -> Result<Self> {
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .timeout(Duration::from_secs(300))
            .pool_max_idle_per_host(16)
            .build()?;
        Ok(Self {
            http,
            base: base.trim_end_matches('/').to_string(),
            token,
        })
    }

    pub fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(self.token.as_str())
            .header("accept", "application/fhir+json")
    }
}
