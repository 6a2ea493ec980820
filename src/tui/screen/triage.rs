//! The exception, severity override, free note and delete dialogs, the expiry field of the
//! note dialog, and the triage lines of the findings screen.

use fluent::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Wrap};

use super::dialog::{line_count, open_dialog, render_input, render_question};
use super::{Ui, clean, format_timestamp};
use crate::i18n::Lang;
use crate::model::{AffectedObject, Finding, TriageStatus};
use crate::tui::dialog::DateProblem;
use crate::tui::history::DeleteDialog;
use crate::tui::text_input::TextInput;
use crate::tui::triage::{CommentDialog, ExceptDialog, OverrideDialog};

/// Maximum width of a dialog, borders included, as in the other dialogs.
const DIALOG_WIDTH: u16 = 64;

/// Draws the exception dialog: the chosen object, its current exception, the reason field
/// and the keys.
///
/// ```text
///     ╭ Except an object: CRAY-ENTRA-001 ────────────────────╮
///     │Object 2 of 3: Break glass (5b1e0c1a-0002)            │
///     │Excepted now: emergency access account                │
///     │Reason: why does this object need no fix? …           │
///     │Sealed in the safe, monitored█                        │
///     │↑↓ choose object · Enter save · Esc cancel. …         │
///     ╰──────────────────────────────────────────────────────╯
/// ```
pub fn render_except(frame: &mut Frame<'_>, area: Rect, except: &ExceptDialog, ui: &Ui<'_>) {
    let target = except.target();
    let args = [
        ("index", FluentValue::from(except.index + 1)),
        ("count", FluentValue::from(except.objects.len())),
        ("name", FluentValue::from(clean(&target.display_name))),
        ("id", FluentValue::from(clean(&target.id))),
    ];
    let mut lines = vec![Line::styled(
        ui.text_with("dialog-except-object", &args),
        ui.theme.text,
    )];
    if let Some(current) = &target.current {
        let args = [("reason", FluentValue::from(clean(current)))];
        lines.push(Line::styled(
            ui.text_with("dialog-except-current", &args),
            ui.theme.key,
        ));
    }
    lines.push(Line::styled(
        ui.text("dialog-except-label"),
        ui.theme.text_muted,
    ));
    let title = ui.text_with(
        "dialog-except-title",
        &[("check", except.check_id.to_string().into())],
    );
    let form = Form {
        title,
        intro: lines,
        input: &except.reason,
        keys: ui.text("dialog-except-keys"),
        is_reason_missing: except.is_reason_missing,
    };
    form.render(frame, area, ui);
}

/// Draws the severity override dialog: the chosen and the catalogue's severity, the reason
/// field and the keys.
///
/// ```text
///     ╭ Severity of CRAY-ENTRA-001 ──────────────────────────╮
///     │Severity: Low (catalogue: High)                       │
///     │Reason for the change; the report prints it.          │
///     │Only test accounts are affected█                      │
///     │↑↓ change severity · Enter save · Esc cancel. …       │
///     ╰──────────────────────────────────────────────────────╯
/// ```
pub fn render_override(frame: &mut Frame<'_>, area: Rect, change: &OverrideDialog, ui: &Ui<'_>) {
    let severity = ui.text(&format!("severity-{}", change.severity.key()));
    let catalogue = ui.text(&format!("severity-{}", change.catalogue.key()));
    let args = [
        ("severity", FluentValue::from(severity)),
        ("catalogue", FluentValue::from(catalogue)),
    ];
    let lines = vec![
        Line::styled(
            ui.text_with("dialog-override-severity", &args),
            ui.theme.severity(change.severity),
        ),
        Line::styled(ui.text("dialog-override-label"), ui.theme.text_muted),
    ];
    let title = ui.text_with(
        "dialog-override-title",
        &[("check", change.check_id.to_string().into())],
    );
    let form = Form {
        title,
        intro: lines,
        input: &change.reason,
        keys: ui.text("dialog-override-keys"),
        is_reason_missing: change.is_reason_missing,
    };
    form.render(frame, area, ui);
}

/// Draws the free note dialog.
///
/// ```text
///     ╭ Note on CRAY-ENTRA-001 ──────────────────────────────╮
///     │Free note, kept for this tenant and later …           │
///     │Ask Jana about the service accounts█                  │
///     │Tab switch field · Enter save · Esc cancel            │
///     ╰──────────────────────────────────────────────────────╯
/// ```
pub fn render_comment(frame: &mut Frame<'_>, area: Rect, comment: &CommentDialog, ui: &Ui<'_>) {
    let title = ui.text_with(
        "dialog-comment-title",
        &[("check", comment.check_id.to_string().into())],
    );
    let form = Form {
        title,
        intro: vec![Line::styled(
            ui.text("dialog-comment-label"),
            ui.theme.text_muted,
        )],
        input: &comment.text,
        keys: ui.text("dialog-note-keys"),
        is_reason_missing: false,
    };
    form.render(frame, area, ui);
}

/// Draws the question whether to delete an assessment.
///
/// ```text
///     ╭ Delete assessment? ──────────────────────────────────╮
///     │Delete the assessment of 2026-12-01 09:30 with its    │
///     │datasets, results and exported reports? … y/n         │
///     ╰──────────────────────────────────────────────────────╯
/// ```
pub fn render_confirm_delete(
    frame: &mut Frame<'_>,
    area: Rect,
    delete: &DeleteDialog,
    lang: Lang,
    ui: &Ui<'_>,
) {
    let date = format_timestamp(lang, delete.started_at);
    let question = ui.text_with("dialog-delete-question", &[("date", date.into())]);
    render_question(frame, area, ui.text("dialog-delete-title"), question, ui);
}

/// Draws the expiry date field of the note dialog: its label, then the input.
pub(super) fn render_expiry(
    frame: &mut Frame<'_>,
    area: Rect,
    expires: &TextInput,
    is_focused: bool,
    ui: &Ui<'_>,
) {
    let [label, input] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(area);
    let style = if is_focused {
        ui.theme.key
    } else {
        ui.theme.text_muted
    };
    frame.render_widget(Span::styled(ui.text("dialog-note-expires"), style), label);
    render_input(frame, input, expires, is_focused, ui);
}

/// Returns the localized text of a rejected expiry date.
pub(super) fn date_problem_text(problem: &DateProblem, ui: &Ui<'_>) -> String {
    match problem {
        DateProblem::Invalid(text) => {
            ui.text_with("dialog-note-date-invalid", &[("text", clean(text).into())])
        }
        DateProblem::Past { date, today } => ui.text_with(
            "dialog-note-date-past",
            &[
                ("date", date.to_string().into()),
                ("today", today.to_string().into()),
            ],
        ),
    }
}

/// A dialog of some intro lines, one text field, an optional missing-reason hint and a
/// line of keys.
struct Form<'a> {
    title: String,
    intro: Vec<Line<'a>>,
    input: &'a TextInput,
    keys: String,
    is_reason_missing: bool,
}

impl Form<'_> {
    fn render(self, frame: &mut Frame<'_>, area: Rect, ui: &Ui<'_>) {
        let width = DIALOG_WIDTH.min(area.width).saturating_sub(2);
        let intro = Paragraph::new(Text::from(self.intro)).wrap(Wrap { trim: true });
        let mut footer = vec![Line::styled(self.keys, ui.theme.text_muted)];
        if self.is_reason_missing {
            footer.push(Line::styled(
                ui.text("dialog-note-reason-required"),
                ui.theme.error,
            ));
        }
        let footer = Paragraph::new(Text::from(footer)).wrap(Wrap { trim: true });
        let (intro_height, footer_height) = (line_count(&intro, width), line_count(&footer, width));
        let block = ui.block(self.title, true);
        let dialog = open_dialog(frame, area, block.clone(), intro_height + footer_height + 3);
        let [intro_area, input_area, footer_area] = Layout::vertical([
            Constraint::Length(intro_height),
            Constraint::Length(1),
            Constraint::Fill(1),
        ])
        .areas(block.inner(dialog));
        frame.render_widget(intro, intro_area);
        render_input(frame, input_area, self.input, true, ui);
        frame.render_widget(footer, footer_area);
    }
}

/// Returns the severity cell of the findings table, marked when the consultant changed it.
pub(super) fn severity_cell(finding: &Finding, ui: &Ui<'_>) -> String {
    let severity = ui.text(&format!("severity-{}", finding.severity.key()));
    if finding.annotations.severity_override.is_some() {
        ui.text_with("severity-overridden", &[("severity", severity.into())])
    } else {
        severity
    }
}

/// Returns the triage cell of the findings table, which marks a reopened finding.
pub(super) fn triage_cell(finding: &Finding, ui: &Ui<'_>) -> String {
    if finding.triage == TriageStatus::Open && finding.annotations.reopened.is_some() {
        ui.text("triage-reopened")
    } else {
        ui.text(&format!("triage-{}", finding.triage.key()))
    }
}

/// Returns the detail lines below the title: why the finding reopened, until when the
/// decision holds, the severity override, the free note, and whether every object is
/// excepted.
pub(super) fn detail_lines<'a>(finding: &Finding, ui: &Ui<'_>) -> Vec<Line<'a>> {
    let annotations = &finding.annotations;
    let mut lines = Vec::new();
    if let Some(cause) = annotations.reopened {
        let date = annotations
            .triage_expires_on
            .map(|d| d.to_string())
            .unwrap_or_default();
        let text = ui.text_with(
            &format!("triage-reopened-{}", cause.key()),
            &[("date", date.into())],
        );
        lines.push(Line::styled(text, ui.theme.error));
    } else if let Some(date) = annotations
        .triage_expires_on
        .filter(|_| finding.triage != TriageStatus::Open)
    {
        let text = ui.text_with("triage-expires", &[("date", date.to_string().into())]);
        lines.push(Line::styled(text, ui.theme.text_muted));
    }
    if let Some(applied) = &annotations.severity_override {
        let args = [
            (
                "severity",
                FluentValue::from(ui.text(&format!("severity-{}", finding.severity.key()))),
            ),
            (
                "catalogue",
                FluentValue::from(ui.text(&format!("severity-{}", applied.catalogue.key()))),
            ),
            ("reason", FluentValue::from(clean(&applied.reason))),
        ];
        lines.push(Line::styled(
            ui.text_with("detail-override", &args),
            ui.theme.key,
        ));
    }
    if finding.is_fully_excepted() {
        lines.push(Line::styled(
            ui.text("detail-fully-excepted"),
            ui.theme.text_muted,
        ));
    }
    if !annotations.comment.is_empty() {
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", ui.text("detail-comment")), ui.theme.header),
            Span::styled(clean(&annotations.comment), ui.theme.text),
        ]));
    }
    lines
}

/// Returns the mark after an excepted object's name, or `None` for other objects.
pub(super) fn excepted_span<'a>(
    finding: &Finding,
    object: &AffectedObject,
    ui: &Ui<'_>,
) -> Option<Span<'a>> {
    let exception = finding.exception(&object.id)?;
    let text = ui.text_with(
        "detail-excepted",
        &[("reason", clean(&exception.reason).into())],
    );
    Some(Span::styled(format!("  [{text}]"), ui.theme.key))
}
