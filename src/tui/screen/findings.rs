//! The findings table and the detail pane of the selected finding.

use fluent::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState};

use super::detail::DetailDocument;
use super::query::{query_line, table_title};
use super::{Ui, clean, fit, format_decimal, format_timestamp, max_width, reflow};
use crate::i18n::Lang;
use crate::model::{Finding, NotAssessableReason, TriageStatus};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::findings::{FindingsState, RecentChanges};
use crate::tui::keymap::Mode;

/// Draws the findings table above the detail of the selected finding. After a collection
/// that has an earlier evaluated assessment to compare with, a line above the table counts
/// the changes.
///
/// ```text
/// Since 2026-12-01 09:30: 3 new, 2 resolved, 1 changed — d shows the comparison
/// ╭ Findings of contoso (12) ──────────────────────────────────────╮
/// │  Severity  Title                  Effort    Status  Triage     │
/// │▶ High      MFA for administrators S · 4 h   Fail    Open       │
/// │  Medium    Guest invitations      M · 16 h  Pass    Open       │
/// ╰────────────────────────────────────────────────────────────────╯
/// ╭ Detail ────────────────────────────────────────────────────────╮
/// │MFA for administrators                                          │
/// │Description, risk, effort, remediation                          │
/// │Failing condition, affected objects (3), references             │
/// │(scrolls with PgDn and PgUp)                                    │
/// ╰────────────────────────────────────────────────────────────────╯
/// ```
pub fn render(frame: &mut Frame<'_>, area: Rect, app: &App, ui: &Ui<'_>) {
    let Some(state) = &app.findings else {
        return;
    };
    let [changes_area, table_area, detail_area] = split(area, state);
    if let Some(changes) = &state.changes {
        render_changes(frame, changes_area, changes, app.lang, ui);
    }
    render_table(frame, table_area, state, ui);
    let detail_block = ui.block(ui.text("detail-title"), state.is_detail_focused);
    let Some(finding) = state.selected_finding() else {
        frame.render_widget(detail_block, detail_area);
        return;
    };
    let inner = detail_block.inner(detail_area);
    let detail = detail_document(finding, state, ui, inner.width);
    let scroll = state.detail_scroll.min(detail.max_scroll(inner.height));
    frame.render_widget(detail_block, detail_area);
    detail.render(frame, inner, scroll, ui);
}

/// Returns the last line the detail pane can scroll to so that the end of the text sits at
/// the bottom of the pane, and the pane's height; see [`super::detail_max_scroll`].
pub fn detail_max_scroll(area: Rect, app: &App, ui: &Ui<'_>) -> Option<(usize, usize)> {
    let state = app.findings.as_ref()?;
    let finding = state.selected_finding()?;
    let inner = detail_inner(area, state, ui);
    let detail = detail_document(finding, state, ui, inner.width);
    Some((detail.max_scroll(inner.height), usize::from(inner.height)))
}

/// Returns the table area and the detail area inside its borders.
pub fn areas(area: Rect, state: &FindingsState, ui: &Ui<'_>) -> (Rect, Rect) {
    let [_, table_area, _] = split(area, state);
    (table_area, detail_inner(area, state, ui))
}

fn detail_inner(area: Rect, state: &FindingsState, ui: &Ui<'_>) -> Rect {
    let [_, _, detail_area] = split(area, state);
    ui.block(String::new(), false).inner(detail_area)
}

/// Splits the screen: the line of changes takes one row when there are changes to show. The
/// table takes the rows it needs (header and borders add 3), capped at 45% of the screen with
/// room for at least one row. The detail pane gets the rest.
fn split(area: Rect, state: &FindingsState) -> [Rect; 3] {
    let changes_height = u16::from(state.changes.is_some());
    let needed = u16::try_from(state.visible.len() + 3).unwrap_or(u16::MAX);
    let table_height = needed.min(area.height * 45 / 100).max(4);
    Layout::vertical([
        Constraint::Length(changes_height),
        Constraint::Length(table_height),
        Constraint::Fill(1),
    ])
    .areas(area)
}

/// Draws the one line that counts what changed since the previous evaluated assessment and
/// names the key that shows the comparison.
fn render_changes(
    frame: &mut Frame<'_>,
    area: Rect,
    changes: &RecentChanges,
    lang: Lang,
    ui: &Ui<'_>,
) {
    let key = ui.key_label(Mode::Findings, Action::CompareAssessments);
    let date = format_timestamp(lang, changes.since);
    let text = if changes.is_empty() {
        let args = [("date", date.into()), ("key", key.into())];
        ui.text_with("screen-findings-no-changes", &args)
    } else {
        let args = [
            ("date", date.into()),
            ("new", changes.new_findings.into()),
            ("resolved", changes.resolved.into()),
            ("changed", changes.changed.into()),
            ("key", key.into()),
        ];
        ui.text_with("screen-findings-changes", &args)
    };
    let line = fit(&text, usize::from(area.width));
    frame.render_widget(Span::styled(line, ui.theme.text), area);
}

fn detail_document<'a>(
    finding: &'a Finding,
    state: &FindingsState,
    ui: &Ui<'_>,
    width: u16,
) -> DetailDocument<'a> {
    let figure = state
        .statistics
        .tally(&finding.check_id)
        .map(|tally| crate::stats::found_in_text(tally, ui.l10n));
    let (head, tail) = detail_lines(finding, figure, ui);
    DetailDocument::new(head, finding, tail, width)
}

fn render_table(frame: &mut Frame<'_>, area: Rect, state: &FindingsState, ui: &Ui<'_>) {
    let block = ui
        .block(table_title(state, ui), !state.is_detail_focused)
        .title_bottom(query_line(state, ui));

    let placeholder = if state.is_loading {
        Some("screen-findings-loading")
    } else if state.findings.is_empty() {
        Some("screen-findings-empty")
    } else if state.visible.is_empty() {
        Some("view-no-match")
    } else {
        None
    };
    if let Some(id) = placeholder {
        let text = Paragraph::new(ui.text(id)).style(ui.theme.text_muted);
        frame.render_widget(text.block(block), area);
        return;
    }

    let shown: Vec<&Finding> = state.visible.iter().map(|&i| &state.findings[i]).collect();
    let cells: Vec<[String; 5]> = shown.iter().map(|f| row_texts(f, ui)).collect();
    let headers = header_texts(ui);
    let widths = column_widths(&headers, &cells, block_inner_width(area));
    let title_width = usize::from(widths[1]);
    let rows = shown
        .into_iter()
        .zip(cells)
        .map(|(finding, texts)| finding_row(finding, texts, title_width, ui));
    let widths = widths.map(Constraint::Length);
    let table = Table::new(rows, widths)
        .header(Row::new(headers).style(ui.theme.header))
        .block(block)
        .row_highlight_style(ui.theme.selection_bg)
        .highlight_symbol("▶ ");
    let selected = state.selected_row();
    let mut table_state = TableState::default()
        .with_selected(selected)
        .with_offset(table_offset(selected, area));
    frame.render_stateful_widget(table, area, &mut table_state);
}

/// Returns the first table row shown so that the selected row sits in the table of `area`;
/// the mouse hit test uses the same offset.
pub fn table_offset(selected: Option<usize>, area: Rect) -> usize {
    let rows = usize::from(area.height.saturating_sub(3)).max(1);
    selected.map_or(0, |row| (row + 1).saturating_sub(rows))
}

/// Columns between the table borders taken by the selection symbol `▶ `.
const HIGHLIGHT_WIDTH: u16 = 2;

fn block_inner_width(area: Rect) -> u16 {
    area.width.saturating_sub(2)
}

/// Returns the column widths: severity, effort, status and triage as wide as their widest
/// text in the interface language, and the title the rest (one space between columns).
fn column_widths(headers: &[String; 5], rows: &[[String; 5]], inner_width: u16) -> [u16; 5] {
    let widest = |column: usize| {
        let texts = rows.iter().map(|row| row[column].as_str());
        max_width(texts.chain([headers[column].as_str()]))
    };
    let [severity, effort, status, triage] = [0, 2, 3, 4].map(widest);
    let fixed = HIGHLIGHT_WIDTH + severity + effort + status + triage + 4;
    [
        severity,
        inner_width.saturating_sub(fixed),
        effort,
        status,
        triage,
    ]
}

fn header_texts(ui: &Ui<'_>) -> [String; 5] {
    ["severity", "title", "effort", "status", "triage"]
        .map(|column| ui.text(&format!("screen-findings-col-{column}")))
}

/// Returns the cell texts of a finding, in column order.
fn row_texts(finding: &Finding, ui: &Ui<'_>) -> [String; 5] {
    [
        super::triage::severity_cell(finding, ui),
        ui.check_title(&finding.check_id),
        short_effort(finding, ui),
        ui.text(&format!("status-{}", finding.status.key())),
        super::triage::triage_cell(finding, ui),
    ]
}

fn finding_row<'a>(
    finding: &Finding,
    texts: [String; 5],
    title_width: usize,
    ui: &Ui<'_>,
) -> Row<'a> {
    let [severity, title, effort, status, triage] = texts;
    let triage_style = if finding.triage == TriageStatus::Open {
        ui.theme.text
    } else {
        ui.theme.text_muted
    };
    Row::new([
        Cell::from(Span::styled(severity, ui.theme.severity(finding.severity))),
        Cell::from(Span::styled(fit(&title, title_width), ui.theme.text)),
        Cell::from(Span::styled(effort, ui.theme.text)),
        Cell::from(Span::styled(status, ui.theme.status(finding.status))),
        Cell::from(Span::styled(triage, triage_style)),
    ])
}

/// Returns the effort as `S · 4 h`.
fn short_effort(finding: &Finding, ui: &Ui<'_>) -> String {
    let hours = format_decimal(ui.l10n.lang(), f64::from(finding.effort.hours));
    let hours = ui.text_with("effort-hours", &[("hours", hours.into())]);
    format!("{:?} · {hours}", finding.effort.class)
}

/// Returns the detail text before and after the affected objects; `figure` is the statistics
/// line shown below the risk score.
fn detail_lines<'a>(
    finding: &Finding,
    figure: Option<String>,
    ui: &Ui<'_>,
) -> (Vec<Line<'a>>, Vec<Line<'a>>) {
    let id = &finding.check_id;
    let title = ui.check_title(id);
    let title = if title == id.0 {
        title
    } else {
        format!("{title} ({id})")
    };
    let mut lines = vec![Line::styled(title, ui.theme.title)];
    if finding.triage != TriageStatus::Open {
        lines.push(triage_line(finding, ui));
    }
    lines.extend(super::triage::detail_lines(finding, ui));

    section(&mut lines, ui.text("detail-description"), ui);
    push_text(&mut lines, &ui.check_text(id, "description"), ui);
    section(&mut lines, ui.text("detail-risk"), ui);
    lines.push(Line::styled(
        risk_score(finding, ui),
        ui.theme.severity(finding.severity),
    ));
    if let Some(figure) = figure {
        lines.push(Line::styled(figure, ui.theme.text_muted));
    }
    push_text(&mut lines, &ui.check_text(id, "risk"), ui);
    section(&mut lines, ui.text("detail-effort"), ui);
    lines.push(Line::styled(long_effort(finding, ui), ui.theme.text));
    section(&mut lines, ui.text("detail-remediation"), ui);
    push_text(&mut lines, &ui.check_text(id, "remediation"), ui);

    let detail = crate::check::detail_text(finding, ui.l10n);
    if !detail.is_empty() {
        section(&mut lines, ui.text("detail-failing"), ui);
        push_text(&mut lines, &detail, ui);
    }
    if let Some(reason) = &finding.reason {
        section(&mut lines, ui.text("detail-not-assessable"), ui);
        lines.push(Line::styled(
            reason_text(reason, ui),
            ui.theme.status_not_assessable,
        ));
    }
    affected_heading(&mut lines, finding, ui);
    let mut tail = Vec::new();
    if !finding.refs.is_empty() {
        section(&mut tail, ui.text("detail-references"), ui);
        tail.push(Line::styled(
            clean(&finding.refs.join(", ")),
            ui.theme.text_muted,
        ));
    }
    (lines, tail)
}

/// Returns the decision with its note, such as `Accepted risk: replaced in Q1`.
fn triage_line<'a>(finding: &Finding, ui: &Ui<'_>) -> Line<'a> {
    let status = ui.text(&format!("triage-{}", finding.triage.key()));
    let mut spans = vec![Span::styled(status, ui.theme.key)];
    if !finding.triage_note.is_empty() {
        spans.push(Span::styled(
            format!(": {}", clean(&finding.triage_note)),
            ui.theme.text,
        ));
    }
    Line::from(spans)
}

/// Appends a multiline text as reflowed lines; each line is sanitized because some texts,
/// such as the failing condition, quote the tenant's own data.
fn push_text(lines: &mut Vec<Line<'_>>, text: &str, ui: &Ui<'_>) {
    for line in reflow(text) {
        lines.push(Line::styled(clean(&line), ui.theme.text));
    }
}

fn section(lines: &mut Vec<Line<'_>>, heading: String, ui: &Ui<'_>) {
    lines.push(Line::default());
    lines.push(Line::styled(heading, ui.theme.header));
}

fn risk_score(finding: &Finding, ui: &Ui<'_>) -> String {
    let args = [
        ("likelihood", FluentValue::from(finding.likelihood)),
        ("impact", FluentValue::from(finding.impact)),
        ("risk", FluentValue::from(finding.risk())),
    ];
    ui.text_with("detail-risk-score", &args)
}

/// Returns the effort as `S (up to a day) · 4 h`.
fn long_effort(finding: &Finding, ui: &Ui<'_>) -> String {
    let class = ui.text(&format!("effort-class-{:?}", finding.effort.class));
    let hours = format_decimal(ui.l10n.lang(), f64::from(finding.effort.hours));
    let hours = ui.text_with("effort-hours", &[("hours", hours.into())]);
    format!("{class} · {hours}")
}

fn reason_text(reason: &NotAssessableReason, ui: &Ui<'_>) -> String {
    match reason {
        NotAssessableReason::MissingPermission {
            dataset,
            permission,
        } => ui.text_with(
            "reason-missing_permission",
            &[
                ("dataset", dataset.key().into()),
                ("permission", clean(permission).into()),
            ],
        ),
        NotAssessableReason::NotLicensed { licence } => {
            ui.text_with("reason-not_licensed", &[("licence", clean(licence).into())])
        }
        NotAssessableReason::NotCollected { dataset, .. } => {
            ui.text_with("reason-not_collected", &[("dataset", dataset.key().into())])
        }
        NotAssessableReason::RuleError { message } => {
            ui.text_with("reason-rule_error", &[("message", clean(message).into())])
        }
    }
}

/// Appends the heading of the affected objects; the objects themselves are drawn row by row
/// by [`DetailDocument`], only as far as they are visible.
fn affected_heading(lines: &mut Vec<Line<'_>>, finding: &Finding, ui: &Ui<'_>) {
    let count = FluentValue::from(finding.affected.len());
    section(
        lines,
        ui.text_with("detail-affected", &[("count", count)]),
        ui,
    );
    if finding.affected.is_empty() {
        lines.push(Line::styled(
            ui.text("detail-affected-none"),
            ui.theme.text_muted,
        ));
    }
}
