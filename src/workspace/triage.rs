//! Triage records of a tenant beyond the per-check decision: object exceptions, severity
//! overrides and free notes, and the findings of any assessment with all of them applied.

use time::OffsetDateTime;

use super::{Result, Workspace, WorkspaceError};
use crate::model::{
    Assessment, CheckId, Finding, FindingNote, ObjectException, Severity, SeverityOverride,
    TenantName, require_reason,
};
use crate::store::{SledStore, Store};
use crate::triage::TriageBook;

impl Workspace {
    /// Returns the findings of one assessment: every check's result joined with its metadata
    /// and the tenant's triage records as they apply to that assessment today.
    ///
    /// # Errors
    /// Fails when the store cannot be read.
    pub fn findings_of(&self, name: &TenantName, assessment: &Assessment) -> Result<Vec<Finding>> {
        let store = self.store(name)?;
        let book = triage_book(store.as_ref())?;
        let today = OffsetDateTime::now_utc().date();
        let findings = store
            .results(assessment.id)?
            .iter()
            .filter_map(|result| {
                let def = self.catalogue.get(&result.check_id)?;
                let mut finding = def.finding(result, None);
                book.apply(&mut finding, assessment.started_at, today);
                Some(finding)
            })
            .collect();
        Ok(findings)
    }

    /// Excepts one affected object of a check; the exception carries into later assessments.
    ///
    /// # Errors
    /// Fails when the check is unknown, the reason is blank or the store cannot be written.
    pub fn set_exception(&self, name: &str, exception: &ObjectException) -> Result<()> {
        let store = self.triage_store(name, &exception.check_id)?;
        require_reason(&exception.check_id, "excepted", &exception.reason)?;
        store.put_exception(exception)?;
        store.flush()?;
        tracing::info!(check = %exception.check_id, "object exception saved");
        Ok(())
    }

    /// Removes the exception of one affected object of a check.
    ///
    /// # Errors
    /// Fails when the check is unknown or the store cannot be written.
    pub fn remove_exception(&self, name: &str, check_id: &CheckId, object_id: &str) -> Result<()> {
        let store = self.triage_store(name, check_id)?;
        store.delete_exception(check_id, object_id)?;
        store.flush()?;
        tracing::info!(check = %check_id, "object exception removed");
        Ok(())
    }

    /// Sets the severity of a check for this tenant, or with `None` goes back to the
    /// catalogue's severity.
    ///
    /// # Errors
    /// Fails when the check is unknown, an override's reason is blank or the store cannot be
    /// written.
    pub fn set_override(
        &self,
        name: &str,
        check_id: &CheckId,
        severity: Option<(Severity, &str)>,
    ) -> Result<()> {
        let store = self.triage_store(name, check_id)?;
        match severity {
            Some((severity, reason)) => {
                require_reason(check_id, "overridden", reason)?;
                store.put_override(&SeverityOverride {
                    check_id: check_id.clone(),
                    severity,
                    reason: reason.trim().to_owned(),
                    decided_at: OffsetDateTime::now_utc(),
                })?;
            }
            None => store.delete_override(check_id)?,
        }
        store.flush()?;
        tracing::info!(check = %check_id, "severity override saved");
        Ok(())
    }

    /// Stores the free note of a check; a blank note removes it.
    ///
    /// # Errors
    /// Fails when the check is unknown or the store cannot be written.
    pub fn set_note(&self, name: &str, check_id: &CheckId, text: &str) -> Result<()> {
        let store = self.triage_store(name, check_id)?;
        store.put_note(&FindingNote {
            check_id: check_id.clone(),
            text: text.trim().to_owned(),
            updated_at: OffsetDateTime::now_utc(),
        })?;
        store.flush()?;
        Ok(())
    }

    /// Returns the store of a tenant after checking that the catalogue has `check_id`.
    fn triage_store(&self, name: &str, check_id: &CheckId) -> Result<std::sync::Arc<SledStore>> {
        let tenant = self.tenant(name)?;
        if self.catalogue.get(check_id).is_none() {
            return Err(WorkspaceError::UnknownCheck {
                tenant: tenant.name,
                check: check_id.clone(),
            });
        }
        self.store(&tenant.name)
    }
}

/// Reads every triage record of a tenant.
pub(super) fn triage_book(store: &dyn Store) -> Result<TriageBook> {
    Ok(TriageBook::new(
        store.triage()?,
        store.exceptions()?,
        store.overrides()?,
        store.notes()?,
    ))
}
