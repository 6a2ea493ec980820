//! Random faults drawn from a seeded mix, for `cray simulate --faults 429=0.05,reset=0.01`.
//!
//! Request number `n` (counted from 0 over every Graph and Exchange request) draws a number
//! derived only from the seed and `n`, so a run with the same seed and the same request order
//! meets the same faults. Kinds:
//! - `429`: Graph's 429 with a Retry-After of a random form: integer seconds, fractional
//!   seconds, an HTTP date, missing, or garbage. Exchange's InvokeCommand shows throttling as
//!   HTTP 500 instead;
//! - `500`, `502`, `503`, `504`: that status in Graph's error shape, with or without
//!   Retry-After;
//! - `reset`: the connection is closed without a response;
//! - `truncate`: the real response, with its status and full `Content-Length`, whose body stops
//!   half-way and whose connection is then closed.

use std::fmt;
use std::str::FromStr;
use std::sync::atomic::Ordering;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::header::{CONTENT_LENGTH, RETRY_AFTER};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Json, extract::Request, middleware::Next};
use futures::StreamExt as _;
use serde_json::json;
use time::OffsetDateTime;
use time::macros::format_description;

use super::graph::graph_error;
use super::state::SimState;
use super::wire::splitmix64;

/// Pause between the half body of a truncated response and the closing of its connection.
const TRUNCATE_PAUSE: Duration = Duration::from_millis(50);

/// One kind of random fault.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RandomFault {
    /// 429 on Graph (Retry-After of a random form), 500 on Exchange.
    Throttle,
    /// This 5xx status.
    ServerError(u16),
    /// Connection closed without a response.
    Reset,
    /// Body cut half-way under a correct-looking status.
    Truncate,
}

impl fmt::Display for RandomFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Throttle => f.write_str("429"),
            Self::ServerError(status) => write!(f, "{status}"),
            Self::Reset => f.write_str("reset"),
            Self::Truncate => f.write_str("truncate"),
        }
    }
}

/// A seeded mix of random faults: each kind with the share of requests it hits.
#[derive(Clone, Debug, PartialEq)]
pub struct FaultMix {
    /// Kinds and their rates (0 to 1); the rates add up to at most 1.
    pub rates: Vec<(RandomFault, f64)>,
    /// Seed of the draws.
    pub seed: u64,
}

/// A `--faults` value that cannot be used.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum FaultMixError {
    /// An entry is not `KIND=RATE`.
    #[error("fault entry {0:?} is not KIND=RATE; write for example 429=0.05,reset=0.01")]
    Syntax(String),
    /// The kind is unknown.
    #[error(
        "unknown fault kind {0:?}; use 429, 500, 502, 503, 504, reset or truncate, for example \
         503=0.05"
    )]
    Kind(String),
    /// The rate is not a number from 0 to 1.
    #[error("fault rate {0:?} is not a number from 0 to 1; write a share such as 0.05 for 5%")]
    Rate(String),
    /// The rates add up to more than 1.
    #[error("fault rates add up to {0}, more than 1; lower them so every request has one outcome")]
    Total(f64),
}

impl FaultMix {
    /// Parses `KIND=RATE,...` with the given seed.
    ///
    /// # Errors
    /// [`FaultMixError`] naming the entry that is wrong and how to write it.
    pub fn parse(text: &str, seed: u64) -> Result<Self, FaultMixError> {
        let mut rates = Vec::new();
        for entry in text.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            let (kind, rate) = entry
                .split_once('=')
                .ok_or_else(|| FaultMixError::Syntax(entry.to_owned()))?;
            let kind = match kind.trim().to_ascii_lowercase().as_str() {
                "429" => RandomFault::Throttle,
                "500" => RandomFault::ServerError(500),
                "502" => RandomFault::ServerError(502),
                "503" => RandomFault::ServerError(503),
                "504" => RandomFault::ServerError(504),
                "reset" => RandomFault::Reset,
                "truncate" => RandomFault::Truncate,
                other => return Err(FaultMixError::Kind(other.to_owned())),
            };
            let rate: f64 = rate
                .trim()
                .parse()
                .ok()
                .filter(|rate: &f64| (0.0..=1.0).contains(rate))
                .ok_or_else(|| FaultMixError::Rate(rate.trim().to_owned()))?;
            rates.push((kind, rate));
        }
        if rates.is_empty() {
            return Err(FaultMixError::Syntax(text.to_owned()));
        }
        let total: f64 = rates.iter().map(|(_, rate)| rate).sum();
        if total > 1.0 + f64::EPSILON {
            return Err(FaultMixError::Total(total));
        }
        Ok(Self { rates, seed })
    }

    /// Returns the fault of request number `n`, if any, and a second draw for its form.
    #[must_use]
    pub fn draw(&self, n: u64) -> Option<(RandomFault, u64)> {
        let mut state = self.seed ^ n.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let first = splitmix64(&mut state);
        let form = splitmix64(&mut state);
        let unit = (first >> 11) as f64 / (1u64 << 53) as f64;
        let mut bound = 0.0;
        for (kind, rate) in &self.rates {
            bound += rate;
            if unit < bound {
                return Some((*kind, form));
            }
        }
        None
    }
}

impl FromStr for FaultMix {
    type Err = FaultMixError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text, super::scale::DEFAULT_SEED)
    }
}

/// Marks a request that the simulator's `$batch` route dispatches for one sub-request.
#[derive(Debug, Clone, Copy)]
pub struct BatchSubRequest;

/// Draws a fault for Graph and Exchange requests and applies it; passes the rest on.
pub async fn inject(state: &SimState, request: Request, next: Next) -> Response {
    let Some(mix) = state.config.random_faults.as_ref() else {
        return next.run(request).await;
    };
    let path = request.uri().path();
    let exchange = path.starts_with("/adminapi/");
    if !(exchange || path.starts_with("/v1.0/") || path.starts_with("/beta/")) {
        return next.run(request).await;
    }
    let n = state.fault_draws.fetch_add(1, Ordering::Relaxed);
    let Some((fault, form)) = mix.draw(n) else {
        return next.run(request).await;
    };
    // A sub-request of a `$batch` travels inside the outer request's connection. Graph can
    // return a status of its own for it, but a reset or a cut body hits the outer request.
    let inside_batch = request.extensions().get::<BatchSubRequest>().is_some();
    if inside_batch && matches!(fault, RandomFault::Reset | RandomFault::Truncate) {
        return next.run(request).await;
    }
    tracing::info!(path, %fault, "random fault");
    match fault {
        RandomFault::Throttle if exchange => exchange_throttled(),
        RandomFault::Throttle => throttled(form),
        RandomFault::ServerError(status) => server_error(status, form),
        RandomFault::Reset => reset(),
        RandomFault::Truncate => truncate(next.run(request).await).await,
    }
}

/// Builds Graph's 429 with a Retry-After of the form that `form` picks.
fn throttled(form: u64) -> Response {
    let mut response = graph_error(
        StatusCode::TOO_MANY_REQUESTS,
        "TooManyRequests",
        "Too many requests.",
    );
    let seconds = 1 + form % 3;
    let value = match (form >> 8) % 5 {
        0 => Some(seconds.to_string()),
        1 => Some(format!("{seconds}.{:03}", (form >> 16) % 1000)),
        2 => Some(http_date(seconds)),
        3 => None,
        _ => Some("soon".to_owned()),
    };
    if let Some(value) = value.and_then(|v| HeaderValue::from_str(&v).ok()) {
        response.headers_mut().insert(RETRY_AFTER, value);
    }
    response
}

/// Builds Exchange Online's response when it throttles InvokeCommand: HTTP 500.
///
/// NOTE: the status is observed behaviour; the body shape is a guess, since no recorded sample
/// of a throttled InvokeCommand exists.
fn exchange_throttled() -> Response {
    let body = json!({"error": {
        "code": "InternalServerError",
        "message": "The server is busy. Too many concurrent requests; try again later.",
    }});
    (StatusCode::INTERNAL_SERVER_ERROR, Json(body)).into_response()
}

/// Builds a 5xx in Graph's shape, with `Retry-After: 2` for half of the forms.
fn server_error(status: u16, form: u64) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    let mut response = graph_error(status, "serviceNotAvailable", "Service unavailable.");
    if form.is_multiple_of(2) {
        response
            .headers_mut()
            .insert(RETRY_AFTER, HeaderValue::from_static("2"));
    }
    response
}

/// Builds a response whose body fails before its first byte, so the server closes the
/// connection without sending a response.
fn reset() -> Response {
    let failure = std::io::Error::new(std::io::ErrorKind::ConnectionReset, "injected reset");
    let body = Body::from_stream(futures::stream::iter([Err::<Bytes, _>(failure)]));
    Response::new(body)
}

/// Keeps the status and headers of `response` but sends only the first half of its body, then
/// fails the body so the connection closes short of `Content-Length`.
async fn truncate(response: Response) -> Response {
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return reset();
    };
    let half = bytes.slice(..bytes.len() / 2);
    parts
        .headers
        .insert(CONTENT_LENGTH, HeaderValue::from(bytes.len()));
    // The pause lets the server flush the status, headers and half body before the failure
    // closes the connection; a failure right after the first chunk would discard them unsent.
    let failure = futures::stream::once(async {
        tokio::time::sleep(TRUNCATE_PAUSE).await;
        Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionAborted,
            "injected truncation",
        ))
    });
    let chunks = futures::stream::iter([Ok::<Bytes, std::io::Error>(half)]).chain(failure);
    Response::from_parts(parts, Body::from_stream(chunks))
}

/// Formats now plus `seconds` as an HTTP date, such as `Wed, 21 Oct 2015 07:28:00 GMT`.
fn http_date(seconds: u64) -> String {
    let format = format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    let when =
        OffsetDateTime::now_utc() + time::Duration::seconds(i64::try_from(seconds).unwrap_or(1));
    when.format(format).unwrap_or_else(|_| "soon".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_example() {
        let mix = FaultMix::parse("429=0.05,503=0.05,reset=0.01,truncate=0.01", 1).expect("valid");
        assert_eq!(mix.rates.len(), 4);
        assert_eq!(mix.rates[2], (RandomFault::Reset, 0.01));
    }

    #[test]
    fn bad_entries_are_named() {
        let error = FaultMix::parse("429=5%", 1).expect_err("rate is not a share");
        assert!(error.to_string().contains("\"5%\""), "{error}");
        let error = FaultMix::parse("418=0.1", 1).expect_err("418 is no fault kind");
        assert!(error.to_string().contains("\"418\""), "{error}");
        assert!(matches!(
            FaultMix::parse("reset", 1),
            Err(FaultMixError::Syntax(_))
        ));
        assert!(matches!(
            FaultMix::parse("429=0.7,503=0.7", 1),
            Err(FaultMixError::Total(_))
        ));
    }

    #[test]
    fn draws_match_rates() {
        let mix = FaultMix::parse("429=0.1,reset=0.02", 9).expect("valid");
        let draws: Vec<_> = (0..20_000).filter_map(|n| mix.draw(n)).collect();
        let throttles = draws
            .iter()
            .filter(|(f, _)| *f == RandomFault::Throttle)
            .count();
        let resets = draws
            .iter()
            .filter(|(f, _)| *f == RandomFault::Reset)
            .count();
        assert!((1_800..2_200).contains(&throttles), "{throttles}");
        assert!((300..500).contains(&resets), "{resets}");
    }
}
