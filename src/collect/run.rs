//! One collection run: sign-in and tenant check, then each dataset in turn, read, stored,
//! flushed and reported on the event channel.

use reqwest::Url;
use time::OffsetDateTime;

use super::auth::preflight::{Grants, Preflight, assess};
use super::http::{CallError, Session};
use super::paging::Collected;
use super::retry::RetryPolicy;
use super::spec::{Call, DatasetSpec, dataset_request};
use super::token::{Audience, TokenProvider};
use super::{CollectError, CollectRequest, CollectSummary, exchange, graph};
use crate::model::{
    AssessmentId, CollectEvent, Dataset, DatasetRecord, DatasetState, NotCollected, Source,
};
use crate::store::Store;

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

/// Signs in, then reads and stores every requested dataset.
///
/// # Errors
/// See [`super::collect_with`].
pub(crate) async fn run(
    session: &mut Session<'_>,
    store: &dyn Store,
    assessment: AssessmentId,
) -> Result<CollectSummary, CollectError> {
    let datasets = session.request.datasets.clone();
    sign_in(session, &datasets).await?;
    session
        .emit(CollectEvent::Started {
            datasets: datasets.clone(),
        })
        .await;

    let mut summary = CollectSummary::default();
    for dataset in datasets {
        let result = if session.cancel.is_cancelled() {
            Err(NotCollected::Cancelled)
        } else {
            read_dataset(session, dataset).await?
        };
        store_outcome(session, store, assessment, dataset, result, &mut summary).await?;
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

/// Fetches the token of the first service needed, which also checks the tenant, so that a
/// wrong credential or tenant stops the run before anything is stored; then reports the
/// permission preflight when the request asks for it.
async fn sign_in(session: &mut Session<'_>, datasets: &[Dataset]) -> Result<(), CollectError> {
    let audience = match datasets.first().map(|d| d.source()) {
        Some(Source::Exchange) => Audience::Exchange,
        Some(Source::Graph) | None => Audience::Graph,
    };
    session.tokens.get(audience).await?;
    tracing::info!("signed in");
    if let Some(handler) = &session.request.on_preflight {
        let report = preflight(&session.tokens, session.request).await?;
        (handler.0)(&report);
    }
    Ok(())
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

/// Reads one dataset; `Ok(Err(_))` is a dataset that was not collected, `Err(_)` ends the run.
async fn read_dataset(
    session: &mut Session<'_>,
    dataset: Dataset,
) -> Result<Result<Collected, NotCollected>, CollectError> {
    session.emit(CollectEvent::DatasetStarted { dataset }).await;
    let spec = dataset_request(dataset);
    let result = match spec.call {
        Call::Graph { path_and_query } => {
            graph::read(session, dataset, path_and_query, spec.shape).await
        }
        Call::Exchange {
            cmdlet,
            takes_result_size,
        } => exchange::read(session, dataset, cmdlet, takes_result_size).await,
        // TODO: per-object reads arrive with $batch; until then such a dataset is recorded as
        // not collected and its checks are not assessable.
        Call::PerObject { .. } => {
            return Ok(Err(NotCollected::Failed {
                message: format!("cray cannot read {dataset} yet"),
            }));
        }
    };
    match result {
        Ok(collected) => Ok(Ok(collected)),
        Err(error) => not_collected(&spec, error).map(Err),
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

/// Stores the dataset's record, flushes the store, reports the outcome and adds it to the
/// summary.
async fn store_outcome(
    session: &Session<'_>,
    store: &dyn Store,
    assessment: AssessmentId,
    dataset: Dataset,
    result: Result<Collected, NotCollected>,
    summary: &mut CollectSummary,
) -> Result<(), CollectError> {
    let (state, collected) = match result {
        Ok(collected) => (DatasetState::Complete, collected),
        Err(cause) => (DatasetState::NotCollected(cause), Collected::default()),
    };
    let record = DatasetRecord {
        dataset,
        state,
        objects: collected.objects,
        pages: collected.pages,
        collected_at: OffsetDateTime::now_utc(),
    };
    // NOTE: sled writes and flushes block the async worker briefly (milliseconds per dataset).
    store.put_dataset(assessment, &record)?;
    store.flush()?;

    let event = match record.state {
        DatasetState::Complete => {
            summary.complete.push(dataset);
            CollectEvent::DatasetFinished {
                dataset,
                objects: record.objects.len() as u64,
            }
        }
        DatasetState::NotCollected(cause) => {
            summary.not_collected.push((dataset, cause.clone()));
            CollectEvent::DatasetNotCollected { dataset, cause }
        }
    };
    session.emit(event).await;
    Ok(())
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
