//! State of the live collection view: one progress entry per dataset, folded from the
//! collector's [`CollectEvent`]s, plus run totals.

use time::{Duration, OffsetDateTime};

use crate::model::{CollectEvent, Dataset, NotCollected, TenantName};

/// Phase of one dataset within the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatasetPhase {
    /// Not started yet.
    Pending,
    /// Pages are being read.
    Reading,
    /// The service throttled the last request; the collector waits this long.
    Throttled {
        /// Wait in milliseconds.
        wait_ms: u64,
    },
    /// Every page was read.
    Done,
    /// The dataset could not be read.
    NotCollected(NotCollected),
}

/// Progress of one dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetProgress {
    /// The dataset.
    pub dataset: Dataset,
    /// Its phase.
    pub phase: DatasetPhase,
    /// Pages read so far.
    pub pages: u32,
    /// Objects read so far.
    pub objects: u64,
    /// The collector's counters: expected total, parents done, throttling, retries, errors.
    pub counters: crate::model::DatasetProgress,
}

impl DatasetProgress {
    fn pending(dataset: Dataset) -> Self {
        Self {
            dataset,
            phase: DatasetPhase::Pending,
            pages: 0,
            objects: 0,
            counters: crate::model::DatasetProgress::default(),
        }
    }

    /// Returns how full the gauge is, from 0 to 1.
    ///
    /// When the total is known (a per-object dataset knows its parents, a list may send
    /// `@odata.count`) the gauge shows the share done. Otherwise a dataset being read
    /// approaches full with each page (1 page: 0.5, 3 pages: 0.75) and is full once done.
    #[must_use]
    pub fn ratio(&self) -> f64 {
        match self.phase {
            DatasetPhase::Pending => 0.0,
            DatasetPhase::Reading | DatasetPhase::Throttled { .. } => {
                if let Some(expected) = self.counters.expected.filter(|e| *e > 0) {
                    let done = if self.dataset.source() == crate::model::Source::Graph
                        && self.counters.parents_done > 0
                    {
                        self.counters.parents_done
                    } else {
                        self.objects
                    };
                    #[expect(clippy::cast_precision_loss, reason = "counts stay below 2^52")]
                    return (done as f64 / expected as f64).min(0.99);
                }
                let pages = f64::from(self.pages);
                pages / (pages + 1.0)
            }
            DatasetPhase::Done | DatasetPhase::NotCollected(_) => 1.0,
        }
    }
}

/// Phase of the whole run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunPhase {
    /// Signing in or reading datasets.
    Collecting,
    /// Every dataset was handled; checks are being evaluated.
    Evaluating,
    /// Collection and evaluation finished; findings are ready.
    Done,
    /// The run stopped early with this error text.
    Failed(String),
    /// The run was cancelled; what was read so far is kept, and the run can be resumed.
    Interrupted,
}

/// The collection view's state for one run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CollectionState {
    /// Tenant being collected.
    pub tenant: TenantName,
    /// One entry per dataset, in collection order; empty until the run signed in.
    pub datasets: Vec<DatasetProgress>,
    /// Phase of the whole run.
    pub phase: RunPhase,
    /// Number of throttled requests the collector waited for.
    pub throttled_waits: u32,
    /// When the run started.
    pub started_at: OffsetDateTime,
    /// When the run ended, if it did.
    pub ended_at: Option<OffsetDateTime>,
    /// True once the consultant asked to cancel the run and it has not ended yet.
    pub is_cancelling: bool,
    /// Dataset the consultant moved to, kept visible and marked; `None` keeps the dataset
    /// being read visible.
    pub cursor: Option<usize>,
}

impl CollectionState {
    /// Creates the state of a run that starts at `now`.
    #[must_use]
    pub fn new(tenant: TenantName, now: OffsetDateTime) -> Self {
        Self {
            tenant,
            datasets: Vec::new(),
            phase: RunPhase::Collecting,
            throttled_waits: 0,
            started_at: now,
            ended_at: None,
            is_cancelling: false,
            cursor: None,
        }
    }

    /// Returns true while the run has not ended.
    #[must_use]
    pub fn is_running(&self) -> bool {
        matches!(self.phase, RunPhase::Collecting | RunPhase::Evaluating)
    }

    /// Returns the number of objects read over all datasets.
    #[must_use]
    pub fn objects(&self) -> u64 {
        self.datasets.iter().map(|d| d.objects).sum()
    }

    /// Returns the pages (HTTP requests that returned data) per second since the start.
    #[must_use]
    pub fn requests_per_second(&self, now: OffsetDateTime) -> f64 {
        let pages: u64 = self.datasets.iter().map(|d| u64::from(d.pages)).sum();
        let seconds = self.elapsed(now).as_seconds_f64();
        #[expect(clippy::cast_precision_loss, reason = "page counts stay below 2^52")]
        let pages = pages as f64;
        if seconds > 0.0 { pages / seconds } else { 0.0 }
    }

    /// Returns the estimated time left while collecting: the time so far, scaled by the share
    /// of the run not done yet (the mean of the datasets' gauges). `None` before any progress.
    #[must_use]
    pub fn time_left(&self, now: OffsetDateTime) -> Option<Duration> {
        if self.phase != RunPhase::Collecting || self.datasets.is_empty() {
            return None;
        }
        let done = self.share_done();
        if done <= 0.0 {
            return None;
        }
        Some(self.elapsed(now) * ((1.0 - done) / done))
    }

    /// Returns the share of the run done, from 0 to 1: the mean of the datasets' gauges, 0
    /// before the run listed its datasets, and 1 once it evaluates or has ended.
    #[must_use]
    pub fn share_done(&self) -> f64 {
        if self.phase != RunPhase::Collecting {
            return 1.0;
        }
        if self.datasets.is_empty() {
            return 0.0;
        }
        #[expect(clippy::cast_precision_loss, reason = "at most a few hundred datasets")]
        let count = self.datasets.len() as f64;
        self.datasets
            .iter()
            .map(DatasetProgress::ratio)
            .sum::<f64>()
            / count
    }

    /// Returns the failed attempts (throttling, server errors, timeouts, resets) over all
    /// datasets.
    #[must_use]
    pub fn errors(&self) -> u64 {
        self.datasets
            .iter()
            .map(|d| u64::from(d.counters.errors))
            .sum()
    }

    /// Marks the run as cancelled by the consultant; a failure already recorded is kept.
    pub fn interrupt(&mut self, now: OffsetDateTime) {
        if self.is_running() {
            self.phase = RunPhase::Interrupted;
        }
        self.is_cancelling = false;
        self.ended_at.get_or_insert(now);
    }

    /// Returns the seconds spent throttled and the retries, over all datasets.
    #[must_use]
    pub fn throttling(&self) -> (u64, u64) {
        let seconds = self
            .datasets
            .iter()
            .map(|d| d.counters.throttled_ms)
            .sum::<u64>()
            / 1000;
        let retries = self
            .datasets
            .iter()
            .map(|d| u64::from(d.counters.retries))
            .sum();
        (seconds, retries)
    }

    /// Returns the number of datasets that are done or not collected.
    #[must_use]
    pub fn handled(&self) -> usize {
        let is_handled = |d: &&DatasetProgress| {
            matches!(d.phase, DatasetPhase::Done | DatasetPhase::NotCollected(_))
        };
        self.datasets.iter().filter(is_handled).count()
    }

    /// Returns the run time until `now`, or until the end of the run.
    #[must_use]
    pub fn elapsed(&self, now: OffsetDateTime) -> Duration {
        let end = self.ended_at.unwrap_or(now);
        (end - self.started_at).max(Duration::ZERO)
    }

    /// Returns the dataset to keep visible: the one the consultant moved to, else the last one
    /// being read, else the next pending one, else the last one.
    #[must_use]
    pub fn focus(&self) -> usize {
        if let Some(cursor) = self.cursor {
            return cursor.min(self.datasets.len().saturating_sub(1));
        }
        let is_active = |d: &DatasetProgress| {
            matches!(
                d.phase,
                DatasetPhase::Reading | DatasetPhase::Throttled { .. }
            )
        };
        self.datasets
            .iter()
            .rposition(is_active)
            .or_else(|| {
                self.datasets
                    .iter()
                    .position(|d| d.phase == DatasetPhase::Pending)
            })
            .unwrap_or(self.datasets.len().saturating_sub(1))
    }

    /// Moves the dataset cursor by `rows`, starting from the focused dataset.
    pub fn move_cursor(&mut self, rows: isize) {
        let last = self.datasets.len().saturating_sub(1);
        self.cursor = Some(self.focus().saturating_add_signed(rows).min(last));
    }

    /// Folds one collector event into the state.
    pub fn apply(&mut self, event: CollectEvent, now: OffsetDateTime) {
        match event {
            CollectEvent::Started { datasets } => {
                self.datasets = datasets.into_iter().map(DatasetProgress::pending).collect();
            }
            CollectEvent::DatasetStarted { dataset } => {
                self.entry(dataset).phase = DatasetPhase::Reading;
            }
            CollectEvent::PageRead {
                dataset,
                pages,
                objects,
            } => {
                let entry = self.entry(dataset);
                entry.phase = DatasetPhase::Reading;
                entry.pages = pages;
                entry.objects = objects;
            }
            CollectEvent::Progress { dataset, progress } => {
                let entry = self.entry(dataset);
                entry.phase = DatasetPhase::Reading;
                entry.pages = progress.pages;
                entry.objects = progress.objects;
                entry.counters = progress;
            }
            CollectEvent::Throttled { dataset, wait_ms } => {
                self.entry(dataset).phase = DatasetPhase::Throttled { wait_ms };
                self.throttled_waits += 1;
            }
            CollectEvent::DatasetFinished { dataset, objects } => {
                let entry = self.entry(dataset);
                entry.phase = DatasetPhase::Done;
                entry.objects = objects;
            }
            CollectEvent::DatasetNotCollected { dataset, cause } => {
                self.entry(dataset).phase = DatasetPhase::NotCollected(cause);
            }
            CollectEvent::PermissionsMissing { missing } => {
                // The preflight's verdict shows on the datasets not read yet; a read that
                // starts anyway replaces it with what really happens.
                for (dataset, permission) in missing {
                    let entry = self.entry(dataset);
                    if entry.phase == DatasetPhase::Pending {
                        entry.phase = DatasetPhase::NotCollected(NotCollected::MissingPermission {
                            permission,
                        });
                    }
                }
            }
            CollectEvent::Finished => self.phase = RunPhase::Evaluating,
            CollectEvent::Failed { message } => self.fail(message, now),
        }
    }

    /// Marks the run as finished with its findings ready.
    pub fn finish(&mut self, now: OffsetDateTime) {
        self.phase = RunPhase::Done;
        self.ended_at = Some(now);
    }

    /// Marks the run as failed; a failure already recorded is kept.
    pub fn fail(&mut self, message: String, now: OffsetDateTime) {
        if !matches!(self.phase, RunPhase::Failed(_)) {
            self.phase = RunPhase::Failed(message);
        }
        self.ended_at.get_or_insert(now);
    }

    /// Returns the entry of `dataset`, adding it when the run did not announce it.
    fn entry(&mut self, dataset: Dataset) -> &mut DatasetProgress {
        let index = if let Some(index) = self.datasets.iter().position(|d| d.dataset == dataset) {
            index
        } else {
            self.datasets.push(DatasetProgress::pending(dataset));
            self.datasets.len() - 1
        };
        &mut self.datasets[index]
    }
}
