//! One HTTP call to Graph or Exchange with the bearer token, retries and error classification:
//! 429 waits for `Retry-After` or backs off, 5xx and connection failures back off, a 401
//! renews the token once, and every other status ends the call with the service's error.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use reqwest::header::{HeaderMap, RETRY_AFTER};
use time::OffsetDateTime;
use tokio::sync::mpsc::Sender;
use tokio_util::sync::CancellationToken;

use super::retry::{RetryPolicy, parse_retry_after};
use super::throttle::{Lane, Throttle};
use super::token::{AccessToken, Audience, TokenProvider};
use super::{CollectError, CollectRequest};
use crate::model::{CollectEvent, Dataset};

/// Largest response body read, after decompression. Larger bodies fail the call, so a hostile
/// or broken endpoint cannot exhaust memory.
///
/// NOTE: an estimate: the largest real Graph page (999 objects) seen so far is a few MB, and
/// the limit leaves ample room above that.
pub const MAX_BODY_BYTES: usize = 32 * 1024 * 1024;

/// Longest service error text kept from a body that is not JSON.
const MAX_RAW_ERROR_CHARS: usize = 200;

/// Error code and message from a service's error body.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct ServiceError {
    /// Code such as `Authorization_RequestDenied`; empty when the body had none.
    pub(crate) code: String,
    /// The most specific message found in the body.
    pub(crate) message: String,
}

impl std::fmt::Display for ServiceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.code.is_empty(), self.message.is_empty()) {
            (false, false) => write!(f, "{}: {}", self.code, self.message),
            (false, true) => f.write_str(&self.code),
            (true, false) => f.write_str(&self.message),
            (true, true) => f.write_str("no error details"),
        }
    }
}

/// Cause of a call that returned no response.
#[derive(Debug)]
pub(crate) enum CallError {
    /// 403, or 401 with a freshly fetched token.
    Denied {
        /// HTTP status.
        status: StatusCode,
        /// The service's error.
        error: ServiceError,
    },
    /// Any other 4xx; not retried.
    Rejected {
        /// HTTP status.
        status: StatusCode,
        /// The service's error.
        error: ServiceError,
    },
    /// The service kept throttling until the attempts or the time budget ran out.
    Throttled,
    /// The call failed for another reason; the text names the failure and its cause.
    Failed(String),
    /// The cancellation token fired.
    Cancelled,
    /// An error that ends the whole run, such as a token for another tenant.
    Fatal(CollectError),
}

/// A failed attempt that may be retried.
enum Retryable {
    /// 429, with the parsed `Retry-After` and the `x-ms-throttle-scope` header.
    TooManyRequests(Option<Duration>),
    /// 5xx, with the parsed `Retry-After`.
    ServerError(StatusCode, Option<Duration>),
    /// Timeout, reset or a broken body.
    Transport(String),
    /// The connection could not be opened at all (refused, or the host name did not resolve).
    Unreachable(String),
}

/// Attempts to open a connection before an endpoint counts as unreachable for the run. A
/// refused connection rarely heals within seconds, unlike throttling or a reset.
const CONNECT_ATTEMPTS: u32 = 2;

/// Gateway timeouts in a row after which a page request requests half as many objects.
const GATEWAY_TIMEOUTS_BEFORE_SHRINK: u32 = 2;

/// One request, rebuilt for each attempt with the current token.
#[derive(Debug, Clone)]
pub(crate) struct Outgoing {
    /// GET or POST.
    pub(crate) method: reqwest::Method,
    /// Full URL.
    pub(crate) url: reqwest::Url,
    /// Extra headers, sent on every attempt (Graph does not carry them into next links).
    pub(crate) headers: Vec<(&'static str, String)>,
    /// JSON body of a POST.
    pub(crate) body: Option<String>,
    /// Service the token is for.
    pub(crate) audience: Audience,
    /// Throttle lane of the request.
    pub(crate) lane: Lane,
}

impl Outgoing {
    /// Returns a GET of a Graph URL in the lane its path belongs to.
    pub(crate) fn graph_get(url: reqwest::Url) -> Self {
        let lane = Lane::of_graph_path(url.path());
        Self {
            method: reqwest::Method::GET,
            url,
            headers: Vec::new(),
            body: None,
            audience: Audience::Graph,
            lane,
        }
    }

    /// Returns this request sent to another URL, such as a next link.
    pub(crate) fn to(&self, url: reqwest::Url) -> Self {
        Self {
            url,
            ..self.clone()
        }
    }

    fn build(&self, client: &reqwest::Client, token: &str) -> reqwest::RequestBuilder {
        let mut builder = client
            .request(self.method.clone(), self.url.clone())
            .bearer_auth(token);
        for (name, value) in &self.headers {
            builder = builder.header(*name, value);
        }
        if let Some(body) = &self.body {
            builder = builder
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body.clone());
        }
        builder
    }
}

/// Counters of one dataset, reported with its progress.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Counters {
    /// Time spent waiting because the service throttled, in milliseconds.
    pub(crate) throttled_ms: u64,
    /// Attempts sent again after a failure.
    pub(crate) retries: u32,
    /// Failed attempts: throttling, server errors, timeouts and resets.
    pub(crate) errors: u32,
}

/// The HTTP client, token cache, throttle lanes and run context shared by every call of one
/// collection run; the calls of several datasets run on it at the same time.
pub(crate) struct Session<'a> {
    pub(crate) client: reqwest::Client,
    pub(crate) request: &'a CollectRequest,
    pub(crate) policy: &'a RetryPolicy,
    pub(crate) tokens: TokenProvider,
    /// Services whose endpoint could not be reached earlier in this run; their later calls
    /// fail at once instead of waiting through the same retries again.
    pub(crate) unreachable: std::sync::Mutex<Vec<Audience>>,
    pub(crate) throttle: Throttle,
    pub(crate) counters: std::sync::Mutex<HashMap<Dataset, Counters>>,
    pub(crate) events: &'a Sender<CollectEvent>,
    pub(crate) cancel: &'a CancellationToken,
}

impl Session<'_> {
    /// Sends an event; waits while the channel is full, and ignores a dropped receiver.
    pub(crate) async fn emit(&self, event: CollectEvent) {
        tokio::select! {
            biased;
            result = self.events.send(event) => {
                if result.is_err() {
                    tracing::debug!("collection event dropped: the receiver is closed");
                }
            }
            () = self.cancel.cancelled() => {}
        }
    }

    /// Returns the counters of a dataset so far.
    pub(crate) fn counters(&self, dataset: Dataset) -> Counters {
        lock(&self.counters)
            .get(&dataset)
            .copied()
            .unwrap_or_default()
    }

    fn count(&self, dataset: Dataset, update: impl FnOnce(&mut Counters)) {
        update(lock(&self.counters).entry(dataset).or_default());
    }

    /// Records that a request of `lane` was throttled for `wait` (also for 429s inside a
    /// `$batch` answer), pauses the lane and reports it.
    pub(crate) async fn throttled(&self, dataset: Dataset, lane: Lane, wait: Duration) {
        self.throttle.pause(lane, wait);
        self.throttled_alone(dataset, wait).await;
    }

    /// Counts a 429 that holds only for the request that got it (a `$batch` sub-request
    /// without a throttle scope): the caller waits alone and the lane is not paused.
    pub(crate) async fn throttled_alone(&self, dataset: Dataset, wait: Duration) {
        let wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX);
        self.count(dataset, |c| {
            c.throttled_ms = c.throttled_ms.saturating_add(wait_ms);
            c.errors = c.errors.saturating_add(1);
            c.retries = c.retries.saturating_add(1);
        });
        self.emit(CollectEvent::Throttled { dataset, wait_ms })
            .await;
    }

    /// Counts a retry after an error that was not throttling.
    pub(crate) fn retried(&self, dataset: Dataset) {
        self.count(dataset, |c| {
            c.errors = c.errors.saturating_add(1);
            c.retries = c.retries.saturating_add(1);
        });
    }

    /// Sends one request with retries and returns its JSON body.
    ///
    /// A 429 pauses the request's whole lane for `Retry-After` (or a backoff when the header
    /// is missing or unreadable); 5xx, timeouts and resets are retried with backoff; after
    /// repeated 504s a `$top` in the URL is halved. The attempts and the time budget of the
    /// [`RetryPolicy`] bound all of it.
    ///
    /// # Errors
    /// Returns a [`CallError`] that gives the cause when no response was read.
    pub(crate) async fn call(
        &self,
        dataset: Dataset,
        outgoing: &Outgoing,
    ) -> Result<serde_json::Value, CallError> {
        let audience = outgoing.audience;
        let mut outgoing = std::borrow::Cow::Borrowed(outgoing);
        let started = Instant::now();
        let mut attempt = 0;
        let mut renewed = false;
        let mut gateway_timeouts = 0;
        loop {
            if self.cancel.is_cancelled() {
                return Err(CallError::Cancelled);
            }
            if lock(&self.unreachable).contains(&audience) {
                return Err(CallError::Failed(
                    "skipped: the endpoint could not be reached earlier in this run; check the \
                     tenant's endpoint URLs and the network"
                        .to_owned(),
                ));
            }
            let token = self.token(audience).await?;
            let Some(permit) = self.throttle.acquire(outgoing.lane, self.cancel).await else {
                return Err(CallError::Cancelled);
            };
            attempt += 1;
            let sent = outgoing.build(&self.client, token.expose()).send().await;
            drop(permit);
            let retry = match sent {
                Ok(response) if response.status() == StatusCode::UNAUTHORIZED && !renewed => {
                    tracing::info!(%dataset, "token rejected with 401; fetching a new one");
                    self.tokens.invalidate(audience);
                    renewed = true;
                    continue;
                }
                Ok(response) => {
                    let usage = limit_percentage(response.headers());
                    match classify(response).await {
                        Ok(body) => {
                            self.throttle.observe(outgoing.lane, usage);
                            return Ok(body);
                        }
                        Err(Ok(retry)) => retry,
                        Err(Err(error)) => return Err(error),
                    }
                }
                Err(error) => transport_error(&error)?,
            };
            let wait = match self.next_wait(&retry, audience, attempt, started) {
                Ok(wait) => wait,
                Err(error) => {
                    if matches!(retry, Retryable::Unreachable(_)) {
                        lock(&self.unreachable).push(audience);
                    }
                    return Err(error);
                }
            };
            if matches!(
                retry,
                Retryable::ServerError(StatusCode::GATEWAY_TIMEOUT, _)
            ) {
                gateway_timeouts += 1;
                if gateway_timeouts >= GATEWAY_TIMEOUTS_BEFORE_SHRINK {
                    gateway_timeouts = 0;
                    if let Some(url) = halve_top(&outgoing.url) {
                        tracing::info!(%dataset, "repeated gateway timeouts; asking for smaller pages");
                        outgoing = std::borrow::Cow::Owned(outgoing.to(url));
                    }
                }
            }
            tracing::warn!(%dataset, attempt, wait_ms = wait.as_millis(), "{}; retrying", describe(&retry));
            if is_throttling(&retry, audience) {
                self.throttled(dataset, outgoing.lane, wait).await;
                continue;
            }
            self.retried(dataset);
            self.sleep(wait).await?;
        }
    }

    async fn token(&self, audience: Audience) -> Result<AccessToken, CallError> {
        let token = self.tokens.get(audience).await;
        token.map_err(|error| match error {
            CollectError::TenantMismatch { .. }
            | CollectError::DeviceCodeDeclined
            | CollectError::DeviceCodeExpired
            | CollectError::DeviceCodeCancelled => CallError::Fatal(error),
            other => CallError::Failed(other.to_string()),
        })
    }

    /// Returns the wait before the next attempt, or the error when retries are used up.
    fn next_wait(
        &self,
        retry: &Retryable,
        audience: Audience,
        attempt: u32,
        started: Instant,
    ) -> Result<Duration, CallError> {
        let hint = match retry {
            Retryable::TooManyRequests(hint) | Retryable::ServerError(_, hint) => *hint,
            Retryable::Transport(_) | Retryable::Unreachable(_) => None,
        };
        let wait = hint.unwrap_or_else(|| self.policy.backoff(attempt));
        let max_attempts = match retry {
            Retryable::Unreachable(_) => CONNECT_ATTEMPTS.min(self.policy.max_attempts),
            _ => self.policy.max_attempts,
        };
        let out_of_attempts = attempt >= max_attempts;
        let out_of_time = started.elapsed() + wait > self.policy.budget;
        if !out_of_attempts && !out_of_time {
            return Ok(wait);
        }
        tracing::warn!(
            attempt,
            "{}; giving up after {attempt} attempts",
            describe(retry)
        );
        if is_throttling(retry, audience) {
            return Err(CallError::Throttled);
        }
        Err(CallError::Failed(format!(
            "{} after {attempt} attempts; try again later",
            describe(retry)
        )))
    }

    /// Waits, or fails with [`CallError::Cancelled`] when the run is cancelled first.
    pub(crate) async fn sleep(&self, wait: Duration) -> Result<(), CallError> {
        tokio::select! {
            biased;
            () = self.cancel.cancelled() => Err(CallError::Cancelled),
            () = tokio::time::sleep(wait) => Ok(()),
        }
    }
}

/// Returns `url` with its `$top` halved, or `None` when it has no `$top` above 1.
fn halve_top(url: &reqwest::Url) -> Option<reqwest::Url> {
    let top: u32 = url
        .query_pairs()
        .find(|(key, _)| key == "$top")
        .and_then(|(_, value)| value.parse().ok())?;
    if top <= 1 {
        return None;
    }
    let query = url.query().unwrap_or_default();
    let rewritten: Vec<String> = query
        .split('&')
        .map(|pair| {
            if pair.starts_with("$top=") || pair.starts_with("%24top=") {
                format!("$top={}", top / 2)
            } else {
                pair.to_owned()
            }
        })
        .collect();
    let mut shrunk = url.clone();
    shrunk.set_query(Some(&rewritten.join("&")));
    Some(shrunk)
}

/// Reads `x-ms-throttle-limit-percentage`, the share of the quota used (0 to 1).
fn limit_percentage(headers: &HeaderMap) -> Option<f64> {
    headers
        .get("x-ms-throttle-limit-percentage")?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
        .filter(|usage: &f64| usage.is_finite())
}

/// Locks a mutex; a panic elsewhere leaves plain counters behind, so poisoning is ignored.
pub(crate) fn lock<T>(mutex: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Returns true when the failure means the service is throttling: a 429 from any service,
/// and a 5xx from Exchange, which reports throttling of InvokeCommand as HTTP 500.
fn is_throttling(retry: &Retryable, audience: Audience) -> bool {
    match retry {
        Retryable::TooManyRequests(_) => true,
        Retryable::ServerError(..) => audience == Audience::Exchange,
        Retryable::Transport(_) | Retryable::Unreachable(_) => false,
    }
}

fn describe(retry: &Retryable) -> String {
    match retry {
        Retryable::TooManyRequests(_) => "the service throttled the request (HTTP 429)".to_owned(),
        Retryable::ServerError(status, _) => format!("the service failed with HTTP {status}"),
        Retryable::Transport(message) | Retryable::Unreachable(message) => message.clone(),
    }
}

/// Turns a reqwest error into a retryable failure, or a final one.
fn transport_error(error: &reqwest::Error) -> Result<Retryable, CallError> {
    if error.is_connect() && !error.is_timeout() {
        Ok(Retryable::Unreachable(format!(
            "the endpoint could not be reached: {error}"
        )))
    } else if error.is_connect() || error.is_timeout() || error.is_request() || error.is_body() {
        Ok(Retryable::Transport(format!("the request failed: {error}")))
    } else {
        Err(CallError::Failed(format!("the request failed: {error}")))
    }
}

/// Reads a response: the JSON body on success, else a retryable or final failure.
async fn classify(
    response: reqwest::Response,
) -> Result<serde_json::Value, Result<Retryable, CallError>> {
    let status = response.status();
    let retry_after = retry_after(response.headers());
    if status == StatusCode::TOO_MANY_REQUESTS {
        return Err(Ok(Retryable::TooManyRequests(retry_after)));
    }
    if status.is_server_error() {
        return Err(Ok(Retryable::ServerError(status, retry_after)));
    }
    let url = response.url().clone();
    let body = read_body(response, &url).await?;
    if status.is_success() {
        return serde_json::from_slice(&body).map_err(|error| {
            Err(CallError::Failed(format!(
                "the response from {} is not valid JSON: {error}",
                url.path()
            )))
        });
    }
    let error = service_error(&body);
    if status == StatusCode::FORBIDDEN || status == StatusCode::UNAUTHORIZED {
        Err(Err(CallError::Denied { status, error }))
    } else {
        Err(Err(CallError::Rejected { status, error }))
    }
}

/// Reads the body chunk by chunk and fails once it grows past [`MAX_BODY_BYTES`].
async fn read_body(
    mut response: reqwest::Response,
    url: &reqwest::Url,
) -> Result<Vec<u8>, Result<Retryable, CallError>> {
    let too_large = || {
        Err(CallError::Failed(format!(
            "the response from {} is larger than {} MiB; it was not read",
            url.path(),
            MAX_BODY_BYTES / (1024 * 1024)
        )))
    };
    if response
        .content_length()
        .is_some_and(|length| length > MAX_BODY_BYTES as u64)
    {
        return Err(too_large());
    }
    let mut body = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) if body.len() + chunk.len() > MAX_BODY_BYTES => {
                return Err(too_large());
            }
            Ok(Some(chunk)) => body.extend_from_slice(&chunk),
            Ok(None) => return Ok(body),
            Err(error) => {
                return Err(Ok(Retryable::Transport(format!(
                    "reading the body failed: {error}"
                ))));
            }
        }
    }
}

pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?;
    parse_retry_after(value, OffsetDateTime::now_utc())
}

/// Extracts code and message from a Graph or Exchange error body.
///
/// Exchange sets `error.message` to "Invalid Operation" for cmdlet errors, so its inner
/// exception message and then its first detail are preferred. A body that is not JSON (Exchange has sent a
/// 403 with a run of NUL bytes) gives its printable start as the message.
pub(crate) fn service_error(body: &[u8]) -> ServiceError {
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(body) else {
        let text = String::from_utf8_lossy(body);
        let message: String = text
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_RAW_ERROR_CHARS)
            .collect();
        return ServiceError {
            code: String::new(),
            message: message.trim().to_owned(),
        };
    };
    let error = &json["error"];
    let message = [
        &error["innererror"]["internalexception"]["message"],
        &error["details"][0]["message"],
        &error["message"],
    ]
    .into_iter()
    .find_map(|value| value.as_str().filter(|text| !text.is_empty()))
    .unwrap_or_default();
    ServiceError {
        code: error["code"].as_str().unwrap_or_default().to_owned(),
        message: message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_error_body_gives_code_and_message() {
        let body = br#"{"error":{"code":"Authorization_RequestDenied",
            "message":"Insufficient privileges to complete the operation."}}"#;
        let error = service_error(body);
        assert_eq!(error.code, "Authorization_RequestDenied");
        assert_eq!(
            error.message,
            "Insufficient privileges to complete the operation."
        );
    }

    #[test]
    fn exchange_error_prefers_inner_exception() {
        let body = br#"{"error":{"code":"BadRequest","message":"Invalid Operation",
            "details":[{"message":"|X|detail"}],
            "innererror":{"internalexception":{"message":"Parameter set cannot be resolved"}}}}"#;
        let error = service_error(body);
        assert_eq!(error.message, "Parameter set cannot be resolved");
    }

    #[test]
    fn nul_body_gives_empty_error() {
        let error = service_error(&[0u8; 16]);
        assert_eq!(error.to_string(), "no error details");
    }
}
