//! Malformed, truncated, huge and wrongly typed responses from the simulator over loopback
//! HTTP: each must end the affected dataset as not collected with an error, never crash the
//! run. A seeded random search then feeds mutated pages through the same path and random
//! datasets through the check engine.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

use std::net::SocketAddr;
use std::time::Duration;

use axum::body::Bytes;
use cray::check::Catalogue;
use cray::collect::{CollectRequest, RetryPolicy, Secret, collect_with};
use cray::model::{AssessmentId, Dataset, DatasetRecord, DatasetState, NotCollected, Status};
use cray::sim::{self, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_TENANT_ID, Fault, SimConfig};
use cray::store::{SledStore, Store};
use cray::tenant::{Cloud, Endpoints};
use tokio_util::sync::CancellationToken;

/// A small deterministic generator (xorshift64*), so every failure can be replayed by seed.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, bound: usize) -> usize {
        usize::try_from(self.next() % bound.max(1) as u64).unwrap()
    }
}

fn policy() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 2,
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(20),
        budget: Duration::from_secs(5),
        ..RetryPolicy::default()
    }
}

/// Collects `dataset` from a simulator that responds to its path with `body`, and returns the
/// stored record.
async fn collect_with_body(dataset: Dataset, path: &str, body: Bytes) -> DatasetRecord {
    let config = SimConfig {
        faults: vec![Fault::RawBody {
            path_prefix: path.to_owned(),
            status: 200,
            body,
        }],
        ..SimConfig::demo()
    };
    let sim = sim::start(SocketAddr::from(([127, 0, 0, 1], 0)), config)
        .await
        .unwrap();
    let base = sim.base_url();
    let request = CollectRequest {
        tenant_id: DEMO_TENANT_ID.to_owned(),
        client_id: DEMO_CLIENT_ID.to_owned(),
        credential: Secret::new(DEMO_CLIENT_SECRET.to_owned()).into(),
        endpoints: Endpoints {
            login: base.clone(),
            graph: base.clone(),
            exchange: base,
        },
        cloud: Cloud::Global,
        datasets: vec![dataset],
        on_preflight: None,
    };
    let dir = tempfile::tempdir().unwrap();
    let store = SledStore::open(dir.path(), &cray::keys::DataKey::generate()).unwrap();
    let assessment = AssessmentId::new();
    let (sender, mut receiver) = tokio::sync::mpsc::channel(4096);
    let drain = tokio::spawn(async move { while receiver.recv().await.is_some() {} });
    let outcome = collect_with(
        &request,
        &policy(),
        &store,
        assessment,
        sender,
        CancellationToken::new(),
    )
    .await;
    drain.await.unwrap();
    sim.shutdown().await;
    outcome.unwrap();
    let mut records = store.datasets(assessment).unwrap();
    assert_eq!(records.len(), 1);
    records.remove(0)
}

fn assert_failed(record: &DatasetRecord, case: &str) {
    assert!(
        matches!(
            record.state,
            DatasetState::NotCollected(NotCollected::Failed { .. })
        ),
        "{case}: {:?}",
        record.state
    );
}

/// Bodies that no Graph collection page may be read from.
fn broken_pages() -> Vec<(&'static str, Bytes)> {
    let truncated = br#"{"@odata.context":"x","value":[{"id":"1","displayName":"Ad"#;
    let mut huge = Vec::with_capacity(50 * 1024 * 1024 + 32);
    huge.extend_from_slice(br#"{"value":[""#);
    huge.resize(50 * 1024 * 1024, b'a');
    huge.extend_from_slice(br#""]}"#);
    vec![
        ("truncated JSON", Bytes::from_static(truncated)),
        ("50 MB body", Bytes::from(huge)),
        (
            "invalid UTF-8",
            Bytes::from_static(b"{\"value\":[\"\xff\xfe\xc3\x28\"]}"),
        ),
        (
            "value is a string",
            Bytes::from_static(br#"{"value":"users"}"#),
        ),
        ("value missing", Bytes::from_static(br#"{"items":[]}"#)),
        ("top level is an array", Bytes::from_static(b"[1,2,3]")),
        (
            "next link is a number",
            Bytes::from_static(br#"{"value":[],"@odata.nextLink":5}"#),
        ),
        ("empty body", Bytes::new()),
        ("NUL bytes", Bytes::from_static(&[0; 64])),
        ("deep nesting", Bytes::from("[".repeat(100_000))),
    ]
}

#[tokio::test]
async fn broken_graph_pages_mark_not_collected() {
    for (case, body) in broken_pages() {
        let record = collect_with_body(Dataset::Users, "/v1.0/users", body).await;
        assert_failed(&record, case);
        assert!(record.objects.is_empty(), "{case}");
    }
}

#[tokio::test]
async fn broken_singleton_marks_not_collected() {
    for (case, body) in [
        ("array instead of object", Bytes::from_static(b"[]")),
        ("number", Bytes::from_static(b"42")),
        ("truncated", Bytes::from_static(br#"{"id":"#)),
    ] {
        let record = collect_with_body(Dataset::Organization, "/v1.0/organization", body).await;
        assert_failed(&record, case);
    }
}

#[tokio::test]
async fn broken_exchange_result_marks_not_collected() {
    for (case, body) in broken_pages().into_iter().take(4) {
        let record = collect_with_body(Dataset::ExoRemoteDomains, "/adminapi", body).await;
        assert_failed(&record, case);
    }
}

/// A valid page to mutate.
const SAMPLE_PAGE: &str = r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users","value":[{"id":"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0","displayName":"Adele Vance","accountEnabled":true,"userType":"Member","assignedLicenses":[{"skuId":"c7df2760-2c81-4ef7-b578-5b5392b571df"}]}]}"#;

/// Returns the sample page truncated, with bytes flipped, inserted or removed.
fn mutate(random: &mut Random) -> Vec<u8> {
    let mut bytes = SAMPLE_PAGE.as_bytes().to_vec();
    for _ in 0..=random.below(4) {
        let at = random.below(bytes.len());
        match random.below(4) {
            0 => bytes.truncate(at),
            1 => {
                let last = bytes.len().saturating_sub(1);
                bytes[at.min(last)] = random.below(256) as u8;
            }
            2 => {
                let noise = b"{}[]\",:\\\xff0-e";
                bytes.insert(at, noise[random.below(noise.len())]);
            }
            _ => {
                if at < bytes.len() {
                    bytes.remove(at);
                }
            }
        }
        if bytes.is_empty() {
            break;
        }
    }
    bytes
}

#[tokio::test]
async fn mutated_pages_never_crash_collection() {
    let mut random = Random(0x5EED_CAFE_F00D_0001);
    for case in 0..60 {
        let body = mutate(&mut random);
        let parsed = serde_json::from_slice::<serde_json::Value>(&body);
        let record = collect_with_body(Dataset::Users, "/v1.0/users", Bytes::from(body)).await;
        if parsed.is_err() {
            assert_failed(&record, &format!("mutation {case}"));
        }
    }
}

/// Returns a random JSON value of limited depth, with every JSON type.
fn random_value(random: &mut Random, depth: u32) -> serde_json::Value {
    use serde_json::{Value, json};
    let keys = [
        "id",
        "displayName",
        "state",
        "value",
        "members",
        "roles",
        "x",
    ];
    match random.below(if depth == 0 { 4 } else { 6 }) {
        0 => Value::Null,
        1 => json!(random.below(2) == 0),
        2 => json!(random.next() as i64),
        3 => json!(format!("s\u{1b}{}", random.below(1000))),
        4 => Value::Array(
            (0..random.below(4))
                .map(|_| random_value(random, depth - 1))
                .collect(),
        ),
        _ => Value::Object(
            (0..random.below(5))
                .map(|_| {
                    let key = keys[random.below(keys.len())].to_owned();
                    (key, random_value(random, depth - 1))
                })
                .collect(),
        ),
    }
}

#[test]
fn engine_survives_random_datasets() {
    let catalogue = Catalogue::embedded().unwrap();
    let mut random = Random(0x0DD_BA11_5EED_0002);
    for _ in 0..30 {
        let datasets: Vec<DatasetRecord> = Dataset::COLLECTED
            .iter()
            .map(|dataset| DatasetRecord {
                dataset: *dataset,
                state: DatasetState::Complete,
                objects: (0..random.below(4))
                    .map(|_| random_value(&mut random, 3))
                    .collect(),
                pages: 1,
                collected_at: time::OffsetDateTime::UNIX_EPOCH,
            })
            .collect();
        let results = catalogue.evaluate(&datasets);
        assert_eq!(results.len(), catalogue.checks().len());
        for result in &results {
            if result.status == Status::NotAssessable {
                assert!(result.reason.is_some(), "{result:?}");
            }
        }
    }
}

#[test]
fn decoders_survive_random_bytes() {
    let mut random = Random(0xDEC0_DE5E_ED00_0003);
    for _ in 0..5_000 {
        cray::collect::decode_for_fuzzing(&mutate(&mut random));
    }
    for _ in 0..500 {
        let length = random.below(4096);
        let bytes: Vec<u8> = (0..length).map(|_| random.below(256) as u8).collect();
        cray::collect::decode_for_fuzzing(&bytes);
    }
    let page = serde_json::json!({"value": [random_value(&mut random, 4)], "@odata.nextLink": "x"});
    cray::collect::decode_for_fuzzing(page.to_string().as_bytes());
}
