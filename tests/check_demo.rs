//! The demo-like tenant gives the verdicts the demo tenant promises.

#[path = "support/check_fixtures.rs"]
mod fixtures;

use cray::model::Status;
use fixtures::{Tenant, affected_names, assert_status};

fn demo() -> Tenant {
    Tenant::fixture("demo")
}

#[test]
fn demo_verdicts_match_contract() {
    let results = demo().evaluate();
    let expected = [
        ("CRAY-ENTRA-001", Status::Fail),
        ("CRAY-ENTRA-002", Status::Pass),
        ("CRAY-ENTRA-003", Status::Pass),
        ("CRAY-ENTRA-004", Status::Fail),
        ("CRAY-ENTRA-005", Status::Fail),
        ("CRAY-ENTRA-006", Status::Fail),
        ("CRAY-ENTRA-007", Status::Fail),
        ("CRAY-ENTRA-008", Status::Fail),
        ("CRAY-ENTRA-009", Status::Pass),
        ("CRAY-ENTRA-010", Status::Fail),
        ("CRAY-EXO-001", Status::Fail),
    ];
    for (id, status) in expected {
        assert_status(&results[id], status);
    }
}

#[test]
fn demo_mfa_failure_explains_near_misses() {
    let result = demo().result("CRAY-ENTRA-001");
    assert_eq!(
        affected_names(&result),
        [
            "CA003 Require MFA for all users (pilot)",
            "CA006 Require phishing-resistant MFA for Azure management"
        ]
    );
    let pilot = result
        .affected
        .iter()
        .find(|a| a.display_name.contains("CA003"))
        .unwrap();
    assert!(pilot.reason.contains("report-only"), "{}", pilot.reason);
    assert!(
        pilot.reason.contains("CA-Pilot-Exclusions"),
        "{}",
        pilot.reason
    );
}

#[test]
fn demo_permanent_admin_lists_adele_only() {
    let result = demo().result("CRAY-ENTRA-004");
    assert_eq!(affected_names(&result), ["Adele Vance"]);
    assert!(
        result.detail.contains("Emergency Access 01"),
        "{}",
        result.detail
    );
}

#[test]
fn demo_report_only_lists_ca003() {
    let result = demo().result("CRAY-ENTRA-007");
    assert_eq!(
        affected_names(&result),
        ["CA003 Require MFA for all users (pilot)"]
    );
}

#[test]
fn demo_forwarding_names_policy_and_domain() {
    let result = demo().result("CRAY-EXO-001");
    assert_eq!(
        affected_names(&result),
        ["Finance forwarding exception", "partner-lab.example"]
    );
}
