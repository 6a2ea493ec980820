//! Applies a tenant's stored triage to the findings of one assessment, and compares the
//! findings of two assessments.
//!
//! Pure: the workspace reads the records from the store and passes them in, together with
//! the assessment's start time and today's date, so that the outcome depends on nothing else.

use std::collections::BTreeMap;

use time::{Date, OffsetDateTime};

use crate::model::{
    AppliedOverride, CheckId, Finding, FindingNote, ObjectException, ReopenCause, SeverityOverride,
    Status, TriageDecision, TriageStatus,
};

pub mod diff;

pub use diff::{AssessmentDiff, ChangedFinding, DiffEntry, DiffObject, diff};

/// Every triage record of one tenant, looked up by check id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TriageBook {
    decisions: BTreeMap<CheckId, TriageDecision>,
    exceptions: BTreeMap<CheckId, Vec<ObjectException>>,
    overrides: BTreeMap<CheckId, SeverityOverride>,
    notes: BTreeMap<CheckId, FindingNote>,
}

impl TriageBook {
    /// Gathers the records as the store returns them.
    #[must_use]
    pub fn new(
        decisions: Vec<TriageDecision>,
        exceptions: Vec<ObjectException>,
        overrides: Vec<SeverityOverride>,
        notes: Vec<FindingNote>,
    ) -> Self {
        let mut by_check: BTreeMap<CheckId, Vec<ObjectException>> = BTreeMap::new();
        for exception in exceptions {
            by_check
                .entry(exception.check_id.clone())
                .or_default()
                .push(exception);
        }
        Self {
            decisions: decisions
                .into_iter()
                .map(|d| (d.check_id.clone(), d))
                .collect(),
            exceptions: by_check,
            overrides: overrides
                .into_iter()
                .map(|o| (o.check_id.clone(), o))
                .collect(),
            notes: notes.into_iter().map(|n| (n.check_id.clone(), n)).collect(),
        }
    }

    /// Returns the stored decision of a check.
    #[must_use]
    pub fn decision(&self, check_id: &CheckId) -> Option<&TriageDecision> {
        self.decisions.get(check_id)
    }

    /// Applies the records to the finding of an assessment that started at `started_at`,
    /// judged on `today`:
    ///
    /// - a severity override replaces the severity and keeps the catalogue's;
    /// - a decision past its expiry date, and a resolved decision older than an assessment
    ///   that still fails, no longer apply, so the finding is open and records the cause;
    /// - exceptions of objects affected in this assessment are listed, and a failed finding
    ///   whose every affected object is excepted counts as an accepted risk.
    pub fn apply(&self, finding: &mut Finding, started_at: OffsetDateTime, today: Date) {
        let id = finding.check_id.clone();
        if let Some(severity_override) = self.overrides.get(&id) {
            finding.annotations.severity_override = Some(AppliedOverride {
                catalogue: finding.severity,
                reason: severity_override.reason.clone(),
            });
            finding.severity = severity_override.severity;
        }
        if let Some(note) = self.notes.get(&id) {
            finding.annotations.comment.clone_from(&note.text);
        }
        if let Some(decision) = self.decisions.get(&id) {
            apply_decision(finding, decision, started_at, today);
        }
        if let Some(exceptions) = self.exceptions.get(&id) {
            finding.annotations.excepted = exceptions
                .iter()
                .filter(|e| finding.affected.iter().any(|o| o.id == e.object_id))
                .cloned()
                .collect();
        }
        if finding.status == Status::Fail
            && finding.triage == TriageStatus::Open
            && finding.is_fully_excepted()
        {
            finding.triage = TriageStatus::AcceptedRisk;
            // The report prints the reason of every accepted risk; here it is the objects'.
            if finding.triage_note.trim().is_empty() {
                let mut reasons: Vec<&str> = finding
                    .annotations
                    .excepted
                    .iter()
                    .map(|e| e.reason.as_str())
                    .collect();
                reasons.dedup();
                finding.triage_note = reasons.join("; ");
            }
        }
    }
}

fn apply_decision(
    finding: &mut Finding,
    decision: &TriageDecision,
    started_at: OffsetDateTime,
    today: Date,
) {
    finding.triage_note.clone_from(&decision.note);
    finding.annotations.triage_expires_on = decision.expires_on;
    let reopened = if decision.expires_on.is_some_and(|date| date < today) {
        Some(ReopenCause::Expired)
    } else if decision.status == TriageStatus::Resolved
        && finding.status == Status::Fail
        // NOTE: an assessment that started before the decision does not reopen it, even one
        // collected while the consultant made the decision.
        && started_at > decision.decided_at
    {
        Some(ReopenCause::StillFailing)
    } else {
        None
    };
    match reopened {
        Some(cause) if decision.status != TriageStatus::Open => {
            finding.triage = TriageStatus::Open;
            finding.annotations.reopened = Some(cause);
        }
        _ => finding.triage = decision.status,
    }
}

#[cfg(test)]
mod tests {
    use time::Duration;
    use time::macros::{date, datetime};

    use super::*;
    use crate::model::{AffectedObject, Effort, EffortClass, FindingAnnotations, Severity};

    const DECIDED: OffsetDateTime = datetime!(2026-11-01 12:00 UTC);
    const TODAY: Date = date!(2026 - 12 - 04);

    fn object(id: &str) -> AffectedObject {
        AffectedObject {
            id: id.to_owned(),
            display_name: format!("User {id}"),
            reason: "no MFA".to_owned(),
            reason_message: None,
        }
    }

    fn failing(objects: &[&str]) -> Finding {
        Finding {
            check_id: CheckId("CRAY-ENTRA-001".to_owned()),
            topic: "conditional_access".to_owned(),
            severity: Severity::High,
            likelihood: 4,
            impact: 4,
            effort: Effort {
                class: EffortClass::S,
                hours: 2.0,
            },
            refs: Vec::new(),
            status: Status::Fail,
            reason: None,
            detail: String::new(),
            detail_message: None,
            affected: objects.iter().map(|id| object(id)).collect(),
            triage: TriageStatus::Open,
            triage_note: String::new(),
            annotations: FindingAnnotations::default(),
        }
    }

    fn decision(status: TriageStatus, expires_on: Option<Date>) -> TriageDecision {
        TriageDecision {
            check_id: CheckId("CRAY-ENTRA-001".to_owned()),
            status,
            note: "told by customer".to_owned(),
            decided_at: DECIDED,
            expires_on,
        }
    }

    fn book_with(decision: TriageDecision) -> TriageBook {
        TriageBook::new(vec![decision], Vec::new(), Vec::new(), Vec::new())
    }

    fn exception(object_id: &str) -> ObjectException {
        ObjectException {
            check_id: CheckId("CRAY-ENTRA-001".to_owned()),
            object_id: object_id.to_owned(),
            display_name: String::new(),
            reason: "break-glass account".to_owned(),
            decided_at: DECIDED,
        }
    }

    #[test]
    fn resolved_holds_in_assessment_it_was_made_on() {
        let book = book_with(decision(TriageStatus::Resolved, None));
        let mut finding = failing(&["a"]);
        book.apply(&mut finding, DECIDED - Duration::hours(1), TODAY);
        assert_eq!(finding.triage, TriageStatus::Resolved);
        assert_eq!(finding.annotations.reopened, None);
    }

    #[test]
    fn resolved_reopens_when_later_assessment_fails() {
        let book = book_with(decision(TriageStatus::Resolved, None));
        let mut finding = failing(&["a"]);
        book.apply(&mut finding, DECIDED + Duration::days(7), TODAY);
        assert_eq!(finding.triage, TriageStatus::Open);
        assert_eq!(
            finding.annotations.reopened,
            Some(ReopenCause::StillFailing)
        );
        assert_eq!(finding.triage_note, "told by customer");
    }

    #[test]
    fn resolved_stays_when_later_assessment_passes() {
        let book = book_with(decision(TriageStatus::Resolved, None));
        let mut finding = failing(&[]);
        finding.status = Status::Pass;
        book.apply(&mut finding, DECIDED + Duration::days(7), TODAY);
        assert_eq!(finding.triage, TriageStatus::Resolved);
    }

    #[test]
    fn expired_acceptance_reopens() {
        let expired = decision(TriageStatus::AcceptedRisk, Some(date!(2026 - 12 - 03)));
        let mut finding = failing(&["a"]);
        book_with(expired).apply(&mut finding, DECIDED, TODAY);
        assert_eq!(finding.triage, TriageStatus::Open);
        assert_eq!(finding.annotations.reopened, Some(ReopenCause::Expired));

        let valid = decision(TriageStatus::AcceptedRisk, Some(TODAY));
        let mut finding = failing(&["a"]);
        book_with(valid).apply(&mut finding, DECIDED, TODAY);
        assert_eq!(finding.triage, TriageStatus::AcceptedRisk);
        assert_eq!(finding.annotations.triage_expires_on, Some(TODAY));
    }

    #[test]
    fn all_objects_excepted_counts_as_accepted() {
        let book = TriageBook::new(
            Vec::new(),
            vec![exception("a"), exception("b"), exception("gone")],
            Vec::new(),
            Vec::new(),
        );
        let mut partly = failing(&["a", "c"]);
        book.apply(&mut partly, DECIDED, TODAY);
        assert_eq!(partly.triage, TriageStatus::Open);
        assert_eq!(partly.annotations.excepted, vec![exception("a")]);

        let mut fully = failing(&["a", "b"]);
        book.apply(&mut fully, DECIDED, TODAY);
        assert_eq!(fully.triage, TriageStatus::AcceptedRisk);
        assert_eq!(fully.annotations.excepted.len(), 2);
    }

    #[test]
    fn override_replaces_severity_and_keeps_catalogue() {
        let severity_override = SeverityOverride {
            check_id: CheckId("CRAY-ENTRA-001".to_owned()),
            severity: Severity::Low,
            reason: "only test users".to_owned(),
            decided_at: DECIDED,
        };
        let book = TriageBook::new(Vec::new(), Vec::new(), vec![severity_override], Vec::new());
        let mut finding = failing(&["a"]);
        book.apply(&mut finding, DECIDED, TODAY);
        assert_eq!(finding.severity, Severity::Low);
        let applied = finding.annotations.severity_override.unwrap();
        assert_eq!(applied.catalogue, Severity::High);
        assert_eq!(applied.reason, "only test users");
    }
}
