//! Messages into the app and effects out of it.
//!
//! [`Msg`] is everything [`App::update`](super::App::update) reacts to: key actions, text
//! edits, the clock, and results of work the loop did. [`Effect`] is work the app requests
//! from the loop, because the app itself does no I/O. Errors travel as text because they are only
//! shown to the consultant.

use std::path::PathBuf;

use time::OffsetDateTime;

use super::KeyStorageQuestion;
use super::action::Action;
use super::findings::RecentChanges;
use super::text_input::EditKey;
use super::triage::AnnotationChange;
use crate::i18n::Lang;
use crate::keys::KeyStorage;
use crate::model::AssessmentId;
use crate::model::{CheckId, CollectEvent, Finding, TenantName, TenantSummary, TriageDecision};
use crate::report::ReportFormat;
use crate::stats::Statistics;
use crate::tenant::Tenant;
use crate::triage::AssessmentDiff;
use crate::workspace::HistoryEntry;

/// Input to [`App::update`](super::App::update).
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// A key bound to an action in the current mode.
    Action(Action),
    /// An unbound key in a text input mode.
    Edit(EditKey),
    /// The current time; the loop sends it before each draw.
    Clock(OffsetDateTime),
    /// The tenant list was read.
    TenantsLoaded(Result<Vec<TenantSummary>, String>),
    /// The demo tenant was registered, or registering it failed.
    DemoTenantAdded(Result<(), String>),
    /// A tenant's findings were read.
    FindingsLoaded {
        /// The tenant.
        tenant: TenantName,
        /// The findings in any order, or the error text.
        result: Result<Vec<Finding>, String>,
    },
    /// The anonymized statistics were read along with a tenant's findings.
    StatisticsLoaded {
        /// The tenant whose findings screen asked for them.
        tenant: TenantName,
        /// The statistics, or the error text.
        result: Result<Statistics, String>,
    },
    /// A triage decision was stored, or storing it failed.
    TriageSaved {
        /// The tenant.
        tenant: TenantName,
        /// The decision that was saved.
        decision: TriageDecision,
        /// Success or the error text.
        result: Result<(), String>,
    },
    /// Progress of one tenant's collection run; several runs report at once.
    Collect {
        /// The tenant being collected.
        tenant: TenantName,
        /// The collector's event.
        event: CollectEvent,
    },
    /// The collection and evaluation run ended.
    CollectionFinished {
        /// The tenant.
        tenant: TenantName,
        /// Success, after which the findings are ready, or the error text.
        result: Result<(), String>,
    },
    /// The report export ended.
    ExportFinished(Result<PathBuf, String>),
    /// A tenant was purged with a one-line summary, or purging it failed.
    TenantPurged {
        /// The tenant.
        tenant: TenantName,
        /// The summary, or the error text.
        result: Result<String, String>,
    },
    /// The backend returned whether the key storage question is open.
    KeyStorageQuestion(Result<Option<KeyStorageQuestion>, String>),
    /// The chosen key storage was saved, or saving it failed.
    KeyStorageSet {
        /// The choice.
        choice: KeyStorage,
        /// Success or the error text.
        result: Result<(), String>,
    },
    /// A one-time notice from the backend, such as where a new tenant key is kept.
    Notice(String),
    /// The last line the detail pane can scroll to at the current terminal size, measured by
    /// the renderer from the wrapped text; the loop sends it before each draw.
    DetailMaxScroll(usize),
    /// A tenant's registered settings were read for the edit form.
    TenantSettingsLoaded {
        /// The tenant.
        tenant: TenantName,
        /// The settings, or the error text.
        result: Result<Box<Tenant>, String>,
    },
    /// The tenant form was saved, or saving it failed.
    TenantSaved {
        /// The tenant.
        tenant: TenantName,
        /// Success or the error text.
        result: Result<(), String>,
    },
    /// An exception, severity override or note was stored, or storing it failed.
    AnnotationSaved {
        /// The tenant.
        tenant: TenantName,
        /// The change that was saved.
        change: AnnotationChange,
        /// Success or the error text.
        result: Result<(), String>,
    },
    /// A tenant's assessment history was read.
    HistoryLoaded {
        /// The tenant.
        tenant: TenantName,
        /// Assessments newest first, or the error text.
        result: Result<Vec<HistoryEntry>, String>,
    },
    /// A tenant's two newest evaluated assessments were compared after a collection.
    ChangesLoaded {
        /// The tenant.
        tenant: TenantName,
        /// The counts, `None` without an earlier evaluated assessment, or the error text.
        result: Result<Option<RecentChanges>, String>,
    },
    /// Two assessments were compared.
    DiffLoaded {
        /// The tenant.
        tenant: TenantName,
        /// The comparison, or the error text.
        result: Result<AssessmentDiff, String>,
    },
    /// An assessment was deleted with a one-line summary, or deleting it failed.
    AssessmentDeleted {
        /// The tenant.
        tenant: TenantName,
        /// The assessment.
        id: AssessmentId,
        /// The summary, or the error text.
        result: Result<String, String>,
    },
    /// The height of the detail pane in lines, the distance PgDn scrolls; the loop sends it
    /// before each draw.
    DetailPage(usize),
    /// The localized titles of the shown findings, for the search; the loop sends them once
    /// the findings arrived.
    FindingTitles(Vec<(CheckId, String)>),
    /// A mouse click on a part of the screen.
    Click(Hit),
    /// A mouse wheel turn over a part of the screen; positive `lines` scroll down.
    Wheel {
        /// The part of the screen under the pointer.
        hit: Hit,
        /// Lines to scroll, positive downwards.
        lines: isize,
    },
}

/// The part of the screen under the mouse pointer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// A row of the tenants table, by index into the tenant list.
    TenantRow(usize),
    /// A row of the findings table, by visible row.
    FindingRow(usize),
    /// The findings table outside its rows, such as the header.
    FindingsTable,
    /// The detail pane of the findings screen.
    DetailPane,
    /// The dataset list of the collection screen.
    Datasets,
}

/// Work the app requests from the loop.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Reads the tenant list; the outcome arrives as [`Msg::TenantsLoaded`].
    LoadTenants,
    /// Registers the demo tenant; the outcome arrives as [`Msg::DemoTenantAdded`].
    AddDemoTenant,
    /// Reads a tenant's findings; the outcome arrives as [`Msg::FindingsLoaded`].
    LoadFindings(TenantName),
    /// Reads the anonymized statistics for the findings screen of a tenant; the outcome
    /// arrives as [`Msg::StatisticsLoaded`].
    LoadStatistics(TenantName),
    /// Collects and evaluates a tenant; progress comes as [`Msg::Collect`], the end as
    /// [`Msg::CollectionFinished`].
    StartCollection(TenantName),
    /// Stores a triage decision; the outcome arrives as [`Msg::TriageSaved`].
    SaveTriage {
        /// The tenant.
        tenant: TenantName,
        /// The decision.
        decision: TriageDecision,
    },
    /// Writes the report; the outcome arrives as [`Msg::ExportFinished`].
    ExportReport {
        /// The tenant.
        tenant: TenantName,
        /// Report language.
        lang: Lang,
        /// File format.
        format: ReportFormat,
        /// Output file; a relative path is relative to the current directory.
        path: PathBuf,
    },
    /// Deletes a tenant with all its data; the outcome arrives as [`Msg::TenantPurged`].
    PurgeTenant(TenantName),
    /// Asks the backend whether the key storage question is open; the answer arrives as
    /// [`Msg::KeyStorageQuestion`].
    AskKeyStorage,
    /// Saves where new tenant keys go; the outcome arrives as [`Msg::KeyStorageSet`].
    SetKeyStorage(KeyStorage),
    /// Cancels every running collection, as quitting does; each assessment is kept as
    /// interrupted.
    CancelCollection,
    /// Ends the program.
    Quit,
    /// Continues the tenant's newest interrupted assessment; progress and end arrive as for
    /// [`Effect::StartCollection`].
    ResumeCollection(TenantName),
    /// Cancels the run of one tenant; its end arrives as [`Msg::CollectionFinished`] and the
    /// assessment is kept as interrupted.
    CancelRun(TenantName),
    /// Reads a tenant's registered settings; they arrive as [`Msg::TenantSettingsLoaded`].
    LoadTenantSettings(TenantName),
    /// Registers a new tenant or saves a changed one; the outcome arrives as
    /// [`Msg::TenantSaved`].
    SaveTenant {
        /// The tenant as the form built and checked it.
        tenant: Box<Tenant>,
        /// True to register it, false to change the registered tenant of that name.
        is_new: bool,
    },
    /// Stores an exception, severity override or note; the outcome arrives as
    /// [`Msg::AnnotationSaved`].
    SaveAnnotation {
        /// The tenant.
        tenant: TenantName,
        /// The change.
        change: AnnotationChange,
    },
    /// Reads a tenant's assessment history; the outcome arrives as [`Msg::HistoryLoaded`].
    LoadHistory(TenantName),
    /// Compares a tenant's two newest evaluated assessments; the outcome arrives as
    /// [`Msg::ChangesLoaded`].
    LoadChanges(TenantName),
    /// Compares two assessments; the outcome arrives as [`Msg::DiffLoaded`].
    LoadDiff {
        /// The tenant.
        tenant: TenantName,
        /// The older assessment.
        old: AssessmentId,
        /// The newer assessment.
        new: AssessmentId,
    },
    /// Deletes an assessment with all its data; the outcome arrives as
    /// [`Msg::AssessmentDeleted`].
    DeleteAssessment {
        /// The tenant.
        tenant: TenantName,
        /// The assessment.
        id: AssessmentId,
    },
}
