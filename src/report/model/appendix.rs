//! The closing sections: accepted risks and false positives, methodology and glossary.

use time::Date;

use super::{Field, Texts, format};
use crate::model::{CheckId, Finding, Severity, Status, TriageDecision, TriageStatus};

/// Terms of the glossary, in print order; each has `report-glossary-<key>-term` and
/// `report-glossary-<key>-definition` messages.
const GLOSSARY: [&str; 12] = [
    "tenant",
    "dataset",
    "check",
    "finding",
    "severity",
    "risk",
    "effort",
    "accepted-risk",
    "false-positive",
    "not-assessable",
    "conditional-access",
    "mfa",
];

/// Paragraphs of the methodology, in print order (`report-method-<key>`).
const METHOD: [&str; 6] = ["collection", "checks", "risk", "score", "roadmap", "limits"];

/// Appendix of triaged findings that the report does not list as open.
#[derive(Debug, Clone, PartialEq)]
pub struct Triaged {
    /// Section heading.
    pub heading: String,
    /// Sentence that explains the list.
    pub intro: String,
    /// Text printed when nothing was triaged.
    pub none_text: String,
    /// Labels of the entry fields.
    pub labels: TriagedLabels,
    /// Accepted risks first, then false positives; each by check id.
    pub entries: Vec<TriagedEntry>,
}

/// Labels printed in every triaged entry.
#[derive(Debug, Clone, PartialEq)]
pub struct TriagedLabels {
    /// "Check".
    pub check: String,
    /// "Decision".
    pub decision: String,
    /// "Reason".
    pub reason: String,
    /// "Decided on".
    pub decided: String,
    /// "Valid until".
    pub expires: String,
}

/// One accepted risk or false positive.
#[derive(Debug, Clone, PartialEq)]
pub struct TriagedEntry {
    /// Check id.
    pub check_id: String,
    /// Localized check title.
    pub title: String,
    /// Severity, for the colour.
    pub severity: Severity,
    /// The decision as recorded.
    pub triage: TriageStatus,
    /// Localized decision with severity, such as "Accepted risk (High)".
    pub decision: String,
    /// The consultant's reason, or a localized "no reason recorded".
    pub reason: String,
    /// Day of the decision, formatted for the locale.
    pub decided: String,
    /// Last day the decision holds, or "no expiry"; an expired decision says so.
    pub expires: String,
    /// Last day the decision holds.
    pub expires_on: Option<Date>,
    /// True when the decision expired before the report date; the finding then counts as open.
    pub expired: bool,
}

/// Methodology section.
#[derive(Debug, Clone, PartialEq)]
pub struct Methodology {
    /// Section heading.
    pub heading: String,
    /// Paragraphs in print order: each a bold lead-in and its text.
    pub paragraphs: Vec<Field>,
}

/// Glossary section.
#[derive(Debug, Clone, PartialEq)]
pub struct Glossary {
    /// Section heading.
    pub heading: String,
    /// Terms with their definitions, in print order.
    pub terms: Vec<Field>,
}

/// Returns true when `decision` carries an expiry date before `today`.
pub(super) fn expired(decision: Option<&TriageDecision>, today: Date) -> bool {
    decision
        .and_then(|d| d.expires_on)
        .is_some_and(|last| last < today)
}

/// Builds the appendix from the findings as triaged, before expired decisions were reopened.
pub(super) fn triaged(
    findings: &[Finding],
    decision: impl Fn(&CheckId) -> Option<TriageDecision>,
    today: Date,
    texts: &Texts<'_>,
) -> Triaged {
    let mut chosen: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.status == Status::Fail && f.triage != TriageStatus::Open)
        .collect();
    chosen.sort_by(|a, b| {
        (a.triage == TriageStatus::FalsePositive)
            .cmp(&(b.triage == TriageStatus::FalsePositive))
            .then(a.check_id.cmp(&b.check_id))
    });
    Triaged {
        heading: texts.get("report-triaged-heading"),
        intro: texts.para("report-triaged-intro"),
        none_text: texts.get("report-triaged-none"),
        labels: TriagedLabels {
            check: texts.get("report-triaged-check"),
            decision: texts.get("report-triaged-decision"),
            reason: texts.get("report-triaged-reason"),
            decided: texts.get("report-triaged-decided"),
            expires: texts.get("report-triaged-expires"),
        },
        entries: chosen
            .into_iter()
            .map(|f| triaged_entry(f, decision(&f.check_id).as_ref(), today, texts))
            .collect(),
    }
}

fn triaged_entry(
    finding: &Finding,
    decision: Option<&TriageDecision>,
    today: Date,
    texts: &Texts<'_>,
) -> TriagedEntry {
    let lang = texts.lang();
    let check_id = finding.check_id.0.as_str();
    let note = finding.triage_note.trim();
    let expires_on = decision.and_then(|d| d.expires_on);
    let is_expired = expired(decision, today);
    let expires = match expires_on {
        None => texts.get("report-triaged-no-expiry"),
        Some(day) if is_expired => texts.with(
            "report-triaged-expired",
            &[("date", format::long_date(lang, day).into())],
        ),
        Some(day) => format::long_date(lang, day),
    };
    let severity = texts.get(&format!("severity-{}", finding.severity.key()));
    let status = texts.get(&format!("triage-{}", finding.triage.key()));
    TriagedEntry {
        check_id: check_id.to_owned(),
        title: texts.check_text(check_id, "title"),
        severity: finding.severity,
        triage: finding.triage,
        decision: texts.with(
            "report-triaged-decision-value",
            &[("status", status.into()), ("severity", severity.into())],
        ),
        reason: if note.is_empty() {
            texts.get("report-triaged-no-reason")
        } else {
            note.to_owned()
        },
        decided: decision.map_or_else(
            || texts.get("report-triaged-unknown-date"),
            |d| format::date(lang, d.decided_at),
        ),
        expires,
        expires_on,
        expired: is_expired,
    }
}

/// Builds the methodology section.
pub(super) fn methodology(texts: &Texts<'_>) -> Methodology {
    Methodology {
        heading: texts.get("report-method-heading"),
        paragraphs: METHOD
            .iter()
            .map(|key| Field {
                label: texts.get(&format!("report-method-{key}-title")),
                value: super::join_lines(&texts.get(&format!("report-method-{key}"))),
            })
            .collect(),
    }
}

/// Builds the glossary.
pub(super) fn glossary(texts: &Texts<'_>) -> Glossary {
    Glossary {
        heading: texts.get("report-glossary-heading"),
        terms: GLOSSARY
            .iter()
            .map(|key| Field {
                label: texts.get(&format!("report-glossary-{key}-term")),
                value: super::join_lines(&texts.get(&format!("report-glossary-{key}-definition"))),
            })
            .collect(),
    }
}
