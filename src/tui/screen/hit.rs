//! Mouse hit test: which row or pane of the drawn screen lies under a terminal cell. It lays
//! the screen out the way the renderers do, so a click lands on the row drawn there.

use ratatui::layout::{Position, Rect};

use super::{Ui, findings, frame_areas, is_too_small};
use crate::tui::app::{App, Screen};
use crate::tui::msg::Hit;

/// Rows above the first table row: the top border and the header.
const TABLE_HEAD: u16 = 2;

/// Returns the part of the screen at `column`, `row` of a terminal of `area`. It returns
/// `None` over a dialog, the title bar, the status bar or empty space.
#[must_use]
pub fn hit_test(app: &App, ui: &Ui<'_>, area: Rect, column: u16, row: u16) -> Option<Hit> {
    if app.dialog.is_some() || is_too_small(area) {
        return None;
    }
    let [_, body, _] = frame_areas(area, app, ui);
    let position = Position::new(column, row);
    if !body.contains(position) {
        return None;
    }
    match app.screen {
        Screen::Tenants => {
            let tenants = &app.tenants;
            let offset = findings::table_offset(Some(tenants.selected), body);
            table_row(body, position, offset, tenants.tenants.len()).map(Hit::TenantRow)
        }
        Screen::Findings => {
            let state = app.findings.as_ref()?;
            let (table, detail) = findings::areas(body, state, ui);
            if table.contains(position) {
                let offset = findings::table_offset(state.selected_row(), table);
                let hit = table_row(table, position, offset, state.visible.len());
                return Some(hit.map_or(Hit::FindingsTable, Hit::FindingRow));
            }
            (position.y >= detail.y.saturating_sub(1)).then_some(Hit::DetailPane)
        }
        Screen::Collection => Some(Hit::Datasets),
        // NOTE: the runs and history lists take no mouse clicks yet; keys select their rows.
        Screen::Runs | Screen::History => None,
    }
}

/// Returns the index of the table row at `position` in a bordered table with a header.
fn table_row(table: Rect, position: Position, offset: usize, rows: usize) -> Option<usize> {
    let first = table.y + TABLE_HEAD;
    let last = table.bottom().saturating_sub(1);
    if position.y < first || position.y >= last {
        return None;
    }
    let index = offset + usize::from(position.y - first);
    (index < rows).then_some(index)
}
