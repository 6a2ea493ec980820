//! The Entra checks CRAY-ENTRA-030 onwards: each fails on a weakened tenant and names what it
//! found, passes on the hardened tenant, and is not assessable without its data.

// Fixture edits index into known test data; a missing object should panic the test.
#![allow(clippy::unwrap_used)]

#[path = "support/check_fixtures.rs"]
mod fixtures;

use cray::model::{CheckResult, Dataset, NotCollected, Status};
use fixtures::{Tenant, affected_ids, assert_status};
use serde_json::{Value, json};

fn hardened() -> Tenant {
    Tenant::fixture("hardened")
}

/// Returns the hardened tenant with one object of a dataset changed.
fn edited(dataset: Dataset, index: usize, change: impl FnOnce(&mut Value)) -> Tenant {
    hardened().edit(dataset, |objects| change(&mut objects[index]))
}

/// Asserts a failure that lists exactly `ids` and whose detail names each affected object.
fn assert_fails_on(result: &CheckResult, ids: &[&str]) {
    assert_status(result, Status::Fail);
    assert_eq!(affected_ids(result), ids, "{result:#?}");
    for affected in &result.affected {
        assert!(
            result.detail.contains(&affected.display_name),
            "detail does not name {}: {result:#?}",
            affected.display_name
        );
    }
}

/// Asserts that the check passes on the hardened tenant.
fn assert_passes(id: &str) {
    assert_status(&hardened().result(id), Status::Pass);
}

/// Asserts that the check is not assessable when `dataset` was not collected.
fn assert_needs(id: &str, dataset: Dataset) {
    let denied = hardened().not_collected(
        dataset,
        NotCollected::MissingPermission {
            permission: "Directory.Read.All".to_owned(),
        },
    );
    assert_status(&denied.result(id), Status::NotAssessable);
    assert_status(
        &hardened().without(dataset).result(id),
        Status::NotAssessable,
    );
}

const AUTHORIZATION: &str = "authorizationPolicy";

fn authorization(change: impl FnOnce(&mut Value)) -> Tenant {
    edited(Dataset::AuthorizationPolicy, 0, change)
}

// CRAY-ENTRA-030: admin consent workflow.

#[test]
fn admin_consent_workflow_off_fails() {
    let tenant = edited(Dataset::AdminConsentRequestPolicy, 0, |p| {
        p["isEnabled"] = json!(false);
    });
    let result = tenant.result("CRAY-ENTRA-030");
    assert_fails_on(&result, &["adminConsentRequestPolicy"]);
    assert!(result.detail.contains("off"), "{}", result.detail);
}

#[test]
fn admin_consent_workflow_without_reviewers_fails() {
    let tenant = edited(Dataset::AdminConsentRequestPolicy, 0, |p| {
        p["reviewers"] = Value::Null;
    });
    let result = tenant.result("CRAY-ENTRA-030");
    assert_fails_on(&result, &["adminConsentRequestPolicy"]);
    assert!(result.detail.contains("No reviewer"), "{}", result.detail);
}

#[test]
fn admin_consent_workflow_passes_and_needs_data() {
    assert_passes("CRAY-ENTRA-030");
    assert_needs("CRAY-ENTRA-030", Dataset::AdminConsentRequestPolicy);
    let empty = hardened().with(Dataset::AdminConsentRequestPolicy, json!([]));
    assert_status(&empty.result("CRAY-ENTRA-030"), Status::NotAssessable);
}

// CRAY-ENTRA-031: consent to risky apps.

#[test]
fn risky_app_consent_allowed_fails() {
    let tenant = authorization(|p| p["allowUserConsentForRiskyApps"] = json!(true));
    assert_fails_on(&tenant.result("CRAY-ENTRA-031"), &[AUTHORIZATION]);
}

#[test]
fn risky_app_consent_not_reported_fails() {
    let tenant = authorization(|p| {
        p.as_object_mut()
            .unwrap()
            .remove("allowUserConsentForRiskyApps");
    });
    let result = tenant.result("CRAY-ENTRA-031");
    assert_fails_on(&result, &[AUTHORIZATION]);
    assert!(result.detail.contains("unknown"), "{}", result.detail);
}

#[test]
fn risky_app_consent_null_passes_with_note() {
    let tenant = authorization(|p| p["allowUserConsentForRiskyApps"] = Value::Null);
    let result = tenant.result("CRAY-ENTRA-031");
    assert_status(&result, Status::Pass);
    assert!(result.detail.contains("default"), "{}", result.detail);
}

#[test]
fn risky_app_consent_passes_and_needs_data() {
    assert_passes("CRAY-ENTRA-031");
    assert_needs("CRAY-ENTRA-031", Dataset::AuthorizationPolicy);
}

// CRAY-ENTRA-032 .. 034: default user permissions.

const DEFAULT_PERMISSIONS: [(&str, &str); 3] = [
    ("CRAY-ENTRA-032", "allowedToCreateTenants"),
    ("CRAY-ENTRA-033", "allowedToCreateSecurityGroups"),
    ("CRAY-ENTRA-034", "allowedToReadBitlockerKeysForOwnedDevice"),
];

#[test]
fn default_permission_true_fails() {
    for (id, property) in DEFAULT_PERMISSIONS {
        let tenant = authorization(|p| p["defaultUserRolePermissions"][property] = json!(true));
        let result = tenant.result(id);
        assert_fails_on(&result, &[AUTHORIZATION]);
        assert!(result.detail.contains(property), "{id}: {}", result.detail);
    }
}

#[test]
fn default_permission_missing_fails() {
    for (id, property) in DEFAULT_PERMISSIONS {
        let tenant = authorization(|p| {
            p["defaultUserRolePermissions"]
                .as_object_mut()
                .unwrap()
                .remove(property);
        });
        assert_fails_on(&tenant.result(id), &[AUTHORIZATION]);
    }
    let without = authorization(|p| p["defaultUserRolePermissions"] = Value::Null);
    assert_fails_on(&without.result("CRAY-ENTRA-032"), &[AUTHORIZATION]);
}

#[test]
fn default_permissions_pass_and_need_data() {
    for (id, _) in DEFAULT_PERMISSIONS {
        assert_passes(id);
        assert_needs(id, Dataset::AuthorizationPolicy);
    }
}

// CRAY-ENTRA-035 .. 040: authentication methods policy.

const METHODS_POLICY: &str = "authenticationMethodsPolicy";

/// Returns the hardened tenant with the method configuration `id` changed.
fn method(id: &str, change: impl FnOnce(&mut Value)) -> Tenant {
    edited(Dataset::AuthenticationMethodsPolicy, 0, |policy| {
        let configs = policy["authenticationMethodConfigurations"]
            .as_array_mut()
            .unwrap();
        let config = configs.iter_mut().find(|c| c["id"] == id).unwrap();
        change(config);
    })
}

fn methods_policy(change: impl FnOnce(&mut Value)) -> Tenant {
    edited(Dataset::AuthenticationMethodsPolicy, 0, change)
}

#[test]
fn voice_enabled_fails_with_targets() {
    let tenant = method("Voice", |c| c["state"] = json!("enabled"));
    let result = tenant.result("CRAY-ENTRA-035");
    assert_fails_on(&result, &["Voice"]);
    assert!(result.detail.contains("all users"), "{}", result.detail);
}

#[test]
fn email_otp_for_members_fails() {
    let tenant = method("Email", |c| {
        c["includeTargets"] = json!([{"targetType": "group", "id": "5a8e1d3b-2c7f-4b09"}]);
    });
    let result = tenant.result("CRAY-ENTRA-036");
    assert_fails_on(&result, &["Email"]);
    assert!(
        result.detail.contains("5a8e1d3b-2c7f-4b09"),
        "{}",
        result.detail
    );
}

#[test]
fn email_otp_disabled_for_members_passes() {
    let tenant = method("Email", |c| {
        c["state"] = json!("disabled");
        c["includeTargets"] = json!([{"targetType": "group", "id": "all_users"}]);
    });
    assert_status(&tenant.result("CRAY-ENTRA-036"), Status::Pass);
}

#[test]
fn authenticator_context_default_fails() {
    let tenant = method("MicrosoftAuthenticator", |c| {
        c["featureSettings"]["displayLocationInformationRequiredState"]["state"] = json!("default");
    });
    let result = tenant.result("CRAY-ENTRA-037");
    assert_fails_on(&result, &["displayLocationInformationRequiredState"]);
    assert!(result.affected[0].reason.contains("default"), "{result:#?}");
}

#[test]
fn authenticator_context_missing_or_narrow_fails() {
    let tenant = method("MicrosoftAuthenticator", |c| {
        c["featureSettings"]["displayAppInformationRequiredState"]["includeTarget"]["id"] =
            json!("pilot-group");
        c["featureSettings"]["displayLocationInformationRequiredState"] = Value::Null;
    });
    let result = tenant.result("CRAY-ENTRA-037");
    assert_fails_on(
        &result,
        &[
            "displayAppInformationRequiredState",
            "displayLocationInformationRequiredState",
        ],
    );
}

#[test]
fn authenticator_disabled_needs_no_context() {
    let tenant = method("MicrosoftAuthenticator", |c| {
        c["state"] = json!("disabled");
        c["featureSettings"] = Value::Null;
    });
    assert_status(&tenant.result("CRAY-ENTRA-037"), Status::Pass);
}

#[test]
fn passkeys_disabled_or_absent_fail() {
    let disabled = method("Fido2", |c| c["state"] = json!("disabled"));
    let result = disabled.result("CRAY-ENTRA-038");
    assert_fails_on(&result, &[METHODS_POLICY]);
    assert!(result.detail.contains("disabled"), "{}", result.detail);
    let absent = methods_policy(|p| {
        p["authenticationMethodConfigurations"]
            .as_array_mut()
            .unwrap()
            .retain(|c| c["id"] != "Fido2");
    });
    assert_fails_on(&absent.result("CRAY-ENTRA-038"), &[METHODS_POLICY]);
    let untargeted = method("Fido2", |c| c["includeTargets"] = json!([]));
    assert_fails_on(&untargeted.result("CRAY-ENTRA-038"), &[METHODS_POLICY]);
}

#[test]
fn registration_campaign_disabled_fails() {
    let tenant = methods_policy(|p| {
        p["registrationEnforcement"]["authenticationMethodsRegistrationCampaign"]["state"] =
            json!("disabled");
    });
    assert_fails_on(&tenant.result("CRAY-ENTRA-039"), &[METHODS_POLICY]);
    let missing = methods_policy(|p| p["registrationEnforcement"] = Value::Null);
    assert_fails_on(&missing.result("CRAY-ENTRA-039"), &[METHODS_POLICY]);
}

#[test]
fn registration_campaign_microsoft_managed_passes_with_note() {
    let tenant = methods_policy(|p| {
        p["registrationEnforcement"]["authenticationMethodsRegistrationCampaign"]["state"] =
            json!("default");
    });
    let result = tenant.result("CRAY-ENTRA-039");
    assert_status(&result, Status::Pass);
    assert!(
        result.detail.contains("Microsoft-managed"),
        "{}",
        result.detail
    );
}

#[test]
fn migration_in_progress_fails() {
    for state in [
        json!("migrationInProgress"),
        Value::Null,
        json!("unknownFutureValue"),
    ] {
        let tenant = methods_policy(|p| p["policyMigrationState"] = state.clone());
        assert_fails_on(&tenant.result("CRAY-ENTRA-040"), &[METHODS_POLICY]);
    }
}

#[test]
fn authentication_method_checks_pass_and_need_data() {
    for id in [
        "CRAY-ENTRA-035",
        "CRAY-ENTRA-036",
        "CRAY-ENTRA-037",
        "CRAY-ENTRA-038",
        "CRAY-ENTRA-039",
        "CRAY-ENTRA-040",
    ] {
        assert_passes(id);
        assert_needs(id, Dataset::AuthenticationMethodsPolicy);
    }
}

// CRAY-ENTRA-041 .. 044: passwords, lockout and group creation.

const PASSWORD_RULES: &str = "8d2f6b1e-3a7c-4e95-b0d4-6c1e9a3f5b27";
const GROUP_UNIFIED: &str = "3b9e1c5a-7d2f-4a68-8e0b-1f4c6a9d2e53";

/// Returns the hardened tenant with one value of a directory setting replaced.
fn setting_value(setting: usize, name: &str, value: &str) -> Tenant {
    edited(Dataset::DirectorySettings, setting, |s| {
        let entry = s["values"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|entry| entry["name"] == name)
            .unwrap();
        entry["value"] = json!(value);
    })
}

fn without_settings() -> Tenant {
    hardened().with(Dataset::DirectorySettings, json!([]))
}

#[test]
fn expiring_passwords_on_a_verified_domain_fail() {
    let tenant = edited(Dataset::Domains, 1, |d| {
        d["passwordValidityPeriodInDays"] = json!(90)
    });
    let result = tenant.result("CRAY-ENTRA-041");
    assert_fails_on(&result, &["fabrikamlab.onmicrosoft.com"]);
    assert!(result.affected[0].reason.contains("90 days"), "{result:#?}");
    let unknown = edited(Dataset::Domains, 0, |d| {
        d["passwordValidityPeriodInDays"] = Value::Null
    });
    assert_fails_on(&unknown.result("CRAY-ENTRA-041"), &["fabrikam-lab.example"]);
}

#[test]
fn unverified_domain_is_skipped() {
    let tenant = edited(Dataset::Domains, 2, |d| {
        d["passwordValidityPeriodInDays"] = json!(30)
    });
    assert_status(&tenant.result("CRAY-ENTRA-041"), Status::Pass);
}

#[test]
fn weak_lockout_fails() {
    let tenant = setting_value(0, "LockoutThreshold", "50");
    let result = tenant.result("CRAY-ENTRA-042");
    assert_fails_on(&result, &[PASSWORD_RULES]);
    assert!(
        result.detail.contains("LockoutThreshold is 50"),
        "{}",
        result.detail
    );
    let short = setting_value(0, "LockoutDurationInSeconds", "30");
    assert_fails_on(&short.result("CRAY-ENTRA-042"), &[PASSWORD_RULES]);
    let garbage = setting_value(0, "LockoutThreshold", "ten");
    assert_fails_on(&garbage.result("CRAY-ENTRA-042"), &[PASSWORD_RULES]);
}

#[test]
fn lockout_defaults_pass_with_note() {
    let result = without_settings().result("CRAY-ENTRA-042");
    assert_status(&result, Status::Pass);
    assert!(result.detail.contains("defaults"), "{}", result.detail);
}

#[test]
fn banned_password_list_off_or_empty_fails() {
    let off = setting_value(0, "EnableBannedPasswordCheck", "False");
    assert_fails_on(&off.result("CRAY-ENTRA-043"), &[PASSWORD_RULES]);
    let empty = setting_value(0, "BannedPasswordList", "");
    let result = empty.result("CRAY-ENTRA-043");
    assert_fails_on(&result, &[PASSWORD_RULES]);
    assert!(result.detail.contains("empty"), "{}", result.detail);
    let missing = without_settings().result("CRAY-ENTRA-043");
    assert_fails_on(&missing, &["5cf42378-d67d-4f36-ba46-e8b86229381d"]);
}

#[test]
fn banned_password_list_needs_p1() {
    let tenant = hardened().with(Dataset::SubscribedSkus, json!([]));
    assert_status(&tenant.result("CRAY-ENTRA-043"), Status::NotLicensed);
}

#[test]
fn open_group_creation_fails() {
    let tenant = setting_value(1, "EnableGroupCreation", "True");
    let result = tenant.result("CRAY-ENTRA-044");
    assert_fails_on(&result, &[GROUP_UNIFIED]);
    assert!(result.detail.contains("\"True\""), "{}", result.detail);
    let missing = without_settings().result("CRAY-ENTRA-044");
    assert_fails_on(&missing, &["62375ab9-6b52-47ed-826b-58e47e0e304b"]);
}

#[test]
fn group_creation_for_one_group_passes_with_note() {
    let tenant = setting_value(1, "GroupCreationAllowedGroupId", "f1c6a3b8-5e9d-4c27");
    let result = tenant.result("CRAY-ENTRA-044");
    assert_status(&result, Status::Pass);
    assert!(
        result.detail.contains("f1c6a3b8-5e9d-4c27"),
        "{}",
        result.detail
    );
}

#[test]
fn password_and_group_checks_pass_and_need_data() {
    assert_passes("CRAY-ENTRA-041");
    assert_needs("CRAY-ENTRA-041", Dataset::Domains);
    for id in ["CRAY-ENTRA-042", "CRAY-ENTRA-043", "CRAY-ENTRA-044"] {
        assert_passes(id);
        assert_needs(id, Dataset::DirectorySettings);
    }
}

// CRAY-ENTRA-045 .. 053: applications and service principals.

const GRAPH_SP: &str = "0a2b4c6d-8e1f-4a3b-9c5d-7e9f1a3b5c7d";
const PAYROLL_APP: &str = "a3e6b9c2-5d8f-4a71-9b04-7e1c3f6a9d25";
const INTRANET_APP: &str = "b4f7c0d3-6e9a-4b82-8c15-8f2d4a7b0e36";
const PAYROLL_SP: &str = "e5b8c1f4-7a2d-4e96-8c3b-1f4a7d0e2b85";
const INTRANET_SP: &str = "f6c9d2a5-8b3e-4fa7-9d4c-2a5b8e1f3c96";
const VENDOR_SP: &str = "07d0e3b6-9c4f-4a08-8e5d-3b6c9f2a4d07";
const DAY_SECONDS: i64 = 24 * 60 * 60;

/// Builds an app role assignment of `role` on Microsoft Graph to the service principal `holder`.
fn graph_role(holder: &str, role: &str) -> Value {
    json!({
        "id": format!("{holder}-{role}"), "appRoleId": role, "principalId": holder,
        "principalType": "ServicePrincipal", "resourceId": GRAPH_SP,
        "resourceDisplayName": "Microsoft Graph", "parentId": holder
    })
}

fn with_assignment(assignment: Value) -> Tenant {
    hardened().edit(Dataset::ServicePrincipalAppRoleAssignments, |objects| {
        objects.push(assignment);
    })
}

/// Returns a timestamp `days` days from now in RFC 3339, as Graph writes it.
fn days_from_now(days: i64) -> String {
    let moment = time::OffsetDateTime::now_utc() + time::Duration::seconds(days * DAY_SECONDS);
    moment
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap()
}

fn secret(name: &str, start_days: i64, end_days: i64) -> Value {
    json!({
        "customKeyIdentifier": null, "displayName": name, "hint": "~aB", "secretText": null,
        "keyId": format!("{name}-key"),
        "startDateTime": days_from_now(start_days), "endDateTime": days_from_now(end_days)
    })
}

fn payroll_app(change: impl FnOnce(&mut Value)) -> Tenant {
    edited(Dataset::Applications, 0, change)
}

#[test]
fn takeover_permission_fails_by_role_value() {
    let tenant = with_assignment(graph_role(
        PAYROLL_SP,
        "9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8",
    ));
    let result = tenant.result("CRAY-ENTRA-045");
    assert_fails_on(&result, &[PAYROLL_SP]);
    assert!(
        result.affected[0]
            .reason
            .contains("RoleManagement.ReadWrite.Directory"),
        "{result:#?}"
    );
}

#[test]
fn takeover_permission_fails_by_known_id_without_resource() {
    let mut assignment = graph_role(INTRANET_SP, "06b708a9-e830-4db3-a914-8e69da51d44f");
    assignment["resourceId"] = json!("resource-not-collected");
    assignment["principalId"] = Value::Null;
    let result = with_assignment(assignment).result("CRAY-ENTRA-045");
    assert_fails_on(&result, &[INTRANET_SP]);
    assert!(
        result.detail.contains("Fabrikam Intranet"),
        "{}",
        result.detail
    );
}

#[test]
fn read_permission_is_not_takeover() {
    let tenant = with_assignment(graph_role(
        PAYROLL_SP,
        "7ab1d382-f21e-4acd-a863-ba3e13f7da61",
    ));
    assert_status(&tenant.result("CRAY-ENTRA-045"), Status::Pass);
}

#[test]
fn client_secret_fails() {
    let tenant = payroll_app(|app| {
        app["passwordCredentials"] = json!([secret("deploy", -10, 100)]);
    });
    let result = tenant.result("CRAY-ENTRA-046");
    assert_fails_on(&result, &[PAYROLL_APP]);
    assert!(
        result.affected[0].reason.contains("1 client"),
        "{result:#?}"
    );
}

#[test]
fn expired_and_expiring_credentials_fail() {
    let tenant = payroll_app(|app| {
        app["passwordCredentials"] = json!([secret("old", -400, -5), secret("fine", -10, 200)]);
        app["keyCredentials"] = json!([secret("cert", -300, 10)]);
    });
    let result = tenant.result("CRAY-ENTRA-047");
    assert_fails_on(&result, &[PAYROLL_APP]);
    let reason = &result.affected[0].reason;
    assert!(reason.contains("old expired"), "{reason}");
    assert!(reason.contains("cert expires"), "{reason}");
    assert!(!reason.contains("fine"), "{reason}");
}

#[test]
fn credential_without_end_date_fails() {
    let tenant = payroll_app(|app| {
        let mut unreadable = secret("odd", -10, 100);
        unreadable["endDateTime"] = json!("next spring");
        app["passwordCredentials"] = json!([unreadable]);
    });
    let result = tenant.result("CRAY-ENTRA-047");
    assert_fails_on(&result, &[PAYROLL_APP]);
    assert!(
        result.affected[0].reason.contains("no readable"),
        "{result:#?}"
    );
}

#[test]
fn long_lived_credential_fails() {
    let tenant = payroll_app(|app| {
        app["passwordCredentials"] = json!([secret("forever", -10, 720), secret("year", 0, 365)]);
    });
    let result = tenant.result("CRAY-ENTRA-048");
    assert_fails_on(&result, &[PAYROLL_APP]);
    let reason = &result.affected[0].reason;
    assert!(reason.contains("forever is valid for 730 days"), "{reason}");
    assert!(!reason.contains("year"), "{reason}");
}

#[test]
fn app_without_owner_or_with_guest_owner_fails() {
    let tenant = hardened().edit(Dataset::ApplicationOwners, |owners| {
        owners.retain(|o| o["parentId"] != INTRANET_APP);
        owners.push(json!({
            "id": "guest-owner", "displayName": "Pat Partner", "parentId": PAYROLL_APP,
            "userPrincipalName": "pat_partner.example#EXT#@fabrikamlab.onmicrosoft.com"
        }));
    });
    let result = tenant.result("CRAY-ENTRA-049");
    assert_fails_on(&result, &[PAYROLL_APP, INTRANET_APP]);
    let payroll = result
        .affected
        .iter()
        .find(|a| a.id == PAYROLL_APP)
        .unwrap();
    assert!(payroll.reason.contains("Pat Partner"), "{result:#?}");
}

#[test]
fn tenant_wide_high_privilege_grant_fails() {
    let tenant = edited(Dataset::Oauth2PermissionGrants, 0, |grant| {
        grant["scope"] = json!("User.Read Directory.AccessAsUser.All Mail.Send");
    });
    let result = tenant.result("CRAY-ENTRA-050");
    assert_fails_on(&result, &[INTRANET_SP]);
    assert!(
        result.affected[0]
            .reason
            .contains("Directory.AccessAsUser.All, Mail.Send"),
        "{result:#?}"
    );
}

#[test]
fn single_user_grant_is_not_tenant_wide() {
    let tenant = edited(Dataset::Oauth2PermissionGrants, 1, |grant| {
        grant["scope"] = json!("Mail.ReadWrite");
    });
    assert_status(&tenant.result("CRAY-ENTRA-050"), Status::Pass);
}

#[test]
fn vendor_app_with_mail_read_fails() {
    let tenant = with_assignment(graph_role(
        VENDOR_SP,
        "810c84a8-4a9e-49e6-bf7d-12d183f40d01",
    ));
    let result = tenant.result("CRAY-ENTRA-051");
    assert_fails_on(&result, &[VENDOR_SP]);
    assert!(
        result.affected[0].reason.contains("Mail.Read"),
        "{result:#?}"
    );
}

#[test]
fn own_app_with_mail_read_is_not_foreign() {
    let tenant = with_assignment(graph_role(
        PAYROLL_SP,
        "810c84a8-4a9e-49e6-bf7d-12d183f40d01",
    ));
    assert_status(&tenant.result("CRAY-ENTRA-051"), Status::Pass);
}

#[test]
fn unverified_vendor_with_permissions_fails() {
    let tenant = hardened().edit(Dataset::ServicePrincipals, |sps| {
        let vendor = sps.iter_mut().find(|sp| sp["id"] == VENDOR_SP).unwrap();
        vendor["verifiedPublisher"] =
            json!({"displayName": null, "verifiedPublisherId": null, "addedDateTime": null});
    });
    let result = tenant.result("CRAY-ENTRA-052");
    assert_fails_on(&result, &[VENDOR_SP]);
    let disabled = tenant.edit(Dataset::ServicePrincipals, |sps| {
        let vendor = sps.iter_mut().find(|sp| sp["id"] == VENDOR_SP).unwrap();
        vendor["accountEnabled"] = json!(false);
    });
    assert_status(&disabled.result("CRAY-ENTRA-052"), Status::Pass);
}

#[test]
fn multi_tenant_app_fails() {
    let tenant = payroll_app(|app| app["signInAudience"] = json!("AzureADMultipleOrgs"));
    let result = tenant.result("CRAY-ENTRA-053");
    assert_fails_on(&result, &[PAYROLL_APP]);
    assert!(
        result.affected[0].reason.contains("AzureADMultipleOrgs"),
        "{result:#?}"
    );
}

#[test]
fn application_checks_pass_and_need_data() {
    let checks: [(&str, &[Dataset]); 9] = [
        (
            "CRAY-ENTRA-045",
            &[Dataset::ServicePrincipalAppRoleAssignments],
        ),
        ("CRAY-ENTRA-046", &[Dataset::Applications]),
        ("CRAY-ENTRA-047", &[Dataset::Applications]),
        ("CRAY-ENTRA-048", &[Dataset::Applications]),
        (
            "CRAY-ENTRA-049",
            &[Dataset::ApplicationOwners, Dataset::Users],
        ),
        ("CRAY-ENTRA-050", &[Dataset::Oauth2PermissionGrants]),
        (
            "CRAY-ENTRA-051",
            &[Dataset::ServicePrincipals, Dataset::Organization],
        ),
        ("CRAY-ENTRA-052", &[Dataset::Oauth2PermissionGrants]),
        ("CRAY-ENTRA-053", &[Dataset::Applications]),
    ];
    for (id, datasets) in checks {
        assert_passes(id);
        for &dataset in datasets {
            assert_needs(id, dataset);
        }
    }
}

// CRAY-ENTRA-054 .. 057: PIM settings of the top admin roles.

const GLOBAL_ADMIN: &str = "62e90394-69f5-4237-9190-012177145e10";
const PRIVILEGED_ROLE_ADMIN: &str = "e8611ab8-c189-46e8-94e1-60213ab1f814";
const PIM_CHECKS: [&str; 4] = [
    "CRAY-ENTRA-054",
    "CRAY-ENTRA-055",
    "CRAY-ENTRA-056",
    "CRAY-ENTRA-057",
];

/// Returns the hardened tenant with rule `rule_id` of the PIM policy at `index` (0: Global
/// Administrator, 1: Privileged Role Administrator) changed.
fn pim_rule(index: usize, rule_id: &str, change: impl FnOnce(&mut Value)) -> Tenant {
    edited(Dataset::RoleManagementPolicies, index, |policy| {
        let rules = policy["rules"].as_array_mut().unwrap();
        change(rules.iter_mut().find(|r| r["id"] == rule_id).unwrap());
    })
}

#[test]
fn activation_without_mfa_fails() {
    let tenant = pim_rule(0, "Enablement_EndUser_Assignment", |rule| {
        rule["enabledRules"] = json!(["Justification"]);
    });
    let result = tenant.result("CRAY-ENTRA-054");
    assert_fails_on(&result, &[GLOBAL_ADMIN]);
    assert!(
        result.detail.contains("Global Administrator"),
        "{}",
        result.detail
    );
    assert!(result.affected[0].reason.contains("MFA"), "{result:#?}");
}

#[test]
fn activation_with_authentication_context_counts_as_mfa() {
    let tenant = pim_rule(0, "Enablement_EndUser_Assignment", |rule| {
        rule["enabledRules"] = json!(["Justification"]);
    })
    .edit(Dataset::RoleManagementPolicies, |policies| {
        let rules = policies[0]["rules"].as_array_mut().unwrap();
        let context = rules
            .iter_mut()
            .find(|r| r["id"] == "AuthenticationContext_EndUser_Assignment")
            .unwrap();
        context["isEnabled"] = json!(true);
        context["claimValue"] = json!("c1");
    });
    assert_status(&tenant.result("CRAY-ENTRA-054"), Status::Pass);
}

#[test]
fn activation_without_justification_fails() {
    let tenant = pim_rule(1, "Enablement_EndUser_Assignment", |rule| {
        rule["enabledRules"] = Value::Null;
    });
    let result = tenant.result("CRAY-ENTRA-054");
    assert_fails_on(&result, &[PRIVILEGED_ROLE_ADMIN]);
    assert!(
        result.affected[0].reason.contains("justification"),
        "{result:#?}"
    );
}

#[test]
fn activation_without_approval_fails() {
    let tenant = pim_rule(0, "Approval_EndUser_Assignment", |rule| {
        rule["setting"]["isApprovalRequired"] = json!(false);
    });
    assert_fails_on(&tenant.result("CRAY-ENTRA-055"), &[GLOBAL_ADMIN]);
    let nobody = pim_rule(1, "Approval_EndUser_Assignment", |rule| {
        rule["setting"]["approvalStages"][0]["primaryApprovers"] = json!([]);
    });
    let result = nobody.result("CRAY-ENTRA-055");
    assert_fails_on(&result, &[PRIVILEGED_ROLE_ADMIN]);
    assert!(
        result.affected[0].reason.contains("no approver"),
        "{result:#?}"
    );
}

#[test]
fn long_or_unreadable_activation_fails() {
    let tenant = pim_rule(0, "Expiration_EndUser_Assignment", |rule| {
        rule["maximumDuration"] = json!("PT8H30M");
    });
    let result = tenant.result("CRAY-ENTRA-056");
    assert_fails_on(&result, &[GLOBAL_ADMIN]);
    assert!(result.affected[0].reason.contains("PT8H30M"), "{result:#?}");
    for duration in [json!("P1D"), json!("eight hours"), Value::Null, json!("PT")] {
        let tenant = pim_rule(1, "Expiration_EndUser_Assignment", |rule| {
            rule["maximumDuration"] = duration.clone();
        });
        assert_fails_on(&tenant.result("CRAY-ENTRA-056"), &[PRIVILEGED_ROLE_ADMIN]);
    }
}

#[test]
fn eight_hours_is_accepted() {
    for duration in ["PT8H", "PT7H59M", "PT30M"] {
        let tenant = pim_rule(0, "Expiration_EndUser_Assignment", |rule| {
            rule["maximumDuration"] = json!(duration);
        });
        assert_status(&tenant.result("CRAY-ENTRA-056"), Status::Pass);
    }
}

#[test]
fn activation_without_admin_notification_fails() {
    let tenant = pim_rule(0, "Notification_Admin_EndUser_Assignment", |rule| {
        rule["isDefaultRecipientsEnabled"] = json!(false);
    });
    assert_fails_on(&tenant.result("CRAY-ENTRA-057"), &[GLOBAL_ADMIN]);
    let mailbox = pim_rule(0, "Notification_Admin_EndUser_Assignment", |rule| {
        rule["isDefaultRecipientsEnabled"] = json!(false);
        rule["notificationRecipients"] = json!(["soc@fabrikam-lab.example"]);
    });
    assert_status(&mailbox.result("CRAY-ENTRA-057"), Status::Pass);
}

#[test]
fn role_without_pim_policy_fails_every_pim_check() {
    let tenant = hardened().edit(Dataset::RoleManagementPolicyAssignments, |assignments| {
        assignments.retain(|a| a["roleDefinitionId"] != PRIVILEGED_ROLE_ADMIN);
    });
    for id in PIM_CHECKS {
        let result = tenant.result(id);
        assert_fails_on(&result, &[PRIVILEGED_ROLE_ADMIN]);
        assert!(
            result.affected[0].reason.contains("No PIM settings"),
            "{id}: {result:#?}"
        );
    }
}

#[test]
fn pim_checks_pass_need_data_and_p2() {
    // Other SKUs (an E5 bundle) carry the P2 plan too, so the plan goes from every SKU.
    let without_p2 = hardened().edit(Dataset::SubscribedSkus, |skus| {
        for sku in skus.iter_mut() {
            if let Some(plans) = sku["servicePlans"].as_array_mut() {
                plans.retain(|plan| plan["servicePlanName"] != "AAD_PREMIUM_P2");
            }
        }
    });
    for id in PIM_CHECKS {
        assert_passes(id);
        assert_needs(id, Dataset::RoleManagementPolicies);
        assert_needs(id, Dataset::RoleManagementPolicyAssignments);
        assert_status(&without_p2.result(id), Status::NotLicensed);
    }
}

// CRAY-ENTRA-058 .. 060: MFA registration report.

const MIRJA: &str = "b7e2c9d4-1a5f-4e83-9c6b-2d8f0a4e1c73";
const BREAK_GLASS: &str = "c8f3d0e5-2b6a-4f94-8d7c-3e9a1b5f2d84";
const OSKAR: &str = "e0b5f2a7-4d8c-4b16-8f9e-5a1c3d7b4fa6";
const REGISTRATION_CHECKS: [&str; 3] = ["CRAY-ENTRA-058", "CRAY-ENTRA-059", "CRAY-ENTRA-060"];

fn registration(id: &str, change: impl FnOnce(&mut Value)) -> Tenant {
    hardened().edit(Dataset::UserRegistrationDetails, |records| {
        change(records.iter_mut().find(|r| r["id"] == id).unwrap());
    })
}

#[test]
fn unregistered_member_fails() {
    let tenant = registration(OSKAR, |r| r["isMfaRegistered"] = json!(false));
    let result = tenant.result("CRAY-ENTRA-058");
    assert_fails_on(&result, &[OSKAR]);
    assert!(result.detail.starts_with("1 member"), "{}", result.detail);
}

#[test]
fn unregistered_disabled_member_is_skipped_only_with_users() {
    let tenant = registration(OSKAR, |r| r["isMfaRegistered"] = json!(false)).edit(
        Dataset::Users,
        |users| {
            let oskar = users.iter_mut().find(|u| u["id"] == OSKAR).unwrap();
            oskar["accountEnabled"] = json!(false);
        },
    );
    assert_status(&tenant.result("CRAY-ENTRA-058"), Status::Pass);
    let without_users = tenant.without(Dataset::Users).result("CRAY-ENTRA-058");
    assert_fails_on(&without_users, &[OSKAR]);
    assert!(
        without_users.detail.contains("user list"),
        "{}",
        without_users.detail
    );
}

#[test]
fn many_unregistered_members_are_capped_in_detail() {
    let tenant = hardened().edit(Dataset::UserRegistrationDetails, |records| {
        for n in 0..25 {
            records.push(json!({
                "id": format!("member-{n:02}"), "userDisplayName": format!("Member {n:02}"),
                "userPrincipalName": format!("m{n}@fabrikam-lab.example"), "isAdmin": false,
                "isMfaRegistered": false, "userType": "member",
                "isSystemPreferredAuthenticationMethodEnabled": true
            }));
        }
    });
    let result = tenant.result("CRAY-ENTRA-058");
    assert_status(&result, Status::Fail);
    assert_eq!(result.affected.len(), 25);
    assert!(result.detail.contains("Member 19"), "{}", result.detail);
    assert!(!result.detail.contains("Member 20"), "{}", result.detail);
    assert!(result.detail.contains("5 more"), "{}", result.detail);
}

#[test]
fn unregistered_admin_fails() {
    let tenant = registration(BREAK_GLASS, |r| r["isMfaRegistered"] = Value::Null);
    let result = tenant.result("CRAY-ENTRA-059");
    assert_fails_on(&result, &[BREAK_GLASS]);
    assert!(result.detail.contains("Break Glass"), "{}", result.detail);
}

#[test]
fn system_preferred_off_or_unknown_fails() {
    let tenant = registration(MIRJA, |r| {
        r["isSystemPreferredAuthenticationMethodEnabled"] = json!(false);
    })
    .edit(Dataset::UserRegistrationDetails, |records| {
        let oskar = records.iter_mut().find(|r| r["id"] == OSKAR).unwrap();
        oskar
            .as_object_mut()
            .unwrap()
            .remove("isSystemPreferredAuthenticationMethodEnabled");
    });
    let result = tenant.result("CRAY-ENTRA-060");
    assert_fails_on(&result, &[MIRJA, OSKAR]);
    let oskar = result.affected.iter().find(|a| a.id == OSKAR).unwrap();
    assert!(oskar.reason.contains("does not show"), "{result:#?}");
}

#[test]
fn registration_checks_pass_need_data_and_p1() {
    let unlicensed = hardened().with(Dataset::SubscribedSkus, json!([]));
    for id in REGISTRATION_CHECKS {
        assert_passes(id);
        assert_needs(id, Dataset::UserRegistrationDetails);
        assert_status(&unlicensed.result(id), Status::NotLicensed);
    }
}

// CRAY-ENTRA-061 .. 063: cross-tenant access.

const PARTNER: &str = "9c2f5a8d-1e4b-4c73-b6a9-0d3e6f9a2c58";

fn cross_tenant_default(change: impl FnOnce(&mut Value)) -> Tenant {
    edited(Dataset::CrossTenantAccessDefault, 0, change)
}

#[test]
fn default_device_trust_fails() {
    let tenant =
        cross_tenant_default(|p| p["inboundTrust"]["isCompliantDeviceAccepted"] = json!(true));
    let result = tenant.result("CRAY-ENTRA-061");
    assert_fails_on(&result, &["default"]);
    assert!(
        result.detail.contains("isCompliantDeviceAccepted"),
        "{}",
        result.detail
    );
}

#[test]
fn default_mfa_trust_alone_passes() {
    let tenant = cross_tenant_default(|p| p["inboundTrust"]["isMfaAccepted"] = json!(true));
    assert_status(&tenant.result("CRAY-ENTRA-061"), Status::Pass);
}

#[test]
fn default_direct_connect_or_redemption_fails() {
    let tenant = cross_tenant_default(|p| {
        p["b2bDirectConnectInbound"]["usersAndGroups"]["accessType"] = json!("allowed");
    });
    let result = tenant.result("CRAY-ENTRA-062");
    assert_fails_on(&result, &["default"]);
    assert!(
        result.detail.contains("b2bDirectConnectInbound"),
        "{}",
        result.detail
    );
    let missing = cross_tenant_default(|p| p["b2bDirectConnectOutbound"] = Value::Null);
    assert_fails_on(&missing.result("CRAY-ENTRA-062"), &["default"]);
    let redeemed = cross_tenant_default(|p| {
        p["automaticUserConsentSettings"]["outboundAllowed"] = json!(true);
    });
    assert_fails_on(&redeemed.result("CRAY-ENTRA-062"), &["default"]);
}

#[test]
fn partner_with_device_trust_or_redemption_fails() {
    let tenant = edited(Dataset::CrossTenantAccessPartners, 0, |p| {
        p["inboundTrust"]["isHybridAzureADJoinedDeviceAccepted"] = json!(true);
        p["automaticUserConsentSettings"]["inboundAllowed"] = json!(true);
    });
    let result = tenant.result("CRAY-ENTRA-063");
    assert_fails_on(&result, &[PARTNER]);
    let reason = &result.affected[0].reason;
    assert!(
        reason.contains("isHybridAzureADJoinedDeviceAccepted"),
        "{reason}"
    );
    assert!(reason.contains("automatically"), "{reason}");
}

#[test]
fn partner_inheriting_the_default_passes() {
    let tenant = edited(Dataset::CrossTenantAccessPartners, 0, |p| {
        p["inboundTrust"] = Value::Null;
        p["automaticUserConsentSettings"] = Value::Null;
    });
    assert_status(&tenant.result("CRAY-ENTRA-063"), Status::Pass);
}

#[test]
fn cross_tenant_checks_pass_and_need_data() {
    for id in ["CRAY-ENTRA-061", "CRAY-ENTRA-062"] {
        assert_passes(id);
        assert_needs(id, Dataset::CrossTenantAccessDefault);
        let empty = hardened().with(Dataset::CrossTenantAccessDefault, json!([]));
        assert_status(&empty.result(id), Status::NotAssessable);
    }
    assert_passes("CRAY-ENTRA-063");
    assert_needs("CRAY-ENTRA-063", Dataset::CrossTenantAccessPartners);
}

// CRAY-ENTRA-064 .. 066: access reviews and terms of use.

const TERMS_POLICY: &str = "5e8b1d4a-7c0f-4a36-9b2e-8d1f4a7c0e63";

fn review(index: usize, change: impl FnOnce(&mut Value)) -> Tenant {
    edited(Dataset::AccessReviewDefinitions, index, change)
}

fn terms_policy(change: impl FnOnce(&mut Value)) -> Tenant {
    hardened().edit(Dataset::ConditionalAccessPolicies, |policies| {
        change(
            policies
                .iter_mut()
                .find(|p| p["id"] == TERMS_POLICY)
                .unwrap(),
        );
    })
}

#[test]
fn guest_review_completed_or_one_off_fails() {
    let completed = review(0, |r| r["status"] = json!("Completed"));
    let result = completed.result("CRAY-ENTRA-064");
    assert_fails_on(&result, &[]);
    assert!(result.detail.contains("None of the 3"), "{}", result.detail);
    let once = review(0, |r| r["settings"]["recurrence"] = Value::Null);
    assert_fails_on(&once.result("CRAY-ENTRA-064"), &[]);
}

#[test]
fn guest_review_in_principal_scopes_counts() {
    let tenant = review(0, |r| {
        r["scope"] = json!({
            "@odata.type": "#microsoft.graph.principalResourceMembershipsScope",
            "principalScopes": [{"query": "/users?$filter=(userType eq 'Guest')",
                                 "queryType": "MicrosoftGraph"}],
            "resourceScopes": [{"query": "/groups", "queryType": "MicrosoftGraph"}]
        });
    });
    assert_status(&tenant.result("CRAY-ENTRA-064"), Status::Pass);
}

#[test]
fn unreviewed_admin_role_fails() {
    let tenant = review(2, |r| r["status"] = json!("Completed"));
    let result = tenant.result("CRAY-ENTRA-065");
    assert_fails_on(&result, &[PRIVILEGED_ROLE_ADMIN]);
    assert!(
        result.detail.contains("Privileged Role Administrator"),
        "{}",
        result.detail
    );
    let none = hardened().with(Dataset::AccessReviewDefinitions, json!([]));
    assert_fails_on(
        &none.result("CRAY-ENTRA-065"),
        &[GLOBAL_ADMIN, PRIVILEGED_ROLE_ADMIN],
    );
}

#[test]
fn terms_of_use_report_only_or_unknown_agreement_fails() {
    let report_only = terms_policy(|p| p["state"] = json!("enabledForReportingButNotEnforced"));
    let result = report_only.result("CRAY-ENTRA-066");
    assert_fails_on(&result, &[]);
    assert!(result.detail.contains("1 agreements"), "{}", result.detail);
    let unknown = hardened().with(Dataset::TermsOfUseAgreements, json!([]));
    assert_fails_on(&unknown.result("CRAY-ENTRA-066"), &[]);
}

#[test]
fn terms_of_use_for_all_users_covers_guests() {
    let tenant = terms_policy(|p| {
        p["conditions"]["users"]["includeGuestsOrExternalUsers"] = Value::Null;
        p["conditions"]["users"]["includeUsers"] = json!(["All"]);
    });
    assert_status(&tenant.result("CRAY-ENTRA-066"), Status::Pass);
    let members_only = terms_policy(|p| {
        p["conditions"]["users"]["includeGuestsOrExternalUsers"] = Value::Null;
        p["conditions"]["users"]["includeGroups"] = json!(["f1c6a3b8-5e9d-4c27-9a0f-6b2d4e8c5ab7"]);
    });
    assert_status(&members_only.result("CRAY-ENTRA-066"), Status::Fail);
}

#[test]
fn governance_checks_pass_and_need_data() {
    for id in ["CRAY-ENTRA-064", "CRAY-ENTRA-065"] {
        assert_passes(id);
        assert_needs(id, Dataset::AccessReviewDefinitions);
    }
    assert_passes("CRAY-ENTRA-066");
    assert_needs("CRAY-ENTRA-066", Dataset::TermsOfUseAgreements);
    assert_needs("CRAY-ENTRA-066", Dataset::ConditionalAccessPolicies);
}

// CRAY-ENTRA-067 .. 069: devices and hybrid identity.

const DEVICE_POLICY: &str = "deviceRegistrationPolicy";
const TENANT: &str = "5b0c8e2a-4f1d-4c7b-9a63-2e8d1f0b7c54";

fn device_policy(change: impl FnOnce(&mut Value)) -> Tenant {
    edited(Dataset::DeviceRegistrationPolicy, 0, change)
}

/// Builds an enabled policy for all users that requires MFA to register or join devices.
fn register_device_policy() -> Value {
    json!({
        "id": "register-devices", "displayName": "MFA to join devices", "state": "enabled",
        "conditions": {
            "clientAppTypes": ["all"],
            "applications": {"includeApplications": [], "includeUserActions": ["urn:user:registerdevice"]},
            "users": {"includeUsers": ["All"], "excludeUsers": []}
        },
        "grantControls": {"operator": "OR", "builtInControls": ["mfa"]}
    })
}

#[test]
fn device_join_without_mfa_fails() {
    let tenant = device_policy(|p| p["multiFactorAuthConfiguration"] = json!("notRequired"));
    let result = tenant.result("CRAY-ENTRA-067");
    assert_fails_on(&result, &[DEVICE_POLICY]);
    assert!(result.detail.contains("notRequired"), "{}", result.detail);
    let unknown = tenant.without(Dataset::ConditionalAccessPolicies);
    let result = unknown.result("CRAY-ENTRA-067");
    assert_fails_on(&result, &[DEVICE_POLICY]);
    assert!(
        result.detail.contains("were not available"),
        "{}",
        result.detail
    );
}

#[test]
fn device_join_mfa_through_conditional_access_passes() {
    let tenant = device_policy(|p| p["multiFactorAuthConfiguration"] = json!("notRequired")).edit(
        Dataset::ConditionalAccessPolicies,
        |policies| {
            policies.push(register_device_policy());
        },
    );
    let result = tenant.result("CRAY-ENTRA-067");
    assert_status(&result, Status::Pass);
    assert!(
        result.detail.contains("MFA to join devices"),
        "{}",
        result.detail
    );
    let report_only = tenant.edit(Dataset::ConditionalAccessPolicies, |policies| {
        let last = policies.last_mut().unwrap();
        last["state"] = json!("enabledForReportingButNotEnforced");
    });
    assert_status(&report_only.result("CRAY-ENTRA-067"), Status::Fail);
}

#[test]
fn open_device_join_fails() {
    let tenant = device_policy(|p| {
        p["azureADJoin"]["allowedToJoin"] =
            json!({"@odata.type": "#microsoft.graph.allDeviceRegistrationMembership"});
        p["azureADJoin"]["localAdmins"]["registeringUsers"] = Value::Null;
        p["localAdminPassword"]["isEnabled"] = json!(false);
    });
    let result = tenant.result("CRAY-ENTRA-068");
    assert_fails_on(&result, &[DEVICE_POLICY]);
    for part in ["Every user may join", "local administrator", "LAPS"] {
        assert!(result.detail.contains(part), "{part}: {}", result.detail);
    }
}

#[test]
fn selected_local_admins_pass() {
    let tenant = device_policy(|p| {
        p["azureADJoin"]["localAdmins"]["registeringUsers"] = json!({
            "@odata.type": "#microsoft.graph.enumeratedDeviceRegistrationMembership",
            "users": [], "groups": ["f1c6a3b8-5e9d-4c27-9a0f-6b2d4e8c5ab7"]
        });
    });
    assert_status(&tenant.result("CRAY-ENTRA-068"), Status::Pass);
}

#[test]
fn hybrid_without_hash_sync_fails() {
    let tenant = edited(Dataset::OnPremisesSynchronization, 0, |s| {
        s["features"]["passwordSyncEnabled"] = json!(false);
    });
    let result = tenant.result("CRAY-ENTRA-069");
    assert_fails_on(&result, &[TENANT]);
    assert!(
        result.detail.contains("Fabrikam Hardened Lab"),
        "{}",
        result.detail
    );
    let empty = hardened().with(Dataset::OnPremisesSynchronization, json!([]));
    let result = empty.result("CRAY-ENTRA-069");
    assert_fails_on(&result, &[TENANT]);
    assert!(
        result.detail.contains("cannot be confirmed"),
        "{}",
        result.detail
    );
}

#[test]
fn cloud_only_tenant_passes_with_note() {
    let tenant = edited(Dataset::Organization, 0, |o| {
        o["onPremisesSyncEnabled"] = Value::Null
    })
    .with(Dataset::OnPremisesSynchronization, json!([]));
    let result = tenant.result("CRAY-ENTRA-069");
    assert_status(&result, Status::Pass);
    assert!(
        result.detail.contains("does not synchronise"),
        "{}",
        result.detail
    );
}

#[test]
fn device_and_hybrid_checks_pass_and_need_data() {
    for id in ["CRAY-ENTRA-067", "CRAY-ENTRA-068"] {
        assert_passes(id);
        assert_needs(id, Dataset::DeviceRegistrationPolicy);
        let empty = hardened().with(Dataset::DeviceRegistrationPolicy, json!([]));
        assert_status(&empty.result(id), Status::NotAssessable);
    }
    assert_passes("CRAY-ENTRA-069");
    assert_needs("CRAY-ENTRA-069", Dataset::OnPremisesSynchronization);
    assert_needs("CRAY-ENTRA-069", Dataset::Organization);
}
