//! Access tokens: the token request of each credential kind (client secret, certificate,
//! device code), one cached token per service renewed before it expires, and the tenant
//! guard that compares each token's `tid` claim with the configured tenant id.
//!
//! Secrets and client assertions go only into the form body of the token request. Errors
//! carry Entra's error code and description, with any copy of a secret replaced.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Deserialize;
use tokio_util::sync::CancellationToken;
use zeroize::Zeroizing;

use super::auth::{CLIENT_ASSERTION_TYPE, Credential, device};
use super::{CollectError, CollectRequest, REDACTED, Secret};
use crate::tenant::Cloud;

/// Tokens are renewed this long before they expire, so no request leaves with a stale one.
/// A token that lives less than twice as long is renewed at half its lifetime.
const RENEW_BEFORE_EXPIRY: Duration = Duration::from_secs(300);

/// Lifetime assumed when the token response gives none.
const DEFAULT_LIFETIME: Duration = Duration::from_secs(3599);

/// The service a token is issued for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Audience {
    /// Microsoft Graph.
    Graph,
    /// Exchange Online.
    Exchange,
}

impl Audience {
    /// Returns the OAuth scope, taken from the tenant's cloud even when the base URLs are
    /// overridden, because Entra issues tokens for the real resource names only.
    #[must_use]
    pub fn scope(self, cloud: Cloud) -> String {
        match self {
            Self::Graph => cloud.graph_scope(),
            Self::Exchange => cloud.exchange_scope(),
        }
    }
}

/// A bearer access token whose `Debug` prints `[redacted]` and whose memory is overwritten
/// with zeros when it is dropped.
///
/// NOTE: copies outside this type are not zeroized: the response body reqwest read it from
/// and the `Authorization` header of each request are freed as they are.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "String")]
pub struct AccessToken(Zeroizing<String>);

impl From<String> for AccessToken {
    fn from(token: String) -> Self {
        Self(Zeroizing::new(token))
    }
}

impl AccessToken {
    /// Returns the token itself, for the `Authorization` header only.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }
}

// The wrapped `Zeroizing` overwrites the token when an `AccessToken` is dropped.
impl zeroize::ZeroizeOnDrop for AccessToken {}

impl std::fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(REDACTED)
    }
}

/// A bearer token with the time it should be renewed.
struct Token {
    access_token: AccessToken,
    renew_at: Instant,
}

#[derive(Default)]
struct Slots {
    graph: Option<Token>,
    exchange: Option<Token>,
    /// Refresh token of a delegated (device code) sign-in.
    refresh_token: Option<Secret>,
}

impl Slots {
    fn slot(&mut self, audience: Audience) -> &mut Option<Token> {
        match audience {
            Audience::Graph => &mut self.graph,
            Audience::Exchange => &mut self.exchange,
        }
    }
}

/// Hands out access tokens for one tenant: the cached one while it is fresh, else a new one
/// from the login endpoint. Clones share one cache, so concurrent callers sign in once.
#[derive(Clone)]
pub struct TokenProvider {
    inner: Arc<Inner>,
}

struct Inner {
    client: reqwest::Client,
    login: String,
    tenant_id: String,
    client_id: String,
    cloud: Cloud,
    credential: Credential,
    cancel: CancellationToken,
    slots: Mutex<Slots>,
    /// Held while a token is fetched, so that only one sign-in (and one device code prompt)
    /// runs at a time.
    fetching: tokio::sync::Mutex<()>,
}

impl std::fmt::Debug for TokenProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenProvider")
            .field("credential", &self.inner.credential)
            .finish_non_exhaustive()
    }
}

impl TokenProvider {
    /// Creates a provider for the tenant, login endpoint and credential of `request`.
    /// `cancel` stops a device code sign-in that waits for the user.
    #[must_use]
    pub fn new(
        client: reqwest::Client,
        request: &CollectRequest,
        cancel: CancellationToken,
    ) -> Self {
        Self {
            inner: Arc::new(Inner {
                client,
                login: request.endpoints.login.clone(),
                tenant_id: request.tenant_id.clone(),
                client_id: request.client_id.clone(),
                cloud: request.cloud,
                credential: request.credential.clone(),
                cancel,
                slots: Mutex::new(Slots::default()),
                fetching: tokio::sync::Mutex::new(()),
            }),
        }
    }

    /// Returns a valid token for `audience`, fetching a new one when none is cached or the
    /// cached one is about to expire.
    ///
    /// # Errors
    /// Fails when sign-in fails or the token belongs to another tenant.
    pub async fn get(&self, audience: Audience) -> Result<AccessToken, CollectError> {
        if let Some(token) = self.cached(audience) {
            return Ok(token);
        }
        let _fetching = self.inner.fetching.lock().await;
        // Another caller may have fetched it while this one waited.
        if let Some(token) = self.cached(audience) {
            return Ok(token);
        }
        let token = self.fetch(audience).await?;
        let access_token = token.access_token.clone();
        *lock(&self.inner.slots).slot(audience) = Some(token);
        Ok(access_token)
    }

    /// Drops the cached token of `audience`, so the next [`TokenProvider::get`] fetches one;
    /// called once when a service returns 401.
    pub fn invalidate(&self, audience: Audience) {
        *lock(&self.inner.slots).slot(audience) = None;
    }

    fn cached(&self, audience: Audience) -> Option<AccessToken> {
        lock(&self.inner.slots)
            .slot(audience)
            .as_ref()
            .filter(|token| Instant::now() < token.renew_at)
            .map(|token| token.access_token.clone())
    }

    /// Returns the token URL of the tenant.
    fn token_url(&self) -> String {
        format!(
            "{}/{}/oauth2/v2.0/token",
            self.inner.login, self.inner.tenant_id
        )
    }

    /// Requests a token with the tenant's credential and checks its tenant.
    async fn fetch(&self, audience: Audience) -> Result<Token, CollectError> {
        let inner = &self.inner;
        let url = self.token_url();
        let scope = audience.scope(inner.cloud);
        // The token URL holds the tenant id, which logs never name.
        tracing::debug!(%scope, "requesting an access token");
        let response = match &inner.credential {
            Credential::Secret(secret) => {
                let form = [
                    ("grant_type", "client_credentials"),
                    ("client_id", inner.client_id.as_str()),
                    ("client_secret", secret.expose()),
                    ("scope", scope.as_str()),
                ];
                self.request_token(&url, &form, &[secret]).await?
            }
            Credential::Certificate(certificate) => {
                let assertion = certificate
                    .assertion(&inner.client_id, &url)
                    .map_err(|message| CollectError::InvalidToken { message })?;
                let form = [
                    ("grant_type", "client_credentials"),
                    ("client_id", inner.client_id.as_str()),
                    ("client_assertion_type", CLIENT_ASSERTION_TYPE),
                    ("client_assertion", assertion.expose()),
                    ("scope", scope.as_str()),
                ];
                self.request_token(&url, &form, &[&assertion]).await?
            }
            Credential::DeviceCode(handler) => {
                let scope = format!("{scope} offline_access");
                let refresh_token = lock(&inner.slots).refresh_token.clone();
                let refreshed = match refresh_token {
                    Some(refresh_token) => self.refresh(&url, &scope, &refresh_token).await,
                    None => None,
                };
                match refreshed {
                    Some(response) => response,
                    None => {
                        let flow = device::Flow {
                            client: &inner.client,
                            login: &inner.login,
                            tenant_id: &inner.tenant_id,
                            client_id: &inner.client_id,
                            cancel: &inner.cancel,
                        };
                        flow.sign_in(&scope, handler).await?
                    }
                }
            }
        };
        check_tenant(response.access_token.expose(), &inner.tenant_id)?;
        if let Some(refresh_token) = response.refresh_token {
            lock(&inner.slots).refresh_token = Some(refresh_token);
        }
        let lifetime = response
            .expires_in
            .map_or(DEFAULT_LIFETIME, Duration::from_secs);
        Ok(Token {
            access_token: response.access_token,
            renew_at: Instant::now() + lifetime - renew_margin(lifetime),
        })
    }

    /// Redeems the refresh token of a delegated sign-in for `scope`; `None` when the login
    /// endpoint refuses it, so the caller signs in again.
    async fn refresh(
        &self,
        url: &str,
        scope: &str,
        refresh_token: &Secret,
    ) -> Option<TokenResponse> {
        let form = [
            ("grant_type", "refresh_token"),
            ("client_id", self.inner.client_id.as_str()),
            ("refresh_token", refresh_token.expose()),
            ("scope", scope),
        ];
        match self.request_token(url, &form, &[refresh_token]).await {
            Ok(response) => Some(response),
            Err(error) => {
                tracing::info!(%error, "the refresh token was rejected; signing in again");
                None
            }
        }
    }

    /// Posts a token request and reads the token response; `secrets` are replaced in errors.
    async fn request_token(
        &self,
        url: &str,
        form: &[(&str, &str)],
        secrets: &[&Secret],
    ) -> Result<TokenResponse, CollectError> {
        let (status, body) = post_form(&self.inner.client, url, form).await?;
        if !status.is_success() {
            return Err(sign_in_error(&self.inner.tenant_id, status, &body, secrets));
        }
        parse_token_response(url, &body)
    }
}

/// Returns how long before expiry a token of `lifetime` is renewed.
fn renew_margin(lifetime: Duration) -> Duration {
    RENEW_BEFORE_EXPIRY.min(lifetime / 2)
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A successful token response.
#[derive(Deserialize)]
pub(crate) struct TokenResponse {
    pub(crate) access_token: AccessToken,
    #[serde(default)]
    pub(crate) expires_in: Option<u64>,
    #[serde(default)]
    pub(crate) refresh_token: Option<Secret>,
}

/// Error body of the login endpoint.
#[derive(Deserialize, Default)]
pub(crate) struct EntraError {
    #[serde(default)]
    pub(crate) error: String,
    #[serde(default)]
    pub(crate) error_description: String,
}

/// Posts a form to the login endpoint and returns the status and body.
///
/// # Errors
/// Returns [`CollectError::LoginUnreachable`] when no response arrives.
pub(crate) async fn post_form(
    client: &reqwest::Client,
    url: &str,
    form: &[(&str, &str)],
) -> Result<(reqwest::StatusCode, Vec<u8>), CollectError> {
    let response = client.post(url).form(form).send().await.map_err(|source| {
        CollectError::LoginUnreachable {
            url: url.to_owned(),
            source: source.without_url(),
        }
    })?;
    let status = response.status();
    // NOTE: unlike Graph and Exchange responses, the token response is read without a size
    // limit; only the configured login endpoint can send it.
    let body = response.bytes().await.unwrap_or_default();
    Ok((status, body.to_vec()))
}

/// Reads a token response body.
pub(crate) fn parse_token_response(url: &str, body: &[u8]) -> Result<TokenResponse, CollectError> {
    serde_json::from_slice(body).map_err(|e| CollectError::InvalidToken {
        message: format!("the token response from {url} is not valid JSON: {e}"),
    })
}

/// Builds the sign-in error from Entra's error body, with every secret replaced.
pub(crate) fn sign_in_error(
    tenant_id: &str,
    status: reqwest::StatusCode,
    body: &[u8],
    secrets: &[&Secret],
) -> CollectError {
    let entra: EntraError = serde_json::from_slice(body).unwrap_or_default();
    let code = if entra.error.is_empty() {
        format!("HTTP {}", status.as_u16())
    } else {
        entra.error
    };
    let mut description = entra.error_description;
    for secret in secrets {
        let secret = secret.expose();
        if !secret.is_empty() {
            description = description.replace(secret, REDACTED);
        }
    }
    CollectError::SignIn {
        tenant_id: tenant_id.to_owned(),
        code,
        description,
    }
}

/// Checks that the JWT payload's `tid` claim equals `tenant_id`, ignoring case.
///
/// The signature is not verified: the token came straight from the login endpoint over the
/// connection the collector opened, and the check only guards against a wrong tenant id or
/// login endpoint in the configuration.
///
/// # Errors
/// Returns [`CollectError::InvalidToken`] when the payload cannot be decoded and
/// [`CollectError::TenantMismatch`] when the tenants differ.
pub(crate) fn check_tenant(access_token: &str, tenant_id: &str) -> Result<(), CollectError> {
    let claims = token_claims(access_token)?;
    let tid = claims
        .get("tid")
        .and_then(serde_json::Value::as_str)
        .ok_or_else(|| CollectError::InvalidToken {
            message: "the access token has no tid claim".to_owned(),
        })?;
    if tid.eq_ignore_ascii_case(tenant_id) {
        Ok(())
    } else {
        Err(CollectError::TenantMismatch {
            expected: tenant_id.to_owned(),
            found: tid.to_owned(),
        })
    }
}

/// Returns the claims (the decoded payload) of a JWT-shaped access token, unverified.
///
/// # Errors
/// Returns [`CollectError::InvalidToken`] when the token is not a JWT with a JSON payload.
pub(crate) fn token_claims(access_token: &str) -> Result<serde_json::Value, CollectError> {
    let invalid = |message: &str| CollectError::InvalidToken {
        message: message.to_owned(),
    };
    let mut parts = access_token.split('.');
    let payload = match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(_), Some(payload), Some(_), None) => payload,
        _ => return Err(invalid("the access token is not a JWT of three parts")),
    };
    let bytes = URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| invalid("the access token payload is not base64url"))?;
    let claims: serde_json::Value = serde_json::from_slice(&bytes)
        .map_err(|_| invalid("the access token payload is not JSON"))?;
    if claims.is_object() {
        Ok(claims)
    } else {
        Err(invalid("the access token payload is not a JSON object"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn access_token_debug_is_redacted() {
        let token = AccessToken::from("eyJ0eXAi.canary-token.c2ln".to_owned());
        assert_eq!(format!("{token:?}"), REDACTED);
    }

    #[test]
    fn access_token_zeroizes_on_drop() {
        fn assert_zeroize_on_drop<T: zeroize::ZeroizeOnDrop>() {}
        assert_zeroize_on_drop::<AccessToken>();
    }

    #[test]
    fn token_response_debug_is_redacted() {
        let body = br#"{"access_token":"canary-token","expires_in":3599,
            "refresh_token":"canary-refresh"}"#;
        let response: TokenResponse = serde_json::from_slice(body).unwrap();
        assert_eq!(response.access_token.expose(), "canary-token");
        assert!(!format!("{:?}", response.access_token).contains("canary"));
        assert!(!format!("{:?}", response.refresh_token).contains("canary"));
    }

    #[test]
    fn renewal_margin_is_capped_at_half_the_lifetime() {
        assert_eq!(renew_margin(Duration::from_secs(3600)), RENEW_BEFORE_EXPIRY);
        assert_eq!(renew_margin(Duration::from_secs(4)), Duration::from_secs(2));
    }

    fn jwt(claims: &serde_json::Value) -> String {
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
        let payload = URL_SAFE_NO_PAD.encode(claims.to_string());
        format!("{header}.{payload}.c2ln")
    }

    #[test]
    fn matching_tid_passes() {
        let token = jwt(&serde_json::json!({"tid": "AB12CD34-0000-0000-0000-000000000000"}));
        let result = check_tenant(&token, "ab12cd34-0000-0000-0000-000000000000");
        assert!(result.is_ok(), "{result:?}");
    }

    #[test]
    fn other_tid_is_mismatch() {
        let token = jwt(&serde_json::json!({"tid": "11111111-0000-0000-0000-000000000000"}));
        let error = check_tenant(&token, "22222222-0000-0000-0000-000000000000").unwrap_err();
        assert!(
            matches!(error, CollectError::TenantMismatch { .. }),
            "{error}"
        );
    }

    #[test]
    fn missing_tid_is_invalid() {
        let token = jwt(&serde_json::json!({"aud": "https://graph.microsoft.com"}));
        let error = check_tenant(&token, "22222222-0000-0000-0000-000000000000").unwrap_err();
        assert!(
            matches!(error, CollectError::InvalidToken { .. }),
            "{error}"
        );
    }

    #[test]
    fn sign_in_error_redacts_echoed_secret() {
        let secret = Secret::new("hunter2-canary".to_owned());
        let body = br#"{"error":"invalid_client",
            "error_description":"AADSTS7000215: secret hunter2-canary is invalid"}"#;
        let message = sign_in_error(
            "22222222-0000-0000-0000-000000000000",
            reqwest::StatusCode::UNAUTHORIZED,
            body,
            &[&secret],
        )
        .to_string();
        assert!(!message.contains("hunter2-canary"), "{message}");
        assert!(message.contains("AADSTS7000215"), "{message}");
    }

    #[test]
    fn opaque_token_is_invalid() {
        let error = check_tenant("not-a-jwt", "22222222-0000-0000-0000-000000000000").unwrap_err();
        assert!(
            matches!(error, CollectError::InvalidToken { .. }),
            "{error}"
        );
    }
}
