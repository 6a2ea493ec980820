//! JSON, CSV and Markdown exports written to real files and parsed back.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers outside #[test] functions panic on setup failures"
)]

mod report_fixture;

use std::fs;
use std::path::PathBuf;

use cray::i18n::{Lang, Localizer};
use cray::report::{CSV_COLUMNS, JSON_SCHEMA_VERSION, ReportError, ReportFormat, write_report};
use report_fixture::{HOSTILE, assessment, datasets, findings, input, triage};

fn export(format: ReportFormat, lang: Lang) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.out");
    let (assessment, findings, datasets, triage) = (assessment(), findings(), datasets(), triage());
    let input = input(&assessment, &findings, &datasets, &triage);
    write_report(format, &input, &Localizer::new(lang).unwrap(), &path).unwrap();
    (dir, path)
}

fn json(lang: Lang) -> serde_json::Value {
    let (_dir, path) = export(ReportFormat::Json, lang);
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

/// Parses RFC 4180 CSV: quoted fields may contain commas, doubled quotes and line breaks.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\r', false) if chars.peek() == Some(&'\n') => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quoted field");
    rows
}

fn csv(lang: Lang) -> (String, Vec<Vec<String>>) {
    let (_dir, path) = export(ReportFormat::Csv, lang);
    let text = fs::read_to_string(path).unwrap();
    let rows = parse_csv(text.strip_prefix('\u{feff}').unwrap());
    (text, rows)
}

fn column(rows: &[Vec<String>], name: &str) -> usize {
    rows[0].iter().position(|header| header == name).unwrap()
}

fn row<'r>(rows: &'r [Vec<String>], check_id: &str) -> &'r [String] {
    rows.iter().find(|row| row[0] == check_id).unwrap()
}

#[test]
fn json_carries_schema_version() {
    assert_eq!(json(Lang::EnUs)["schema_version"], JSON_SCHEMA_VERSION);
}

#[test]
fn json_lists_every_check() {
    let document = json(Lang::EnUs);
    let checks = document["checks"].as_array().unwrap();
    assert_eq!(checks.len(), findings().len());
    assert_eq!(checks[0]["check_id"], "CRAY-ENTRA-001");
    assert_eq!(checks[0]["phase"], "now");
}

#[test]
fn json_reopens_expired_acceptance() {
    let document = json(Lang::DeDe);
    let checks = document["checks"].as_array().unwrap();
    let forwarding = checks
        .iter()
        .find(|check| check["check_id"] == "CRAY-EXO-001")
        .unwrap();
    assert_eq!(forwarding["triage"]["status"], "open");
    assert_eq!(forwarding["triage"]["recorded_status"], "accepted_risk");
    assert_eq!(forwarding["triage"]["expires_on"], "2026-11-30");
    assert_eq!(forwarding["triage"]["expired"], true);
}

#[test]
fn json_numbers_are_locale_neutral() {
    let document = json(Lang::DeDe);
    assert_eq!(document["language"], "de-DE");
    assert_eq!(document["checks"][0]["effort"]["hours"], 8.0);
    assert_eq!(document["generated_at"], "2026-12-05T14:00:00Z");
    assert!(document["score"]["value"].is_u64());
}

#[test]
fn json_keeps_hostile_text_verbatim() {
    let document = json(Lang::EnUs);
    assert_eq!(
        document["checks"][0]["affected"][1]["display_name"],
        HOSTILE
    );
}

#[test]
fn csv_has_bom_header_and_crlf() {
    let (text, rows) = csv(Lang::EnUs);
    assert!(text.starts_with('\u{feff}'));
    assert!(text.contains("\r\n"));
    assert_eq!(rows[0], CSV_COLUMNS);
}

#[test]
fn csv_rows_have_equal_width() {
    let (_text, rows) = csv(Lang::DeDe);
    assert_eq!(rows.len(), findings().len() + 1);
    for row in &rows {
        assert_eq!(row.len(), CSV_COLUMNS.len(), "{row:?}");
    }
}

#[test]
fn csv_defuses_hostile_cell() {
    let (_text, rows) = csv(Lang::EnUs);
    let names = &row(&rows, "CRAY-ENTRA-001")[column(&rows, "affected_names")];
    assert_eq!(names, &format!("Jürgen Weiß; {HOSTILE}"));

    let mut hostile = findings();
    hostile[0].topic = HOSTILE.to_owned();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.csv");
    let (assessment, datasets, triage) = (assessment(), datasets(), triage());
    let input = input(&assessment, &hostile, &datasets, &triage);
    write_report(
        ReportFormat::Csv,
        &input,
        &Localizer::new(Lang::EnUs).unwrap(),
        &path,
    )
    .unwrap();
    let text = fs::read_to_string(path).unwrap();
    let rows = parse_csv(text.strip_prefix('\u{feff}').unwrap());
    let topic = &row(&rows, "CRAY-ENTRA-001")[column(&rows, "topic")];
    assert_eq!(topic, &format!("'{HOSTILE}"));
}

#[test]
fn csv_uses_decimal_point_in_german() {
    let (_text, rows) = csv(Lang::DeDe);
    let hours = &row(&rows, "CRAY-ENTRA-002")[column(&rows, "effort_hours")];
    assert_eq!(hours, "2.5");
}

#[test]
fn markdown_escapes_hostile_names() {
    let (_dir, path) = export(ReportFormat::Markdown, Lang::EnUs);
    let text = fs::read_to_string(path).unwrap();
    assert!(!text.contains("[click](http://evil)"), "link survived");
    assert!(!text.contains("<b>"), "HTML survived");
    assert!(text.contains("\\[click\\](http://evil) &lt;b&gt;x&lt;/b&gt;"));
    assert!(text.contains("=HYPERLINK(\"http://evil\",\"x\") \\| "));
}

#[test]
fn markdown_has_every_section_in_german() {
    let (_dir, path) = export(ReportFormat::Markdown, Lang::DeDe);
    let text = fs::read_to_string(path).unwrap();
    for heading in [
        "# Sicherheitsbewertung: Bäckerei Weiß &amp; Söhne GmbH",
        "## Management-Zusammenfassung",
        "### Risiko und Aufwand",
        "### Maßnahmenplan",
        "## Datenabdeckung",
        "## Befunde",
        "## Anhang: akzeptierte Risiken und Fehlalarme",
        "## Vorgehen",
        "## Glossar",
    ] {
        assert!(text.contains(heading), "missing {heading:?}");
    }
}

#[test]
fn export_to_missing_directory_fails() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing").join("report.json");
    let (assessment, findings, datasets, triage) = (assessment(), findings(), datasets(), triage());
    let input = input(&assessment, &findings, &datasets, &triage);
    let result = write_report(
        ReportFormat::Json,
        &input,
        &Localizer::new(Lang::EnUs).unwrap(),
        &path,
    );
    assert!(matches!(result, Err(ReportError::MissingDirectory { .. })));
}

#[test]
fn format_follows_extension() {
    let from = |name: &str| ReportFormat::from_path(std::path::Path::new(name));
    assert_eq!(from("r.PDF"), Some(ReportFormat::Pdf));
    assert_eq!(from("r.json"), Some(ReportFormat::Json));
    assert_eq!(from("r.csv"), Some(ReportFormat::Csv));
    assert_eq!(from("r.md"), Some(ReportFormat::Markdown));
    assert_eq!(from("r.txt"), None);
}
