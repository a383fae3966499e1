//! Transport: TLS 1.3 only, rustls with the aws-lc-rs provider, the hybrid
//! post-quantum group X25519MLKEM768 preferred and X25519 as the fallback; HTTP/2 and
//! HTTP/1.1 by ALPN. The quick start makes a local CA and a server certificate signed by
//! it (rustls clients refuse a self-signed leaf that acts as its own CA).

use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose, SanType,
};
use rustls::crypto::CryptoProvider;
use rustls::crypto::aws_lc_rs::{self, kx_group};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use std::path::Path;
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error("{path}: {reason}")]
    File { path: String, reason: String },
    #[error("certificate generation failed: {0}")]
    Generate(String),
    #[error("TLS configuration: {0}")]
    Config(String),
}

/// The one crypto provider Ward uses for TLS, server and client.
pub fn crypto_provider() -> Arc<CryptoProvider> {
    let mut p = aws_lc_rs::default_provider();
    p.kx_groups = vec![kx_group::X25519MLKEM768, kx_group::X25519];
    Arc::new(p)
}

fn file_err(path: &Path, reason: impl ToString) -> TlsError {
    TlsError::File {
        path: path.display().to_string(),
        reason: reason.to_string(),
    }
}

/// Creates `ca.pem`, `ca-key.pem`, `server.pem`, `server-key.pem` in `dir` (keys mode 0600).
pub fn generate_dev_certs(dir: &Path) -> Result<(), TlsError> {
    let gen_err = |e: rcgen::Error| TlsError::Generate(e.to_string());
    let ca_key = KeyPair::generate().map_err(gen_err)?;
    let mut ca = CertificateParams::default();
    ca.distinguished_name
        .push(DnType::CommonName, "Ward local CA");
    ca.distinguished_name
        .push(DnType::OrganizationName, "Ward quick start");
    ca.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    ca.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    let ca_cert = ca.self_signed(&ca_key).map_err(gen_err)?;
    let issuer = Issuer::new(ca, ca_key);

    let key = KeyPair::generate().map_err(gen_err)?;
    let mut leaf = CertificateParams::new(vec!["localhost".to_string()]).map_err(gen_err)?;
    leaf.subject_alt_names
        .push(SanType::IpAddress(std::net::IpAddr::V4(
            std::net::Ipv4Addr::LOCALHOST,
        )));
    leaf.subject_alt_names
        .push(SanType::IpAddress(std::net::IpAddr::V6(
            std::net::Ipv6Addr::LOCALHOST,
        )));
    leaf.distinguished_name
        .push(DnType::CommonName, "localhost");
    leaf.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    leaf.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    let cert = leaf.signed_by(&key, &issuer).map_err(gen_err)?;

    let write = |name: &str, pem: String, private: bool| -> Result<(), TlsError> {
        let path = dir.join(name);
        if private {
            ward_crypto::write_private_atomic(&path, pem.as_bytes()).map_err(|e| file_err(&path, e))
        } else {
            std::fs::write(&path, pem).map_err(|e| file_err(&path, e))
        }
    };
    write("ca.pem", ca_cert.pem(), false)?;
    write("ca-key.pem", issuer.key().serialize_pem(), true)?;
    write(
        "server.pem",
        format!("{}{}", cert.pem(), ca_cert.pem()),
        false,
    )?;
    write("server-key.pem", key.serialize_pem(), true)?;
    Ok(())
}

/// The server's TLS configurations: TLS 1.3 only, h2 and http/1.1. rustls picks the key
/// exchange group in the client's order of preference, so the server keeps two
/// configurations and chooses per ClientHello ([`ServerTls::for_hello`]): a client that
/// supports X25519MLKEM768 gets a configuration that offers nothing else (rustls asks for
/// its key share with a HelloRetryRequest if the client sent only an X25519 one); any other
/// client gets X25519.
#[derive(Clone)]
pub struct ServerTls {
    hybrid_only: Arc<rustls::ServerConfig>,
    fallback: Arc<rustls::ServerConfig>,
}

impl std::fmt::Debug for ServerTls {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ServerTls")
    }
}

impl ServerTls {
    /// The configuration to answer a ClientHello with.
    pub fn for_hello(&self, hello: &rustls::server::ClientHello<'_>) -> Arc<rustls::ServerConfig> {
        let offers_hybrid = hello
            .named_groups()
            .is_some_and(|g| g.contains(&rustls::NamedGroup::X25519MLKEM768));
        if offers_hybrid {
            self.hybrid_only.clone()
        } else {
            self.fallback.clone()
        }
    }
}

/// Loads the certificate chain and key, and builds Ward's server TLS configurations.
pub fn server_config(cert: &Path, key: &Path) -> Result<ServerTls, TlsError> {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .map_err(|e| file_err(cert, e))?
        .collect::<Result<_, _>>()
        .map_err(|e| file_err(cert, e))?;
    if certs.is_empty() {
        return Err(file_err(cert, "no certificate in file"));
    }
    let key = PrivateKeyDer::from_pem_file(key).map_err(|e| file_err(key, e))?;
    let build = |groups: Vec<&'static dyn rustls::crypto::SupportedKxGroup>| {
        let mut p = aws_lc_rs::default_provider();
        p.kx_groups = groups;
        let mut cfg = rustls::ServerConfig::builder_with_provider(Arc::new(p))
            .with_protocol_versions(&[&rustls::version::TLS13])
            .map_err(|e| TlsError::Config(e.to_string()))?
            .with_no_client_auth()
            .with_single_cert(certs.clone(), key.clone_key())
            .map_err(|e| TlsError::Config(e.to_string()))?;
        cfg.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
        Ok::<_, TlsError>(Arc::new(cfg))
    };
    Ok(ServerTls {
        hybrid_only: build(vec![kx_group::X25519MLKEM768])?,
        fallback: build(crypto_provider().kx_groups.clone())?,
    })
}

/// A client configuration that trusts `ca` (the CLI, tests): TLS 1.3 only, same groups.
pub fn client_config(ca: &Path) -> Result<rustls::ClientConfig, TlsError> {
    let mut roots = rustls::RootCertStore::empty();
    for c in CertificateDer::pem_file_iter(ca).map_err(|e| file_err(ca, e))? {
        roots
            .add(c.map_err(|e| file_err(ca, e))?)
            .map_err(|e| file_err(ca, e))?;
    }
    let mut cfg = rustls::ClientConfig::builder_with_provider(crypto_provider())
        .with_protocol_versions(&[&rustls::version::TLS13])
        .map_err(|e| TlsError::Config(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    cfg.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(cfg)
}
