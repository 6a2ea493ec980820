//! `cray stats`: the anonymized statistics per check, as a table or as JSON.

use std::io::{self, Write};

use serde::Serialize;

use super::ListFormat;
use crate::i18n::Localizer;
use crate::model::CheckId;
use crate::stats::{Statistics, found_in_text};

#[derive(Serialize)]
struct StatsRow<'a> {
    check_id: &'a str,
    assessed: u64,
    pass: u64,
    fail: u64,
    not_assessable: u64,
    fail_percent: Option<u64>,
    found_in: String,
}

fn rows<'a>(statistics: &'a Statistics, localizer: &Localizer) -> Vec<StatsRow<'a>> {
    statistics
        .checks
        .iter()
        .map(|(CheckId(id), tally)| StatsRow {
            check_id: id,
            assessed: tally.assessed(),
            pass: tally.pass,
            fail: tally.fail,
            not_assessable: tally.not_assessable,
            fail_percent: tally.fail_percent(),
            found_in: found_in_text(tally, localizer),
        })
        .collect()
}

/// Prints the statistics in `format`.
pub(super) fn print(
    out: &mut impl Write,
    statistics: &Statistics,
    format: ListFormat,
    localizer: &Localizer,
) -> io::Result<()> {
    let rows = rows(statistics, localizer);
    match format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &rows)?;
            writeln!(out)
        }
        ListFormat::Table => table(out, &rows),
    }
}

fn table(out: &mut impl Write, rows: &[StatsRow<'_>]) -> io::Result<()> {
    if rows.is_empty() {
        return writeln!(
            out,
            "No statistics yet: each evaluated assessment adds to them, unless [statistics] \
             enabled = false in config.toml switches them off."
        );
    }
    writeln!(
        out,
        "{:<15} {:>8} {:>6} {:>14}  FIGURE",
        "CHECK", "ASSESSED", "FAILED", "NOT ASSESSABLE"
    )?;
    for row in rows {
        writeln!(
            out,
            "{:<15} {:>8} {:>6} {:>14}  {}",
            row.check_id, row.assessed, row.fail, row.not_assessable, row.found_in
        )?;
    }
    Ok(())
}
