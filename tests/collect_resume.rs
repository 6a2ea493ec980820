//! `cray collect demo` killed with SIGKILL at random points, then `cray collect demo --resume`
//! (killed again, then run to the end): the resumed assessment holds exactly the objects of
//! an uninterrupted run, none lost and none twice.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use cray::keys::{KeyRing, KeyStorage, NoKeychain};
use cray::model::{AssessmentId, AssessmentState};
use cray::paths::Paths;
use cray::store::{SledStore, Store};
use cray::tenant::Registry;

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

fn run(home: &Path, args: &[&str]) -> Output {
    command(home, args).output().expect("cray runs")
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

fn open_store(home: &Path) -> SledStore {
    let paths = Paths::under(home);
    let registry = Registry::load(&paths.registry_file()).expect("registry loads");
    let local_id = registry
        .get("demo")
        .expect("demo is registered")
        .local_id
        .clone();
    let key = KeyRing::new(&paths.config_dir, KeyStorage::Keyfile, Box::new(NoKeychain))
        .load(&local_id)
        .expect("key file reads")
        .expect("demo has a key");
    SledStore::open(&home.join("data/tenants/demo/store"), &key).expect("store opens")
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

#[test]
fn killed_collection_resumes_with_exact_objects() {
    let home = tempfile::tempdir().unwrap();
    let first = run(home.path(), &["demo", "--no-tui"]);
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    let baseline = {
        let store = open_store(home.path());
        let id = store.latest_assessment().unwrap().unwrap().id;
        contents(&store, id)
    };
    assert!(baseline.contains_key("group_members"));

    let seed = u64::from(std::process::id());
    for round in 0..3u64 {
        let delay = |salt: u64| {
            Duration::from_millis(60 + (seed.wrapping_mul(31).wrapping_add(round * 977 + salt) % 900))
        };
        kill_after(home.path(), &["collect", "demo"], delay(0));
        kill_after(home.path(), &["collect", "demo", "--resume"], delay(401));
        let resumed = run(home.path(), &["collect", "demo", "--resume"]);
        let stderr = String::from_utf8_lossy(&resumed.stderr);
        assert!(
            resumed.status.success() || stderr.contains("no interrupted assessment"),
            "round {round}: {stderr}"
        );
    }

    let store = open_store(home.path());
    let assessments = store.assessments().unwrap();
    assert!(assessments.len() >= 4);
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
