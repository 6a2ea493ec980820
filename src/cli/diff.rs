//! `cray assessment diff`: what changed between two assessments of a tenant, as localized
//! text or as JSON.

use std::io::{self, Write as _};

use fluent::FluentValue;

use super::ListFormat;
use crate::display::sanitize;
use crate::i18n::Localizer;
use crate::model::CheckId;
use crate::triage::{AssessmentDiff, ChangedFinding, DiffEntry, DiffObject};
use crate::workspace::Workspace;

/// Prints the differences between two assessments of `tenant`; `ids` are the older and the
/// newer one, and `None` compares the two newest evaluated ones.
pub(super) fn assessment_diff(
    workspace: &Workspace,
    tenant: &str,
    ids: Option<(&str, &str)>,
    format: ListFormat,
    localizer: &Localizer,
) -> anyhow::Result<()> {
    let diff = workspace.diff(tenant, ids)?;
    let mut out = io::stdout().lock();
    match format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &diff)?;
            writeln!(out)?;
        }
        ListFormat::Table => write_text(&mut out, tenant, &diff, localizer)?,
    }
    out.flush()?;
    Ok(())
}

/// Writes the diff as text in the localizer's language.
fn write_text(
    out: &mut impl io::Write,
    tenant: &str,
    diff: &AssessmentDiff,
    l10n: &Localizer,
) -> io::Result<()> {
    let args = [
        ("tenant", FluentValue::from(tenant.to_owned())),
        ("old", FluentValue::from(diff.old.to_string())),
        ("new", FluentValue::from(diff.new.to_string())),
    ];
    writeln!(out, "{}", l10n.text_with("diff-title", &args))?;
    if diff.is_empty() {
        writeln!(out, "{}", l10n.text("diff-nothing"))?;
        return Ok(());
    }
    section(out, "diff-section-new", diff.new_findings.len(), l10n)?;
    for entry in &diff.new_findings {
        write_entry(out, entry, l10n)?;
    }
    section(out, "diff-section-resolved", diff.resolved.len(), l10n)?;
    for entry in &diff.resolved {
        write_entry(out, entry, l10n)?;
    }
    section(out, "diff-section-changed", diff.changed.len(), l10n)?;
    for changed in &diff.changed {
        write_changed(out, changed, l10n)?;
    }
    Ok(())
}

fn section(out: &mut impl io::Write, id: &str, count: usize, l10n: &Localizer) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "{}", l10n.text_with(id, &[("count", count.into())]))
}

fn title(check_id: &CheckId, l10n: &Localizer) -> String {
    l10n.text(&crate::check::message_id(check_id, "title"))
}

fn write_entry(out: &mut impl io::Write, entry: &DiffEntry, l10n: &Localizer) -> io::Result<()> {
    let severity = l10n.text(&format!("severity-{}", entry.severity.key()));
    let objects = l10n.text_with("diff-objects", &[("count", entry.affected.into())]);
    writeln!(
        out,
        "  {:<16} {severity:<10} {}  ({objects})",
        entry.check_id,
        title(&entry.check_id, l10n)
    )
}

fn write_changed(
    out: &mut impl io::Write,
    changed: &ChangedFinding,
    l10n: &Localizer,
) -> io::Result<()> {
    let id = &changed.check_id;
    writeln!(out, "  {id:<16} {}", title(id, l10n))?;
    if let Some(status) = changed.status {
        let before = l10n.text(&format!("status-{}", status.before.key()));
        let after = l10n.text(&format!("status-{}", status.after.key()));
        write_change(out, "diff-change-status", before, after, l10n)?;
    }
    if let Some(severity) = changed.severity {
        let before = l10n.text(&format!("severity-{}", severity.before.key()));
        let after = l10n.text(&format!("severity-{}", severity.after.key()));
        write_change(out, "diff-change-severity", before, after, l10n)?;
    }
    if let Some(affected) = changed.affected {
        let (before, after) = (affected.before.to_string(), affected.after.to_string());
        write_change(out, "diff-change-affected", before, after, l10n)?;
    }
    for object in &changed.added {
        writeln!(out, "      + {}", object_text(object))?;
    }
    for object in &changed.removed {
        writeln!(out, "      - {}", object_text(object))?;
    }
    Ok(())
}

fn write_change(
    out: &mut impl io::Write,
    id: &str,
    before: String,
    after: String,
    l10n: &Localizer,
) -> io::Result<()> {
    let args = [
        ("before", FluentValue::from(before)),
        ("after", FluentValue::from(after)),
    ];
    writeln!(out, "      {}", l10n.text_with(id, &args))
}

/// Returns `name (id)` with both made safe for the terminal.
fn object_text(object: &DiffObject) -> String {
    format!(
        "{} ({})",
        sanitize(&object.display_name),
        sanitize(&object.id)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::{AssessmentId, Severity, Status};
    use crate::triage::diff::Change;

    fn sample() -> AssessmentDiff {
        AssessmentDiff {
            old: AssessmentId(uuid::Uuid::from_u128(1)),
            new: AssessmentId(uuid::Uuid::from_u128(2)),
            new_findings: vec![DiffEntry {
                check_id: CheckId("CRAY-ENTRA-001".to_owned()),
                severity: Severity::High,
                status: Some(Status::Fail),
                affected: 1,
            }],
            resolved: Vec::new(),
            changed: vec![ChangedFinding {
                check_id: CheckId("CRAY-ENTRA-004".to_owned()),
                status: Some(Change {
                    before: Status::Fail,
                    after: Status::NotAssessable,
                }),
                severity: None,
                affected: Some(Change {
                    before: 2,
                    after: 1,
                }),
                added: Vec::new(),
                removed: vec![DiffObject {
                    id: "u-1".to_owned(),
                    display_name: "Evil\u{1b}[2J".to_owned(),
                }],
            }],
        }
    }

    fn text(lang: Lang) -> String {
        let mut out = Vec::new();
        let l10n = Localizer::new(lang).unwrap();
        write_text(&mut out, "demo", &sample(), &l10n).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn text_lists_sections_and_changes() {
        let english = text(Lang::EnUs);
        assert!(english.contains("New findings (1)"), "{english}");
        assert!(english.contains("Resolved findings (0)"), "{english}");
        assert!(english.contains("Changed findings (1)"), "{english}");
        assert!(english.contains("(1 object)"), "{english}");
        assert!(
            english.contains("status: Fail → Not assessable"),
            "{english}"
        );
        assert!(english.contains("affected objects: 2 → 1"), "{english}");
        assert!(english.contains("- Evil"), "{english}");
        assert!(!english.contains('\u{1b}'), "{english:?}");
    }

    #[test]
    fn text_is_german_with_german_locale() {
        let german = text(Lang::DeDe);
        assert!(german.contains("Neue Befunde (1)"), "{german}");
        assert!(
            german.contains("Status: Nicht bestanden → Nicht bewertbar"),
            "{german}"
        );
    }
}
