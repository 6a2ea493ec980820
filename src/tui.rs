//! The terminal user interface: tenants, live collection, findings with triage, and report
//! export.
//!
//! Built Elm-like: [`App`] contains all state, and [`App::update`] turns a [`Msg`] (a key
//! action, a collector event, the outcome of background work) into state changes and
//! [`Effect`]s, without I/O. The loop in `runtime` draws, reads the terminal, and runs the
//! effects against a [`Backend`]. The TUI never opens a store or an HTTP client itself; the
//! backend does that work.
//!
//! Submodules: `action` and `keymap` (keys to actions per [`Mode`]), `msg` (messages and
//! effects), `app` (state and update), `collection`, `findings`, `history`, `dialog`, `triage`,
//! `text_input` and `toast` (per-screen and per-dialog state), `screen` (renderers, untrusted
//! text through [`crate::display`]), `theme`, `terminal` (setup and restore), `runtime` (event
//! loop and effect runner), and `workspace_backend` (the [`Backend`] over the [`Workspace`](crate::workspace::Workspace)).

mod action;
mod app;
mod collection;
mod dialog;
mod findings;
mod findings_query;
mod history;
mod keymap;
mod keymap_config;
mod msg;
mod runtime;
mod screen;
mod terminal;
mod text_input;
mod theme;
mod toast;
mod triage;
mod workspace_backend;

mod runs;
mod tenant_form;

use std::path::PathBuf;
use std::sync::Arc;

use futures::future::BoxFuture;

pub use crate::display::sanitize;
pub use action::Action;
pub use app::{App, Screen, TenantsState};
pub use collection::{CollectionState, DatasetPhase, DatasetProgress, RunPhase};
pub use dialog::{
    DateProblem, Dialog, ExportDialog, ExportField, ExportProblem, KeyStorageDialog, NoteDialog,
    PurgeDialog,
};
pub use findings::{FindingsState, RecentChanges, sort_by_risk};
pub use findings_query::{FindingsQuery, Search, SortKey, StatusFilter};
pub use history::{DeleteDialog, HistoryState};
pub use keymap::{Binding, Key, Keymap, Mode};
pub use keymap_config::KeymapError;
pub use msg::{Effect, Hit, Msg};
pub use runtime::{EffectRunner, prepare_frame};
pub use screen::{Ui, detail_layout, detail_max_scroll, finding_titles, hit_test, render};
pub use text_input::{EditKey, TextInput};
pub use theme::{DARK_THEME, HIGH_CONTRAST_THEME, LIGHT_THEME, Theme, ThemeError};
pub use toast::{Toast, ToastLevel, Toasts};
pub use triage::{AnnotationChange, CommentDialog, ExceptDialog, ExceptTarget, OverrideDialog};
pub use workspace_backend::WorkspaceBackend;

pub use runs::Runs;
pub use tenant_form::{CredentialKind, FormField, FormProblem, TenantForm};

use crate::i18n::Lang;
use crate::keys::KeyStorage;
use crate::model::{CollectEvent, Finding, TenantName, TenantSummary, TriageDecision};
use crate::report::ReportFormat;
use crate::stats::Statistics;

/// The open question where tenant keys go, asked once at start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyStorageQuestion {
    /// Whether `CRAY_PASSPHRASE` is set, so that a passphrase can be used.
    pub passphrase_set: bool,
}

/// Operations the TUI requests from the rest of cray, implemented by the workspace.
///
/// The synchronous methods may block on disk I/O; the TUI calls them in `spawn_blocking`.
pub trait Backend: Send + Sync + 'static {
    /// Returns every registered tenant with its latest assessment summary.
    ///
    /// # Errors
    /// Returns an error when the registry or a store cannot be read.
    fn tenants(&self) -> anyhow::Result<Vec<TenantSummary>>;

    /// Registers the built-in demo tenant.
    ///
    /// # Errors
    /// Returns an error when the registry cannot be written.
    fn add_demo_tenant(&self) -> anyhow::Result<()>;

    /// Returns the findings of the tenant's newest evaluated assessment.
    ///
    /// # Errors
    /// Returns an error when the tenant's store cannot be read.
    fn findings(&self, tenant: &TenantName) -> anyhow::Result<Vec<Finding>>;

    /// Returns the anonymized statistics shown beside each finding. The default has none,
    /// for backends without a statistics store.
    ///
    /// # Errors
    /// Returns an error when the statistics store cannot be read.
    fn statistics(&self) -> anyhow::Result<Statistics> {
        Ok(Statistics::default())
    }

    /// Stores a triage decision.
    ///
    /// # Errors
    /// Returns an error when the tenant's store cannot be written.
    fn save_triage(&self, tenant: &TenantName, decision: TriageDecision) -> anyhow::Result<()>;

    /// Deletes the tenant with its key, store and recorded reports, and returns a one-line
    /// summary of what was removed and what was left behind.
    ///
    /// # Errors
    /// Returns an error when the key, the store or the registry entry cannot be removed.
    fn purge_tenant(&self, tenant: &TenantName) -> anyhow::Result<String>;

    /// Returns the question where tenant keys go, when it is still open: on first use, with
    /// `key_storage` left at `auto` and no keychain. The default asks nothing.
    ///
    /// # Errors
    /// Returns an error when the config file cannot be read.
    fn key_storage_question(&self) -> anyhow::Result<Option<KeyStorageQuestion>> {
        Ok(None)
    }

    /// Saves where new tenant keys go and uses it from now on. The default does nothing.
    ///
    /// # Errors
    /// Returns an error when the config file cannot be written.
    fn set_key_storage(&self, choice: KeyStorage) -> anyhow::Result<()> {
        let _ = choice;
        Ok(())
    }

    /// Returns the one-time notices produced since the last call, such as where a new tenant
    /// key is kept. The default has none.
    fn notices(&self) -> Vec<String> {
        Vec::new()
    }

    /// Collects and evaluates the tenant, sending progress on `events`; the future ends with
    /// `Ok` once the findings are ready.
    fn collect(
        &self,
        tenant: &TenantName,
        events: tokio::sync::mpsc::Sender<CollectEvent>,
    ) -> BoxFuture<'static, anyhow::Result<()>>;

    /// Writes the tenant's report in `lang` and `format` to `path` and returns the path
    /// written.
    fn export_report(
        &self,
        tenant: &TenantName,
        lang: Lang,
        format: ReportFormat,
        path: PathBuf,
    ) -> BoxFuture<'static, anyhow::Result<PathBuf>>;

    /// Collects like [`Backend::collect`], or with `run.resume` continues the tenant's newest
    /// interrupted assessment. Cancelling `run.cancel` stops the run and keeps what was read,
    /// so that it can be resumed. The default starts [`Backend::collect`], ignores the token
    /// and cannot resume.
    fn collect_run(
        &self,
        tenant: &TenantName,
        events: tokio::sync::mpsc::Sender<CollectEvent>,
        run: CollectRun,
    ) -> BoxFuture<'static, anyhow::Result<()>> {
        if run.resume {
            let tenant = tenant.clone();
            return Box::pin(async move {
                anyhow::bail!("this backend cannot resume the collection of tenant {tenant}")
            });
        }
        self.collect(tenant, events)
    }

    /// Returns the registered settings of a tenant, for the edit form. The default has none.
    ///
    /// # Errors
    /// Returns an error when no tenant has that name.
    fn tenant_settings(&self, tenant: &TenantName) -> anyhow::Result<crate::tenant::Tenant> {
        anyhow::bail!("this backend cannot edit tenant {tenant}")
    }

    /// Registers `tenant` when `is_new`, and otherwise replaces the display name, client id,
    /// cloud and credential of the registered tenant of that name. The default saves nothing.
    ///
    /// # Errors
    /// Returns an error when a field is invalid, the name is taken or unknown, or the
    /// registry cannot be written.
    fn save_tenant(&self, tenant: crate::tenant::Tenant, is_new: bool) -> anyhow::Result<()> {
        let _ = is_new;
        anyhow::bail!("this backend cannot save tenant {}", tenant.name)
    }

    /// Stores an exception, severity override or note.
    ///
    /// # Errors
    /// Fails when the change is invalid or the store cannot be written; this default, for
    /// backends without triage records, always fails.
    fn save_annotation(&self, tenant: &TenantName, change: AnnotationChange) -> anyhow::Result<()> {
        let _ = (tenant, change);
        anyhow::bail!("this backend does not store exceptions, overrides or notes")
    }

    /// Returns a tenant's assessments, newest first, with counts and score.
    ///
    /// # Errors
    /// Fails when the store cannot be read; this default always fails.
    fn history(&self, tenant: &TenantName) -> anyhow::Result<Vec<crate::workspace::HistoryEntry>> {
        let _ = tenant;
        anyhow::bail!("this backend keeps no assessment history")
    }

    /// Compares an older and a newer assessment of a tenant.
    ///
    /// # Errors
    /// Fails when an assessment is unknown or the store cannot be read; this default always
    /// fails.
    fn diff(
        &self,
        tenant: &TenantName,
        old: crate::model::AssessmentId,
        new: crate::model::AssessmentId,
    ) -> anyhow::Result<crate::triage::AssessmentDiff> {
        let _ = (tenant, old, new);
        anyhow::bail!("this backend keeps no assessment history")
    }

    /// Deletes an assessment with all its data and returns a one-line summary.
    ///
    /// # Errors
    /// Fails when the assessment is unknown or something of it remains; this default always
    /// fails.
    fn delete_assessment(
        &self,
        tenant: &TenantName,
        id: crate::model::AssessmentId,
    ) -> anyhow::Result<String> {
        let _ = (tenant, id);
        anyhow::bail!("this backend keeps no assessment history")
    }
}

/// Start options of a collection run and the token that stops it.
#[derive(Debug, Clone, Default)]
pub struct CollectRun {
    /// Continue the newest interrupted assessment instead of starting a new one.
    pub resume: bool,
    /// Cancelled to stop the run.
    pub cancel: tokio_util::sync::CancellationToken,
}

/// Start-up options of the TUI.
#[derive(Debug, Clone, Default)]
pub struct TuiOptions {
    /// Interface language; also the default report language.
    pub lang: Lang,
    /// Tenant whose findings open at start, collected first when it has no assessment.
    pub open_tenant: Option<TenantName>,
    /// Built-in colour theme.
    pub theme: crate::config::ThemeName,
    /// Keys per action name from the config file's `[keys]` table.
    pub keys: std::collections::BTreeMap<String, Vec<String>>,
}

/// Runs the TUI on the current terminal until the consultant quits.
///
/// The terminal is restored on every exit path, panics included.
///
/// # Errors
/// Returns an error when the terminal cannot be set up, read or drawn, or the embedded texts
/// or theme are invalid. Backend failures are shown as toasts and do not end the TUI.
pub async fn run<B: Backend>(backend: Arc<B>, options: TuiOptions) -> anyhow::Result<()> {
    runtime::run(backend, options).await
}

/// Runs the TUI over a workspace in `lang`, opening `open_tenant` first if given.
///
/// # Errors
/// Returns the errors of [`run`].
pub async fn run_workspace(
    workspace: Arc<crate::workspace::Workspace>,
    lang: Lang,
    open_tenant: Option<TenantName>,
) -> anyhow::Result<()> {
    let config = crate::config::Config::load(workspace.paths())?;
    let keys: std::collections::BTreeMap<String, Vec<String>> = config
        .keys
        .into_iter()
        .map(|(action, keys)| (action, keys.0))
        .collect();
    // Checked here as well as at start-up so that the error names the file.
    if let Err(error) = Keymap::with_overrides(&keys) {
        let path = workspace
            .paths()
            .config_dir
            .join(crate::config::CONFIG_FILE);
        anyhow::bail!("config file {} is invalid: {error}", path.display());
    }
    let options = TuiOptions {
        lang,
        open_tenant,
        theme: config.tui.theme,
        keys,
    };
    let backend = Arc::new(WorkspaceBackend::new(workspace));
    run(backend, options).await
}
