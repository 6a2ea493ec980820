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
use super::text_input::EditKey;
use crate::i18n::Lang;
use crate::keys::KeyStorage;
use crate::model::{CheckId, CollectEvent, Finding, TenantName, TenantSummary, TriageDecision};
use crate::stats::Statistics;

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
    /// Progress of the running collection.
    Collect(CollectEvent),
    /// The collection and evaluation run ended.
    CollectionFinished {
        /// The tenant.
        tenant: TenantName,
        /// Success, after which the findings are ready, or the error text.
        result: Result<(), String>,
    },
    /// The PDF export ended.
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
    /// Writes the PDF report; the outcome arrives as [`Msg::ExportFinished`].
    ExportPdf {
        /// The tenant.
        tenant: TenantName,
        /// Report language.
        lang: Lang,
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
    /// Stops the running collection by dropping its task. The assessment stays in the
    /// collecting state.
    CancelCollection,
    /// Ends the program.
    Quit,
}
