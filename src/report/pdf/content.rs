//! The document body: genpdf elements for each section of the model.

mod closing;
mod executive;

use genpdf::elements::{
    Break, FrameCellDecorator, LinearLayout, OrderedList, PageBreak, Paragraph, TableLayout,
    UnorderedList,
};
use genpdf::error::Error;
use genpdf::fonts::FontCache;
use genpdf::render::Area;
use genpdf::style::{Color, Style, StyledString};
use genpdf::{Alignment, Context, Element, Mm, Position, RenderResult, Size};

use super::{BODY_FONT_SIZE, logo};
use crate::model::Severity;
use crate::report::model::{
    CheckList, Cover, Coverage, FindingEntry, FindingLabels, Findings, ReportModel,
};
use crate::report::page::MARGINS;
use crate::report::wrap;

/// Width of the A4 content area in millimetres.
const CONTENT_WIDTH: f64 = 210.0 - (MARGINS.1 + MARGINS.3) as f64;

/// Indent of genpdf's list items in millimetres.
const LIST_INDENT: f64 = 10.0;

/// Padding inside table cells in millimetres.
const CELL_PADDING: f64 = 1.5;

/// Colour of section headings and rules.
const ACCENT: Color = Color::Rgb(20, 60, 110);

/// Colour of secondary text such as captions.
const MUTED: Color = Color::Greyscale(90);

/// Builds the body of the document; `logo` is the decoded cover logo, if one is configured.
pub(super) fn build(
    model: &ReportModel,
    cache: &FontCache,
    logo: Option<logo::Logo>,
) -> Result<LinearLayout, Error> {
    let mut body = Body::new(cache);
    body.cover(&model.cover, logo)?;
    body.push(PageBreak::new());
    body.executive(&model.executive, &model.summary)?;
    body.push(PageBreak::new());
    body.coverage(&model.coverage)?;
    body.check_list(&model.not_assessable);
    body.push(PageBreak::new());
    body.findings(&model.findings);
    // No page break here: the last finding often ends high on a page, and a break would
    // leave most of that page empty.
    body.push(Break::new(1.5));
    body.check_list(&model.passed);
    body.triaged(&model.triaged);
    body.push(PageBreak::new());
    body.methodology(&model.methodology);
    body.glossary(&model.glossary);
    Ok(body.layout)
}

/// A thin horizontal line across the content width.
struct Rule {
    color: Color,
}

impl Element for Rule {
    fn render(&mut self, _: &Context, area: Area<'_>, style: Style) -> Result<RenderResult, Error> {
        let width = area.size().width;
        area.draw_line(
            vec![Position::new(0, 0.5), Position::new(width, 0.5)],
            style.with_color(self.color),
        );
        Ok(RenderResult {
            size: Size::new(width, 1.5),
            has_more: false,
        })
    }
}

/// One table cell.
struct Cell {
    text: String,
    style: Style,
    alignment: Alignment,
}

impl Cell {
    fn left(text: &str, style: Style) -> Self {
        Self {
            text: text.to_owned(),
            style,
            alignment: Alignment::Left,
        }
    }

    fn right(text: &str, style: Style) -> Self {
        Self {
            text: text.to_owned(),
            style,
            alignment: Alignment::Right,
        }
    }

    fn center(text: &str, style: Style) -> Self {
        Self {
            text: text.to_owned(),
            style,
            alignment: Alignment::Center,
        }
    }
}

/// Accumulates elements and measures text against the fonts of the document.
struct Body<'c> {
    cache: &'c FontCache,
    layout: LinearLayout,
}

fn body_style() -> Style {
    Style::new().with_font_size(BODY_FONT_SIZE)
}

fn heading_style(size: u8) -> Style {
    Style::new().with_font_size(size).bold().with_color(ACCENT)
}

fn severity_color(severity: Severity) -> Color {
    match severity {
        Severity::Critical => Color::Rgb(140, 0, 0),
        Severity::High => Color::Rgb(200, 30, 30),
        Severity::Medium => Color::Rgb(190, 110, 0),
        Severity::Low => Color::Rgb(30, 90, 170),
        Severity::Info => Color::Greyscale(90),
    }
}

impl<'c> Body<'c> {
    fn new(cache: &'c FontCache) -> Self {
        Self {
            cache,
            layout: LinearLayout::vertical(),
        }
    }

    fn push(&mut self, element: impl Element + 'static) {
        self.layout.push(element);
    }

    /// Returns a paragraph of `text` whose words fit `width` millimetres.
    fn fitted(&self, text: &str, style: Style, width: f64) -> Paragraph {
        let fitted = wrap::fit(text, style, self.cache, Mm::from(width));
        Paragraph::new(StyledString::new(fitted, style))
    }

    /// Adds `text` as one paragraph per line, because genpdf ignores line breaks.
    fn text(&mut self, text: &str, style: Style) {
        for line in text.split('\n') {
            let paragraph = self.fitted(line, style, CONTENT_WIDTH);
            self.push(paragraph);
        }
    }

    // NOTE: genpdf 0.2 has no keep-with-next, so a heading can end up alone at the bottom of a
    // page with its section starting on the next one.
    fn heading(&mut self, text: &str, size: u8) {
        self.push(Break::new(0.6));
        self.text(text, heading_style(size));
        self.push(Break::new(0.3));
    }

    /// Adds a section heading with a rule under it.
    fn section(&mut self, text: &str) {
        self.heading(text, 16);
        self.push(Rule { color: ACCENT });
        self.push(Break::new(0.3));
    }

    fn label(&mut self, text: &str) {
        self.push(Break::new(0.4));
        self.text(text, body_style().bold());
    }

    /// Adds "label: value" with a bold label.
    fn field(&mut self, label: &str, value: &str, value_style: Style) {
        let label_text = format!("{label}: ");
        let label_style = body_style().bold();
        let mut paragraph = self.fitted(&label_text, label_style, CONTENT_WIDTH);
        let value = wrap::fit(value, value_style, self.cache, Mm::from(CONTENT_WIDTH));
        paragraph.push_styled(value, value_style);
        self.push(paragraph);
    }

    fn bullets<'t>(&mut self, items: impl IntoIterator<Item = &'t str>) {
        let mut list = UnorderedList::new();
        for item in items {
            list.push(self.fitted(item, body_style(), CONTENT_WIDTH - LIST_INDENT));
        }
        self.push(list);
    }

    /// Builds a framed table; column widths follow `weights` as genpdf splits them.
    fn table(&self, weights: &[usize], rows: &[Vec<Cell>]) -> Result<TableLayout, Error> {
        let total: usize = weights.iter().sum();
        let mut table = TableLayout::new(weights.to_vec());
        table.set_cell_decorator(FrameCellDecorator::new(true, true, false));
        for row in rows {
            let mut table_row = table.row();
            for (cell, weight) in row.iter().zip(weights) {
                let width = CONTENT_WIDTH * *weight as f64 / total as f64 - 2.0 * CELL_PADDING;
                let paragraph = self
                    .fitted(&cell.text, cell.style, width)
                    .aligned(cell.alignment);
                table_row.push_element(paragraph.padded(CELL_PADDING));
            }
            table_row.push()?;
        }
        Ok(table)
    }

    fn cover(&mut self, cover: &Cover, logo: Option<logo::Logo>) -> Result<(), Error> {
        match logo {
            Some(logo) => self.push(logo.element()?),
            None => self.push(Break::new(3)),
        }
        if let Some(company) = &cover.company {
            let company = self
                .fitted(
                    company,
                    body_style().bold().with_color(MUTED),
                    CONTENT_WIDTH,
                )
                .aligned(Alignment::Right);
            self.push(company);
        }

        self.push(Break::new(5));
        self.text(&cover.title, heading_style(26));
        self.push(Break::new(0.5));
        self.text(&cover.subtitle, body_style().with_font_size(13));
        self.push(Break::new(1));
        self.push(Rule { color: ACCENT });
        self.push(Break::new(1));
        self.text(&cover.customer, body_style().with_font_size(18).bold());

        self.push(Break::new(3));
        let rows: Vec<Vec<Cell>> = cover
            .fields
            .iter()
            .map(|field| {
                vec![
                    Cell::left(&field.label, body_style().bold()),
                    Cell::left(&field.value, body_style()),
                ]
            })
            .collect();
        let table = self.table(&[2, 3], &rows)?;
        self.push(table);
        Ok(())
    }

    fn coverage(&mut self, coverage: &Coverage) -> Result<(), Error> {
        self.section(&coverage.heading);
        self.text(&coverage.assessed, body_style());
        self.push(Break::new(0.5));
        let header = body_style().bold();
        let mut rows = vec![vec![
            Cell::left(&coverage.dataset_label, header),
            Cell::left(&coverage.key_label, header),
            Cell::left(&coverage.state_label, header),
        ]];
        for row in &coverage.rows {
            let state_style = if row.collected {
                body_style()
            } else {
                body_style()
                    .bold()
                    .with_color(severity_color(Severity::High))
            };
            rows.push(vec![
                Cell::left(&row.name, body_style()),
                Cell::left(&row.key, body_style().with_font_size(8).with_color(MUTED)),
                Cell::left(&row.state, state_style),
            ]);
        }
        if coverage.rows.is_empty() {
            let none = Cell::left(&coverage.none_text, body_style());
            rows.push(vec![
                none,
                Cell::left("", body_style()),
                Cell::left("", body_style()),
            ]);
        }
        let table = self.table(&[5, 4, 4], &rows)?;
        self.push(table);
        Ok(())
    }

    fn findings(&mut self, findings: &Findings) {
        self.section(&findings.heading);
        if findings.entries.is_empty() {
            self.text(&findings.none_text, body_style());
        }
        for (index, entry) in findings.entries.iter().enumerate() {
            self.finding(index + 1, entry, &findings.labels);
        }
    }

    fn finding(&mut self, number: usize, entry: &FindingEntry, labels: &FindingLabels) {
        self.heading(&format!("{number}. {}", entry.title), 13);
        let severity_style = body_style()
            .bold()
            .with_color(severity_color(entry.severity));
        self.field(&labels.check_id, &entry.check_id, body_style());
        self.field(&labels.severity, &entry.severity_text, severity_style);
        self.field(&labels.risk, &entry.risk_text, body_style());
        self.field(&labels.effort, &entry.effort_text, body_style());
        self.field(&labels.phase, &entry.phase_text, body_style());
        if let Some(note) = &entry.triage_note {
            self.field(&labels.triage_note, note, body_style().italic());
        }
        if let Some(comment) = &entry.comment {
            self.field(&labels.comment, comment, body_style().italic());
        }

        self.label(&labels.description);
        self.text(&entry.description, body_style());
        self.label(&labels.risk_statement);
        self.text(&entry.risk_statement, body_style());
        self.remediation(&labels.remediation, &entry.remediation);
        if !entry.detail.trim().is_empty() {
            self.label(&labels.detail);
            self.text(&entry.detail, body_style());
        }
        self.affected(entry);
        if !entry.references.is_empty() {
            self.label(&labels.references);
            self.bullets(entry.references.iter().map(String::as_str));
        }
    }

    fn remediation(&mut self, label: &str, steps: &[String]) {
        if steps.is_empty() {
            return;
        }
        self.label(label);
        let mut list = OrderedList::new();
        for step in steps {
            list.push(self.fitted(step, body_style(), CONTENT_WIDTH - LIST_INDENT));
        }
        self.push(list);
    }

    fn affected(&mut self, entry: &FindingEntry) {
        if entry.affected_total == 0 {
            return;
        }
        self.label(&entry.affected_heading);
        let lines: Vec<String> = entry
            .affected
            .iter()
            .map(|object| {
                if object.reason.trim().is_empty() {
                    format!("{} ({})", object.display_name, object.id)
                } else {
                    format!("{} ({}): {}", object.display_name, object.id, object.reason)
                }
            })
            .collect();
        self.bullets(lines.iter().map(String::as_str));
        if let Some(more) = &entry.affected_more {
            self.text(more, body_style().italic());
        }
    }

    fn check_list(&mut self, list: &CheckList) {
        self.heading(&list.heading, 14);
        if list.items.is_empty() {
            self.text(&list.none_text, body_style());
            return;
        }
        let lines: Vec<String> = list
            .items
            .iter()
            .map(|item| match &item.note {
                Some(note) => format!("{} {}: {note}", item.check_id, item.title),
                None => format!("{} {}", item.check_id, item.title),
            })
            .collect();
        self.bullets(lines.iter().map(String::as_str));
    }
}
