//! Triage records besides the per-check decision: exceptions for single affected objects,
//! severity overrides, free notes, and what a finding shows of them.
//!
//! Each record is stored per tenant, keyed by check id (and object id for an exception), so
//! it carries into every later assessment of the tenant.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::{CheckId, Severity, TriageDecision, TriageStatus};

/// An affected object of a check that the consultant excepted from the finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectException {
    /// Which check.
    pub check_id: CheckId,
    /// Object id in the tenant, as in [`super::AffectedObject::id`].
    pub object_id: String,
    /// Display name when the exception was made (untrusted text).
    #[serde(default)]
    pub display_name: String,
    /// Reason the object needs no fix; never blank.
    pub reason: String,
    /// When the exception was made.
    #[serde(with = "time::serde::rfc3339")]
    pub decided_at: OffsetDateTime,
}

/// A severity the consultant set for one check of one tenant in place of the catalogue's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeverityOverride {
    /// Which check.
    pub check_id: CheckId,
    /// Severity used in the findings list and the report.
    pub severity: Severity,
    /// Reason the catalogue's severity does not fit this tenant; never blank.
    pub reason: String,
    /// When the override was set.
    #[serde(with = "time::serde::rfc3339")]
    pub decided_at: OffsetDateTime,
}

/// The consultant's free note on a check of one tenant, independent of the decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingNote {
    /// Which check.
    pub check_id: CheckId,
    /// The note.
    pub text: String,
    /// When the note was last changed.
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// Cause of a finding with a stored decision being open again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReopenCause {
    /// The decision's expiry date has passed.
    Expired,
    /// The finding was marked resolved, and an assessment started after that still fails.
    StillFailing,
}

impl ReopenCause {
    /// Returns the snake_case key used in JSON and message ids.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Expired => "expired",
            Self::StillFailing => "still_failing",
        }
    }
}

/// A severity override as a finding shows it: the catalogue's severity and the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppliedOverride {
    /// Severity in the check catalogue, before the override.
    pub catalogue: Severity,
    /// Reason the consultant gave for the change.
    pub reason: String,
}

/// Triage details of a finding beyond its decision. Every field is empty when nothing was
/// recorded, so findings printed before these fields existed read as empty.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FindingAnnotations {
    /// Last day on which the decision holds.
    #[serde(
        default,
        with = "super::iso_date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub triage_expires_on: Option<Date>,
    /// Cause, when a stored decision no longer applies and the finding is open again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reopened: Option<ReopenCause>,
    /// Exceptions of objects that are affected in this assessment.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excepted: Vec<ObjectException>,
    /// The override, when the severity is not the catalogue's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity_override: Option<AppliedOverride>,
    /// The consultant's free note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
}

/// Invalid triage input; each variant names the value and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TriageError {
    /// A decision, exception or override was given without a reason.
    #[error("a reason is required to mark {check} {what}; give one")]
    ReasonMissing {
        /// Check id.
        check: CheckId,
        /// Requested decision or action, such as `accepted_risk`.
        what: String,
    },
    /// An accepted risk without an expiry date.
    #[error(
        "accepting the risk of {check} needs an expiry date (YYYY-MM-DD), after which the \
         finding reopens"
    )]
    ExpiryMissing {
        /// Check id.
        check: CheckId,
    },
    /// An expiry date before today.
    #[error("expiry date {date} is in the past; give a date from {today} on")]
    ExpiryInPast {
        /// The date given.
        date: Date,
        /// Today's date.
        today: Date,
    },
    /// Text that is not a date.
    #[error("invalid date {text:?}: use YYYY-MM-DD, for example 2027-03-31")]
    InvalidDate {
        /// The text given.
        text: String,
    },
}

impl TriageDecision {
    /// Checks the decision before it is stored: accepted risks and false positives need a
    /// reason, an accepted risk also an expiry date, and an expiry date must not be past.
    ///
    /// # Errors
    /// Returns the first rule the decision breaks.
    pub fn validate(&self, today: Date) -> Result<(), TriageError> {
        let needs_reason = matches!(
            self.status,
            TriageStatus::AcceptedRisk | TriageStatus::FalsePositive
        );
        if needs_reason && self.note.trim().is_empty() {
            return Err(TriageError::ReasonMissing {
                check: self.check_id.clone(),
                what: self.status.key().to_owned(),
            });
        }
        if self.status == TriageStatus::AcceptedRisk && self.expires_on.is_none() {
            return Err(TriageError::ExpiryMissing {
                check: self.check_id.clone(),
            });
        }
        match self.expires_on {
            Some(date) if date < today => Err(TriageError::ExpiryInPast { date, today }),
            _ => Ok(()),
        }
    }
}

/// Checks that a reason for an exception or an override is not blank.
///
/// # Errors
/// Returns [`TriageError::ReasonMissing`] naming the check and `what`.
pub fn require_reason(check: &CheckId, what: &str, reason: &str) -> Result<(), TriageError> {
    if reason.trim().is_empty() {
        return Err(TriageError::ReasonMissing {
            check: check.clone(),
            what: what.to_owned(),
        });
    }
    Ok(())
}

/// Parses an ISO 8601 date such as `2027-03-31`.
///
/// # Errors
/// Returns [`TriageError::InvalidDate`] with the text.
pub fn parse_date(text: &str) -> Result<Date, TriageError> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(text.trim(), format).map_err(|_| TriageError::InvalidDate {
        text: text.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    fn decision(status: TriageStatus, note: &str, expires_on: Option<Date>) -> TriageDecision {
        TriageDecision {
            check_id: CheckId("CRAY-ENTRA-001".to_owned()),
            status,
            note: note.to_owned(),
            decided_at: OffsetDateTime::UNIX_EPOCH,
            expires_on,
        }
    }

    #[test]
    fn accepted_risk_needs_reason_and_expiry() {
        let today = date!(2026 - 12 - 04);
        let blank = decision(TriageStatus::AcceptedRisk, " ", Some(today));
        assert!(matches!(
            blank.validate(today),
            Err(TriageError::ReasonMissing { .. })
        ));
        let undated = decision(TriageStatus::AcceptedRisk, "CISO", None);
        assert!(matches!(
            undated.validate(today),
            Err(TriageError::ExpiryMissing { .. })
        ));
        let past = decision(
            TriageStatus::AcceptedRisk,
            "CISO",
            Some(date!(2026 - 12 - 03)),
        );
        let error = past.validate(today).unwrap_err();
        assert!(error.to_string().contains("2026-12-03"), "{error}");
        let valid = decision(TriageStatus::AcceptedRisk, "CISO", Some(today));
        assert_eq!(valid.validate(today), Ok(()));
    }

    #[test]
    fn false_positive_needs_reason_only() {
        let today = date!(2026 - 12 - 04);
        let blank = decision(TriageStatus::FalsePositive, "", None);
        assert!(blank.validate(today).is_err());
        let given = decision(TriageStatus::FalsePositive, "handled by parent", None);
        assert_eq!(given.validate(today), Ok(()));
        let resolved = decision(TriageStatus::Resolved, "", None);
        assert_eq!(resolved.validate(today), Ok(()));
    }

    #[test]
    fn invalid_date_names_the_text() {
        let error = parse_date("31.12.2027").unwrap_err();
        assert!(error.to_string().contains("\"31.12.2027\""), "{error}");
        assert_eq!(parse_date("2027-12-31"), Ok(date!(2027 - 12 - 31)));
    }
}
