//! Access policies and governance settings of the demo tenant: named locations, cross-tenant
//! access, access reviews, terms of use, directory settings, admin consent requests,
//! authentication strengths, device registration, directory synchronization and MFA
//! registration details.
//!
//! Good and bad settings are mixed. A partner tenant's MFA is trusted, and access reviews cover
//! an admin group but no guests. Admin consent requests are off, any user may join devices
//! without MFA, and several members have registered only SMS or nothing at all.

use serde_json::{Value, json};

use super::{DEFAULT_DOMAIN, ObjectKind, group_id, object_id, user_id};
use crate::sim::DEMO_TENANT_ID;

/// Tenant id of the partner lab, whose MFA the demo tenant trusts.
const PARTNER_LAB_TENANT_ID: &str = "3e6a9d2c-5f8b-4c17-a0e3-6d9c2f5b8a14";
/// Tenant id of the external auditors.
const AUDITORS_TENANT_ID: &str = "5a1c7e3b-2d4f-4a86-9b0c-8e7f6d5c4b3a";

/// Template id of the `Group.Unified` directory setting.
const GROUP_UNIFIED_TEMPLATE: &str = "62375ab9-6b52-47ed-826b-58e47e0e304b";
/// Template id of the `Password Rule Settings` directory setting.
const PASSWORD_RULE_TEMPLATE: &str = "5cf42378-d67d-4f36-ba46-e8b86229381d";

/// Builds the named locations: the trusted head office range, allowed countries and an old,
/// untrusted VPN range.
pub fn named_locations() -> Value {
    json!([
        {
            "@odata.type": "#microsoft.graph.ipNamedLocation",
            "id": object_id(ObjectKind::Policy, "location:hq"),
            "displayName": "Berlin HQ egress",
            "createdDateTime": "2021-06-22T11:56:12Z",
            "modifiedDateTime": "2025-04-01T08:00:43.5796446Z",
            "isTrusted": true,
            "ipRanges": [
                {"@odata.type": "#microsoft.graph.iPv4CidrRange", "cidrAddress": "198.51.100.32/28"},
                {"@odata.type": "#microsoft.graph.iPv6CidrRange", "cidrAddress": "2001:db8:c0de::/48"},
            ],
        },
        {
            "@odata.type": "#microsoft.graph.countryNamedLocation",
            "id": object_id(ObjectKind::Policy, "location:countries"),
            "displayName": "DACH countries",
            "createdDateTime": "2024-09-10T16:54:53.7238848Z",
            "modifiedDateTime": "2024-09-10T16:54:53.7238848Z",
            "countriesAndRegions": ["DE", "AT", "CH"],
            "includeUnknownCountriesAndRegions": false,
            "countryLookupMethod": "clientIpAddress",
        },
        {
            "@odata.type": "#microsoft.graph.ipNamedLocation",
            "id": object_id(ObjectKind::Policy, "location:old-vpn"),
            "displayName": "Old VPN range",
            "createdDateTime": "2020-01-26T18:00:43Z",
            "modifiedDateTime": "2020-01-26T18:00:43Z",
            "isTrusted": false,
            "ipRanges": [
                {"@odata.type": "#microsoft.graph.iPv4CidrRange", "cidrAddress": "203.0.113.0/24"},
            ],
        },
    ])
}

/// Builds one access setting for users and groups or applications: allowed or blocked for all.
fn access(kind: &str, allowed: bool) -> Value {
    let (target, target_type) = match kind {
        "users" => ("AllUsers", "user"),
        _ => ("AllApplications", "application"),
    };
    json!({
        "accessType": if allowed { "allowed" } else { "blocked" },
        "targets": [{"target": target, "targetType": target_type}],
    })
}

/// Builds inbound or outbound B2B settings for users and applications.
fn b2b(allowed: bool) -> Value {
    json!({"usersAndGroups": access("users", allowed), "applications": access("apps", allowed)})
}

/// Builds the cross-tenant access default: collaboration allowed, direct connect blocked, no
/// claims of other tenants trusted.
pub fn cross_tenant_access_default() -> Value {
    json!({
        "isServiceDefault": false,
        "inboundTrust": {
            "isMfaAccepted": false,
            "isCompliantDeviceAccepted": false,
            "isHybridAzureADJoinedDeviceAccepted": false,
        },
        "automaticUserConsentSettings": {"inboundAllowed": false, "outboundAllowed": false},
        "b2bCollaborationOutbound": b2b(true),
        "b2bCollaborationInbound": b2b(true),
        "b2bDirectConnectOutbound": b2b(false),
        "b2bDirectConnectInbound": b2b(false),
        "tenantRestrictions": {
            "devices": null,
            "usersAndGroups": access("users", false),
            "applications": access("apps", false),
        },
    })
}

/// Builds the partner configurations: the partner lab, whose MFA and compliant devices are
/// trusted, and the auditors, who inherit every default.
pub fn cross_tenant_access_partners() -> Value {
    json!([
        {
            "tenantId": PARTNER_LAB_TENANT_ID,
            "isServiceProvider": false,
            "isInMultiTenantOrganization": false,
            "inboundTrust": {
                "isMfaAccepted": true,
                "isCompliantDeviceAccepted": true,
                "isHybridAzureADJoinedDeviceAccepted": false,
            },
            "automaticUserConsentSettings": {"inboundAllowed": true, "outboundAllowed": false},
            "b2bCollaborationInbound": null,
            "b2bCollaborationOutbound": null,
            "b2bDirectConnectOutbound": null,
            "b2bDirectConnectInbound": {
                "usersAndGroups": access("users", true),
                "applications": {
                    "accessType": "allowed",
                    "targets": [{"target": "Office365", "targetType": "application"}],
                },
            },
            "tenantRestrictions": null,
        },
        {
            "tenantId": AUDITORS_TENANT_ID,
            "isServiceProvider": false,
            "isInMultiTenantOrganization": false,
            "inboundTrust": null,
            "automaticUserConsentSettings": {"inboundAllowed": null, "outboundAllowed": null},
            "b2bCollaborationInbound": null,
            "b2bCollaborationOutbound": null,
            "b2bDirectConnectOutbound": null,
            "b2bDirectConnectInbound": null,
            "tenantRestrictions": null,
        },
    ])
}

/// Builds the access review definitions: a quarterly review of the Exchange admin group's
/// members. No review covers guests.
pub fn access_review_definitions() -> Value {
    let group = group_id("PIM-Exchange-Admins");
    let reviewer = user_id("megan.bowen");
    json!([{
        "id": object_id(ObjectKind::Policy, "access-review:exchange-admins"),
        "displayName": "Quarterly review - PIM-Exchange-Admins",
        "status": "InProgress",
        "createdDateTime": "2025-01-10T09:00:00.000Z",
        "lastModifiedDateTime": "2025-01-10T09:00:00.000Z",
        "descriptionForAdmins": "Confirm who may hold Exchange administration",
        "descriptionForReviewers": "Please confirm continued membership",
        "createdBy": {
            "id": reviewer,
            "displayName": "Megan Bowen",
            "userPrincipalName": format!("megan.bowen@{DEFAULT_DOMAIN}"),
        },
        "scope": {
            "@odata.type": "#microsoft.graph.accessReviewQueryScope",
            "query": format!("/groups/{group}/transitiveMembers"),
            "queryType": "MicrosoftGraph",
            "queryRoot": null,
        },
        "instanceEnumerationScope": null,
        "reviewers": [{
            "query": format!("/users/{reviewer}"),
            "queryType": "MicrosoftGraph",
            "queryRoot": null,
        }],
        "fallbackReviewers": [],
        "additionalNotificationRecipients": [],
        "settings": {
            "mailNotificationsEnabled": true,
            "reminderNotificationsEnabled": true,
            "justificationRequiredOnApproval": true,
            "defaultDecisionEnabled": false,
            "defaultDecision": "None",
            "instanceDurationInDays": 14,
            "autoApplyDecisionsEnabled": false,
            "recommendationsEnabled": true,
            "recurrence": {
                "pattern": {
                    "type": "absoluteMonthly",
                    "interval": 3,
                    "month": 0,
                    "dayOfMonth": 0,
                    "daysOfWeek": [],
                    "firstDayOfWeek": "sunday",
                    "index": "first",
                },
                "range": {
                    "type": "noEnd",
                    "numberOfOccurrences": 0,
                    "recurrenceTimeZone": null,
                    "startDate": "2025-01-15",
                    "endDate": null,
                },
            },
            "applyActions": [],
        },
    }])
}

/// Builds the terms of use: an acceptable use policy for staff, never to be accepted again.
pub fn terms_of_use_agreements() -> Value {
    json!([{
        "id": object_id(ObjectKind::Policy, "terms:acceptable-use"),
        "displayName": "Contoso acceptable use",
        "isViewingBeforeAcceptanceRequired": true,
        "isPerDeviceAcceptanceRequired": false,
        "userReacceptRequiredFrequency": null,
        "termsExpiration": null,
    }])
}

/// Builds the tenant-wide directory settings: any user may create Microsoft 365 groups, and
/// guests may access them. The banned password list is on, but only audited on-premises.
pub fn directory_settings() -> Value {
    let setting = |name: &str, value: &str| json!({"name": name, "value": value});
    json!([
        {
            "id": object_id(ObjectKind::Policy, "setting:group-unified"),
            "displayName": "Group.Unified",
            "templateId": GROUP_UNIFIED_TEMPLATE,
            "values": [
                setting("NewUnifiedGroupWritebackDefault", "true"),
                setting("EnableMIPLabels", "false"),
                setting("CustomBlockedWordsList", ""),
                setting("EnableMSStandardBlockedWords", "false"),
                setting("ClassificationDescriptions", ""),
                setting("DefaultClassification", ""),
                setting("PrefixSuffixNamingRequirement", ""),
                setting("AllowGuestsToBeGroupOwner", "false"),
                setting("AllowGuestsToAccessGroups", "true"),
                setting("GuestUsageGuidelinesUrl", ""),
                setting("GroupCreationAllowedGroupId", ""),
                setting("AllowToAddGuests", "true"),
                setting("UsageGuidelinesUrl", ""),
                setting("ClassificationList", ""),
                setting("EnableGroupCreation", "true"),
            ],
        },
        {
            "id": object_id(ObjectKind::Policy, "setting:password-rules"),
            "displayName": "Password Rule Settings",
            "templateId": PASSWORD_RULE_TEMPLATE,
            "values": [
                setting("BannedPasswordCheckOnPremisesMode", "Audit"),
                setting("EnableBannedPasswordCheckOnPremises", "true"),
                setting("EnableBannedPasswordCheck", "true"),
                setting("LockoutDurationInSeconds", "60"),
                setting("LockoutThreshold", "10"),
                setting("BannedPasswordList", "contoso\tberlin\tspree\tsommer2025"),
            ],
        },
    ])
}

/// Builds the admin consent request policy: turned off, so users cannot ask for apps they may
/// not consent to themselves.
pub fn admin_consent_request_policy() -> Value {
    json!({
        "id": "adminConsentRequestPolicy",
        "isEnabled": false,
        "notifyReviewers": false,
        "remindersEnabled": false,
        "requestDurationInDays": 0,
        "version": 0,
        "reviewers": [],
    })
}

/// Builds the authentication strengths: the three built-in ones and a custom strength for
/// administrators that still allows SMS.
pub fn authentication_strength_policies() -> Value {
    let mfa_combinations = [
        "windowsHelloForBusiness",
        "fido2",
        "x509CertificateMultiFactor",
        "deviceBasedPush",
        "temporaryAccessPassOneTime",
        "temporaryAccessPassMultiUse",
        "password,microsoftAuthenticatorPush",
        "password,softwareOath",
        "password,hardwareOath",
        "password,sms",
        "password,voice",
        "federatedMultiFactor",
        "microsoftAuthenticatorPush,federatedSingleFactor",
        "softwareOath,federatedSingleFactor",
        "hardwareOath,federatedSingleFactor",
        "sms,federatedSingleFactor",
        "voice,federatedSingleFactor",
    ];
    json!([
        strength(
            "00000000-0000-0000-0000-000000000002",
            "Multifactor authentication",
            "Combinations of methods that satisfy strong authentication, such as a password + SMS",
            "builtIn",
            &mfa_combinations,
            "2021-12-01T00:00:00Z",
        ),
        strength(
            "00000000-0000-0000-0000-000000000003",
            "Passwordless MFA",
            "Passwordless methods that satisfy strong authentication, such as Passwordless sign-in with the Microsoft Authenticator",
            "builtIn",
            &[
                "windowsHelloForBusiness",
                "fido2",
                "x509CertificateMultiFactor",
                "deviceBasedPush"
            ],
            "2021-12-01T00:00:00Z",
        ),
        strength(
            "00000000-0000-0000-0000-000000000004",
            "Phishing-resistant MFA",
            "Phishing-resistant, Passwordless methods for the strongest authentication, such as a FIDO2 security key",
            "builtIn",
            &[
                "windowsHelloForBusiness",
                "fido2",
                "x509CertificateMultiFactor"
            ],
            "2021-12-01T00:00:00Z",
        ),
        strength(
            &object_id(ObjectKind::Policy, "strength:admins"),
            "Contoso admin sign-in",
            "Strength for administrators (transition period)",
            "custom",
            &[
                "fido2",
                "windowsHelloForBusiness",
                "password,microsoftAuthenticatorPush",
                "password,sms"
            ],
            "2025-03-18T10:02:41.2278542Z",
        ),
    ])
}

/// Builds one authentication strength.
fn strength(
    id: &str,
    name: &str,
    description: &str,
    policy_type: &str,
    combinations: &[&str],
    created: &str,
) -> Value {
    json!({
        "id": id,
        "createdDateTime": created,
        "modifiedDateTime": created,
        "displayName": name,
        "description": description,
        "policyType": policy_type,
        "requirementsSatisfied": "mfa",
        "allowedCombinations": combinations,
        "combinationConfigurations@odata.context": format!(
            "https://graph.microsoft.com/v1.0/$metadata#policies/authenticationStrengthPolicies('{id}')/combinationConfigurations"
        ),
        "combinationConfigurations": [],
    })
}

/// Builds the device registration policy (beta): anyone may join and register devices without
/// MFA, and Windows LAPS is off.
pub fn device_registration_policy() -> Value {
    json!({
        "id": "deviceRegistrationPolicy",
        "displayName": "Device Registration Policy",
        "description": "Tenant-wide policy that manages initial provisioning controls using quota restrictions, additional authentication and authorization checks",
        "userDeviceQuota": 50,
        "multiFactorAuthConfiguration": "notRequired",
        "azureADRegistration": {
            "isAdminConfigurable": false,
            "allowedToRegister": {"@odata.type": "#microsoft.graph.allDeviceRegistrationMembership"},
        },
        "azureADJoin": {
            "isAdminConfigurable": true,
            "allowedToJoin": {"@odata.type": "#microsoft.graph.allDeviceRegistrationMembership"},
            "localAdmins": {
                "enableGlobalAdmins": true,
                "registeringUsers": {"@odata.type": "#microsoft.graph.allDeviceRegistrationMembership"},
            },
        },
        "localAdminPassword": {"isEnabled": false},
    })
}

/// Builds the directory synchronization settings of the hybrid tenant: password hash sync on,
/// accidental deletion prevention on, hard match takeover of cloud objects not blocked.
pub fn on_premises_synchronization() -> Value {
    json!([{
        "id": DEMO_TENANT_ID,
        "configuration": {
            "accidentalDeletionPrevention": {
                "synchronizationPreventionType": "enabledForCount",
                "alertThreshold": 500,
            },
        },
        "features": {
            "blockCloudObjectTakeoverThroughHardMatchEnabled": false,
            "blockSoftMatchEnabled": false,
            "bypassDirSyncOverridesEnabled": false,
            "cloudPasswordPolicyForPasswordSyncedUsersEnabled": false,
            "concurrentCredentialUpdateEnabled": false,
            "concurrentOrgIdProvisioningEnabled": true,
            "deviceWritebackEnabled": false,
            "directoryExtensionsEnabled": false,
            "fopeConflictResolutionEnabled": false,
            "groupWriteBackEnabled": false,
            "passwordSyncEnabled": true,
            "passwordWritebackEnabled": false,
            "quarantineUponProxyAddressesConflictEnabled": true,
            "quarantineUponUpnConflictEnabled": true,
            "softMatchOnUpnEnabled": true,
            "synchronizeUpnForManagedUsersEnabled": true,
            "unifiedGroupWritebackEnabled": false,
            "userForcePasswordChangeOnLogonEnabled": false,
            "userWritebackEnabled": false,
        },
    }])
}

/// Builds the MFA registration details of every user, derived from the demo's users: admins
/// use passkeys or the Authenticator app, every fifth member has only SMS, every seventh
/// has nothing, and disabled accounts and most guests have nothing.
pub fn user_registration_details(users: &Value, admins: &[String]) -> Value {
    let users = users.as_array().map_or(&[][..], Vec::as_slice);
    let details = users.iter().enumerate().map(|(index, user)| {
        let id = user["id"].as_str().unwrap_or_default();
        let is_admin = admins.iter().any(|admin| admin == id);
        let guest = user["userType"] == "Guest";
        let enabled = user["accountEnabled"] != false;
        let methods: &[&str] = if !enabled || (guest && index % 2 == 0) {
            &[]
        } else if is_admin {
            &["passKeyDeviceBound", "microsoftAuthenticatorPush"]
        } else if index % 7 == 3 {
            &[]
        } else if index % 5 == 2 {
            &["mobilePhone"]
        } else {
            &["microsoftAuthenticatorPush", "softwareOneTimePasscode"]
        };
        let mfa = !methods.is_empty();
        let passwordless = methods.contains(&"passKeyDeviceBound");
        let preferred = match methods.first() {
            Some(&"mobilePhone") => "sms",
            Some(_) => "push",
            None => "none",
        };
        json!({
            "id": id,
            "userPrincipalName": user["userPrincipalName"],
            "userDisplayName": user["displayName"],
            "userType": if guest { "guest" } else { "member" },
            "isAdmin": is_admin,
            "isSsprRegistered": mfa && !guest,
            "isSsprEnabled": !guest,
            "isSsprCapable": mfa && !guest,
            "isMfaRegistered": mfa,
            "isMfaCapable": mfa && enabled,
            "isPasswordlessCapable": passwordless,
            "lastUpdatedDateTime": "2025-11-19T02:15:41.6195833Z",
            "methodsRegistered": methods,
            "isSystemPreferredAuthenticationMethodEnabled": true,
            "systemPreferredAuthenticationMethods": if passwordless {
                json!(["passKeyDeviceBound"])
            } else if mfa {
                json!([preferred])
            } else {
                json!([])
            },
            "userPreferredMethodForSecondaryAuthentication": preferred,
        })
    });
    Value::Array(details.collect())
}
