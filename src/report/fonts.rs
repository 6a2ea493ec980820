//! The embedded Liberation Sans family (SIL Open Font License 1.1, see `fonts/OFL.txt`).
//!
//! The fonts are embedded whole because genpdf 0.2 errors out on any character outside
//! Windows-1252 with the PDF built-in fonts, and tenant data holds arbitrary names.

use genpdf::fonts::{FontData, FontFamily};

use super::ReportError;

const REGULAR: &[u8] = include_bytes!("fonts/LiberationSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("fonts/LiberationSans-Bold.ttf");
const ITALIC: &[u8] = include_bytes!("fonts/LiberationSans-Italic.ttf");
const BOLD_ITALIC: &[u8] = include_bytes!("fonts/LiberationSans-BoldItalic.ttf");

/// Loads the four styles of Liberation Sans.
pub(super) fn liberation_sans() -> Result<FontFamily<FontData>, ReportError> {
    Ok(FontFamily {
        regular: load("LiberationSans-Regular.ttf", REGULAR)?,
        bold: load("LiberationSans-Bold.ttf", BOLD)?,
        italic: load("LiberationSans-Italic.ttf", ITALIC)?,
        bold_italic: load("LiberationSans-BoldItalic.ttf", BOLD_ITALIC)?,
    })
}

fn load(name: &'static str, bytes: &[u8]) -> Result<FontData, ReportError> {
    FontData::new(bytes.to_vec(), None).map_err(|source| ReportError::Font { name, source })
}
