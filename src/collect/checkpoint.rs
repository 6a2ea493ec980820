//! Where the pages of one dataset go: the tenant's store, each page committed with its
//! checkpoint in one atomic write, so that a run killed at any point resumes after the last
//! stored page without losing or repeating an object.

use super::http::{CallError, Session};
use super::paging::{progress, store_failed};
use crate::model::{AssessmentId, Dataset};
use crate::store::{Checkpoint, Store};

/// The store slot of one dataset of one assessment.
pub(crate) struct Sink<'s> {
    /// The tenant's store.
    pub(crate) store: &'s dyn Store,
    /// The assessment being collected.
    pub(crate) assessment: AssessmentId,
    /// The dataset being read.
    pub(crate) dataset: Dataset,
}

impl Sink<'_> {
    /// Returns the stored checkpoint, or an empty one for a dataset not started yet.
    pub(crate) fn resume_point(&self) -> Result<Checkpoint, CallError> {
        let found = self.store.checkpoint(self.assessment, self.dataset);
        Ok(found.map_err(store_failed)?.unwrap_or_default())
    }

    /// Stores one page with the checkpoint that counts it, atomically and durably.
    // NOTE: sled writes and flushes block the async worker briefly (milliseconds per page).
    pub(crate) fn commit(
        &self,
        objects: &[serde_json::Value],
        checkpoint: &Checkpoint,
    ) -> Result<(), CallError> {
        self.store
            .put_page(self.assessment, self.dataset, objects, checkpoint)
            .map_err(store_failed)
    }

    /// Drops every stored page, so that the dataset is read again from its start.
    pub(crate) fn reset(&self) -> Result<(), CallError> {
        self.store
            .reset_pages(self.assessment, self.dataset)
            .map_err(store_failed)
    }

    /// Reports the dataset's progress after a stored page.
    pub(crate) async fn report(
        &self,
        session: &Session<'_>,
        checkpoint: &Checkpoint,
        expected: Option<u64>,
    ) {
        session
            .emit(progress(session, self.dataset, checkpoint, expected))
            .await;
    }
}
