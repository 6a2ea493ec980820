//! CSV export: one row per check, for a spreadsheet.
//!
//! The file is RFC 4180 CSV in UTF-8 with a byte order mark, so spreadsheet programs detect
//! the encoding; lines end in CRLF. Column names are fixed English keys so scripts can rely
//! on them, values are language-neutral (decimal point, ISO dates), and titles and texts are
//! in the report language. Every field passes through [`csv_field`], which defuses text that
//! a spreadsheet would run as a formula.

use std::io::{self, Write};

use super::json::{self, CheckRecord};
use super::{ReportInput, ReportModel};
use crate::i18n::Localizer;

/// Column names of the export, in order.
pub const CSV_COLUMNS: [&str; 22] = [
    "check_id",
    "title",
    "topic",
    "status",
    "severity",
    "risk",
    "likelihood",
    "impact",
    "risk_band",
    "effort_class",
    "effort_hours",
    "phase",
    "triage",
    "triage_note",
    "expires_on",
    "affected_total",
    "affected_names",
    "not_assessable_reason",
    "references",
    "catalogue_severity",
    "excepted_objects",
    "note",
];

/// Most affected names listed in one cell; the JSON export lists every object.
const NAMES_PER_CELL: usize = 50;

/// Quotes a CSV field when it contains a comma, quote or line break, and prefixes an
/// apostrophe when it starts with `=`, `+`, `-`, `@`, tab or carriage return and is not a
/// number, so spreadsheet programs show tenant-controlled text instead of running it.
#[must_use]
pub fn csv_field(text: &str) -> String {
    let formula =
        text.starts_with(['=', '+', '-', '@', '\t', '\r']) && text.parse::<f64>().is_err();
    let defused = if formula {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

/// Writes the CSV export of the report into `out`.
pub(super) fn write(
    out: &mut impl Write,
    input: &ReportInput<'_>,
    model: &ReportModel,
    localizer: &Localizer,
) -> io::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    write_row(out, CSV_COLUMNS.iter().map(|c| (*c).to_owned()))?;
    for record in json::check_records(input, model, localizer) {
        write_row(out, cells(&record))?;
    }
    Ok(())
}

fn write_row(out: &mut impl Write, cells: impl IntoIterator<Item = String>) -> io::Result<()> {
    let line: Vec<String> = cells.into_iter().map(|cell| csv_field(&cell)).collect();
    write!(out, "{}\r\n", line.join(","))
}

fn cells(record: &CheckRecord<'_>) -> Vec<String> {
    let names: Vec<&str> = record
        .affected
        .iter()
        .take(NAMES_PER_CELL)
        .map(|object| object.display_name)
        .collect();
    vec![
        record.check_id.to_owned(),
        record.title.clone(),
        record.topic.to_owned(),
        record.status.to_owned(),
        record.severity.to_owned(),
        record.risk.to_string(),
        record.likelihood.to_string(),
        record.impact.to_string(),
        record.risk_band.to_owned(),
        record.effort.class.to_owned(),
        record.effort.hours.to_string(),
        record.phase.unwrap_or_default().to_owned(),
        record.triage.status.to_owned(),
        record.triage.note.to_owned(),
        record
            .triage
            .expires_on
            .map(|day| day.to_string())
            .unwrap_or_default(),
        record.affected_total.to_string(),
        names.join("; "),
        record.not_assessable_text.clone().unwrap_or_default(),
        record.references.join("; "),
        record
            .severity_override
            .map(|o| o.catalogue.key().to_owned())
            .unwrap_or_default(),
        excepted_cell(record),
        record.comment.to_owned(),
    ]
}

/// Returns the excepted objects as `name (id): reason`, separated by semicolons.
fn excepted_cell(record: &CheckRecord<'_>) -> String {
    let excepted: Vec<String> = record
        .affected
        .iter()
        .filter_map(|object| {
            let reason = object.excepted?;
            Some(format!("{} ({}): {reason}", object.display_name, object.id))
        })
        .collect();
    excepted.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_commas_and_quotes() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("plain"), "plain");
    }

    #[test]
    fn defuses_formulas() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_field("+1+1"), "'+1+1");
        assert_eq!(csv_field("\tcmd"), "'\tcmd");
    }

    #[test]
    fn keeps_negative_numbers() {
        assert_eq!(csv_field("-3"), "-3");
        assert_eq!(csv_field("-2.5"), "-2.5");
    }
}
