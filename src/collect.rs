//! The Graph and Exchange collector: signs in (client secret, certificate or device code),
//! reads every requested
//! dataset read-only, and writes each one into the tenant's store as a
//! [`DatasetRecord`](crate::model::DatasetRecord), complete or with the reason it is not.
//!
//! It owns the HTTP side of collection: tokens, retries on throttling, paging and the
//! progress events. It never evaluates checks, and it never writes anything before the
//! token's tenant matches the configured tenant id. Secrets stay out of logs, errors and
//! `Debug` output.

pub mod auth;
mod batch;
mod checkpoint;
mod exchange;
mod graph;
mod http;
mod paging;
mod retry;
mod run;
mod spec;
mod throttle;
mod token;

use std::sync::Arc;

pub(crate) use checkpoint::Sink;

use tokio::sync::mpsc::Sender;
use tokio_util::sync::CancellationToken;
use zeroize::Zeroizing;

pub use auth::preflight::Preflight;
pub use auth::{ClientCertificate, Credential, DeviceCodeHandler, DeviceCodePrompt};
pub use retry::{RetryPolicy, parse_retry_after};
pub use spec::{
    Call, DIRECTORY_READ_ALL, DatasetSpec, EXCHANGE_MANAGE_AS_APP, POLICY_READ_ALL,
    POLICY_READ_AUTHENTICATION_METHOD, ROLE_MANAGEMENT_READ_DIRECTORY, Shape, dataset_request,
};
pub use token::{AccessToken, Audience, TokenProvider};

use crate::model::{AssessmentId, CollectEvent, Dataset, NotCollected};
use crate::store::{Store, StoreError};
use crate::tenant::{Cloud, Endpoints};

/// Decodes a response body as the collector does, discarding the outcome: the entry point of
/// the fuzz targets in `fuzz/`. A panic here is a bug, because the fuzz targets and the random
/// inputs of `tests/collect_hostile.rs` feed it arbitrary bytes.
#[doc(hidden)]
pub fn decode_for_fuzzing(body: &[u8]) {
    paging::decode_for_fuzzing(body);
}

/// Text printed in place of a secret.
pub(crate) const REDACTED: &str = "[redacted]";

/// A secret (client secret, password, refresh token, client assertion) whose `Debug` and
/// `Display` print `[redacted]` and whose memory is overwritten with zeros when it is dropped.
#[derive(Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(from = "String")]
pub struct Secret(Zeroizing<String>);

impl From<String> for Secret {
    fn from(secret: String) -> Self {
        Self::new(secret)
    }
}

impl Secret {
    /// Wraps a secret.
    #[must_use]
    pub fn new(secret: String) -> Self {
        Self(Zeroizing::new(secret))
    }

    /// Returns the secret itself, for the token request only.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }
}

// The wrapped `Zeroizing` overwrites the secret when a `Secret` is dropped.
impl zeroize::ZeroizeOnDrop for Secret {}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(REDACTED)
    }
}

impl std::fmt::Display for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(REDACTED)
    }
}

/// Everything one collection run needs to know about the tenant.
#[derive(Debug, Clone)]
pub struct CollectRequest {
    /// Entra tenant id (a GUID); tokens for any other tenant are rejected.
    pub tenant_id: String,
    /// Application (client) id of the app registration.
    pub client_id: String,
    /// How the collector signs in.
    pub credential: Credential,
    /// Base URLs of login, Graph and Exchange.
    pub endpoints: Endpoints,
    /// Cloud of the tenant; it decides the token scopes, even when the endpoints are
    /// overridden.
    pub cloud: Cloud,
    /// Datasets to read, in this order.
    pub datasets: Vec<Dataset>,
    /// Called once after sign-in with the permission preflight of `datasets`.
    pub on_preflight: Option<PreflightHandler>,
}

/// Receives the permission preflight of a run: the CLI prints it, the TUI shows it.
#[derive(Clone)]
pub struct PreflightHandler(pub Arc<dyn Fn(&Preflight) + Send + Sync>);

impl std::fmt::Debug for PreflightHandler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PreflightHandler")
    }
}

/// Outcome of a run that signed in: which datasets are complete and which are not, and why.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CollectSummary {
    /// Datasets read completely and stored.
    pub complete: Vec<Dataset>,
    /// Datasets stored as not collected, with the reason.
    pub not_collected: Vec<(Dataset, NotCollected)>,
}

/// Errors that end a collection run.
#[derive(Debug, thiserror::Error)]
pub enum CollectError {
    /// Entra rejected the client credentials.
    #[error(
        "sign-in to tenant {tenant_id} failed with {code}: {description}; check the tenant id, \
         the client id and the credential (secret or certificate) of the app registration"
    )]
    SignIn {
        /// Configured tenant id.
        tenant_id: String,
        /// Entra's error code, such as `invalid_client`, or the HTTP status.
        code: String,
        /// Entra's error description, such as `AADSTS7000215: Invalid client secret provided.`
        description: String,
    },
    /// The login endpoint could not be reached.
    #[error("the login endpoint {url} could not be reached: {source}; check the network")]
    LoginUnreachable {
        /// Token URL.
        url: String,
        /// HTTP client error.
        #[source]
        source: reqwest::Error,
    },
    /// The token response or the token itself could not be read.
    #[error("the access token could not be read: {message}; check the login endpoint")]
    InvalidToken {
        /// The fault in it.
        message: String,
    },
    /// The token was issued for another tenant than the configured one.
    #[error(
        "the access token is for tenant {found}, but tenant {expected} is configured; nothing \
         was stored. Check the tenant id and the login endpoint"
    )]
    TenantMismatch {
        /// Configured tenant id.
        expected: String,
        /// `tid` claim of the token.
        found: String,
    },
    /// The user declined the device code sign-in.
    #[error("the device code sign-in was declined; sign in again and approve it")]
    DeviceCodeDeclined,
    /// The device code expired before the user signed in.
    #[error(
        "the device code expired before anyone signed in with it; run the collection again and \
         enter the new code within its time"
    )]
    DeviceCodeExpired,
    /// The run was cancelled while it waited for the device code sign-in.
    #[error("the device code sign-in was cancelled")]
    DeviceCodeCancelled,
    /// The HTTP client could not be built.
    #[error("the HTTP client could not be created: {0}")]
    HttpClient(#[source] reqwest::Error),
    /// Writing to the tenant's store failed.
    #[error("storing the collected data failed: {0}")]
    Store(#[from] StoreError),
    /// The cancellation token fired; datasets not read are stored as cancelled.
    #[error(
        "collection was cancelled; {} datasets were read completely before that",
        summary.complete.len()
    )]
    Cancelled {
        /// Datasets handled before the cancellation.
        summary: CollectSummary,
    },
}

/// Collects `request.datasets` with the default [`RetryPolicy`]; see [`collect_with`].
///
/// # Errors
/// Fails when sign-in fails, the token is for another tenant, the store cannot be written, or
/// the run is cancelled. A dataset that cannot be read does not fail the run.
pub async fn collect(
    request: &CollectRequest,
    store: &dyn Store,
    assessment: AssessmentId,
    events: Sender<CollectEvent>,
    cancel: CancellationToken,
) -> Result<CollectSummary, CollectError> {
    collect_with(
        request,
        &RetryPolicy::default(),
        store,
        assessment,
        events,
        cancel,
    )
    .await
}

/// Signs in, reads every dataset of `request` in order, and stores each one under
/// `assessment`, flushing the store after each dataset.
///
/// Progress goes to `events`, a bounded channel; a dropped receiver does not stop the run.
/// A dataset the service denies, throttles past `policy` or fails is stored as not collected
/// and the run goes on. The run checks `cancel` between requests and during waits.
///
/// # Errors
/// Fails when sign-in fails, the token is for another tenant, the store cannot be written, or
/// the run is cancelled. Nothing is stored when sign-in or the tenant check fails.
pub async fn collect_with(
    request: &CollectRequest,
    policy: &RetryPolicy,
    store: &dyn Store,
    assessment: AssessmentId,
    events: Sender<CollectEvent>,
    cancel: CancellationToken,
) -> Result<CollectSummary, CollectError> {
    let client = run::http_client(request, policy)?;
    let session = http::Session {
        tokens: TokenProvider::new(client.clone(), request, cancel.clone()),
        client,
        request,
        policy,
        unreachable: std::sync::Mutex::new(Vec::new()),
        throttle: throttle::Throttle::new(policy.graph_in_flight),
        counters: std::sync::Mutex::new(std::collections::HashMap::new()),
        events: &events,
        cancel: &cancel,
    };
    let result = run::run(&session, store, assessment).await;
    let last = match &result {
        Ok(_) => CollectEvent::Finished,
        Err(error) => CollectEvent::Failed {
            message: error.to_string(),
        },
    };
    session.emit(last).await;
    result
}

/// Signs in for the services `request.datasets` need and returns their permission
/// preflight, without reading or storing anything: the check behind `cray tenant check`.
///
/// # Errors
/// Fails when sign-in to Graph fails or a token is for another tenant. A failed Exchange
/// sign-in leaves the Exchange datasets' verdicts unknown.
pub async fn preflight(
    request: &CollectRequest,
    policy: &RetryPolicy,
    cancel: CancellationToken,
) -> Result<Preflight, CollectError> {
    let client = run::http_client(request, policy)?;
    let tokens = TokenProvider::new(client, request, cancel);
    run::preflight(&tokens, request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    const CANARY: &str = "canary-7f3e-secret-value";

    fn request() -> CollectRequest {
        CollectRequest {
            tenant_id: "7d3a2f4e-9c1b-4e8a-b5d6-3f0c2a9e1b47".to_owned(),
            client_id: "11111111-2222-3333-4444-555555555555".to_owned(),
            credential: Secret::new(CANARY.to_owned()).into(),
            endpoints: Endpoints {
                login: "http://127.0.0.1:9".to_owned(),
                graph: "http://127.0.0.1:9".to_owned(),
                exchange: "http://127.0.0.1:9".to_owned(),
            },
            cloud: Cloud::Global,
            datasets: Dataset::COLLECTED.to_vec(),
            on_preflight: None,
        }
    }

    #[test]
    fn request_debug_hides_secret() {
        let text = format!("{:?}", request());
        assert!(!text.contains(CANARY), "{text}");
        assert!(text.contains("[redacted]"), "{text}");
    }

    #[test]
    fn secret_display_hides_secret() {
        let Credential::Secret(secret) = request().credential else {
            unreachable!("the test request uses a secret")
        };
        let text = secret.to_string();
        assert_eq!(text, "[redacted]");
    }

    #[test]
    fn secret_zeroizes_on_drop() {
        fn assert_zeroize_on_drop<T: zeroize::ZeroizeOnDrop>() {}
        assert_zeroize_on_drop::<Secret>();
        assert_zeroize_on_drop::<Zeroizing<String>>();
    }

    #[test]
    fn collect_future_is_send() {
        fn assert_send<T: Send>(_: &T) {}
        let dir = tempfile::tempdir().unwrap();
        let store =
            crate::store::SledStore::open(dir.path(), &crate::keys::DataKey::generate()).unwrap();
        let (sender, _receiver) = tokio::sync::mpsc::channel(8);
        let request = request();
        let future = collect(
            &request,
            &store,
            AssessmentId::new(),
            sender,
            CancellationToken::new(),
        );
        assert_send(&future);
    }
}
