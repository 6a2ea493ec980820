//! Generated tenants, Graph's throttling model, random faults and the expected counts of the
//! simulator, over real HTTP on 127.0.0.1; and the flag errors of `cray simulate`.

use std::collections::HashMap;
use std::io::{Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

#[path = "common/sim_client.rs"]
mod sim_client;

use cray::sim::{self, DEMO_TENANT_ID, FaultMix, Preset, ScaleSpec, SimConfig, ThrottleModel};
use reqwest::StatusCode;
use serde_json::{Value, json};
use sim_client::{EXCHANGE_SCOPE, get, graph_token, start, token};

const DOMAINS: &str = "/v1.0/domains";
const CA_POLICIES: &str = "/v1.0/identity/conditionalAccess/policies";
const REGISTRATION: &str = "/v1.0/reports/authenticationMethods/userRegistrationDetails";

/// Returns the demo settings with Graph's throttling model.
fn throttled_demo() -> SimConfig {
    SimConfig {
        throttle: Some(ThrottleModel::graph()),
        ..SimConfig::demo()
    }
}

/// Returns the S preset without throttling, so that tests can read everything at once.
fn small() -> SimConfig {
    SimConfig {
        throttle: None,
        ..SimConfig::preset(Preset::S)
    }
}

/// Follows next links and returns every item.
async fn all_items(base: &str, path: &str, token: &str) -> Vec<Value> {
    let mut items = Vec::new();
    let mut next = Some(path.to_owned());
    let mut pages = 0;
    while let Some(url) = next {
        let response = get(base, &url, token).await;
        assert_eq!(response.status(), StatusCode::OK, "GET {url}");
        let page: Value = response.json().await.expect("page is JSON");
        next = page["@odata.nextLink"].as_str().map(str::to_owned);
        items.extend(page["value"].as_array().cloned().unwrap_or_default());
        pages += 1;
        assert!(pages < 1_000, "paging of {path} does not end");
    }
    items
}

fn header<'a>(response: &'a reqwest::Response, name: &str) -> Option<&'a str> {
    response.headers().get(name).and_then(|v| v.to_str().ok())
}

fn ids(items: &[Value]) -> Vec<String> {
    items
        .iter()
        .map(|item| item["id"].as_str().expect("id").to_owned())
        .collect()
}

#[tokio::test]
async fn empty_bucket_gives_429_with_scope_and_retry_after() {
    let config = SimConfig {
        throttle: Some(ThrottleModel {
            budget: Some(6),
            ..ThrottleModel::graph()
        }),
        ..SimConfig::demo()
    };
    let sim = start(config).await;
    let base = sim.base_url();
    let token = graph_token(&base).await;
    for round in 0..3 {
        let response = get(&base, "/v1.0/users", &token).await;
        assert_eq!(response.status(), StatusCode::OK, "request {round}");
        assert_eq!(header(&response, "x-ms-resource-unit"), Some("2"));
        let percentage = header(&response, "x-ms-throttle-limit-percentage");
        assert_eq!(
            percentage.is_some(),
            round == 2,
            "request {round}: {percentage:?}"
        );
    }
    let throttled = get(&base, "/v1.0/users", &token).await;
    assert_eq!(throttled.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        header(&throttled, "x-ms-throttle-scope"),
        Some(sim::THROTTLE_SCOPE)
    );
    let wait: u64 = header(&throttled, "retry-after")
        .expect("Retry-After")
        .parse()
        .expect("whole seconds");
    assert!((1..=4).contains(&wait), "Retry-After {wait}");
    let body: Value = throttled.json().await.expect("error body is JSON");
    assert_eq!(body["error"]["code"], "TooManyRequests");
    sim.shutdown().await;
}

#[tokio::test]
async fn select_and_small_top_lower_the_cost() {
    let sim = start(throttled_demo()).await;
    let base = sim.base_url();
    let token = graph_token(&base).await;
    let cases = [
        ("/v1.0/users", "2"),
        ("/v1.0/users?$select=id", "1"),
        ("/v1.0/subscribedSkus", "3"),
        ("/v1.0/domains?$top=5", "1"),
        ("/v1.0/groups?$top=999", "1"),
    ];
    for (path, cost) in cases {
        let response = get(&base, path, &token).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_eq!(
            header(&response, "x-ms-resource-unit"),
            Some(cost),
            "{path}"
        );
    }
    sim.shutdown().await;
}

#[tokio::test]
async fn conditional_access_limit_has_no_retry_after() {
    let sim = start(throttled_demo()).await;
    let base = sim.base_url();
    let token = graph_token(&base).await;
    let first = get(&base, CA_POLICIES, &token).await;
    assert_eq!(first.status(), StatusCode::OK);
    let second = get(&base, CA_POLICIES, &token).await;
    assert_eq!(second.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(header(&second, "retry-after"), None);
    // Other endpoints are not held back by the CA limit.
    assert_eq!(get(&base, DOMAINS, &token).await.status(), StatusCode::OK);
    sim.shutdown().await;
}

#[tokio::test]
async fn reports_allow_five_requests_per_window() {
    let config = SimConfig {
        throttle: Some(ThrottleModel::graph()),
        ..SimConfig::preset(Preset::S)
    };
    let sim = start(config).await;
    let base = sim.base_url();
    let token = graph_token(&base).await;
    for round in 0..5 {
        let response = get(&base, REGISTRATION, &token).await;
        assert_eq!(response.status(), StatusCode::OK, "request {round}");
    }
    let throttled = get(&base, REGISTRATION, &token).await;
    assert_eq!(throttled.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(header(&throttled, "retry-after").is_some());
    let sign_ins = get(&base, "/v1.0/users?$select=id,signInActivity", &token).await;
    assert_eq!(sign_ins.status(), StatusCode::TOO_MANY_REQUESTS);
    sim.shutdown().await;
}

#[tokio::test]
async fn sign_in_activity_pages_hold_at_most_120_users() {
    let sim = start(small()).await;
    let base = sim.base_url();
    let token = graph_token(&base).await;
    let response = get(
        &base,
        "/v1.0/users?$select=id,signInActivity&$top=999",
        &token,
    )
    .await;
    let page: Value = response.json().await.expect("page is JSON");
    let users = page["value"].as_array().expect("value");
    assert_eq!(users.len(), 120);
    assert!(users.iter().any(|u| u["signInActivity"].is_object()));
    assert!(page["@odata.nextLink"].is_string());
    sim.shutdown().await;
}

#[tokio::test]
async fn pages_default_to_100_and_allow_999() {
    let sim = start(small()).await;
    let base = sim.base_url();
    let token = graph_token(&base).await;
    let default: Value = get(&base, "/v1.0/users", &token)
        .await
        .json()
        .await
        .expect("JSON");
    assert_eq!(default["value"].as_array().map(Vec::len), Some(100));
    let large: Value = get(&base, "/v1.0/users?$top=999", &token)
        .await
        .json()
        .await
        .expect("JSON");
    assert_eq!(large["value"].as_array().map(Vec::len), Some(300));
    sim.shutdown().await;
}

/// Reads every related object of every parent, through the per-object paths.
async fn related_total(base: &str, token: &str, parents: &[String], path: &str) -> usize {
    let mut total = 0;
    for id in parents {
        let related = all_items(base, &path.replace("{id}", id), token).await;
        total += related.len();
    }
    total
}

#[tokio::test]
async fn counts_equal_what_paging_returns() {
    let config = small();
    let sim = start(config.clone()).await;
    let base = sim.base_url();
    let token = graph_token(&base).await;
    let counts: HashMap<String, u64> = reqwest::get(format!("{base}/_sim/counts"))
        .await
        .expect("counts are answered")
        .json()
        .await
        .expect("counts are JSON");
    let accessor: HashMap<String, u64> = config
        .expected_counts()
        .into_iter()
        .map(|(key, count)| (key.to_owned(), count))
        .collect();
    assert_eq!(counts, accessor);

    let lists = [
        ("users", "/v1.0/users?$top=999"),
        ("groups", "/v1.0/groups?$top=999"),
        ("applications", "/v1.0/applications?$top=999"),
        ("service_principals", "/v1.0/servicePrincipals?$top=999"),
        (
            "oauth2_permission_grants",
            "/v1.0/oauth2PermissionGrants?$top=999",
        ),
        ("conditional_access_policies", CA_POLICIES),
        ("user_registration_details", REGISTRATION),
        ("domains", DOMAINS),
        (
            "role_definitions",
            "/v1.0/roleManagement/directory/roleDefinitions",
        ),
    ];
    let mut parents: HashMap<&str, Vec<String>> = HashMap::new();
    for (key, path) in lists {
        let items = all_items(&base, path, &token).await;
        assert_eq!(items.len() as u64, counts[key], "{key}");
        parents.insert(key, ids(&items));
    }
    let relations = [
        ("group_members", "groups", "/v1.0/groups/{id}/members"),
        ("group_owners", "groups", "/v1.0/groups/{id}/owners"),
        (
            "application_owners",
            "applications",
            "/v1.0/applications/{id}/owners",
        ),
        (
            "service_principal_owners",
            "service_principals",
            "/v1.0/servicePrincipals/{id}/owners",
        ),
        (
            "service_principal_app_role_assignments",
            "service_principals",
            "/v1.0/servicePrincipals/{id}/appRoleAssignments",
        ),
    ];
    for (key, parent, path) in relations {
        let total = related_total(&base, &token, &parents[parent], path).await;
        assert_eq!(total as u64, counts[key], "{key}");
        assert!(total > 0, "{key} is empty");
    }
    sim.shutdown().await;
}

#[tokio::test]
async fn member_lists_of_large_groups_page() {
    let sim = start(small()).await;
    let base = sim.base_url();
    let token = graph_token(&base).await;
    let groups = all_items(&base, "/v1.0/groups?$top=999", &token).await;
    let mut largest = (0, String::new());
    for id in ids(&groups) {
        let path = format!("/v1.0/groups/{id}/members?$select=id&$top=999");
        let members = all_items(&base, &path, &token).await.len();
        largest = largest.max((members, id));
    }
    assert!(largest.0 > 100, "largest group has {} members", largest.0);
    let path = format!(
        "/v1.0/groups/{}/members?$select=id,displayName,userPrincipalName,userType",
        largest.1
    );
    let page: Value = get(&base, &path, &token).await.json().await.expect("JSON");
    let members = page["value"].as_array().expect("value");
    assert_eq!(members.len(), 100);
    assert_eq!(members[0]["@odata.type"], "#microsoft.graph.user");
    assert!(page["@odata.nextLink"].is_string());
    sim.shutdown().await;
}

#[tokio::test]
async fn unknown_parent_id_is_not_served_by_the_generated_tenant() {
    let sim = start(small()).await;
    let base = sim.base_url();
    let token = graph_token(&base).await;
    let path = "/v1.0/groups/00000000-0000-4000-8000-000000000000/members";
    let response = get(&base, path, &token).await;
    assert_ne!(response.status(), StatusCode::OK);
    sim.shutdown().await;
}

#[tokio::test]
async fn generated_routes_require_a_graph_token() {
    let sim = start(small()).await;
    let response = reqwest::get(format!("{}/v1.0/users", sim.base_url()))
        .await
        .expect("answered");
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    sim.shutdown().await;
}

async fn first_pages(config: SimConfig) -> Vec<Value> {
    let sim = start(config).await;
    let base = sim.base_url();
    let token = graph_token(&base).await;
    let mut pages = Vec::new();
    for path in [
        "/v1.0/users?$top=50",
        "/v1.0/groups?$top=50",
        "/v1.0/applications?$top=20",
        CA_POLICIES,
    ] {
        let mut page: Value = get(&base, path, &token).await.json().await.expect("JSON");
        // Links carry the port, which differs between servers.
        page.as_object_mut().map(|p| {
            p.remove("@odata.nextLink");
            p.remove("@odata.context")
        });
        pages.push(page);
    }
    sim.shutdown().await;
    pages
}

#[tokio::test]
async fn generation_is_deterministic() {
    let first = first_pages(small()).await;
    let again = first_pages(small()).await;
    assert_eq!(first, again);
    let mut other = small();
    other.scale = other.scale.map(|spec| ScaleSpec { seed: 42, ..spec });
    let different = first_pages(other).await;
    assert_ne!(first[0], different[0]);
}

#[tokio::test]
async fn custom_sizes_are_served_exactly() {
    let mut config = small();
    config.scale = Some(ScaleSpec {
        users: 1_234,
        groups: 7,
        applications: 3,
        ca_policies: 13,
        seed: 5,
    });
    let sim = start(config).await;
    let base = sim.base_url();
    let token = graph_token(&base).await;
    assert_eq!(
        all_items(&base, "/v1.0/users?$top=999", &token).await.len(),
        1_234
    );
    assert_eq!(all_items(&base, "/v1.0/groups", &token).await.len(), 7);
    assert_eq!(
        all_items(&base, "/v1.0/servicePrincipals", &token)
            .await
            .len(),
        4
    );
    assert_eq!(all_items(&base, CA_POLICIES, &token).await.len(), 13);
    sim.shutdown().await;
}

fn with_faults(spec: &str, seed: u64) -> SimConfig {
    SimConfig {
        random_faults: Some(FaultMix::parse(spec, seed).expect("valid fault mix")),
        ..SimConfig::demo()
    }
}

#[tokio::test]
async fn fault_mix_matches_requested_rates_and_seed() {
    async fn statuses(seed: u64) -> Vec<u16> {
        let sim = start(with_faults("429=0.2,503=0.1", seed)).await;
        let base = sim.base_url();
        let token = graph_token(&base).await;
        let mut statuses = Vec::new();
        for _ in 0..400 {
            statuses.push(get(&base, DOMAINS, &token).await.status().as_u16());
        }
        sim.shutdown().await;
        statuses
    }
    let first = statuses(11).await;
    let count = |status: u16| first.iter().filter(|s| **s == status).count();
    assert!((55..=105).contains(&count(429)), "429: {}", count(429));
    assert!((20..=60).contains(&count(503)), "503: {}", count(503));
    assert_eq!(count(200) + count(429) + count(503), 400);
    assert_eq!(statuses(11).await, first, "same seed, same faults");
}

#[tokio::test]
async fn throttle_faults_use_every_retry_after_form() {
    let sim = start(with_faults("429=1", 3)).await;
    let base = sim.base_url();
    let token = graph_token(&base).await;
    let (mut integer, mut fraction, mut date, mut missing, mut garbage) = (0, 0, 0, 0, 0);
    for _ in 0..100 {
        let response = get(&base, DOMAINS, &token).await;
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        match header(&response, "retry-after") {
            None => missing += 1,
            Some(v) if v.parse::<u64>().is_ok() => integer += 1,
            Some(v) if v.parse::<f64>().is_ok() => fraction += 1,
            Some(v) if v.ends_with(" GMT") => date += 1,
            Some(_) => garbage += 1,
        }
    }
    let forms = [integer, fraction, date, missing, garbage];
    assert!(forms.iter().all(|n| *n > 0), "{forms:?}");
    sim.shutdown().await;
}

/// Sends a raw GET on a fresh connection and returns everything the server sent.
fn raw_get(addr: SocketAddr, path: &str, token: &str) -> Vec<u8> {
    let mut stream = TcpStream::connect(addr).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout is set");
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\n\
         Connection: close\r\n\r\n"
    );
    stream
        .write_all(request.as_bytes())
        .expect("request is sent");
    let mut received = Vec::new();
    // A reset may end the read with an error; what arrived until then is kept.
    let _ = stream.read_to_end(&mut received);
    received
}

#[tokio::test]
async fn reset_closes_the_connection_without_a_response() {
    let sim = start(with_faults("reset=1", 1)).await;
    let addr = sim.addr();
    let token = graph_token(&sim.base_url()).await;
    let received = tokio::task::spawn_blocking(move || raw_get(addr, DOMAINS, &token))
        .await
        .expect("raw GET runs");
    assert!(
        received.is_empty(),
        "{}",
        String::from_utf8_lossy(&received)
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn truncate_sends_the_status_and_half_the_body() {
    let sim = start(with_faults("truncate=1", 1)).await;
    let addr = sim.addr();
    let token = graph_token(&sim.base_url()).await;
    let received = tokio::task::spawn_blocking(move || raw_get(addr, "/v1.0/users", &token))
        .await
        .expect("raw GET runs");
    let text = String::from_utf8_lossy(&received);
    let (head, body) = text.split_once("\r\n\r\n").expect("headers arrive");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let length: usize = head
        .lines()
        .find_map(|line| {
            line.to_ascii_lowercase()
                .strip_prefix("content-length: ")
                .map(str::to_owned)
        })
        .expect("Content-Length")
        .parse()
        .expect("number");
    assert!(
        !body.is_empty() && body.len() < length,
        "{} of {length}",
        body.len()
    );
    assert!(serde_json::from_str::<Value>(body).is_err());
    sim.shutdown().await;
}

#[tokio::test]
async fn exchange_throttling_shows_as_http_500() {
    let sim = start(with_faults("429=1", 1)).await;
    let base = sim.base_url();
    let token = token(&base, EXCHANGE_SCOPE).await;
    let response = reqwest::Client::new()
        .post(format!(
            "{base}/adminapi/beta/{DEMO_TENANT_ID}/InvokeCommand"
        ))
        .bearer_auth(token)
        .json(&json!({"CmdletInput": {"CmdletName": "Get-RemoteDomain", "Parameters": {}}}))
        .send()
        .await
        .expect("answered");
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    sim.shutdown().await;
}

#[test]
fn large_tenant_counts_are_exact() {
    let counts: HashMap<&str, u64> = SimConfig::preset(Preset::L)
        .expected_counts()
        .into_iter()
        .collect();
    assert_eq!(counts["users"], 100_000);
    assert_eq!(counts["groups"], 50_000);
    assert_eq!(counts["applications"], 5_000);
    assert_eq!(counts["service_principals"], 5_001);
    assert_eq!(counts["conditional_access_policies"], 500);
    assert!(
        counts["group_members"] > 500_000,
        "{}",
        counts["group_members"]
    );
}

#[test]
fn lower_bound_of_large_tenant_prints_its_parts() {
    let bound = sim::lower_bound(&SimConfig {
        latency: Duration::from_millis(100),
        ..SimConfig::preset(Preset::L)
    });
    assert!(bound.total() >= bound.budget);
    assert!(bound.graph_requests > 50_000, "{bound:?}");
    assert!(bound.round_trips < bound.graph_requests, "{bound:?}");
    assert!(bound.latency >= Duration::from_millis(200), "{bound:?}");
}

fn simulate(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_cray"))
        .arg("simulate")
        .args(["--listen", "127.0.0.1:0"])
        .args(args)
        .output()
        .expect("cray runs")
}

#[test]
fn bad_simulate_flags_name_the_value_and_the_fix() {
    let cases: [(&[&str], &[&str]); 4] = [
        (&["--faults", "429=5%"], &["5%", "0.05"]),
        (&["--faults", "418=0.1"], &["418", "503=0.05"]),
        (&["--scale", "XL"], &["XL", "demo, S, M or L"]),
        (&["--throttle", "always"], &["always", "graph"]),
    ];
    for (args, expected) in cases {
        let output = simulate(args);
        assert!(!output.status.success(), "{args:?} was accepted");
        let stderr = String::from_utf8_lossy(&output.stderr);
        for text in expected {
            assert!(stderr.contains(text), "{args:?}: {stderr}");
        }
    }
}
