//! Conditional Access policies of generated tenants: twelve kinds, each in several states and
//! with different targets, built on the demo tenant's policy skeleton.

use serde_json::{Value, json};

use super::GeneratedTenant;
use crate::sim::demo::policies::{phishing_resistant_strength, policy as skeleton, set_grant};
use crate::sim::demo::roles::{
    EXCHANGE_ADMINISTRATOR, GLOBAL_ADMINISTRATOR, PRIVILEGED_ROLE_ADMINISTRATOR,
    SECURITY_ADMINISTRATOR, USER_ADMINISTRATOR,
};

/// Policy kinds, cycled through by policy index.
const KINDS: [&str; 12] = [
    "Require MFA for administrators",
    "Block legacy authentication",
    "Require MFA for all users",
    "Require compliant device",
    "Block untrusted locations",
    "Require MFA on risky sign-ins",
    "Require password change for risky users",
    "Sign-in frequency for unmanaged devices",
    "Require MFA for guests",
    "Phishing-resistant MFA for an application",
    "Block unsupported platforms",
    "Require MFA to register security info",
];

/// Builds CA policy `i` of a generated tenant.
pub fn policy(tenant: &GeneratedTenant, i: u32) -> Value {
    let roll = tenant.policy_roll(i);
    let kind = i as usize % KINDS.len();
    let state = match roll % 10 {
        0..6 => "enabled",
        6..9 => "enabledForReportingButNotEnforced",
        _ => "disabled",
    };
    let created = format!(
        "20{:02}-{:02}-{:02}",
        19 + roll % 7,
        1 + (roll >> 4) % 12,
        1 + (roll >> 8) % 28
    );

    let name = format!("CA{:03} {}", i + 1, KINDS[kind]);
    let mut p = skeleton(&name, state, &created);
    p["id"] = json!(tenant.policy_id(i));

    let users = &mut p["conditions"]["users"];
    users["includeUsers"] = json!(["All"]);
    if let Some(user) = tenant.policy_user(i) {
        users["excludeUsers"] = json!([user]);
    }
    if let Some(group) = tenant.policy_group(i).filter(|_| roll >> 12 & 1 == 1) {
        users["excludeGroups"] = json!([group]);
    }

    match kind {
        0 => {
            users["includeUsers"] = json!([]);
            users["includeRoles"] = json!([
                GLOBAL_ADMINISTRATOR,
                PRIVILEGED_ROLE_ADMINISTRATOR,
                SECURITY_ADMINISTRATOR,
                EXCHANGE_ADMINISTRATOR,
                USER_ADMINISTRATOR
            ]);
            set_grant(&mut p, &["mfa"]);
        }
        1 => {
            p["conditions"]["clientAppTypes"] = json!(["exchangeActiveSync", "other"]);
            set_grant(&mut p, &["block"]);
        }
        2 => set_grant(&mut p, &["mfa"]),
        3 => {
            set_grant(&mut p, &["compliantDevice", "domainJoinedDevice"]);
        }
        4 => {
            p["conditions"]["locations"] = json!({
                "includeLocations": ["All"],
                "excludeLocations": ["AllTrusted"],
            });
            set_grant(&mut p, &["block"]);
        }
        5 => {
            p["conditions"]["signInRiskLevels"] = json!(["high", "medium"]);
            set_grant(&mut p, &["mfa"]);
        }
        6 => {
            p["conditions"]["userRiskLevels"] = json!(["high"]);
            set_grant(&mut p, &["mfa", "passwordChange"]);
            p["grantControls"]["operator"] = json!("AND");
        }
        7 => {
            p["conditions"]["clientAppTypes"] = json!(["browser"]);
            p["conditions"]["devices"] = json!({
                "deviceFilter": {"mode": "exclude", "rule": "device.isCompliant -eq True"},
            });
            p["sessionControls"] = json!({
                "disableResilienceDefaults": null,
                "applicationEnforcedRestrictions": null,
                "cloudAppSecurity": null,
                "persistentBrowser": {"isEnabled": true, "mode": "never"},
                "signInFrequency": {
                    "value": 1 + (roll >> 16) % 12,
                    "type": "hours",
                    "authenticationType": "primaryAndSecondaryAuthentication",
                    "frequencyInterval": "timeBased",
                    "isEnabled": true,
                },
            });
        }
        8 => {
            users["includeUsers"] = json!([]);
            users["includeGuestsOrExternalUsers"] = json!({
                "guestOrExternalUserTypes": "internalGuest,b2bCollaborationGuest,b2bCollaborationMember",
                "externalTenants": {
                    "@odata.type": "#microsoft.graph.conditionalAccessAllExternalTenants",
                    "membershipKind": "all",
                },
            });
            set_grant(&mut p, &["mfa"]);
        }
        9 => {
            if let Some(app) = tenant.policy_application(i) {
                p["conditions"]["applications"]["includeApplications"] = json!([app]);
            }
            set_grant(&mut p, &[]);
            p["grantControls"]["authenticationStrength"] = phishing_resistant_strength(&p);
        }
        10 => {
            p["conditions"]["platforms"] = json!({
                "includePlatforms": ["all"],
                "excludePlatforms": ["android", "iOS", "windows", "macOS"],
            });
            set_grant(&mut p, &["block"]);
        }
        _ => {
            p["conditions"]["applications"]["includeApplications"] = json!([]);
            p["conditions"]["applications"]["includeUserActions"] =
                json!(["urn:user:registersecurityinfo"]);
            set_grant(&mut p, &["mfa"]);
        }
    }
    p
}
