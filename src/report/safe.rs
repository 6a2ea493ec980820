//! Display-safe copies of the tenant texts of a [`ReportInput`], made once before any renderer
//! sees them, so no report format carries a terminal control sequence, a bidi override or an
//! invisible character from the tenant.

use crate::display::{PRINT, sanitize_lines, sanitize_with};
use crate::model::{
    AffectedObject, AppliedOverride, Finding, FindingAnnotations, Message, NotAssessableReason,
    NotCollected, ObjectException, TriageDecision,
};

use super::ReportInput;

/// Owned, display-safe copies of every text of an input that the tenant or the user wrote.
#[derive(Debug)]
pub(super) struct SafeTexts {
    customer: String,
    tenant_id: String,
    findings: Vec<Finding>,
    triage: Vec<TriageDecision>,
    consultant: Option<String>,
    company: Option<String>,
}

impl SafeTexts {
    /// Copies and sanitizes the texts of `input`.
    pub(super) fn of(input: &ReportInput<'_>) -> Self {
        Self {
            customer: owned(input.customer),
            tenant_id: owned(input.tenant_id),
            findings: input.findings.iter().map(safe_finding).collect(),
            triage: input.triage.iter().map(safe_decision).collect(),
            consultant: input.consultant.map(owned),
            company: input.company.map(owned),
        }
    }

    /// Returns `input` with its texts replaced by these copies.
    pub(super) fn input<'a>(&'a self, input: &ReportInput<'a>) -> ReportInput<'a> {
        ReportInput {
            customer: &self.customer,
            tenant_id: &self.tenant_id,
            findings: &self.findings,
            triage: &self.triage,
            consultant: self.consultant.as_deref(),
            company: self.company.as_deref(),
            ..*input
        }
    }
}

fn owned(text: &str) -> String {
    sanitize_with(text, PRINT).into_owned()
}

fn owned_lines(text: &str) -> String {
    sanitize_lines(text, PRINT).into_owned()
}

fn safe_finding(finding: &Finding) -> Finding {
    Finding {
        detail: owned_lines(&finding.detail),
        detail_message: finding.detail_message.as_ref().map(safe_message),
        triage_note: owned_lines(&finding.triage_note),
        reason: finding.reason.as_ref().map(safe_reason),
        affected: finding.affected.iter().map(safe_object).collect(),
        refs: finding.refs.iter().map(|r| owned(r)).collect(),
        annotations: safe_annotations(&finding.annotations),
        ..finding.clone()
    }
}

/// Sanitizes what the consultant typed and the excepted objects' display names.
fn safe_annotations(annotations: &FindingAnnotations) -> FindingAnnotations {
    let excepted = annotations
        .excepted
        .iter()
        .map(|exception| ObjectException {
            object_id: owned(&exception.object_id),
            display_name: owned(&exception.display_name),
            reason: owned_lines(&exception.reason),
            ..exception.clone()
        });
    let severity_override = annotations
        .severity_override
        .as_ref()
        .map(|o| AppliedOverride {
            catalogue: o.catalogue,
            reason: owned_lines(&o.reason),
        });
    FindingAnnotations {
        excepted: excepted.collect(),
        severity_override,
        comment: owned_lines(&annotations.comment),
        ..annotations.clone()
    }
}

fn safe_object(object: &AffectedObject) -> AffectedObject {
    AffectedObject {
        id: owned(&object.id),
        display_name: owned(&object.display_name),
        reason: owned(&object.reason),
        reason_message: object.reason_message.as_ref().map(safe_message),
    }
}

/// Sanitizes a message's arguments, which carry tenant texts such as policy names; its id
/// comes from cray's own rules.
fn safe_message(message: &Message) -> Message {
    Message {
        id: message.id.clone(),
        args: message
            .args
            .iter()
            .map(|(k, v)| (k.clone(), owned(v)))
            .collect(),
        appended: message.appended.iter().map(safe_message).collect(),
    }
}

fn safe_decision(decision: &TriageDecision) -> TriageDecision {
    TriageDecision {
        note: owned_lines(&decision.note),
        ..decision.clone()
    }
}

fn safe_reason(reason: &NotAssessableReason) -> NotAssessableReason {
    match reason {
        NotAssessableReason::RuleError { message } => NotAssessableReason::RuleError {
            message: owned(message),
        },
        NotAssessableReason::NotCollected {
            dataset,
            cause: NotCollected::Failed { message },
        } => NotAssessableReason::NotCollected {
            dataset: *dataset,
            cause: NotCollected::Failed {
                message: owned(message),
            },
        },
        other => other.clone(),
    }
}
