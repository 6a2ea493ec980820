//! Atomic replacement of the output file.
//!
//! The report is written to a temporary file in the target's directory and renamed over the
//! target only after it was written and synced completely. A failed export therefore leaves no
//! half-written file behind and never replaces a good earlier report.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::ReportError;

/// Writes `path` through `produce`, which writes the content into the writer it is given.
///
/// # Errors
/// Returns [`ReportError::MissingDirectory`] when the parent directory does not exist,
/// [`ReportError::Write`] when the temporary file cannot be created, written, synced or
/// renamed, and whatever `produce` returns. The temporary file is removed on every error.
pub(super) fn write_atomically<F>(path: &Path, produce: F) -> Result<(), ReportError>
where
    F: FnOnce(&mut BufWriter<File>) -> Result<(), ReportError>,
{
    let resolved = resolve_target(path)?;
    let path = resolved.as_path();
    let dir = parent_dir(path);
    if !dir.is_dir() {
        return Err(ReportError::MissingDirectory {
            path: path.to_owned(),
            dir,
        });
    }
    let write_error = |source| ReportError::Write {
        path: path.to_owned(),
        source,
    };

    let (temp_path, file) = create_temp(&dir, path).map_err(write_error)?;
    let result = fill(file, produce, write_error)
        .and_then(|()| fs::rename(&temp_path, path).map_err(write_error));
    if result.is_err() {
        // The temporary file may be partly written; it must not linger next to the report.
        if let Err(error) = fs::remove_file(&temp_path) {
            tracing::warn!(path = %temp_path.display(), %error, "removing temporary report failed");
        }
    }
    result
}

fn fill<F>(
    file: File,
    produce: F,
    write_error: impl Fn(io::Error) -> ReportError,
) -> Result<(), ReportError>
where
    F: FnOnce(&mut BufWriter<File>) -> Result<(), ReportError>,
{
    let mut writer = BufWriter::new(file);
    produce(&mut writer)?;
    writer.flush().map_err(&write_error)?;
    let file = writer
        .into_inner()
        .map_err(|error| write_error(error.into_error()))?;
    file.sync_all().map_err(write_error)
}

/// Returns the directory `path` lives in; a bare file name lives in the current directory.
/// Returns the path to write: the target of a symbolic link, else `path` itself.
///
/// Renaming over a device, a FIFO or a directory would replace it with a plain file, so only
/// a regular file or a new path is accepted.
fn resolve_target(path: &Path) -> Result<PathBuf, ReportError> {
    let not_regular = || ReportError::NotRegularFile {
        path: path.to_owned(),
    };
    let Ok(meta) = fs::symlink_metadata(path) else {
        return Ok(path.to_owned());
    };
    let resolved = if meta.file_type().is_symlink() {
        fs::canonicalize(path).map_err(|source| ReportError::Write {
            path: path.to_owned(),
            source,
        })?
    } else {
        path.to_owned()
    };
    match fs::metadata(&resolved) {
        Ok(target) if target.is_file() => Ok(resolved),
        Ok(_) => Err(not_regular()),
        Err(_) => Ok(resolved),
    }
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// Creates a new hidden file next to `path` with a random suffix.
fn create_temp(dir: &Path, path: &Path) -> io::Result<(PathBuf, File)> {
    let name = path
        .file_name()
        .map_or_else(|| "report".into(), |n| n.to_string_lossy());
    let temp_path = dir.join(format!(".{name}.{}.tmp", uuid::Uuid::new_v4().simple()));
    let file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp_path)?;
    Ok((temp_path, file))
}

#[cfg(test)]
mod tests {
    #[cfg(unix)]
    use std::os::unix::fs::FileTypeExt as _;

    use super::*;

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn successful_write_replaces_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.pdf");
        fs::write(&path, b"old").unwrap();
        write_atomically(&path, |w| w.write_all(b"new").map_err(|e| panic!("{e}"))).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(entries(dir.path()), ["report.pdf"]);
    }

    #[test]
    fn failed_write_keeps_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.pdf");
        fs::write(&path, b"old report").unwrap();

        let result = write_atomically(&path, |w| {
            w.write_all(b"half a report").unwrap();
            Err(ReportError::Write {
                path: PathBuf::from("x"),
                source: io::Error::other("disk full"),
            })
        });

        assert!(result.is_err());
        assert_eq!(fs::read(&path).unwrap(), b"old report");
        assert_eq!(
            entries(dir.path()),
            ["report.pdf"],
            "temporary file left behind"
        );
    }

    #[cfg(unix)]
    #[test]
    fn fifo_target_is_rejected() {
        // A FIFO in a temporary directory stands in for a device: a broken check must not be
        // able to replace a real device node of the machine running the tests.
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.pdf");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let result = write_atomically(&fifo, |_| Ok(()));
        assert!(
            matches!(result, Err(ReportError::NotRegularFile { .. })),
            "{result:?}"
        );
        assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    }

    #[test]
    fn directory_target_is_rejected() {
        let dir = tempfile::tempdir().unwrap();
        let result = write_atomically(dir.path(), |_| Ok(()));
        assert!(
            matches!(result, Err(ReportError::NotRegularFile { .. })),
            "{result:?}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn symlink_target_is_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.pdf");
        fs::write(&real, b"old").unwrap();
        let link = dir.path().join("link.pdf");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomically(&link, |w| {
            w.write_all(b"new").map_err(|e| ReportError::Write {
                path: link.clone(),
                source: e,
            })
        })
        .unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).unwrap(), b"new");
    }

    #[test]
    fn missing_directory_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing").join("report.pdf");
        let result = write_atomically(&path, |_| Ok(()));
        assert!(matches!(result, Err(ReportError::MissingDirectory { .. })));
    }
}
