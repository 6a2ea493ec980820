//! Hard tenant shapes that other assessment tools got wrong, and their near variants.

#[path = "support/check_fixtures.rs"]
mod fixtures;

use cray::model::{Dataset, NotCollected, Status};
use fixtures::{Tenant, affected_ids, affected_names, assert_status};
use serde_json::{Value, json};

const BREAK_GLASS: &str = "9a0e7d3c-1b5f-4c28-b6e4-2d8f0a1c9e37";
const ADA: &str = "3c1f0a9e-6b2d-4e71-8a53-0f9d2c7b4e16";
const NOAH: &str = "2e7f4a1c-9d3b-4e68-8a05-7c1b6d9f3e52";
const GUEST: &str = "7d2a5c9e-8f14-4b06-9e3a-1c5d7b2f0e69";
const PILOT_GROUP: &str = "e1d4a7b0-3c6f-4e92-8b5d-0a3d6c9f2e17";
const GLOBAL_ADMIN: &str = "62e90394-69f5-4237-9190-012177145e10";

fn users() -> Value {
    json!([
        {"id": ADA, "displayName": "Ada Quill", "userPrincipalName": "ada.quill@kestrel-works.example",
         "userType": "Member", "accountEnabled": true, "onPremisesSyncEnabled": null},
        {"id": BREAK_GLASS, "displayName": "Emergency Access 01",
         "userPrincipalName": "ea01@kestrelworks.onmicrosoft.com",
         "userType": "Member", "accountEnabled": true, "onPremisesSyncEnabled": null},
        {"id": NOAH, "displayName": "Noah Brandt", "userPrincipalName": "noah.brandt@kestrel-works.example",
         "userType": "Member", "accountEnabled": true, "onPremisesSyncEnabled": null},
        {"id": GUEST, "displayName": "Marta Ruiz (Partner)",
         "userPrincipalName": "marta.ruiz_partner-lab.example#EXT#@kestrelworks.onmicrosoft.com",
         "userType": "Guest", "accountEnabled": true, "onPremisesSyncEnabled": null}
    ])
}

fn groups() -> Value {
    json!([
        {"id": PILOT_GROUP, "displayName": "CA-Pilot-Exclusions", "isAssignableToRole": null,
         "securityEnabled": true}
    ])
}

fn tenant() -> Tenant {
    Tenant::fixture("hardened")
        .with(Dataset::Users, users())
        .with(Dataset::Groups, groups())
}

fn user_scope(include: &[&str], exclude: &[&str]) -> Value {
    json!({
        "includeUsers": include, "excludeUsers": exclude,
        "includeGroups": [], "excludeGroups": [], "includeRoles": [], "excludeRoles": [],
        "includeGuestsOrExternalUsers": null, "excludeGuestsOrExternalUsers": null
    })
}

fn policy(name: &str, users: Value, grant: Value) -> Value {
    json!({
        "id": format!("{name}-id"), "displayName": name, "state": "enabled",
        "conditions": {
            "users": users,
            "applications": {"includeApplications": ["All"], "excludeApplications": [],
                             "includeUserActions": [],
                             "includeAuthenticationContextClassReferences": [],
                             "applicationFilter": null},
            "clientAppTypes": ["all"], "platforms": null, "locations": null
        },
        "grantControls": grant
    })
}

fn grant(controls: &[&str]) -> Value {
    json!({"operator": "OR", "builtInControls": controls, "customAuthenticationFactors": [],
           "termsOfUse": [], "authenticationStrength": null})
}

fn mfa_policy() -> Value {
    policy(
        "CA001 Require MFA",
        user_scope(&["All"], &[BREAK_GLASS]),
        grant(&["mfa"]),
    )
}

fn legacy_block_policy() -> Value {
    let mut block = policy(
        "CA002 Block legacy",
        user_scope(&["All"], &[BREAK_GLASS]),
        grant(&["block"]),
    );
    block["conditions"]["clientAppTypes"] = json!(["exchangeActiveSync", "other"]);
    block
}

fn agent_policy() -> Value {
    policy(
        "Block high-risk agent identities",
        user_scope(&["None"], &[]),
        grant(&["block"]),
    )
}

fn strength(id: &str, name: &str, combinations: &[&str]) -> Value {
    json!({
        "operator": "OR", "builtInControls": [], "customAuthenticationFactors": [], "termsOfUse": [],
        "authenticationStrength@odata.context": "https://graph.microsoft.com/v1.0/$metadata#x",
        "authenticationStrength": {"id": id, "displayName": name, "policyType": "builtIn",
                                   "requirementsSatisfied": "mfa",
                                   "allowedCombinations": combinations}
    })
}

fn with_policies(policies: Value) -> Tenant {
    tenant().with(Dataset::ConditionalAccessPolicies, policies)
}

fn with_mfa_policy(change: impl FnOnce(&mut Value)) -> Tenant {
    let mut mfa = mfa_policy();
    change(&mut mfa);
    with_policies(json!([mfa, legacy_block_policy()]))
}

// A policy whose user scope selects no user neither helps nor hurts coverage.

#[test]
fn user_less_policy_leaves_mfa_coverage_passing() {
    let tenant = with_policies(json!([agent_policy(), mfa_policy(), legacy_block_policy()]));
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Pass);
}

#[test]
fn user_less_policy_leaves_legacy_block_passing() {
    let tenant = with_policies(json!([agent_policy(), mfa_policy(), legacy_block_policy()]));
    assert_status(&tenant.result("CRAY-ENTRA-002"), Status::Pass);
}

#[test]
fn user_less_block_leaves_legacy_failing() {
    let mut agents = agent_policy();
    agents["conditions"]["clientAppTypes"] = json!(["exchangeActiveSync", "other"]);
    let tenant = with_policies(json!([agents]));
    assert_status(&tenant.result("CRAY-ENTRA-002"), Status::Fail);
}

// Report-only policies never enforce, and stay in scope for exclusion hygiene.

fn pilot_policy(state: &str) -> Value {
    let mut pilot = policy(
        "CA010 Require MFA (pilot)",
        user_scope(&["All"], &[]),
        grant(&["mfa"]),
    );
    pilot["state"] = json!(state);
    pilot["conditions"]["users"]["excludeGroups"] = json!([PILOT_GROUP]);
    pilot
}

#[test]
fn report_only_mfa_policy_fails_mfa_check() {
    let tenant = with_policies(json!([pilot_policy("enabledForReportingButNotEnforced")]));
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Fail);
}

#[test]
fn report_only_mfa_reason_names_mode() {
    let tenant = with_policies(json!([pilot_policy("enabledForReportingButNotEnforced")]));
    let result = tenant.result("CRAY-ENTRA-001");
    assert!(
        result.affected[0].reason.contains("report-only"),
        "{result:#?}"
    );
}

#[test]
fn report_only_policy_names_unprotected_excluded_group() {
    let tenant = with_policies(json!([pilot_policy("enabledForReportingButNotEnforced")]));
    let result = tenant.result("CRAY-ENTRA-001");
    assert!(
        result.affected[0].reason.contains("CA-Pilot-Exclusions"),
        "{result:#?}"
    );
}

#[test]
fn report_only_policy_is_listed_as_not_enforcing() {
    let tenant = with_policies(json!([pilot_policy("enabledForReportingButNotEnforced")]));
    let result = tenant.result("CRAY-ENTRA-007");
    assert_status(&result, Status::Fail);
}

#[test]
fn disabled_policy_is_out_of_scope_for_mfa() {
    let tenant = with_policies(json!([pilot_policy("disabled")]));
    let result = tenant.result("CRAY-ENTRA-001");
    assert!(result.affected.is_empty(), "{result:#?}");
}

#[test]
fn disabled_policy_is_not_listed_as_report_only() {
    let tenant = with_policies(json!([pilot_policy("disabled")]));
    assert_status(&tenant.result("CRAY-ENTRA-007"), Status::Pass);
}

// MFA expressed through an authentication strength.

fn mfa_strength_policy() -> Value {
    policy(
        "CA020 All users MFA strength",
        user_scope(&["All"], &[BREAK_GLASS]),
        strength(
            "00000000-0000-0000-0000-000000000002",
            "Multifactor authentication",
            &[
                "fido2",
                "password,microsoftAuthenticatorPush",
                "password,sms",
            ],
        ),
    )
}

fn mfa_or_device_policy() -> Value {
    policy(
        "CA021 MFA or compliant device",
        user_scope(&["All"], &[]),
        grant(&["mfa", "compliantDevice"]),
    )
}

#[test]
fn mfa_strength_without_builtin_mfa_passes() {
    let tenant = with_policies(json!([mfa_strength_policy(), mfa_or_device_policy()]));
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Pass);
}

#[test]
fn mfa_or_compliant_device_alone_fails() {
    let tenant = with_policies(json!([mfa_or_device_policy()]));
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Fail);
}

#[test]
fn mfa_strength_and_terms_of_use_passes() {
    let mut combined = mfa_strength_policy();
    combined["grantControls"]["operator"] = json!("AND");
    combined["grantControls"]["termsOfUse"] = json!(["c4f7a0d3-6e9b-4d25-8b1f-4a7d0c3e6f92"]);
    let tenant = with_policies(json!([combined]));
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Pass);
}

#[test]
fn mfa_strength_or_terms_of_use_fails() {
    let mut either = mfa_strength_policy();
    either["grantControls"]["termsOfUse"] = json!(["c4f7a0d3-6e9b-4d25-8b1f-4a7d0c3e6f92"]);
    let tenant = with_policies(json!([either]));
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Fail);
}

#[test]
fn mfa_strength_narrowed_by_location_fails() {
    let mut narrowed = mfa_strength_policy();
    narrowed["conditions"]["locations"] =
        json!({"includeLocations": ["All"], "excludeLocations": ["AllTrusted"]});
    let tenant = with_policies(json!([narrowed]));
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Fail);
}

// Session-control-only policies carry no grant controls (grantControls is null).

fn session_only_policy() -> Value {
    let mut session = policy(
        "CA030 Sign-in frequency",
        user_scope(&["All"], &[]),
        Value::Null,
    );
    session["sessionControls"] =
        json!({"signInFrequency": {"value": 12, "type": "hours", "isEnabled": true}});
    session
}

#[test]
fn session_only_policy_keeps_mfa_passing() {
    let tenant = with_policies(json!([
        session_only_policy(),
        mfa_policy(),
        legacy_block_policy()
    ]));
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Pass);
}

#[test]
fn session_only_policy_keeps_legacy_passing() {
    let tenant = with_policies(json!([
        session_only_policy(),
        mfa_policy(),
        legacy_block_policy()
    ]));
    assert_status(&tenant.result("CRAY-ENTRA-002"), Status::Pass);
}

// Exclusions that remove whole populations are never accepted.

#[test]
fn mfa_excluding_all_guests_by_keyword_fails() {
    let tenant = with_mfa_policy(|p| {
        p["conditions"]["users"]["excludeUsers"] = json!(["GuestsOrExternalUsers"]);
    });
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Fail);
}

#[test]
fn legacy_block_excluding_all_guests_by_keyword_fails() {
    let mut block = legacy_block_policy();
    block["conditions"]["users"]["excludeUsers"] = json!(["GuestsOrExternalUsers"]);
    let tenant = with_policies(json!([mfa_policy(), block]));
    assert_status(&tenant.result("CRAY-ENTRA-002"), Status::Fail);
}

#[test]
fn mfa_excluding_a_role_fails() {
    let tenant = with_mfa_policy(|p| {
        p["conditions"]["users"]["excludeRoles"] = json!([GLOBAL_ADMIN]);
    });
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Fail);
}

#[test]
fn mfa_excluding_guests_fails() {
    let tenant = with_mfa_policy(|p| {
        p["conditions"]["users"]["excludeGuestsOrExternalUsers"] = json!({
            "guestOrExternalUserTypes": "internalGuest,b2bCollaborationGuest",
            "externalTenants": {"membershipKind": "all"}
        });
    });
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Fail);
}

#[test]
fn mfa_with_apps_excluded_by_filter_fails() {
    let tenant = with_mfa_policy(|p| {
        p["conditions"]["applications"]["applicationFilter"] = json!({
            "mode": "exclude",
            "rule": "CustomSecurityAttribute.Engineering_Project -eq \"Baker\""
        });
    });
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Fail);
}

#[test]
fn legacy_block_with_apps_excluded_by_filter_fails() {
    let mut block = legacy_block_policy();
    block["conditions"]["applications"]["applicationFilter"] = json!({
        "mode": "exclude",
        "rule": "CustomSecurityAttribute.Engineering_Project -eq \"Baker\""
    });
    let tenant = with_policies(json!([mfa_policy(), block]));
    assert_status(&tenant.result("CRAY-ENTRA-002"), Status::Fail);
}

#[test]
fn mfa_with_every_client_app_type_named_passes() {
    let tenant = with_mfa_policy(|p| {
        p["conditions"]["clientAppTypes"] = json!([
            "browser",
            "mobileAppsAndDesktopClients",
            "exchangeActiveSync",
            "other"
        ]);
    });
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Pass);
}

// A tenant without any Conditional Access policy still gets verdicts.

fn empty_tenant() -> Tenant {
    with_policies(json!([]))
}

#[test]
fn no_policies_fails_mfa_with_reason() {
    let result = empty_tenant().result("CRAY-ENTRA-001");
    assert!(
        result
            .detail
            .contains("No Conditional Access policy exists"),
        "{result:#?}"
    );
}

#[test]
fn no_policies_fails_legacy_block_with_reason() {
    let result = empty_tenant().result("CRAY-ENTRA-002");
    assert!(
        result
            .detail
            .contains("No Conditional Access policy exists"),
        "{result:#?}"
    );
}

#[test]
fn no_policies_passes_report_only_check() {
    assert_status(&empty_tenant().result("CRAY-ENTRA-007"), Status::Pass);
}

#[test]
fn no_policies_leaves_every_check_assessable() {
    for (id, result) in empty_tenant().evaluate() {
        assert_ne!(result.status, Status::NotAssessable, "{id}: {result:#?}");
    }
}

#[test]
fn no_policies_with_security_defaults_passes_legacy_block() {
    let tenant = empty_tenant().with(
        Dataset::SecurityDefaults,
        json!([{"id": "00000000-0000-0000-0000-000000000005", "isEnabled": true}]),
    );
    let result = tenant.result("CRAY-ENTRA-002");
    assert!(result.detail.contains("Security defaults"), "{result:#?}");
}

// Permanent Global Administrators are read from role assignments, not from PIM data.

fn ga(principal: &str) -> Value {
    json!({"id": format!("ga-{principal}"), "principalId": principal,
           "roleDefinitionId": GLOBAL_ADMIN, "directoryScopeId": "/"})
}

fn with_global_admins(principals: &[&str]) -> Tenant {
    let assignments: Vec<Value> = principals.iter().map(|p| ga(p)).collect();
    tenant()
        .with(Dataset::RoleEligibilitySchedules, json!([]))
        .with(Dataset::RoleAssignments, json!(assignments))
}

#[test]
fn direct_ga_assignments_without_pim_fail() {
    let result = with_global_admins(&[ADA, BREAK_GLASS, NOAH]).result("CRAY-ENTRA-004");
    assert_status(&result, Status::Fail);
}

#[test]
fn direct_ga_assignments_list_non_emergency_holders() {
    let result = with_global_admins(&[ADA, BREAK_GLASS, NOAH]).result("CRAY-ENTRA-004");
    assert_eq!(affected_names(&result), ["Ada Quill", "Noah Brandt"]);
}

#[test]
fn direct_ga_assignments_name_exempt_emergency_account() {
    let result = with_global_admins(&[ADA, BREAK_GLASS, NOAH]).result("CRAY-ENTRA-004");
    assert!(result.detail.contains("Emergency Access 01"), "{result:#?}");
}

#[test]
fn group_holding_ga_permanently_fails() {
    let result = with_global_admins(&[BREAK_GLASS, PILOT_GROUP]).result("CRAY-ENTRA-004");
    assert_eq!(affected_ids(&result), [PILOT_GROUP]);
}

#[test]
fn active_ga_that_is_also_eligible_still_fails() {
    let tenant = with_global_admins(&[BREAK_GLASS, ADA]).with(
        Dataset::RoleEligibilitySchedules,
        json!([{"id": "e1", "principalId": ADA, "roleDefinitionId": GLOBAL_ADMIN,
                "directoryScopeId": "/", "memberType": "Direct", "status": "Provisioned"}]),
    );
    assert_status(&tenant.result("CRAY-ENTRA-004"), Status::Fail);
}

#[test]
fn guest_named_emergency_access_is_not_exempt() {
    let tenant = with_global_admins(&[BREAK_GLASS, GUEST]).edit(Dataset::Users, |users| {
        users[3]["displayName"] = json!("Emergency Access (Partner)");
    });
    let result = tenant.result("CRAY-ENTRA-004");
    assert_status(&result, Status::Fail);
}

// Without Entra ID P2 the eligibility schedules cannot be read, but the role assignments
// still show every permanent holder.
#[test]
fn direct_ga_without_pim_licence_fails() {
    let tenant = with_global_admins(&[ADA, BREAK_GLASS, NOAH]).not_collected(
        Dataset::RoleEligibilitySchedules,
        NotCollected::NotLicensed {
            licence: "Microsoft Entra ID P2".to_owned(),
        },
    );
    assert_status(&tenant.result("CRAY-ENTRA-004"), Status::Fail);
}

#[test]
fn three_direct_ga_users_are_within_range() {
    let result = with_global_admins(&[ADA, BREAK_GLASS, NOAH]).result("CRAY-ENTRA-003");
    assert_status(&result, Status::Pass);
}

// External forwarding: outbound spam policies with their rules, and every remote domain.

fn forwarding_tenant(finance_rule_state: &str) -> Tenant {
    tenant()
        .with(
            Dataset::ExoOutboundSpamPolicies,
            json!([
                {"Name": "Default", "Identity": "Default", "IsDefault": true,
                 "AutoForwardingMode": "Automatic"},
                {"Name": "Finance forwarding exception", "Identity": "Finance forwarding exception",
                 "IsDefault": false, "AutoForwardingMode": "On"}
            ]),
        )
        .with(
            Dataset::ExoOutboundSpamRules,
            json!([{"Name": "Finance forwarding exception",
                    "Identity": "Finance forwarding exception", "State": finance_rule_state,
                    "Priority": 0, "HostedOutboundSpamFilterPolicy": "Finance forwarding exception",
                    "FromMemberOf": ["finance@kestrel-works.example"], "From": null,
                    "SenderDomainIs": null, "ExceptIfFrom": null, "ExceptIfFromMemberOf": null,
                    "ExceptIfSenderDomainIs": null}]),
        )
        .with(
            Dataset::ExoRemoteDomains,
            json!([
                {"Name": "Default", "Identity": "Default", "DomainName": "*",
                 "AutoForwardEnabled": false},
                {"Name": "Partner Lab", "Identity": "Partner Lab",
                 "DomainName": "partner-lab.example", "AutoForwardEnabled": true}
            ]),
        )
}

#[test]
fn scoped_forwarding_exception_fails() {
    assert_status(
        &forwarding_tenant("Enabled").result("CRAY-EXO-001"),
        Status::Fail,
    );
}

#[test]
fn scoped_forwarding_exception_lists_policy_and_domain() {
    let result = forwarding_tenant("Enabled").result("CRAY-EXO-001");
    assert_eq!(
        affected_names(&result),
        ["Finance forwarding exception", "partner-lab.example"]
    );
}

#[test]
fn scoped_forwarding_exception_names_the_group() {
    let result = forwarding_tenant("Enabled").result("CRAY-EXO-001");
    let policy = result
        .affected
        .iter()
        .find(|a| a.display_name == "Finance forwarding exception")
        .unwrap();
    assert!(
        policy.reason.contains("finance@kestrel-works.example"),
        "{result:#?}"
    );
}

#[test]
fn automatic_default_policy_alone_passes() {
    let tenant = forwarding_tenant("Disabled").edit(Dataset::ExoRemoteDomains, |domains| {
        domains.truncate(1);
    });
    assert_status(&tenant.result("CRAY-EXO-001"), Status::Pass);
}

// Every Exchange Online organization has a Default outbound spam policy and a Default remote
// domain, so empty lists mean the data is incomplete.
#[test]
fn forwarding_empty_exchange_data_not_passing() {
    let tenant = forwarding_tenant("Disabled")
        .with(Dataset::ExoOutboundSpamPolicies, json!([]))
        .with(Dataset::ExoOutboundSpamRules, json!([]))
        .with(Dataset::ExoRemoteDomains, json!([]));
    assert_ne!(tenant.result("CRAY-EXO-001").status, Status::Pass);
}

// Guest invitations: only administrators and Guest Inviters may invite.

#[test]
fn invitations_from_all_members_fail() {
    let tenant = tenant().edit(Dataset::AuthorizationPolicy, |objects| {
        objects[0]["allowInvitesFrom"] = json!("adminsGuestInvitersAndAllMembers");
    });
    assert_status(&tenant.result("CRAY-ENTRA-006"), Status::Fail);
}

// Graph returns null (or leaves out) many unset objects and arrays. Every rule tolerates
// them, and a null never turns a gap into coverage.

/// Sets the value at `path` inside `value`, or removes the key when `new` is `None`.
fn put(value: &mut Value, path: &[&str], new: Option<Value>) {
    let Some((last, parents)) = path.split_last() else {
        panic!("put needs a non-empty path");
    };
    let mut target = value;
    for key in parents {
        target = &mut target[*key];
    }
    let Some(object) = target.as_object_mut() else {
        panic!("the parent of {path:?} is not an object");
    };
    match new {
        Some(new) => object.insert((*last).to_owned(), new),
        None => object.remove(*last),
    };
}

fn mfa_with_null(path: &[&str]) -> Status {
    with_mfa_policy(|p| put(p, path, Some(Value::Null)))
        .result("CRAY-ENTRA-001")
        .status
}

fn mfa_without(path: &[&str]) -> Status {
    with_mfa_policy(|p| put(p, path, None))
        .result("CRAY-ENTRA-001")
        .status
}

#[test]
fn null_conditions_fail_mfa() {
    assert_eq!(mfa_with_null(&["conditions"]), Status::Fail);
}

#[test]
fn null_user_conditions_fail_mfa() {
    assert_eq!(mfa_with_null(&["conditions", "users"]), Status::Fail);
}

#[test]
fn null_include_users_fail_mfa() {
    assert_eq!(
        mfa_with_null(&["conditions", "users", "includeUsers"]),
        Status::Fail
    );
}

#[test]
fn null_exclusion_lists_keep_mfa_passing() {
    for key in [
        "excludeUsers",
        "excludeGroups",
        "excludeRoles",
        "includeGroups",
    ] {
        assert_eq!(
            mfa_with_null(&["conditions", "users", key]),
            Status::Pass,
            "{key}"
        );
    }
}

#[test]
fn null_applications_fail_mfa() {
    assert_eq!(mfa_with_null(&["conditions", "applications"]), Status::Fail);
}

#[test]
fn null_application_lists_keep_mfa_passing() {
    for key in [
        "excludeApplications",
        "includeUserActions",
        "includeAuthenticationContextClassReferences",
        "applicationFilter",
    ] {
        assert_eq!(
            mfa_with_null(&["conditions", "applications", key]),
            Status::Pass,
            "{key}"
        );
    }
}

#[test]
fn null_client_app_types_keep_mfa_passing() {
    assert_eq!(
        mfa_with_null(&["conditions", "clientAppTypes"]),
        Status::Pass
    );
}

#[test]
fn null_narrowing_conditions_keep_mfa_passing() {
    for key in ["platforms", "locations", "devices", "clientApplications"] {
        assert_eq!(mfa_with_null(&["conditions", key]), Status::Pass, "{key}");
    }
}

#[test]
fn null_grant_controls_fail_mfa() {
    assert_eq!(mfa_with_null(&["grantControls"]), Status::Fail);
}

#[test]
fn missing_grant_controls_fail_mfa() {
    assert_eq!(mfa_without(&["grantControls"]), Status::Fail);
}

#[test]
fn missing_conditions_fail_mfa() {
    assert_eq!(mfa_without(&["conditions"]), Status::Fail);
}

#[test]
fn null_builtin_controls_fail_mfa() {
    assert_eq!(
        mfa_with_null(&["grantControls", "builtInControls"]),
        Status::Fail
    );
}

#[test]
fn null_grant_lists_keep_mfa_passing() {
    for key in [
        "operator",
        "customAuthenticationFactors",
        "termsOfUse",
        "authenticationStrength",
    ] {
        assert_eq!(
            mfa_with_null(&["grantControls", key]),
            Status::Pass,
            "{key}"
        );
    }
}

#[test]
fn null_session_controls_keep_mfa_passing() {
    assert_eq!(mfa_with_null(&["sessionControls"]), Status::Pass);
}

#[test]
fn null_strength_requirements_fail_mfa() {
    let mut only_strength = mfa_strength_policy();
    only_strength["grantControls"]["authenticationStrength"]["requirementsSatisfied"] = Value::Null;
    let tenant = with_policies(json!([only_strength]));
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Fail);
}

#[test]
fn null_grant_controls_fail_legacy_block() {
    let mut block = legacy_block_policy();
    block["grantControls"] = Value::Null;
    let tenant = with_policies(json!([mfa_policy(), block]));
    assert_status(&tenant.result("CRAY-ENTRA-002"), Status::Fail);
}

#[test]
fn null_client_app_types_keep_legacy_block_passing() {
    let mut block = legacy_block_policy();
    block["conditions"]["clientAppTypes"] = Value::Null;
    let tenant = with_policies(json!([mfa_policy(), block]));
    assert_status(&tenant.result("CRAY-ENTRA-002"), Status::Pass);
}

#[test]
fn null_policy_names_keep_report_only_listed() {
    let mut pilot = pilot_policy("enabledForReportingButNotEnforced");
    pilot["displayName"] = Value::Null;
    let result = with_policies(json!([pilot])).result("CRAY-ENTRA-007");
    assert_eq!(affected_names(&result), ["CA010 Require MFA (pilot)-id"]);
}

fn authorization_with_null(path: &[&str], check: &str) -> Status {
    tenant()
        .edit(Dataset::AuthorizationPolicy, |objects| {
            put(&mut objects[0], path, Some(Value::Null));
        })
        .result(check)
        .status
}

#[test]
fn null_user_role_permissions_fail_consent() {
    assert_eq!(
        authorization_with_null(&["defaultUserRolePermissions"], "CRAY-ENTRA-005"),
        Status::Fail
    );
}

#[test]
fn null_grant_policies_pass_consent() {
    let path = [
        "defaultUserRolePermissions",
        "permissionGrantPoliciesAssigned",
    ];
    assert_eq!(
        authorization_with_null(&path, "CRAY-ENTRA-005"),
        Status::Pass
    );
}

#[test]
fn null_invite_setting_fails_invitations() {
    assert_eq!(
        authorization_with_null(&["allowInvitesFrom"], "CRAY-ENTRA-006"),
        Status::Fail
    );
}

#[test]
fn null_user_role_permissions_fail_app_registration() {
    assert_eq!(
        authorization_with_null(&["defaultUserRolePermissions"], "CRAY-ENTRA-008"),
        Status::Fail
    );
}

#[test]
fn null_guest_role_fails_guest_access() {
    assert_eq!(
        authorization_with_null(&["guestUserRoleId"], "CRAY-ENTRA-009"),
        Status::Fail
    );
}

#[test]
fn null_method_configurations_pass_sms() {
    let tenant = tenant().edit(Dataset::AuthenticationMethodsPolicy, |objects| {
        objects[0]["authenticationMethodConfigurations"] = Value::Null;
    });
    assert_status(&tenant.result("CRAY-ENTRA-010"), Status::Pass);
}

#[test]
fn enabled_sms_with_null_targets_fails() {
    let tenant = tenant().with(
        Dataset::AuthenticationMethodsPolicy,
        json!([{"id": "authenticationMethodsPolicy", "authenticationMethodConfigurations": [
            {"id": "Sms", "state": "enabled", "includeTargets": null}
        ]}]),
    );
    assert_status(&tenant.result("CRAY-ENTRA-010"), Status::Fail);
}

#[test]
fn null_user_fields_leave_admin_checks_assessable() {
    let tenant = with_global_admins(&[ADA, BREAK_GLASS]).edit(Dataset::Users, |users| {
        for user in users.iter_mut() {
            for key in [
                "displayName",
                "userPrincipalName",
                "userType",
                "accountEnabled",
            ] {
                user[key] = Value::Null;
            }
        }
    });
    for id in ["CRAY-ENTRA-003", "CRAY-ENTRA-004"] {
        assert_ne!(tenant.result(id).status, Status::NotAssessable, "{id}");
    }
}

#[test]
fn null_principal_leaves_admin_count_assessable() {
    let tenant = with_global_admins(&[ADA, BREAK_GLASS]).edit(Dataset::RoleAssignments, |a| {
        a.push(json!({"id": "broken", "principalId": null, "roleDefinitionId": GLOBAL_ADMIN}));
    });
    assert_status(&tenant.result("CRAY-ENTRA-003"), Status::Pass);
}

#[test]
fn forwarding_policy_without_mode_is_listed() {
    let tenant = forwarding_tenant("Enabled").edit(Dataset::ExoOutboundSpamPolicies, |p| {
        p[1]["AutoForwardingMode"] = Value::Null;
    });
    let result = tenant.result("CRAY-EXO-001");
    assert_eq!(
        affected_names(&result),
        ["Finance forwarding exception", "partner-lab.example"]
    );
}

#[test]
fn forwarding_domain_without_name_is_listed() {
    let tenant = forwarding_tenant("Disabled").edit(Dataset::ExoRemoteDomains, |domains| {
        domains[1]["DomainName"] = Value::Null;
    });
    let result = tenant.result("CRAY-EXO-001");
    assert_eq!(affected_names(&result), ["Partner Lab"]);
}

// Keywords in includeUsers and excludeUsers name populations, not user accounts.

#[test]
fn guest_keyword_exclusion_names_the_population() {
    let tenant = with_mfa_policy(|p| {
        p["conditions"]["users"]["excludeUsers"] = json!([BREAK_GLASS, "GuestsOrExternalUsers"]);
    });
    let result = tenant.result("CRAY-ENTRA-001");
    assert!(
        result.affected[0]
            .reason
            .contains("all guests and external users"),
        "{result:#?}"
    );
}

#[test]
fn two_excluded_accounts_keep_mfa_passing() {
    let tenant = with_mfa_policy(|p| {
        p["conditions"]["users"]["excludeUsers"] = json!([BREAK_GLASS, NOAH]);
    });
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Pass);
}

#[test]
fn excluding_all_users_fails_mfa() {
    let tenant = with_mfa_policy(|p| {
        p["conditions"]["users"]["excludeUsers"] = json!(["All"]);
    });
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Fail);
}

#[test]
fn legacy_block_excluding_a_role_fails() {
    let mut block = legacy_block_policy();
    block["conditions"]["users"]["excludeRoles"] = json!([GLOBAL_ADMIN]);
    let tenant = with_policies(json!([mfa_policy(), block]));
    assert_status(&tenant.result("CRAY-ENTRA-002"), Status::Fail);
}

// Application scope: filters, exclusions, user actions and authentication contexts.

#[test]
fn mfa_with_apps_included_by_filter_fails() {
    let tenant = with_mfa_policy(|p| {
        p["conditions"]["applications"]["applicationFilter"] =
            json!({"mode": "include", "rule": "CustomSecurityAttribute.Tier -eq \"1\""});
    });
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Fail);
}

#[test]
fn app_filter_reason_names_mode() {
    let tenant = with_mfa_policy(|p| {
        p["conditions"]["applications"]["applicationFilter"] =
            json!({"mode": "exclude", "rule": "CustomSecurityAttribute.Tier -eq \"1\""});
    });
    let result = tenant.result("CRAY-ENTRA-001");
    assert!(
        result.affected[0]
            .reason
            .contains("application filter (mode exclude)"),
        "{result:#?}"
    );
}

#[test]
fn legacy_block_with_excluded_app_fails() {
    let mut block = legacy_block_policy();
    block["conditions"]["applications"]["excludeApplications"] =
        json!(["00000002-0000-0ff1-ce00-000000000000"]);
    let tenant = with_policies(json!([mfa_policy(), block]));
    assert_status(&tenant.result("CRAY-ENTRA-002"), Status::Fail);
}

#[test]
fn mfa_for_user_action_only_names_it() {
    let tenant = with_mfa_policy(|p| {
        p["conditions"]["applications"]["includeApplications"] = json!([]);
        p["conditions"]["applications"]["includeUserActions"] =
            json!(["urn:user:registersecurityinfo"]);
    });
    let result = tenant.result("CRAY-ENTRA-001");
    assert!(
        result.affected[0].reason.contains("user actions"),
        "{result:#?}"
    );
}

#[test]
fn mfa_for_authentication_context_only_names_it() {
    let tenant = with_mfa_policy(|p| {
        p["conditions"]["applications"]["includeApplications"] = json!([]);
        p["conditions"]["applications"]["includeAuthenticationContextClassReferences"] =
            json!(["c1"]);
    });
    let result = tenant.result("CRAY-ENTRA-001");
    assert!(
        result.affected[0]
            .reason
            .contains("authentication contexts"),
        "{result:#?}"
    );
}

// Client app types: naming all four equals "all"; fewer do not.

#[test]
fn mfa_with_three_client_app_types_fails() {
    let tenant = with_mfa_policy(|p| {
        p["conditions"]["clientAppTypes"] = json!([
            "browser",
            "mobileAppsAndDesktopClients",
            "exchangeActiveSync"
        ]);
    });
    assert_status(&tenant.result("CRAY-ENTRA-001"), Status::Fail);
}

#[test]
fn legacy_block_with_every_client_app_type_named_passes() {
    let mut block = legacy_block_policy();
    block["conditions"]["clientAppTypes"] = json!([
        "browser",
        "mobileAppsAndDesktopClients",
        "exchangeActiveSync",
        "other"
    ]);
    let tenant = with_policies(json!([mfa_policy(), block]));
    assert_status(&tenant.result("CRAY-ENTRA-002"), Status::Pass);
}

// Emergency access exemption: only enabled, cloud-only member accounts.

fn emergency_variant(change: impl FnOnce(&mut Value)) -> Tenant {
    with_global_admins(&[BREAK_GLASS]).edit(Dataset::Users, |users| change(&mut users[1]))
}

#[test]
fn disabled_emergency_account_is_not_exempt() {
    let tenant = emergency_variant(|user| user["accountEnabled"] = json!(false));
    assert_status(&tenant.result("CRAY-ENTRA-004"), Status::Fail);
}

#[test]
fn disabled_emergency_account_reason_says_why() {
    let tenant = emergency_variant(|user| user["accountEnabled"] = json!(false));
    let result = tenant.result("CRAY-ENTRA-004");
    let reason = result.affected[0].reason_message.as_ref().unwrap();
    let ids: Vec<&str> = reason.appended.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "evidence-cray-entra-004-not-exempt",
            "evidence-cray-entra-004-gap-disabled"
        ],
        "{result:#?}"
    );
    assert!(
        result.affected[0]
            .reason
            .contains("not exempt: It is not enabled."),
        "{result:#?}"
    );
}

#[test]
fn external_member_emergency_account_is_not_exempt() {
    let tenant = emergency_variant(|user| {
        user["userPrincipalName"] =
            json!("ea01_partner-lab.example#EXT#@kestrelworks.onmicrosoft.com");
    });
    assert_status(&tenant.result("CRAY-ENTRA-004"), Status::Fail);
}

#[test]
fn synced_emergency_account_is_not_exempt() {
    let tenant = emergency_variant(|user| user["onPremisesSyncEnabled"] = json!(true));
    assert_status(&tenant.result("CRAY-ENTRA-004"), Status::Fail);
}

#[test]
fn emergency_account_of_unknown_type_is_not_exempt() {
    let tenant = emergency_variant(|user| user["userType"] = Value::Null);
    assert_status(&tenant.result("CRAY-ENTRA-004"), Status::Fail);
}

#[test]
fn enabled_cloud_member_emergency_account_is_exempt() {
    let tenant = emergency_variant(|_| {});
    assert_status(&tenant.result("CRAY-ENTRA-004"), Status::Pass);
}

#[test]
fn direct_ga_without_pim_licence_says_eligibility_unknown() {
    let tenant = with_global_admins(&[ADA, BREAK_GLASS]).not_collected(
        Dataset::RoleEligibilitySchedules,
        NotCollected::NotLicensed {
            licence: "Microsoft Entra ID P2".to_owned(),
        },
    );
    let result = tenant.result("CRAY-ENTRA-004");
    assert!(
        result
            .detail
            .contains("PIM eligibility data was not available"),
        "{result:#?}"
    );
}

// Guest invitations: every setting.

fn invitations_from(setting: &str) -> Status {
    tenant()
        .edit(Dataset::AuthorizationPolicy, |objects| {
            objects[0]["allowInvitesFrom"] = json!(setting);
        })
        .result("CRAY-ENTRA-006")
        .status
}

#[test]
fn invitations_from_nobody_pass() {
    assert_eq!(invitations_from("none"), Status::Pass);
}

#[test]
fn invitations_from_admins_and_inviters_pass() {
    assert_eq!(invitations_from("adminsAndGuestInviters"), Status::Pass);
}

#[test]
fn invitations_from_everyone_fail() {
    assert_eq!(invitations_from("everyone"), Status::Fail);
}

// Global Administrator count: groups, disabled accounts, service principals.

#[test]
fn group_holding_ga_fails_count() {
    let result = with_global_admins(&[ADA, BREAK_GLASS, PILOT_GROUP]).result("CRAY-ENTRA-003");
    assert_status(&result, Status::Fail);
}

#[test]
fn group_holding_ga_is_named_in_count_detail() {
    let result = with_global_admins(&[ADA, BREAK_GLASS, PILOT_GROUP]).result("CRAY-ENTRA-003");
    assert!(result.detail.contains("CA-Pilot-Exclusions"), "{result:#?}");
}

#[test]
fn disabled_ga_still_counts() {
    let tenant = with_global_admins(&[ADA, BREAK_GLASS]).edit(Dataset::Users, |users| {
        users[0]["accountEnabled"] = json!(false)
    });
    assert_status(&tenant.result("CRAY-ENTRA-003"), Status::Pass);
}

#[test]
fn disabled_ga_is_flagged() {
    let tenant = with_global_admins(&[ADA, BREAK_GLASS]).edit(Dataset::Users, |users| {
        users[0]["accountEnabled"] = json!(false)
    });
    let result = tenant.result("CRAY-ENTRA-003");
    assert_eq!(affected_names(&result), ["Ada Quill"]);
}

#[test]
fn service_principal_holding_ga_is_named_in_detail() {
    let result = with_global_admins(&[ADA, BREAK_GLASS, "5e1a9c3f-7d2b-4f68-a0e4-9b3d1f7c2a85"])
        .result("CRAY-ENTRA-003");
    assert!(
        result
            .detail
            .contains("5e1a9c3f-7d2b-4f68-a0e4-9b3d1f7c2a85"),
        "{result:#?}"
    );
}
