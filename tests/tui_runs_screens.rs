//! Snapshots of the tenants screen with run states, the tenant form with an error, the runs
//! screen and the cancel question, at 80x24 and 120x40 in en-US and de-DE.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

#[path = "support/tui.rs"]
mod support;

use cray::i18n::Lang;
use cray::model::{AssessmentState, CollectEvent, Dataset, DatasetProgress};
use cray::tui::{App, Msg};
use crossterm::event::KeyCode;
use support::{NOW, collect, press, tenant_name, type_text};
use time::Duration;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// Snapshots the app built by `build` in every size and locale as `<screen>_<lang>_<size>`.
fn snapshot_all(screen: &str, build: impl Fn(Lang) -> App) {
    for lang in Lang::ALL {
        let app = build(lang);
        for (width, height) in SIZES {
            let terminal = support::draw(&app, lang, width, height);
            let name = format!("{screen}_{}_{width}x{height}", lang.tag());
            insta::assert_snapshot!(name, terminal.backend());
        }
    }
}

/// Returns the fixed tenants with runs. Mueller left an interrupted assessment and evil a
/// failed one. In this session contoso is being collected, demo was collected, and the
/// resumed run of mueller is being cancelled.
fn app_with_runs(lang: Lang) -> App {
    let mut tenants = support::tenants();
    tenants[1].latest_state = Some(AssessmentState::Interrupted);
    tenants[2].latest_state = Some(AssessmentState::Failed);
    let mut app = App::new(lang, NOW, None);
    app.update(Msg::TenantsLoaded(Ok(tenants)));

    press(&mut app, KeyCode::Char('c'));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('G'));
    press(&mut app, KeyCode::Char('c'));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('g'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('r'));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('x'));
    press(&mut app, KeyCode::Char('y'));
    let datasets = vec![
        Dataset::Organization,
        Dataset::Users,
        Dataset::Groups,
        Dataset::ConditionalAccessPolicies,
    ];
    let events = [
        CollectEvent::Started { datasets },
        CollectEvent::DatasetFinished {
            dataset: Dataset::Organization,
            objects: 1,
        },
        CollectEvent::Progress {
            dataset: Dataset::Users,
            progress: DatasetProgress {
                pages: 12,
                objects: 1_200,
                expected: Some(2_400),
                parents_done: 0,
                throttled_ms: 7_500,
                retries: 3,
                errors: 4,
            },
        },
    ];
    for event in events {
        app.update(collect("contoso", event));
    }
    app.update(collect(
        "demo",
        CollectEvent::Started {
            datasets: vec![Dataset::Users],
        },
    ));
    app.update(collect(
        "demo",
        CollectEvent::DatasetFinished {
            dataset: Dataset::Users,
            objects: 31,
        },
    ));
    app.update(Msg::Clock(NOW + Duration::seconds(20)));
    app.update(Msg::CollectionFinished {
        tenant: tenant_name("demo"),
        result: Ok(()),
    });
    app.update(Msg::Clock(NOW + Duration::seconds(48)));
    app.toasts = cray::tui::Toasts::default();
    app
}

#[test]
fn tenants_screen_with_run_states() {
    snapshot_all("tenants_runs", |lang| {
        let mut app = app_with_runs(lang);
        press(&mut app, KeyCode::Char('g'));
        app
    });
}

#[test]
fn runs_screen() {
    snapshot_all("runs", |lang| {
        let mut app = app_with_runs(lang);
        press(&mut app, KeyCode::Char('R'));
        app
    });
}

#[test]
fn cancel_question() {
    snapshot_all("cancel_run", |lang| {
        let mut app = app_with_runs(lang);
        press(&mut app, KeyCode::Char('g'));
        press(&mut app, KeyCode::Char('x'));
        app
    });
}

#[test]
fn add_form_with_error() {
    snapshot_all("tenant_form_error", |lang| {
        let mut app = support::app_with_tenants(lang);
        press(&mut app, KeyCode::Char('a'));
        for text in ["fabrikam", "Fabrikam GmbH", "6f1c2a4e-1b2c", ""] {
            type_text(&mut app, text);
            press(&mut app, KeyCode::Tab);
        }
        press(&mut app, KeyCode::Tab);
        press(&mut app, KeyCode::Tab);
        type_text(&mut app, "CRAY_FABRIKAM_SECRET");
        press(&mut app, KeyCode::Enter);
        app
    });
}

/// Returns the drawn screen as text, one line per row.
fn screen_text(app: &App, lang: Lang) -> String {
    let terminal = support::draw(app, lang, 120, 40);
    let buffer = terminal.backend().buffer();
    let mut text = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            text.push_str(buffer[(x, y)].symbol());
        }
        text.push('\n');
    }
    text
}

#[test]
fn cancelled_run_offers_resume() {
    let mut app = app_with_runs(Lang::EnUs);
    app.update(Msg::CollectionFinished {
        tenant: tenant_name("mueller"),
        result: Err("interrupted".to_owned()),
    });
    let text = screen_text(&app, Lang::EnUs);
    let row = text.lines().find(|line| line.contains("mueller")).unwrap();
    assert!(row.contains("interrupted (r)"), "{row}");
}

#[test]
fn live_view_counts_failed_attempts() {
    let mut app = app_with_runs(Lang::DeDe);
    press(&mut app, KeyCode::Char('g'));
    press(&mut app, KeyCode::Char('v'));
    let text = screen_text(&app, Lang::DeDe);
    assert!(text.contains("4 Fehlversuche"), "{text}");
}

#[test]
fn quit_question_counts_runs() {
    let mut app = app_with_runs(Lang::EnUs);
    press(&mut app, KeyCode::Char('q'));
    let text = screen_text(&app, Lang::EnUs);
    // Contoso and the cancelling mueller run are still going.
    assert!(text.contains("2 collections are running"), "{text}");
}
