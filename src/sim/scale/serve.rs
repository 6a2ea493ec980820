//! Serving of a generated tenant: a layer in front of the Graph routes serves every GET whose
//! path the generated tenant has, with the same paging, `$select` and bearer check as the demo
//! routes. Everything else passes on, so singletons and small datasets come from the demo
//! tenant. Also the expected-count endpoint `GET /_sim/counts`.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Query, Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value};

use super::Listing;
use crate::sim::graph::{CollectionPage, QueryPairs, USER_DEFAULT_PROPERTIES, check_graph_token};
use crate::sim::state::SimState;

/// Serves GETs below `/v1.0/` that the generated tenant has and passes on everything else.
pub async fn generated(
    State(state): State<Arc<SimState>>,
    request: Request,
    next: Next,
) -> Response {
    let Some(tenant) = state.generated.as_ref() else {
        return next.run(request).await;
    };
    let listing = (request.method() == Method::GET)
        .then(|| request.uri().path().strip_prefix("/v1.0/"))
        .flatten()
        .and_then(|path| tenant.listing(path));
    let Some(listing) = listing else {
        return next.run(request).await;
    };
    if let Some(response) = check_graph_token(&state, &request) {
        return response;
    }
    let pairs: QueryPairs = match Query::try_from_uri(request.uri()) {
        Ok(Query(pairs)) => pairs,
        Err(rejection) => {
            return crate::sim::graph::bad_request(&rejection.body_text()).into_response();
        }
    };
    let default_properties = match listing {
        Listing::Users
        | Listing::GroupMembers(_)
        | Listing::GroupOwners(_)
        | Listing::ApplicationOwners(_)
        | Listing::ServicePrincipalOwners(_) => Some(USER_DEFAULT_PROPERTIES),
        _ => None,
    };
    let name = tenant.token_name(listing);
    let page = CollectionPage {
        listing: &name,
        len: tenant.len(listing),
        default_properties,
    };
    page.respond(&state, &pairs, |index, sign_in| {
        tenant.item(listing, index, sign_in)
    })
    .unwrap_or_else(IntoResponse::into_response)
}

/// Handles `GET /_sim/counts`: the number of objects of every dataset, keyed by dataset key.
pub async fn counts(State(state): State<Arc<SimState>>) -> Json<Value> {
    let counts: Map<String, Value> = state
        .expected_counts()
        .into_iter()
        .map(|(key, count)| (key.to_owned(), Value::from(count)))
        .collect();
    Json(Value::Object(counts))
}
