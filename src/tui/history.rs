//! State of the history screen: a tenant's assessments, newest first, the one marked for a
//! comparison, the comparison shown below them, and the app's reactions to its keys.

use time::OffsetDateTime;

use super::app::{App, Screen};
use super::dialog::Dialog;
use super::findings::RecentChanges;
use super::msg::Effect;
use super::toast::ToastLevel;
use crate::model::{AssessmentId, AssessmentState, TenantName};
use crate::triage::AssessmentDiff;
use crate::tui::action::Action;
use crate::workspace::HistoryEntry;

/// The history screen's state.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryState {
    /// Tenant whose assessments are shown.
    pub tenant: TenantName,
    /// Assessments, newest first.
    pub entries: Vec<HistoryEntry>,
    /// Index of the selected assessment.
    pub selected: usize,
    /// Assessment marked as one side of the next comparison.
    pub marked: Option<AssessmentId>,
    /// The latest comparison, older assessment first.
    pub diff: Option<AssessmentDiff>,
    /// True until the assessments were read.
    pub is_loading: bool,
    /// True while a comparison is computed.
    pub is_comparing: bool,
}

impl HistoryState {
    /// Creates the state of a screen whose assessments are being read.
    #[must_use]
    pub fn loading(tenant: TenantName) -> Self {
        Self {
            tenant,
            entries: Vec::new(),
            selected: 0,
            marked: None,
            diff: None,
            is_loading: true,
            is_comparing: false,
        }
    }

    /// Returns the selected assessment.
    #[must_use]
    pub fn selected_entry(&self) -> Option<&HistoryEntry> {
        self.entries.get(self.selected)
    }

    fn select(&mut self, index: usize) {
        self.selected = index.min(self.entries.len().saturating_sub(1));
    }

    /// Returns the pair to compare, older first: the marked assessment and the selected one,
    /// or without a mark the selected one and the next older evaluated one.
    fn comparison(&self) -> Option<(AssessmentId, AssessmentId)> {
        let selected = self.selected_entry()?;
        let other = match self.marked {
            Some(marked) => self.entries.iter().find(|e| e.assessment.id == marked)?,
            None => self.entries[self.selected + 1..]
                .iter()
                .find(|e| e.assessment.state == AssessmentState::Evaluated)?,
        };
        if other.assessment.id == selected.assessment.id {
            return None;
        }
        let (older, newer) = if other.assessment.started_at <= selected.assessment.started_at {
            (other, selected)
        } else {
            (selected, other)
        };
        Some((older.assessment.id, newer.assessment.id))
    }
}

/// The confirmation before an assessment is deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeleteDialog {
    /// Tenant of the assessment.
    pub tenant: TenantName,
    /// The assessment.
    pub id: AssessmentId,
    /// When it started, shown in the question.
    pub started_at: OffsetDateTime,
}

impl App {
    /// Shows the history of `tenant` and requests its assessments.
    pub(super) fn open_history(&mut self, tenant: TenantName) -> Vec<Effect> {
        self.screen = Screen::History;
        self.history = Some(HistoryState::loading(tenant.clone()));
        vec![Effect::LoadHistory(tenant)]
    }

    /// Reacts to a key on the history screen.
    pub(super) fn on_history_action(&mut self, action: Action) -> Vec<Effect> {
        let Some(history) = self.history.as_mut() else {
            self.screen = Screen::Tenants;
            return Vec::new();
        };
        match action {
            Action::SelectNext => history.select(history.selected + 1),
            Action::SelectPrevious => history.select(history.selected.saturating_sub(1)),
            Action::SelectFirst => history.select(0),
            Action::SelectLast => history.select(usize::MAX),
            Action::ShowHelp => self.dialog = Some(Dialog::Help),
            Action::MarkForDiff => self.toggle_mark(),
            Action::CompareAssessments => return self.compare(),
            Action::DeleteAssessment => self.confirm_delete(),
            Action::Back => return self.leave_history(),
            _ => {}
        }
        Vec::new()
    }

    fn toggle_mark(&mut self) {
        let Some(history) = self.history.as_mut() else {
            return;
        };
        let Some(entry) = history.selected_entry() else {
            return;
        };
        if entry.assessment.state != AssessmentState::Evaluated {
            self.toast(ToastLevel::Info, "toast-diff-not-evaluated", Vec::new());
            return;
        }
        let id = entry.assessment.id;
        history.marked = if history.marked == Some(id) {
            None
        } else {
            Some(id)
        };
    }

    fn compare(&mut self) -> Vec<Effect> {
        let Some(history) = self.history.as_mut() else {
            return Vec::new();
        };
        let is_evaluated = history
            .selected_entry()
            .is_some_and(|e| e.assessment.state == AssessmentState::Evaluated);
        if !is_evaluated {
            self.toast(ToastLevel::Info, "toast-diff-not-evaluated", Vec::new());
            return Vec::new();
        }
        let Some((old, new)) = history.comparison() else {
            self.toast(ToastLevel::Info, "toast-diff-needs-two", Vec::new());
            return Vec::new();
        };
        history.is_comparing = true;
        vec![Effect::LoadDiff {
            tenant: history.tenant.clone(),
            old,
            new,
        }]
    }

    fn confirm_delete(&mut self) {
        let Some(history) = self.history.as_ref() else {
            return;
        };
        let Some(entry) = history.selected_entry() else {
            return;
        };
        let tenant = history.tenant.clone();
        let is_collecting = self
            .runs
            .iter()
            .any(|c| c.is_running() && c.tenant == tenant);
        if is_collecting {
            let args = vec![("tenant", tenant.to_string())];
            self.toast(ToastLevel::Error, "toast-delete-collecting", args);
            return;
        }
        self.dialog = Some(Dialog::ConfirmDelete(DeleteDialog {
            tenant,
            id: entry.assessment.id,
            started_at: entry.assessment.started_at,
        }));
    }

    fn leave_history(&mut self) -> Vec<Effect> {
        let tenant = self.history.as_ref().map(|h| h.tenant.clone());
        let has_findings = self
            .findings
            .as_ref()
            .is_some_and(|f| Some(&f.tenant) == tenant.as_ref());
        if has_findings {
            self.screen = Screen::Findings;
            return Vec::new();
        }
        self.screen = Screen::Tenants;
        vec![Effect::LoadTenants]
    }

    /// Reacts to a key in the delete confirmation.
    pub(super) fn on_delete_action(&mut self, action: Action) -> Vec<Effect> {
        let Some(Dialog::ConfirmDelete(delete)) = self.dialog.as_ref() else {
            return Vec::new();
        };
        match action {
            Action::Confirm => {
                let effect = Effect::DeleteAssessment {
                    tenant: delete.tenant.clone(),
                    id: delete.id,
                };
                self.dialog = None;
                vec![effect]
            }
            Action::Cancel => {
                self.dialog = None;
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    /// Shows the read assessments; the selection and the mark stay when still listed.
    pub(super) fn on_history_loaded(
        &mut self,
        tenant: &TenantName,
        result: Result<Vec<HistoryEntry>, String>,
    ) {
        let Some(history) = self.history.as_mut().filter(|h| &h.tenant == tenant) else {
            return;
        };
        history.is_loading = false;
        match result {
            Ok(entries) => {
                let selected = history.selected_entry().map(|e| e.assessment.id);
                history.entries = entries;
                let position = selected
                    .and_then(|id| history.entries.iter().position(|e| e.assessment.id == id));
                history.select(position.unwrap_or(history.selected));
                let marked = history.marked;
                if !history
                    .entries
                    .iter()
                    .any(|e| Some(e.assessment.id) == marked)
                {
                    history.marked = None;
                }
            }
            Err(error) => {
                let args = vec![("tenant", tenant.to_string()), ("error", error)];
                self.toast(ToastLevel::Error, "toast-history-failed", args);
            }
        }
    }

    /// Shows a computed comparison.
    pub(super) fn on_diff_loaded(
        &mut self,
        tenant: &TenantName,
        result: Result<AssessmentDiff, String>,
    ) {
        let Some(history) = self.history.as_mut().filter(|h| &h.tenant == tenant) else {
            return;
        };
        history.is_comparing = false;
        match result {
            Ok(diff) => history.diff = Some(diff),
            Err(error) => self.toast(
                ToastLevel::Error,
                "toast-diff-failed",
                vec![("error", error)],
            ),
        }
    }

    /// Toasts the outcome of a deletion and reads what it changed again.
    pub(super) fn on_assessment_deleted(
        &mut self,
        tenant: TenantName,
        id: AssessmentId,
        result: Result<String, String>,
    ) -> Vec<Effect> {
        match result {
            Ok(summary) => {
                self.toast(
                    ToastLevel::Info,
                    "toast-assessment-deleted",
                    vec![("summary", summary)],
                );
                let compares_deleted = self
                    .recent_changes
                    .get(&tenant)
                    .is_some_and(|c| c.old == id || c.new == id);
                if compares_deleted {
                    self.forget_recent_changes(&tenant);
                }
            }
            Err(error) => {
                self.toast(
                    ToastLevel::Error,
                    "toast-assessment-delete-failed",
                    vec![("error", error)],
                );
            }
        }
        if let Some(history) = self.history.as_mut().filter(|h| h.tenant == tenant) {
            let shows_deleted = history
                .diff
                .as_ref()
                .is_some_and(|d| d.old == id || d.new == id);
            if shows_deleted {
                history.diff = None;
            }
        }
        let mut effects = vec![Effect::LoadHistory(tenant.clone()), Effect::LoadTenants];
        if self.findings.as_ref().is_some_and(|f| f.tenant == tenant) {
            effects.push(Effect::LoadFindings(tenant));
        }
        effects
    }

    /// Opens the history of the findings' tenant with the comparison that the line above the
    /// findings counts: the older assessment is marked and the newest selected.
    pub(super) fn show_recent_changes(&mut self) -> Vec<Effect> {
        let Some((tenant, changes)) = self
            .findings
            .as_ref()
            .and_then(|f| Some((f.tenant.clone(), f.changes?)))
        else {
            self.toast(ToastLevel::Info, "toast-no-recent-changes", Vec::new());
            return Vec::new();
        };
        let mut effects = self.open_history(tenant.clone());
        if let Some(history) = self.history.as_mut() {
            history.marked = Some(changes.old);
            history.is_comparing = true;
        }
        effects.push(Effect::LoadDiff {
            tenant,
            old: changes.old,
            new: changes.new,
        });
        effects
    }

    /// Keeps the counts of a finished collection for the line above the tenant's findings.
    pub(super) fn on_changes_loaded(
        &mut self,
        tenant: TenantName,
        result: Result<Option<RecentChanges>, String>,
    ) {
        // The line is an aside, so a failure shows no toast; the runtime logged it.
        let Ok(Some(changes)) = result else {
            return;
        };
        if let Some(state) = self.findings.as_mut().filter(|f| f.tenant == tenant) {
            state.changes = Some(changes);
        }
        self.recent_changes.insert(tenant, changes);
    }

    /// Drops the counts of the tenant's last collection, which a new run or a deletion made
    /// stale.
    pub(super) fn forget_recent_changes(&mut self, tenant: &TenantName) {
        self.recent_changes.remove(tenant);
        if let Some(state) = self.findings.as_mut().filter(|f| &f.tenant == tenant) {
            state.changes = None;
        }
    }
}
