//! `cray checks list`: the check catalogue with every field, as a table or as JSON.
//!
//! JSON carries the texts (title, description, risk, remediation) in the language given by
//! `--lang` or `CRAY_LANG`; without either it carries both shipped languages, keyed by
//! locale, so one export serves a bilingual report. The table shows one line per check in
//! the resolved language and stays within 80 columns.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use super::ListFormat;
use crate::check::{Catalogue, CheckDef, MESSAGE_PARTS, message_id};
use crate::display::sanitize;
use crate::i18n::{Lang, Localizer};
use crate::model::{Dataset, Effort};

/// Width of the table.
const WIDTH: usize = 80;

#[derive(Serialize)]
struct LicenceRow<'a> {
    name: &'a str,
    service_plans: Vec<&'a str>,
}

#[derive(Serialize)]
struct CheckRow<'a> {
    id: &'a str,
    topic: &'a str,
    topic_name: BTreeMap<&'static str, String>,
    severity: &'static str,
    likelihood: u8,
    impact: u8,
    risk: u8,
    effort: &'a Effort,
    datasets: Vec<&'static str>,
    optional_datasets: Vec<&'static str>,
    permissions: Vec<&'static str>,
    licence: Option<LicenceRow<'a>>,
    references: &'a [String],
    /// Texts by locale, then by part.
    texts: BTreeMap<&'static str, BTreeMap<&'static str, String>>,
}

fn keys(datasets: &[Dataset]) -> Vec<&'static str> {
    datasets.iter().map(|dataset| dataset.key()).collect()
}

fn row<'a>(check: &'a CheckDef, localizers: &[(Lang, Localizer)]) -> CheckRow<'a> {
    let texts = localizers
        .iter()
        .map(|(lang, localizer)| {
            let parts = MESSAGE_PARTS
                .iter()
                .map(|part| (*part, localizer.text(&message_id(&check.id, part))))
                .collect();
            (lang.tag(), parts)
        })
        .collect();
    let topic_name = localizers
        .iter()
        .map(|(lang, localizer)| {
            (
                lang.tag(),
                localizer.text(&format!("topic-{}", check.topic)),
            )
        })
        .collect();
    CheckRow {
        id: &check.id.0,
        topic: &check.topic,
        topic_name,
        severity: check.severity.key(),
        likelihood: check.likelihood,
        impact: check.impact,
        risk: check.risk(),
        effort: &check.effort,
        datasets: keys(&check.datasets),
        optional_datasets: keys(&check.optional_datasets),
        permissions: check.permissions(),
        licence: check.licence.as_ref().map(|licence| LicenceRow {
            name: &licence.name,
            service_plans: licence.service_plans().collect(),
        }),
        references: &check.references,
        texts,
    }
}

/// Prints the catalogue. `chosen` is the language given by `--lang` or `CRAY_LANG`; `lang` is
/// the resolved language of the table.
pub(super) fn list(
    catalogue: &Catalogue,
    format: ListFormat,
    chosen: Option<Lang>,
    lang: Lang,
) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    match format {
        ListFormat::Json => {
            let langs: Vec<Lang> = chosen.map_or_else(|| Lang::ALL.to_vec(), |lang| vec![lang]);
            let localizers = langs
                .into_iter()
                .map(|lang| Ok((lang, Localizer::new(lang)?)))
                .collect::<Result<Vec<_>, crate::i18n::LocaleError>>()?;
            let rows: Vec<CheckRow<'_>> = catalogue
                .checks()
                .iter()
                .map(|check| row(check, &localizers))
                .collect();
            serde_json::to_writer_pretty(&mut out, &rows)?;
            writeln!(out)?;
        }
        ListFormat::Table => table(&mut out, catalogue, &Localizer::new(lang)?)?,
    }
    out.flush()?;
    Ok(())
}

/// One line per check: id, severity, risk, effort and as much of the title as fits.
fn table(out: &mut impl Write, catalogue: &Catalogue, localizer: &Localizer) -> io::Result<()> {
    writeln!(
        out,
        "{:<14} {:<8} {:>4} {:<7} TITLE",
        "ID", "SEVERITY", "RISK", "EFFORT"
    )?;
    let title_width = WIDTH - (14 + 1 + 8 + 1 + 4 + 1 + 7 + 1);
    for check in catalogue.checks() {
        let text = localizer.text(&message_id(&check.id, "title"));
        let title = sanitize(&text);
        let effort = format!("{:?} {}h", check.effort.class, check.effort.hours);
        writeln!(
            out,
            "{:<14} {:<8} {:>4} {:<7} {}",
            check.id.0,
            check.severity.key(),
            check.risk(),
            effort,
            truncate(&title, title_width)
        )?;
    }
    writeln!(
        out,
        "{} checks; --format json adds datasets, permissions, licences and texts.",
        catalogue.checks().len()
    )
}

/// Cuts a text to `width` characters, ending in an ellipsis when it was longer.
fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_lines_fit_80_columns() {
        let catalogue = Catalogue::embedded().unwrap();
        for lang in Lang::ALL {
            let mut out = Vec::new();
            table(&mut out, &catalogue, &Localizer::new(lang).unwrap()).unwrap();
            let text = String::from_utf8(out).unwrap();
            let lines: Vec<&str> = text.lines().collect();
            assert_eq!(lines.len(), catalogue.checks().len() + 2);
            for line in &lines {
                assert!(line.chars().count() <= WIDTH, "{lang}: {line}");
            }
        }
    }

    #[test]
    fn json_row_has_every_field_and_both_languages() {
        let catalogue = Catalogue::embedded().unwrap();
        let localizers: Vec<(Lang, Localizer)> = Lang::ALL
            .into_iter()
            .map(|lang| (lang, Localizer::new(lang).unwrap()))
            .collect();
        let check = &catalogue.checks()[0];
        let value = serde_json::to_value(row(check, &localizers)).unwrap();
        for field in [
            "id",
            "topic",
            "severity",
            "likelihood",
            "impact",
            "risk",
            "effort",
            "datasets",
            "optional_datasets",
            "permissions",
            "licence",
            "references",
            "texts",
        ] {
            assert!(value.get(field).is_some(), "{field}: {value}");
        }
        assert!(
            value["texts"]["de-DE"]["title"]
                .as_str()
                .is_some_and(|t| !t.is_empty())
        );
        assert!(
            value["texts"]["en-US"]["remediation"]
                .as_str()
                .is_some_and(|t| !t.is_empty())
        );
    }

    #[test]
    fn truncate_marks_cut_text() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
    }
}
