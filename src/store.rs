//! One sled database per tenant, behind the [`Store`] trait.
//!
//! Trees: `assessments` (id → [`Assessment`]), `datasets` (assessment id + dataset key →
//! [`DatasetRecord`]), `results` (assessment id + check id → [`CheckResult`]), `triage`
//! (check id → [`TriageDecision`]) and `exports` (assessment id + export id →
//! [`ExportRecord`]) and `pages` (assessment id + dataset key + page number → one page of
//! objects, and assessment id + dataset key + `checkpoint` → [`Checkpoint`]), `exceptions`
//! (check id + `/` + object id → [`ObjectException`]), `overrides` (check id →
//! [`SeverityOverride`]) and `notes` (check id → [`FindingNote`]). Values are JSON,
//! encrypted with the tenant's data key (see
//! [`cipher`]); keys are ids and stay readable. Triage, exceptions, overrides and notes are
//! kept per tenant, not per assessment, so they carry into the next assessment.
//!
//! The default tree contains the layout version and a key check (a sealed constant) in the
//! clear, so a wrong key fails at open with [`StoreError::WrongKey`]. A version-1 store
//! (plaintext values) is migrated on open: every value is sealed into a new database beside
//! it, which then replaces the old one, so no plaintext stays in sled's log files.
//!
//! This module never deletes a tenant's directory; purging is the workspace's job.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::keys::DataKey;
use crate::model::{
    Assessment, AssessmentId, CheckId, CheckResult, Dataset, DatasetRecord, FindingNote,
    ObjectException, SeverityOverride, TriageDecision,
};

pub mod cipher;

use cipher::ValueCipher;

/// Version of the stored layout; version 1 (plaintext) is migrated, others are rejected.
pub const SCHEMA_VERSION: u32 = 2;

/// One report file written from an assessment, recorded so that deleting the assessment can
/// delete the file too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportRecord {
    /// Random id of the record.
    pub id: uuid::Uuid,
    /// Path of the written file, as given by the user.
    pub path: PathBuf,
    /// Format name: pdf, json, csv or markdown.
    pub format: String,
    /// When the file was written.
    #[serde(with = "time::serde::rfc3339")]
    pub written_at: OffsetDateTime,
}

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
    /// The data key does not match the store.
    #[error(
        "store at {path} cannot be decrypted with the tenant's key; the key was replaced or \
         the passphrase differs; restore the key or purge the tenant and collect again"
    )]
    WrongKey {
        /// Store directory.
        path: PathBuf,
    },
    /// One value fails to decrypt although the key is right: it was altered or moved.
    #[error("store at {path}: the value under {key} fails its integrity check; it was altered")]
    Tampered {
        /// Store directory.
        path: PathBuf,
        /// Key of the value.
        key: String,
    },
    /// Migrating a version-1 store failed.
    #[error("store at {path} could not be migrated to layout version {SCHEMA_VERSION}: {source}")]
    Migrate {
        /// Store directory.
        path: PathBuf,
        /// I/O error.
        #[source]
        source: std::io::Error,
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

    /// Returns the record of one dataset of an assessment without loading its stored pages:
    /// the state tells whether it is complete.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    fn dataset_record(&self, id: AssessmentId, dataset: Dataset) -> Result<Option<DatasetRecord>>;

    /// Stores one page of a dataset together with its checkpoint, atomically, and flushes:
    /// after a crash either both are on disk or neither is. The page gets number
    /// `checkpoint.pages`, so the checkpoint must count it already.
    ///
    /// # Errors
    /// Fails when the database cannot be written.
    fn put_page(
        &self,
        id: AssessmentId,
        dataset: Dataset,
        objects: &[serde_json::Value],
        checkpoint: &Checkpoint,
    ) -> Result<()>;

    /// Returns the checkpoint of a dataset, if any page or the start of it was stored.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    fn checkpoint(&self, id: AssessmentId, dataset: Dataset) -> Result<Option<Checkpoint>>;

    /// Removes every stored page and the checkpoint of a dataset, atomically, so that its
    /// collection starts again from the first page.
    ///
    /// # Errors
    /// Fails when the database cannot be written.
    fn reset_pages(&self, id: AssessmentId, dataset: Dataset) -> Result<()>;

    /// Calls `visit` with each stored page of a dataset in page order, without loading the
    /// others; it stops at the first error `visit` returns.
    ///
    /// # Errors
    /// Fails when the database cannot be read or `visit` fails.
    fn for_each_page(
        &self,
        id: AssessmentId,
        dataset: Dataset,
        visit: &mut dyn FnMut(Vec<serde_json::Value>) -> Result<()>,
    ) -> Result<()>;

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

    /// Records a report file written from an assessment.
    ///
    /// # Errors
    /// Fails when the database cannot be written.
    fn put_export(&self, id: AssessmentId, record: &ExportRecord) -> Result<()>;

    /// Returns the recorded report files of an assessment.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    fn exports(&self, id: AssessmentId) -> Result<Vec<ExportRecord>>;

    /// Deletes an assessment with its datasets, results and export records.
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

    /// Inserts or replaces the exception of one affected object of a check.
    ///
    /// # Errors
    /// Fails when the database cannot be written.
    fn put_exception(&self, exception: &ObjectException) -> Result<()>;

    /// Removes the exception of one affected object of a check, if there is one.
    ///
    /// # Errors
    /// Fails when the database cannot be written.
    fn delete_exception(&self, check_id: &CheckId, object_id: &str) -> Result<()>;

    /// Returns every object exception, ordered by check id, then object id.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    fn exceptions(&self) -> Result<Vec<ObjectException>>;

    /// Inserts or replaces the severity override of a check.
    ///
    /// # Errors
    /// Fails when the database cannot be written.
    fn put_override(&self, severity_override: &SeverityOverride) -> Result<()>;

    /// Removes the severity override of a check, if there is one.
    ///
    /// # Errors
    /// Fails when the database cannot be written.
    fn delete_override(&self, check_id: &CheckId) -> Result<()>;

    /// Returns every severity override, ordered by check id.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    fn overrides(&self) -> Result<Vec<SeverityOverride>>;

    /// Inserts or replaces the free note of a check; a blank note removes it.
    ///
    /// # Errors
    /// Fails when the database cannot be written.
    fn put_note(&self, note: &FindingNote) -> Result<()>;

    /// Returns every free note, ordered by check id.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    fn notes(&self) -> Result<Vec<FindingNote>>;
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
    exports: sled::Tree,
    pages: sled::Tree,
    exceptions: sled::Tree,
    overrides: sled::Tree,
    notes: sled::Tree,
    cipher: Arc<ValueCipher>,
}

impl std::fmt::Debug for SledStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SledStore")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

const VERSION_KEY: &[u8] = b"schema_version";
const KEY_CHECK: &[u8] = b"key_check";
const KEY_CHECK_PLAIN: &[u8] = b"cray store key check";
const TREES: [&str; 9] = [
    "assessments",
    "datasets",
    "results",
    "triage",
    "exports",
    "pages",
    "exceptions",
    "overrides",
    "notes",
];

/// Key suffix of a dataset's checkpoint in the `pages` tree; page keys end in a number.
const CHECKPOINT_SUFFIX: &str = "checkpoint";

/// Where the collection of one dataset stands: written in one atomic batch with every page,
/// so that a run killed at any point resumes after the last page on disk.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Checkpoint {
    /// Next link of a paged list still to read. `None` when the list has no more pages or
    /// the dataset is read per parent object.
    #[serde(default)]
    pub next_link: Option<String>,
    /// Pages stored so far.
    pub pages: u32,
    /// Objects stored so far.
    pub objects: u64,
    /// For a dataset read per parent object: how many parents, in stored order, are done.
    #[serde(default)]
    pub parents_done: u64,
    /// Whether the last page is stored.
    #[serde(default)]
    pub finished: bool,
}

impl SledStore {
    /// Opens or creates the store in `dir`, encrypted with `key`. A version-1 store is
    /// migrated first. Every file of the store gets mode 0600, its directory 0700.
    ///
    /// # Errors
    /// Returns [`StoreError::Locked`] when another process has it open,
    /// [`StoreError::WrongKey`] when `key` is not the store's key, and
    /// [`StoreError::WrongVersion`] when its layout version is unknown.
    pub fn open(dir: &Path, key: &DataKey) -> Result<Self> {
        let cipher = Arc::new(ValueCipher::new(key));
        let db = open_db(dir)?;
        if read_version(dir, &db)? == Some(1) {
            migrate::from_v1(dir, db, &cipher)?;
            return Self::open(dir, key);
        }
        let store = Self::with_db(dir, db, cipher)?;
        store.check_version()?;
        crate::fsperm::restrict_tree(dir).map_err(|e| sled_error(dir, sled::Error::Io(e)))?;
        Ok(store)
    }

    /// Returns the layout version of the store in `dir` without decrypting anything, or
    /// `None` for a new store.
    ///
    /// # Errors
    /// Fails like [`SledStore::open`] when the database cannot be opened.
    pub fn peek_version(dir: &Path) -> Result<Option<u32>> {
        read_version(dir, &open_db(dir)?)
    }

    fn with_db(dir: &Path, db: sled::Db, cipher: Arc<ValueCipher>) -> Result<Self> {
        let path = dir.to_path_buf();
        let tree = |name: &str| db.open_tree(name).map_err(|e| sled_error(&path, e));
        Ok(Self {
            assessments: tree(TREES[0])?,
            datasets: tree(TREES[1])?,
            results: tree(TREES[2])?,
            triage: tree(TREES[3])?,
            exports: tree(TREES[4])?,
            pages: tree(TREES[5])?,
            exceptions: tree(TREES[6])?,
            overrides: tree(TREES[7])?,
            notes: tree(TREES[8])?,
            path: path.clone(),
            db,
            cipher,
        })
    }

    /// Returns the store directory.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn check_version(&self) -> Result<()> {
        match read_version(&self.path, &self.db)? {
            None => {
                let check = self.seal("", KEY_CHECK, KEY_CHECK_PLAIN)?;
                self.db
                    .insert(KEY_CHECK, check)
                    .map_err(|e| self.sled_err(e))?;
                self.db
                    .insert(VERSION_KEY, &SCHEMA_VERSION.to_be_bytes())
                    .map_err(|e| self.sled_err(e))?;
                self.flush()
            }
            Some(SCHEMA_VERSION) => self.check_key(),
            Some(found) => Err(StoreError::WrongVersion {
                path: self.path.clone(),
                found,
            }),
        }
    }

    fn check_key(&self) -> Result<()> {
        let sealed = self.db.get(KEY_CHECK).map_err(|e| self.sled_err(e))?;
        let opened = sealed.and_then(|s| self.cipher.open("", KEY_CHECK, &s));
        if opened.as_deref() == Some(KEY_CHECK_PLAIN) {
            Ok(())
        } else {
            Err(StoreError::WrongKey {
                path: self.path.clone(),
            })
        }
    }

    fn seal(&self, tree: &str, key: &[u8], plain: &[u8]) -> Result<Vec<u8>> {
        self.cipher
            .seal(tree, key, plain)
            .ok_or_else(|| StoreError::Tampered {
                path: self.path.clone(),
                key: String::from_utf8_lossy(key).into_owned(),
            })
    }

    fn open_value(&self, tree: &sled::Tree, key: &[u8], sealed: &[u8]) -> Result<Vec<u8>> {
        self.cipher
            .open(&tree_name(tree), key, sealed)
            .ok_or_else(|| StoreError::Tampered {
                path: self.path.clone(),
                key: String::from_utf8_lossy(key).into_owned(),
            })
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
        let bytes = self.encode(tree, key, value)?;
        tree.insert(key, bytes).map_err(|e| self.sled_err(e))?;
        Ok(())
    }

    fn encode<T: serde::Serialize>(
        &self,
        tree: &sled::Tree,
        key: &[u8],
        value: &T,
    ) -> Result<Vec<u8>> {
        let plain = zeroize::Zeroizing::new(serde_json::to_vec(value).map_err(|source| {
            StoreError::Corrupt {
                path: self.path.clone(),
                key: String::from_utf8_lossy(key).into_owned(),
                source,
            }
        })?);
        self.seal(&tree_name(tree), key, &plain)
    }

    fn decode<T: serde::de::DeserializeOwned>(
        &self,
        tree: &sled::Tree,
        key: &[u8],
        sealed: &[u8],
    ) -> Result<T> {
        let bytes = zeroize::Zeroizing::new(self.open_value(tree, key, sealed)?);
        serde_json::from_slice(&bytes).map_err(|source| StoreError::Corrupt {
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
            values.push(self.decode(tree, &key, &bytes)?);
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

fn tree_name(tree: &sled::Tree) -> String {
    String::from_utf8_lossy(&tree.name()).into_owned()
}

/// Size of sled's page cache. The default of 1 GiB let a large collection keep nearly the
/// whole store in memory. A collection writes each page once and reads it back only at
/// evaluation, so a small cache does not slow it down.
const PAGE_CACHE_BYTES: u64 = 32 * 1024 * 1024;

fn open_db(dir: &Path) -> Result<sled::Db> {
    crate::fsperm::create_private_dir(dir).map_err(|e| sled_error(dir, sled::Error::Io(e)))?;
    sled::Config::new()
        .path(dir)
        .cache_capacity(PAGE_CACHE_BYTES)
        .open()
        .map_err(|e| open_error(dir, e))
}

fn read_version(dir: &Path, db: &sled::Db) -> Result<Option<u32>> {
    let found = db.get(VERSION_KEY).map_err(|e| sled_error(dir, e))?;
    Ok(found.map(|bytes| <[u8; 4]>::try_from(bytes.as_ref()).map_or(0, u32::from_be_bytes)))
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

/// Key prefix of every page and the checkpoint of one dataset.
fn pages_prefix(id: AssessmentId, dataset: Dataset) -> Vec<u8> {
    child_key(id, &format!("{}/", dataset.key()))
}

/// Key of page `number` of a dataset; zero-padded so keys sort in page order.
fn page_key(id: AssessmentId, dataset: Dataset, number: u32) -> Vec<u8> {
    let mut key = pages_prefix(id, dataset);
    key.extend_from_slice(format!("{number:010}").as_bytes());
    key
}

fn checkpoint_key(id: AssessmentId, dataset: Dataset) -> Vec<u8> {
    let mut key = pages_prefix(id, dataset);
    key.extend_from_slice(CHECKPOINT_SUFFIX.as_bytes());
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
            .map(|bytes| self.decode(&self.assessments, key.as_bytes(), &bytes))
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
        let mut records: Vec<DatasetRecord> = self.scan(&self.datasets, &assessment_prefix(id))?;
        // Records written page by page keep their objects in the pages tree; records of
        // older versions hold them inline and have no pages.
        for record in &mut records {
            let dataset = record.dataset;
            let objects = &mut record.objects;
            self.for_each_page(id, dataset, &mut |page| {
                objects.extend(page);
                Ok(())
            })?;
        }
        Ok(records)
    }

    fn dataset_record(&self, id: AssessmentId, dataset: Dataset) -> Result<Option<DatasetRecord>> {
        let key = child_key(id, dataset.key());
        let found = self.datasets.get(&key).map_err(|e| self.sled_err(e))?;
        found
            .map(|bytes| self.decode(&self.datasets, &key, &bytes))
            .transpose()
    }

    fn put_page(
        &self,
        id: AssessmentId,
        dataset: Dataset,
        objects: &[serde_json::Value],
        checkpoint: &Checkpoint,
    ) -> Result<()> {
        let mut batch = sled::Batch::default();
        let number = checkpoint.pages.saturating_sub(1);
        if !objects.is_empty() {
            let key = page_key(id, dataset, number);
            batch.insert(key.clone(), self.encode(&self.pages, &key, &objects)?);
        }
        let key = checkpoint_key(id, dataset);
        batch.insert(key.clone(), self.encode(&self.pages, &key, checkpoint)?);
        self.pages
            .apply_batch(batch)
            .map_err(|e| self.sled_err(e))?;
        self.flush()
    }

    fn checkpoint(&self, id: AssessmentId, dataset: Dataset) -> Result<Option<Checkpoint>> {
        let key = checkpoint_key(id, dataset);
        let found = self.pages.get(&key).map_err(|e| self.sled_err(e))?;
        found
            .map(|bytes| self.decode(&self.pages, &key, &bytes))
            .transpose()
    }

    fn reset_pages(&self, id: AssessmentId, dataset: Dataset) -> Result<()> {
        self.remove_prefix(&self.pages, &pages_prefix(id, dataset))?;
        self.flush()
    }

    fn for_each_page(
        &self,
        id: AssessmentId,
        dataset: Dataset,
        visit: &mut dyn FnMut(Vec<serde_json::Value>) -> Result<()>,
    ) -> Result<()> {
        let checkpoint = checkpoint_key(id, dataset);
        for entry in self.pages.scan_prefix(pages_prefix(id, dataset)) {
            let (key, bytes) = entry.map_err(|e| self.sled_err(e))?;
            if key.as_ref() == checkpoint.as_slice() {
                continue;
            }
            visit(self.decode(&self.pages, &key, &bytes)?)?;
        }
        Ok(())
    }

    fn put_results(&self, id: AssessmentId, results: &[CheckResult]) -> Result<()> {
        self.remove_prefix(&self.results, &assessment_prefix(id))?;
        let mut batch = sled::Batch::default();
        for result in results {
            let key = child_key(id, &result.check_id.0);
            let bytes = self.encode(&self.results, &key, result)?;
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

    fn put_export(&self, id: AssessmentId, record: &ExportRecord) -> Result<()> {
        let key = child_key(id, &record.id.to_string());
        self.put_json(&self.exports, &key, record)
    }

    fn exports(&self, id: AssessmentId) -> Result<Vec<ExportRecord>> {
        self.scan(&self.exports, &assessment_prefix(id))
    }

    fn delete_assessment(&self, id: AssessmentId) -> Result<()> {
        let prefix = assessment_prefix(id);
        self.remove_prefix(&self.datasets, &prefix)?;
        self.remove_prefix(&self.results, &prefix)?;
        self.remove_prefix(&self.exports, &prefix)?;
        self.remove_prefix(&self.pages, &prefix)?;
        self.assessments
            .remove(id.to_string().as_bytes())
            .map_err(|e| self.sled_err(e))?;
        self.flush()
    }

    fn flush(&self) -> Result<()> {
        self.db.flush().map(|_| ()).map_err(|e| self.sled_err(e))
    }

    fn put_exception(&self, exception: &ObjectException) -> Result<()> {
        let key = exception_key(&exception.check_id, &exception.object_id);
        self.put_json(&self.exceptions, &key, exception)
    }

    fn delete_exception(&self, check_id: &CheckId, object_id: &str) -> Result<()> {
        self.exceptions
            .remove(exception_key(check_id, object_id))
            .map(|_| ())
            .map_err(|e| self.sled_err(e))
    }

    fn exceptions(&self) -> Result<Vec<ObjectException>> {
        self.scan(&self.exceptions, b"")
    }

    fn put_override(&self, severity_override: &SeverityOverride) -> Result<()> {
        let key = severity_override.check_id.0.as_bytes();
        self.put_json(&self.overrides, key, severity_override)
    }

    fn delete_override(&self, check_id: &CheckId) -> Result<()> {
        self.overrides
            .remove(check_id.0.as_bytes())
            .map(|_| ())
            .map_err(|e| self.sled_err(e))
    }

    fn overrides(&self) -> Result<Vec<SeverityOverride>> {
        self.scan(&self.overrides, b"")
    }

    fn put_note(&self, note: &FindingNote) -> Result<()> {
        let key = note.check_id.0.as_bytes();
        if note.text.trim().is_empty() {
            return self
                .notes
                .remove(key)
                .map(|_| ())
                .map_err(|e| self.sled_err(e));
        }
        self.put_json(&self.notes, key, note)
    }

    fn notes(&self) -> Result<Vec<FindingNote>> {
        self.scan(&self.notes, b"")
    }
}

/// Key of an object exception: the check id, a separator and the object id. Check ids
/// contain no `/`, so the key is unique even when an object id contains one.
fn exception_key(check_id: &CheckId, object_id: &str) -> Vec<u8> {
    format!("{check_id}/{object_id}").into_bytes()
}

/// Returns the dataset of `records` with the given key, if present.
#[must_use]
pub fn find_dataset(records: &[DatasetRecord], dataset: Dataset) -> Option<&DatasetRecord> {
    records.iter().find(|r| r.dataset == dataset)
}

mod migrate;

#[cfg(test)]
mod tests {
    use time::OffsetDateTime;

    use super::*;
    use crate::model::{AssessmentState, CheckId, DatasetState, Status, TenantName, TriageStatus};

    fn key() -> DataKey {
        DataKey::from_bytes([7; 32])
    }

    /// Returns every byte of the files below `dir`.
    fn raw_bytes(dir: &Path) -> Vec<u8> {
        let mut all = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                all.extend(raw_bytes(&path));
            } else {
                all.extend(std::fs::read(&path).unwrap());
            }
        }
        all
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn raw_files_hold_no_plaintext() {
        let dir = tempfile::tempdir().unwrap();
        let a = assessment(1);
        {
            let store = SledStore::open(dir.path(), &key()).unwrap();
            store.put_assessment(&a).unwrap();
            store.put_dataset(a.id, &record(Dataset::Users)).unwrap();
            store.flush().unwrap();
        }
        let raw = raw_bytes(dir.path());
        assert!(
            contains(&raw, a.id.to_string().as_bytes()),
            "keys stay readable"
        );
        assert!(!contains(&raw, "Zoë Ünal".as_bytes()));
    }

    #[test]
    fn wrong_key_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        drop(SledStore::open(dir.path(), &key()).unwrap());
        let error = SledStore::open(dir.path(), &DataKey::generate()).unwrap_err();
        assert!(matches!(error, StoreError::WrongKey { .. }), "{error:?}");
    }

    #[test]
    fn version_one_store_is_migrated() {
        let dir = tempfile::tempdir().unwrap();
        let a = assessment(5);
        {
            let db = sled::open(dir.path()).unwrap();
            db.insert(VERSION_KEY, &1u32.to_be_bytes()).unwrap();
            let tree = db.open_tree("assessments").unwrap();
            tree.insert(a.id.to_string(), serde_json::to_vec(&a).unwrap())
                .unwrap();
            let datasets = db.open_tree("datasets").unwrap();
            datasets
                .insert(
                    child_key(a.id, "users"),
                    serde_json::to_vec(&record(Dataset::Users)).unwrap(),
                )
                .unwrap();
            db.flush().unwrap();
        }
        let store = SledStore::open(dir.path(), &key()).unwrap();
        assert_eq!(store.assessment(a.id).unwrap(), Some(a.clone()));
        assert_eq!(store.datasets(a.id).unwrap().len(), 1);
        drop(store);
        assert_eq!(
            SledStore::peek_version(dir.path()).unwrap(),
            Some(SCHEMA_VERSION)
        );
        assert!(!contains(&raw_bytes(dir.path()), "Zoë Ünal".as_bytes()));
    }

    #[test]
    fn value_swapped_between_keys_is_rejected() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (assessment(1), assessment(2));
        let store = SledStore::open(dir.path(), &key()).unwrap();
        store.put_assessment(&a).unwrap();
        store.put_assessment(&b).unwrap();
        let sealed = store.assessments.get(a.id.to_string()).unwrap().unwrap();
        store.assessments.insert(b.id.to_string(), sealed).unwrap();
        let error = store.assessment(b.id).unwrap_err();
        assert!(matches!(error, StoreError::Tampered { .. }), "{error:?}");
    }

    #[test]
    fn exports_are_deleted_with_their_assessment() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path(), &key()).unwrap();
        let a = assessment(1);
        store.put_assessment(&a).unwrap();
        let export = ExportRecord {
            id: uuid::Uuid::new_v4(),
            path: PathBuf::from("/tmp/r.pdf"),
            format: "pdf".to_owned(),
            written_at: OffsetDateTime::UNIX_EPOCH,
        };
        store.put_export(a.id, &export).unwrap();
        assert_eq!(store.exports(a.id).unwrap(), vec![export]);
        store.delete_assessment(a.id).unwrap();
        assert!(store.exports(a.id).unwrap().is_empty());
    }

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
            let store = SledStore::open(dir.path(), &key()).unwrap();
            store.put_assessment(&first).unwrap();
            store
                .put_dataset(first.id, &record(Dataset::Users))
                .unwrap();
            store
                .put_results(first.id, &[result("CRAY-ENTRA-001")])
                .unwrap();
            store.flush().unwrap();
        }
        let store = SledStore::open(dir.path(), &key()).unwrap();
        assert_eq!(store.assessment(first.id).unwrap(), Some(first.clone()));
        assert_eq!(
            store.datasets(first.id).unwrap(),
            vec![record(Dataset::Users)]
        );
        assert_eq!(store.results(first.id).unwrap().len(), 1);
    }

    #[test]
    fn pages_are_read_in_order_with_their_checkpoint() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path(), &key()).unwrap();
        let a = assessment(1);
        for page in 1..=12u32 {
            let objects = vec![serde_json::json!({"id": page.to_string()})];
            let checkpoint = Checkpoint {
                next_link: Some(format!("http://127.0.0.1:1/v1.0/users?$skiptoken={page}")),
                pages: page,
                objects: u64::from(page),
                ..Checkpoint::default()
            };
            store
                .put_page(a.id, Dataset::Users, &objects, &checkpoint)
                .unwrap();
        }
        let mut record = record(Dataset::Users);
        record.objects.clear();
        store.put_dataset(a.id, &record).unwrap();

        let stored = store.datasets(a.id).unwrap();
        let ids: Vec<&str> = stored[0]
            .objects
            .iter()
            .filter_map(|o| o["id"].as_str())
            .collect();
        let expected: Vec<String> = (1..=12).map(|n: u32| n.to_string()).collect();
        assert_eq!(ids, expected);
        let checkpoint = store.checkpoint(a.id, Dataset::Users).unwrap().unwrap();
        assert_eq!(checkpoint.pages, 12);
        assert!(!contains(&raw_bytes(dir.path()), b"skiptoken=12"));
    }

    #[test]
    fn reset_pages_removes_pages_and_checkpoint() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path(), &key()).unwrap();
        let a = assessment(1);
        let checkpoint = Checkpoint {
            pages: 1,
            objects: 1,
            ..Checkpoint::default()
        };
        let objects = [serde_json::json!({"id": "1"})];
        store
            .put_page(a.id, Dataset::Groups, &objects, &checkpoint)
            .unwrap();
        store
            .put_page(a.id, Dataset::GroupMembers, &objects, &checkpoint)
            .unwrap();

        store.reset_pages(a.id, Dataset::Groups).unwrap();

        assert_eq!(store.checkpoint(a.id, Dataset::Groups).unwrap(), None);
        let mut pages = 0;
        store
            .for_each_page(a.id, Dataset::Groups, &mut |_| {
                pages += 1;
                Ok(())
            })
            .unwrap();
        assert_eq!(pages, 0);
        assert!(
            store
                .checkpoint(a.id, Dataset::GroupMembers)
                .unwrap()
                .is_some()
        );
    }

    #[test]
    fn second_open_reports_locked() {
        let dir = tempfile::tempdir().unwrap();
        let _held = SledStore::open(dir.path(), &key()).unwrap();
        let error = SledStore::open(dir.path(), &key()).unwrap_err();
        assert!(matches!(error, StoreError::Locked { .. }), "{error:?}");
    }

    #[test]
    fn delete_assessment_keeps_others() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path(), &key()).unwrap();
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
        let store = SledStore::open(dir.path(), &key()).unwrap();
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
        let store = SledStore::open(dir.path(), &key()).unwrap();
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

    #[test]
    fn triage_record_of_old_shape_still_reads() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path(), &key()).unwrap();
        // The shape written before expiry dates existed: no `expires_on` field.
        let old = serde_json::json!({
            "check_id": "CRAY-ENTRA-003",
            "status": "accepted_risk",
            "note": "approved by CISO",
            "decided_at": "2025-01-02T03:04:05Z",
        });
        store
            .put_json(&store.triage, b"CRAY-ENTRA-003", &old)
            .unwrap();
        let all = store.triage().unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].status, TriageStatus::AcceptedRisk);
        assert_eq!(all[0].note, "approved by CISO");
        assert_eq!(all[0].expires_on, None);
    }

    #[test]
    fn exceptions_round_trip_through_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let check = CheckId("CRAY-ENTRA-001".to_owned());
        let exception = |object: &str| ObjectException {
            check_id: check.clone(),
            object_id: object.to_owned(),
            display_name: "Break glass".to_owned(),
            reason: "emergency access account".to_owned(),
            decided_at: OffsetDateTime::UNIX_EPOCH,
        };
        {
            let store = SledStore::open(dir.path(), &key()).unwrap();
            store.put_exception(&exception("a/1")).unwrap();
            store.put_exception(&exception("b")).unwrap();
            store.put_exception(&exception("b")).unwrap();
            store.flush().unwrap();
        }
        let store = SledStore::open(dir.path(), &key()).unwrap();
        assert_eq!(
            store.exceptions().unwrap(),
            vec![exception("a/1"), exception("b")]
        );
        store.delete_exception(&check, "a/1").unwrap();
        assert_eq!(store.exceptions().unwrap(), vec![exception("b")]);
        assert!(!contains(
            &raw_bytes(dir.path()),
            b"emergency access account"
        ));
    }

    #[test]
    fn overrides_and_notes_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let check = CheckId("CRAY-EXO-002".to_owned());
        let severity_override = SeverityOverride {
            check_id: check.clone(),
            severity: crate::model::Severity::Low,
            reason: "no mailboxes in use".to_owned(),
            decided_at: OffsetDateTime::UNIX_EPOCH,
        };
        let note = |text: &str| FindingNote {
            check_id: check.clone(),
            text: text.to_owned(),
            updated_at: OffsetDateTime::UNIX_EPOCH,
        };
        {
            let store = SledStore::open(dir.path(), &key()).unwrap();
            store.put_override(&severity_override).unwrap();
            store.put_note(&note("call Jana on Monday")).unwrap();
            store.flush().unwrap();
        }
        let store = SledStore::open(dir.path(), &key()).unwrap();
        assert_eq!(store.overrides().unwrap(), vec![severity_override]);
        assert_eq!(store.notes().unwrap(), vec![note("call Jana on Monday")]);
        store.delete_override(&check).unwrap();
        store.put_note(&note("  ")).unwrap();
        assert!(store.overrides().unwrap().is_empty());
        assert!(store.notes().unwrap().is_empty());
    }

    #[test]
    fn delete_assessment_keeps_pages_of_others() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path(), &key()).unwrap();
        let (old, new) = (assessment(1), assessment(2));
        let checkpoint = Checkpoint {
            pages: 1,
            objects: 1,
            ..Checkpoint::default()
        };
        let objects = [serde_json::json!({"id": "1"})];
        for a in [&old, &new] {
            store.put_assessment(a).unwrap();
            store
                .put_page(a.id, Dataset::Users, &objects, &checkpoint)
                .unwrap();
            store.put_dataset(a.id, &record(Dataset::Users)).unwrap();
        }

        store.delete_assessment(old.id).unwrap();

        assert_eq!(store.checkpoint(old.id, Dataset::Users).unwrap(), None);
        assert!(store.datasets(old.id).unwrap().is_empty());
        assert_eq!(
            store.checkpoint(new.id, Dataset::Users).unwrap(),
            Some(checkpoint)
        );
        let kept = store.datasets(new.id).unwrap();
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].objects.len(), 2, "inline object and stored page");
    }
}
