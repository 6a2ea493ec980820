//! The executive summary page: score and grade, counts, highest risks, matrix and roadmap.

use genpdf::elements::{Break, OrderedList, PageBreak};
use genpdf::error::Error;
use genpdf::style::Style;

use super::{Body, Cell, MUTED, body_style, severity_color};
use crate::model::Severity;
use crate::report::model::{
    Executive, Grade, RiskBand, RiskMatrix, Roadmap, Score, Summary, TopRisk,
};

fn grade_color(grade: Option<Grade>) -> genpdf::style::Color {
    match grade {
        Some(Grade::A | Grade::B) => genpdf::style::Color::Rgb(30, 120, 60),
        Some(Grade::C) => severity_color(Severity::Medium),
        Some(Grade::D | Grade::F) => severity_color(Severity::High),
        None => MUTED,
    }
}

fn band_color(band: RiskBand) -> genpdf::style::Color {
    match band {
        RiskBand::High => severity_color(Severity::High),
        RiskBand::Medium => severity_color(Severity::Medium),
        RiskBand::Low => severity_color(Severity::Low),
    }
}

impl Body<'_> {
    pub(super) fn executive(
        &mut self,
        executive: &Executive,
        summary: &Summary,
    ) -> Result<(), Error> {
        self.section(&executive.heading);
        self.score(&executive.score)?;
        self.push(Break::new(0.6));
        self.text(&executive.verdict, body_style());
        self.push(Break::new(0.6));
        self.counts(summary)?;
        self.top_risks(executive);
        // The matrix and roadmap start a page of their own: genpdf cannot keep a heading with
        // its table, and the highest risks usually fill the first page.
        self.push(PageBreak::new());
        self.matrix(&executive.matrix)?;
        self.roadmap(&executive.roadmap);
        Ok(())
    }

    fn score(&mut self, score: &Score) -> Result<(), Error> {
        let big = Style::new().with_font_size(20).bold();
        let rows = vec![
            vec![
                Cell::center(&score.label, body_style().bold()),
                Cell::center(&score.grade_label, body_style().bold()),
            ],
            vec![
                Cell::center(&score.text, big),
                Cell::center(
                    score.grade.map_or("-", Grade::letter),
                    big.with_color(grade_color(score.grade)),
                ),
            ],
        ];
        let table = self.table(&[1, 1], &rows)?;
        self.push(table);
        self.push(Break::new(0.3));
        self.text(&score.grade_text, body_style().bold());
        self.text(&score.explanation, body_style().italic().with_color(MUTED));
        Ok(())
    }

    fn counts(&mut self, summary: &Summary) -> Result<(), Error> {
        self.label(&summary.severity_heading);
        self.push(Break::new(0.2));
        let (names, counts): (Vec<Cell>, Vec<Cell>) = summary
            .failed_by_severity
            .iter()
            .map(|(severity, count)| {
                let color = severity_color(*severity);
                let number = if count.value > 0 {
                    Style::new().with_font_size(14).bold().with_color(color)
                } else {
                    Style::new().with_font_size(14).with_color(MUTED)
                };
                (
                    Cell::center(&count.label, body_style().bold().with_color(color)),
                    Cell::center(&count.text, number),
                )
            })
            .unzip();
        let table = self.table(&[1; 5], &[names, counts])?;
        self.push(table);
        self.push(Break::new(0.8));

        let row = |count: &crate::report::model::Count, style: Style| {
            vec![
                Cell::left(&count.label, style),
                Cell::right(&count.text, style),
            ]
        };
        let mut rows = vec![row(&summary.failed_total, body_style().bold())];
        for count in [
            &summary.open,
            &summary.accepted_risk,
            &summary.false_positive,
            &summary.passed,
            &summary.not_assessable,
        ] {
            rows.push(row(count, body_style()));
        }
        let table = self.table(&[5, 1], &rows)?;
        self.push(table);
        Ok(())
    }

    fn top_risks(&mut self, executive: &Executive) {
        self.heading(&executive.top_risks_heading, 13);
        if executive.top_risks.is_empty() {
            self.text(&executive.top_risks_none, body_style());
            return;
        }
        let mut list = OrderedList::new();
        for risk in &executive.top_risks {
            list.push(self.top_risk(risk));
        }
        self.push(list);
    }

    fn top_risk(&self, risk: &TopRisk) -> genpdf::elements::Paragraph {
        let width = super::CONTENT_WIDTH - super::LIST_INDENT;
        let title_style = body_style().bold();
        let rating_style = body_style().with_color(severity_color(risk.severity));
        let mut paragraph = self.fitted(&format!("{} ", risk.title), title_style, width);
        let rating = crate::report::wrap::fit(
            &format!("({}): ", risk.rating),
            rating_style,
            self.cache,
            genpdf::Mm::from(width),
        );
        paragraph.push_styled(rating, rating_style);
        let statement =
            crate::report::wrap::fit(&risk.statement, body_style(), self.cache, width.into());
        paragraph.push_styled(statement, body_style());
        paragraph
    }

    fn matrix(&mut self, matrix: &RiskMatrix) -> Result<(), Error> {
        self.section(&matrix.heading);
        let mut rows = vec![{
            let mut header = vec![Cell::left(&matrix.corner, body_style().bold())];
            header.extend(
                matrix
                    .efforts
                    .iter()
                    .map(|effort| Cell::center(effort, body_style().bold())),
            );
            header
        }];
        for row in &matrix.rows {
            let color = band_color(row.band);
            let mut cells = vec![Cell::left(
                &row.label,
                body_style().bold().with_color(color),
            )];
            for (count, text) in row.counts.iter().zip(&row.texts) {
                let style = if *count > 0 {
                    Style::new().with_font_size(12).bold().with_color(color)
                } else {
                    body_style().with_color(MUTED)
                };
                cells.push(Cell::center(text, style));
            }
            rows.push(cells);
        }
        let table = self.table(&[3, 2, 2, 2], &rows)?;
        self.push(table);
        self.push(Break::new(0.3));
        self.text(&matrix.caption, body_style().italic().with_color(MUTED));
        Ok(())
    }

    fn roadmap(&mut self, roadmap: &Roadmap) {
        self.heading(&roadmap.heading, 13);
        self.text(&roadmap.intro, body_style());
        for phase in &roadmap.phases {
            self.label(&phase.heading);
            if phase.items.is_empty() {
                self.text(&phase.none_text, body_style().with_color(MUTED));
                continue;
            }
            let lines: Vec<String> = phase
                .items
                .iter()
                .map(|item| format!("{} ({}): {}", item.title, item.check_id, item.note))
                .collect();
            self.bullets(lines.iter().map(String::as_str));
        }
    }
}
