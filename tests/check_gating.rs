//! Checks on missing, denied, throttled or unlicensed data are not assessable, never passed.

#[path = "support/check_fixtures.rs"]
mod fixtures;

use cray::model::{Dataset, NotAssessableReason, NotCollected, Status};
use fixtures::{Tenant, assert_status};
use serde_json::json;

fn hardened() -> Tenant {
    Tenant::fixture("hardened")
}

#[test]
fn denied_dataset_names_permission() {
    let tenant = hardened().not_collected(
        Dataset::ConditionalAccessPolicies,
        NotCollected::MissingPermission {
            permission: "Policy.Read.All".to_owned(),
        },
    );
    let result = tenant.result("CRAY-ENTRA-001");
    assert_status(&result, Status::NotAssessable);
    assert_eq!(
        result.reason,
        Some(NotAssessableReason::MissingPermission {
            dataset: Dataset::ConditionalAccessPolicies,
            permission: "Policy.Read.All".to_owned(),
        })
    );
}

#[test]
fn throttled_dataset_is_not_collected() {
    let tenant = hardened().not_collected(Dataset::AuthorizationPolicy, NotCollected::Throttled);
    let result = tenant.result("CRAY-ENTRA-006");
    assert_status(&result, Status::NotAssessable);
    assert_eq!(
        result.reason,
        Some(NotAssessableReason::NotCollected {
            dataset: Dataset::AuthorizationPolicy,
            cause: NotCollected::Throttled,
        })
    );
}

#[test]
fn partial_dataset_never_passes() {
    // The first page alone would pass: the rule must not run on it.
    let tenant = hardened().not_collected(
        Dataset::RoleAssignments,
        NotCollected::Failed {
            message: "page 2 timed out".to_owned(),
        },
    );
    for id in ["CRAY-ENTRA-003", "CRAY-ENTRA-004"] {
        assert_status(&tenant.result(id), Status::NotAssessable);
    }
}

#[test]
fn absent_dataset_is_not_collected() {
    let tenant = hardened().without(Dataset::ExoRemoteDomains);
    let result = tenant.result("CRAY-EXO-001");
    assert_status(&result, Status::NotAssessable);
    assert!(
        matches!(
            result.reason,
            Some(NotAssessableReason::NotCollected {
                dataset: Dataset::ExoRemoteDomains,
                ..
            })
        ),
        "{result:#?}"
    );
}

#[test]
fn exchange_denied_blocks_only_exchange_checks() {
    let denied = NotCollected::MissingPermission {
        permission: "Exchange.ManageAsApp with the Global Reader role".to_owned(),
    };
    let mut tenant = hardened();
    for dataset in [
        Dataset::ExoOrganizationConfig,
        Dataset::ExoRemoteDomains,
        Dataset::ExoOutboundSpamPolicies,
        Dataset::ExoOutboundSpamRules,
    ] {
        tenant = tenant.not_collected(dataset, denied.clone());
    }
    let results = tenant.evaluate();
    assert_status(&results["CRAY-EXO-001"], Status::NotAssessable);
    assert_status(&results["CRAY-ENTRA-001"], Status::Pass);
}

#[test]
fn missing_licence_gates_check() {
    let tenant = hardened().with(
        Dataset::SubscribedSkus,
        json!([{
            "skuPartNumber": "O365_BUSINESS_PREMIUM",
            "capabilityStatus": "Enabled",
            "servicePlans": [
                {"servicePlanName": "EXCHANGE_S_STANDARD", "provisioningStatus": "Success"}
            ]
        }]),
    );
    let result = tenant.result("CRAY-ENTRA-007");
    assert_status(&result, Status::NotLicensed);
    assert_eq!(
        result.reason,
        Some(NotAssessableReason::NotLicensed {
            licence: "Microsoft Entra ID P1".to_owned(),
        })
    );
}

#[test]
fn disabled_service_plan_does_not_license() {
    let tenant = hardened().with(
        Dataset::SubscribedSkus,
        json!([{
            "skuPartNumber": "AAD_PREMIUM",
            "capabilityStatus": "Enabled",
            "servicePlans": [{"servicePlanName": "AAD_PREMIUM", "provisioningStatus": "Disabled"}]
        }]),
    );
    assert_status(&tenant.result("CRAY-ENTRA-007"), Status::NotLicensed);
}

#[test]
fn suspended_sku_does_not_license() {
    let tenant = hardened().with(
        Dataset::SubscribedSkus,
        json!([{
            "skuPartNumber": "AAD_PREMIUM",
            "capabilityStatus": "Suspended",
            "servicePlans": [{"servicePlanName": "AAD_PREMIUM", "provisioningStatus": "Success"}]
        }]),
    );
    assert_status(&tenant.result("CRAY-ENTRA-007"), Status::NotLicensed);
}

// Without the licence inventory a check that needs a licence cannot be told apart from an
// unlicensed one, so it is not assessable; checks without a licence still run.
#[test]
fn unknown_skus_make_licensed_checks_not_assessable() {
    let tenant = hardened().not_collected(
        Dataset::SubscribedSkus,
        NotCollected::MissingPermission {
            permission: "Directory.Read.All".to_owned(),
        },
    );
    let results = tenant.evaluate();
    let result = &results["CRAY-ENTRA-007"];
    assert_status(result, Status::NotAssessable);
    assert!(
        matches!(
            result.reason,
            Some(NotAssessableReason::MissingPermission {
                dataset: Dataset::SubscribedSkus,
                ..
            })
        ),
        "{result:#?}"
    );
    assert_status(&results["CRAY-ENTRA-006"], Status::Pass);
}

#[test]
fn missing_skus_make_licensed_checks_not_assessable() {
    let tenant = hardened().without(Dataset::SubscribedSkus);
    assert_status(&tenant.result("CRAY-ENTRA-013"), Status::NotAssessable);
}

#[test]
fn risk_policies_without_p2_are_not_licensed() {
    let tenant = hardened().with(
        Dataset::SubscribedSkus,
        json!([{
            "skuPartNumber": "AAD_PREMIUM",
            "capabilityStatus": "Enabled",
            "servicePlans": [{"servicePlanName": "AAD_PREMIUM", "provisioningStatus": "Success"}]
        }]),
    );
    let results = tenant.evaluate();
    for id in ["CRAY-ENTRA-013", "CRAY-ENTRA-014"] {
        let result = &results[id];
        assert_status(result, Status::NotLicensed);
        assert_eq!(
            result.reason,
            Some(NotAssessableReason::NotLicensed {
                licence: "Microsoft Entra ID P2".to_owned(),
            })
        );
    }
    assert_status(&results["CRAY-ENTRA-015"], Status::Pass);
}

// Checks evaluated on data that is incomplete, throttled, unlicensed or denied never pass.
#[test]
fn unusable_data_never_passes_any_check() {
    let causes = [
        NotCollected::Throttled,
        NotCollected::NotLicensed {
            licence: "Microsoft Entra ID P2".to_owned(),
        },
        NotCollected::MissingPermission {
            permission: "Policy.Read.All".to_owned(),
        },
        NotCollected::Failed {
            message: "page 3 of 7 failed".to_owned(),
        },
    ];
    let catalogue = fixtures::catalogue();
    for cause in causes {
        for dataset in [
            Dataset::ConditionalAccessPolicies,
            Dataset::RoleAssignments,
            Dataset::Users,
            Dataset::Groups,
        ] {
            let results = hardened().not_collected(dataset, cause.clone()).evaluate();
            for check in catalogue.checks() {
                if check.datasets.contains(&dataset) {
                    let result = &results[&check.id.0];
                    assert!(
                        !result.status.is_verdict(),
                        "{} passed on {dataset} {cause:?}: {result:#?}",
                        check.id
                    );
                }
            }
        }
    }
}

#[test]
fn unlicensed_tenant_still_gets_unlicensed_checks() {
    let tenant = hardened().with(Dataset::SubscribedSkus, json!([]));
    assert_status(&tenant.result("CRAY-ENTRA-006"), Status::Pass);
}

#[test]
fn empty_singleton_dataset_is_incomplete() {
    // Every tenant has an authorization policy: an empty answer is incomplete data.
    let tenant = hardened().with(Dataset::AuthorizationPolicy, json!([]));
    let result = tenant.result("CRAY-ENTRA-006");
    assert_status(&result, Status::NotAssessable);
    assert!(
        matches!(
            result.reason,
            Some(NotAssessableReason::NotCollected {
                dataset: Dataset::AuthorizationPolicy,
                cause: NotCollected::Failed { .. },
            })
        ),
        "{result:#?}"
    );
}

#[test]
fn empty_singleton_dataset_is_explained_in_detail() {
    let tenant = hardened().with(Dataset::AuthorizationPolicy, json!([]));
    let result = tenant.result("CRAY-ENTRA-006");
    assert!(result.detail.contains("incomplete"), "{result:#?}");
}

#[test]
fn empty_remote_domains_are_incomplete() {
    let tenant = hardened().with(Dataset::ExoRemoteDomains, json!([]));
    let result = tenant.result("CRAY-EXO-001");
    assert!(
        result.detail.contains("Default remote domain"),
        "{result:#?}"
    );
}

#[test]
fn empty_outbound_spam_policies_are_incomplete() {
    let tenant = hardened().with(Dataset::ExoOutboundSpamPolicies, json!([]));
    assert_status(&tenant.result("CRAY-EXO-001"), Status::NotAssessable);
}

#[test]
fn empty_outbound_spam_rules_are_a_real_answer() {
    let tenant = hardened().with(Dataset::ExoOutboundSpamRules, json!([]));
    assert_status(&tenant.result("CRAY-EXO-001"), Status::Pass);
}

// Optional datasets: the rule runs without them and says what it could not tell.

#[test]
fn denied_optional_dataset_still_assesses() {
    let tenant = hardened().not_collected(
        Dataset::RoleEligibilitySchedules,
        NotCollected::MissingPermission {
            permission: "RoleEligibilitySchedule.Read.Directory".to_owned(),
        },
    );
    assert_status(&tenant.result("CRAY-ENTRA-004"), Status::Pass);
}

#[test]
fn absent_optional_dataset_is_named_in_detail() {
    let tenant = hardened().without(Dataset::RoleEligibilitySchedules);
    let result = tenant.result("CRAY-ENTRA-004");
    assert!(
        result
            .detail
            .contains("PIM eligibility data was not available"),
        "{result:#?}"
    );
}

#[test]
fn collected_optional_dataset_leaves_detail_quiet() {
    let result = hardened().result("CRAY-ENTRA-004");
    assert!(!result.detail.contains("not available"), "{result:#?}");
}

#[test]
fn results_follow_catalogue_order() {
    let catalogue = fixtures::catalogue();
    let records: Vec<_> = hardened().records.into_values().collect();
    let results = catalogue.evaluate(&records);
    let result_ids: Vec<_> = results.iter().map(|r| r.check_id.clone()).collect();
    let check_ids: Vec<_> = catalogue.checks().iter().map(|c| c.id.clone()).collect();
    assert_eq!(result_ids, check_ids);
}

#[test]
fn empty_assessment_passes_nothing() {
    let results = fixtures::catalogue().evaluate(&[]);
    for result in results {
        assert_status(&result, Status::NotAssessable);
    }
}
