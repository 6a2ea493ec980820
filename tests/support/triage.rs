//! Fixed data for the triage and history tests: findings with exceptions, overrides, notes
//! and a reopened decision, three assessments and a comparison of two of them.

#![allow(
    dead_code,
    reason = "each test crate uses a different part of the fixtures"
)]

use cray::i18n::Lang;
use cray::model::{
    AppliedOverride, Assessment, AssessmentId, AssessmentState, CheckId, Finding, ObjectException,
    ReopenCause, Severity, Status, TriageStatus,
};
use cray::triage::diff::Change;
use cray::triage::{AssessmentDiff, ChangedFinding, DiffEntry, DiffObject};
use cray::tui::{App, Msg, RecentChanges};
use cray::workspace::HistoryEntry;
use time::macros::{date, datetime};
use uuid::Uuid;

use crate::support::{app_with_findings, findings, tenant_name};

/// Ids of the three fixed assessments, oldest first.
pub const IDS: [u128; 3] = [
    0x1111_1111_1111_4111_8111_1111_1111_1111,
    0x2222_2222_2222_4222_8222_2222_2222_2222,
    0x3333_3333_3333_4333_8333_3333_3333_3333,
];

/// Returns the id of fixed assessment `index`.
pub fn id(index: usize) -> AssessmentId {
    AssessmentId(Uuid::from_u128(IDS[index]))
}

/// Returns the history of `contoso`, newest first: two evaluated assessments around an
/// interrupted one.
pub fn history() -> Vec<HistoryEntry> {
    let entry = |index: usize, started, state, counts: (usize, usize), score| HistoryEntry {
        assessment: Assessment {
            id: id(index),
            tenant: tenant_name("contoso"),
            started_at: started,
            finished_at: None,
            state,
            error: None,
        },
        passed: counts.0,
        failed: counts.1,
        score,
    };
    vec![
        entry(
            2,
            datetime!(2026-12-03 08:00 UTC),
            AssessmentState::Evaluated,
            (41, 9),
            Some(78),
        ),
        entry(
            1,
            datetime!(2026-12-02 14:10 UTC),
            AssessmentState::Interrupted,
            (0, 0),
            None,
        ),
        entry(
            0,
            datetime!(2026-12-01 09:30 UTC),
            AssessmentState::Evaluated,
            (38, 12),
            Some(71),
        ),
    ]
}

/// Returns a comparison of the oldest and the newest fixed assessment.
pub fn comparison() -> AssessmentDiff {
    let object = |id: &str, name: &str| DiffObject {
        id: id.to_owned(),
        display_name: name.to_owned(),
    };
    AssessmentDiff {
        old: id(0),
        new: id(2),
        new_findings: vec![DiffEntry {
            check_id: CheckId("CRAY-TEST-PIM".to_owned()),
            severity: Severity::Low,
            status: Some(Status::Fail),
            affected: 2,
        }],
        resolved: vec![DiffEntry {
            check_id: CheckId("CRAY-TEST-GUEST-INVITE".to_owned()),
            severity: Severity::Medium,
            status: Some(Status::Pass),
            affected: 1,
        }],
        changed: vec![ChangedFinding {
            check_id: CheckId("CRAY-TEST-MFA-ADMINS".to_owned()),
            status: None,
            severity: Some(Change {
                before: Severity::High,
                after: Severity::Critical,
            }),
            affected: Some(Change {
                before: 2,
                after: 3,
            }),
            added: vec![object("5b1e0c1a-0003", "Björn Weiß")],
            removed: Vec::new(),
        }],
    }
}

/// Returns the fixed findings with triage details: the first object of the MFA finding is
/// excepted, its severity lowered with a note, and the legacy authentication acceptance
/// expired.
pub fn annotated_findings() -> Vec<Finding> {
    let mut list = findings();
    for finding in &mut list {
        match finding.check_id.0.as_str() {
            "CRAY-TEST-MFA-ADMINS" => {
                finding.annotations.excepted = vec![ObjectException {
                    check_id: finding.check_id.clone(),
                    object_id: "5b1e0c1a-0001".to_owned(),
                    display_name: "Jürgen Müller".to_owned(),
                    reason: "Break-glass account in the safe".to_owned(),
                    decided_at: datetime!(2026-11-20 10:00 UTC),
                }];
                finding.annotations.severity_override = Some(AppliedOverride {
                    catalogue: finding.severity,
                    reason: "Admins sign in from managed devices only".to_owned(),
                });
                finding.severity = Severity::High;
                finding.annotations.comment = "Ask Jana about the service accounts.".to_owned();
            }
            "CRAY-TEST-LEGACY-AUTH" => {
                finding.triage = TriageStatus::Open;
                finding.annotations.reopened = Some(ReopenCause::Expired);
                finding.annotations.triage_expires_on = Some(date!(2026 - 11 - 30));
            }
            _ => {}
        }
    }
    list
}

/// Returns the findings screen of `contoso` with [`annotated_findings`].
pub fn app_with_annotations(lang: Lang) -> App {
    let mut app = app_with_findings(lang);
    app.update(Msg::FindingsLoaded {
        tenant: tenant_name("contoso"),
        result: Ok(annotated_findings()),
    });
    app
}

/// Returns the history screen of `contoso` with the fixed assessments loaded.
pub fn app_with_history(lang: Lang) -> App {
    let mut app = app_with_findings(lang);
    app.update(Msg::Action(cray::tui::Action::ShowHistory));
    app.update(Msg::HistoryLoaded {
        tenant: tenant_name("contoso"),
        result: Ok(history()),
    });
    app
}

/// Returns the counts of [`comparison`], whose older assessment started on 2026-12-01.
pub fn recent_changes() -> RecentChanges {
    RecentChanges::from_diff(datetime!(2026-12-01 09:30 UTC), &comparison())
}

/// Returns the findings screen of `contoso` after a collection compared with the previous
/// evaluated assessment.
pub fn app_with_changes(lang: Lang) -> App {
    let mut app = app_with_findings(lang);
    app.update(Msg::ChangesLoaded {
        tenant: tenant_name("contoso"),
        result: Ok(Some(recent_changes())),
    });
    app
}
