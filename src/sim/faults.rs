//! Middleware around every route: the request log, the configured latency and injected faults.
//!
//! Faults are checked before authentication, so a throttled or denied path fails the same way
//! with or without a valid token.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::header::{AUTHORIZATION, RETRY_AFTER};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

use super::Fault;
use super::graph::graph_error;
use super::state::{RecordedRequest, SimState};

/// Logs each request with the status it got; the outermost layer, so faults are logged too.
pub async fn record(State(state): State<Arc<SimState>>, request: Request, next: Next) -> Response {
    let method = request.method().to_string();
    let path_and_query = request
        .uri()
        .path_and_query()
        .map_or_else(|| request.uri().path().to_owned(), ToString::to_string);
    let has_bearer = request
        .headers()
        .get(AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("Bearer "));
    let response = next.run(request).await;
    let status = response.status().as_u16();
    tracing::debug!(%method, %path_and_query, status, "simulator request");
    state.record(RecordedRequest {
        method,
        path_and_query,
        has_bearer,
        status,
    });
    response
}

/// Waits the configured latency, then responds with the first active matching fault, if any.
pub async fn inject(State(state): State<Arc<SimState>>, request: Request, next: Next) -> Response {
    if !state.config.latency.is_zero() {
        tokio::time::sleep(state.config.latency).await;
    }
    let path = request.uri().path().to_owned();
    let query = request.uri().query().unwrap_or_default().to_owned();
    for (index, fault) in state.config.faults.iter().enumerate() {
        if let Some(response) = apply(&state, index, fault, &path, &query) {
            tracing::info!(%path, status = response.status().as_u16(), "injected fault");
            return response;
        }
    }
    super::chaos::inject(&state, request, next).await
}

/// Returns the fault's response when `path` matches it and its count is not used up.
fn apply(
    state: &SimState,
    index: usize,
    fault: &Fault,
    path: &str,
    query: &str,
) -> Option<Response> {
    match fault {
        Fault::Respond {
            path_prefix,
            query_contains,
            count,
            status,
            body,
        } if path.starts_with(path_prefix.as_str()) && query.contains(query_contains.as_str()) => {
            let body = body.replace("{base}", &state.base_url());
            (state.count_fault_hit(index) <= *count).then(|| raw_body(*status, body.into()))
        }
        Fault::Throttle {
            path_prefix,
            count,
            retry_after,
        } if path.starts_with(path_prefix.as_str()) => {
            (state.count_fault_hit(index) <= *count).then(|| throttled(retry_after.as_deref()))
        }
        Fault::Deny { path_prefix } if path.starts_with(path_prefix.as_str()) => Some(denied()),
        Fault::RawBody {
            path_prefix,
            status,
            body,
        } if path.starts_with(path_prefix.as_str()) => Some(raw_body(*status, body.clone())),
        Fault::ServerError {
            path_prefix,
            count,
            status,
        } if path.starts_with(path_prefix.as_str()) => {
            (state.count_fault_hit(index) <= *count).then(|| server_error(*status))
        }
        _ => None,
    }
}

/// Builds Graph's 429 response, with the Retry-After header exactly as configured.
fn throttled(retry_after: Option<&str>) -> Response {
    let mut response = graph_error(
        StatusCode::TOO_MANY_REQUESTS,
        "TooManyRequests",
        "Too many requests.",
    );
    if let Some(value) = retry_after.and_then(|value| HeaderValue::from_str(value).ok()) {
        response.headers_mut().insert(RETRY_AFTER, value);
    }
    response
}

/// Builds a response that carries `body` unchanged as JSON.
fn raw_body(status: u16, body: axum::body::Bytes) -> Response {
    let mut response = Response::new(axum::body::Body::from(body));
    *response.status_mut() =
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    response.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// Builds Graph's 403 answer for a missing permission.
pub fn denied() -> Response {
    graph_error(
        StatusCode::FORBIDDEN,
        "Authorization_RequestDenied",
        "Insufficient privileges to complete the operation.",
    )
}

/// Builds a 5xx answer in Graph's error shape; a status outside 500-599 becomes 500.
fn server_error(status: u16) -> Response {
    let status = StatusCode::from_u16(status)
        .ok()
        .filter(StatusCode::is_server_error)
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let (code, message) = match status {
        StatusCode::SERVICE_UNAVAILABLE => ("serviceNotAvailable", "Service unavailable."),
        StatusCode::GATEWAY_TIMEOUT => ("gatewayTimeout", "The gateway timed out."),
        StatusCode::BAD_GATEWAY => ("badGateway", "Bad gateway."),
        _ => ("generalException", "General exception while processing."),
    };
    graph_error(status, code, message)
}
