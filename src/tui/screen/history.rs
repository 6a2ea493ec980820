//! The history screen: a tenant's assessments above the comparison of two of them.

use fluent::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState, Wrap};

use super::{Ui, clean, format_timestamp, max_width};
use crate::model::CheckId;
use crate::triage::{AssessmentDiff, ChangedFinding, DiffEntry};
use crate::tui::app::App;
use crate::tui::history::HistoryState;
use crate::workspace::HistoryEntry;

/// Draws the assessments table above the comparison pane.
///
/// ```text
/// ╭ Assessments of contoso (3) ────────────────────────────────────╮
/// │   Started (UTC)     State      Pass  Fail  Score               │
/// │▶◆ 2026-12-03 08:00  Evaluated    41     9     78               │
/// │   2026-12-01 09:30  Evaluated    38    12     71               │
/// ╰────────────────────────────────────────────────────────────────╯
/// ╭ Changes ───────────────────────────────────────────────────────╮
/// │New findings (1)                                                │
/// │  + CRAY-ENTRA-004  High  Guest access …  (2 objects)           │
/// │Resolved findings (2) …                                         │
/// ╰────────────────────────────────────────────────────────────────╯
/// ```
pub fn render(frame: &mut Frame<'_>, area: Rect, app: &App, ui: &Ui<'_>) {
    let Some(state) = &app.history else {
        return;
    };
    let needed = u16::try_from(state.entries.len() + 3).unwrap_or(u16::MAX);
    let table_height = needed.min(area.height / 2).max(4);
    let [table_area, diff_area] =
        Layout::vertical([Constraint::Length(table_height), Constraint::Fill(1)]).areas(area);
    render_table(frame, table_area, state, app, ui);
    let block = ui.block(ui.text("screen-diff-title"), false);
    let text = match (&state.diff, state.is_comparing) {
        (_, true) => Text::styled(ui.text("screen-diff-loading"), ui.theme.text_muted),
        (Some(diff), false) => Text::from(diff_lines(diff, ui)),
        (None, false) => Text::styled(ui.text("screen-diff-hint"), ui.theme.text_muted),
    };
    let diff = Paragraph::new(text).wrap(Wrap { trim: false }).block(block);
    frame.render_widget(diff, diff_area);
}

fn render_table(frame: &mut Frame<'_>, area: Rect, state: &HistoryState, app: &App, ui: &Ui<'_>) {
    let args = [
        ("tenant", FluentValue::from(state.tenant.to_string())),
        ("count", FluentValue::from(state.entries.len())),
    ];
    let block = ui.block(ui.text_with("screen-history-title", &args), true);
    let placeholder = if state.is_loading {
        Some("screen-history-loading")
    } else if state.entries.is_empty() {
        Some("screen-history-empty")
    } else {
        None
    };
    if let Some(id) = placeholder {
        let text = Paragraph::new(ui.text(id)).style(ui.theme.text_muted);
        frame.render_widget(text.block(block), area);
        return;
    }

    let headers = ["started", "state", "passed", "failed", "score"]
        .map(|column| ui.text(&format!("screen-history-col-{column}")));
    let rows: Vec<[String; 5]> = state
        .entries
        .iter()
        .map(|entry| row_texts(entry, app, ui))
        .collect();
    let widths: Vec<Constraint> = (0..5)
        .map(|column| {
            let texts = rows.iter().map(|row| row[column].as_str());
            Constraint::Length(max_width(texts.chain([headers[column].as_str()])))
        })
        .collect();
    let marker = ui.text("screen-history-marked");
    let table_rows = state.entries.iter().zip(rows).map(|(entry, texts)| {
        let is_marked = state.marked == Some(entry.assessment.id);
        let mark = if is_marked { marker.as_str() } else { " " };
        let mut cells = vec![Cell::from(Span::styled(mark.to_owned(), ui.theme.key))];
        cells.extend(
            texts
                .into_iter()
                .map(|text| Cell::from(Span::styled(text, ui.theme.text))),
        );
        Row::new(cells)
    });
    let mut all_widths = vec![Constraint::Length(1)];
    all_widths.extend(widths);
    let mut header = vec![String::new()];
    header.extend(headers);
    let table = Table::new(table_rows, all_widths)
        .header(Row::new(header).style(ui.theme.header))
        .block(block)
        .row_highlight_style(ui.theme.selection_bg)
        .highlight_symbol("▶ ");
    let mut table_state = TableState::default().with_selected(Some(state.selected));
    frame.render_stateful_widget(table, area, &mut table_state);
}

fn row_texts(entry: &HistoryEntry, app: &App, ui: &Ui<'_>) -> [String; 5] {
    let assessment = &entry.assessment;
    let state = serde_json::to_value(assessment.state)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    let is_evaluated = assessment.state == crate::model::AssessmentState::Evaluated;
    let count = |n: usize| {
        if is_evaluated {
            n.to_string()
        } else {
            "–".to_owned()
        }
    };
    [
        format_timestamp(app.lang, assessment.started_at),
        ui.text(&format!("assessment-state-{state}")),
        count(entry.passed),
        count(entry.failed),
        entry
            .score
            .filter(|_| is_evaluated)
            .map_or_else(|| "–".to_owned(), |s| s.to_string()),
    ]
}

/// Returns the comparison as lines: new, resolved and changed findings.
fn diff_lines<'a>(diff: &AssessmentDiff, ui: &Ui<'_>) -> Vec<Line<'a>> {
    if diff.is_empty() {
        return vec![Line::styled(ui.text("diff-nothing"), ui.theme.text)];
    }
    let mut lines = Vec::new();
    let heading = |lines: &mut Vec<Line<'a>>, id: &str, count: usize| {
        let text = ui.text_with(id, &[("count", count.into())]);
        lines.push(Line::styled(text, ui.theme.header));
    };
    heading(&mut lines, "diff-section-new", diff.new_findings.len());
    lines.extend(diff.new_findings.iter().map(|e| entry_line("+", e, ui)));
    heading(&mut lines, "diff-section-resolved", diff.resolved.len());
    lines.extend(diff.resolved.iter().map(|e| entry_line("-", e, ui)));
    heading(&mut lines, "diff-section-changed", diff.changed.len());
    for changed in &diff.changed {
        changed_lines(&mut lines, changed, ui);
    }
    lines
}

fn title(check_id: &CheckId, ui: &Ui<'_>) -> String {
    ui.check_title(check_id)
}

fn entry_line<'a>(sign: &str, entry: &DiffEntry, ui: &Ui<'_>) -> Line<'a> {
    let severity = ui.text(&format!("severity-{}", entry.severity.key()));
    let objects = ui.text_with("diff-objects", &[("count", entry.affected.into())]);
    Line::from(vec![
        Span::styled(format!("  {sign} {} ", entry.check_id), ui.theme.text),
        Span::styled(severity, ui.theme.severity(entry.severity)),
        Span::styled(
            format!("  {}  ({objects})", title(&entry.check_id, ui)),
            ui.theme.text,
        ),
    ])
}

fn changed_lines<'a>(lines: &mut Vec<Line<'a>>, changed: &ChangedFinding, ui: &Ui<'_>) {
    let id = &changed.check_id;
    lines.push(Line::styled(
        format!("  ~ {id}  {}", title(id, ui)),
        ui.theme.text,
    ));
    let mut change = |message: &str, before: String, after: String| {
        let args = [
            ("before", FluentValue::from(before)),
            ("after", FluentValue::from(after)),
        ];
        lines.push(Line::styled(
            format!("      {}", ui.text_with(message, &args)),
            ui.theme.text_muted,
        ));
    };
    if let Some(status) = changed.status {
        change(
            "diff-change-status",
            ui.text(&format!("status-{}", status.before.key())),
            ui.text(&format!("status-{}", status.after.key())),
        );
    }
    if let Some(severity) = changed.severity {
        change(
            "diff-change-severity",
            ui.text(&format!("severity-{}", severity.before.key())),
            ui.text(&format!("severity-{}", severity.after.key())),
        );
    }
    if let Some(affected) = changed.affected {
        change(
            "diff-change-affected",
            affected.before.to_string(),
            affected.after.to_string(),
        );
    }
    let objects = changed
        .added
        .iter()
        .map(|o| ("+", o))
        .chain(changed.removed.iter().map(|o| ("-", o)));
    for (sign, object) in objects {
        lines.push(Line::styled(
            format!(
                "      {sign} {} ({})",
                clean(&object.display_name),
                clean(&object.id)
            ),
            ui.theme.text_muted,
        ));
    }
}
