//! The [`Backend`] of the real program: each call goes to the [`Workspace`], which owns the
//! registry, the tenant stores, the collector and the report renderer.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context as _;
use futures::FutureExt as _;
use futures::future::BoxFuture;
use tokio::sync::mpsc;

use super::{Backend, CollectRun, KeyStorageQuestion};
use crate::i18n::Lang;
use crate::keys::KeyStorage;
use crate::model::AssessmentId;
use crate::model::{CollectEvent, Finding, TenantName, TenantSummary, TriageDecision};
use crate::report::ReportFormat;
use crate::stats::Statistics;
use crate::tenant::Tenant;
use crate::triage::AssessmentDiff;
use crate::tui::AnnotationChange;
use crate::workspace::{DeleteReport, HistoryEntry, PurgeReport, Workspace};

/// Serves the TUI from a [`Workspace`].
#[derive(Debug, Clone)]
pub struct WorkspaceBackend {
    workspace: Arc<Workspace>,
}

impl WorkspaceBackend {
    /// Wraps a shared workspace.
    #[must_use]
    pub fn new(workspace: Arc<Workspace>) -> Self {
        Self { workspace }
    }
}

impl Backend for WorkspaceBackend {
    fn tenants(&self) -> anyhow::Result<Vec<TenantSummary>> {
        Ok(self.workspace.summaries()?)
    }

    fn add_demo_tenant(&self) -> anyhow::Result<()> {
        self.workspace.ensure_demo()?;
        Ok(())
    }

    fn findings(&self, tenant: &TenantName) -> anyhow::Result<Vec<Finding>> {
        let (_, findings) = self.workspace.findings(tenant.as_str())?;
        Ok(findings)
    }

    fn statistics(&self) -> anyhow::Result<Statistics> {
        Ok(self.workspace.statistics()?)
    }

    fn save_triage(&self, tenant: &TenantName, decision: TriageDecision) -> anyhow::Result<()> {
        Ok(self.workspace.set_triage(tenant.as_str(), &decision)?)
    }

    fn purge_tenant(&self, tenant: &TenantName) -> anyhow::Result<String> {
        let report = self.workspace.purge(tenant.as_str())?;
        Ok(purge_summary(&report))
    }

    fn key_storage_question(&self) -> anyhow::Result<Option<KeyStorageQuestion>> {
        let open = self.workspace.key_storage_undecided()?;
        Ok(open.then(|| KeyStorageQuestion {
            passphrase_set: crate::keys::passphrase_in_env(),
        }))
    }

    fn set_key_storage(&self, choice: KeyStorage) -> anyhow::Result<()> {
        Ok(self.workspace.set_key_storage(choice)?)
    }

    fn notices(&self) -> Vec<String> {
        self.workspace.take_notices()
    }

    fn collect(
        &self,
        tenant: &TenantName,
        events: mpsc::Sender<CollectEvent>,
    ) -> BoxFuture<'static, anyhow::Result<()>> {
        self.start_run(tenant, events, CollectRun::default())
    }

    fn export_report(
        &self,
        tenant: &TenantName,
        lang: Lang,
        format: ReportFormat,
        path: PathBuf,
    ) -> BoxFuture<'static, anyhow::Result<PathBuf>> {
        let workspace = Arc::clone(&self.workspace);
        let tenant = tenant.clone();
        async move {
            // Rendering a report is CPU-bound and writes a file, so it leaves the async
            // workers.
            let export =
                move || workspace.export_report(tenant.as_str(), lang, &path, format, None);
            let written = tokio::task::spawn_blocking(export)
                .await
                .context("the report export task failed")??;
            Ok(written)
        }
        .boxed()
    }

    fn collect_run(
        &self,
        tenant: &TenantName,
        events: mpsc::Sender<CollectEvent>,
        run: CollectRun,
    ) -> BoxFuture<'static, anyhow::Result<()>> {
        self.start_run(tenant, events, run)
    }

    fn tenant_settings(&self, tenant: &TenantName) -> anyhow::Result<Tenant> {
        Ok(self.workspace.tenant(tenant.as_str())?)
    }

    fn save_tenant(&self, tenant: Tenant, is_new: bool) -> anyhow::Result<()> {
        if is_new {
            self.workspace.add_tenant(tenant)?;
        } else {
            self.workspace.edit_tenant(tenant.name.as_str(), |saved| {
                saved.display_name = tenant.display_name;
                saved.client_id = tenant.client_id;
                saved.cloud = tenant.cloud;
                saved.credential = tenant.credential;
            })?;
        }
        Ok(())
    }

    fn save_annotation(&self, tenant: &TenantName, change: AnnotationChange) -> anyhow::Result<()> {
        self.apply_annotation(tenant, change)
    }

    fn history(&self, tenant: &TenantName) -> anyhow::Result<Vec<HistoryEntry>> {
        Ok(self.workspace.history(tenant.as_str())?)
    }

    fn diff(
        &self,
        tenant: &TenantName,
        old: AssessmentId,
        new: AssessmentId,
    ) -> anyhow::Result<AssessmentDiff> {
        let ids = (old.to_string(), new.to_string());
        Ok(self
            .workspace
            .diff(tenant.as_str(), Some((&ids.0, &ids.1)))?)
    }

    fn delete_assessment(&self, tenant: &TenantName, id: AssessmentId) -> anyhow::Result<String> {
        let report = self
            .workspace
            .delete_assessment(tenant.as_str(), &id.to_string())?;
        Ok(delete_summary(&report))
    }
}

impl WorkspaceBackend {
    /// Applies one annotation change through the workspace.
    fn apply_annotation(
        &self,
        tenant: &TenantName,
        change: AnnotationChange,
    ) -> anyhow::Result<()> {
        let name = tenant.as_str();
        match change {
            AnnotationChange::Except(exception) => {
                self.workspace.set_exception(name, &exception)?
            }
            AnnotationChange::RemoveException {
                check_id,
                object_id,
            } => self
                .workspace
                .remove_exception(name, &check_id, &object_id)?,
            AnnotationChange::Override { check_id, severity } => {
                let severity = severity.as_ref().map(|(s, reason)| (*s, reason.as_str()));
                self.workspace.set_override(name, &check_id, severity)?;
            }
            AnnotationChange::Note { check_id, text } => {
                self.workspace.set_note(name, &check_id, &text)?;
            }
        }
        Ok(())
    }
}

impl WorkspaceBackend {
    /// Starts or resumes a collection run; see [`Backend::collect_run`].
    fn start_run(
        &self,
        tenant: &TenantName,
        events: mpsc::Sender<CollectEvent>,
        run: CollectRun,
    ) -> BoxFuture<'static, anyhow::Result<()>> {
        let workspace = Arc::clone(&self.workspace);
        let tenant = tenant.clone();
        async move {
            if run.resume {
                workspace
                    .resume(tenant.as_str(), events, run.cancel)
                    .await?;
            } else {
                workspace
                    .collect(tenant.as_str(), events, run.cancel)
                    .await?;
            }
            Ok(())
        }
        .boxed()
    }
}

/// Returns one line on what an assessment deletion removed.
fn delete_summary(report: &DeleteReport) -> String {
    format!(
        "{} datasets, {} results and {} report files removed; the store holds nothing of it",
        report.datasets,
        report.results,
        report.removed_exports.len()
    )
}

/// Returns one line on what the purge removed and whether files still mention the tenant.
fn purge_summary(report: &PurgeReport) -> String {
    let removed = report.removed_dirs.len() + report.removed_exports.len();
    let key = if report.key_destroyed {
        "key destroyed"
    } else {
        "no key found"
    };
    match report.leftovers.as_slice() {
        [] => format!("{key}, {removed} paths removed, no leftovers found"),
        leftovers => format!(
            "{key}, {removed} paths removed, {} files still mention the tenant, first {}",
            leftovers.len(),
            leftovers[0].display()
        ),
    }
}
