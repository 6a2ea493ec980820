//! Benchmark of the TUI, drawn into a ratatui `TestBackend` of 120x40. It times one frame of
//! the findings screen with a finding of 100k affected objects, and a keystroke up to the drawn
//! frame. It also times the cold start of a process over a workspace with 50 registered tenants
//! up to the first drawn tenants frame. Each figure is the median of several runs, printed next
//! to its target.
//!
//!   cargo run --release --example tui_bench -- [FRAMES]
//!
//! FRAMES (default 200) is the number of frames and of keystrokes measured. The workspace of
//! the cold start lives in a temporary directory: 50 tenants, each with one evaluated
//! assessment imported from `tests/data/import/tenant`, keys in key files. The cold start runs
//! this program again as a child (`tui_bench --cold-start HOME`) and times it from spawning
//! the process to the child's report that its first frame is drawn. With `TUI_BENCH_KEEP_HOME`
//! set to a folder, the workspace is copied there for a look after the run.

use std::collections::BTreeMap;
use std::io::{BufRead as _, BufReader, Write as _};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};
use cray::i18n::{Lang, Localizer};
use cray::keys::KeyStorage;
use cray::model::{AffectedObject, Finding, Status, TenantName};
use cray::paths::Paths;
use cray::tenant::{CredentialRef, Tenant};
use cray::tui::{App, Backend as _, Keymap, Msg, Theme, Ui, WorkspaceBackend, prepare_frame};
use cray::workspace::Workspace;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use time::OffsetDateTime;

/// Terminal size of every drawn frame.
const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;

/// Affected objects of the large finding.
const OBJECTS: usize = 100_000;

/// Registered tenants of the cold start.
const TENANTS: usize = 50;

/// Child processes timed for the cold start.
const COLD_RUNS: usize = 5;

const FRAME_TARGET: Duration = Duration::from_millis(5);
const KEYSTROKE_TARGET: Duration = Duration::from_millis(16);
const COLD_START_TARGET: Duration = Duration::from_millis(150);

/// Line the child prints once its first tenants frame is drawn.
const DRAWN: &str = "first-frame-drawn";

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag, home] if flag == "--cold-start" => cold_start(Path::new(home)),
        [] => run(200),
        [frames] => run(frames.parse().context("FRAMES is a number")?),
        _ => bail!("usage: tui_bench [FRAMES]"),
    }
}

fn run(frames: usize) -> Result<()> {
    let home = tempfile::tempdir()?;
    let setup = Instant::now();
    let findings = create_workspace(home.path())?;
    if let Some(keep) = std::env::var_os("TUI_BENCH_KEEP_HOME") {
        copy_dir(home.path(), Path::new(&keep))?;
    }
    println!(
        "workspace: {TENANTS} tenants, each with one evaluated assessment of {} findings \
         (created in {:.1} s)",
        findings.len(),
        setup.elapsed().as_secs_f64()
    );

    let l10n = Localizer::new(Lang::EnUs)?;
    let theme = Theme::dark(false)?;
    let keymap = Keymap::default();
    let ui = Ui {
        theme: &theme,
        l10n: &l10n,
        keymap: &keymap,
    };
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT))?;
    let mut app = findings_app(findings)?;

    let frame = median(frames, || {
        let start = Instant::now();
        draw(&mut terminal, &mut app, &ui)?;
        Ok(start.elapsed())
    })?;
    report("frame", "frame_ms", frame, FRAME_TARGET, frames);

    let keys = [KeyCode::PageDown, KeyCode::Char('j'), KeyCode::Char('k')];
    let mut presses = keys.iter().cycle();
    let keystroke = median(frames, || {
        let code = *presses.next().unwrap_or(&KeyCode::PageDown);
        let start = Instant::now();
        let event = KeyEvent::new(code, KeyModifiers::NONE);
        if let Some(msg) = keymap.message(app.mode(), event) {
            app.update(msg);
        }
        draw(&mut terminal, &mut app, &ui)?;
        Ok(start.elapsed())
    })?;
    report(
        "keystroke",
        "keystroke_ms",
        keystroke,
        KEYSTROKE_TARGET,
        frames,
    );

    let cold = median(COLD_RUNS, || time_child(home.path()))?;
    report(
        "cold start",
        "cold_start_ms",
        cold,
        COLD_START_TARGET,
        COLD_RUNS,
    );
    println!("RESULT peak_mb={:.0}", peak_mb());
    Ok(())
}

/// Registers the tenants, imports one assessment into each and returns the findings of the
/// first one.
fn create_workspace(home: &Path) -> Result<Vec<Finding>> {
    let paths = Paths::under(home);
    std::fs::create_dir_all(&paths.config_dir)?;
    cray::config::set_key_storage(&paths, KeyStorage::Keyfile)?;
    let workspace = Workspace::open(paths)?;
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/import/tenant");
    let runtime = tokio::runtime::Runtime::new()?;
    for index in 0..TENANTS {
        let name = format!("bench-{index:02}");
        workspace.add_tenant(bench_tenant(&name, index)?)?;
        runtime.block_on(workspace.import(&name, &folder))?;
    }
    let (_, findings) = workspace.findings("bench-00")?;
    Ok(findings)
}

fn bench_tenant(name: &str, index: usize) -> Result<Tenant> {
    Ok(Tenant {
        name: TenantName::new(name)?,
        display_name: format!("Bench customer {index}"),
        tenant_id: format!("00000000-0000-4000-8000-{index:012}"),
        cloud: cray::tenant::Cloud::Global,
        client_id: "c0ffee00-c4a7-4d3e-9b1a-5e6f7a8b9c0d".to_owned(),
        credential: CredentialRef::EnvVar {
            name: "CRAY_BENCH_SECRET".to_owned(),
        },
        endpoints: cray::tenant::EndpointOverrides::default(),
        demo: false,
        local_id: cray::tenant::new_local_id(),
    })
}

/// Returns an app on the findings screen whose selected finding has [`OBJECTS`] affected
/// objects.
fn findings_app(mut findings: Vec<Finding>) -> Result<App> {
    let failed = findings
        .iter_mut()
        .find(|f| f.status == Status::Fail)
        .context("the imported assessment has no failed finding")?;
    failed.affected = (0..OBJECTS)
        .map(|index| AffectedObject {
            id: format!("5b1e0c1a-{index:08}"),
            display_name: format!("Bench user {index}"),
            reason: "Global Administrator without MFA".to_owned(),
            reason_message: None,
        })
        .collect();
    let selected = failed.check_id.clone();

    let tenant = TenantName::new("bench-00")?;
    let mut app = App::new(Lang::EnUs, OffsetDateTime::now_utc(), Some(tenant.clone()));
    let summary = cray::model::TenantSummary {
        name: tenant.clone(),
        display_name: "Bench customer 0".to_owned(),
        tenant_id: String::new(),
        is_demo: false,
        last_assessed: Some(OffsetDateTime::now_utc()),
        open_by_severity: [0; 5],
        passed: 0,
        not_assessable: 0,
        score: None,
        latest_state: None,
    };
    app.update(Msg::TenantsLoaded(Ok(vec![summary])));
    app.update(Msg::FindingsLoaded {
        tenant,
        result: Ok(findings),
    });
    let state = app
        .findings
        .as_mut()
        .context("the findings screen is not open")?;
    let row = state
        .visible
        .iter()
        .position(|&index| state.findings[index].check_id == selected)
        .context("the large finding is not shown")?;
    state.select(row);
    Ok(app)
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &mut App, ui: &Ui<'_>) -> Result<()> {
    prepare_frame(app, ui, Rect::new(0, 0, WIDTH, HEIGHT));
    terminal.draw(|frame| cray::tui::render(frame, app, ui))?;
    Ok(())
}

/// Runs the child and returns the time from spawning it to its report of the first frame.
fn time_child(home: &Path) -> Result<Duration> {
    let start = Instant::now();
    let mut child = Command::new(std::env::current_exe()?)
        .arg("--cold-start")
        .arg(home)
        .stdout(Stdio::piped())
        .spawn()?;
    let stdout = child.stdout.take().context("no stdout of the child")?;
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line)?;
    let elapsed = start.elapsed();
    let status = child.wait()?;
    let Some(phases) = line.trim().strip_prefix(DRAWN) else {
        bail!("the cold start child failed: {status}, printed {line:?}");
    };
    if !status.success() {
        bail!("the cold start child failed: {status}");
    }
    println!(
        "  cold start run: {:.1} ms;{phases}",
        elapsed.as_secs_f64() * 1000.0
    );
    Ok(elapsed)
}

/// Time spent in each step of the child, as ` step=ms` pairs.
struct Phases {
    last: Instant,
    text: String,
}

impl Default for Phases {
    fn default() -> Self {
        Self {
            last: Instant::now(),
            text: String::new(),
        }
    }
}

impl Phases {
    fn mark(&mut self, step: &str) {
        let now = Instant::now();
        let ms = (now - self.last).as_secs_f64() * 1000.0;
        self.text.push_str(&format!(" {step}={ms:.1}ms"));
        self.last = now;
    }
}

/// Opens the workspace the way `cray tui` does and draws the tenants screen once the tenant
/// list is read. Then it reports and exits without closing the stores.
fn cold_start(home: &Path) -> Result<()> {
    let mut phases = Phases::default();
    let l10n = Localizer::new(Lang::EnUs)?;
    phases.mark("texts");
    let theme = Theme::builtin(cray::config::ThemeName::Dark, false)?;
    let keymap = Keymap::with_overrides(&BTreeMap::new())?;
    let ui = Ui {
        theme: &theme,
        l10n: &l10n,
        keymap: &keymap,
    };
    phases.mark("theme_keys");
    let workspace = Arc::new(Workspace::open(Paths::under(home))?);
    phases.mark("open");
    if std::env::var_os("TUI_BENCH_SPLIT").is_some() {
        for tenant in workspace.tenants() {
            workspace.store(&tenant.name)?;
        }
        phases.mark("stores");
    }
    let backend = WorkspaceBackend::new(workspace);
    let mut app = App::new(Lang::EnUs, OffsetDateTime::now_utc(), None);
    let tenants = backend.tenants()?;
    phases.mark("summaries");
    if tenants.len() != TENANTS || tenants.iter().any(|t| t.last_assessed.is_none()) {
        bail!(
            "expected {TENANTS} assessed tenants, found {}",
            tenants.len()
        );
    }
    app.update(Msg::TenantsLoaded(Ok(tenants)));
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT))?;
    draw(&mut terminal, &mut app, &ui)?;
    phases.mark("draw");

    let mut out = std::io::stdout().lock();
    writeln!(out, "{DRAWN} {}", phases.text)?;
    out.flush()?;
    // Closing 50 stores is not part of the start-up, so the child ends here.
    std::process::exit(0);
}

/// Copies the workspace for a look after the run; `TUI_BENCH_KEEP_HOME` names the target.
fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Returns the median of `runs` timings of `measure`.
fn median(runs: usize, mut measure: impl FnMut() -> Result<Duration>) -> Result<Duration> {
    let mut times = (0..runs.max(1))
        .map(|_| measure())
        .collect::<Result<Vec<_>>>()?;
    times.sort();
    Ok(times[times.len() / 2])
}

fn report(label: &str, key: &str, median: Duration, target: Duration, runs: usize) {
    let ms = median.as_secs_f64() * 1000.0;
    let target_ms = target.as_secs_f64() * 1000.0;
    let verdict = if median <= target { "met" } else { "MISSED" };
    println!("{label}: median {ms:.2} ms over {runs} runs, target <= {target_ms:.0} ms, {verdict}");
    println!(
        "RESULT {key}={ms:.2} target_ms={target_ms:.0} ratio={:.2} runs={runs}",
        ms / target_ms
    );
}

/// Returns this process's peak resident memory in MB, from `/proc/self/status`.
fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("VmHWM:"))
                .and_then(|rest| {
                    rest.trim()
                        .trim_end_matches("kB")
                        .trim()
                        .parse::<f64>()
                        .ok()
                })
        })
        .map_or(0.0, |kb| kb / 1024.0)
}
