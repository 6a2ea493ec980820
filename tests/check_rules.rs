//! Each check on a passing and a failing tenant, and the hard cases other tools got wrong.

#[path = "support/check_fixtures.rs"]
mod fixtures;

use cray::model::{Dataset, Status};
use fixtures::{Tenant, affected_names, assert_status};
use serde_json::json;

fn hardened() -> Tenant {
    Tenant::fixture("hardened")
}

#[test]
fn hardened_tenant_passes_every_check() {
    for (id, result) in hardened().evaluate() {
        assert_eq!(result.status, Status::Pass, "{id}: {result:#?}");
    }
}

const BREAK_GLASS: &str = "c8f3d0e5-2b6a-4f94-8d7c-3e9a1b5f2d84";
const PLAIN_GROUP: &str = "a2d7b4c9-6f0e-4d38-8b1a-7c3e5f9d6bc8";
const GLOBAL_ADMIN: &str = "62e90394-69f5-4237-9190-012177145e10";

/// Builds an enabled policy for all users and all apps with the given grant controls.
fn all_users_policy(name: &str, grant: serde_json::Value) -> serde_json::Value {
    json!({
        "id": format!("{name}-id"),
        "displayName": name,
        "state": "enabled",
        "conditions": {
            "clientAppTypes": ["all"],
            "platforms": null, "locations": null, "devices": null,
            "applications": {"includeApplications": ["All"], "excludeApplications": []},
            "users": {
                "includeUsers": ["All"], "excludeUsers": [BREAK_GLASS],
                "includeGroups": [], "excludeGroups": [], "includeRoles": [], "excludeRoles": [],
                "includeGuestsOrExternalUsers": null, "excludeGuestsOrExternalUsers": null
            }
        },
        "grantControls": grant
    })
}

fn mfa_grant() -> serde_json::Value {
    json!({"operator": "OR", "builtInControls": ["mfa"], "authenticationStrength": null})
}

fn with_policies(policies: serde_json::Value) -> Tenant {
    hardened().with(Dataset::ConditionalAccessPolicies, policies)
}

fn edit_policy(change: impl FnOnce(&mut serde_json::Value)) -> Tenant {
    let mut policy = all_users_policy("MFA all", mfa_grant());
    change(&mut policy);
    with_policies(json!([policy]))
}

// CRAY-ENTRA-001: MFA for all users.

#[test]
fn mfa_report_only_policy_does_not_count() {
    let tenant = edit_policy(|p| p["state"] = json!("enabledForReportingButNotEnforced"));
    let result = tenant.result("CRAY-ENTRA-001");
    assert_status(&result, Status::Fail);
    assert!(
        result.affected[0].reason.contains("report-only"),
        "{result:#?}"
    );
}

#[test]
fn mfa_disabled_policy_is_ignored() {
    let tenant = edit_policy(|p| p["state"] = json!("disabled"));
    let result = tenant.result("CRAY-ENTRA-001");
    assert_status(&result, Status::Fail);
    assert!(result.affected.is_empty(), "{result:#?}");
}

#[test]
fn mfa_authentication_strength_counts() {
    let grant = json!({
        "operator": "OR", "builtInControls": [], "customAuthenticationFactors": [], "termsOfUse": [],
        "authenticationStrength@odata.context": "https://graph.microsoft.com/v1.0/$metadata#x",
        "authenticationStrength": {
            "id": "00000000-0000-0000-0000-000000000002",
            "displayName": "Multifactor authentication",
            "requirementsSatisfied": "mfa"
        }
    });
    let tenant = with_policies(json!([all_users_policy("Strength", grant)]));
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Pass);
}

#[test]
fn mfa_or_compliant_device_does_not_count() {
    let grant = json!({"operator": "OR", "builtInControls": ["mfa", "compliantDevice"]});
    let tenant = with_policies(json!([all_users_policy("Either", grant)]));
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Fail);
}

#[test]
fn mfa_and_compliant_device_counts() {
    let grant = json!({"operator": "AND", "builtInControls": ["mfa", "compliantDevice"]});
    let tenant = with_policies(json!([all_users_policy("Both", grant)]));
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Pass);
}

#[test]
fn mfa_strength_or_device_does_not_count() {
    let grant = json!({
        "operator": "OR", "builtInControls": ["compliantDevice"],
        "authenticationStrength": {"requirementsSatisfied": "mfa"}
    });
    let tenant = with_policies(json!([all_users_policy("Strength or device", grant)]));
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Fail);
}

#[test]
fn mfa_narrowed_by_platform_does_not_count() {
    let tenant = edit_policy(|p| {
        p["conditions"]["platforms"] =
            json!({"includePlatforms": ["android", "iOS"], "excludePlatforms": []});
    });
    let result = tenant.result("CRAY-ENTRA-001");
    assert_status(&result, Status::Fail);
    assert!(
        result.affected[0].reason.contains("platforms"),
        "{result:#?}"
    );
}

#[test]
fn mfa_all_platforms_still_counts() {
    let tenant = edit_policy(|p| {
        p["conditions"]["platforms"] = json!({"includePlatforms": ["all"], "excludePlatforms": []});
    });
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Pass);
}

#[test]
fn mfa_browser_only_does_not_count() {
    let tenant = edit_policy(|p| p["conditions"]["clientAppTypes"] = json!(["browser"]));
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Fail);
}

#[test]
fn mfa_excluded_app_does_not_count() {
    let tenant = edit_policy(|p| {
        p["conditions"]["applications"]["excludeApplications"] =
            json!(["00000003-0000-0ff1-ce00-000000000000"]);
    });
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Fail);
}

#[test]
fn mfa_three_excluded_users_do_not_count() {
    let tenant = edit_policy(|p| {
        p["conditions"]["users"]["excludeUsers"] = json!(["u1", "u2", "u3"]);
    });
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Fail);
}

#[test]
fn mfa_plain_group_exclusion_does_not_count() {
    let tenant = edit_policy(|p| p["conditions"]["users"]["excludeGroups"] = json!([PLAIN_GROUP]));
    let result = tenant.result("CRAY-ENTRA-001");
    assert_status(&result, Status::Fail);
    assert!(
        result.affected[0].reason.contains("Sales Team"),
        "{result:#?}"
    );
}

#[test]
fn mfa_excluded_guests_do_not_count() {
    let tenant = edit_policy(|p| {
        p["conditions"]["users"]["excludeGuestsOrExternalUsers"] =
            json!({"guestOrExternalUserTypes": "b2bCollaborationGuest"});
    });
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Fail);
}

#[test]
fn mfa_no_policies_fails_with_reason() {
    let result = with_policies(json!([])).result("CRAY-ENTRA-001");
    assert_status(&result, Status::Fail);
    assert!(
        result
            .detail
            .contains("No Conditional Access policy exists"),
        "{}",
        result.detail
    );
}

#[test]
fn mfa_security_defaults_pass_without_policies() {
    let tenant = with_policies(json!([])).with(
        Dataset::SecurityDefaults,
        json!([{"id": "00000000-0000-0000-0000-000000000005", "isEnabled": true}]),
    );
    let result = tenant.result("CRAY-ENTRA-001");
    assert_status(&result, Status::Pass);
    assert!(
        result.detail.contains("Security defaults"),
        "{}",
        result.detail
    );
}

#[test]
fn mfa_user_less_policy_neither_helps_nor_hurts() {
    let agents = json!({
        "id": "agents", "displayName": "Block risky agents", "state": "enabled",
        "conditions": {
            "clientAppTypes": ["all"],
            "applications": {"includeApplications": ["All"], "excludeApplications": []},
            "users": {"includeUsers": ["None"], "excludeUsers": [], "includeGroups": [],
                      "excludeGroups": [], "includeRoles": [], "excludeRoles": []}
        },
        "grantControls": {"operator": "OR", "builtInControls": ["block"]}
    });
    let passing = with_policies(json!([agents, all_users_policy("MFA", mfa_grant())]));
    assert_status(&passing.result("CRAY-ENTRA-001"), Status::Pass);
    let failing = with_policies(json!([agents]));
    let result = failing.result("CRAY-ENTRA-001");
    assert_status(&result, Status::Fail);
    assert!(result.affected.is_empty(), "{result:#?}");
}

// CRAY-ENTRA-002: legacy authentication.

fn legacy_block(client_app_types: serde_json::Value) -> serde_json::Value {
    let mut policy = all_users_policy(
        "Block legacy",
        json!({"operator": "OR", "builtInControls": ["block"]}),
    );
    policy["conditions"]["clientAppTypes"] = client_app_types;
    policy
}

#[test]
fn legacy_block_passes() {
    let tenant = with_policies(json!([legacy_block(json!([
        "exchangeActiveSync",
        "other"
    ]))]));
    assert_status(&tenant.result("CRAY-ENTRA-002"), Status::Pass);
}

#[test]
fn legacy_block_missing_other_fails() {
    let tenant = with_policies(json!([legacy_block(json!(["exchangeActiveSync"]))]));
    let result = tenant.result("CRAY-ENTRA-002");
    assert_status(&result, Status::Fail);
    assert!(result.affected[0].reason.contains("other"), "{result:#?}");
}

#[test]
fn legacy_block_report_only_fails() {
    let mut policy = legacy_block(json!(["exchangeActiveSync", "other"]));
    policy["state"] = json!("enabledForReportingButNotEnforced");
    assert_status(
        &with_policies(json!([policy])).result("CRAY-ENTRA-002"),
        Status::Fail,
    );
}

// CRAY-ENTRA-003 and CRAY-ENTRA-004: Global Administrators.

fn ga_assignment(principal: &str) -> serde_json::Value {
    json!({"id": format!("ga-{principal}"), "principalId": principal,
           "roleDefinitionId": GLOBAL_ADMIN, "directoryScopeId": "/"})
}

#[test]
fn ga_count_one_user_fails() {
    let tenant = hardened().with(
        Dataset::RoleAssignments,
        json!([ga_assignment(BREAK_GLASS)]),
    );
    assert_status(&tenant.result("CRAY-ENTRA-003"), Status::Fail);
}

#[test]
fn ga_count_five_users_fails() {
    let ids = ["u1", "u2", "u3", "u4", "u5"];
    let users: Vec<_> = ids
        .iter()
        .map(|id| json!({"id": id, "displayName": format!("Admin {id}")}))
        .collect();
    let assignments: Vec<_> = ids.iter().map(|id| ga_assignment(id)).collect();
    let tenant = hardened()
        .with(Dataset::Users, json!(users))
        .with(Dataset::RoleAssignments, json!(assignments));
    let result = tenant.result("CRAY-ENTRA-003");
    assert_status(&result, Status::Fail);
    assert_eq!(result.affected.len(), 5);
}

#[test]
fn ga_service_principal_is_listed_not_counted() {
    let tenant = hardened().edit(Dataset::RoleAssignments, |objects| {
        objects.push(ga_assignment("5e1a9c3f-7d2b-4f68-a0e4-9b3d1f7c2a85"));
    });
    let result = tenant.result("CRAY-ENTRA-003");
    assert_status(&result, Status::Pass);
    assert_eq!(result.affected.len(), 1);
    assert!(
        result.affected[0].reason.contains("service principal"),
        "{result:#?}"
    );
}

#[test]
fn permanent_ga_from_direct_assignments_without_pim() {
    // PIM was never used: the eligibility schedules are empty, the assignments are direct.
    let tenant = hardened()
        .with(Dataset::RoleEligibilitySchedules, json!([]))
        .with(
            Dataset::RoleAssignments,
            json!([
                ga_assignment("b7e2c9d4-1a5f-4e83-9c6b-2d8f0a4e1c73"),
                ga_assignment("e0b5f2a7-4d8c-4b16-8f9e-5a1c3d7b4fa6"),
                ga_assignment(BREAK_GLASS)
            ]),
        );
    let result = tenant.result("CRAY-ENTRA-004");
    assert_status(&result, Status::Fail);
    assert_eq!(
        affected_names(&result),
        ["Mirja Solberg", "Oskar Lindqvist"]
    );
    assert!(
        result.detail.contains("Notfallzugang 1 (Break Glass)"),
        "{}",
        result.detail
    );
}

#[test]
fn permanent_ga_unknown_principal_falls_back_to_id() {
    let tenant = hardened().edit(Dataset::RoleAssignments, |objects| {
        objects.push(ga_assignment("3d7a1e5c-9b2f-4c60-8e4a-6f1b3d9c7e21"));
    });
    let result = tenant.result("CRAY-ENTRA-004");
    assert_status(&result, Status::Fail);
    assert_eq!(
        affected_names(&result),
        ["3d7a1e5c-9b2f-4c60-8e4a-6f1b3d9c7e21"]
    );
}

#[test]
fn eligible_only_ga_is_not_permanent() {
    // The hardened tenant's only non-emergency administrator is eligible, not active.
    assert_status(&hardened().result("CRAY-ENTRA-004"), Status::Pass);
}

#[test]
fn synced_break_glass_name_is_not_exempt() {
    let tenant = hardened().edit(Dataset::Users, |users| {
        users[1]["onPremisesSyncEnabled"] = json!(true);
    });
    let result = tenant.result("CRAY-ENTRA-004");
    assert_status(&result, Status::Fail);
    assert_eq!(affected_names(&result), ["Notfallzugang 1 (Break Glass)"]);
}

// CRAY-ENTRA-005 to CRAY-ENTRA-010: directory settings.

fn authorization(change: impl FnOnce(&mut serde_json::Value)) -> Tenant {
    hardened().edit(Dataset::AuthorizationPolicy, |objects| {
        change(&mut objects[0])
    })
}

#[test]
fn consent_legacy_policy_fails() {
    let tenant = authorization(|p| {
        p["defaultUserRolePermissions"]["permissionGrantPoliciesAssigned"] =
            json!(["ManagePermissionGrantsForSelf.microsoft-user-default-legacy"]);
    });
    assert_status(&tenant.result("CRAY-ENTRA-005"), Status::Fail);
}

#[test]
fn consent_low_policy_passes_with_note() {
    let tenant = authorization(|p| {
        p["defaultUserRolePermissions"]["permissionGrantPoliciesAssigned"] =
            json!(["ManagePermissionGrantsForSelf.microsoft-user-default-low"]);
    });
    let result = tenant.result("CRAY-ENTRA-005");
    assert_status(&result, Status::Pass);
    assert!(
        result.detail.contains("microsoft-user-default-low"),
        "{}",
        result.detail
    );
}

#[test]
fn invitations_from_everyone_fail() {
    let tenant = authorization(|p| p["allowInvitesFrom"] = json!("everyone"));
    assert_status(&tenant.result("CRAY-ENTRA-006"), Status::Fail);
}

#[test]
fn report_only_policies_are_listed() {
    let mut pilot = all_users_policy("Pilot", mfa_grant());
    pilot["state"] = json!("enabledForReportingButNotEnforced");
    let tenant = with_policies(json!([all_users_policy("MFA", mfa_grant()), pilot]));
    let result = tenant.result("CRAY-ENTRA-007");
    assert_status(&result, Status::Fail);
    assert_eq!(affected_names(&result), ["Pilot"]);
}

#[test]
fn app_registration_allowed_fails() {
    let tenant = authorization(|p| {
        p["defaultUserRolePermissions"]["allowedToCreateApps"] = json!(true);
    });
    assert_status(&tenant.result("CRAY-ENTRA-008"), Status::Fail);
}

#[test]
fn guest_member_access_fails() {
    let tenant = authorization(|p| {
        p["guestUserRoleId"] = json!("a0b1b346-4d3e-4e8b-98f8-753987be4970");
    });
    assert_status(&tenant.result("CRAY-ENTRA-009"), Status::Fail);
}

#[test]
fn sms_enabled_fails() {
    let tenant = hardened().edit(Dataset::AuthenticationMethodsPolicy, |objects| {
        objects[0]["authenticationMethodConfigurations"][1]["state"] = json!("enabled");
        objects[0]["authenticationMethodConfigurations"][1]["includeTargets"] =
            json!([{"targetType": "group", "id": "all_users", "isUsableForSignIn": false}]);
    });
    let result = tenant.result("CRAY-ENTRA-010");
    assert_status(&result, Status::Fail);
    assert!(
        !result.affected[0].reason.contains("sign-in"),
        "{result:#?}"
    );
}

// CRAY-EXO-001: external forwarding.

fn spam_policy(name: &str, is_default: bool, mode: &str) -> serde_json::Value {
    json!({"Name": name, "Identity": name, "IsDefault": is_default, "AutoForwardingMode": mode})
}

fn finance_rule(state: &str) -> serde_json::Value {
    json!({"Name": "Finance rule", "Identity": "Finance rule", "State": state, "Priority": 0,
           "HostedOutboundSpamFilterPolicy": "Finance exception",
           "FromMemberOf": ["finance@fabrikam-lab.example"], "From": null, "SenderDomainIs": null})
}

fn forwarding(policies: serde_json::Value, rules: serde_json::Value) -> Tenant {
    hardened()
        .with(Dataset::ExoOutboundSpamPolicies, policies)
        .with(Dataset::ExoOutboundSpamRules, rules)
}

#[test]
fn forwarding_automatic_default_passes() {
    let tenant = forwarding(
        json!([spam_policy("Default", true, "Automatic")]),
        json!([]),
    );
    assert_status(&tenant.result("CRAY-EXO-001"), Status::Pass);
}

#[test]
fn forwarding_default_on_fails() {
    let tenant = forwarding(json!([spam_policy("Default", true, "On")]), json!([]));
    let result = tenant.result("CRAY-EXO-001");
    assert_status(&result, Status::Fail);
    assert!(
        result.affected[0].reason.contains("all senders"),
        "{result:#?}"
    );
}

#[test]
fn forwarding_scoped_exception_names_scope() {
    let policies = json!([
        spam_policy("Default", true, "Automatic"),
        spam_policy("Finance exception", false, "On")
    ]);
    let result = forwarding(policies, json!([finance_rule("Enabled")])).result("CRAY-EXO-001");
    assert_status(&result, Status::Fail);
    assert_eq!(affected_names(&result), ["Finance exception"]);
    assert!(
        result.affected[0]
            .reason
            .contains("Members of: finance@fabrikam-lab.example."),
        "{result:#?}"
    );
}

#[test]
fn forwarding_policy_without_enabled_rule_applies_to_nobody() {
    let policies = json!([
        spam_policy("Default", true, "Off"),
        spam_policy("Finance exception", false, "On")
    ]);
    let result = forwarding(policies, json!([finance_rule("Disabled")])).result("CRAY-EXO-001");
    assert_status(&result, Status::Pass);
    assert!(
        result.detail.contains("Finance exception"),
        "{}",
        result.detail
    );
}

#[test]
fn forwarding_remote_domain_allowing_fails() {
    let tenant = hardened().edit(Dataset::ExoRemoteDomains, |domains| {
        domains.push(
            json!({"Name": "Lab", "Identity": "Lab", "DomainName": "lab.example",
                            "AutoForwardEnabled": true}),
        );
    });
    let result = tenant.result("CRAY-EXO-001");
    assert_status(&result, Status::Fail);
    assert_eq!(affected_names(&result), ["lab.example"]);
}
