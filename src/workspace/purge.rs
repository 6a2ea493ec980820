//! Purging a tenant. The key goes first, so whatever a later step fails to remove is already
//! unreadable. Then its store and caches, its recorded report exports and its registry entry
//! go. Afterwards cray's directories are searched for the tenant id and domains, and an
//! audit line without customer data is appended to `audit.log` in the data directory.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;
use time::OffsetDateTime;

use super::{Result, Workspace, WorkspaceError};
use crate::model::{Dataset, TenantName};
use crate::store::{SledStore, Store};
use crate::tenant::RegistryError;

/// File in the tenant directory that contains the tenant's local id.
pub(super) const LOCAL_ID_FILE: &str = "local_id";

/// Name of the audit record in the data directory.
pub const AUDIT_FILE: &str = "audit.log";

/// Outcome of a purge: what it removed and which files still mention the tenant.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PurgeReport {
    /// The tenant's opaque local id, as the logs and the audit record name it.
    pub local_id: Option<String>,
    /// Whether a key was destroyed.
    pub key_destroyed: bool,
    /// Whether a registry entry was removed.
    pub unregistered: bool,
    /// Directories removed.
    pub removed_dirs: Vec<PathBuf>,
    /// Recorded report exports deleted.
    pub removed_exports: Vec<PathBuf>,
    /// Files under cray's directories that still mention the tenant id or a domain.
    pub leftovers: Vec<PathBuf>,
}

#[derive(Serialize)]
struct AuditLine<'a> {
    #[serde(with = "time::serde::rfc3339")]
    time: OffsetDateTime,
    action: &'a str,
    local_id: &'a str,
    removed: Vec<&'a str>,
    leftovers: usize,
}

impl Workspace {
    /// Removes everything cray keeps about a tenant, key first. There is no undo.
    ///
    /// Works for a name that is no longer registered, so data left by `tenant remove` can be
    /// purged too.
    ///
    /// # Errors
    /// Fails when the key or a path cannot be removed; the error names it.
    pub fn purge(&self, name: &str) -> Result<PurgeReport> {
        let tenant_name = TenantName::new(name).map_err(|e| {
            WorkspaceError::Registry(RegistryError::InvalidField {
                field: "tenant name",
                message: e.to_string(),
            })
        })?;
        let registered = self.tenant(name).ok();
        let dir = self.paths.tenant_dir(&tenant_name);
        let local_id = match &registered {
            Some(tenant) => Some(tenant.local_id.clone()),
            None => fs::read_to_string(dir.join(LOCAL_ID_FILE)).ok(),
        };
        let mut report = PurgeReport {
            local_id: local_id.clone(),
            ..PurgeReport::default()
        };
        let (needles, exports) = self.tenant_traces(registered.as_ref());
        self.close_store(&tenant_name);
        let store_dir = self.paths.tenant_store_dir(&tenant_name);
        if store_dir.exists() {
            // Taking the store's lock first means a purge cannot pull the data away from
            // another cray process that is still writing to it.
            SledStore::peek_version(&store_dir)?;
        }
        if let Some(id) = &local_id {
            report.key_destroyed = self.keys.destroy(id)?;
        }
        self.remove_data(name, &dir, &exports, &mut report)?;
        report.unregistered = match self.registry().remove(name) {
            Ok(_) => true,
            Err(RegistryError::NotFound(_)) => false,
            Err(error) => return Err(error.into()),
        };
        report.leftovers = scan_leftovers(&scan_roots(&self.paths), &needles);
        if let Some(id) = &local_id {
            self.audit_purge(id, &report)?;
        }
        Ok(report)
    }

    /// Returns what identifies the tenant in files (its id and domains, from the newest
    /// `domains` dataset) and every recorded export, read while the key still exists.
    fn tenant_traces(&self, tenant: Option<&crate::tenant::Tenant>) -> (Vec<String>, Vec<PathBuf>) {
        let Some(tenant) = tenant else {
            return (Vec::new(), Vec::new());
        };
        let mut needles = vec![tenant.tenant_id.to_lowercase()];
        let mut exports = Vec::new();
        // NOTE: a store that cannot be opened (wrong passphrase, key gone) is purged all the
        // same; the scan then looks for the tenant id only.
        let exists = self.paths.tenant_store_dir(&tenant.name).exists();
        if let Some(store) = exists.then(|| self.store(&tenant.name).ok()).flatten() {
            let assessments = store.assessments().unwrap_or_default();
            for assessment in &assessments {
                exports.extend(
                    store
                        .exports(assessment.id)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|e| e.path),
                );
            }
            if let Some(newest) = assessments.iter().max_by_key(|a| a.started_at) {
                needles.extend(domains(store.as_ref(), newest.id));
            }
        }
        (needles, exports)
    }

    fn remove_data(
        &self,
        name: &str,
        dir: &Path,
        exports: &[PathBuf],
        report: &mut PurgeReport,
    ) -> Result<()> {
        let purge_error = |path: &Path, source| WorkspaceError::Purge {
            tenant: name.to_owned(),
            path: path.to_path_buf(),
            source,
        };
        if dir.exists() {
            fs::remove_dir_all(dir).map_err(|e| purge_error(dir, e))?;
            report.removed_dirs.push(dir.to_path_buf());
        }
        for export in exports {
            match fs::remove_file(export) {
                Ok(()) => report.removed_exports.push(export.clone()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(purge_error(export, e)),
            }
        }
        Ok(())
    }

    fn audit_purge(&self, local_id: &str, report: &PurgeReport) -> Result<()> {
        let mut removed = Vec::new();
        if report.key_destroyed {
            removed.push("key");
        }
        if !report.removed_dirs.is_empty() {
            removed.push("store");
        }
        if !report.removed_exports.is_empty() {
            removed.push("exports");
        }
        if report.unregistered {
            removed.push("registry entry");
        }
        let line = AuditLine {
            time: OffsetDateTime::now_utc(),
            action: "purge",
            local_id,
            removed,
            leftovers: report.leftovers.len(),
        };
        append_audit(&self.paths.data_dir, &line).map_err(|source| WorkspaceError::Purge {
            tenant: local_id.to_owned(),
            path: self.paths.data_dir.join(AUDIT_FILE),
            source,
        })
    }
}

/// Returns every directory cray writes to: data, config and logs.
fn scan_roots(paths: &crate::paths::Paths) -> Vec<PathBuf> {
    vec![
        paths.data_dir.clone(),
        paths.config_dir.clone(),
        paths.log_dir.clone(),
    ]
}

/// Returns the domain names in the `domains` dataset of an assessment, lowercased.
fn domains(store: &dyn Store, id: crate::model::AssessmentId) -> Vec<String> {
    let records = store.datasets(id).unwrap_or_default();
    crate::store::find_dataset(&records, Dataset::Domains)
        .map(|record| {
            record
                .objects
                .iter()
                .filter_map(|o| o.get("id").and_then(|v| v.as_str()))
                .map(str::to_lowercase)
                .collect()
        })
        .unwrap_or_default()
}

fn append_audit(data_dir: &Path, line: &AuditLine<'_>) -> std::io::Result<()> {
    crate::fsperm::create_private_dir(data_dir)?;
    let path = data_dir.join(AUDIT_FILE);
    let mut file = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)?;
    crate::fsperm::restrict_file(&path)?;
    let mut text = serde_json::to_string(line).map_err(std::io::Error::other)?;
    text.push('\n');
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

/// Returns every file under `roots` whose content or path mentions one of `needles`
/// (compared in lowercase). Unreadable files are skipped.
#[must_use]
pub fn scan_leftovers(roots: &[PathBuf], needles: &[String]) -> Vec<PathBuf> {
    let needles: Vec<String> = needles
        .iter()
        .filter(|n| !n.is_empty())
        .map(|n| n.to_lowercase())
        .collect();
    let mut found = Vec::new();
    if needles.is_empty() {
        return found;
    }
    for root in roots {
        scan_dir(root, &needles, &mut found);
    }
    found.sort();
    found.dedup();
    found
}

fn scan_dir(path: &Path, needles: &[String], found: &mut Vec<PathBuf>) {
    let Ok(meta) = fs::symlink_metadata(path) else {
        return;
    };
    let name = path.to_string_lossy().to_lowercase();
    if needles.iter().any(|n| name.contains(n.as_str())) {
        found.push(path.to_path_buf());
    }
    if meta.is_dir() {
        let Ok(entries) = fs::read_dir(path) else {
            return;
        };
        for entry in entries.flatten() {
            scan_dir(&entry.path(), needles, found);
        }
    } else if meta.is_file() {
        let Ok(bytes) = fs::read(path) else { return };
        let text = String::from_utf8_lossy(&bytes).to_lowercase();
        if needles.iter().any(|n| text.contains(n.as_str())) {
            found.push(path.to_path_buf());
        }
    }
}
