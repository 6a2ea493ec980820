//! The live collection view.

use fluent::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Paragraph};

use super::{Ui, clean, format_decimal, format_elapsed};
use crate::model::NotCollected;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::collection::{CollectionState, DatasetPhase, DatasetProgress, RunPhase};
use crate::tui::keymap::Mode;

/// Width of the dataset name before each gauge; the longest key has 29 characters.
const NAME_WIDTH: usize = 30;

/// Narrowest bar of a gauge, without its label.
const MIN_BAR_WIDTH: u16 = 12;

/// Widest text after a gauge; on narrow screens it shrinks to leave each bar its minimum.
const MAX_STATUS_WIDTH: u16 = 40;

/// Draws one gauge per dataset, the run totals and the run phase.
///
/// ```text
/// ╭ Collecting contoso ────────────────────────────────────────────╮
/// │organization                 ██████████ 1 object                │
/// │conditional_access_policies  █████░░░░░ page 2 · 150 objects    │
/// │users                        ░░░░░░░░░░ pending                 │
/// ╰────────────────────────────────────────────────────────────────╯
///  Datasets 1/16 · objects 151 · throttled waits 0 · elapsed 00:04
///  Collecting…
/// ```
pub fn render(frame: &mut Frame<'_>, area: Rect, app: &App, ui: &Ui<'_>) {
    let Some(run) = app.collection() else {
        return;
    };
    let [gauges, totals, phase] = Layout::vertical([
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);

    let title = ui.text_with(
        "screen-collection-title",
        &[("tenant", run.tenant.to_string().into())],
    );
    let mut block = ui.block(title, true);
    let rows = usize::from(gauges.height.saturating_sub(2));
    let offset = dataset_offset(run, rows);
    if run.datasets.len() > rows {
        let last = (offset + rows).min(run.datasets.len());
        let args = [
            ("first", FluentValue::from(offset + 1)),
            ("last", FluentValue::from(last)),
            ("total", FluentValue::from(run.datasets.len())),
        ];
        let range = format!(" {} ", ui.text_with("view-datasets-range", &args));
        block = block.title_bottom(Line::styled(range, ui.theme.text_muted).right_aligned());
    }
    let inner = block.inner(gauges);
    frame.render_widget(block, gauges);
    render_gauges(frame, inner, run, offset, ui);

    let totals_text = Line::styled(format!(" {}", totals_line(run, app, ui)), ui.theme.text);
    frame.render_widget(totals_text, totals);
    frame.render_widget(Paragraph::new(phase_line(run, app, ui)), phase);
}

/// Returns the first dataset shown in `rows` rows: the focused dataset stays visible with one
/// row below it, so that the next dataset to be read shows too.
fn dataset_offset(run: &CollectionState, rows: usize) -> usize {
    let last_offset = run.datasets.len().saturating_sub(rows);
    (run.focus() + 2).saturating_sub(rows).min(last_offset)
}

fn render_gauges(
    frame: &mut Frame<'_>,
    area: Rect,
    run: &CollectionState,
    offset: usize,
    ui: &Ui<'_>,
) {
    if run.datasets.is_empty() {
        if !run.is_running() {
            return;
        }
        let waiting = Line::styled(ui.text("screen-collection-signing-in"), ui.theme.text_muted);
        frame.render_widget(waiting, area);
        return;
    }
    let label_width = u16::try_from(NAME_WIDTH).unwrap_or(u16::MAX) + 1;
    let status_width = area
        .width
        .saturating_sub(label_width + MIN_BAR_WIDTH + 1)
        .min(MAX_STATUS_WIDTH);
    let shown = run.datasets.iter().enumerate().skip(offset);
    for ((index, progress), row) in shown.zip(area.rows()) {
        let [gauge_area, status_area] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Length(status_width)])
                .spacing(1)
                .areas(row);
        frame.render_widget(gauge(progress, ui), gauge_area);
        let (status, style) = dataset_status(progress, ui);
        frame.render_widget(Span::styled(status, style), status_area);
        if run.cursor == Some(index) {
            frame.buffer_mut().set_style(row, ui.theme.selection_bg);
        }
    }
}

fn gauge<'a>(progress: &DatasetProgress, ui: &Ui<'_>) -> LineGauge<'a> {
    let filled = match progress.phase {
        DatasetPhase::Done => ui.theme.progress_done,
        DatasetPhase::NotCollected(_) => ui.theme.progress_error,
        _ => ui.theme.progress_active,
    };
    let name = format!("{:<NAME_WIDTH$}", progress.dataset.key());
    LineGauge::default()
        .ratio(progress.ratio())
        .label(Span::styled(name, ui.theme.text))
        .filled_symbol("█")
        .unfilled_symbol("░")
        .filled_style(filled)
        .unfilled_style(ui.theme.progress_pending)
}

fn dataset_status(progress: &DatasetProgress, ui: &Ui<'_>) -> (String, ratatui::style::Style) {
    let objects = || ("objects", FluentValue::from(progress.objects));
    match &progress.phase {
        DatasetPhase::Pending => (ui.text("dataset-pending"), ui.theme.text_muted),
        DatasetPhase::Reading => {
            let args = [("pages", FluentValue::from(progress.pages)), objects()];
            (ui.text_with("dataset-reading", &args), ui.theme.text)
        }
        DatasetPhase::Throttled { wait_ms } => {
            #[expect(clippy::cast_precision_loss, reason = "waits are far below 2^52 ms")]
            let seconds = format_decimal(ui.l10n.lang(), *wait_ms as f64 / 1000.0);
            let text = ui.text_with("dataset-throttled", &[("seconds", seconds.into())]);
            (text, ui.theme.severity_medium)
        }
        DatasetPhase::Done => (
            ui.text_with("dataset-done", &[objects()]),
            ui.theme.status_pass,
        ),
        DatasetPhase::NotCollected(cause) => (not_collected_text(cause, ui), ui.theme.error),
    }
}

fn not_collected_text(cause: &NotCollected, ui: &Ui<'_>) -> String {
    match cause {
        NotCollected::MissingPermission { permission } => ui.text_with(
            "dataset-missing_permission",
            &[("permission", clean(permission).into())],
        ),
        NotCollected::NotLicensed { licence } => ui.text_with(
            "dataset-not_licensed",
            &[("licence", clean(licence).into())],
        ),
        NotCollected::Throttled => ui.text("dataset-throttled-out"),
        NotCollected::Failed { message } => {
            ui.text_with("dataset-failed", &[("message", clean(message).into())])
        }
        NotCollected::Cancelled => ui.text("dataset-cancelled"),
    }
}

fn totals_line(run: &CollectionState, app: &App, ui: &Ui<'_>) -> String {
    let args = [
        ("handled", FluentValue::from(run.handled())),
        ("total", FluentValue::from(run.datasets.len())),
        ("objects", FluentValue::from(run.objects())),
        ("waits", FluentValue::from(run.throttled_waits)),
        ("elapsed", format_elapsed(run.elapsed(app.now)).into()),
    ];
    ui.text_with("screen-collection-totals", &args)
}

/// Returns the live rate line of a run that is reading datasets: requests per second,
/// throttling, retries and the estimated time left.
fn rate_text(run: &CollectionState, app: &App, ui: &Ui<'_>) -> Option<String> {
    if run.phase == RunPhase::Collecting && !run.datasets.is_empty() {
        let rate = format_decimal(ui.l10n.lang(), run.requests_per_second(app.now));
        let (throttled, retries) = run.throttling();
        let left = run
            .time_left(app.now)
            .map_or_else(|| "–".to_owned(), format_elapsed);
        let args = [
            ("rate", FluentValue::from(rate)),
            ("left", left.into()),
            ("throttled", FluentValue::from(throttled)),
            ("retries", FluentValue::from(retries)),
        ];
        Some(ui.text_with("screen-collection-rate", &args))
    } else {
        None
    }
}

fn phase_line<'a>(run: &CollectionState, app: &App, ui: &Ui<'_>) -> Line<'a> {
    let (text, style) = match &run.phase {
        RunPhase::Collecting | RunPhase::Evaluating if run.is_cancelling => {
            (ui.text("run-state-cancelling"), ui.theme.severity_medium)
        }
        RunPhase::Collecting => {
            let mut text = ui.text("run-collecting");
            if let Some(rate) = rate_text(run, app, ui) {
                text.push_str(" · ");
                text.push_str(&rate);
            }
            if run.errors() > 0 {
                let args = [("errors", FluentValue::from(run.errors()))];
                text.push_str(" · ");
                text.push_str(&ui.text_with("run-errors", &args));
            }
            (text, ui.theme.text_muted)
        }
        RunPhase::Evaluating => (ui.text("run-evaluating"), ui.theme.text_muted),
        RunPhase::Done => {
            let key = ui.key_label(Mode::Collection, Action::OpenFindings);
            (
                ui.text_with("run-done", &[("key", key.into())]),
                ui.theme.toast_info,
            )
        }
        RunPhase::Failed(error) => {
            let text = ui.text_with("run-failed", &[("error", clean(error).into())]);
            (text, ui.theme.error)
        }
        RunPhase::Interrupted => (ui.text("run-interrupted"), ui.theme.severity_medium),
    };
    Line::styled(format!(" {text}"), style)
}
