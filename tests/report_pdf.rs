//! PDF reports rendered to real files and read back with poppler's `pdftotext` and `pdfinfo`.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers outside #[test] functions panic on setup failures"
)]

use std::fs;
use std::path::Path;
use std::process::Command;

use cray::i18n::{Lang, Localizer};
use cray::model::{
    AffectedObject, Assessment, AssessmentId, AssessmentState, CheckId, Dataset, DatasetState,
    Effort, EffortClass, Finding, NotAssessableReason, NotCollected, Severity, Status, TenantName,
    TriageStatus,
};
use cray::report::{ReportError, ReportInput, ReportModel, write_pdf};
use time::macros::datetime;

const LONG_URL: &str = "https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies/\
                        0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0?$select=grants";
const GUID: &str = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

fn finding(id: &str, status: Status, severity: Severity) -> Finding {
    Finding {
        check_id: CheckId(id.to_owned()),
        topic: "conditional_access".to_owned(),
        severity,
        likelihood: 4,
        impact: 4,
        effort: Effort {
            class: EffortClass::S,
            hours: 2.5,
        },
        refs: vec!["cis-m365-v7:5.2.2.3".to_owned()],
        status,
        reason: None,
        detail: String::new(),
        affected: Vec::new(),
        triage: TriageStatus::Open,
        triage_note: String::new(),
    }
}

fn three_findings() -> Vec<Finding> {
    let mut failed = finding("CRAY-ENTRA-001", Status::Fail, Severity::High);
    failed.detail = format!("Policy at {LONG_URL} is report-only");
    failed.affected = vec![
        AffectedObject {
            id: GUID.to_owned(),
            display_name: "Jürgen Weiß".to_owned(),
            reason: format!("listed at {LONG_URL}"),
        },
        AffectedObject {
            id: "a1b2c3d4-0000-1111-2222-333344445555".to_owned(),
            display_name: "Zoë Ångström".to_owned(),
            reason: "no MFA method registered".to_owned(),
        },
    ];
    failed.triage = TriageStatus::AcceptedRisk;
    failed.triage_note = "Übergangslösung bis März, freigegeben von Jürgen Weiß".to_owned();

    let passed = finding("CRAY-ENTRA-002", Status::Pass, Severity::Medium);

    let mut unassessable = finding("CRAY-EXO-001", Status::NotAssessable, Severity::Low);
    unassessable.reason = Some(NotAssessableReason::MissingPermission {
        dataset: Dataset::ExoOrganizationConfig,
        permission: "Exchange.ManageAsApp".to_owned(),
    });
    vec![failed, passed, unassessable]
}

fn assessment() -> Assessment {
    Assessment {
        id: AssessmentId::new(),
        tenant: TenantName::new("contoso").unwrap(),
        started_at: datetime!(2026-12-04 09:00 UTC),
        finished_at: Some(datetime!(2026-12-04 09:05 UTC)),
        state: AssessmentState::Evaluated,
        error: None,
    }
}

fn model(findings: &[Finding], lang: Lang) -> ReportModel {
    let assessment = assessment();
    let datasets = [
        (Dataset::Users, DatasetState::Complete),
        (
            Dataset::ExoOrganizationConfig,
            DatasetState::NotCollected(NotCollected::MissingPermission {
                permission: "Exchange.ManageAsApp".to_owned(),
            }),
        ),
    ];
    let input = ReportInput {
        customer: "Bäckerei Weiß & Söhne GmbH",
        tenant_id: "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
        assessment: &assessment,
        findings,
        datasets: &datasets,
        consultant: Some("Jürgen Weiß"),
        generated_at: datetime!(2026-12-05 14:00 UTC),
    };
    ReportModel::build(&input, &Localizer::new(lang).unwrap())
}

fn pdftotext(path: &Path) -> String {
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(
        output.status.success(),
        "pdftotext failed on {}",
        path.display()
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Returns the value of one `pdfinfo` field, such as `Pages` or `Title`.
fn pdfinfo(path: &Path, field: &str) -> String {
    let output = Command::new("pdfinfo")
        .arg(path)
        .output()
        .expect("pdfinfo runs");
    assert!(
        output.status.success(),
        "pdfinfo failed on {}",
        path.display()
    );
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.lines()
        .find_map(|line| line.strip_prefix(&format!("{field}:")))
        .map(|value| value.trim().to_owned())
        .unwrap_or_default()
}

fn render(lang: Lang) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    write_pdf(&model(&three_findings(), lang), &path).unwrap();
    (dir, path)
}

#[test]
fn german_report_has_german_headings_and_umlauts() {
    let (_dir, path) = render(Lang::DeDe);
    let text = pdftotext(&path);
    for expected in [
        "Zusammenfassung",
        "Schweregrad",
        "Aufwand",
        "Maßnahmen",
        "Betroffene Objekte",
        "Jürgen Weiß",
        "Bäckerei Weiß & Söhne GmbH",
        "Zoë Ångström",
        "04.12.2026",
        "2,5 h",
        "Risiko akzeptiert",
        "Übergangslösung bis März",
        "fehlende Berechtigung Exchange.ManageAsApp",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}

#[test]
fn english_report_has_english_headings() {
    let (_dir, path) = render(Lang::EnUs);
    let text = pdftotext(&path);
    for expected in [
        "Summary",
        "Data coverage",
        "Findings",
        "Severity",
        "Effort",
        "Remediation steps",
        "Affected objects (2)",
        "Passed checks",
        "Checks not assessable",
        "2026-12-04",
        "CRAY-ENTRA-002",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}

#[test]
fn long_url_and_guid_survive_wrapping() {
    let (_dir, path) = render(Lang::EnUs);
    let compact: String = pdftotext(&path).split_whitespace().collect();
    let url: String = LONG_URL.split_whitespace().collect();
    assert_eq!(LONG_URL.len(), 120);
    assert!(
        compact.contains(&format!("Policyat{url}isreport-only")),
        "detail lost: {compact}"
    );
    assert!(
        compact.contains(&format!("JürgenWeiß({GUID}):listedat{url}")),
        "affected lost"
    );
}

#[test]
fn footer_counts_pages_in_german() {
    let (_dir, path) = render(Lang::DeDe);
    let pages: usize = pdfinfo(&path, "Pages").parse().unwrap();
    let text = pdftotext(&path);
    assert!(
        pages >= 3,
        "cover, summary and findings need at least 3 pages, got {pages}"
    );
    assert!(text.contains(&format!("Seite 1 von {pages}")));
    assert!(text.contains(&format!("Seite {pages} von {pages}")));
}

#[test]
fn footer_counts_pages_in_english() {
    let (_dir, path) = render(Lang::EnUs);
    let pages: usize = pdfinfo(&path, "Pages").parse().unwrap();
    let text = pdftotext(&path);
    assert!(text.contains(&format!("Page 1 of {pages}")));
    assert!(!text.contains(&format!("of {}", pages + 1)));
}

#[test]
fn pdf_title_metadata_is_ascii() {
    let (_dir, path) = render(Lang::DeDe);
    let title = pdfinfo(&path, "Title");
    assert!(title.is_ascii(), "title {title:?} is not ASCII");
    assert!(
        title.contains("Baeckerei Weiss & Soehne GmbH"),
        "title {title:?}"
    );
}

#[test]
fn missing_directory_fails_without_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing").join("report.pdf");
    let error = write_pdf(&model(&three_findings(), Lang::EnUs), &path).unwrap_err();
    assert!(
        matches!(error, ReportError::MissingDirectory { .. }),
        "{error:?}"
    );
    assert!(
        error.to_string().contains(&path.display().to_string()),
        "{error}"
    );
    assert!(!path.exists());
    assert!(!path.parent().unwrap().exists());
}

#[test]
fn failed_rename_keeps_existing_directory_entry() {
    // A directory at the output path makes the final rename fail after rendering.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    fs::create_dir(&path).unwrap();
    fs::write(path.join("keep.txt"), b"old").unwrap();

    let error = write_pdf(&model(&three_findings(), Lang::EnUs), &path).unwrap_err();

    assert!(matches!(error, ReportError::Write { .. }), "{error:?}");
    assert_eq!(fs::read(path.join("keep.txt")).unwrap(), b"old");
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "temporary file left behind");
}

#[test]
fn rewrite_replaces_old_report() {
    let (_dir, path) = render(Lang::DeDe);
    write_pdf(&model(&three_findings(), Lang::EnUs), &path).unwrap();
    assert!(pdftotext(&path).contains("Summary"));
}

#[test]
fn large_report_keeps_every_finding() {
    let findings: Vec<Finding> = (0..500)
        .map(|i| {
            let mut failed = finding(&format!("CRAY-LOAD-{i:03}"), Status::Fail, Severity::Medium);
            failed.detail = format!("Condition {i} at {LONG_URL}");
            failed.affected = (0..4)
                .map(|j| AffectedObject {
                    id: GUID.to_owned(),
                    display_name: format!("Benutzer {i}-{j} Größe"),
                    reason: "no MFA".to_owned(),
                })
                .collect();
            failed
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.pdf");
    write_pdf(&model(&findings, Lang::DeDe), &path).unwrap();

    let text = pdftotext(&path);
    let missing: Vec<String> = (0..500)
        .map(|i| format!("CRAY-LOAD-{i:03}"))
        .filter(|id| !text.contains(id.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "findings missing from the PDF: {missing:?}"
    );
    let pages = pdfinfo(&path, "Pages");
    assert!(text.contains(&format!("Seite {pages} von {pages}")));
}

#[test]
fn glyphs_missing_from_font_still_render() {
    let mut findings = three_findings();
    findings[0].affected[1].display_name = "山田太郎 🙂 Иван".to_owned();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    write_pdf(&model(&findings, Lang::EnUs), &path).unwrap();
    assert!(pdftotext(&path).contains("Иван"));
}
