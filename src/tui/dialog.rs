//! State of the dialogs drawn over a screen: the triage note input, the PDF export dialog
//! and the help screen.

use std::path::PathBuf;

use time::OffsetDateTime;

use super::keymap::Mode;
use super::text_input::{EditKey, TextInput};
use crate::i18n::Lang;
use crate::model::{CheckId, TenantName, TriageStatus};

/// The dialog currently shown, if any, above the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dialog {
    /// Asks for the note of a triage decision.
    TriageNote(NoteDialog),
    /// Chooses language and path of the PDF report.
    Export(ExportDialog),
    /// Lists the key bindings of the screen below.
    Help,
}

impl Dialog {
    /// Returns the key binding mode of the dialog.
    #[must_use]
    pub fn mode(&self) -> Mode {
        match self {
            Self::TriageNote(_) => Mode::TriageNote,
            Self::Export(_) => Mode::Export,
            Self::Help => Mode::Help,
        }
    }
}

/// The note input of a triage decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteDialog {
    /// Check being triaged.
    pub check_id: CheckId,
    /// Decision that Enter saves.
    pub status: TriageStatus,
    /// The note.
    pub note: TextInput,
}

/// Focused field of the export dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportField {
    /// Report language; Left, Right and Space switch it.
    Language,
    /// Output path; keys edit it.
    Path,
}

/// The PDF export dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportDialog {
    /// Tenant to report on.
    pub tenant: TenantName,
    /// Report language.
    pub lang: Lang,
    /// Output path.
    pub path: TextInput,
    /// Focused field.
    pub focus: ExportField,
}

impl ExportDialog {
    /// Creates the dialog with the default file name `<tenant>-report-<date>.pdf` in the
    /// current directory.
    #[must_use]
    pub fn new(tenant: TenantName, lang: Lang, today: OffsetDateTime) -> Self {
        let date = today.date();
        let name = format!("{tenant}-report-{date}.pdf");
        Self {
            tenant,
            lang,
            path: TextInput::new(&name),
            focus: ExportField::Path,
        }
    }

    /// Moves the focus to the other field.
    pub fn next_field(&mut self) {
        self.focus = match self.focus {
            ExportField::Language => ExportField::Path,
            ExportField::Path => ExportField::Language,
        };
    }

    /// Applies an editing key to the focused field.
    pub fn edit(&mut self, key: EditKey) {
        match self.focus {
            ExportField::Path => self.path.edit(key),
            ExportField::Language => {
                if matches!(key, EditKey::Left | EditKey::Right | EditKey::Char(' ')) {
                    self.lang = other_lang(self.lang);
                }
            }
        }
    }

    /// Returns the output path, or `None` when the field is blank.
    #[must_use]
    pub fn output_path(&self) -> Option<PathBuf> {
        let path = self.path.value().trim();
        (!path.is_empty()).then(|| PathBuf::from(path))
    }
}

fn other_lang(lang: Lang) -> Lang {
    match lang {
        Lang::EnUs => Lang::DeDe,
        Lang::DeDe => Lang::EnUs,
    }
}
