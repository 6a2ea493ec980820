//! The OAuth 2.0 token endpoint (client credentials, Entra ID v2 shape) and bearer checks.
//!
//! Access tokens are JWT-shaped (`header.payload.signature`, base64url) so that clients can read
//! their claims, but the simulator trusts a token only if it issued it itself: it keeps every
//! issued token and looks bearer tokens up. The signature segment is random bytes, not an RSA
//! signature, so no real verifier accepts these tokens.

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::http::header::AUTHORIZATION;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Form, Json, Router};
use serde_json::{Value, json};

use super::state::SimState;
use super::wire::{base64url, utc_timestamp};
use super::{DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_TENANT_ID, demo};

/// Token lifetime in seconds, as Entra ID reports it for client-credential tokens.
const TOKEN_LIFETIME_SECONDS: u64 = 3599;

/// Audiences (resource URIs) of Microsoft Graph in the clouds cray supports.
const GRAPH_AUDIENCES: [&str; 4] = [
    "https://graph.microsoft.com",
    "https://graph.microsoft.us",
    "https://dod-graph.microsoft.us",
    "https://microsoftgraph.chinacloudapi.cn",
];

/// Audiences (resource URIs) of Exchange Online in the clouds cray supports.
const EXCHANGE_AUDIENCES: [&str; 4] = [
    "https://outlook.office365.com",
    "https://outlook.office365.us",
    "https://outlook-dod.office365.us",
    "https://partner.outlook.cn",
];

/// Application roles the demo app holds on Microsoft Graph.
const GRAPH_ROLES: [&str; 4] = [
    "Directory.Read.All",
    "Policy.Read.All",
    "RoleManagement.Read.Directory",
    "Policy.Read.AuthenticationMethod",
];

/// The API a token is meant for, derived from its audience.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Api {
    /// Microsoft Graph.
    Graph,
    /// Exchange Online.
    Exchange,
    /// Any other resource; no simulator route accepts such a token.
    Other,
}

/// Record of a token this simulator issued.
#[derive(Clone, Debug)]
pub struct IssuedToken {
    /// API the token's audience belongs to.
    pub api: Api,
    /// Expiry as seconds since the Unix epoch.
    pub expires_at: u64,
}

/// Reason a bearer token was rejected; the text becomes the 401 message.
#[derive(Debug, thiserror::Error)]
pub enum TokenRejection {
    /// No `Authorization: Bearer` header.
    #[error("Access token is empty.")]
    Missing,
    /// The token was not issued by this simulator.
    #[error("Access token validation failure. The token was not issued by this simulator.")]
    Unknown,
    /// The token has expired.
    #[error("Lifetime validation failed, the token is expired.")]
    Expired,
    /// The token's audience belongs to another API.
    #[error("Access token validation failure. Invalid audience.")]
    WrongAudience,
}

/// Routes of the login host.
pub fn routes() -> Router<Arc<SimState>> {
    Router::new().route("/{tenant}/oauth2/v2.0/token", post(token))
}

/// Checks the request's bearer token: issued here, not expired, and meant for `api`.
pub fn verify_bearer(
    state: &SimState,
    headers: &HeaderMap,
    api: Api,
) -> Result<IssuedToken, TokenRejection> {
    let token = headers
        .get(AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|token| !token.is_empty())
        .ok_or(TokenRejection::Missing)?;
    let issued = state.issued_token(token).ok_or(TokenRejection::Unknown)?;
    if issued.expires_at <= unix_now() {
        return Err(TokenRejection::Expired);
    }
    if issued.api != api {
        return Err(TokenRejection::WrongAudience);
    }
    Ok(issued)
}

/// Checks whether `tenant` names the demo tenant, by id or by its initial domain.
pub fn is_demo_tenant(tenant: &str) -> bool {
    tenant.eq_ignore_ascii_case(DEMO_TENANT_ID) || tenant.eq_ignore_ascii_case(demo::INITIAL_DOMAIN)
}

/// Handles `POST /{tenant}/oauth2/v2.0/token` with the client-credentials grant.
async fn token(
    State(state): State<Arc<SimState>>,
    Path(tenant): Path<String>,
    form: Result<Form<TokenForm>, FormRejection>,
) -> Response {
    if !is_demo_tenant(&tenant) {
        let description = format!(
            "Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and \
             are signing into the correct cloud."
        );
        return entra_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            90002,
            &description,
        );
    }
    let Ok(Form(form)) = form else {
        let description = "The request body must contain the following parameter: 'grant_type'.";
        return entra_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            900144,
            description,
        );
    };
    match check_client_credentials(&form) {
        Ok(resource) => issue(&state, resource),
        Err(error) => error.into_response(),
    }
}

/// Form fields of a token request.
type TokenForm = std::collections::HashMap<String, String>;

/// Validates the form of a client-credentials request and returns the requested resource.
fn check_client_credentials(form: &TokenForm) -> Result<&str, EntraError> {
    let field = |name: &str| form.get(name).map(String::as_str);
    check_grant_type(field("grant_type"))?;
    check_client(
        field("client_id").unwrap_or_default(),
        field("client_secret"),
    )?;
    resource_of(field("scope").unwrap_or_default())
}

/// Accepts only the client-credentials grant.
fn check_grant_type(grant_type: Option<&str>) -> Result<(), EntraError> {
    match grant_type {
        Some("client_credentials") => Ok(()),
        Some(other) => {
            let description = format!(
                "The provided value '{other}' for the input parameter 'grant_type' is not \
                 valid. Only 'client_credentials' is supported."
            );
            let status = StatusCode::BAD_REQUEST;
            Err(EntraError::new(
                status,
                "unsupported_grant_type",
                70003,
                &description,
            ))
        }
        None => {
            let description =
                "The request body must contain the following parameter: 'grant_type'.";
            let status = StatusCode::BAD_REQUEST;
            Err(EntraError::new(
                status,
                "invalid_request",
                900144,
                description,
            ))
        }
    }
}

/// Accepts only the demo app with the demo secret.
fn check_client(client_id: &str, secret: Option<&str>) -> Result<(), EntraError> {
    if !client_id.eq_ignore_ascii_case(DEMO_CLIENT_ID) {
        let description = format!(
            "Application with identifier '{client_id}' was not found in the directory \
             '{DEMO_TENANT_ID}'. The application may not have been installed by the \
             administrator of the tenant."
        );
        let status = StatusCode::BAD_REQUEST;
        return Err(EntraError::new(
            status,
            "unauthorized_client",
            700016,
            &description,
        ));
    }
    match secret {
        Some(DEMO_CLIENT_SECRET) => Ok(()),
        Some(_) => {
            let description = format!(
                "Invalid client secret provided. Ensure the secret being sent in the request is \
                 the client secret value, not the client secret ID, for a secret added to app \
                 '{DEMO_CLIENT_ID}'."
            );
            let status = StatusCode::UNAUTHORIZED;
            Err(EntraError::new(
                status,
                "invalid_client",
                7000215,
                &description,
            ))
        }
        None => {
            let description = "The request body must contain the following parameter: \
                               'client_assertion' or 'client_secret'.";
            let status = StatusCode::UNAUTHORIZED;
            Err(EntraError::new(
                status,
                "invalid_client",
                7000218,
                description,
            ))
        }
    }
}

/// Returns the resource of a `{resource}/.default` scope.
fn resource_of(scope: &str) -> Result<&str, EntraError> {
    let resource = scope
        .strip_suffix("/.default")
        .filter(|resource| !resource.is_empty());
    resource.ok_or_else(|| {
        let description = format!(
            "The provided value for scope '{scope}' is not valid. Client credential flows must \
             have a scope value with /.default suffixed to the resource identifier."
        );
        EntraError::new(
            StatusCode::BAD_REQUEST,
            "invalid_scope",
            1002012,
            &description,
        )
    })
}

/// Mints a token for `resource`, remembers it and returns Entra's success body.
fn issue(state: &SimState, resource: &str) -> Response {
    let api = api_of(resource);
    let now = unix_now();
    let expires_at = now + TOKEN_LIFETIME_SECONDS;
    let roles: Vec<&str> = match api {
        Api::Graph => GRAPH_ROLES.to_vec(),
        Api::Exchange => vec!["Exchange.ManageAsApp"],
        Api::Other => Vec::new(),
    };
    let claims = json!({
        "aud": resource,
        "iss": format!("https://sts.windows.net/{DEMO_TENANT_ID}/"),
        "iat": now,
        "nbf": now,
        "exp": expires_at,
        "appid": DEMO_CLIENT_ID,
        "appidacr": "1",
        "idtyp": "app",
        "oid": demo::APP_SERVICE_PRINCIPAL_ID,
        "sub": demo::APP_SERVICE_PRINCIPAL_ID,
        "roles": roles,
        "tid": DEMO_TENANT_ID,
        "ver": "1.0",
    });
    let access_token = encode_jwt(&claims);
    let issued = IssuedToken { api, expires_at };
    state.remember_token(access_token.clone(), issued);
    tracing::info!(resource, "issued simulator token");
    Json(json!({
        "token_type": "Bearer",
        "expires_in": TOKEN_LIFETIME_SECONDS,
        "ext_expires_in": TOKEN_LIFETIME_SECONDS,
        "access_token": access_token,
    }))
    .into_response()
}

/// Maps a resource URI to the API it names.
fn api_of(resource: &str) -> Api {
    let resource = resource.trim_end_matches('/');
    if GRAPH_AUDIENCES.contains(&resource) {
        Api::Graph
    } else if EXCHANGE_AUDIENCES.contains(&resource) {
        Api::Exchange
    } else {
        Api::Other
    }
}

/// Builds `header.payload.signature` with a random signature segment.
fn encode_jwt(claims: &Value) -> String {
    let header = json!({"typ": "JWT", "alg": "RS256", "kid": "cray-simulator"});
    let signature = uuid::Uuid::new_v4();
    format!(
        "{}.{}.{}",
        base64url(header.to_string().as_bytes()),
        base64url(claims.to_string().as_bytes()),
        base64url(signature.as_bytes()),
    )
}

/// Rejected token request, sent back in Entra ID's error shape.
struct EntraError {
    status: StatusCode,
    error: &'static str,
    code: u32,
    description: String,
}

impl EntraError {
    fn new(status: StatusCode, error: &'static str, code: u32, description: &str) -> Self {
        Self {
            status,
            error,
            code,
            description: description.to_owned(),
        }
    }
}

impl IntoResponse for EntraError {
    fn into_response(self) -> Response {
        entra_error(self.status, self.error, self.code, &self.description)
    }
}

/// Builds an error body in Entra ID's shape.
fn entra_error(status: StatusCode, error: &str, code: u32, description: &str) -> Response {
    let trace_id = uuid::Uuid::new_v4();
    let correlation_id = uuid::Uuid::new_v4();
    let timestamp = utc_timestamp();
    let body = json!({
        "error": error,
        "error_description": format!(
            "AADSTS{code}: {description} Trace ID: {trace_id} Correlation ID: {correlation_id} \
             Timestamp: {timestamp}"
        ),
        "error_codes": [code],
        "timestamp": timestamp,
        "trace_id": trace_id,
        "correlation_id": correlation_id,
    });
    tracing::info!(error, code, "token request rejected");
    (status, Json(body)).into_response()
}

/// Returns the current time in seconds since the Unix epoch; a clock before 1970 counts as 0.
fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audience_maps_to_api() {
        assert_eq!(api_of("https://graph.microsoft.com"), Api::Graph);
        assert_eq!(api_of("https://outlook.office365.com/"), Api::Exchange);
        assert_eq!(api_of("https://management.azure.com"), Api::Other);
    }
}
