//! Sort order, filters, incremental search and the quick-wins view of the findings screen.
//!
//! The query only decides order and visibility; [`super::FindingsState`] applies it to its
//! findings. Nothing here reads texts: check titles for the search arrive from the loop, which
//! owns the localizer.

use std::cmp::Reverse;
use std::collections::HashMap;

use super::text_input::{EditKey, TextInput};
use crate::model::{CheckId, Finding, Severity, Status};

/// Order of the findings table; `s` cycles through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// Status group first (failed, rule errors, no verdict, passed), then risk and severity,
    /// both descending, so that the work comes first.
    #[default]
    Risk,
    /// Severity descending, then risk descending.
    Severity,
    /// Remediation effort in hours ascending, then risk descending.
    Effort,
    /// Status group as for [`SortKey::Risk`], open triage before decided, then check id.
    Status,
    /// Check id ascending.
    CheckId,
}

impl SortKey {
    /// Every sort key in cycling order.
    pub const ALL: [Self; 5] = [
        Self::Risk,
        Self::Severity,
        Self::Effort,
        Self::Status,
        Self::CheckId,
    ];

    /// Returns the `snake_case` name used in message ids (`view-sort-check_id`).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Risk => "risk",
            Self::Severity => "severity",
            Self::Effort => "effort",
            Self::Status => "status",
            Self::CheckId => "check_id",
        }
    }

    /// Returns the next key in cycling order.
    #[must_use]
    pub fn next(self) -> Self {
        let index = Self::ALL.iter().position(|key| *key == self).unwrap_or(0);
        Self::ALL[(index + 1) % Self::ALL.len()]
    }

    /// Sorts `findings` in this order; ties end in check id order so that the order is stable.
    pub fn sort(self, findings: &mut [Finding]) {
        match self {
            Self::Risk => findings.sort_by_key(|f| {
                (
                    status_rank(f.status),
                    Reverse(f.risk()),
                    Reverse(f.severity),
                    f.check_id.clone(),
                )
            }),
            Self::Severity => {
                findings
                    .sort_by_key(|f| (Reverse(f.severity), Reverse(f.risk()), f.check_id.clone()));
            }
            Self::Effort => findings.sort_by(|a, b| {
                a.effort
                    .hours
                    .total_cmp(&b.effort.hours)
                    .then(b.risk().cmp(&a.risk()))
                    .then_with(|| a.check_id.cmp(&b.check_id))
            }),
            Self::Status => findings.sort_by_key(|f| {
                (
                    status_rank(f.status),
                    f.triage != crate::model::TriageStatus::Open,
                    f.check_id.clone(),
                )
            }),
            Self::CheckId => findings.sort_by(|a, b| a.check_id.cmp(&b.check_id)),
        }
    }
}

/// Sorts the quick wins first: risk descending, then effort hours ascending, then check id.
pub fn sort_quick_wins(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        b.risk()
            .cmp(&a.risk())
            .then(a.effort.hours.total_cmp(&b.effort.hours))
            .then_with(|| a.check_id.cmp(&b.check_id))
    });
}

/// Returns the position of a status in the findings list: what needs work comes first.
pub(crate) fn status_rank(status: Status) -> u8 {
    match status {
        Status::Fail => 0,
        Status::Error => 1,
        Status::NotAssessable => 2,
        Status::NotLicensed => 3,
        Status::NotApplicable => 4,
        Status::Pass => 5,
    }
}

/// Status filter; checks without a verdict share one entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    /// Every status.
    #[default]
    All,
    /// Failed checks.
    Fail,
    /// Rule errors.
    Error,
    /// Not assessable, not licensed or not applicable.
    NoVerdict,
    /// Passed checks.
    Pass,
}

impl StatusFilter {
    const ORDER: [Self; 5] = [
        Self::All,
        Self::Fail,
        Self::Error,
        Self::NoVerdict,
        Self::Pass,
    ];

    /// Returns the `snake_case` name used in message ids (`view-status-no_verdict`).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::All => "all",
            Self::Fail => "fail",
            Self::Error => "error",
            Self::NoVerdict => "no_verdict",
            Self::Pass => "pass",
        }
    }

    fn next(self) -> Self {
        let index = Self::ORDER.iter().position(|f| *f == self).unwrap_or(0);
        Self::ORDER[(index + 1) % Self::ORDER.len()]
    }

    fn matches(self, status: Status) -> bool {
        match self {
            Self::All => true,
            Self::Fail => status == Status::Fail,
            Self::Error => status == Status::Error,
            Self::NoVerdict => matches!(
                status,
                Status::NotAssessable | Status::NotLicensed | Status::NotApplicable
            ),
            Self::Pass => status == Status::Pass,
        }
    }
}

/// The search field: the typed text and whether it is being edited.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// The text typed after `/`.
    pub input: TextInput,
    /// True while the field takes keys; Enter keeps the text, Esc clears it.
    pub is_editing: bool,
}

/// Order and visibility of the findings table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FindingsQuery {
    /// Sort order outside the quick-wins view.
    pub sort: SortKey,
    /// Status filter outside the quick-wins view.
    pub status: StatusFilter,
    /// Only this severity, when set.
    pub severity: Option<Severity>,
    /// Only this topic key, when set.
    pub topic: Option<String>,
    /// The incremental search.
    pub search: Search,
    /// Failed findings only, highest risk and lowest effort first.
    pub is_quick_wins: bool,
    /// Localized check titles for the search, by check id; empty until the loop sent them.
    pub titles: HashMap<CheckId, String>,
}

impl FindingsQuery {
    /// Returns true when a filter or search hides findings.
    #[must_use]
    pub fn is_filtered(&self) -> bool {
        self.is_quick_wins
            || self.status != StatusFilter::All
            || self.severity.is_some()
            || self.topic.is_some()
            || !self.search.input.value().trim().is_empty()
    }

    /// Sorts `findings` in the order of the query.
    pub fn sort(&self, findings: &mut [Finding]) {
        if self.is_quick_wins {
            sort_quick_wins(findings);
        } else {
            self.sort.sort(findings);
        }
    }

    /// Returns true when `finding` passes every filter and the search.
    #[must_use]
    pub fn matches(&self, finding: &Finding) -> bool {
        let status = if self.is_quick_wins {
            StatusFilter::Fail
        } else {
            self.status
        };
        status.matches(finding.status)
            && self.severity.is_none_or(|s| s == finding.severity)
            && self.topic.as_ref().is_none_or(|t| *t == finding.topic)
            && self.matches_search(finding)
    }

    /// Returns true when the search text is empty or found, ignoring case, in the check id,
    /// the title or the topic.
    fn matches_search(&self, finding: &Finding) -> bool {
        let needle = self.search.input.value().trim().to_lowercase();
        if needle.is_empty() {
            return true;
        }
        let title = self
            .titles
            .get(&finding.check_id)
            .map_or("", String::as_str);
        [finding.check_id.0.as_str(), title, finding.topic.as_str()]
            .iter()
            .any(|haystack| haystack.to_lowercase().contains(&needle))
    }

    /// Moves the severity filter to the next severity, most severe first, then back to all.
    pub fn cycle_severity(&mut self) {
        self.severity = match self.severity {
            None => Some(Severity::DESCENDING[0]),
            Some(current) => {
                let index = Severity::DESCENDING.iter().position(|s| *s == current);
                index.and_then(|i| Severity::DESCENDING.get(i + 1).copied())
            }
        };
    }

    /// Moves the status filter to the next status group, then back to all.
    pub fn cycle_status(&mut self) {
        self.is_quick_wins = false;
        self.status = self.status.next();
    }

    /// Moves the topic filter to the next of `topics` (sorted, distinct), then back to all.
    pub fn cycle_topic(&mut self, topics: &[String]) {
        self.topic = match &self.topic {
            None => topics.first().cloned(),
            Some(current) => {
                let index = topics.iter().position(|t| t == current);
                index.and_then(|i| topics.get(i + 1)).cloned()
            }
        };
    }

    /// Applies one editing key to the search text.
    pub fn edit_search(&mut self, key: EditKey) {
        self.search.input.edit(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_keys_cycle_back_to_risk() {
        let mut key = SortKey::Risk;
        for _ in 0..SortKey::ALL.len() {
            key = key.next();
        }
        assert_eq!(key, SortKey::Risk);
    }

    #[test]
    fn severity_filter_ends_at_all() {
        let mut query = FindingsQuery::default();
        for _ in 0..Severity::DESCENDING.len() {
            query.cycle_severity();
        }
        assert_eq!(query.severity, Some(Severity::Info));
        query.cycle_severity();
        assert_eq!(query.severity, None);
    }

    #[test]
    fn no_verdict_covers_three_statuses() {
        for status in [
            Status::NotAssessable,
            Status::NotLicensed,
            Status::NotApplicable,
        ] {
            assert!(StatusFilter::NoVerdict.matches(status), "{status:?}");
        }
        assert!(!StatusFilter::NoVerdict.matches(Status::Fail));
    }
}
