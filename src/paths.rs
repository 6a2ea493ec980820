//! Where cray keeps its files: data (tenant stores), config (tenant registry, settings) and
//! logs. `--home DIR` or `CRAY_HOME` puts all three under one directory.

use std::path::{Path, PathBuf};

use directories::ProjectDirs;

use crate::model::TenantName;

/// Error for a machine where no home directory can be found.
#[derive(Debug, thiserror::Error)]
#[error("no home directory found for cray's data; set CRAY_HOME or pass --home DIR to choose one")]
pub struct NoHomeDirectory;

/// Resolved directories for one cray installation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// Tenant stores live below this directory.
    pub data_dir: PathBuf,
    /// Tenant registry and settings.
    pub config_dir: PathBuf,
    /// Log files.
    pub log_dir: PathBuf,
}

impl Paths {
    /// Resolves the directories: under `home` when given, else the platform's standard ones
    /// (on Linux `~/.local/share/cray`, `~/.config/cray` and `~/.local/state/cray/logs`).
    ///
    /// # Errors
    /// Returns [`NoHomeDirectory`] when `home` is `None` and the platform has no home.
    pub fn resolve(home: Option<&Path>) -> Result<Self, NoHomeDirectory> {
        if let Some(home) = home {
            return Ok(Self::under(home));
        }
        let dirs = ProjectDirs::from("", "", "cray").ok_or(NoHomeDirectory)?;
        let log_root = dirs.state_dir().unwrap_or_else(|| dirs.data_local_dir());
        Ok(Self {
            data_dir: dirs.data_dir().to_path_buf(),
            config_dir: dirs.config_dir().to_path_buf(),
            log_dir: log_root.join("logs"),
        })
    }

    /// Returns the layout below one directory, as `--home` uses it.
    #[must_use]
    pub fn under(home: &Path) -> Self {
        Self {
            data_dir: home.join("data"),
            config_dir: home.join("config"),
            log_dir: home.join("logs"),
        }
    }

    /// Returns the directory that holds everything of one tenant.
    #[must_use]
    pub fn tenant_dir(&self, tenant: &TenantName) -> PathBuf {
        self.data_dir.join("tenants").join(tenant.as_str())
    }

    /// Returns the tenant's sled database directory.
    #[must_use]
    pub fn tenant_store_dir(&self, tenant: &TenantName) -> PathBuf {
        self.tenant_dir(tenant).join("store")
    }

    /// Returns the path of the tenant registry file.
    #[must_use]
    pub fn registry_file(&self) -> PathBuf {
        self.config_dir.join("tenants.toml")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn home_puts_everything_below_it() {
        let paths = Paths::resolve(Some(Path::new("/tmp/h"))).unwrap();
        assert!(paths.data_dir.starts_with("/tmp/h"));
        assert!(paths.config_dir.starts_with("/tmp/h"));
        assert!(paths.log_dir.starts_with("/tmp/h"));
    }

    #[test]
    fn tenant_store_is_inside_tenant_dir() {
        let paths = Paths::under(Path::new("/tmp/h"));
        let name = TenantName::new("contoso").unwrap();
        assert!(
            paths
                .tenant_store_dir(&name)
                .starts_with(paths.tenant_dir(&name))
        );
    }
}
