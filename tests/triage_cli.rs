//! `cray assessment diff` and `cray triage --status resolved` end to end on the demo tenant,
//! each in its own `--home`.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn cray(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cray"))
        .arg("--home")
        .arg(home)
        .args(args)
        .env_remove("CRAY_LANG")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env("CRAY_KEY_STORAGE", "keyfile")
        .env_remove("CRAY_PASSPHRASE")
        .output()
        .expect("cray binary runs")
}

fn ok(home: &Path, args: &[&str]) -> String {
    let output = cray(home, args);
    assert!(
        output.status.success(),
        "cray {args:?} failed: {}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("stdout is UTF-8")
}

fn stderr_of(home: &Path, args: &[&str]) -> String {
    let output = cray(home, args);
    assert!(!output.status.success(), "cray {args:?} succeeded");
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn assessment_diff_of_two_demo_runs() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let single = stderr_of(home.path(), &["assessment", "diff", "demo"]);
    assert!(single.contains("two evaluated assessments"), "{single}");

    ok(home.path(), &["collect", "demo"]);
    let text = ok(home.path(), &["assessment", "diff", "demo"]);
    assert!(text.contains("Changes in tenant demo"), "{text}");
    assert!(text.contains("Nothing changed"), "{text}");
    let german = ok(
        home.path(),
        &["--lang", "de-DE", "assessment", "diff", "demo"],
    );
    assert!(german.contains("Keine Änderungen"), "{german}");

    let list = ok(
        home.path(),
        &["assessment", "list", "demo", "--format", "json"],
    );
    let list: Value = serde_json::from_str(&list).unwrap();
    let old = list[0]["id"].as_str().unwrap().to_owned();
    let new = list[1]["id"].as_str().unwrap().to_owned();
    let json = ok(
        home.path(),
        &[
            "assessment",
            "diff",
            "demo",
            &old[..8],
            &new,
            "--format",
            "json",
        ],
    );
    let diff: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(diff["old"], old.as_str());
    assert_eq!(diff["new"], new.as_str());
    assert_eq!(diff["new_findings"], Value::Array(Vec::new()));
    assert_eq!(diff["resolved"], Value::Array(Vec::new()));
    assert_eq!(diff["changed"], Value::Array(Vec::new()));

    let unknown = stderr_of(
        home.path(),
        &["assessment", "diff", "demo", "ffffffff", &new],
    );
    assert!(unknown.contains("no assessment ffffffff"), "{unknown}");
}

#[test]
fn resolved_reopens_after_next_collection() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    ok(
        home.path(),
        &["triage", "demo", "CRAY-ENTRA-006", "--status", "resolved"],
    );
    let triage_of = |home: &Path| -> Value {
        let text = ok(home, &["findings", "demo", "--format", "json", "--all"]);
        let all: Value = serde_json::from_str(&text).unwrap();
        all.as_array()
            .unwrap()
            .iter()
            .find(|f| f["check_id"] == "CRAY-ENTRA-006")
            .unwrap()
            .clone()
    };
    assert_eq!(triage_of(home.path())["triage"], "resolved");

    ok(home.path(), &["collect", "demo"]);
    let finding = triage_of(home.path());
    assert_eq!(finding["triage"], "open");
    assert_eq!(finding["reopened"], "still_failing");
}

#[test]
fn accepted_risk_needs_expiry_on_cli() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let stderr = stderr_of(
        home.path(),
        &[
            "triage",
            "demo",
            "CRAY-ENTRA-006",
            "--status",
            "accepted-risk",
            "--note",
            "approved",
        ],
    );
    assert!(stderr.contains("needs an expiry date"), "{stderr}");
}
