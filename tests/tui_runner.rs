//! The effect runner against a fake backend: effects go out, outcomes come back as messages,
//! and a whole session runs headless from start-up to saved triage.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

#[path = "support/tui.rs"]
mod support;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context as _, anyhow};
use cray::i18n::Lang;
use cray::model::{
    CheckId, CollectEvent, Dataset, Finding, TenantName, TenantSummary, TriageDecision,
    TriageStatus,
};
use cray::report::ReportFormat;
use cray::tui::{App, Backend, Effect, EffectRunner, Msg, Screen, ToastLevel};
use crossterm::event::KeyCode;
use futures::FutureExt as _;
use futures::future::BoxFuture;
use support::{NOW, press, tenant_name, type_text};
use tokio::sync::mpsc;

/// A backend that serves the fixture data and records what it was asked to do.
#[derive(Default)]
struct FakeBackend {
    fail_findings: bool,
    demo_added: Mutex<bool>,
    saved: Mutex<Vec<(TenantName, TriageDecision)>>,
    exported: Mutex<Vec<(TenantName, Lang, ReportFormat, PathBuf)>>,
    purged: Mutex<Vec<TenantName>>,
    notices: Mutex<Vec<String>>,
}

impl Backend for FakeBackend {
    fn tenants(&self) -> anyhow::Result<Vec<TenantSummary>> {
        Ok(support::tenants())
    }

    fn add_demo_tenant(&self) -> anyhow::Result<()> {
        *self.demo_added.lock().unwrap() = true;
        Ok(())
    }

    fn findings(&self, tenant: &TenantName) -> anyhow::Result<Vec<Finding>> {
        if self.fail_findings {
            return Err(anyhow!("database is locked"))
                .context(format!("opening store of {tenant}"));
        }
        Ok(support::findings())
    }

    fn save_triage(&self, tenant: &TenantName, decision: TriageDecision) -> anyhow::Result<()> {
        self.saved.lock().unwrap().push((tenant.clone(), decision));
        Ok(())
    }

    fn purge_tenant(&self, tenant: &TenantName) -> anyhow::Result<String> {
        self.purged.lock().unwrap().push(tenant.clone());
        Ok("no leftovers found".to_owned())
    }

    fn notices(&self) -> Vec<String> {
        std::mem::take(&mut *self.notices.lock().unwrap())
    }

    fn collect(
        &self,
        _tenant: &TenantName,
        events: mpsc::Sender<CollectEvent>,
    ) -> BoxFuture<'static, anyhow::Result<()>> {
        async move {
            let script = [
                CollectEvent::Started {
                    datasets: vec![Dataset::Users, Dataset::Groups],
                },
                CollectEvent::DatasetStarted {
                    dataset: Dataset::Users,
                },
                CollectEvent::PageRead {
                    dataset: Dataset::Users,
                    pages: 1,
                    objects: 100,
                },
                CollectEvent::DatasetFinished {
                    dataset: Dataset::Users,
                    objects: 100,
                },
                CollectEvent::DatasetFinished {
                    dataset: Dataset::Groups,
                    objects: 7,
                },
                CollectEvent::Finished,
            ];
            for event in script {
                events.send(event).await?;
            }
            Ok(())
        }
        .boxed()
    }

    fn export_report(
        &self,
        tenant: &TenantName,
        lang: Lang,
        format: ReportFormat,
        path: PathBuf,
    ) -> BoxFuture<'static, anyhow::Result<PathBuf>> {
        self.exported
            .lock()
            .unwrap()
            .push((tenant.clone(), lang, format, path.clone()));
        async move { Ok(path) }.boxed()
    }
}

struct Harness {
    backend: Arc<FakeBackend>,
    runner: EffectRunner<FakeBackend>,
    messages: mpsc::UnboundedReceiver<Msg>,
    events: mpsc::Receiver<(TenantName, CollectEvent)>,
}

impl Harness {
    fn new(backend: FakeBackend) -> Self {
        let backend = Arc::new(backend);
        let (messages_tx, messages) = mpsc::unbounded_channel();
        let (events_tx, events) = mpsc::channel(16);
        let runner = EffectRunner::new(Arc::clone(&backend), messages_tx, events_tx);
        Self {
            backend,
            runner,
            messages,
            events,
        }
    }

    /// Waits for the next effect outcome.
    async fn next_message(&mut self) -> Msg {
        tokio::time::timeout(Duration::from_secs(5), self.messages.recv())
            .await
            .expect("no message within 5 s")
            .expect("message channel closed")
    }

    /// Runs `effects` and feeds every outcome and collector event back into `app` until
    /// nothing is left in flight.
    async fn settle(&mut self, app: &mut App, effects: Vec<Effect>) {
        let mut in_flight = 0;
        for effect in effects {
            in_flight += 1;
            self.runner.perform(effect);
        }
        while in_flight > 0 {
            let msg = tokio::select! {
                Some((tenant, event)) = self.events.recv() => Msg::Collect { tenant, event },
                msg = self.messages.recv() => {
                    in_flight -= 1;
                    msg.expect("message channel closed")
                }
                () = tokio::time::sleep(Duration::from_secs(5)) => panic!("session stalled"),
            };
            for effect in app.update(msg) {
                in_flight += 1;
                self.runner.perform(effect);
            }
        }
        while let Ok((tenant, event)) = self.events.try_recv() {
            app.update(Msg::Collect { tenant, event });
        }
    }
}

#[tokio::test]
async fn load_tenants_returns_backend_list() {
    let mut harness = Harness::new(FakeBackend::default());
    harness.runner.perform(Effect::LoadTenants);
    let msg = harness.next_message().await;
    assert_eq!(msg, Msg::TenantsLoaded(Ok(support::tenants())));
}

#[tokio::test]
async fn backend_error_keeps_its_context() {
    let mut harness = Harness::new(FakeBackend {
        fail_findings: true,
        ..FakeBackend::default()
    });
    harness
        .runner
        .perform(Effect::LoadFindings(tenant_name("contoso")));
    let Msg::FindingsLoaded {
        result: Err(error), ..
    } = harness.next_message().await
    else {
        panic!("expected a failed FindingsLoaded");
    };
    assert_eq!(error, "opening store of contoso: database is locked");
}

#[tokio::test]
async fn collection_streams_events_then_finishes() {
    let mut harness = Harness::new(FakeBackend::default());
    harness
        .runner
        .perform(Effect::StartCollection(tenant_name("contoso")));
    let finished = harness.next_message().await;
    assert_eq!(
        finished,
        Msg::CollectionFinished {
            tenant: tenant_name("contoso"),
            result: Ok(())
        }
    );
    let mut events = Vec::new();
    while let Ok(event) = harness.events.try_recv() {
        events.push(event);
    }
    assert_eq!(events.len(), 6);
    assert!(
        events
            .iter()
            .all(|(tenant, _)| tenant.as_str() == "contoso")
    );
    assert_eq!(events.last().map(|(_, e)| e), Some(&CollectEvent::Finished));
}

#[tokio::test]
async fn export_passes_language_format_and_path() {
    let mut harness = Harness::new(FakeBackend::default());
    let path = PathBuf::from("contoso-report-2026-12-04.csv");
    harness.runner.perform(Effect::ExportReport {
        tenant: tenant_name("contoso"),
        lang: Lang::DeDe,
        format: ReportFormat::Csv,
        path: path.clone(),
    });
    assert_eq!(
        harness.next_message().await,
        Msg::ExportFinished(Ok(path.clone()))
    );
    let exported = harness.backend.exported.lock().unwrap().clone();
    assert_eq!(
        exported,
        vec![(tenant_name("contoso"), Lang::DeDe, ReportFormat::Csv, path)]
    );
}

#[tokio::test]
async fn demo_tenant_is_added() {
    let mut harness = Harness::new(FakeBackend::default());
    harness.runner.perform(Effect::AddDemoTenant);
    assert_eq!(harness.next_message().await, Msg::DemoTenantAdded(Ok(())));
    assert!(*harness.backend.demo_added.lock().unwrap());
}

#[tokio::test]
async fn session_collects_opens_findings_and_saves_triage() {
    let mut harness = Harness::new(FakeBackend::default());
    let mut app = App::new(Lang::EnUs, NOW, None);
    let start = app.init();
    harness.settle(&mut app, start).await;
    assert_eq!(app.tenants.tenants.len(), 4);

    let collect = press(&mut app, KeyCode::Char('c'));
    harness.settle(&mut app, collect).await;
    assert_eq!(app.screen, Screen::Findings);
    assert_eq!(app.collection().unwrap().objects(), 107);
    assert_eq!(app.findings.as_ref().unwrap().findings.len(), 5);

    press(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Emergency access account");
    let save = press(&mut app, KeyCode::Enter);
    harness.settle(&mut app, save).await;

    let saved = harness.backend.saved.lock().unwrap().clone();
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].0, tenant_name("contoso"));
    assert_eq!(
        saved[0].1.check_id,
        CheckId("CRAY-TEST-MFA-ADMINS".to_owned())
    );
    assert_eq!(saved[0].1.note, "Emergency access account");
    let finding = app.findings.as_ref().unwrap().selected_finding().unwrap();
    assert_eq!(finding.triage, TriageStatus::AcceptedRisk);
}

#[tokio::test]
async fn purge_reports_the_summary() {
    let mut harness = Harness::new(FakeBackend::default());
    harness
        .runner
        .perform(Effect::PurgeTenant(tenant_name("fabrikam")));
    let expected = Msg::TenantPurged {
        tenant: tenant_name("fabrikam"),
        result: Ok("no leftovers found".to_owned()),
    };
    assert_eq!(harness.next_message().await, expected);
    let purged = harness.backend.purged.lock().unwrap().clone();
    assert_eq!(purged, vec![tenant_name("fabrikam")]);
}

#[tokio::test]
async fn notice_after_an_effect_shows_as_warning_toast() {
    let notice = "no keychain: the tenant key is kept in a key file".to_owned();
    let mut harness = Harness::new(FakeBackend {
        notices: Mutex::new(vec![notice.clone()]),
        ..FakeBackend::default()
    });
    let mut app = App::new(Lang::EnUs, NOW, None);
    harness.runner.perform(Effect::AddDemoTenant);
    assert_eq!(harness.next_message().await, Msg::DemoTenantAdded(Ok(())));
    let msg = harness.next_message().await;
    assert_eq!(msg, Msg::Notice(notice.clone()));
    app.update(msg);
    let toast = app.toasts.latest().unwrap();
    assert_eq!(
        (toast.message_id, toast.level, toast.args.clone()),
        ("toast-notice", ToastLevel::Warning, vec![("text", notice)])
    );
}

#[tokio::test]
async fn notices_are_checked_at_start() {
    let mut harness = Harness::new(FakeBackend {
        notices: Mutex::new(vec!["first notice".to_owned()]),
        ..FakeBackend::default()
    });
    harness.runner.check_notices();
    let msg = harness.next_message().await;
    assert_eq!(msg, Msg::Notice("first notice".to_owned()));
}

#[tokio::test]
async fn two_runs_tag_their_events() {
    let mut harness = Harness::new(FakeBackend::default());
    for tenant in ["contoso", "mueller"] {
        harness
            .runner
            .perform(Effect::StartCollection(tenant_name(tenant)));
    }
    let mut finished = Vec::new();
    for _ in 0..2 {
        let Msg::CollectionFinished { tenant, result } = harness.next_message().await else {
            panic!("expected a finished run");
        };
        assert_eq!(result, Ok(()));
        finished.push(tenant);
    }
    finished.sort();
    assert_eq!(
        finished,
        vec![tenant_name("contoso"), tenant_name("mueller")]
    );
    let mut events = Vec::new();
    while let Ok(event) = harness.events.try_recv() {
        events.push(event);
    }
    for tenant in ["contoso", "mueller"] {
        let count = events.iter().filter(|(t, _)| t.as_str() == tenant).count();
        assert_eq!(count, 6, "{tenant}: {events:?}");
    }
}
