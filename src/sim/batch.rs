//! Graph's JSON batching: `POST /v1.0/$batch` with up to 20 GET sub-requests, each sent
//! through the simulator's whole router, so that authentication, faults and throttling apply
//! to every sub-request on its own, as Graph checks each against its limits. The answer is
//! always HTTP 200 with one sub-response per sub-request, a throttled one as status 429.

use std::collections::HashSet;
use std::sync::Arc;

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{Map, Value, json};
use tower::ServiceExt;

use super::graph::graph_error;
use super::state::SimState;

/// Most sub-requests Graph accepts in one batch.
const MAX_REQUESTS: usize = 20;

/// Largest sub-response body read back from the router.
const MAX_SUB_BODY: usize = 16 * 1024 * 1024;

/// The `$batch` route.
pub fn routes() -> Router<Arc<SimState>> {
    Router::new().route("/v1.0/$batch", post(batch))
}

async fn batch(State(state): State<Arc<SimState>>, headers: HeaderMap, body: String) -> Response {
    let requests = match parse(&body) {
        Ok(requests) => requests,
        Err(message) => {
            tracing::info!(%message, "batch request rejected");
            return graph_error(StatusCode::BAD_REQUEST, "BadRequest", &message);
        }
    };
    let authorization = headers.get(AUTHORIZATION).cloned();
    let router = super::router(Arc::clone(&state));
    let answers = requests.into_iter().map(|(id, url)| {
        let router = router.clone();
        let authorization = authorization.clone();
        async move {
            let mut request = Request::get(format!("/v1.0{url}"));
            if let Some(value) = authorization {
                request = request.header(AUTHORIZATION, value);
            }
            let Ok(mut request) = request.body(Body::empty()) else {
                return sub_response(&id, StatusCode::BAD_REQUEST, &HeaderMap::new(), Value::Null);
            };
            request
                .extensions_mut()
                .insert(super::chaos::BatchSubRequest);
            match router.oneshot(request).await {
                Ok(response) => answer(&id, response).await,
                Err(never) => match never {},
            }
        }
    });
    let responses = futures::future::join_all(answers).await;
    Json(json!({ "responses": responses })).into_response()
}

/// Checks the batch body and returns each sub-request's id and relative URL.
fn parse(body: &str) -> Result<Vec<(String, String)>, String> {
    let json: Value =
        serde_json::from_str(body).map_err(|e| format!("The batch body is not valid JSON: {e}"))?;
    let requests = json
        .get("requests")
        .and_then(Value::as_array)
        .ok_or("The batch body has no requests array.")?;
    if requests.is_empty() || requests.len() > MAX_REQUESTS {
        return Err(format!(
            "A batch holds 1 to {MAX_REQUESTS} requests; this one holds {}.",
            requests.len()
        ));
    }
    let mut ids = HashSet::new();
    let mut parsed = Vec::new();
    for request in requests {
        let id = match request.get("id") {
            Some(Value::String(id)) if !id.is_empty() => id.clone(),
            _ => return Err("Every batch request needs a non-empty string id.".to_owned()),
        };
        if !ids.insert(id.clone()) {
            return Err(format!("The batch request id '{id}' is used twice."));
        }
        let method = request.get("method").and_then(Value::as_str).unwrap_or("");
        if !method.eq_ignore_ascii_case("GET") {
            return Err(format!(
                "The simulator batches only GET requests; request '{id}' uses '{method}'."
            ));
        }
        let url = request.get("url").and_then(Value::as_str).unwrap_or("");
        let relative = if url.starts_with('/') {
            url.to_owned()
        } else {
            format!("/{url}")
        };
        if url.contains("://") || relative.starts_with("//") || relative.starts_with("/$batch") {
            return Err(format!(
                "Request '{id}' needs a URL relative to the version, such as /users; got '{url}'."
            ));
        }
        parsed.push((id, relative));
    }
    Ok(parsed)
}

/// Turns a sub-request's response into its entry of the batch answer.
async fn answer(id: &str, response: Response) -> Value {
    let status = response.status();
    let headers = response.headers().clone();
    let body = match to_bytes(response.into_body(), MAX_SUB_BODY).await {
        Ok(bytes) if bytes.is_empty() => Value::Null,
        Ok(bytes) => serde_json::from_slice(&bytes)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned())),
        Err(_) => Value::Null,
    };
    sub_response(id, status, &headers, body)
}

fn sub_response(id: &str, status: StatusCode, headers: &HeaderMap, body: Value) -> Value {
    let mut kept = Map::new();
    for (name, value) in headers {
        let forwarded = name == CONTENT_TYPE
            || name.as_str() == "retry-after"
            || name.as_str().starts_with("x-ms-");
        if forwarded && let Ok(text) = value.to_str() {
            kept.insert(name.as_str().to_owned(), Value::String(text.to_owned()));
        }
    }
    json!({"id": id, "status": status.as_u16(), "headers": kept, "body": body})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn more_than_twenty_requests_are_rejected() {
        let requests: Vec<Value> = (0..21)
            .map(|i| json!({"id": i.to_string(), "method": "GET", "url": "/users"}))
            .collect();
        let body = json!({ "requests": requests }).to_string();
        assert!(parse(&body).unwrap_err().contains("21"));
    }

    #[test]
    fn duplicate_ids_are_rejected() {
        let body = json!({"requests": [
            {"id": "1", "method": "GET", "url": "/users"},
            {"id": "1", "method": "GET", "url": "/groups"}
        ]})
        .to_string();
        assert!(parse(&body).unwrap_err().contains("twice"));
    }

    #[test]
    fn absolute_urls_are_rejected() {
        let body = json!({"requests": [
            {"id": "1", "method": "GET", "url": "http://127.0.0.1:1/v1.0/users"}
        ]})
        .to_string();
        assert!(parse(&body).is_err());
    }

    #[test]
    fn relative_urls_pass() {
        let body = json!({"requests": [
            {"id": "a", "method": "GET", "url": "groups/1/members"}
        ]})
        .to_string();
        assert_eq!(
            parse(&body).unwrap(),
            vec![("a".to_owned(), "/groups/1/members".to_owned())]
        );
    }
}
