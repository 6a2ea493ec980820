//! The embedded catalogue: loading, lookup, metadata and joining results into findings.

use cray::check::{Catalogue, message_id};
use cray::model::{
    CheckId, CheckResult, Dataset, EffortClass, Message, Severity, Status, TriageDecision,
    TriageStatus,
};

fn catalogue() -> Catalogue {
    Catalogue::embedded().expect("embedded checks load")
}

#[test]
fn catalogue_is_sorted_by_id() {
    let ids: Vec<_> = catalogue().checks().iter().map(|c| c.id.clone()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    assert!(ids.len() >= 8);
}

#[test]
fn lookup_finds_mfa_check() {
    let catalogue = catalogue();
    let check = catalogue
        .get(&CheckId("CRAY-ENTRA-001".to_owned()))
        .unwrap();
    assert_eq!(check.topic, "mfa");
    assert_eq!(check.severity, Severity::High);
    assert!(check.datasets.contains(&Dataset::ConditionalAccessPolicies));
}

#[test]
fn lookup_of_unknown_id_is_none() {
    assert!(
        catalogue()
            .get(&CheckId("CRAY-NOPE-001".to_owned()))
            .is_none()
    );
}

#[test]
fn report_only_check_needs_entra_p1() {
    let catalogue = catalogue();
    let check = catalogue
        .get(&CheckId("CRAY-ENTRA-007".to_owned()))
        .unwrap();
    let licence = check.licence.as_ref().unwrap();
    assert_eq!(licence.service_plans().collect::<Vec<_>>(), ["AAD_PREMIUM"]);
}

#[test]
fn every_check_has_scores_and_references() {
    for check in catalogue().checks() {
        assert!((1..=25).contains(&check.risk()), "{}", check.id);
        assert!(check.effort.hours > 0.0, "{}", check.id);
        assert!(!check.references.is_empty(), "{}", check.id);
        let prefixes = ["cis-m365-v7:", "scuba:", "mitre:T"];
        for reference in &check.references {
            assert!(
                prefixes.iter().any(|p| reference.starts_with(p)),
                "{reference}"
            );
        }
    }
}

#[test]
fn finding_joins_result_and_triage() {
    let catalogue = catalogue();
    let check = catalogue
        .get(&CheckId("CRAY-ENTRA-003".to_owned()))
        .unwrap();
    let result = CheckResult {
        check_id: check.id.clone(),
        status: Status::Fail,
        reason: None,
        detail: "1 user account holds Global Administrator".to_owned(),
        detail_message: Some(Message {
            id: "evidence-cray-entra-003-count".to_owned(),
            args: [
                ("count".to_owned(), "1".to_owned()),
                ("minimum".to_owned(), "2".to_owned()),
                ("maximum".to_owned(), "4".to_owned()),
            ]
            .into(),
            appended: Vec::new(),
        }),
        affected: Vec::new(),
    };
    let triage = TriageDecision {
        check_id: check.id.clone(),
        status: TriageStatus::AcceptedRisk,
        note: "second admin planned for Q3".to_owned(),
        decided_at: time::OffsetDateTime::UNIX_EPOCH,
        expires_on: None,
    };
    let finding = check.finding(&result, Some(&triage));
    assert_eq!(finding.risk(), check.risk());
    assert_eq!(finding.effort.class, EffortClass::S);
    assert_eq!(finding.triage, TriageStatus::AcceptedRisk);
    assert_eq!(finding.triage_note, "second admin planned for Q3");
    assert_eq!(finding.detail, result.detail);
    assert_eq!(finding.detail_message, result.detail_message);
    assert_eq!(check.finding(&result, None).triage, TriageStatus::Open);
}

#[test]
fn message_id_lowercases_check_id() {
    let id = CheckId("CRAY-ENTRA-001".to_owned());
    assert_eq!(message_id(&id, "title"), "check-cray-entra-001-title");
}

#[test]
fn catalogue_is_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Catalogue>();
}
