//! Triage details in the JSON and CSV exports: an excepted object, a severity override and a
//! free note on the fixed tenant's findings, written to real files and parsed back.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers outside #[test] functions panic on setup failures"
)]

mod report_fixture;

use std::fs;

use cray::i18n::{Lang, Localizer};
use cray::model::{AffectedObject, AppliedOverride, Finding, ObjectException, Severity};
use cray::report::{CSV_COLUMNS, ReportFormat, write_report};
use report_fixture::{assessment, datasets, findings, input, triage};
use time::macros::datetime;

/// Returns the fixed findings with the first failed one annotated.
fn annotated() -> Vec<Finding> {
    let mut list = findings();
    let mfa = list
        .iter_mut()
        .find(|f| f.check_id.0 == "CRAY-ENTRA-001")
        .unwrap();
    mfa.affected = vec![AffectedObject {
        id: "obj-1".to_owned(),
        display_name: "Break glass".to_owned(),
        reason: "no MFA".to_owned(),
        reason_message: None,
    }];
    mfa.annotations.excepted = vec![ObjectException {
        check_id: mfa.check_id.clone(),
        object_id: "obj-1".to_owned(),
        display_name: "Break glass".to_owned(),
        reason: "sealed in the safe".to_owned(),
        decided_at: datetime!(2026-11-20 10:00 UTC),
    }];
    mfa.annotations.severity_override = Some(AppliedOverride {
        catalogue: mfa.severity,
        reason: "lab tenant".to_owned(),
    });
    mfa.severity = Severity::Low;
    mfa.annotations.comment = "call Jana".to_owned();
    list
}

fn export(format: ReportFormat) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.out");
    let (assessment, findings, datasets, triage) =
        (assessment(), annotated(), datasets(), triage());
    let input = input(&assessment, &findings, &datasets, &triage);
    let localizer = Localizer::new(Lang::EnUs).unwrap();
    write_report(format, &input, &localizer, &path).unwrap();
    fs::read_to_string(path).unwrap()
}

#[test]
fn json_lists_override_exception_and_note() {
    let document: serde_json::Value = serde_json::from_str(&export(ReportFormat::Json)).unwrap();
    let checks = document["checks"].as_array().unwrap();
    let mfa = checks
        .iter()
        .find(|c| c["check_id"] == "CRAY-ENTRA-001")
        .unwrap();
    assert_eq!(mfa["severity"], "low");
    assert_eq!(mfa["severity_override"]["catalogue"], "high");
    assert_eq!(mfa["severity_override"]["reason"], "lab tenant");
    assert_eq!(mfa["affected"][0]["excepted"], "sealed in the safe");
    assert_eq!(mfa["comment"], "call Jana");
    let other = checks
        .iter()
        .find(|c| c["check_id"] != "CRAY-ENTRA-001")
        .unwrap();
    assert!(other.get("severity_override").is_none(), "{other}");
    assert!(other.get("comment").is_none(), "{other}");
}

#[test]
fn csv_has_override_exception_and_note_columns() {
    let text = export(ReportFormat::Csv);
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines[0], CSV_COLUMNS.join(","));
    let row = lines
        .iter()
        .find(|line| line.starts_with("CRAY-ENTRA-001,"))
        .unwrap();
    assert!(
        row.ends_with(",high,Break glass (obj-1): sealed in the safe,call Jana"),
        "{row}"
    );
}
