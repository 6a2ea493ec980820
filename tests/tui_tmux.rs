//! End-to-end test of the TUI binary in a real terminal: tmux runs `cray`, `send-keys` types
//! and `capture-pane` reads the screen.

use std::path::Path;
use std::process::{Command, Output};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// One tmux server on its own socket, killed when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn new(name: &str) -> Self {
        Self {
            socket: format!("cray-test-{name}-{}", std::process::id()),
        }
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    fn start(&self, session: &str, command: &str) {
        let output = self.run(&[
            "new-session",
            "-d",
            "-s",
            session,
            "-x",
            "120",
            "-y",
            "40",
            command,
        ]);
        assert!(
            output.status.success(),
            "tmux new-session failed: {output:?}"
        );
    }

    fn screen(&self, session: &str) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", session]).stdout)
            .into_owned()
    }

    fn keys(&self, session: &str, keys: &[&str]) {
        for key in keys {
            self.run(&["send-keys", "-t", session, key]);
            sleep(Duration::from_millis(150));
        }
    }

    fn type_text(&self, session: &str, text: &str) {
        self.run(&["send-keys", "-t", session, "-l", text]);
        sleep(Duration::from_millis(150));
    }

    /// Waits until the screen contains `needle` and returns the screen.
    fn wait_for(&self, session: &str, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(90);
        loop {
            let screen = self.screen(session);
            if screen.contains(needle) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {needle:?}; screen:\n{screen}"
            );
            sleep(Duration::from_millis(200));
        }
    }

    /// Waits until the session's program has exited and tmux closed the session.
    fn wait_closed(&self, session: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while self.run(&["has-session", "-t", session]).status.success() {
            assert!(
                Instant::now() < deadline,
                "cray did not quit; screen:\n{}",
                self.screen(session)
            );
            sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

/// Returns the shell command that runs cray on `home`. The key storage is fixed to a key
/// file, so the first-use question about key storage does not cover the screens under test.
fn command(home: &Path, args: &str) -> String {
    format!(
        "env LANG=C.UTF-8 TERM=xterm-256color CRAY_KEY_STORAGE=keyfile {} --home {} {args}",
        env!("CARGO_BIN_EXE_cray"),
        home.display()
    )
}

#[test]
fn accepted_risk_survives_restart() {
    let home = tempfile::tempdir().unwrap();
    let tmux = Tmux::new("triage");

    tmux.start("first", &command(home.path(), "demo"));
    tmux.wait_for("first", "Findings of demo");
    tmux.wait_for("first", "MFA is required for all users (CRAY-ENTRA-001)");
    tmux.keys("first", &["a"]);
    tmux.wait_for("first", "Accept risk: CRAY-ENTRA-001");
    tmux.type_text("first", "Approved by the CISO until Q2");
    tmux.keys("first", &["Enter"]);
    let screen = tmux.wait_for("first", "Accepted risk");
    assert!(screen.contains("MFA is required for all users"), "{screen}");
    tmux.keys("first", &["q"]);
    tmux.wait_closed("first");

    tmux.start("second", &command(home.path(), ""));
    tmux.wait_for("second", "Contoso demo");
    tmux.keys("second", &["Enter"]);
    let screen = tmux.wait_for("second", "Accepted risk");
    let row = screen
        .lines()
        .find(|line| line.contains("MFA is required for all users") && line.contains("Fail"))
        .unwrap_or_else(|| panic!("finding row missing:\n{screen}"));
    assert!(row.contains("Accepted risk"), "{row}");
    tmux.keys("second", &["q"]);
    tmux.wait_closed("second");

    let output = Command::new(env!("CARGO_BIN_EXE_cray"))
        .arg("--home")
        .arg(home.path())
        .args(["findings", "demo", "--format", "json"])
        .output()
        .unwrap();
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let mfa = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["check_id"] == "CRAY-ENTRA-001")
        .unwrap();
    assert_eq!(mfa["triage"], "accepted_risk");
    assert_eq!(mfa["triage_note"], "Approved by the CISO until Q2");
}

#[test]
fn terminal_is_restored_after_quit() {
    let home = tempfile::tempdir().unwrap();
    let tmux = Tmux::new("restore");
    // A shell runs cray and then prints a marker, so the pane shows what the terminal looks
    // like after cray exits.
    let script = format!(
        "{}; echo cray-exited-$?; sleep 30",
        command(home.path(), "")
    );
    tmux.start("main", &format!("sh -c '{script}'"));
    tmux.wait_for("main", "demo");
    tmux.keys("main", &["q"]);
    let screen = tmux.wait_for("main", "cray-exited-0");
    assert!(
        !screen.contains("╭"),
        "the alternate screen was not left:\n{screen}"
    );
}

/// Runs `cray` on `home` to its end and returns its standard output; fails when it fails.
fn cray_ok(home: &Path, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_cray"))
        .env("CRAY_KEY_STORAGE", "keyfile")
        .arg("--home")
        .arg(home)
        .args(args)
        .output()
        .expect("cray runs");
    assert!(output.status.success(), "cray {args:?} failed: {output:?}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A second tenant registered with `cray tenant add` against a slow simulator on loopback is
/// collected while the demo tenant's findings are open; quitting cancels the run, which
/// the next start offers to resume and finishes.
#[test]
fn second_tenant_collects_while_demo_is_triaged_then_resumes() {
    let home = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    // Slow responses keep the run going long enough to work beside it.
    let config = cray::sim::SimConfig {
        latency: Duration::from_millis(150),
        ..cray::sim::SimConfig::demo()
    };
    let sim = runtime
        .block_on(cray::sim::start(([127, 0, 0, 1], 0).into(), config))
        .unwrap();
    let base = sim.base_url();
    let secret = home.path().join("fabrikam-secret");
    std::fs::write(&secret, cray::sim::DEMO_CLIENT_SECRET).unwrap();
    let secret = secret.display().to_string();
    cray_ok(home.path(), &["demo", "--no-tui"]);
    cray_ok(
        home.path(),
        &[
            "tenant",
            "add",
            "--name",
            "fabrikam",
            "--display-name",
            "Fabrikam GmbH",
            "--tenant-id",
            cray::sim::DEMO_TENANT_ID,
            "--client-id",
            cray::sim::DEMO_CLIENT_ID,
            "--secret-file",
            &secret,
            "--login-url",
            &base,
            "--graph-url",
            &base,
            "--exchange-url",
            &base,
        ],
    );

    let tmux = Tmux::new("runs");
    tmux.start("first", &command(home.path(), ""));
    tmux.wait_for("first", "Fabrikam GmbH");
    tmux.keys("first", &["j", "c"]);
    tmux.wait_for("first", "Collecting fabrikam");
    tmux.keys("first", &["Escape", "k", "Enter"]);
    tmux.wait_for("first", "Findings of demo");
    tmux.keys("first", &["Escape"]);
    let screen = tmux.wait_for("first", "collecting");
    let row = screen
        .lines()
        .find(|line| line.contains("fabrikam"))
        .unwrap_or_else(|| panic!("fabrikam row missing:\n{screen}"));
    assert!(row.contains("collecting"), "{row}");
    tmux.keys("first", &["R"]);
    tmux.wait_for("first", "Collection runs");
    tmux.keys("first", &["q"]);
    tmux.wait_for("first", "Quit and cancel");
    tmux.keys("first", &["y"]);
    tmux.wait_closed("first");

    let list = cray_ok(home.path(), &["assessment", "list", "fabrikam"]);
    assert!(list.contains("interrupted"), "{list}");

    tmux.start("second", &command(home.path(), ""));
    tmux.wait_for("second", "interrupted (r)");
    tmux.keys("second", &["j", "r"]);
    tmux.wait_for("second", "Collecting fabrikam");
    tmux.wait_for("second", "Findings of fabrikam");
    tmux.keys("second", &["q"]);
    tmux.wait_closed("second");
    runtime.block_on(sim.shutdown());

    let list = cray_ok(home.path(), &["assessment", "list", "fabrikam"]);
    assert!(list.contains("evaluated"), "{list}");
}

#[test]
fn history_lists_assessment_and_returns() {
    let home = tempfile::tempdir().unwrap();
    let tmux = Tmux::new("history");

    tmux.start("main", &command(home.path(), "demo"));
    tmux.wait_for("main", "Findings of demo");
    tmux.keys("main", &["H"]);
    let screen = tmux.wait_for("main", "Assessments of demo (1)");
    assert!(screen.contains("Evaluated"), "{screen}");
    tmux.keys("main", &["d"]);
    tmux.wait_for("main", "Choose two different");
    tmux.keys("main", &["Escape"]);
    tmux.wait_for("main", "Findings of demo");
    tmux.keys("main", &["q"]);
    tmux.wait_closed("main");
}
