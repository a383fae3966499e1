//! Transport: TLS 1.3 only, X25519MLKEM768 negotiated when the client offers it, X25519
//! as the fallback, HTTP/2 by ALPN; TLS 1.2 refused.

mod common;

use common::*;
use rustls::pki_types::ServerName;
use std::sync::Arc;
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;

async fn handshake(
    s: &TestServer,
    cfg: rustls::ClientConfig,
) -> std::io::Result<(
    Option<rustls::NamedGroup>,
    Option<Vec<u8>>,
    Option<rustls::ProtocolVersion>,
)> {
    let port: u16 = s.base.rsplit(':').next().unwrap().parse().unwrap();
    let tcp = TcpStream::connect(("127.0.0.1", port)).await?;
    let tls = TlsConnector::from(Arc::new(cfg))
        .connect(ServerName::try_from("localhost").unwrap(), tcp)
        .await?;
    let (_, conn) = tls.get_ref();
    Ok((
        conn.negotiated_key_exchange_group().map(|g| g.name()),
        conn.alpn_protocol().map(<[u8]>::to_vec),
        conn.protocol_version(),
    ))
}

fn client(
    groups: Vec<&'static dyn rustls::crypto::SupportedKxGroup>,
    versions: &[&'static rustls::SupportedProtocolVersion],
    ca: &std::path::Path,
) -> rustls::ClientConfig {
    let mut p = rustls::crypto::aws_lc_rs::default_provider();
    p.kx_groups = groups;
    let mut roots = rustls::RootCertStore::empty();
    use rustls::pki_types::pem::PemObject;
    for c in rustls::pki_types::CertificateDer::pem_file_iter(ca).unwrap() {
        roots.add(c.unwrap()).unwrap();
    }
    let mut cfg = rustls::ClientConfig::builder_with_provider(Arc::new(p))
        .with_protocol_versions(versions)
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    cfg.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    cfg
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls13_with_hybrid_post_quantum_key_exchange() {
    use rustls::crypto::aws_lc_rs::kx_group::{SECP256R1, X25519, X25519MLKEM768};
    let s = TestServer::start(Backend::Sqlite).await;
    let ca = s.dir.join("ca.pem");
    let all = &[&rustls::version::TLS13, &rustls::version::TLS12];

    let (group, alpn, version) = handshake(&s, client(vec![X25519MLKEM768, X25519], all, &ca))
        .await
        .unwrap();
    assert_eq!(group, Some(rustls::NamedGroup::X25519MLKEM768));
    assert_eq!(alpn.as_deref(), Some(&b"h2"[..]));
    assert_eq!(version, Some(rustls::ProtocolVersion::TLSv1_3));

    // The server prefers the hybrid group even when the client lists X25519 first.
    let (group, _, _) = handshake(&s, client(vec![X25519, X25519MLKEM768], all, &ca))
        .await
        .unwrap();
    assert_eq!(group, Some(rustls::NamedGroup::X25519MLKEM768));

    let (group, _, _) = handshake(&s, client(vec![X25519], all, &ca)).await.unwrap();
    assert_eq!(
        group,
        Some(rustls::NamedGroup::X25519),
        "classical fallback"
    );

    assert!(
        handshake(&s, client(vec![SECP256R1], all, &ca))
            .await
            .is_err(),
        "no group in common"
    );
    assert!(
        handshake(&s, client(vec![X25519], &[&rustls::version::TLS12], &ca))
            .await
            .is_err(),
        "TLS 1.2 is refused"
    );
    s.stop().await;
}
