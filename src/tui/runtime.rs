//! The event loop and the effect runner: the only part of the TUI that touches the terminal,
//! the clock, channels and the backend.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use crossterm::event::{Event, EventStream, KeyEventKind, MouseEvent, MouseEventKind};
use futures::StreamExt as _;
use time::OffsetDateTime;
use tokio::sync::mpsc;
use tokio::task::{AbortHandle, JoinSet};
use tokio_util::sync::CancellationToken;

use super::app::App;
use super::findings::RecentChanges;
use super::keymap::Keymap;
use super::msg::{Effect, Msg};
use super::screen::{Ui, detail_layout, finding_titles, hit_test, render};
use super::terminal::TerminalGuard;
use super::theme::{Theme, no_color_requested};
use super::{Backend, CollectRun, TuiOptions};
use crate::i18n::Localizer;
use crate::model::{CollectEvent, TenantName};

/// Redraw interval while a collection runs: 10 frames per second.
const FRAME_INTERVAL: Duration = Duration::from_millis(100);

/// Time that quitting waits for cancelled runs to record what they read.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(3);

/// Collector events buffered before the collector waits for the UI.
const COLLECT_EVENT_CAPACITY: usize = 256;

/// Messages applied per wake-up before drawing, so that a flood of events cannot starve the
/// screen.
const MAX_MESSAGES_PER_FRAME: usize = 512;

/// Starts the work of [`Effect`]s on the tokio runtime and sends the outcomes back as
/// [`Msg`]s; blocking backend calls run in `spawn_blocking`.
pub struct EffectRunner<B: Backend> {
    backend: Arc<B>,
    messages: mpsc::UnboundedSender<Msg>,
    collect_events: mpsc::Sender<(TenantName, CollectEvent)>,
    tasks: JoinSet<()>,
    runs: HashMap<TenantName, RunHandle>,
}

/// A collection run in progress: its token stops it and keeps what was read, aborting drops
/// it at once.
struct RunHandle {
    cancel: CancellationToken,
    task: AbortHandle,
}

impl<B: Backend> EffectRunner<B> {
    /// Creates a runner that reports outcomes on `messages` and the events of every
    /// collection run on `collect_events`, each with its tenant.
    pub fn new(
        backend: Arc<B>,
        messages: mpsc::UnboundedSender<Msg>,
        collect_events: mpsc::Sender<(TenantName, CollectEvent)>,
    ) -> Self {
        Self {
            backend,
            messages,
            collect_events,
            tasks: JoinSet::new(),
            runs: HashMap::new(),
        }
    }

    /// Starts the work of one effect in a task. [`Effect::Quit`] is left to the loop and
    /// does nothing here.
    pub fn perform(&mut self, effect: Effect) {
        match effect {
            Effect::LoadTenants => {
                self.run_blocking(|backend| Msg::TenantsLoaded(backend.tenants().map_err(text)));
            }
            Effect::AddDemoTenant => self.run_blocking(|backend| {
                Msg::DemoTenantAdded(backend.add_demo_tenant().map_err(text))
            }),
            Effect::LoadFindings(tenant) => self.run_blocking(move |backend| {
                let result = backend.findings(&tenant).map_err(text);
                Msg::FindingsLoaded { tenant, result }
            }),
            Effect::LoadStatistics(tenant) => self.run_blocking(move |backend| {
                let result = backend.statistics().map_err(|error| {
                    tracing::warn!(error = %error, "statistics not shown");
                    text(error)
                });
                Msg::StatisticsLoaded { tenant, result }
            }),
            Effect::SaveTriage { tenant, decision } => self.run_blocking(move |backend| {
                let result = backend.save_triage(&tenant, decision.clone()).map_err(text);
                Msg::TriageSaved {
                    tenant,
                    decision,
                    result,
                }
            }),
            Effect::StartCollection(tenant) => self.start_run(tenant, false),
            Effect::ResumeCollection(tenant) => self.start_run(tenant, true),
            Effect::CancelRun(tenant) => {
                if let Some(run) = self.runs.get(&tenant) {
                    run.cancel.cancel();
                }
            }
            Effect::CancelCollection => {
                for run in self.runs.values() {
                    run.cancel.cancel();
                }
            }
            Effect::LoadTenantSettings(tenant) => self.run_blocking(move |backend| {
                let result = backend.tenant_settings(&tenant).map(Box::new).map_err(text);
                Msg::TenantSettingsLoaded { tenant, result }
            }),
            Effect::SaveTenant { tenant, is_new } => self.run_blocking(move |backend| {
                let name = tenant.name.clone();
                let result = backend.save_tenant(*tenant, is_new).map_err(text);
                Msg::TenantSaved {
                    tenant: name,
                    result,
                }
            }),
            Effect::ExportReport {
                tenant,
                lang,
                format,
                path,
            } => {
                let export = self.backend.export_report(&tenant, lang, format, path);
                self.run_async(async move { Msg::ExportFinished(export.await.map_err(text)) });
            }
            Effect::PurgeTenant(tenant) => self.run_blocking(move |backend| {
                let result = backend.purge_tenant(&tenant).map_err(text);
                Msg::TenantPurged { tenant, result }
            }),
            Effect::AskKeyStorage => self.run_blocking(|backend| {
                Msg::KeyStorageQuestion(backend.key_storage_question().map_err(text))
            }),
            Effect::SetKeyStorage(choice) => self.run_blocking(move |backend| {
                let result = backend.set_key_storage(choice).map_err(text);
                Msg::KeyStorageSet { choice, result }
            }),
            Effect::Quit => {}
            Effect::SaveAnnotation { tenant, change } => self.run_blocking(move |backend| {
                let result = backend
                    .save_annotation(&tenant, change.clone())
                    .map_err(text);
                Msg::AnnotationSaved {
                    tenant,
                    change,
                    result,
                }
            }),
            Effect::LoadHistory(tenant) => self.run_blocking(move |backend| {
                let result = backend.history(&tenant).map_err(text);
                Msg::HistoryLoaded { tenant, result }
            }),
            Effect::LoadChanges(tenant) => self.run_blocking(move |backend| {
                let result = recent_changes(backend, &tenant).map_err(|error| {
                    tracing::warn!(tenant = %tenant, error = %error, "comparing the two newest assessments failed");
                    text(error)
                });
                Msg::ChangesLoaded { tenant, result }
            }),
            Effect::LoadDiff { tenant, old, new } => self.run_blocking(move |backend| {
                let result = backend.diff(&tenant, old, new).map_err(text);
                Msg::DiffLoaded { tenant, result }
            }),
            Effect::DeleteAssessment { tenant, id } => self.run_blocking(move |backend| {
                let result = backend.delete_assessment(&tenant, id).map_err(text);
                Msg::AssessmentDeleted { tenant, id, result }
            }),
        }
    }

    /// Asks the backend for notices and delivers each as [`Msg::Notice`]; the loop calls it
    /// at start, and every finished effect does it too.
    pub fn check_notices(&mut self) {
        let backend = Arc::clone(&self.backend);
        let messages = self.messages.clone();
        self.tasks.spawn(async move {
            match tokio::task::spawn_blocking(move || backend.notices()).await {
                Ok(notices) => deliver_notices(&messages, notices),
                Err(error) => tracing::error!(%error, "reading the backend notices failed"),
            }
        });
    }

    /// Drops finished tasks and logs the ones that panicked.
    pub fn reap(&mut self) {
        while let Some(outcome) = self.tasks.try_join_next() {
            if let Err(error) = outcome {
                tracing::error!(%error, "a TUI background task failed");
            }
        }
        self.runs.retain(|_, run| !run.task.is_finished());
    }

    /// Cancels every run and waits up to `grace` for them to record what they read, so that
    /// each can be resumed. Runs still going after that are dropped.
    pub async fn shutdown(&mut self, grace: Duration) {
        for run in self.runs.values() {
            run.cancel.cancel();
        }
        let handles: Vec<AbortHandle> = self.runs.drain().map(|(_, run)| run.task).collect();
        let all_ended = async {
            while handles.iter().any(|task| !task.is_finished()) {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        };
        if tokio::time::timeout(grace, all_ended).await.is_err() {
            tracing::warn!("a collection run did not stop in time and was dropped");
        }
    }

    /// Starts or resumes the run of `tenant`. Its events are forwarded with the tenant in
    /// the same task, so that the last event is queued before the run's end is reported.
    fn start_run(&mut self, tenant: TenantName, resume: bool) {
        let cancel = CancellationToken::new();
        let (events_tx, mut events_rx) = mpsc::channel(COLLECT_EVENT_CAPACITY);
        let run = CollectRun {
            resume,
            cancel: cancel.clone(),
        };
        let collect = self.backend.collect_run(&tenant, events_tx, run);
        let tagged = self.collect_events.clone();
        let name = tenant.clone();
        let forward = async move {
            while let Some(event) = events_rx.recv().await {
                if tagged.send((name.clone(), event)).await.is_err() {
                    break;
                }
            }
        };
        let key = tenant.clone();
        let task = self.run_async(async move {
            let (result, ()) = tokio::join!(collect, forward);
            let result = result.map_err(text);
            Msg::CollectionFinished { tenant, result }
        });
        self.runs.insert(key, RunHandle { cancel, task });
    }

    fn run_blocking<F>(&mut self, work: F)
    where
        F: FnOnce(&B) -> Msg + Send + 'static,
    {
        let backend = Arc::clone(&self.backend);
        let messages = self.messages.clone();
        self.tasks.spawn(async move {
            let work = move || (work(&backend), backend.notices());
            match tokio::task::spawn_blocking(work).await {
                Ok((msg, notices)) => {
                    deliver(&messages, msg);
                    deliver_notices(&messages, notices);
                }
                Err(error) => tracing::error!(%error, "a blocking backend call failed"),
            }
        });
    }

    fn run_async<F>(&mut self, work: F) -> AbortHandle
    where
        F: Future<Output = Msg> + Send + 'static,
    {
        let backend = Arc::clone(&self.backend);
        let messages = self.messages.clone();
        self.tasks.spawn(async move {
            deliver(&messages, work.await);
            let notices = tokio::task::spawn_blocking(move || backend.notices()).await;
            match notices {
                Ok(notices) => deliver_notices(&messages, notices),
                Err(error) => tracing::error!(%error, "reading the backend notices failed"),
            }
        })
    }
}

fn deliver_notices(messages: &mpsc::UnboundedSender<Msg>, notices: Vec<String>) {
    for notice in notices {
        deliver(messages, Msg::Notice(notice));
    }
}

fn deliver(messages: &mpsc::UnboundedSender<Msg>, msg: Msg) {
    if messages.send(msg).is_err() {
        tracing::debug!("the TUI closed before a background result arrived");
    }
}

/// Formats an error with its causes, as shown in a toast.
fn text(error: anyhow::Error) -> String {
    crate::diagnostic::error_text(error.as_ref())
}

/// Compares the tenant's two newest evaluated assessments, or returns `None` when it has
/// only one.
fn recent_changes<B: Backend>(
    backend: &B,
    tenant: &TenantName,
) -> anyhow::Result<Option<RecentChanges>> {
    let history = backend.history(tenant)?;
    let Some((older, newer)) = RecentChanges::latest_pair(&history) else {
        return Ok(None);
    };
    let diff = backend.diff(tenant, older.assessment.id, newer.assessment.id)?;
    Ok(Some(RecentChanges::from_diff(
        older.assessment.started_at,
        &diff,
    )))
}

/// Something that woke the loop: terminal input is mapped to a message only when it is
/// applied, because an earlier message may change the mode.
enum Wake {
    Terminal(Event),
    Msg(Msg),
    Tick,
}

/// Runs the TUI until the consultant quits; see [`super::run`].
pub async fn run<B: Backend>(backend: Arc<B>, options: TuiOptions) -> anyhow::Result<()> {
    let l10n = Localizer::new(options.lang).context("loading the interface texts failed")?;
    let no_color = no_color_requested(std::env::var_os("NO_COLOR").as_deref());
    let theme = Theme::builtin(options.theme, no_color).context("loading the theme failed")?;
    let keymap = Keymap::with_overrides(&options.keys).context("the config file is invalid")?;
    let ui = Ui {
        theme: &theme,
        l10n: &l10n,
        keymap: &keymap,
    };
    let mut app = App::new(options.lang, OffsetDateTime::now_utc(), options.open_tenant);

    let (messages_tx, messages_rx) = mpsc::unbounded_channel();
    let (events_tx, events_rx) = mpsc::channel(COLLECT_EVENT_CAPACITY);
    let mut runner = EffectRunner::new(backend, messages_tx, events_tx);
    let mut channels = Channels {
        input: EventStream::new(),
        collect_events: events_rx,
        messages: messages_rx,
    };
    let mut guard = TerminalGuard::enter().context("setting up the terminal failed")?;

    for effect in app.init() {
        runner.perform(effect);
    }
    runner.check_notices();
    let result = event_loop(&mut guard, &mut app, &ui, &mut runner, &mut channels).await;
    // The runs stop at their next page and mark their assessments interrupted. A run that
    // takes longer is dropped, and the workspace marks it interrupted when it next opens the
    // store.
    // Nothing reads the event channel any more, so it closes first: a run never waits on a
    // full channel while it stops.
    drop(guard);
    drop(channels);
    runner.shutdown(SHUTDOWN_GRACE).await;
    result
}

struct Channels {
    input: EventStream,
    collect_events: mpsc::Receiver<(TenantName, CollectEvent)>,
    messages: mpsc::UnboundedReceiver<Msg>,
}

async fn event_loop<B: Backend>(
    guard: &mut TerminalGuard,
    app: &mut App,
    ui: &Ui<'_>,
    runner: &mut EffectRunner<B>,
    channels: &mut Channels,
) -> anyhow::Result<()> {
    let mut tick = tokio::time::interval(FRAME_INTERVAL);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);

    loop {
        app.update(Msg::Clock(OffsetDateTime::now_utc()));
        let size = guard
            .terminal()
            .size()
            .context("reading the terminal size failed")?;
        let area = ratatui::layout::Rect::new(0, 0, size.width, size.height);
        prepare_frame(app, ui, area);
        guard
            .terminal()
            .draw(|frame| render(frame, app, ui))
            .context("drawing the terminal failed")?;
        let wake_in = app.next_wake().map(until);

        let first = tokio::select! {
            input = channels.input.next() => match input {
                Some(Ok(event)) => Wake::Terminal(event),
                Some(Err(error)) => return Err(error).context("reading terminal input failed"),
                None => return Ok(()),
            },
            Some((tenant, event)) = channels.collect_events.recv() => {
                Wake::Msg(Msg::Collect { tenant, event })
            }
            Some(msg) = channels.messages.recv() => Wake::Msg(msg),
            _ = tick.tick(), if app.is_collecting() => Wake::Tick,
            () = tokio::time::sleep(wake_in.unwrap_or_default()), if wake_in.is_some() => {
                Wake::Tick
            }
        };
        let pending = drain(first, channels);
        if apply(pending, app, ui, area, runner) == Flow::Quit {
            return Ok(());
        }
        runner.reap();
    }
}

/// Sends the app what the next frame's layout measures: the detail pane's scroll limit and
/// height, and the localized titles the search needs. The loop calls it before each draw.
pub fn prepare_frame(app: &mut App, ui: &Ui<'_>, area: ratatui::layout::Rect) {
    if let Some(titles) = finding_titles(app, ui) {
        app.update(Msg::FindingTitles(titles));
    }
    if let Some((max, height)) = detail_layout(app, ui, area) {
        app.update(Msg::DetailMaxScroll(max));
        app.update(Msg::DetailPage(height));
    }
}

/// Lines one wheel notch scrolls.
const WHEEL_LINES: isize = 3;

/// Turns a mouse event into a click or wheel message for the part of the screen under it.
fn mouse_message(
    event: MouseEvent,
    app: &App,
    ui: &Ui<'_>,
    area: ratatui::layout::Rect,
) -> Option<Msg> {
    let hit = hit_test(app, ui, area, event.column, event.row)?;
    match event.kind {
        MouseEventKind::Down(crossterm::event::MouseButton::Left) => Some(Msg::Click(hit)),
        MouseEventKind::ScrollDown => Some(Msg::Wheel {
            hit,
            lines: WHEEL_LINES,
        }),
        MouseEventKind::ScrollUp => Some(Msg::Wheel {
            hit,
            lines: -WHEEL_LINES,
        }),
        _ => None,
    }
}

/// Returns the time from now until `at`, zero when it has passed.
fn until(at: OffsetDateTime) -> Duration {
    let left = at - OffsetDateTime::now_utc();
    Duration::try_from(left).unwrap_or_default()
}

/// Collects the messages that are already waiting, up to [`MAX_MESSAGES_PER_FRAME`].
/// Collector events come before effect outcomes so that a run's last events precede its end.
///
/// Terminal input is not drained here. crossterm 0.29's `EventStream` keeps the waker of the
/// first poll that returned `Pending` until an event arrives, so a poll with a no-op waker
/// (`now_or_never`) would leave the loop deaf to keys. One key per wake-up is plenty.
fn drain(first: Wake, channels: &mut Channels) -> VecDeque<Wake> {
    let mut pending = VecDeque::from([first]);
    while pending.len() < MAX_MESSAGES_PER_FRAME {
        if let Ok((tenant, event)) = channels.collect_events.try_recv() {
            pending.push_back(Wake::Msg(Msg::Collect { tenant, event }));
        } else if let Ok(msg) = channels.messages.try_recv() {
            pending.push_back(Wake::Msg(msg));
        } else {
            break;
        }
    }
    pending
}

#[derive(Debug, PartialEq, Eq)]
enum Flow {
    Continue,
    Quit,
}

/// Applies the pending wake-ups; `area` is the terminal size of the last draw, which the
/// mouse hit test lays the screen out in.
fn apply<B: Backend>(
    pending: VecDeque<Wake>,
    app: &mut App,
    ui: &Ui<'_>,
    area: ratatui::layout::Rect,
    runner: &mut EffectRunner<B>,
) -> Flow {
    for wake in pending {
        let msg = match wake {
            Wake::Msg(msg) => msg,
            Wake::Terminal(Event::Key(key)) if key.kind == KeyEventKind::Press => {
                let Some(msg) = ui.keymap.message(app.mode(), key) else {
                    continue;
                };
                msg
            }
            Wake::Terminal(Event::Mouse(event)) => {
                let Some(msg) = mouse_message(event, app, ui, area) else {
                    continue;
                };
                msg
            }
            // A resize needs no message: the next draw adapts to the new size.
            Wake::Terminal(_) | Wake::Tick => continue,
        };
        for effect in app.update(msg) {
            if effect == Effect::Quit {
                return Flow::Quit;
            }
            runner.perform(effect);
        }
    }
    Flow::Continue
}
