//! Actions that keys trigger. The keymap turns keys into actions, and the help screen and the
//! status bar describe each action with the fluent message `action-<name>`.

/// One thing a key can ask for; [`Action::name`] is its stable `snake_case` name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Leaves cray.
    Quit,
    /// Goes back to the previous screen or closes the help.
    Back,
    /// Opens or closes the help screen.
    ShowHelp,
    /// Moves the selection down one row.
    SelectNext,
    /// Moves the selection up one row.
    SelectPrevious,
    /// Moves the selection to the first row.
    SelectFirst,
    /// Moves the selection to the last row.
    SelectLast,
    /// Opens the findings of the selected or just collected tenant.
    OpenFindings,
    /// Starts collecting and evaluating a tenant.
    StartCollection,
    /// Registers the built-in demo tenant.
    AddDemoTenant,
    /// Deletes the selected tenant with all its data, after the consultant types its name.
    PurgeTenant,
    /// Marks the selected finding as an accepted risk, after asking for a note.
    AcceptRisk,
    /// Marks the selected finding as a false positive, after asking for a note.
    MarkFalsePositive,
    /// Sets the selected finding back to open.
    Reopen,
    /// Opens the report export dialog.
    ExportReport,
    /// Scrolls the finding detail down.
    ScrollDetailDown,
    /// Scrolls the finding detail up.
    ScrollDetailUp,
    /// Confirms a dialog.
    Confirm,
    /// Closes a dialog without saving.
    Cancel,
    /// Moves the focus to the next field of a dialog.
    NextField,
    /// Moves the focus to the previous field of a dialog.
    PreviousField,
    /// Keeps new tenant keys in key files.
    UseKeyfile,
    /// Protects new tenant keys with the passphrase in `CRAY_PASSPHRASE`.
    UsePassphrase,
    /// Opens the form that registers a tenant.
    AddTenant,
    /// Opens the form that changes the selected tenant.
    EditTenant,
    /// Continues the selected tenant's interrupted collection.
    ResumeCollection,
    /// Cancels a tenant's running collection, after asking.
    CancelRun,
    /// Shows every collection run of the session.
    ShowRuns,
    /// Shows the live view of the selected tenant's run.
    ViewRun,
    /// Marks the selected finding as resolved, with an optional note.
    MarkResolved,
    /// Excepts one affected object of the selected finding, after asking for a reason.
    ExceptObject,
    /// Changes the severity of the selected finding for this tenant, with a reason.
    OverrideSeverity,
    /// Edits the free note of the selected finding.
    EditNote,
    /// Opens the tenant's assessment history.
    ShowHistory,
    /// Marks the selected assessment as one side of a comparison.
    MarkForDiff,
    /// Compares the selected assessment with the marked or the previous one. On the findings
    /// screen it opens the comparison that the line of changes counts.
    CompareAssessments,
    /// Deletes the selected assessment, after a confirmation.
    DeleteAssessment,
    /// Sorts the findings by the next key: risk, severity, effort, status, check id.
    CycleSort,
    /// Shows only the next status group of findings, then all again.
    FilterStatus,
    /// Shows only the next severity of findings, then all again.
    FilterSeverity,
    /// Shows only the next topic of findings, then all again.
    FilterTopic,
    /// Removes every filter, the search and the quick-wins view.
    ClearFilters,
    /// Starts the incremental search over check id, title and topic.
    Search,
    /// Shows the quick wins: failed findings, highest risk and lowest effort first.
    ToggleQuickWins,
    /// Moves the keys between the findings table and the detail pane.
    SwitchPane,
}

impl Action {
    /// Every action, in the order the help screen lists them.
    pub const ALL: [Self; 45] = [
        Self::Quit,
        Self::Back,
        Self::ShowHelp,
        Self::SelectNext,
        Self::SelectPrevious,
        Self::SelectFirst,
        Self::SelectLast,
        Self::OpenFindings,
        Self::StartCollection,
        Self::AddDemoTenant,
        Self::PurgeTenant,
        Self::AcceptRisk,
        Self::MarkFalsePositive,
        Self::Reopen,
        Self::ExportReport,
        Self::ScrollDetailDown,
        Self::ScrollDetailUp,
        Self::Confirm,
        Self::Cancel,
        Self::NextField,
        Self::PreviousField,
        Self::UseKeyfile,
        Self::UsePassphrase,
        Self::AddTenant,
        Self::EditTenant,
        Self::ResumeCollection,
        Self::CancelRun,
        Self::ShowRuns,
        Self::ViewRun,
        Self::MarkResolved,
        Self::ExceptObject,
        Self::OverrideSeverity,
        Self::EditNote,
        Self::ShowHistory,
        Self::MarkForDiff,
        Self::CompareAssessments,
        Self::DeleteAssessment,
        Self::CycleSort,
        Self::FilterStatus,
        Self::FilterSeverity,
        Self::FilterTopic,
        Self::ClearFilters,
        Self::Search,
        Self::ToggleQuickWins,
        Self::SwitchPane,
    ];

    /// Returns the `snake_case` name used in message ids (`action-start_collection`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Quit => "quit",
            Self::Back => "back",
            Self::ShowHelp => "show_help",
            Self::SelectNext => "select_next",
            Self::SelectPrevious => "select_previous",
            Self::SelectFirst => "select_first",
            Self::SelectLast => "select_last",
            Self::OpenFindings => "open_findings",
            Self::StartCollection => "start_collection",
            Self::AddDemoTenant => "add_demo_tenant",
            Self::PurgeTenant => "purge_tenant",
            Self::AcceptRisk => "accept_risk",
            Self::MarkFalsePositive => "mark_false_positive",
            Self::Reopen => "reopen",
            Self::ExportReport => "export_report",
            Self::ScrollDetailDown => "scroll_detail_down",
            Self::ScrollDetailUp => "scroll_detail_up",
            Self::Confirm => "confirm",
            Self::Cancel => "cancel",
            Self::NextField => "next_field",
            Self::PreviousField => "previous_field",
            Self::UseKeyfile => "use_keyfile",
            Self::UsePassphrase => "use_passphrase",
            Self::AddTenant => "add_tenant",
            Self::EditTenant => "edit_tenant",
            Self::ResumeCollection => "resume_collection",
            Self::CancelRun => "cancel_run",
            Self::ShowRuns => "show_runs",
            Self::ViewRun => "view_run",
            Self::MarkResolved => "mark_resolved",
            Self::ExceptObject => "except_object",
            Self::OverrideSeverity => "override_severity",
            Self::EditNote => "edit_note",
            Self::ShowHistory => "show_history",
            Self::MarkForDiff => "mark_for_diff",
            Self::CompareAssessments => "compare_assessments",
            Self::DeleteAssessment => "delete_assessment",
            Self::CycleSort => "cycle_sort",
            Self::FilterStatus => "filter_status",
            Self::FilterSeverity => "filter_severity",
            Self::FilterTopic => "filter_topic",
            Self::ClearFilters => "clear_filters",
            Self::Search => "search",
            Self::ToggleQuickWins => "toggle_quick_wins",
            Self::SwitchPane => "switch_pane",
        }
    }

    /// Returns the id of the fluent message that describes the action.
    #[must_use]
    pub fn message_id(self) -> String {
        format!("action-{}", self.name())
    }
}

impl std::str::FromStr for Action {
    type Err = ();

    /// Parses the `snake_case` name that [`Action::name`] returns.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|action| action.name() == name)
            .ok_or(())
    }
}
