//! Feeds arbitrary JSON, as the objects of every dataset, to the check engine; each check
//! must still return one result.

#![no_main]

use std::sync::OnceLock;

use cray::check::Catalogue;
use cray::model::{Dataset, DatasetRecord, DatasetState};
use libfuzzer_sys::fuzz_target;

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| Catalogue::embedded().expect("the embedded catalogue loads"))
}

fuzz_target!(|body: &[u8]| {
    let Ok(serde_json::Value::Array(objects)) = serde_json::from_slice(body) else {
        return;
    };
    let datasets: Vec<DatasetRecord> = Dataset::ALL
        .iter()
        .map(|dataset| DatasetRecord {
            dataset: *dataset,
            state: DatasetState::Complete,
            objects: objects.clone(),
            pages: 1,
            collected_at: time::OffsetDateTime::UNIX_EPOCH,
        })
        .collect();
    let results = catalogue().evaluate(&datasets);
    assert_eq!(results.len(), catalogue().checks().len());
});
