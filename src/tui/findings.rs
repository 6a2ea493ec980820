//! State of the findings screen: one tenant's findings in risk order, the selected row and
//! the scroll position of the detail pane.

use std::cmp::Reverse;

use crate::model::{CheckId, Finding, Status, TenantName, TriageDecision};
use crate::stats::Statistics;

/// The findings screen's state.
#[derive(Debug, Clone, PartialEq)]
pub struct FindingsState {
    /// Tenant whose findings are shown.
    pub tenant: TenantName,
    /// Findings, highest risk first.
    pub findings: Vec<Finding>,
    /// Index of the selected finding.
    pub selected: usize,
    /// First visible line of the detail pane.
    pub detail_scroll: u16,
    /// Largest useful `detail_scroll` at the current pane size, once the renderer measured
    /// the wrapped detail text; `None` before the first measurement.
    pub detail_max_scroll: Option<u16>,
    /// True until the findings were read.
    pub is_loading: bool,
    /// Anonymized counters across assessments, for the figure beside each finding; empty
    /// until read.
    pub statistics: Statistics,
}

impl FindingsState {
    /// Creates the state of a screen whose findings are being read.
    #[must_use]
    pub fn loading(tenant: TenantName) -> Self {
        Self {
            tenant,
            findings: Vec::new(),
            selected: 0,
            detail_scroll: 0,
            detail_max_scroll: None,
            is_loading: true,
            statistics: Statistics::default(),
        }
    }

    /// Replaces the findings, sorted by risk; the selection stays on the same check if it is
    /// still there.
    pub fn set_findings(&mut self, mut findings: Vec<Finding>) {
        let selected_check = self.selected_finding().map(|f| f.check_id.clone());
        sort_by_risk(&mut findings);
        self.findings = findings;
        self.is_loading = false;
        self.selected = selected_check
            .and_then(|id| self.findings.iter().position(|f| f.check_id == id))
            .unwrap_or(0);
    }

    /// Returns the selected finding.
    #[must_use]
    pub fn selected_finding(&self) -> Option<&Finding> {
        self.findings.get(self.selected)
    }

    /// Moves the selection to `index`, clamped to the list, and resets the detail scroll.
    pub fn select(&mut self, index: usize) {
        let last = self.findings.len().saturating_sub(1);
        let index = index.min(last);
        if index != self.selected {
            self.detail_scroll = 0;
            self.detail_max_scroll = None;
        }
        self.selected = index;
    }

    /// Scrolls the detail pane by `lines`, down when positive, no further than the last line
    /// at the bottom of the pane.
    pub fn scroll_detail(&mut self, lines: i32) {
        let max = self.detail_max_scroll.unwrap_or(u16::MAX);
        let scrolled = i32::from(self.detail_scroll).saturating_add(lines);
        self.detail_scroll = u16::try_from(scrolled.max(0)).unwrap_or(max).min(max);
    }

    /// Sets the scroll limit measured at the current pane size and moves the pane back when a
    /// larger pane leaves blank space below the text.
    pub fn set_detail_max_scroll(&mut self, max: u16) {
        self.detail_max_scroll = Some(max);
        self.detail_scroll = self.detail_scroll.min(max);
    }

    /// Applies a saved triage decision to its finding.
    pub fn apply_triage(&mut self, decision: &TriageDecision) {
        if let Some(finding) = self.find_mut(&decision.check_id) {
            finding.triage = decision.status;
            finding.triage_note.clone_from(&decision.note);
            finding.annotations.triage_expires_on = decision.expires_on;
            finding.annotations.reopened = None;
        }
    }

    fn find_mut(&mut self, check_id: &CheckId) -> Option<&mut Finding> {
        self.findings.iter_mut().find(|f| &f.check_id == check_id)
    }
}

/// Sorts failed findings first, then rule errors, checks without a verdict (not assessable,
/// not licensed, not applicable) and passed ones last; within each
/// group by risk (likelihood × impact), then severity, both descending, then by check id so
/// that the order is stable.
pub fn sort_by_risk(findings: &mut [Finding]) {
    findings.sort_by_key(|f| {
        (
            status_rank(f.status),
            Reverse(f.risk()),
            Reverse(f.severity),
            f.check_id.clone(),
        )
    });
}

/// Returns the position of a status in the findings list: what needs work comes first.
fn status_rank(status: Status) -> u8 {
    match status {
        Status::Fail => 0,
        Status::Error => 1,
        Status::NotAssessable => 2,
        Status::NotLicensed => 3,
        Status::NotApplicable => 4,
        Status::Pass => 5,
    }
}
