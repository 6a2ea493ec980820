//! The customer report: a pure [`ReportModel`] built from one assessment, and its renderers:
//! PDF, JSON, CSV and Markdown.
//!
//! [`ReportModel::build`] does no I/O: it takes every text from the [`Localizer`] and formats
//! every number and date for the locale, so tests can inspect exactly what the PDF will contain.
//! [`write_pdf`] lays the model out with genpdf; [`write_report`] writes any of the formats.
//! Every writer replaces the output file atomically. None of them reads the store or talks to
//! a service; the caller passes the data in.
//!
//! [`Localizer`]: crate::i18n::Localizer

mod csv;
mod file;
mod fonts;
pub(crate) mod format;
mod json;
mod markdown;
mod model;
mod page;
mod pdf;
mod safe;
mod wrap;

use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use time::OffsetDateTime;

use crate::i18n::Localizer;
use crate::model::{Assessment, Dataset, DatasetState, Finding, TriageDecision};

pub use csv::{CSV_COLUMNS, csv_field};
pub use json::JSON_SCHEMA_VERSION;
pub use markdown::escape as markdown_escape;
pub use model::{
    AFFECTED_LIMIT, AffectedLine, CheckLine, CheckList, Count, Cover, Coverage, CoverageRow,
    Executive, Field, FindingEntry, FindingLabels, Findings, Glossary, Grade, MatrixRow,
    Methodology, Phase, ReportModel, RiskBand, RiskMatrix, Roadmap, RoadmapItem, RoadmapPhase,
    Score, Summary, TOP_RISKS, TopRisk, Triaged, TriagedEntry, TriagedLabels, score,
};
pub use pdf::{LogoError, write_pdf};

/// File format of a report export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// The customer document, laid out on A4 pages.
    Pdf,
    /// Every check with its data, for scripts; versioned by [`JSON_SCHEMA_VERSION`].
    Json,
    /// One row per check, for a spreadsheet.
    Csv,
    /// The report's sections for a ticket or a wiki page.
    Markdown,
}

impl ReportFormat {
    /// Every format, in the order the TUI offers them.
    pub const ALL: [Self; 4] = [Self::Pdf, Self::Csv, Self::Json, Self::Markdown];

    /// Returns the file name extension a file of this format gets by default, without the
    /// dot.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Json => "json",
            Self::Csv => "csv",
            Self::Markdown => "md",
        }
    }

    /// Returns the format that the extension of `path` names (`.pdf`, `.json`, `.csv`, `.md`
    /// or `.markdown`, in any case), or `None` for another extension.
    #[must_use]
    pub fn from_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "pdf" => Some(Self::Pdf),
            "json" => Some(Self::Json),
            "csv" => Some(Self::Csv),
            "md" | "markdown" => Some(Self::Markdown),
            _ => None,
        }
    }
}

/// Builds the report model and writes it at `path` in `format`, replacing an existing file
/// only on success. The tenant's texts pass through [`crate::display`] first.
///
/// # Errors
/// Returns the errors of [`write_pdf`] for PDF; for the other formats
/// [`ReportError::MissingDirectory`] or [`ReportError::Write`]. On every error an existing
/// file at `path` is left unchanged.
pub fn write_report(
    format: ReportFormat,
    input: &ReportInput<'_>,
    localizer: &Localizer,
    path: &Path,
) -> Result<(), ReportError> {
    // Every format, the JSON export included, gets the tenant's texts with control,
    // bidi and invisible characters replaced by visible placeholders.
    let safe = safe::SafeTexts::of(input);
    let input = &safe.input(input);
    let model = ReportModel::build(input, localizer);
    match format {
        ReportFormat::Pdf => write_pdf(&model, path),
        ReportFormat::Json => write_text(path, |out| json::write(out, input, &model, localizer)),
        ReportFormat::Csv => write_text(path, |out| csv::write(out, input, &model, localizer)),
        ReportFormat::Markdown => write_text(path, |out| markdown::write(out, &model)),
    }
}

/// Writes a text export atomically through `produce`.
fn write_text(
    path: &Path,
    produce: impl FnOnce(&mut BufWriter<File>) -> std::io::Result<()>,
) -> Result<(), ReportError> {
    file::write_atomically(path, |out| {
        produce(out).map_err(|source| ReportError::Write {
            path: path.to_owned(),
            source,
        })
    })
}

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
    /// Every triage decision of the tenant; the appendix reads decision dates and expiry.
    pub triage: &'a [TriageDecision],
    /// Name of the consultant who ran the assessment, if it should appear on the cover.
    pub consultant: Option<&'a str>,
    /// The consultant's company, if it should appear on the cover.
    pub company: Option<&'a str>,
    /// PNG logo of the consultant's company for the cover.
    pub logo: Option<&'a Path>,
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
    /// The output path exists and is not a regular file (a directory, device or FIFO).
    #[error(
        "cannot write report {}: it is not a regular file; choose a file path such as \
         report.pdf",
        path.display()
    )]
    NotRegularFile {
        /// Requested output path.
        path: PathBuf,
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
    /// The cover logo cannot be read or is not a PNG image.
    #[error(transparent)]
    Logo(#[from] LogoError),
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
