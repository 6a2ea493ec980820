//! `cray doctor`: how keys are kept, which of cray's files and directories other users can
//! read, and whether each tenant store opens and decrypts.

use std::path::PathBuf;

use super::Workspace;
use crate::keys::{KeyMethod, KeyStorage};
use crate::model::TenantName;
use crate::store::{SledStore, Store};

/// Health of one tenant store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreHealth {
    /// Tenant short name.
    pub tenant: TenantName,
    /// Opaque local id.
    pub local_id: String,
    /// Storage method of the tenant's key, if it has one.
    pub key_method: Option<KeyMethod>,
    /// Whether the store has been created (the tenant was collected at least once).
    pub exists: bool,
    /// Layout version read from the store.
    pub schema_version: Option<u32>,
    /// Number of assessments, when the store opened.
    pub assessments: Option<usize>,
    /// Whether every assessment, dataset and result decrypted.
    pub decryptable: bool,
    /// Description of the problem, if any.
    pub problem: Option<String>,
}

/// Everything `cray doctor` reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DoctorReport {
    /// The configured key storage.
    pub key_storage: KeyStorage,
    /// The method a new key would use now.
    pub new_key_method: KeyMethod,
    /// Files wider than 0600 and directories wider than 0700, with their modes.
    pub too_open: Vec<(PathBuf, u32)>,
    /// One entry per registered tenant.
    pub stores: Vec<StoreHealth>,
}

impl DoctorReport {
    /// Returns true when no permission is too open and every store is healthy.
    #[must_use]
    pub fn healthy(&self) -> bool {
        self.too_open.is_empty() && self.stores.iter().all(|s| s.problem.is_none())
    }
}

impl Workspace {
    /// Checks key storage, file modes and every tenant store.
    #[must_use]
    pub fn doctor(&self) -> DoctorReport {
        let mut too_open = Vec::new();
        for root in [
            &self.paths.data_dir,
            &self.paths.config_dir,
            &self.paths.log_dir,
        ] {
            too_open.extend(crate::fsperm::too_open(root).unwrap_or_default());
        }
        DoctorReport {
            key_storage: self.keys.storage(),
            new_key_method: self.keys.method_for_new_keys(),
            too_open,
            stores: self
                .tenants()
                .iter()
                .map(|t| self.store_health(t))
                .collect(),
        }
    }

    fn store_health(&self, tenant: &crate::tenant::Tenant) -> StoreHealth {
        let dir = self.paths.tenant_store_dir(&tenant.name);
        let mut health = StoreHealth {
            tenant: tenant.name.clone(),
            local_id: tenant.local_id.clone(),
            key_method: self.keys.method(&tenant.local_id).ok().flatten(),
            exists: dir.exists(),
            schema_version: None,
            assessments: None,
            decryptable: false,
            problem: None,
        };
        if !health.exists {
            return health;
        }
        let opened = self.stores_contains(&tenant.name) || {
            match SledStore::peek_version(&dir) {
                Ok(version) => {
                    health.schema_version = version;
                    true
                }
                Err(error) => {
                    health.problem = Some(error.to_string());
                    false
                }
            }
        };
        if opened {
            match self.store(&tenant.name) {
                Ok(store) => check_contents(store.as_ref(), &mut health),
                Err(error) => health.problem = Some(crate::diagnostic::error_text(&error)),
            }
        }
        health
    }

    fn stores_contains(&self, name: &TenantName) -> bool {
        self.stores
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .contains_key(name)
    }
}

/// Reads every assessment with its datasets and results, recording the first failure.
fn check_contents(store: &dyn Store, health: &mut StoreHealth) {
    health.schema_version = Some(crate::store::SCHEMA_VERSION);
    let read_all = || -> crate::store::Result<usize> {
        let assessments = store.assessments()?;
        for assessment in &assessments {
            store.datasets(assessment.id)?;
            store.results(assessment.id)?;
            store.exports(assessment.id)?;
        }
        store.triage()?;
        Ok(assessments.len())
    };
    match read_all() {
        Ok(count) => {
            health.assessments = Some(count);
            health.decryptable = true;
        }
        Err(error) => health.problem = Some(error.to_string()),
    }
}
