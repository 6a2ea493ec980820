//! Terminal setup and restore: raw mode, the alternate screen and mouse capture, undone on
//! every exit path.

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
    /// Switches the terminal to raw mode and the alternate screen, and captures the mouse.
    ///
    /// # Errors
    /// Returns the I/O error when the terminal cannot be set up, after undoing any part that
    /// succeeded.
    pub fn enter() -> io::Result<Self> {
        install_panic_hook();
        let entered = ratatui::try_init().and_then(|terminal| {
            crossterm::execute!(io::stdout(), crossterm::event::EnableMouseCapture)?;
            Ok(terminal)
        });
        match entered {
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
    if let Err(error) = crossterm::execute!(io::stdout(), crossterm::event::DisableMouseCapture) {
        tracing::error!(%error, "releasing the mouse failed");
    }
    if let Err(error) = ratatui::try_restore() {
        tracing::error!(%error, "restoring the terminal failed");
    }
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        tracing::error!(panic = %info, "the terminal interface panicked");
        // ratatui's hook restored the screen already; the mouse is left to this one.
        let _released = crossterm::execute!(io::stdout(), crossterm::event::DisableMouseCapture);
        previous(info);
    }));
}
