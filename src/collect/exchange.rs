//! Exchange Online reads through the admin API's InvokeCommand endpoint: a POST with a
//! `CmdletInput` body, paged by re-posting the same body to `@odata.nextLink`.

use reqwest::Url;

use super::Sink;
use super::http::{CallError, Outgoing, Session};
use super::paging::read_collection;
use super::throttle::Lane;
use super::token::Audience;
use crate::store::Checkpoint;

/// Page size the collector asks Exchange for.
const PREFER_PAGE_SIZE: &str = "odata.maxpagesize=1000";

/// Runs one cmdlet and reads every page of its result.
///
/// # Errors
/// Returns the call's error, or [`CallError::Failed`] when the URL or the response is malformed.
pub(crate) async fn read(
    session: &Session<'_>,
    sink: &Sink<'_>,
    cmdlet: &str,
    takes_result_size: bool,
) -> Result<Checkpoint, CallError> {
    let request = session.request;
    let text = format!(
        "{}/adminapi/beta/{}/InvokeCommand",
        request.endpoints.exchange, request.tenant_id
    );
    let url = Url::parse(&text)
        .map_err(|e| CallError::Failed(format!("the Exchange URL {text:?} is invalid: {e}")))?;
    // NOTE: the X-AnchorMailbox routing header is not sent because it needs the tenant's
    // initial onmicrosoft.com domain, which the collector does not know.
    let outgoing = Outgoing {
        method: reqwest::Method::POST,
        url,
        headers: vec![
            ("X-ResponseFormat", "json".to_owned()),
            ("X-CmdletName", cmdlet.to_owned()),
            ("Prefer", PREFER_PAGE_SIZE.to_owned()),
        ],
        body: Some(cmdlet_input(cmdlet, takes_result_size)),
        audience: Audience::Exchange,
        lane: Lane::Exchange,
    };
    read_collection(session, sink, &outgoing).await
}

/// Returns the JSON request body that runs `cmdlet`.
fn cmdlet_input(cmdlet: &str, takes_result_size: bool) -> String {
    let parameters = if takes_result_size {
        serde_json::json!({ "ResultSize": "Unlimited" })
    } else {
        serde_json::json!({})
    };
    serde_json::json!({
        "CmdletInput": { "CmdletName": cmdlet, "Parameters": parameters }
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_asks_for_unlimited_results() {
        let body: serde_json::Value =
            serde_json::from_str(&cmdlet_input("Get-RemoteDomain", true)).unwrap();
        assert_eq!(
            body,
            serde_json::json!({"CmdletInput": {"CmdletName": "Get-RemoteDomain",
                "Parameters": {"ResultSize": "Unlimited"}}})
        );
    }

    #[test]
    fn body_without_result_size_has_empty_parameters() {
        let body: serde_json::Value =
            serde_json::from_str(&cmdlet_input("Get-OrganizationConfig", false)).unwrap();
        assert_eq!(body["CmdletInput"]["Parameters"], serde_json::json!({}));
    }
}
