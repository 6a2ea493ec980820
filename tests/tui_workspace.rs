//! The TUI's workspace backend against a real workspace in a temporary home: the demo
//! tenant is added, collected from the in-process simulator over loopback HTTP, evaluated,
//! triaged and exported, all through the calls the TUI makes.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

use std::sync::Arc;

use cray::i18n::Lang;
use cray::keys::{KeyMethod, KeyStorage};
use cray::model::{CollectEvent, Status, TenantName, TriageDecision, TriageStatus};
use cray::paths::Paths;
use cray::report::ReportFormat;
use cray::tui::{Backend, Effect, EffectRunner, Msg, WorkspaceBackend};
use cray::workspace::Workspace;
use time::OffsetDateTime;
use tokio::sync::mpsc;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_session_through_backend() {
    let home = tempfile::tempdir().unwrap();
    let workspace = Workspace::open(Paths::under(home.path())).unwrap();
    let backend = WorkspaceBackend::new(Arc::new(workspace));
    let demo = TenantName::new("demo").unwrap();

    assert!(backend.tenants().unwrap().is_empty());
    backend.add_demo_tenant().unwrap();
    let tenants = backend.tenants().unwrap();
    assert_eq!(tenants.len(), 1);
    assert!(tenants[0].is_demo);
    assert!(tenants[0].last_assessed.is_none());

    let (events_tx, mut events_rx) = mpsc::channel(1024);
    let collecting = tokio::spawn(backend.collect(&demo, events_tx));
    let mut events = Vec::new();
    while let Some(event) = events_rx.recv().await {
        events.push(event);
    }
    collecting.await.unwrap().unwrap();
    assert!(
        matches!(events.first(), Some(CollectEvent::Started { .. })),
        "{events:?}"
    );
    assert!(events.contains(&CollectEvent::Finished), "{events:?}");

    let findings = backend.findings(&demo).unwrap();
    let failed = findings.iter().find(|f| f.status == Status::Fail).unwrap();
    let decision = TriageDecision {
        check_id: failed.check_id.clone(),
        status: TriageStatus::AcceptedRisk,
        note: "Accepted by the customer's CISO".to_owned(),
        decided_at: OffsetDateTime::now_utc(),
        // An accepted risk needs an expiry date.
        expires_on: Some((OffsetDateTime::now_utc() + time::Duration::days(90)).date()),
    };
    backend.save_triage(&demo, decision).unwrap();
    let reread = backend.findings(&demo).unwrap();
    let triaged = reread
        .iter()
        .find(|f| f.check_id == failed.check_id)
        .unwrap();
    assert_eq!(triaged.triage, TriageStatus::AcceptedRisk);
    assert_eq!(triaged.triage_note, "Accepted by the customer's CISO");

    let path = home.path().join("demo-report.pdf");
    let written = backend
        .export_report(&demo, Lang::DeDe, ReportFormat::Pdf, path.clone())
        .await
        .unwrap();
    assert_eq!(written, path);
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "not a PDF");

    let summary = &backend.tenants().unwrap()[0];
    assert!(summary.last_assessed.is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn csv_export_through_backend() {
    let (home, backend, demo) = collected_demo().await;
    let findings = backend.findings(&demo).unwrap();

    let path = home.path().join("exports").join("demo-report.csv");
    std::fs::create_dir(path.parent().unwrap()).unwrap();
    let written = backend
        .export_report(&demo, Lang::EnUs, ReportFormat::Csv, path.clone())
        .await
        .unwrap();

    assert_eq!(written, path);
    let csv = std::fs::read_to_string(&path).unwrap();
    assert!(!csv.starts_with("%PDF"), "a PDF instead of CSV");
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(header.contains(','), "no CSV header: {header}");
    assert_eq!(lines.count(), findings.len(), "one row per check");
    let first = &findings[0].check_id.to_string();
    assert!(csv.contains(first.as_str()), "{first} missing in:\n{csv}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changes_compare_two_newest_collections() {
    let (_home, backend, demo) = collected_demo().await;
    let backend = Arc::new(backend);
    let (messages_tx, mut messages) = mpsc::unbounded_channel();
    let (events_tx, _events) = mpsc::channel(16);
    let mut runner = EffectRunner::new(Arc::clone(&backend), messages_tx, events_tx);
    runner.perform(Effect::LoadChanges(demo.clone()));
    let only_one = Msg::ChangesLoaded {
        tenant: demo.clone(),
        result: Ok(None),
    };
    assert_eq!(next_outcome(&mut messages).await, only_one);

    collect(&backend, &demo).await;
    runner.perform(Effect::LoadChanges(demo.clone()));
    let outcome = next_outcome(&mut messages).await;
    let Msg::ChangesLoaded { tenant, result } = outcome else {
        panic!("expected ChangesLoaded, got {outcome:?}");
    };
    assert_eq!(tenant, demo);
    let changes = result.unwrap().unwrap();
    let history = backend.history(&demo).unwrap();
    assert_eq!(changes.new, history[0].assessment.id);
    assert_eq!(changes.old, history[1].assessment.id);
    assert_eq!(changes.since, history[1].assessment.started_at);
    let diff = backend.diff(&demo, changes.old, changes.new).unwrap();
    assert_eq!(changes.new_findings, diff.new_findings.len());
    assert_eq!(changes.resolved, diff.resolved.len());
    assert_eq!(changes.changed, diff.changed.len());
}

#[test]
fn findings_before_collection_name_the_fix() {
    let home = tempfile::tempdir().unwrap();
    let workspace = Workspace::open(Paths::under(home.path())).unwrap();
    let backend = WorkspaceBackend::new(Arc::new(workspace));
    backend.add_demo_tenant().unwrap();

    let error = backend
        .findings(&TenantName::new("demo").unwrap())
        .unwrap_err();
    assert!(
        format!("{error:#}").contains("no evaluated assessment"),
        "{error:#}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn purge_through_backend_removes_tenant_dir() {
    let (home, backend, demo) = collected_demo().await;
    let paths = Paths::under(home.path());
    let dir = paths.tenant_dir(&demo);
    assert!(dir.exists(), "no tenant dir at {}", dir.display());

    let summary = backend.purge_tenant(&demo).unwrap();

    assert!(!dir.exists(), "{} survived the purge", dir.display());
    assert!(backend.tenants().unwrap().is_empty());
    assert!(summary.contains("key destroyed"), "{summary}");
}

#[test]
fn key_storage_question_is_open_in_fresh_home_without_keychain() {
    let home = tempfile::tempdir().unwrap();
    let workspace = Arc::new(Workspace::open(Paths::under(home.path())).unwrap());
    let keychain = workspace.keys().keychain_available();
    let backend = WorkspaceBackend::new(Arc::clone(&workspace));
    let question = backend.key_storage_question().unwrap();
    assert_eq!(question.is_some(), !keychain);
}

#[test]
fn chosen_keyfile_keeps_new_tenant_key_without_warning() {
    let home = tempfile::tempdir().unwrap();
    let workspace = Arc::new(Workspace::open(Paths::under(home.path())).unwrap());
    let backend = WorkspaceBackend::new(Arc::clone(&workspace));
    backend.set_key_storage(KeyStorage::Keyfile).unwrap();
    backend.add_demo_tenant().unwrap();
    backend.tenants().unwrap();
    let demo = workspace.tenant("demo").unwrap();
    let method = workspace.keys().method(&demo.local_id).unwrap();
    assert_eq!(method, Some(KeyMethod::Keyfile));
    assert_eq!(backend.notices(), Vec::<String>::new());
    assert_eq!(backend.key_storage_question().unwrap(), None);
}

/// Returns a backend over a workspace in a temporary home whose demo tenant was collected
/// once, with the home and the tenant's name.
async fn collected_demo() -> (tempfile::TempDir, WorkspaceBackend, TenantName) {
    let home = tempfile::tempdir().unwrap();
    let workspace = Workspace::open(Paths::under(home.path())).unwrap();
    let backend = WorkspaceBackend::new(Arc::new(workspace));
    let demo = TenantName::new("demo").unwrap();
    backend.add_demo_tenant().unwrap();
    collect(&backend, &demo).await;
    (home, backend, demo)
}

/// Collects `tenant` to the end and fails the test when the run fails.
async fn collect(backend: &WorkspaceBackend, tenant: &TenantName) {
    let (events_tx, mut events_rx) = mpsc::channel(1024);
    let collecting = tokio::spawn(backend.collect(tenant, events_tx));
    while events_rx.recv().await.is_some() {}
    collecting.await.unwrap().unwrap();
}

/// Returns the next message that is not a notice, such as where the demo key is kept.
async fn next_outcome(messages: &mut mpsc::UnboundedReceiver<Msg>) -> Msg {
    loop {
        match messages.recv().await.unwrap() {
            Msg::Notice(_) => {}
            msg => return msg,
        }
    }
}
