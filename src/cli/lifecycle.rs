//! Commands of the data lifecycle: listing and deleting assessments, and `cray doctor`.

use std::io::{self, BufRead as _, IsTerminal as _, Write as _};

use anyhow::bail;
use serde::Serialize;

use super::ListFormat;
use crate::model::Assessment;
use crate::workspace::{DoctorReport, Workspace};

#[derive(Serialize)]
struct AssessmentRow<'a> {
    id: String,
    state: &'a crate::model::AssessmentState,
    #[serde(with = "time::serde::rfc3339")]
    started_at: time::OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    finished_at: Option<time::OffsetDateTime>,
    datasets: usize,
    exports: usize,
}

/// Prints a tenant's assessments, oldest first.
pub(super) fn assessment_list(
    workspace: &Workspace,
    tenant: &str,
    format: ListFormat,
) -> anyhow::Result<()> {
    let name = workspace.tenant(tenant)?.name;
    let store = workspace.store(&name)?;
    let assessments = workspace.assessments(tenant)?;
    let mut rows = Vec::new();
    for assessment in &assessments {
        rows.push(row(store.as_ref(), assessment)?);
    }
    let mut out = io::stdout().lock();
    match format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &rows)?;
            writeln!(out)?;
        }
        ListFormat::Table => {
            writeln!(
                out,
                "{:<36}  {:<10}  {:<20}  {:>8}  {:>7}",
                "ID", "STATE", "STARTED (UTC)", "DATASETS", "EXPORTS"
            )?;
            for r in &rows {
                let started = r.started_at.format(STARTED).unwrap_or_default();
                let state = serde_json::to_value(r.state)?;
                let state = state.as_str().unwrap_or_default().to_owned();
                writeln!(
                    out,
                    "{:<36}  {state:<10}  {started:<20}  {:>8}  {:>7}",
                    r.id, r.datasets, r.exports
                )?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

const STARTED: &[time::format_description::BorrowedFormatItem<'_>] =
    time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");

fn row<'a>(
    store: &dyn crate::store::Store,
    assessment: &'a Assessment,
) -> anyhow::Result<AssessmentRow<'a>> {
    Ok(AssessmentRow {
        id: assessment.id.to_string(),
        state: &assessment.state,
        started_at: assessment.started_at,
        finished_at: assessment.finished_at,
        datasets: store.datasets(assessment.id)?.len(),
        exports: store.exports(assessment.id)?.len(),
    })
}

/// Deletes one assessment after confirmation and prints what went.
pub(super) fn assessment_delete(
    workspace: &Workspace,
    tenant: &str,
    id: &str,
    yes: bool,
) -> anyhow::Result<()> {
    let assessment = workspace.find_assessment(tenant, id)?;
    if !yes {
        confirm(&format!(
            "This deletes assessment {} of tenant {tenant} with its datasets, results and \
             exported reports for good. Type \"delete\" to confirm: ",
            assessment.id
        ))?;
    }
    let report = workspace.delete_assessment(tenant, &assessment.id.to_string())?;
    println!(
        "Assessment {} deleted: {} datasets, {} results. There is no way back.",
        report.id, report.datasets, report.results
    );
    for path in &report.removed_exports {
        println!("  removed report {}", path.display());
    }
    for path in &report.missing_exports {
        println!("  report {} was already gone", path.display());
    }
    println!("Checked: the store holds nothing of it and no recorded report file remains.");
    Ok(())
}

fn confirm(question: &str) -> anyhow::Result<()> {
    if !io::stdin().is_terminal() {
        bail!("deleting needs confirmation: pass --yes to delete without a prompt");
    }
    eprint!("{question}");
    io::stderr().flush()?;
    let mut typed = String::new();
    io::stdin().lock().read_line(&mut typed)?;
    if typed.trim() != "delete" {
        bail!("confirmation did not match; nothing was deleted");
    }
    Ok(())
}

/// Prints the doctor's findings; fails (exit code 1) when something is wrong.
pub(super) fn doctor(workspace: &Workspace) -> anyhow::Result<()> {
    let report = workspace.doctor();
    print_doctor(&mut io::stdout().lock(), &report)?;
    if !report.healthy() {
        bail!("cray doctor found problems; see above");
    }
    Ok(())
}

fn print_doctor(out: &mut impl io::Write, report: &DoctorReport) -> io::Result<()> {
    let configured = format!("{:?}", report.key_storage).to_lowercase();
    writeln!(
        out,
        "Key storage: {configured} (new keys go to: {})",
        report.new_key_method.key()
    )?;
    if report.too_open.is_empty() {
        writeln!(out, "Permissions: ok (files 0600, directories 0700)")?;
    } else {
        writeln!(out, "Permissions: too open; fix with chmod:")?;
        for (path, mode) in &report.too_open {
            writeln!(out, "  {mode:04o} {}", path.display())?;
        }
    }
    writeln!(out, "Tenant stores:")?;
    if report.stores.is_empty() {
        writeln!(out, "  none registered")?;
    }
    for store in &report.stores {
        let key = store.key_method.map_or("none", |m| m.key());
        let state = match (&store.problem, store.exists) {
            (Some(problem), _) => format!("PROBLEM: {problem}"),
            (None, false) => "no data yet".to_owned(),
            (None, true) => format!(
                "ok: opens, schema version {}, {} assessments, decryptable",
                store.schema_version.unwrap_or_default(),
                store.assessments.unwrap_or_default()
            ),
        };
        writeln!(
            out,
            "  {:<16} local id {}  key {key:<10}  {state}",
            store.tenant.as_str(),
            store.local_id
        )?;
    }
    Ok(())
}
