//! State of the dialogs drawn over a screen: the triage note input, the report export dialog,
//! the quit confirmation, the purge confirmation, the key storage question and the help
//! screen.

use std::path::PathBuf;

use time::OffsetDateTime;

use super::history::DeleteDialog;
use super::keymap::Mode;
use super::tenant_form::TenantForm;
use super::text_input::{EditKey, TextInput};
use super::triage::{CommentDialog, ExceptDialog, OverrideDialog};
use crate::i18n::Lang;
use crate::model::{CheckId, TenantName, TriageStatus};
use crate::report::ReportFormat;

/// The dialog currently shown, if any, above the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dialog {
    /// Asks for the note of a triage decision.
    TriageNote(NoteDialog),
    /// Chooses language, format and path of the report.
    Export(ExportDialog),
    /// Lists the key bindings of the screen below.
    Help,
    /// Asks whether to quit while a collection runs, which cancels the run.
    ConfirmQuit,
    /// Asks the consultant to type the tenant's name before its data is deleted.
    Purge(PurgeDialog),
    /// Asks on first use where tenant keys are kept.
    KeyStorage(KeyStorageDialog),
    /// Registers a tenant or changes a registered one.
    TenantForm(Box<TenantForm>),
    /// Asks whether to cancel the run of this tenant.
    ConfirmCancel(TenantName),
    /// Excepts one affected object of a finding.
    Except(ExceptDialog),
    /// Overrides the severity of a finding.
    Override(OverrideDialog),
    /// Edits the free note of a finding.
    Comment(CommentDialog),
    /// Asks whether to delete an assessment.
    ConfirmDelete(DeleteDialog),
}

impl Dialog {
    /// Returns the key binding mode of the dialog.
    #[must_use]
    pub fn mode(&self) -> Mode {
        match self {
            Self::TriageNote(_) => Mode::TriageNote,
            Self::Export(_) => Mode::Export,
            Self::Help => Mode::Help,
            Self::ConfirmQuit => Mode::ConfirmQuit,
            Self::Purge(_) => Mode::ConfirmPurge,
            Self::KeyStorage(_) => Mode::ChooseKeyStorage,
            Self::TenantForm(_) => Mode::TenantForm,
            Self::ConfirmCancel(_) => Mode::ConfirmCancel,
            Self::Except(_) | Self::Override(_) | Self::Comment(_) => Mode::TriageEdit,
            Self::ConfirmDelete(_) => Mode::ConfirmDelete,
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
    /// The note; it starts with the finding's existing note.
    pub note: TextInput,
    /// True after Enter on a blank note: the report prints the reason, so one is required.
    pub is_reason_missing: bool,
    /// Last day the decision holds, as typed; `Some` only for an accepted risk, which needs
    /// one.
    pub expires: Option<TextInput>,
    /// True while the expiry field has the focus.
    pub is_expires_focused: bool,
    /// Problem of the typed expiry date, after Enter rejected it.
    pub date_problem: Option<DateProblem>,
}

/// A rejected expiry date in the note dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateProblem {
    /// The text is not a `YYYY-MM-DD` date.
    Invalid(String),
    /// The date lies before today.
    Past {
        /// The date typed.
        date: time::Date,
        /// Today.
        today: time::Date,
    },
}

impl NoteDialog {
    /// Creates the dialog for `status`, pre-filled with the finding's current note.
    #[must_use]
    pub fn new(check_id: CheckId, status: TriageStatus, note: &str) -> Self {
        Self {
            check_id,
            status,
            note: TextInput::new(note),
            is_reason_missing: false,
            expires: None,
            is_expires_focused: false,
            date_problem: None,
        }
    }

    /// Adds the expiry date field, filled with `date`.
    #[must_use]
    pub fn with_expiry(mut self, date: time::Date) -> Self {
        self.expires = Some(TextInput::new(&date.to_string()));
        self
    }

    /// Applies an editing key to the focused field and clears the hints.
    pub fn edit(&mut self, key: EditKey) {
        match self.expires.as_mut().filter(|_| self.is_expires_focused) {
            Some(expires) => expires.edit(key),
            None => self.note.edit(key),
        }
        self.is_reason_missing = false;
        self.date_problem = None;
    }

    /// Moves the focus between the note and the expiry date, when there is one.
    pub fn next_field(&mut self) {
        self.is_expires_focused = self.expires.is_some() && !self.is_expires_focused;
    }

    /// Returns the typed expiry date: `Ok(None)` without the field, or the problem with it.
    ///
    /// # Errors
    /// Returns [`DateProblem`] for text that is no date or a date before `today`.
    pub fn expiry(&self, today: time::Date) -> Result<Option<time::Date>, DateProblem> {
        let Some(expires) = &self.expires else {
            return Ok(None);
        };
        let date = crate::model::parse_date(expires.value())
            .map_err(|_| DateProblem::Invalid(expires.value().trim().to_owned()))?;
        if date < today {
            return Err(DateProblem::Past { date, today });
        }
        Ok(Some(date))
    }

    /// Returns the trimmed note, or `None` when it is blank.
    #[must_use]
    pub fn reason(&self) -> Option<&str> {
        let note = self.note.value().trim();
        (!note.is_empty()).then_some(note)
    }
}

/// The purge confirmation: Enter deletes the tenant only when the typed name matches it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurgeDialog {
    /// Tenant to delete.
    pub tenant: TenantName,
    /// The name the consultant typed.
    pub typed: TextInput,
    /// True after Enter with a name that differs from the tenant's.
    pub is_mismatch: bool,
}

impl PurgeDialog {
    /// Creates the dialog for `tenant` with an empty name field.
    #[must_use]
    pub fn new(tenant: TenantName) -> Self {
        Self {
            tenant,
            typed: TextInput::new(""),
            is_mismatch: false,
        }
    }

    /// Applies an editing key to the typed name and clears the mismatch hint.
    pub fn edit(&mut self, key: EditKey) {
        self.typed.edit(key);
        self.is_mismatch = false;
    }

    /// Returns true when the typed name is exactly the tenant's name.
    #[must_use]
    pub fn is_confirmed(&self) -> bool {
        self.typed.value() == self.tenant.as_str()
    }
}

/// The first-use question where tenant keys are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyStorageDialog {
    /// Whether `CRAY_PASSPHRASE` is set, so that the passphrase can be chosen.
    pub passphrase_set: bool,
    /// True after `p` without `CRAY_PASSPHRASE`.
    pub is_passphrase_rejected: bool,
}

impl KeyStorageDialog {
    /// Creates the question; `passphrase_set` is true when `CRAY_PASSPHRASE` is set.
    #[must_use]
    pub fn new(passphrase_set: bool) -> Self {
        Self {
            passphrase_set,
            is_passphrase_rejected: false,
        }
    }
}

/// Focused field of the export dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportField {
    /// Report language; Left, Right and Space switch it.
    Language,
    /// Report format; Left goes to the previous one, Right and Space to the next.
    Format,
    /// Output path; keys edit it.
    Path,
}

/// Error of the last export attempt, shown inside the dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportProblem {
    /// Enter was pressed with a blank output path.
    PathMissing,
    /// Writing the report failed; the error text includes its causes.
    Failed(String),
}

/// The report export dialog. It stays open while the report is written and when writing fails,
/// so that the consultant can correct the path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportDialog {
    /// Tenant to report on.
    pub tenant: TenantName,
    /// Report language.
    pub lang: Lang,
    /// Report format.
    pub format: ReportFormat,
    /// Output path.
    pub path: TextInput,
    /// Focused field.
    pub focus: ExportField,
    /// True while the report is being written.
    pub is_running: bool,
    /// The problem of the last attempt, if any.
    pub problem: Option<ExportProblem>,
    /// Date in the default file name.
    date: time::Date,
    /// True once the consultant changed the path; until then it follows the language and the
    /// format.
    is_path_edited: bool,
}

impl ExportDialog {
    /// Creates the dialog for a PDF report with the default file name in the current
    /// directory, such as `contoso-report-2026-12-04.pdf`, or `contoso-bericht-2026-12-04.pdf`
    /// in German.
    #[must_use]
    pub fn new(tenant: TenantName, lang: Lang, today: OffsetDateTime) -> Self {
        let date = today.date();
        let format = ReportFormat::Pdf;
        let path = TextInput::new(&default_file_name(&tenant, lang, format, date));
        Self {
            tenant,
            lang,
            format,
            path,
            focus: ExportField::Path,
            is_running: false,
            problem: None,
            date,
            is_path_edited: false,
        }
    }

    /// Moves the focus to the next field, from the path back to the language.
    pub fn next_field(&mut self) {
        self.focus = match self.focus {
            ExportField::Language => ExportField::Format,
            ExportField::Format => ExportField::Path,
            ExportField::Path => ExportField::Language,
        };
    }

    /// Moves the focus to the previous field, from the language to the path.
    pub fn previous_field(&mut self) {
        self.focus = match self.focus {
            ExportField::Language => ExportField::Path,
            ExportField::Format => ExportField::Language,
            ExportField::Path => ExportField::Format,
        };
    }

    /// Applies an editing key to the focused field, unless the report is being written.
    pub fn edit(&mut self, key: EditKey) {
        if self.is_running {
            return;
        }
        match self.focus {
            ExportField::Path => {
                let before = self.path.value().to_owned();
                self.path.edit(key);
                if self.path.value() != before {
                    self.is_path_edited = true;
                    self.problem = None;
                }
            }
            ExportField::Language => {
                if matches!(key, EditKey::Left | EditKey::Right | EditKey::Char(' ')) {
                    self.set_lang(other_lang(self.lang));
                }
            }
            ExportField::Format => match key {
                EditKey::Left => self.set_format(step_format(self.format, false)),
                EditKey::Right | EditKey::Char(' ') => {
                    self.set_format(step_format(self.format, true));
                }
                _ => {}
            },
        }
    }

    /// Returns the output path, or `None` when the field is blank.
    #[must_use]
    pub fn output_path(&self) -> Option<PathBuf> {
        let path = self.path.value().trim();
        (!path.is_empty()).then(|| PathBuf::from(path))
    }

    fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
        if !self.is_path_edited {
            self.path = TextInput::new(&self.default_file_name());
        }
    }

    /// Switches the format. An unedited path becomes the new default file name. An edited
    /// path that ends in the old format's extension gets the new one, and any other edited
    /// path stays as typed.
    fn set_format(&mut self, format: ReportFormat) {
        let old_extension = self.format.extension();
        self.format = format;
        if !self.is_path_edited {
            self.path = TextInput::new(&self.default_file_name());
            return;
        }
        let path = self.path.value();
        let stem_len = path.len().saturating_sub(old_extension.len() + 1);
        let suffix = path.get(stem_len..).unwrap_or_default();
        let has_old_extension = suffix
            .strip_prefix('.')
            .is_some_and(|extension| extension.eq_ignore_ascii_case(old_extension));
        if has_old_extension {
            let switched = format!("{}.{}", &path[..stem_len], format.extension());
            self.path = TextInput::new(&switched);
            self.problem = None;
        }
    }

    fn default_file_name(&self) -> String {
        default_file_name(&self.tenant, self.lang, self.format, self.date)
    }
}

/// Returns `<tenant>-<report>-<date>.<extension>` with the word for "report" in the report
/// language and the extension of the format.
fn default_file_name(
    tenant: &TenantName,
    lang: Lang,
    format: ReportFormat,
    date: time::Date,
) -> String {
    // File names stay ASCII so that they survive every file system and mail client.
    let report = match lang {
        Lang::EnUs => "report",
        Lang::DeDe => "bericht",
    };
    format!("{tenant}-{report}-{date}.{}", format.extension())
}

/// Returns the format after `format` in [`ReportFormat::ALL`], or before it when `forward` is
/// false, wrapping around at both ends.
fn step_format(format: ReportFormat, forward: bool) -> ReportFormat {
    let all = ReportFormat::ALL;
    let index = all.iter().position(|f| *f == format).unwrap_or(0);
    let step = if forward { 1 } else { all.len() - 1 };
    all[(index + step) % all.len()]
}

fn other_lang(lang: Lang) -> Lang {
    match lang {
        Lang::EnUs => Lang::DeDe,
        Lang::DeDe => Lang::EnUs,
    }
}
