//! A tenant's assessment history with counts and scores, and the comparison of two of them.

use serde::Serialize;

use super::{Result, Workspace, WorkspaceError};
use crate::model::{Assessment, AssessmentState, Status};
use crate::triage::{AssessmentDiff, diff};

/// One assessment as the history lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryEntry {
    /// The assessment.
    pub assessment: Assessment,
    /// Checks that passed; zero unless evaluated.
    pub passed: usize,
    /// Checks that failed; zero unless evaluated.
    pub failed: usize,
    /// Report score from 0 to 100 with today's triage; `None` unless evaluated or when no
    /// check could be assessed.
    pub score: Option<u8>,
}

impl Workspace {
    /// Returns every assessment of a tenant, newest first, with its counts and score.
    ///
    /// # Errors
    /// Fails when the tenant is unknown or its store cannot be read.
    pub fn history(&self, name: &str) -> Result<Vec<HistoryEntry>> {
        let tenant = self.tenant(name)?;
        let mut entries = Vec::new();
        for assessment in self.assessments(name)?.into_iter().rev() {
            let findings = match assessment.state {
                AssessmentState::Evaluated => self.findings_of(&tenant.name, &assessment)?,
                _ => Vec::new(),
            };
            let count = |status| findings.iter().filter(|f| f.status == status).count();
            entries.push(HistoryEntry {
                passed: count(Status::Pass),
                failed: count(Status::Fail),
                score: crate::report::score(&findings),
                assessment,
            });
        }
        Ok(entries)
    }

    /// Compares two evaluated assessments of a tenant. `ids` names the older and the newer
    /// one (ids or their first characters), and `None` takes the two newest.
    ///
    /// # Errors
    /// Fails when an id matches no assessment, or when no ids are given and the tenant has
    /// fewer than two evaluated assessments.
    pub fn diff(&self, name: &str, ids: Option<(&str, &str)>) -> Result<AssessmentDiff> {
        let tenant = self.tenant(name)?;
        let (old, new) = match ids {
            Some((old, new)) => (
                self.find_assessment(name, old)?,
                self.find_assessment(name, new)?,
            ),
            None => {
                let mut evaluated: Vec<Assessment> = self
                    .assessments(name)?
                    .into_iter()
                    .filter(|a| a.state == AssessmentState::Evaluated)
                    .collect();
                let (Some(new), Some(old)) = (evaluated.pop(), evaluated.pop()) else {
                    return Err(WorkspaceError::NothingToCompare(tenant.name));
                };
                (old, new)
            }
        };
        let old_findings = self.findings_of(&tenant.name, &old)?;
        let new_findings = self.findings_of(&tenant.name, &new)?;
        Ok(diff((&old, &old_findings), (&new, &new_findings)))
    }
}
