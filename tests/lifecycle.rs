//! The customer data lifecycle through the `cray` binary: encryption at rest, passphrase
//! keys, assessment deletion, purge with its leftover scan, doctor, SIGKILL mid-collect and
//! `--resume` after it.
//! Keys are kept in key files or under `CRAY_PASSPHRASE`, never in a real keychain.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use cray::keys::{KeyRing, KeyStorage, NoKeychain};
use cray::model::{AssessmentId, AssessmentState};
use cray::paths::Paths;
use cray::store::{SledStore, Store};
use cray::tenant::Registry;
use serde_json::Value;

fn command(home: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cray"));
    command
        .arg("--home")
        .arg(home)
        .args(args)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("CRAY_LANG")
        .env_remove("CRAY_PASSPHRASE")
        .env("CRAY_KEY_STORAGE", "keyfile");
    command
}

fn cray(home: &Path, args: &[&str]) -> Output {
    command(home, args).output().expect("cray runs")
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

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Returns every file below `dir` whose bytes contain `needle`.
fn files_containing(dir: &Path, needle: &[u8]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in walk(dir) {
        let bytes = std::fs::read(&entry).unwrap_or_default();
        if bytes.windows(needle.len()).any(|w| w == needle) {
            found.push(entry);
        }
    }
    found
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn demo_key(home: &Path) -> cray::keys::DataKey {
    let paths = Paths::under(home);
    let registry = Registry::load(&paths.registry_file()).expect("registry loads");
    let local_id = registry
        .get("demo")
        .expect("demo is registered")
        .local_id
        .clone();
    KeyRing::new(&paths.config_dir, KeyStorage::Keyfile, Box::new(NoKeychain))
        .load(&local_id)
        .expect("key file reads")
        .expect("demo has a key")
}

#[test]
fn store_files_hold_no_customer_text() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let store = home.path().join("data/tenants/demo/store");
    assert!(files_containing(&store, cray::sim::DEMO_DISPLAY_NAME.as_bytes()).is_empty());
    assert!(files_containing(&store, cray::sim::DEMO_TENANT_ID.as_bytes()).is_empty());
}

#[test]
fn keyfile_warning_is_printed_once() {
    let home = tempfile::tempdir().unwrap();
    let first = command(home.path(), &["demo", "--no-tui"])
        .env_remove("CRAY_KEY_STORAGE")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .output()
        .unwrap();
    assert_eq!(stderr(&first).matches("warning: no keychain").count(), 1);
    let second = command(home.path(), &["collect", "demo"])
        .env_remove("CRAY_KEY_STORAGE")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .output()
        .unwrap();
    assert!(!stderr(&second).contains("warning: no keychain"));
}

#[test]
fn wrong_passphrase_is_a_clear_error() {
    let home = tempfile::tempdir().unwrap();
    let first = command(home.path(), &["demo", "--no-tui"])
        .env("CRAY_KEY_STORAGE", "passphrase")
        .env("CRAY_PASSPHRASE", "right horse battery")
        .output()
        .unwrap();
    assert!(first.status.success(), "{}", stderr(&first));
    let wrong = command(home.path(), &["findings", "demo"])
        .env("CRAY_KEY_STORAGE", "passphrase")
        .env("CRAY_PASSPHRASE", "wrong horse battery")
        .output()
        .unwrap();
    assert!(!wrong.status.success());
    assert!(
        stderr(&wrong).contains("passphrase does not open"),
        "{}",
        stderr(&wrong)
    );
}

#[test]
fn missing_passphrase_is_a_clear_error() {
    let home = tempfile::tempdir().unwrap();
    let first = command(home.path(), &["demo", "--no-tui"])
        .env("CRAY_KEY_STORAGE", "passphrase")
        .env("CRAY_PASSPHRASE", "right horse battery")
        .output()
        .unwrap();
    assert!(first.status.success(), "{}", stderr(&first));
    let output = cray(home.path(), &["findings", "demo"]);
    assert!(
        stderr(&output).contains("CRAY_PASSPHRASE"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn data_is_unreadable_once_the_key_is_gone() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let key = home.path().join("config/keys");
    // A purge that stopped right after destroying the key leaves the store unreadable.
    std::fs::remove_dir_all(&key).unwrap();
    let output = cray(home.path(), &["findings", "demo"]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("key is gone"),
        "{}",
        stderr(&output)
    );
    let store = home.path().join("data/tenants/demo/store");
    let other_key = cray::keys::DataKey::generate();
    assert!(matches!(
        SledStore::open(&store, &other_key),
        Err(cray::store::StoreError::WrongKey { .. })
    ));
}

#[test]
fn purge_destroys_key_and_reports_planted_leftover() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let report = home.path().join("report.json");
    ok(
        home.path(),
        &["report", "demo", "--out", report.to_str().unwrap()],
    );
    let planted = home.path().join("config/notes.txt");
    std::fs::write(&planted, format!("remember {}", cray::sim::DEMO_TENANT_ID)).unwrap();

    let out = ok(home.path(), &["purge", "demo", "--yes"]);

    assert!(out.contains("no way back"), "{out}");
    assert!(out.contains(&planted.display().to_string()), "{out}");
    assert!(!report.exists(), "recorded export is deleted");
    assert!(walk(&home.path().join("config/keys")).is_empty());
    let audit = std::fs::read_to_string(home.path().join("data/audit.log")).unwrap();
    assert!(audit.contains("\"action\":\"purge\""), "{audit}");
    assert!(!audit.contains(cray::sim::DEMO_TENANT_ID), "{audit}");
    std::fs::remove_file(&planted).unwrap();
    let domains = ["contoso", cray::sim::DEMO_TENANT_ID];
    for needle in domains {
        let left = files_containing(home.path(), needle.as_bytes());
        assert!(left.is_empty(), "{needle} still in {left:?}");
    }
}

#[test]
fn assessment_delete_leaves_nothing() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let report = home.path().join("r.md");
    ok(
        home.path(),
        &["report", "demo", "--out", report.to_str().unwrap()],
    );
    let listed: Value = serde_json::from_str(&ok(
        home.path(),
        &["assessment", "list", "demo", "--format", "json"],
    ))
    .unwrap();
    let id = listed[0]["id"].as_str().unwrap().to_owned();
    assert_eq!(listed[0]["exports"], 1);

    ok(
        home.path(),
        &["assessment", "delete", "demo", &id[..8], "--yes"],
    );

    assert!(!report.exists());
    let listed = ok(
        home.path(),
        &["assessment", "list", "demo", "--format", "json"],
    );
    assert_eq!(
        serde_json::from_str::<Value>(&listed).unwrap(),
        serde_json::json!([])
    );
    let store = SledStore::open(
        &home.path().join("data/tenants/demo/store"),
        &demo_key(home.path()),
    )
    .unwrap();
    let id = cray::model::AssessmentId(id.parse().unwrap());
    assert!(store.datasets(id).unwrap().is_empty());
    assert!(store.results(id).unwrap().is_empty());
}

#[test]
fn assessment_delete_without_yes_is_refused() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let listed: Value = serde_json::from_str(&ok(
        home.path(),
        &["assessment", "list", "demo", "--format", "json"],
    ))
    .unwrap();
    let id = listed[0]["id"].as_str().unwrap().to_owned();
    let output = cray(home.path(), &["assessment", "delete", "demo", &id]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("--yes"), "{}", stderr(&output));
}

#[cfg(unix)]
#[test]
fn doctor_reports_health_and_open_permissions() {
    use std::os::unix::fs::PermissionsExt as _;
    let home = tempfile::tempdir().unwrap();
    std::fs::set_permissions(home.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let healthy = ok(home.path(), &["doctor"]);
    assert!(healthy.contains("Key storage: keyfile"), "{healthy}");
    assert!(
        healthy.contains("schema version 2, 1 assessments, decryptable"),
        "{healthy}"
    );

    let registry = home.path().join("config/tenants.toml");
    std::fs::set_permissions(&registry, std::fs::Permissions::from_mode(0o644)).unwrap();
    let output = cray(home.path(), &["doctor"]);
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains(&format!("0644 {}", registry.display())),
        "{text}"
    );
}

#[cfg(unix)]
#[test]
fn created_files_are_private() {
    use std::os::unix::fs::PermissionsExt as _;
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let report = home.path().join("r.csv");
    ok(
        home.path(),
        &["report", "demo", "--out", report.to_str().unwrap()],
    );
    let mut checked = walk(&home.path().join("data"));
    checked.extend(walk(&home.path().join("config")));
    checked.extend(walk(&home.path().join("logs")));
    checked.push(report);
    for file in checked {
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", file.display());
    }
}

/// Kills `cray collect` with SIGKILL at several points and checks that the store opens and
/// contains every dataset the run reported as collected (each is flushed before it is reported).
#[test]
fn sigkill_during_collect_loses_nothing_flushed() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let seed = u64::from(std::process::id());
    let mut reported_total = 0;
    for round in 0..4u64 {
        let delay = 150 + (seed.wrapping_mul(31).wrapping_add(round * 977) % 900);
        let mut child = command(home.path(), &["collect", "demo"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        child.kill().unwrap();
        let output = child.wait_with_output().unwrap();
        let reported: Vec<String> = String::from_utf8_lossy(&output.stderr)
            .lines()
            .filter_map(|l| l.trim().strip_prefix("collected "))
            .filter_map(|rest| rest.split_whitespace().next())
            .map(str::to_owned)
            .collect();
        reported_total += reported.len();
        let store = SledStore::open(
            &home.path().join("data/tenants/demo/store"),
            &demo_key(home.path()),
        )
        .unwrap_or_else(|e| panic!("store opens after kill at {delay} ms: {e}"));
        let newest = store.latest_assessment().unwrap().unwrap();
        let stored: Vec<&str> = store
            .datasets(newest.id)
            .unwrap()
            .iter()
            .map(|r| r.dataset.key())
            .collect();
        for key in &reported {
            assert!(
                stored.contains(&key.as_str()),
                "{key} lost after kill at {delay} ms"
            );
        }
        for assessment in store.assessments().unwrap() {
            store.results(assessment.id).unwrap();
        }
    }
    assert!(reported_total > 0, "no kill landed after a flushed dataset");
}

#[test]
fn purge_after_tenant_remove_destroys_key() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    ok(home.path(), &["tenant", "remove", "demo"]);
    assert_eq!(walk(&home.path().join("config/keys")).len(), 1);

    let out = ok(home.path(), &["purge", "demo", "--yes"]);

    assert!(out.contains("destroyed its key"), "{out}");
    assert!(walk(&home.path().join("config/keys")).is_empty());
}

#[test]
fn doctor_reports_store_with_wrong_key() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let key_file = walk(&home.path().join("config/keys")).remove(0);
    let other = r#"{"method":"keyfile","key":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}"#;
    std::fs::write(&key_file, other).unwrap();

    let output = cray(home.path(), &["doctor"]);

    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("PROBLEM"), "{text}");
    assert!(text.contains("cannot be decrypted"), "{text}");
}

/// A home written before encryption: a registry without local ids and a layout-1 store with
/// plaintext JSON values.
#[test]
fn version_one_home_is_migrated() {
    let home = tempfile::tempdir().unwrap();
    ok(home.path(), &["demo", "--no-tui"]);
    let store_dir = home.path().join("data/tenants/demo/store");
    let (assessments, datasets) = {
        let store = SledStore::open(&store_dir, &demo_key(home.path())).unwrap();
        let assessments = store.assessments().unwrap();
        let datasets = store.datasets(assessments[0].id).unwrap();
        (assessments, datasets)
    };
    std::fs::remove_dir_all(&store_dir).unwrap();
    std::fs::remove_dir_all(home.path().join("config/keys")).unwrap();
    let registry = home.path().join("config/tenants.toml");
    let text = std::fs::read_to_string(&registry).unwrap();
    let without_ids: String = text
        .lines()
        .filter(|l| !l.starts_with("local_id"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&registry, without_ids).unwrap();
    {
        let db = sled::open(&store_dir).unwrap();
        db.insert("schema_version", &1u32.to_be_bytes()).unwrap();
        let tree = db.open_tree("assessments").unwrap();
        for a in &assessments {
            tree.insert(a.id.to_string(), serde_json::to_vec(a).unwrap())
                .unwrap();
        }
        let tree = db.open_tree("datasets").unwrap();
        for record in &datasets {
            let key = format!("{}/{}", assessments[0].id, record.dataset.key());
            tree.insert(key, serde_json::to_vec(record).unwrap())
                .unwrap();
        }
        db.flush().unwrap();
    }
    assert!(!files_containing(&store_dir, cray::sim::DEMO_TENANT_ID.as_bytes()).is_empty());

    let listed = ok(
        home.path(),
        &["assessment", "list", "demo", "--format", "json"],
    );

    let listed: Value = serde_json::from_str(&listed).unwrap();
    assert_eq!(listed[0]["datasets"], datasets.len());
    assert!(files_containing(&store_dir, cray::sim::DEMO_TENANT_ID.as_bytes()).is_empty());
    let doctor = ok(home.path(), &["doctor"]);
    assert!(doctor.contains("schema version 2"), "{doctor}");
}

/// Starts cray and kills it with SIGKILL after `delay`.
fn kill_after(home: &Path, args: &[&str], delay: Duration) {
    let mut child = command(home, args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("cray starts");
    std::thread::sleep(delay);
    child.kill().expect("SIGKILL is sent");
    child.wait().expect("cray is reaped");
}

fn open_demo_store(home: &Path) -> SledStore {
    SledStore::open(&home.join("data/tenants/demo/store"), &demo_key(home)).expect("store opens")
}

/// Returns, per dataset key, every object as sorted JSON text.
fn contents(store: &SledStore, id: AssessmentId) -> BTreeMap<String, Vec<String>> {
    store
        .datasets(id)
        .expect("datasets read")
        .into_iter()
        .map(|record| {
            assert!(record.is_complete(), "{:?}", record.state);
            let mut objects: Vec<String> = record.objects.iter().map(ToString::to_string).collect();
            objects.sort();
            (record.dataset.key().to_owned(), objects)
        })
        .collect()
}

/// Kills `cray collect demo` with SIGKILL at random points, then `cray collect demo --resume`
/// (killed again, then run to the end): every evaluated assessment holds exactly the objects
/// of an uninterrupted run, none lost and none twice.
#[test]
fn killed_collection_resumes_with_exact_objects() {
    let home = tempfile::tempdir().unwrap();
    let first = cray(home.path(), &["demo", "--no-tui"]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let baseline = {
        let store = open_demo_store(home.path());
        let id = store.latest_assessment().unwrap().unwrap().id;
        contents(&store, id)
    };
    assert!(baseline.contains_key("group_members"));

    let seed = u64::from(std::process::id());
    for round in 0..3u64 {
        let delay = |salt: u64| {
            Duration::from_millis(
                60 + (seed.wrapping_mul(31).wrapping_add(round * 977 + salt) % 900),
            )
        };
        kill_after(home.path(), &["collect", "demo"], delay(0));
        kill_after(home.path(), &["collect", "demo", "--resume"], delay(401));
        let resumed = cray(home.path(), &["collect", "demo", "--resume"]);
        let stderr = String::from_utf8_lossy(&resumed.stderr);
        assert!(
            resumed.status.success() || stderr.contains("no interrupted assessment"),
            "round {round}: {stderr}"
        );
    }

    let store = open_demo_store(home.path());
    let assessments = store.assessments().unwrap();
    // The demo run plus at least one killed or resumed run; a kill that lands before sign-in
    // ends leaves no assessment, which is fine.
    assert!(assessments.len() >= 2, "{} assessments", assessments.len());
    for assessment in &assessments {
        assert_ne!(
            assessment.state,
            AssessmentState::Collecting,
            "an interrupted run is marked as such"
        );
        if assessment.state == AssessmentState::Evaluated {
            assert_eq!(contents(&store, assessment.id), baseline);
        }
    }
}
