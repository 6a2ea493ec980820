//! Snapshots of the triage dialogs, the annotated findings screen and the history screen at
//! 80x24 and 120x40 in en-US and de-DE, drawn into a ratatui `TestBackend` from fixed data.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

#[path = "support/tui.rs"]
mod support;
#[path = "support/triage.rs"]
mod triage_support;

use cray::i18n::Lang;
use cray::tui::{App, Msg};
use crossterm::event::KeyCode;
use support::{app_with_findings, press, tenant_name, type_text};
use triage_support::{app_with_annotations, app_with_changes, app_with_history, comparison};

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
fn findings_with_annotations() {
    snapshot_all("findings_annotated", app_with_annotations);
}

#[test]
fn findings_with_recent_changes() {
    snapshot_all("findings_changes", app_with_changes);
}

#[test]
fn findings_with_reopened_selection() {
    snapshot_all("findings_reopened", |lang| {
        let mut app = app_with_annotations(lang);
        press(&mut app, KeyCode::Down);
        app
    });
}

#[test]
fn accept_risk_dialog_with_expiry() {
    snapshot_all("dialog_accept_expiry", |lang| {
        let mut app = app_with_findings(lang);
        press(&mut app, KeyCode::Char('a'));
        type_text(&mut app, "Approved by the CISO");
        press(&mut app, KeyCode::Tab);
        for _ in 0..10 {
            press(&mut app, KeyCode::Backspace);
        }
        type_text(&mut app, "2026-13-01");
        press(&mut app, KeyCode::Enter);
        app
    });
}

#[test]
fn resolved_dialog() {
    snapshot_all("dialog_resolved", |lang| {
        let mut app = app_with_findings(lang);
        press(&mut app, KeyCode::Char('R'));
        type_text(&mut app, "MFA policy enabled on 2 Dec");
        app
    });
}

#[test]
fn except_dialog() {
    snapshot_all("dialog_except", |lang| {
        let mut app = app_with_annotations(lang);
        press(&mut app, KeyCode::Char('X'));
        app
    });
}

#[test]
fn except_dialog_reason_missing() {
    snapshot_all("dialog_except_missing", |lang| {
        let mut app = app_with_annotations(lang);
        press(&mut app, KeyCode::Char('X'));
        press(&mut app, KeyCode::Down);
        press(&mut app, KeyCode::Enter);
        app
    });
}

#[test]
fn override_dialog() {
    snapshot_all("dialog_override", |lang| {
        let mut app = app_with_findings(lang);
        press(&mut app, KeyCode::Char('O'));
        press(&mut app, KeyCode::Down);
        type_text(&mut app, "Only test admins");
        app
    });
}

#[test]
fn note_dialog() {
    snapshot_all("dialog_comment", |lang| {
        let mut app = app_with_annotations(lang);
        press(&mut app, KeyCode::Char('N'));
        app
    });
}

#[test]
fn history_screen() {
    snapshot_all("history", app_with_history);
}

#[test]
fn history_screen_with_comparison() {
    snapshot_all("history_diff", |lang| {
        let mut app = app_with_history(lang);
        press(&mut app, KeyCode::Char('G'));
        press(&mut app, KeyCode::Char(' '));
        press(&mut app, KeyCode::Char('g'));
        press(&mut app, KeyCode::Char('d'));
        app.update(Msg::DiffLoaded {
            tenant: tenant_name("contoso"),
            result: Ok(comparison()),
        });
        app
    });
}

#[test]
fn delete_assessment_dialog() {
    snapshot_all("dialog_delete_assessment", |lang| {
        let mut app = app_with_history(lang);
        press(&mut app, KeyCode::Char('D'));
        app
    });
}
