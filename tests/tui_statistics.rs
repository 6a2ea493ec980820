//! The statistics figure in the findings detail pane, drawn into a ratatui `TestBackend`.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

#[path = "support/tui.rs"]
mod support;

use cray::i18n::Lang;
use cray::model::CheckId;
use cray::stats::{CheckTally, Statistics};
use cray::tui::{App, Msg};
use support::{app_with_findings, tenant_name};

/// Returns the screen as text, one line per row.
fn screen_text(app: &App, lang: Lang) -> String {
    let terminal = support::draw(app, lang, 120, 40);
    let buffer = terminal.backend().buffer();
    let width = usize::from(buffer.area.width);
    let symbols: Vec<&str> = buffer.content().iter().map(|c| c.symbol()).collect();
    symbols
        .chunks(width)
        .map(|row| row.concat())
        .collect::<Vec<_>>()
        .join("\n")
}

fn statistics_for(app: &App) -> Statistics {
    let selected = app
        .findings
        .as_ref()
        .unwrap()
        .selected_finding()
        .unwrap()
        .check_id
        .clone();
    let mut statistics = Statistics::default();
    let tally = CheckTally {
        pass: 5,
        fail: 8,
        not_assessable: 1,
        ..CheckTally::default()
    };
    statistics.checks.insert(selected, tally);
    statistics
        .checks
        .insert(CheckId("CRAY-OTHER".to_owned()), CheckTally::default());
    statistics
}

fn app_with_statistics(lang: Lang, tenant: &str) -> App {
    let mut app = app_with_findings(lang);
    let statistics = statistics_for(&app);
    app.update(Msg::StatisticsLoaded {
        tenant: tenant_name(tenant),
        result: Ok(statistics),
    });
    app
}

#[test]
fn detail_shows_figure_in_english() {
    let app = app_with_statistics(Lang::EnUs, "contoso");
    let screen = screen_text(&app, Lang::EnUs);
    assert!(
        screen.contains("found in 62% of 13 assessments"),
        "{screen}"
    );
}

#[test]
fn detail_shows_figure_in_german() {
    let app = app_with_statistics(Lang::DeDe, "contoso");
    let screen = screen_text(&app, Lang::DeDe);
    assert!(
        screen.contains("in 62\u{a0}% von 13 Bewertungen gefunden"),
        "{screen}"
    );
}

#[test]
fn statistics_of_other_tenant_ignored() {
    let app = app_with_statistics(Lang::EnUs, "fabrikam");
    let screen = screen_text(&app, Lang::EnUs);
    assert!(!screen.contains("found in"), "{screen}");
}

#[test]
fn failed_statistics_leave_detail_unchanged() {
    let mut app = app_with_findings(Lang::EnUs);
    let before = screen_text(&app, Lang::EnUs);
    app.update(Msg::StatisticsLoaded {
        tenant: tenant_name("contoso"),
        result: Err("statistics database locked".to_owned()),
    });
    assert_eq!(screen_text(&app, Lang::EnUs), before);
}

#[test]
fn loaded_findings_request_statistics() {
    let mut app = support::app_with_tenants(Lang::EnUs);
    app.update(Msg::Action(cray::tui::Action::OpenFindings));
    let effects = app.update(Msg::FindingsLoaded {
        tenant: tenant_name("contoso"),
        result: Ok(support::findings()),
    });
    assert_eq!(
        effects,
        vec![cray::tui::Effect::LoadStatistics(tenant_name("contoso"))]
    );
}
