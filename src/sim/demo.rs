//! The demo tenant "Contoso demo": every dataset the simulator serves, built in code.
//!
//! The data is deterministic: object ids derive from a fixed namespace and a stable key (see
//! [`object_id`]) and timestamps are fixed, so every run serves the same data. The
//! tenant is built to produce a known set of check verdicts: MFA for all users only in
//! report-only mode, legacy authentication blocked, two permanent Global Administrators,
//! unrestricted user consent and guest invitations, and external mail forwarding allowed.

mod apps;
mod directory;
mod exchange;
mod governance;
mod mail;
pub(in crate::sim) mod policies;
mod relations;
pub(in crate::sim) mod roles;

use serde_json::Value;

use super::wire::splitmix64;

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
    /// `GET /applications` items.
    pub applications: Value,
    /// `GET /servicePrincipals` items.
    pub service_principals: Value,
    /// `GET /oauth2PermissionGrants` items.
    pub oauth2_permission_grants: Value,
    /// `GET /identity/conditionalAccess/namedLocations` items.
    pub named_locations: Value,
    /// `GET /policies/crossTenantAccessPolicy/default`.
    pub cross_tenant_access_default: Value,
    /// `GET /policies/crossTenantAccessPolicy/partners` items.
    pub cross_tenant_access_partners: Value,
    /// `GET /identityGovernance/accessReviews/definitions` items.
    pub access_review_definitions: Value,
    /// `GET /identityGovernance/termsOfUse/agreements` items.
    pub terms_of_use_agreements: Value,
    /// `GET /policies/roleManagementPolicies` items for directory roles, `rules` inline.
    pub role_management_policies: Value,
    /// `GET /policies/roleManagementPolicyAssignments` items for directory roles.
    pub role_management_policy_assignments: Value,
    /// `GET /reports/authenticationMethods/userRegistrationDetails` items.
    pub user_registration_details: Value,
    /// `GET /groupSettings` items.
    pub directory_settings: Value,
    /// `GET /policies/adminConsentRequestPolicy`.
    pub admin_consent_request_policy: Value,
    /// `GET /policies/authenticationStrengthPolicies` items, built-in ones included.
    pub authentication_strength_policies: Value,
    /// `GET /beta/policies/deviceRegistrationPolicy`.
    pub device_registration_policy: Value,
    /// `GET /directory/onPremisesSynchronization` items.
    pub on_premises_synchronization: Value,
    /// `GET /roleManagement/directory/roleAssignmentScheduleInstances` items.
    pub role_assignment_schedule_instances: Value,
    /// Owners of each application: object id -> array of `/applications/{id}/owners` items.
    pub application_owners: Value,
    /// Owners of each service principal: id -> array of `/servicePrincipals/{id}/owners` items.
    pub service_principal_owners: Value,
    /// App roles granted to each service principal: id -> array of
    /// `/servicePrincipals/{id}/appRoleAssignments` items.
    pub service_principal_app_role_assignments: Value,
    /// `Get-AcceptedDomain` result objects.
    pub exo_accepted_domains: Value,
    /// `Get-AdminAuditLogConfig` result objects.
    pub exo_admin_audit_log_config: Value,
    /// `Get-AtpPolicyForO365` result objects.
    pub exo_atp_policy: Value,
    /// `Get-DkimSigningConfig` result objects.
    pub exo_dkim_signing_config: Value,
    /// `Get-Mailbox` result objects.
    pub exo_mailboxes: Value,
    /// `Get-SafeLinksPolicy` result objects.
    pub exo_safe_links_policies: Value,
    /// `Get-SafeAttachmentPolicy` result objects.
    pub exo_safe_attachment_policies: Value,
    /// `Get-SharingPolicy` result objects.
    pub exo_sharing_policies: Value,
    /// `Get-TransportRule` result objects.
    pub exo_transport_rules: Value,
    /// `Get-MalwareFilterPolicy` result objects.
    pub exo_malware_filter_policies: Value,
    /// `Get-HostedContentFilterPolicy` result objects.
    pub exo_content_filter_policies: Value,
    /// `Get-AntiPhishPolicy` result objects.
    pub exo_anti_phish_policies: Value,
    /// `Get-OwaMailboxPolicy` result objects.
    pub exo_owa_mailbox_policies: Value,
    /// `Get-TransportConfig` result objects.
    pub exo_transport_config: Value,
    /// `Get-ExternalInOutlook` result objects.
    pub exo_external_in_outlook: Value,
    /// `Get-MailboxAuditBypassAssociation` result objects.
    pub exo_mailbox_audit_bypass: Value,
    /// `Get-RoleAssignmentPolicy` result objects.
    pub exo_role_assignment_policies: Value,
    /// `Get-HostedConnectionFilterPolicy` result objects.
    pub exo_connection_filter_policies: Value,
    /// `Get-EOPProtectionPolicyRule` result objects.
    pub exo_eop_protection_policy_rules: Value,
    /// `Get-ATPProtectionPolicyRule` result objects.
    pub exo_atp_protection_policy_rules: Value,
    /// `GET /groups/{id}/members`: group id to its members.
    pub group_members: Value,
    /// `GET /groups/{id}/owners`: group id to its owners.
    pub group_owners: Value,
}

impl DemoTenant {
    /// Builds the demo tenant.
    pub fn build() -> Self {
        let users = directory::users();
        let groups = directory::groups();
        Self {
            group_members: relations::group_members(&users, &groups),
            group_owners: relations::group_owners(&users, &groups),
            organization: directory::organization(),
            domains: directory::domains(),
            subscribed_skus: directory::subscribed_skus(),
            users: users.clone(),
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
            applications: apps::applications(),
            service_principals: apps::service_principals(),
            oauth2_permission_grants: apps::oauth2_permission_grants(),
            named_locations: governance::named_locations(),
            cross_tenant_access_default: governance::cross_tenant_access_default(),
            cross_tenant_access_partners: governance::cross_tenant_access_partners(),
            access_review_definitions: governance::access_review_definitions(),
            terms_of_use_agreements: governance::terms_of_use_agreements(),
            role_management_policies: roles::role_management_policies(),
            role_management_policy_assignments: roles::role_management_policy_assignments(),
            user_registration_details: governance::user_registration_details(
                &users,
                &roles::admin_ids(),
            ),
            directory_settings: governance::directory_settings(),
            admin_consent_request_policy: governance::admin_consent_request_policy(),
            authentication_strength_policies: governance::authentication_strength_policies(),
            device_registration_policy: governance::device_registration_policy(),
            on_premises_synchronization: governance::on_premises_synchronization(),
            role_assignment_schedule_instances: roles::role_assignment_schedule_instances(),
            application_owners: apps::application_owners(),
            service_principal_owners: apps::service_principal_owners(),
            service_principal_app_role_assignments: apps::service_principal_app_role_assignments(),
            exo_accepted_domains: mail::accepted_domains(),
            exo_admin_audit_log_config: mail::admin_audit_log_config(),
            exo_atp_policy: mail::atp_policy(),
            exo_dkim_signing_config: mail::dkim_signing_config(),
            exo_mailboxes: mail::mailboxes(),
            exo_safe_links_policies: mail::safe_links_policies(),
            exo_safe_attachment_policies: mail::safe_attachment_policies(),
            exo_sharing_policies: mail::sharing_policies(),
            exo_transport_rules: mail::transport_rules(),
            exo_malware_filter_policies: mail::malware_filter_policies(),
            exo_content_filter_policies: mail::content_filter_policies(),
            exo_anti_phish_policies: mail::anti_phish_policies(),
            exo_owa_mailbox_policies: mail::owa_mailbox_policies(),
            exo_transport_config: mail::transport_config(),
            exo_external_in_outlook: mail::external_in_outlook(),
            exo_mailbox_audit_bypass: mail::mailbox_audit_bypass(),
            exo_role_assignment_policies: mail::role_assignment_policies(),
            exo_connection_filter_policies: mail::connection_filter_policies(),
            exo_eop_protection_policy_rules: mail::eop_protection_policy_rules(),
            exo_atp_protection_policy_rules: mail::atp_protection_policy_rules(),
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
    Application,
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
    fn hr_sync_secret_has_expired() {
        let tenant = DemoTenant::build();
        let app = items(&tenant.applications)
            .iter()
            .find(|app| app["displayName"] == "Contoso HR Sync");
        let end = app.map(|app| app["passwordCredentials"][0]["endDateTime"].clone());
        assert_eq!(end, Some(Value::from("2025-09-30T00:00:00Z")));
    }

    #[test]
    fn one_partner_trusts_mfa() {
        let tenant = DemoTenant::build();
        let trusting = items(&tenant.cross_tenant_access_partners)
            .iter()
            .filter(|p| p["inboundTrust"]["isMfaAccepted"] == true)
            .count();
        assert_eq!(trusting, 1);
    }

    #[test]
    fn no_access_review_covers_guests() {
        let tenant = DemoTenant::build();
        let text = tenant.access_review_definitions.to_string();
        assert!(!text.contains("Guest"), "{text}");
    }

    #[test]
    fn relation_maps_cover_every_parent() {
        let tenant = DemoTenant::build();
        for app in items(&tenant.applications) {
            let id = app["id"].as_str().unwrap_or_default();
            assert!(tenant.application_owners.get(id).is_some(), "{id}");
        }
        for principal in items(&tenant.service_principals) {
            let id = principal["id"].as_str().unwrap_or_default();
            assert!(tenant.service_principal_owners.get(id).is_some(), "{id}");
            let assignments = tenant.service_principal_app_role_assignments.get(id);
            assert!(assignments.is_some(), "{id}");
        }
    }

    #[test]
    fn one_mailbox_forwards_externally() {
        let tenant = DemoTenant::build();
        let forwarding: Vec<&Value> = items(&tenant.exo_mailboxes)
            .iter()
            .filter(|m| !m["ForwardingSmtpAddress"].is_null())
            .map(|m| &m["DisplayName"])
            .collect();
        assert_eq!(forwarding, [&Value::from("Megan Bowen")]);
    }

    #[test]
    fn dkim_is_off_for_the_custom_domain() {
        let tenant = DemoTenant::build();
        let off: Vec<&Value> = items(&tenant.exo_dkim_signing_config)
            .iter()
            .filter(|d| d["Enabled"] == false)
            .map(|d| &d["Domain"])
            .collect();
        assert_eq!(off, [&Value::from(DEFAULT_DOMAIN)]);
    }

    #[test]
    fn six_conditional_access_policies() {
        let tenant = DemoTenant::build();
        assert_eq!(items(&tenant.conditional_access_policies).len(), 6);
    }
}
