//! Graph routes read once per parent object, such as `/v1.0/groups/{id}/members`: paged like
//! the lists, and Graph's 404 `Request_ResourceNotFound` for an id the tenant lacks.

use std::sync::Arc;

use axum::Router;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::Value;

use super::demo::DemoTenant;
use super::graph::{QueryPairs, bad_request, graph_error, page_response, require_graph_token};
use super::state::SimState;

/// Picks one parent-to-objects map out of the demo tenant.
type PickMap = fn(&DemoTenant) -> &Value;

/// Per-object routes: the parent collection, the relation, and the map that serves it.
const ROUTES: [(&str, &str, PickMap); 5] = [
    ("groups", "members", |t| &t.group_members),
    ("groups", "owners", |t| &t.group_owners),
    ("applications", "owners", |t| &t.application_owners),
    ("servicePrincipals", "owners", |t| {
        &t.service_principal_owners
    }),
    ("servicePrincipals", "appRoleAssignments", |t| {
        &t.service_principal_app_role_assignments
    }),
];

/// Returns how many objects the demo tenant relates to all parents at `path` (such as
/// `/v1.0/groups/{id}/members`, query left off), or `None` for a path that is no relation.
pub fn demo_count(tenant: &DemoTenant, path: &str) -> Option<u64> {
    let (_, pick) = ROUTES
        .iter()
        .map(|(parent, relation, pick)| (format!("/v1.0/{parent}/{{id}}/{relation}"), pick))
        .find(|(route, _)| route == path)?;
    let total = pick(tenant).as_object().map_or(0, |map| {
        map.values()
            .filter_map(Value::as_array)
            .map(Vec::len)
            .sum::<usize>()
    });
    Some(total as u64)
}

/// Routes of the per-object reads, all behind the bearer check.
pub fn routes(state: Arc<SimState>) -> Router<Arc<SimState>> {
    let mut router = Router::new();
    for (parent, relation, pick) in ROUTES {
        let handler =
            move |State(state): State<Arc<SimState>>,
                  Path(id): Path<String>,
                  query: Result<Query<QueryPairs>, QueryRejection>| async move {
                let Ok(Query(pairs)) = query else {
                    return bad_request("The query string is not valid.").into_response();
                };
                related(&state, parent, relation, pick, &id, &pairs)
            };
        router = router.route(&format!("/v1.0/{parent}/{{id}}/{relation}"), get(handler));
    }
    router.route_layer(from_fn_with_state(state, require_graph_token))
}

/// Builds one page of the objects related to parent `id`, or Graph's 404 for an unknown id.
fn related(
    state: &SimState,
    parent: &str,
    relation: &str,
    pick: PickMap,
    id: &str,
    pairs: &QueryPairs,
) -> Response {
    let Some(items) = pick(&state.tenant).get(id).and_then(Value::as_array) else {
        return graph_error(
            StatusCode::NOT_FOUND,
            "Request_ResourceNotFound",
            &format!(
                "Resource '{id}' does not exist or one of its queried reference-property objects are not present."
            ),
        );
    };
    let path = format!("{parent}/{id}/{relation}");
    page_response(state, &path, items, pairs, None).unwrap_or_else(IntoResponse::into_response)
}
