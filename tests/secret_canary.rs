//! A canary client secret planted in a tenant's environment variable must never show up in
//! cray's stdout, stderr or any file under `--home` (logs at trace level included), nor may
//! an access token the simulator issued. Runs cover a successful collection and the failures
//! of a wrong secret, a wrong tenant id and an unreachable login endpoint; certificate runs
//! add the PFX password and the private key as canaries, device code runs the device code
//! and the refresh token.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cray::sim::{DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_TENANT_ID, RunningSim, SimConfig};

/// Environment variable the test tenants read their secret from.
const SECRET_VARIABLE: &str = "CRAY_CANARY_SECRET";

/// A secret the simulator rejects, unique enough to search for.
const WRONG_CANARY: &str = "canary-5f0c9a7e-secret-must-not-leak";

/// A tenant id the simulator does not serve.
const OTHER_TENANT_ID: &str = "0b5e1c2d-3f4a-4b6c-8d7e-9f0a1b2c3d4e";

fn start_sim(runtime: &tokio::runtime::Runtime) -> RunningSim {
    runtime
        .block_on(cray::sim::start(
            ([127, 0, 0, 1], 0).into(),
            SimConfig::demo(),
        ))
        .unwrap()
}

fn cray(home: &Path, args: &[&str], secret: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cray"))
        .arg("--home")
        .arg(home)
        .args(args)
        .env(SECRET_VARIABLE, secret)
        .env("CRAY_LOG", "trace")
        .env("RUST_BACKTRACE", "1")
        .env_remove("CRAY_LANG")
        .output()
        .unwrap()
}

fn add_tenant(home: &Path, tenant_id: &str, login: &str, api: &str) {
    let args = [
        "tenant",
        "add",
        "--name",
        "contoso",
        "--display-name",
        "Contoso",
        "--tenant-id",
        tenant_id,
        "--client-id",
        DEMO_CLIENT_ID,
        "--secret-env",
        SECRET_VARIABLE,
        "--login-url",
        login,
        "--graph-url",
        api,
        "--exchange-url",
        api,
    ];
    let output = cray(home, &args, "");
    assert!(output.status.success(), "{output:?}");
}

fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(files_below(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// Asserts that none of `needles` is in the run's output or in any file under `home`.
fn assert_absent(home: &Path, output: &Output, needles: &[String]) {
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    for needle in needles {
        assert!(!stdout.contains(needle.as_str()), "stdout has {needle}");
        assert!(!stderr.contains(needle.as_str()), "stderr has {needle}");
        for file in files_below(home) {
            let bytes = std::fs::read(&file).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            assert!(
                !text.contains(needle.as_str()),
                "{} has {needle}",
                file.display()
            );
        }
    }
}

/// Returns each token and its signature segment, the part no other token shares.
fn token_needles(sim: &RunningSim) -> Vec<String> {
    let mut needles = Vec::new();
    for token in sim.issued_tokens() {
        let signature = token.rsplit('.').next().unwrap().to_owned();
        needles.push(token);
        needles.push(signature);
    }
    needles
}

fn has_log_file(home: &Path) -> bool {
    files_below(&home.join("logs"))
        .iter()
        .any(|file| std::fs::metadata(file).unwrap().len() > 0)
}

#[test]
fn successful_collect_leaks_nothing() {
    let home = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sim = start_sim(&runtime);
    let base = sim.base_url();
    add_tenant(home.path(), DEMO_TENANT_ID, &base, &base);

    let output = cray(home.path(), &["collect", "contoso"], DEMO_CLIENT_SECRET);
    let tokens = token_needles(&sim);
    runtime.block_on(sim.shutdown());

    assert!(output.status.success(), "{output:?}");
    assert!(!tokens.is_empty());
    assert!(has_log_file(home.path()));
    let mut needles = tokens;
    needles.push(DEMO_CLIENT_SECRET.to_owned());
    assert_absent(home.path(), &output, &needles);
}

#[test]
fn wrong_secret_leaks_nothing() {
    let home = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sim = start_sim(&runtime);
    let base = sim.base_url();
    add_tenant(home.path(), DEMO_TENANT_ID, &base, &base);

    let output = cray(home.path(), &["collect", "contoso"], WRONG_CANARY);
    runtime.block_on(sim.shutdown());

    assert!(!output.status.success());
    assert!(has_log_file(home.path()));
    assert_absent(home.path(), &output, &[WRONG_CANARY.to_owned()]);
}

#[test]
fn wrong_tenant_id_leaks_nothing() {
    let home = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sim = start_sim(&runtime);
    let base = sim.base_url();
    add_tenant(home.path(), OTHER_TENANT_ID, &base, &base);

    let output = cray(home.path(), &["collect", "contoso"], DEMO_CLIENT_SECRET);
    let tokens = token_needles(&sim);
    runtime.block_on(sim.shutdown());

    assert!(!output.status.success());
    let mut needles = tokens;
    needles.push(DEMO_CLIENT_SECRET.to_owned());
    assert_absent(home.path(), &output, &needles);
}

#[test]
fn unreachable_login_leaks_nothing() {
    let home = tempfile::tempdir().unwrap();
    // Port 9 (discard) on loopback has no listener here, so the connection is refused.
    let closed = "http://127.0.0.1:9";
    add_tenant(home.path(), DEMO_TENANT_ID, closed, closed);

    let output = cray(home.path(), &["collect", "contoso"], WRONG_CANARY);

    assert!(!output.status.success());
    assert_absent(home.path(), &output, &[WRONG_CANARY.to_owned()]);
}

#[test]
fn unreachable_api_leaks_nothing() {
    let home = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sim = start_sim(&runtime);
    let base = sim.base_url();
    add_tenant(home.path(), DEMO_TENANT_ID, &base, "http://127.0.0.1:9");

    let output = cray(home.path(), &["collect", "contoso"], DEMO_CLIENT_SECRET);
    let tokens = token_needles(&sim);
    runtime.block_on(sim.shutdown());

    assert!(!tokens.is_empty());
    let mut needles = tokens;
    needles.push(DEMO_CLIENT_SECRET.to_owned());
    assert_absent(home.path(), &output, &needles);
}

#[test]
fn no_option_takes_a_secret_value() {
    let home = tempfile::tempdir().unwrap();
    let output = cray(home.path(), &["tenant", "add", "--help"], "");
    let help = String::from_utf8(output.stdout).unwrap();
    assert!(help.contains("--secret-env <VAR>"), "{help}");
    for option in ["--secret ", "--client-secret", "--token", "--password"] {
        assert!(!help.contains(option), "{option} in:\n{help}");
    }
}

/// Test certificate files; self-signed for tests only (see tests/data/auth/README.md).
fn auth_data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/auth")
        .join(name)
}

/// The PFX password of the test certificate, used as the canary of the certificate runs.
const PFX_PASSWORD: &str = "test-pfx-password";

/// Variable that holds the PFX password in the certificate runs.
const PFX_PASSWORD_VARIABLE: &str = "CRAY_CANARY_PFX_PASSWORD";

/// Lines of the test private key's base64 body, each unique enough to search for.
fn private_key_needles() -> Vec<String> {
    std::fs::read_to_string(auth_data("client-a.key"))
        .unwrap()
        .lines()
        .filter(|line| !line.starts_with("-----") && line.len() >= 60)
        .map(str::to_owned)
        .collect()
}

fn start_sim_with(runtime: &tokio::runtime::Runtime, config: SimConfig) -> RunningSim {
    runtime
        .block_on(cray::sim::start(([127, 0, 0, 1], 0).into(), config))
        .unwrap()
}

fn certificate_config() -> SimConfig {
    let text = std::fs::read(auth_data("client-a.crt")).unwrap();
    let (_, der) = pem_rfc7468::decode_vec(&text).unwrap();
    SimConfig {
        auth: cray::sim::SimAuth {
            certificates: vec![der],
            ..cray::sim::SimAuth::default()
        },
        ..SimConfig::demo()
    }
}

fn cray_with(home: &Path, args: &[&str], variables: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cray"));
    command
        .arg("--home")
        .arg(home)
        .args(args)
        .env("CRAY_LOG", "trace")
        .env("RUST_BACKTRACE", "1")
        .env_remove("CRAY_LANG");
    for (name, value) in variables {
        command.env(name, value);
    }
    command.output().unwrap()
}

fn add_certificate_tenant(home: &Path, base: &str, file: &str) {
    let pfx = auth_data(file);
    let args = [
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
        pfx.to_str().unwrap(),
        "--certificate-password-env",
        PFX_PASSWORD_VARIABLE,
        "--login-url",
        base,
        "--graph-url",
        base,
        "--exchange-url",
        base,
    ];
    let output = cray_with(home, &args, &[]);
    assert!(output.status.success(), "{output:?}");
}

#[test]
fn certificate_collect_leaks_nothing() {
    let home = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sim = start_sim_with(&runtime, certificate_config());
    add_certificate_tenant(home.path(), &sim.base_url(), "client-a.pfx");

    let variables = [(PFX_PASSWORD_VARIABLE, PFX_PASSWORD)];
    let output = cray_with(home.path(), &["collect", "contoso"], &variables);
    let tokens = token_needles(&sim);
    runtime.block_on(sim.shutdown());

    assert!(output.status.success(), "{output:?}");
    assert!(!tokens.is_empty());
    let mut needles = tokens;
    needles.push(PFX_PASSWORD.to_owned());
    needles.extend(private_key_needles());
    assert_absent(home.path(), &output, &needles);
}

#[test]
fn wrong_pfx_password_leaks_nothing() {
    let home = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sim = start_sim_with(&runtime, certificate_config());
    add_certificate_tenant(home.path(), &sim.base_url(), "client-a.pfx");

    let variables = [(PFX_PASSWORD_VARIABLE, WRONG_CANARY)];
    let output = cray_with(home.path(), &["collect", "contoso"], &variables);
    runtime.block_on(sim.shutdown());

    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("PFX password"), "{stderr}");
    assert_absent(home.path(), &output, &[WRONG_CANARY.to_owned()]);
}

#[test]
fn unregistered_certificate_leaks_nothing() {
    let home = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    // The simulator knows no certificate, so Entra's error comes back.
    let sim = start_sim_with(&runtime, SimConfig::demo());
    add_certificate_tenant(home.path(), &sim.base_url(), "client-a.pfx");

    let variables = [(PFX_PASSWORD_VARIABLE, PFX_PASSWORD)];
    let output = cray_with(home.path(), &["collect", "contoso"], &variables);
    runtime.block_on(sim.shutdown());

    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("invalid_client"), "{stderr}");
    let mut needles = vec![PFX_PASSWORD.to_owned()];
    needles.extend(private_key_needles());
    assert_absent(home.path(), &output, &needles);
}

#[test]
fn device_code_collect_leaks_nothing() {
    let home = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sim = start_sim(&runtime);
    let base = sim.base_url();
    let args = [
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
        "--device-code",
        "--login-url",
        &base,
        "--graph-url",
        &base,
        "--exchange-url",
        &base,
    ];
    assert!(cray_with(home.path(), &args, &[]).status.success());

    let output = cray_with(home.path(), &["collect", "contoso"], &[]);
    let mut needles = token_needles(&sim);
    let sign_in_secrets = sim.issued_sign_in_secrets();
    runtime.block_on(sim.shutdown());

    assert!(output.status.success(), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("enter the code"), "{stderr}");
    assert!(sign_in_secrets.len() >= 2, "{sign_in_secrets:?}");
    needles.extend(sign_in_secrets);
    assert_absent(home.path(), &output, &needles);
}
