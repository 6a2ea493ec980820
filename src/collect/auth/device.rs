//! The device code flow for delegated runs: ask the login endpoint for a user code, show it
//! through the caller's handler, then poll the token endpoint until the user has signed in,
//! declined, or the code has expired.

use std::time::{Duration, Instant};

use serde::Deserialize;
use tokio_util::sync::CancellationToken;

use super::{DeviceCodeHandler, DeviceCodePrompt};
use crate::collect::token::{EntraError, TokenResponse, parse_token_response, post_form};
use crate::collect::{CollectError, Secret};

/// Grant type of the token request that redeems a device code.
const DEVICE_CODE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";

/// Polling interval when the login endpoint names none, as the OAuth device grant defines.
const DEFAULT_INTERVAL: Duration = Duration::from_secs(5);

/// Minimum polling interval, whatever interval the login endpoint requests.
const MIN_INTERVAL: Duration = Duration::from_secs(1);

/// Increase of the polling interval on each `slow_down` error.
const SLOW_DOWN_STEP: Duration = Duration::from_secs(5);

/// Validity assumed when the login endpoint names none.
const DEFAULT_EXPIRY: Duration = Duration::from_secs(900);

/// Response of the login endpoint to the device code request.
#[derive(Deserialize)]
struct DeviceCodeResponse {
    device_code: Secret,
    user_code: String,
    verification_uri: String,
    #[serde(default)]
    expires_in: Option<u64>,
    #[serde(default)]
    interval: Option<u64>,
    #[serde(default)]
    message: String,
}

/// One device code sign-in against a tenant's login endpoint.
pub(crate) struct Flow<'a> {
    pub(crate) client: &'a reqwest::Client,
    pub(crate) login: &'a str,
    pub(crate) tenant_id: &'a str,
    pub(crate) client_id: &'a str,
    pub(crate) cancel: &'a CancellationToken,
}

impl Flow<'_> {
    /// Runs the flow for `scope` and returns the token response.
    ///
    /// # Errors
    /// Fails when the login endpoint refuses the request, the user declines, the code
    /// expires, the run is cancelled, or no handler can show the code.
    pub(crate) async fn sign_in(
        &self,
        scope: &str,
        handler: &DeviceCodeHandler,
    ) -> Result<TokenResponse, CollectError> {
        let url = format!("{}/{}/oauth2/v2.0/devicecode", self.login, self.tenant_id);
        let form = [("client_id", self.client_id), ("scope", scope)];
        let (status, body) = post_form(self.client, &url, &form).await?;
        if !status.is_success() {
            return Err(sign_in_rejected(self.tenant_id, status, &body));
        }
        let code: DeviceCodeResponse =
            serde_json::from_slice(&body).map_err(|e| CollectError::InvalidToken {
                message: format!("the device code response from {url} is not valid JSON: {e}"),
            })?;
        let expires_in = code.expires_in.map_or(DEFAULT_EXPIRY, Duration::from_secs);
        let prompt = DeviceCodePrompt {
            user_code: code.user_code.clone(),
            verification_uri: code.verification_uri.clone(),
            expires_in,
            message: code.message.clone(),
        };
        handler(&prompt);
        tracing::info!("device code shown; waiting for the user to sign in");
        let interval = code
            .interval
            .map_or(DEFAULT_INTERVAL, Duration::from_secs)
            .max(MIN_INTERVAL);
        self.poll(&code.device_code, interval, Instant::now() + expires_in)
            .await
    }

    /// Polls the token endpoint every `interval` until a token, a final error or `deadline`.
    async fn poll(
        &self,
        device_code: &Secret,
        mut interval: Duration,
        deadline: Instant,
    ) -> Result<TokenResponse, CollectError> {
        let url = format!("{}/{}/oauth2/v2.0/token", self.login, self.tenant_id);
        loop {
            if Instant::now() + interval > deadline {
                return Err(CollectError::DeviceCodeExpired);
            }
            tokio::select! {
                biased;
                () = self.cancel.cancelled() => return Err(CollectError::DeviceCodeCancelled),
                () = tokio::time::sleep(interval) => {}
            }
            let form = [
                ("grant_type", DEVICE_CODE_GRANT),
                ("client_id", self.client_id),
                ("device_code", device_code.expose()),
            ];
            let (status, body) = post_form(self.client, &url, &form).await?;
            if status.is_success() {
                return parse_token_response(&url, &body);
            }
            let error: EntraError = serde_json::from_slice(&body).unwrap_or_default();
            match error.error.as_str() {
                "authorization_pending" => {}
                "slow_down" => {
                    interval += SLOW_DOWN_STEP;
                    tracing::info!(
                        interval_s = interval.as_secs(),
                        "the login endpoint asked to poll more slowly"
                    );
                }
                "expired_token" | "code_expired" => return Err(CollectError::DeviceCodeExpired),
                "authorization_declined" | "access_denied" => {
                    return Err(CollectError::DeviceCodeDeclined);
                }
                _ => return Err(sign_in_rejected(self.tenant_id, status, &body)),
            }
        }
    }
}

fn sign_in_rejected(tenant_id: &str, status: reqwest::StatusCode, body: &[u8]) -> CollectError {
    crate::collect::token::sign_in_error(tenant_id, status, body, &[])
}
