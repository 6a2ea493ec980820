//! The collector against cray's tenant simulator over real HTTP on 127.0.0.1, writing into a
//! real sled store in a temporary directory.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use cray::collect::{
    CollectError, CollectRequest, CollectSummary, RetryPolicy, Secret, collect_with,
};
use cray::model::{
    AssessmentId, CollectEvent, Dataset, DatasetRecord, DatasetState, NotCollected, Source,
};
use cray::sim::{
    self, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_TENANT_ID, Fault, RunningSim, SimConfig,
};
use cray::store::{SledStore, Store};
use cray::tenant::{Cloud, Endpoints};
use tokio_util::sync::CancellationToken;

/// The demo tenant's initial domain. The simulator's token endpoint accepts it in place of the
/// tenant id, and the tokens it issues still carry the demo tenant's GUID as `tid`.
const DEMO_INITIAL_DOMAIN: &str = "contosodemo.onmicrosoft.com";

/// One finished collection run and what it left behind.
struct Run {
    result: Result<CollectSummary, CollectError>,
    events: Vec<CollectEvent>,
    records: Vec<DatasetRecord>,
    elapsed: Duration,
    _dir: tempfile::TempDir,
}

impl Run {
    fn record(&self, dataset: Dataset) -> &DatasetRecord {
        self.records
            .iter()
            .find(|r| r.dataset == dataset)
            .unwrap_or_else(|| panic!("{dataset} was not stored"))
    }

    fn throttle_waits(&self) -> Vec<u64> {
        self.events
            .iter()
            .filter_map(|e| match e {
                CollectEvent::Throttled { wait_ms, .. } => Some(*wait_ms),
                _ => None,
            })
            .collect()
    }
}

async fn start_sim(config: SimConfig) -> RunningSim {
    sim::start(SocketAddr::from(([127, 0, 0, 1], 0)), config)
        .await
        .expect("simulator starts on loopback")
}

fn request(sim: &RunningSim, datasets: &[Dataset]) -> CollectRequest {
    let base = sim.base_url();
    CollectRequest {
        tenant_id: DEMO_TENANT_ID.to_owned(),
        client_id: DEMO_CLIENT_ID.to_owned(),
        credential: Secret::new(DEMO_CLIENT_SECRET.to_owned()).into(),
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

/// Short waits so that retry tests take well under a second each.
fn fast_policy() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 4,
        base_delay: Duration::from_millis(200),
        max_delay: Duration::from_millis(400),
        budget: Duration::from_secs(10),
        ..RetryPolicy::default()
    }
}

async fn run(request: &CollectRequest, policy: &RetryPolicy) -> Run {
    run_with_cancel(request, policy, CancellationToken::new()).await
}

async fn run_with_cancel(
    request: &CollectRequest,
    policy: &RetryPolicy,
    cancel: CancellationToken,
) -> Run {
    let dir = tempfile::tempdir().expect("temporary directory");
    let store = SledStore::open(dir.path(), &cray::keys::DataKey::generate()).expect("store opens");
    let assessment = AssessmentId::new();
    let (sender, mut receiver) = tokio::sync::mpsc::channel(4096);
    let started = Instant::now();
    let result = collect_with(request, policy, &store, assessment, sender, cancel).await;
    let elapsed = started.elapsed();
    let mut events = Vec::new();
    while let Some(event) = receiver.recv().await {
        events.push(event);
    }
    let records = store.datasets(assessment).expect("store reads");
    Run {
        result,
        events,
        records,
        elapsed,
        _dir: dir,
    }
}

fn ids(record: &DatasetRecord) -> Vec<String> {
    record
        .objects
        .iter()
        .map(|o| o["id"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn demo_collection_completes_every_dataset() {
    let sim = start_sim(SimConfig::demo()).await;
    let run = run(&request(&sim, &Dataset::COLLECTED), &fast_policy()).await;
    let summary = run.result.as_ref().unwrap();

    assert_eq!(summary.complete, Dataset::COLLECTED.to_vec());
    assert!(
        summary.not_collected.is_empty(),
        "{:?}",
        summary.not_collected
    );
    assert_eq!(run.records.len(), Dataset::COLLECTED.len());
    for record in &run.records {
        assert!(record.is_complete(), "{record:?}");
    }
    assert_eq!(
        run.events.first(),
        Some(&CollectEvent::Started {
            datasets: Dataset::COLLECTED.to_vec()
        })
    );
    assert_eq!(run.events.last(), Some(&CollectEvent::Finished));
    sim.shutdown().await;
}

#[tokio::test]
async fn demo_counts_match_the_tenant() {
    let sim = start_sim(SimConfig::demo()).await;
    let run = run(&request(&sim, &Dataset::COLLECTED), &fast_policy()).await;

    assert_eq!(run.record(Dataset::Domains).objects.len(), 3);
    assert_eq!(
        run.record(Dataset::ConditionalAccessPolicies).objects.len(),
        6
    );
    assert_eq!(run.record(Dataset::ExoRemoteDomains).objects.len(), 2);
    assert_eq!(
        run.record(Dataset::ExoOutboundSpamPolicies).objects.len(),
        2
    );
    let guests = run
        .record(Dataset::Users)
        .objects
        .iter()
        .filter(|u| u["userType"] == "Guest")
        .count();
    assert_eq!(guests, 5);
    sim.shutdown().await;
}

#[tokio::test]
async fn users_span_several_pages_without_loss() {
    let paged = start_sim(SimConfig::demo()).await;
    let one_page = start_sim(SimConfig {
        page_size: 999,
        ..SimConfig::demo()
    })
    .await;
    let paged_run = run(&request(&paged, &[Dataset::Users]), &fast_policy()).await;
    let single_run = run(&request(&one_page, &[Dataset::Users]), &fast_policy()).await;
    let users = paged_run.record(Dataset::Users);

    assert!(users.objects.len() >= 40, "{} users", users.objects.len());
    assert_eq!(users.pages as usize, users.objects.len().div_ceil(10));
    assert_eq!(ids(users), ids(single_run.record(Dataset::Users)));
    let user_requests = paged
        .requests()
        .iter()
        .filter(|r| r.path_and_query.starts_with("/v1.0/users"))
        .count();
    assert_eq!(user_requests, users.pages as usize);
    paged.shutdown().await;
    one_page.shutdown().await;
}

#[tokio::test]
async fn users_keep_only_selected_properties() {
    let sim = start_sim(SimConfig::demo()).await;
    let run = run(&request(&sim, &[Dataset::Users]), &fast_policy()).await;
    let first = &run.record(Dataset::Users).objects[0];

    assert!(first.get("userType").is_some(), "{first}");
    assert!(first.get("businessPhones").is_none(), "{first}");
    sim.shutdown().await;
}

#[tokio::test]
async fn singleton_is_stored_without_context() {
    let sim = start_sim(SimConfig::demo()).await;
    let run = run(
        &request(&sim, &[Dataset::AuthorizationPolicy]),
        &fast_policy(),
    )
    .await;
    let record = run.record(Dataset::AuthorizationPolicy);

    assert_eq!(record.objects.len(), 1);
    assert!(record.objects[0].get("@odata.context").is_none());
    assert_eq!(record.objects[0]["allowInvitesFrom"], "everyone");
    sim.shutdown().await;
}

#[tokio::test]
async fn exchange_pages_by_reposting_next_link() {
    let sim = start_sim(SimConfig {
        page_size: 1,
        ..SimConfig::demo()
    })
    .await;
    let run = run(&request(&sim, &[Dataset::ExoRemoteDomains]), &fast_policy()).await;
    let record = run.record(Dataset::ExoRemoteDomains);

    assert!(record.is_complete(), "{record:?}");
    assert_eq!(record.objects.len(), 2);
    assert_eq!(record.pages, 2);
    let posts = sim
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path_and_query.contains("InvokeCommand"))
        .count();
    assert_eq!(posts, 2);
    sim.shutdown().await;
}

#[tokio::test]
async fn retry_after_one_second_is_honoured() {
    let sim = start_sim(SimConfig {
        faults: vec![Fault::Throttle {
            path_prefix: "/v1.0/domains".to_owned(),
            count: 1,
            retry_after: Some("1".to_owned()),
        }],
        ..SimConfig::demo()
    })
    .await;
    let run = run(&request(&sim, &[Dataset::Domains]), &fast_policy()).await;

    assert!(run.elapsed >= Duration::from_secs(1), "{:?}", run.elapsed);
    assert_eq!(run.throttle_waits(), vec![1000]);
    assert!(run.record(Dataset::Domains).is_complete());
    assert_eq!(run.record(Dataset::Domains).objects.len(), 3);
    let domain_requests: Vec<_> = sim
        .requests()
        .into_iter()
        .filter(|r| r.path_and_query.starts_with("/v1.0/domains"))
        .collect();
    assert_eq!(domain_requests.len(), 2);
    assert_eq!(domain_requests[0].status, 429);
    assert_eq!(domain_requests[1].status, 200);
    assert_eq!(
        domain_requests[0].path_and_query,
        domain_requests[1].path_and_query
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn fractional_retry_after_is_honoured() {
    let sim = start_sim(SimConfig {
        faults: vec![Fault::Throttle {
            path_prefix: "/v1.0/groups".to_owned(),
            count: 1,
            retry_after: Some("0.35".to_owned()),
        }],
        ..SimConfig::demo()
    })
    .await;
    let run = run(&request(&sim, &[Dataset::Groups]), &fast_policy()).await;

    assert_eq!(run.throttle_waits(), vec![350]);
    assert!(
        run.elapsed >= Duration::from_millis(350),
        "{:?}",
        run.elapsed
    );
    assert!(run.record(Dataset::Groups).is_complete());
    sim.shutdown().await;
}

#[tokio::test]
async fn missing_retry_after_uses_backoff() {
    let sim = start_sim(SimConfig {
        faults: vec![Fault::Throttle {
            path_prefix: "/v1.0/organization".to_owned(),
            count: 1,
            retry_after: None,
        }],
        ..SimConfig::demo()
    })
    .await;
    let run = run(&request(&sim, &[Dataset::Organization]), &fast_policy()).await;
    let waits = run.throttle_waits();

    // The first backoff of the fast policy is 200 ms, of which the upper half is random.
    assert_eq!(waits.len(), 1);
    assert!((100..=200).contains(&waits[0]), "{waits:?}");
    assert!(run.record(Dataset::Organization).is_complete());
    sim.shutdown().await;
}

#[tokio::test]
async fn endless_throttling_marks_dataset_throttled() {
    let sim = start_sim(SimConfig {
        faults: vec![Fault::Throttle {
            path_prefix: "/v1.0/domains".to_owned(),
            count: 1000,
            retry_after: Some("0".to_owned()),
        }],
        ..SimConfig::demo()
    })
    .await;
    let datasets = [Dataset::Domains, Dataset::Organization];
    let run = run(&request(&sim, &datasets), &fast_policy()).await;

    assert_eq!(
        run.record(Dataset::Domains).state,
        DatasetState::NotCollected(NotCollected::Throttled)
    );
    assert!(run.record(Dataset::Organization).is_complete());
    let attempts = sim
        .requests()
        .iter()
        .filter(|r| r.path_and_query.starts_with("/v1.0/domains"))
        .count();
    assert_eq!(attempts, 4);
    sim.shutdown().await;
}

#[tokio::test]
async fn server_errors_are_retried() {
    let sim = start_sim(SimConfig {
        faults: vec![Fault::ServerError {
            path_prefix: "/v1.0/subscribedSkus".to_owned(),
            count: 2,
            status: 503,
        }],
        ..SimConfig::demo()
    })
    .await;
    let run = run(&request(&sim, &[Dataset::SubscribedSkus]), &fast_policy()).await;

    assert!(run.record(Dataset::SubscribedSkus).is_complete());
    sim.shutdown().await;
}

#[tokio::test]
async fn denied_dataset_names_its_permission() {
    let sim = start_sim(SimConfig {
        faults: vec![Fault::Deny {
            path_prefix: "/v1.0/identity/conditionalAccess/policies".to_owned(),
        }],
        ..SimConfig::demo()
    })
    .await;
    let run = run(&request(&sim, &Dataset::COLLECTED), &fast_policy()).await;
    let summary = run.result.as_ref().unwrap();
    let expected = NotCollected::MissingPermission {
        permission: "Policy.Read.All".to_owned(),
    };

    assert_eq!(
        summary.not_collected,
        vec![(Dataset::ConditionalAccessPolicies, expected.clone())]
    );
    assert_eq!(
        run.record(Dataset::ConditionalAccessPolicies).state,
        DatasetState::NotCollected(expected)
    );
    assert_eq!(summary.complete.len(), Dataset::COLLECTED.len() - 1);
    sim.shutdown().await;
}

#[tokio::test]
async fn no_exchange_role_leaves_graph_complete() {
    // The app lacks the Global Reader role: its token carries no directory role and Exchange
    // refuses every cmdlet.
    let sim = start_sim(SimConfig {
        exchange_access: false,
        auth: cray::sim::SimAuth {
            directory_roles: Vec::new(),
            ..cray::sim::SimAuth::default()
        },
        ..SimConfig::demo()
    })
    .await;
    let run = run(&request(&sim, &Dataset::COLLECTED), &fast_policy()).await;
    let expected = DatasetState::NotCollected(NotCollected::MissingPermission {
        permission: "Exchange.ManageAsApp with the Global Reader role".to_owned(),
    });

    for record in &run.records {
        if record.dataset.source() == Source::Exchange {
            assert_eq!(record.state, expected, "{}", record.dataset);
        } else {
            assert!(record.is_complete(), "{}", record.dataset);
        }
    }
    // The preflight after sign-in already names them, for the TUI's run view.
    let announced: Vec<Dataset> = run
        .events
        .iter()
        .find_map(|event| match event {
            CollectEvent::PermissionsMissing { missing } => {
                Some(missing.iter().map(|(dataset, _)| *dataset).collect())
            }
            _ => None,
        })
        .expect("a preflight event");
    let exchange: Vec<Dataset> = Dataset::COLLECTED
        .into_iter()
        .filter(|dataset| dataset.source() == Source::Exchange)
        .collect();
    assert_eq!(announced, exchange);
    assert!(run.result.is_ok());
    sim.shutdown().await;
}

#[tokio::test]
async fn wrong_secret_fails_sign_in_without_leaking() {
    let sim = start_sim(SimConfig::demo()).await;
    let mut request = request(&sim, &Dataset::COLLECTED);
    let wrong = "wrong-secret-canary-4b1d";
    request.credential = Secret::new(wrong.to_owned()).into();
    let run = run(&request, &fast_policy()).await;
    let error = run.result.unwrap_err();
    let message = error.to_string();

    assert!(matches!(error, CollectError::SignIn { .. }), "{error:?}");
    assert!(message.contains("AADSTS7000215"), "{message}");
    assert!(!message.contains(wrong), "{message}");
    assert!(!format!("{error:?}").contains(wrong));
    assert!(run.records.is_empty());
    let Some(CollectEvent::Failed { message }) = run.events.last() else {
        panic!("the last event must be Failed: {:?}", run.events);
    };
    assert!(!message.contains(wrong), "{message}");
    sim.shutdown().await;
}

#[tokio::test]
async fn token_for_other_tenant_stores_nothing() {
    let sim = start_sim(SimConfig::demo()).await;
    let mut request = request(&sim, &Dataset::COLLECTED);
    request.tenant_id = DEMO_INITIAL_DOMAIN.to_owned();
    let run = run(&request, &fast_policy()).await;
    let error = run.result.unwrap_err();

    assert!(
        matches!(error, CollectError::TenantMismatch { .. }),
        "{error:?}"
    );
    assert!(run.records.is_empty());
    let reads = sim
        .requests()
        .into_iter()
        .filter(|r| !r.path_and_query.contains("/oauth2/"))
        .count();
    assert_eq!(reads, 0);
    sim.shutdown().await;
}

#[tokio::test]
async fn cancelled_run_stores_datasets_as_cancelled() {
    let sim = start_sim(SimConfig::demo()).await;
    let cancel = CancellationToken::new();
    cancel.cancel();
    let datasets = [Dataset::Organization, Dataset::Users];
    let run = run_with_cancel(&request(&sim, &datasets), &fast_policy(), cancel).await;

    assert!(matches!(run.result, Err(CollectError::Cancelled { .. })));
    for dataset in datasets {
        assert_eq!(
            run.record(dataset).state,
            DatasetState::NotCollected(NotCollected::Cancelled)
        );
    }
    sim.shutdown().await;
}

#[tokio::test]
async fn dropped_receiver_does_not_fail_run() {
    let sim = start_sim(SimConfig::demo()).await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let store = SledStore::open(dir.path(), &cray::keys::DataKey::generate()).expect("store opens");
    let (sender, receiver) = tokio::sync::mpsc::channel(1);
    drop(receiver);
    let request = request(&sim, &[Dataset::Domains]);
    let result = collect_with(
        &request,
        &fast_policy(),
        &store,
        AssessmentId::new(),
        sender,
        CancellationToken::new(),
    )
    .await;

    assert_eq!(result.unwrap().complete, vec![Dataset::Domains]);
    sim.shutdown().await;
}

#[tokio::test]
async fn cancel_during_wait_stops_quickly() {
    let sim = start_sim(SimConfig {
        faults: vec![Fault::Throttle {
            path_prefix: "/v1.0/domains".to_owned(),
            count: 1,
            retry_after: Some("30".to_owned()),
        }],
        ..SimConfig::demo()
    })
    .await;
    let cancel = CancellationToken::new();
    let canceller = cancel.clone();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(300)).await;
        canceller.cancel();
    });
    // One dataset at a time, so that organization is still waiting when the run is cancelled.
    let policy = RetryPolicy {
        budget: Duration::from_secs(60),
        datasets_in_flight: 1,
        ..fast_policy()
    };
    let datasets = [Dataset::Domains, Dataset::Organization];
    let run = run_with_cancel(&request(&sim, &datasets), &policy, cancel).await;

    assert!(run.elapsed < Duration::from_secs(10), "{:?}", run.elapsed);
    assert!(matches!(run.result, Err(CollectError::Cancelled { .. })));
    for dataset in datasets {
        assert_eq!(
            run.record(dataset).state,
            DatasetState::NotCollected(NotCollected::Cancelled)
        );
    }
    sim.shutdown().await;
}

#[tokio::test]
async fn page_cap_stops_paging() {
    let sim = start_sim(SimConfig {
        page_size: 1,
        ..SimConfig::demo()
    })
    .await;
    let policy = RetryPolicy {
        page_cap: 3,
        ..fast_policy()
    };
    let run = run(&request(&sim, &[Dataset::Users]), &policy).await;
    let DatasetState::NotCollected(NotCollected::Failed { message }) =
        &run.record(Dataset::Users).state
    else {
        panic!("users must fail at the page cap");
    };

    assert!(message.contains("3 pages"), "{message}");
    sim.shutdown().await;
}

#[tokio::test]
async fn unreachable_graph_fails_dataset_only() {
    let sim = start_sim(SimConfig::demo()).await;
    let datasets = [Dataset::Domains, Dataset::Users, Dataset::ExoRemoteDomains];
    let mut request = request(&sim, &datasets);
    // Port 1 on loopback has no listener, so every connection is refused at once.
    request.endpoints.graph = "http://127.0.0.1:1".to_owned();
    let run = run(&request, &fast_policy()).await;
    let failure = |dataset| match &run.record(dataset).state {
        DatasetState::NotCollected(NotCollected::Failed { message }) => message.clone(),
        other => panic!("{dataset} must fail: {other:?}"),
    };

    // Both read at the same time: each gives up after two refused connections, or skips
    // at once when the other already found the endpoint unreachable.
    let messages = [failure(Dataset::Domains), failure(Dataset::Users)];
    assert!(
        messages.iter().any(|m| m.contains("after 2 attempts")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .all(|m| m.contains("after 2 attempts") || m.contains("earlier in this run")),
        "{messages:?}"
    );
    assert!(run.record(Dataset::ExoRemoteDomains).is_complete());
    sim.shutdown().await;
}

/// A log writer that appends to a shared buffer.
#[derive(Clone, Default)]
struct LogBuffer(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for LogBuffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .expect("log buffer lock")
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn logs_never_contain_the_secret() {
    let logs = LogBuffer::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    // A global subscriber, unlike a thread-local default, cannot lose callsites whose
    // interest other tests of this binary cached while no subscriber was listening.
    tracing::subscriber::set_global_default(subscriber).expect("no other test sets one");
    let sim = start_sim(SimConfig::demo()).await;
    let good = run(&request(&sim, &Dataset::COLLECTED), &fast_policy()).await;
    let mut wrong = request(&sim, &Dataset::COLLECTED);
    wrong.credential = Secret::new("wrong-secret-canary-9e2a".to_owned()).into();
    let bad = run(&wrong, &fast_policy()).await;
    sim.shutdown().await;
    let text = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();

    assert!(good.result.is_ok());
    assert!(bad.result.is_err());
    assert!(
        text.contains("signed in"),
        "the test captured no collector logs"
    );
    assert!(!text.contains(DEMO_CLIENT_SECRET));
    assert!(!text.contains("wrong-secret-canary-9e2a"));
}

/// Returns `(parentId, id)` of every object, sorted, to compare runs object by object.
fn related_keys(record: &DatasetRecord) -> Vec<(String, String)> {
    let mut keys: Vec<(String, String)> = record
        .objects
        .iter()
        .map(|o| {
            (
                o["parentId"].as_str().unwrap_or_default().to_owned(),
                o["id"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    keys.sort();
    keys
}

/// Collects groups and their members and owners from a simulator without faults.
async fn baseline_members() -> (Vec<(String, String)>, Vec<(String, String)>) {
    let sim = start_sim(SimConfig::demo()).await;
    let datasets = [Dataset::Groups, Dataset::GroupMembers, Dataset::GroupOwners];
    let run = run(&request(&sim, &datasets), &fast_policy()).await;
    sim.shutdown().await;
    (
        related_keys(run.record(Dataset::GroupMembers)),
        related_keys(run.record(Dataset::GroupOwners)),
    )
}

#[tokio::test]
async fn group_members_carry_their_group_and_follow_next_links() {
    let sim = start_sim(SimConfig::demo()).await;
    let datasets = [Dataset::Groups, Dataset::GroupMembers, Dataset::GroupOwners];
    let run = run(&request(&sim, &datasets), &fast_policy()).await;

    let members = run.record(Dataset::GroupMembers);
    assert!(members.is_complete(), "{:?}", members.state);
    let group_ids = ids(run.record(Dataset::Groups));
    let keys = related_keys(members);
    assert!(keys.len() > 60, "{}", keys.len());
    assert!(keys.iter().all(|(parent, _)| group_ids.contains(parent)));
    let mut unique = keys.clone();
    unique.dedup();
    assert_eq!(unique.len(), keys.len(), "no member is stored twice");
    // "All Staff" has more members than one page of 10 holds.
    let requests = sim.requests();
    assert!(
        requests
            .iter()
            .any(|r| r.path_and_query.contains("/members?")
                && r.path_and_query.contains("$skiptoken")),
        "a member list was read past its first page"
    );
    assert!(requests.iter().any(|r| r.path_and_query == "/v1.0/$batch"));
    assert!(!related_keys(run.record(Dataset::GroupOwners)).is_empty());
    sim.shutdown().await;
}

#[tokio::test]
async fn throttled_batch_sub_requests_are_sent_again_alone() {
    let (members, owners) = baseline_members().await;
    let sim = start_sim(SimConfig {
        faults: vec![Fault::Throttle {
            path_prefix: "/v1.0/groups/".to_owned(),
            count: 7,
            retry_after: Some("0.3".to_owned()),
        }],
        ..SimConfig::demo()
    })
    .await;
    let datasets = [Dataset::Groups, Dataset::GroupMembers, Dataset::GroupOwners];
    let run = run(&request(&sim, &datasets), &fast_policy()).await;

    assert_eq!(related_keys(run.record(Dataset::GroupMembers)), members);
    assert_eq!(related_keys(run.record(Dataset::GroupOwners)), owners);
    let waits = run.throttle_waits();
    assert!(waits.contains(&300), "{waits:?}");
    let throttled = sim
        .requests()
        .iter()
        .filter(|r| r.path_and_query.starts_with("/v1.0/groups/") && r.status == 429)
        .count();
    assert_eq!(throttled, 7);
    sim.shutdown().await;
}

#[tokio::test]
async fn failing_batch_sub_requests_are_retried() {
    let (members, _) = baseline_members().await;
    let sim = start_sim(SimConfig {
        faults: vec![
            Fault::ServerError {
                path_prefix: "/v1.0/groups/".to_owned(),
                count: 4,
                status: 503,
            },
            Fault::ServerError {
                path_prefix: "/v1.0/$batch".to_owned(),
                count: 1,
                status: 502,
            },
        ],
        ..SimConfig::demo()
    })
    .await;
    let datasets = [Dataset::Groups, Dataset::GroupMembers];
    let run = run(&request(&sim, &datasets), &fast_policy()).await;

    assert_eq!(related_keys(run.record(Dataset::GroupMembers)), members);
    let retries: u32 = run
        .events
        .iter()
        .filter_map(|e| match e {
            CollectEvent::Progress { dataset, progress } if *dataset == Dataset::GroupMembers => {
                Some(progress.retries)
            }
            _ => None,
        })
        .max()
        .unwrap_or_default();
    assert!(retries >= 2, "{retries}");
    sim.shutdown().await;
}

#[tokio::test]
async fn denied_batch_sub_request_names_the_permission() {
    let sim = start_sim(SimConfig {
        faults: vec![Fault::Deny {
            path_prefix: "/v1.0/groups/".to_owned(),
        }],
        ..SimConfig::demo()
    })
    .await;
    let datasets = [Dataset::Groups, Dataset::GroupMembers, Dataset::Users];
    let run = run(&request(&sim, &datasets), &fast_policy()).await;

    assert_eq!(
        run.record(Dataset::GroupMembers).state,
        DatasetState::NotCollected(NotCollected::MissingPermission {
            permission: "Directory.Read.All".to_owned()
        })
    );
    assert!(run.record(Dataset::GroupMembers).objects.is_empty());
    assert!(run.record(Dataset::Users).is_complete());
    assert!(run.record(Dataset::Groups).is_complete());
    sim.shutdown().await;
}

#[tokio::test]
async fn per_object_dataset_without_its_parent_is_not_collected() {
    let sim = start_sim(SimConfig {
        faults: vec![Fault::Deny {
            path_prefix: "/v1.0/groups".to_owned(),
        }],
        ..SimConfig::demo()
    })
    .await;
    let datasets = [Dataset::Groups, Dataset::GroupOwners];
    let run = run(&request(&sim, &datasets), &fast_policy()).await;

    let DatasetState::NotCollected(NotCollected::Failed { message }) =
        &run.record(Dataset::GroupOwners).state
    else {
        panic!("group owners need their groups");
    };
    assert!(message.contains("groups"), "{message}");
    sim.shutdown().await;
}

#[tokio::test]
async fn http_date_and_unreadable_retry_after_are_handled() {
    let date = time::OffsetDateTime::now_utc() + time::Duration::seconds(2);
    let date = date
        .format(&time::format_description::well_known::Rfc2822)
        .unwrap()
        .replace("+0000", "GMT");
    let sim = start_sim(SimConfig {
        faults: vec![
            Fault::Throttle {
                path_prefix: "/v1.0/domains".to_owned(),
                count: 1,
                retry_after: Some(date),
            },
            Fault::Throttle {
                path_prefix: "/v1.0/subscribedSkus".to_owned(),
                count: 2,
                retry_after: Some("in a moment".to_owned()),
            },
        ],
        ..SimConfig::demo()
    })
    .await;
    let datasets = [Dataset::Domains, Dataset::SubscribedSkus];
    let run = run(&request(&sim, &datasets), &fast_policy()).await;

    assert!(run.record(Dataset::Domains).is_complete());
    assert!(run.record(Dataset::SubscribedSkus).is_complete());
    let waits = run.throttle_waits();
    // The date lies one to two seconds ahead; the unreadable value falls back to the
    // policy's backoff of 100 to 400 ms.
    assert!(waits.iter().any(|w| (900..=2000).contains(w)), "{waits:?}");
    assert_eq!(waits.iter().filter(|w| **w <= 400).count(), 2, "{waits:?}");
    sim.shutdown().await;
}

#[tokio::test]
async fn throttle_storm_over_every_dataset_still_completes() {
    let prefixes = [
        ("/v1.0/users", "0.2"),
        ("/v1.0/groups", "0.1"),
        ("/v1.0/roleManagement", "0"),
        ("/adminapi", "0.2"),
    ];
    let faults = prefixes
        .iter()
        .map(|(prefix, wait)| Fault::Throttle {
            path_prefix: (*prefix).to_owned(),
            count: 3,
            retry_after: Some((*wait).to_owned()),
        })
        .collect();
    let sim = start_sim(SimConfig {
        faults,
        ..SimConfig::demo()
    })
    .await;
    let policy = RetryPolicy {
        max_attempts: 8,
        ..fast_policy()
    };
    let run = run(&request(&sim, &Dataset::COLLECTED), &policy).await;
    let summary = run.result.as_ref().unwrap();

    assert!(
        summary.not_collected.is_empty(),
        "{:?}",
        summary.not_collected
    );
    assert!(
        run.throttle_waits().len() >= 12,
        "{:?}",
        run.throttle_waits()
    );
    assert_eq!(run.record(Dataset::Users).objects.len(), 50);
    sim.shutdown().await;
}

#[tokio::test]
async fn next_link_loop_fails_the_dataset_only() {
    let sim = start_sim(SimConfig {
        faults: vec![Fault::Respond {
            path_prefix: "/v1.0/domains".to_owned(),
            query_contains: String::new(),
            count: 100,
            status: 200,
            body: r#"{"value":[{"id":"loop.example"}],
                "@odata.nextLink":"{base}/v1.0/domains?$skiptoken=same"}"#
                .to_owned(),
        }],
        ..SimConfig::demo()
    })
    .await;
    let run = run(
        &request(&sim, &[Dataset::Domains, Dataset::Organization]),
        &fast_policy(),
    )
    .await;

    let DatasetState::NotCollected(NotCollected::Failed { message }) =
        &run.record(Dataset::Domains).state
    else {
        panic!("a next link loop must fail the dataset");
    };
    assert!(message.contains("same next link twice"), "{message}");
    assert!(run.record(Dataset::Domains).objects.is_empty());
    assert!(run.record(Dataset::Organization).is_complete());
    sim.shutdown().await;
}

/// Graph may send an empty page that still has a next link; paging goes on to the end.
#[tokio::test]
async fn empty_page_with_next_link_does_not_end_paging() {
    let sim = start_sim(SimConfig {
        faults: vec![Fault::Respond {
            path_prefix: "/v1.0/users".to_owned(),
            query_contains: String::new(),
            count: 1,
            status: 200,
            body: r#"{"value":[],"@odata.nextLink":
                "{base}/v1.0/users?$top=999&$select=id,displayName,userType,accountEnabled"}"#
                .to_owned(),
        }],
        ..SimConfig::demo()
    })
    .await;
    let run = run(&request(&sim, &[Dataset::Users]), &fast_policy()).await;

    let users = run.record(Dataset::Users);
    assert!(users.is_complete(), "{:?}", users.state);
    assert_eq!(users.objects.len(), 50);
    assert_eq!(users.pages, 6);
    sim.shutdown().await;
}

/// A next link that expired between two pages restarts the dataset from its first page,
/// and the stored objects are exactly the tenant's, none twice.
#[tokio::test]
async fn expired_next_link_restarts_the_dataset_without_duplicates() {
    let sim = start_sim(SimConfig {
        faults: vec![Fault::Respond {
            path_prefix: "/v1.0/users".to_owned(),
            query_contains: "$skiptoken".to_owned(),
            count: 2,
            status: 400,
            body: r#"{"error":{"code":"Directory_ExpiredPageToken",
                "message":"The specified page token value has expired and can no longer be included in your request."}}"#
                .to_owned(),
        }],
        ..SimConfig::demo()
    })
    .await;
    let run = run(&request(&sim, &[Dataset::Users]), &fast_policy()).await;

    let users = run.record(Dataset::Users);
    assert!(users.is_complete(), "{:?}", users.state);
    let mut found = ids(users);
    assert_eq!(found.len(), 50);
    found.sort();
    found.dedup();
    assert_eq!(found.len(), 50, "no user is stored twice");
    sim.shutdown().await;
}

#[tokio::test]
async fn repeated_gateway_timeouts_halve_the_page_size() {
    let sim = start_sim(SimConfig {
        faults: vec![Fault::ServerError {
            path_prefix: "/v1.0/users".to_owned(),
            count: 2,
            status: 504,
        }],
        ..SimConfig::demo()
    })
    .await;
    let run = run(&request(&sim, &[Dataset::Users]), &fast_policy()).await;

    assert_eq!(run.record(Dataset::Users).objects.len(), 50);
    let requests = sim.requests();
    let first_ok = requests
        .iter()
        .find(|r| r.path_and_query.starts_with("/v1.0/users") && r.status == 200)
        .unwrap();
    assert!(
        first_ok.path_and_query.contains("$top=499"),
        "{}",
        first_ok.path_and_query
    );
    sim.shutdown().await;
}

/// Conditional Access returns 429; the collector waits exactly the Retry-After, then sends
/// the same request again.
#[tokio::test]
async fn conditional_access_429_waits_the_stated_seconds() {
    let sim = start_sim(SimConfig {
        faults: vec![Fault::Throttle {
            path_prefix: "/v1.0/identity/conditionalAccess/policies".to_owned(),
            count: 1,
            retry_after: Some("2".to_owned()),
        }],
        ..SimConfig::demo()
    })
    .await;
    let run = run(
        &request(&sim, &[Dataset::ConditionalAccessPolicies]),
        &fast_policy(),
    )
    .await;

    assert_eq!(run.throttle_waits(), vec![2000]);
    assert!(run.elapsed >= Duration::from_secs(2), "{:?}", run.elapsed);
    let record = run.record(Dataset::ConditionalAccessPolicies);
    assert_eq!(record.objects.len(), 6);
    let requests: Vec<_> = sim
        .requests()
        .into_iter()
        .filter(|r| r.path_and_query.contains("conditionalAccess"))
        .collect();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].path_and_query, requests[1].path_and_query);
    sim.shutdown().await;
}

/// A run cancelled part-way and collected again into the same assessment ends with exactly
/// the objects of an uninterrupted run.
#[tokio::test]
async fn cancelled_run_resumes_without_loss_or_duplicates() {
    let sim = start_sim(SimConfig {
        page_size: 3,
        latency: Duration::from_millis(30),
        ..SimConfig::demo()
    })
    .await;
    let datasets = [Dataset::Users, Dataset::Groups, Dataset::GroupMembers];
    let dir = tempfile::tempdir().unwrap();
    let store = SledStore::open(dir.path(), &cray::keys::DataKey::generate()).unwrap();
    let assessment = AssessmentId::new();
    let request = request(&sim, &datasets);
    for delay in [150, 250, 400] {
        let cancel = CancellationToken::new();
        let canceller = cancel.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(delay)).await;
            canceller.cancel();
        });
        let (sender, _receiver) = tokio::sync::mpsc::channel(4096);
        let _ = collect_with(&request, &fast_policy(), &store, assessment, sender, cancel).await;
    }
    let (sender, _receiver) = tokio::sync::mpsc::channel(4096);
    let summary = collect_with(
        &request,
        &fast_policy(),
        &store,
        assessment,
        sender,
        CancellationToken::new(),
    )
    .await
    .unwrap();
    assert_eq!(summary.complete, datasets.to_vec());
    let records = store.datasets(assessment).unwrap();
    let users = records
        .iter()
        .find(|r| r.dataset == Dataset::Users)
        .unwrap();
    let mut user_ids = ids(users);
    user_ids.sort();
    user_ids.dedup();
    assert_eq!(users.objects.len(), 50);
    assert_eq!(user_ids.len(), 50);
    let members = records
        .iter()
        .find(|r| r.dataset == Dataset::GroupMembers)
        .unwrap();
    sim.shutdown().await;
    let (expected, _) = baseline_members().await;
    assert_eq!(related_keys(members), expected);
}

/// Reads the simulator's own object count per dataset key.
async fn expected_counts(sim: &RunningSim) -> serde_json::Value {
    let url = format!("{}/_sim/counts", sim.base_url());
    let answer = reqwest::get(&url).await.expect("counts are served");
    answer.json().await.expect("counts are JSON")
}

#[tokio::test]
async fn random_faults_leave_exact_counts() {
    // 10 % 5xx, 5 % 429 with every Retry-After form, resets and cut bodies on every kind of
    // request, $batch included: every dataset must still hold exactly the tenant's objects.
    // Before sub-responses were checked, a cut sub-response body failed a whole per-object
    // dataset.
    let config = SimConfig {
        scale: Some(cray::sim::ScaleSpec {
            users: 1_500,
            groups: 120,
            applications: 40,
            ca_policies: 6,
            seed: 17,
        }),
        random_faults: Some(
            cray::sim::FaultMix::parse("429=0.05,503=0.05,500=0.05,reset=0.01,truncate=0.01", 23)
                .expect("valid fault mix"),
        ),
        ..SimConfig::demo()
    };
    let sim = start_sim(config).await;
    let policy = RetryPolicy {
        max_attempts: 12,
        base_delay: Duration::from_millis(20),
        max_delay: Duration::from_millis(100),
        budget: Duration::from_secs(60),
        ..RetryPolicy::default()
    };
    // The directory lists and every per-object dataset; the reports and Exchange lanes are
    // slow by design and have tests of their own.
    let datasets = [
        Dataset::Users,
        Dataset::Groups,
        Dataset::GroupMembers,
        Dataset::GroupOwners,
        Dataset::Applications,
        Dataset::ApplicationOwners,
        Dataset::ServicePrincipals,
        Dataset::ServicePrincipalOwners,
        Dataset::ServicePrincipalAppRoleAssignments,
        Dataset::Oauth2PermissionGrants,
        Dataset::ConditionalAccessPolicies,
    ];
    let run = run(&request(&sim, &datasets), &policy).await;
    assert!(run.result.is_ok(), "{:?}", run.result);
    let counts = expected_counts(&sim).await;
    let counts = counts.get("counts").unwrap_or(&counts);
    let mut checked = 0;
    for record in &run.records {
        assert_eq!(record.state, DatasetState::Complete, "{}", record.dataset);
        if let Some(want) = counts.get(record.dataset.key()).and_then(|n| n.as_u64()) {
            assert_eq!(record.objects.len() as u64, want, "{}", record.dataset);
            checked += 1;
        }
    }
    assert_eq!(
        checked,
        datasets.len(),
        "every dataset has an expected count"
    );
    sim.shutdown().await;
}
