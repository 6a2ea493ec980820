//! `App::update` tests of several collection runs at once, cancelling and resuming runs, and
//! the tenant form: keys and messages in, state and effects out, no terminal.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

#[path = "support/tui.rs"]
mod support;

use std::path::PathBuf;

use cray::i18n::Lang;
use cray::model::{AssessmentState, CollectEvent, Dataset};
use cray::tenant::{Cloud, CredentialRef, EndpointOverrides, SecretSource, Tenant};
use cray::tui::{
    App, Dialog, Effect, FormField, FormProblem, Mode, Msg, RunPhase, Screen, TenantForm,
};
use crossterm::event::{KeyCode, KeyModifiers};
use support::{app_with_tenants, collect, press, press_with, tenant_name, type_text};

const GUID: &str = "6f1c2a4e-1b2c-4d3e-8f90-a1b2c3d4e5f6";

fn latest_toast(app: &App) -> &'static str {
    app.toasts.latest().unwrap().message_id
}

/// Starts runs of contoso and mueller from the tenants screen and returns to it.
fn two_runs() -> App {
    let mut app = app_with_tenants(Lang::EnUs);
    let first = press(&mut app, KeyCode::Char('c'));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Down);
    let second = press(&mut app, KeyCode::Char('c'));
    press(&mut app, KeyCode::Esc);
    assert_eq!(first, vec![Effect::StartCollection(tenant_name("contoso"))]);
    assert_eq!(
        second,
        vec![Effect::StartCollection(tenant_name("mueller"))]
    );
    app
}

fn started(tenant: &str, datasets: Vec<Dataset>) -> Msg {
    collect(tenant, CollectEvent::Started { datasets })
}

fn finished(tenant: &str, result: Result<(), String>) -> Msg {
    Msg::CollectionFinished {
        tenant: tenant_name(tenant),
        result,
    }
}

fn run_phase(app: &App, tenant: &str) -> RunPhase {
    app.runs.get(&tenant_name(tenant)).unwrap().phase.clone()
}

#[test]
fn two_tenants_collect_at_once() {
    let app = two_runs();
    assert_eq!(
        app.runs.running(),
        vec![tenant_name("contoso"), tenant_name("mueller")]
    );
    assert_eq!(app.screen, Screen::Tenants);
}

#[test]
fn events_of_one_run_leave_the_other_alone() {
    let mut app = two_runs();
    app.update(started("contoso", vec![Dataset::Users, Dataset::Groups]));
    app.update(collect(
        "contoso",
        CollectEvent::DatasetFinished {
            dataset: Dataset::Users,
            objects: 40,
        },
    ));
    app.update(started("mueller", vec![Dataset::Groups]));
    app.update(collect("mueller", CollectEvent::Finished));

    let contoso = app.runs.get(&tenant_name("contoso")).unwrap();
    let mueller = app.runs.get(&tenant_name("mueller")).unwrap();
    assert_eq!((contoso.datasets.len(), contoso.objects()), (2, 40));
    assert_eq!(contoso.phase, RunPhase::Collecting);
    assert_eq!((mueller.datasets.len(), mueller.objects()), (1, 0));
    assert_eq!(mueller.phase, RunPhase::Evaluating);
}

#[test]
fn one_run_ending_leaves_the_other_running() {
    let mut app = two_runs();
    let effects = app.update(finished("mueller", Ok(())));
    assert_eq!(effects, loaded_after_run("mueller"));
    assert_eq!(latest_toast(&app), "toast-collection-done");
    assert_eq!(run_phase(&app, "mueller"), RunPhase::Done);
    assert_eq!(run_phase(&app, "contoso"), RunPhase::Collecting);
    assert!(app.is_collecting());
}

#[test]
fn third_tenant_triaged_during_two_runs() {
    let mut app = two_runs();
    // The demo tenant is the fourth row.
    press(&mut app, KeyCode::Char('G'));
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(effects, vec![Effect::LoadFindings(tenant_name("demo"))]);
    app.update(Msg::FindingsLoaded {
        tenant: tenant_name("demo"),
        result: Ok(support::findings()),
    });
    app.update(started("contoso", vec![Dataset::Users]));
    // A run ending in the background does not take the consultant off the findings.
    let effects = app.update(finished("mueller", Ok(())));
    assert_eq!(effects, loaded_after_run("mueller"));
    assert_eq!(app.screen, Screen::Findings);
    assert_eq!(app.findings.as_ref().unwrap().tenant, tenant_name("demo"));
    let effects = press(&mut app, KeyCode::Char('a'));
    assert!(effects.is_empty());
    assert_eq!(app.mode(), Mode::TriageNote);
    assert_eq!(
        app.runs
            .get(&tenant_name("contoso"))
            .unwrap()
            .datasets
            .len(),
        1
    );
}

#[test]
fn finished_run_opens_only_viewed_findings() {
    let mut app = two_runs();
    press(&mut app, KeyCode::Char('v'));
    assert_eq!(app.screen, Screen::Collection);
    assert_eq!(app.collection().unwrap().tenant, tenant_name("mueller"));
    let effects = app.update(finished("contoso", Ok(())));
    assert_eq!(effects, loaded_after_run("contoso"));
    assert_eq!(app.screen, Screen::Collection);
    let effects = app.update(finished("mueller", Ok(())));
    let mut expected = loaded_after_run("mueller");
    expected.push(Effect::LoadFindings(tenant_name("mueller")));
    assert_eq!(effects, expected);
}

/// Returns the effects of every successful run: the tenant list and the tenant's changes.
fn loaded_after_run(tenant: &str) -> Vec<Effect> {
    vec![
        Effect::LoadTenants,
        Effect::LoadChanges(tenant_name(tenant)),
    ]
}

#[test]
fn runs_screen_opens_selected_view() {
    let mut app = two_runs();
    press(&mut app, KeyCode::Char('R'));
    assert_eq!(app.screen, Screen::Runs);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Collection);
    assert_eq!(app.collection().unwrap().tenant, tenant_name("mueller"));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Runs);
}

#[test]
fn runs_screen_without_runs_only_toasts() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Char('R'));
    assert_eq!(app.screen, Screen::Tenants);
    assert_eq!(latest_toast(&app), "toast-no-runs");
}

#[test]
fn cancel_asks_then_cancels_only_that_run() {
    let mut app = two_runs();
    press(&mut app, KeyCode::Char('g'));
    assert!(press(&mut app, KeyCode::Char('x')).is_empty());
    assert_eq!(app.mode(), Mode::ConfirmCancel);
    let effects = press(&mut app, KeyCode::Char('y'));
    assert_eq!(effects, vec![Effect::CancelRun(tenant_name("contoso"))]);
    assert!(app.runs.get(&tenant_name("contoso")).unwrap().is_cancelling);

    app.update(finished("contoso", Err("interrupted".to_owned())));
    assert_eq!(run_phase(&app, "contoso"), RunPhase::Interrupted);
    assert_eq!(latest_toast(&app), "toast-run-cancelled");
    assert_eq!(app.runs.running(), vec![tenant_name("mueller")]);
}

#[test]
fn declined_cancel_keeps_the_run() {
    let mut app = two_runs();
    press(&mut app, KeyCode::Char('x'));
    assert!(press(&mut app, KeyCode::Char('n')).is_empty());
    assert_eq!(app.dialog, None);
    assert_eq!(app.runs.running().len(), 2);
}

#[test]
fn live_view_cancels_viewed_run() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Char('c'));
    press(&mut app, KeyCode::Char('x'));
    let effects = press(&mut app, KeyCode::Char('y'));
    assert_eq!(effects, vec![Effect::CancelRun(tenant_name("contoso"))]);
}

#[test]
fn cancel_without_a_run_only_toasts() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(app.dialog, None);
    assert_eq!(latest_toast(&app), "toast-no-run");
}

#[test]
fn quit_with_two_runs_asks_and_cancels_both() {
    let mut app = two_runs();
    assert!(press(&mut app, KeyCode::Char('q')).is_empty());
    assert_eq!(app.mode(), Mode::ConfirmQuit);
    let effects = press(&mut app, KeyCode::Char('y'));
    assert_eq!(effects, vec![Effect::CancelCollection, Effect::Quit]);
}

#[test]
fn quit_after_all_runs_ended_does_not_ask() {
    let mut app = two_runs();
    app.update(finished("contoso", Ok(())));
    app.update(finished("mueller", Err("sign-in failed".to_owned())));
    let effects = press_with(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(effects, vec![Effect::Quit]);
}

fn with_interrupted_mueller() -> App {
    let mut tenants = support::tenants();
    tenants[1].latest_state = Some(AssessmentState::Interrupted);
    let mut app = App::new(Lang::EnUs, support::NOW, None);
    app.update(Msg::TenantsLoaded(Ok(tenants)));
    app
}

#[test]
fn interrupted_assessment_is_offered_for_resume() {
    let mut app = with_interrupted_mueller();
    press(&mut app, KeyCode::Down);
    let effects = press(&mut app, KeyCode::Char('r'));
    assert_eq!(
        effects,
        vec![Effect::ResumeCollection(tenant_name("mueller"))]
    );
    assert_eq!(app.screen, Screen::Collection);
    assert!(app.runs.is_running(&tenant_name("mueller")));
}

#[test]
fn resume_without_interrupted_assessment_toasts() {
    let mut app = with_interrupted_mueller();
    assert!(press(&mut app, KeyCode::Char('r')).is_empty());
    assert_eq!(latest_toast(&app), "toast-nothing-to-resume");
    assert_eq!(app.screen, Screen::Tenants);
}

#[test]
fn run_cancelled_in_this_session_can_be_resumed() {
    let mut app = two_runs();
    press(&mut app, KeyCode::Char('x'));
    press(&mut app, KeyCode::Char('y'));
    app.update(finished("mueller", Err("interrupted".to_owned())));
    let effects = press(&mut app, KeyCode::Char('r'));
    assert_eq!(
        effects,
        vec![Effect::ResumeCollection(tenant_name("mueller"))]
    );
}

fn form(app: &App) -> &TenantForm {
    let Some(Dialog::TenantForm(form)) = &app.dialog else {
        panic!("the tenant form is not open: {:?}", app.dialog);
    };
    form
}

/// Fills the add form field by field with Tab in between.
fn fill_add_form(app: &mut App, fields: [&str; 4], source: &str) {
    press(app, KeyCode::Char('a'));
    for text in fields {
        type_text(app, text);
        press(app, KeyCode::Tab);
    }
    // Cloud and credential keep their first choice: global, secret in a variable.
    press(app, KeyCode::Tab);
    press(app, KeyCode::Tab);
    type_text(app, source);
}

#[test]
fn add_form_saves_a_valid_tenant() {
    let mut app = app_with_tenants(Lang::EnUs);
    fill_add_form(
        &mut app,
        ["fabrikam", "Fabrikam GmbH", GUID, GUID],
        "CRAY_FABRIKAM_SECRET",
    );
    let effects = press(&mut app, KeyCode::Enter);
    let [Effect::SaveTenant { tenant, is_new }] = effects.as_slice() else {
        panic!("expected one save: {effects:?}");
    };
    assert!(is_new);
    assert_eq!(tenant.name, tenant_name("fabrikam"));
    assert_eq!(tenant.cloud, Cloud::Global);
    assert_eq!(
        tenant.credential,
        CredentialRef::EnvVar {
            name: "CRAY_FABRIKAM_SECRET".to_owned()
        }
    );
    assert!(form(&app).is_saving);

    let effects = app.update(Msg::TenantSaved {
        tenant: tenant_name("fabrikam"),
        result: Ok(()),
    });
    assert_eq!(effects, vec![Effect::LoadTenants]);
    assert_eq!(app.dialog, None);
    assert_eq!(latest_toast(&app), "toast-tenant-saved");
}

#[test]
fn add_form_names_the_bad_field_and_value() {
    let mut app = app_with_tenants(Lang::EnUs);
    fill_add_form(
        &mut app,
        ["fabrikam", "Fabrikam GmbH", "not-a-guid", GUID],
        "CRAY_FABRIKAM_SECRET",
    );
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    let Some(FormProblem::Invalid { field, message }) = &form(&app).problem else {
        panic!("no problem recorded");
    };
    assert_eq!(*field, FormField::TenantId);
    assert!(message.contains("\"not-a-guid\""), "{message}");
    assert!(message.contains("Entra admin center"), "{message}");
    assert_eq!(form(&app).focus, FormField::TenantId);

    // Typing clears the error.
    press(&mut app, KeyCode::Backspace);
    assert_eq!(form(&app).problem, None);
}

#[test]
fn add_form_rejects_a_bad_short_name_and_variable() {
    let mut app = app_with_tenants(Lang::EnUs);
    fill_add_form(&mut app, ["Fabrikam", "F", GUID, GUID], "1BAD");
    press(&mut app, KeyCode::Enter);
    let problem = form(&app).problem.clone();
    assert!(
        matches!(&problem, Some(FormProblem::Invalid { field: FormField::Name, message })
            if message.contains("\"Fabrikam\"")),
        "{problem:?}"
    );

    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Delete);
    type_text(&mut app, "f");
    press(&mut app, KeyCode::Enter);
    let problem = form(&app).problem.clone();
    assert!(
        matches!(&problem, Some(FormProblem::Invalid { field: FormField::Source, message })
            if message.contains("\"1BAD\"")),
        "{problem:?}"
    );
}

#[test]
fn failed_save_keeps_the_form_with_the_error() {
    let mut app = app_with_tenants(Lang::EnUs);
    fill_add_form(
        &mut app,
        ["contoso", "Contoso", GUID, GUID],
        "CRAY_CONTOSO_SECRET",
    );
    press(&mut app, KeyCode::Enter);
    let error = "a tenant named contoso is already registered; choose another short name";
    app.update(Msg::TenantSaved {
        tenant: tenant_name("contoso"),
        result: Err(error.to_owned()),
    });
    assert_eq!(
        form(&app).problem,
        Some(FormProblem::Failed(error.to_owned()))
    );
    assert!(!form(&app).is_saving);
    assert_eq!(form(&app).display_name.value(), "Contoso");
}

#[test]
fn device_code_needs_no_source() {
    let mut app = app_with_tenants(Lang::EnUs);
    fill_add_form(&mut app, ["fabrikam", "Fabrikam", GUID, GUID], "");
    press_with(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(form(&app).focus, FormField::Credential);
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Tab);
    // The source is skipped: Tab wraps to the first field.
    assert_eq!(form(&app).focus, FormField::Name);
    let effects = press(&mut app, KeyCode::Enter);
    let [Effect::SaveTenant { tenant, .. }] = effects.as_slice() else {
        panic!("expected one save: {effects:?}");
    };
    assert_eq!(tenant.credential, CredentialRef::DeviceCode);
}

fn registered_mueller() -> Tenant {
    Tenant {
        name: tenant_name("mueller"),
        display_name: "Müller Bäckerei".to_owned(),
        tenant_id: GUID.to_owned(),
        cloud: Cloud::Global,
        client_id: GUID.to_owned(),
        credential: CredentialRef::Certificate {
            path: PathBuf::from("/certs/mueller.pem"),
            key_path: Some(PathBuf::from("/certs/mueller.key")),
            password: Some(SecretSource::Env {
                name: "CRAY_MUELLER_KEY".to_owned(),
            }),
        },
        endpoints: EndpointOverrides::default(),
        demo: false,
        local_id: "0123456789abcdef".to_owned(),
    }
}

#[test]
fn edit_form_keeps_fixed_fields_and_the_certificate() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Down);
    let effects = press(&mut app, KeyCode::Char('E'));
    assert_eq!(
        effects,
        vec![Effect::LoadTenantSettings(tenant_name("mueller"))]
    );
    app.update(Msg::TenantSettingsLoaded {
        tenant: tenant_name("mueller"),
        result: Ok(Box::new(registered_mueller())),
    });
    assert_eq!(form(&app).focus, FormField::DisplayName);
    assert!(!form(&app).is_editable(FormField::Name));
    assert!(!form(&app).is_editable(FormField::TenantId));
    type_text(&mut app, " GmbH");
    // Moving past the name does not stop at it.
    press(&mut app, KeyCode::Up);
    assert_eq!(form(&app).focus, FormField::Source);
    // Tab wraps to the display name, then skips the fixed tenant id.
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    assert_eq!(form(&app).focus, FormField::ClientId);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right);
    assert_eq!(form(&app).cloud, Cloud::UsGov);

    let effects = press(&mut app, KeyCode::Enter);
    let [Effect::SaveTenant { tenant, is_new }] = effects.as_slice() else {
        panic!("expected one save: {effects:?}");
    };
    assert!(!is_new);
    assert_eq!(tenant.display_name, "Müller Bäckerei GmbH");
    assert_eq!(tenant.cloud, Cloud::UsGov);
    assert_eq!(tenant.credential, registered_mueller().credential);
}

#[test]
fn demo_tenant_is_not_edited() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Char('G'));
    assert!(press(&mut app, KeyCode::Char('E')).is_empty());
    assert_eq!(latest_toast(&app), "toast-demo-not-editable");
}

#[test]
fn escape_closes_the_form_without_saving() {
    let mut app = app_with_tenants(Lang::EnUs);
    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "q");
    assert_eq!(form(&app).name.value(), "q");
    assert!(press(&mut app, KeyCode::Esc).is_empty());
    assert_eq!(app.dialog, None);
}
