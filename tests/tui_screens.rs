//! Screen snapshots: every screen at 80x24 and 120x40 in en-US and de-DE, drawn into a
//! ratatui `TestBackend` from fixed data and a fixed clock.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

#[path = "support/tui.rs"]
mod support;

use cray::i18n::{Lang, Localizer};
use cray::model::{CollectEvent, Dataset, NotCollected};
use cray::tui::{App, KeyStorageQuestion, Keymap, Msg, Theme, Ui, detail_max_scroll};
use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use support::{NOW, app_with_findings, app_with_tenants, press, press_with, type_text};
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
            datasets: Dataset::COLLECTED.to_vec(),
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
        app.update(support::collect("contoso", event));
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
        app.update(support::collect(
            "contoso",
            CollectEvent::Failed { message },
        ));
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

/// Measures the detail pane the way the loop does before each draw, in a terminal of
/// `width` × `height`.
fn measure(app: &mut App, lang: Lang, width: u16, height: u16) {
    let l10n = Localizer::new(lang).unwrap();
    let theme = Theme::dark(false).unwrap();
    let keymap = Keymap::default();
    let ui = Ui {
        theme: &theme,
        l10n: &l10n,
        keymap: &keymap,
    };
    if let Some(max) = detail_max_scroll(app, &ui, Rect::new(0, 0, width, height)) {
        app.update(Msg::DetailMaxScroll(max));
    }
}

fn rows(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    let width = usize::from(buffer.area.width);
    let symbols: Vec<&str> = buffer.content().iter().map(|c| c.symbol()).collect();
    symbols.chunks(width).map(|row| row.concat()).collect()
}

/// Scrolls the detail of the finding with affected objects to its end at every size and
/// returns the screen rows.
fn scrolled_to_end(lang: Lang, width: u16, height: u16) -> Vec<String> {
    let mut app = app_with_findings(lang);
    measure(&mut app, lang, width, height);
    for _ in 0..40 {
        press(&mut app, KeyCode::Char('J'));
        measure(&mut app, lang, width, height);
    }
    rows(&support::draw(&app, lang, width, height))
}

#[test]
fn detail_scrolls_to_references_at_80x24() {
    for lang in Lang::ALL {
        let screen = scrolled_to_end(lang, 80, 24).join("\n");
        assert!(screen.contains("cis-m365-v7:5.2.2.1"), "{lang}:\n{screen}");
    }
}

#[test]
fn detail_end_sits_at_pane_bottom_at_120x40() {
    for lang in Lang::ALL {
        let rows = scrolled_to_end(lang, 120, 40);
        let above_border = &rows[rows.len() - 3];
        assert!(
            above_border.contains("cis-m365-v7:5.2.2.1"),
            "{lang}:\n{rows:#?}"
        );
    }
}

#[test]
fn findings_screen_detail_at_end() {
    snapshot_all("findings_detail_end", |lang| {
        let mut app = app_with_findings(lang);
        measure(&mut app, lang, 80, 24);
        for _ in 0..40 {
            press(&mut app, KeyCode::PageDown);
        }
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
        press_with(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
        press(&mut app, KeyCode::Right);
        app
    });
}

#[test]
fn triage_note_requires_reason() {
    snapshot_all("triage_note_blank", |lang| {
        let mut app = app_with_findings(lang);
        press(&mut app, KeyCode::Char('a'));
        press(&mut app, KeyCode::Enter);
        app
    });
}

#[test]
fn export_dialog_shows_failure_inside() {
    snapshot_all("export_failed", |lang| {
        let mut app = app_with_findings(lang);
        press(&mut app, KeyCode::Char('e'));
        press(&mut app, KeyCode::Home);
        type_text(&mut app, "/root/locked/");
        press(&mut app, KeyCode::Enter);
        let error = "writing /root/locked/contoso-report-2026-12-04.pdf failed: Permission \
                     denied (os error 13). Choose a folder you can write to."
            .to_owned();
        app.update(Msg::ExportFinished(Err(error)));
        app
    });
}

#[test]
fn long_error_toast_wraps() {
    snapshot_all("toast_long", |lang| {
        let mut app = app_with_tenants(lang);
        let error = "sign-in failed: the environment variable CRAY_DEMO_SECRET is not set. \
                     Set it to the client secret of the app registration and collect again."
            .to_owned();
        app.update(Msg::TenantsLoaded(Err(error)));
        app
    });
}

#[test]
fn quit_question_during_collection() {
    snapshot_all("confirm_quit", |lang| {
        let mut app = collection_in_progress(lang);
        press(&mut app, KeyCode::Char('q'));
        app
    });
}

#[test]
fn footer_keeps_help_and_quit_at_80_columns() {
    let app = app_with_findings(Lang::DeDe);
    let rows = rows(&support::draw(&app, Lang::DeDe, 80, 24));
    let footer = rows.last().unwrap();
    assert!(footer.contains("? Hilfe"), "{footer}");
    assert!(footer.contains("q Beenden"), "{footer}");
}

#[test]
fn cut_title_ends_with_ellipsis() {
    let app = app_with_findings(Lang::DeDe);
    let rows = rows(&support::draw(&app, Lang::DeDe, 64, 20));
    let row = rows.iter().find(|r| r.contains("Kritisch")).unwrap();
    assert!(row.contains('…'), "{row}");
}

#[test]
fn tiny_terminal_shows_notice() {
    let app = app_with_findings(Lang::EnUs);
    let screen = rows(&support::draw(&app, Lang::EnUs, 40, 12)).concat();
    assert!(screen.contains("40×12"), "{screen}");
}

/// Apps in every screen and dialog, for the size sweep.
fn every_state(lang: Lang) -> Vec<App> {
    let with_key = |code: KeyCode| {
        let mut app = app_with_findings(lang);
        press(&mut app, code);
        app
    };
    let mut long_toast = app_with_tenants(lang);
    long_toast.update(Msg::TenantsLoaded(Err("x ".repeat(200))));
    let mut quitting = collection_in_progress(lang);
    press_with(&mut quitting, KeyCode::Char('c'), KeyModifiers::CONTROL);
    vec![
        app_with_tenants(lang),
        collection_in_progress(lang),
        app_with_findings(lang),
        with_key(KeyCode::Char('a')),
        with_key(KeyCode::Char('e')),
        with_key(KeyCode::Char('?')),
        long_toast,
        quitting,
    ]
}

#[test]
fn no_size_panics() {
    for lang in Lang::ALL {
        for mut app in every_state(lang) {
            for (width, height) in [
                (0, 0),
                (1, 1),
                (20, 5),
                (40, 12),
                (59, 14),
                (60, 15),
                (61, 16),
            ] {
                measure(&mut app, lang, width, height);
                support::draw(&app, lang, width, height);
            }
        }
    }
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

#[test]
fn purge_dialog() {
    snapshot_all("purge", |lang| {
        let mut app = app_with_tenants(lang);
        press(&mut app, KeyCode::Char('P'));
        type_text(&mut app, "contoso");
        app
    });
}

#[test]
fn purge_dialog_shows_mismatch_inside() {
    snapshot_all("purge_mismatch", |lang| {
        let mut app = app_with_tenants(lang);
        press(&mut app, KeyCode::Char('P'));
        type_text(&mut app, "contos");
        press(&mut app, KeyCode::Enter);
        app
    });
}

fn asking_key_storage(lang: Lang, passphrase_set: bool) -> App {
    let mut app = app_with_tenants(lang);
    let question = KeyStorageQuestion { passphrase_set };
    app.update(Msg::KeyStorageQuestion(Ok(Some(question))));
    app
}

#[test]
fn key_storage_question() {
    snapshot_all("key_storage", |lang| asking_key_storage(lang, false));
}

#[test]
fn key_storage_question_with_passphrase() {
    snapshot_all("key_storage_passphrase", |lang| {
        asking_key_storage(lang, true)
    });
}

#[test]
fn key_storage_question_rejects_missing_passphrase() {
    snapshot_all("key_storage_refused", |lang| {
        let mut app = asking_key_storage(lang, false);
        press(&mut app, KeyCode::Char('p'));
        app
    });
}

#[test]
fn notice_shows_as_warning_toast() {
    snapshot_all("notice_toast", |lang| {
        let mut app = app_with_tenants(lang);
        let notice = "no keychain: the tenant key is kept in a key file under the config folder";
        app.update(Msg::Notice(notice.to_owned()));
        app
    });
}
