//! Terminal setup and restore: raw mode and the alternate screen, undone on every exit path.

use std::io;

use ratatui::DefaultTerminal;

/// Owns the terminal while the TUI runs and restores it when dropped.
///
/// Entering installs a panic hook that logs the panic and then calls the previous hook.
/// ratatui then layers its own hook on top, which restores the terminal before ours runs, so
/// a panic message lands on a normal screen.
pub struct TerminalGuard {
    terminal: DefaultTerminal,
}

impl TerminalGuard {
    /// Switches the terminal to raw mode and the alternate screen.
    ///
    /// # Errors
    /// Returns the I/O error when the terminal cannot be set up, after undoing any part that
    /// succeeded.
    pub fn enter() -> io::Result<Self> {
        install_panic_hook();
        match ratatui::try_init() {
            Ok(terminal) => Ok(Self { terminal }),
            Err(error) => {
                restore();
                Err(error)
            }
        }
    }

    /// Returns the terminal to draw on.
    pub fn terminal(&mut self) -> &mut DefaultTerminal {
        &mut self.terminal
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

fn restore() {
    if let Err(error) = ratatui::try_restore() {
        tracing::error!(%error, "restoring the terminal failed");
    }
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        tracing::error!(panic = %info, "the terminal interface panicked");
        previous(info);
    }));
}
