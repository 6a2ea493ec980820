//! The check catalogue and its rule engine: datasets in, one result per check out.
//!
//! Every check is data under `checks/` in the repository: `<ID>.toml` holds its metadata
//! (topic, severity, likelihood, impact, effort, datasets, optional datasets, licence,
//! references) and
//! `<ID>.rego` holds its rule, written in Rego v1 and evaluated with regorus. The files are
//! embedded in the binary at compile time. `checks/lib.rego` is the shared helper package
//! `cray.lib`.
//!
//! Rule contract: the rule of check `CRAY-ENTRA-001` lives in package
//! `cray.checks.entra_001` and defines `result`, an object
//! `{"status": "pass" | "fail", "detail": <evidence>, "affected": [{"id", "display_name",
//! "reason": <evidence>}]}`. Evidence is a message `{"id": "evidence-…", "args": {name:
//! string}, "appended": [message, …]}` whose texts live in `locales/<lang>/evidence.ftl`; the
//! engine renders it in English into the result's `detail` and `reason` strings and keeps the
//! message for other locales. A plain string is still accepted and shown as it is. Its input is `input.datasets.<dataset key>`, an array of
//! the dataset's objects (a singleton resource is a one-element array); only the datasets
//! the check declares are present. Graph returns null for many unset properties, so rules
//! read properties through the `cray.lib` helpers `property`, `field` and `values`, which
//! turn null or missing values into null, `{}` and `[]`.
//!
//! Before a rule runs, every dataset in its `datasets` must be complete and the tenant must
//! hold the licence it declares; otherwise the check is not assessable. A check therefore
//! never passes on missing or partial data. A dataset that every working tenant fills (the
//! organization, the singleton policies, the Exchange Default outbound spam policy and
//! Default remote domain) counts as incomplete when it arrives empty.
//!
//! A check may also list `optional_datasets`: data that sharpens the verdict but is not
//! needed for it, such as PIM eligibility schedules, which need Entra ID P2. An optional
//! dataset is in the rule's input only when it is usable by the rules above; otherwise its
//! key is absent, the check still runs, and the rule states in its detail what it could not
//! tell without the data.

mod definition;
mod embedded;
mod engine;
mod facts;

use std::collections::HashSet;

pub use definition::{CheckDef, Licence, REFERENCE_PREFIXES, TOPICS};

use crate::i18n::{Lang, LocaleError, Localizer};
use crate::model::{AffectedObject, CheckId, CheckResult, DatasetRecord, Finding};

/// Error for a check definition or rule that cannot be loaded.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// A metadata file is not valid TOML or lacks a field.
    #[error("check definition {file} is invalid: {source}; fix the file under checks/")]
    InvalidDefinition {
        /// File name under `checks/`.
        file: String,
        /// Parser error.
        #[source]
        source: toml::de::Error,
    },
    /// A metadata value is outside its allowed range or contradicts the file name.
    #[error("check definition {file} is invalid: {message}")]
    InvalidMetadata {
        /// File name under `checks/`.
        file: String,
        /// Description of the problem and the allowed values.
        message: String,
    },
    /// Two definitions use the same check id.
    #[error("check id {id} is defined twice; give every check its own id")]
    DuplicateId {
        /// The repeated id.
        id: CheckId,
    },
    /// A Rego file does not parse or declares the wrong package.
    #[error("check rule {file} is invalid: {message}")]
    InvalidRule {
        /// File name under `checks/`.
        file: String,
        /// Parser message or the package mismatch.
        message: String,
    },
    /// A check file cannot be read.
    #[error("cannot read check file {}: {source}", path.display())]
    Read {
        /// The file or directory.
        path: std::path::PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The English texts that render the rules' messages do not load.
    #[error("English evidence texts do not load: {0}")]
    Locale(#[from] LocaleError),
}

/// The checks cray ships, with their rules parsed once into a rule engine.
pub struct Catalogue {
    checks: Vec<CheckDef>,
    engine: engine::RuleEngine,
    english: Localizer,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("checks", &self.checks.len())
            .finish_non_exhaustive()
    }
}

impl Catalogue {
    /// Parses every check embedded in the binary and loads its rule.
    ///
    /// # Errors
    /// Returns [`CheckError`] naming the file of the first definition or rule that does not
    /// load; tests keep this from happening in a release.
    pub fn embedded() -> Result<Self, CheckError> {
        let files = embedded::CHECKS
            .iter()
            .map(|file| (file.name, file.metadata, file.rule));
        Self::from_sources(embedded::LIBRARY, files)
    }

    /// Parses the checks of a directory laid out like `checks/` (`lib.rego` and a `.toml`
    /// and `.rego` file per check), so a changed rule can be measured without a rebuild.
    ///
    /// # Errors
    /// Returns [`CheckError::Read`] when a file cannot be read, and the errors of
    /// [`Catalogue::embedded`].
    pub fn from_dir(dir: &std::path::Path) -> Result<Self, CheckError> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read_to_string(&path).map_err(|source| CheckError::Read { path, source })
        };
        let library = read("lib.rego")?;
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map_err(|source| CheckError::Read {
                path: dir.to_owned(),
                source,
            })?
            .filter_map(Result::ok)
            .filter_map(|entry| {
                let name = entry.file_name().to_string_lossy().into_owned();
                name.strip_suffix(".toml").map(str::to_owned)
            })
            .collect();
        names.sort();
        let mut files = Vec::with_capacity(names.len());
        for name in names {
            let metadata = read(&format!("{name}.toml"))?;
            let rule = read(&format!("{name}.rego"))?;
            files.push((name, metadata, rule));
        }
        let files = files
            .iter()
            .map(|(name, metadata, rule)| (name.as_str(), metadata.as_str(), rule.as_str()));
        Self::from_sources(&library, files)
    }

    fn from_sources<'a>(
        library: &str,
        files: impl Iterator<Item = (&'a str, &'a str, &'a str)> + Clone,
    ) -> Result<Self, CheckError> {
        let mut checks = Vec::new();
        let mut seen = HashSet::new();
        for (name, metadata, _) in files.clone() {
            let def = CheckDef::parse(name, metadata)?;
            if !seen.insert(def.id.clone()) {
                return Err(CheckError::DuplicateId { id: def.id });
            }
            checks.push(def);
        }
        let rules = files.map(|(name, _, rule)| (name, rule));
        let engine = engine::RuleEngine::load(library, rules, &checks)?;
        let english = Localizer::new(Lang::EnUs)?;
        Ok(Self {
            checks,
            engine,
            english,
        })
    }

    /// Returns every check in catalogue order (sorted by id).
    #[must_use]
    pub fn checks(&self) -> &[CheckDef] {
        &self.checks
    }

    /// Looks a check up by id.
    #[must_use]
    pub fn get(&self, id: &CheckId) -> Option<&CheckDef> {
        self.checks.iter().find(|check| &check.id == id)
    }

    /// Evaluates every check against one assessment's datasets.
    ///
    /// Returns one result per check, in catalogue order. The work is synchronous and
    /// CPU-bound, so async callers run it in `spawn_blocking`.
    #[must_use]
    pub fn evaluate(&self, datasets: &[DatasetRecord]) -> Vec<CheckResult> {
        self.engine
            .evaluate(&self.checks, datasets, &self.english, None)
    }

    /// Evaluates like [`Catalogue::evaluate`] and also returns how long each check took,
    /// facts included under the id `facts`; the benchmark prints the slowest.
    #[must_use]
    pub fn evaluate_timed(
        &self,
        datasets: &[DatasetRecord],
    ) -> (Vec<CheckResult>, Vec<(String, std::time::Duration)>) {
        let mut times = Vec::with_capacity(self.checks.len() + 1);
        let results = self
            .engine
            .evaluate(&self.checks, datasets, &self.english, Some(&mut times));
        (results, times)
    }
}

/// Returns a finding's detail in the localizer's locale: its message when the rule wrote one,
/// otherwise the stored text (results stored before rules wrote messages, plain-text rules).
#[must_use]
pub fn detail_text(finding: &Finding, localizer: &Localizer) -> String {
    finding.detail_message.as_ref().map_or_else(
        || finding.detail.clone(),
        |message| localizer.message(message),
    )
}

/// Returns why an affected object counts, in the localizer's locale: its message when the
/// rule wrote one, otherwise the stored text.
#[must_use]
pub fn reason_text(object: &AffectedObject, localizer: &Localizer) -> String {
    object.reason_message.as_ref().map_or_else(
        || object.reason.clone(),
        |message| localizer.message(message),
    )
}

/// Returns the fluent message id of one text of a check, for example
/// `("CRAY-ENTRA-001", "title")` gives `check-cray-entra-001-title`.
///
/// Parts in use: `title`, `description`, `risk` and `remediation`.
#[must_use]
pub fn message_id(id: &CheckId, part: &str) -> String {
    format!("check-{}-{part}", id.0.to_lowercase())
}

/// The text parts every check has in every locale.
pub const MESSAGE_PARTS: [&str; 4] = ["title", "description", "risk", "remediation"];
