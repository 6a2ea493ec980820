//! Microsoft Graph v1.0 routes: collections with `$select`, `$top` and `$skiptoken` paging,
//! singleton policies, bearer checks and Graph's error bodies.

use std::sync::Arc;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, Request, State};
use axum::http::{StatusCode, Uri};
use axum::middleware::{Next, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get};
use axum::{Json, Router};
use serde_json::{Map, Value, json};

use super::auth::{self, Api};
use super::demo::DemoTenant;
use super::state::SimState;
use super::wire::{decode_skip_token, encode_skip_token, utc_timestamp};

/// Largest `$top` Graph accepts on directory collections.
const MAX_TOP: usize = 999;

/// Properties Graph returns for a user when the request has no `$select`.
const USER_DEFAULT_PROPERTIES: &[&str] = &[
    "businessPhones",
    "displayName",
    "givenName",
    "jobTitle",
    "mail",
    "mobilePhone",
    "officeLocation",
    "preferredLanguage",
    "surname",
    "userPrincipalName",
    "id",
];

/// Query parameters in request order, so that next links keep the client's order.
pub(super) type QueryPairs = Vec<(String, String)>;

/// Picks one dataset out of the demo tenant.
type Pick = fn(&DemoTenant) -> &Value;

/// One collection endpoint: its path below `/v1.0/`, its data and its default projection.
#[derive(Clone, Copy)]
struct Collection {
    path: &'static str,
    pick: Pick,
    default_properties: Option<&'static [&'static str]>,
}

/// Routes of the Graph host, all behind the bearer check.
pub fn routes(state: Arc<SimState>) -> Router<Arc<SimState>> {
    let collections = [
        collection("organization", |t| &t.organization),
        collection("domains", |t| &t.domains),
        collection("subscribedSkus", |t| &t.subscribed_skus),
        Collection {
            default_properties: Some(USER_DEFAULT_PROPERTIES),
            ..collection("users", |t| &t.users)
        },
        collection("groups", |t| &t.groups),
        collection("identity/conditionalAccess/policies", |t| {
            &t.conditional_access_policies
        }),
        collection("roleManagement/directory/roleDefinitions", |t| {
            &t.role_definitions
        }),
        collection("roleManagement/directory/roleAssignments", |t| {
            &t.role_assignments
        }),
        collection("roleManagement/directory/roleEligibilitySchedules", |t| {
            &t.role_eligibility_schedules
        }),
    ];
    let singletons: [(&'static str, Pick); 3] = [
        ("policies/authorizationPolicy", |t| &t.authorization_policy),
        ("policies/identitySecurityDefaultsEnforcementPolicy", |t| {
            &t.security_defaults
        }),
        ("policies/authenticationMethodsPolicy", |t| {
            &t.authentication_methods_policy
        }),
    ];
    let mut router = Router::new();
    for listing in collections {
        router = router.route(&format!("/v1.0/{}", listing.path), list_route(listing));
    }
    for (path, pick) in singletons {
        router = router.route(&format!("/v1.0/{path}"), entity_route(path, pick));
    }
    router.route_layer(from_fn_with_state(state, require_graph_token))
}

/// Returns a collection without a default projection.
fn collection(path: &'static str, pick: Pick) -> Collection {
    Collection {
        path,
        pick,
        default_properties: None,
    }
}

/// Handles unknown paths: Graph's 400 below `/v1.0/`, a plain 404 elsewhere.
pub async fn unknown_route(uri: Uri) -> Response {
    let path = uri.path();
    match path.strip_prefix("/v1.0/") {
        Some(rest) => {
            let segment = rest.split('/').next().unwrap_or_default();
            let message = format!("Resource not found for the segment '{segment}'.");
            graph_error(StatusCode::BAD_REQUEST, "BadRequest", &message)
        }
        None => (
            StatusCode::NOT_FOUND,
            format!("no simulator route for {path}"),
        )
            .into_response(),
    }
}

/// Builds an error body in Graph's shape, with `innerError` ids and date.
pub fn graph_error(status: StatusCode, code: &str, message: &str) -> Response {
    let request_id = uuid::Uuid::new_v4().to_string();
    let body = json!({
        "error": {
            "code": code,
            "message": message,
            "innerError": {
                "date": utc_timestamp().trim_end_matches('Z'),
                "request-id": request_id,
                "client-request-id": request_id,
            }
        }
    });
    (status, Json(body)).into_response()
}

/// Rejects Graph requests without a Graph token issued by this simulator.
pub(super) async fn require_graph_token(
    State(state): State<Arc<SimState>>,
    request: Request,
    next: Next,
) -> Response {
    match auth::verify_bearer(&state, request.headers(), Api::Graph) {
        Ok(_) => next.run(request).await,
        Err(rejection) => {
            tracing::info!(path = request.uri().path(), %rejection, "rejected Graph token");
            let message = rejection.to_string();
            graph_error(
                StatusCode::UNAUTHORIZED,
                "InvalidAuthenticationToken",
                &message,
            )
        }
    }
}

/// Builds the GET route of a paged collection.
fn list_route(listing: Collection) -> MethodRouter<Arc<SimState>> {
    get(
        move |State(state): State<Arc<SimState>>,
              query: Result<Query<QueryPairs>, QueryRejection>| async move {
            match query {
                Ok(Query(pairs)) => {
                    list(&state, listing, &pairs).unwrap_or_else(IntoResponse::into_response)
                }
                Err(rejection) => bad_request(&rejection.body_text()).into_response(),
            }
        },
    )
}

/// Builds the GET route of a singleton entity.
fn entity_route(path: &'static str, pick: Pick) -> MethodRouter<Arc<SimState>> {
    get(
        move |State(state): State<Arc<SimState>>,
              query: Result<Query<QueryPairs>, QueryRejection>| async move {
            let Ok(Query(pairs)) = query else {
                return bad_request("The query string is not valid.").into_response();
            };
            let select = parse_select(&pairs);
            let mut body = Map::new();
            let context = format!("{}/v1.0/$metadata#{path}/$entity", state.base_url());
            body.insert("@odata.context".into(), Value::String(context));
            if let Value::Object(fields) = project(pick(&state.tenant), select.as_deref(), None) {
                body.extend(fields);
            }
            Json(Value::Object(body)).into_response()
        },
    )
}

/// Builds the response with one page of a collection.
fn list(state: &SimState, listing: Collection, pairs: &QueryPairs) -> Result<Response, GraphError> {
    let items = (listing.pick)(&state.tenant)
        .as_array()
        .map_or(&[][..], Vec::as_slice);
    page_response(
        state,
        listing.path,
        items,
        pairs,
        listing.default_properties,
    )
}

/// Builds one page of `items`, the collection at `path` below `/v1.0/`, as Graph pages it:
/// `$top`, `$skiptoken`, `$select` and an absolute `@odata.nextLink`.
pub(super) fn page_response(
    state: &SimState,
    path: &str,
    items: &[Value],
    pairs: &QueryPairs,
    default_properties: Option<&[&str]>,
) -> Result<Response, GraphError> {
    let page_size = page_size(state.config.page_size, param(pairs, "$top"))?;
    let offset = match param(pairs, "$skiptoken") {
        Some(token) => decode_skip_token(path, token).ok_or_else(|| {
            bad_request("The specified page token value has expired or is invalid.")
        })?,
        None => 0,
    };
    let select = parse_select(pairs);
    let end = offset.saturating_add(page_size).min(items.len());
    let page: Vec<Value> = items
        .get(offset..end)
        .unwrap_or_default()
        .iter()
        .map(|item| project(item, select.as_deref(), default_properties))
        .collect();

    let base = state.base_url();
    let mut context = format!("{base}/v1.0/$metadata#{path}");
    if let Some(fields) = &select {
        context.push_str(&format!("({})", fields.join(",")));
    }
    let mut body = Map::new();
    body.insert("@odata.context".into(), Value::String(context));
    if end < items.len() {
        let token = encode_skip_token(path, end);
        let link = next_link(&format!("{base}/v1.0/{path}"), pairs, &token);
        body.insert("@odata.nextLink".into(), Value::String(link));
    }
    body.insert("value".into(), Value::Array(page));
    Ok(Json(Value::Object(body)).into_response())
}

/// Returns the page size: `$top` capped at the configured size, which applies without `$top`.
fn page_size(configured: usize, top: Option<&str>) -> Result<usize, GraphError> {
    let configured = configured.max(1);
    let Some(top) = top else {
        return Ok(configured);
    };
    match top.parse::<usize>() {
        Ok(top) if (1..=MAX_TOP).contains(&top) => Ok(top.min(configured)),
        _ => Err(bad_request(&format!(
            "Invalid page size specified: '{top}'. Must be between 1 and {MAX_TOP} inclusive."
        ))),
    }
}

/// Returns the first value of query parameter `name`.
fn param<'a>(pairs: &'a QueryPairs, name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.as_str())
}

/// Returns the `$select` list, or `None` when the request has none.
fn parse_select(pairs: &QueryPairs) -> Option<Vec<String>> {
    let fields: Vec<String> = param(pairs, "$select")?
        .split(',')
        .map(str::trim)
        .filter(|field| !field.is_empty())
        .map(str::to_owned)
        .collect();
    (!fields.is_empty()).then_some(fields)
}

/// Keeps the selected properties (plus `id`), else the default projection, else everything.
///
/// NOTE: a selected name that the item lacks is left out; Graph would reject a name its schema
/// does not define, and return `null` for a defined but empty property.
fn project(item: &Value, select: Option<&[String]>, default: Option<&[&str]>) -> Value {
    let Value::Object(fields) = item else {
        return item.clone();
    };
    let included: Vec<&str> = match (select, default) {
        (Some(select), _) => std::iter::once("id")
            .chain(
                select
                    .iter()
                    .map(String::as_str)
                    .filter(|name| *name != "id"),
            )
            .collect(),
        (None, Some(default)) => default.to_vec(),
        (None, None) => return item.clone(),
    };
    let mut projected = Map::new();
    for name in included {
        if let Some(value) = fields.get(name) {
            projected.insert(name.to_owned(), value.clone());
        }
    }
    Value::Object(projected)
}

/// Builds the absolute next link: the request's parameters, then the new `$skiptoken`.
fn next_link(url: &str, pairs: &QueryPairs, token: &str) -> String {
    let mut query: Vec<String> = pairs
        .iter()
        .filter(|(key, _)| key != "$skiptoken")
        .map(|(key, value)| format!("{}={}", escape(key), escape(value)))
        .collect();
    query.push(format!("$skiptoken={token}"));
    format!("{url}?{}", query.join("&"))
}

/// Percent-encodes what would break a query string; keeps `$`, `,` and the like readable.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        let keep = byte.is_ascii_alphanumeric() || b"-._~$,'()*:;@/!".contains(&byte);
        if keep {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A Graph error that becomes a response in Graph's error shape.
pub(super) struct GraphError {
    status: StatusCode,
    code: &'static str,
    message: String,
}

impl IntoResponse for GraphError {
    fn into_response(self) -> Response {
        tracing::info!(status = %self.status, code = self.code, message = %self.message, "Graph request rejected");
        graph_error(self.status, self.code, &self.message)
    }
}

/// Returns Graph's 400 error with this message.
pub(super) fn bad_request(message: &str) -> GraphError {
    GraphError {
        status: StatusCode::BAD_REQUEST,
        code: "BadRequest",
        message: message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> QueryPairs {
        list.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn top_is_capped_at_page_size() {
        assert_eq!(page_size(10, Some("999")).ok(), Some(10));
        assert_eq!(page_size(10, Some("3")).ok(), Some(3));
        assert_eq!(page_size(10, None).ok(), Some(10));
    }

    #[test]
    fn top_outside_range_is_rejected() {
        assert!(page_size(10, Some("0")).is_err());
        assert!(page_size(10, Some("1000")).is_err());
        assert!(page_size(10, Some("ten")).is_err());
    }

    #[test]
    fn next_link_keeps_parameters_in_order() {
        let query = pairs(&[
            ("$select", "id,displayName"),
            ("$top", "999"),
            ("$skiptoken", "a"),
        ]);
        let link = next_link("http://127.0.0.1:1/v1.0/users", &query, "b");
        assert_eq!(
            link,
            "http://127.0.0.1:1/v1.0/users?$select=id,displayName&$top=999&$skiptoken=b"
        );
    }

    #[test]
    fn select_keeps_id_and_selected_fields() {
        let item = json!({"id": "1", "displayName": "A", "mail": "a@x", "userType": "Member"});
        let select = vec!["displayName".to_owned()];
        let projected = project(&item, Some(&select), None);
        assert_eq!(projected, json!({"id": "1", "displayName": "A"}));
    }
}
