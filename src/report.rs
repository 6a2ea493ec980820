//! The customer report: a pure [`ReportModel`] built from one assessment, and its PDF renderer.
//!
//! [`ReportModel::build`] does no I/O: it takes every text from the [`Localizer`] and formats
//! every number and date for the locale, so tests can inspect exactly what the PDF will contain.
//! [`write_pdf`] lays the model out with genpdf and is the only function here that touches the
//! file system. Neither reads the store or talks to a service; the caller passes the data in.
//!
//! [`Localizer`]: crate::i18n::Localizer

mod file;
mod fonts;
mod format;
mod model;
mod page;
mod pdf;
mod wrap;

use std::path::PathBuf;

use time::OffsetDateTime;

use crate::model::{Assessment, Dataset, DatasetState, Finding};

pub use model::{
    AFFECTED_LIMIT, AffectedLine, CheckLine, CheckList, Count, Cover, Coverage, Field,
    FindingEntry, FindingLabels, Findings, ReportModel, Summary,
};
pub use pdf::write_pdf;

/// Everything a report is built from; the caller reads it from the store.
#[derive(Debug, Clone, Copy)]
pub struct ReportInput<'a> {
    /// Customer name as the tenant displays it (untrusted text).
    pub customer: &'a str,
    /// Entra tenant id.
    pub tenant_id: &'a str,
    /// The assessment the report covers.
    pub assessment: &'a Assessment,
    /// Every check result of the assessment (failed, passed and not assessable) with triage.
    pub findings: &'a [Finding],
    /// Datasets the run tried to read, with their collection state.
    pub datasets: &'a [(Dataset, DatasetState)],
    /// Name of the consultant who ran the assessment, if it should appear on the cover.
    pub consultant: Option<&'a str>,
    /// When the report is generated; the caller passes the clock so output is reproducible.
    pub generated_at: OffsetDateTime,
}

/// Error raised while writing a report file.
///
/// The messages name the output path and the fix. The underlying I/O or genpdf error is the
/// [`source`](std::error::Error::source), so print the whole chain to see it (for example
/// `{:#}` with anyhow).
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The directory that should contain the report does not exist.
    #[error(
        "cannot write report {}: directory {} does not exist; create it or choose another \
         output path",
        path.display(),
        dir.display()
    )]
    MissingDirectory {
        /// Requested output path.
        path: PathBuf,
        /// Its parent directory.
        dir: PathBuf,
    },
    /// Creating, writing or renaming the file failed.
    #[error(
        "cannot write report {}; check that its directory is writable and has free space",
        path.display()
    )]
    Write {
        /// Requested output path.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// genpdf could not lay out or serialize the document.
    #[error(
        "rendering report {} failed, so nothing was written and an existing file is unchanged; \
         report this together with the log",
        path.display()
    )]
    Render {
        /// Requested output path.
        path: PathBuf,
        /// genpdf's error.
        #[source]
        source: genpdf::error::Error,
    },
    /// An embedded font does not load; the binary was built from broken font files.
    #[error("embedded font {name} cannot be loaded; rebuild cray from an intact source tree")]
    Font {
        /// File name of the font.
        name: &'static str,
        /// genpdf's error.
        #[source]
        source: genpdf::error::Error,
    },
}
