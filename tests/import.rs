//! `cray import` on folders of saved responses: datasets found, pages merged, files skipped,
//! bad files named, and absent datasets not assessable.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cray::import::{ImportError, NOT_IN_FOLDER, read_folder};
use cray::model::{Dataset, DatasetState, NotCollected};
use serde_json::Value;

fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/import/tenant")
}

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

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs cray and expects success; returns stdout and stderr.
fn ok(home: &Path, args: &[&str]) -> (String, String) {
    let output = cray(home, args);
    assert!(
        output.status.success(),
        "cray {args:?} failed: {}\n{}",
        text(&output.stdout),
        text(&output.stderr)
    );
    (text(&output.stdout), text(&output.stderr))
}

/// Runs cray and expects failure; returns stderr.
fn fails(home: &Path, args: &[&str]) -> String {
    let output = cray(home, args);
    assert!(!output.status.success(), "cray {args:?} succeeded");
    text(&output.stderr)
}

/// Creates a fresh home with the tenant `northwind` registered.
fn home() -> tempfile::TempDir {
    let home = tempfile::tempdir().expect("temporary home");
    ok(
        home.path(),
        &[
            "tenant",
            "add",
            "--name",
            "northwind",
            "--display-name",
            "Northwind sample",
            "--tenant-id",
            "6c1d8e2f-4a7b-4c39-9e05-3b8f1a6d2c94",
            "--client-id",
            "0f3b6d9e-2a5c-4e78-9b1d-4c7e0a3f6b29",
            "--secret-env",
            "NORTHWIND_SECRET",
        ],
    );
    home
}

fn statuses(home: &Path) -> Vec<(String, String)> {
    let (stdout, _) = ok(
        home,
        &["findings", "northwind", "--format", "json", "--all"],
    );
    let results: Vec<Value> = serde_json::from_str(&stdout).expect("findings are JSON");
    results
        .iter()
        .map(|r| {
            (
                r["check_id"].as_str().expect("check_id").to_owned(),
                r["status"].as_str().expect("status").to_owned(),
            )
        })
        .collect()
}

fn status<'a>(statuses: &'a [(String, String)], id: &str) -> &'a str {
    statuses
        .iter()
        .find(|(check, _)| check == id)
        .map(|(_, status)| status.as_str())
        .unwrap_or_else(|| panic!("{id} missing"))
}

fn assessment_count(home: &Path) -> usize {
    let (stdout, _) = ok(
        home,
        &["assessment", "list", "northwind", "--format", "json"],
    );
    let list: Vec<Value> = serde_json::from_str(&stdout).expect("assessment list is JSON");
    list.len()
}

#[test]
fn import_assesses_the_saved_datasets() {
    let home = home();
    let dir = folder();
    let (_, stderr) = ok(home.path(), &["import", "northwind", dir.to_str().unwrap()]);
    for key in [
        "users",
        "groups",
        "conditional_access_policies",
        "authorization_policy",
        "security_defaults",
        "group_members",
        "exo_remote_domains",
    ] {
        assert!(stderr.contains(&format!("imported  {key}\n")), "{stderr}");
    }
    assert!(stderr.contains("skipped   notes.txt"), "{stderr}");
    assert!(stderr.contains("skipped   inventory.json"), "{stderr}");

    let statuses = statuses(home.path());
    assert_eq!(status(&statuses, "CRAY-ENTRA-005"), "fail");
    assert_eq!(status(&statuses, "CRAY-ENTRA-001"), "pass");
    assert_eq!(status(&statuses, "CRAY-ENTRA-006"), "pass");
    // Role assignments, the methods policy and the outbound spam data are not in the folder.
    for id in [
        "CRAY-ENTRA-003",
        "CRAY-ENTRA-004",
        "CRAY-ENTRA-010",
        "CRAY-EXO-001",
    ] {
        assert_eq!(status(&statuses, id), "not_assessable", "{id}");
    }
    assert_eq!(assessment_count(home.path()), 1);
}

#[test]
fn pages_merge_without_duplicates() {
    let imported = read_folder(&folder()).unwrap();
    let users = imported
        .records
        .iter()
        .find(|r| r.dataset == Dataset::Users)
        .unwrap();
    let names: Vec<&str> = users
        .objects
        .iter()
        .map(|u| u["displayName"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Greta Lindqvist", "Tobias Reiner", "Ines Duarte"]);
    assert_eq!(users.pages, 2);
}

#[test]
fn per_object_folder_names_the_parent() {
    let imported = read_folder(&folder()).unwrap();
    let members = imported
        .records
        .iter()
        .find(|r| r.dataset == Dataset::GroupMembers)
        .unwrap();
    assert!(members.is_complete());
    assert_eq!(
        members.objects[0]["parentId"],
        "9c2e7f14-3a5b-4d86-b0e9-1f4a7c2d5e38"
    );
}

#[test]
fn absent_datasets_are_not_collected() {
    let imported = read_folder(&folder()).unwrap();
    assert_eq!(imported.records.len(), Dataset::ALL.len());
    let roles = imported
        .records
        .iter()
        .find(|r| r.dataset == Dataset::RoleAssignments)
        .unwrap();
    let expected = NotCollected::Failed {
        message: NOT_IN_FOLDER.to_owned(),
    };
    assert_eq!(roles.state, DatasetState::NotCollected(expected));
}

#[test]
fn error_body_is_refused_and_nothing_is_stored() {
    let home = home();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("users.json"),
        r#"{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.","innerError":{"date":"2026-11-30T10:00:00"}}}"#,
    )
    .unwrap();
    let stderr = fails(
        home.path(),
        &["import", "northwind", dir.path().to_str().unwrap()],
    );
    assert!(stderr.contains("users.json"), "{stderr}");
    assert!(stderr.contains("Authorization_RequestDenied"), "{stderr}");
    assert_eq!(assessment_count(home.path()), 0);
}

#[test]
fn non_json_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("domains.json"), "<html>Sign in</html>").unwrap();
    let error = read_folder(dir.path()).unwrap_err();
    assert!(matches!(error, ImportError::NotJson { .. }), "{error}");
    assert!(error.to_string().contains("domains.json"), "{error}");
}

#[test]
fn per_object_file_without_parent_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("group_owners.json"),
        r#"{"value":[{"id":"1e5a9c3d-7b2f-4e81-a6d4-0c8b3f7e2a51","displayName":"Greta"}]}"#,
    )
    .unwrap();
    let error = read_folder(dir.path()).unwrap_err();
    assert!(
        error.to_string().contains("group_owners/<parent id>.json"),
        "{error}"
    );
}

#[test]
fn empty_folder_leaves_every_check_not_assessable() {
    let home = home();
    let dir = tempfile::tempdir().unwrap();
    let (_, stderr) = ok(
        home.path(),
        &["import", "northwind", dir.path().to_str().unwrap()],
    );
    assert!(stderr.contains("imported 0 datasets"), "{stderr}");
    let statuses = statuses(home.path());
    assert!(!statuses.is_empty());
    assert!(
        statuses
            .iter()
            .all(|(_, status)| status == "not_assessable"),
        "{statuses:?}"
    );
}

#[test]
fn missing_folder_is_named() {
    let home = home();
    let missing = home.path().join("no-such-folder");
    let stderr = fails(
        home.path(),
        &["import", "northwind", missing.to_str().unwrap()],
    );
    assert!(stderr.contains("no-such-folder"), "{stderr}");
    assert!(stderr.contains("does not exist"), "{stderr}");
}

#[test]
fn unknown_tenant_is_refused() {
    let home = tempfile::tempdir().unwrap();
    let dir = folder();
    let stderr = fails(home.path(), &["import", "contoso", dir.to_str().unwrap()]);
    assert!(stderr.contains("contoso"), "{stderr}");
}
