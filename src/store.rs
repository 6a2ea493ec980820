//! One sled database per tenant, behind the [`Store`] trait.
//!
//! Trees: `assessments` (id → [`Assessment`]), `datasets` (assessment id + dataset key →
//! [`DatasetRecord`]), `results` (assessment id + check id → [`CheckResult`]) and `triage`
//! (check id → [`TriageDecision`]). Values are JSON. Triage is kept per tenant, not per
//! assessment, so decisions carry into the next assessment.
//!
//! This module never deletes a tenant's directory; purging is the workspace's job.

use std::path::{Path, PathBuf};

use crate::model::{Assessment, AssessmentId, CheckResult, Dataset, DatasetRecord, TriageDecision};

/// Version of the stored layout; a store written by another version is rejected.
pub const SCHEMA_VERSION: u32 = 1;

/// Errors of the tenant store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another cray process has the store open.
    #[error("the store at {path} is open in another cray process; close that process and retry")]
    Locked {
        /// Store directory.
        path: PathBuf,
    },
    /// sled failed to open, read or write.
    #[error("store at {path} failed: {source}")]
    Sled {
        /// Store directory.
        path: PathBuf,
        /// sled's error.
        #[source]
        source: Box<sled::Error>,
    },
    /// A stored value is not valid JSON of the expected type.
    #[error("store at {path} holds an unreadable value under {key}: {source}")]
    Corrupt {
        /// Store directory.
        path: PathBuf,
        /// Key of the value.
        key: String,
        /// Decoder error.
        #[source]
        source: serde_json::Error,
    },
    /// The store was written by an incompatible version of cray.
    #[error(
        "store at {path} has layout version {found}, this cray reads version {SCHEMA_VERSION}; \
         use the matching cray version or purge the tenant and collect again"
    )]
    WrongVersion {
        /// Store directory.
        path: PathBuf,
        /// Version found.
        found: u32,
    },
}

/// Result alias of this module.
pub type Result<T> = std::result::Result<T, StoreError>;

/// Persistence of one tenant's assessments, datasets, results and triage.
pub trait Store: Send + Sync {
    /// Inserts or replaces an assessment.
    ///
    /// # Errors
    /// Fails when the database cannot be written.
    fn put_assessment(&self, assessment: &Assessment) -> Result<()>;

    /// Returns one assessment.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    fn assessment(&self, id: AssessmentId) -> Result<Option<Assessment>>;

    /// Returns every assessment, oldest first.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    fn assessments(&self) -> Result<Vec<Assessment>>;

    /// Inserts or replaces one dataset of an assessment.
    ///
    /// # Errors
    /// Fails when the database cannot be written.
    fn put_dataset(&self, id: AssessmentId, record: &DatasetRecord) -> Result<()>;

    /// Returns every dataset of an assessment.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    fn datasets(&self, id: AssessmentId) -> Result<Vec<DatasetRecord>>;

    /// Replaces all check results of an assessment.
    ///
    /// # Errors
    /// Fails when the database cannot be written.
    fn put_results(&self, id: AssessmentId, results: &[CheckResult]) -> Result<()>;

    /// Returns the check results of an assessment, ordered by check id.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    fn results(&self, id: AssessmentId) -> Result<Vec<CheckResult>>;

    /// Inserts or replaces the triage decision of a check.
    ///
    /// # Errors
    /// Fails when the database cannot be written.
    fn put_triage(&self, decision: &TriageDecision) -> Result<()>;

    /// Returns every triage decision, ordered by check id.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    fn triage(&self) -> Result<Vec<TriageDecision>>;

    /// Deletes an assessment with its datasets and results.
    ///
    /// # Errors
    /// Fails when the database cannot be written.
    fn delete_assessment(&self, id: AssessmentId) -> Result<()>;

    /// Blocks until every write so far is on disk.
    ///
    /// # Errors
    /// Fails when the database cannot be flushed.
    fn flush(&self) -> Result<()>;

    /// Returns the newest assessment, by start time.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    fn latest_assessment(&self) -> Result<Option<Assessment>> {
        Ok(self.assessments()?.into_iter().max_by_key(|a| a.started_at))
    }
}

/// [`Store`] on sled 0.34. Cloning shares the open database.
#[derive(Clone)]
pub struct SledStore {
    path: PathBuf,
    db: sled::Db,
    assessments: sled::Tree,
    datasets: sled::Tree,
    results: sled::Tree,
    triage: sled::Tree,
}

impl std::fmt::Debug for SledStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SledStore")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

const VERSION_KEY: &[u8] = b"schema_version";

impl SledStore {
    /// Opens or creates the store in `dir`.
    ///
    /// # Errors
    /// Returns [`StoreError::Locked`] when another process has it open, and
    /// [`StoreError::WrongVersion`] when its layout version differs.
    pub fn open(dir: &Path) -> Result<Self> {
        let path = dir.to_path_buf();
        let db = sled::Config::new()
            .path(dir)
            .open()
            .map_err(|e| open_error(&path, e))?;
        let tree = |name: &str| db.open_tree(name).map_err(|e| sled_error(&path, e));
        let store = Self {
            assessments: tree("assessments")?,
            datasets: tree("datasets")?,
            results: tree("results")?,
            triage: tree("triage")?,
            path: path.clone(),
            db,
        };
        store.check_version()?;
        Ok(store)
    }

    /// Returns the store directory.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn check_version(&self) -> Result<()> {
        let found = self.db.get(VERSION_KEY).map_err(|e| self.sled_err(e))?;
        match found {
            None => {
                self.db
                    .insert(VERSION_KEY, &SCHEMA_VERSION.to_be_bytes())
                    .map_err(|e| self.sled_err(e))?;
                Ok(())
            }
            Some(bytes) => {
                let found = <[u8; 4]>::try_from(bytes.as_ref()).map_or(0, u32::from_be_bytes);
                if found == SCHEMA_VERSION {
                    Ok(())
                } else {
                    Err(StoreError::WrongVersion {
                        path: self.path.clone(),
                        found,
                    })
                }
            }
        }
    }

    fn sled_err(&self, error: sled::Error) -> StoreError {
        sled_error(&self.path, error)
    }

    fn put_json<T: serde::Serialize>(
        &self,
        tree: &sled::Tree,
        key: &[u8],
        value: &T,
    ) -> Result<()> {
        let bytes = serde_json::to_vec(value).map_err(|source| StoreError::Corrupt {
            path: self.path.clone(),
            key: String::from_utf8_lossy(key).into_owned(),
            source,
        })?;
        tree.insert(key, bytes).map_err(|e| self.sled_err(e))?;
        Ok(())
    }

    fn decode<T: serde::de::DeserializeOwned>(&self, key: &[u8], bytes: &[u8]) -> Result<T> {
        serde_json::from_slice(bytes).map_err(|source| StoreError::Corrupt {
            path: self.path.clone(),
            key: String::from_utf8_lossy(key).into_owned(),
            source,
        })
    }

    fn scan<T: serde::de::DeserializeOwned>(
        &self,
        tree: &sled::Tree,
        prefix: &[u8],
    ) -> Result<Vec<T>> {
        let mut values = Vec::new();
        for entry in tree.scan_prefix(prefix) {
            let (key, bytes) = entry.map_err(|e| self.sled_err(e))?;
            values.push(self.decode(&key, &bytes)?);
        }
        Ok(values)
    }

    fn remove_prefix(&self, tree: &sled::Tree, prefix: &[u8]) -> Result<()> {
        let mut batch = sled::Batch::default();
        for entry in tree.scan_prefix(prefix).keys() {
            batch.remove(entry.map_err(|e| self.sled_err(e))?);
        }
        tree.apply_batch(batch).map_err(|e| self.sled_err(e))
    }
}

/// Key prefix of everything stored for one assessment: its id and a separator.
fn assessment_prefix(id: AssessmentId) -> Vec<u8> {
    format!("{id}/").into_bytes()
}

fn child_key(id: AssessmentId, child: &str) -> Vec<u8> {
    let mut key = assessment_prefix(id);
    key.extend_from_slice(child.as_bytes());
    key
}

fn sled_error(path: &Path, error: sled::Error) -> StoreError {
    StoreError::Sled {
        path: path.to_path_buf(),
        source: Box::new(error),
    }
}

fn open_error(path: &Path, error: sled::Error) -> StoreError {
    // sled 0.34.7 wraps a held file lock into an I/O error of kind Other whose text is
    // "could not acquire lock on ...: WouldBlock".
    if let sled::Error::Io(io) = &error {
        let text = io.to_string();
        if io.kind() == std::io::ErrorKind::WouldBlock || text.contains("could not acquire lock") {
            return StoreError::Locked {
                path: path.to_path_buf(),
            };
        }
    }
    sled_error(path, error)
}

impl Store for SledStore {
    fn put_assessment(&self, assessment: &Assessment) -> Result<()> {
        self.put_json(
            &self.assessments,
            assessment.id.to_string().as_bytes(),
            assessment,
        )
    }

    fn assessment(&self, id: AssessmentId) -> Result<Option<Assessment>> {
        let key = id.to_string();
        let found = self
            .assessments
            .get(key.as_bytes())
            .map_err(|e| self.sled_err(e))?;
        found
            .map(|bytes| self.decode(key.as_bytes(), &bytes))
            .transpose()
    }

    fn assessments(&self) -> Result<Vec<Assessment>> {
        let mut all: Vec<Assessment> = self.scan(&self.assessments, b"")?;
        all.sort_by_key(|a| a.started_at);
        Ok(all)
    }

    fn put_dataset(&self, id: AssessmentId, record: &DatasetRecord) -> Result<()> {
        self.put_json(&self.datasets, &child_key(id, record.dataset.key()), record)
    }

    fn datasets(&self, id: AssessmentId) -> Result<Vec<DatasetRecord>> {
        self.scan(&self.datasets, &assessment_prefix(id))
    }

    fn put_results(&self, id: AssessmentId, results: &[CheckResult]) -> Result<()> {
        self.remove_prefix(&self.results, &assessment_prefix(id))?;
        let mut batch = sled::Batch::default();
        for result in results {
            let key = child_key(id, &result.check_id.0);
            let bytes = serde_json::to_vec(result).map_err(|source| StoreError::Corrupt {
                path: self.path.clone(),
                key: String::from_utf8_lossy(&key).into_owned(),
                source,
            })?;
            batch.insert(key, bytes);
        }
        self.results
            .apply_batch(batch)
            .map_err(|e| self.sled_err(e))
    }

    fn results(&self, id: AssessmentId) -> Result<Vec<CheckResult>> {
        self.scan(&self.results, &assessment_prefix(id))
    }

    fn put_triage(&self, decision: &TriageDecision) -> Result<()> {
        self.put_json(&self.triage, decision.check_id.0.as_bytes(), decision)
    }

    fn triage(&self) -> Result<Vec<TriageDecision>> {
        self.scan(&self.triage, b"")
    }

    fn delete_assessment(&self, id: AssessmentId) -> Result<()> {
        let prefix = assessment_prefix(id);
        self.remove_prefix(&self.datasets, &prefix)?;
        self.remove_prefix(&self.results, &prefix)?;
        self.assessments
            .remove(id.to_string().as_bytes())
            .map_err(|e| self.sled_err(e))?;
        self.flush()
    }

    fn flush(&self) -> Result<()> {
        self.db.flush().map(|_| ()).map_err(|e| self.sled_err(e))
    }
}

/// Returns the dataset of `records` with the given key, if present.
#[must_use]
pub fn find_dataset(records: &[DatasetRecord], dataset: Dataset) -> Option<&DatasetRecord> {
    records.iter().find(|r| r.dataset == dataset)
}

#[cfg(test)]
mod tests {
    use time::OffsetDateTime;

    use super::*;
    use crate::model::{AssessmentState, CheckId, DatasetState, Status, TenantName, TriageStatus};

    fn assessment(started: i64) -> Assessment {
        Assessment {
            id: AssessmentId::new(),
            tenant: TenantName::new("contoso").unwrap(),
            started_at: OffsetDateTime::from_unix_timestamp(started).unwrap(),
            finished_at: None,
            state: AssessmentState::Collecting,
            error: None,
        }
    }

    fn record(dataset: Dataset) -> DatasetRecord {
        DatasetRecord {
            dataset,
            state: DatasetState::Complete,
            objects: vec![serde_json::json!({"id": "1", "displayName": "Zoë Ünal"})],
            pages: 1,
            collected_at: OffsetDateTime::UNIX_EPOCH,
        }
    }

    fn result(check: &str) -> CheckResult {
        CheckResult {
            check_id: CheckId(check.to_owned()),
            status: Status::Fail,
            reason: None,
            detail: "x".to_owned(),
            detail_message: None,
            affected: Vec::new(),
        }
    }

    #[test]
    fn data_survives_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let first = assessment(100);
        {
            let store = SledStore::open(dir.path()).unwrap();
            store.put_assessment(&first).unwrap();
            store
                .put_dataset(first.id, &record(Dataset::Users))
                .unwrap();
            store
                .put_results(first.id, &[result("CRAY-ENTRA-001")])
                .unwrap();
            store.flush().unwrap();
        }
        let store = SledStore::open(dir.path()).unwrap();
        assert_eq!(store.assessment(first.id).unwrap(), Some(first.clone()));
        assert_eq!(
            store.datasets(first.id).unwrap(),
            vec![record(Dataset::Users)]
        );
        assert_eq!(store.results(first.id).unwrap().len(), 1);
    }

    #[test]
    fn second_open_reports_locked() {
        let dir = tempfile::tempdir().unwrap();
        let _held = SledStore::open(dir.path()).unwrap();
        let error = SledStore::open(dir.path()).unwrap_err();
        assert!(matches!(error, StoreError::Locked { .. }), "{error:?}");
    }

    #[test]
    fn delete_assessment_keeps_others() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path()).unwrap();
        let (old, new) = (assessment(1), assessment(2));
        for a in [&old, &new] {
            store.put_assessment(a).unwrap();
            store.put_dataset(a.id, &record(Dataset::Groups)).unwrap();
            store
                .put_results(a.id, &[result("CRAY-ENTRA-002")])
                .unwrap();
        }
        store.delete_assessment(old.id).unwrap();
        assert_eq!(store.assessments().unwrap(), vec![new.clone()]);
        assert!(store.datasets(old.id).unwrap().is_empty());
        assert!(store.results(old.id).unwrap().is_empty());
        assert_eq!(store.datasets(new.id).unwrap().len(), 1);
        assert_eq!(store.latest_assessment().unwrap(), Some(new));
    }

    #[test]
    fn put_results_replaces_previous_set() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path()).unwrap();
        let a = assessment(1);
        store
            .put_results(a.id, &[result("A"), result("B")])
            .unwrap();
        store.put_results(a.id, &[result("C")]).unwrap();
        let ids: Vec<_> = store
            .results(a.id)
            .unwrap()
            .into_iter()
            .map(|r| r.check_id.0)
            .collect();
        assert_eq!(ids, vec!["C"]);
    }

    #[test]
    fn triage_is_replaced_per_check() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path()).unwrap();
        let decide = |status| TriageDecision {
            check_id: CheckId("CRAY-ENTRA-003".to_owned()),
            status,
            note: "approved by CISO".to_owned(),
            decided_at: OffsetDateTime::UNIX_EPOCH,
            expires_on: None,
        };
        store
            .put_triage(&decide(TriageStatus::AcceptedRisk))
            .unwrap();
        store
            .put_triage(&decide(TriageStatus::FalsePositive))
            .unwrap();
        let all = store.triage().unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].status, TriageStatus::FalsePositive);
    }
}
