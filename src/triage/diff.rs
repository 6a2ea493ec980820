//! Comparison of two assessments of one tenant: which failed checks are new, which are
//! resolved, and which changed in status, severity or affected objects.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::model::{Assessment, AssessmentId, CheckId, Finding, Severity, Status};

/// A value before and after, in the older and the newer assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Change<T> {
    /// Value in the older assessment.
    pub before: T,
    /// Value in the newer assessment.
    pub after: T,
}

/// An affected object that appeared or disappeared.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct DiffObject {
    /// Object id in the tenant.
    pub id: String,
    /// Display name (untrusted text).
    pub display_name: String,
}

/// A check that started or stopped failing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffEntry {
    /// Which check.
    pub check_id: CheckId,
    /// Severity after any override, in the assessment where it fails.
    pub severity: Severity,
    /// Status in the newer assessment; `None` when the check was not evaluated there.
    pub status: Option<Status>,
    /// Number of affected objects in the assessment where it fails.
    pub affected: usize,
}

/// A check whose outcome differs between the assessments without being new or resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangedFinding {
    /// Which check.
    pub check_id: CheckId,
    /// Status change, such as fail to not assessable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Change<Status>>,
    /// Severity change, from the catalogue or an override.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<Change<Severity>>,
    /// Change in the number of affected objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affected: Option<Change<usize>>,
    /// Objects affected now and not before, ordered by id.
    pub added: Vec<DiffObject>,
    /// Objects affected before and not now, ordered by id.
    pub removed: Vec<DiffObject>,
}

/// Differences between an older and a newer assessment of one tenant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssessmentDiff {
    /// The older assessment.
    pub old: AssessmentId,
    /// The newer assessment.
    pub new: AssessmentId,
    /// Checks that fail now and did not fail before, ordered by check id.
    pub new_findings: Vec<DiffEntry>,
    /// Checks that failed before and pass now, ordered by check id.
    pub resolved: Vec<DiffEntry>,
    /// Checks present in both with another status, severity or set of affected objects.
    pub changed: Vec<ChangedFinding>,
}

impl AssessmentDiff {
    /// Returns true when nothing differs.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.new_findings.is_empty() && self.resolved.is_empty() && self.changed.is_empty()
    }
}

/// Compares the findings of `old` with those of `new`; each list should have triage applied
/// as of its own assessment.
#[must_use]
pub fn diff(old: (&Assessment, &[Finding]), new: (&Assessment, &[Finding])) -> AssessmentDiff {
    let before: BTreeMap<&CheckId, &Finding> = old.1.iter().map(|f| (&f.check_id, f)).collect();
    let after: BTreeMap<&CheckId, &Finding> = new.1.iter().map(|f| (&f.check_id, f)).collect();
    let mut result = AssessmentDiff {
        old: old.0.id,
        new: new.0.id,
        new_findings: Vec::new(),
        resolved: Vec::new(),
        changed: Vec::new(),
    };
    let checks: BTreeSet<&CheckId> = before.keys().chain(after.keys()).copied().collect();
    for check in checks {
        let (was, is) = (before.get(check).copied(), after.get(check).copied());
        let (was_failing, is_failing) = (is_failing(was), is_failing(is));
        match (was, is) {
            (_, Some(now)) if is_failing && !was_failing => {
                result.new_findings.push(entry(now, Some(now.status)));
            }
            (Some(then), now) if was_failing && now.is_none_or(|f| f.status == Status::Pass) => {
                result.resolved.push(entry(then, now.map(|f| f.status)));
            }
            (Some(then), Some(now)) => {
                if let Some(changed) = changed(then, now) {
                    result.changed.push(changed);
                }
            }
            _ => {}
        }
    }
    result
}

fn is_failing(finding: Option<&Finding>) -> bool {
    finding.is_some_and(|f| f.status == Status::Fail)
}

fn entry(finding: &Finding, status: Option<Status>) -> DiffEntry {
    DiffEntry {
        check_id: finding.check_id.clone(),
        severity: finding.severity,
        status,
        affected: finding.affected.len(),
    }
}

fn change<T: PartialEq + Copy>(before: T, after: T) -> Option<Change<T>> {
    (before != after).then_some(Change { before, after })
}

fn changed(then: &Finding, now: &Finding) -> Option<ChangedFinding> {
    let objects = |finding: &Finding| -> BTreeMap<String, String> {
        finding
            .affected
            .iter()
            .map(|o| (o.id.clone(), o.display_name.clone()))
            .collect()
    };
    let (old_objects, new_objects) = (objects(then), objects(now));
    let only_in = |a: &BTreeMap<String, String>, b: &BTreeMap<String, String>| {
        a.iter()
            .filter(|(id, _)| !b.contains_key(*id))
            .map(|(id, name)| DiffObject {
                id: id.clone(),
                display_name: name.clone(),
            })
            .collect::<Vec<_>>()
    };
    let result = ChangedFinding {
        check_id: now.check_id.clone(),
        status: change(then.status, now.status),
        severity: change(then.severity, now.severity),
        affected: change(then.affected.len(), now.affected.len()),
        added: only_in(&new_objects, &old_objects),
        removed: only_in(&old_objects, &new_objects),
    };
    let is_changed = result.status.is_some()
        || result.severity.is_some()
        || result.affected.is_some()
        || !result.added.is_empty()
        || !result.removed.is_empty();
    is_changed.then_some(result)
}

#[cfg(test)]
mod tests {
    use time::OffsetDateTime;

    use super::*;
    use crate::model::{
        AffectedObject, AssessmentState, Effort, EffortClass, FindingAnnotations, TenantName,
        TriageStatus,
    };

    fn assessment() -> Assessment {
        Assessment {
            id: AssessmentId::new(),
            tenant: TenantName::new("contoso").unwrap(),
            started_at: OffsetDateTime::UNIX_EPOCH,
            finished_at: None,
            state: AssessmentState::Evaluated,
            error: None,
        }
    }

    fn finding(id: &str, status: Status, objects: &[&str]) -> Finding {
        Finding {
            check_id: CheckId(id.to_owned()),
            topic: "identity".to_owned(),
            severity: Severity::Medium,
            likelihood: 3,
            impact: 3,
            effort: Effort {
                class: EffortClass::S,
                hours: 1.0,
            },
            refs: Vec::new(),
            status,
            reason: None,
            detail: String::new(),
            detail_message: None,
            affected: objects
                .iter()
                .map(|o| AffectedObject {
                    id: (*o).to_owned(),
                    display_name: format!("Name {o}"),
                    reason: String::new(),
                    reason_message: None,
                })
                .collect(),
            triage: TriageStatus::Open,
            triage_note: String::new(),
            annotations: FindingAnnotations::default(),
        }
    }

    #[test]
    fn sorts_checks_into_new_resolved_changed() {
        let (a, b) = (assessment(), assessment());
        let old = [
            finding("C-1", Status::Fail, &["x"]),
            finding("C-2", Status::Pass, &[]),
            finding("C-3", Status::Fail, &["x", "y"]),
            finding("C-4", Status::Fail, &["x"]),
            finding("C-5", Status::Fail, &["x"]),
        ];
        let mut severe = finding("C-5", Status::Fail, &["x"]);
        severe.severity = Severity::Critical;
        let new = [
            finding("C-1", Status::Pass, &[]),
            finding("C-2", Status::Fail, &["z"]),
            finding("C-3", Status::Fail, &["y", "z"]),
            finding("C-4", Status::NotAssessable, &[]),
            severe,
        ];
        let result = diff((&a, &old), (&b, &new));

        let ids = |entries: &[DiffEntry]| -> Vec<String> {
            entries.iter().map(|e| e.check_id.0.clone()).collect()
        };
        assert_eq!(ids(&result.new_findings), ["C-2"]);
        assert_eq!(ids(&result.resolved), ["C-1"]);
        let changed: Vec<&str> = result
            .changed
            .iter()
            .map(|c| c.check_id.0.as_str())
            .collect();
        assert_eq!(changed, ["C-3", "C-4", "C-5"]);

        let objects = &result.changed[0];
        assert_eq!(objects.affected, None);
        assert_eq!(objects.added[0].id, "z");
        assert_eq!(objects.removed[0].id, "x");
        let status = result.changed[1].status.unwrap();
        assert_eq!(
            (status.before, status.after),
            (Status::Fail, Status::NotAssessable)
        );
        let severity = result.changed[2].severity.unwrap();
        assert_eq!(severity.after, Severity::Critical);
    }

    #[test]
    fn identical_assessments_have_no_diff() {
        let (a, b) = (assessment(), assessment());
        let same = [finding("C-1", Status::Fail, &["x"])];
        assert!(diff((&a, &same), (&b, &same)).is_empty());
    }
}
