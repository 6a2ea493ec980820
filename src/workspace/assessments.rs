//! Listing and deleting a tenant's assessments. Deleting removes the assessment's datasets,
//! results, recorded export records and the exported files, then reads everything back to
//! prove it is gone.

use std::path::PathBuf;

use super::{Result, Workspace, WorkspaceError};
use crate::model::{Assessment, AssessmentId};
use crate::store::Store;

/// Outcome of deleting an assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeleteReport {
    /// The deleted assessment.
    pub id: AssessmentId,
    /// Number of datasets removed.
    pub datasets: usize,
    /// Number of check results removed.
    pub results: usize,
    /// Exported report files deleted.
    pub removed_exports: Vec<PathBuf>,
    /// Recorded exports whose file was already gone.
    pub missing_exports: Vec<PathBuf>,
}

impl Workspace {
    /// Returns every assessment of a tenant, oldest first.
    ///
    /// # Errors
    /// Fails when the tenant is unknown or its store cannot be read.
    pub fn assessments(&self, name: &str) -> Result<Vec<Assessment>> {
        let tenant = self.tenant(name)?;
        Ok(self.store(&tenant.name)?.assessments()?)
    }

    /// Finds the assessment whose id is `id` or starts with it (at least 4 characters).
    ///
    /// # Errors
    /// Fails with [`WorkspaceError::UnknownAssessment`] when none or several match.
    pub fn find_assessment(&self, name: &str, id: &str) -> Result<Assessment> {
        let tenant = self.tenant(name)?;
        let wanted = id.trim().to_lowercase();
        let mut matches: Vec<Assessment> = self
            .assessments(name)?
            .into_iter()
            .filter(|a| wanted.len() >= 4 && a.id.to_string().starts_with(&wanted))
            .collect();
        if matches.len() == 1 {
            return Ok(matches.remove(0));
        }
        Err(WorkspaceError::UnknownAssessment {
            tenant: tenant.name,
            id: id.to_owned(),
        })
    }

    /// Deletes one assessment with its datasets, results and exported reports, then checks
    /// that the store contains nothing of it and that no export file remains. There is no undo.
    ///
    /// # Errors
    /// Fails when the assessment is unknown, a file cannot be deleted, or something is still
    /// there afterwards ([`WorkspaceError::DeleteIncomplete`]).
    pub fn delete_assessment(&self, name: &str, id: &str) -> Result<DeleteReport> {
        let tenant = self.tenant(name)?;
        let assessment = self.find_assessment(name, id)?;
        let store = self.store(&tenant.name)?;
        let id = assessment.id;
        let exports = store.exports(id)?;
        let mut report = DeleteReport {
            id,
            datasets: store.datasets(id)?.len(),
            results: store.results(id)?.len(),
            removed_exports: Vec::new(),
            missing_exports: Vec::new(),
        };
        for export in exports {
            match std::fs::remove_file(&export.path) {
                Ok(()) => report.removed_exports.push(export.path),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    report.missing_exports.push(export.path);
                }
                Err(source) => {
                    return Err(WorkspaceError::Purge {
                        tenant: tenant.local_id.clone(),
                        path: export.path,
                        source,
                    });
                }
            }
        }
        store.delete_assessment(id)?;
        verify_deleted(store.as_ref(), id, &report)?;
        tracing::info!(tenant = %tenant.local_id, assessment = %id, "assessment deleted");
        Ok(report)
    }
}

/// Reads the store and the file system back and fails when anything of `id` remains.
fn verify_deleted(store: &dyn Store, id: AssessmentId, report: &DeleteReport) -> Result<()> {
    let mut left = Vec::new();
    if store.assessment(id)?.is_some() {
        left.push("the assessment record".to_owned());
    }
    if !store.datasets(id)?.is_empty() {
        left.push("datasets".to_owned());
    }
    if !store.results(id)?.is_empty() {
        left.push("results".to_owned());
    }
    if !store.exports(id)?.is_empty() {
        left.push("export records".to_owned());
    }
    for dataset in crate::model::Dataset::ALL {
        if store.checkpoint(id, dataset)?.is_some() {
            left.push(format!("stored pages of {dataset}"));
        }
    }
    for path in &report.removed_exports {
        if path.exists() {
            left.push(path.display().to_string());
        }
    }
    if left.is_empty() {
        Ok(())
    } else {
        Err(WorkspaceError::DeleteIncomplete {
            id,
            what: left.join(", "),
        })
    }
}
