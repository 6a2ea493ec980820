//! The tenant simulator: an axum server on loopback that serves the demo tenant "Contoso demo".
//!
//! One server stands in for all three Microsoft hosts cray talks to, so a tenant pointed at it
//! uses the same base URL for login, Graph and Exchange:
//! - `POST /{tenant}/oauth2/v2.0/token` and `/devicecode`: the Entra ID v2 token endpoint
//!   (client secret, certificate assertion, device code and refresh token grants);
//! - `GET /v1.0/...`: the Microsoft Graph endpoints the collector reads, paged like Graph;
//! - `POST /adminapi/beta/{tenant}/InvokeCommand`: Exchange Online's cmdlet endpoint.
//!
//! Tests configure page size, latency and injected faults through [`SimConfig`] and read back
//! every request through [`RunningSim::requests`]. The demo data lives in `sim/demo.rs`, apart
//! from the HTTP layer.

mod auth;
mod batch;
mod chaos;
mod demo;
mod exchange;
mod expect;
mod faults;
mod graph;
mod per_object;
mod scale;
mod state;
mod throttle;
mod wire;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use auth::{DeviceCodeOutcome, SimAuth};
pub use chaos::{FaultMix, FaultMixError, RandomFault};
pub use expect::{BATCH_SIZE, LowerBound, lower_bound};
pub use scale::{DEFAULT_SEED, Preset, ScaleSpec, UnknownPreset};
pub use state::RecordedRequest;
pub use throttle::{THROTTLE_SCOPE, ThrottleModel, request_cost};

/// Tenant id of the demo tenant.
pub const DEMO_TENANT_ID: &str = "7d3a2f4e-9c1b-4e8a-b5d6-3f0c2a9e1b47";

/// Application (client) id that the demo tenant accepts.
pub const DEMO_CLIENT_ID: &str = "c0ffee00-c4a7-4d3e-9b1a-5e6f7a8b9c0d";

/// Client secret that the demo tenant accepts; public by design, it guards nothing real.
pub const DEMO_CLIENT_SECRET: &str = "cray-demo-secret-not-a-real-secret";

/// Display name of the demo tenant's organization.
pub const DEMO_DISPLAY_NAME: &str = "Contoso demo";

/// Settings of one simulator instance.
#[derive(Clone, Debug)]
pub struct SimConfig {
    /// Maximum number of items per page of a Graph collection or an Exchange result.
    pub page_size: usize,
    /// Delay added to every response.
    pub latency: Duration,
    /// Faults injected into matching requests, checked in this order.
    pub faults: Vec<Fault>,
    /// Whether the app has an Exchange role; without one, InvokeCommand returns 403.
    pub exchange_access: bool,
    /// Generated tenant that serves users, groups, applications, service principals, grants,
    /// CA policies, registration details and their per-object relations in place of the demo
    /// data; `None` serves the demo tenant alone.
    pub scale: Option<ScaleSpec>,
    /// Graph's throttling model; `None` turns it off.
    pub throttle: Option<ThrottleModel>,
    /// Seeded random faults on Graph and Exchange requests; `None` injects none.
    pub random_faults: Option<FaultMix>,
    /// How long issued access tokens are valid; an expired one gets 401
    /// `InvalidAuthenticationToken`.
    pub token_lifetime: Duration,
    /// Sign-in settings: registered certificates, granted roles, device code behaviour.
    pub auth: SimAuth,
}

impl SimConfig {
    /// Returns the demo settings: 10 items per page, no latency, no faults, Exchange access,
    /// tokens valid for 3599 seconds.
    #[must_use]
    pub fn demo() -> Self {
        Self {
            page_size: 10,
            latency: Duration::ZERO,
            faults: Vec::new(),
            exchange_access: true,
            scale: None,
            throttle: None,
            random_faults: None,
            // Entra ID reports 3599 s for client-credential tokens.
            token_lifetime: Duration::from_secs(3599),
            auth: SimAuth::default(),
        }
    }

    /// Returns the settings of a preset: the demo settings for [`Preset::Demo`]; for S, M and L
    /// a generated tenant of that size, Graph's page sizes (up to 999 per page) and Graph's
    /// throttling model.
    #[must_use]
    pub fn preset(preset: Preset) -> Self {
        match preset.spec() {
            None => Self::demo(),
            Some(spec) => Self {
                page_size: graph::MAX_TOP,
                scale: Some(spec),
                throttle: Some(ThrottleModel::graph()),
                ..Self::demo()
            },
        }
    }

    /// Returns the number of objects of every dataset a simulator with these settings serves,
    /// keyed by dataset key, as `GET /_sim/counts` reports them.
    #[must_use]
    pub fn expected_counts(&self) -> Vec<(&'static str, u64)> {
        let generated = self.scale.map(scale::GeneratedTenant::generate);
        expect::counts(&demo::DemoTenant::build(), generated.as_ref())
    }
}

/// A failure injected into requests whose path starts with a prefix.
#[derive(Clone, Debug)]
pub enum Fault {
    /// The first `count` requests whose path starts with `path_prefix` get 429 with this
    /// Retry-After header value (None = no header).
    Throttle {
        /// Path prefix, for example `/v1.0/users`.
        path_prefix: String,
        /// Number of matching requests that are throttled.
        count: u32,
        /// Retry-After header value, sent as is.
        retry_after: Option<String>,
    },
    /// Every request whose path starts with `path_prefix` gets 403 Authorization_RequestDenied.
    Deny {
        /// Path prefix, for example `/v1.0/identity/conditionalAccess`.
        path_prefix: String,
    },
    /// Every request whose path starts with `path_prefix` gets this status and body, sent as
    /// is under `Content-Type: application/json`: for truncated, huge, non-UTF-8 or wrongly
    /// typed responses.
    RawBody {
        /// Path prefix, for example `/v1.0/users`.
        path_prefix: String,
        /// HTTP status, for example 200; an invalid code becomes 500.
        status: u16,
        /// The body.
        body: axum::body::Bytes,
    },
    /// The first `count` requests whose path starts with `path_prefix` and whose query
    /// contains `query_contains` get this status and JSON body; `{base}` in the body becomes
    /// the simulator's base URL. For one-off pages: an empty page, an expired next link.
    Respond {
        /// Path prefix, for example `/v1.0/users`.
        path_prefix: String,
        /// Text the query string must contain, for example `$skiptoken`; empty matches all.
        query_contains: String,
        /// Number of matching requests that get the response.
        count: u32,
        /// HTTP status, for example 200; an invalid code becomes 500.
        status: u16,
        /// The body, with `{base}` placeholders.
        body: String,
    },
    /// The first `count` requests matching get this 5xx status.
    ServerError {
        /// Path prefix, for example `/v1.0/groups`.
        path_prefix: String,
        /// Number of matching requests that fail.
        count: u32,
        /// HTTP status sent, for example 503.
        status: u16,
    },
}

/// Errors of starting or running the simulator.
#[derive(Debug, thiserror::Error)]
pub enum SimError {
    /// The listen address is not a loopback address.
    #[error(
        "rejected listen address {addr}: the simulator serves public demo credentials and binds \
         only to loopback; use 127.0.0.1:PORT or [::1]:PORT"
    )]
    NotLoopback {
        /// The rejected address.
        addr: SocketAddr,
    },
    /// Binding the listen socket failed.
    #[error("failed to listen on {addr}: {source}; pick a free port or use port 0")]
    Bind {
        /// The address that could not be bound.
        addr: SocketAddr,
        /// The socket error.
        source: std::io::Error,
    },
    /// The server stopped with an I/O error.
    #[error("simulator on {addr} stopped with an error: {source}")]
    Serve {
        /// The address the server listened on.
        addr: SocketAddr,
        /// The I/O error.
        source: std::io::Error,
    },
    /// Waiting for Ctrl-C failed.
    #[error("failed to wait for Ctrl-C: {source}")]
    Signal {
        /// The signal handler error.
        source: std::io::Error,
    },
}

/// A simulator serving in a background task until [`RunningSim::shutdown`].
pub struct RunningSim {
    addr: SocketAddr,
    state: Arc<state::SimState>,
    stop: oneshot::Sender<()>,
    task: JoinHandle<Result<(), std::io::Error>>,
}

impl RunningSim {
    /// Returns the bound socket address, with the real port when port 0 was requested.
    #[must_use]
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Returns the base URL for login, Graph and Exchange, such as `http://127.0.0.1:PORT`.
    #[must_use]
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Returns every request served so far, oldest first.
    #[must_use]
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.state.recorded()
    }

    /// Returns every access token issued so far, so tests can search outputs for them.
    #[must_use]
    pub fn issued_tokens(&self) -> Vec<String> {
        self.state.issued_tokens()
    }

    /// Returns every device code and refresh token issued so far, so tests can search outputs
    /// for them.
    #[must_use]
    pub fn issued_sign_in_secrets(&self) -> Vec<String> {
        self.state.auth.handed_out()
    }

    /// Stops accepting connections, lets open requests finish and waits for the server task.
    ///
    /// A server error is logged, not returned, so that tests can always shut down.
    pub async fn shutdown(self) {
        let addr = self.addr;
        // The receiver is gone only when the server task has already ended.
        let _ = self.stop.send(());
        match join(addr, self.task).await {
            Ok(()) => tracing::info!(%addr, "simulator stopped"),
            Err(error) => tracing::error!(%error, "simulator failed"),
        }
    }
}

/// Waits for the server task and turns its failure or panic into [`SimError::Serve`].
async fn join(
    addr: SocketAddr,
    task: JoinHandle<Result<(), std::io::Error>>,
) -> Result<(), SimError> {
    join_result(addr, task.await)
}

/// Starts the simulator on a loopback address; port 0 picks a free port.
///
/// # Errors
/// [`SimError::NotLoopback`] for any address outside 127.0.0.0/8 and ::1, and
/// [`SimError::Bind`] when the socket cannot be bound.
pub async fn start(addr: SocketAddr, config: SimConfig) -> Result<RunningSim, SimError> {
    if !addr.ip().is_loopback() {
        return Err(SimError::NotLoopback { addr });
    }
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|source| SimError::Bind { addr, source })?;
    let bound = listener
        .local_addr()
        .map_err(|source| SimError::Bind { addr, source })?;
    let state = Arc::new(state::SimState::new(bound, config));
    let app = router(Arc::clone(&state));
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    tracing::info!(addr = %bound, "simulator listening");
    Ok(RunningSim {
        addr: bound,
        state,
        stop,
        task,
    })
}

/// Runs the simulator on `addr` until Ctrl-C, for `cray simulate --listen ADDR`.
///
/// Prints nothing itself; the start and stop are logged through `tracing`.
///
/// # Errors
/// The errors of [`start`], and [`SimError::Signal`] when Ctrl-C cannot be awaited.
pub async fn serve_until_ctrl_c(addr: SocketAddr, config: SimConfig) -> Result<(), SimError> {
    let RunningSim {
        addr,
        stop,
        mut task,
        ..
    } = start(addr, config).await?;
    let waited = tokio::select! {
        waited = tokio::signal::ctrl_c() => waited,
        ended = &mut task => return join_result(addr, ended),
    };
    tracing::info!(%addr, "Ctrl-C received, stopping the simulator");
    let _ = stop.send(());
    let joined = join(addr, task).await;
    waited.map_err(|source| SimError::Signal { source })?;
    joined
}

/// Converts the outcome of an already finished server task.
fn join_result(
    addr: SocketAddr,
    ended: Result<Result<(), std::io::Error>, tokio::task::JoinError>,
) -> Result<(), SimError> {
    match ended {
        Ok(result) => result.map_err(|source| SimError::Serve { addr, source }),
        Err(join_error) => Err(SimError::Serve {
            addr,
            source: std::io::Error::other(join_error),
        }),
    }
}

/// Builds the whole application: login, Graph and Exchange routes, the expected counts, and
/// around them, innermost first: the generated tenant, the throttling model, latency and
/// faults, and the request log.
fn router(state: Arc<state::SimState>) -> Router {
    Router::new()
        .merge(auth::routes())
        .merge(graph::routes(Arc::clone(&state)))
        .merge(per_object::routes(Arc::clone(&state)))
        .merge(batch::routes())
        .merge(exchange::routes())
        .route("/_sim/counts", axum::routing::get(scale::serve::counts))
        .fallback(graph::unknown_route)
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&state),
            scale::serve::generated,
        ))
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&state),
            throttle::limit,
        ))
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&state),
            faults::inject,
        ))
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&state),
            faults::record,
        ))
        .with_state(state)
}
