//! The runs screen: every collection run of the session with its live figures.

use fluent::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row, Table, TableState};

use super::{Ui, clean, format_decimal, format_elapsed};
use crate::tui::app::App;
use crate::tui::collection::{CollectionState, RunPhase};

/// Draws one row per run: tenant, state, datasets handled, objects, requests per second,
/// seconds throttled, retries, errors and the time left.
///
/// ```text
/// ╭ Collection runs ───────────────────────────────────────────────────────╮
/// │  Tenant     State           Datasets Objects  Req/s Thr s Retr Err Left │
/// │▶ contoso    collecting 42%      7/16    1510   12.5     3    2   1 00:41│
/// │  demo       done               16/16    2231      –     0    0   0     –│
/// ╰────────────────────────────────────────────────────────────────────────╯
/// ```
pub fn render(frame: &mut Frame<'_>, area: Rect, app: &App, ui: &Ui<'_>) {
    let block = ui.block(ui.text("screen-runs-title"), true);
    let rows = app.runs.iter().map(|run| run_row(run, app, ui));
    let table = Table::new(rows, column_widths())
        .header(header(ui))
        .block(block)
        .row_highlight_style(ui.theme.selection_bg)
        .highlight_symbol("▶ ");
    let mut state = TableState::default().with_selected(Some(app.runs.selected));
    frame.render_stateful_widget(table, area, &mut state);
}

/// Columns after the tenant and the state, each with its header message id and width.
const FIGURES: [(&str, u16); 7] = [
    ("screen-runs-col-datasets", 8),
    ("screen-runs-col-objects", 8),
    ("screen-runs-col-rate", 6),
    ("screen-runs-col-throttled", 5),
    ("screen-runs-col-retries", 5),
    ("screen-runs-col-errors", 4),
    ("screen-runs-col-left", 6),
];

fn column_widths() -> Vec<Constraint> {
    let mut widths = vec![Constraint::Fill(1), Constraint::Length(15)];
    widths.extend(FIGURES.iter().map(|(_, width)| Constraint::Length(*width)));
    widths
}

fn header<'a>(ui: &Ui<'_>) -> Row<'a> {
    let mut cells = vec![
        Cell::from(ui.text("screen-runs-col-tenant")),
        Cell::from(ui.text("screen-runs-col-state")),
    ];
    for (id, _) in FIGURES {
        cells.push(Cell::from(
            Line::from(ui.text(id)).alignment(Alignment::Right),
        ));
    }
    Row::new(cells).style(ui.theme.header)
}

fn run_row<'a>(run: &CollectionState, app: &App, ui: &Ui<'_>) -> Row<'a> {
    let (state, style) = run_state(run, ui);
    let is_reading = run.phase == RunPhase::Collecting && !run.datasets.is_empty();
    let rate = if is_reading {
        format_decimal(ui.l10n.lang(), run.requests_per_second(app.now))
    } else {
        "–".to_owned()
    };
    let left = run
        .time_left(app.now)
        .map_or_else(|| "–".to_owned(), format_elapsed);
    let (throttled, retries) = run.throttling();
    let figures = [
        format!("{}/{}", run.handled(), run.datasets.len()),
        run.objects().to_string(),
        rate,
        throttled.to_string(),
        retries.to_string(),
        run.errors().to_string(),
        left,
    ];
    let mut cells = vec![
        Cell::from(Span::styled(clean(run.tenant.as_str()), ui.theme.text)),
        Cell::from(Span::styled(state, style)),
    ];
    for figure in figures {
        cells.push(Cell::from(
            Line::styled(figure, ui.theme.text).alignment(Alignment::Right),
        ));
    }
    Row::new(cells)
}

/// Returns the state of a run in a few words, such as "collecting 42%", with its style.
pub(super) fn run_state(run: &CollectionState, ui: &Ui<'_>) -> (String, Style) {
    match &run.phase {
        _ if run.is_cancelling => (ui.text("run-state-cancelling"), ui.theme.severity_medium),
        RunPhase::Collecting => {
            let percent = (run.share_done() * 100.0).floor();
            let args = [("percent", FluentValue::from(percent))];
            (ui.text_with("run-state-collecting", &args), ui.theme.text)
        }
        RunPhase::Evaluating => (ui.text("run-state-evaluating"), ui.theme.text),
        RunPhase::Done => (ui.text("run-state-done"), ui.theme.status_pass),
        RunPhase::Failed(_) => (ui.text("run-state-failed"), ui.theme.error),
        RunPhase::Interrupted => (ui.text("run-state-interrupted"), ui.theme.severity_medium),
    }
}
