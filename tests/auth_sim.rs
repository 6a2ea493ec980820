//! Sign-in against cray's tenant simulator over real HTTP on 127.0.0.1: certificate
//! assertions (PEM and PFX), the device code flow, token renewal before expiry and after a
//! 401, the tenant guard, and the permission preflight.
//!
//! The certificates in tests/data/auth are self-signed test certificates made for these tests
//! only; they guard nothing.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use cray::collect::auth::preflight::Verdict;
use cray::collect::{
    ClientCertificate, CollectError, CollectRequest, CollectSummary, Credential, DeviceCodePrompt,
    PreflightHandler, RetryPolicy, Secret, collect_with, preflight,
};
use cray::model::{AssessmentId, Dataset, DatasetState};
use cray::sim::{
    self, DEMO_CLIENT_ID, DEMO_TENANT_ID, DeviceCodeOutcome, RunningSim, SimAuth, SimConfig,
};
use cray::store::{SledStore, Store};
use cray::tenant::{Cloud, Endpoints};
use tokio_util::sync::CancellationToken;

/// The demo tenant's initial domain: the simulator serves it, but its tokens carry the demo
/// tenant's GUID as `tid`, so a request configured with it meets the tenant guard.
const DEMO_INITIAL_DOMAIN: &str = "contosodemo.onmicrosoft.com";

const PFX_PASSWORD: &str = "test-pfx-password";

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/auth")
        .join(name)
}

/// DER of a PEM certificate file.
fn certificate_der(name: &str) -> Vec<u8> {
    let text = std::fs::read(data(name)).unwrap();
    let (label, der) = pem_rfc7468::decode_vec(&text).unwrap();
    assert_eq!(label, "CERTIFICATE");
    der
}

/// Simulator settings with certificate a registered on the demo app.
fn config_with_certificate() -> SimConfig {
    SimConfig {
        auth: SimAuth {
            certificates: vec![certificate_der("client-a.crt")],
            ..SimAuth::default()
        },
        ..SimConfig::demo()
    }
}

async fn start(config: SimConfig) -> RunningSim {
    sim::start(SocketAddr::from(([127, 0, 0, 1], 0)), config)
        .await
        .unwrap()
}

fn request(sim: &RunningSim, credential: Credential, datasets: &[Dataset]) -> CollectRequest {
    let base = sim.base_url();
    CollectRequest {
        tenant_id: DEMO_TENANT_ID.to_owned(),
        client_id: DEMO_CLIENT_ID.to_owned(),
        credential,
        endpoints: Endpoints {
            login: base.clone(),
            graph: base.clone(),
            exchange: base,
        },
        cloud: Cloud::Global,
        datasets: datasets.to_vec(),
        on_preflight: None,
    }
}

fn pem_credential(name: &str) -> Credential {
    Credential::Certificate(Arc::new(
        ClientCertificate::load(&data(name), None, None).unwrap(),
    ))
}

struct Outcome {
    result: Result<CollectSummary, CollectError>,
    stored: usize,
}

async fn collect(request: &CollectRequest) -> Outcome {
    let dir = tempfile::tempdir().unwrap();
    let store = SledStore::open(dir.path(), &cray::keys::DataKey::generate()).unwrap();
    let assessment = AssessmentId::new();
    let (sender, mut receiver) = tokio::sync::mpsc::channel(4096);
    let drain = tokio::spawn(async move { while receiver.recv().await.is_some() {} });
    let policy = RetryPolicy::default();
    let result = collect_with(
        request,
        &policy,
        &store,
        assessment,
        sender,
        CancellationToken::new(),
    )
    .await;
    drain.await.unwrap();
    let stored = store.datasets(assessment).unwrap().len();
    Outcome { result, stored }
}

/// Token requests (`T`) and 401 responses (`401`) the simulator recorded, in order.
fn token_and_denial_log(sim: &RunningSim) -> Vec<&'static str> {
    sim.requests()
        .iter()
        .filter_map(|r| {
            if r.path_and_query.ends_with("/oauth2/v2.0/token") {
                Some("T")
            } else if r.status == 401 {
                Some("401")
            } else {
                None
            }
        })
        .collect()
}

#[tokio::test]
async fn pem_certificate_signs_in_and_collects() {
    let sim = start(config_with_certificate()).await;
    let datasets = [Dataset::Organization, Dataset::ExoRemoteDomains];
    let outcome = collect(&request(&sim, pem_credential("client-a.pem"), &datasets)).await;
    sim.shutdown().await;
    let summary = outcome.result.unwrap();
    assert_eq!(summary.complete, datasets.to_vec());
}

#[tokio::test]
async fn pfx_certificate_signs_in() {
    let sim = start(config_with_certificate()).await;
    let password = Secret::new(PFX_PASSWORD.to_owned());
    for file in ["client-a.pfx", "client-a-legacy.pfx"] {
        let certificate = ClientCertificate::load(&data(file), None, Some(&password)).unwrap();
        let credential = Credential::Certificate(Arc::new(certificate));
        let outcome = collect(&request(&sim, credential, &[Dataset::Domains])).await;
        assert_eq!(
            outcome.result.unwrap().complete,
            vec![Dataset::Domains],
            "{file}"
        );
    }
    sim.shutdown().await;
}

#[tokio::test]
async fn unregistered_certificate_is_rejected() {
    let sim = start(config_with_certificate()).await;
    let outcome = collect(&request(
        &sim,
        pem_credential("client-b.pem"),
        &[Dataset::Domains],
    ))
    .await;
    sim.shutdown().await;
    let error = outcome.result.unwrap_err();
    let message = error.to_string();
    assert!(matches!(error, CollectError::SignIn { .. }), "{message}");
    assert!(message.contains("invalid_client"), "{message}");
    assert!(message.contains("not registered"), "{message}");
    assert_eq!(outcome.stored, 0);
}

#[tokio::test]
async fn reused_assertion_is_rejected() {
    let sim = start(config_with_certificate()).await;
    let certificate = ClientCertificate::load(&data("client-a.pem"), None, None).unwrap();
    let url = format!("{}/{DEMO_TENANT_ID}/oauth2/v2.0/token", sim.base_url());
    let assertion = certificate.assertion(DEMO_CLIENT_ID, &url).unwrap();
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let mut statuses = Vec::new();
    for _ in 0..2 {
        let form = [
            ("grant_type", "client_credentials"),
            ("client_id", DEMO_CLIENT_ID),
            (
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ),
            ("client_assertion", assertion.expose()),
            ("scope", "https://graph.microsoft.com/.default"),
        ];
        let response = client.post(&url).form(&form).send().await.unwrap();
        statuses.push(response.status().as_u16());
    }
    sim.shutdown().await;
    assert_eq!(statuses, vec![200, 401]);
}

#[tokio::test]
async fn assertion_has_entra_claims() {
    let certificate = ClientCertificate::load(&data("client-a.pem"), None, None).unwrap();
    let url = "https://login.microsoftonline.us/tenant/oauth2/v2.0/token";
    let first = certificate.assertion("client-id", url).unwrap();
    let second = certificate.assertion("client-id", url).unwrap();
    let claims = |assertion: &Secret| -> serde_json::Value {
        let payload = assertion.expose().split('.').nth(1).unwrap();
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
    };
    let (a, b) = (claims(&first), claims(&second));
    assert_eq!(a["aud"], url);
    assert_eq!(a["iss"], "client-id");
    assert_eq!(a["sub"], "client-id");
    assert_eq!(a["nbf"], a["iat"]);
    assert_eq!(a["exp"].as_u64().unwrap() - a["iat"].as_u64().unwrap(), 600);
    assert_ne!(a["jti"], b["jti"]);
}

/// A device code credential whose handler keeps every prompt shown.
fn device_credential() -> (Credential, Arc<Mutex<Vec<DeviceCodePrompt>>>) {
    let shown = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&shown);
    let credential = Credential::DeviceCode(Arc::new(move |prompt: &DeviceCodePrompt| {
        sink.lock().unwrap().push(prompt.clone());
    }));
    (credential, shown)
}

fn device_config(outcome: DeviceCodeOutcome, polls: u32, slow_down: Vec<u32>) -> SimConfig {
    SimConfig {
        auth: SimAuth {
            device_code_outcome: outcome,
            device_code_polls: polls,
            device_code_slow_down_polls: slow_down,
            device_code_interval: Duration::from_secs(1),
            ..SimAuth::default()
        },
        ..SimConfig::demo()
    }
}

#[tokio::test]
async fn device_code_sign_in_collects_graph_and_exchange() {
    let sim = start(device_config(DeviceCodeOutcome::Approve, 2, Vec::new())).await;
    let (credential, shown) = device_credential();
    let datasets = [Dataset::Domains, Dataset::ExoRemoteDomains];
    let outcome = collect(&request(&sim, credential, &datasets)).await;
    let log = sim.requests();
    sim.shutdown().await;
    assert_eq!(outcome.result.unwrap().complete, datasets.to_vec());
    let shown = shown.lock().unwrap();
    assert_eq!(shown.len(), 1, "one prompt for both services");
    assert_eq!(shown[0].user_code.len(), 9);
    assert!(shown[0].verification_uri.ends_with("/devicelogin"));
    // Two pending polls, the approval, then the refresh token redeemed for Exchange.
    let token_posts = log
        .iter()
        .filter(|r| r.path_and_query.ends_with("/oauth2/v2.0/token"))
        .count();
    assert_eq!(token_posts, 4);
}

#[tokio::test]
async fn device_code_slow_down_adds_five_seconds() {
    let sim = start(device_config(DeviceCodeOutcome::Approve, 1, vec![1])).await;
    let (credential, _shown) = device_credential();
    let started = Instant::now();
    let outcome = collect(&request(&sim, credential, &[Dataset::Domains])).await;
    let elapsed = started.elapsed();
    sim.shutdown().await;
    assert!(outcome.result.is_ok(), "{:?}", outcome.result.err());
    // The first poll, after 1 s, gets slow_down, so the next one waits 1 + 5 s.
    assert!(elapsed >= Duration::from_secs(7), "{elapsed:?}");
}

#[tokio::test]
async fn declined_device_code_stops_before_storing() {
    let sim = start(device_config(DeviceCodeOutcome::Decline, 0, Vec::new())).await;
    let (credential, _shown) = device_credential();
    let outcome = collect(&request(&sim, credential, &[Dataset::Domains])).await;
    sim.shutdown().await;
    let error = outcome.result.unwrap_err();
    assert!(matches!(error, CollectError::DeviceCodeDeclined), "{error}");
    assert!(error.to_string().contains("declined"));
    assert_eq!(outcome.stored, 0);
}

#[tokio::test]
async fn expired_device_code_is_named() {
    let sim = start(device_config(DeviceCodeOutcome::Expire, 0, Vec::new())).await;
    let (credential, _shown) = device_credential();
    let outcome = collect(&request(&sim, credential, &[Dataset::Domains])).await;
    sim.shutdown().await;
    let error = outcome.result.unwrap_err();
    assert!(matches!(error, CollectError::DeviceCodeExpired), "{error}");
    assert!(error.to_string().contains("expired"), "{error}");
}

#[tokio::test]
async fn short_lived_tokens_are_renewed_before_expiry() {
    let config = SimConfig {
        // Expiry is counted in whole seconds, so a token may live almost a second less than
        // its lifetime; renewal at half the lifetime leaves room for that.
        token_lifetime: Duration::from_secs(4),
        latency: Duration::from_millis(150),
        page_size: 2,
        ..config_with_certificate()
    };
    let sim = start(config).await;
    let datasets = [Dataset::Users, Dataset::Groups];
    let outcome = collect(&request(&sim, pem_credential("client-a.pem"), &datasets)).await;
    let log = token_and_denial_log(&sim);
    sim.shutdown().await;
    assert_eq!(outcome.result.unwrap().complete, datasets.to_vec());
    assert!(!log.contains(&"401"), "{log:?}");
    assert!(
        log.iter().filter(|entry| **entry == "T").count() >= 2,
        "{log:?}"
    );
}

#[tokio::test]
async fn expired_token_renewed_once_per_401() {
    // The simulator reports an hour of lifetime but rejects tokens after one second, so the
    // client only learns of the expiry from a 401 in the middle of paging.
    let config = SimConfig {
        token_lifetime: Duration::from_secs(1),
        latency: Duration::from_millis(300),
        page_size: 2,
        auth: SimAuth {
            reported_lifetime: Some(Duration::from_secs(3600)),
            ..SimAuth::default()
        },
        ..SimConfig::demo()
    };
    let sim = start(config).await;
    let credential = Credential::Secret(Secret::new(sim::DEMO_CLIENT_SECRET.to_owned()));
    let outcome = collect(&request(&sim, credential, &[Dataset::Users])).await;
    let log = token_and_denial_log(&sim);
    sim.shutdown().await;
    let summary = outcome.result.unwrap();
    assert_eq!(summary.complete, vec![Dataset::Users], "{log:?}");
    let denials = log.iter().filter(|entry| **entry == "401").count();
    assert!(denials >= 1, "{log:?}");
    // Each 401 is followed by exactly one token request.
    for (index, entry) in log.iter().enumerate() {
        if *entry == "401" {
            assert_eq!(log.get(index + 1), Some(&"T"), "{log:?}");
        }
    }
    assert_eq!(
        log.iter().filter(|entry| **entry == "T").count(),
        denials + 1
    );
}

#[tokio::test]
async fn certificate_tenant_guard_stops_before_storing() {
    let sim = start(config_with_certificate()).await;
    let mut request = request(&sim, pem_credential("client-a.pem"), &[Dataset::Domains]);
    request.tenant_id = DEMO_INITIAL_DOMAIN.to_owned();
    let outcome = collect(&request).await;
    sim.shutdown().await;
    assert!(
        matches!(outcome.result, Err(CollectError::TenantMismatch { .. })),
        "{:?}",
        outcome.result.err()
    );
    assert_eq!(outcome.stored, 0);
}

#[tokio::test]
async fn device_code_tenant_guard_stops_before_storing() {
    let sim = start(device_config(DeviceCodeOutcome::Approve, 0, Vec::new())).await;
    let (device, _shown) = device_credential();
    let mut request = request(&sim, device, &[Dataset::Domains]);
    request.tenant_id = DEMO_INITIAL_DOMAIN.to_owned();
    let outcome = collect(&request).await;
    sim.shutdown().await;
    assert!(
        matches!(outcome.result, Err(CollectError::TenantMismatch { .. })),
        "{:?}",
        outcome.result.err()
    );
    assert_eq!(outcome.stored, 0);
}

fn lacking_config() -> SimConfig {
    SimConfig {
        auth: SimAuth {
            graph_roles: vec!["Directory.Read.All".to_owned()],
            directory_roles: Vec::new(),
            ..SimAuth::default()
        },
        ..SimConfig::demo()
    }
}

#[tokio::test]
async fn preflight_names_missing_roles() {
    let sim = start(lacking_config()).await;
    let credential = Credential::Secret(Secret::new(sim::DEMO_CLIENT_SECRET.to_owned()));
    let datasets = [
        Dataset::Users,
        Dataset::ConditionalAccessPolicies,
        Dataset::RoleAssignments,
        Dataset::ExoRemoteDomains,
    ];
    let request = request(&sim, credential, &datasets);
    let report = preflight(&request, &RetryPolicy::default(), CancellationToken::new())
        .await
        .unwrap();
    sim.shutdown().await;
    assert!(!report.delegated);
    let verdicts: Vec<(Dataset, Verdict)> = report
        .datasets
        .iter()
        .map(|entry| (entry.dataset, entry.verdict.clone()))
        .collect();
    let missing = |permission: &str| Verdict::Missing {
        permission: permission.to_owned(),
    };
    assert_eq!(
        verdicts,
        vec![
            (Dataset::Users, Verdict::Allowed),
            (
                Dataset::ConditionalAccessPolicies,
                missing("Policy.Read.All")
            ),
            (
                Dataset::RoleAssignments,
                missing("RoleManagement.Read.Directory")
            ),
            (
                Dataset::ExoRemoteDomains,
                missing("the Global Reader directory role")
            ),
        ]
    );
}

#[tokio::test]
async fn collection_reports_preflight_and_still_runs() {
    let sim = start(lacking_config()).await;
    let credential = Credential::Secret(Secret::new(sim::DEMO_CLIENT_SECRET.to_owned()));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&seen);
    let mut request = request(
        &sim,
        credential,
        &[Dataset::Domains, Dataset::AuthorizationPolicy],
    );
    request.on_preflight = Some(PreflightHandler(Arc::new(move |report| {
        sink.lock().unwrap().push(report.clone());
    })));
    let outcome = collect(&request).await;
    sim.shutdown().await;
    let summary = outcome.result.unwrap();
    // The simulator does not enforce roles, so the run reads both datasets.
    assert_eq!(summary.complete.len(), 2);
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 1);
    assert_eq!(
        seen[0].missing(),
        vec![(Dataset::AuthorizationPolicy, "Policy.Read.All")]
    );
    assert!(
        !seen[0]
            .datasets
            .iter()
            .any(|entry| entry.dataset == Dataset::Domains
                && matches!(entry.verdict, Verdict::Missing { .. }))
    );
}

#[tokio::test]
async fn stored_datasets_are_complete_after_certificate_run() {
    let sim = start(config_with_certificate()).await;
    let dir = tempfile::tempdir().unwrap();
    let store = SledStore::open(dir.path(), &cray::keys::DataKey::generate()).unwrap();
    let assessment = AssessmentId::new();
    let (sender, _receiver) = tokio::sync::mpsc::channel(4096);
    let request = request(
        &sim,
        pem_credential("client-a.pem"),
        &[Dataset::Organization],
    );
    collect_with(
        &request,
        &RetryPolicy::default(),
        &store,
        assessment,
        sender,
        CancellationToken::new(),
    )
    .await
    .unwrap();
    sim.shutdown().await;
    let records = store.datasets(assessment).unwrap();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].state, DatasetState::Complete);
}
