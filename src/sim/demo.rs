//! The demo tenant "Contoso demo": every dataset the simulator serves, built in code.
//!
//! The data is deterministic: object ids derive from a fixed namespace and a stable key (see
//! [`object_id`]) and timestamps are fixed, so every run serves the same data. The
//! tenant is built to produce a known set of check verdicts: MFA for all users only in
//! report-only mode, legacy authentication blocked, two permanent Global Administrators,
//! unrestricted user consent and guest invitations, and external mail forwarding allowed.

mod directory;
mod exchange;
mod policies;
mod relations;
mod roles;

use serde_json::Value;

/// The tenant's initial `onmicrosoft.com` domain.
pub const INITIAL_DOMAIN: &str = "contosodemo.onmicrosoft.com";

/// The tenant's default (custom) domain.
pub const DEFAULT_DOMAIN: &str = "contoso-demo.example";

/// Object id of the service principal of cray's app registration in the demo tenant.
pub const APP_SERVICE_PRINCIPAL_ID: &str = "5c7d2b9e-3a41-4f6c-8d0e-1b2a3c4d5e6f";

/// Every dataset of the demo tenant, as the JSON values the routes serve.
///
/// Collections are JSON arrays of items; singletons are JSON objects without `@odata.context`.
pub struct DemoTenant {
    /// `GET /organization` items.
    pub organization: Value,
    /// `GET /domains` items.
    pub domains: Value,
    /// `GET /subscribedSkus` items.
    pub subscribed_skus: Value,
    /// `GET /users` items with every property the simulator stores.
    pub users: Value,
    /// `GET /groups` items.
    pub groups: Value,
    /// `GET /identity/conditionalAccess/policies` items.
    pub conditional_access_policies: Value,
    /// `GET /roleManagement/directory/roleDefinitions` items.
    pub role_definitions: Value,
    /// `GET /roleManagement/directory/roleAssignments` items.
    pub role_assignments: Value,
    /// `GET /roleManagement/directory/roleEligibilitySchedules` items.
    pub role_eligibility_schedules: Value,
    /// `GET /policies/authorizationPolicy`.
    pub authorization_policy: Value,
    /// `GET /policies/identitySecurityDefaultsEnforcementPolicy`.
    pub security_defaults: Value,
    /// `GET /policies/authenticationMethodsPolicy`, method configurations inline.
    pub authentication_methods_policy: Value,
    /// `Get-OrganizationConfig` result objects.
    pub exo_organization_config: Value,
    /// `Get-RemoteDomain` result objects.
    pub exo_remote_domains: Value,
    /// `Get-HostedOutboundSpamFilterPolicy` result objects.
    pub exo_outbound_spam_policies: Value,
    /// `Get-HostedOutboundSpamFilterRule` result objects.
    pub exo_outbound_spam_rules: Value,
    /// `GET /groups/{id}/members`: group id to its members.
    pub group_members: Value,
    /// `GET /groups/{id}/owners`: group id to its owners.
    pub group_owners: Value,
    /// `GET /applications/{id}/owners`: application id to its owners.
    pub application_owners: Value,
    /// `GET /servicePrincipals/{id}/owners`: service principal id to its owners.
    pub service_principal_owners: Value,
    /// `GET /servicePrincipals/{id}/appRoleAssignments`: service principal id to the app
    /// roles assigned to it.
    pub service_principal_app_role_assignments: Value,
}

impl DemoTenant {
    /// Builds the demo tenant.
    pub fn build() -> Self {
        let users = directory::users();
        let groups = directory::groups();
        Self {
            group_members: relations::group_members(&users, &groups),
            group_owners: relations::group_owners(&users, &groups),
            // TODO: owners and role assignments arrive with the demo's applications and
            // service principals.
            application_owners: Value::Object(serde_json::Map::new()),
            service_principal_owners: Value::Object(serde_json::Map::new()),
            service_principal_app_role_assignments: Value::Object(serde_json::Map::new()),
            organization: directory::organization(),
            domains: directory::domains(),
            subscribed_skus: directory::subscribed_skus(),
            users,
            groups,
            conditional_access_policies: policies::conditional_access_policies(),
            role_definitions: roles::role_definitions(),
            role_assignments: roles::role_assignments(),
            role_eligibility_schedules: roles::role_eligibility_schedules(),
            authorization_policy: policies::authorization_policy(),
            security_defaults: policies::security_defaults(),
            authentication_methods_policy: policies::authentication_methods_policy(),
            exo_organization_config: exchange::organization_config(),
            exo_remote_domains: exchange::remote_domains(),
            exo_outbound_spam_policies: exchange::outbound_spam_policies(),
            exo_outbound_spam_rules: exchange::outbound_spam_rules(),
        }
    }
}

/// Kinds of directory object, each with its own id namespace.
#[derive(Clone, Copy)]
enum ObjectKind {
    User,
    Group,
    Policy,
    Exchange,
}

/// Derives a fixed, valid version-4 GUID from an object kind and a stable key.
///
/// FNV-1a hashes the key; two rounds of SplitMix64 spread the hash over 128 bits.
fn object_id(kind: ObjectKind, key: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325 ^ (kind as u64);
    for byte in key.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    let high = splitmix64(&mut hash);
    let low = splitmix64(&mut hash);
    let bytes = ((u128::from(high) << 64) | u128::from(low)).to_be_bytes();
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string()
}

/// Advances a SplitMix64 state and returns the next output.
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Returns the object id of the demo user whose UPN starts with `local@`.
fn user_id(local: &str) -> String {
    object_id(ObjectKind::User, local)
}

/// Returns the object id of the demo group with this display name.
fn group_id(display_name: &str) -> String {
    object_id(ObjectKind::Group, display_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(value: &Value) -> &[Value] {
        value.as_array().map_or(&[][..], Vec::as_slice)
    }

    fn count_users(tenant: &DemoTenant, predicate: impl Fn(&Value) -> bool) -> usize {
        items(&tenant.users)
            .iter()
            .filter(|user| predicate(user))
            .count()
    }

    #[test]
    fn object_ids_are_stable_guids() {
        let id = object_id(ObjectKind::User, "adele.vance");
        assert_eq!(id, object_id(ObjectKind::User, "adele.vance"));
        assert!(uuid::Uuid::parse_str(&id).is_ok());
        assert_ne!(id, object_id(ObjectKind::Group, "adele.vance"));
    }

    #[test]
    fn demo_has_fifty_users() {
        assert_eq!(items(&DemoTenant::build().users).len(), 50);
    }

    #[test]
    fn demo_user_ids_are_unique() {
        let tenant = DemoTenant::build();
        let mut ids: Vec<&str> = items(&tenant.users)
            .iter()
            .filter_map(|user| user["id"].as_str())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 50);
    }

    #[test]
    fn demo_user_variety() {
        let tenant = DemoTenant::build();
        let guests = count_users(&tenant, |u| u["userType"] == "Guest");
        let disabled = count_users(&tenant, |u| u["accountEnabled"] == false);
        let synced = count_users(&tenant, |u| u["onPremisesSyncEnabled"] == true);
        let guest_upns = count_users(&tenant, |u| {
            u["userPrincipalName"]
                .as_str()
                .is_some_and(|upn| upn.contains("#EXT#"))
        });
        let non_ascii = count_users(&tenant, |u| {
            u["displayName"]
                .as_str()
                .is_some_and(|name| !name.is_ascii())
        });
        assert_eq!(guests, 5);
        assert_eq!(guest_upns, 5);
        assert_eq!(disabled, 4);
        assert_eq!(synced, 10);
        assert!(
            non_ascii >= 10,
            "only {non_ascii} users have non-ASCII names"
        );
    }

    #[test]
    fn break_glass_account_is_cloud_only() {
        let tenant = DemoTenant::build();
        let break_glass = items(&tenant.users)
            .iter()
            .find(|user| user["displayName"] == "Emergency Access 01");
        let synced = break_glass.map(|user| user["onPremisesSyncEnabled"].clone());
        assert_eq!(synced, Some(Value::Null));
    }

    #[test]
    fn two_permanent_global_administrators() {
        let tenant = DemoTenant::build();
        let global_admins = items(&tenant.role_assignments)
            .iter()
            .filter(|a| a["roleDefinitionId"] == roles::GLOBAL_ADMINISTRATOR)
            .count();
        assert_eq!(global_admins, 2);
    }

    #[test]
    fn mfa_for_all_users_is_report_only() {
        let tenant = DemoTenant::build();
        let states: Vec<&Value> = items(&tenant.conditional_access_policies)
            .iter()
            .filter(|p| p["conditions"]["users"]["includeUsers"] == serde_json::json!(["All"]))
            .filter(|p| p["grantControls"]["builtInControls"] == serde_json::json!(["mfa"]))
            .map(|p| &p["state"])
            .collect();
        assert_eq!(states, [&Value::from("enabledForReportingButNotEnforced")]);
    }

    #[test]
    fn security_defaults_are_off() {
        assert_eq!(DemoTenant::build().security_defaults["isEnabled"], false);
    }

    #[test]
    fn anyone_may_invite_guests() {
        let tenant = DemoTenant::build();
        assert_eq!(tenant.authorization_policy["allowInvitesFrom"], "everyone");
    }

    #[test]
    fn partner_domain_allows_forwarding() {
        let tenant = DemoTenant::build();
        let forwarding: Vec<&Value> = items(&tenant.exo_remote_domains)
            .iter()
            .filter(|d| d["AutoForwardEnabled"] == true)
            .map(|d| &d["DomainName"])
            .collect();
        assert_eq!(forwarding, [&Value::from("partner-lab.example")]);
    }

    #[test]
    fn finance_policy_turns_forwarding_on() {
        let tenant = DemoTenant::build();
        let modes: Vec<(&Value, &Value)> = items(&tenant.exo_outbound_spam_policies)
            .iter()
            .map(|p| (&p["Name"], &p["AutoForwardingMode"]))
            .collect();
        assert_eq!(
            modes[1],
            (
                &Value::from("Finance forwarding exception"),
                &Value::from("On")
            )
        );
    }

    #[test]
    fn six_conditional_access_policies() {
        let tenant = DemoTenant::build();
        assert_eq!(items(&tenant.conditional_access_policies).len(), 6);
    }
}
