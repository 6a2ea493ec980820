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
    let hints = hint_line(app.mode(), ui);
    let Some(toast) = app.toasts.latest() else {
        frame.render_widget(hints, area);
        return;
    };

    let (text, style) = toast_text(toast, ui);
    let max_width = area.width.saturating_mul(7) / 10;
    let width = u16::try_from(text.chars().count() + 1)
        .unwrap_or(u16::MAX)
        .min(max_width);
    let [hints_area, toast_area] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(width)]).areas(area);
    frame.render_widget(hints, hints_area);
    frame.render_widget(Span::styled(text, style), toast_area);
}

fn hint_line<'a>(mode: Mode, ui: &Ui<'_>) -> Line<'a> {
    let mut spans = vec![Span::raw(" ")];
    for binding in ui.keymap.hints(mode) {
        spans.push(Span::styled(binding.key.label(), ui.theme.key));
        spans.push(Span::styled(
            format!(" {}  ", ui.text(&binding.action.message_id())),
            ui.theme.text_muted,
        ));
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
