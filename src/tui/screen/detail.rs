//! The detail pane's text as one scrolling document whose affected objects are drawn only as
//! far as they are visible, so that a finding with 100k objects draws as fast as one with 3.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Wrap};

use super::{Ui, clean};
use crate::model::{AffectedObject, Finding};

/// Lines per affected object: the name with its id, then the reason. Neither wraps, so that
/// the position of any object follows from its index.
const OBJECT_LINES: usize = 2;

/// The detail text: wrapped text before the objects, one fixed-height entry per object, and
/// wrapped text after them.
pub struct DetailDocument<'a> {
    head: Paragraph<'a>,
    head_height: usize,
    finding: &'a Finding,
    objects: &'a [AffectedObject],
    tail: Paragraph<'a>,
    tail_height: usize,
}

impl<'a> DetailDocument<'a> {
    /// Lays out the document for a pane `width` columns wide.
    pub fn new(head: Vec<Line<'a>>, finding: &'a Finding, tail: Vec<Line<'a>>, width: u16) -> Self {
        let wrap = |lines| Paragraph::new(Text::from(lines)).wrap(Wrap { trim: false });
        let (head, tail) = (wrap(head), wrap(tail));
        let head_height = head.line_count(width);
        let tail_height = tail.line_count(width);
        Self {
            head,
            head_height,
            finding,
            objects: &finding.affected,
            tail,
            tail_height,
        }
    }

    /// Returns the height of the whole document in lines.
    pub fn height(&self) -> usize {
        self.head_height + self.objects.len() * OBJECT_LINES + self.tail_height
    }

    /// Returns the last useful scroll position in a pane `height` lines high.
    pub fn max_scroll(&self, height: u16) -> usize {
        self.height().saturating_sub(usize::from(height))
    }

    /// Draws the lines from `scroll` on into `area`.
    pub fn render(&self, frame: &mut Frame<'_>, area: Rect, scroll: usize, ui: &Ui<'_>) {
        let end = scroll + usize::from(area.height);
        let objects_start = self.head_height;
        let tail_start = objects_start + self.objects.len() * OBJECT_LINES;
        let mut row = area.y;

        if scroll < objects_start {
            let rows = (objects_start - scroll).min(usize::from(area.height));
            let offset = u16::try_from(scroll).unwrap_or(u16::MAX);
            let part = Rect::new(area.x, row, area.width, to_u16(rows));
            frame.render_widget(self.head.clone().scroll((offset, 0)), part);
            row += to_u16(rows);
        }
        for line in scroll.max(objects_start)..end.min(tail_start) {
            let index = line - objects_start;
            let object = &self.objects[index / OBJECT_LINES];
            let text = if index.is_multiple_of(OBJECT_LINES) {
                name_line(self.finding, object, ui)
            } else {
                reason_line(object, ui)
            };
            frame.render_widget(text, Rect::new(area.x, row, area.width, 1));
            row += 1;
        }
        let from = scroll.max(tail_start);
        if from < end.min(tail_start + self.tail_height) {
            let offset = u16::try_from(from - tail_start).unwrap_or(u16::MAX);
            let rows = area.y + area.height - row;
            let part = Rect::new(area.x, row, area.width, rows);
            frame.render_widget(self.tail.clone().scroll((offset, 0)), part);
        }
    }
}

fn to_u16(value: usize) -> u16 {
    u16::try_from(value).unwrap_or(u16::MAX)
}

/// Builds the line with an affected object's name and id, marked when it is excepted.
fn name_line<'a>(finding: &Finding, object: &AffectedObject, ui: &Ui<'_>) -> Line<'a> {
    let mut spans = vec![
        Span::styled("• ", ui.theme.text_muted),
        Span::styled(clean(&object.display_name), ui.theme.text),
        Span::styled(format!(" ({})", clean(&object.id)), ui.theme.text_muted),
    ];
    spans.extend(super::triage::excepted_span(finding, object, ui));
    Line::from(spans)
}

fn reason_line<'a>(object: &AffectedObject, ui: &Ui<'_>) -> Line<'a> {
    let reason = format!("  {}", clean(&crate::check::reason_text(object, ui.l10n)));
    Line::styled(reason, ui.theme.text_muted)
}
