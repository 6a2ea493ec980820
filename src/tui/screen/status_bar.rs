//! The status bar: key hints of the current mode and the newest toast.

use fluent::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::{Ui, clean};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Mode;
use crate::tui::toast::{Toast, ToastLevel};

/// Draws the hints on the left and the newest toast on the right.
///
/// ```text
///  Enter Open findings  c Collect  ? Help  q Quit        Demo tenant added.
/// ```
pub fn render(frame: &mut Frame<'_>, area: Rect, app: &App, ui: &Ui<'_>) {
    let Some(toast) = app.toasts.latest() else {
        frame.render_widget(hint_line(app.mode(), area.width, ui), area);
        return;
    };

    let (text, style) = toast_text(toast, ui);
    let text = format!(" {text} ");
    let max_width = area.width.saturating_mul(7) / 10;
    let width = u16::try_from(text.chars().count())
        .unwrap_or(u16::MAX)
        .min(max_width);
    let [hints_area, toast_area] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(width)]).areas(area);
    frame.render_widget(hint_line(app.mode(), hints_area.width, ui), hints_area);
    frame.render_widget(Span::styled(text, style), toast_area);
}

/// Returns as many whole hints as fit into `width` columns.
fn hint_line<'a>(mode: Mode, width: u16, ui: &Ui<'_>) -> Line<'a> {
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for binding in ui.keymap.hints(mode) {
        let key = binding.key.label();
        let label = format!(" {}  ", ui.text(&binding.action.message_id()));
        let hint_width = key.chars().count() + label.trim_end().chars().count();
        if used + hint_width > usize::from(width) {
            break;
        }
        used += key.chars().count() + label.chars().count();
        spans.push(Span::styled(key, ui.theme.key));
        spans.push(Span::styled(label, ui.theme.text_muted));
    }
    Line::from(spans)
}

fn toast_text(toast: &Toast, ui: &Ui<'_>) -> (String, ratatui::style::Style) {
    let collect_key = ui.key_label(Mode::Tenants, Action::StartCollection);
    let mut args: Vec<(&str, FluentValue<'_>)> = toast
        .args
        .iter()
        .map(|(name, value)| (*name, FluentValue::from(clean(value))))
        .collect();
    args.push(("collect_key", collect_key.into()));
    let text = ui.text_with(toast.message_id, &args);
    let style = match toast.level {
        ToastLevel::Info => ui.theme.toast_info,
        ToastLevel::Error => ui.theme.error,
    };
    (text, style)
}
