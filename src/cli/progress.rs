//! Progress of `cray collect` on stderr: one line that updates in place on a terminal, plain
//! lines per finished dataset otherwise (logs, pipes, CI).

use std::collections::BTreeMap;
use std::io::Write as _;
use std::time::Instant;

use crate::model::{CollectEvent, Dataset, DatasetProgress};

use super::output;

/// Folds collector events into the progress shown on stderr.
pub(super) struct Progress {
    live: bool,
    started: Instant,
    total: usize,
    done: usize,
    datasets: BTreeMap<Dataset, DatasetProgress>,
    requests: u64,
}

impl Progress {
    /// Creates the printer; `live` redraws one line, otherwise each event is its own line.
    pub(super) fn new(live: bool) -> Self {
        Self {
            live,
            started: Instant::now(),
            total: 0,
            done: 0,
            datasets: BTreeMap::new(),
            requests: 0,
        }
    }

    /// Shows one event.
    pub(super) fn show(&mut self, event: &CollectEvent) {
        match event {
            CollectEvent::Started { datasets } => self.total = datasets.len(),
            CollectEvent::Progress { dataset, progress } => {
                let before = self.datasets.get(dataset).map_or(0, |p| p.pages);
                self.requests += u64::from(progress.pages.saturating_sub(before));
                self.datasets.insert(*dataset, *progress);
            }
            CollectEvent::DatasetFinished { dataset, objects } => {
                self.done += 1;
                self.line(&format!(
                    "  collected {:<40} {objects:>8} objects",
                    dataset.key()
                ));
            }
            CollectEvent::DatasetNotCollected { dataset, cause } => {
                self.done += 1;
                let text = output::not_collected_text(cause);
                self.line(&format!(
                    "  skipped   {:<40} {}",
                    dataset.key(),
                    crate::display::sanitize(&text)
                ));
            }
            CollectEvent::Throttled { dataset, wait_ms } if !self.live => {
                eprintln!("  throttled {:<40} waiting {wait_ms} ms", dataset.key());
            }
            _ => {}
        }
        if self.live {
            self.redraw();
        }
    }

    /// Ends the updating line so that later output starts on a new one.
    pub(super) fn finish(&self) {
        if self.live {
            eprint!("\r\x1b[2K");
            let _ = std::io::stderr().flush();
        }
        if self.total > 0 {
            // The checks run after this line; on a large tenant that takes seconds, and the
            // benchmark reads the collection time and memory from here.
            eprintln!(
                "collected {} of {} datasets in {:.1} s; evaluating the checks",
                self.done,
                self.total,
                self.started.elapsed().as_secs_f64()
            );
        }
    }

    /// Prints a line that stays, above the updating line.
    fn line(&self, text: &str) {
        if self.live {
            eprint!("\r\x1b[2K");
        }
        eprintln!("{text}");
    }

    fn redraw(&self) {
        eprint!("\r\x1b[2K{}", self.summary());
        let _ = std::io::stderr().flush();
    }

    /// Returns the one-line summary: datasets done, objects, pages per second, throttling.
    pub(super) fn summary(&self) -> String {
        let objects: u64 = self.datasets.values().map(|p| p.objects).sum();
        let throttled_ms: u64 = self.datasets.values().map(|p| p.throttled_ms).sum();
        let retries: u64 = self.datasets.values().map(|p| u64::from(p.retries)).sum();
        let seconds = self.started.elapsed().as_secs_f64().max(0.001);
        format!(
            "{}/{} datasets · {objects} objects · {:.1} pages/s · throttled {:.0} s · {retries} retries",
            self.done,
            self.total,
            self.requests as f64 / seconds,
            throttled_ms as f64 / 1000.0,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_counts_objects_and_datasets() {
        let mut progress = Progress::new(false);
        progress.show(&CollectEvent::Started {
            datasets: vec![Dataset::Users, Dataset::Groups],
        });
        progress.show(&CollectEvent::Progress {
            dataset: Dataset::Users,
            progress: DatasetProgress {
                pages: 2,
                objects: 1998,
                throttled_ms: 2500,
                retries: 1,
                ..DatasetProgress::default()
            },
        });
        progress.show(&CollectEvent::DatasetFinished {
            dataset: Dataset::Users,
            objects: 1998,
        });
        let summary = progress.summary();
        assert!(
            summary.starts_with("1/2 datasets · 1998 objects"),
            "{summary}"
        );
        assert!(summary.contains("throttled 2 s · 1 retries"), "{summary}");
    }
}
