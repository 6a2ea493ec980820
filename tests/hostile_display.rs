//! Hostile tenant text in every human-facing output. The display name carries an ANSI CSI
//! colour, an OSC 52 clipboard write, an OSC 8 hyperlink, CR, BEL, the one-byte C1 CSI, a
//! right-to-left override, a zero-width space and a byte order mark. Each output (TUI buffer,
//! PDF read back with pdftotext, report CSV and Markdown, the tenant table and stderr) must
//! contain none of these characters and show a visible placeholder instead.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

#[path = "report_fixture.rs"]
mod report_fixture;
#[path = "support/tui.rs"]
mod support;

use std::path::Path;
use std::process::Command;

use cray::i18n::{Lang, Localizer};
use cray::model::{AffectedObject, Status};
use cray::report::{ReportFormat, write_report};
use cray::tui::{Action, App, Msg};

/// A display name with one of each hostile sequence.
const HOSTILE: &str = "Evil\u{1b}[31mRed\u{1b}[0m \
                       clip\u{1b}]52;c;ZXZpbA==\u{7} \
                       \u{1b}]8;;https://evil.example/\u{1b}\\link\u{1b}]8;;\u{1b}\\ \
                       back\rover bell\u{7} c1\u{9b}31m rtl\u{202E}exe.txt zero\u{200B}width \
                       bom\u{FEFF}end";

/// Characters that must never reach an output raw.
const RAW: [char; 7] = [
    '\u{1b}', '\u{7}', '\r', '\u{9b}', '\u{202E}', '\u{200B}', '\u{FEFF}',
];

/// Placeholders of the display module, for terminals and for printed documents.
const PLACEHOLDERS: [char; 4] = ['\u{241B}', '\u{FFFD}', '\u{25CA}', '\u{25A1}'];

fn assert_safe(output: &str, what: &str) {
    for c in RAW {
        assert!(
            !output.contains(c),
            "{what} contains raw {c:?}:\n{output:?}"
        );
    }
    assert!(
        PLACEHOLDERS.iter().any(|p| output.contains(*p)),
        "{what} shows no placeholder:\n{output}"
    );
}

fn screen_text(app: &App) -> String {
    let terminal = support::draw(app, Lang::EnUs, 120, 40);
    let buffer = terminal.backend().buffer();
    let width = usize::from(buffer.area.width);
    let symbols: Vec<&str> = buffer.content().iter().map(|c| c.symbol()).collect();
    symbols
        .chunks(width)
        .map(|row| row.concat())
        .collect::<Vec<_>>()
        .join("\n")
}

fn hostile_object() -> AffectedObject {
    AffectedObject {
        id: format!("id-{HOSTILE}"),
        display_name: HOSTILE.to_owned(),
        reason: format!("member of {HOSTILE}"),
        reason_message: None,
    }
}

#[test]
fn tui_tenant_list_is_safe() {
    let mut app = App::new(Lang::EnUs, support::NOW, None);
    let mut tenants = support::tenants();
    tenants[0].display_name = HOSTILE.to_owned();
    app.update(Msg::TenantsLoaded(Ok(tenants)));
    let screen = screen_text(&app);
    assert_safe(&screen, "tenants screen");
    assert!(screen.contains("Evil\u{241B}[31mRed"), "{screen}");
}

#[test]
fn tui_finding_detail_is_safe() {
    let mut app = support::app_with_tenants(Lang::EnUs);
    app.update(Msg::Action(Action::OpenFindings));
    let mut findings = support::findings();
    for finding in &mut findings {
        finding.affected = vec![hostile_object()];
        finding.detail = format!("policy {HOSTILE} is off");
    }
    app.update(Msg::FindingsLoaded {
        tenant: support::tenant_name("contoso"),
        result: Ok(findings),
    });
    assert_safe(&screen_text(&app), "findings screen");
}

/// Writes the fixture report with the hostile name as customer, affected object and detail.
fn write_hostile_report(format: ReportFormat, path: &Path) {
    let assessment = report_fixture::assessment();
    let datasets = report_fixture::datasets();
    let triage = report_fixture::triage();
    let mut findings = report_fixture::findings();
    for finding in findings.iter_mut().filter(|f| f.status == Status::Fail) {
        finding.affected = vec![hostile_object()];
        finding.detail = format!("policy {HOSTILE} is off");
        finding.triage_note = format!("note {HOSTILE}");
    }
    let mut input = report_fixture::input(&assessment, &findings, &datasets, &triage);
    input.customer = HOSTILE;
    let localizer = Localizer::new(Lang::EnUs).unwrap();
    write_report(format, &input, &localizer, path).unwrap();
}

#[test]
fn pdf_report_is_safe() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    write_hostile_report(ReportFormat::Pdf, &path);
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert_safe(&text, "PDF text");
    assert!(text.contains("Evil\u{25CA}[31mRed"), "{text}");
}

#[test]
fn csv_report_is_safe() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.csv");
    write_hostile_report(ReportFormat::Csv, &path);
    let text = std::fs::read_to_string(&path).unwrap();
    // The export starts with a byte order mark for spreadsheets and ends lines in CRLF, so
    // only the characters inside fields count.
    let fields = text
        .strip_prefix('\u{FEFF}')
        .unwrap_or(&text)
        .replace("\r\n", "\n");
    assert_safe(&fields, "report CSV");
}

#[test]
fn markdown_report_is_safe() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.md");
    write_hostile_report(ReportFormat::Markdown, &path);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_safe(&text, "report Markdown");
}

fn cray(home: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_cray"))
        .arg("--home")
        .arg(home)
        .args(args)
        .env_remove("CRAY_LANG")
        .output()
        .unwrap()
}

#[test]
fn tenant_table_is_safe() {
    let home = tempfile::tempdir().unwrap();
    let added = cray(
        home.path(),
        &[
            "tenant",
            "add",
            "--name",
            "evil",
            "--display-name",
            HOSTILE,
            "--tenant-id",
            cray::sim::DEMO_TENANT_ID,
            "--client-id",
            cray::sim::DEMO_CLIENT_ID,
            "--secret-env",
            "CRAY_HOSTILE_SECRET",
        ],
    );
    assert!(added.status.success());
    let listed = cray(home.path(), &["tenant", "list"]);
    assert!(listed.status.success());
    let table = String::from_utf8(listed.stdout).unwrap();
    assert_safe(&table, "tenant table");
}

#[test]
fn stderr_echo_is_safe() {
    let home = tempfile::tempdir().unwrap();
    let output = cray(home.path(), &["findings", HOSTILE]);
    assert!(!output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_safe(&stderr, "stderr");
    assert!(stderr.contains("no tenant named"), "{stderr}");
}

#[test]
fn server_message_in_stderr_and_log_is_safe() {
    let home = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let message = serde_json::json!({
        "error": {"code": "BadRequest", "message": format!("rejected {HOSTILE}")}
    });
    let config = cray::sim::SimConfig {
        faults: vec![cray::sim::Fault::RawBody {
            path_prefix: "/v1.0/users".to_owned(),
            status: 400,
            body: message.to_string().into(),
        }],
        ..cray::sim::SimConfig::demo()
    };
    let sim = runtime
        .block_on(cray::sim::start(([127, 0, 0, 1], 0).into(), config))
        .unwrap();
    let base = sim.base_url();
    let added = cray(
        home.path(),
        &[
            "tenant",
            "add",
            "--name",
            "contoso",
            "--display-name",
            "Contoso",
            "--tenant-id",
            cray::sim::DEMO_TENANT_ID,
            "--client-id",
            cray::sim::DEMO_CLIENT_ID,
            "--secret-env",
            "CRAY_HOSTILE_SECRET",
            "--login-url",
            &base,
            "--graph-url",
            &base,
            "--exchange-url",
            &base,
        ],
    );
    assert!(added.status.success());
    let output = Command::new(env!("CARGO_BIN_EXE_cray"))
        .arg("--home")
        .arg(home.path())
        .args(["collect", "contoso"])
        .env("CRAY_HOSTILE_SECRET", cray::sim::DEMO_CLIENT_SECRET)
        .env("CRAY_LOG", "debug")
        .output()
        .unwrap();
    runtime.block_on(sim.shutdown());

    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("rejected Evil"), "{stderr}");
    assert_safe(&stderr, "collect stderr");
    let logs = home.path().join("logs");
    let mut log = String::new();
    for entry in std::fs::read_dir(&logs).unwrap() {
        log.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    // The log writes the cause with Rust's Debug escapes, such as \u{1b}, which are visible too.
    assert!(log.contains("rejected Evil\\u{1b}[31mRed"), "{log}");
    for c in RAW {
        assert!(!log.contains(c), "log file contains raw {c:?}");
    }
}
