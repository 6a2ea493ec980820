//! JSON export: the whole report as one versioned document for scripts and other tools.
//!
//! The layout is documented in `docs/report-json-schema.md`. [`JSON_SCHEMA_VERSION`] rises
//! whenever a field is removed, renamed or changes meaning; new fields may appear without a
//! new version, so readers should ignore fields they do not know. Numbers are plain JSON
//! numbers, dates are ISO 8601, and texts are in the report language.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;
use time::{Date, OffsetDateTime};

use super::model::{self, Phase, RiskBand};
use super::{ReportInput, ReportModel};
use crate::check::{detail_text, reason_text};
use crate::i18n::Localizer;
use crate::model::{
    AffectedObject, AppliedOverride, CheckId, DatasetState, EffortClass, Finding,
    NotAssessableReason, NotCollected, Status, TriageDecision, TriageStatus,
};

// Serde format of calendar dates: ISO 8601 `[year]-[month]-[day]`.
time::serde::format_description!(iso_date, Date, "[year]-[month]-[day]");

/// Version of the JSON layout.
pub const JSON_SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    schema_version: u32,
    generator: Generator,
    language: &'static str,
    #[serde(with = "time::serde::rfc3339")]
    generated_at: OffsetDateTime,
    customer: &'a str,
    tenant_id: &'a str,
    consultant: Option<&'a str>,
    company: Option<&'a str>,
    assessment: AssessmentRecord<'a>,
    score: ScoreRecord,
    counts: Counts,
    matrix: Vec<MatrixRecord>,
    coverage: Vec<CoverageRecord<'a>>,
    checks: Vec<CheckRecord<'a>>,
}

#[derive(Serialize)]
struct Generator {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct AssessmentRecord<'a> {
    id: String,
    tenant: &'a str,
    #[serde(with = "time::serde::rfc3339")]
    started_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    finished_at: Option<OffsetDateTime>,
}

#[derive(Serialize)]
struct ScoreRecord {
    value: Option<u8>,
    grade: Option<&'static str>,
}

#[derive(Serialize)]
struct Counts {
    checks: usize,
    passed: usize,
    failed: usize,
    open: usize,
    accepted_risk: usize,
    false_positive: usize,
    not_assessable: usize,
    failed_by_severity: BTreeMap<&'static str, usize>,
}

#[derive(Serialize)]
struct MatrixRecord {
    risk_band: &'static str,
    effort_s: usize,
    effort_m: usize,
    effort_l: usize,
}

#[derive(Serialize)]
struct CoverageRecord<'a> {
    dataset: &'static str,
    name: String,
    collected: bool,
    reason: Option<&'a NotCollected>,
    reason_text: Option<String>,
}

/// One check as the JSON and CSV exports write it.
#[derive(Serialize)]
pub(super) struct CheckRecord<'a> {
    pub(super) check_id: &'a str,
    pub(super) title: String,
    pub(super) topic: &'a str,
    pub(super) status: &'static str,
    pub(super) severity: &'static str,
    pub(super) likelihood: u8,
    pub(super) impact: u8,
    pub(super) risk: u8,
    pub(super) risk_band: &'static str,
    pub(super) effort: EffortRecord,
    pub(super) phase: Option<&'static str>,
    pub(super) triage: TriageRecord<'a>,
    pub(super) not_assessable_reason: Option<&'a NotAssessableReason>,
    pub(super) not_assessable_text: Option<String>,
    pub(super) description: String,
    pub(super) risk_text: String,
    pub(super) remediation: Vec<String>,
    pub(super) detail: String,
    pub(super) references: &'a [String],
    pub(super) affected_total: usize,
    pub(super) affected: Vec<AffectedRecord<'a>>,
    /// The catalogue's severity and the reason, when the consultant changed the severity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) severity_override: Option<&'a AppliedOverride>,
    /// The consultant's free note.
    #[serde(skip_serializing_if = "str::is_empty")]
    pub(super) comment: &'a str,
}

/// One affected object with its reason in the report language.
#[derive(Serialize)]
pub(super) struct AffectedRecord<'a> {
    pub(super) id: &'a str,
    pub(super) display_name: &'a str,
    pub(super) reason: String,
    /// The consultant's reason for excepting the object, when it is excepted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) excepted: Option<&'a str>,
}

impl<'a> AffectedRecord<'a> {
    fn new(finding: &'a Finding, object: &'a AffectedObject, localizer: &Localizer) -> Self {
        Self {
            id: &object.id,
            display_name: &object.display_name,
            reason: reason_text(object, localizer),
            excepted: finding.exception(&object.id).map(|e| e.reason.as_str()),
        }
    }
}

/// Effort of a check.
#[derive(Serialize)]
pub(super) struct EffortRecord {
    pub(super) class: &'static str,
    pub(super) hours: f32,
}

/// Triage of a check, after expired decisions were reopened.
#[derive(Serialize)]
pub(super) struct TriageRecord<'a> {
    pub(super) status: &'static str,
    pub(super) recorded_status: &'static str,
    pub(super) note: &'a str,
    #[serde(with = "time::serde::rfc3339::option")]
    pub(super) decided_at: Option<OffsetDateTime>,
    #[serde(with = "iso_date::option")]
    pub(super) expires_on: Option<Date>,
    pub(super) expired: bool,
}

/// Writes the JSON export of the report into `out`.
pub(super) fn write(
    out: &mut impl Write,
    input: &ReportInput<'_>,
    model: &ReportModel,
    localizer: &Localizer,
) -> io::Result<()> {
    let document = Document {
        schema_version: JSON_SCHEMA_VERSION,
        generator: Generator {
            name: "cray",
            version: env!("CARGO_PKG_VERSION"),
        },
        language: model.lang.tag(),
        generated_at: input.generated_at,
        customer: input.customer,
        tenant_id: input.tenant_id,
        consultant: input.consultant,
        company: input.company,
        assessment: AssessmentRecord {
            id: input.assessment.id.to_string(),
            tenant: input.assessment.tenant.as_str(),
            started_at: input.assessment.started_at,
            finished_at: input.assessment.finished_at,
        },
        score: ScoreRecord {
            value: model.executive.score.value,
            grade: model.executive.score.grade.map(model::Grade::letter),
        },
        counts: counts(model),
        matrix: matrix(model),
        coverage: coverage(input, model, localizer),
        checks: check_records(input, model, localizer),
    };
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}

fn counts(model: &ReportModel) -> Counts {
    let summary = &model.summary;
    Counts {
        checks: summary.passed.value + summary.failed_total.value + summary.not_assessable.value,
        passed: summary.passed.value,
        failed: summary.failed_total.value,
        open: summary.open.value,
        accepted_risk: summary.accepted_risk.value,
        false_positive: summary.false_positive.value,
        not_assessable: summary.not_assessable.value,
        failed_by_severity: summary
            .failed_by_severity
            .iter()
            .map(|(severity, count)| (severity.key(), count.value))
            .collect(),
    }
}

fn matrix(model: &ReportModel) -> Vec<MatrixRecord> {
    model
        .executive
        .matrix
        .rows
        .iter()
        .map(|row| MatrixRecord {
            risk_band: row.band.key(),
            effort_s: row.counts[0],
            effort_m: row.counts[1],
            effort_l: row.counts[2],
        })
        .collect()
}

fn coverage<'a>(
    input: &ReportInput<'a>,
    model: &ReportModel,
    localizer: &Localizer,
) -> Vec<CoverageRecord<'a>> {
    input
        .datasets
        .iter()
        .map(|(dataset, state)| {
            let reason = match state {
                DatasetState::Complete => None,
                DatasetState::NotCollected(cause) => Some(cause),
            };
            let reason_text = model
                .coverage
                .rows
                .iter()
                .find(|row| row.key == dataset.key() && !row.collected)
                .map(|row| row.state.clone());
            CoverageRecord {
                dataset: dataset.key(),
                name: localizer.text(&format!("report-dataset-{}", dataset.key())),
                collected: reason.is_none(),
                reason,
                reason_text,
            }
        })
        .collect()
}

/// Returns one record per check of the input, open findings first in risk order, then the
/// other checks by risk and check id; texts come from `localizer`.
pub(super) fn check_records<'a>(
    input: &ReportInput<'a>,
    model: &ReportModel,
    localizer: &Localizer,
) -> Vec<CheckRecord<'a>> {
    let today = input.generated_at.date();
    let decisions: BTreeMap<&CheckId, &TriageDecision> =
        input.triage.iter().map(|d| (&d.check_id, d)).collect();
    let not_assessable: BTreeMap<&str, &str> = model
        .not_assessable
        .items
        .iter()
        .filter_map(|item| Some((item.check_id.as_str(), item.note.as_deref()?)))
        .collect();
    let mut records: Vec<CheckRecord<'a>> = input
        .findings
        .iter()
        .map(|finding| {
            let decision = decisions.get(&finding.check_id).copied();
            let mut record = record(finding, decision, today, localizer);
            record.not_assessable_text = not_assessable
                .get(finding.check_id.0.as_str())
                .map(|text| (*text).to_owned());
            record
        })
        .collect();
    records.sort_by(|a, b| {
        let open = |r: &CheckRecord<'_>| r.phase.is_some();
        open(b)
            .cmp(&open(a))
            .then(b.risk.cmp(&a.risk))
            .then(a.check_id.cmp(b.check_id))
    });
    records
}

fn record<'a>(
    finding: &'a Finding,
    decision: Option<&'a TriageDecision>,
    today: Date,
    localizer: &Localizer,
) -> CheckRecord<'a> {
    let check_id = finding.check_id.0.as_str();
    let text =
        |part: &str| localizer.text(&format!("check-{}-{part}", check_id.to_ascii_lowercase()));
    let expired = decision
        .and_then(|d| d.expires_on)
        .is_some_and(|last| last < today);
    let status = if expired {
        TriageStatus::Open
    } else {
        finding.triage
    };
    let is_open = finding.status == Status::Fail && status == TriageStatus::Open;
    CheckRecord {
        check_id,
        title: text("title"),
        topic: &finding.topic,
        status: finding.status.key(),
        severity: finding.severity.key(),
        likelihood: finding.likelihood,
        impact: finding.impact,
        risk: finding.risk(),
        risk_band: RiskBand::of(finding.risk()).key(),
        effort: EffortRecord {
            class: match finding.effort.class {
                EffortClass::S => "S",
                EffortClass::M => "M",
                EffortClass::L => "L",
            },
            hours: finding.effort.hours,
        },
        phase: is_open.then(|| Phase::of(finding).key()),
        triage: TriageRecord {
            status: status.key(),
            recorded_status: finding.triage.key(),
            note: &finding.triage_note,
            decided_at: decision.map(|d| d.decided_at),
            expires_on: decision.and_then(|d| d.expires_on),
            expired,
        },
        not_assessable_reason: finding.reason.as_ref(),
        not_assessable_text: None,
        description: model::join_lines(&text("description")),
        risk_text: model::join_lines(&text("risk")),
        remediation: model::steps(&text("remediation")),
        detail: detail_text(finding, localizer),
        references: &finding.refs,
        affected_total: finding.affected.len(),
        affected: finding
            .affected
            .iter()
            .map(|object| AffectedRecord::new(finding, object, localizer))
            .collect(),
        severity_override: finding.annotations.severity_override.as_ref(),
        comment: &finding.annotations.comment,
    }
}
