//! The one place that orchestrates tenants, collection runs, evaluation, triage, export and
//! purge. The CLI and the TUI both call it; it owns the open tenant stores.
//!
//! It must not format anything for a terminal: it returns data and typed errors.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use time::OffsetDateTime;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::check::Catalogue;
use crate::collect::auth::SignInHooks;
use crate::collect::{self, CollectRequest};
use crate::config::Config;
use crate::i18n::{Lang, Localizer};
use crate::keys::{KeyError, KeyRing, KeyStorage, OsKeychain, Prompt};
use crate::model::{
    Assessment, AssessmentId, AssessmentState, CheckId, CollectEvent, Dataset, DatasetState,
    Finding, Severity, Status, TenantName, TenantSummary, TriageDecision, TriageStatus,
};
use crate::paths::Paths;
use crate::report::{self, ReportFormat, ReportInput};
use crate::sim;
use crate::stats::{self, Statistics, StatsError, StatsStore};
use crate::store::{ExportRecord, SledStore, Store, StoreError};
use crate::tenant::{CredentialRef, EndpointOverrides, Registry, RegistryError, Tenant};

/// Returns a new assessment of `tenant` in the collecting state.
fn new_assessment(tenant: &TenantName) -> Assessment {
    Assessment {
        id: AssessmentId::new(),
        tenant: tenant.clone(),
        started_at: OffsetDateTime::now_utc(),
        finished_at: None,
        state: AssessmentState::Collecting,
        error: None,
    }
}

/// Outcome of `cray import`: the new assessment, the datasets read and the skipped files.
#[derive(Debug, Clone)]
pub struct ImportSummary {
    /// The assessment made from the folder.
    pub assessment: AssessmentId,
    /// Datasets the folder held, in the order of [`Dataset::ALL`].
    pub imported: Vec<Dataset>,
    /// Files that matched no dataset.
    pub skipped: Vec<crate::import::SkippedFile>,
}

/// Errors of workspace operations; each names the tenant or file involved and the fix.
#[derive(Debug, thiserror::Error)]
pub enum WorkspaceError {
    /// The tenant registry failed.
    #[error(transparent)]
    Registry(#[from] RegistryError),
    /// A tenant store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The check catalogue failed to load.
    #[error("check catalogue failed to load: {0}")]
    Catalogue(String),
    /// The tenant's credential is not available.
    #[error(transparent)]
    Credential(#[from] crate::collect::auth::CredentialError),
    /// The in-process simulator for the demo tenant did not start.
    #[error("the demo tenant simulator did not start: {0}")]
    Simulator(String),
    /// Collection failed as a whole.
    #[error("collection of tenant {tenant} failed: {message}")]
    Collect {
        /// Tenant short name.
        tenant: TenantName,
        /// Collector message (never contains the secret).
        message: String,
    },
    /// Collection was cancelled; what was read so far is kept for a resumed run.
    #[error(
        "collection of tenant {tenant} was interrupted; `cray collect {tenant} --resume` \
         continues it where it stopped"
    )]
    Interrupted {
        /// Tenant short name.
        tenant: TenantName,
    },
    /// The tenant has no interrupted assessment to resume.
    #[error(
        "tenant {0} has no interrupted assessment to resume; run `cray collect {0}` to start \
         a new one"
    )]
    NothingToResume(TenantName),
    /// The tenant has no evaluated assessment yet.
    #[error("tenant {0} has no evaluated assessment yet; run `cray collect {0}` first")]
    NoAssessment(TenantName),
    /// The report could not be written.
    #[error("report for tenant {tenant} failed: {message}")]
    Report {
        /// Tenant short name.
        tenant: TenantName,
        /// Renderer message, naming the path.
        message: String,
    },
    /// A tenant key cannot be created or read.
    #[error(transparent)]
    Key(#[from] KeyError),
    /// The store exists but its key is gone.
    #[error(
        "the store of tenant {tenant} exists but its key is gone, so it cannot be read; \
         `cray purge {tenant}` removes the unreadable data"
    )]
    KeyMissing {
        /// Tenant short name.
        tenant: TenantName,
    },
    /// The settings file is invalid.
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    /// No assessment has that id.
    #[error("tenant {tenant} has no assessment {id}; `cray assessment list {tenant}` lists them")]
    UnknownAssessment {
        /// Tenant short name.
        tenant: TenantName,
        /// The id asked for.
        id: String,
    },
    /// Deleting an assessment left something behind.
    #[error("deleting assessment {id} left data behind: {what}; run the delete again")]
    DeleteIncomplete {
        /// Assessment id.
        id: AssessmentId,
        /// Description of what remains.
        what: String,
    },
    /// A locale file is broken.
    #[error(transparent)]
    Locale(#[from] crate::i18n::LocaleError),
    /// Purging failed part-way; the message lists what is left.
    #[error("purge of tenant {tenant} failed at {path}: {source}; remove that path by hand")]
    Purge {
        /// Tenant short name.
        tenant: String,
        /// Path that could not be removed.
        path: PathBuf,
        /// I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The import folder could not be read.
    #[error(transparent)]
    Import(#[from] crate::import::ImportError),
    /// An internal task failed to finish.
    #[error("internal task failed: {0}")]
    Task(String),
    /// The anonymized statistics could not be read.
    #[error(transparent)]
    Statistics(#[from] StatsError),
    /// A triage decision, exception or override is invalid.
    #[error(transparent)]
    Triage(#[from] crate::model::TriageError),
    /// A diff needs two evaluated assessments.
    #[error("tenant {0} needs two evaluated assessments to compare; run `cray collect {0}` again")]
    NothingToCompare(TenantName),
    /// The check id is not in the catalogue.
    #[error("unknown check {check}; `cray findings {tenant} --all` lists the check ids")]
    UnknownCheck {
        /// Tenant short name.
        tenant: TenantName,
        /// The id given.
        check: CheckId,
    },
}

/// Result alias of this module.
pub type Result<T> = std::result::Result<T, WorkspaceError>;

pub use assessments::DeleteReport;
pub use doctor::{DoctorReport, StoreHealth};
pub use history::HistoryEntry;
pub use purge::PurgeReport;

mod assessments;
mod doctor;
mod history;
mod purge;
mod triage;

/// Everything cray manages under one set of [`Paths`].
pub struct Workspace {
    paths: Paths,
    registry: Mutex<Registry>,
    stores: Mutex<HashMap<TenantName, Arc<SledStore>>>,
    /// One lock per tenant while its store opens, so that different tenants' stores open at
    /// the same time and one tenant's store opens once.
    opening: Mutex<HashMap<TenantName, Arc<Mutex<()>>>>,
    catalogue: Arc<Catalogue>,
    keys: KeyRing,
    notices: Mutex<Vec<String>>,
}

impl std::fmt::Debug for Workspace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Workspace")
            .field("paths", &self.paths)
            .finish_non_exhaustive()
    }
}

impl Workspace {
    /// Opens the workspace: loads the registry and the check catalogue.
    ///
    /// # Errors
    /// Fails when the registry file is unreadable or the catalogue does not load.
    pub fn open(paths: Paths) -> Result<Self> {
        Self::open_with_prompt(paths, None)
    }

    /// Opens the workspace like [`Workspace::open`]; `prompt` reads the passphrase when
    /// keys are kept under one and `CRAY_PASSPHRASE` is not set. New keys use the method
    /// in `CRAY_KEY_STORAGE`, else as `key_storage` in the config file's `[security]`.
    ///
    /// # Errors
    /// Fails when the registry, the config file or the catalogue does not load.
    pub fn open_with_prompt(paths: Paths, prompt: Option<Prompt>) -> Result<Self> {
        for dir in [&paths.data_dir, &paths.config_dir] {
            crate::fsperm::create_private_dir(dir).map_err(|source| RegistryError::Io {
                path: dir.clone(),
                source,
            })?;
        }
        let registry = Registry::load(&paths.registry_file())?;
        let catalogue =
            Catalogue::embedded().map_err(|e| WorkspaceError::Catalogue(e.to_string()))?;
        let storage = match std::env::var(crate::keys::KEY_STORAGE_VAR) {
            Ok(text) if !text.is_empty() => text.parse::<KeyStorage>()?,
            _ => Config::load(&paths)?.security.key_storage,
        };
        let mut keys = KeyRing::new(&paths.config_dir, storage, Box::new(OsKeychain));
        if let Some(prompt) = prompt {
            keys = keys.with_prompt(prompt);
        }
        Ok(Self {
            paths,
            registry: Mutex::new(registry),
            stores: Mutex::new(HashMap::new()),
            opening: Mutex::new(HashMap::new()),
            catalogue: Arc::new(catalogue),
            keys,
            notices: Mutex::new(Vec::new()),
        })
    }

    /// Returns the tenant key storage.
    #[must_use]
    pub fn keys(&self) -> &KeyRing {
        &self.keys
    }

    /// Returns whether to ask where keys go: `key_storage` is `auto` and not set in the config
    /// file, no keychain responds, and no tenant key exists yet.
    ///
    /// # Errors
    /// Fails when the config file cannot be read.
    pub fn key_storage_undecided(&self) -> Result<bool> {
        Ok(self.keys.storage() == KeyStorage::Auto
            && !self.keys.keychain_available()
            && !self.keys.has_any_key()
            && !crate::config::key_storage_is_set(&self.paths)?)
    }

    /// Writes `storage` into the config file and uses it for keys created from now on.
    ///
    /// # Errors
    /// Fails when the config file cannot be read or written.
    pub fn set_key_storage(&self, storage: KeyStorage) -> Result<()> {
        crate::config::set_key_storage(&self.paths, storage)?;
        self.keys.set_storage(storage);
        Ok(())
    }

    /// Returns and clears the messages to show the user once, such as the warning that a
    /// key is kept in a plain key file.
    pub fn take_notices(&self) -> Vec<String> {
        std::mem::take(
            &mut *self
                .notices
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        )
    }

    /// Returns the directories in use.
    #[must_use]
    pub fn paths(&self) -> &Paths {
        &self.paths
    }

    /// Returns the check catalogue.
    #[must_use]
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    fn registry(&self) -> MutexGuard<'_, Registry> {
        // A poisoned lock only means another thread panicked mid-call; the registry on disk
        // is written atomically, so the in-memory copy is still usable.
        self.registry
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Returns every registered tenant.
    #[must_use]
    pub fn tenants(&self) -> Vec<Tenant> {
        self.registry().tenants().to_vec()
    }

    /// Returns one tenant.
    ///
    /// # Errors
    /// Fails when no tenant has that name.
    pub fn tenant(&self, name: &str) -> Result<Tenant> {
        Ok(self.registry().get(name)?.clone())
    }

    /// Registers a tenant.
    ///
    /// # Errors
    /// Fails on an invalid field, a duplicate name or a write error.
    pub fn add_tenant(&self, tenant: Tenant) -> Result<()> {
        self.registry().add(tenant)?;
        Ok(())
    }

    /// Changes a registered tenant's settings and returns the tenant as saved.
    ///
    /// # Errors
    /// Fails when no tenant has that name, the changed settings are invalid, or the registry
    /// cannot be written.
    pub fn edit_tenant(&self, name: &str, change: impl FnOnce(&mut Tenant)) -> Result<Tenant> {
        Ok(self.registry().update(name, change)?)
    }

    /// Unregisters a tenant and returns it; its stored data stays until it is purged.
    ///
    /// # Errors
    /// Fails when no tenant has that name or the registry cannot be written.
    pub fn remove_tenant(&self, name: &str) -> Result<Tenant> {
        let removed = self.registry().remove(name)?;
        self.close_store(&removed.name);
        Ok(removed)
    }

    /// Registers the built-in demo tenant under the short name `demo`, unless it exists.
    ///
    /// # Errors
    /// Fails when the registry cannot be written.
    pub fn ensure_demo(&self) -> Result<Tenant> {
        let mut registry = self.registry();
        if let Ok(existing) = registry.get(crate::tenant::DEMO_NAME) {
            if !existing.demo {
                return Err(WorkspaceError::Registry(RegistryError::InvalidField {
                    field: "name",
                    message: "a tenant named demo is registered that is not the built-in demo \
                              tenant; unregister it with `cray tenant remove demo`"
                        .to_owned(),
                }));
            }
            return Ok(existing.clone());
        }
        let tenant = demo_tenant();
        registry.add(tenant.clone())?;
        Ok(tenant)
    }

    /// Returns the tenant's open store, opening it on first use.
    ///
    /// # Errors
    /// Fails when the store cannot be opened, for example because another cray has it.
    pub fn store(&self, name: &TenantName) -> Result<Arc<SledStore>> {
        if let Some(store) = self.open_stores().get(name) {
            return Ok(Arc::clone(store));
        }
        let gate = {
            let mut opening = self
                .opening
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            Arc::clone(opening.entry(name.clone()).or_default())
        };
        let _opening = gate
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(store) = self.open_stores().get(name) {
            return Ok(Arc::clone(store));
        }
        let tenant = self.tenant(name.as_str())?;
        let store = Arc::new(self.open_store(&tenant)?);
        mark_interrupted(store.as_ref())?;
        self.open_stores().insert(name.clone(), Arc::clone(&store));
        Ok(store)
    }

    fn open_stores(&self) -> MutexGuard<'_, HashMap<TenantName, Arc<SledStore>>> {
        self.stores
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Opens the tenant's store with its key, creating the key for a new store. A plaintext
    /// version-1 store gets a new key and is migrated.
    fn open_store(&self, tenant: &Tenant) -> Result<SledStore> {
        let dir = self.paths.tenant_store_dir(&tenant.name);
        let tenant_dir = self.paths.tenant_dir(&tenant.name);
        let io = |path: &Path, source| StoreError::Sled {
            path: path.to_path_buf(),
            source: Box::new(sled::Error::Io(source)),
        };
        for private in [tenant_dir.parent().unwrap_or(&tenant_dir), &tenant_dir] {
            crate::fsperm::create_private_dir(private).map_err(|e| io(private, e))?;
        }
        let key = match self.keys.load(&tenant.local_id)? {
            Some(key) => key,
            None => {
                // A new store is not opened twice, so sled starts one log segment, not two.
                let version = match dir.exists() {
                    true => SledStore::peek_version(&dir)?,
                    false => None,
                };
                if version.is_some_and(|v| v > 1) {
                    return Err(WorkspaceError::KeyMissing {
                        tenant: tenant.name.clone(),
                    });
                }
                let (key, notice) = self.keys.create(&tenant.local_id)?;
                if let Some(notice) = notice {
                    self.notices
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .push(notice.0);
                }
                key
            }
        };
        // The local id beside the store lets a purge find the key after `tenant remove`. It
        // is written only when it changed, because the synced write costs milliseconds at
        // every start.
        let id_file = tenant_dir.join(purge::LOCAL_ID_FILE);
        if std::fs::read(&id_file).ok().as_deref() != Some(tenant.local_id.as_bytes()) {
            crate::tenant::write_atomically(&id_file, tenant.local_id.as_bytes())
                .map_err(|e| io(&id_file, e))?;
        }
        Ok(SledStore::open(&dir, &key)?)
    }

    fn close_store(&self, name: &TenantName) {
        let mut stores = self
            .stores
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let Some(store) = stores.remove(name) else {
            return;
        };
        if let Err(error) = store.flush() {
            // Store errors name the store path, which contains the short name, so log the cause only.
            let cause = std::error::Error::source(&error).map(ToString::to_string);
            tracing::warn!(?cause, "flush before close failed");
        }
    }

    /// Collects every dataset of a tenant into a new assessment, evaluates the checks and
    /// stores the results. Progress goes to `events`.
    ///
    /// # Errors
    /// Fails when the secret is missing, sign-in fails, or the store fails. Datasets that
    /// cannot be read do not fail the run; their checks become not assessable.
    pub async fn collect(
        &self,
        name: &str,
        events: mpsc::Sender<CollectEvent>,
        cancel: CancellationToken,
    ) -> Result<AssessmentId> {
        self.collect_with_hooks(name, events, cancel, &SignInHooks::default())
            .await
    }

    /// Collects like [`Workspace::collect`]; `hooks` prompt for secrets, show a device code
    /// and show the permission preflight.
    ///
    /// # Errors
    /// See [`Workspace::collect`].
    pub async fn collect_with_hooks(
        &self,
        name: &str,
        events: mpsc::Sender<CollectEvent>,
        cancel: CancellationToken,
        hooks: &SignInHooks,
    ) -> Result<AssessmentId> {
        let tenant = self.tenant(name)?;
        let store = self.store(&tenant.name)?;
        let assessment = Assessment {
            id: AssessmentId::new(),
            tenant: tenant.name.clone(),
            started_at: OffsetDateTime::now_utc(),
            finished_at: None,
            state: AssessmentState::Collecting,
            error: None,
        };
        self.run_assessment(&tenant, &store, assessment, (events, cancel), hooks)
            .await
    }

    /// Continues the tenant's newest interrupted assessment after its last stored page, then
    /// evaluates it like [`Workspace::collect`]. Datasets already complete are kept.
    ///
    /// # Errors
    /// Fails with [`WorkspaceError::NothingToResume`] when no assessment is interrupted, and
    /// otherwise like [`Workspace::collect`].
    pub async fn resume(
        &self,
        name: &str,
        events: mpsc::Sender<CollectEvent>,
        cancel: CancellationToken,
    ) -> Result<AssessmentId> {
        let tenant = self.tenant(name)?;
        let store = self.store(&tenant.name)?;
        let Some(mut assessment) = store
            .assessments()?
            .into_iter()
            .filter(|a| a.state == AssessmentState::Interrupted)
            .max_by_key(|a| a.started_at)
        else {
            return Err(WorkspaceError::NothingToResume(tenant.name.clone()));
        };
        assessment.state = AssessmentState::Collecting;
        assessment.error = None;
        let hooks = SignInHooks::default();
        self.run_assessment(&tenant, &store, assessment, (events, cancel), &hooks)
            .await
    }

    /// Collects into `assessment` (new or resumed), then evaluates it.
    async fn run_assessment(
        &self,
        tenant: &Tenant,
        store: &SledStore,
        mut assessment: Assessment,
        (events, cancel): (mpsc::Sender<CollectEvent>, CancellationToken),
        hooks: &SignInHooks,
    ) -> Result<AssessmentId> {
        store.put_assessment(&assessment)?;
        store.flush()?;
        tracing::info!(tenant = %tenant.local_id, assessment = %assessment.id, "collection started");

        let outcome = self
            .collect_into(tenant, store, assessment.id, (events, cancel), hooks)
            .await;
        if let Err(error) = outcome {
            if matches!(error, WorkspaceError::Interrupted { .. }) {
                assessment.state = AssessmentState::Interrupted;
            } else {
                assessment.state = AssessmentState::Failed;
                assessment.error = Some(error.to_string());
            }
            store.put_assessment(&assessment)?;
            store.flush()?;
            // The error text can name the tenant and its sign-in URL; the user sees it, the
            // log records only that the run failed.
            tracing::warn!(tenant = %tenant.local_id, "collection failed");
            return Err(error);
        }

        self.evaluate(&tenant.name, assessment.id).await?;
        assessment.state = AssessmentState::Evaluated;
        assessment.finished_at = Some(OffsetDateTime::now_utc());
        store.put_assessment(&assessment)?;
        store.flush()?;
        self.count_statistics(store, assessment.id);
        tracing::info!(tenant = %tenant.local_id, assessment = %assessment.id, "assessment evaluated");
        Ok(assessment.id)
    }

    async fn collect_into(
        &self,
        tenant: &Tenant,
        store: &SledStore,
        id: AssessmentId,
        (events, cancel): (mpsc::Sender<CollectEvent>, CancellationToken),
        hooks: &SignInHooks,
    ) -> Result<()> {
        let (request, simulator) = sign_in_request(tenant, hooks).await?;
        let outcome = collect::collect(&request, store, id, events, cancel).await;
        if let Some(running) = simulator {
            running.shutdown().await;
        }
        outcome.map(|_| ()).map_err(|e| match e {
            collect::CollectError::Cancelled { .. } => WorkspaceError::Interrupted {
                tenant: tenant.name.clone(),
            },
            other => WorkspaceError::Collect {
                tenant: tenant.name.clone(),
                message: other.to_string(),
            },
        })
    }

    /// Makes an assessment of a registered tenant from a folder of saved Graph and Exchange
    /// responses, stores it like a collection, and evaluates the checks.
    ///
    /// The folder is read completely before anything is stored, so a bad file leaves the
    /// store untouched. Datasets absent from the folder are stored as not collected.
    ///
    /// # Errors
    /// Fails when the tenant is unknown, the folder or a file cannot be read (see
    /// [`crate::import::read_folder`]), or the store fails.
    pub async fn import(&self, name: &str, dir: &Path) -> Result<ImportSummary> {
        let tenant = self.tenant(name)?;
        let folder = crate::import::read_folder(dir)?;
        let store = self.store(&tenant.name)?;
        let mut assessment = new_assessment(&tenant.name);
        store.put_assessment(&assessment)?;
        for record in &folder.records {
            store.put_dataset(assessment.id, record)?;
        }
        store.flush()?;
        self.finish(&tenant.name, store.as_ref(), &mut assessment)
            .await?;
        tracing::info!(tenant = %tenant.local_id, assessment = %assessment.id, "import evaluated");
        Ok(ImportSummary {
            assessment: assessment.id,
            imported: folder.imported(),
            skipped: folder.skipped,
        })
    }

    /// Evaluates a stored assessment, marks it evaluated and counts it in the statistics.
    // NOTE: `collect` still repeats these steps inline.
    async fn finish(
        &self,
        name: &TenantName,
        store: &SledStore,
        assessment: &mut Assessment,
    ) -> Result<()> {
        self.evaluate(name, assessment.id).await?;
        assessment.state = AssessmentState::Evaluated;
        assessment.finished_at = Some(OffsetDateTime::now_utc());
        store.put_assessment(assessment)?;
        store.flush()?;
        self.count_statistics(store, assessment.id);
        Ok(())
    }

    /// Signs in to a tenant and returns the permission preflight of every dataset a
    /// collection reads, without reading or storing anything.
    ///
    /// # Errors
    /// Fails when the credential is missing or sign-in fails.
    pub async fn check_tenant(
        &self,
        name: &str,
        hooks: &SignInHooks,
        cancel: CancellationToken,
    ) -> Result<collect::Preflight> {
        let tenant = self.tenant(name)?;
        let (request, simulator) = sign_in_request(&tenant, hooks).await?;
        let outcome = collect::preflight(&request, &collect::RetryPolicy::default(), cancel).await;
        if let Some(running) = simulator {
            running.shutdown().await;
        }
        outcome.map_err(|e| WorkspaceError::Collect {
            tenant: tenant.name.clone(),
            message: e.to_string(),
        })
    }

    /// Evaluates every check against an assessment's stored datasets and stores the results.
    ///
    /// # Errors
    /// Fails when the store cannot be read or written.
    pub async fn evaluate(&self, name: &TenantName, id: AssessmentId) -> Result<()> {
        let store = self.store(name)?;
        let datasets = store.datasets(id)?;
        let catalogue = Arc::clone(&self.catalogue);
        let results = tokio::task::spawn_blocking(move || catalogue.evaluate(&datasets))
            .await
            .map_err(|e| WorkspaceError::Task(e.to_string()))?;
        store.put_results(id, &results)?;
        store.flush()?;
        Ok(())
    }

    /// Adds the results of a just evaluated assessment to the anonymized statistics, unless
    /// the config file switches them off. A failure is logged and does not fail the run,
    /// because the tenant's results are already stored.
    fn count_statistics(&self, store: &SledStore, id: AssessmentId) {
        let enabled = match Config::load(&self.paths) {
            Ok(config) => config.statistics.enabled,
            Err(error) => {
                tracing::warn!(%error, "statistics not counted: the config file is invalid");
                return;
            }
        };
        if !enabled {
            return;
        }
        let month = stats::month_of(OffsetDateTime::now_utc());
        let counted = store
            .results(id)
            .map_err(WorkspaceError::from)
            .and_then(|results| Ok(self.stats_store().record(&month, &results)?));
        if let Err(error) = counted {
            tracing::warn!(%error, "statistics not counted");
        }
    }

    fn stats_store(&self) -> StatsStore {
        StatsStore::in_data_dir(&self.paths.data_dir)
    }

    /// Returns the anonymized statistics of every assessment evaluated so far.
    ///
    /// # Errors
    /// Fails when the statistics database cannot be opened or read.
    pub fn statistics(&self) -> Result<Statistics> {
        Ok(self.stats_store().load()?)
    }

    /// Returns the newest evaluated assessment of a tenant, if any.
    ///
    /// # Errors
    /// Fails when the store cannot be read.
    pub fn latest_evaluated(&self, name: &TenantName) -> Result<Option<Assessment>> {
        let store = self.store(name)?;
        let assessments = store.assessments()?;
        Ok(assessments
            .into_iter()
            .filter(|a| a.state == AssessmentState::Evaluated)
            .max_by_key(|a| a.started_at))
    }

    /// Returns the findings of the newest evaluated assessment: every check's result joined
    /// with its metadata and the tenant's triage decisions.
    ///
    /// # Errors
    /// Fails with [`WorkspaceError::NoAssessment`] when nothing was evaluated yet.
    pub fn findings(&self, name: &str) -> Result<(Assessment, Vec<Finding>)> {
        let tenant = self.tenant(name)?;
        let assessment = self
            .latest_evaluated(&tenant.name)?
            .ok_or_else(|| WorkspaceError::NoAssessment(tenant.name.clone()))?;
        let findings = self.findings_of(&tenant.name, &assessment)?;
        Ok((assessment, findings))
    }

    /// Stores a triage decision; it applies to this and every later assessment.
    ///
    /// # Errors
    /// Fails when the tenant is unknown, the decision is invalid (see
    /// [`TriageDecision::validate`]) or the store cannot be written.
    pub fn set_triage(&self, name: &str, decision: &TriageDecision) -> Result<()> {
        let tenant = self.tenant(name)?;
        decision.validate(OffsetDateTime::now_utc().date())?;
        let store = self.store(&tenant.name)?;
        store.put_triage(decision)?;
        store.flush()?;
        tracing::info!(tenant = %tenant.local_id, check = %decision.check_id, status = decision.status.key(), "triage saved");
        Ok(())
    }

    /// Writes the PDF report of the newest evaluated assessment.
    ///
    /// # Errors
    /// Fails like [`Workspace::export_report`].
    pub fn export_pdf(
        &self,
        name: &str,
        lang: Lang,
        path: &Path,
        consultant: Option<&str>,
    ) -> Result<PathBuf> {
        self.export_report(name, lang, path, ReportFormat::Pdf, consultant)
    }

    /// Writes the report of the newest evaluated assessment in `format`. The company, the
    /// logo and the default consultant come from the config file; `consultant` overrides the
    /// configured name.
    ///
    /// # Errors
    /// Fails when nothing was evaluated yet, when the config file is invalid, or when the
    /// file cannot be written.
    pub fn export_report(
        &self,
        name: &str,
        lang: Lang,
        path: &Path,
        format: ReportFormat,
        consultant: Option<&str>,
    ) -> Result<PathBuf> {
        let tenant = self.tenant(name)?;
        let report_error = |message: String| WorkspaceError::Report {
            tenant: tenant.name.clone(),
            message,
        };
        let config = Config::load(&self.paths).map_err(|e| report_error(e.to_string()))?;
        let (assessment, findings) = self.findings(name)?;
        let store = self.store(&tenant.name)?;
        let datasets: Vec<(Dataset, DatasetState)> = store
            .datasets(assessment.id)?
            .into_iter()
            .map(|r| (r.dataset, r.state))
            .collect();
        let triage = store.triage()?;
        let localizer = Localizer::new(lang)?;
        let input = ReportInput {
            customer: &tenant.display_name,
            tenant_id: &tenant.tenant_id,
            assessment: &assessment,
            findings: &findings,
            datasets: &datasets,
            triage: &triage,
            consultant: consultant.or(config.report.consultant.as_deref()),
            company: config.report.company.as_deref(),
            logo: config.report.logo.as_deref(),
            generated_at: OffsetDateTime::now_utc(),
        };
        report::write_report(format, &input, &localizer, path).map_err(|error| {
            // The report error names the path; its sources carry the genpdf or OS error.
            let mut message = error.to_string();
            let mut source = std::error::Error::source(&error);
            while let Some(cause) = source {
                message.push_str(&format!(": {cause}"));
                source = cause.source();
            }
            report_error(message)
        })?;
        crate::fsperm::restrict_file(path).map_err(|e| report_error(e.to_string()))?;
        store.put_export(
            assessment.id,
            &ExportRecord {
                id: uuid::Uuid::new_v4(),
                path: std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
                format: format!("{format:?}").to_lowercase(),
                written_at: OffsetDateTime::now_utc(),
            },
        )?;
        store.flush()?;
        tracing::info!(tenant = %tenant.local_id, lang = %lang, ?format, "report written");
        Ok(path.to_path_buf())
    }

    /// Returns one summary line per tenant for the tenants screen.
    ///
    /// # Errors
    /// Fails when a store cannot be read.
    pub fn summaries(&self) -> Result<Vec<TenantSummary>> {
        // sled syncs its file when a store opens, so the stores open on several threads and
        // their waits overlap.
        let tenants = self.tenants();
        let chunk = tenants.len().div_ceil(SUMMARY_THREADS).max(1);
        std::thread::scope(|scope| {
            let workers: Vec<_> = tenants
                .chunks(chunk)
                .map(|part| scope.spawn(move || part.iter().map(|t| self.summary(t)).collect()))
                .collect();
            let mut summaries = Vec::with_capacity(tenants.len());
            for worker in workers {
                let part: Result<Vec<TenantSummary>> = worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                summaries.extend(part?);
            }
            Ok(summaries)
        })
    }

    fn summary(&self, tenant: &Tenant) -> Result<TenantSummary> {
        let mut summary = TenantSummary {
            name: tenant.name.clone(),
            display_name: tenant.display_name.clone(),
            tenant_id: tenant.tenant_id.clone(),
            is_demo: tenant.demo,
            last_assessed: None,
            open_by_severity: [0; 5],
            passed: 0,
            not_assessable: 0,
            score: None,
            latest_state: None,
        };
        summary.latest_state = self
            .store(&tenant.name)?
            .assessments()?
            .into_iter()
            .max_by_key(|a| a.started_at)
            .map(|a| a.state);
        let findings = match self.findings(tenant.name.as_str()) {
            Ok((assessment, findings)) => {
                summary.last_assessed = Some(assessment.started_at);
                findings
            }
            Err(WorkspaceError::NoAssessment(_)) => return Ok(summary),
            Err(error) => return Err(error),
        };
        for finding in &findings {
            match finding.status {
                Status::Pass => summary.passed += 1,
                Status::NotAssessable
                | Status::NotLicensed
                | Status::NotApplicable
                | Status::Error => summary.not_assessable += 1,
                Status::Fail if finding.triage == TriageStatus::Open => {
                    let index = Severity::DESCENDING
                        .iter()
                        .position(|s| *s == finding.severity)
                        .unwrap_or_default();
                    summary.open_by_severity[index] += 1;
                }
                Status::Fail => {}
            }
        }
        summary.score = crate::report::score(&findings);
        Ok(summary)
    }
}

/// Threads that read tenant summaries at once; opening a store mostly waits for the disk.
const SUMMARY_THREADS: usize = 8;

/// Added to every simulated response of the demo tenant so its live progress is visible.
const DEMO_LATENCY: std::time::Duration = std::time::Duration::from_millis(40);

/// Builds the collection request of a tenant with its credential; for the demo tenant it
/// also starts the simulator that serves it, which lives as long as the caller keeps it.
async fn sign_in_request(
    tenant: &Tenant,
    hooks: &SignInHooks,
) -> Result<(CollectRequest, Option<sim::RunningSim>)> {
    let credential = collect::auth::resolve::credential(tenant, hooks, sim::DEMO_CLIENT_SECRET)?;
    let simulator = if tenant.demo {
        let config = sim::SimConfig {
            latency: DEMO_LATENCY,
            ..sim::SimConfig::demo()
        };
        let running = sim::start(([127, 0, 0, 1], 0).into(), config)
            .await
            .map_err(|e| WorkspaceError::Simulator(e.to_string()))?;
        Some(running)
    } else {
        None
    };
    let mut endpoints = tenant.endpoints();
    if let Some(running) = &simulator {
        let base = running.base_url();
        endpoints.login.clone_from(&base);
        endpoints.graph.clone_from(&base);
        endpoints.exchange = base;
    }
    let request = CollectRequest {
        tenant_id: tenant.tenant_id.clone(),
        client_id: tenant.client_id.clone(),
        credential,
        endpoints,
        cloud: tenant.cloud,
        datasets: Dataset::COLLECTED.to_vec(),
        on_preflight: hooks.preflight.clone(),
    };
    Ok((request, simulator))
}

/// Returns the registry entry of the built-in demo tenant.
#[must_use]
pub fn demo_tenant() -> Tenant {
    Tenant {
        name: TenantName::new("demo").unwrap_or_else(|_| unreachable!("\"demo\" is a valid name")),
        display_name: sim::DEMO_DISPLAY_NAME.to_owned(),
        tenant_id: sim::DEMO_TENANT_ID.to_owned(),
        cloud: crate::tenant::Cloud::Global,
        client_id: sim::DEMO_CLIENT_ID.to_owned(),
        credential: CredentialRef::Demo,
        endpoints: EndpointOverrides::default(),
        demo: true,
        local_id: String::new(),
    }
}
/// Marks every assessment still collecting as interrupted. Called when this process opens
/// the store: sled's lock keeps other processes out, so no run can still be going on.
fn mark_interrupted(store: &SledStore) -> Result<()> {
    let mut is_changed = false;
    for mut assessment in store.assessments()? {
        if assessment.state == AssessmentState::Collecting {
            assessment.state = AssessmentState::Interrupted;
            store.put_assessment(&assessment)?;
            is_changed = true;
        }
    }
    if is_changed {
        store.flush()?;
    }
    Ok(())
}
