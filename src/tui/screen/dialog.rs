//! The triage note dialog and the PDF export dialog.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::{Ui, centered, clean};
use crate::i18n::Lang;
use crate::tui::dialog::{ExportDialog, ExportField, NoteDialog};
use crate::tui::text_input::TextInput;

/// Maximum width of a dialog, borders included.
const DIALOG_WIDTH: u16 = 64;

/// Draws the note input of a triage decision over the screen.
///
/// ```text
///     ╭ Accept risk: CRAY-ENTRA-001 ─────────────────────────╮
///     │Note: why does this finding not need a fix?           │
///     │                                                      │
///     │Break-glass account, approved by the CISO_            │
///     ╰──────────────────────────────────────────────────────╯
/// ```
pub fn render_note(frame: &mut Frame<'_>, area: Rect, note: &NoteDialog, ui: &Ui<'_>) {
    let id = format!("dialog-note-title-{}", note.status.key());
    let title = ui.text_with(&id, &[("check", note.check_id.to_string().into())]);
    let block = ui.block(title, true);
    let dialog = centered(area, DIALOG_WIDTH, 6);
    let inner = block.inner(dialog);
    frame.render_widget(Clear, dialog);
    frame.render_widget(block, dialog);

    let [label, input] =
        Layout::vertical([Constraint::Length(2), Constraint::Length(1)]).areas(inner);
    let label_text = Paragraph::new(ui.text("dialog-note-label"))
        .style(ui.theme.text_muted)
        .wrap(Wrap { trim: true });
    frame.render_widget(label_text, label);
    render_input(frame, input, &note.note, true, ui);
}

/// Draws the PDF export dialog over the screen.
///
/// ```text
///     ╭ Export PDF report ───────────────────────────────────╮
///     │Tenant: contoso                                       │
///     │                                                      │
///     │Language        ◉ English (en-US)  ○ German (de-DE)   │
///     │Output file     contoso-report-2026-12-04.pdf_        │
///     ╰──────────────────────────────────────────────────────╯
/// ```
pub fn render_export(frame: &mut Frame<'_>, area: Rect, export: &ExportDialog, ui: &Ui<'_>) {
    let block = ui.block(ui.text("dialog-export-title"), true);
    let dialog = centered(area, DIALOG_WIDTH, 7);
    let inner = block.inner(dialog);
    frame.render_widget(Clear, dialog);
    frame.render_widget(block, dialog);

    let [tenant, _, language, path] = Layout::vertical([Constraint::Length(1); 4]).areas(inner);
    let tenant_text = ui.text_with(
        "dialog-export-tenant",
        &[("tenant", export.tenant.to_string().into())],
    );
    frame.render_widget(Span::styled(tenant_text, ui.theme.text), tenant);

    let language_focused = export.focus == ExportField::Language;
    let [label, value] = field_areas(language);
    frame.render_widget(
        field_label(ui.text("dialog-export-language"), language_focused, ui),
        label,
    );
    frame.render_widget(language_choice(export.lang, language_focused, ui), value);

    let path_focused = export.focus == ExportField::Path;
    let [label, value] = field_areas(path);
    frame.render_widget(
        field_label(ui.text("dialog-export-path"), path_focused, ui),
        label,
    );
    render_input(frame, value, &export.path, path_focused, ui);
}

fn field_areas(row: Rect) -> [Rect; 2] {
    Layout::horizontal([Constraint::Length(16), Constraint::Fill(1)]).areas(row)
}

fn field_label<'a>(text: String, is_focused: bool, ui: &Ui<'_>) -> Span<'a> {
    let style = if is_focused {
        ui.theme.key
    } else {
        ui.theme.text_muted
    };
    Span::styled(text, style)
}

fn language_choice<'a>(selected: Lang, is_focused: bool, ui: &Ui<'_>) -> Line<'a> {
    let mut spans = Vec::new();
    for lang in Lang::ALL {
        let (marker, style) = match (lang == selected, is_focused) {
            (true, true) => ("◉ ", ui.theme.selection_bg),
            (true, false) => ("◉ ", ui.theme.text),
            (false, _) => ("○ ", ui.theme.text_muted),
        };
        let name = ui.text(&format!("export-language-{}", lang.tag()));
        spans.push(Span::styled(format!("{marker}{name}"), style));
        spans.push(Span::raw("  "));
    }
    Line::from(spans)
}

/// Draws a one-line text field; the visible part follows the cursor, and the terminal cursor
/// is placed in the field when it has the focus.
fn render_input(
    frame: &mut Frame<'_>,
    area: Rect,
    input: &TextInput,
    is_focused: bool,
    ui: &Ui<'_>,
) {
    let width = usize::from(area.width.max(1));
    let first = (input.cursor() + 1).saturating_sub(width);
    let visible: String = input.value().chars().skip(first).take(width).collect();
    frame.render_widget(Paragraph::new(clean(&visible)).style(ui.theme.input), area);
    if is_focused {
        let column = u16::try_from(input.cursor() - first).unwrap_or(area.width);
        frame.set_cursor_position(Position::new(area.x + column, area.y));
    }
}
