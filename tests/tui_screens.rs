//! Screen snapshots: every screen at 80x24 and 120x40 in en-US and de-DE, drawn into a
//! ratatui `TestBackend` from fixed data and a fixed clock.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

#[path = "support/tui.rs"]
mod support;

use cray::i18n::Lang;
use cray::model::{CollectEvent, Dataset, NotCollected};
use cray::tui::{App, Msg};
use crossterm::event::KeyCode;
use support::{NOW, app_with_findings, app_with_tenants, press, type_text};
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

#[test]
fn tenants_screen() {
    snapshot_all("tenants", app_with_tenants);
}

#[test]
fn tenants_screen_offers_demo_when_empty() {
    snapshot_all("tenants_empty", |lang| {
        let mut app = App::new(lang, NOW, None);
        app.update(Msg::TenantsLoaded(Ok(Vec::new())));
        app
    });
}

fn collection_in_progress(lang: Lang) -> App {
    let mut app = app_with_tenants(lang);
    press(&mut app, KeyCode::Char('c'));
    let events = [
        CollectEvent::Started {
            datasets: Dataset::ALL.to_vec(),
        },
        CollectEvent::DatasetFinished {
            dataset: Dataset::Organization,
            objects: 1,
        },
        CollectEvent::DatasetFinished {
            dataset: Dataset::Domains,
            objects: 3,
        },
        CollectEvent::DatasetFinished {
            dataset: Dataset::SubscribedSkus,
            objects: 4,
        },
        CollectEvent::DatasetStarted {
            dataset: Dataset::Users,
        },
        CollectEvent::PageRead {
            dataset: Dataset::Users,
            pages: 3,
            objects: 2_999,
        },
        CollectEvent::Throttled {
            dataset: Dataset::Users,
            wait_ms: 2_500,
        },
        CollectEvent::DatasetNotCollected {
            dataset: Dataset::RoleEligibilitySchedules,
            cause: NotCollected::NotLicensed {
                licence: "Entra ID P2".to_owned(),
            },
        },
        CollectEvent::DatasetNotCollected {
            dataset: Dataset::ConditionalAccessPolicies,
            cause: NotCollected::MissingPermission {
                permission: "Policy.Read.All".to_owned(),
            },
        },
    ];
    for event in events {
        app.update(Msg::Collect(event));
    }
    app.update(Msg::Clock(NOW + Duration::seconds(83)));
    app
}

#[test]
fn collection_screen() {
    snapshot_all("collection", collection_in_progress);
}

#[test]
fn collection_screen_after_failure() {
    snapshot_all("collection_failed", |lang| {
        let mut app = app_with_tenants(lang);
        press(&mut app, KeyCode::Char('c'));
        let message = "sign-in failed: AADSTS7000215 invalid client secret\u{1b}[2J".to_owned();
        app.update(Msg::Collect(CollectEvent::Failed { message }));
        app.update(Msg::Clock(NOW + Duration::seconds(2)));
        app
    });
}

#[test]
fn findings_screen() {
    snapshot_all("findings", app_with_findings);
}

#[test]
fn findings_screen_with_triaged_selection() {
    snapshot_all("findings_triaged", |lang| {
        let mut app = app_with_findings(lang);
        press(&mut app, KeyCode::Down);
        app.update(Msg::ExportFinished(Ok(
            "contoso-report-2026-12-04.pdf".into()
        )));
        app
    });
}

#[test]
fn findings_screen_detail_scrolled() {
    snapshot_all("findings_scrolled", |lang| {
        let mut app = app_with_findings(lang);
        press(&mut app, KeyCode::PageDown);
        press(&mut app, KeyCode::PageDown);
        app
    });
}

#[test]
fn triage_note_dialog() {
    snapshot_all("triage_note", |lang| {
        let mut app = app_with_findings(lang);
        press(&mut app, KeyCode::Char('a'));
        type_text(&mut app, "Break-glass account, approved by the CISO");
        app
    });
}

#[test]
fn export_dialog() {
    snapshot_all("export", |lang| {
        let mut app = app_with_findings(lang);
        press(&mut app, KeyCode::Char('e'));
        press(&mut app, KeyCode::Tab);
        app
    });
}

#[test]
fn help_screen() {
    snapshot_all("help", |lang| {
        let mut app = app_with_findings(lang);
        press(&mut app, KeyCode::Char('?'));
        app
    });
}

#[test]
fn malicious_text_renders_harmless() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    let terminal = support::draw(&app, Lang::EnUs, 120, 40);
    let symbols: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();

    assert!(!symbols.contains('\u{1b}'), "raw ESC reached the screen");
    assert!(!symbols.contains('\u{7}'), "raw BEL reached the screen");
    assert!(
        !symbols.contains('\u{202E}'),
        "bidi override reached the screen"
    );
    assert!(
        symbols.contains("␛[31mEvil␛]0;pwned� Corp�gnp.exe"),
        "placeholders missing"
    );
}

#[test]
fn malicious_affected_object_renders_harmless() {
    let app = app_with_findings(Lang::EnUs);
    let terminal = support::draw(&app, Lang::EnUs, 120, 40);
    let symbols: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();

    assert!(!symbols.contains('\u{1b}'), "raw ESC reached the screen");
    assert!(
        !symbols.contains('\u{200B}'),
        "zero-width space reached the screen"
    );
    assert!(
        symbols.contains("␛[2J␛[HAdmin�istrator"),
        "placeholders missing"
    );
}
