//! The status bar: the newest toast, wrapped over as many lines as it needs, above the key
//! hints of the current mode.

use fluent::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{Ui, clean};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::{Binding, Mode};
use crate::tui::toast::{Toast, ToastLevel};

/// Hints that stay however narrow the screen: without them the consultant cannot find the
/// help or the way out.
const ESSENTIAL: [Action; 4] = [
    Action::ShowHelp,
    Action::Quit,
    Action::Confirm,
    Action::Cancel,
];

/// Returns the height of the status bar in a terminal of `area`: one line of hints plus the
/// wrapped toast, which may take up to a third of the terminal.
pub fn height(app: &App, area: Rect, ui: &Ui<'_>) -> u16 {
    let Some(toast) = app.toasts.latest() else {
        return 1;
    };
    let max_toast_lines = (area.height / 3).max(1);
    let lines = toast_paragraph(toast, ui).line_count(area.width);
    1 + u16::try_from(lines)
        .unwrap_or(u16::MAX)
        .clamp(1, max_toast_lines)
}

/// Draws the newest toast above the hints.
///
/// ```text
///  Collection of contoso failed: sign-in failed: the environment variable
///  CRAY_SECRET is not set. Set it and press c to collect again.
///  Enter Open findings  c Collect  ? Help  q Quit
/// ```
pub fn render(frame: &mut Frame<'_>, area: Rect, app: &App, ui: &Ui<'_>) {
    let [toast_area, hints_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    frame.render_widget(hint_line(app.mode(), hints_area.width, ui), hints_area);
    if let Some(toast) = app.toasts.latest() {
        frame.render_widget(toast_paragraph(toast, ui), toast_area);
    }
}

/// Returns the hints that fit into `width` columns: the essential ones always, the others in
/// keymap order as long as they fit, all shown in keymap order.
fn hint_line<'a>(mode: Mode, width: u16, ui: &Ui<'_>) -> Line<'a> {
    let hints: Vec<(Binding, String, String)> = ui
        .keymap
        .hints(mode)
        .into_iter()
        .map(|binding| {
            let label = ui.text(&binding.action.message_id());
            (binding, binding.key.label(), label)
        })
        .collect();
    let is_essential = |binding: &Binding| ESSENTIAL.contains(&binding.action);
    let hint_width = |key: &str, label: &str| key.chars().count() + label.chars().count() + 3;
    let essential_width: usize = hints
        .iter()
        .filter(|(binding, ..)| is_essential(binding))
        .map(|(_, key, label)| hint_width(key, label))
        .sum();
    let mut budget = usize::from(width).saturating_sub(1 + essential_width);
    let mut is_shown = Vec::with_capacity(hints.len());
    for (binding, key, label) in &hints {
        let wanted = hint_width(key, label);
        let shown = is_essential(binding) || wanted <= budget;
        if shown && !is_essential(binding) {
            budget -= wanted;
        } else if !shown {
            budget = 0;
        }
        is_shown.push(shown);
    }
    let mut spans = vec![Span::raw(" ")];
    for ((_, key, label), _) in hints.into_iter().zip(is_shown).filter(|(_, shown)| *shown) {
        spans.push(Span::styled(key, ui.theme.key));
        spans.push(Span::styled(format!(" {label}  "), ui.theme.text_muted));
    }
    Line::from(spans)
}

/// Returns the toast as a paragraph that wraps at the screen width, so that no cause or fix
/// hint is cut off.
fn toast_paragraph<'a>(toast: &Toast, ui: &Ui<'_>) -> Paragraph<'a> {
    let (text, style) = toast_text(toast, ui);
    Paragraph::new(Line::styled(format!(" {text}"), style)).wrap(Wrap { trim: false })
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
        // Warnings borrow the medium severity style, a yellow in the dark theme.
        ToastLevel::Warning => ui.theme.severity_medium,
        ToastLevel::Error => ui.theme.error,
    };
    (text, style)
}
