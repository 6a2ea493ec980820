//! File modes of everything cray writes: files 0600 and directories 0700, so other local
//! users cannot read customer data. On platforms without Unix modes these are no-ops.
//!
//! Exported reports get mode 0600 too: a report lists a customer's weaknesses, and the user
//! can widen the mode of a file they hand on.

use std::fs;
use std::io;
use std::path::Path;

/// Mode of every file cray creates.
pub const FILE_MODE: u32 = 0o600;
/// Mode of every directory cray creates.
pub const DIR_MODE: u32 = 0o700;

/// Creates `dir` and its missing parents, and sets the mode of `dir` to 0700.
///
/// # Errors
/// Fails when the directory cannot be created or its mode cannot be set.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    set_mode(dir, DIR_MODE)
}

/// Sets the mode of one file to 0600.
///
/// # Errors
/// Fails when the mode cannot be set.
pub fn restrict_file(path: &Path) -> io::Result<()> {
    set_mode(path, FILE_MODE)
}

/// Sets every directory below and including `root` to 0700 and every file to 0600.
/// A missing `root` is not an error.
///
/// # Errors
/// Fails when a directory cannot be listed or a mode cannot be set.
pub fn restrict_tree(root: &Path) -> io::Result<()> {
    let meta = match fs::symlink_metadata(root) {
        Ok(meta) => meta,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(error) => return Err(error),
    };
    if meta.is_dir() {
        set_mode(root, DIR_MODE)?;
        for entry in fs::read_dir(root)? {
            restrict_tree(&entry?.path())?;
        }
    } else if meta.is_file() {
        set_mode(root, FILE_MODE)?;
    }
    Ok(())
}

/// Returns the paths below and including `root` whose mode lets other users in: files
/// wider than 0600 and directories wider than 0700, with their modes.
///
/// # Errors
/// Fails when a directory cannot be listed.
pub fn too_open(root: &Path) -> io::Result<Vec<(std::path::PathBuf, u32)>> {
    let mut found = Vec::new();
    collect_too_open(root, &mut found)?;
    Ok(found)
}

fn collect_too_open(path: &Path, found: &mut Vec<(std::path::PathBuf, u32)>) -> io::Result<()> {
    let meta = match fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(error) => return Err(error),
    };
    let mode = mode_of(&meta);
    if meta.is_dir() {
        if mode & 0o077 != 0 {
            found.push((path.to_path_buf(), mode));
        }
        for entry in fs::read_dir(path)? {
            collect_too_open(&entry?.path(), found)?;
        }
    } else if meta.is_file() && mode & 0o077 != 0 {
        found.push((path.to_path_buf(), mode));
    }
    Ok(())
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    fs::set_permissions(path, fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> io::Result<()> {
    Ok(())
}

#[cfg(unix)]
fn mode_of(meta: &fs::Metadata) -> u32 {
    use std::os::unix::fs::PermissionsExt as _;
    meta.permissions().mode() & 0o7777
}

#[cfg(not(unix))]
fn mode_of(_meta: &fs::Metadata) -> u32 {
    0
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use std::os::unix::fs::PermissionsExt as _;

    use super::*;

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn restrict_tree_sets_file_and_dir_modes() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("a");
        fs::create_dir(&sub).unwrap();
        fs::write(sub.join("f"), b"x").unwrap();
        fs::set_permissions(sub.join("f"), fs::Permissions::from_mode(0o644)).unwrap();
        restrict_tree(dir.path()).unwrap();
        assert_eq!(mode(&sub), 0o700);
        assert_eq!(mode(&sub.join("f")), 0o600);
    }

    #[test]
    fn too_open_lists_world_readable_file() {
        let dir = tempfile::tempdir().unwrap();
        create_private_dir(&dir.path().join("d")).unwrap();
        let file = dir.path().join("d/f");
        fs::write(&file, b"x").unwrap();
        fs::set_permissions(&file, fs::Permissions::from_mode(0o644)).unwrap();
        set_mode(&dir.path().join("d"), DIR_MODE).unwrap();
        set_mode(dir.path(), DIR_MODE).unwrap();
        let found = too_open(dir.path()).unwrap();
        assert_eq!(found, vec![(file, 0o644)]);
    }
}
