//! The help screen, generated from the key map.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Cell, Clear, Row, Table};

use super::{Ui, centered};
use crate::tui::keymap::{Key, Mode};

/// Width of the help dialog, borders included.
const HELP_WIDTH: u16 = 56;

/// Draws every binding of `mode` with its action text over the screen.
///
/// ```text
///     ╭ Keys: Findings ──────────────────────────────────────╮
///     │a                Accept risk                          │
///     │j, ↓             Next row                             │
///     │?                Help                                 │
///     ╰──────────────────────────────────────────────────────╯
/// ```
pub fn render(frame: &mut Frame<'_>, area: Rect, mode: Mode, ui: &Ui<'_>) {
    let groups = ui.keymap.grouped(mode);
    let mode_name = ui.text(&format!("mode-{}", mode.name()));
    let block = ui.block(
        ui.text_with("dialog-help-title", &[("mode", mode_name.into())]),
        true,
    );
    let height = u16::try_from(groups.len() + 2).unwrap_or(u16::MAX);
    let dialog = centered(area, HELP_WIDTH, height);

    let rows = groups.into_iter().map(|(action, keys)| {
        let keys: Vec<String> = keys.into_iter().map(Key::label).collect();
        Row::new([
            Cell::from(Span::styled(keys.join(", "), ui.theme.key)),
            Cell::from(Span::styled(ui.text(&action.message_id()), ui.theme.text)),
        ])
    });
    let table = Table::new(rows, [Constraint::Length(16), Constraint::Fill(1)]).block(block);
    frame.render_widget(Clear, dialog);
    frame.render_widget(table, dialog);
}
