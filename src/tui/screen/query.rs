//! The title and the bottom line of the findings table: the count, the sort order, the
//! filters and the search field.

use fluent::FluentValue;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::{Ui, clean};
use crate::tui::findings::FindingsState;
use crate::tui::findings_query::{FindingsQuery, StatusFilter};

/// Returns the table title: the tenant and the number of findings, and the number shown when
/// a filter hides some.
pub fn table_title(state: &FindingsState, ui: &Ui<'_>) -> String {
    let mut args = vec![
        ("tenant", FluentValue::from(state.tenant.to_string())),
        ("count", FluentValue::from(state.findings.len())),
    ];
    if state.query.is_filtered() && !state.is_loading {
        args.push(("shown", FluentValue::from(state.visible.len())));
        return ui.text_with("view-title-filtered", &args);
    }
    ui.text_with("screen-findings-title", &args)
}

/// Returns the bottom line of the table, such as `Sort: risk · Status: failed · /mfa`.
///
/// ```text
/// ╰ Sort: risk · Severity: High · Search: mfa█ ────────────────────╯
/// ```
pub fn query_line<'a>(state: &FindingsState, ui: &Ui<'_>) -> Line<'a> {
    let query = &state.query;
    let mut parts: Vec<String> = Vec::new();
    if query.is_quick_wins {
        parts.push(ui.text("view-quick-wins"));
    } else {
        let sort = ui.text(&format!("view-sort-{}", query.sort.key()));
        parts.push(ui.text_with("view-sort", &[("key", sort.into())]));
        if query.status != StatusFilter::All {
            let value = ui.text(&format!("view-status-{}", query.status.key()));
            parts.push(ui.text_with("view-status", &[("value", value.into())]));
        }
    }
    if let Some(severity) = query.severity {
        let value = ui.text(&format!("severity-{}", severity.key()));
        parts.push(ui.text_with("view-severity", &[("value", value.into())]));
    }
    if let Some(topic) = &query.topic {
        let id = format!("topic-{topic}");
        let value = if ui.l10n.has(&id) {
            ui.text(&id)
        } else {
            clean(topic)
        };
        parts.push(ui.text_with("view-topic", &[("value", value.into())]));
    }

    let mut spans = vec![Span::styled(
        format!(" {}", parts.join(" · ")),
        ui.theme.text_muted,
    )];
    spans.extend(search_spans(query, ui));
    spans.push(Span::raw(" "));
    Line::from(spans)
}

/// Returns the search label and text; while typing, the character under the cursor is drawn
/// reversed, a block at the end of the text.
fn search_spans<'a>(query: &FindingsQuery, ui: &Ui<'_>) -> Vec<Span<'a>> {
    let search = &query.search;
    let text = search.input.value();
    if !search.is_editing && text.trim().is_empty() {
        return Vec::new();
    }
    let label = format!(" · {} ", ui.text("view-search"));
    let mut spans = vec![Span::styled(label, ui.theme.text_muted)];
    if !search.is_editing {
        spans.push(Span::styled(clean(text), ui.theme.key));
        return spans;
    }
    let cursor = search.input.cursor();
    let before: String = text.chars().take(cursor).collect();
    let under = text
        .chars()
        .nth(cursor)
        .map_or(" ".to_owned(), String::from);
    let after: String = text.chars().skip(cursor + 1).collect();
    spans.push(Span::styled(clean(&before), ui.theme.input));
    spans.push(Span::styled(
        clean(&under),
        ui.theme.input.add_modifier(Modifier::REVERSED),
    ));
    spans.push(Span::styled(clean(&after), ui.theme.input));
    spans
}
