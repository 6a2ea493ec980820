//! State of the findings screen: one tenant's findings in the order of the query, the rows the
//! filters and the search leave visible, the selected row and the scroll position of the
//! detail pane.

use time::OffsetDateTime;

use super::action::Action;
use super::findings_query::{FindingsQuery, SortKey};
use crate::model::{AssessmentId, AssessmentState, CheckId, Finding, TenantName, TriageDecision};
use crate::stats::Statistics;
use crate::triage::AssessmentDiff;
use crate::workspace::HistoryEntry;

/// Lines PgDn and PgUp scroll before the renderer measured the detail pane.
const DETAIL_SCROLL_STEP: usize = 5;

/// The findings screen's state.
#[derive(Debug, Clone, PartialEq)]
pub struct FindingsState {
    /// Tenant whose findings are shown.
    pub tenant: TenantName,
    /// Findings in the order of `query`.
    pub findings: Vec<Finding>,
    /// Index into `findings` of the selected finding; always one of `visible` when any
    /// finding is visible.
    pub selected: usize,
    /// First visible line of the detail pane.
    pub detail_scroll: usize,
    /// Largest useful `detail_scroll` at the current pane size, once the renderer measured
    /// the wrapped detail text; `None` before the first measurement.
    pub detail_max_scroll: Option<usize>,
    /// True until the findings were read.
    pub is_loading: bool,
    /// Anonymized counters across assessments, for the figure beside each finding; empty
    /// until read.
    pub statistics: Statistics,
    /// Sort order, filters and search.
    pub query: FindingsQuery,
    /// Indices into `findings` of the rows the query shows, in table order.
    pub visible: Vec<usize>,
    /// True when the keys scroll the detail pane instead of moving the selection.
    pub is_detail_focused: bool,
    /// Height of the detail pane in lines, measured by the renderer; a page for PgDn.
    pub detail_page: Option<usize>,
    /// Counts of the changes since the previous evaluated assessment, after a collection in
    /// this session; shown in a line above the table.
    pub changes: Option<RecentChanges>,
}

/// Counts of the comparison between a tenant's two newest evaluated assessments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecentChanges {
    /// The older assessment.
    pub old: AssessmentId,
    /// The newer assessment, whose findings the screen shows.
    pub new: AssessmentId,
    /// Start of the older assessment.
    pub since: OffsetDateTime,
    /// Checks that fail now and did not fail before.
    pub new_findings: usize,
    /// Checks that failed before and pass now.
    pub resolved: usize,
    /// Checks present in both with another status, severity or set of affected objects.
    pub changed: usize,
}

impl RecentChanges {
    /// Returns the two newest evaluated assessments, older first, from a history listed
    /// newest first, or `None` when there are fewer than two.
    #[must_use]
    pub fn latest_pair(history: &[HistoryEntry]) -> Option<(&HistoryEntry, &HistoryEntry)> {
        let mut evaluated = history
            .iter()
            .filter(|e| e.assessment.state == AssessmentState::Evaluated);
        let newer = evaluated.next()?;
        let older = evaluated.next()?;
        Some((older, newer))
    }

    /// Counts the entries of `diff`, whose older assessment started at `since`.
    #[must_use]
    pub fn from_diff(since: OffsetDateTime, diff: &AssessmentDiff) -> Self {
        Self {
            old: diff.old,
            new: diff.new,
            since,
            new_findings: diff.new_findings.len(),
            resolved: diff.resolved.len(),
            changed: diff.changed.len(),
        }
    }

    /// Returns true when the comparison found no difference.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.new_findings == 0 && self.resolved == 0 && self.changed == 0
    }
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
            query: FindingsQuery::default(),
            visible: Vec::new(),
            is_detail_focused: false,
            detail_page: None,
            changes: None,
        }
    }

    /// Replaces the findings, in the order of the query; the selection stays on the same
    /// check if it is still visible.
    pub fn set_findings(&mut self, findings: Vec<Finding>) {
        let selected_check = self.selected_finding().map(|f| f.check_id.clone());
        self.findings = findings;
        self.is_loading = false;
        self.requery(selected_check);
    }

    /// Sorts and filters the findings again after the query changed. The selection stays on
    /// the same check while it is visible, and otherwise moves to the first visible row.
    pub fn apply_query(&mut self) {
        let selected_check = self.selected_finding().map(|f| f.check_id.clone());
        self.requery(selected_check);
    }

    fn requery(&mut self, selected_check: Option<CheckId>) {
        self.query.sort(&mut self.findings);
        self.visible = (0..self.findings.len())
            .filter(|&index| self.query.matches(&self.findings[index]))
            .collect();
        let kept = selected_check.and_then(|id| {
            self.visible
                .iter()
                .copied()
                .find(|&index| self.findings[index].check_id == id)
        });
        let selected = kept.or_else(|| self.visible.first().copied()).unwrap_or(0);
        if selected != self.selected || kept.is_none() {
            self.detail_scroll = 0;
            self.detail_max_scroll = None;
        }
        self.selected = selected;
    }

    /// Returns the selected finding; `None` when the query hides every finding.
    #[must_use]
    pub fn selected_finding(&self) -> Option<&Finding> {
        self.visible
            .contains(&self.selected)
            .then(|| self.findings.get(self.selected))
            .flatten()
    }

    /// Returns the row of the selected finding among the visible ones.
    #[must_use]
    pub fn selected_row(&self) -> Option<usize> {
        self.visible
            .iter()
            .position(|&index| index == self.selected)
    }

    /// Moves the selection to visible row `row`, clamped to the visible rows, and resets the
    /// detail scroll when the selection changes.
    pub fn select(&mut self, row: usize) {
        let Some(last) = self.visible.len().checked_sub(1) else {
            return;
        };
        let index = self.visible[row.min(last)];
        if index != self.selected {
            self.detail_scroll = 0;
            self.detail_max_scroll = None;
        }
        self.selected = index;
    }

    /// Moves the selection by `rows` visible rows, down when positive.
    pub fn move_selection(&mut self, rows: isize) {
        let row = self.selected_row().unwrap_or(0);
        self.select(row.saturating_add_signed(rows));
    }

    /// Scrolls the detail pane by `lines`, down when positive, no further than the last line
    /// at the bottom of the pane.
    pub fn scroll_detail(&mut self, lines: isize) {
        let max = self.detail_max_scroll.unwrap_or(usize::MAX);
        self.detail_scroll = self.detail_scroll.saturating_add_signed(lines).min(max);
    }

    /// Sets the scroll limit measured at the current pane size and moves the pane back when a
    /// larger pane leaves blank space below the text.
    pub fn set_detail_max_scroll(&mut self, max: usize) {
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

    /// Moves the selection or, while the detail pane has the focus, scrolls the pane.
    pub fn navigate(&mut self, action: Action) {
        let page = self
            .detail_page
            .map_or(DETAIL_SCROLL_STEP, |height| height.saturating_sub(1).max(1));
        let page = isize::try_from(page).unwrap_or(isize::MAX);
        match (action, self.is_detail_focused) {
            (Action::SelectNext, false) => self.move_selection(1),
            (Action::SelectPrevious, false) => self.move_selection(-1),
            (Action::SelectFirst, false) => self.select(0),
            (Action::SelectLast, false) => self.select(usize::MAX),
            (Action::SelectNext, true) => self.scroll_detail(1),
            (Action::SelectPrevious, true) => self.scroll_detail(-1),
            (Action::SelectFirst, true) => self.detail_scroll = 0,
            (Action::SelectLast, true) => self.scroll_detail(isize::MAX),
            (Action::ScrollDetailDown, _) => self.scroll_detail(page),
            (Action::ScrollDetailUp, _) => self.scroll_detail(-page),
            _ => {}
        }
    }

    /// Applies a sort, filter, search or pane action.
    pub fn on_view_action(&mut self, action: Action) {
        let query = &mut self.query;
        match action {
            Action::CycleSort => {
                query.sort = if query.is_quick_wins {
                    query.sort
                } else {
                    query.sort.next()
                };
                query.is_quick_wins = false;
            }
            Action::FilterStatus => query.cycle_status(),
            Action::FilterSeverity => query.cycle_severity(),
            Action::FilterTopic => {
                let mut topics: Vec<String> =
                    self.findings.iter().map(|f| f.topic.clone()).collect();
                topics.sort();
                topics.dedup();
                query.cycle_topic(&topics);
            }
            Action::ClearFilters => {
                *query = FindingsQuery {
                    sort: query.sort,
                    titles: std::mem::take(&mut query.titles),
                    ..FindingsQuery::default()
                };
            }
            Action::ToggleQuickWins => query.is_quick_wins = !query.is_quick_wins,
            Action::Search => {
                query.search.is_editing = true;
                return;
            }
            Action::SwitchPane => {
                self.is_detail_focused = !self.is_detail_focused;
                return;
            }
            _ => return,
        }
        self.apply_query();
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
    SortKey::Risk.sort(findings);
}
