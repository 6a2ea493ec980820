//! Markdown export for a ticket or a wiki page: the report's sections as CommonMark with
//! GitHub tables.
//!
//! Every text from the model passes through [`escape`], because customer names, object names,
//! notes and rule output are tenant-controlled: they must not add links, images, HTML,
//! headings or table cells.

use std::io::{self, Write};

use super::model::{
    CheckList, Coverage, Executive, FindingEntry, Findings, Glossary, Methodology, ReportModel,
    Summary, Triaged,
};

/// Escapes `text` for use inside a Markdown paragraph, list item or table cell.
///
/// Line breaks and other control characters become spaces; `&`, `<` and `>` become HTML
/// entities; the characters that start emphasis, code, links, tables, headings and
/// strike-through get a backslash; and a leading list or block marker (`-`, `+`, `=`, `1.`)
/// is escaped so the value cannot start a block.
#[must_use]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    escape_block_start(&out)
}

/// Escapes a leading `-`, `+`, `=` or the dot or parenthesis of a leading number.
fn escape_block_start(text: &str) -> String {
    if text.starts_with(['-', '+', '=']) {
        return format!("\\{text}");
    }
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && text[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &text[..digits], &text[digits..]);
    }
    text.to_owned()
}

/// Writes the Markdown export of the report into `out`.
pub(super) fn write(out: &mut impl Write, model: &ReportModel) -> io::Result<()> {
    cover(out, model)?;
    executive(out, &model.executive, &model.summary)?;
    coverage(out, &model.coverage)?;
    check_list(out, &model.not_assessable)?;
    findings(out, &model.findings)?;
    check_list(out, &model.passed)?;
    triaged(out, &model.triaged)?;
    methodology(out, &model.methodology)?;
    glossary(out, &model.glossary)
}

fn table_row(out: &mut impl Write, cells: &[&str]) -> io::Result<()> {
    let escaped: Vec<String> = cells.iter().map(|cell| escape(cell)).collect();
    writeln!(out, "| {} |", escaped.join(" | "))
}

/// Writes the delimiter row of a table whose first column is text and the others numbers.
fn numeric_rule(out: &mut impl Write, columns: usize) -> io::Result<()> {
    let mut rules = vec!["---:"; columns];
    rules[0] = "---";
    writeln!(out, "|{}|", rules.join("|"))
}

fn cover(out: &mut impl Write, model: &ReportModel) -> io::Result<()> {
    let cover = &model.cover;
    writeln!(
        out,
        "# {}: {}\n",
        escape(&cover.title),
        escape(&cover.customer)
    )?;
    writeln!(out, "{}\n", escape(&cover.subtitle))?;
    writeln!(out, "| | |")?;
    writeln!(out, "|---|---|")?;
    for field in &cover.fields {
        table_row(out, &[&field.label, &field.value])?;
    }
    writeln!(out)
}

fn executive(out: &mut impl Write, executive: &Executive, summary: &Summary) -> io::Result<()> {
    let score = &executive.score;
    writeln!(out, "## {}\n", escape(&executive.heading))?;
    writeln!(
        out,
        "**{}:** {} · **{}:** {}\n",
        escape(&score.label),
        escape(&score.text),
        escape(&score.grade_label),
        escape(&score.grade_text)
    )?;
    writeln!(out, "{}\n", escape(&executive.verdict))?;
    writeln!(out, "*{}*\n", escape(&score.explanation))?;
    counts(out, summary)?;
    writeln!(out, "### {}\n", escape(&executive.top_risks_heading))?;
    if executive.top_risks.is_empty() {
        writeln!(out, "{}\n", escape(&executive.top_risks_none))?;
    }
    for (index, risk) in executive.top_risks.iter().enumerate() {
        writeln!(
            out,
            "{}. **{}** ({}): {}",
            index + 1,
            escape(&risk.title),
            escape(&risk.rating),
            escape(&risk.statement)
        )?;
    }
    writeln!(out)?;
    matrix(out, executive)?;
    roadmap(out, executive)
}

fn counts(out: &mut impl Write, summary: &Summary) -> io::Result<()> {
    writeln!(out, "**{}**\n", escape(&summary.severity_heading))?;
    let names: Vec<&str> = summary
        .failed_by_severity
        .iter()
        .map(|(_, count)| count.label.as_str())
        .collect();
    let numbers: Vec<&str> = summary
        .failed_by_severity
        .iter()
        .map(|(_, count)| count.text.as_str())
        .collect();
    table_row(out, &names)?;
    writeln!(out, "|{}|", vec!["---:"; names.len()].join("|"))?;
    table_row(out, &numbers)?;
    writeln!(out)?;
    table_row(out, &["", &summary.count_label])?;
    numeric_rule(out, 2)?;
    for count in [
        &summary.failed_total,
        &summary.open,
        &summary.accepted_risk,
        &summary.false_positive,
        &summary.passed,
        &summary.not_assessable,
    ] {
        table_row(out, &[&count.label, &count.text])?;
    }
    writeln!(out)
}

fn matrix(out: &mut impl Write, executive: &Executive) -> io::Result<()> {
    let matrix = &executive.matrix;
    writeln!(out, "### {}\n", escape(&matrix.heading))?;
    let [s, m, l] = &matrix.efforts;
    table_row(out, &[&matrix.corner, s, m, l])?;
    numeric_rule(out, 4)?;
    for row in &matrix.rows {
        let [s, m, l] = &row.texts;
        table_row(out, &[&row.label, s, m, l])?;
    }
    writeln!(out, "\n*{}*\n", escape(&matrix.caption))
}

fn roadmap(out: &mut impl Write, executive: &Executive) -> io::Result<()> {
    let roadmap = &executive.roadmap;
    writeln!(out, "### {}\n", escape(&roadmap.heading))?;
    writeln!(out, "{}\n", escape(&roadmap.intro))?;
    for phase in &roadmap.phases {
        writeln!(out, "#### {}\n", escape(&phase.heading))?;
        if phase.items.is_empty() {
            writeln!(out, "{}", escape(&phase.none_text))?;
        }
        for item in &phase.items {
            writeln!(
                out,
                "- {} (`{}`): {}",
                escape(&item.title),
                code(&item.check_id),
                escape(&item.note)
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// Returns `text` for use inside a code span: backticks and control characters removed.
fn code(text: &str) -> String {
    text.chars()
        .filter(|c| *c != '`' && !c.is_control())
        .collect()
}

fn coverage(out: &mut impl Write, coverage: &Coverage) -> io::Result<()> {
    writeln!(out, "## {}\n", escape(&coverage.heading))?;
    writeln!(out, "{}\n", escape(&coverage.assessed))?;
    table_row(
        out,
        &[
            &coverage.dataset_label,
            &coverage.key_label,
            &coverage.state_label,
        ],
    )?;
    writeln!(out, "|---|---|---|")?;
    for row in &coverage.rows {
        table_row(out, &[&row.name, &row.key, &row.state])?;
    }
    writeln!(out)
}

fn check_list(out: &mut impl Write, list: &CheckList) -> io::Result<()> {
    writeln!(out, "### {}\n", escape(&list.heading))?;
    if list.items.is_empty() {
        writeln!(out, "{}", escape(&list.none_text))?;
    }
    for item in &list.items {
        match &item.note {
            Some(note) => writeln!(
                out,
                "- `{}` {}: {}",
                code(&item.check_id),
                escape(&item.title),
                escape(note)
            )?,
            None => writeln!(out, "- `{}` {}", code(&item.check_id), escape(&item.title))?,
        }
    }
    writeln!(out)
}

fn findings(out: &mut impl Write, findings: &Findings) -> io::Result<()> {
    writeln!(out, "## {}\n", escape(&findings.heading))?;
    if findings.entries.is_empty() {
        writeln!(out, "{}\n", escape(&findings.none_text))?;
    }
    for (index, entry) in findings.entries.iter().enumerate() {
        finding(out, index + 1, entry, findings)?;
    }
    Ok(())
}

fn finding(
    out: &mut impl Write,
    number: usize,
    entry: &FindingEntry,
    findings: &Findings,
) -> io::Result<()> {
    let labels = &findings.labels;
    writeln!(out, "### {number}. {}\n", escape(&entry.title))?;
    for (label, value) in [
        (&labels.check_id, &entry.check_id),
        (&labels.severity, &entry.severity_text),
        (&labels.risk, &entry.risk_text),
        (&labels.effort, &entry.effort_text),
        (&labels.phase, &entry.phase_text),
    ] {
        writeln!(out, "- **{}:** {}", escape(label), escape(value))?;
    }
    if let Some(note) = &entry.triage_note {
        writeln!(
            out,
            "- **{}:** {}",
            escape(&labels.triage_note),
            escape(note)
        )?;
    }
    if let Some(comment) = &entry.comment {
        writeln!(
            out,
            "- **{}:** {}",
            escape(&labels.comment),
            escape(comment)
        )?;
    }
    writeln!(
        out,
        "\n**{}**\n\n{}\n",
        escape(&labels.description),
        escape(&entry.description)
    )?;
    writeln!(
        out,
        "**{}**\n\n{}\n",
        escape(&labels.risk_statement),
        escape(&entry.risk_statement)
    )?;
    writeln!(out, "**{}**\n", escape(&labels.remediation))?;
    for (index, step) in entry.remediation.iter().enumerate() {
        writeln!(out, "{}. {}", index + 1, escape(step))?;
    }
    writeln!(out)?;
    if !entry.detail.trim().is_empty() {
        writeln!(
            out,
            "**{}**\n\n{}\n",
            escape(&labels.detail),
            escape(&entry.detail)
        )?;
    }
    affected(out, entry)?;
    if !entry.references.is_empty() {
        writeln!(out, "**{}**\n", escape(&labels.references))?;
        for reference in &entry.references {
            writeln!(out, "- {}", escape(reference))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn affected(out: &mut impl Write, entry: &FindingEntry) -> io::Result<()> {
    if entry.affected_total == 0 {
        return Ok(());
    }
    writeln!(out, "**{}**\n", escape(&entry.affected_heading))?;
    for object in &entry.affected {
        let reason = if object.reason.trim().is_empty() {
            String::new()
        } else {
            format!(": {}", escape(&object.reason))
        };
        writeln!(
            out,
            "- {} (`{}`){reason}",
            escape(&object.display_name),
            code(&object.id)
        )?;
    }
    if let Some(more) = &entry.affected_more {
        writeln!(out, "\n*{}*", escape(more))?;
    }
    writeln!(out)
}

fn triaged(out: &mut impl Write, triaged: &Triaged) -> io::Result<()> {
    writeln!(out, "## {}\n", escape(&triaged.heading))?;
    writeln!(out, "{}\n", escape(&triaged.intro))?;
    if triaged.entries.is_empty() {
        writeln!(out, "{}\n", escape(&triaged.none_text))?;
        return Ok(());
    }
    let labels = &triaged.labels;
    table_row(
        out,
        &[
            &labels.check,
            &labels.decision,
            &labels.reason,
            &labels.decided,
            &labels.expires,
        ],
    )?;
    writeln!(out, "|---|---|---|---|---|")?;
    for entry in &triaged.entries {
        let check = format!("{} ({})", entry.title, entry.check_id);
        table_row(
            out,
            &[
                &check,
                &entry.decision,
                &entry.reason,
                &entry.decided,
                &entry.expires,
            ],
        )?;
    }
    writeln!(out)
}

fn methodology(out: &mut impl Write, methodology: &Methodology) -> io::Result<()> {
    writeln!(out, "## {}\n", escape(&methodology.heading))?;
    for paragraph in &methodology.paragraphs {
        writeln!(
            out,
            "**{}.** {}\n",
            escape(&paragraph.label),
            escape(&paragraph.value)
        )?;
    }
    Ok(())
}

fn glossary(out: &mut impl Write, glossary: &Glossary) -> io::Result<()> {
    writeln!(out, "## {}\n", escape(&glossary.heading))?;
    for term in &glossary.terms {
        writeln!(
            out,
            "- **{}**: {}",
            escape(&term.label),
            escape(&term.value)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralizes_links_and_html() {
        assert_eq!(
            escape("[x](https://evil) <img src=x>"),
            "\\[x\\](https://evil) &lt;img src=x&gt;"
        );
    }

    #[test]
    fn escape_neutralizes_table_and_emphasis() {
        assert_eq!(escape("a|b *c* _d_ `e`"), "a\\|b \\*c\\* \\_d\\_ \\`e\\`");
    }

    #[test]
    fn escape_flattens_line_breaks() {
        assert_eq!(escape("a\n# b\r\nc"), "a \\# b  c");
    }

    #[test]
    fn escape_defuses_block_starts() {
        assert_eq!(escape("- item"), "\\- item");
        assert_eq!(escape("1. step"), "1\\. step");
        assert_eq!(escape("2026 report"), "2026 report");
    }

    #[test]
    fn code_drops_backticks() {
        assert_eq!(code("a`b\nc"), "abc");
    }
}
