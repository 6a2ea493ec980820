//! Fixed report data shared by the report tests: a tenant with open, accepted, false-positive,
//! passed and not-assessable checks, a dataset gap, and hostile text. It is also compiled as
//! a test target of its own, without tests.

#![allow(
    dead_code,
    reason = "each test target uses a different part of the fixture"
)]
#![expect(
    clippy::unwrap_used,
    reason = "fixture setup panics on invalid constants"
)]

use cray::i18n::{Lang, Localizer};
use cray::model::{
    AffectedObject, Assessment, AssessmentId, AssessmentState, CheckId, Dataset, DatasetState,
    Effort, EffortClass, Finding, NotAssessableReason, NotCollected, Severity, Status, TenantName,
    TriageDecision, TriageStatus,
};
use cray::report::{ReportInput, ReportModel};
use time::macros::{date, datetime};
use uuid::Uuid;

/// A 120-character Graph URL, wider than any column.
pub const LONG_URL: &str = "https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies/\
                            0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0?$select=grants";
/// An object id.
pub const GUID: &str = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
/// A display name that tries formula, Markdown and HTML injection.
pub const HOSTILE: &str = "=HYPERLINK(\"http://evil\",\"x\") | [click](http://evil) <b>x</b>";

/// Returns a check result with fixed metadata.
pub fn finding(id: &str, status: Status, severity: Severity) -> Finding {
    Finding {
        check_id: CheckId(id.to_owned()),
        topic: "conditional_access".to_owned(),
        severity,
        likelihood: 4,
        impact: 4,
        effort: Effort {
            class: EffortClass::S,
            hours: 2.5,
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

/// Returns the findings of the fixed tenant, using real check ids so texts resolve.
pub fn findings() -> Vec<Finding> {
    let mut mfa = finding("CRAY-ENTRA-001", Status::Fail, Severity::High);
    mfa.likelihood = 5;
    mfa.effort = Effort {
        class: EffortClass::M,
        hours: 8.0,
    };
    mfa.detail = format!("Policy at {LONG_URL} is report-only");
    mfa.affected = vec![
        AffectedObject {
            id: GUID.to_owned(),
            display_name: "Jürgen Weiß".to_owned(),
            reason: format!("listed at {LONG_URL}"),
            reason_message: None,
        },
        AffectedObject {
            id: "a1b2c3d4-0000-1111-2222-333344445555".to_owned(),
            display_name: HOSTILE.to_owned(),
            reason: "no MFA method registered".to_owned(),
            reason_message: None,
        },
    ];

    let mut admins = finding("CRAY-ENTRA-004", Status::Fail, Severity::High);
    admins.triage = TriageStatus::AcceptedRisk;
    admins.triage_note = "Übergangslösung bis März, freigegeben von Jürgen Weiß".to_owned();

    let mut consent = finding("CRAY-ENTRA-005", Status::Fail, Severity::Medium);
    consent.triage = TriageStatus::FalsePositive;
    consent.triage_note = "App-Einwilligung ist per Richtlinie gesperrt".to_owned();

    let mut forwarding = finding("CRAY-EXO-001", Status::Fail, Severity::Medium);
    forwarding.likelihood = 3;
    forwarding.triage = TriageStatus::AcceptedRisk;
    forwarding.triage_note = "expired acceptance".to_owned();

    let passed = finding("CRAY-ENTRA-002", Status::Pass, Severity::Medium);

    let mut unassessable = finding("CRAY-ENTRA-003", Status::NotAssessable, Severity::Low);
    unassessable.reason = Some(NotAssessableReason::MissingPermission {
        dataset: Dataset::RoleEligibilitySchedules,
        permission: "RoleManagement.Read.Directory".to_owned(),
    });
    vec![mfa, admins, consent, forwarding, passed, unassessable]
}

/// Returns the triage decisions behind [`findings`]; the one of CRAY-EXO-001 has expired.
pub fn triage() -> Vec<TriageDecision> {
    let decision = |id: &str, status, expires_on| TriageDecision {
        check_id: CheckId(id.to_owned()),
        status,
        note: String::new(),
        decided_at: datetime!(2026-11-02 10:00 UTC),
        expires_on,
    };
    vec![
        decision(
            "CRAY-ENTRA-004",
            TriageStatus::AcceptedRisk,
            Some(date!(2027 - 03 - 31)),
        ),
        decision("CRAY-ENTRA-005", TriageStatus::FalsePositive, None),
        decision(
            "CRAY-EXO-001",
            TriageStatus::AcceptedRisk,
            Some(date!(2026 - 11 - 30)),
        ),
    ]
}

/// Returns the fixed assessment.
pub fn assessment() -> Assessment {
    Assessment {
        id: AssessmentId(Uuid::from_u128(0x1234_5678_9abc_def0_1234_5678_9abc_def0)),
        tenant: TenantName::new("contoso").unwrap(),
        started_at: datetime!(2026-12-04 09:00 UTC),
        finished_at: Some(datetime!(2026-12-04 09:05 UTC)),
        state: AssessmentState::Evaluated,
        error: None,
    }
}

/// Returns the fixed dataset states: one complete, one denied.
pub fn datasets() -> Vec<(Dataset, DatasetState)> {
    vec![
        (Dataset::Users, DatasetState::Complete),
        (
            Dataset::RoleEligibilitySchedules,
            DatasetState::NotCollected(NotCollected::MissingPermission {
                permission: "RoleManagement.Read.Directory".to_owned(),
            }),
        ),
    ]
}

/// Returns the report input over borrowed fixture data.
pub fn input<'a>(
    assessment: &'a Assessment,
    findings: &'a [Finding],
    datasets: &'a [(Dataset, DatasetState)],
    triage: &'a [TriageDecision],
) -> ReportInput<'a> {
    ReportInput {
        customer: "Bäckerei Weiß & Söhne GmbH",
        tenant_id: "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
        assessment,
        findings,
        datasets,
        triage,
        consultant: Some("Jürgen Weiß"),
        company: Some("Example Security Consulting GmbH"),
        logo: None,
        generated_at: datetime!(2026-12-05 14:00 UTC),
    }
}

/// Builds the model of `findings` with the fixed rest of the data.
pub fn model_of(findings: &[Finding], lang: Lang) -> ReportModel {
    let assessment = assessment();
    let datasets = datasets();
    let triage = triage();
    let input = input(&assessment, findings, &datasets, &triage);
    ReportModel::build(&input, &Localizer::new(lang).unwrap())
}

/// Builds the model of the fixed tenant.
pub fn model(lang: Lang) -> ReportModel {
    model_of(&findings(), lang)
}
