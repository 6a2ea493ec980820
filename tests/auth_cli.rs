//! `cray tenant add`, `cray tenant edit` and `cray tenant check` as a user runs them, against
//! cray's simulator on 127.0.0.1.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cray::sim::{DEMO_CLIENT_ID, DEMO_TENANT_ID, RunningSim, SimAuth, SimConfig};

fn auth_data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/auth")
        .join(name)
}

fn cray(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cray"))
        .arg("--home")
        .arg(home)
        .args(args)
        .env("CRAY_KEY_STORAGE", "keyfile")
        .env_remove("CRAY_LANG")
        .output()
        .unwrap()
}

fn start_sim(runtime: &tokio::runtime::Runtime, auth: SimAuth) -> RunningSim {
    let config = SimConfig {
        auth,
        ..SimConfig::demo()
    };
    runtime
        .block_on(cray::sim::start(([127, 0, 0, 1], 0).into(), config))
        .unwrap()
}

fn registered_certificate() -> SimAuth {
    let text = std::fs::read(auth_data("client-a.crt")).unwrap();
    let (_, der) = pem_rfc7468::decode_vec(&text).unwrap();
    SimAuth {
        certificates: vec![der],
        ..SimAuth::default()
    }
}

fn add_pem_tenant(home: &Path, base: &str) -> Output {
    let certificate = auth_data("client-a.crt");
    let key = auth_data("client-a.key");
    cray(
        home,
        &[
            "tenant",
            "add",
            "--name",
            "contoso",
            "--display-name",
            "Contoso",
            "--tenant-id",
            DEMO_TENANT_ID,
            "--client-id",
            DEMO_CLIENT_ID,
            "--certificate",
            certificate.to_str().unwrap(),
            "--certificate-key",
            key.to_str().unwrap(),
            "--login-url",
            base,
            "--graph-url",
            base,
            "--exchange-url",
            base,
        ],
    )
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn add_prints_onboarding_and_check_passes() {
    let home = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sim = start_sim(&runtime, registered_certificate());
    let base = sim.base_url();

    let added = add_pem_tenant(home.path(), &base);
    assert!(added.status.success(), "{added:?}");
    let stdout = text(&added.stdout);
    for expected in [
        "Directory.Read.All",
        "CrossTenantInformation.ReadBasic.All",
        "Exchange.ManageAsApp",
        "Global Reader",
        "cray tenant check contoso",
    ] {
        assert!(stdout.contains(expected), "{expected} missing:\n{stdout}");
    }
    let consent = format!("{base}/{DEMO_TENANT_ID}/adminconsent?client_id={DEMO_CLIENT_ID}");
    assert!(stdout.contains(&consent), "{stdout}");

    let checked = cray(home.path(), &["tenant", "check", "contoso"]);
    runtime.block_on(sim.shutdown());
    assert!(checked.status.success(), "{checked:?}");
    let stdout = text(&checked.stdout);
    assert!(stdout.contains("can be read"), "{stdout}");
    assert!(stdout.contains("ok        exo_remote_domains"), "{stdout}");
}

#[test]
fn check_names_missing_permissions_and_fails() {
    let home = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let auth = SimAuth {
        graph_roles: vec!["Directory.Read.All".to_owned()],
        ..registered_certificate()
    };
    let sim = start_sim(&runtime, auth);
    assert!(
        add_pem_tenant(home.path(), &sim.base_url())
            .status
            .success()
    );

    let checked = cray(home.path(), &["tenant", "check", "contoso"]);
    let collected = cray(home.path(), &["collect", "contoso"]);
    runtime.block_on(sim.shutdown());

    assert_eq!(checked.status.code(), Some(1), "{checked:?}");
    let stdout = text(&checked.stdout);
    assert!(
        stdout.contains("missing   conditional_access_policies")
            && stdout.contains("Policy.Read.All"),
        "{stdout}"
    );
    // The collection shows the same before it runs, and still runs.
    assert!(collected.status.success(), "{collected:?}");
    let stderr = text(&collected.stderr);
    assert!(stderr.contains("Permission check"), "{stderr}");
}

#[test]
fn edit_changes_cloud_and_rejects_bad_endpoint() {
    let home = tempfile::tempdir().unwrap();
    assert!(
        add_pem_tenant(home.path(), "http://127.0.0.1:9")
            .status
            .success()
    );

    let bad = cray(
        home.path(),
        &[
            "tenant",
            "edit",
            "contoso",
            "--graph-url",
            "http://graph.example",
        ],
    );
    assert!(!bad.status.success());
    let stderr = text(&bad.stderr);
    assert!(stderr.contains("http://graph.example"), "{stderr}");
    assert!(stderr.contains("https://"), "{stderr}");

    let edited = cray(
        home.path(),
        &[
            "tenant",
            "edit",
            "contoso",
            "--cloud",
            "us-gov",
            "--graph-url",
            "",
            "--secret-env",
            "CONTOSO_SECRET",
        ],
    );
    assert!(edited.status.success(), "{edited:?}");
    let listed = cray(home.path(), &["tenant", "list", "--format", "json"]);
    let tenants: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let registry = std::fs::read_to_string(
        std::fs::read_dir(home.path())
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .flat_map(|dir| files_named(&dir, "tenants.toml"))
            .next()
            .unwrap(),
    )
    .unwrap();
    assert!(registry.contains("us_gov"), "{registry}\n{tenants}");
    assert!(registry.contains("CONTOSO_SECRET"), "{registry}");
    assert!(!registry.contains("graph ="), "{registry}");
}

fn files_named(dir: &Path, name: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                found.extend(files_named(&path, name));
            } else if path.file_name().is_some_and(|n| n == name) {
                found.push(path);
            }
        }
    }
    found
}

#[test]
fn add_without_credential_lists_the_options() {
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
            DEMO_TENANT_ID,
            "--client-id",
            DEMO_CLIENT_ID,
        ],
    );
    assert!(!output.status.success());
    let stderr = text(&output.stderr);
    assert!(stderr.contains("--certificate FILE"), "{stderr}");
    assert!(stderr.contains("--device-code"), "{stderr}");
}
