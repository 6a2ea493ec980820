//! `App::update` tests of triage beyond the decision and of the history screen: keys and
//! messages in, state and effects out, no terminal.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

#[path = "support/tui.rs"]
mod support;
#[path = "support/triage.rs"]
mod triage_support;

use cray::i18n::Lang;
use cray::model::{CheckId, Severity, TriageStatus};
use cray::tui::{
    AnnotationChange, App, DateProblem, Dialog, Effect, Mode, Msg, RecentChanges, Screen,
    ToastLevel,
};
use crossterm::event::KeyCode;
use support::{NOW, app_with_findings, press, tenant_name, type_text};
use time::macros::date;
use triage_support::{
    app_with_annotations, app_with_changes, app_with_history, comparison, history, id,
    recent_changes,
};

fn latest_toast(app: &App) -> (&'static str, ToastLevel) {
    let toast = app.toasts.latest().unwrap();
    (toast.message_id, toast.level)
}

fn clear_field(app: &mut App) {
    for _ in 0..40 {
        press(app, KeyCode::Backspace);
    }
}

fn mfa() -> CheckId {
    CheckId("CRAY-TEST-MFA-ADMINS".to_owned())
}

#[test]
fn resolved_saves_without_note() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('R'));
    assert_eq!(app.mode(), Mode::TriageNote);
    let effects = press(&mut app, KeyCode::Enter);
    let [Effect::SaveTriage { decision, .. }] = effects.as_slice() else {
        panic!("expected one SaveTriage, got {effects:?}");
    };
    assert_eq!(decision.check_id, mfa());
    assert_eq!(decision.status, TriageStatus::Resolved);
    assert_eq!(decision.expires_on, None);
}

#[test]
fn accept_risk_offers_expiry_a_year_ahead() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "approved by the CISO");
    let effects = press(&mut app, KeyCode::Enter);
    let [Effect::SaveTriage { decision, .. }] = effects.as_slice() else {
        panic!("expected one SaveTriage, got {effects:?}");
    };
    assert_eq!(decision.expires_on, Some(date!(2027 - 12 - 04)));
}

#[test]
fn accept_risk_rejects_invalid_expiry() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "approved");
    press(&mut app, KeyCode::Tab);
    clear_field(&mut app);
    type_text(&mut app, "31.12.2027");
    let effects = press(&mut app, KeyCode::Enter);
    assert!(effects.is_empty());
    let Some(Dialog::TriageNote(note)) = &app.dialog else {
        panic!("note dialog closed");
    };
    assert_eq!(
        note.date_problem,
        Some(DateProblem::Invalid("31.12.2027".to_owned()))
    );
    assert_eq!(note.note.value(), "approved");
}

#[test]
fn accept_risk_rejects_past_expiry() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "approved");
    press(&mut app, KeyCode::Tab);
    clear_field(&mut app);
    type_text(&mut app, "2026-12-03");
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    let Some(Dialog::TriageNote(note)) = &app.dialog else {
        panic!("note dialog closed");
    };
    let expected = DateProblem::Past {
        date: date!(2026 - 12 - 03),
        today: NOW.date(),
    };
    assert_eq!(note.date_problem, Some(expected));

    press(&mut app, KeyCode::Backspace);
    type_text(&mut app, "9");
    let effects = press(&mut app, KeyCode::Enter);
    let [Effect::SaveTriage { decision, .. }] = effects.as_slice() else {
        panic!("expected one SaveTriage, got {effects:?}");
    };
    assert_eq!(decision.expires_on, Some(date!(2026 - 12 - 09)));
}

#[test]
fn except_object_needs_reason() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('X'));
    assert_eq!(app.mode(), Mode::TriageEdit);
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    let Some(Dialog::Except(except)) = &app.dialog else {
        panic!("exception dialog closed");
    };
    assert!(except.is_reason_missing);
}

#[test]
fn except_object_saves_chosen_object() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('X'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Up);
    type_text(&mut app, "test account");
    let effects = press(&mut app, KeyCode::Enter);
    let [Effect::SaveAnnotation { tenant, change }] = effects.as_slice() else {
        panic!("expected one SaveAnnotation, got {effects:?}");
    };
    assert_eq!(tenant, &tenant_name("contoso"));
    let AnnotationChange::Except(exception) = change else {
        panic!("expected an exception, got {change:?}");
    };
    assert_eq!(exception.check_id, mfa());
    assert_eq!(exception.object_id, "5b1e0c1a-0002");
    assert_eq!(exception.reason, "test account");
    assert_eq!(exception.decided_at, NOW);
    assert_eq!(app.dialog, None);
}

#[test]
fn blank_reason_removes_existing_exception() {
    let mut app = app_with_annotations(Lang::EnUs);
    press(&mut app, KeyCode::Char('X'));
    let effects = press(&mut app, KeyCode::Enter);
    let expected = AnnotationChange::RemoveException {
        check_id: mfa(),
        object_id: "5b1e0c1a-0001".to_owned(),
    };
    assert_eq!(
        effects,
        vec![Effect::SaveAnnotation {
            tenant: tenant_name("contoso"),
            change: expected
        }]
    );
}

#[test]
fn except_on_passed_finding_is_refused() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('G'));
    press(&mut app, KeyCode::Char('X'));
    assert_eq!(app.dialog, None);
    assert_eq!(
        latest_toast(&app),
        ("toast-triage-only-failed", ToastLevel::Info)
    );
}

#[test]
fn override_changes_severity_with_reason() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('O'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    assert!(press(&mut app, KeyCode::Enter).is_empty(), "reason missing");
    type_text(&mut app, "only test admins");
    let effects = press(&mut app, KeyCode::Enter);
    let expected = AnnotationChange::Override {
        check_id: mfa(),
        severity: Some((Severity::Medium, "only test admins".to_owned())),
    };
    assert_eq!(
        effects,
        vec![Effect::SaveAnnotation {
            tenant: tenant_name("contoso"),
            change: expected
        }]
    );
}

#[test]
fn override_back_to_catalogue_removes_it() {
    let mut app = app_with_annotations(Lang::EnUs);
    press(&mut app, KeyCode::Char('O'));
    press(&mut app, KeyCode::Up);
    let effects = press(&mut app, KeyCode::Enter);
    let expected = AnnotationChange::Override {
        check_id: mfa(),
        severity: None,
    };
    assert_eq!(
        effects,
        vec![Effect::SaveAnnotation {
            tenant: tenant_name("contoso"),
            change: expected
        }]
    );
}

#[test]
fn note_is_saved_trimmed() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('N'));
    type_text(&mut app, " call Jana ");
    let effects = press(&mut app, KeyCode::Enter);
    let expected = AnnotationChange::Note {
        check_id: mfa(),
        text: "call Jana".to_owned(),
    };
    assert_eq!(
        effects,
        vec![Effect::SaveAnnotation {
            tenant: tenant_name("contoso"),
            change: expected
        }]
    );
}

#[test]
fn saved_annotation_reloads_findings() {
    let mut app = app_with_findings(Lang::EnUs);
    let change = AnnotationChange::Note {
        check_id: mfa(),
        text: "x".to_owned(),
    };
    let effects = app.update(Msg::AnnotationSaved {
        tenant: tenant_name("contoso"),
        change: change.clone(),
        result: Ok(()),
    });
    assert_eq!(effects, vec![Effect::LoadFindings(tenant_name("contoso"))]);
    assert_eq!(
        latest_toast(&app),
        ("toast-annotation-saved", ToastLevel::Info)
    );

    let effects = app.update(Msg::AnnotationSaved {
        tenant: tenant_name("contoso"),
        change,
        result: Err("store is locked".to_owned()),
    });
    assert!(effects.is_empty());
    assert_eq!(
        latest_toast(&app),
        ("toast-annotation-failed", ToastLevel::Error)
    );
}

#[test]
fn history_opens_from_findings_and_tenants() {
    let mut app = app_with_findings(Lang::EnUs);
    let effects = press(&mut app, KeyCode::Char('H'));
    assert_eq!(effects, vec![Effect::LoadHistory(tenant_name("contoso"))]);
    assert_eq!(app.screen, Screen::History);
    assert!(app.history.as_ref().unwrap().is_loading);

    let mut app = support::app_with_tenants(Lang::EnUs);
    let effects = press(&mut app, KeyCode::Char('H'));
    assert_eq!(effects, vec![Effect::LoadHistory(tenant_name("contoso"))]);
}

#[test]
fn compare_without_mark_uses_previous_evaluated() {
    let mut app = app_with_history(Lang::EnUs);
    let effects = press(&mut app, KeyCode::Char('d'));
    assert_eq!(
        effects,
        vec![Effect::LoadDiff {
            tenant: tenant_name("contoso"),
            old: id(0),
            new: id(2),
        }]
    );
    assert!(app.history.as_ref().unwrap().is_comparing);
}

#[test]
fn compare_marked_with_selected_orders_by_age() {
    let mut app = app_with_history(Lang::EnUs);
    press(&mut app, KeyCode::Char('G'));
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(app.history.as_ref().unwrap().marked, Some(id(0)));
    press(&mut app, KeyCode::Char('g'));
    let effects = press(&mut app, KeyCode::Char('d'));
    assert_eq!(
        effects,
        vec![Effect::LoadDiff {
            tenant: tenant_name("contoso"),
            old: id(0),
            new: id(2),
        }]
    );
}

#[test]
fn interrupted_assessment_cannot_be_compared() {
    let mut app = app_with_history(Lang::EnUs);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(app.history.as_ref().unwrap().marked, None);
    assert!(press(&mut app, KeyCode::Char('d')).is_empty());
    assert_eq!(
        latest_toast(&app),
        ("toast-diff-not-evaluated", ToastLevel::Info)
    );
}

#[test]
fn comparing_marked_with_itself_is_refused() {
    let mut app = app_with_history(Lang::EnUs);
    press(&mut app, KeyCode::Char(' '));
    assert!(press(&mut app, KeyCode::Char('d')).is_empty());
    assert_eq!(
        latest_toast(&app),
        ("toast-diff-needs-two", ToastLevel::Info)
    );
}

#[test]
fn loaded_diff_is_shown() {
    let mut app = app_with_history(Lang::EnUs);
    press(&mut app, KeyCode::Char('d'));
    app.update(Msg::DiffLoaded {
        tenant: tenant_name("contoso"),
        result: Ok(comparison()),
    });
    let history = app.history.as_ref().unwrap();
    assert!(!history.is_comparing);
    assert_eq!(history.diff, Some(comparison()));
}

#[test]
fn delete_asks_then_deletes() {
    let mut app = app_with_history(Lang::EnUs);
    press(&mut app, KeyCode::Char('G'));
    assert!(press(&mut app, KeyCode::Char('D')).is_empty());
    assert_eq!(app.mode(), Mode::ConfirmDelete);
    assert!(press(&mut app, KeyCode::Char('n')).is_empty());
    assert_eq!(app.dialog, None);

    press(&mut app, KeyCode::Char('D'));
    let effects = press(&mut app, KeyCode::Char('y'));
    assert_eq!(
        effects,
        vec![Effect::DeleteAssessment {
            tenant: tenant_name("contoso"),
            id: id(0),
        }]
    );
    assert_eq!(app.dialog, None);
}

#[test]
fn deleted_assessment_reloads_history_and_findings() {
    let mut app = app_with_history(Lang::EnUs);
    press(&mut app, KeyCode::Char('d'));
    app.update(Msg::DiffLoaded {
        tenant: tenant_name("contoso"),
        result: Ok(comparison()),
    });
    let effects = app.update(Msg::AssessmentDeleted {
        tenant: tenant_name("contoso"),
        id: id(0),
        result: Ok("3 datasets removed".to_owned()),
    });
    assert_eq!(
        effects,
        vec![
            Effect::LoadHistory(tenant_name("contoso")),
            Effect::LoadTenants,
            Effect::LoadFindings(tenant_name("contoso")),
        ]
    );
    assert_eq!(app.history.as_ref().unwrap().diff, None);
    assert_eq!(
        latest_toast(&app),
        ("toast-assessment-deleted", ToastLevel::Info)
    );
}

#[test]
fn reloaded_history_keeps_selection() {
    let mut app = app_with_history(Lang::EnUs);
    press(&mut app, KeyCode::Char('G'));
    let mut shorter = history();
    shorter.remove(1);
    app.update(Msg::HistoryLoaded {
        tenant: tenant_name("contoso"),
        result: Ok(shorter),
    });
    let state = app.history.as_ref().unwrap();
    assert_eq!(state.selected_entry().unwrap().assessment.id, id(0));
}

#[test]
fn escape_from_history_returns_to_findings() {
    let mut app = app_with_history(Lang::EnUs);
    assert!(press(&mut app, KeyCode::Esc).is_empty());
    assert_eq!(app.screen, Screen::Findings);
}

#[test]
fn recent_pair_skips_interrupted_assessment() {
    let history = history();
    let (older, newer) = RecentChanges::latest_pair(&history).unwrap();
    assert_eq!(older.assessment.id, id(0));
    assert_eq!(newer.assessment.id, id(2));
    assert_eq!(RecentChanges::latest_pair(&history[..2]), None);
}

#[test]
fn recent_changes_count_the_comparison() {
    let changes = recent_changes();
    assert_eq!((changes.old, changes.new), (id(0), id(2)));
    assert_eq!(changes.new_findings, 1);
    assert_eq!(changes.resolved, 1);
    assert_eq!(changes.changed, 1);
    assert!(!changes.is_empty());
}

#[test]
fn loaded_changes_show_on_findings() {
    let app = app_with_changes(Lang::EnUs);
    let state = app.findings.as_ref().unwrap();
    assert_eq!(state.changes, Some(recent_changes()));
    assert_eq!(
        app.recent_changes.get(&tenant_name("contoso")),
        Some(&recent_changes())
    );
}

#[test]
fn missing_or_failed_changes_show_nothing() {
    let mut app = app_with_findings(Lang::EnUs);
    for result in [Ok(None), Err("store locked".to_owned())] {
        let effects = app.update(Msg::ChangesLoaded {
            tenant: tenant_name("contoso"),
            result,
        });
        assert!(effects.is_empty());
        assert_eq!(app.findings.as_ref().unwrap().changes, None);
    }
    assert!(app.recent_changes.is_empty());
    assert!(
        app.toasts.all().is_empty(),
        "the line is an aside, not an error"
    );
}

#[test]
fn d_opens_recent_comparison() {
    let mut app = app_with_changes(Lang::EnUs);
    let effects = press(&mut app, KeyCode::Char('d'));
    assert_eq!(
        effects,
        vec![
            Effect::LoadHistory(tenant_name("contoso")),
            Effect::LoadDiff {
                tenant: tenant_name("contoso"),
                old: id(0),
                new: id(2),
            }
        ]
    );
    assert_eq!(app.screen, Screen::History);
    let state = app.history.as_ref().unwrap();
    assert_eq!(state.marked, Some(id(0)));
    assert!(state.is_comparing);

    app.update(Msg::HistoryLoaded {
        tenant: tenant_name("contoso"),
        result: Ok(history()),
    });
    app.update(Msg::DiffLoaded {
        tenant: tenant_name("contoso"),
        result: Ok(comparison()),
    });
    let state = app.history.as_ref().unwrap();
    assert_eq!(state.marked, Some(id(0)));
    assert_eq!(state.selected_entry().unwrap().assessment.id, id(2));
    assert_eq!(state.diff, Some(comparison()));
    assert!(press(&mut app, KeyCode::Esc).is_empty());
    assert_eq!(app.screen, Screen::Findings);
}

#[test]
fn d_without_changes_toasts() {
    let mut app = app_with_findings(Lang::EnUs);
    let effects = press(&mut app, KeyCode::Char('d'));
    assert!(effects.is_empty());
    assert_eq!(app.screen, Screen::Findings);
    assert_eq!(
        latest_toast(&app),
        ("toast-no-recent-changes", ToastLevel::Info)
    );
}

#[test]
fn changes_return_with_findings_until_next_run() {
    let mut app = support::app_with_tenants(Lang::EnUs);
    app.update(Msg::ChangesLoaded {
        tenant: tenant_name("contoso"),
        result: Ok(Some(recent_changes())),
    });
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Findings);
    let state = app.findings.as_ref().unwrap();
    assert_eq!(state.changes, Some(recent_changes()));

    press(&mut app, KeyCode::Char('c'));
    assert_eq!(app.findings.as_ref().unwrap().changes, None);
    assert!(app.recent_changes.is_empty());
}

#[test]
fn deleting_compared_assessment_drops_changes() {
    let mut app = app_with_changes(Lang::EnUs);
    app.update(Msg::AssessmentDeleted {
        tenant: tenant_name("contoso"),
        id: id(1),
        result: Ok("deleted".to_owned()),
    });
    assert_eq!(
        app.findings.as_ref().unwrap().changes,
        Some(recent_changes())
    );
    app.update(Msg::AssessmentDeleted {
        tenant: tenant_name("contoso"),
        id: id(0),
        result: Ok("deleted".to_owned()),
    });
    assert_eq!(app.findings.as_ref().unwrap().changes, None);
}
