//! The add and edit form of a tenant, and the question whether to cancel a run.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Wrap};

use super::{DIALOG_WIDTH, field_areas, field_label, line_count, open_dialog, render_input};
use crate::model::TenantName;
use crate::tui::screen::{Ui, clean};
use crate::tui::tenant_form::{FormField, FormProblem, TenantForm, cloud_name};

/// Rows of the form above the key hints: one per field and a blank line.
const FIELD_ROWS: u16 = 8;

/// Draws the tenant form: one row per field with `▸` at the focused one, the keys, and the
/// problem of the last save attempt below them.
///
/// ```text
///     ╭ Add tenant ──────────────────────────────────────────╮
///     │▸ Short name    contoso█                              │
///     │  Display name  Contoso Ltd.                          │
///     │  Tenant id     6f1c2a4e-…                            │
///     │  Client id     0b7e…                                 │
///     │  Cloud         ◂ Global ▸                            │
///     │  Credential    ◂ Client secret in a variable ▸       │
///     │  Variable      CRAY_CONTOSO_SECRET                   │
///     │                                                      │
///     │Tab/↑↓ field · ←→ choose · Enter save · Esc cancel    │
///     │Tenant id: "abc" is not a GUID; copy the Tenant ID …  │
///     ╰──────────────────────────────────────────────────────╯
/// ```
pub fn render_tenant_form(frame: &mut Frame<'_>, area: Rect, form: &TenantForm, ui: &Ui<'_>) {
    let width = DIALOG_WIDTH.min(area.width).saturating_sub(2);
    let keys = Paragraph::new(ui.text("dialog-tenant-keys"))
        .style(ui.theme.text_muted)
        .wrap(Wrap { trim: true });
    let keys_height = line_count(&keys, width);
    let status = form_status(form, ui);
    let status_height = status.as_ref().map_or(0, |s| line_count(s, width));
    let title = match form.edited() {
        Some(tenant) => ui.text_with(
            "dialog-tenant-title-edit",
            &[("tenant", tenant.to_string().into())],
        ),
        None => ui.text("dialog-tenant-title-add"),
    };
    let block = ui.block(title, true);
    let dialog = open_dialog(
        frame,
        area,
        block.clone(),
        FIELD_ROWS + keys_height + status_height + 2,
    );
    let inner = block.inner(dialog);
    let [fields, keys_area, status_area] = Layout::vertical([
        Constraint::Length(FIELD_ROWS),
        Constraint::Length(keys_height),
        Constraint::Fill(1),
    ])
    .areas(inner);
    for (field, row) in FormField::ALL.into_iter().zip(fields.rows()) {
        render_field(frame, row, form, field, ui);
    }
    frame.render_widget(keys, keys_area);
    if let Some(status) = status {
        frame.render_widget(status, status_area);
    }
}

/// Returns the label of a field; the source's label names what the credential needs.
fn label(form: &TenantForm, field: FormField, ui: &Ui<'_>) -> String {
    if field == FormField::Source {
        return ui.text(&format!("dialog-tenant-source-{}", form.credential.name()));
    }
    ui.text(&format!("dialog-tenant-field-{}", field.name()))
}

fn render_field(
    frame: &mut Frame<'_>,
    row: Rect,
    form: &TenantForm,
    field: FormField,
    ui: &Ui<'_>,
) {
    let is_focused = form.focus == field && !form.is_saving;
    let [label_area, value] = field_areas(row);
    frame.render_widget(
        field_label(label(form, field, ui), is_focused, ui),
        label_area,
    );
    let input = match field {
        FormField::Name => &form.name,
        FormField::DisplayName => &form.display_name,
        FormField::TenantId => &form.tenant_id,
        FormField::ClientId => &form.client_id,
        FormField::Source if form.is_editable(field) => &form.source,
        FormField::Source => return,
        FormField::Cloud => {
            let text = ui.text(&format!("dialog-tenant-cloud-{}", cloud_name(form.cloud)));
            frame.render_widget(choice(text, is_focused, ui), value);
            return;
        }
        FormField::Credential => {
            let id = format!("dialog-tenant-credential-{}", form.credential.name());
            frame.render_widget(choice(ui.text(&id), is_focused, ui), value);
            return;
        }
    };
    if form.is_editable(field) {
        render_input(frame, value, input, is_focused, ui);
    } else {
        let fixed = Span::styled(clean(input.value()), ui.theme.text_muted);
        frame.render_widget(fixed, value);
    }
}

/// Returns a choice that Left and Right switch, with arrows when it has the focus.
fn choice<'a>(text: String, is_focused: bool, ui: &Ui<'_>) -> Line<'a> {
    if is_focused {
        Line::styled(format!("◂ {text} ▸"), ui.theme.selection_bg)
    } else {
        Line::styled(text, ui.theme.text)
    }
}

/// Returns the line below the keys: saving, or the problem of the last attempt.
fn form_status<'a>(form: &TenantForm, ui: &Ui<'_>) -> Option<Paragraph<'a>> {
    let (text, style) = if form.is_saving {
        (ui.text("dialog-tenant-saving"), ui.theme.text)
    } else {
        match form.problem.as_ref()? {
            FormProblem::Invalid { field, message } => {
                let args = [
                    ("field", label(form, *field, ui).into()),
                    ("message", clean(message).into()),
                ];
                (ui.text_with("dialog-tenant-invalid", &args), ui.theme.error)
            }
            FormProblem::Failed(error) => {
                let args = [("error", clean(error).into())];
                (
                    ui.text_with("dialog-tenant-save-failed", &args),
                    ui.theme.error,
                )
            }
        }
    };
    Some(
        Paragraph::new(Text::styled(text, style))
            .style(style)
            .wrap(Wrap { trim: true }),
    )
}

/// Draws the question whether to cancel the run of `tenant`.
///
/// ```text
///     ╭ Cancel collection? ──────────────────────────────────╮
///     │Cancel the collection of contoso? What was read is    │
///     │kept, and r on the tenants screen resumes it. y/n     │
///     ╰──────────────────────────────────────────────────────╯
/// ```
pub fn render_confirm_cancel(frame: &mut Frame<'_>, area: Rect, tenant: &TenantName, ui: &Ui<'_>) {
    let args = [("tenant", tenant.to_string().into())];
    let question = Paragraph::new(ui.text_with("dialog-cancel-run-question", &args))
        .style(ui.theme.text)
        .wrap(Wrap { trim: true });
    let width = DIALOG_WIDTH.min(area.width).saturating_sub(2);
    let height = line_count(&question, width) + 2;
    let block = ui.block(ui.text("dialog-cancel-run-title"), true);
    let dialog = open_dialog(frame, area, block.clone(), height);
    frame.render_widget(question, block.inner(dialog));
}

/// Returns the quit question, which names the number of runs that quitting cancels when
/// there is more than one.
pub fn quit_question(running: usize, ui: &Ui<'_>) -> String {
    if running > 1 {
        ui.text_with("dialog-quit-question-runs", &[("count", running.into())])
    } else {
        ui.text("dialog-quit-question")
    }
}
