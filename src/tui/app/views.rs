//! The app's handling of the search field, the mouse, the dataset cursor and the layout
//! figures the loop measures.

use super::{App, Screen};
use crate::tui::action::Action;
use crate::tui::msg::{Hit, Msg};
use crate::tui::text_input::EditKey;

impl App {
    /// Returns true while the search field of the findings screen takes the keys.
    #[must_use]
    pub fn is_searching(&self) -> bool {
        self.findings
            .as_ref()
            .is_some_and(|f| f.query.search.is_editing)
    }

    /// Returns true when the findings screen has findings without a title for the search, so
    /// the loop must send [`Msg::FindingTitles`].
    #[must_use]
    pub fn needs_titles(&self) -> bool {
        self.findings.as_ref().is_some_and(|state| {
            state
                .findings
                .iter()
                .any(|f| !state.query.titles.contains_key(&f.check_id))
        })
    }

    /// Keeps the search text on Enter, clears it on Esc, and moves the selection on the
    /// arrows while typing.
    pub(super) fn on_search_action(&mut self, action: Action) -> Vec<crate::tui::Effect> {
        let Some(findings) = self.findings.as_mut() else {
            return Vec::new();
        };
        match action {
            Action::Confirm => findings.query.search.is_editing = false,
            Action::Cancel => {
                findings.query.search = crate::tui::findings_query::Search::default();
                findings.apply_query();
            }
            Action::SelectNext => findings.move_selection(1),
            Action::SelectPrevious => findings.move_selection(-1),
            _ => {}
        }
        Vec::new()
    }

    /// Edits the search text and filters the findings as the consultant types.
    pub(super) fn on_search_edit(&mut self, key: EditKey) {
        if let Some(findings) = self.findings.as_mut().filter(|f| f.query.search.is_editing) {
            findings.query.edit_search(key);
            findings.apply_query();
        }
    }

    /// Moves the dataset cursor of the collection screen.
    pub(super) fn on_collection_cursor(&mut self, action: Action) {
        let Some(collection) = self.runs.viewed_run_mut() else {
            return;
        };
        match action {
            Action::SelectNext => collection.move_cursor(1),
            Action::SelectPrevious => collection.move_cursor(-1),
            Action::SelectFirst => collection.cursor = Some(0),
            // The last row follows the run again.
            Action::SelectLast => collection.cursor = None,
            _ => {}
        }
    }

    /// Applies the layout figures, titles and mouse messages.
    pub(super) fn on_view_msg(&mut self, msg: Msg) {
        match msg {
            Msg::DetailPage(height) => {
                if let Some(findings) = self.findings.as_mut() {
                    findings.detail_page = Some(height);
                }
            }
            Msg::FindingTitles(titles) => {
                if let Some(findings) = self.findings.as_mut() {
                    findings.query.titles.extend(titles);
                    findings.apply_query();
                }
            }
            Msg::Click(hit) if self.dialog.is_none() => self.on_click(hit),
            Msg::Wheel { hit, lines } if self.dialog.is_none() => self.on_wheel(hit, lines),
            _ => {}
        }
    }

    fn on_click(&mut self, hit: Hit) {
        match (self.screen, hit) {
            (Screen::Tenants, Hit::TenantRow(index)) => self.tenants.select(index),
            (Screen::Findings, _) => {
                let Some(findings) = self.findings.as_mut() else {
                    return;
                };
                match hit {
                    Hit::FindingRow(row) => {
                        findings.is_detail_focused = false;
                        findings.select(row);
                    }
                    Hit::FindingsTable => findings.is_detail_focused = false,
                    Hit::DetailPane => findings.is_detail_focused = true,
                    _ => {}
                }
            }
            _ => {}
        }
    }

    fn on_wheel(&mut self, hit: Hit, lines: isize) {
        match (self.screen, hit) {
            (Screen::Tenants, Hit::TenantRow(_)) => {
                let index = self.tenants.selected.saturating_add_signed(lines);
                self.tenants.select(index);
            }
            (Screen::Findings, Hit::FindingRow(_) | Hit::FindingsTable) => {
                if let Some(findings) = self.findings.as_mut() {
                    findings.move_selection(lines);
                }
            }
            (Screen::Findings, Hit::DetailPane) => {
                if let Some(findings) = self.findings.as_mut() {
                    findings.scroll_detail(lines);
                }
            }
            (Screen::Collection, Hit::Datasets) => {
                if let Some(collection) = self.runs.viewed_run_mut() {
                    collection.move_cursor(lines);
                }
            }
            _ => {}
        }
    }
}
