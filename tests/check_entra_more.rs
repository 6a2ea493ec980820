//! The Entra checks CRAY-ENTRA-030 onwards: each fails on a weakened tenant and names what it
//! found, passes on the hardened tenant, and is not assessable without its data.

#[path = "support/check_fixtures.rs"]
mod fixtures;

use cray::model::{CheckResult, Dataset, NotCollected, Status};
use fixtures::{Tenant, affected_ids, assert_status};
use serde_json::{Value, json};

fn hardened() -> Tenant {
    Tenant::fixture("hardened")
}

/// The hardened tenant with one object of a dataset changed.
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
    assert_status(&hardened().without(dataset).result(id), Status::NotAssessable);
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
        p.as_object_mut().unwrap().remove("allowUserConsentForRiskyApps");
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

/// The hardened tenant with the method configuration `id` changed.
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
    assert!(result.detail.contains("5a8e1d3b-2c7f-4b09"), "{}", result.detail);
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
        c["featureSettings"]["displayLocationInformationRequiredState"]["state"] =
            json!("default");
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
    assert!(result.detail.contains("Microsoft-managed"), "{}", result.detail);
}

#[test]
fn migration_in_progress_fails() {
    for state in [json!("migrationInProgress"), Value::Null, json!("unknownFutureValue")] {
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

/// The hardened tenant with one value of a directory setting replaced.
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
    let tenant = edited(Dataset::Domains, 1, |d| d["passwordValidityPeriodInDays"] = json!(90));
    let result = tenant.result("CRAY-ENTRA-041");
    assert_fails_on(&result, &["fabrikamlab.onmicrosoft.com"]);
    assert!(result.affected[0].reason.contains("90 days"), "{result:#?}");
    let unknown =
        edited(Dataset::Domains, 0, |d| d["passwordValidityPeriodInDays"] = Value::Null);
    assert_fails_on(&unknown.result("CRAY-ENTRA-041"), &["fabrikam-lab.example"]);
}

#[test]
fn unverified_domain_is_skipped() {
    let tenant = edited(Dataset::Domains, 2, |d| d["passwordValidityPeriodInDays"] = json!(30));
    assert_status(&tenant.result("CRAY-ENTRA-041"), Status::Pass);
}

#[test]
fn weak_lockout_fails() {
    let tenant = setting_value(0, "LockoutThreshold", "50");
    let result = tenant.result("CRAY-ENTRA-042");
    assert_fails_on(&result, &[PASSWORD_RULES]);
    assert!(result.detail.contains("LockoutThreshold is 50"), "{}", result.detail);
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
    assert_status(&tenant.result("CRAY-ENTRA-043"), Status::NotAssessable);
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
    assert!(result.detail.contains("f1c6a3b8-5e9d-4c27"), "{}", result.detail);
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
