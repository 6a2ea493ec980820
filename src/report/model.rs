//! The report model: every heading, label, number and date of the report, already localized.
//!
//! Building it is pure; the renderer only lays these strings out. A triage decision whose
//! expiry date lies before the report date no longer holds: its finding counts as open
//! everywhere, and the appendix marks the decision as expired.

mod appendix;
mod executive;

use std::collections::BTreeMap;
use std::path::PathBuf;

use fluent::FluentValue;

use super::{ReportInput, format};
use crate::check::{detail_text, reason_text};
use crate::i18n::{Lang, Localizer};
use crate::model::{
    AffectedObject, CheckId, Dataset, DatasetState, EffortClass, Finding, NotAssessableReason,
    NotCollected, Severity, Status, TriageDecision, TriageStatus,
};

pub use appendix::{Glossary, Methodology, Triaged, TriagedEntry, TriagedLabels};
pub use executive::{
    Executive, Grade, MatrixRow, Phase, RiskBand, RiskMatrix, Roadmap, RoadmapItem, RoadmapPhase,
    Score, TOP_RISKS, TopRisk, score,
};

/// Maximum number of affected objects listed per finding; the rest are counted in one line.
pub const AFFECTED_LIMIT: usize = 50;

/// The whole report as localized, pure data.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportModel {
    /// Locale of every text in the model.
    pub lang: Lang,
    /// Document title for the PDF metadata; ASCII only, because genpdf 0.2 garbles other
    /// characters in the metadata.
    pub pdf_title: String,
    /// Title page.
    pub cover: Cover,
    /// Score, grade, highest risks, risk-by-effort matrix and roadmap.
    pub executive: Executive,
    /// Counts of results.
    pub summary: Summary,
    /// Datasets collected and not collected.
    pub coverage: Coverage,
    /// Open failed checks in risk order.
    pub findings: Findings,
    /// Checks that passed.
    pub passed: CheckList,
    /// Checks that could not be assessed, with the reason.
    pub not_assessable: CheckList,
    /// Accepted risks and false positives with reasons and expiry.
    pub triaged: Triaged,
    /// Method of the assessment.
    pub methodology: Methodology,
    /// Terms used in the report.
    pub glossary: Glossary,
    /// Footer text with the placeholders `{page}` and `{total}`, which the renderer fills in.
    pub page_footer: String,
}

/// Title page of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Cover {
    /// Report title.
    pub title: String,
    /// Line under the title.
    pub subtitle: String,
    /// Customer name, printed large under the subtitle (untrusted text).
    pub customer: String,
    /// Consultant's company, printed with the logo; `None` when not configured.
    pub company: Option<String>,
    /// PNG logo of the consultant's company; the renderer loads it.
    pub logo: Option<PathBuf>,
    /// Customer, tenant id, dates, consultant, company and version, in print order.
    pub fields: Vec<Field>,
}

/// A label with its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Localized label.
    pub label: String,
    /// Value as printed.
    pub value: String,
}

/// A counted quantity with its label and its localized number.
#[derive(Debug, Clone, PartialEq)]
pub struct Count {
    /// Localized label.
    pub label: String,
    /// The count.
    pub value: usize,
    /// The count formatted for the locale.
    pub text: String,
}

/// Summary section: counts of results.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Section heading.
    pub heading: String,
    /// Header of the count column.
    pub count_label: String,
    /// Heading of the counts per severity.
    pub severity_heading: String,
    /// Failed checks per severity, most severe first; severities without findings count 0.
    /// Each label is the severity's name.
    pub failed_by_severity: Vec<(Severity, Count)>,
    /// All failed checks.
    pub failed_total: Count,
    /// Failed checks that are neither accepted nor false positives.
    pub open: Count,
    /// Passed checks.
    pub passed: Count,
    /// Checks that could not be assessed.
    pub not_assessable: Count,
    /// Failed checks whose risk the customer accepted.
    pub accepted_risk: Count,
    /// Failed checks triaged as false positives.
    pub false_positive: Count,
}

/// Coverage section: which datasets the run read.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    /// Section heading.
    pub heading: String,
    /// Sentence on how many checks could be assessed.
    pub assessed: String,
    /// Header of the dataset column.
    pub dataset_label: String,
    /// Header of the key column.
    pub key_label: String,
    /// Header of the state column.
    pub state_label: String,
    /// Every dataset the run tried to read, in collection order.
    pub rows: Vec<CoverageRow>,
    /// Heading of the collected list, with its count.
    pub collected_heading: String,
    /// Keys of the datasets read completely, in collection order.
    pub collected: Vec<String>,
    /// Heading of the not-collected list, with its count.
    pub not_collected_heading: String,
    /// Datasets not read: the label is the dataset key, the value the localized reason.
    pub not_collected: Vec<Field>,
    /// Text printed for an empty list.
    pub none_text: String,
}

/// One dataset in the coverage table.
#[derive(Debug, Clone, PartialEq)]
pub struct CoverageRow {
    /// Dataset key, such as `users`.
    pub key: String,
    /// Localized dataset name.
    pub name: String,
    /// True when every page was read.
    pub collected: bool,
    /// "Collected" or the localized reason why not.
    pub state: String,
}

/// Findings section: one entry per open failed check.
#[derive(Debug, Clone, PartialEq)]
pub struct Findings {
    /// Section heading.
    pub heading: String,
    /// Text printed when no check failed.
    pub none_text: String,
    /// Labels shared by every entry.
    pub labels: FindingLabels,
    /// Failed checks, highest risk first, then most severe, then by check id.
    pub entries: Vec<FindingEntry>,
}

/// Labels printed in every finding entry.
#[derive(Debug, Clone, PartialEq)]
pub struct FindingLabels {
    /// "Check ID".
    pub check_id: String,
    /// "Severity".
    pub severity: String,
    /// "Risk" (the score).
    pub risk: String,
    /// "Effort".
    pub effort: String,
    /// "Triage status".
    pub triage: String,
    /// "Roadmap".
    pub phase: String,
    /// "Triage note".
    pub triage_note: String,
    /// "Consultant's note", the label of the free note.
    pub comment: String,
    /// "Description".
    pub description: String,
    /// Heading of the risk statement.
    pub risk_statement: String,
    /// "Remediation steps".
    pub remediation: String,
    /// "Failing condition".
    pub detail: String,
    /// "References".
    pub references: String,
}

/// One failed check as the report prints it.
#[derive(Debug, Clone, PartialEq)]
pub struct FindingEntry {
    /// Check id, such as `CRAY-ENTRA-001`.
    pub check_id: String,
    /// Localized check title.
    pub title: String,
    /// Severity, for the colour.
    pub severity: Severity,
    /// Localized severity name.
    pub severity_text: String,
    /// Risk score: likelihood times impact.
    pub risk_score: u8,
    /// Localized risk score with its factors.
    pub risk_text: String,
    /// Localized effort class and hours.
    pub effort_text: String,
    /// Triage decision.
    pub triage: TriageStatus,
    /// Localized triage status.
    pub triage_text: String,
    /// The consultant's note, when one was given.
    pub triage_note: Option<String>,
    /// The consultant's free note on the check, when there is one.
    pub comment: Option<String>,
    /// Localized description of the check.
    pub description: String,
    /// Localized statement of the risk.
    pub risk_statement: String,
    /// Localized remediation steps without their numbers.
    pub remediation: Vec<String>,
    /// Roadmap phase of the finding.
    pub phase: Phase,
    /// Localized roadmap phase.
    pub phase_text: String,
    /// The failing condition in the report's locale (as stored for results that predate
    /// localizable messages).
    pub detail: String,
    /// Heading of the affected objects, with the total.
    pub affected_heading: String,
    /// The first [`AFFECTED_LIMIT`] affected objects.
    pub affected: Vec<AffectedLine>,
    /// "… and N more (M in total)" when objects were cut.
    pub affected_more: Option<String>,
    /// Number of affected objects before the cut.
    pub affected_total: usize,
    /// References such as `cis-m365-v7:5.2.2.3`.
    pub references: Vec<String>,
}

/// One affected object.
#[derive(Debug, Clone, PartialEq)]
pub struct AffectedLine {
    /// Display name (untrusted text).
    pub display_name: String,
    /// Object id.
    pub id: String,
    /// Reason the object counts, in the report's locale (as stored for results that predate
    /// localizable messages).
    pub reason: String,
}

/// A short list of checks: passed or not assessable.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckList {
    /// Section heading.
    pub heading: String,
    /// Text printed for an empty list.
    pub none_text: String,
    /// Checks ordered by check id.
    pub items: Vec<CheckLine>,
}

/// One check in a [`CheckList`].
#[derive(Debug, Clone, PartialEq)]
pub struct CheckLine {
    /// Check id.
    pub check_id: String,
    /// Localized check title.
    pub title: String,
    /// Localized reason why the check is not assessable; `None` for passed checks.
    pub note: Option<String>,
}

impl ReportModel {
    /// Builds the model from the assessment's data and the report locale's texts.
    #[must_use]
    pub fn build(input: &ReportInput<'_>, localizer: &Localizer) -> Self {
        let texts = Texts { localizer };
        let today = input.generated_at.date();
        let decisions: BTreeMap<&CheckId, &TriageDecision> =
            input.triage.iter().map(|d| (&d.check_id, d)).collect();
        let findings = effective_findings(input.findings, &decisions, today);
        let open = open_in_risk_order(&findings);
        Self {
            lang: localizer.lang(),
            pdf_title: pdf_title(input, localizer),
            cover: cover(input, &texts),
            executive: executive::build(&findings, &open, &texts),
            summary: summary(&findings, &open, &texts),
            coverage: coverage(input.datasets, &findings, &texts),
            findings: findings_section(&open, &texts),
            passed: passed(&findings, &texts),
            not_assessable: not_assessable(&findings, &texts),
            triaged: appendix::triaged(
                input.findings,
                |id| decisions.get(id).map(|d| (*d).clone()),
                today,
                &texts,
            ),
            methodology: appendix::methodology(&texts),
            glossary: appendix::glossary(&texts),
            page_footer: texts.with(
                "report-footer-page",
                &[("page", "{page}".into()), ("total", "{total}".into())],
            ),
        }
    }
}

/// Returns the findings with every expired triage decision reopened.
fn effective_findings(
    findings: &[Finding],
    decisions: &BTreeMap<&CheckId, &TriageDecision>,
    today: time::Date,
) -> Vec<Finding> {
    findings
        .iter()
        .map(|finding| {
            let decision = decisions.get(&finding.check_id).copied();
            if finding.triage != TriageStatus::Open && appendix::expired(decision, today) {
                let mut reopened = finding.clone();
                reopened.triage = TriageStatus::Open;
                reopened
            } else {
                finding.clone()
            }
        })
        .collect()
}

/// Returns the open failed findings: highest risk first, then most severe, then by check id.
fn open_in_risk_order(findings: &[Finding]) -> Vec<&Finding> {
    let mut open: Vec<&Finding> = findings.iter().filter(|f| executive::is_open(f)).collect();
    open.sort_by(|a, b| {
        b.risk()
            .cmp(&a.risk())
            .then(b.severity.cmp(&a.severity))
            .then(a.check_id.cmp(&b.check_id))
    });
    open
}

/// Short-hand access to the localizer with the formatting helpers of this module.
struct Texts<'l> {
    localizer: &'l Localizer,
}

impl Texts<'_> {
    fn get(&self, id: &str) -> String {
        self.localizer.text(id)
    }

    /// Returns a message whose lines the locale file wrapped, joined into one paragraph.
    fn para(&self, id: &str) -> String {
        join_lines(&self.get(id))
    }

    /// Returns a message with arguments as one paragraph.
    fn with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        join_lines(&self.localizer.text_with(id, args))
    }

    fn lang(&self) -> Lang {
        self.localizer.lang()
    }

    fn count(&self, id: &str, value: usize) -> Count {
        Count {
            label: self.get(id),
            value,
            text: format::count(self.lang(), value),
        }
    }

    fn check_text(&self, check_id: &str, part: &str) -> String {
        let id = format!("check-{}-{part}", check_id.to_ascii_lowercase());
        self.get(&id)
    }
}

/// Returns the document title for the PDF metadata: localized, then folded to ASCII because
/// genpdf garbles non-ASCII metadata.
fn pdf_title(input: &ReportInput<'_>, localizer: &Localizer) -> String {
    let title = ascii_fold(&localizer.text("report-title"));
    let customer = ascii_fold(input.customer);
    let date = input.assessment.started_at.date();
    let customer = customer.trim();
    if customer.is_empty() {
        format!("cray {title} - {} - {date}", input.assessment.tenant)
    } else {
        format!("cray {title} - {customer} - {date}")
    }
}

/// Replaces German letters with their ASCII spelling and drops every other non-ASCII or control
/// character.
fn ascii_fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ä' => folded.push_str("ae"),
            'ö' => folded.push_str("oe"),
            'ü' => folded.push_str("ue"),
            'Ä' => folded.push_str("Ae"),
            'Ö' => folded.push_str("Oe"),
            'Ü' => folded.push_str("Ue"),
            'ß' => folded.push_str("ss"),
            c if c.is_ascii() && !c.is_ascii_control() => folded.push(c),
            _ => {}
        }
    }
    folded
}

fn cover(input: &ReportInput<'_>, texts: &Texts<'_>) -> Cover {
    let lang = texts.lang();
    let field = |id: &str, value: String| Field {
        label: texts.get(id),
        value,
    };
    let mut fields = vec![
        field("report-cover-customer", input.customer.to_owned()),
        field("report-cover-tenant-id", input.tenant_id.to_owned()),
        field(
            "report-cover-assessment-date",
            format::date(lang, input.assessment.started_at),
        ),
    ];
    if let Some(consultant) = input.consultant {
        fields.push(field("report-cover-consultant", consultant.to_owned()));
    }
    if let Some(company) = input.company {
        fields.push(field("report-cover-company", company.to_owned()));
    }
    fields.push(field(
        "report-cover-version",
        env!("CARGO_PKG_VERSION").to_owned(),
    ));
    fields.push(field(
        "report-cover-generated",
        format::date(lang, input.generated_at),
    ));
    Cover {
        title: texts.get("report-title"),
        subtitle: texts.get("report-subtitle"),
        customer: input.customer.to_owned(),
        company: input.company.map(str::to_owned),
        logo: input.logo.map(std::path::Path::to_path_buf),
        fields,
    }
}

fn summary(findings: &[Finding], open: &[&Finding], texts: &Texts<'_>) -> Summary {
    let failed: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.status == Status::Fail)
        .collect();
    let with_status = |status: Status| findings.iter().filter(|f| f.status == status).count();
    let with_triage = |triage: TriageStatus| failed.iter().filter(|f| f.triage == triage).count();

    let failed_by_severity = Severity::DESCENDING
        .into_iter()
        .map(|severity| {
            let value = failed.iter().filter(|f| f.severity == severity).count();
            let label = texts.get(&format!("severity-{}", severity.key()));
            let text = format::count(texts.lang(), value);
            (severity, Count { label, value, text })
        })
        .collect();

    Summary {
        heading: texts.get("report-summary-heading"),
        count_label: texts.get("report-summary-count"),
        severity_heading: texts.get("report-summary-by-severity"),
        failed_by_severity,
        failed_total: texts.count("report-summary-failed-total", failed.len()),
        open: texts.count("report-summary-open", open.len()),
        passed: texts.count("report-summary-passed", with_status(Status::Pass)),
        not_assessable: texts.count(
            "report-summary-not-assessable",
            findings.iter().filter(|f| !f.status.is_verdict()).count(),
        ),
        accepted_risk: texts.count(
            "report-summary-accepted-risk",
            with_triage(TriageStatus::AcceptedRisk),
        ),
        false_positive: texts.count(
            "report-summary-false-positive",
            with_triage(TriageStatus::FalsePositive),
        ),
    }
}

fn coverage(
    datasets: &[(Dataset, DatasetState)],
    findings: &[Finding],
    texts: &Texts<'_>,
) -> Coverage {
    let mut collected = Vec::new();
    let mut not_collected = Vec::new();
    let mut rows = Vec::new();
    let mut ordered: Vec<&(Dataset, DatasetState)> = datasets.iter().collect();
    ordered.sort_by_key(|(dataset, _)| Dataset::ALL.iter().position(|d| d == dataset));
    for (dataset, state) in ordered {
        let name = texts.get(&format!("report-dataset-{}", dataset.key()));
        let (is_collected, state_text) = match state {
            DatasetState::Complete => {
                collected.push(dataset.key().to_owned());
                (true, texts.get("report-coverage-state-collected"))
            }
            DatasetState::NotCollected(cause) => {
                let reason = gap_reason(cause, texts);
                not_collected.push(Field {
                    label: dataset.key().to_owned(),
                    value: reason.clone(),
                });
                (false, reason)
            }
        };
        rows.push(CoverageRow {
            key: dataset.key().to_owned(),
            name,
            collected: is_collected,
            state: state_text,
        });
    }
    let lang = texts.lang();
    let assessed = findings.iter().filter(|f| f.status.is_verdict()).count();
    Coverage {
        heading: texts.get("report-coverage-heading"),
        assessed: texts.with(
            "report-coverage-assessed",
            &[
                ("assessed", format::count(lang, assessed).into()),
                ("total", format::count(lang, findings.len()).into()),
            ],
        ),
        dataset_label: texts.get("report-coverage-dataset"),
        key_label: texts.get("report-coverage-key"),
        state_label: texts.get("report-coverage-state"),
        rows,
        collected_heading: texts.with(
            "report-coverage-collected",
            &[("count", format::count(lang, collected.len()).into())],
        ),
        collected,
        not_collected_heading: texts.with(
            "report-coverage-not-collected",
            &[("count", format::count(lang, not_collected.len()).into())],
        ),
        not_collected,
        none_text: texts.get("report-coverage-none"),
    }
}

fn gap_reason(cause: &NotCollected, texts: &Texts<'_>) -> String {
    match cause {
        NotCollected::MissingPermission { permission } => texts.with(
            "report-gap-missing-permission",
            &[("permission", permission.as_str().into())],
        ),
        NotCollected::NotLicensed { licence } => texts.with(
            "report-gap-not-licensed",
            &[("licence", licence.as_str().into())],
        ),
        NotCollected::Throttled => texts.get("report-gap-throttled"),
        NotCollected::Failed { message } => {
            texts.with("report-gap-failed", &[("message", message.as_str().into())])
        }
        NotCollected::Cancelled => texts.get("report-gap-cancelled"),
    }
}

fn findings_section(open: &[&Finding], texts: &Texts<'_>) -> Findings {
    Findings {
        heading: texts.get("report-findings-heading"),
        none_text: texts.get("report-findings-none"),
        labels: finding_labels(texts),
        entries: open.iter().map(|f| finding_entry(f, texts)).collect(),
    }
}

fn finding_labels(texts: &Texts<'_>) -> FindingLabels {
    FindingLabels {
        check_id: texts.get("report-finding-check-id"),
        severity: texts.get("report-finding-severity"),
        risk: texts.get("report-finding-risk"),
        effort: texts.get("report-finding-effort"),
        triage: texts.get("report-finding-triage"),
        phase: texts.get("report-finding-phase"),
        triage_note: texts.get("report-finding-triage-note"),
        comment: texts.get("report-finding-comment"),
        description: texts.get("report-finding-description"),
        risk_statement: texts.get("report-finding-risk-text"),
        remediation: texts.get("report-finding-remediation"),
        detail: texts.get("report-finding-detail"),
        references: texts.get("report-finding-references"),
    }
}

fn finding_entry(finding: &Finding, texts: &Texts<'_>) -> FindingEntry {
    let check_id = finding.check_id.0.as_str();
    let note = finding.triage_note.trim();
    let (affected, affected_more) = affected(finding, texts);
    let comment = finding.annotations.comment.trim();
    FindingEntry {
        check_id: check_id.to_owned(),
        title: texts.check_text(check_id, "title"),
        severity: finding.severity,
        severity_text: severity_text(finding, texts),
        risk_score: finding.risk(),
        risk_text: risk_text(finding, texts),
        effort_text: effort_text(finding, texts),
        triage: finding.triage,
        triage_text: texts.get(&format!("triage-{}", finding.triage.key())),
        triage_note: (!note.is_empty()).then(|| note.to_owned()),
        comment: (!comment.is_empty()).then(|| comment.to_owned()),
        description: join_lines(&texts.check_text(check_id, "description")),
        risk_statement: join_lines(&texts.check_text(check_id, "risk")),
        remediation: steps(&texts.check_text(check_id, "remediation")),
        phase: Phase::of(finding),
        phase_text: texts.get(&format!("report-phase-{}", Phase::of(finding).key())),
        detail: detail_text(finding, texts.localizer),
        affected_heading: texts.with(
            "report-finding-affected",
            &[(
                "total",
                format::count(texts.lang(), finding.affected.len()).into(),
            )],
        ),
        affected,
        affected_more,
        affected_total: finding.affected.len(),
        references: finding.refs.clone(),
    }
}

fn risk_text(finding: &Finding, texts: &Texts<'_>) -> String {
    texts.with(
        "report-finding-risk-value",
        &[
            ("risk", finding.risk().to_string().into()),
            ("likelihood", finding.likelihood.to_string().into()),
            ("impact", finding.impact.to_string().into()),
        ],
    )
}

fn effort_text(finding: &Finding, texts: &Texts<'_>) -> String {
    let class_key = match finding.effort.class {
        EffortClass::S => "effort-class-S",
        EffortClass::M => "effort-class-M",
        EffortClass::L => "effort-class-L",
    };
    let class = texts.get(class_key);
    let hours = texts.with(
        "effort-hours",
        &[(
            "hours",
            format::hours(texts.lang(), finding.effort.hours).into(),
        )],
    );
    texts.with(
        "report-finding-effort-value",
        &[("class", class.into()), ("hours", hours.into())],
    )
}

/// Returns the severity name; an override adds the catalogue's severity and the reason.
fn severity_text(finding: &Finding, texts: &Texts<'_>) -> String {
    let severity = texts.get(&format!("severity-{}", finding.severity.key()));
    let Some(applied) = &finding.annotations.severity_override else {
        return severity;
    };
    let catalogue = texts.get(&format!("severity-{}", applied.catalogue.key()));
    let note = texts.with(
        "report-severity-overridden",
        &[
            ("catalogue", catalogue.into()),
            ("reason", applied.reason.clone().into()),
        ],
    );
    format!("{severity} ({note})")
}

/// Returns the listed affected objects, an excepted one with the exception after its
/// reason, and the line counting the objects left out.
fn affected(finding: &Finding, texts: &Texts<'_>) -> (Vec<AffectedLine>, Option<String>) {
    let objects: &[AffectedObject] = &finding.affected;
    let shown = objects
        .iter()
        .take(AFFECTED_LIMIT)
        .map(|object| {
            let mut reason = reason_text(object, texts.localizer);
            if let Some(exception) = finding.exception(&object.id) {
                let excepted = texts.with(
                    "report-affected-excepted",
                    &[("reason", exception.reason.clone().into())],
                );
                reason = format!("{reason} [{excepted}]");
            }
            AffectedLine {
                display_name: object.display_name.clone(),
                id: object.id.clone(),
                reason,
            }
        })
        .collect();
    let more = (objects.len() > AFFECTED_LIMIT).then(|| {
        let lang = texts.lang();
        texts.with(
            "report-finding-affected-more",
            &[
                (
                    "more",
                    format::count(lang, objects.len() - AFFECTED_LIMIT).into(),
                ),
                ("total", format::count(lang, objects.len()).into()),
            ],
        )
    });
    (shown, more)
}

/// Splits a remediation message into its steps. A line that starts with a number and a dot
/// (`2. Open …`) starts a step and loses its number, because the renderer numbers the steps;
/// other lines continue the step before them. Text without numbers is one step per line.
pub(super) fn steps(text: &str) -> Vec<String> {
    let mut steps: Vec<String> = Vec::new();
    let numbered = text.lines().any(|line| step_text(line.trim()).is_some());
    for line in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
        match (step_text(line), steps.last_mut()) {
            (Some(start), _) => steps.push(start.to_owned()),
            (None, Some(last)) if numbered => {
                last.push(' ');
                last.push_str(line);
            }
            (None, _) => steps.push(line.to_owned()),
        }
    }
    steps
}

/// Returns the text after a leading step number such as `12. `, if the line has one.
fn step_text(line: &str) -> Option<&str> {
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return None;
    }
    line[digits..].strip_prefix(". ").map(str::trim_start)
}

/// Joins the lines of a wrapped multi-line message into one paragraph.
pub(super) fn join_lines(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn passed(findings: &[Finding], texts: &Texts<'_>) -> CheckList {
    check_list(
        findings,
        |status| status == Status::Pass,
        "report-passed-heading",
        texts,
    )
}

/// Lists every check without a verdict: not assessable, not licensed, not applicable and
/// rule errors. Each note says why; all but plain "not assessable" start with the status.
fn not_assessable(findings: &[Finding], texts: &Texts<'_>) -> CheckList {
    check_list(
        findings,
        |status| !status.is_verdict(),
        "report-not-assessable-heading",
        texts,
    )
}

fn check_list(
    findings: &[Finding],
    listed: impl Fn(Status) -> bool,
    heading: &str,
    texts: &Texts<'_>,
) -> CheckList {
    let mut items: Vec<CheckLine> = findings
        .iter()
        .filter(|f| listed(f.status))
        .map(|f| CheckLine {
            check_id: f.check_id.0.clone(),
            title: texts.check_text(&f.check_id.0, "title"),
            note: (!f.status.is_verdict()).then(|| no_verdict_note(f, texts)),
        })
        .collect();
    items.sort_by(|a, b| a.check_id.cmp(&b.check_id));
    CheckList {
        heading: texts.get(heading),
        none_text: texts.get("report-list-none"),
        items,
    }
}

/// Why a check reached no verdict: the reason, prefixed with the status unless it is plain
/// "not assessable"; a check that does not apply states why in its detail.
fn no_verdict_note(finding: &Finding, texts: &Texts<'_>) -> String {
    let reason = match (&finding.reason, finding.status) {
        (None, Status::NotApplicable) => finding.detail.clone(),
        (reason, _) => na_reason(reason.as_ref(), texts),
    };
    if finding.status == Status::NotAssessable {
        reason
    } else {
        let label = texts.get(&format!("status-{}", finding.status.key()));
        format!("{label}: {reason}")
    }
}

fn na_reason(reason: Option<&NotAssessableReason>, texts: &Texts<'_>) -> String {
    let Some(reason) = reason else {
        return texts.get("report-na-unknown");
    };
    match reason {
        NotAssessableReason::MissingPermission {
            dataset,
            permission,
        } => texts.with(
            "report-na-missing-permission",
            &[
                ("permission", permission.as_str().into()),
                ("dataset", dataset.key().into()),
            ],
        ),
        NotAssessableReason::NotLicensed { licence } => texts.with(
            "report-na-not-licensed",
            &[("licence", licence.as_str().into())],
        ),
        NotAssessableReason::NotCollected { dataset, cause } => texts.with(
            "report-na-not-collected",
            &[
                ("dataset", dataset.key().into()),
                ("cause", gap_reason(cause, texts).into()),
            ],
        ),
        NotAssessableReason::RuleError { message } => texts.with(
            "report-na-rule-error",
            &[("message", message.as_str().into())],
        ),
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;
    use crate::model::{Assessment, AssessmentId, AssessmentState, CheckId, Effort, TenantName};
    use crate::report::ReportInput;

    fn finding(
        id: &str,
        status: Status,
        severity: Severity,
        likelihood: u8,
        impact: u8,
    ) -> Finding {
        Finding {
            check_id: CheckId(id.to_owned()),
            topic: "conditional_access".to_owned(),
            severity,
            likelihood,
            impact,
            effort: Effort {
                class: EffortClass::M,
                hours: 4.5,
            },
            refs: vec!["cis-m365-v7:5.2.2.3".to_owned()],
            status,
            reason: None,
            detail: String::new(),
            detail_message: None,
            affected: Vec::new(),
            triage: TriageStatus::Open,
            triage_note: String::new(),
            annotations: Default::default(),
        }
    }

    fn assessment() -> Assessment {
        Assessment {
            id: AssessmentId::new(),
            tenant: TenantName::new("contoso").unwrap(),
            started_at: datetime!(2026-12-04 09:00 UTC),
            finished_at: None,
            state: AssessmentState::Evaluated,
            error: None,
        }
    }

    fn build(findings: &[Finding], lang: Lang) -> ReportModel {
        build_with(findings, &[], lang)
    }

    fn build_with(findings: &[Finding], triage: &[TriageDecision], lang: Lang) -> ReportModel {
        let assessment = assessment();
        let datasets = [
            (Dataset::Users, DatasetState::Complete),
            (
                Dataset::RoleEligibilitySchedules,
                DatasetState::NotCollected(NotCollected::MissingPermission {
                    permission: "RoleManagement.Read.Directory".to_owned(),
                }),
            ),
        ];
        let input = ReportInput {
            customer: "Müller & Söhne GmbH",
            tenant_id: "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
            assessment: &assessment,
            findings,
            datasets: &datasets,
            triage,
            consultant: Some("Jürgen Weiß"),
            company: Some("Beispiel Sicherheit GmbH"),
            logo: None,
            generated_at: datetime!(2026-12-05 10:00 UTC),
        };
        ReportModel::build(&input, &Localizer::new(lang).unwrap())
    }

    fn ids(model: &ReportModel) -> Vec<&str> {
        model
            .findings
            .entries
            .iter()
            .map(|e| e.check_id.as_str())
            .collect()
    }

    #[test]
    fn failed_findings_ordered_by_risk_then_severity() {
        let findings = [
            finding("CRAY-A", Status::Fail, Severity::Low, 2, 2),
            finding("CRAY-B", Status::Fail, Severity::Medium, 4, 5),
            finding("CRAY-C", Status::Fail, Severity::Critical, 5, 4),
            finding("CRAY-D", Status::Fail, Severity::Medium, 5, 4),
            finding("CRAY-E", Status::Pass, Severity::Critical, 5, 5),
        ];
        let model = build(&findings, Lang::EnUs);
        assert_eq!(ids(&model), ["CRAY-C", "CRAY-B", "CRAY-D", "CRAY-A"]);
    }

    #[test]
    fn summary_counts_statuses_and_triage() {
        let mut accepted = finding("CRAY-A", Status::Fail, Severity::High, 3, 3);
        accepted.triage = TriageStatus::AcceptedRisk;
        let mut false_positive = finding("CRAY-B", Status::Fail, Severity::High, 3, 3);
        false_positive.triage = TriageStatus::FalsePositive;
        let findings = [
            accepted,
            false_positive,
            finding("CRAY-C", Status::Fail, Severity::Low, 1, 1),
            finding("CRAY-D", Status::Pass, Severity::Low, 1, 1),
            finding("CRAY-E", Status::Pass, Severity::Low, 1, 1),
            finding("CRAY-F", Status::NotAssessable, Severity::Low, 1, 1),
        ];
        let summary = build(&findings, Lang::EnUs).summary;
        let high = summary
            .failed_by_severity
            .iter()
            .find(|(s, _)| *s == Severity::High);
        assert_eq!(high.map(|(_, c)| c.value), Some(2));
        assert_eq!(summary.failed_total.value, 3);
        assert_eq!(summary.passed.value, 2);
        assert_eq!(summary.not_assessable.value, 1);
        assert_eq!(summary.accepted_risk.value, 1);
        assert_eq!(summary.false_positive.value, 1);
    }

    #[test]
    fn summary_lists_every_severity() {
        let summary = build(&[], Lang::EnUs).summary;
        let severities: Vec<Severity> =
            summary.failed_by_severity.iter().map(|(s, _)| *s).collect();
        assert_eq!(severities, Severity::DESCENDING);
    }

    #[test]
    fn affected_objects_cut_after_limit() {
        let mut many = finding("CRAY-A", Status::Fail, Severity::High, 3, 3);
        many.affected = (0..62)
            .map(|i| AffectedObject {
                id: format!("id-{i}"),
                display_name: format!("User {i}"),
                reason: "no MFA".to_owned(),
                reason_message: None,
            })
            .collect();
        let model = build(&[many], Lang::EnUs);
        let entry = &model.findings.entries[0];
        assert_eq!(entry.affected.len(), AFFECTED_LIMIT);
        assert_eq!(entry.affected_total, 62);
        assert_eq!(
            entry.affected_more.as_deref(),
            Some("… and 12 more (62 in total)")
        );
    }

    #[test]
    fn affected_objects_under_limit_are_not_cut() {
        let mut few = finding("CRAY-A", Status::Fail, Severity::High, 3, 3);
        few.affected = vec![AffectedObject {
            id: "id".to_owned(),
            display_name: "Jürgen Weiß".to_owned(),
            reason: String::new(),
            reason_message: None,
        }];
        let entry = &build(&[few], Lang::EnUs).findings.entries[0];
        assert_eq!(entry.affected.len(), 1);
        assert_eq!(entry.affected_more, None);
    }

    #[test]
    fn german_model_formats_hours_and_dates() {
        let model = build(
            &[finding("CRAY-A", Status::Fail, Severity::High, 3, 3)],
            Lang::DeDe,
        );
        let entry = &model.findings.entries[0];
        assert_eq!(entry.effort_text, "M (bis zu einer Woche), geschätzt 4,5 h");
        let date = model
            .cover
            .fields
            .iter()
            .find(|f| f.label == "Datum der Bewertung");
        assert_eq!(date.map(|f| f.value.as_str()), Some("4. Dezember 2026"));
    }

    #[test]
    fn english_model_formats_risk() {
        let model = build(
            &[finding("CRAY-A", Status::Fail, Severity::High, 4, 5)],
            Lang::EnUs,
        );
        let entry = &model.findings.entries[0];
        assert_eq!(entry.risk_text, "20 of 25 (likelihood 4 × impact 5)");
        assert_eq!(entry.severity_text, "High");
    }

    #[test]
    fn check_texts_use_lowercase_message_ids() {
        let model = build(
            &[finding(
                "CRAY-ENTRA-999",
                Status::Fail,
                Severity::High,
                1,
                1,
            )],
            Lang::EnUs,
        );
        let entry = &model.findings.entries[0];
        assert_eq!(entry.title, "check-cray-entra-999-title");
        assert_eq!(entry.remediation, ["check-cray-entra-999-remediation"]);
    }

    #[test]
    fn not_assessable_list_carries_reason() {
        let mut denied = finding("CRAY-A", Status::NotAssessable, Severity::High, 1, 1);
        denied.reason = Some(NotAssessableReason::MissingPermission {
            dataset: Dataset::RoleEligibilitySchedules,
            permission: "RoleManagement.Read.Directory".to_owned(),
        });
        let model = build(&[denied], Lang::EnUs);
        let note = model.not_assessable.items[0].note.as_deref();
        assert_eq!(
            note,
            Some(
                "missing permission RoleManagement.Read.Directory for dataset \
                 role_eligibility_schedules"
            )
        );
        assert!(model.passed.items.is_empty());
    }

    #[test]
    fn coverage_names_missing_permission() {
        let coverage = build(&[], Lang::EnUs).coverage;
        assert_eq!(coverage.collected, ["users"]);
        assert_eq!(
            coverage.not_collected[0].label,
            "role_eligibility_schedules"
        );
        assert_eq!(
            coverage.not_collected[0].value,
            "missing permission RoleManagement.Read.Directory"
        );
    }

    #[test]
    fn pdf_title_is_ascii() {
        let model = build(&[], Lang::DeDe);
        assert!(model.pdf_title.is_ascii(), "{}", model.pdf_title);
        assert!(model.pdf_title.contains("Mueller & Soehne GmbH"));
    }

    #[test]
    fn cover_lists_consultant() {
        let model = build(&[], Lang::DeDe);
        let consultant = model
            .cover
            .fields
            .iter()
            .find(|f| f.label == "Durchgeführt von");
        assert_eq!(consultant.map(|f| f.value.as_str()), Some("Jürgen Weiß"));
    }

    fn decision(id: &str, status: TriageStatus, expires_on: Option<time::Date>) -> TriageDecision {
        TriageDecision {
            check_id: CheckId(id.to_owned()),
            status,
            note: "Ersatzmaßnahme vorhanden".to_owned(),
            decided_at: datetime!(2026-11-01 08:00 UTC),
            expires_on,
        }
    }

    fn accepted(id: &str) -> Finding {
        let mut finding = finding(id, Status::Fail, Severity::High, 4, 4);
        finding.triage = TriageStatus::AcceptedRisk;
        finding.triage_note = "Ersatzmaßnahme vorhanden".to_owned();
        finding
    }

    #[test]
    fn accepted_risk_moves_to_appendix() {
        let findings = [
            accepted("CRAY-A"),
            finding("CRAY-B", Status::Fail, Severity::Low, 1, 2),
        ];
        let triage = [decision(
            "CRAY-A",
            TriageStatus::AcceptedRisk,
            Some(time::macros::date!(2027 - 03 - 31)),
        )];
        let model = build_with(&findings, &triage, Lang::DeDe);
        assert_eq!(ids(&model), ["CRAY-B"]);
        let entry = &model.triaged.entries[0];
        assert_eq!(entry.check_id, "CRAY-A");
        assert_eq!(entry.expires, "31. März 2027");
        assert_eq!(entry.decided, "1. November 2026");
        assert!(!entry.expired);
    }

    #[test]
    fn expired_acceptance_counts_as_open() {
        let findings = [accepted("CRAY-A")];
        let triage = [decision(
            "CRAY-A",
            TriageStatus::AcceptedRisk,
            Some(time::macros::date!(2026 - 12 - 04)),
        )];
        let model = build_with(&findings, &triage, Lang::EnUs);
        assert_eq!(ids(&model), ["CRAY-A"]);
        assert!(model.triaged.entries[0].expired);
        assert_eq!(
            model.triaged.entries[0].expires,
            "expired on December 4, 2026; listed as open again"
        );
        assert_eq!(model.summary.open.value, 1);
    }

    #[test]
    fn acceptance_holds_on_its_last_day() {
        let findings = [accepted("CRAY-A")];
        let triage = [decision(
            "CRAY-A",
            TriageStatus::AcceptedRisk,
            Some(time::macros::date!(2026 - 12 - 05)),
        )];
        let model = build_with(&findings, &triage, Lang::EnUs);
        assert!(ids(&model).is_empty());
    }

    #[test]
    fn score_weighs_risk_of_assessed_checks() {
        let mut false_positive = finding("CRAY-C", Status::Fail, Severity::High, 2, 2);
        false_positive.triage = TriageStatus::FalsePositive;
        let findings = [
            finding("CRAY-A", Status::Fail, Severity::High, 4, 5),
            finding("CRAY-B", Status::Pass, Severity::High, 4, 4),
            false_positive,
            finding("CRAY-D", Status::NotAssessable, Severity::High, 5, 5),
        ];
        // Assessed weight 20 + 16 + 4 = 40, carried 20, so 50 of 100.
        let score = build(&findings, Lang::EnUs).executive.score;
        assert_eq!(score.value, Some(50));
        assert_eq!(score.grade, Some(Grade::D));
        assert_eq!(score.text, "50 of 100");
    }

    #[test]
    fn score_is_empty_without_assessed_checks() {
        let findings = [finding(
            "CRAY-A",
            Status::NotAssessable,
            Severity::High,
            5,
            5,
        )];
        let score = build(&findings, Lang::EnUs).executive.score;
        assert_eq!(score.value, None);
        assert_eq!(score.grade, None);
    }

    #[test]
    fn matrix_counts_open_findings_by_band_and_effort() {
        let mut large = finding("CRAY-B", Status::Fail, Severity::High, 5, 5);
        large.effort.class = EffortClass::L;
        let findings = [
            finding("CRAY-A", Status::Fail, Severity::High, 5, 5),
            large,
            finding("CRAY-C", Status::Fail, Severity::Low, 1, 2),
            accepted("CRAY-D"),
        ];
        let matrix = build(&findings, Lang::EnUs).executive.matrix;
        assert_eq!(matrix.rows[0].counts, [0, 1, 1]);
        assert_eq!(matrix.rows[1].counts, [0, 0, 0]);
        assert_eq!(matrix.rows[2].counts, [0, 1, 0]);
    }

    #[test]
    fn roadmap_puts_quick_wins_now() {
        let mut quick = finding("CRAY-A", Status::Fail, Severity::High, 4, 4);
        quick.effort.class = EffortClass::S;
        let mut large = finding("CRAY-B", Status::Fail, Severity::High, 5, 5);
        large.effort.class = EffortClass::L;
        let low = finding("CRAY-C", Status::Fail, Severity::Low, 1, 2);
        let roadmap = build(&[quick, large, low], Lang::EnUs).executive.roadmap;
        let phase_ids = |index: usize| -> Vec<&str> {
            roadmap.phases[index]
                .items
                .iter()
                .map(|item| item.check_id.as_str())
                .collect()
        };
        assert_eq!(phase_ids(0), ["CRAY-A"]);
        assert_eq!(phase_ids(1), ["CRAY-B"]);
        assert_eq!(phase_ids(2), ["CRAY-C"]);
    }

    #[test]
    fn top_risks_keep_five_highest() {
        let findings: Vec<Finding> = (1..=7)
            .map(|i| finding(&format!("CRAY-{i}"), Status::Fail, Severity::High, i, 3))
            .collect();
        let top = build(&findings, Lang::EnUs).executive.top_risks;
        let top_ids: Vec<&str> = top.iter().map(|t| t.check_id.as_str()).collect();
        assert_eq!(top_ids, ["CRAY-7", "CRAY-6", "CRAY-5", "CRAY-4", "CRAY-3"]);
    }

    #[test]
    fn numbered_remediation_becomes_steps() {
        let text = "1. Open the admin center:\n   Protection, Conditional Access.\n2. Save.";
        assert_eq!(
            steps(text),
            [
                "Open the admin center: Protection, Conditional Access.",
                "Save."
            ]
        );
    }

    #[test]
    fn unnumbered_remediation_keeps_lines() {
        assert_eq!(steps("Open it.\n\nSave it."), ["Open it.", "Save it."]);
    }

    #[test]
    fn footer_template_keeps_placeholders() {
        assert_eq!(
            build(&[], Lang::DeDe).page_footer,
            "Seite {page} von {total}"
        );
    }

    #[test]
    fn finding_shows_override_exception_and_note() {
        let mut mfa = finding("CRAY-ENTRA-001", Status::Fail, Severity::Low, 4, 4);
        let object = |id: &str| AffectedObject {
            id: id.to_owned(),
            display_name: format!("Admin {id}"),
            reason: "no MFA".to_owned(),
            reason_message: None,
        };
        mfa.affected = vec![object("a"), object("b")];
        mfa.annotations.severity_override = Some(crate::model::AppliedOverride {
            catalogue: Severity::High,
            reason: "test tenant".to_owned(),
        });
        mfa.annotations.excepted = vec![crate::model::ObjectException {
            check_id: mfa.check_id.clone(),
            object_id: "b".to_owned(),
            display_name: "Admin b".to_owned(),
            reason: "break-glass account".to_owned(),
            decided_at: datetime!(2026-12-01 09:00 UTC),
        }];
        mfa.annotations.comment = "ask the CISO".to_owned();

        let model = build(&[mfa], Lang::EnUs);
        let entry = &model.findings.entries[0];
        assert!(
            entry.severity_text.starts_with("Low (") && entry.severity_text.contains("High"),
            "{}",
            entry.severity_text
        );
        assert!(entry.severity_text.contains("test tenant"));
        assert_eq!(entry.affected[0].reason, "no MFA");
        assert!(
            entry.affected[1].reason.contains("break-glass account"),
            "{}",
            entry.affected[1].reason
        );
        assert_eq!(entry.comment.as_deref(), Some("ask the CISO"));
    }
}
