//! The app state and its synchronous update: messages in, state changes and effects out.
//!
//! Nothing here does I/O, reads the clock or holds a channel; the loop in `tui::runtime` does
//! that and feeds the results back as [`Msg`]s.

mod views;

use std::collections::BTreeMap;

use time::OffsetDateTime;

use super::KeyStorageQuestion;
use super::action::Action;
use super::collection::CollectionState;
use super::collection::RunPhase;
use super::dialog::{
    Dialog, ExportDialog, ExportProblem, KeyStorageDialog, NoteDialog, PurgeDialog,
};
use super::findings::{FindingsState, RecentChanges};
use super::history::HistoryState;
use super::keymap::Mode;
use super::msg::{Effect, Msg};
use super::runs::Runs;
use super::tenant_form::{FormProblem, TenantForm};
use super::text_input::EditKey;
use super::toast::{ToastLevel, Toasts};
use crate::i18n::Lang;
use crate::keys::KeyStorage;
use crate::model::AssessmentState;
use crate::model::TriageStatus;
use crate::model::{CollectEvent, Finding, Status, TenantName, TenantSummary, TriageDecision};
use crate::tenant::Tenant;

/// The screen below any dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The tenants list.
    Tenants,
    /// The live collection view.
    Collection,
    /// The findings of one tenant.
    Findings,
    /// Every collection run of the session.
    Runs,
    /// The assessments of one tenant and the comparison of two.
    History,
}

/// The tenants screen's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TenantsState {
    /// Registered tenants in the order the backend returned them.
    pub tenants: Vec<TenantSummary>,
    /// Index of the selected tenant.
    pub selected: usize,
    /// True once the list was read.
    pub is_loaded: bool,
}

impl TenantsState {
    /// Returns the selected tenant.
    #[must_use]
    pub fn selected_tenant(&self) -> Option<&TenantSummary> {
        self.tenants.get(self.selected)
    }

    fn select(&mut self, index: usize) {
        self.selected = index.min(self.tenants.len().saturating_sub(1));
    }
}

/// The whole TUI state.
#[derive(Debug, Clone, PartialEq)]
pub struct App {
    /// Interface language; the export dialog starts with it.
    pub lang: Lang,
    /// The time of the latest [`Msg::Clock`].
    pub now: OffsetDateTime,
    /// The screen below any dialog.
    pub screen: Screen,
    /// The open dialog.
    pub dialog: Option<Dialog>,
    /// Tenants screen.
    pub tenants: TenantsState,
    /// The collection runs of the session, one per tenant, running or ended.
    pub runs: Runs,
    /// Findings screen; `None` until a tenant's findings were opened.
    pub findings: Option<FindingsState>,
    /// Notices in the status bar.
    pub toasts: Toasts,
    /// Tenant to open once the tenant list arrives.
    open_on_load: Option<TenantName>,
    /// History screen; `None` until a tenant's history was opened.
    pub history: Option<HistoryState>,
    /// Counts of the changes per tenant since its previous evaluated assessment, after a
    /// collection in this session, for the line above its findings.
    pub recent_changes: BTreeMap<TenantName, RecentChanges>,
}

impl App {
    /// Creates the app on the tenants screen; `open_tenant` is opened once the tenant list is
    /// read, and collected first when it has no assessment.
    #[must_use]
    pub fn new(lang: Lang, now: OffsetDateTime, open_tenant: Option<TenantName>) -> Self {
        Self {
            lang,
            now,
            screen: Screen::Tenants,
            dialog: None,
            tenants: TenantsState::default(),
            runs: Runs::default(),
            findings: None,
            toasts: Toasts::default(),
            open_on_load: open_tenant,
            history: None,
            recent_changes: BTreeMap::new(),
        }
    }

    /// Returns the effects to run at start-up.
    #[must_use]
    pub fn init(&self) -> Vec<Effect> {
        vec![Effect::LoadTenants, Effect::AskKeyStorage]
    }

    /// Returns the key binding mode: the dialog's, or else the screen's.
    #[must_use]
    pub fn mode(&self) -> Mode {
        match &self.dialog {
            Some(dialog) => dialog.mode(),
            None => self.screen_mode(),
        }
    }

    /// Returns the key binding mode of the screen below any dialog.
    #[must_use]
    pub fn screen_mode(&self) -> Mode {
        match self.screen {
            Screen::Tenants => Mode::Tenants,
            Screen::Collection => Mode::Collection,
            Screen::Findings if self.is_searching() => Mode::Search,
            Screen::Findings => Mode::Findings,
            Screen::Runs => Mode::Runs,
            Screen::History => Mode::History,
        }
    }

    /// Returns true while a collection run is active; the loop redraws on a tick meanwhile.
    #[must_use]
    pub fn is_collecting(&self) -> bool {
        self.runs.iter().any(CollectionState::is_running)
    }

    /// Returns the run the collection screen shows.
    #[must_use]
    pub fn collection(&self) -> Option<&CollectionState> {
        self.runs.viewed_run()
    }

    /// Returns when the loop must wake up without input to redraw, such as when a toast
    /// expires.
    #[must_use]
    pub fn next_wake(&self) -> Option<OffsetDateTime> {
        self.toasts.next_expiry()
    }

    /// Applies one message and returns the effects the loop must run.
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::Action(action) => self.on_action(action),
            Msg::Edit(key) => {
                self.on_edit(key);
                Vec::new()
            }
            Msg::Clock(now) => {
                self.now = now;
                self.toasts.expire(now);
                Vec::new()
            }
            Msg::TenantsLoaded(result) => self.on_tenants_loaded(result),
            Msg::DemoTenantAdded(result) => self.on_demo_added(result),
            Msg::FindingsLoaded { tenant, result } => self.on_findings_loaded(tenant, result),
            Msg::StatisticsLoaded { tenant, result } => {
                // The figures are an aside; without them the detail pane simply omits the line,
                // and the runtime has logged the error.
                if let (Some(state), Ok(statistics)) = (
                    self.findings.as_mut().filter(|f| f.tenant == tenant),
                    result,
                ) {
                    state.statistics = statistics;
                }
                Vec::new()
            }
            Msg::TriageSaved {
                tenant,
                decision,
                result,
            } => self.on_triage_saved(&tenant, &decision, result),
            Msg::Collect { tenant, event } => {
                self.on_collect_event(&tenant, event);
                Vec::new()
            }
            Msg::CollectionFinished { tenant, result } => {
                self.on_collection_finished(tenant, result)
            }
            Msg::ExportFinished(result) => {
                self.on_export_finished(result);
                Vec::new()
            }
            Msg::TenantPurged { tenant, result } => self.on_tenant_purged(&tenant, result),
            Msg::KeyStorageQuestion(result) => {
                self.on_key_storage_question(result);
                Vec::new()
            }
            Msg::KeyStorageSet { choice, result } => {
                self.on_key_storage_set(choice, result);
                Vec::new()
            }
            Msg::Notice(text) => {
                self.toast(ToastLevel::Warning, "toast-notice", vec![("text", text)]);
                Vec::new()
            }
            Msg::DetailMaxScroll(max) => {
                if let Some(findings) = self.findings.as_mut() {
                    findings.set_detail_max_scroll(max);
                }
                Vec::new()
            }
            Msg::TenantSettingsLoaded { tenant, result } => {
                self.on_tenant_settings(&tenant, result);
                Vec::new()
            }
            Msg::TenantSaved { tenant, result } => self.on_tenant_saved(&tenant, result),
            Msg::AnnotationSaved {
                tenant,
                change,
                result,
            } => self.on_annotation_saved(tenant, &change, result),
            Msg::HistoryLoaded { tenant, result } => {
                self.on_history_loaded(&tenant, result);
                Vec::new()
            }
            Msg::DiffLoaded { tenant, result } => {
                self.on_diff_loaded(&tenant, result);
                Vec::new()
            }
            Msg::ChangesLoaded { tenant, result } => {
                self.on_changes_loaded(tenant, result);
                Vec::new()
            }
            Msg::AssessmentDeleted { tenant, id, result } => {
                self.on_assessment_deleted(tenant, id, result)
            }
            Msg::DetailPage(_) | Msg::FindingTitles(_) | Msg::Click(_) | Msg::Wheel { .. } => {
                self.on_view_msg(msg);
                Vec::new()
            }
        }
    }

    fn on_action(&mut self, action: Action) -> Vec<Effect> {
        if action == Action::Quit {
            return self.quit();
        }
        match self.mode() {
            Mode::Tenants => self.on_tenants_action(action),
            Mode::Collection => self.on_collection_action(action),
            Mode::Findings => self.on_findings_action(action),
            Mode::TriageNote => self.on_note_action(action),
            Mode::Export => self.on_export_action(action),
            Mode::ConfirmPurge => self.on_purge_action(action),
            Mode::ChooseKeyStorage => self.on_key_storage_action(action),
            Mode::Search => self.on_search_action(action),
            Mode::Help => {
                if matches!(action, Action::Back | Action::ShowHelp | Action::Cancel) {
                    self.dialog = None;
                }
                Vec::new()
            }
            Mode::ConfirmQuit => match action {
                Action::Confirm => vec![Effect::CancelCollection, Effect::Quit],
                Action::Cancel => {
                    self.dialog = None;
                    Vec::new()
                }
                _ => Vec::new(),
            },
            Mode::Runs => self.on_runs_action(action),
            Mode::TenantForm => self.on_form_action(action),
            Mode::ConfirmCancel => self.on_confirm_cancel_action(action),
            Mode::TriageEdit => self.on_triage_edit_action(action),
            Mode::History => self.on_history_action(action),
            Mode::ConfirmDelete => self.on_delete_action(action),
        }
    }

    /// Quits, after asking first when a collection runs; a second quit key while asking
    /// quits and cancels the run.
    fn quit(&mut self) -> Vec<Effect> {
        if self.mode() == Mode::ConfirmQuit {
            return vec![Effect::CancelCollection, Effect::Quit];
        }
        if self.is_collecting() {
            self.dialog = Some(Dialog::ConfirmQuit);
            return Vec::new();
        }
        vec![Effect::Quit]
    }

    fn on_tenants_action(&mut self, action: Action) -> Vec<Effect> {
        let selected = self.tenants.selected_tenant().cloned();
        match action {
            Action::SelectNext => self.tenants.select(self.tenants.selected + 1),
            Action::SelectPrevious => {
                self.tenants.select(self.tenants.selected.saturating_sub(1));
            }
            Action::SelectFirst => self.tenants.select(0),
            Action::SelectLast => self.tenants.select(usize::MAX),
            Action::ShowHelp => self.dialog = Some(Dialog::Help),
            Action::AddDemoTenant => return self.add_demo_tenant(),
            Action::PurgeTenant => {
                if let Some(tenant) = selected {
                    self.open_purge(tenant.name);
                }
            }
            Action::OpenFindings => return selected.map_or_else(Vec::new, |t| self.open(&t)),
            Action::StartCollection => {
                return selected.map_or_else(Vec::new, |t| self.start_collection(t.name));
            }
            Action::ExportReport => {
                if let Some(tenant) = selected {
                    self.open_export(&tenant);
                }
            }
            Action::AddTenant => {
                self.dialog = Some(Dialog::TenantForm(Box::new(TenantForm::new_tenant())))
            }
            Action::EditTenant => return selected.map_or_else(Vec::new, |t| self.edit_tenant(&t)),
            Action::ResumeCollection => {
                return selected.map_or_else(Vec::new, |t| self.resume_collection(&t));
            }
            Action::CancelRun => {
                if let Some(tenant) = selected {
                    self.ask_cancel(tenant.name);
                }
            }
            Action::ShowRuns => self.show_runs(),
            Action::ViewRun => {
                if let Some(tenant) = selected {
                    self.view_run(&tenant.name, Screen::Tenants);
                }
            }
            Action::ShowHistory => {
                return selected.map_or_else(Vec::new, |t| self.open_history(t.name));
            }
            _ => {}
        }
        Vec::new()
    }

    fn on_collection_action(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Back => self.screen = self.runs.return_to.unwrap_or(Screen::Tenants),
            Action::ShowHelp => self.dialog = Some(Dialog::Help),
            Action::CancelRun => {
                if let Some(tenant) = self.runs.viewed.clone() {
                    self.ask_cancel(tenant);
                }
            }
            Action::OpenFindings => {
                let done = self.collection().filter(|c| !c.is_running());
                if let Some(tenant) = done.map(|c| c.tenant.clone()) {
                    return self.open_findings(tenant);
                }
                self.toast(
                    ToastLevel::Info,
                    "toast-collection-still-running",
                    Vec::new(),
                );
            }
            _ => self.on_collection_cursor(action),
        }
        Vec::new()
    }

    fn on_findings_action(&mut self, action: Action) -> Vec<Effect> {
        let Some(findings) = self.findings.as_mut() else {
            self.screen = Screen::Tenants;
            return Vec::new();
        };
        match action {
            Action::SelectNext
            | Action::SelectPrevious
            | Action::SelectFirst
            | Action::SelectLast
            | Action::ScrollDetailDown
            | Action::ScrollDetailUp => findings.navigate(action),
            Action::ShowHelp => self.dialog = Some(Dialog::Help),
            Action::Back => {
                self.screen = Screen::Tenants;
                return vec![Effect::LoadTenants];
            }
            Action::AcceptRisk => self.open_note(TriageStatus::AcceptedRisk),
            Action::MarkFalsePositive => self.open_note(TriageStatus::FalsePositive),
            Action::Reopen => return self.reopen(),
            Action::ExportReport => self.open_export_of_findings(),
            Action::StartCollection => {
                let tenant = findings.tenant.clone();
                return self.start_collection(tenant);
            }
            Action::MarkResolved => self.open_note(TriageStatus::Resolved),
            Action::ExceptObject => self.open_except(),
            Action::OverrideSeverity => self.open_override(),
            Action::EditNote => self.open_comment(),
            Action::ShowHistory => {
                let tenant = findings.tenant.clone();
                return self.open_history(tenant);
            }
            Action::CompareAssessments => return self.show_recent_changes(),
            _ => findings.on_view_action(action),
        }
        Vec::new()
    }

    fn on_note_action(&mut self, action: Action) -> Vec<Effect> {
        let Some(Dialog::TriageNote(note)) = self.dialog.as_mut() else {
            return Vec::new();
        };
        match action {
            Action::Cancel => self.dialog = None,
            Action::NextField | Action::PreviousField => note.next_field(),
            Action::Confirm => {
                // The report's appendix prints the reason of every accepted risk and false
                // positive, so a blank note is not accepted; a resolved finding needs none.
                let reason = note.reason().map(str::to_owned);
                if reason.is_none() && note.status != TriageStatus::Resolved {
                    note.is_reason_missing = true;
                    return Vec::new();
                }
                let expires_on = match note.expiry(self.now.date()) {
                    Ok(date) => date,
                    Err(problem) => {
                        note.date_problem = Some(problem);
                        return Vec::new();
                    }
                };
                let (check_id, status) = (note.check_id.clone(), note.status);
                self.dialog = None;
                let reason = reason.unwrap_or_default();
                return self.save_triage(check_id, status, &reason, expires_on);
            }
            _ => {}
        }
        Vec::new()
    }

    fn on_export_action(&mut self, action: Action) -> Vec<Effect> {
        let Some(Dialog::Export(export)) = self.dialog.as_mut() else {
            return Vec::new();
        };
        match action {
            Action::Cancel => self.dialog = None,
            Action::NextField => export.next_field(),
            Action::PreviousField => export.previous_field(),
            Action::Confirm if !export.is_running => {
                let Some(path) = export.output_path() else {
                    export.problem = Some(ExportProblem::PathMissing);
                    return Vec::new();
                };
                export.is_running = true;
                export.problem = None;
                return vec![Effect::ExportReport {
                    tenant: export.tenant.clone(),
                    lang: export.lang,
                    format: export.format,
                    path,
                }];
            }
            _ => {}
        }
        Vec::new()
    }

    fn on_purge_action(&mut self, action: Action) -> Vec<Effect> {
        let Some(Dialog::Purge(purge)) = self.dialog.as_mut() else {
            return Vec::new();
        };
        match action {
            Action::Cancel => self.dialog = None,
            Action::Confirm if purge.is_confirmed() => {
                let tenant = purge.tenant.clone();
                self.dialog = None;
                return self.purge(tenant);
            }
            Action::Confirm => purge.is_mismatch = true,
            _ => {}
        }
        Vec::new()
    }

    /// Opens the purge confirmation, unless the tenant is being collected.
    fn open_purge(&mut self, tenant: TenantName) {
        if self.reject_purge_while_collecting(&tenant) {
            return;
        }
        self.dialog = Some(Dialog::Purge(PurgeDialog::new(tenant)));
    }

    fn purge(&mut self, tenant: TenantName) -> Vec<Effect> {
        // The run may have started while the dialog was open.
        if self.reject_purge_while_collecting(&tenant) {
            return Vec::new();
        }
        vec![Effect::PurgeTenant(tenant)]
    }

    fn reject_purge_while_collecting(&mut self, tenant: &TenantName) -> bool {
        let is_running = self.runs.is_running(tenant);
        if is_running {
            let args = vec![("tenant", tenant.to_string())];
            self.toast(ToastLevel::Error, "toast-purge-collecting", args);
        }
        is_running
    }

    fn on_tenant_purged(
        &mut self,
        tenant: &TenantName,
        result: Result<String, String>,
    ) -> Vec<Effect> {
        let name = tenant.to_string();
        match result {
            Ok(summary) => {
                let args = vec![("tenant", name), ("summary", summary)];
                self.toast(ToastLevel::Info, "toast-purge-done", args);
                if self.findings.as_ref().is_some_and(|f| &f.tenant == tenant) {
                    self.findings = None;
                }
                vec![Effect::LoadTenants]
            }
            Err(error) => {
                let args = vec![("tenant", name), ("error", error)];
                self.toast(ToastLevel::Error, "toast-purge-failed", args);
                vec![Effect::LoadTenants]
            }
        }
    }

    /// Opens the key storage question when the backend says it is open and nothing else is.
    fn on_key_storage_question(&mut self, result: Result<Option<KeyStorageQuestion>, String>) {
        match result {
            Ok(Some(question)) if self.dialog.is_none() => {
                let dialog = KeyStorageDialog::new(question.passphrase_set);
                self.dialog = Some(Dialog::KeyStorage(dialog));
            }
            Ok(_) => {}
            Err(error) => {
                let args = vec![("error", error)];
                self.toast(ToastLevel::Error, "toast-key-storage-unknown", args);
            }
        }
    }

    fn on_key_storage_action(&mut self, action: Action) -> Vec<Effect> {
        let Some(Dialog::KeyStorage(question)) = self.dialog.as_mut() else {
            return Vec::new();
        };
        let choice = match action {
            Action::UseKeyfile => KeyStorage::Keyfile,
            Action::UsePassphrase if question.passphrase_set => KeyStorage::Passphrase,
            Action::UsePassphrase => {
                question.is_passphrase_rejected = true;
                return Vec::new();
            }
            Action::Cancel => {
                self.dialog = None;
                return Vec::new();
            }
            _ => return Vec::new(),
        };
        self.dialog = None;
        vec![Effect::SetKeyStorage(choice)]
    }

    fn on_key_storage_set(&mut self, choice: KeyStorage, result: Result<(), String>) {
        let storage = ("storage", choice.key().to_owned());
        match result {
            Ok(()) => self.toast(ToastLevel::Info, "toast-key-storage-set", vec![storage]),
            Err(error) => {
                let args = vec![storage, ("error", error)];
                self.toast(ToastLevel::Error, "toast-key-storage-failed", args);
            }
        }
    }

    fn on_edit(&mut self, key: EditKey) {
        match self.dialog.as_mut() {
            Some(Dialog::TriageNote(note)) => note.edit(key),
            Some(Dialog::Export(export)) => export.edit(key),
            Some(Dialog::Purge(purge)) => purge.edit(key),
            Some(Dialog::TenantForm(form)) => form.edit(key),
            Some(Dialog::Except(_) | Dialog::Override(_) | Dialog::Comment(_)) => {
                self.on_triage_edit(key);
            }
            Some(
                Dialog::Help
                | Dialog::ConfirmQuit
                | Dialog::KeyStorage(_)
                | Dialog::ConfirmCancel(_)
                | Dialog::ConfirmDelete(_),
            ) => {}
            None => self.on_search_edit(key),
        }
    }

    fn add_demo_tenant(&mut self) -> Vec<Effect> {
        if self.tenants.tenants.iter().any(|t| t.is_demo) {
            self.toast(ToastLevel::Info, "toast-demo-exists", Vec::new());
            return Vec::new();
        }
        vec![Effect::AddDemoTenant]
    }

    /// Opens a tenant's findings, or collects it first when it has never been assessed.
    fn open(&mut self, tenant: &TenantSummary) -> Vec<Effect> {
        if tenant.last_assessed.is_none() {
            let name = tenant.name.to_string();
            self.toast(
                ToastLevel::Info,
                "toast-not-assessed",
                vec![("tenant", name)],
            );
            return Vec::new();
        }
        self.open_findings(tenant.name.clone())
    }

    fn open_findings(&mut self, tenant: TenantName) -> Vec<Effect> {
        self.screen = Screen::Findings;
        let mut state = FindingsState::loading(tenant.clone());
        state.changes = self.recent_changes.get(&tenant).copied();
        self.findings = Some(state);
        vec![Effect::LoadFindings(tenant)]
    }

    /// Starts a run of `tenant` and shows it; other tenants' runs go on. A tenant already
    /// being collected shows its run instead.
    fn start_collection(&mut self, tenant: TenantName) -> Vec<Effect> {
        if self.show_busy_run(&tenant) {
            return Vec::new();
        }
        let return_to = self.screen;
        self.forget_recent_changes(&tenant);
        self.runs.start(tenant.clone(), self.now);
        self.runs.return_to = Some(return_to);
        self.screen = Screen::Collection;
        vec![Effect::StartCollection(tenant)]
    }

    fn open_note(&mut self, status: TriageStatus) {
        let Some(finding) = self.selected_finding() else {
            return;
        };
        if finding.status != Status::Fail {
            self.toast(ToastLevel::Info, "toast-triage-only-failed", Vec::new());
            return;
        }
        let mut dialog = NoteDialog::new(finding.check_id.clone(), status, &finding.triage_note);
        if status == TriageStatus::AcceptedRisk {
            // An acceptance needs an expiry date; a year ahead is offered unless one is set.
            let default = (self.now + time::Duration::days(365)).date();
            let current = finding
                .annotations
                .triage_expires_on
                .filter(|d| *d >= self.now.date());
            dialog = dialog.with_expiry(current.unwrap_or(default));
        }
        self.dialog = Some(Dialog::TriageNote(dialog));
    }

    fn reopen(&mut self) -> Vec<Effect> {
        let Some(finding) = self.selected_finding() else {
            return Vec::new();
        };
        if finding.triage == TriageStatus::Open {
            return Vec::new();
        }
        let check_id = finding.check_id.clone();
        self.save_triage(check_id, TriageStatus::Open, "", None)
    }

    fn save_triage(
        &mut self,
        check_id: crate::model::CheckId,
        status: TriageStatus,
        note: &str,
        expires_on: Option<time::Date>,
    ) -> Vec<Effect> {
        let Some(findings) = self.findings.as_ref() else {
            return Vec::new();
        };
        let decision = TriageDecision {
            check_id,
            status,
            note: note.trim().to_owned(),
            decided_at: self.now,
            expires_on,
        };
        vec![Effect::SaveTriage {
            tenant: findings.tenant.clone(),
            decision,
        }]
    }

    fn open_export(&mut self, tenant: &TenantSummary) {
        if tenant.last_assessed.is_none() {
            let name = tenant.name.to_string();
            self.toast(
                ToastLevel::Info,
                "toast-not-assessed",
                vec![("tenant", name)],
            );
            return;
        }
        let dialog = ExportDialog::new(tenant.name.clone(), self.lang, self.now);
        self.dialog = Some(Dialog::Export(dialog));
    }

    fn open_export_of_findings(&mut self) {
        if let Some(findings) = &self.findings {
            let dialog = ExportDialog::new(findings.tenant.clone(), self.lang, self.now);
            self.dialog = Some(Dialog::Export(dialog));
        }
    }

    pub(super) fn selected_finding(&self) -> Option<&Finding> {
        self.findings.as_ref()?.selected_finding()
    }

    fn on_tenants_loaded(&mut self, result: Result<Vec<TenantSummary>, String>) -> Vec<Effect> {
        match result {
            Ok(tenants) => {
                self.tenants.tenants = tenants;
                self.tenants.is_loaded = true;
                self.tenants.select(self.tenants.selected);
            }
            Err(error) => {
                self.toast(
                    ToastLevel::Error,
                    "toast-tenants-failed",
                    vec![("error", error)],
                );
                return Vec::new();
            }
        }
        let Some(name) = self.open_on_load.take() else {
            return Vec::new();
        };
        self.open_requested(&name)
    }

    /// Opens the tenant named at start-up: its findings, or a collection first.
    fn open_requested(&mut self, name: &TenantName) -> Vec<Effect> {
        let Some(index) = self.tenants.tenants.iter().position(|t| &t.name == name) else {
            let tenant = name.to_string();
            self.toast(
                ToastLevel::Error,
                "toast-tenant-unknown",
                vec![("tenant", tenant)],
            );
            return Vec::new();
        };
        self.tenants.select(index);
        if self.tenants.tenants[index].last_assessed.is_none() {
            return self.start_collection(name.clone());
        }
        self.open_findings(name.clone())
    }

    fn on_demo_added(&mut self, result: Result<(), String>) -> Vec<Effect> {
        match result {
            Ok(()) => {
                self.toast(ToastLevel::Info, "toast-demo-added", Vec::new());
                vec![Effect::LoadTenants]
            }
            Err(error) => {
                self.toast(
                    ToastLevel::Error,
                    "toast-demo-failed",
                    vec![("error", error)],
                );
                Vec::new()
            }
        }
    }

    /// Shows the loaded findings and requests the statistics shown beside them.
    fn on_findings_loaded(
        &mut self,
        tenant: TenantName,
        result: Result<Vec<Finding>, String>,
    ) -> Vec<Effect> {
        let Some(state) = self.findings.as_mut().filter(|f| f.tenant == tenant) else {
            return Vec::new();
        };
        match result {
            Ok(findings) => {
                state.set_findings(findings);
                vec![Effect::LoadStatistics(tenant)]
            }
            Err(error) => {
                state.is_loading = false;
                let args = vec![("tenant", tenant.to_string()), ("error", error)];
                self.toast(ToastLevel::Error, "toast-findings-failed", args);
                Vec::new()
            }
        }
    }

    fn on_triage_saved(
        &mut self,
        tenant: &TenantName,
        decision: &TriageDecision,
        result: Result<(), String>,
    ) -> Vec<Effect> {
        if let Err(error) = result {
            let args = vec![("check", decision.check_id.to_string()), ("error", error)];
            self.toast(ToastLevel::Error, "toast-triage-failed", args);
            return Vec::new();
        }
        if let Some(state) = self.findings.as_mut().filter(|f| &f.tenant == tenant) {
            state.apply_triage(decision);
        }
        let args = vec![("check", decision.check_id.to_string())];
        self.toast(ToastLevel::Info, "toast-triage-saved", args);
        Vec::new()
    }

    fn on_collect_event(&mut self, tenant: &TenantName, event: CollectEvent) {
        let now = self.now;
        if let Some(run) = self.runs.get_mut(tenant) {
            run.apply(event, now);
        }
    }

    fn on_collection_finished(
        &mut self,
        tenant: TenantName,
        result: Result<(), String>,
    ) -> Vec<Effect> {
        let now = self.now;
        // Notices about the run being busy end with the run.
        self.toasts
            .dismiss(&["toast-collection-busy", "toast-collection-still-running"]);
        let Some(collection) = self.runs.get_mut(&tenant) else {
            return Vec::new();
        };
        let name = tenant.to_string();
        if result.is_err() && collection.is_cancelling {
            collection.interrupt(now);
            let args = vec![("tenant", name)];
            self.toast(ToastLevel::Info, "toast-run-cancelled", args);
            return vec![Effect::LoadTenants];
        }
        if let Err(error) = result {
            collection.fail(error.clone(), now);
            let args = vec![("tenant", name), ("error", error)];
            self.toast(ToastLevel::Error, "toast-collection-failed", args);
            return vec![Effect::LoadTenants];
        }
        collection.finish(now);
        let mut effects = vec![Effect::LoadTenants, Effect::LoadChanges(tenant.clone())];
        let is_viewed = self.runs.viewed.as_ref() == Some(&tenant);
        if self.screen == Screen::Collection && is_viewed && self.dialog.is_none() {
            effects.extend(self.open_findings(tenant));
        } else {
            self.toast(
                ToastLevel::Info,
                "toast-collection-done",
                vec![("tenant", name)],
            );
        }
        effects
    }

    /// Closes the export dialog on success; on failure a waiting dialog shows the error and
    /// keeps the typed path. A dialog closed meanwhile leaves the outcome to a toast.
    fn on_export_finished(&mut self, result: Result<std::path::PathBuf, String>) {
        if let Some(Dialog::Export(export)) = self.dialog.as_mut().filter(|_| result.is_err())
            && export.is_running
        {
            export.is_running = false;
            export.problem = result.err().map(ExportProblem::Failed);
            return;
        }
        if matches!(&self.dialog, Some(Dialog::Export(export)) if export.is_running) {
            self.dialog = None;
        }
        match result {
            Ok(path) => {
                let args = vec![("path", path.display().to_string())];
                self.toast(ToastLevel::Info, "toast-export-done", args);
            }
            Err(error) => {
                self.toast(
                    ToastLevel::Error,
                    "toast-export-failed",
                    vec![("error", error)],
                );
            }
        }
    }

    pub(super) fn toast(
        &mut self,
        level: ToastLevel,
        id: &'static str,
        args: Vec<(&'static str, String)>,
    ) {
        self.toasts.push(level, id, args, self.now);
    }
}

/// Several runs at once, cancelling and resuming them, and the tenant form.
impl App {
    /// Shows the run of `tenant` with a notice when it is still going; returns true then.
    fn show_busy_run(&mut self, tenant: &TenantName) -> bool {
        if !self.runs.is_running(tenant) {
            return false;
        }
        let args = vec![("tenant", tenant.to_string())];
        self.toast(ToastLevel::Info, "toast-collection-busy", args);
        self.view_run(tenant, self.screen);
        true
    }

    /// Continues the interrupted assessment of `tenant` in a new run.
    fn resume_collection(&mut self, tenant: &TenantSummary) -> Vec<Effect> {
        if self.show_busy_run(&tenant.name) {
            return Vec::new();
        }
        let is_interrupted = self.runs.get(&tenant.name).map_or(
            tenant.latest_state == Some(AssessmentState::Interrupted),
            |run| run.phase == RunPhase::Interrupted,
        );
        if !is_interrupted {
            let args = vec![("tenant", tenant.name.to_string())];
            self.toast(ToastLevel::Info, "toast-nothing-to-resume", args);
            return Vec::new();
        }
        self.forget_recent_changes(&tenant.name);
        self.runs.start(tenant.name.clone(), self.now);
        self.runs.return_to = Some(self.screen);
        self.screen = Screen::Collection;
        vec![Effect::ResumeCollection(tenant.name.clone())]
    }

    /// Asks whether to cancel the run of `tenant`, when it is going.
    fn ask_cancel(&mut self, tenant: TenantName) {
        if self.runs.is_running(&tenant) {
            self.dialog = Some(Dialog::ConfirmCancel(tenant));
        } else {
            let args = vec![("tenant", tenant.to_string())];
            self.toast(ToastLevel::Info, "toast-no-run", args);
        }
    }

    fn on_confirm_cancel_action(&mut self, action: Action) -> Vec<Effect> {
        let Some(Dialog::ConfirmCancel(tenant)) = self.dialog.clone() else {
            return Vec::new();
        };
        match action {
            Action::Confirm => {
                self.dialog = None;
                if let Some(run) = self.runs.get_mut(&tenant).filter(|r| r.is_running()) {
                    run.is_cancelling = true;
                    return vec![Effect::CancelRun(tenant)];
                }
            }
            Action::Cancel => self.dialog = None,
            _ => {}
        }
        Vec::new()
    }

    /// Shows the runs screen, or a notice when the session started no run.
    fn show_runs(&mut self) {
        if self.runs.is_empty() {
            self.toast(ToastLevel::Info, "toast-no-runs", Vec::new());
            return;
        }
        self.runs.select(self.runs.selected);
        self.screen = Screen::Runs;
    }

    /// Shows the live view of the run of `tenant`; Esc returns to `from`.
    fn view_run(&mut self, tenant: &TenantName, from: Screen) {
        if self.runs.get(tenant).is_none() {
            let args = vec![("tenant", tenant.to_string())];
            self.toast(ToastLevel::Info, "toast-no-run", args);
            return;
        }
        self.runs.viewed = Some(tenant.clone());
        if from != Screen::Collection {
            self.runs.return_to = Some(from);
        }
        self.screen = Screen::Collection;
    }

    fn on_runs_action(&mut self, action: Action) -> Vec<Effect> {
        let selected = self.runs.selected_run().map(|run| run.tenant.clone());
        match action {
            Action::SelectNext => self.runs.select(self.runs.selected + 1),
            Action::SelectPrevious => self.runs.select(self.runs.selected.saturating_sub(1)),
            Action::SelectFirst => self.runs.select(0),
            Action::SelectLast => self.runs.select(usize::MAX),
            Action::ShowHelp => self.dialog = Some(Dialog::Help),
            Action::Back => {
                self.screen = Screen::Tenants;
                return vec![Effect::LoadTenants];
            }
            Action::ViewRun => {
                if let Some(tenant) = selected {
                    self.view_run(&tenant, Screen::Runs);
                }
            }
            Action::CancelRun => {
                if let Some(tenant) = selected {
                    self.ask_cancel(tenant);
                }
            }
            _ => {}
        }
        Vec::new()
    }

    /// Asks the backend for the tenant's settings; the edit form opens when they arrive.
    fn edit_tenant(&mut self, tenant: &TenantSummary) -> Vec<Effect> {
        if tenant.is_demo {
            self.toast(ToastLevel::Info, "toast-demo-not-editable", Vec::new());
            return Vec::new();
        }
        vec![Effect::LoadTenantSettings(tenant.name.clone())]
    }

    fn on_tenant_settings(&mut self, tenant: &TenantName, result: Result<Box<Tenant>, String>) {
        match result {
            Ok(settings) if self.dialog.is_none() => {
                self.dialog = Some(Dialog::TenantForm(Box::new(TenantForm::for_tenant(
                    *settings,
                ))));
            }
            Ok(_) => {}
            Err(error) => {
                let args = vec![("tenant", tenant.to_string()), ("error", error)];
                self.toast(ToastLevel::Error, "toast-tenant-settings-failed", args);
            }
        }
    }

    fn on_form_action(&mut self, action: Action) -> Vec<Effect> {
        let Some(Dialog::TenantForm(form)) = self.dialog.as_mut() else {
            return Vec::new();
        };
        match action {
            Action::Cancel => self.dialog = None,
            Action::NextField => form.next_field(),
            Action::PreviousField => form.previous_field(),
            Action::Confirm if !form.is_saving => {
                if let Some(tenant) = form.validated() {
                    form.is_saving = true;
                    let is_new = form.is_new;
                    let tenant = Box::new(tenant);
                    return vec![Effect::SaveTenant { tenant, is_new }];
                }
            }
            _ => {}
        }
        Vec::new()
    }

    /// Closes the form once the tenant is saved; on failure the form shows the error and
    /// keeps what was typed.
    fn on_tenant_saved(&mut self, tenant: &TenantName, result: Result<(), String>) -> Vec<Effect> {
        let name = tenant.to_string();
        match (result, self.dialog.as_mut()) {
            (Err(error), Some(Dialog::TenantForm(form))) => {
                form.is_saving = false;
                form.problem = Some(FormProblem::Failed(error));
                Vec::new()
            }
            (Err(error), _) => {
                let args = vec![("tenant", name), ("error", error)];
                self.toast(ToastLevel::Error, "toast-tenant-save-failed", args);
                Vec::new()
            }
            (Ok(()), dialog) => {
                if matches!(dialog, Some(Dialog::TenantForm(_))) {
                    self.dialog = None;
                }
                self.toast(
                    ToastLevel::Info,
                    "toast-tenant-saved",
                    vec![("tenant", name)],
                );
                vec![Effect::LoadTenants]
            }
        }
    }
}
