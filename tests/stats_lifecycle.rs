//! The anonymized statistics against a real workspace in a temporary home: the demo tenant
//! is collected from the in-process simulator, the counters grow, survive a purge of the
//! tenant, carry nothing that identifies it, and stay off when the config switches them off.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

use std::path::Path;

use cray::model::{CheckId, Status};
use cray::paths::Paths;
use cray::workspace::Workspace;
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

/// Returns the bytes of every file below `dir`.
fn files_below(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(files_below(&path));
        } else {
            let bytes = std::fs::read(&path).unwrap();
            files.push((path, bytes));
        }
    }
    files
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    let needle = needle.to_lowercase();
    let haystack = String::from_utf8_lossy(haystack).to_lowercase();
    haystack.contains(&needle)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn collect_counts_each_check_once() {
    let home = tempfile::tempdir().unwrap();
    let workspace = Workspace::open(Paths::under(home.path())).unwrap();
    collect_demo(&workspace).await;
    let (_, findings) = workspace.findings("demo").unwrap();
    let statistics = workspace.statistics().unwrap();

    assert_eq!(statistics.checks.len(), findings.len());
    for finding in &findings {
        let tally = statistics.tally(&finding.check_id).unwrap();
        let expected = |status: Status| u64::from(finding.status == status);
        assert_eq!(tally.pass, expected(Status::Pass), "{}", finding.check_id);
        assert_eq!(tally.fail, expected(Status::Fail), "{}", finding.check_id);
        assert_eq!(
            tally.not_assessable,
            expected(Status::NotAssessable),
            "{}",
            finding.check_id
        );
    }
    assert_eq!(statistics.months.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn purge_keeps_statistics() {
    let home = tempfile::tempdir().unwrap();
    let workspace = Workspace::open(Paths::under(home.path())).unwrap();
    collect_demo(&workspace).await;
    let before = workspace.statistics().unwrap();
    let failed: Vec<CheckId> = before
        .checks
        .iter()
        .filter(|(_, tally)| tally.fail > 0)
        .map(|(id, _)| id.clone())
        .collect();
    assert!(!failed.is_empty());

    workspace.purge("demo").unwrap();

    assert!(workspace.tenants().is_empty());
    assert_eq!(workspace.statistics().unwrap(), before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stats_files_name_no_tenant() {
    let home = tempfile::tempdir().unwrap();
    let paths = Paths::under(home.path());
    let workspace = Workspace::open(paths.clone()).unwrap();
    collect_demo(&workspace).await;
    collect_demo(&workspace).await;
    let tenant = workspace.tenant("demo").unwrap();
    let needles = [
        tenant.tenant_id.clone(),
        tenant.name.as_str().to_owned(),
        tenant.display_name.clone(),
        "contosodemo.onmicrosoft.com".to_owned(),
        "contoso".to_owned(),
        tenant.client_id.clone(),
    ];

    let files = files_below(&paths.data_dir.join("stats"));
    assert!(!files.is_empty());
    for (path, bytes) in &files {
        for needle in &needles {
            assert!(
                !contains(bytes, needle),
                "{} contains {needle:?}",
                path.display()
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stats_keep_no_day() {
    let home = tempfile::tempdir().unwrap();
    let paths = Paths::under(home.path());
    let workspace = Workspace::open(paths.clone()).unwrap();
    collect_demo(&workspace).await;
    let today = time::OffsetDateTime::now_utc().date().to_string();

    for (path, bytes) in files_below(&paths.data_dir.join("stats")) {
        assert!(
            !contains(&bytes, &today),
            "{} contains {today}",
            path.display()
        );
    }
    let statistics = workspace.statistics().unwrap();
    let month = statistics.months.keys().next().unwrap();
    assert_eq!(month.len(), "2026-12".len(), "{month}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn config_switches_statistics_off() {
    let home = tempfile::tempdir().unwrap();
    let paths = Paths::under(home.path());
    std::fs::create_dir_all(&paths.config_dir).unwrap();
    std::fs::write(
        paths.config_dir.join("config.toml"),
        "[statistics]\nenabled = false\n",
    )
    .unwrap();
    let workspace = Workspace::open(paths.clone()).unwrap();
    collect_demo(&workspace).await;

    assert!(workspace.statistics().unwrap().checks.is_empty());
    assert!(!paths.data_dir.join("stats").exists());
}

fn cray(home: &Path, args: &[&str]) -> String {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_cray"))
        .arg("--home")
        .arg(home)
        .args(args)
        .env_remove("CRAY_LANG")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "cray {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn stats_command_prints_figures() {
    let home = tempfile::tempdir().unwrap();
    cray(home.path(), &["demo", "--no-tui"]);
    cray(home.path(), &["purge", "demo", "--yes"]);

    let json: serde_json::Value =
        serde_json::from_str(&cray(home.path(), &["stats", "--format", "json"])).unwrap();
    let rows = json.as_array().unwrap();
    let failed = rows.iter().find(|row| row["fail"] == 1).unwrap();
    assert_eq!(failed["fail_percent"], 100);
    assert_eq!(failed["found_in"], "found in 100% of 1 assessment");

    let german = cray(home.path(), &["--lang", "de-DE", "stats"]);
    assert!(
        german.contains("in 100\u{a0}% von 1 Bewertung gefunden"),
        "{german}"
    );
}

#[test]
fn stats_command_without_data_explains() {
    let home = tempfile::tempdir().unwrap();
    let table = cray(home.path(), &["stats"]);
    assert!(table.contains("No statistics yet"), "{table}");
}
