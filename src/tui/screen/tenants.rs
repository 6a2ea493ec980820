//! The tenants list.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState, Wrap};

use super::{Ui, clean, format_timestamp};
use crate::model::{Severity, TenantSummary};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Mode;

/// Draws the tenants table, or the demo offer when no tenant is registered.
///
/// ```text
/// ╭ Tenants ───────────────────────────────────────────────────────╮
/// │  Name        Display name      Last assessed     C  H  M  L  I │
/// │▶ contoso     Contoso Ltd.      2026-12-01 09:30  1  2  0  0  0 │
/// │  fabrikam    Fabrikam GmbH     never             0  0  0  0  0 │
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
        .map(|tenant| tenant_row(tenant, app, ui));
    let table = Table::new(rows, column_widths())
        .header(header(ui))
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

fn column_widths() -> [Constraint; 8] {
    [
        Constraint::Length(14),
        Constraint::Fill(1),
        Constraint::Length(16),
        Constraint::Length(2),
        Constraint::Length(2),
        Constraint::Length(2),
        Constraint::Length(2),
        Constraint::Length(2),
    ]
}

fn header<'a>(ui: &Ui<'_>) -> Row<'a> {
    let mut cells = vec![
        Cell::from(ui.text("screen-tenants-col-name")),
        Cell::from(ui.text("screen-tenants-col-display-name")),
        Cell::from(ui.text("screen-tenants-col-last-assessed")),
    ];
    for severity in Severity::DESCENDING {
        let label = ui.text(&format!("severity-short-{}", severity.key()));
        cells.push(Cell::from(Line::from(label).alignment(Alignment::Right)));
    }
    Row::new(cells).style(ui.theme.header)
}

fn tenant_row<'a>(tenant: &TenantSummary, app: &App, ui: &Ui<'_>) -> Row<'a> {
    let mut display = vec![Span::styled(clean(&tenant.display_name), ui.theme.text)];
    if tenant.is_demo {
        let marker = format!(" ({})", ui.text("screen-tenants-demo-marker"));
        display.push(Span::styled(marker, ui.theme.text_muted));
    }
    let assessed = match tenant.last_assessed {
        Some(at) => Span::styled(format_timestamp(app.lang, at), ui.theme.text),
        None => Span::styled(ui.text("screen-tenants-never"), ui.theme.text_muted),
    };

    let mut cells = vec![
        Cell::from(Span::styled(tenant.name.to_string(), ui.theme.text)),
        Cell::from(Line::from(display)),
        Cell::from(assessed),
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
    Row::new(cells)
}
