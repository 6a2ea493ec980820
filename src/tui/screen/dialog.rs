//! The triage note dialog, the report export dialog, the quit question, the purge
//! confirmation and the key storage question.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::{Ui, centered, clean};
use crate::i18n::Lang;
use crate::model::TriageStatus;
use crate::report::ReportFormat;
use crate::tui::dialog::{
    ExportDialog, ExportField, ExportProblem, KeyStorageDialog, NoteDialog, PurgeDialog,
};
use crate::tui::text_input::TextInput;

mod tenant_form;

pub use tenant_form::{quit_question, render_confirm_cancel, render_tenant_form};

/// Maximum width of a dialog, borders included.
const DIALOG_WIDTH: u16 = 64;

/// Width of the field labels of the export dialog, focus marker included.
const LABEL_WIDTH: u16 = 16;

/// Draws the note input of a triage decision over the screen; a blank note is refused with a
/// hint in the dialog.
///
/// ```text
///     ╭ Accept risk: CRAY-ENTRA-001 ─────────────────────────╮
///     │Reason: why does this finding not need a fix? The     │
///     │report prints it.                                     │
///     │Break-glass account, approved by the CISO█            │
///     │A reason is required.                                 │
///     ╰──────────────────────────────────────────────────────╯
/// ```
pub fn render_note(frame: &mut Frame<'_>, area: Rect, note: &NoteDialog, ui: &Ui<'_>) {
    let id = format!("dialog-note-title-{}", note.status.key());
    let title = ui.text_with(&id, &[("check", note.check_id.to_string().into())]);
    let block = ui.block(title, true);
    let expiry_rows = if note.expires.is_some() { 2 } else { 0 };
    let dialog = open_dialog(frame, area, block.clone(), 7 + expiry_rows);
    let inner = block.inner(dialog);

    let [label, input, expiry, hint] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Length(expiry_rows),
        Constraint::Length(2),
    ])
    .areas(inner);
    let label_id = if note.status == TriageStatus::Resolved {
        "dialog-note-label-resolved"
    } else {
        "dialog-note-label"
    };
    let label_text = Paragraph::new(ui.text(label_id))
        .style(ui.theme.text_muted)
        .wrap(Wrap { trim: true });
    frame.render_widget(label_text, label);
    render_input(frame, input, &note.note, !note.is_expires_focused, ui);
    if let Some(expires) = &note.expires {
        super::triage::render_expiry(frame, expiry, expires, note.is_expires_focused, ui);
    }
    let problem = if note.is_reason_missing {
        Some(ui.text("dialog-note-reason-required"))
    } else {
        note.date_problem
            .as_ref()
            .map(|problem| super::triage::date_problem_text(problem, ui))
    };
    if let Some(problem) = problem {
        let problem = Paragraph::new(problem)
            .style(ui.theme.error)
            .wrap(Wrap { trim: true });
        frame.render_widget(problem, hint);
    }
}

/// Draws the report export dialog over the screen: the focused field is marked with `▸`, the
/// keys are listed, and a failed attempt shows its error wrapped inside the dialog.
///
/// ```text
///     ╭ Export report ───────────────────────────────────────╮
///     │Tenant: contoso                                       │
///     │                                                      │
///     │  Language      ◉ English (en-US)  ○ German (de-DE)   │
///     │  Format        ◉ PDF  ○ CSV  ○ JSON  ○ Markdown      │
///     │▸ Output file   contoso-report-2026-12-04.pdf█        │
///     │                                                      │
///     │Tab/↑↓ switch field · ←→ change language · …          │
///     │Export failed: writing /root/x.pdf failed: permission │
///     │denied. Choose another folder.                        │
///     ╰──────────────────────────────────────────────────────╯
/// ```
pub fn render_export(frame: &mut Frame<'_>, area: Rect, export: &ExportDialog, ui: &Ui<'_>) {
    let width = DIALOG_WIDTH.min(area.width).saturating_sub(2);
    let status = export_status(export, ui);
    let keys = Paragraph::new(ui.text("dialog-export-keys"))
        .style(ui.theme.text_muted)
        .wrap(Wrap { trim: true });
    let keys_height = line_count(&keys, width);
    let status_height = status.as_ref().map_or(0, |s| line_count(s, width));
    let height = 8 + keys_height + status_height;
    let block = ui.block(ui.text("dialog-export-title"), true);
    let dialog = open_dialog(frame, area, block.clone(), height);
    let inner = block.inner(dialog);

    let [tenant, _, language, format, path, _, keys_area, status_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(keys_height),
        Constraint::Fill(1),
    ])
    .areas(inner);
    let tenant_text = ui.text_with(
        "dialog-export-tenant",
        &[("tenant", export.tenant.to_string().into())],
    );
    frame.render_widget(Span::styled(tenant_text, ui.theme.text), tenant);
    render_language_field(frame, language, export, ui);
    render_format_field(frame, format, export, ui);

    let path_focused = export.focus == ExportField::Path && !export.is_running;
    let [label, value] = field_areas(path);
    frame.render_widget(
        field_label(ui.text("dialog-export-path"), path_focused, ui),
        label,
    );
    render_input(frame, value, &export.path, path_focused, ui);
    frame.render_widget(keys, keys_area);
    if let Some(status) = status {
        frame.render_widget(status, status_area);
    }
}

/// Draws the question whether to quit while a collection runs.
///
/// ```text
///     ╭ Quit cray? ──────────────────────────────────────────╮
///     │A collection is running. Quit and cancel it? y/n      │
///     ╰──────────────────────────────────────────────────────╯
/// ```
pub fn render_confirm_quit(frame: &mut Frame<'_>, area: Rect, running: usize, ui: &Ui<'_>) {
    let title = ui.text("dialog-quit-title");
    render_question(frame, area, title, quit_question(running, ui), ui);
}

/// Draws a dialog that contains only a wrapped question below its title.
pub(super) fn render_question(
    frame: &mut Frame<'_>,
    area: Rect,
    title: String,
    question: String,
    ui: &Ui<'_>,
) {
    let question = Paragraph::new(question)
        .style(ui.theme.text)
        .wrap(Wrap { trim: true });
    let width = DIALOG_WIDTH.min(area.width).saturating_sub(2);
    let height = line_count(&question, width) + 2;
    let block = ui.block(title, true);
    let dialog = open_dialog(frame, area, block.clone(), height);
    frame.render_widget(question, block.inner(dialog));
}

/// Draws the purge confirmation: what is lost, the name to type, the typed name, and a hint
/// when Enter was pressed with a different name.
///
/// ```text
///     ╭ Delete tenant contoso? ──────────────────────────────╮
///     │This deletes contoso and all its data: the key, the   │
///     │store and the recorded reports. There is no way back. │
///     │Type contoso and press Enter, or Esc to cancel.       │
///     │contos█                                               │
///     │The name does not match.                              │
///     ╰──────────────────────────────────────────────────────╯
/// ```
pub fn render_purge(frame: &mut Frame<'_>, area: Rect, purge: &PurgeDialog, ui: &Ui<'_>) {
    let args = [("tenant", purge.tenant.to_string().into())];
    let width = DIALOG_WIDTH.min(area.width).saturating_sub(2);
    let warning = Paragraph::new(ui.text_with("dialog-purge-warning", &args))
        .style(ui.theme.text)
        .wrap(Wrap { trim: true });
    let prompt = Paragraph::new(ui.text_with("dialog-purge-prompt", &args))
        .style(ui.theme.text_muted)
        .wrap(Wrap { trim: true });
    let (warning_height, prompt_height) = (line_count(&warning, width), line_count(&prompt, width));
    let height = warning_height + prompt_height + 4;
    let block = ui.block(ui.text_with("dialog-purge-title", &args), true);
    let dialog = open_dialog(frame, area, block.clone(), height);
    let [warning_area, prompt_area, input, hint] = Layout::vertical([
        Constraint::Length(warning_height),
        Constraint::Length(prompt_height),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(block.inner(dialog));
    frame.render_widget(warning, warning_area);
    frame.render_widget(prompt, prompt_area);
    render_input(frame, input, &purge.typed, true, ui);
    if purge.is_mismatch {
        let mismatch = Span::styled(ui.text("dialog-purge-mismatch"), ui.theme.error);
        frame.render_widget(mismatch, hint);
    }
}

/// Draws the first-use question where tenant keys are kept: why keys exist, the choices,
/// and a hint when the passphrase was chosen without `CRAY_PASSPHRASE`.
///
/// ```text
///     ╭ Where should tenant keys be kept? ───────────────────╮
///     │cray encrypts each customer's data with its own key.  │
///     │                                                      │
///     │k    Key file: mode 0600 in cray's config directory.  │
///     │p    Passphrase: CRAY_PASSPHRASE is not set. …        │
///     │Esc  Decide later: a key file, with a warning.        │
///     ╰──────────────────────────────────────────────────────╯
/// ```
pub fn render_key_storage(
    frame: &mut Frame<'_>,
    area: Rect,
    question: &KeyStorageDialog,
    ui: &Ui<'_>,
) {
    let passphrase = if question.passphrase_set {
        "dialog-key-storage-passphrase"
    } else {
        "dialog-key-storage-passphrase-unset"
    };
    let mut lines = vec![
        Line::styled(ui.text("dialog-key-storage-intro"), ui.theme.text),
        Line::default(),
        Line::styled(ui.text("dialog-key-storage-keyfile"), ui.theme.text),
        Line::styled(ui.text(passphrase), ui.theme.text),
        Line::styled(ui.text("dialog-key-storage-later"), ui.theme.text_muted),
    ];
    if question.is_passphrase_rejected {
        lines.push(Line::default());
        lines.push(Line::styled(
            ui.text("dialog-key-storage-refused"),
            ui.theme.error,
        ));
    }
    let text = Paragraph::new(Text::from(lines)).wrap(Wrap { trim: true });
    let width = DIALOG_WIDTH.min(area.width).saturating_sub(2);
    let height = line_count(&text, width) + 2;
    let block = ui.block(ui.text("dialog-key-storage-title"), true);
    let dialog = open_dialog(frame, area, block.clone(), height);
    frame.render_widget(text, block.inner(dialog));
}

/// Clears a centred area of `height` rows, draws the border and returns the area.
pub(super) fn open_dialog(
    frame: &mut Frame<'_>,
    area: Rect,
    block: Block<'_>,
    height: u16,
) -> Rect {
    let dialog = centered(area, DIALOG_WIDTH, height);
    frame.render_widget(Clear, dialog);
    frame.render_widget(block, dialog);
    dialog
}

pub(super) fn line_count(paragraph: &Paragraph<'_>, width: u16) -> u16 {
    u16::try_from(paragraph.line_count(width)).unwrap_or(u16::MAX)
}

/// Returns the line below the keys: progress while writing, or the problem of the last try.
fn export_status<'a>(export: &ExportDialog, ui: &Ui<'_>) -> Option<Paragraph<'a>> {
    let (text, style) = if export.is_running {
        let path = export.path.value().trim().to_owned();
        let text = ui.text_with("dialog-export-running", &[("path", clean(&path).into())]);
        (text, ui.theme.text)
    } else {
        match export.problem.as_ref()? {
            ExportProblem::PathMissing => (ui.text("dialog-export-path-missing"), ui.theme.error),
            ExportProblem::Failed(error) => {
                let args = [("error", clean(error).into())];
                (ui.text_with("dialog-export-failed", &args), ui.theme.error)
            }
        }
    };
    Some(
        Paragraph::new(Text::styled(text, style))
            .style(style)
            .wrap(Wrap { trim: true }),
    )
}

fn render_language_field(frame: &mut Frame<'_>, row: Rect, export: &ExportDialog, ui: &Ui<'_>) {
    let is_focused = export.focus == ExportField::Language && !export.is_running;
    let [label, value] = field_areas(row);
    frame.render_widget(
        field_label(ui.text("dialog-export-language"), is_focused, ui),
        label,
    );
    frame.render_widget(language_choice(export.lang, is_focused, ui), value);
}

fn render_format_field(frame: &mut Frame<'_>, row: Rect, export: &ExportDialog, ui: &Ui<'_>) {
    let is_focused = export.focus == ExportField::Format && !export.is_running;
    let [label, value] = field_areas(row);
    frame.render_widget(
        field_label(ui.text("dialog-export-format"), is_focused, ui),
        label,
    );
    let choices = ReportFormat::ALL.map(|format| {
        let name = ui.text(&format!("export-format-{}", format.extension()));
        (format == export.format, name)
    });
    frame.render_widget(choice_line(choices, is_focused, ui), value);
}

fn field_areas(row: Rect) -> [Rect; 2] {
    Layout::horizontal([Constraint::Length(LABEL_WIDTH), Constraint::Fill(1)]).areas(row)
}

/// Returns the label with `▸ ` in front when the field has the focus.
fn field_label<'a>(text: String, is_focused: bool, ui: &Ui<'_>) -> Line<'a> {
    if is_focused {
        Line::from(vec![
            Span::styled("▸ ", ui.theme.key),
            Span::styled(text, ui.theme.key.add_modifier(Modifier::BOLD)),
        ])
    } else {
        Line::styled(format!("  {text}"), ui.theme.text_muted)
    }
}

fn language_choice<'a>(selected: Lang, is_focused: bool, ui: &Ui<'_>) -> Line<'a> {
    let choices = Lang::ALL.map(|lang| {
        let name = ui.text(&format!("export-language-{}", lang.tag()));
        (lang == selected, name)
    });
    choice_line(choices, is_focused, ui)
}

/// Returns radio buttons for `(is_selected, name)` pairs; the selected one is highlighted while
/// the field has the focus.
fn choice_line<'a>(
    choices: impl IntoIterator<Item = (bool, String)>,
    is_focused: bool,
    ui: &Ui<'_>,
) -> Line<'a> {
    let mut spans = Vec::new();
    for (is_selected, name) in choices {
        let (marker, style) = match (is_selected, is_focused) {
            (true, true) => ("◉ ", ui.theme.selection_bg),
            (true, false) => ("◉ ", ui.theme.text),
            (false, _) => ("○ ", ui.theme.text_muted),
        };
        spans.push(Span::styled(format!("{marker}{name}"), style));
        spans.push(Span::raw("  "));
    }
    Line::from(spans)
}

/// Draws a one-line text field; the visible part follows the cursor. When the field has the
/// focus, the character under the cursor is drawn reversed (a block at the end of the text)
/// and the terminal cursor is placed there too.
pub(super) fn render_input(
    frame: &mut Frame<'_>,
    area: Rect,
    input: &TextInput,
    is_focused: bool,
    ui: &Ui<'_>,
) {
    let width = usize::from(area.width.max(1));
    let first = (input.cursor() + 1).saturating_sub(width);
    let visible: Vec<char> = input.value().chars().skip(first).take(width).collect();
    let column = input.cursor() - first;
    let line = if is_focused {
        let before: String = visible[..column.min(visible.len())].iter().collect();
        let under = visible.get(column).map_or(" ".to_owned(), char::to_string);
        let after: String = visible.iter().skip(column + 1).collect();
        Line::from(vec![
            Span::raw(clean(&before)),
            Span::styled(
                clean(&under),
                ui.theme.input.add_modifier(Modifier::REVERSED),
            ),
            Span::raw(clean(&after)),
        ])
    } else {
        Line::raw(clean(&visible.iter().collect::<String>()))
    };
    frame.render_widget(Paragraph::new(line).style(ui.theme.input), area);
    if is_focused {
        let column = u16::try_from(column).unwrap_or(area.width);
        frame.set_cursor_position(Position::new(area.x + column, area.y));
    }
}
