use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;

fn ring(dir: &Path, storage: KeyStorage, passphrase: &'static str) -> KeyRing {
    KeyRing::new(dir, storage, Box::new(NoKeychain)).with_prompt(Box::new(move |_| {
        Some(Zeroizing::new(passphrase.to_owned()))
    }))
}

#[test]
fn keyfile_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let keys = ring(dir.path(), KeyStorage::Keyfile, "unused");
    let (key, _) = keys.create("abc").unwrap();
    let loaded = keys.load("abc").unwrap().unwrap();
    assert_eq!(loaded.bytes(), key.bytes());
}

#[cfg(unix)]
#[test]
fn key_file_has_mode_0600() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let keys = ring(dir.path(), KeyStorage::Keyfile, "unused");
    keys.create("abc").unwrap();
    let mode = fs::metadata(keys.descriptor_path("abc"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn auto_without_keychain_falls_back_to_keyfile_with_notice() {
    let dir = tempfile::tempdir().unwrap();
    let keys = KeyRing::new(dir.path(), KeyStorage::Auto, Box::new(NoKeychain));
    if env_passphrase().is_some() {
        return;
    }
    let (_, notice) = keys.create("abc").unwrap();
    assert_eq!(keys.method("abc").unwrap(), Some(KeyMethod::Keyfile));
    assert!(notice.unwrap().0.starts_with("warning:"));
}

#[test]
fn passphrase_key_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let (key, _) = ring(dir.path(), KeyStorage::Passphrase, "correct horse")
        .create("abc")
        .unwrap();
    let again = ring(dir.path(), KeyStorage::Passphrase, "correct horse");
    assert_eq!(again.load("abc").unwrap().unwrap().bytes(), key.bytes());
}

#[test]
fn wrong_passphrase_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    ring(dir.path(), KeyStorage::Passphrase, "correct horse")
        .create("abc")
        .unwrap();
    if env_passphrase().is_some() {
        return;
    }
    let error = ring(dir.path(), KeyStorage::Passphrase, "wrong horse")
        .load("abc")
        .unwrap_err();
    assert!(matches!(error, KeyError::WrongPassphrase { .. }), "{error}");
}

#[test]
fn passphrase_is_asked_once() {
    let dir = tempfile::tempdir().unwrap();
    let asked = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&asked);
    let keys = KeyRing::new(dir.path(), KeyStorage::Passphrase, Box::new(NoKeychain)).with_prompt(
        Box::new(move |_| {
            counter.fetch_add(1, Ordering::SeqCst);
            Some(Zeroizing::new("pw".to_owned()))
        }),
    );
    keys.create("a").unwrap();
    keys.create("b").unwrap();
    assert!(asked.load(Ordering::SeqCst) <= 1);
}

#[test]
fn destroy_removes_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let keys = ring(dir.path(), KeyStorage::Keyfile, "unused");
    keys.create("abc").unwrap();
    assert!(keys.destroy("abc").unwrap());
    assert!(keys.load("abc").unwrap().is_none());
}

#[test]
fn keychain_demanded_without_one_fails() {
    let dir = tempfile::tempdir().unwrap();
    let keys = ring(dir.path(), KeyStorage::Keychain, "unused");
    assert!(matches!(keys.create("abc"), Err(KeyError::Keychain { .. })));
}

#[test]
fn data_key_debug_is_redacted() {
    assert_eq!(format!("{:?}", DataKey::generate()), "DataKey(<redacted>)");
}
