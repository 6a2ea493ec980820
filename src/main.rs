//! The `cray` binary: parses the command line, starts logging and the runtime, and prints a
//! failure as one readable message.

use std::process::ExitCode;

use clap::Parser as _;
use cray::cli::{self, Cli};
use cray::paths::Paths;
use tracing_appender::non_blocking::WorkerGuard;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let _log_guard = init_logging(&cli);
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            return fail(&anyhow::Error::from(error).context("tokio runtime failed to start"));
        }
    };
    match runtime.block_on(cli::run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => fail(&error),
    }
}

#[expect(
    clippy::print_stderr,
    reason = "the binary's last word on a failure goes to stderr"
)]
fn fail(error: &anyhow::Error) -> ExitCode {
    // Error texts can echo tenant data, such as a server's error message or a tenant name.
    let text = cray::diagnostic::error_text(error.as_ref());
    let text = cray::display::sanitize(&text);
    // Error texts name tenants by short name, id or URL; logs name tenants only by local id,
    // so the text goes to stderr alone.
    tracing::error!("command failed; its message was printed to stderr");
    eprintln!("error: {text}");
    ExitCode::FAILURE
}

/// Returns true when the failure is a closed stdout, as with `cray findings demo | head`.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Logs to a daily file under the log directory; `CRAY_LOG` sets the filter (default `info`).
/// Logging is skipped when the directory cannot be created. The directory gets mode 0700 and
/// its files 0600; a file started by a daily rollover inherits the umask but sits inside the
/// 0700 directory until the next start tightens it.
fn init_logging(cli: &Cli) -> Option<WorkerGuard> {
    let paths = Paths::resolve(cli.home.as_deref()).ok()?;
    cray::fsperm::create_private_dir(&paths.log_dir).ok()?;
    let appender = tracing_appender::rolling::daily(&paths.log_dir, "cray.log");
    cray::fsperm::restrict_tree(&paths.log_dir).ok()?;
    let (writer, guard) = tracing_appender::non_blocking(appender);
    let filter = tracing_subscriber::EnvFilter::try_from_env("CRAY_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer)
        .with_ansi(false)
        .init();
    Some(guard)
}
