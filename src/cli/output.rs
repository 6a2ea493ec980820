//! Printed forms of tenants and findings: tables for reading, JSON and CSV for scripts.
//!
//! The JSON field names are a contract that scripts rely on.

use std::cmp::Ordering;
use std::io::{self, Write};

use serde::Serialize;

use super::ListFormat;
use crate::display::sanitize;
use crate::i18n::Localizer;
use crate::model::{
    AffectedObject, Effort, Finding, FindingAnnotations, Message, NotAssessableReason, NotCollected,
};
use crate::report::csv_field;
use crate::tenant::{CredentialRef, Tenant};

/// Orders findings by risk, then severity (both descending), then check id.
pub(super) fn finding_order(a: &Finding, b: &Finding) -> Ordering {
    b.risk()
        .cmp(&a.risk())
        .then(b.severity.cmp(&a.severity))
        .then_with(|| a.check_id.cmp(&b.check_id))
}

/// Returns a one-line English explanation of why a dataset was not collected.
pub(super) fn not_collected_text(cause: &NotCollected) -> String {
    match cause {
        NotCollected::MissingPermission { permission } => {
            format!("not collected: missing permission {permission}")
        }
        NotCollected::NotLicensed { licence } => format!("not licensed: needs {licence}"),
        NotCollected::Throttled => "not collected: throttled until retries ran out".to_owned(),
        NotCollected::Failed { message } => format!("not collected: {message}"),
        NotCollected::Cancelled => "not collected: run cancelled".to_owned(),
    }
}

fn reason_text(reason: &NotAssessableReason) -> String {
    match reason {
        NotAssessableReason::MissingPermission {
            dataset,
            permission,
        } => {
            format!("{dataset} not collected: missing permission {permission}")
        }
        NotAssessableReason::NotLicensed { licence } => format!("not licensed: needs {licence}"),
        NotAssessableReason::NotCollected { dataset, cause } => {
            format!("{dataset} {}", not_collected_text(cause))
        }
        NotAssessableReason::RuleError { message } => format!("rule error: {message}"),
    }
}

#[derive(Serialize)]
struct TenantRow<'a> {
    name: &'a str,
    display_name: &'a str,
    tenant_id: &'a str,
    cloud: crate::tenant::Cloud,
    client_id: &'a str,
    credential: &'a CredentialRef,
    demo: bool,
}

/// Prints the tenant list.
pub(super) fn tenant_list(tenants: &[Tenant], format: ListFormat) -> io::Result<()> {
    let mut out = io::stdout().lock();
    match format {
        ListFormat::Json => {
            let rows: Vec<TenantRow<'_>> = tenants
                .iter()
                .map(|t| TenantRow {
                    name: t.name.as_str(),
                    display_name: &t.display_name,
                    tenant_id: &t.tenant_id,
                    cloud: t.cloud,
                    client_id: &t.client_id,
                    credential: &t.credential,
                    demo: t.demo,
                })
                .collect();
            serde_json::to_writer_pretty(&mut out, &rows)?;
            writeln!(out)?;
        }
        ListFormat::Table => {
            if tenants.is_empty() {
                writeln!(
                    out,
                    "No tenants registered. `cray demo` adds the demo tenant."
                )?;
            }
            let width = tenants
                .iter()
                .map(|t| t.name.as_str().len())
                .max()
                .unwrap_or(0)
                .max(4);
            if !tenants.is_empty() {
                writeln!(out, "{:<width$}  {:<36}  DISPLAY NAME", "NAME", "TENANT ID")?;
            }
            for t in tenants {
                let name = sanitize(&t.display_name);
                let tenant_id = sanitize(&t.tenant_id);
                writeln!(out, "{:<width$}  {tenant_id:<36}  {name}", t.name.as_str())?;
            }
        }
    }
    out.flush()
}

#[derive(Serialize)]
struct FindingRow<'a> {
    check_id: &'a str,
    status: &'static str,
    severity: &'static str,
    title: String,
    risk: u8,
    likelihood: u8,
    impact: u8,
    effort: &'a Effort,
    topic: &'a str,
    refs: &'a [String],
    detail: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail_message: Option<&'a Message>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
    triage: &'static str,
    triage_note: &'a str,
    affected: &'a [AffectedObject],
    #[serde(flatten)]
    annotations: &'a FindingAnnotations,
}

fn row<'a>(finding: &'a Finding, localizer: &Localizer) -> FindingRow<'a> {
    FindingRow {
        check_id: &finding.check_id.0,
        status: finding.status.key(),
        severity: finding.severity.key(),
        title: title(finding, localizer),
        risk: finding.risk(),
        likelihood: finding.likelihood,
        impact: finding.impact,
        effort: &finding.effort,
        topic: &finding.topic,
        refs: &finding.refs,
        detail: &finding.detail,
        detail_message: finding.detail_message.as_ref(),
        reason: finding.reason.as_ref().map(reason_text),
        triage: finding.triage.key(),
        triage_note: &finding.triage_note,
        affected: &finding.affected,
        annotations: &finding.annotations,
    }
}

fn title(finding: &Finding, localizer: &Localizer) -> String {
    localizer.text(&crate::check::message_id(&finding.check_id, "title"))
}

/// Prints findings as a JSON array.
pub(super) fn findings_json(
    out: &mut impl Write,
    findings: &[&Finding],
    localizer: &Localizer,
) -> io::Result<()> {
    let rows: Vec<FindingRow<'_>> = findings.iter().map(|f| row(f, localizer)).collect();
    serde_json::to_writer_pretty(&mut *out, &rows)?;
    writeln!(out)
}

/// Prints findings as CSV with a header row; affected objects are counted, not listed.
pub(super) fn findings_csv(
    out: &mut impl Write,
    findings: &[&Finding],
    localizer: &Localizer,
) -> io::Result<()> {
    writeln!(
        out,
        "check_id,status,severity,risk,effort_class,effort_hours,triage,affected,title"
    )?;
    for finding in findings {
        let fields = [
            finding.check_id.0.clone(),
            finding.status.key().to_owned(),
            finding.severity.key().to_owned(),
            finding.risk().to_string(),
            format!("{:?}", finding.effort.class),
            finding.effort.hours.to_string(),
            finding.triage.key().to_owned(),
            finding.affected.len().to_string(),
            title(finding, localizer),
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        writeln!(out, "{}", line.join(","))?;
    }
    Ok(())
}

/// Prints findings as aligned columns.
pub(super) fn findings_table(
    out: &mut impl Write,
    findings: &[&Finding],
    localizer: &Localizer,
) -> io::Result<()> {
    if findings.is_empty() {
        writeln!(
            out,
            "No failed checks. `--all` shows passed and not assessable ones too."
        )?;
        return Ok(());
    }
    writeln!(
        out,
        "{:<15} {:<14} {:<9} {:>4} {:<6} {:<15} TITLE",
        "CHECK", "STATUS", "SEVERITY", "RISK", "EFFORT", "TRIAGE"
    )?;
    for finding in findings {
        writeln!(
            out,
            "{:<15} {:<14} {:<9} {:>4} {:<6} {:<15} {}",
            finding.check_id.0,
            finding.status.key(),
            finding.severity.key(),
            finding.risk(),
            format!("{:?}", finding.effort.class),
            finding.triage.key(),
            title(finding, localizer),
        )?;
        if let Some(reason) = &finding.reason {
            writeln!(out, "{:<15} {}", "", sanitize(&reason_text(reason)))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_commas_and_quotes() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("plain"), "plain");
    }

    #[test]
    fn csv_defuses_formulas() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("-3"), "-3");
    }
}
