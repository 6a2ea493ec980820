//! The OAuth 2.0 endpoints of the login host (Entra ID v2 shape) and bearer checks.
//!
//! The token endpoint takes the client-credentials grant with the demo secret or with a
//! client assertion signed by a certificate registered in [`SimAuth`], the device code grant
//! (after `POST /{tenant}/oauth2/v2.0/devicecode`) and the refresh token grant.
//!
//! Access tokens are JWT-shaped (`header.payload.signature`, base64url) so that clients can read
//! their claims, but the simulator trusts a token only if it issued it itself: it keeps every
//! issued token and looks bearer tokens up. The signature segment is random bytes, not an RSA
//! signature, so no real verifier accepts these tokens.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::http::header::AUTHORIZATION;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Form, Json, Router};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

use super::state::SimState;
use super::wire::{base64url, utc_timestamp};
use super::{DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_TENANT_ID, demo};
use crate::collect::auth::CLIENT_ASSERTION_TYPE;
use crate::collect::auth::certificate::{thumbprint_of, verify_ps256};

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
const GRAPH_ROLES: [&str; 11] = [
    "Directory.Read.All",
    "Policy.Read.All",
    "RoleManagement.Read.Directory",
    "Policy.Read.AuthenticationMethod",
    "AccessReview.Read.All",
    "Agreement.Read.All",
    "RoleManagementPolicy.Read.Directory",
    "AuditLog.Read.All",
    "Policy.Read.DeviceConfiguration",
    "OnPremDirectorySynchronization.Read.All",
    "RoleManagement.Read.All",
];

/// Template id of the Global Reader role, which the demo app holds.
const GLOBAL_READER_ROLE: &str = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";

/// Grant type of a device code token request.
const DEVICE_CODE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";

/// Seconds a client assertion's `nbf` may lie in the future, for clock skew.
const CLOCK_SKEW_SECONDS: u64 = 300;

/// Outcome of a simulated user's device code sign-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeviceCodeOutcome {
    /// The user signs in and approves.
    Approve,
    /// The user declines (`authorization_declined`).
    Decline,
    /// The code expires before the user signs in (`expired_token`).
    Expire,
}

/// Sign-in settings of the simulator.
#[derive(Clone, Debug)]
pub struct SimAuth {
    /// `expires_in` sent with each token when it differs from the real lifetime, so that a
    /// client keeps a token the simulator already rejects (a token revoked early).
    pub reported_lifetime: Option<Duration>,
    /// DER certificates registered on the demo app; a client assertion signed by the key of
    /// one of them is accepted in place of the secret.
    pub certificates: Vec<Vec<u8>>,
    /// Application roles (or delegated scopes) in Graph tokens.
    pub graph_roles: Vec<String>,
    /// Application roles in Exchange tokens.
    pub exchange_roles: Vec<String>,
    /// Directory role template ids (`wids`) in every token.
    pub directory_roles: Vec<String>,
    /// Outcome of every device code sign-in.
    pub device_code_outcome: DeviceCodeOutcome,
    /// Number of polls that get `authorization_pending` (or `slow_down`) before the outcome.
    pub device_code_polls: u32,
    /// Numbers of those polls (counted from 1) that get `slow_down` instead.
    pub device_code_slow_down_polls: Vec<u32>,
    /// Polling interval the device code response requests.
    pub device_code_interval: Duration,
}

impl Default for SimAuth {
    fn default() -> Self {
        Self {
            reported_lifetime: None,
            certificates: Vec::new(),
            graph_roles: GRAPH_ROLES.iter().map(|role| (*role).to_owned()).collect(),
            exchange_roles: vec!["Exchange.ManageAsApp".to_owned()],
            directory_roles: vec![GLOBAL_READER_ROLE.to_owned()],
            device_code_outcome: DeviceCodeOutcome::Approve,
            device_code_polls: 1,
            device_code_slow_down_polls: Vec::new(),
            device_code_interval: Duration::from_secs(1),
        }
    }
}

/// Sign-in state of one simulator: assertion ids seen, device codes and refresh tokens.
#[derive(Default)]
pub struct AuthState {
    inner: Mutex<AuthInner>,
}

#[derive(Default)]
struct AuthInner {
    assertion_ids: HashSet<String>,
    /// Device code -> polls so far.
    device_codes: HashMap<String, u32>,
    refresh_tokens: HashSet<String>,
    /// Every device code and refresh token handed out, for leak tests.
    handed_out: Vec<String>,
}

impl AuthState {
    fn lock(&self) -> MutexGuard<'_, AuthInner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Returns every device code and refresh token handed out so far.
    pub fn handed_out(&self) -> Vec<String> {
        self.lock().handed_out.clone()
    }
}

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
    Router::new()
        .route("/{tenant}/oauth2/v2.0/token", post(token))
        .route("/{tenant}/oauth2/v2.0/devicecode", post(device_code))
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

/// Form fields of a token request.
type TokenForm = HashMap<String, String>;

/// Rejects requests for tenants other than the demo tenant.
fn check_tenant(tenant: &str) -> Result<(), EntraError> {
    if is_demo_tenant(tenant) {
        return Ok(());
    }
    let description = format!(
        "Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are \
         signing into the correct cloud."
    );
    Err(EntraError::new(
        StatusCode::BAD_REQUEST,
        "invalid_request",
        90002,
        &description,
    ))
}

/// Handles `POST /{tenant}/oauth2/v2.0/token`.
async fn token(
    State(state): State<Arc<SimState>>,
    Path(tenant): Path<String>,
    form: Result<Form<TokenForm>, FormRejection>,
) -> Response {
    let outcome = check_tenant(&tenant).and_then(|()| {
        let Ok(Form(form)) = form else {
            return Err(missing_parameter("grant_type"));
        };
        let field = |name: &str| form.get(name).map(String::as_str);
        match field("grant_type") {
            Some("client_credentials") => {
                check_client_id(field("client_id").unwrap_or_default())?;
                check_client_secret_or_assertion(&state, &tenant, &form)?;
                let resource = resource_of(field("scope").unwrap_or_default())?;
                Ok(issue(&state, resource, false))
            }
            Some(DEVICE_CODE_GRANT) => {
                check_client_id(field("client_id").unwrap_or_default())?;
                poll_device_code(&state, field("device_code").unwrap_or_default())?;
                Ok(issue(&state, GRAPH_AUDIENCES[0], true))
            }
            Some("refresh_token") => {
                check_client_id(field("client_id").unwrap_or_default())?;
                let refresh_token = field("refresh_token").unwrap_or_default();
                if !state.auth.lock().refresh_tokens.contains(refresh_token) {
                    return Err(EntraError::new(
                        StatusCode::BAD_REQUEST,
                        "invalid_grant",
                        9002313,
                        "Invalid request. Request is malformed or invalid.",
                    ));
                }
                let resource = resource_of(field("scope").unwrap_or_default())?;
                Ok(issue(&state, resource, true))
            }
            Some(other) => Err(EntraError::new(
                StatusCode::BAD_REQUEST,
                "unsupported_grant_type",
                70003,
                &format!(
                    "The provided value '{other}' for the input parameter 'grant_type' is not \
                     valid."
                ),
            )),
            None => Err(missing_parameter("grant_type")),
        }
    });
    outcome.unwrap_or_else(IntoResponse::into_response)
}

fn missing_parameter(name: &str) -> EntraError {
    EntraError::new(
        StatusCode::BAD_REQUEST,
        "invalid_request",
        900144,
        &format!("The request body must contain the following parameter: '{name}'."),
    )
}

/// Handles `POST /{tenant}/oauth2/v2.0/devicecode`: hands out a device and a user code.
async fn device_code(
    State(state): State<Arc<SimState>>,
    Path(tenant): Path<String>,
    form: Result<Form<TokenForm>, FormRejection>,
) -> Response {
    let outcome = check_tenant(&tenant).and_then(|()| {
        let Ok(Form(form)) = form else {
            return Err(missing_parameter("client_id"));
        };
        check_client_id(form.get("client_id").map_or("", String::as_str))?;
        let device_code = format!("sim-device-{}", uuid::Uuid::new_v4().simple());
        let user_code: String = uuid::Uuid::new_v4()
            .simple()
            .to_string()
            .chars()
            .take(9)
            .collect::<String>()
            .to_ascii_uppercase();
        {
            let mut inner = state.auth.lock();
            inner.device_codes.insert(device_code.clone(), 0);
            inner.handed_out.push(device_code.clone());
        }
        let verification_uri = format!("{}/devicelogin", state.base_url());
        let interval = state.config.auth.device_code_interval.as_secs();
        Ok(Json(json!({
            "device_code": device_code,
            "user_code": user_code,
            "verification_uri": verification_uri,
            "expires_in": 900,
            "interval": interval,
            "message": format!(
                "To sign in, use a web browser to open the page {verification_uri} and enter \
                 the code {user_code} to authenticate."
            ),
        }))
        .into_response())
    });
    outcome.unwrap_or_else(IntoResponse::into_response)
}

/// Counts one poll of a device code and answers as the configured user would.
fn poll_device_code(state: &SimState, device_code: &str) -> Result<(), EntraError> {
    let settings = &state.config.auth;
    let polls = {
        let mut inner = state.auth.lock();
        let Some(polls) = inner.device_codes.get_mut(device_code) else {
            return Err(EntraError::new(
                StatusCode::BAD_REQUEST,
                "invalid_grant",
                70000,
                "The provided value for the 'device_code' is not valid.",
            ));
        };
        *polls += 1;
        *polls
    };
    let pending = |error: &'static str, code: u32, description: &str| {
        Err(EntraError::new(
            StatusCode::BAD_REQUEST,
            error,
            code,
            description,
        ))
    };
    if polls <= settings.device_code_polls {
        if settings.device_code_slow_down_polls.contains(&polls) {
            return pending("slow_down", 70000, "Polling too fast; slow down.");
        }
        return pending(
            "authorization_pending",
            70016,
            "OAuth 2.0 device flow error. Authorization is pending. Continue polling.",
        );
    }
    state.auth.lock().device_codes.remove(device_code);
    match settings.device_code_outcome {
        DeviceCodeOutcome::Approve => Ok(()),
        DeviceCodeOutcome::Decline => pending(
            "authorization_declined",
            70000,
            "The end user denied the authorization request.",
        ),
        DeviceCodeOutcome::Expire => pending(
            "expired_token",
            70020,
            "The provided value for the input parameter 'device_code' is expired.",
        ),
    }
}

/// Accepts only the demo app.
fn check_client_id(client_id: &str) -> Result<(), EntraError> {
    if client_id.eq_ignore_ascii_case(DEMO_CLIENT_ID) {
        return Ok(());
    }
    let description = format!(
        "Application with identifier '{client_id}' was not found in the directory \
         '{DEMO_TENANT_ID}'. The application may not have been installed by the administrator \
         of the tenant."
    );
    Err(EntraError::new(
        StatusCode::BAD_REQUEST,
        "unauthorized_client",
        700016,
        &description,
    ))
}

/// Accepts the demo secret, or a client assertion signed by a registered certificate.
fn check_client_secret_or_assertion(
    state: &SimState,
    tenant: &str,
    form: &TokenForm,
) -> Result<(), EntraError> {
    let invalid_client = |code: u32, description: &str| {
        Err(EntraError::new(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            code,
            description,
        ))
    };
    if let Some(assertion) = form.get("client_assertion") {
        if form.get("client_assertion_type").map(String::as_str) != Some(CLIENT_ASSERTION_TYPE) {
            return invalid_client(
                700025,
                "The client assertion type is not valid; use the JWT bearer type.",
            );
        }
        let audience = format!("{}/{tenant}/oauth2/v2.0/token", state.base_url());
        return check_assertion(state, assertion, &audience)
            .or_else(|description| invalid_client(700027, &description));
    }
    match form.get("client_secret").map(String::as_str) {
        Some(DEMO_CLIENT_SECRET) => Ok(()),
        Some(_) => invalid_client(
            7000215,
            &format!(
                "Invalid client secret provided. Ensure the secret being sent in the request is \
                 the client secret value, not the client secret ID, for a secret added to app \
                 '{DEMO_CLIENT_ID}'."
            ),
        ),
        None => invalid_client(
            7000218,
            "The request body must contain the following parameter: 'client_assertion' or \
             'client_secret'.",
        ),
    }
}

/// Verifies a client assertion: a registered certificate by `x5t#S256`, the PS256 signature,
/// the audience, issuer and subject, the time window and a never-reused `jti`.
fn check_assertion(state: &SimState, assertion: &str, audience: &str) -> Result<(), String> {
    let parts: Vec<&str> = assertion.split('.').collect();
    let [header, claims, signature] = parts.as_slice() else {
        return Err("Client assertion is not a JWT of three parts.".to_owned());
    };
    let decode = |part: &str| -> Result<Value, String> {
        URL_SAFE_NO_PAD
            .decode(part)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .ok_or_else(|| "Client assertion is not base64url JSON.".to_owned())
    };
    let header = decode(header)?;
    let claims = decode(claims)?;
    if header["alg"] != "PS256" {
        return Err("Client assertion must be signed with PS256.".to_owned());
    }
    let thumbprint = header["x5t#S256"].as_str().unwrap_or_default();
    let certificate = state
        .config
        .auth
        .certificates
        .iter()
        .find(|der| thumbprint_of(der) == thumbprint)
        .ok_or_else(|| {
            format!(
                "The certificate with identifier used to sign the client assertion is not \
                 registered on application. [Reason - The key was not found., Thumbprint of \
                 key used by client: '{thumbprint}']"
            )
        })?;
    let signature = URL_SAFE_NO_PAD
        .decode(signature)
        .map_err(|_| "Client assertion signature is not base64url.".to_owned())?;
    let signing_input = &assertion[..assertion.rfind('.').unwrap_or_default()];
    if !verify_ps256(certificate, signing_input.as_bytes(), &signature) {
        return Err("Client assertion failed signature validation.".to_owned());
    }
    if claims["aud"] != audience {
        return Err(format!(
            "The audience claim value is invalid '{}'.",
            claims["aud"].as_str().unwrap_or_default()
        ));
    }
    if claims["iss"] != DEMO_CLIENT_ID || claims["sub"] != DEMO_CLIENT_ID {
        return Err(
            "The issuer and subject of the client assertion must be the client id.".to_owned(),
        );
    }
    let now = unix_now();
    let exp = claims["exp"].as_u64().unwrap_or(0);
    let nbf = claims["nbf"].as_u64().unwrap_or(u64::MAX);
    if exp <= now || nbf > now + CLOCK_SKEW_SECONDS {
        return Err("Client assertion is not within its valid time range.".to_owned());
    }
    let jti = claims["jti"].as_str().unwrap_or_default();
    if jti.is_empty() || !state.auth.lock().assertion_ids.insert(jti.to_owned()) {
        return Err("The jti of the client assertion was already used.".to_owned());
    }
    Ok(())
}

/// Returns the resource of the `{resource}/.default` scope among the space-separated scopes.
fn resource_of(scope: &str) -> Result<&str, EntraError> {
    let resource = scope
        .split_whitespace()
        .find_map(|scope| scope.strip_suffix("/.default"))
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

/// Mints a token for `resource`, remembers it and returns Entra's success body; a delegated
/// token carries `scp` and comes with a refresh token.
fn issue(state: &SimState, resource: &str, delegated: bool) -> Response {
    let settings = &state.config.auth;
    let api = api_of(resource);
    let now = unix_now();
    let lifetime = state.config.token_lifetime.as_secs();
    let expires_at = now + lifetime;
    let roles: Vec<String> = match api {
        Api::Graph => settings.graph_roles.clone(),
        Api::Exchange => settings.exchange_roles.clone(),
        Api::Other => Vec::new(),
    };
    let mut claims = json!({
        "aud": resource,
        "iss": format!("https://sts.windows.net/{DEMO_TENANT_ID}/"),
        "iat": now,
        "nbf": now,
        "exp": expires_at,
        "appid": DEMO_CLIENT_ID,
        "appidacr": if delegated { "0" } else { "1" },
        "oid": demo::APP_SERVICE_PRINCIPAL_ID,
        "sub": demo::APP_SERVICE_PRINCIPAL_ID,
        "tid": DEMO_TENANT_ID,
        "wids": settings.directory_roles,
        "ver": "1.0",
    });
    if delegated {
        claims["idtyp"] = json!("user");
        claims["scp"] = json!(roles.join(" "));
    } else {
        claims["idtyp"] = json!("app");
        claims["roles"] = json!(roles);
    }
    let access_token = encode_jwt(&claims);
    let issued = IssuedToken { api, expires_at };
    state.remember_token(access_token.clone(), issued);
    tracing::info!(resource, delegated, "issued simulator token");
    let expires_in = settings
        .reported_lifetime
        .map_or(lifetime, |reported| reported.as_secs());
    let mut body = json!({
        "token_type": "Bearer",
        "expires_in": expires_in,
        "ext_expires_in": expires_in,
        "access_token": access_token,
    });
    if delegated {
        let refresh_token = format!("sim-refresh-{}", uuid::Uuid::new_v4().simple());
        {
            let mut inner = state.auth.lock();
            inner.refresh_tokens.insert(refresh_token.clone());
            inner.handed_out.push(refresh_token.clone());
        }
        body["refresh_token"] = json!(refresh_token);
        body["scope"] = json!(format!("{resource}/.default"));
    }
    Json(body).into_response()
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
