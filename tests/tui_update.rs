//! `App::update` tests: keys and messages in, state and effects out, no terminal.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

#[path = "support/tui.rs"]
mod support;

use std::path::PathBuf;

use cray::i18n::Lang;
use cray::keys::KeyStorage;
use cray::model::{CheckId, CollectEvent, Dataset, NotCollected, Status, TriageStatus};
use cray::report::ReportFormat;
use cray::tui::KeyStorageQuestion;
use cray::tui::{
    Action, App, DatasetPhase, Dialog, Effect, ExportField, ExportProblem, Mode, Msg, RunPhase,
    Screen, ToastLevel,
};
use crossterm::event::{KeyCode, KeyModifiers};
use support::{
    NOW, app_with_findings, app_with_tenants, findings, press, press_with, tenant_name, type_text,
};
use time::Duration;

fn selected_check(app: &App) -> String {
    let findings = app.findings.as_ref().unwrap();
    findings.selected_finding().unwrap().check_id.0.clone()
}

fn latest_toast(app: &App) -> (&'static str, ToastLevel) {
    let toast = app.toasts.latest().unwrap();
    (toast.message_id, toast.level)
}

#[test]
fn start_loads_tenants_and_asks_for_key_storage() {
    let app = App::new(Lang::EnUs, NOW, None);
    assert_eq!(app.init(), vec![Effect::LoadTenants, Effect::AskKeyStorage]);
}

#[test]
fn selection_moves_and_clamps() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(app.tenants.selected, 2);
    for _ in 0..10 {
        press(&mut app, KeyCode::Down);
    }
    assert_eq!(app.tenants.selected, 3);
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.tenants.selected, 0);
    press(&mut app, KeyCode::Up);
    assert_eq!(app.tenants.selected, 0);
}

#[test]
fn enter_opens_findings_of_selected_tenant() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Down);
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(effects, vec![Effect::LoadFindings(tenant_name("mueller"))]);
    assert_eq!(app.screen, Screen::Findings);
    assert!(app.findings.as_ref().unwrap().is_loading);
}

#[test]
fn enter_on_unassessed_tenant_hints_collection() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char('j'));
    let effects = press(&mut app, KeyCode::Enter);
    assert!(effects.is_empty());
    assert_eq!(app.screen, Screen::Tenants);
    assert_eq!(latest_toast(&app), ("toast-not-assessed", ToastLevel::Info));
}

#[test]
fn findings_are_sorted_by_risk_then_severity() {
    let app = app_with_findings(Lang::EnUs);
    let order: Vec<&str> = app
        .findings
        .as_ref()
        .unwrap()
        .findings
        .iter()
        .map(|f| f.check_id.0.as_str())
        .collect();
    assert_eq!(
        order,
        [
            "CRAY-TEST-MFA-ADMINS",
            "CRAY-TEST-LEGACY-AUTH",
            "CRAY-TEST-PIM",
            "CRAY-TEST-MAIL-FORWARD",
            "CRAY-TEST-GUEST-INVITE",
        ]
    );
}

#[test]
fn equal_risk_orders_by_severity() {
    let mut list = findings();
    list[0].likelihood = 5;
    list[0].impact = 5;
    let mut app = app_with_findings(Lang::EnUs);
    app.update(Msg::FindingsLoaded {
        tenant: tenant_name("contoso"),
        result: Ok(list),
    });
    let first = &app.findings.as_ref().unwrap().findings[1];
    assert_eq!(first.check_id.0, "CRAY-TEST-PIM");
}

#[test]
fn escape_from_findings_returns_and_refreshes() {
    let mut app = app_with_findings(Lang::EnUs);
    let effects = press(&mut app, KeyCode::Esc);
    assert_eq!(effects, vec![Effect::LoadTenants]);
    assert_eq!(app.screen, Screen::Tenants);
}

#[test]
fn detail_scroll_resets_on_new_selection() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::PageDown);
    assert_eq!(app.findings.as_ref().unwrap().detail_scroll, 5);
    press(&mut app, KeyCode::Down);
    assert_eq!(app.findings.as_ref().unwrap().detail_scroll, 0);
}

#[test]
fn detail_scroll_stops_at_top() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::PageUp);
    assert_eq!(app.findings.as_ref().unwrap().detail_scroll, 0);
}

#[test]
fn accept_risk_saves_triage_with_note() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('a'));
    assert_eq!(app.mode(), Mode::TriageNote);
    type_text(&mut app, "Break-glass account, approved by the CISO");
    let effects = press(&mut app, KeyCode::Enter);

    let [Effect::SaveTriage { tenant, decision }] = effects.as_slice() else {
        panic!("expected one SaveTriage, got {effects:?}");
    };
    assert_eq!(tenant, &tenant_name("contoso"));
    assert_eq!(
        decision.check_id,
        CheckId("CRAY-TEST-MFA-ADMINS".to_owned())
    );
    assert_eq!(decision.status, TriageStatus::AcceptedRisk);
    assert_eq!(decision.note, "Break-glass account, approved by the CISO");
    assert_eq!(decision.decided_at, NOW);
    assert_eq!(app.dialog, None);
}

#[test]
fn letters_in_note_are_text_not_actions() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('f'));
    let effects = press(&mut app, KeyCode::Char('q'));
    assert!(effects.is_empty());
    let Some(Dialog::TriageNote(note)) = &app.dialog else {
        panic!("note dialog closed");
    };
    assert_eq!(note.note.value(), "q");
    assert_eq!(note.status, TriageStatus::FalsePositive);
}

#[test]
fn escape_cancels_note_without_effect() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "never mind");
    let effects = press(&mut app, KeyCode::Esc);
    assert!(effects.is_empty());
    assert_eq!(app.dialog, None);
}

#[test]
fn saved_triage_updates_finding() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "accepted");
    let effects = press(&mut app, KeyCode::Enter);
    let Some(Effect::SaveTriage { tenant, decision }) = effects.into_iter().next() else {
        panic!("no SaveTriage");
    };
    app.update(Msg::TriageSaved {
        tenant,
        decision,
        result: Ok(()),
    });

    let finding = app.findings.as_ref().unwrap().selected_finding().unwrap();
    assert_eq!(finding.triage, TriageStatus::AcceptedRisk);
    assert_eq!(finding.triage_note, "accepted");
    assert_eq!(latest_toast(&app), ("toast-triage-saved", ToastLevel::Info));
}

#[test]
fn failed_triage_save_keeps_finding_and_toasts_error() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "accepted");
    let effects = press(&mut app, KeyCode::Enter);
    let Some(Effect::SaveTriage { tenant, decision }) = effects.into_iter().next() else {
        panic!("no SaveTriage");
    };
    let result = Err("store is open elsewhere".to_owned());
    app.update(Msg::TriageSaved {
        tenant,
        decision,
        result,
    });

    let finding = app.findings.as_ref().unwrap().selected_finding().unwrap();
    assert_eq!(finding.triage, TriageStatus::Open);
    assert_eq!(
        latest_toast(&app),
        ("toast-triage-failed", ToastLevel::Error)
    );
}

#[test]
fn reopen_saves_open_with_empty_note() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Down);
    assert_eq!(selected_check(&app), "CRAY-TEST-LEGACY-AUTH");
    let effects = press(&mut app, KeyCode::Char('o'));
    let [Effect::SaveTriage { decision, .. }] = effects.as_slice() else {
        panic!("expected one SaveTriage, got {effects:?}");
    };
    assert_eq!(decision.status, TriageStatus::Open);
    assert_eq!(decision.note, "");
}

#[test]
fn reopen_of_open_finding_does_nothing() {
    let mut app = app_with_findings(Lang::EnUs);
    assert!(press(&mut app, KeyCode::Char('o')).is_empty());
}

#[test]
fn passing_finding_cannot_be_triaged() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('G'));
    let finding = app.findings.as_ref().unwrap().selected_finding().unwrap();
    assert_eq!(finding.status, Status::Pass);
    press(&mut app, KeyCode::Char('a'));
    assert_eq!(app.dialog, None);
    assert_eq!(
        latest_toast(&app),
        ("toast-triage-only-failed", ToastLevel::Info)
    );
}

#[test]
fn export_defaults_to_dated_file() {
    let mut app = app_with_findings(Lang::DeDe);
    press(&mut app, KeyCode::Char('e'));
    let Some(Dialog::Export(export)) = &app.dialog else {
        panic!("export dialog not open");
    };
    assert_eq!(export.path.value(), "contoso-bericht-2026-12-04.pdf");
    assert_eq!(export.lang, Lang::DeDe);
    assert_eq!(export.focus, ExportField::Path);
}

#[test]
fn export_uses_chosen_language_and_path() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('e'));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Home);
    type_text(&mut app, "reports/");
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::ExportReport {
            tenant: tenant_name("contoso"),
            lang: Lang::DeDe,
            format: ReportFormat::Pdf,
            path: PathBuf::from("reports/contoso-bericht-2026-12-04.pdf"),
        }]
    );
    assert!(export_dialog(&app).is_running);
}

#[test]
fn export_format_cycles_both_ways() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('e'));
    press_with(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(export_dialog(&app).focus, ExportField::Format);
    let mut seen = Vec::new();
    for _ in 0..4 {
        press(&mut app, KeyCode::Right);
        seen.push(export_dialog(&app).format);
    }
    let expected = [
        ReportFormat::Csv,
        ReportFormat::Json,
        ReportFormat::Markdown,
        ReportFormat::Pdf,
    ];
    assert_eq!(seen, expected);
    press(&mut app, KeyCode::Left);
    assert_eq!(export_dialog(&app).format, ReportFormat::Markdown);
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(export_dialog(&app).format, ReportFormat::Pdf);
    assert_eq!(export_dialog(&app).lang, Lang::EnUs);
}

#[test]
fn export_format_sets_default_extension() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('e'));
    press_with(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    press(&mut app, KeyCode::Right);
    assert_eq!(
        export_dialog(&app).path.value(),
        "contoso-report-2026-12-04.csv"
    );
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Left);
    assert_eq!(
        export_dialog(&app).path.value(),
        "contoso-report-2026-12-04.md"
    );
}

#[test]
fn export_format_switches_edited_extension() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('e'));
    press(&mut app, KeyCode::Home);
    type_text(&mut app, "out/");
    press_with(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    assert_eq!(
        export_dialog(&app).path.value(),
        "out/contoso-report-2026-12-04.json"
    );
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::End);
    type_text(&mut app, ".bak");
    press_with(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    press(&mut app, KeyCode::Right);
    assert_eq!(export_dialog(&app).format, ReportFormat::Markdown);
    assert_eq!(
        export_dialog(&app).path.value(),
        "out/contoso-report-2026-12-04.json.bak",
        "a path without the old extension stays as typed"
    );
    press(&mut app, KeyCode::Tab);
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::ExportReport {
            tenant: tenant_name("contoso"),
            lang: Lang::EnUs,
            format: ReportFormat::Markdown,
            path: PathBuf::from("out/contoso-report-2026-12-04.json.bak"),
        }]
    );
}

fn export_dialog(app: &App) -> &cray::tui::ExportDialog {
    let Some(Dialog::Export(export)) = &app.dialog else {
        panic!("export dialog not open: {:?}", app.dialog);
    };
    export
}

#[test]
fn export_file_name_follows_language_until_edited() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('e'));
    press(&mut app, KeyCode::Tab);
    assert_eq!(export_dialog(&app).focus, ExportField::Language);
    press(&mut app, KeyCode::Right);
    assert_eq!(
        export_dialog(&app).path.value(),
        "contoso-bericht-2026-12-04.pdf"
    );
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Left);
    assert_eq!(
        export_dialog(&app).path.value(),
        "contoso-bericht-2026-12-04.pd"
    );
}

#[test]
fn failed_export_keeps_dialog_with_error_and_path() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('e'));
    press(&mut app, KeyCode::Home);
    type_text(&mut app, "/nonexistent/");
    press(&mut app, KeyCode::Enter);
    app.update(Msg::ExportFinished(Err("permission denied".to_owned())));

    let export = export_dialog(&app);
    assert!(!export.is_running);
    assert_eq!(
        export.problem,
        Some(ExportProblem::Failed("permission denied".to_owned()))
    );
    assert_eq!(
        export.path.value(),
        "/nonexistent/contoso-report-2026-12-04.pdf"
    );
    assert!(app.toasts.latest().is_none());
}

#[test]
fn finished_export_closes_dialog_and_toasts() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('e'));
    press(&mut app, KeyCode::Enter);
    app.update(Msg::ExportFinished(Ok(PathBuf::from("x.pdf"))));
    assert_eq!(app.dialog, None);
    assert_eq!(latest_toast(&app), ("toast-export-done", ToastLevel::Info));
}

#[test]
fn typing_after_failed_export_clears_error() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('e'));
    press(&mut app, KeyCode::Enter);
    app.update(Msg::ExportFinished(Err("disk full".to_owned())));
    type_text(&mut app, "x");
    assert_eq!(export_dialog(&app).problem, None);
}

#[test]
fn export_with_blank_path_is_rejected() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('e'));
    for _ in 0..40 {
        press(&mut app, KeyCode::Backspace);
    }
    let effects = press(&mut app, KeyCode::Enter);
    assert!(effects.is_empty());
    assert_eq!(
        export_dialog(&app).problem,
        Some(ExportProblem::PathMissing)
    );
}

#[test]
fn export_from_tenants_screen_uses_selected_tenant() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('e'));
    let Some(Dialog::Export(export)) = &app.dialog else {
        panic!("export dialog not open");
    };
    assert_eq!(export.tenant, tenant_name("mueller"));
}

#[test]
fn export_result_is_toasted() {
    let mut app = app_with_findings(Lang::EnUs);
    app.update(Msg::ExportFinished(Err("disk full".to_owned())));
    assert_eq!(
        latest_toast(&app),
        ("toast-export-failed", ToastLevel::Error)
    );
    app.update(Msg::ExportFinished(Ok(PathBuf::from("x.pdf"))));
    assert_eq!(latest_toast(&app), ("toast-export-done", ToastLevel::Info));
}

#[test]
fn q_quits() {
    let mut app = app_with_tenants(Lang::EnUs);
    assert_eq!(press(&mut app, KeyCode::Char('q')), vec![Effect::Quit]);
}

#[test]
fn control_c_quits_from_text_input() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('a'));
    let effects = press_with(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(effects, vec![Effect::Quit]);
}

#[test]
fn help_opens_and_closes() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('?'));
    assert_eq!(app.mode(), Mode::Help);
    assert_eq!(app.screen_mode(), Mode::Findings);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Findings);
}

#[test]
fn demo_offered_only_without_demo_tenant() {
    let mut empty = App::new(Lang::EnUs, NOW, None);
    empty.update(Msg::TenantsLoaded(Ok(Vec::new())));
    assert_eq!(
        press(&mut empty, KeyCode::Char('d')),
        vec![Effect::AddDemoTenant]
    );

    let mut with_demo = app_with_tenants(Lang::EnUs);
    assert!(press(&mut with_demo, KeyCode::Char('d')).is_empty());
}

#[test]
fn added_demo_reloads_tenants() {
    let mut app = App::new(Lang::EnUs, NOW, None);
    let effects = app.update(Msg::DemoTenantAdded(Ok(())));
    assert_eq!(effects, vec![Effect::LoadTenants]);
}

#[test]
fn failed_tenant_load_is_toasted() {
    let mut app = App::new(Lang::EnUs, NOW, None);
    app.update(Msg::TenantsLoaded(Err("registry unreadable".to_owned())));
    assert_eq!(
        latest_toast(&app),
        ("toast-tenants-failed", ToastLevel::Error)
    );
}

#[test]
fn toasts_expire_with_clock() {
    let mut app = App::new(Lang::EnUs, NOW, None);
    app.update(Msg::TenantsLoaded(Err("x".to_owned())));
    app.update(Msg::Clock(NOW + Duration::minutes(1)));
    assert!(app.toasts.latest().is_none());
}

#[test]
fn c_starts_collection_of_selected_tenant() {
    let mut app = app_with_tenants(Lang::EnUs);
    let effects = press(&mut app, KeyCode::Char('c'));
    assert_eq!(
        effects,
        vec![Effect::StartCollection(tenant_name("contoso"))]
    );
    assert_eq!(app.screen, Screen::Collection);
    assert!(app.is_collecting());
}

#[test]
fn second_collection_of_same_tenant_shows_running_one() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Char('c'));
    press(&mut app, KeyCode::Esc);
    assert!(press(&mut app, KeyCode::Char('c')).is_empty());
    assert_eq!(
        latest_toast(&app),
        ("toast-collection-busy", ToastLevel::Info)
    );
    assert_eq!(app.screen, Screen::Collection);
}

fn collecting_app() -> App {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Char('c'));
    app.update(support::collect(
        "contoso",
        CollectEvent::Started {
            datasets: vec![
                Dataset::Users,
                Dataset::Groups,
                Dataset::ConditionalAccessPolicies,
            ],
        },
    ));
    app
}

fn phase_of(app: &App, dataset: Dataset) -> DatasetPhase {
    let run = app.collection().unwrap();
    run.datasets
        .iter()
        .find(|d| d.dataset == dataset)
        .unwrap()
        .phase
        .clone()
}

fn ratio_of(app: &App, dataset: Dataset) -> f64 {
    let run = app.collection().unwrap();
    run.datasets
        .iter()
        .find(|d| d.dataset == dataset)
        .unwrap()
        .ratio()
}

#[test]
fn started_lists_datasets_as_pending() {
    let app = collecting_app();
    assert_eq!(app.collection().unwrap().datasets.len(), 3);
    assert_eq!(phase_of(&app, Dataset::Groups), DatasetPhase::Pending);
    assert!(ratio_of(&app, Dataset::Groups) == 0.0);
}

#[test]
fn pages_move_gauge_forward() {
    let mut app = collecting_app();
    app.update(support::collect(
        "contoso",
        CollectEvent::DatasetStarted {
            dataset: Dataset::Users,
        },
    ));
    app.update(support::collect(
        "contoso",
        CollectEvent::PageRead {
            dataset: Dataset::Users,
            pages: 1,
            objects: 100,
        },
    ));
    let after_one = ratio_of(&app, Dataset::Users);
    app.update(support::collect(
        "contoso",
        CollectEvent::PageRead {
            dataset: Dataset::Users,
            pages: 2,
            objects: 200,
        },
    ));
    let after_two = ratio_of(&app, Dataset::Users);
    assert!(after_one > 0.0, "{after_one}");
    assert!(after_two > after_one, "{after_two} <= {after_one}");
    assert!(after_two < 1.0, "{after_two}");
}

#[test]
fn finished_dataset_fills_gauge_and_counts_objects() {
    let mut app = collecting_app();
    app.update(support::collect(
        "contoso",
        CollectEvent::DatasetFinished {
            dataset: Dataset::Users,
            objects: 250,
        },
    ));
    app.update(support::collect(
        "contoso",
        CollectEvent::DatasetFinished {
            dataset: Dataset::Groups,
            objects: 12,
        },
    ));
    let run = app.collection().unwrap();
    assert!(ratio_of(&app, Dataset::Users) == 1.0);
    assert_eq!(run.objects(), 262);
    assert_eq!(run.handled(), 2);
}

#[test]
fn throttling_is_counted() {
    let mut app = collecting_app();
    for _ in 0..2 {
        app.update(support::collect(
            "contoso",
            CollectEvent::Throttled {
                dataset: Dataset::Users,
                wait_ms: 2000,
            },
        ));
    }
    assert_eq!(app.collection().unwrap().throttled_waits, 2);
    assert_eq!(
        phase_of(&app, Dataset::Users),
        DatasetPhase::Throttled { wait_ms: 2000 }
    );
}

#[test]
fn not_collected_dataset_keeps_cause() {
    let mut app = collecting_app();
    let cause = NotCollected::MissingPermission {
        permission: "Policy.Read.All".to_owned(),
    };
    app.update(support::collect(
        "contoso",
        CollectEvent::DatasetNotCollected {
            dataset: Dataset::ConditionalAccessPolicies,
            cause: cause.clone(),
        },
    ));
    assert_eq!(
        phase_of(&app, Dataset::ConditionalAccessPolicies),
        DatasetPhase::NotCollected(cause)
    );
}

#[test]
fn preflight_marks_datasets_not_yet_read() {
    let mut app = collecting_app();
    app.update(support::collect(
        "contoso",
        CollectEvent::DatasetStarted {
            dataset: Dataset::Users,
        },
    ));
    let missing = vec![
        (Dataset::Users, "User.Read.All".to_owned()),
        (
            Dataset::ConditionalAccessPolicies,
            "Policy.Read.All".to_owned(),
        ),
    ];
    app.update(support::collect(
        "contoso",
        CollectEvent::PermissionsMissing { missing },
    ));
    // A dataset already being read keeps its phase; the others show what will be missing.
    assert_eq!(phase_of(&app, Dataset::Users), DatasetPhase::Reading);
    assert_eq!(phase_of(&app, Dataset::Groups), DatasetPhase::Pending);
    assert_eq!(
        phase_of(&app, Dataset::ConditionalAccessPolicies),
        DatasetPhase::NotCollected(NotCollected::MissingPermission {
            permission: "Policy.Read.All".to_owned(),
        })
    );
}

#[test]
fn elapsed_follows_clock_until_run_ends() {
    let mut app = collecting_app();
    app.update(Msg::Clock(NOW + Duration::seconds(83)));
    assert_eq!(
        app.collection().unwrap().elapsed(app.now),
        Duration::seconds(83)
    );
    app.update(Msg::CollectionFinished {
        tenant: tenant_name("contoso"),
        result: Ok(()),
    });
    app.update(Msg::Clock(NOW + Duration::seconds(200)));
    assert_eq!(
        app.collection().unwrap().elapsed(app.now),
        Duration::seconds(83)
    );
}

#[test]
fn collector_finished_means_evaluating() {
    let mut app = collecting_app();
    app.update(support::collect("contoso", CollectEvent::Finished));
    assert_eq!(app.collection().unwrap().phase, RunPhase::Evaluating);
    assert!(app.is_collecting());
}

#[test]
fn finished_run_opens_findings() {
    let mut app = collecting_app();
    let effects = app.update(Msg::CollectionFinished {
        tenant: tenant_name("contoso"),
        result: Ok(()),
    });
    assert_eq!(
        effects,
        vec![
            Effect::LoadTenants,
            Effect::LoadChanges(tenant_name("contoso")),
            Effect::LoadFindings(tenant_name("contoso"))
        ]
    );
    assert_eq!(app.screen, Screen::Findings);
    assert!(!app.is_collecting());
}

#[test]
fn finished_run_in_background_only_toasts() {
    let mut app = collecting_app();
    press(&mut app, KeyCode::Esc);
    let effects = app.update(Msg::CollectionFinished {
        tenant: tenant_name("contoso"),
        result: Ok(()),
    });
    assert_eq!(
        effects,
        vec![
            Effect::LoadTenants,
            Effect::LoadChanges(tenant_name("contoso"))
        ]
    );
    assert_eq!(app.screen, Screen::Tenants);
    assert_eq!(
        latest_toast(&app),
        ("toast-collection-done", ToastLevel::Info)
    );
}

#[test]
fn failed_run_shows_error() {
    let mut app = collecting_app();
    app.update(support::collect(
        "contoso",
        CollectEvent::Failed {
            message: "sign-in failed: invalid client secret".to_owned(),
        },
    ));
    app.update(Msg::CollectionFinished {
        tenant: tenant_name("contoso"),
        result: Err("sign-in failed".to_owned()),
    });
    let run = app.collection().unwrap();
    assert_eq!(
        run.phase,
        RunPhase::Failed("sign-in failed: invalid client secret".to_owned())
    );
    assert_eq!(
        latest_toast(&app),
        ("toast-collection-failed", ToastLevel::Error)
    );
    assert_eq!(app.screen, Screen::Collection);
}

#[test]
fn enter_after_run_opens_findings() {
    let mut app = collecting_app();
    press(&mut app, KeyCode::Char('?'));
    app.update(Msg::CollectionFinished {
        tenant: tenant_name("contoso"),
        result: Ok(()),
    });
    press(&mut app, KeyCode::Esc);
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(effects, vec![Effect::LoadFindings(tenant_name("contoso"))]);
}

#[test]
fn open_tenant_option_opens_findings() {
    let mut app = App::new(Lang::EnUs, NOW, Some(tenant_name("mueller")));
    let effects = app.update(Msg::TenantsLoaded(Ok(support::tenants())));
    assert_eq!(effects, vec![Effect::LoadFindings(tenant_name("mueller"))]);
}

#[test]
fn open_tenant_option_collects_unassessed_tenant() {
    let mut app = App::new(Lang::EnUs, NOW, Some(tenant_name("evil")));
    let effects = app.update(Msg::TenantsLoaded(Ok(support::tenants())));
    assert_eq!(effects, vec![Effect::StartCollection(tenant_name("evil"))]);
}

#[test]
fn open_tenant_option_with_unknown_tenant_toasts() {
    let mut app = App::new(Lang::EnUs, NOW, Some(tenant_name("nobody")));
    let effects = app.update(Msg::TenantsLoaded(Ok(support::tenants())));
    assert!(effects.is_empty());
    assert_eq!(
        latest_toast(&app),
        ("toast-tenant-unknown", ToastLevel::Error)
    );
}

#[test]
fn findings_of_other_tenant_are_ignored() {
    let mut app = app_with_findings(Lang::EnUs);
    app.update(Msg::FindingsLoaded {
        tenant: tenant_name("mueller"),
        result: Ok(Vec::new()),
    });
    assert_eq!(app.findings.as_ref().unwrap().findings.len(), 5);
}

#[test]
fn help_action_is_ignored_in_text_input() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('a'));
    app.update(Msg::Action(Action::ShowHelp));
    assert_eq!(app.mode(), Mode::TriageNote);
}

#[test]
fn detail_scroll_stops_at_measured_end() {
    let mut app = app_with_findings(Lang::EnUs);
    app.update(Msg::DetailMaxScroll(7));
    for _ in 0..5 {
        press(&mut app, KeyCode::PageDown);
    }
    assert_eq!(app.findings.as_ref().unwrap().detail_scroll, 7);
}

#[test]
fn taller_pane_scrolls_detail_back() {
    let mut app = app_with_findings(Lang::EnUs);
    app.update(Msg::DetailMaxScroll(20));
    press(&mut app, KeyCode::PageDown);
    press(&mut app, KeyCode::PageDown);
    app.update(Msg::DetailMaxScroll(3));
    assert_eq!(app.findings.as_ref().unwrap().detail_scroll, 3);
}

#[test]
fn note_is_prefilled_with_existing_note() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('f'));
    let Some(Dialog::TriageNote(note)) = &app.dialog else {
        panic!("note dialog not open");
    };
    assert_eq!(note.note.value(), "Legacy printer, replaced in Q1 2027.");
}

#[test]
fn blank_note_is_rejected_with_hint() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "   ");
    let effects = press(&mut app, KeyCode::Enter);
    assert!(effects.is_empty());
    let Some(Dialog::TriageNote(note)) = &app.dialog else {
        panic!("note dialog closed");
    };
    assert!(note.is_reason_missing);
}

#[test]
fn busy_notice_clears_when_run_ends() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Char('c'));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('c'));
    assert_eq!(
        latest_toast(&app),
        ("toast-collection-busy", ToastLevel::Info)
    );
    app.update(Msg::CollectionFinished {
        tenant: tenant_name("contoso"),
        result: Ok(()),
    });
    let ids: Vec<&str> = app.toasts.all().iter().map(|t| t.message_id).collect();
    assert!(!ids.contains(&"toast-collection-busy"), "{ids:?}");
}

#[test]
fn loop_wakes_when_toast_expires() {
    let mut app = app_with_tenants(Lang::EnUs);
    assert_eq!(app.next_wake(), None);
    press(&mut app, KeyCode::Char('d'));
    let expires = app.toasts.latest().unwrap().expires_at;
    assert_eq!(app.next_wake(), Some(expires));
    app.update(Msg::Clock(expires));
    assert_eq!(app.next_wake(), None);
}

#[test]
fn quit_during_collection_asks_first() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Char('c'));
    assert!(press(&mut app, KeyCode::Char('q')).is_empty());
    assert_eq!(app.mode(), Mode::ConfirmQuit);
}

#[test]
fn confirmed_quit_cancels_collection() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Char('c'));
    press_with(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    let effects = press(&mut app, KeyCode::Char('y'));
    assert_eq!(effects, vec![Effect::CancelCollection, Effect::Quit]);
}

#[test]
fn declined_quit_keeps_collecting() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Char('c'));
    press(&mut app, KeyCode::Char('q'));
    assert!(press(&mut app, KeyCode::Char('n')).is_empty());
    assert_eq!(app.dialog, None);
    assert!(app.is_collecting());
}

#[test]
fn second_control_c_quits_while_asking() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Char('c'));
    press_with(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    let effects = press_with(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(effects, vec![Effect::CancelCollection, Effect::Quit]);
}

#[test]
fn purge_key_opens_the_name_prompt() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Char('P'));
    assert_eq!(app.mode(), Mode::ConfirmPurge);
}

#[test]
fn purge_with_wrong_name_keeps_dialog_with_hint() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Char('P'));
    type_text(&mut app, "contos");
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(effects, Vec::new());
    let Some(Dialog::Purge(purge)) = &app.dialog else {
        panic!("the purge dialog closed");
    };
    assert!(purge.is_mismatch);
}

#[test]
fn purge_with_right_name_emits_purge() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Char('P'));
    type_text(&mut app, "contoso");
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(effects, vec![Effect::PurgeTenant(tenant_name("contoso"))]);
    assert_eq!(app.dialog, None);
}

#[test]
fn purge_esc_cancels() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Char('P'));
    type_text(&mut app, "contoso");
    let effects = press(&mut app, KeyCode::Esc);
    assert_eq!((effects, app.dialog.clone()), (Vec::new(), None));
}

#[test]
fn purge_of_running_collection_is_refused() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Char('c'));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('P'));
    assert_eq!(app.dialog, None);
    assert_eq!(
        latest_toast(&app),
        ("toast-purge-collecting", ToastLevel::Error)
    );
}

#[test]
fn purge_done_toasts_and_reloads_tenants() {
    let mut app = app_with_tenants(Lang::EnUs);
    let effects = app.update(Msg::TenantPurged {
        tenant: tenant_name("contoso"),
        result: Ok("no leftovers found".to_owned()),
    });
    assert_eq!(effects, vec![Effect::LoadTenants]);
    assert_eq!(latest_toast(&app), ("toast-purge-done", ToastLevel::Info));
}

#[test]
fn purge_failure_toasts_an_error() {
    let mut app = app_with_tenants(Lang::EnUs);
    app.update(Msg::TenantPurged {
        tenant: tenant_name("contoso"),
        result: Err("key store locked".to_owned()),
    });
    assert_eq!(
        latest_toast(&app),
        ("toast-purge-failed", ToastLevel::Error)
    );
}

fn app_asking_key_storage(passphrase_set: bool) -> App {
    let mut app = app_with_tenants(Lang::EnUs);
    let question = KeyStorageQuestion { passphrase_set };
    app.update(Msg::KeyStorageQuestion(Ok(Some(question))));
    app
}

fn is_passphrase_rejected(app: &App) -> bool {
    let Some(Dialog::KeyStorage(question)) = &app.dialog else {
        panic!("the key storage question closed");
    };
    question.is_passphrase_rejected
}

#[test]
fn open_key_storage_question_shows_dialog() {
    let app = app_asking_key_storage(false);
    assert_eq!(app.mode(), Mode::ChooseKeyStorage);
}

#[test]
fn settled_key_storage_shows_no_dialog() {
    let mut app = app_with_tenants(Lang::EnUs);
    app.update(Msg::KeyStorageQuestion(Ok(None)));
    assert_eq!(app.dialog, None);
}

#[test]
fn key_storage_k_chooses_keyfile() {
    let mut app = app_asking_key_storage(false);
    let effects = press(&mut app, KeyCode::Char('k'));
    assert_eq!(effects, vec![Effect::SetKeyStorage(KeyStorage::Keyfile)]);
    assert_eq!(app.dialog, None);
}

#[test]
fn key_storage_p_without_passphrase_is_rejected() {
    let mut app = app_asking_key_storage(false);
    let effects = press(&mut app, KeyCode::Char('p'));
    assert_eq!(effects, Vec::new());
    assert!(is_passphrase_rejected(&app));
}

#[test]
fn key_storage_p_with_passphrase_chooses_passphrase() {
    let mut app = app_asking_key_storage(true);
    let effects = press(&mut app, KeyCode::Char('p'));
    assert_eq!(effects, vec![Effect::SetKeyStorage(KeyStorage::Passphrase)]);
}

#[test]
fn key_storage_esc_decides_later() {
    let mut app = app_asking_key_storage(false);
    let effects = press(&mut app, KeyCode::Esc);
    assert_eq!((effects, app.dialog.clone()), (Vec::new(), None));
}

#[test]
fn key_storage_q_quits() {
    let mut app = app_asking_key_storage(false);
    assert_eq!(press(&mut app, KeyCode::Char('q')), vec![Effect::Quit]);
}

#[test]
fn key_storage_saved_toasts_confirmation() {
    let mut app = app_with_tenants(Lang::EnUs);
    app.update(Msg::KeyStorageSet {
        choice: KeyStorage::Keyfile,
        result: Ok(()),
    });
    assert_eq!(
        latest_toast(&app),
        ("toast-key-storage-set", ToastLevel::Info)
    );
}

#[test]
fn key_storage_save_failure_toasts_error() {
    let mut app = app_with_tenants(Lang::EnUs);
    app.update(Msg::KeyStorageSet {
        choice: KeyStorage::Keyfile,
        result: Err("disk full".to_owned()),
    });
    assert_eq!(
        latest_toast(&app),
        ("toast-key-storage-failed", ToastLevel::Error)
    );
}
