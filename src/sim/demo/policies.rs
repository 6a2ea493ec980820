//! Policies of the demo tenant: Conditional Access, authorization, security defaults and the
//! authentication methods policy.

use serde_json::{Value, json};

use super::roles::{
    EXCHANGE_ADMINISTRATOR, GLOBAL_ADMINISTRATOR, PRIVILEGED_ROLE_ADMINISTRATOR,
    SECURITY_ADMINISTRATOR, USER_ADMINISTRATOR,
};
use super::{ObjectKind, group_id, object_id, user_id};

/// Application id of Azure management (Azure Resource Manager and the Azure portal).
const AZURE_MANAGEMENT_APP_ID: &str = "797f4846-ba00-4fd7-ba43-dac1f8f63013";

/// Id of the built-in "Phishing-resistant MFA" authentication strength.
const PHISHING_RESISTANT_STRENGTH: &str = "00000000-0000-0000-0000-000000000004";

/// Role id of the "Guest user" role with limited access.
const GUEST_USER_ROLE: &str = "10dae51f-b6af-4016-8d66-8c2a99b929b3";

/// State of a Conditional Access policy as Graph names it.
const ENABLED: &str = "enabled";
const REPORT_ONLY: &str = "enabledForReportingButNotEnforced";
const DISABLED: &str = "disabled";

/// Builds the six Conditional Access policies.
pub fn conditional_access_policies() -> Value {
    let break_glass = user_id("ea01");
    let admin_roles = [
        GLOBAL_ADMINISTRATOR,
        PRIVILEGED_ROLE_ADMINISTRATOR,
        SECURITY_ADMINISTRATOR,
        EXCHANGE_ADMINISTRATOR,
        USER_ADMINISTRATOR,
    ];

    let mut admins_mfa = policy(
        "CA001 Require MFA for administrators",
        ENABLED,
        "2023-02-01",
    );
    admins_mfa["conditions"]["users"]["includeRoles"] = json!(admin_roles);
    admins_mfa["conditions"]["users"]["excludeUsers"] = json!([break_glass]);
    set_grant(&mut admins_mfa, &["mfa"]);

    let mut legacy = policy("CA002 Block legacy authentication", ENABLED, "2023-02-01");
    legacy["conditions"]["users"]["includeUsers"] = json!(["All"]);
    legacy["conditions"]["users"]["excludeGroups"] = json!([group_id("CA-Exclusions-BreakGlass")]);
    legacy["conditions"]["clientAppTypes"] = json!(["exchangeActiveSync", "other"]);
    set_grant(&mut legacy, &["block"]);

    let mut pilot = policy(
        "CA003 Require MFA for all users (pilot)",
        REPORT_ONLY,
        "2025-10-01",
    );
    pilot["conditions"]["users"]["includeUsers"] = json!(["All"]);
    pilot["conditions"]["users"]["excludeGroups"] = json!([group_id("CA-Pilot-Exclusions")]);
    set_grant(&mut pilot, &["mfa"]);

    let mut device = policy(
        "CA004 Require compliant device for admins",
        ENABLED,
        "2024-05-20",
    );
    device["conditions"]["users"]["includeRoles"] = json!([GLOBAL_ADMINISTRATOR]);
    set_grant(&mut device, &["compliantDevice"]);

    let mut countries = policy(
        "CA005 Block sign-in from untrusted countries",
        DISABLED,
        "2025-03-03",
    );
    countries["conditions"]["users"]["includeUsers"] = json!(["All"]);
    countries["conditions"]["locations"] = json!({
        "includeLocations": [object_id(ObjectKind::Policy, "named-location:untrusted-countries")],
        "excludeLocations": [],
    });
    set_grant(&mut countries, &["block"]);

    let mut azure = policy(
        "CA006 Require phishing-resistant MFA for Azure management",
        ENABLED,
        "2024-09-16",
    );
    azure["conditions"]["users"]["includeUsers"] = json!(["All"]);
    azure["conditions"]["applications"]["includeApplications"] = json!([AZURE_MANAGEMENT_APP_ID]);
    set_grant(&mut azure, &[]);
    azure["grantControls"]["authenticationStrength"] = phishing_resistant_strength(&azure);

    json!([admins_mfa, legacy, pilot, device, countries, azure])
}

/// Builds a policy with empty conditions that apply to all apps and client types, and no grant.
pub(in crate::sim) fn policy(name: &str, state: &str, created_on: &str) -> Value {
    let id = object_id(ObjectKind::Policy, name);
    json!({
        "id": id,
        "templateId": null,
        "displayName": name,
        "createdDateTime": format!("{created_on}T10:00:00Z"),
        "modifiedDateTime": null,
        "state": state,
        "sessionControls": null,
        "conditions": {
            "userRiskLevels": [],
            "signInRiskLevels": [],
            "clientAppTypes": ["all"],
            "servicePrincipalRiskLevels": [],
            "insiderRiskLevels": null,
            "platforms": null,
            "locations": null,
            "devices": null,
            "clientApplications": null,
            "authenticationFlows": null,
            "applications": {
                "includeApplications": ["All"],
                "excludeApplications": [],
                "includeUserActions": [],
                "includeAuthenticationContextClassReferences": [],
                "applicationFilter": null,
            },
            "users": {
                "includeUsers": [],
                "excludeUsers": [],
                "includeGroups": [],
                "excludeGroups": [],
                "includeRoles": [],
                "excludeRoles": [],
                "includeGuestsOrExternalUsers": null,
                "excludeGuestsOrExternalUsers": null,
            },
        },
        "grantControls": null,
    })
}

/// Sets the grant controls, joined with OR, and the authentication strength context link.
pub(in crate::sim) fn set_grant(policy: &mut Value, controls: &[&str]) {
    let id = policy["id"].as_str().unwrap_or_default().to_owned();
    policy["grantControls"] = json!({
        "operator": "OR",
        "builtInControls": controls,
        "customAuthenticationFactors": [],
        "termsOfUse": [],
        "authenticationStrength@odata.context": format!("{}/$entity", strength_context(&id)),
        "authenticationStrength": null,
    });
}

/// Returns the `@odata.context` of a policy's authentication strength, as Graph writes it.
fn strength_context(policy_id: &str) -> String {
    format!(
        "https://graph.microsoft.com/v1.0/$metadata#identity/conditionalAccess/\
         policies('{policy_id}')/grantControls/authenticationStrength"
    )
}

/// Builds the built-in phishing-resistant authentication strength, as expanded inside a policy.
pub(in crate::sim) fn phishing_resistant_strength(policy: &Value) -> Value {
    let id = policy["id"].as_str().unwrap_or_default();
    json!({
        "id": PHISHING_RESISTANT_STRENGTH,
        "createdDateTime": "2021-12-01T00:00:00Z",
        "modifiedDateTime": "2021-12-01T00:00:00Z",
        "displayName": "Phishing-resistant MFA",
        "description": "Phishing-resistant, Passwordless methods for the strongest authentication, such as a FIDO2 security key",
        "policyType": "builtIn",
        "requirementsSatisfied": "mfa",
        "allowedCombinations": ["windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor"],
        "combinationConfigurations@odata.context": format!(
            "{}/combinationConfigurations",
            strength_context(id)
        ),
        "combinationConfigurations": [],
    })
}

/// Builds the authorization policy: anyone may invite guests, users may consent to apps.
pub fn authorization_policy() -> Value {
    json!({
        "id": "authorizationPolicy",
        "displayName": "Authorization Policy",
        "description": "Used to manage authorization related settings across the company.",
        "allowInvitesFrom": "everyone",
        "allowedToSignUpEmailBasedSubscriptions": true,
        "allowedToUseSSPR": true,
        "allowEmailVerifiedUsersToJoinOrganization": false,
        "allowUserConsentForRiskyApps": false,
        "blockMsolPowerShell": false,
        "guestUserRoleId": GUEST_USER_ROLE,
        "defaultUserRolePermissions": {
            "allowedToCreateApps": true,
            "allowedToCreateSecurityGroups": true,
            "allowedToCreateTenants": true,
            "allowedToReadBitlockerKeysForOwnedDevice": true,
            "allowedToReadOtherUsers": true,
            "permissionGrantPoliciesAssigned": [
                "ManagePermissionGrantsForSelf.microsoft-user-default-legacy"
            ],
        },
    })
}

/// Builds the security defaults policy, turned off.
pub fn security_defaults() -> Value {
    json!({
        "id": "00000000-0000-0000-0000-000000000005",
        "displayName": "Security Defaults",
        "description": "Security defaults is a set of basic identity security mechanisms recommended by Microsoft. When enabled, these recommendations will be automatically enforced in your organization. Administrators and users will be better protected from common identity related attacks.",
        "isEnabled": false,
    })
}

/// Builds the authentication methods policy: SMS and Microsoft Authenticator enabled for all users.
pub fn authentication_methods_policy() -> Value {
    json!({
        "id": "authenticationMethodsPolicy",
        "displayName": "Authentication Methods Policy",
        "description": "The tenant-wide policy that controls which authentication methods are allowed in the tenant, authentication method registration requirements, and self-service password reset settings",
        "lastModifiedDateTime": "2025-08-26T10:47:26.6044384Z",
        "policyVersion": "1.5",
        "policyMigrationState": "migrationComplete",
        "registrationEnforcement": {
            "authenticationMethodsRegistrationCampaign": {
                "snoozeDurationInDays": 1,
                "state": "default",
                "excludeTargets": [],
                "includeTargets": [{
                    "id": "all_users",
                    "targetType": "group",
                    "targetedAuthenticationMethod": "microsoftAuthenticator",
                }],
            },
        },
        "authenticationMethodConfigurations": [
            {
                "@odata.type": "#microsoft.graph.fido2AuthenticationMethodConfiguration",
                "id": "Fido2",
                "state": "disabled",
                "isSelfServiceRegistrationAllowed": true,
                "isAttestationEnforced": true,
                "keyRestrictions": {"isEnforced": false, "enforcementType": "block", "aaGuids": []},
                "excludeTargets": [],
                "includeTargets": [all_users_target()],
            },
            {
                "@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration",
                "id": "MicrosoftAuthenticator",
                "state": "enabled",
                "isSoftwareOathEnabled": false,
                "featureSettings": {
                    "displayAppInformationRequiredState": authenticator_feature("enabled"),
                    "displayLocationInformationRequiredState": authenticator_feature("default"),
                },
                "excludeTargets": [],
                "includeTargets": [{
                    "targetType": "group",
                    "id": "all_users",
                    "isRegistrationRequired": false,
                    "authenticationMode": "any",
                }],
            },
            {
                "@odata.type": "#microsoft.graph.smsAuthenticationMethodConfiguration",
                "id": "Sms",
                "state": "enabled",
                "excludeTargets": [],
                "includeTargets": [{
                    "targetType": "group",
                    "id": "all_users",
                    "isRegistrationRequired": false,
                    "isUsableForSignIn": true,
                }],
            },
            {
                "@odata.type": "#microsoft.graph.voiceAuthenticationMethodConfiguration",
                "id": "Voice",
                "state": "disabled",
                "isOfficePhoneAllowed": false,
                "excludeTargets": [],
                "includeTargets": [all_users_target()],
            },
            {
                "@odata.type": "#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration",
                "id": "TemporaryAccessPass",
                "state": "enabled",
                "defaultLifetimeInMinutes": 60,
                "defaultLength": 8,
                "minimumLifetimeInMinutes": 60,
                "maximumLifetimeInMinutes": 480,
                "isUsableOnce": true,
                "excludeTargets": [],
                "includeTargets": [all_users_target()],
            },
            {
                "@odata.type": "#microsoft.graph.emailAuthenticationMethodConfiguration",
                "id": "Email",
                "state": "enabled",
                "allowExternalIdToUseEmailOtp": "default",
                "excludeTargets": [],
                "includeTargets": [],
            },
        ],
    })
}

/// Builds an include target covering all users.
fn all_users_target() -> Value {
    json!({"targetType": "group", "id": "all_users", "isRegistrationRequired": false})
}

/// Builds one Microsoft Authenticator feature setting, applied to all users.
fn authenticator_feature(state: &str) -> Value {
    json!({
        "state": state,
        "includeTarget": {"targetType": "group", "id": "all_users"},
        "excludeTarget": {"targetType": "group", "id": "00000000-0000-0000-0000-000000000000"},
    })
}
