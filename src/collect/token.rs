//! Access tokens: the OAuth 2.0 client-credentials request, one cached token per service, and
//! the tenant guard that compares the token's `tid` claim with the configured tenant id.
//!
//! The client secret goes only into the form body of the token request. Errors carry Entra's
//! error code and description, with any copy of the secret replaced.

use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Deserialize;
use zeroize::Zeroizing;

use super::{CollectError, CollectRequest, REDACTED};

/// Tokens are renewed this long before they expire, so no request leaves with a stale one.
const RENEW_BEFORE_EXPIRY: Duration = Duration::from_secs(300);

/// The service a token is issued for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Audience {
    /// Microsoft Graph.
    Graph,
    /// Exchange Online.
    Exchange,
}

impl Audience {
    /// Returns the OAuth scope, taken from the tenant's cloud even when the base URLs are
    /// overridden, because Entra issues tokens for the real resource names only.
    pub(crate) fn scope(self, request: &CollectRequest) -> String {
        let resource = match self {
            Self::Graph => request.cloud.graph_url(),
            Self::Exchange => request.cloud.exchange_url(),
        };
        format!("{resource}/.default")
    }
}

/// A bearer access token whose `Debug` prints `[redacted]` and whose memory is overwritten
/// with zeros when it is dropped.
///
/// NOTE: copies outside this type are not zeroized: the response body reqwest read it from
/// and the `Authorization` header of each request are freed as they are.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "String")]
pub(crate) struct AccessToken(Zeroizing<String>);

impl From<String> for AccessToken {
    fn from(token: String) -> Self {
        Self(Zeroizing::new(token))
    }
}

impl AccessToken {
    /// Returns the token itself, for the `Authorization` header only.
    pub(crate) fn expose(&self) -> &str {
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

/// The current token of each service, fetched when first needed.
#[derive(Default)]
pub(crate) struct TokenCache {
    graph: Option<Token>,
    exchange: Option<Token>,
}

impl TokenCache {
    /// Returns a valid token for `audience`, fetching a new one when none is cached or the
    /// cached one is about to expire.
    ///
    /// # Errors
    /// Fails when sign-in fails or the token belongs to another tenant.
    pub(crate) async fn get(
        &mut self,
        client: &reqwest::Client,
        request: &CollectRequest,
        audience: Audience,
    ) -> Result<AccessToken, CollectError> {
        let slot = match audience {
            Audience::Graph => &mut self.graph,
            Audience::Exchange => &mut self.exchange,
        };
        if let Some(token) = slot.as_ref().filter(|t| Instant::now() < t.renew_at) {
            return Ok(token.access_token.clone());
        }
        let token = fetch(client, request, audience).await?;
        let access_token = token.access_token.clone();
        *slot = Some(token);
        Ok(access_token)
    }

    /// Drops the cached token of `audience`, so the next [`TokenCache::get`] fetches one.
    pub(crate) fn invalidate(&mut self, audience: Audience) {
        match audience {
            Audience::Graph => self.graph = None,
            Audience::Exchange => self.exchange = None,
        }
    }
}

#[derive(Deserialize)]
struct TokenResponse {
    access_token: AccessToken,
    #[serde(default)]
    expires_in: Option<u64>,
}

#[derive(Deserialize, Default)]
struct EntraError {
    #[serde(default)]
    error: String,
    #[serde(default)]
    error_description: String,
}

/// Requests a token with the client-credentials grant and checks its tenant.
async fn fetch(
    client: &reqwest::Client,
    request: &CollectRequest,
    audience: Audience,
) -> Result<Token, CollectError> {
    let url = format!(
        "{}/{}/oauth2/v2.0/token",
        request.endpoints.login, request.tenant_id
    );
    let scope = audience.scope(request);
    let form = [
        ("grant_type", "client_credentials"),
        ("client_id", request.client_id.as_str()),
        ("client_secret", request.secret.expose()),
        ("scope", scope.as_str()),
    ];

    // The token URL holds the tenant id, which logs never name.
    tracing::debug!(%scope, "requesting an access token");
    let response = client
        .post(&url)
        .form(&form)
        .send()
        .await
        .map_err(|source| CollectError::LoginUnreachable {
            url: url.clone(),
            source: source.without_url(),
        })?;
    let status = response.status();
    // NOTE: unlike Graph and Exchange responses, the token response is read without a size
    // limit; only the configured login endpoint can send it.
    let body = response.bytes().await.unwrap_or_default();
    if !status.is_success() {
        return Err(sign_in_error(request, status, &body));
    }

    let token: TokenResponse =
        serde_json::from_slice(&body).map_err(|e| CollectError::InvalidToken {
            message: format!("the token response from {url} is not valid JSON: {e}"),
        })?;
    check_tenant(token.access_token.expose(), &request.tenant_id)?;

    let lifetime = Duration::from_secs(token.expires_in.unwrap_or(3599));
    Ok(Token {
        access_token: token.access_token,
        renew_at: Instant::now() + lifetime.saturating_sub(RENEW_BEFORE_EXPIRY),
    })
}

/// Builds the sign-in error from Entra's error body, without the secret.
fn sign_in_error(
    request: &CollectRequest,
    status: reqwest::StatusCode,
    body: &[u8],
) -> CollectError {
    let entra: EntraError = serde_json::from_slice(body).unwrap_or_default();
    let code = if entra.error.is_empty() {
        format!("HTTP {}", status.as_u16())
    } else {
        entra.error
    };
    let mut description = entra.error_description;
    let secret = request.secret.expose();
    if !secret.is_empty() {
        description = description.replace(secret, REDACTED);
    }
    CollectError::SignIn {
        tenant_id: request.tenant_id.clone(),
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
    let tid = token_tenant(access_token)?;
    if tid.eq_ignore_ascii_case(tenant_id) {
        Ok(())
    } else {
        Err(CollectError::TenantMismatch {
            expected: tenant_id.to_owned(),
            found: tid,
        })
    }
}

/// Returns the `tid` claim of a JWT-shaped access token.
fn token_tenant(access_token: &str) -> Result<String, CollectError> {
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
    claims
        .get("tid")
        .and_then(serde_json::Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| invalid("the access token has no tid claim"))
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
        let body = br#"{"access_token":"canary-token","expires_in":3599}"#;
        let response: TokenResponse = serde_json::from_slice(body).unwrap();
        assert_eq!(response.access_token.expose(), "canary-token");
        assert!(!format!("{:?}", response.access_token).contains("canary"));
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
        let request = CollectRequest {
            tenant_id: "22222222-0000-0000-0000-000000000000".to_owned(),
            client_id: "33333333-0000-0000-0000-000000000000".to_owned(),
            secret: super::super::Secret::new("hunter2-canary".to_owned()),
            endpoints: crate::tenant::Endpoints {
                login: "http://127.0.0.1:9".to_owned(),
                graph: "http://127.0.0.1:9".to_owned(),
                exchange: "http://127.0.0.1:9".to_owned(),
            },
            cloud: crate::tenant::Cloud::Global,
            datasets: Vec::new(),
        };
        let body = br#"{"error":"invalid_client",
            "error_description":"AADSTS7000215: secret hunter2-canary is invalid"}"#;
        let message = sign_in_error(&request, reqwest::StatusCode::UNAUTHORIZED, body).to_string();
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
