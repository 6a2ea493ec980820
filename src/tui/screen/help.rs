//! The help screen, generated from the key map.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
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
    // A list taller than the screen is split into two columns side by side.
    let is_split = groups.len() + 2 > usize::from(area.height);
    let (width, rows_per_column) = if is_split {
        (area.width.min(2 * HELP_WIDTH), groups.len().div_ceil(2))
    } else {
        (HELP_WIDTH, groups.len())
    };
    let height = u16::try_from(rows_per_column + 2).unwrap_or(u16::MAX);
    let dialog = centered(area, width, height);
    frame.render_widget(Clear, dialog);
    let inner = block.inner(dialog);
    frame.render_widget(block, dialog);

    let rows: Vec<Row<'_>> = groups
        .into_iter()
        .map(|(action, keys)| {
            let keys: Vec<String> = keys.into_iter().map(Key::label).collect();
            Row::new([
                Cell::from(Span::styled(keys.join(", "), ui.theme.key)),
                Cell::from(Span::styled(ui.text(&action.message_id()), ui.theme.text)),
            ])
        })
        .collect();
    let columns = if is_split { 2 } else { 1 };
    let areas = Layout::horizontal(vec![Constraint::Fill(1); columns]).split(inner);
    let key_width = if is_split { 10 } else { 16 };
    for (chunk, column_area) in rows.chunks(rows_per_column.max(1)).zip(areas.iter()) {
        let widths = [Constraint::Length(key_width), Constraint::Fill(1)];
        frame.render_widget(Table::new(chunk.to_vec(), widths), *column_area);
    }
}
