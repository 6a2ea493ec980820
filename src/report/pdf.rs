//! PDF rendering of a [`ReportModel`] with genpdf 0.2.
//!
//! Layout on A4: the cover with the company logo; the executive summary (score, counts,
//! highest risks, then on a new page the risk-by-effort matrix and the roadmap); coverage with
//! the checks not assessable; one block per open finding; passed checks and the appendix of
//! accepted risks and false positives; methodology and glossary. Every text passes through
//! [`super::wrap::fit`] with the width of its column, because genpdf drops words wider than
//! their column.
//!
//! The document is laid out twice to learn the page total for the footer (see [`super::page`]).
//! The counting pass stops before serialization. `bench/report.sh` measures 500 findings with
//! 10,000 affected objects (418 pages, 12.5 MB): a median of 2.2 s over 5 runs in a debug build
//! with genpdf and its PDF crates at opt-level 2, on 2 cores shared with other builds.

mod content;
mod logo;

use std::cell::Cell;
use std::io;
use std::path::Path;
use std::rc::Rc;

use genpdf::Document;
use genpdf::error::{Error, ErrorKind};

use super::page::{Footer, PageCountProbe};
use super::{ReportError, ReportModel, file, fonts};

pub use logo::LogoError;

/// Body font size in points.
const BODY_FONT_SIZE: u8 = 10;

/// Writes the report as a PDF file at `path`, replacing an existing file only on success.
///
/// # Errors
/// Returns [`ReportError::MissingDirectory`] when the directory of `path` does not exist,
/// [`ReportError::Write`] when the file cannot be written, [`ReportError::Render`] when genpdf
/// fails, [`ReportError::Font`] when an embedded font is broken, and [`ReportError::Logo`]
/// when the cover logo cannot be read or decoded. On every error an existing file at `path`
/// is left unchanged.
pub fn write_pdf(model: &ReportModel, path: &Path) -> Result<(), ReportError> {
    let logo = model
        .cover
        .logo
        .as_deref()
        .map(logo::Logo::load)
        .transpose()?;
    file::write_atomically(path, |out| {
        let total = count_pages(model, logo.clone(), path)?;
        let pages = Rc::new(Cell::new(0));
        let footer = Footer::new(&model.page_footer, Some(total), pages);
        let doc = document(model, logo, footer).map_err(|error| error.at(path))?;
        doc.render(out).map_err(|source| render_error(path, source))
    })
}

/// Lays the document out without writing it and returns its number of pages.
fn count_pages(
    model: &ReportModel,
    logo: Option<logo::Logo>,
    path: &Path,
) -> Result<usize, ReportError> {
    let pages = Rc::new(Cell::new(0));
    let total = Rc::new(Cell::new(None));
    let footer = Footer::new(&model.page_footer, None, Rc::clone(&pages));
    let mut doc = document(model, logo, footer).map_err(|error| error.at(path))?;
    doc.push(PageCountProbe::new(pages, Rc::clone(&total)));

    let result = doc.render(io::sink());
    match (total.get(), result) {
        (Some(total), _) => Ok(total),
        (None, Err(source)) => Err(render_error(path, source)),
        (None, Ok(())) => Err(render_error(
            path,
            Error::new(
                "the page count probe was never rendered",
                ErrorKind::Internal,
            ),
        )),
    }
}

/// Failure while building the document, before the output path is attached.
enum BuildError {
    Font(ReportError),
    Layout(Error),
}

impl BuildError {
    fn at(self, path: &Path) -> ReportError {
        match self {
            Self::Font(error) => error,
            Self::Layout(source) => render_error(path, source),
        }
    }
}

fn document(
    model: &ReportModel,
    logo: Option<logo::Logo>,
    footer: Footer,
) -> Result<Document, BuildError> {
    let mut doc = Document::new(fonts::liberation_sans().map_err(BuildError::Font)?);
    doc.set_title(model.pdf_title.as_str());
    // Skips the ICC profile and XMP metadata of PDF/X-3, which only add size here.
    doc.set_minimal_conformance();
    doc.set_font_size(BODY_FONT_SIZE);
    doc.set_line_spacing(1.25);
    doc.set_page_decorator(footer);

    let body = content::build(model, doc.font_cache(), logo).map_err(BuildError::Layout)?;
    doc.push(body);
    Ok(doc)
}

fn render_error(path: &Path, source: Error) -> ReportError {
    ReportError::Render {
        path: path.to_owned(),
        source,
    }
}
