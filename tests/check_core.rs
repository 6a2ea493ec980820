//! The Conditional Access, MFA and privileged access checks CRAY-ENTRA-011 to 025 on the
//! hardened tenant and on variants of the faults behind each.

#[path = "support/check_fixtures.rs"]
mod fixtures;

use cray::model::{Dataset, Status};
use fixtures::{Tenant, affected_ids, affected_names, assert_status};
use serde_json::{Value, json};

const MIRJA: &str = "b7e2c9d4-1a5f-4e83-9c6b-2d8f0a4e1c73";
const BREAK_GLASS_1: &str = "c8f3d0e5-2b6a-4f94-8d7c-3e9a1b5f2d84";
const BREAK_GLASS_2: &str = "d9a4e1f6-3c7b-4a05-9e8d-4f0b2c6a3e95";
const OSKAR: &str = "e0b5f2a7-4d8c-4b16-8f9e-5a1c3d7b4fa6";
const PLAIN_GROUP: &str = "a2d7b4c9-6f0e-4d38-8b1a-7c3e5f9d6bc8";
const SERVICE_PRINCIPAL: &str = "6a7b8c9d-0e1f-4a2b-9c3d-5e6f7a8b9c0d";
const GLOBAL_ADMIN: &str = "62e90394-69f5-4237-9190-012177145e10";
const HELPDESK_ADMIN: &str = "729827e3-9c14-49f7-bb1b-9608f156bbb8";

// Positions of the policies in the hardened tenant.
const MFA_ALL: usize = 0;
const BLOCK_LEGACY: usize = 1;
const ADMINS: usize = 2;
const SIGN_IN_RISK: usize = 3;
const USER_RISK: usize = 4;
const FLOWS: usize = 5;

fn hardened() -> Tenant {
    Tenant::fixture("hardened")
}

fn edit_policies(change: impl FnOnce(&mut Vec<Value>)) -> Tenant {
    hardened().edit(Dataset::ConditionalAccessPolicies, change)
}

fn assignment(principal: &str, role: &str) -> Value {
    json!({"id": format!("{principal}-{role}"), "principalId": principal,
           "roleDefinitionId": role, "directoryScopeId": "/"})
}

fn add_assignment(tenant: Tenant, principal: &str, role: &str) -> Tenant {
    tenant.edit(Dataset::RoleAssignments, |list| {
        list.push(assignment(principal, role));
    })
}

fn mfa_strength() -> Value {
    json!({"id": "00000000-0000-0000-0000-000000000002", "displayName": "Multifactor authentication",
           "policyType": "builtIn", "requirementsSatisfied": "mfa",
           "allowedCombinations": ["windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor",
                                   "deviceBasedPush", "temporaryAccessPassOneTime",
                                   "password,microsoftAuthenticatorPush", "password,sms"]})
}

#[test]
fn hardened_tenant_passes_core_checks() {
    let results = hardened().evaluate();
    for number in 11..=25 {
        let id = format!("CRAY-ENTRA-{number:03}");
        assert_status(&results[&id], Status::Pass);
    }
}

// CRAY-ENTRA-011: MFA for administrators.

#[test]
fn admin_without_enforced_mfa_fails() {
    let tenant = edit_policies(|list| {
        list[MFA_ALL]["state"] = json!("enabledForReportingButNotEnforced");
        list[ADMINS]["state"] = json!("disabled");
    });
    let result = tenant.result("CRAY-ENTRA-011");
    assert_status(&result, Status::Fail);
    assert_eq!(affected_ids(&result), [MIRJA]);
    assert!(
        result.affected[0].reason.contains("Global Administrator"),
        "{result:#?}"
    );
}

#[test]
fn admin_mfa_or_compliant_device_does_not_count() {
    let tenant = edit_policies(|list| {
        list[MFA_ALL]["grantControls"]["builtInControls"] = json!(["mfa", "compliantDevice"]);
        list[ADMINS]["state"] = json!("disabled");
    });
    assert_status(&tenant.result("CRAY-ENTRA-011"), Status::Fail);
}

#[test]
fn admin_excluded_by_id_is_not_protected() {
    let tenant = edit_policies(|list| {
        list[MFA_ALL]["conditions"]["users"]["excludeUsers"] = json!([MIRJA]);
        list[ADMINS]["conditions"]["users"]["excludeUsers"] = json!([MIRJA]);
    });
    assert_eq!(affected_ids(&tenant.result("CRAY-ENTRA-011")), [MIRJA]);
}

#[test]
fn admin_mfa_passes_with_security_defaults() {
    let tenant = edit_policies(|list| list.clear()).with(
        Dataset::SecurityDefaults,
        json!([{"id": "00000000-0000-0000-0000-000000000005", "isEnabled": true}]),
    );
    let result = tenant.result("CRAY-ENTRA-011");
    assert_status(&result, Status::Pass);
    assert!(result.detail.contains("Security defaults"), "{result:#?}");
}

#[test]
fn admin_mfa_through_strength_passes() {
    let tenant = edit_policies(|list| {
        list[MFA_ALL]["state"] = json!("disabled");
        list[ADMINS]["grantControls"]["authenticationStrength"] = mfa_strength();
    });
    assert_status(&tenant.result("CRAY-ENTRA-011"), Status::Pass);
}

// CRAY-ENTRA-012: phishing-resistant MFA for administrators.

#[test]
fn plain_mfa_strength_is_not_phishing_resistant() {
    let tenant = edit_policies(|list| {
        list[ADMINS]["grantControls"]["authenticationStrength"] = mfa_strength();
    });
    let result = tenant.result("CRAY-ENTRA-012");
    assert_status(&result, Status::Fail);
    assert_eq!(affected_names(&result), ["Mirja Solberg"]);
    assert!(
        result.affected[0].reason.contains("can be phished"),
        "{result:#?}"
    );
}

#[test]
fn phishing_resistant_strength_in_report_only_fails() {
    let tenant = edit_policies(|list| {
        list[ADMINS]["state"] = json!("enabledForReportingButNotEnforced");
    });
    assert_status(&tenant.result("CRAY-ENTRA-012"), Status::Fail);
}

#[test]
fn phishing_resistant_strength_or_another_control_fails() {
    let tenant = edit_policies(|list| {
        list[ADMINS]["grantControls"]["builtInControls"] = json!(["compliantDevice"]);
    });
    assert_status(&tenant.result("CRAY-ENTRA-012"), Status::Fail);
}

#[test]
fn phishing_resistant_strength_resolved_from_strength_policies() {
    let tenant = edit_policies(|list| {
        list[ADMINS]["grantControls"]["authenticationStrength"] =
            json!({"id": "custom-strength", "displayName": "Keys only"});
    })
    .with(
        Dataset::AuthenticationStrengthPolicies,
        json!([{"id": "custom-strength", "displayName": "Keys only", "policyType": "custom",
                "requirementsSatisfied": "mfa", "allowedCombinations": ["fido2"]}]),
    );
    assert_status(&tenant.result("CRAY-ENTRA-012"), Status::Pass);
}

// CRAY-ENTRA-013 and 014: risk policies.

#[test]
fn missing_sign_in_risk_policy_fails() {
    let tenant = edit_policies(|list| {
        list.remove(SIGN_IN_RISK);
    });
    assert_status(&tenant.result("CRAY-ENTRA-013"), Status::Fail);
}

#[test]
fn report_only_sign_in_risk_policy_is_listed() {
    let tenant = edit_policies(|list| {
        list[SIGN_IN_RISK]["state"] = json!("enabledForReportingButNotEnforced");
    });
    let result = tenant.result("CRAY-ENTRA-013");
    assert_status(&result, Status::Fail);
    assert_eq!(affected_names(&result), ["Risky sign-ins need MFA"]);
    assert!(
        result.affected[0].reason.contains("report-only"),
        "{result:#?}"
    );
}

#[test]
fn sign_in_risk_policy_for_medium_only_fails() {
    let tenant = edit_policies(|list| {
        list[SIGN_IN_RISK]["conditions"]["signInRiskLevels"] = json!(["medium"]);
    });
    assert_status(&tenant.result("CRAY-ENTRA-013"), Status::Fail);
}

#[test]
fn sign_in_risk_policy_narrowed_by_platform_fails() {
    let tenant = edit_policies(|list| {
        list[SIGN_IN_RISK]["conditions"]["platforms"] =
            json!({"includePlatforms": ["windows"], "excludePlatforms": []});
    });
    let result = tenant.result("CRAY-ENTRA-013");
    assert!(
        result.affected[0].reason.contains("platform condition"),
        "{result:#?}"
    );
}

#[test]
fn user_risk_policy_with_mfa_alone_fails() {
    let tenant = edit_policies(|list| {
        list[USER_RISK]["grantControls"]["builtInControls"] = json!(["mfa"]);
    });
    let result = tenant.result("CRAY-ENTRA-014");
    assert_status(&result, Status::Fail);
    assert!(
        result.affected[0].reason.contains("password change"),
        "{result:#?}"
    );
}

#[test]
fn user_risk_policy_that_blocks_passes() {
    let tenant = edit_policies(|list| {
        list[USER_RISK]["grantControls"]["builtInControls"] = json!(["block"]);
        list[USER_RISK]["grantControls"]["operator"] = json!("OR");
    });
    assert_status(&tenant.result("CRAY-ENTRA-014"), Status::Pass);
}

// CRAY-ENTRA-015 and 016: authentication flows.

#[test]
fn device_code_flow_not_blocked_fails_only_that_check() {
    let tenant = edit_policies(|list| {
        list[FLOWS]["conditions"]["authenticationFlows"]["transferMethods"] =
            json!("authenticationTransfer");
    });
    let results = tenant.evaluate();
    assert_status(&results["CRAY-ENTRA-015"], Status::Fail);
    assert_status(&results["CRAY-ENTRA-016"], Status::Pass);
}

#[test]
fn flow_policy_excluding_guests_fails() {
    let tenant = edit_policies(|list| {
        list[FLOWS]["conditions"]["users"]["excludeGuestsOrExternalUsers"] =
            json!({"guestOrExternalUserTypes": "b2bCollaborationGuest"});
    });
    let result = tenant.result("CRAY-ENTRA-016");
    assert_status(&result, Status::Fail);
    assert!(result.affected[0].reason.contains("guests"), "{result:#?}");
}

// CRAY-ENTRA-017: emergency access accounts.

#[test]
fn emergency_accounts_not_excluded_from_block_fail() {
    let tenant = edit_policies(|list| {
        list[FLOWS]["conditions"]["users"]["excludeGroups"] = json!([]);
    });
    let result = tenant.result("CRAY-ENTRA-017");
    assert_status(&result, Status::Fail);
    let mut ids = affected_ids(&result);
    ids.sort();
    assert_eq!(ids, [BREAK_GLASS_1, BREAK_GLASS_2]);
    assert!(
        result.affected[0].reason.contains("Block device code flow"),
        "{result:#?}"
    );
}

#[test]
fn emergency_exclusion_through_unread_group_is_unknown() {
    let tenant = hardened().without(Dataset::GroupMembers);
    let result = tenant.result("CRAY-ENTRA-017");
    assert_status(&result, Status::Fail);
    assert!(
        result.affected[0].reason.contains("not collected"),
        "{result:#?}"
    );
}

#[test]
fn tenant_without_emergency_account_fails() {
    let tenant = hardened().edit(Dataset::Users, |users| {
        users.retain(|user| user["id"] != BREAK_GLASS_1 && user["id"] != BREAK_GLASS_2);
    });
    let result = tenant.result("CRAY-ENTRA-017");
    assert_status(&result, Status::Fail);
    assert!(
        result.detail.contains("No emergency access account"),
        "{result:#?}"
    );
}

#[test]
fn disabled_emergency_account_does_not_count() {
    let tenant = hardened().edit(Dataset::Users, |users| {
        for user in users.iter_mut() {
            user["accountEnabled"] = json!(false);
        }
    });
    assert_status(&tenant.result("CRAY-ENTRA-017"), Status::Fail);
}

#[test]
fn disabled_blocking_policy_needs_no_exclusion() {
    let tenant = edit_policies(|list| {
        list[FLOWS]["conditions"]["users"]["excludeGroups"] = json!([]);
        list[FLOWS]["state"] = json!("disabled");
    });
    assert_status(&tenant.result("CRAY-ENTRA-017"), Status::Pass);
}

#[test]
fn report_only_blocking_policy_needs_exclusion() {
    let tenant = edit_policies(|list| {
        list[FLOWS]["conditions"]["users"]["excludeGroups"] = json!([]);
        list[FLOWS]["state"] = json!("enabledForReportingButNotEnforced");
    });
    assert_status(&tenant.result("CRAY-ENTRA-017"), Status::Fail);
}

// A policy for workload or agent identities selects no users and cannot take a user
// exclusion; it is skipped.
#[test]
fn user_less_blocking_policy_is_skipped() {
    let tenant = edit_policies(|list| {
        let mut agents = list[FLOWS].clone();
        agents["id"] = json!("7a0d3f6c-9b2e-4c58-a1d4-7f0c3e6b9a52");
        agents["displayName"] = json!("Block high-risk agent identities");
        agents["conditions"]["users"] = json!({
            "includeUsers": ["None"], "excludeUsers": [], "includeGroups": [],
            "excludeGroups": [], "includeRoles": [], "excludeRoles": [],
            "includeGuestsOrExternalUsers": null, "excludeGuestsOrExternalUsers": null});
        agents["conditions"]["authenticationFlows"] = Value::Null;
        list.push(agents);
    });
    let results = tenant.evaluate();
    for number in [11, 15, 16, 17] {
        let id = format!("CRAY-ENTRA-{number:03}");
        assert_status(&results[&id], Status::Pass);
    }
}

// CRAY-ENTRA-018: deleted objects in exclusions.

#[test]
fn excluded_deleted_user_fails() {
    let deleted = "0d0d0d0d-0000-4000-8000-000000000001";
    let tenant = edit_policies(|list| {
        list[MFA_ALL]["conditions"]["users"]["excludeUsers"] = json!([BREAK_GLASS_1, deleted]);
    });
    let result = tenant.result("CRAY-ENTRA-018");
    assert_status(&result, Status::Fail);
    assert_eq!(affected_names(&result), ["Require MFA for everyone"]);
    assert!(result.affected[0].reason.contains(deleted), "{result:#?}");
}

#[test]
fn excluded_deleted_group_in_report_only_policy_fails() {
    let tenant = edit_policies(|list| {
        list[BLOCK_LEGACY]["state"] = json!("enabledForReportingButNotEnforced");
        list[BLOCK_LEGACY]["conditions"]["users"]["excludeGroups"] =
            json!(["0d0d0d0d-0000-4000-8000-000000000002"]);
    });
    assert_status(&tenant.result("CRAY-ENTRA-018"), Status::Fail);
}

#[test]
fn deleted_object_in_disabled_policy_is_ignored() {
    let tenant = edit_policies(|list| {
        list[BLOCK_LEGACY]["state"] = json!("disabled");
        list[BLOCK_LEGACY]["conditions"]["users"]["excludeGroups"] =
            json!(["0d0d0d0d-0000-4000-8000-000000000002"]);
    });
    assert_status(&tenant.result("CRAY-ENTRA-018"), Status::Pass);
}

// CRAY-ENTRA-019: excluded groups that are not role-assignable. A report-only policy counts:
// it can be switched on at any time. Graph sends null, not false, for ordinary groups.

#[test]
fn report_only_policy_excluding_plain_group_fails() {
    let tenant = edit_policies(|list| {
        list[MFA_ALL]["state"] = json!("enabledForReportingButNotEnforced");
        list[MFA_ALL]["conditions"]["users"]["excludeGroups"] = json!([PLAIN_GROUP]);
    });
    let result = tenant.result("CRAY-ENTRA-019");
    assert_status(&result, Status::Fail);
    assert_eq!(affected_names(&result), ["Sales Team"]);
    assert!(
        result.affected[0]
            .reason
            .contains("Require MFA for everyone"),
        "{result:#?}"
    );
}

#[test]
fn group_with_false_role_assignable_flag_fails() {
    let tenant = edit_policies(|list| {
        list[MFA_ALL]["conditions"]["users"]["excludeGroups"] = json!([PLAIN_GROUP]);
    })
    .edit(Dataset::Groups, |groups| {
        groups[1]["isAssignableToRole"] = json!(false);
    });
    assert_status(&tenant.result("CRAY-ENTRA-019"), Status::Fail);
}

#[test]
fn disabled_policy_excluding_plain_group_passes() {
    let tenant = edit_policies(|list| {
        list[MFA_ALL]["state"] = json!("disabled");
        list[MFA_ALL]["conditions"]["users"]["excludeGroups"] = json!([PLAIN_GROUP]);
    });
    assert_status(&tenant.result("CRAY-ENTRA-019"), Status::Pass);
}

// CRAY-ENTRA-020: protection that exists only in report-only mode.

#[test]
fn mfa_only_in_report_only_fails() {
    let tenant = edit_policies(|list| {
        list[MFA_ALL]["state"] = json!("enabledForReportingButNotEnforced");
    });
    let result = tenant.result("CRAY-ENTRA-020");
    assert_status(&result, Status::Fail);
    assert_eq!(affected_names(&result), ["Require MFA for everyone"]);
}

#[test]
fn report_only_copy_of_an_enforced_policy_passes() {
    let tenant = edit_policies(|list| {
        let mut copy = list[MFA_ALL].clone();
        copy["id"] = json!("copy");
        copy["state"] = json!("enabledForReportingButNotEnforced");
        list.push(copy);
    });
    assert_status(&tenant.result("CRAY-ENTRA-020"), Status::Pass);
}

// CRAY-ENTRA-021 to 024: privileged role holders.

#[test]
fn synchronised_admin_fails() {
    let tenant = add_assignment(hardened(), OSKAR, HELPDESK_ADMIN);
    let result = tenant.result("CRAY-ENTRA-021");
    assert_status(&result, Status::Fail);
    assert_eq!(affected_names(&result), ["Oskar Lindqvist"]);
    assert!(
        result.affected[0].reason.contains("Helpdesk Administrator"),
        "{result:#?}"
    );
}

#[test]
fn synchronised_admin_through_group_fails() {
    let tenant = add_assignment(hardened(), PLAIN_GROUP, GLOBAL_ADMIN).edit(
        Dataset::GroupMembers,
        |members| {
            members.push(json!({"@odata.type": "#microsoft.graph.user", "id": OSKAR,
                                "displayName": "Oskar Lindqvist", "parentId": PLAIN_GROUP}));
        },
    );
    assert_eq!(affected_ids(&tenant.result("CRAY-ENTRA-021")), [OSKAR]);
}

// Permanent holders come from the role assignments; an empty PIM answer means nothing.
#[test]
fn direct_privileged_assignment_without_pim_fails() {
    let tenant = add_assignment(hardened(), MIRJA, HELPDESK_ADMIN);
    let result = tenant.result("CRAY-ENTRA-022");
    assert_status(&result, Status::Fail);
    assert_eq!(affected_ids(&result), [MIRJA]);
    assert!(
        result.affected[0].reason.contains("Permanent"),
        "{result:#?}"
    );
}

#[test]
fn time_bound_activation_is_not_permanent() {
    let tenant = add_assignment(hardened(), MIRJA, GLOBAL_ADMIN).with(
        Dataset::RoleAssignmentScheduleInstances,
        json!([{"id": "i1", "principalId": MIRJA, "roleDefinitionId": GLOBAL_ADMIN,
                "assignmentType": "Activated", "memberType": "Direct",
                "startDateTime": "2026-12-04T08:00:00Z", "endDateTime": "2026-12-04T16:00:00Z"}]),
    );
    assert_status(&tenant.result("CRAY-ENTRA-022"), Status::Pass);
}

#[test]
fn assignment_without_schedule_data_says_activation_unknown() {
    let tenant = add_assignment(hardened(), MIRJA, GLOBAL_ADMIN)
        .without(Dataset::RoleAssignmentScheduleInstances);
    let result = tenant.result("CRAY-ENTRA-022");
    assert_status(&result, Status::Fail);
    assert!(
        result.affected[0].reason.contains("cannot be told apart"),
        "{result:#?}"
    );
}

#[test]
fn permanent_non_privileged_role_passes() {
    let reader = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";
    let tenant = add_assignment(hardened(), MIRJA, reader);
    assert_status(&tenant.result("CRAY-ENTRA-022"), Status::Pass);
}

#[test]
fn service_principal_with_privileged_role_fails() {
    let tenant = add_assignment(hardened(), SERVICE_PRINCIPAL, GLOBAL_ADMIN);
    let results = tenant.evaluate();
    let result = &results["CRAY-ENTRA-023"];
    assert_status(result, Status::Fail);
    assert_eq!(affected_names(result), ["Payroll Export"]);
    // The service principal is the subject of 023 only.
    assert_status(&results["CRAY-ENTRA-022"], Status::Pass);
}

#[test]
fn guest_with_eligible_role_fails() {
    let guest = "7d2a5c9e-8f14-4b06-9e3a-1c5d7b2f0e69";
    let tenant = hardened()
        .edit(Dataset::Users, |users| {
            users.push(json!({"id": guest, "displayName": "Marta Ruiz (Partner)",
                "userPrincipalName": "marta.ruiz_partner-lab.example#EXT#@fabrikamlab.onmicrosoft.com",
                "userType": "Member", "accountEnabled": true}));
        })
        .edit(Dataset::RoleEligibilitySchedules, |list| {
            list.push(assignment(guest, HELPDESK_ADMIN));
        });
    let result = tenant.result("CRAY-ENTRA-024");
    assert_status(&result, Status::Fail);
    assert_eq!(affected_ids(&result), [guest]);
}

// CRAY-ENTRA-025: administrator sessions.

#[test]
fn admin_without_session_limits_fails() {
    let tenant = edit_policies(|list| {
        list[ADMINS]["sessionControls"] = Value::Null;
    });
    let result = tenant.result("CRAY-ENTRA-025");
    assert_status(&result, Status::Fail);
    assert_eq!(affected_ids(&result), [MIRJA]);
}

#[test]
fn disabled_sign_in_frequency_does_not_count() {
    let tenant = edit_policies(|list| {
        list[ADMINS]["sessionControls"]["signInFrequency"]["isEnabled"] = json!(false);
    });
    assert_status(&tenant.result("CRAY-ENTRA-025"), Status::Fail);
}

// Zero Conditional Access policies: every coverage check fails with a verdict, never errors.
#[test]
fn no_policies_fail_every_coverage_check() {
    let results = edit_policies(|list| list.clear()).evaluate();
    for number in [11, 12, 13, 14, 15, 16, 25] {
        let id = format!("CRAY-ENTRA-{number:03}");
        assert_status(&results[&id], Status::Fail);
    }
    for number in [18, 19, 20] {
        let id = format!("CRAY-ENTRA-{number:03}");
        assert_status(&results[&id], Status::Pass);
    }
}
