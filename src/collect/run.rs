//! One collection run: sign-in and tenant check, then the datasets, several at a time, each
//! read page by page into the store and reported on the event channel.

use std::collections::HashMap;

use futures::StreamExt;
use futures::stream::FuturesUnordered;
use reqwest::Url;
use time::OffsetDateTime;
use tokio::sync::watch;

use super::auth::preflight::{Grants, Preflight, assess};
use super::http::{CallError, Session};
use super::retry::RetryPolicy;
use super::spec::{Call, DatasetSpec, dataset_request};
use super::token::{Audience, TokenProvider};
use super::{CollectError, CollectRequest, CollectSummary, Sink, batch, exchange, graph};
use crate::model::{
    AssessmentId, CollectEvent, Dataset, DatasetRecord, DatasetState, NotCollected, Source,
};
use crate::store::{Checkpoint, Store};

/// Graph error code for a read that needs an Entra ID P1 or P2 licence.
const NON_PREMIUM_CODE: &str = "Authentication_RequestFromNonPremiumTenantOrB2CTenant";

/// Builds the HTTP client: no redirects, so the bearer token goes only where the collector
/// sends it, and no proxy when every endpoint is on the loopback interface.
///
/// # Errors
/// Returns [`CollectError::HttpClient`] when the TLS backend cannot be initialised.
pub(crate) fn http_client(
    request: &CollectRequest,
    policy: &RetryPolicy,
) -> Result<reqwest::Client, CollectError> {
    let mut builder = reqwest::Client::builder()
        .user_agent(concat!("cray/", env!("CARGO_PKG_VERSION")))
        .timeout(policy.request_timeout)
        .connect_timeout(policy.connect_timeout)
        .redirect(reqwest::redirect::Policy::none());
    let endpoints = &request.endpoints;
    if [&endpoints.login, &endpoints.graph, &endpoints.exchange]
        .into_iter()
        .all(|url| is_loopback(url))
    {
        builder = builder.no_proxy();
    }
    builder.build().map_err(CollectError::HttpClient)
}

fn is_loopback(url: &str) -> bool {
    let Ok(url) = Url::parse(url) else {
        return false;
    };
    let host = url.host_str().unwrap_or_default();
    let address = host.trim_start_matches('[').trim_end_matches(']');
    host == "localhost"
        || address
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Signs in, then reads and stores every requested dataset, several at a time.
///
/// Each dataset resumes from what `assessment` already holds: a complete dataset is kept, a
/// cancelled or interrupted one continues after its last stored page, and one that failed
/// before is read again. A per-object dataset waits for its parent list.
///
/// # Errors
/// See [`super::collect_with`].
pub(crate) async fn run(
    session: &Session<'_>,
    store: &dyn Store,
    assessment: AssessmentId,
) -> Result<CollectSummary, CollectError> {
    let datasets = session.request.datasets.clone();
    let report = sign_in(session, &datasets).await?;
    session
        .emit(CollectEvent::Started {
            datasets: datasets.clone(),
        })
        .await;
    if let Some(report) = report {
        emit_missing(session, &report).await;
    }
    let signals: HashMap<Dataset, watch::Sender<Option<bool>>> = datasets
        .iter()
        .map(|dataset| (*dataset, watch::channel(None).0))
        .collect();
    let runner = Runner {
        session,
        store,
        assessment,
        signals: &signals,
    };
    // A plain FuturesUnordered with a manual limit per pool, because a stream of closures
    // returning borrowing futures makes the whole run future lose its `Send` bound. Per-object
    // fan-outs have a pool of their own: one runs for most of a large tenant's collection,
    // and in the shared pool the fan-outs alone held every slot while the lists and Exchange
    // waited behind them.
    let limit = session.policy.datasets_in_flight.max(1);
    let mut queues: [Vec<Dataset>; 2] = Default::default();
    for dataset in datasets.iter().rev() {
        queues[pool(*dataset)].push(*dataset);
    }
    let mut in_pool = [0_usize; 2];
    let runner = &runner;
    let mut running = FuturesUnordered::new();
    let mut outcomes = Vec::new();
    loop {
        for (index, queue) in queues.iter_mut().enumerate() {
            while in_pool[index] < limit {
                let Some(dataset) = queue.pop() else { break };
                in_pool[index] += 1;
                running.push(async move { (index, runner.dataset(dataset).await) });
            }
        }
        match running.next().await {
            Some((index, outcome)) => {
                in_pool[index] -= 1;
                outcomes.push(outcome?);
            }
            None => break,
        }
    }
    let mut summary = CollectSummary::default();
    for dataset in &datasets {
        match outcomes.iter().find(|(d, _)| d == dataset) {
            Some((_, None)) => summary.complete.push(*dataset),
            Some((_, Some(cause))) => summary.not_collected.push((*dataset, cause.clone())),
            None => {}
        }
    }
    if session.cancel.is_cancelled() {
        return Err(CollectError::Cancelled { summary });
    }
    tracing::info!(
        complete = summary.complete.len(),
        not_collected = summary.not_collected.len(),
        "collection finished"
    );
    Ok(summary)
}

/// Returns the scheduling pool of a dataset: 1 for per-object reads, 0 for the rest.
fn pool(dataset: Dataset) -> usize {
    match dataset_request(dataset).call {
        Call::PerObject { .. } => 1,
        Call::Graph { .. } | Call::Exchange { .. } => 0,
    }
}

/// Fetches the token of the first service needed, which also checks the tenant, so that a
/// wrong credential or tenant stops the run before anything is stored; then reports the
/// permission preflight: to the request's handler when it has one, and as the result for the
/// run's watchers.
async fn sign_in(
    session: &Session<'_>,
    datasets: &[Dataset],
) -> Result<Option<Preflight>, CollectError> {
    let audience = match datasets.first().map(|d| d.source()) {
        Some(Source::Exchange) => Audience::Exchange,
        Some(Source::Graph) | None => Audience::Graph,
    };
    session.tokens.get(audience).await?;
    tracing::info!("signed in");
    if let Some(handler) = &session.request.on_preflight {
        let report = preflight(&session.tokens, session.request).await?;
        (handler.0)(&report);
        return Ok(Some(report));
    }
    // Without a handler the preflight only informs the watchers, such as the TUI's run view.
    // A failure here is logged, and the reads report their own failures per dataset.
    match preflight(&session.tokens, session.request).await {
        Ok(report) => Ok(Some(report)),
        Err(error) => {
            tracing::info!(%error, "permission preflight skipped");
            Ok(None)
        }
    }
}

/// Sends the datasets the preflight found without permission, when there are any.
async fn emit_missing(session: &Session<'_>, report: &Preflight) {
    let missing: Vec<(Dataset, String)> = report
        .missing()
        .into_iter()
        .map(|(dataset, permission)| (dataset, permission.to_owned()))
        .collect();
    if !missing.is_empty() {
        session
            .emit(CollectEvent::PermissionsMissing { missing })
            .await;
    }
}

/// Gets a token for each service the request's datasets need and judges every dataset by
/// the token's grants.
///
/// # Errors
/// Fails when Graph sign-in fails, or when any token is for another tenant or a device code
/// sign-in ends without a token.
pub(crate) async fn preflight(
    tokens: &TokenProvider,
    request: &CollectRequest,
) -> Result<Preflight, CollectError> {
    let needs = |source: Source| request.datasets.iter().any(|d| d.source() == source);
    let mut grants = [None, None];
    for (slot, source, audience) in [
        (0, Source::Graph, Audience::Graph),
        (1, Source::Exchange, Audience::Exchange),
    ] {
        if !needs(source) {
            continue;
        }
        match tokens.get(audience).await {
            Ok(token) => grants[slot] = Some(Grants::from_token(token.expose())?),
            Err(error @ CollectError::SignIn { .. }) if audience == Audience::Exchange => {
                tracing::warn!(%error, "Exchange sign-in failed; its permissions are unknown");
            }
            Err(error) => return Err(error),
        }
    }
    let [graph, exchange] = grants;
    Ok(assess(
        &request.datasets,
        graph.as_ref(),
        exchange.as_ref(),
        request.credential.is_delegated(),
    ))
}

/// What every dataset of one run shares.
struct Runner<'r, 's> {
    session: &'r Session<'s>,
    store: &'r dyn Store,
    assessment: AssessmentId,
    /// Per dataset of the run: `None` while it runs, then whether it is complete.
    signals: &'r HashMap<Dataset, watch::Sender<Option<bool>>>,
}

impl Runner<'_, '_> {
    /// Reads, stores and reports one dataset; returns why it is not collected, if it is not.
    async fn dataset(
        &self,
        dataset: Dataset,
    ) -> Result<(Dataset, Option<NotCollected>), CollectError> {
        let outcome = self.resume_or_read(dataset).await;
        let complete = matches!(outcome, Ok(None));
        if let Some(signal) = self.signals.get(&dataset) {
            signal.send_replace(Some(complete));
        }
        outcome.map(|cause| (dataset, cause))
    }

    async fn resume_or_read(&self, dataset: Dataset) -> Result<Option<NotCollected>, CollectError> {
        let sink = Sink {
            store: self.store,
            assessment: self.assessment,
            dataset,
        };
        if let Some(record) = self.store.dataset_record(self.assessment, dataset)? {
            match &record.state {
                DatasetState::Complete => {
                    let objects = self
                        .store
                        .checkpoint(self.assessment, dataset)?
                        .map_or(record.objects.len() as u64, |c| c.objects);
                    self.session
                        .emit(CollectEvent::DatasetFinished { dataset, objects })
                        .await;
                    return Ok(None);
                }
                // A cancelled dataset continues after its last stored page.
                DatasetState::NotCollected(NotCollected::Cancelled) => {}
                // Any other failure is read again from the start.
                DatasetState::NotCollected(_) => {
                    self.store.reset_pages(self.assessment, dataset)?
                }
            }
        }
        let result = if self.session.cancel.is_cancelled() {
            Err(NotCollected::Cancelled)
        } else {
            self.read(&sink).await?
        };
        self.store_outcome(&sink, result).await
    }

    /// Reads one dataset; `Ok(Err(_))` is a dataset that was not collected, `Err(_)` ends the
    /// run.
    async fn read(
        &self,
        sink: &Sink<'_>,
    ) -> Result<Result<Checkpoint, NotCollected>, CollectError> {
        let session = self.session;
        let dataset = sink.dataset;
        session.emit(CollectEvent::DatasetStarted { dataset }).await;
        let spec = dataset_request(dataset);
        let result = match spec.call {
            Call::Graph { path_and_query } => {
                graph::read(session, sink, path_and_query, spec.shape).await
            }
            Call::Exchange {
                cmdlet,
                takes_result_size,
            } => exchange::read(session, sink, cmdlet, takes_result_size).await,
            Call::PerObject {
                parent,
                path_and_query,
            } => {
                // NOTE: the fan-out starts once the whole parent list is stored; it does not yet
                // begin while the parent's pages still stream in.
                if let Some(cause) = self.wait_for_parent(parent).await? {
                    return Ok(Err(cause));
                }
                batch::read_per_object(session, sink, parent, path_and_query).await
            }
        };
        match result {
            Ok(checkpoint) => Ok(Ok(checkpoint)),
            Err(error) => not_collected(&spec, error).map(Err),
        }
    }

    /// Waits until the parent list of a per-object dataset is stored; returns why the
    /// dataset cannot be read when the parent is not complete.
    async fn wait_for_parent(&self, parent: Dataset) -> Result<Option<NotCollected>, CollectError> {
        let complete = match self.signals.get(&parent) {
            Some(signal) => {
                let mut receiver = signal.subscribe();
                tokio::select! {
                    biased;
                    () = self.session.cancel.cancelled() => return Ok(Some(NotCollected::Cancelled)),
                    seen = receiver.wait_for(Option::is_some) => {
                        seen.map(|value| *value == Some(true)).unwrap_or(false)
                    }
                }
            }
            None => self
                .store
                .dataset_record(self.assessment, parent)?
                .is_some_and(|record| record.is_complete()),
        };
        Ok((!complete).then(|| NotCollected::Failed {
            message: format!(
                "it is read for every object of {parent}, which was not collected; collect \
                 {parent} too"
            ),
        }))
    }

    /// Stores the dataset's record and reports the outcome. The objects are already in the
    /// store, page by page; a dataset that failed keeps none of them, a cancelled one keeps
    /// them for the resumed run.
    async fn store_outcome(
        &self,
        sink: &Sink<'_>,
        result: Result<Checkpoint, NotCollected>,
    ) -> Result<Option<NotCollected>, CollectError> {
        let dataset = sink.dataset;
        let (state, checkpoint) = match result {
            Ok(checkpoint) => (DatasetState::Complete, checkpoint),
            Err(NotCollected::Cancelled) => {
                let checkpoint = self.store.checkpoint(self.assessment, dataset)?;
                let state = DatasetState::NotCollected(NotCollected::Cancelled);
                (state, checkpoint.unwrap_or_default())
            }
            Err(cause) => {
                self.store.reset_pages(self.assessment, dataset)?;
                (DatasetState::NotCollected(cause), Checkpoint::default())
            }
        };
        let record = DatasetRecord {
            dataset,
            state,
            objects: Vec::new(),
            pages: checkpoint.pages,
            collected_at: OffsetDateTime::now_utc(),
        };
        // NOTE: sled writes and flushes block the async worker briefly (milliseconds).
        self.store.put_dataset(self.assessment, &record)?;
        self.store.flush()?;
        let (event, cause) = match record.state {
            DatasetState::Complete => (
                CollectEvent::DatasetFinished {
                    dataset,
                    objects: checkpoint.objects,
                },
                None,
            ),
            DatasetState::NotCollected(cause) => (
                CollectEvent::DatasetNotCollected {
                    dataset,
                    cause: cause.clone(),
                },
                Some(cause),
            ),
        };
        self.session.emit(event).await;
        Ok(cause)
    }
}

/// Maps a call error to the reason stored with the dataset, or to an error that ends the run.
fn not_collected(spec: &DatasetSpec, error: CallError) -> Result<NotCollected, CollectError> {
    let is_graph = matches!(spec.call, Call::Graph { .. } | Call::PerObject { .. });
    let cause = match error {
        CallError::Denied { error, .. } if error.code == NON_PREMIUM_CODE => {
            NotCollected::NotLicensed {
                licence: "Microsoft Entra ID P1 or P2".to_owned(),
            }
        }
        CallError::Denied { status, error }
            if is_graph && status == reqwest::StatusCode::UNAUTHORIZED =>
        {
            NotCollected::Failed {
                message: format!("Graph rejected a fresh access token with HTTP 401: {error}"),
            }
        }
        CallError::Denied { .. } => NotCollected::MissingPermission {
            permission: spec.permission.to_owned(),
        },
        CallError::Rejected { status, error } => NotCollected::Failed {
            message: format!("the service rejected the request with HTTP {status}: {error}"),
        },
        CallError::Throttled => NotCollected::Throttled,
        CallError::Failed(message) => NotCollected::Failed { message },
        CallError::Cancelled => NotCollected::Cancelled,
        CallError::Fatal(error) => return Err(error),
    };
    // The cause can quote the server's error message, which the tenant controls.
    let cause_text = crate::display::sanitize(&format!("{cause:?}")).into_owned();
    tracing::warn!(dataset = %spec.dataset, cause = %cause_text, "dataset not collected");
    Ok(cause)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collect::http::ServiceError;

    fn denied(code: &str) -> CallError {
        CallError::Denied {
            status: reqwest::StatusCode::FORBIDDEN,
            error: ServiceError {
                code: code.to_owned(),
                message: String::new(),
            },
        }
    }

    #[test]
    fn forbidden_names_table_permission() {
        let spec = dataset_request(Dataset::RoleAssignments);
        let cause = not_collected(&spec, denied("Authorization_RequestDenied")).unwrap();
        assert_eq!(
            cause,
            NotCollected::MissingPermission {
                permission: "RoleManagement.Read.Directory".to_owned()
            }
        );
    }

    #[test]
    fn non_premium_tenant_is_not_licensed() {
        let spec = dataset_request(Dataset::ConditionalAccessPolicies);
        let cause = not_collected(&spec, denied(NON_PREMIUM_CODE)).unwrap();
        assert!(
            matches!(cause, NotCollected::NotLicensed { .. }),
            "{cause:?}"
        );
    }

    #[test]
    fn exchange_unauthorized_is_missing_permission() {
        let spec = dataset_request(Dataset::ExoRemoteDomains);
        let error = CallError::Denied {
            status: reqwest::StatusCode::UNAUTHORIZED,
            error: ServiceError::default(),
        };
        let cause = not_collected(&spec, error).unwrap();
        assert_eq!(
            cause,
            NotCollected::MissingPermission {
                permission: "Exchange.ManageAsApp with the Global Reader role".to_owned()
            }
        );
    }

    #[test]
    fn loopback_endpoints_are_recognised() {
        assert!(is_loopback("http://127.0.0.1:8080"));
        assert!(is_loopback("http://[::1]:8080"));
        assert!(is_loopback("http://localhost:8080"));
        assert!(!is_loopback("https://graph.microsoft.com"));
    }
}
