//! The TUI's workspace backend for several runs: a tenant registered through the form's
//! save call, two tenants collected at once from simulators over loopback HTTP, and a run
//! cancelled and then resumed.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

use std::path::Path;
use std::sync::Arc;

use cray::model::{AssessmentState, CollectEvent, TenantName};
use cray::paths::Paths;
use cray::sim::{self, SimConfig};
use cray::tenant::{Cloud, CredentialRef, EndpointOverrides, SecretSource, Tenant};
use cray::tui::{Backend, CollectRun, WorkspaceBackend};
use cray::workspace::Workspace;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

fn backend(home: &Path) -> WorkspaceBackend {
    let workspace = Workspace::open(Paths::under(home)).unwrap();
    WorkspaceBackend::new(Arc::new(workspace))
}

/// Returns the simulator's tenant as a customer tenant whose secret is in a file.
fn fabrikam(base: &str, secret_file: &Path) -> Tenant {
    Tenant {
        name: TenantName::new("fabrikam").unwrap(),
        display_name: "Fabrikam GmbH".to_owned(),
        tenant_id: sim::DEMO_TENANT_ID.to_owned(),
        cloud: Cloud::Global,
        client_id: sim::DEMO_CLIENT_ID.to_owned(),
        credential: CredentialRef::Secret {
            source: SecretSource::File {
                path: secret_file.to_owned(),
            },
        },
        endpoints: EndpointOverrides {
            login: Some(base.to_owned()),
            graph: Some(base.to_owned()),
            exchange: Some(base.to_owned()),
        },
        demo: false,
        local_id: String::new(),
    }
}

/// Runs a collection to its end and returns its outcome with the events it sent.
async fn run(
    backend: &WorkspaceBackend,
    tenant: &TenantName,
    run: CollectRun,
) -> (anyhow::Result<()>, Vec<CollectEvent>) {
    let (events_tx, mut events_rx) = mpsc::channel(4096);
    let collecting = tokio::spawn(backend.collect_run(tenant, events_tx, run));
    let mut events = Vec::new();
    while let Some(event) = events_rx.recv().await {
        events.push(event);
    }
    (collecting.await.unwrap(), events)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tenant_form_save_and_edit() {
    let home = tempfile::tempdir().unwrap();
    let backend = backend(home.path());
    let secret = home.path().join("secret");
    let tenant = fabrikam("http://127.0.0.1:9", &secret);
    backend.save_tenant(tenant.clone(), true).unwrap();

    let duplicate = backend.save_tenant(tenant.clone(), true).unwrap_err();
    assert!(
        duplicate.to_string().contains("already registered"),
        "{duplicate}"
    );

    let mut changed = backend.tenant_settings(&tenant.name).unwrap();
    changed.display_name = "Fabrikam AG".to_owned();
    changed.cloud = Cloud::UsGov;
    backend.save_tenant(changed, false).unwrap();
    let saved = backend.tenant_settings(&tenant.name).unwrap();
    assert_eq!(
        (saved.display_name.as_str(), saved.cloud),
        ("Fabrikam AG", Cloud::UsGov)
    );
    assert_eq!(saved.endpoints, tenant.endpoints);

    let mut bad = saved.clone();
    bad.client_id = "not-a-guid".to_owned();
    let error = backend.save_tenant(bad, false).unwrap_err();
    assert!(error.to_string().contains("\"not-a-guid\""), "{error}");
    assert_eq!(
        backend.tenant_settings(&tenant.name).unwrap().client_id,
        sim::DEMO_CLIENT_ID
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_tenants_collect_at_once() {
    let home = tempfile::tempdir().unwrap();
    let backend = backend(home.path());
    backend.add_demo_tenant().unwrap();
    let simulator = sim::start(([127, 0, 0, 1], 0).into(), SimConfig::demo())
        .await
        .unwrap();
    let secret = home.path().join("secret");
    std::fs::write(&secret, sim::DEMO_CLIENT_SECRET).unwrap();
    backend
        .save_tenant(fabrikam(&simulator.base_url(), &secret), true)
        .unwrap();

    let demo = TenantName::new("demo").unwrap();
    let fabrikam = TenantName::new("fabrikam").unwrap();
    let ((demo_result, demo_events), (fabrikam_result, fabrikam_events)) = tokio::join!(
        run(&backend, &demo, CollectRun::default()),
        run(&backend, &fabrikam, CollectRun::default()),
    );
    simulator.shutdown().await;
    demo_result.unwrap();
    fabrikam_result.unwrap();
    for events in [&demo_events, &fabrikam_events] {
        assert!(events.contains(&CollectEvent::Finished), "{events:?}");
    }

    let summaries = backend.tenants().unwrap();
    assert_eq!(summaries.len(), 2);
    for summary in &summaries {
        assert_eq!(
            summary.latest_state,
            Some(AssessmentState::Evaluated),
            "{summary:?}"
        );
        assert!(summary.score.is_some(), "{summary:?}");
        assert!(summary.last_assessed.is_some(), "{summary:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancelled_run_is_interrupted_and_resumes() {
    let home = tempfile::tempdir().unwrap();
    let backend = backend(home.path());
    backend.add_demo_tenant().unwrap();
    let demo = TenantName::new("demo").unwrap();

    let nothing = run(
        &backend,
        &demo,
        CollectRun {
            resume: true,
            ..CollectRun::default()
        },
    )
    .await
    .0
    .unwrap_err();
    assert!(
        nothing.to_string().contains("no interrupted assessment"),
        "{nothing}"
    );

    // The demo simulator responds to each request after 40 ms, so the run is still reading when
    // the first dataset is done.
    let cancel = CancellationToken::new();
    let (events_tx, mut events_rx) = mpsc::channel(4096);
    let collecting = tokio::spawn(backend.collect_run(
        &demo,
        events_tx,
        CollectRun {
            resume: false,
            cancel: cancel.clone(),
        },
    ));
    while let Some(event) = events_rx.recv().await {
        if matches!(event, CollectEvent::DatasetFinished { .. }) {
            cancel.cancel();
        }
    }
    let error = collecting.await.unwrap().unwrap_err();
    assert!(error.to_string().contains("interrupted"), "{error}");
    let summary = &backend.tenants().unwrap()[0];
    assert_eq!(summary.latest_state, Some(AssessmentState::Interrupted));
    assert!(summary.last_assessed.is_none());

    let (result, events) = run(
        &backend,
        &demo,
        CollectRun {
            resume: true,
            ..CollectRun::default()
        },
    )
    .await;
    result.unwrap();
    assert!(events.contains(&CollectEvent::Finished), "{events:?}");
    let summary = &backend.tenants().unwrap()[0];
    assert_eq!(summary.latest_state, Some(AssessmentState::Evaluated));
    assert!(summary.score.is_some());
}
