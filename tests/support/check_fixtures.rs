//! Builds dataset records from JSON fixtures and evaluates the embedded catalogue on them.

// Each test crate uses a different subset of these helpers, and fixture errors should panic.
#![allow(dead_code, clippy::unwrap_used)]

use std::collections::BTreeMap;

use cray::check::Catalogue;
use cray::model::{
    CheckId, CheckResult, Dataset, DatasetRecord, DatasetState, NotCollected, Status,
};
use serde_json::Value;

/// Datasets of one invented tenant, keyed by dataset.
#[derive(Debug, Clone)]
pub struct Tenant {
    pub records: BTreeMap<Dataset, DatasetRecord>,
}

impl Tenant {
    /// Loads `tests/data/checks/<name>.json`, an object of dataset key to object array, and
    /// then every `<name>-*.json` next to it, whose datasets are added or replace earlier ones.
    pub fn fixture(name: &str) -> Self {
        let dir = format!("{}/tests/data/checks", env!("CARGO_MANIFEST_DIR"));
        let mut files = vec![format!("{dir}/{name}.json")];
        let mut parts: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|file| file.starts_with(&format!("{name}-")) && file.ends_with(".json"))
            .map(|file| format!("{dir}/{file}"))
            .collect();
        parts.sort();
        files.extend(parts);
        let mut records = BTreeMap::new();
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            let json: serde_json::Map<String, Value> = serde_json::from_str(&text).unwrap();
            for (key, objects) in json {
                let dataset = Dataset::from_key(&key)
                    .unwrap_or_else(|| panic!("{path}: unknown dataset {key}"));
                records.insert(dataset, complete(dataset, objects));
            }
        }
        Self { records }
    }

    /// Replaces a dataset's objects with `objects` (a JSON array).
    pub fn with(mut self, dataset: Dataset, objects: Value) -> Self {
        self.records.insert(dataset, complete(dataset, objects));
        self
    }

    /// Edits the objects of a dataset in place.
    pub fn edit(mut self, dataset: Dataset, change: impl FnOnce(&mut Vec<Value>)) -> Self {
        change(&mut self.records.get_mut(&dataset).unwrap().objects);
        self
    }

    /// Marks a dataset as not collected for `cause`, keeping any objects read so far.
    pub fn not_collected(mut self, dataset: Dataset, cause: NotCollected) -> Self {
        let record = self.records.get_mut(&dataset).unwrap();
        record.state = DatasetState::NotCollected(cause);
        self
    }

    /// Drops a dataset from the assessment entirely.
    pub fn without(mut self, dataset: Dataset) -> Self {
        self.records.remove(&dataset);
        self
    }

    /// Evaluates every check and returns the results by check id.
    pub fn evaluate(&self) -> BTreeMap<String, CheckResult> {
        let records: Vec<DatasetRecord> = self.records.values().cloned().collect();
        catalogue()
            .evaluate(&records)
            .into_iter()
            .map(|result| (result.check_id.0.clone(), result))
            .collect()
    }

    /// Evaluates and returns the result of one check.
    pub fn result(&self, id: &str) -> CheckResult {
        self.evaluate().remove(id).unwrap()
    }
}

/// Loads the embedded catalogue.
pub fn catalogue() -> Catalogue {
    Catalogue::embedded().unwrap()
}

/// Builds a complete record of `objects` (a JSON array).
pub fn complete(dataset: Dataset, objects: Value) -> DatasetRecord {
    let Value::Array(objects) = objects else {
        panic!("fixture for {dataset} must be an array");
    };
    DatasetRecord {
        dataset,
        state: DatasetState::Complete,
        objects,
        pages: 1,
        collected_at: time::OffsetDateTime::UNIX_EPOCH,
    }
}

/// Returns the ids of a result's affected objects, sorted.
pub fn affected_ids(result: &CheckResult) -> Vec<String> {
    let mut ids: Vec<String> = result.affected.iter().map(|a| a.id.clone()).collect();
    ids.sort();
    ids
}

/// Returns the display names of a result's affected objects, sorted.
pub fn affected_names(result: &CheckResult) -> Vec<String> {
    let mut names: Vec<String> = result
        .affected
        .iter()
        .map(|a| a.display_name.clone())
        .collect();
    names.sort();
    names
}

/// Asserts a status with the whole result in the failure message.
pub fn assert_status(result: &CheckResult, status: Status) {
    assert_eq!(result.status, status, "unexpected result: {result:#?}");
}

/// Wraps a string as a check id.
pub fn id(text: &str) -> CheckId {
    CheckId(text.to_owned())
}
