//! Anonymized statistics across assessments: per check, outcome and month, how many evaluated
//! assessments had that outcome.
//!
//! The counters live in their own sled database (`<data dir>/stats`), apart from every tenant
//! store, so purging a tenant leaves them alone. A key is `<month>|<check id>|<outcome>`, for
//! example `2026-12|CRAY-ENTRA-001|fail`, and its value is a big-endian `u64`. Nothing else is
//! written: no tenant id, name or domain, and no time finer than the month of the evaluation.
//!
//! The database is opened for each update or read and closed again, because sled locks it
//! for one process and the TUI and a `cray collect` may run side by side.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Serialize;
use time::OffsetDateTime;

use crate::i18n::{Lang, Localizer};
use crate::model::{CheckId, CheckResult, Status};

/// Separator of the key parts; check ids and months never contain it.
const SEPARATOR: char = '|';

/// How often opening waits for another cray process to release the database.
const OPEN_ATTEMPTS: u32 = 20;

/// Pause between two open attempts.
const OPEN_RETRY: Duration = Duration::from_millis(50);

/// Error raised by the statistics store.
#[derive(Debug, thiserror::Error)]
pub enum StatsError {
    /// The database could not be opened, read or written.
    #[error(
        "statistics database {} failed; another cray process may hold it, retry when it ends",
        path.display()
    )]
    Sled {
        /// Database directory.
        path: PathBuf,
        /// The sled error.
        #[source]
        source: Box<sled::Error>,
    },
    /// A key or value in the database does not have the expected form.
    #[error(
        "statistics database {} contains an invalid entry {key:?}; delete the directory to \
         reset the statistics",
        path.display()
    )]
    Corrupt {
        /// Database directory.
        path: PathBuf,
        /// The key as text (lossy).
        key: String,
    },
}

/// Counts of one check over all evaluated assessments.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct CheckTally {
    /// Assessments in which the check passed.
    pub pass: u64,
    /// Assessments in which the check failed.
    pub fail: u64,
    /// Assessments in which the check could not be assessed.
    pub not_assessable: u64,
    /// Assessments of tenants without the licence the check needs.
    pub not_licensed: u64,
    /// Assessments in which the check did not apply to the tenant.
    pub not_applicable: u64,
    /// Assessments in which the check's rule failed to evaluate.
    pub error: u64,
}

impl CheckTally {
    /// Returns the number of assessments that reached a verdict (pass or fail).
    #[must_use]
    pub fn assessed(&self) -> u64 {
        self.pass.saturating_add(self.fail)
    }

    /// Returns the share of assessed assessments in which the check failed, in whole percent
    /// rounded to the nearest; `None` when no assessment reached a verdict.
    #[must_use]
    pub fn fail_percent(&self) -> Option<u64> {
        let assessed = self.assessed();
        if assessed == 0 {
            return None;
        }
        let rounded =
            (u128::from(self.fail) * 200 + u128::from(assessed)) / (2 * u128::from(assessed));
        u64::try_from(rounded).ok()
    }

    fn add(&mut self, status: Status, count: u64) {
        let slot = match status {
            Status::Pass => &mut self.pass,
            Status::Fail => &mut self.fail,
            Status::NotAssessable => &mut self.not_assessable,
            Status::NotLicensed => &mut self.not_licensed,
            Status::NotApplicable => &mut self.not_applicable,
            Status::Error => &mut self.error,
        };
        *slot = slot.saturating_add(count);
    }
}

/// All counters, summed over the months and split by month.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Statistics {
    /// Totals per check.
    pub checks: BTreeMap<CheckId, CheckTally>,
    /// Counters per month (`YYYY-MM`) and check.
    pub months: BTreeMap<String, BTreeMap<CheckId, CheckTally>>,
}

impl Statistics {
    /// Returns the totals of one check, if it was ever counted.
    #[must_use]
    pub fn tally(&self, check: &CheckId) -> Option<&CheckTally> {
        self.checks.get(check)
    }

    fn add(&mut self, month: &str, check: CheckId, status: Status, count: u64) {
        self.checks
            .entry(check.clone())
            .or_default()
            .add(status, count);
        self.months
            .entry(month.to_owned())
            .or_default()
            .entry(check)
            .or_default()
            .add(status, count);
    }
}

/// Returns the month of `at` as `YYYY-MM`, the finest time the statistics keep.
#[must_use]
pub fn month_of(at: OffsetDateTime) -> String {
    format!("{:04}-{:02}", at.year(), u8::from(at.month()))
}

/// Formats a whole percentage as the locale writes it: `62%` in en-US, `62 %` in de-DE (with
/// a no-break space, so the sign never wraps onto its own line).
#[must_use]
pub fn format_percent(percent: u64, lang: Lang) -> String {
    match lang {
        Lang::EnUs => format!("{percent}%"),
        Lang::DeDe => format!("{percent}\u{a0}%"),
    }
}

/// Returns the localized figure of one check, such as "found in 62% of 13 assessments".
#[must_use]
pub fn found_in_text(tally: &CheckTally, localizer: &Localizer) -> String {
    let Some(percent) = tally.fail_percent() else {
        return localizer.text("stats-no-verdict");
    };
    let percent = format_percent(percent, localizer.lang());
    localizer.text_with(
        "stats-found-in",
        &[
            ("percent", percent.into()),
            ("assessed", tally.assessed().into()),
        ],
    )
}

/// The statistics database directory below a data directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatsStore {
    dir: PathBuf,
}

impl StatsStore {
    /// Returns the store at `<data_dir>/stats`; nothing is opened or created yet.
    #[must_use]
    pub fn in_data_dir(data_dir: &Path) -> Self {
        Self {
            dir: data_dir.join("stats"),
        }
    }

    /// Returns the database directory.
    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Adds one to the counter of each result's check and outcome in `month`, and flushes.
    ///
    /// # Errors
    /// Fails when the database cannot be opened or written.
    pub fn record(&self, month: &str, results: &[CheckResult]) -> Result<(), StatsError> {
        let db = self.open()?;
        for result in results {
            let key = key(month, &result.check_id, result.status);
            db.update_and_fetch(key.as_bytes(), increment)
                .map_err(|e| self.sled_error(e))?;
        }
        db.flush().map_err(|e| self.sled_error(e))?;
        Ok(())
    }

    /// Reads every counter; a store that was never written gives empty statistics.
    ///
    /// # Errors
    /// Fails when the database cannot be opened or contains an entry of another form.
    pub fn load(&self) -> Result<Statistics, StatsError> {
        let mut statistics = Statistics::default();
        if !self.dir.exists() {
            return Ok(statistics);
        }
        let db = self.open()?;
        for entry in db.iter() {
            let (key, value) = entry.map_err(|e| self.sled_error(e))?;
            let corrupt = || StatsError::Corrupt {
                path: self.dir.clone(),
                key: String::from_utf8_lossy(&key).into_owned(),
            };
            let (month, check, status) = parse_key(&key).ok_or_else(corrupt)?;
            let count = <[u8; 8]>::try_from(value.as_ref()).map_err(|_| corrupt())?;
            statistics.add(month, check, status, u64::from_be_bytes(count));
        }
        Ok(statistics)
    }

    /// Opens the database, waiting a short while when another cray process holds its lock.
    fn open(&self) -> Result<sled::Db, StatsError> {
        let mut attempt = 1;
        loop {
            match sled::Config::new().path(&self.dir).open() {
                Ok(db) => {
                    // sled creates its files with the process umask; cray keeps everything
                    // private to the user.
                    crate::fsperm::restrict_tree(&self.dir)
                        .map_err(|source| self.sled_error(sled::Error::Io(source)))?;
                    return Ok(db);
                }
                Err(sled::Error::Io(error)) if is_locked(&error) && attempt < OPEN_ATTEMPTS => {
                    attempt += 1;
                    std::thread::sleep(OPEN_RETRY);
                }
                Err(error) => return Err(self.sled_error(error)),
            }
        }
    }

    fn sled_error(&self, error: sled::Error) -> StatsError {
        StatsError::Sled {
            path: self.dir.clone(),
            source: Box::new(error),
        }
    }
}

/// Returns true for sled's error on a lock held by another process. sled 0.34.7 reports it
/// as an I/O error of kind `Other` whose text ends in "could not acquire lock ...: WouldBlock".
fn is_locked(error: &std::io::Error) -> bool {
    error.kind() == std::io::ErrorKind::WouldBlock
        || error.to_string().contains("could not acquire lock")
}

fn key(month: &str, check: &CheckId, status: Status) -> String {
    format!("{month}{SEPARATOR}{check}{SEPARATOR}{}", status.key())
}

fn parse_key(key: &[u8]) -> Option<(&str, CheckId, Status)> {
    let text = std::str::from_utf8(key).ok()?;
    let mut parts = text.split(SEPARATOR);
    let month = parts.next()?;
    let check = parts.next()?;
    let key = parts.next()?;
    let status = Status::ALL.into_iter().find(|status| status.key() == key)?;
    if parts.next().is_some() {
        return None;
    }
    Some((month, CheckId(check.to_owned()), status))
}

fn increment(old: Option<&[u8]>) -> Option<Vec<u8>> {
    let count = old
        .and_then(|bytes| <[u8; 8]>::try_from(bytes).ok())
        .map_or(0, u64::from_be_bytes);
    Some(count.saturating_add(1).to_be_bytes().to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(check: &str, status: Status) -> CheckResult {
        CheckResult {
            check_id: CheckId(check.to_owned()),
            status,
            reason: None,
            detail: String::new(),
            detail_message: None,
            affected: Vec::new(),
        }
    }

    #[test]
    fn record_counts_once_per_assessment() {
        let dir = tempfile::tempdir().unwrap();
        let store = StatsStore::in_data_dir(dir.path());
        let results = [
            result("CRAY-A", Status::Fail),
            result("CRAY-B", Status::Pass),
        ];
        store.record("2026-12", &results).unwrap();
        store.record("2026-12", &results).unwrap();
        let stats = store.load().unwrap();
        let a = stats.tally(&CheckId("CRAY-A".to_owned())).unwrap();
        assert_eq!(a.fail, 2);
        assert_eq!(a.pass, 0);
    }

    #[test]
    fn months_are_kept_apart() {
        let dir = tempfile::tempdir().unwrap();
        let store = StatsStore::in_data_dir(dir.path());
        store
            .record("2026-11", &[result("CRAY-A", Status::Fail)])
            .unwrap();
        store
            .record("2026-12", &[result("CRAY-A", Status::NotAssessable)])
            .unwrap();
        let stats = store.load().unwrap();
        assert_eq!(stats.months.len(), 2);
        let total = stats.tally(&CheckId("CRAY-A".to_owned())).unwrap();
        assert_eq!(total.not_assessable, 1);
        assert_eq!(total.fail, 1);
    }

    #[test]
    fn missing_store_loads_empty() {
        let dir = tempfile::tempdir().unwrap();
        let store = StatsStore::in_data_dir(dir.path());
        assert_eq!(store.load().unwrap(), Statistics::default());
        assert!(!store.dir().exists());
    }

    #[test]
    fn fail_percent_rounds_to_nearest() {
        let tally = CheckTally {
            pass: 1,
            fail: 2,
            not_assessable: 5,
            ..CheckTally::default()
        };
        assert_eq!(tally.fail_percent(), Some(67));
    }

    #[test]
    fn fail_percent_ignores_not_assessable() {
        let tally = CheckTally {
            pass: 0,
            fail: 0,
            not_assessable: 3,
            ..CheckTally::default()
        };
        assert_eq!(tally.fail_percent(), None);
    }

    #[test]
    fn percent_follows_locale() {
        assert_eq!(format_percent(62, Lang::EnUs), "62%");
        assert_eq!(format_percent(62, Lang::DeDe), "62\u{a0}%");
    }

    #[test]
    fn month_has_no_day() {
        let at = time::macros::datetime!(2026-12-04 17:16 UTC);
        assert_eq!(month_of(at), "2026-12");
    }

    #[test]
    fn foreign_key_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let store = StatsStore::in_data_dir(dir.path());
        {
            let db = sled::open(store.dir()).unwrap();
            db.insert("junk", &[1u8][..]).unwrap();
            db.flush().unwrap();
        }
        assert!(matches!(store.load(), Err(StatsError::Corrupt { .. })));
    }

    fn sample_tally() -> CheckTally {
        CheckTally {
            pass: 5,
            fail: 8,
            not_assessable: 1,
            ..CheckTally::default()
        }
    }

    #[test]
    fn figure_in_english() {
        let localizer = Localizer::new(Lang::EnUs).unwrap();
        assert_eq!(
            found_in_text(&sample_tally(), &localizer),
            "found in 62% of 13 assessments"
        );
    }

    #[test]
    fn figure_in_german() {
        let localizer = Localizer::new(Lang::DeDe).unwrap();
        assert_eq!(
            found_in_text(&sample_tally(), &localizer),
            "in 62\u{a0}% von 13 Bewertungen gefunden"
        );
    }

    #[test]
    fn figure_without_verdict() {
        let localizer = Localizer::new(Lang::EnUs).unwrap();
        let tally = CheckTally {
            not_assessable: 2,
            ..CheckTally::default()
        };
        assert_eq!(found_in_text(&tally, &localizer), "not assessed yet");
    }
}
