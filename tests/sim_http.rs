//! The tenant simulator over real HTTP on 127.0.0.1: token endpoint, paging, `$select`,
//! injected faults, Exchange's InvokeCommand and the loopback-only bind.

use std::collections::HashSet;
use std::net::SocketAddr;
use std::time::Duration;

#[path = "common/sim_client.rs"]
mod sim_client;

use cray::sim::{self, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_TENANT_ID, Fault, SimConfig};
use reqwest::StatusCode;
use serde_json::{Value, json};
use sim_client::{EXCHANGE_SCOPE, GRAPH_SCOPE, get, start, token};

const USERS_URL: &str = "/v1.0/users?$select=id,displayName,userPrincipalName,mail,userType,accountEnabled,onPremisesSyncEnabled,createdDateTime&$top=999";

async fn token_response(base: &str, tenant: &str, secret: &str, scope: &str) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{base}/{tenant}/oauth2/v2.0/token"))
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_id", DEMO_CLIENT_ID),
            ("client_secret", secret),
            ("scope", scope),
        ])
        .send()
        .await
        .expect("token request is answered")
}

/// Decodes the payload segment of a JWT-shaped token.
fn jwt_claims(token: &str) -> Value {
    let payload = token.split('.').nth(1).expect("payload segment");
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut bits = 0u32;
    let mut bit_count = 0;
    let mut bytes = Vec::new();
    for c in payload.bytes() {
        let value = alphabet.iter().position(|a| *a == c).expect("base64url") as u32;
        bits = (bits << 6) | value;
        bit_count += 6;
        if bit_count >= 8 {
            bit_count -= 8;
            bytes.push((bits >> bit_count) as u8);
            bits &= (1 << bit_count) - 1;
        }
    }
    serde_json::from_slice(&bytes).expect("payload is JSON")
}

/// Follows next links and returns every page body.
async fn all_pages(base: &str, path: &str, token: &str) -> Vec<Value> {
    let mut pages = Vec::new();
    let mut next = Some(path.to_owned());
    while let Some(url) = next {
        let response = get(base, &url, token).await;
        assert_eq!(response.status(), StatusCode::OK, "GET {url}");
        let page: Value = response.json().await.expect("page is JSON");
        next = page["@odata.nextLink"].as_str().map(str::to_owned);
        pages.push(page);
        assert!(pages.len() < 50, "paging does not end");
    }
    pages
}

fn values(pages: &[Value]) -> Vec<Value> {
    pages
        .iter()
        .flat_map(|page| page["value"].as_array().cloned().unwrap_or_default())
        .collect()
}

#[tokio::test]
async fn token_with_good_secret_carries_claims() {
    let sim = start(SimConfig::demo()).await;
    let token = token(&sim.base_url(), GRAPH_SCOPE).await;
    let claims = jwt_claims(&token);
    assert_eq!(claims["tid"], DEMO_TENANT_ID);
    assert_eq!(claims["appid"], DEMO_CLIENT_ID);
    assert_eq!(claims["aud"], "https://graph.microsoft.com");
    assert!(claims["exp"].as_u64() > claims["iat"].as_u64());
    assert!(
        claims["roles"]
            .as_array()
            .is_some_and(|roles| !roles.is_empty())
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn token_success_body_has_entra_shape() {
    let sim = start(SimConfig::demo()).await;
    let response = token_response(
        &sim.base_url(),
        DEMO_TENANT_ID,
        DEMO_CLIENT_SECRET,
        GRAPH_SCOPE,
    )
    .await;
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["expires_in"], 3599);
    assert_eq!(body["ext_expires_in"], 3599);
    assert_eq!(
        body["access_token"].as_str().map(|t| t.split('.').count()),
        Some(3)
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn token_with_bad_secret_is_invalid_client() {
    let sim = start(SimConfig::demo()).await;
    let response = token_response(&sim.base_url(), DEMO_TENANT_ID, "wrong", GRAPH_SCOPE).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"], "invalid_client");
    assert_eq!(body["error_codes"], json!([7000215]));
    let description = body["error_description"].as_str().unwrap_or_default();
    assert!(description.starts_with("AADSTS7000215:"), "{description}");
    sim.shutdown().await;
}

#[tokio::test]
async fn token_for_unknown_tenant_is_invalid_request() {
    let sim = start(SimConfig::demo()).await;
    let other = "00000000-1111-2222-3333-444444444444";
    let response = token_response(&sim.base_url(), other, DEMO_CLIENT_SECRET, GRAPH_SCOPE).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"], "invalid_request");
    assert_eq!(body["error_codes"], json!([90002]));
    sim.shutdown().await;
}

#[tokio::test]
async fn token_scope_without_default_suffix_is_rejected() {
    let sim = start(SimConfig::demo()).await;
    let scope = "https://graph.microsoft.com/User.Read";
    let response = token_response(&sim.base_url(), DEMO_TENANT_ID, DEMO_CLIENT_SECRET, scope).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"], "invalid_scope");
    sim.shutdown().await;
}

#[tokio::test]
async fn graph_without_token_is_unauthorized() {
    let sim = start(SimConfig::demo()).await;
    let response = reqwest::get(format!("{}/v1.0/organization", sim.base_url()))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "InvalidAuthenticationToken");
    sim.shutdown().await;
}

#[tokio::test]
async fn graph_rejects_token_not_issued_by_sim() {
    let sim = start(SimConfig::demo()).await;
    let response = get(
        &sim.base_url(),
        "/v1.0/organization",
        "eyJ0eXAiOiJKV1QifQ.e30.c2ln",
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    sim.shutdown().await;
}

#[tokio::test]
async fn graph_rejects_exchange_token() {
    let sim = start(SimConfig::demo()).await;
    let token = token(&sim.base_url(), EXCHANGE_SCOPE).await;
    let response = get(&sim.base_url(), "/v1.0/organization", &token).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    sim.shutdown().await;
}

#[tokio::test]
async fn users_page_through_all_fifty() {
    let sim = start(SimConfig::demo()).await;
    let base = sim.base_url();
    let token = token(&base, GRAPH_SCOPE).await;
    let pages = all_pages(&base, USERS_URL, &token).await;
    let users = values(&pages);
    let ids: HashSet<&str> = users.iter().filter_map(|u| u["id"].as_str()).collect();
    assert_eq!(pages.len(), 5);
    assert_eq!(users.len(), 50);
    assert_eq!(ids.len(), 50);
    sim.shutdown().await;
}

#[tokio::test]
async fn next_link_is_absolute_on_same_base() {
    let sim = start(SimConfig::demo()).await;
    let base = sim.base_url();
    let token = token(&base, GRAPH_SCOPE).await;
    let page: Value = get(&base, USERS_URL, &token).await.json().await.unwrap();
    let next = page["@odata.nextLink"].as_str().unwrap_or_default();
    let expected_prefix = format!("{base}{USERS_URL}&$skiptoken=");
    assert!(next.starts_with(&expected_prefix), "{next}");
    let context = page["@odata.context"].as_str().unwrap_or_default();
    assert!(
        context.starts_with(&format!("{base}/v1.0/$metadata#users(")),
        "{context}"
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn top_smaller_than_page_size_is_honoured() {
    let sim = start(SimConfig::demo()).await;
    let base = sim.base_url();
    let token = token(&base, GRAPH_SCOPE).await;
    let pages = all_pages(&base, "/v1.0/users?$select=id&$top=7", &token).await;
    assert_eq!(pages[0]["value"].as_array().map(Vec::len), Some(7));
    assert_eq!(values(&pages).len(), 50);
    sim.shutdown().await;
}

#[tokio::test]
async fn page_size_setting_changes_page_count() {
    let config = SimConfig {
        page_size: 25,
        ..SimConfig::demo()
    };
    let sim = start(config).await;
    let base = sim.base_url();
    let token = token(&base, GRAPH_SCOPE).await;
    assert_eq!(all_pages(&base, USERS_URL, &token).await.len(), 2);
    sim.shutdown().await;
}

#[tokio::test]
async fn groups_and_role_assignments_take_several_pages() {
    let sim = start(SimConfig::demo()).await;
    let base = sim.base_url();
    let token = token(&base, GRAPH_SCOPE).await;
    let groups = "/v1.0/groups?$select=id,displayName,description,groupTypes,securityEnabled,mailEnabled,isAssignableToRole,onPremisesSyncEnabled&$top=999";
    let assignments = "/v1.0/roleManagement/directory/roleAssignments?$select=id,principalId,roleDefinitionId,directoryScopeId";
    assert!(all_pages(&base, groups, &token).await.len() > 1);
    assert!(all_pages(&base, assignments, &token).await.len() > 1);
    sim.shutdown().await;
}

#[tokio::test]
async fn invalid_skip_token_is_bad_request() {
    let sim = start(SimConfig::demo()).await;
    let base = sim.base_url();
    let token = token(&base, GRAPH_SCOPE).await;
    let response = get(&base, "/v1.0/users?$skiptoken=bm9wZQ", &token).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    sim.shutdown().await;
}

#[tokio::test]
async fn select_returns_only_selected_properties() {
    let sim = start(SimConfig::demo()).await;
    let base = sim.base_url();
    let token = token(&base, GRAPH_SCOPE).await;
    let page: Value = get(&base, "/v1.0/users?$select=displayName,userType", &token)
        .await
        .json()
        .await
        .unwrap();
    for user in page["value"].as_array().unwrap() {
        let mut keys: Vec<&str> = user
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(keys, ["displayName", "id", "userType"]);
    }
    sim.shutdown().await;
}

#[tokio::test]
async fn singleton_has_no_value_wrapper() {
    let sim = start(SimConfig::demo()).await;
    let base = sim.base_url();
    let token = token(&base, GRAPH_SCOPE).await;
    let policy: Value = get(&base, "/v1.0/policies/authorizationPolicy", &token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(policy["id"], "authorizationPolicy");
    assert!(policy.get("value").is_none());
    let context = policy["@odata.context"].as_str().unwrap_or_default();
    assert!(
        context.ends_with("#policies/authorizationPolicy/$entity"),
        "{context}"
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn unknown_graph_segment_is_bad_request() {
    let sim = start(SimConfig::demo()).await;
    let base = sim.base_url();
    let token = token(&base, GRAPH_SCOPE).await;
    let response = get(&base, "/v1.0/nonsense", &token).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    sim.shutdown().await;
}

#[tokio::test]
async fn throttle_fault_sends_retry_after_then_recovers() {
    let config = SimConfig {
        faults: vec![Fault::Throttle {
            path_prefix: "/v1.0/users".into(),
            count: 2,
            retry_after: Some("2".into()),
        }],
        ..SimConfig::demo()
    };
    let sim = start(config).await;
    let base = sim.base_url();
    let token = token(&base, GRAPH_SCOPE).await;
    for _ in 0..2 {
        let response = get(&base, USERS_URL, &token).await;
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        let retry_after = response.headers().get("retry-after").cloned();
        assert_eq!(
            retry_after.as_ref().and_then(|v| v.to_str().ok()),
            Some("2")
        );
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"]["code"], "TooManyRequests");
        assert!(body["error"]["innerError"]["request-id"].is_string());
    }
    assert_eq!(get(&base, USERS_URL, &token).await.status(), StatusCode::OK);
    sim.shutdown().await;
}

#[tokio::test]
async fn throttle_fault_without_retry_after_has_no_header() {
    let config = SimConfig {
        faults: vec![Fault::Throttle {
            path_prefix: "/v1.0/identity".into(),
            count: 1,
            retry_after: None,
        }],
        ..SimConfig::demo()
    };
    let sim = start(config).await;
    let base = sim.base_url();
    let token = token(&base, GRAPH_SCOPE).await;
    let response = get(&base, "/v1.0/identity/conditionalAccess/policies", &token).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(response.headers().get("retry-after").is_none());
    sim.shutdown().await;
}

#[tokio::test]
async fn throttle_fault_leaves_other_paths_alone() {
    let config = SimConfig {
        faults: vec![Fault::Throttle {
            path_prefix: "/v1.0/users".into(),
            count: 5,
            retry_after: Some("1".into()),
        }],
        ..SimConfig::demo()
    };
    let sim = start(config).await;
    let base = sim.base_url();
    let token = token(&base, GRAPH_SCOPE).await;
    assert_eq!(
        get(&base, "/v1.0/groups", &token).await.status(),
        StatusCode::OK
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn deny_fault_answers_every_request_with_403() {
    let config = SimConfig {
        faults: vec![Fault::Deny {
            path_prefix: "/v1.0/roleManagement".into(),
        }],
        ..SimConfig::demo()
    };
    let sim = start(config).await;
    let base = sim.base_url();
    let token = token(&base, GRAPH_SCOPE).await;
    for _ in 0..3 {
        let path = "/v1.0/roleManagement/directory/roleDefinitions";
        let response = get(&base, path, &token).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"]["code"], "Authorization_RequestDenied");
    }
    assert_eq!(
        get(&base, "/v1.0/domains", &token).await.status(),
        StatusCode::OK
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn server_error_fault_fails_first_requests_only() {
    let config = SimConfig {
        faults: vec![Fault::ServerError {
            path_prefix: "/v1.0/groups".into(),
            count: 1,
            status: 503,
        }],
        ..SimConfig::demo()
    };
    let sim = start(config).await;
    let base = sim.base_url();
    let token = token(&base, GRAPH_SCOPE).await;
    let first = get(&base, "/v1.0/groups", &token).await;
    assert_eq!(first.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        get(&base, "/v1.0/groups", &token).await.status(),
        StatusCode::OK
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn requests_are_recorded_with_status() {
    let sim = start(SimConfig::demo()).await;
    let base = sim.base_url();
    let token = token(&base, GRAPH_SCOPE).await;
    get(&base, "/v1.0/domains", &token).await;
    let requests = sim.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].method, "POST");
    assert!(!requests[0].has_bearer);
    assert_eq!(requests[1].path_and_query, "/v1.0/domains");
    assert!(requests[1].has_bearer);
    assert_eq!(requests[1].status, 200);
    sim.shutdown().await;
}

#[tokio::test]
async fn latency_delays_responses() {
    let config = SimConfig {
        latency: Duration::from_millis(120),
        ..SimConfig::demo()
    };
    let sim = start(config).await;
    let started = std::time::Instant::now();
    token(&sim.base_url(), GRAPH_SCOPE).await;
    assert!(started.elapsed() >= Duration::from_millis(120));
    sim.shutdown().await;
}

async fn invoke(base: &str, token: &str, url: Option<&str>, body: &Value) -> reqwest::Response {
    let default_url = format!("{base}/adminapi/beta/{DEMO_TENANT_ID}/InvokeCommand");
    reqwest::Client::new()
        .post(url.unwrap_or(&default_url))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .expect("InvokeCommand is answered")
}

fn cmdlet(name: &str, parameters: Value) -> Value {
    json!({"CmdletInput": {"CmdletName": name, "Parameters": parameters}})
}

#[tokio::test]
async fn invoke_command_returns_remote_domains() {
    let sim = start(SimConfig::demo()).await;
    let base = sim.base_url();
    let token = token(&base, EXCHANGE_SCOPE).await;
    let body = cmdlet("Get-RemoteDomain", json!({"ResultSize": "Unlimited"}));
    let response = invoke(&base, &token, None, &body).await;
    assert_eq!(response.status(), StatusCode::OK);
    let page: Value = response.json().await.unwrap();
    let domains: Vec<&str> = page["value"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["DomainName"].as_str())
        .collect();
    assert_eq!(domains, ["*", "partner-lab.example"]);
    assert_eq!(page["@adminapi.warnings"], json!([]));
    sim.shutdown().await;
}

#[tokio::test]
async fn invoke_command_serves_all_four_cmdlets() {
    let sim = start(SimConfig::demo()).await;
    let base = sim.base_url();
    let token = token(&base, EXCHANGE_SCOPE).await;
    for name in [
        "Get-OrganizationConfig",
        "Get-RemoteDomain",
        "Get-HostedOutboundSpamFilterPolicy",
        "Get-HostedOutboundSpamFilterRule",
    ] {
        let response = invoke(&base, &token, None, &cmdlet(name, json!({}))).await;
        assert_eq!(response.status(), StatusCode::OK, "{name}");
        let page: Value = response.json().await.unwrap();
        let count = page["value"].as_array().map_or(0, Vec::len);
        assert!(count > 0, "{name} returned no objects");
    }
    sim.shutdown().await;
}

#[tokio::test]
async fn invoke_command_pages_with_same_body() {
    let config = SimConfig {
        page_size: 1,
        ..SimConfig::demo()
    };
    let sim = start(config).await;
    let base = sim.base_url();
    let token = token(&base, EXCHANGE_SCOPE).await;
    let body = cmdlet("Get-HostedOutboundSpamFilterPolicy", json!({}));
    let first: Value = invoke(&base, &token, None, &body)
        .await
        .json()
        .await
        .unwrap();
    let next = first["@odata.nextLink"]
        .as_str()
        .expect("nextLink on page 1");
    let second: Value = invoke(&base, &token, Some(next), &body)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(first["value"][0]["Name"], "Default");
    assert_eq!(second["value"][0]["Name"], "Finance forwarding exception");
    assert!(second.get("@odata.nextLink").is_none());
    sim.shutdown().await;
}

#[tokio::test]
async fn invoke_command_without_exchange_access_is_forbidden() {
    let config = SimConfig {
        exchange_access: false,
        ..SimConfig::demo()
    };
    let sim = start(config).await;
    let base = sim.base_url();
    let token = token(&base, EXCHANGE_SCOPE).await;
    let body = cmdlet("Get-OrganizationConfig", json!({}));
    let response = invoke(&base, &token, None, &body).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    sim.shutdown().await;
}

#[tokio::test]
async fn invoke_command_rejects_graph_token() {
    let sim = start(SimConfig::demo()).await;
    let base = sim.base_url();
    let token = token(&base, GRAPH_SCOPE).await;
    let body = cmdlet("Get-OrganizationConfig", json!({}));
    let response = invoke(&base, &token, None, &body).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    sim.shutdown().await;
}

#[tokio::test]
async fn unknown_cmdlet_is_invalid_operation() {
    let sim = start(SimConfig::demo()).await;
    let base = sim.base_url();
    let token = token(&base, EXCHANGE_SCOPE).await;
    let response = invoke(&base, &token, None, &cmdlet("Get-Nothing", json!({}))).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["message"], "Invalid Operation");
    let inner = body["error"]["innererror"]["internalexception"]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(inner.contains("Get-Nothing"), "{inner}");
    sim.shutdown().await;
}

#[tokio::test]
async fn parameter_the_cmdlet_lacks_is_invalid_operation() {
    let sim = start(SimConfig::demo()).await;
    let base = sim.base_url();
    let token = token(&base, EXCHANGE_SCOPE).await;
    let body = cmdlet("Get-OrganizationConfig", json!({"ResultSize": "Unlimited"}));
    let response = invoke(&base, &token, None, &body).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    sim.shutdown().await;
}

#[tokio::test]
async fn non_loopback_bind_is_rejected() {
    let addr = SocketAddr::from(([0, 0, 0, 0], 0));
    let error = sim::start(addr, SimConfig::demo())
        .await
        .err()
        .expect("0.0.0.0 is rejected");
    let message = error.to_string();
    assert!(message.contains("0.0.0.0:0"), "{message}");
    assert!(message.contains("127.0.0.1"), "{message}");
}

#[tokio::test]
async fn ipv6_loopback_bind_is_accepted() {
    let addr: SocketAddr = "[::1]:0".parse().unwrap();
    // Hosts without IPv6 cannot bind ::1; only a loopback rejection would be a failure here.
    match sim::start(addr, SimConfig::demo()).await {
        Ok(sim) => {
            assert!(sim.base_url().starts_with("http://[::1]:"));
            sim.shutdown().await;
        }
        Err(error) => assert!(matches!(error, sim::SimError::Bind { .. }), "{error}"),
    }
}

#[tokio::test]
async fn token_of_other_simulator_is_rejected() {
    let first = start(SimConfig::demo()).await;
    let second = start(SimConfig::demo()).await;
    let token = token(&first.base_url(), GRAPH_SCOPE).await;
    let response = get(&second.base_url(), "/v1.0/organization", &token).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    first.shutdown().await;
    second.shutdown().await;
}

#[tokio::test]
async fn serve_until_ctrl_c_rejects_non_loopback() {
    let addr = SocketAddr::from(([192, 0, 2, 1], 8080));
    let result = sim::serve_until_ctrl_c(addr, SimConfig::demo()).await;
    assert!(matches!(result, Err(sim::SimError::NotLoopback { .. })));
}
