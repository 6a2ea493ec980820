//! Triage that carries forward, against a real workspace in a temporary home. The demo tenant
//! is collected twice from the in-process simulator, and decisions, exceptions, overrides and
//! notes made on the first assessment apply to the second. Further tests cover the history,
//! the comparison and the deletion of an assessment.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

use cray::i18n::Lang;
use cray::model::{
    CheckId, Finding, ObjectException, ReopenCause, Severity, Status, TriageDecision, TriageError,
    TriageStatus,
};
use cray::paths::Paths;
use cray::report::ReportFormat;
use cray::workspace::{Workspace, WorkspaceError};
use time::{Duration, OffsetDateTime};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

async fn collect_demo(workspace: &Workspace) {
    workspace.ensure_demo().unwrap();
    let (events, mut receiver) = mpsc::channel(1024);
    let drain = tokio::spawn(async move { while receiver.recv().await.is_some() {} });
    workspace
        .collect("demo", events, CancellationToken::new())
        .await
        .unwrap();
    drain.await.unwrap();
}

fn decision(check: &CheckId, status: TriageStatus, expires_in_days: Option<i64>) -> TriageDecision {
    let now = OffsetDateTime::now_utc();
    TriageDecision {
        check_id: check.clone(),
        status,
        note: "agreed with the customer".to_owned(),
        decided_at: now,
        expires_on: expires_in_days.map(|days| (now + Duration::days(days)).date()),
    }
}

fn exception(check: &CheckId, object_id: &str) -> ObjectException {
    ObjectException {
        check_id: check.clone(),
        object_id: object_id.to_owned(),
        display_name: String::new(),
        reason: "emergency access account".to_owned(),
        decided_at: OffsetDateTime::now_utc(),
    }
}

fn find<'a>(findings: &'a [Finding], check: &CheckId) -> &'a Finding {
    findings.iter().find(|f| &f.check_id == check).unwrap()
}

/// Returns ids of failed findings: the first with at least two affected objects, then two
/// more.
fn failed_checks(findings: &[Finding]) -> [CheckId; 4] {
    let failed: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.status == Status::Fail)
        .collect();
    let with_objects = failed.iter().find(|f| f.affected.len() >= 2).unwrap();
    let others: Vec<CheckId> = failed
        .iter()
        .filter(|f| f.check_id != with_objects.check_id)
        .map(|f| f.check_id.clone())
        .take(3)
        .collect();
    [
        with_objects.check_id.clone(),
        others[0].clone(),
        others[1].clone(),
        others[2].clone(),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn triage_carries_into_next_assessment() {
    let home = tempfile::tempdir().unwrap();
    let workspace = Workspace::open(Paths::under(home.path())).unwrap();
    collect_demo(&workspace).await;
    let (first, findings) = workspace.findings("demo").unwrap();
    let [objects, resolved, lowered, accepted] = failed_checks(&findings);
    let object_ids: Vec<String> = find(&findings, &objects)
        .affected
        .iter()
        .map(|o| o.id.clone())
        .collect();

    workspace
        .set_triage("demo", &decision(&resolved, TriageStatus::Resolved, None))
        .unwrap();
    workspace
        .set_triage(
            "demo",
            &decision(&accepted, TriageStatus::AcceptedRisk, Some(30)),
        )
        .unwrap();
    workspace
        .set_exception("demo", &exception(&objects, &object_ids[0]))
        .unwrap();
    workspace
        .set_override("demo", &lowered, Some((Severity::Info, "lab tenant")))
        .unwrap();
    workspace
        .set_note("demo", &objects, "ask about the service accounts")
        .unwrap();

    let (_, same) = workspace.findings("demo").unwrap();
    assert_eq!(find(&same, &resolved).triage, TriageStatus::Resolved);

    collect_demo(&workspace).await;
    let (second, findings) = workspace.findings("demo").unwrap();
    assert_ne!(first.id, second.id);

    let reopened = find(&findings, &resolved);
    assert_eq!(reopened.triage, TriageStatus::Open);
    assert_eq!(
        reopened.annotations.reopened,
        Some(ReopenCause::StillFailing)
    );

    assert_eq!(
        find(&findings, &accepted).triage,
        TriageStatus::AcceptedRisk
    );

    let excepted = find(&findings, &objects);
    assert_eq!(excepted.annotations.excepted.len(), 1);
    assert_eq!(excepted.annotations.excepted[0].object_id, object_ids[0]);
    assert_eq!(excepted.triage, TriageStatus::Open);
    assert_eq!(
        excepted.annotations.comment,
        "ask about the service accounts"
    );

    let overridden = find(&findings, &lowered);
    assert_eq!(overridden.severity, Severity::Info);
    let applied = overridden.annotations.severity_override.as_ref().unwrap();
    assert_eq!(applied.reason, "lab tenant");
    assert_ne!(applied.catalogue, Severity::Info);

    for id in &object_ids[1..] {
        workspace
            .set_exception("demo", &exception(&objects, id))
            .unwrap();
    }
    let (_, findings) = workspace.findings("demo").unwrap();
    let all_excepted = find(&findings, &objects);
    assert!(all_excepted.is_fully_excepted());
    assert_eq!(all_excepted.triage, TriageStatus::AcceptedRisk);

    let markdown = home.path().join("report.md");
    workspace
        .export_report("demo", Lang::EnUs, &markdown, ReportFormat::Markdown, None)
        .unwrap();
    let text = std::fs::read_to_string(&markdown).unwrap();
    assert!(text.contains("instead of"), "override missing");
    assert!(text.contains("lab tenant"), "override reason missing");
    let pdf = home.path().join("report.pdf");
    workspace
        .export_pdf("demo", Lang::DeDe, &pdf, None)
        .unwrap();
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_triage_is_rejected_with_the_value() {
    let home = tempfile::tempdir().unwrap();
    let workspace = Workspace::open(Paths::under(home.path())).unwrap();
    collect_demo(&workspace).await;
    let (_, findings) = workspace.findings("demo").unwrap();
    let [check, ..] = failed_checks(&findings);

    let undated = decision(&check, TriageStatus::AcceptedRisk, None);
    let error = workspace.set_triage("demo", &undated).unwrap_err();
    assert!(
        matches!(
            error,
            WorkspaceError::Triage(TriageError::ExpiryMissing { .. })
        ),
        "{error:?}"
    );

    let past = decision(&check, TriageStatus::AcceptedRisk, Some(-1));
    let error = workspace.set_triage("demo", &past).unwrap_err();
    let yesterday = (OffsetDateTime::now_utc() - Duration::days(1)).date();
    assert!(
        error.to_string().contains(&yesterday.to_string()),
        "{error}"
    );

    let mut blank = exception(&check, "x");
    blank.reason = "  ".to_owned();
    let error = workspace.set_exception("demo", &blank).unwrap_err();
    assert!(error.to_string().contains("reason is required"), "{error}");

    let unknown = CheckId("CRAY-NOPE-999".to_owned());
    let error = workspace.set_note("demo", &unknown, "x").unwrap_err();
    assert!(error.to_string().contains("CRAY-NOPE-999"), "{error}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn history_diff_and_delete() {
    let home = tempfile::tempdir().unwrap();
    let workspace = Workspace::open(Paths::under(home.path())).unwrap();
    collect_demo(&workspace).await;
    let error = workspace.diff("demo", None).unwrap_err();
    assert!(
        matches!(error, WorkspaceError::NothingToCompare(_)),
        "{error:?}"
    );
    collect_demo(&workspace).await;

    let history = workspace.history("demo").unwrap();
    assert_eq!(history.len(), 2);
    assert!(history[0].assessment.started_at > history[1].assessment.started_at);
    assert!(history[0].failed > 0);
    assert!(history[0].passed > 0);
    assert!(history[0].score.is_some());

    // The simulator serves the same tenant twice, so nothing differs.
    let diff = workspace.diff("demo", None).unwrap();
    assert_eq!(diff.old, history[1].assessment.id);
    assert_eq!(diff.new, history[0].assessment.id);
    assert!(diff.is_empty(), "{diff:?}");

    let (_, findings) = workspace.findings("demo").unwrap();
    let [check, ..] = failed_checks(&findings);
    workspace
        .set_triage("demo", &decision(&check, TriageStatus::FalsePositive, None))
        .unwrap();

    let old = history[1].assessment.id.to_string();
    workspace.delete_assessment("demo", &old).unwrap();
    let left = workspace.assessments("demo").unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].id, history[0].assessment.id);
    let (_, findings) = workspace.findings("demo").unwrap();
    assert_eq!(find(&findings, &check).triage, TriageStatus::FalsePositive);
    let error = workspace.diff("demo", None).unwrap_err();
    assert!(
        matches!(error, WorkspaceError::NothingToCompare(_)),
        "{error:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tui_backend_saves_annotations_and_deletes() {
    use cray::tui::{AnnotationChange, Backend, WorkspaceBackend};

    let home = tempfile::tempdir().unwrap();
    let workspace = std::sync::Arc::new(Workspace::open(Paths::under(home.path())).unwrap());
    collect_demo(&workspace).await;
    collect_demo(&workspace).await;
    let backend = WorkspaceBackend::new(std::sync::Arc::clone(&workspace));
    let demo = cray::model::TenantName::new("demo").unwrap();
    let findings = backend.findings(&demo).unwrap();
    let [check, ..] = failed_checks(&findings);
    let object_id = find(&findings, &check).affected[0].id.clone();

    let changes = [
        AnnotationChange::Except(exception(&check, &object_id)),
        AnnotationChange::Override {
            check_id: check.clone(),
            severity: Some((Severity::Critical, "customer's crown jewels".to_owned())),
        },
        AnnotationChange::Note {
            check_id: check.clone(),
            text: "review in January".to_owned(),
        },
    ];
    for change in changes {
        backend.save_annotation(&demo, change).unwrap();
    }
    let annotated = backend.findings(&demo).unwrap();
    let finding = find(&annotated, &check);
    assert_eq!(finding.severity, Severity::Critical);
    assert_eq!(finding.annotations.excepted.len(), 1);
    assert_eq!(finding.annotations.comment, "review in January");

    let removals = [
        AnnotationChange::RemoveException {
            check_id: check.clone(),
            object_id,
        },
        AnnotationChange::Override {
            check_id: check.clone(),
            severity: None,
        },
    ];
    for change in removals {
        backend.save_annotation(&demo, change).unwrap();
    }
    let plain = backend.findings(&demo).unwrap();
    let finding = find(&plain, &check);
    assert!(finding.annotations.excepted.is_empty());
    assert!(finding.annotations.severity_override.is_none());

    let history = backend.history(&demo).unwrap();
    assert_eq!(history.len(), 2);
    let (new, old) = (history[0].assessment.id, history[1].assessment.id);
    let diff = backend.diff(&demo, old, new).unwrap();
    assert_eq!((diff.old, diff.new), (old, new));
    let summary = backend.delete_assessment(&demo, old).unwrap();
    assert!(summary.contains("datasets"), "{summary}");
    assert_eq!(backend.history(&demo).unwrap().len(), 1);
    assert!(backend.delete_assessment(&demo, old).is_err());
}
