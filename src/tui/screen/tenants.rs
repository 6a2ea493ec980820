//! The tenants list.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState, Wrap};

use super::{Ui, clean, format_timestamp};

use crate::model::{AssessmentState, Severity, TenantSummary};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::collection::RunPhase;
use crate::tui::keymap::Mode;

/// Draws the tenants table, or the demo offer when no tenant is registered.
///
/// ```text
/// ╭ Tenants ───────────────────────────────────────────────────────╮
/// │  Name      Display name  Last assessed    Score C H M L I Status        │
/// │▶ contoso   Contoso Ltd.  2026-12-01 09:30    71 1 2 0 0 0 collecting 42% │
/// │  fabrikam  Fabrikam GmbH never                – 0 0 0 0 0 interrupted   │
/// ╰ Open failed findings: C critical, H high, … ───────────────────╯
/// ```
pub fn render(frame: &mut Frame<'_>, area: Rect, app: &App, ui: &Ui<'_>) {
    let block = ui
        .block(ui.text("screen-tenants-title"), true)
        .title_bottom(Span::styled(
            format!(" {} ", ui.text("screen-tenants-legend")),
            ui.theme.text_muted,
        ));
    let state = &app.tenants;

    if !state.is_loaded {
        let loading = Paragraph::new(ui.text("screen-tenants-loading")).style(ui.theme.text_muted);
        frame.render_widget(loading.block(block), area);
        return;
    }
    if state.tenants.is_empty() {
        frame.render_widget(demo_offer(ui).block(block), area);
        return;
    }

    let rows = state
        .tenants
        .iter()
        .map(|tenant| tenant_row(tenant, app, ui, area.width));
    let table = Table::new(rows, column_widths(area.width))
        .header(header(ui, area.width))
        .block(block)
        .row_highlight_style(ui.theme.selection_bg)
        .highlight_symbol("▶ ");
    let mut table_state = TableState::default().with_selected(Some(state.selected));
    frame.render_stateful_widget(table, area, &mut table_state);
}

fn demo_offer<'a>(ui: &Ui<'_>) -> Paragraph<'a> {
    let key = ui.key_label(Mode::Tenants, Action::AddDemoTenant);
    let hint = ui.text_with("screen-tenants-demo-hint", &[("key", key.into())]);
    let text = Text::from(vec![
        Line::default(),
        Line::styled(ui.text("screen-tenants-empty"), ui.theme.text),
        Line::default(),
        Line::styled(hint, ui.theme.key),
    ]);
    Paragraph::new(text)
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true })
}

/// Terminal width from which the name, the date and the run status get their full width.
const WIDE: u16 = 100;

fn column_widths(width: u16) -> [Constraint; 10] {
    let is_wide = width >= WIDE;
    let (name, date, status) = if is_wide { (14, 16, 20) } else { (10, 10, 16) };
    [
        Constraint::Length(name),
        Constraint::Fill(1),
        Constraint::Length(date),
        Constraint::Length(5),
        Constraint::Length(2),
        Constraint::Length(2),
        Constraint::Length(2),
        Constraint::Length(2),
        Constraint::Length(2),
        Constraint::Length(status),
    ]
}

fn header<'a>(ui: &Ui<'_>, width: u16) -> Row<'a> {
    let assessed = if width < WIDE {
        "screen-tenants-col-assessed-short"
    } else {
        "screen-tenants-col-last-assessed"
    };
    let mut cells = vec![
        Cell::from(ui.text("screen-tenants-col-name")),
        Cell::from(ui.text("screen-tenants-col-display-name")),
        Cell::from(ui.text(assessed)),
        Cell::from(Line::from(ui.text("screen-tenants-col-score")).alignment(Alignment::Right)),
    ];
    for severity in Severity::DESCENDING {
        let label = ui.text(&format!("severity-short-{}", severity.key()));
        cells.push(Cell::from(Line::from(label).alignment(Alignment::Right)));
    }
    cells.push(Cell::from(ui.text("screen-tenants-col-status")));
    Row::new(cells).style(ui.theme.header)
}

fn tenant_row<'a>(tenant: &TenantSummary, app: &App, ui: &Ui<'_>, area_width: u16) -> Row<'a> {
    let mut display = vec![Span::styled(clean(&tenant.display_name), ui.theme.text)];
    if tenant.is_demo {
        let marker = format!(" ({})", ui.text("screen-tenants-demo-marker"));
        display.push(Span::styled(marker, ui.theme.text_muted));
    }
    let assessed = match tenant.last_assessed {
        Some(at) if area_width < WIDE => {
            // The date alone: the timestamp up to its space.
            let stamp = format_timestamp(app.lang, at);
            let date = stamp
                .split_once(' ')
                .map_or(stamp.as_str(), |(date, _)| date);
            Span::styled(date.to_owned(), ui.theme.text)
        }
        Some(at) => Span::styled(format_timestamp(app.lang, at), ui.theme.text),
        None => Span::styled(ui.text("screen-tenants-never"), ui.theme.text_muted),
    };

    let mut cells = vec![
        Cell::from(Span::styled(tenant.name.to_string(), ui.theme.text)),
        Cell::from(Line::from(display)),
        Cell::from(assessed),
        Cell::from(
            Line::styled(
                tenant
                    .score
                    .map_or_else(|| "–".to_owned(), |s| s.to_string()),
                ui.theme.text,
            )
            .alignment(Alignment::Right),
        ),
    ];
    for (severity, count) in Severity::DESCENDING.iter().zip(tenant.open_by_severity) {
        let style = if count > 0 {
            ui.theme.severity(*severity)
        } else {
            ui.theme.text_muted
        };
        let line = Line::styled(count.to_string(), style).alignment(Alignment::Right);
        cells.push(Cell::from(line));
    }
    let (status, style) = run_status(tenant, app, ui);
    cells.push(Cell::from(Span::styled(status, style)));
    Row::new(cells)
}

/// Returns the run status of a tenant: its run in this session, else the state its newest
/// assessment was left in, else idle.
fn run_status(tenant: &TenantSummary, app: &App, ui: &Ui<'_>) -> (String, Style) {
    let run = app.runs.get(&tenant.name);
    if let Some(run) = run.filter(|run| run.phase != RunPhase::Interrupted) {
        return super::runs::run_state(run, ui);
    }
    // A run cancelled in this session is resumable before the reloaded list says so.
    let state = match run {
        Some(_) => Some(AssessmentState::Interrupted),
        None => tenant.latest_state,
    };
    match state {
        Some(AssessmentState::Interrupted | AssessmentState::Collecting) => {
            let key = ui.key_label(Mode::Tenants, Action::ResumeCollection);
            let text = ui.text_with("run-state-resumable", &[("key", key.into())]);
            (text, ui.theme.severity_medium)
        }
        Some(AssessmentState::Failed) => (ui.text("run-state-failed"), ui.theme.error),
        Some(AssessmentState::Evaluated) | None => (ui.text("run-state-idle"), ui.theme.text_muted),
    }
}
