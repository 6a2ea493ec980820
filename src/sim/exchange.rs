//! Exchange Online's InvokeCommand endpoint for the read-only cmdlets the collector runs.
//!
//! The client posts `{"CmdletInput":{"CmdletName":..,"Parameters":{..}}}`. The response is the
//! `Exchange.GenericHashTable` collection envelope, paged with `@odata.nextLink`, and the client
//! posts the same body again to each next link.

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{Map, Value, json};

use super::auth::{self, Api};
use super::demo::DemoTenant;
use super::state::SimState;
use super::wire::{decode_skip_token, encode_skip_token};

/// A cmdlet the simulator runs: its name, the parameters it takes, and its data.
struct Cmdlet {
    name: &'static str,
    parameters: &'static [&'static str],
    pick: fn(&DemoTenant) -> &Value,
}

/// The cmdlets of the contract, with the read parameters each one takes in Exchange Online.
const CMDLETS: [Cmdlet; 24] = [
    Cmdlet {
        name: "Get-OrganizationConfig",
        parameters: &["Identity"],
        pick: |t| &t.exo_organization_config,
    },
    Cmdlet {
        name: "Get-RemoteDomain",
        parameters: &["Identity", "ResultSize"],
        pick: |t| &t.exo_remote_domains,
    },
    Cmdlet {
        name: "Get-HostedOutboundSpamFilterPolicy",
        parameters: &["Identity"],
        pick: |t| &t.exo_outbound_spam_policies,
    },
    Cmdlet {
        name: "Get-HostedOutboundSpamFilterRule",
        parameters: &["Identity", "State"],
        pick: |t| &t.exo_outbound_spam_rules,
    },
    Cmdlet {
        name: "Get-AcceptedDomain",
        parameters: &["Identity", "ResultSize"],
        pick: |t| &t.exo_accepted_domains,
    },
    Cmdlet {
        name: "Get-AdminAuditLogConfig",
        parameters: &[],
        pick: |t| &t.exo_admin_audit_log_config,
    },
    Cmdlet {
        name: "Get-AtpPolicyForO365",
        parameters: &["Identity"],
        pick: |t| &t.exo_atp_policy,
    },
    Cmdlet {
        name: "Get-DkimSigningConfig",
        parameters: &["Identity"],
        pick: |t| &t.exo_dkim_signing_config,
    },
    Cmdlet {
        name: "Get-Mailbox",
        parameters: &[
            "Identity",
            "ResultSize",
            "RecipientTypeDetails",
            "Filter",
            "Anr",
            "Archive",
            "IncludeInactiveMailbox",
            "InactiveMailboxOnly",
            "SoftDeletedMailbox",
            "SortBy",
        ],
        pick: |t| &t.exo_mailboxes,
    },
    Cmdlet {
        name: "Get-SafeLinksPolicy",
        parameters: &["Identity"],
        pick: |t| &t.exo_safe_links_policies,
    },
    Cmdlet {
        name: "Get-SafeAttachmentPolicy",
        parameters: &["Identity"],
        pick: |t| &t.exo_safe_attachment_policies,
    },
    Cmdlet {
        name: "Get-SharingPolicy",
        parameters: &["Identity"],
        pick: |t| &t.exo_sharing_policies,
    },
    Cmdlet {
        name: "Get-TransportRule",
        parameters: &[
            "Identity",
            "ResultSize",
            "State",
            "DlpPolicy",
            "ExcludeConditionActionDetails",
            "Filter",
        ],
        pick: |t| &t.exo_transport_rules,
    },
    Cmdlet {
        name: "Get-MalwareFilterPolicy",
        parameters: &["Identity"],
        pick: |t| &t.exo_malware_filter_policies,
    },
    Cmdlet {
        name: "Get-HostedContentFilterPolicy",
        parameters: &["Identity"],
        pick: |t| &t.exo_content_filter_policies,
    },
    Cmdlet {
        name: "Get-AntiPhishPolicy",
        parameters: &["Identity", "Advanced", "Impersonation", "Spoof"],
        pick: |t| &t.exo_anti_phish_policies,
    },
    Cmdlet {
        name: "Get-OwaMailboxPolicy",
        parameters: &["Identity"],
        pick: |t| &t.exo_owa_mailbox_policies,
    },
    Cmdlet {
        name: "Get-TransportConfig",
        parameters: &[],
        pick: |t| &t.exo_transport_config,
    },
    Cmdlet {
        name: "Get-ExternalInOutlook",
        parameters: &["Identity"],
        pick: |t| &t.exo_external_in_outlook,
    },
    Cmdlet {
        name: "Get-MailboxAuditBypassAssociation",
        parameters: &["Identity", "ResultSize"],
        pick: |t| &t.exo_mailbox_audit_bypass,
    },
    Cmdlet {
        name: "Get-RoleAssignmentPolicy",
        parameters: &["Identity"],
        pick: |t| &t.exo_role_assignment_policies,
    },
    Cmdlet {
        name: "Get-HostedConnectionFilterPolicy",
        parameters: &["Identity"],
        pick: |t| &t.exo_connection_filter_policies,
    },
    Cmdlet {
        name: "Get-EOPProtectionPolicyRule",
        parameters: &["Identity", "State"],
        pick: |t| &t.exo_eop_protection_policy_rules,
    },
    Cmdlet {
        name: "Get-ATPProtectionPolicyRule",
        parameters: &["Identity", "State"],
        pick: |t| &t.exo_atp_protection_policy_rules,
    },
];

/// Number of NUL bytes in the body of a 403. Exchange Online has been observed to reject an app
/// without a role with such a non-JSON body.
const FORBIDDEN_BODY_LEN: usize = 16;

/// Returns how many objects the demo tenant's cmdlet `name` returns; `None` for an unknown
/// cmdlet.
pub fn demo_count(tenant: &DemoTenant, name: &str) -> Option<u64> {
    let cmdlet = CMDLETS.iter().find(|c| c.name.eq_ignore_ascii_case(name))?;
    Some((cmdlet.pick)(tenant).as_array().map_or(1, Vec::len) as u64)
}

/// Routes of the Exchange host.
pub fn routes() -> Router<Arc<SimState>> {
    Router::new().route(
        "/adminapi/beta/{tenant}/InvokeCommand",
        post(invoke_command),
    )
}

/// Handles `POST /adminapi/beta/{tenant}/InvokeCommand`.
async fn invoke_command(
    State(state): State<Arc<SimState>>,
    Path(tenant): Path<String>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if let Err(rejection) = auth::verify_bearer(&state, &headers, Api::Exchange) {
        tracing::info!(%rejection, "rejected Exchange token");
        return exchange_error(
            StatusCode::UNAUTHORIZED,
            "Unauthorized",
            &rejection.to_string(),
        );
    }
    if !auth::is_demo_tenant(&tenant) {
        let message = format!("The tenant '{tenant}' was not found.");
        return exchange_error(StatusCode::NOT_FOUND, "NotFound", &message);
    }
    if !state.config.exchange_access {
        return forbidden();
    }
    let skip_token = query.ok().and_then(|Query(pairs)| {
        pairs
            .into_iter()
            .find(|(key, _)| key == "$skiptoken")
            .map(|(_, value)| value)
    });
    match run(&state, &tenant, &body, skip_token.as_deref()) {
        Ok(page) => Json(page).into_response(),
        Err(error) => error.into_response(),
    }
}

/// Parses the cmdlet call and returns the requested page of its result.
fn run(
    state: &SimState,
    tenant: &str,
    body: &[u8],
    skip_token: Option<&str>,
) -> Result<Value, InvalidOperation> {
    let (name, parameters) = parse_cmdlet_input(body)?;
    let cmdlet = CMDLETS
        .iter()
        .find(|cmdlet| cmdlet.name.eq_ignore_ascii_case(&name))
        .ok_or_else(|| {
            let message = format!(
                "The term '{name}' is not recognized as a name of a cmdlet, function, script \
                 file, or executable program."
            );
            invalid_operation(
                "System.Management.Automation.CommandNotFoundException",
                &message,
            )
        })?;
    if let Some(unknown) = parameters
        .keys()
        .find(|key| !cmdlet.parameters.contains(&key.as_str()))
    {
        let message = format!(
            "Parameter set cannot be resolved using the specified named parameters. Invalid \
             cmdlet parameters specified. {unknown}"
        );
        let exception =
            "Microsoft.Exchange.AdminApi.CommandInvocation.AmbiguousParameterSetException";
        return Err(invalid_operation(exception, &message));
    }
    let offset = match skip_token {
        Some(token) => decode_skip_token(cmdlet.name, token).ok_or_else(|| {
            invalid_operation("System.ArgumentException", "The skip token is not valid.")
        })?,
        None => 0,
    };
    Ok(page(state, tenant, cmdlet, offset))
}

/// Reads `CmdletInput.CmdletName` and `CmdletInput.Parameters` from the request body.
fn parse_cmdlet_input(body: &[u8]) -> Result<(String, Map<String, Value>), InvalidOperation> {
    let request: Value = serde_json::from_slice(body).map_err(|error| {
        invalid_operation(
            "System.ArgumentException",
            &format!("The request body is not valid JSON: {error}"),
        )
    })?;
    let input = &request["CmdletInput"];
    let name = input["CmdletName"].as_str().ok_or_else(|| {
        invalid_operation(
            "System.ArgumentException",
            "CmdletInput.CmdletName is missing.",
        )
    })?;
    let parameters = match &input["Parameters"] {
        Value::Object(parameters) => parameters.clone(),
        Value::Null => Map::new(),
        _ => {
            let message = "CmdletInput.Parameters must be a JSON object.";
            return Err(invalid_operation("System.ArgumentException", message));
        }
    };
    Ok((name.to_owned(), parameters))
}

/// Builds the response envelope for the page starting at `offset`.
fn page(state: &SimState, tenant: &str, cmdlet: &Cmdlet, offset: usize) -> Value {
    let items = (cmdlet.pick)(&state.tenant)
        .as_array()
        .map_or(&[][..], Vec::as_slice);
    let end = offset
        .saturating_add(state.config.page_size.max(1))
        .min(items.len());
    let service_root = format!("{}/adminapi/beta/{tenant}", state.base_url());
    let context = format!("{service_root}/$metadata#Collection(Exchange.GenericHashTable)");
    let mut envelope = Map::new();
    envelope.insert("@odata.context".into(), json!(context));
    envelope.insert(
        "adminapi.warnings@odata.type".into(),
        json!("#Collection(String)"),
    );
    envelope.insert("@adminapi.warnings".into(), json!([]));
    if end < items.len() {
        let token = encode_skip_token(cmdlet.name, end);
        envelope.insert(
            "@odata.nextLink".into(),
            json!(format!("{service_root}/InvokeCommand?$skiptoken={token}")),
        );
    }
    let value = items.get(offset..end).unwrap_or_default().to_vec();
    envelope.insert("value".into(), Value::Array(value));
    Value::Object(envelope)
}

/// Builds the 403 for an app without an Exchange role: a body of NUL bytes, not JSON.
fn forbidden() -> Response {
    tracing::info!("InvokeCommand denied: the app has no Exchange role");
    let body = Body::from(vec![0u8; FORBIDDEN_BODY_LEN]);
    let mut response = (StatusCode::FORBIDDEN, body).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/octet-stream"),
    );
    response
}

/// Exchange's 400 "Invalid Operation": the .NET exception type and its message.
struct InvalidOperation {
    exception: &'static str,
    message: String,
}

impl IntoResponse for InvalidOperation {
    fn into_response(self) -> Response {
        tracing::info!(exception = self.exception, message = %self.message, "InvokeCommand rejected");
        invalid_operation_response(self.exception, &self.message)
    }
}

/// Returns an [`InvalidOperation`] error.
fn invalid_operation(exception: &'static str, message: &str) -> InvalidOperation {
    InvalidOperation {
        exception,
        message: message.to_owned(),
    }
}

/// Builds Exchange's 400 "Invalid Operation" body with the exception type and message.
fn invalid_operation_response(exception: &str, message: &str) -> Response {
    let detail = format!("|{exception}|{message}");
    let body = json!({
        "error": {
            "code": "BadRequest",
            "message": "Invalid Operation",
            "details": [{"code": "Client", "target": "", "message": detail}],
            "innererror": {
                "message": "Invalid Operation",
                "type": "Microsoft.Exchange.Admin.OData.Core.ODataServiceException",
                "stacktrace": "",
                "internalexception": {"message": message, "type": exception, "stacktrace": ""},
            },
        }
    });
    (StatusCode::BAD_REQUEST, Json(body)).into_response()
}

/// Builds a plain Exchange error with a code and message.
fn exchange_error(status: StatusCode, code: &str, message: &str) -> Response {
    (
        status,
        Json(json!({"error": {"code": code, "message": message}})),
    )
        .into_response()
}
