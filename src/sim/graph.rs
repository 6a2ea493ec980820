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
pub const MAX_TOP: usize = 999;

/// Page size of directory collections when the request has no `$top`.
pub const DEFAULT_TOP: usize = 100;

/// Largest page of users when `signInActivity` is selected.
pub const MAX_TOP_SIGN_IN_ACTIVITY: usize = 120;

/// Properties Graph returns for a user when the request has no `$select`.
pub(super) const USER_DEFAULT_PROPERTIES: &[&str] = &[
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
    /// Whether the request must filter on `scopeId` and `scopeType`, as the PIM policy
    /// endpoints demand.
    scope_filter: bool,
    /// Navigation properties stored inline that the response carries only when `$expand`ed.
    expandable: &'static [&'static str],
}

/// Routes of the Graph host, all behind the bearer check.
pub fn routes(state: Arc<SimState>) -> Router<Arc<SimState>> {
    let mut router = Router::new();
    for listing in collections() {
        router = router.route(&format!("/v1.0/{}", listing.path), list_route(listing));
    }
    for (version, path, pick) in singletons() {
        let route = entity_route(version, path, pick);
        router = router.route(&format!("/{version}/{path}"), route);
    }
    router.route_layer(from_fn_with_state(state, require_graph_token))
}

/// Returns how many items the demo tenant serves at `path` (below `/v1.0/`, no query): the
/// length of a collection, 1 for a singleton, `None` for a path without a route.
pub fn demo_count(tenant: &DemoTenant, path: &str) -> Option<u64> {
    if let Some(listing) = collections().into_iter().find(|c| c.path == path) {
        let items = (listing.pick)(tenant).as_array().map_or(0, Vec::len);
        return Some(items as u64);
    }
    singletons()
        .iter()
        .any(|(version, p, _)| *version == "v1.0" && *p == path)
        .then_some(1)
}

/// The Graph collections the simulator serves.
fn collections() -> Vec<Collection> {
    vec![
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
        collection("applications", |t| &t.applications),
        collection("servicePrincipals", |t| &t.service_principals),
        collection("oauth2PermissionGrants", |t| &t.oauth2_permission_grants),
        collection("identity/conditionalAccess/namedLocations", |t| {
            &t.named_locations
        }),
        collection("policies/crossTenantAccessPolicy/partners", |t| {
            &t.cross_tenant_access_partners
        }),
        collection("identityGovernance/accessReviews/definitions", |t| {
            &t.access_review_definitions
        }),
        collection("identityGovernance/termsOfUse/agreements", |t| {
            &t.terms_of_use_agreements
        }),
        Collection {
            scope_filter: true,
            expandable: &["rules"],
            ..collection("policies/roleManagementPolicies", |t| {
                &t.role_management_policies
            })
        },
        Collection {
            scope_filter: true,
            ..collection("policies/roleManagementPolicyAssignments", |t| {
                &t.role_management_policy_assignments
            })
        },
        collection(
            "reports/authenticationMethods/userRegistrationDetails",
            |t| &t.user_registration_details,
        ),
        collection("groupSettings", |t| &t.directory_settings),
        collection("policies/authenticationStrengthPolicies", |t| {
            &t.authentication_strength_policies
        }),
        collection("directory/onPremisesSynchronization", |t| {
            &t.on_premises_synchronization
        }),
        collection(
            "roleManagement/directory/roleAssignmentScheduleInstances",
            |t| &t.role_assignment_schedule_instances,
        ),
    ]
}

/// The Graph singletons the simulator serves: API version, path and data.
fn singletons() -> Vec<(&'static str, &'static str, Pick)> {
    vec![
        ("v1.0", "policies/authorizationPolicy", |t| {
            &t.authorization_policy
        }),
        (
            "v1.0",
            "policies/identitySecurityDefaultsEnforcementPolicy",
            |t| &t.security_defaults,
        ),
        ("v1.0", "policies/authenticationMethodsPolicy", |t| {
            &t.authentication_methods_policy
        }),
        ("v1.0", "policies/crossTenantAccessPolicy/default", |t| {
            &t.cross_tenant_access_default
        }),
        ("v1.0", "policies/adminConsentRequestPolicy", |t| {
            &t.admin_consent_request_policy
        }),
        ("beta", "policies/deviceRegistrationPolicy", |t| {
            &t.device_registration_policy
        }),
    ]
}

/// Returns a collection without a default projection.
fn collection(path: &'static str, pick: Pick) -> Collection {
    Collection {
        path,
        pick,
        default_properties: None,
        scope_filter: false,
        expandable: &[],
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
    match check_graph_token(&state, &request) {
        None => next.run(request).await,
        Some(response) => response,
    }
}

/// Returns Graph's 401 unless the request carries a Graph token issued by this simulator.
pub(super) fn check_graph_token(state: &SimState, request: &Request) -> Option<Response> {
    auth::verify_bearer(state, request.headers(), Api::Graph)
        .err()
        .map(|rejection| {
            tracing::info!(path = request.uri().path(), %rejection, "rejected Graph token");
            let message = rejection.to_string();
            graph_error(
                StatusCode::UNAUTHORIZED,
                "InvalidAuthenticationToken",
                &message,
            )
        })
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
fn entity_route(
    version: &'static str,
    path: &'static str,
    pick: Pick,
) -> MethodRouter<Arc<SimState>> {
    get(
        move |State(state): State<Arc<SimState>>,
              query: Result<Query<QueryPairs>, QueryRejection>| async move {
            let Ok(Query(pairs)) = query else {
                return bad_request("The query string is not valid.").into_response();
            };
            let select = parse_select(&pairs);
            let mut body = Map::new();
            let context = format!("{}/{version}/$metadata#{path}/$entity", state.base_url());
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
    let all = (listing.pick)(&state.tenant)
        .as_array()
        .map_or(&[][..], Vec::as_slice);
    let expand = parse_expand(listing, pairs)?;
    let filtered;
    let items = if listing.scope_filter {
        filtered = scope_filtered(all, param(pairs, "$filter"))?;
        filtered.as_slice()
    } else {
        all
    };
    let page = CollectionPage {
        listing: listing.path,
        len: items.len(),
        default_properties: listing.default_properties,
    };
    // NOTE: the @odata.context of an expanded page does not name the expanded properties.
    page.respond(state, pairs, |index, _| {
        items.get(index).map_or(Value::Null, |item| {
            without_unexpanded(item, listing.expandable, &expand)
        })
    })
}

/// Builds one page of `items`, the collection at `path` below `/v1.0/`, as Graph pages it.
pub(super) fn page_response(
    state: &SimState,
    path: &str,
    items: &[Value],
    pairs: &QueryPairs,
    default_properties: Option<&'static [&'static str]>,
) -> Result<Response, GraphError> {
    let page = CollectionPage {
        listing: path,
        len: items.len(),
        default_properties,
    };
    page.respond(state, pairs, |index, _| {
        items.get(index).cloned().unwrap_or(Value::Null)
    })
}

/// Returns the `$expand` list; a name the collection cannot expand is Graph's 400.
fn parse_expand(listing: Collection, pairs: &QueryPairs) -> Result<Vec<String>, GraphError> {
    let Some(expand) = param(pairs, "$expand") else {
        return Ok(Vec::new());
    };
    let names: Vec<String> = expand
        .split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect();
    match names
        .iter()
        .find(|name| !listing.expandable.contains(&name.as_str()))
    {
        Some(unknown) => Err(bad_request(&format!(
            "Could not find a property named '{unknown}' on type '{}'.",
            listing.path
        ))),
        None => Ok(names),
    }
}

/// Removes the expandable navigation properties that the request did not expand.
fn without_unexpanded(item: &Value, expandable: &[&str], expand: &[String]) -> Value {
    let mut item = item.clone();
    if let Value::Object(fields) = &mut item {
        for name in expandable {
            if !expand.iter().any(|wanted| wanted == name) {
                fields.remove(*name);
            }
        }
    }
    item
}

/// Applies a `$filter` of `name eq 'value'` clauses joined by `and`, which must name both
/// `scopeId` and `scopeType`, as the PIM policy endpoints require.
fn scope_filtered(items: &[Value], filter: Option<&str>) -> Result<Vec<Value>, GraphError> {
    let missing = || {
        bad_request(
            "The filter must specify scopeId and scopeType, for example \
             scopeId eq '/' and scopeType eq 'DirectoryRole'.",
        )
    };
    let filter = filter.ok_or_else(missing)?;
    let mut clauses = Vec::new();
    for clause in filter.split(" and ") {
        let (name, value) = clause
            .trim()
            .split_once(" eq ")
            .ok_or_else(|| bad_request(&format!("Invalid filter clause: '{clause}'.")))?;
        let value = value.trim();
        let value = value
            .strip_prefix('\'')
            .and_then(|rest| rest.strip_suffix('\''))
            .ok_or_else(|| bad_request(&format!("Invalid filter clause: '{clause}'.")))?;
        clauses.push((name.trim(), value));
    }
    let names: Vec<&str> = clauses.iter().map(|(name, _)| *name).collect();
    if !names.contains(&"scopeId") || !names.contains(&"scopeType") {
        return Err(missing());
    }
    Ok(items
        .iter()
        .filter(|item| {
            clauses
                .iter()
                .all(|(name, value)| item[*name].as_str() == Some(*value))
        })
        .cloned()
        .collect())
}

/// A collection to serve one page of: its path (which names it in skip tokens), its length and
/// its default projection.
pub(super) struct CollectionPage<'a> {
    /// Path below `/v1.0/`, for example `users` or `groups/{id}/members`.
    pub listing: &'a str,
    /// Number of items in the collection.
    pub len: usize,
    /// Properties returned when the request has no `$select`; `None` = all.
    pub default_properties: Option<&'static [&'static str]>,
}

impl CollectionPage<'_> {
    /// Builds the page the query asks for; `item(index, sign_in_activity)` renders one item,
    /// with `signInActivity` when the request selects it.
    pub(super) fn respond(
        &self,
        state: &SimState,
        pairs: &QueryPairs,
        item: impl Fn(usize, bool) -> Value,
    ) -> Result<Response, GraphError> {
        let select = parse_select(pairs);
        let sign_in_activity = select
            .as_ref()
            .is_some_and(|fields| fields.iter().any(|field| field == "signInActivity"));
        let mut page_size = page_size(state.config.page_size, param(pairs, "$top"))?;
        if sign_in_activity {
            page_size = page_size.min(MAX_TOP_SIGN_IN_ACTIVITY);
        }
        let offset = match param(pairs, "$skiptoken") {
            Some(token) => decode_skip_token(self.listing, token).ok_or_else(|| {
                bad_request("The specified page token value has expired or is invalid.")
            })?,
            None => 0,
        };
        let end = offset.saturating_add(page_size).min(self.len);
        let page: Vec<Value> = (offset.min(end)..end)
            .map(|index| {
                let item = item(index, sign_in_activity);
                project(&item, select.as_deref(), self.default_properties)
            })
            .collect();

        let base = state.base_url();
        let mut context = format!("{base}/v1.0/$metadata#{}", self.listing);
        if let Some(fields) = &select {
            context.push_str(&format!("({})", fields.join(",")));
        }
        let mut body = Map::new();
        body.insert("@odata.context".into(), Value::String(context));
        if end < self.len {
            let token = encode_skip_token(self.listing, end);
            let link = next_link(&format!("{base}/v1.0/{}", self.listing), pairs, &token);
            body.insert("@odata.nextLink".into(), Value::String(link));
        }
        body.insert("value".into(), Value::Array(page));
        Ok(Json(Value::Object(body)).into_response())
    }
}

/// Returns the page size: `$top` capped at the configured size; without `$top`, Graph's
/// default of 100, capped the same way.
fn page_size(configured: usize, top: Option<&str>) -> Result<usize, GraphError> {
    let configured = configured.max(1);
    let Some(top) = top else {
        return Ok(configured.min(DEFAULT_TOP));
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
    if let Some(kind) = fields.get("@odata.type") {
        projected.insert("@odata.type".to_owned(), kind.clone());
    }
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

    #[test]
    fn scope_filter_is_required() {
        let items = vec![json!({"id": "a", "scopeId": "/", "scopeType": "DirectoryRole"})];
        assert!(scope_filtered(&items, None).is_err());
        assert!(scope_filtered(&items, Some("scopeId eq '/'")).is_err());
        assert!(scope_filtered(&items, Some("scopeId = '/'")).is_err());
    }

    #[test]
    fn scope_filter_keeps_matching_items() {
        let items = vec![
            json!({"id": "a", "scopeId": "/", "scopeType": "DirectoryRole", "roleDefinitionId": "r1"}),
            json!({"id": "b", "scopeId": "/", "scopeType": "DirectoryRole", "roleDefinitionId": "r2"}),
            json!({"id": "c", "scopeId": "/", "scopeType": "Group", "roleDefinitionId": "r1"}),
        ];
        let filter = "scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq 'r1'";
        let kept = scope_filtered(&items, Some(filter))
            .ok()
            .unwrap_or_default();
        let ids: Vec<&Value> = kept.iter().map(|item| &item["id"]).collect();
        assert_eq!(ids, [&json!("a")]);
    }

    #[test]
    fn rules_only_when_expanded() {
        let item = json!({"id": "p", "rules": [{"id": "r"}]});
        let plain = without_unexpanded(&item, &["rules"], &[]);
        assert_eq!(plain, json!({"id": "p"}));
        let expanded = without_unexpanded(&item, &["rules"], &["rules".to_owned()]);
        assert_eq!(expanded, item);
    }

    #[test]
    fn unknown_expand_is_rejected() {
        let listing = Collection {
            expandable: &["rules"],
            ..collection("policies/roleManagementPolicies", |t| {
                &t.role_management_policies
            })
        };
        assert!(parse_expand(listing, &pairs(&[("$expand", "rules")])).is_ok());
        assert!(parse_expand(listing, &pairs(&[("$expand", "policy")])).is_err());
    }
}
