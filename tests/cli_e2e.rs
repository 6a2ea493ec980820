//! End-to-end runs of the `cray` binary on the demo tenant, each in its own `--home`.

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

fn findings(home: &Path, all: bool) -> Vec<Value> {
    let mut args = vec!["findings", "demo", "--format", "json"];
    if all {
        args.push("--all");
    }
    let text = ok(home, &args);
    let value: Value = serde_json::from_str(&text).expect("findings output is JSON");
    value
        .as_array()
        .expect("findings output is an array")
        .clone()
}

fn status_of<'a>(results: &'a [Value], check_id: &str) -> &'a str {
    results
        .iter()
        .find(|r| r["check_id"] == check_id)
        .and_then(|r| r["status"].as_str())
        .unwrap_or_else(|| panic!("{check_id} missing from results"))
}

#[test]
fn demo_no_tui_prints_summary() {
    let home = tempfile::tempdir().unwrap();
    let stdout = ok(home.path(), &["demo", "--no-tui"]);
    assert!(stdout.contains("pass"), "{stdout}");
    assert!(stdout.contains("fail"), "{stdout}");
    assert!(stdout.contains("not assessable"), "{stdout}");
}

#[test]
fn findings_json_has_contract_fields() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let failed = findings(home.path(), false);
    assert!(!failed.is_empty());
    for field in [
        "check_id", "status", "severity", "title", "effort", "refs", "affected",
    ] {
        assert!(
            failed[0].get(field).is_some(),
            "field {field} missing: {}",
            failed[0]
        );
    }
    assert!(failed.iter().all(|r| r["status"] == "fail"));
    let all = findings(home.path(), true);
    assert!(all.len() > failed.len());
    assert!(all.iter().any(|r| r["status"] == "pass"));
}

#[test]
fn demo_verdicts_match_the_demo_tenant() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let all = findings(home.path(), true);
    let expected = [
        ("CRAY-ENTRA-001", "fail"),
        ("CRAY-ENTRA-002", "pass"),
        ("CRAY-ENTRA-003", "pass"),
        ("CRAY-ENTRA-004", "fail"),
        ("CRAY-ENTRA-005", "fail"),
        ("CRAY-ENTRA-006", "fail"),
        ("CRAY-ENTRA-007", "fail"),
        ("CRAY-EXO-001", "fail"),
    ];
    for (check_id, status) in expected {
        assert_eq!(status_of(&all, check_id), status, "{check_id}");
    }
}

#[test]
fn report_in_german_has_german_text() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let pdf = home.path().join("bericht.pdf");
    ok(
        home.path(),
        &[
            "report",
            "demo",
            "--lang",
            "de-DE",
            "--out",
            pdf.to_str().unwrap(),
        ],
    );
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(text.status.success());
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("Contoso demo"), "{text}");
    assert!(text.contains("Schweregrad"), "{text}");
    assert!(
        text.contains("Maßnahmen") || text.contains("Behebung"),
        "{text}"
    );
}

#[test]
fn purge_leaves_no_file_of_tenant() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let tenant_dir = home.path().join("data/tenants/demo");
    assert!(tenant_dir.exists());

    ok(home.path(), &["purge", "demo", "--yes"]);

    assert!(!tenant_dir.exists());
    let listed = ok(home.path(), &["tenant", "list", "--format", "json"]);
    assert_eq!(
        serde_json::from_str::<Value>(&listed).unwrap(),
        serde_json::json!([])
    );
    let leftovers = files_mentioning(home.path(), cray::sim::DEMO_TENANT_ID);
    assert!(
        leftovers.is_empty(),
        "files still naming the tenant: {leftovers:?}"
    );
}

#[test]
fn purge_without_yes_and_no_terminal_is_rejected() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let output = cray(home.path(), &["purge", "demo"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--yes"), "{stderr}");
    assert!(home.path().join("data/tenants/demo").exists());
}

#[test]
fn unknown_tenant_error_names_it() {
    let home = tempfile::tempdir().unwrap();
    let output = cray(home.path(), &["findings", "nosuch"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("nosuch"), "{stderr}");
    assert!(stderr.contains("cray tenant list"), "{stderr}");
}

#[test]
fn tenant_add_rejects_bad_tenant_id() {
    let home = tempfile::tempdir().unwrap();
    let output = cray(
        home.path(),
        &[
            "tenant",
            "add",
            "--name",
            "contoso",
            "--display-name",
            "Contoso",
            "--tenant-id",
            "contoso.onmicrosoft.com",
            "--client-id",
            "11111111-2222-3333-4444-555555555555",
            "--secret-env",
            "CONTOSO_SECRET",
        ],
    );
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("contoso.onmicrosoft.com"), "{stderr}");
}

#[test]
fn tenant_add_list_remove_round_trip() {
    let home = tempfile::tempdir().unwrap();
    ok(
        home.path(),
        &[
            "tenant",
            "add",
            "--name",
            "contoso",
            "--display-name",
            "Contoso Bäckerei",
            "--tenant-id",
            "8f3c2b1a-6d4e-4f70-9a1b-2c3d4e5f6a7b",
            "--client-id",
            "11111111-2222-3333-4444-555555555555",
            "--secret-env",
            "CONTOSO_SECRET",
        ],
    );
    let listed: Value =
        serde_json::from_str(&ok(home.path(), &["tenant", "list", "--format", "json"])).unwrap();
    assert_eq!(listed[0]["name"], "contoso");
    assert_eq!(listed[0]["display_name"], "Contoso Bäckerei");
    assert_eq!(listed[0]["credential"]["name"], "CONTOSO_SECRET");
    ok(home.path(), &["tenant", "remove", "contoso"]);
    let listed: Value =
        serde_json::from_str(&ok(home.path(), &["tenant", "list", "--format", "json"])).unwrap();
    assert_eq!(listed, serde_json::json!([]));
}

#[test]
fn collect_without_secret_names_the_variable() {
    let home = tempfile::tempdir().unwrap();
    ok(
        home.path(),
        &[
            "tenant",
            "add",
            "--name",
            "contoso",
            "--display-name",
            "Contoso",
            "--tenant-id",
            "8f3c2b1a-6d4e-4f70-9a1b-2c3d4e5f6a7b",
            "--client-id",
            "11111111-2222-3333-4444-555555555555",
            "--secret-env",
            "CRAY_TEST_SECRET_THAT_IS_NOT_SET",
        ],
    );
    let output = cray(home.path(), &["collect", "contoso"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("CRAY_TEST_SECRET_THAT_IS_NOT_SET"),
        "{stderr}"
    );
}

/// Returns every file below `dir` whose bytes contain `needle`.
fn files_mentioning(dir: &Path, needle: &str) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).expect("directory is readable") {
            let path = entry.expect("directory entry is readable").path();
            if path.is_dir() {
                pending.push(path);
            } else if std::fs::read(&path)
                .expect("file is readable")
                .windows(needle.len())
                .any(|w| w == needle.as_bytes())
            {
                found.push(path);
            }
        }
    }
    found
}

#[test]
fn purge_refused_while_store_is_open() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let store_dir = home.path().join("data/tenants/demo/store");
    let held = sled::open(&store_dir).unwrap();

    let output = cray(home.path(), &["purge", "demo", "--yes"]);

    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("another cray process"), "{stderr}");
    drop(held);
    assert!(store_dir.exists());
}

#[test]
fn report_to_directory_is_rejected() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let target = home.path().join("reports");
    std::fs::create_dir(&target).unwrap();

    let output = cray(
        home.path(),
        &["report", "demo", "--out", target.to_str().unwrap()],
    );

    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("not a regular file"), "{stderr}");
    assert!(target.is_dir());
}

#[test]
fn demo_name_reserved_for_demo_tenant() {
    let home = tempfile::tempdir().unwrap();
    let output = cray(
        home.path(),
        &[
            "tenant",
            "add",
            "--name",
            "demo",
            "--display-name",
            "Real customer",
            "--tenant-id",
            "8f3c2b1a-6d4e-4f70-9a1b-2c3d4e5f6a7b",
            "--client-id",
            "11111111-2222-3333-4444-555555555555",
            "--secret-env",
            "S",
        ],
    );
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("reserved"), "{stderr}");
}

#[test]
fn wrong_secret_error_printed_once() {
    let home = tempfile::tempdir().unwrap();
    // The simulator's own tenant, registered as a customer tenant with a wrong secret.
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sim = runtime
        .block_on(cray::sim::start(
            ([127, 0, 0, 1], 0).into(),
            cray::sim::SimConfig::demo(),
        ))
        .unwrap();
    let base = sim.base_url();
    ok(
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
            "CRAY_E2E_WRONG_SECRET",
            "--login-url",
            &base,
            "--graph-url",
            &base,
            "--exchange-url",
            &base,
        ],
    );
    let output = Command::new(env!("CARGO_BIN_EXE_cray"))
        .arg("--home")
        .arg(home.path())
        .args(["collect", "contoso"])
        .env("CRAY_E2E_WRONG_SECRET", "wrong-secret-canary-7f3e")
        .output()
        .unwrap();
    runtime.block_on(sim.shutdown());

    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.matches("AADSTS7000215").count(), 1, "{stderr}");
    assert!(!stderr.contains("wrong-secret-canary-7f3e"), "{stderr}");
}

#[test]
fn triage_from_cli_shows_in_findings() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    ok(
        home.path(),
        &[
            "triage",
            "demo",
            "CRAY-ENTRA-006",
            "--status",
            "accepted-risk",
            "--note",
            "Partner onboarding needs open invitations",
            "--expires",
            "2099-12-31",
        ],
    );
    let all = findings(home.path(), true);
    let decided = all
        .iter()
        .find(|f| f["check_id"] == "CRAY-ENTRA-006")
        .unwrap();
    assert_eq!(decided["triage"], "accepted_risk");
    assert_eq!(
        decided["triage_note"],
        "Partner onboarding needs open invitations"
    );
}

#[test]
fn triage_rejects_bad_input() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let cases: [(&[&str], &str); 3] = [
        (
            &["triage", "demo", "CRAY-NOPE-999", "--status", "open"],
            "unknown check",
        ),
        (
            &[
                "triage",
                "demo",
                "CRAY-ENTRA-006",
                "--status",
                "false-positive",
            ],
            "reason is required",
        ),
        (
            &[
                "triage",
                "demo",
                "CRAY-ENTRA-006",
                "--status",
                "accepted-risk",
                "--note",
                "x",
                "--expires",
                "2001-01-01",
            ],
            "in the past",
        ),
    ];
    for (args, expected) in cases {
        let output = cray(home.path(), args);
        assert!(!output.status.success(), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
}
