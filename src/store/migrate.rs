//! Migration of a version-1 store, whose values are plaintext JSON, to the encrypted layout.
//!
//! The values are sealed into a fresh database beside the old one. That database then
//! replaces the old directory, which is removed, because rewriting in place would leave
//! plaintext in sled's log segments until sled reclaims them.

use std::fs;
use std::path::{Path, PathBuf};

use super::{
    KEY_CHECK, KEY_CHECK_PLAIN, Result, SCHEMA_VERSION, StoreError, TREES, VERSION_KEY, open_db,
    sled_error,
};
use crate::store::cipher::ValueCipher;

/// Seals every value of the version-1 database `old` (open on `dir`) into a new database,
/// then replaces `dir` with it. `old` is closed on return.
pub(super) fn from_v1(dir: &Path, old: sled::Db, cipher: &ValueCipher) -> Result<()> {
    let fresh_dir = sibling(dir, "migrating");
    remove_if_present(dir, &fresh_dir)?;
    let fresh = open_db(&fresh_dir)?;
    let sled_err = |e| sled_error(dir, e);
    for name in TREES {
        let (from, to) = (
            old.open_tree(name).map_err(sled_err)?,
            fresh.open_tree(name).map_err(sled_err)?,
        );
        for entry in from.iter() {
            let (key, plain) = entry.map_err(sled_err)?;
            to.insert(&key, seal(dir, cipher, name, &key, &plain)?)
                .map_err(sled_err)?;
        }
    }
    fresh
        .insert(
            KEY_CHECK,
            seal(dir, cipher, "", KEY_CHECK, KEY_CHECK_PLAIN)?,
        )
        .map_err(sled_err)?;
    fresh
        .insert(VERSION_KEY, &SCHEMA_VERSION.to_be_bytes())
        .map_err(sled_err)?;
    fresh.flush().map_err(sled_err)?;
    drop(fresh);
    drop(old);
    swap_in(dir, &fresh_dir)?;
    tracing::info!("store migrated from layout version 1 to {SCHEMA_VERSION}");
    Ok(())
}

fn seal(dir: &Path, cipher: &ValueCipher, tree: &str, key: &[u8], plain: &[u8]) -> Result<Vec<u8>> {
    cipher
        .seal(tree, key, plain)
        .ok_or_else(|| StoreError::Tampered {
            path: dir.to_path_buf(),
            key: String::from_utf8_lossy(key).into_owned(),
        })
}

/// Moves `fresh` to `dir` and deletes the old content of `dir`.
fn swap_in(dir: &Path, fresh: &Path) -> Result<()> {
    let old = sibling(dir, "v1-old");
    remove_if_present(dir, &old)?;
    let io = |source| StoreError::Migrate {
        path: dir.to_path_buf(),
        source,
    };
    fs::rename(dir, &old).map_err(io)?;
    fs::rename(fresh, dir).map_err(io)?;
    fs::remove_dir_all(&old).map_err(io)
}

fn remove_if_present(dir: &Path, path: &Path) -> Result<()> {
    match fs::remove_dir_all(path) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(StoreError::Migrate {
            path: dir.to_path_buf(),
            source: error,
        }),
        _ => Ok(()),
    }
}

fn sibling(dir: &Path, suffix: &str) -> PathBuf {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dir.with_file_name(format!("{name}.{suffix}"))
}
