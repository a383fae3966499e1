//! Ward's HTTP edge: the FHIR R4 REST API over TLS 1.3.
//!
//! Architecture invariant: handlers hold no domain logic; they translate HTTP to calls on
//! [`ward_store::Store`] and back. Cross-cutting concerns are tower layers composed once
//! in [`router`]: request ids and tracing, the body limit, authentication, vendors' data
//! minimization, and the layer
//! that turns every framework error (404, 405, 413…) into an OperationOutcome.
#![forbid(unsafe_code)]

pub mod admin;
mod api;
pub mod audit;
mod audit_views;
pub mod auth;
pub mod authz;
mod bundle;
pub use bundle::transaction_ops;
mod capability;
pub mod error;
mod export;
mod minimize;
pub mod oauth;
mod paging;
mod respond;
pub mod search_index;
pub mod tls;
pub mod witness;

use axum::Router;
use axum::routing::get;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio_rustls::LazyConfigAcceptor;
use tower_http::limit::RequestBodyLimitLayer;
use ward_store::Store;

/// The address of the client of a request's connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PeerAddr(pub SocketAddr);

/// What the server needs to know; the CLI builds it from `ward.toml`, flags and env.
#[derive(Clone, Debug)]
pub struct ServerConfig {
    /// Base URL used in Location headers and Bundle links.
    pub base_url: String,
    /// Largest request body accepted (413 beyond).
    pub max_body_bytes: usize,
    /// How often the ledger signs a checkpoint when it grew.
    pub checkpoint_every: Duration,
    /// Witnesses asked to cosign every checkpoint.
    pub witnesses: Vec<witness::WitnessConfig>,
}

pub struct AppState {
    pub store: Arc<Store>,
    pub config: ServerConfig,
    pub access: authz::Access,
    pub oauth: oauth::OAuthState,
    pub ledger: Arc<audit::Ledger>,
    pages: paging::PageCache,
    exports: export::Exports,
}

impl AppState {
    /// A server's state: the token signing key and the ledger's keys (created and sealed
    /// in the store on first use), the ledger checked against its latest checkpoint, and
    /// its checkpoint signer started.
    pub async fn open(
        store: Arc<Store>,
        config: ServerConfig,
        policies: ward_access::Policies,
        admin_token: zeroize::Zeroizing<String>,
    ) -> Result<Arc<Self>, error::ApiError> {
        let token_key = authz::token_key(&store, &config.base_url).await?;
        let access = authz::Access::new(
            policies,
            token_key,
            admin_token,
            authz::AccessSettings::default(),
        );
        let witnesses = config
            .witnesses
            .iter()
            .map(witness::WitnessClient::new)
            .collect::<Result<Vec<_>, _>>()?;
        let ledger = audit::Ledger::open(
            store.clone(),
            &audit::origin_for(&config.base_url),
            witnesses,
        )
        .await?;
        ledger.spawn_checkpointer(store.clone(), config.checkpoint_every);
        search_index::spawn(
            Arc::downgrade(&ledger),
            store.clone(),
            config.checkpoint_every,
        );
        export::spawn_sweeper(Arc::downgrade(&store));
        Ok(Arc::new(Self {
            store,
            config,
            access,
            oauth: oauth::OAuthState::default(),
            ledger,
            pages: paging::PageCache::new(2_000, Duration::from_secs(30 * 60)),
            exports: export::Exports::default(),
        }))
    }
}

/// The whole application: routes and layers.
pub fn router(state: Arc<AppState>) -> Router {
    build_router(state, true)
}

/// The application *without the audit ledger layer*: only for `ward bench ledger`, which
/// measures what recording costs against it. `ward serve` never builds it.
#[doc(hidden)]
pub fn router_unaudited_for_benchmark(state: Arc<AppState>) -> Router {
    build_router(state, false)
}

fn build_router(state: Arc<AppState>, audited: bool) -> Router {
    // Layers run outside in: authentication attaches the context, a change is recorded
    // before it runs, then data minimization projects whatever the handler answers.
    let api = api::routes()
        .merge(oauth::authenticated_routes())
        .merge(admin::routes())
        .merge(audit::authenticated_routes())
        .merge(audit_views::routes())
        .merge(export::routes())
        .layer(axum::middleware::from_fn(minimize::minimize))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            audit::intent,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::require_auth,
        ));
    let app = Router::new()
        .route("/metadata", get(capability::metadata))
        .route("/health", get(api::health))
        .merge(oauth::routes())
        .merge(audit::public_routes())
        .merge(api)
        .fallback(api::not_found);
    // Every request below is recorded in the ledger before its response leaves.
    let app = if audited {
        app.layer(axum::middleware::from_fn_with_state(
            state.clone(),
            audit::record,
        ))
    } else {
        app
    };
    app.layer(RequestBodyLimitLayer::new(state.config.max_body_bytes))
        .layer(axum::middleware::from_fn(respond::errors_as_outcomes))
        .layer(
            tower_http::trace::TraceLayer::new_for_http().make_span_with(
                |req: &axum::http::Request<_>| {
                    // Paths carry resource ids, never names; query strings may carry search values
                    // (PHI), so they are not logged.
                    tracing::info_span!("request", method = %req.method(), path = %req.uri().path())
                },
            ),
        )
        .with_state(state)
}

/// Serves `app` over TLS on `listener` until `shutdown` resolves.
pub async fn serve_tls(
    listener: TcpListener,
    tls: tls::ServerTls,
    app: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    tokio::spawn(async move {
        shutdown.await;
        let _ = stop_tx.send(true);
    });
    let mut stop = stop_rx.clone();
    loop {
        let (tcp, peer): (tokio::net::TcpStream, SocketAddr) = tokio::select! {
            r = listener.accept() => match r {
                Ok(x) => x,
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed");
                    continue;
                }
            },
            _ = stop.changed() => break,
        };
        let tls_configs = tls.clone();
        let app = app.clone();
        let mut conn_stop = stop_rx.clone();
        tokio::spawn(async move {
            let _ = tcp.set_nodelay(true);
            let handshake = async {
                let start =
                    LazyConfigAcceptor::new(rustls::server::Acceptor::default(), tcp).await?;
                let config = tls_configs.for_hello(&start.client_hello());
                start.into_stream(config).await
            };
            let tls = match tokio::time::timeout(Duration::from_secs(10), handshake).await {
                Ok(Ok(s)) => s,
                Ok(Err(e)) => {
                    tracing::debug!(%peer, error = %e, "TLS handshake failed");
                    return;
                }
                Err(_) => return,
            };
            // The peer address rides on every request of the connection (throttling,
            // and later the audit ledger).
            let app = tower::ServiceExt::map_request(
                app,
                move |mut r: axum::http::Request<hyper::body::Incoming>| {
                    r.extensions_mut().insert(PeerAddr(peer));
                    r
                },
            );
            let svc = hyper_util::service::TowerToHyperService::new(app);
            let builder =
                hyper_util::server::conn::auto::Builder::new(hyper_util::rt::TokioExecutor::new());
            let conn = builder.serve_connection(hyper_util::rt::TokioIo::new(tls), svc);
            tokio::pin!(conn);
            tokio::select! {
                _ = conn.as_mut() => {}
                _ = conn_stop.changed() => {
                    conn.as_mut().graceful_shutdown();
                    let _ = conn.await;
                }
            }
        });
    }
    Ok(())
}
