//! Drawing: the frame layout shared by every screen, plus helpers the screens use.
//!
//! Renderers borrow the [`App`] and a [`Ui`] context and draw into a ratatui [`Frame`]; they
//! do no I/O and read no clock (the time comes from [`App::now`]). Every text comes from the
//! localizer, and every text from the tenant passes through [`sanitize`] first.

mod collection;
mod detail;
mod dialog;
mod findings;
mod help;
mod history;
mod hit;
mod query;
mod status_bar;
mod tenants;
mod triage;

mod runs;

pub use hit::hit_test;

use fluent::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Wrap};
use time::{Duration, OffsetDateTime};

use super::action::Action;
use super::app::{App, Screen};
use super::dialog::Dialog;
use super::keymap::{Key, Keymap, Mode};
use super::theme::Theme;
use crate::display::sanitize;
use crate::i18n::{Lang, Localizer};
use crate::model::CheckId;

/// Narrowest terminal the screens are laid out for; a narrower one shows a notice instead.
const MIN_WIDTH: u16 = 60;

/// Lowest terminal the screens are laid out for; a lower one shows a notice instead.
const MIN_HEIGHT: u16 = 15;

/// Render context: the theme, texts and key bindings that every renderer needs besides the app
/// state.
#[derive(Debug, Clone, Copy)]
pub struct Ui<'a> {
    /// Styles per role.
    pub theme: &'a Theme,
    /// Texts in the interface language.
    pub l10n: &'a Localizer,
    /// Key bindings, for hints and the help screen.
    pub keymap: &'a Keymap,
}

impl Ui<'_> {
    fn text(&self, id: &str) -> String {
        self.l10n.text(id)
    }

    fn text_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.l10n.text_with(id, args)
    }

    /// Returns the label of the first key bound to `action` in `mode`, or `?` when unbound.
    fn key_label(&self, mode: Mode, action: Action) -> String {
        self.keymap
            .key_for(mode, action)
            .map_or_else(|| "?".to_owned(), Key::label)
    }

    /// Returns a check text (`check-<id>-<field>`); a missing text shows as its message id.
    fn check_text(&self, check_id: &CheckId, field: &str) -> String {
        self.text(&check_message_id(check_id, field))
    }

    /// Returns the check title, or the check id when the catalogue has no title.
    fn check_title(&self, check_id: &CheckId) -> String {
        let id = check_message_id(check_id, "title");
        if self.l10n.has(&id) {
            self.text(&id)
        } else {
            check_id.to_string()
        }
    }

    fn block<'b>(&self, title: String, is_focused: bool) -> Block<'b> {
        let border = if is_focused {
            self.theme.border_focused
        } else {
            self.theme.border
        };
        Block::bordered()
            .border_type(BorderType::Rounded)
            .border_style(border)
            .title(Span::styled(format!(" {title} "), self.theme.title))
    }
}

/// Draws the whole frame: title bar, the current screen, any dialog, and the status bar.
///
/// ```text
///  cray › Findings › contoso                    title bar
/// ┌───────────────────────────────────────────┐
/// │ the current screen                        │
/// │        ┌ dialog, if open ┐                │
/// │        └─────────────────┘                │
/// └───────────────────────────────────────────┘
///  key hints                          toast     status bar
/// ```
pub fn render(frame: &mut Frame<'_>, app: &App, ui: &Ui<'_>) {
    if is_too_small(frame.area()) {
        render_too_small(frame, frame.area(), app, ui);
        return;
    }
    let [title, body, status] = frame_areas(frame.area(), app, ui);

    render_title_bar(frame, title, app, ui);
    match app.screen {
        Screen::Tenants => tenants::render(frame, body, app, ui),
        Screen::Collection => collection::render(frame, body, app, ui),
        Screen::Findings => findings::render(frame, body, app, ui),
        Screen::Runs => runs::render(frame, body, app, ui),
        Screen::History => history::render(frame, body, app, ui),
    }
    match &app.dialog {
        Some(Dialog::TriageNote(note)) => dialog::render_note(frame, body, note, ui),
        Some(Dialog::Export(export)) => dialog::render_export(frame, body, export, ui),
        Some(Dialog::Help) => help::render(frame, body, app.screen_mode(), ui),
        Some(Dialog::ConfirmQuit) => {
            dialog::render_confirm_quit(frame, body, app.runs.running().len(), ui);
        }
        Some(Dialog::Purge(purge)) => dialog::render_purge(frame, body, purge, ui),
        Some(Dialog::KeyStorage(question)) => {
            dialog::render_key_storage(frame, body, question, ui);
        }
        Some(Dialog::TenantForm(form)) => dialog::render_tenant_form(frame, body, form, ui),
        Some(Dialog::ConfirmCancel(tenant)) => {
            dialog::render_confirm_cancel(frame, body, tenant, ui);
        }
        Some(Dialog::Except(except)) => triage::render_except(frame, body, except, ui),
        Some(Dialog::Override(change)) => triage::render_override(frame, body, change, ui),
        Some(Dialog::Comment(comment)) => triage::render_comment(frame, body, comment, ui),
        Some(Dialog::ConfirmDelete(delete)) => {
            triage::render_confirm_delete(frame, body, delete, app.lang, ui);
        }
        None => {}
    }
    status_bar::render(frame, status, app, ui);
}

/// Returns the last line the detail pane of the findings screen can scroll to when the
/// terminal is `area`, measured from the wrapped text; `None` when no detail is shown.
#[must_use]
pub fn detail_max_scroll(app: &App, ui: &Ui<'_>, area: Rect) -> Option<usize> {
    detail_layout(app, ui, area).map(|(max, _)| max)
}

/// Returns the last line the detail pane can scroll to and the pane's height in lines when
/// the terminal is `area`; `None` when no detail is shown.
#[must_use]
pub fn detail_layout(app: &App, ui: &Ui<'_>, area: Rect) -> Option<(usize, usize)> {
    if app.screen != Screen::Findings || is_too_small(area) {
        return None;
    }
    let [_, body, _] = frame_areas(area, app, ui);
    findings::detail_max_scroll(body, app, ui)
}

/// Returns the localized titles of the findings for the search, when the app lacks some.
#[must_use]
pub fn finding_titles(app: &App, ui: &Ui<'_>) -> Option<Vec<(CheckId, String)>> {
    if !app.needs_titles() {
        return None;
    }
    let state = app.findings.as_ref()?;
    let titles = state
        .findings
        .iter()
        .map(|f| (f.check_id.clone(), ui.check_title(&f.check_id)))
        .collect();
    Some(titles)
}

/// Splits the terminal into title bar, screen and status bar; the status bar grows when a
/// toast needs more than one line.
fn frame_areas(area: Rect, app: &App, ui: &Ui<'_>) -> [Rect; 3] {
    let status_height = status_bar::height(app, area, ui);
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(status_height),
    ])
    .areas(area)
}

fn is_too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Draws a notice instead of the screens, plus the quit question when it is open.
fn render_too_small(frame: &mut Frame<'_>, area: Rect, app: &App, ui: &Ui<'_>) {
    let args = [
        ("width", FluentValue::from(area.width)),
        ("height", FluentValue::from(area.height)),
        ("min_width", FluentValue::from(MIN_WIDTH)),
        ("min_height", FluentValue::from(MIN_HEIGHT)),
    ];
    let mut lines = vec![Line::styled(
        ui.text_with("screen-too-small", &args),
        ui.theme.text,
    )];
    if app.dialog == Some(Dialog::ConfirmQuit) {
        let question = dialog::quit_question(app.runs.running().len(), ui);
        lines.push(Line::styled(question, ui.theme.key));
    }
    let notice = Paragraph::new(lines).wrap(Wrap { trim: true });
    frame.render_widget(Clear, area);
    frame.render_widget(notice, area);
}

fn render_title_bar(frame: &mut Frame<'_>, area: Rect, app: &App, ui: &Ui<'_>) {
    let mut spans = vec![Span::styled(
        format!(" {}", ui.text("app-name")),
        ui.theme.title,
    )];
    let mut crumb = |text: String| {
        spans.push(Span::styled(" › ", ui.theme.text_muted));
        spans.push(Span::styled(text, ui.theme.text));
    };
    crumb(ui.text(&format!("mode-{}", app.screen_mode().name())));
    let tenant = match app.screen {
        Screen::Tenants | Screen::Runs => None,
        Screen::Collection => app.collection().map(|c| &c.tenant),
        Screen::Findings => app.findings.as_ref().map(|f| &f.tenant),
        Screen::History => app.history.as_ref().map(|h| &h.tenant),
    };
    if let Some(tenant) = tenant {
        crumb(tenant.to_string());
    }
    frame.render_widget(Line::from(spans), area);
}

/// Returns the message id of a check text: `check-<lowercase id>-<field>`.
fn check_message_id(check_id: &CheckId, field: &str) -> String {
    format!("check-{}-{field}", check_id.0.to_lowercase())
}

/// Returns untrusted text made safe to draw, as an owned string for spans.
fn clean(text: &str) -> String {
    sanitize(text).into_owned()
}

/// Joins the source lines of a multiline message into display lines, which the paragraph
/// widget then wraps to the pane width.
///
/// Fluent keeps the line breaks of a multiline message, and the catalogue wraps its texts at
/// about 90 columns. A line that is indented, or that continues prose, joins the line before
/// it. A list item (`1.`, `-`, `*`, `•`) starts a new line, and so does the first line after
/// a list item that is not indented. A blank line stays as a paragraph break.
fn reflow(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut is_in_list = false;
    for source in text.lines() {
        let trimmed = source.trim();
        let is_item = is_list_item(trimmed);
        let is_continuation = source.starts_with(char::is_whitespace) || !is_in_list;
        match lines.last_mut() {
            _ if trimmed.is_empty() => lines.push(String::new()),
            Some(last) if !last.is_empty() && !is_item && is_continuation => {
                last.push(' ');
                last.push_str(trimmed);
                continue;
            }
            _ => lines.push(trimmed.to_owned()),
        }
        is_in_list = is_item || (is_in_list && trimmed.is_empty());
    }
    lines
}

fn is_list_item(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let rest = &line[digits..];
    (digits > 0 && rest.starts_with(". ")) || ["- ", "* ", "• "].iter().any(|m| line.starts_with(m))
}

/// Returns `text` cut to `width` columns, ending in `…` when it was cut.
fn fit(text: &str, width: usize) -> String {
    if Span::raw(text).width() <= width {
        return text.to_owned();
    }
    let mut fitted = String::new();
    let mut used = 0;
    for c in text.chars() {
        let char_width = Span::raw(c.to_string()).width();
        if used + char_width + 1 > width {
            break;
        }
        used += char_width;
        fitted.push(c);
    }
    if width > 0 {
        fitted.push('…');
    }
    fitted
}

/// Returns the widest of `texts` in columns.
fn max_width<'t>(texts: impl IntoIterator<Item = &'t str>) -> u16 {
    let widest = texts.into_iter().map(|text| Span::raw(text).width()).max();
    u16::try_from(widest.unwrap_or(0)).unwrap_or(u16::MAX)
}

/// Returns a rectangle of at most `width` × `height` centred in `area`.
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// Formats a timestamp in UTC the way the locale writes dates.
fn format_timestamp(lang: Lang, at: OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    let (year, month, day) = (at.year(), u8::from(at.month()), at.day());
    let (hour, minute) = (at.hour(), at.minute());
    match lang {
        Lang::EnUs => format!("{year}-{month:02}-{day:02} {hour:02}:{minute:02}"),
        Lang::DeDe => format!("{day:02}.{month:02}.{year} {hour:02}:{minute:02}"),
    }
}

/// Formats a duration as `mm:ss`, or `h:mm:ss` from one hour on.
fn format_elapsed(elapsed: Duration) -> String {
    let seconds = elapsed.whole_seconds().max(0);
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes:02}:{seconds:02}")
    }
}

/// Formats a decimal number with at most one fractional digit and the locale's separators,
/// the same way the report does.
fn format_decimal(lang: Lang, value: f64) -> String {
    let tenths = (value * 10.0).round() / 10.0;
    let decimals = if tenths.fract() == 0.0 { 0 } else { 1 };
    crate::report::format::decimal(lang, tenths, decimals)
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn german_timestamp_puts_day_first() {
        let at = datetime!(2026-03-07 09:05 UTC);
        assert_eq!(format_timestamp(Lang::DeDe, at), "07.03.2026 09:05");
    }

    #[test]
    fn english_timestamp_is_iso_like() {
        let at = datetime!(2026-03-07 09:05 UTC);
        assert_eq!(format_timestamp(Lang::EnUs, at), "2026-03-07 09:05");
    }

    #[test]
    fn elapsed_shows_hours_only_when_needed() {
        assert_eq!(format_elapsed(Duration::seconds(75)), "01:15");
        assert_eq!(format_elapsed(Duration::seconds(3725)), "1:02:05");
    }

    #[test]
    fn decimal_uses_comma_in_german() {
        assert_eq!(format_decimal(Lang::DeDe, 1.5), "1,5");
        assert_eq!(format_decimal(Lang::EnUs, 4.0), "4");
    }

    #[test]
    fn reflow_joins_wrapped_prose() {
        let text = "Without MFA a stolen password\nis enough to sign in.";
        assert_eq!(
            reflow(text),
            ["Without MFA a stolen password is enough to sign in."]
        );
    }

    #[test]
    fn reflow_keeps_list_items_apart() {
        let text = "1. Open the admin center:\n   Protection, Policies.\n2. Users: include all.";
        let expected = [
            "1. Open the admin center: Protection, Policies.",
            "2. Users: include all.",
        ];
        assert_eq!(reflow(text), expected);
    }

    #[test]
    fn reflow_starts_new_line_after_list() {
        let text = "1. Grant MFA.\nPowerShell: New-MgPolicy\nwith the same settings.";
        let expected = [
            "1. Grant MFA.",
            "PowerShell: New-MgPolicy with the same settings.",
        ];
        assert_eq!(reflow(text), expected);
    }

    #[test]
    fn reflow_keeps_paragraph_breaks() {
        assert_eq!(reflow("First.\n\nSecond."), ["First.", "", "Second."]);
    }

    #[test]
    fn fit_keeps_short_text() {
        assert_eq!(fit("Kurz", 10), "Kurz");
    }

    #[test]
    fn fit_ends_cut_text_with_ellipsis() {
        assert_eq!(fit("Mehrstufige Anmeldung", 8), "Mehrstu…");
    }

    #[test]
    fn centered_rect_fits_small_area() {
        let area = Rect::new(0, 0, 10, 5);
        assert_eq!(centered(area, 20, 3), Rect::new(0, 1, 10, 3));
    }
}
