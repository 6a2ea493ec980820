//! The request table: which Graph path or Exchange cmdlet reads each dataset, the permission
//! that allows the read, and whether the response is one object or a paged collection.

use crate::model::Dataset;

/// Permission that allows the directory reads (users, groups, domains, organization, SKUs).
pub const DIRECTORY_READ_ALL: &str = "Directory.Read.All";
/// Permission that allows the policy reads (Conditional Access, authorization, defaults).
pub const POLICY_READ_ALL: &str = "Policy.Read.All";
/// Permission that allows the directory role reads.
pub const ROLE_MANAGEMENT_READ_DIRECTORY: &str = "RoleManagement.Read.Directory";
/// Permission that allows the authentication methods policy read.
pub const POLICY_READ_AUTHENTICATION_METHOD: &str = "Policy.Read.AuthenticationMethod";
/// Permission that allows the application and service principal reads.
pub const APPLICATION_READ_ALL: &str = "Application.Read.All";
/// Permission that allows the access review reads.
pub const ACCESS_REVIEW_READ_ALL: &str = "AccessReview.Read.All";
/// Permission that allows the terms of use reads.
pub const AGREEMENT_READ_ALL: &str = "Agreement.Read.All";
/// Permission that allows the PIM policy reads for directory roles.
pub const ROLE_MANAGEMENT_POLICY_READ_DIRECTORY: &str = "RoleManagementPolicy.Read.Directory";
/// Permission that allows the identity report reads (sign-in activity, registration details).
pub const AUDIT_LOG_READ_ALL: &str = "AuditLog.Read.All";
/// Permission that allows the device registration policy read.
pub const POLICY_READ_DEVICE_CONFIGURATION: &str = "Policy.Read.DeviceConfiguration";
/// Permission that allows the directory synchronization settings read.
pub const ON_PREM_DIRECTORY_SYNCHRONIZATION_READ_ALL: &str =
    "OnPremDirectorySynchronization.Read.All";
/// Permission that allows the active role assignment schedule reads (PIM).
pub const ROLE_MANAGEMENT_READ_ALL: &str = "RoleManagement.Read.All";
/// API permission plus directory role that allow the Exchange Online cmdlets.
pub const EXCHANGE_MANAGE_AS_APP: &str = "Exchange.ManageAsApp with the Global Reader role";

/// How one dataset is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatasetSpec {
    /// The dataset.
    pub dataset: Dataset,
    /// The HTTP call that reads it.
    pub call: Call,
    /// Permission or role that allows the read; shown when the service denies it.
    pub permission: &'static str,
    /// Whether the response is a single entity or a collection.
    pub shape: Shape,
}

/// The service call that reads a dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    /// `GET {graph}{path_and_query}`, following `@odata.nextLink` for collections.
    Graph {
        /// Path from the API version on, with its query string, such as `/v1.0/domains`.
        path_and_query: &'static str,
    },
    /// `GET {graph}{path_and_query}` once for every object of `parent`, with `{id}` in the path
    /// replaced by the parent's id; every object read gets a `parentId` property naming it.
    PerObject {
        /// Dataset whose objects are the parents.
        parent: Dataset,
        /// Path with an `{id}` placeholder, such as `/v1.0/groups/{id}/members`.
        path_and_query: &'static str,
    },
    /// `POST {exchange}/adminapi/beta/{tenant_id}/InvokeCommand` with a `CmdletInput` body.
    Exchange {
        /// Cmdlet name, such as `Get-RemoteDomain`.
        cmdlet: &'static str,
        /// Whether the cmdlet takes `ResultSize`; if so the request sends `Unlimited`, because
        /// many cmdlets otherwise stop at 1000 objects without an error.
        takes_result_size: bool,
    },
}

/// Form of a service response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One entity without a `value` array; stored as one object.
    Singleton,
    /// A `value` array, possibly spread over several pages.
    Collection,
}

/// Returns how `dataset` is read: its call, its permission and its shape.
#[must_use]
pub fn dataset_request(dataset: Dataset) -> DatasetSpec {
    let (call, permission, shape) = match dataset {
        Dataset::Organization => graph("/v1.0/organization", DIRECTORY_READ_ALL),
        Dataset::Domains => graph("/v1.0/domains", DIRECTORY_READ_ALL),
        Dataset::SubscribedSkus => graph("/v1.0/subscribedSkus", DIRECTORY_READ_ALL),
        Dataset::Users => graph(
            "/v1.0/users?$select=id,displayName,userPrincipalName,mail,userType,accountEnabled,\
             onPremisesSyncEnabled,createdDateTime&$top=999",
            DIRECTORY_READ_ALL,
        ),
        Dataset::Groups => graph(
            "/v1.0/groups?$select=id,displayName,description,groupTypes,securityEnabled,\
             mailEnabled,isAssignableToRole,onPremisesSyncEnabled&$top=999",
            DIRECTORY_READ_ALL,
        ),
        Dataset::ConditionalAccessPolicies => {
            graph("/v1.0/identity/conditionalAccess/policies", POLICY_READ_ALL)
        }
        Dataset::RoleDefinitions => graph(
            "/v1.0/roleManagement/directory/roleDefinitions\
             ?$select=id,displayName,templateId,isBuiltIn",
            ROLE_MANAGEMENT_READ_DIRECTORY,
        ),
        Dataset::RoleAssignments => graph(
            "/v1.0/roleManagement/directory/roleAssignments\
             ?$select=id,principalId,roleDefinitionId,directoryScopeId",
            ROLE_MANAGEMENT_READ_DIRECTORY,
        ),
        Dataset::RoleEligibilitySchedules => graph(
            "/v1.0/roleManagement/directory/roleEligibilitySchedules",
            ROLE_MANAGEMENT_READ_DIRECTORY,
        ),
        Dataset::AuthorizationPolicy => {
            singleton("/v1.0/policies/authorizationPolicy", POLICY_READ_ALL)
        }
        Dataset::SecurityDefaults => singleton(
            "/v1.0/policies/identitySecurityDefaultsEnforcementPolicy",
            POLICY_READ_ALL,
        ),
        Dataset::AuthenticationMethodsPolicy => singleton(
            "/v1.0/policies/authenticationMethodsPolicy",
            POLICY_READ_AUTHENTICATION_METHOD,
        ),
        Dataset::ExoOrganizationConfig => exchange("Get-OrganizationConfig", false),
        Dataset::ExoRemoteDomains => exchange("Get-RemoteDomain", true),
        Dataset::ExoOutboundSpamPolicies => exchange("Get-HostedOutboundSpamFilterPolicy", false),
        Dataset::ExoOutboundSpamRules => exchange("Get-HostedOutboundSpamFilterRule", false),
        Dataset::Applications => graph(
            "/v1.0/applications?$select=id,appId,displayName,signInAudience,passwordCredentials,\
             keyCredentials,requiredResourceAccess,publisherDomain,verifiedPublisher,\
             createdDateTime,web,spa,publicClient,isFallbackPublicClient&$top=999",
            APPLICATION_READ_ALL,
        ),
        Dataset::ServicePrincipals => graph(
            "/v1.0/servicePrincipals?$select=id,appId,displayName,servicePrincipalType,\
             appOwnerOrganizationId,accountEnabled,passwordCredentials,keyCredentials,\
             appRoleAssignmentRequired,verifiedPublisher,tags,appRoles,oauth2PermissionScopes\
             &$top=999",
            APPLICATION_READ_ALL,
        ),
        Dataset::Oauth2PermissionGrants => {
            graph("/v1.0/oauth2PermissionGrants?$top=999", DIRECTORY_READ_ALL)
        }
        Dataset::NamedLocations => graph(
            "/v1.0/identity/conditionalAccess/namedLocations",
            POLICY_READ_ALL,
        ),
        Dataset::CrossTenantAccessDefault => singleton(
            "/v1.0/policies/crossTenantAccessPolicy/default",
            POLICY_READ_ALL,
        ),
        Dataset::CrossTenantAccessPartners => graph(
            "/v1.0/policies/crossTenantAccessPolicy/partners",
            POLICY_READ_ALL,
        ),
        Dataset::AccessReviewDefinitions => graph(
            "/v1.0/identityGovernance/accessReviews/definitions",
            ACCESS_REVIEW_READ_ALL,
        ),
        Dataset::TermsOfUseAgreements => graph(
            "/v1.0/identityGovernance/termsOfUse/agreements",
            AGREEMENT_READ_ALL,
        ),
        Dataset::RoleManagementPolicies => graph(
            "/v1.0/policies/roleManagementPolicies\
             ?$filter=scopeId eq '/' and scopeType eq 'DirectoryRole'&$expand=rules",
            ROLE_MANAGEMENT_POLICY_READ_DIRECTORY,
        ),
        Dataset::RoleManagementPolicyAssignments => graph(
            "/v1.0/policies/roleManagementPolicyAssignments\
             ?$filter=scopeId eq '/' and scopeType eq 'DirectoryRole'",
            ROLE_MANAGEMENT_POLICY_READ_DIRECTORY,
        ),
        Dataset::UserRegistrationDetails => graph(
            "/v1.0/reports/authenticationMethods/userRegistrationDetails?$top=999",
            AUDIT_LOG_READ_ALL,
        ),
        Dataset::DirectorySettings => graph("/v1.0/groupSettings", DIRECTORY_READ_ALL),
        Dataset::AdminConsentRequestPolicy => {
            singleton("/v1.0/policies/adminConsentRequestPolicy", POLICY_READ_ALL)
        }
        Dataset::GroupMembers => per_object(
            Dataset::Groups,
            "/v1.0/groups/{id}/members?$select=id,displayName,userPrincipalName,userType&$top=999",
            DIRECTORY_READ_ALL,
        ),
        Dataset::GroupOwners => per_object(
            Dataset::Groups,
            "/v1.0/groups/{id}/owners?$select=id,displayName,userPrincipalName,userType&$top=999",
            DIRECTORY_READ_ALL,
        ),
        Dataset::ApplicationOwners => per_object(
            Dataset::Applications,
            "/v1.0/applications/{id}/owners?$select=id,displayName,userPrincipalName",
            APPLICATION_READ_ALL,
        ),
        Dataset::ServicePrincipalOwners => per_object(
            Dataset::ServicePrincipals,
            "/v1.0/servicePrincipals/{id}/owners?$select=id,displayName,userPrincipalName",
            APPLICATION_READ_ALL,
        ),
        Dataset::ServicePrincipalAppRoleAssignments => per_object(
            Dataset::ServicePrincipals,
            "/v1.0/servicePrincipals/{id}/appRoleAssignments",
            APPLICATION_READ_ALL,
        ),
        Dataset::ExoAcceptedDomains => exchange("Get-AcceptedDomain", true),
        Dataset::ExoAdminAuditLogConfig => exchange("Get-AdminAuditLogConfig", false),
        Dataset::ExoAtpPolicy => exchange("Get-AtpPolicyForO365", false),
        Dataset::ExoDkimSigningConfig => exchange("Get-DkimSigningConfig", false),
        Dataset::ExoMailboxes => exchange("Get-Mailbox", true),
        Dataset::ExoSafeLinksPolicies => exchange("Get-SafeLinksPolicy", false),
        Dataset::ExoSafeAttachmentPolicies => exchange("Get-SafeAttachmentPolicy", false),
        Dataset::ExoSharingPolicies => exchange("Get-SharingPolicy", false),
        Dataset::ExoTransportRules => exchange("Get-TransportRule", true),
        Dataset::ExoMalwareFilterPolicies => exchange("Get-MalwareFilterPolicy", false),
        Dataset::ExoContentFilterPolicies => exchange("Get-HostedContentFilterPolicy", false),
        Dataset::ExoAntiPhishPolicies => exchange("Get-AntiPhishPolicy", false),
        Dataset::ExoOwaMailboxPolicies => exchange("Get-OwaMailboxPolicy", false),
        Dataset::ExoTransportConfig => exchange("Get-TransportConfig", false),
        Dataset::ExoExternalInOutlook => exchange("Get-ExternalInOutlook", false),
        Dataset::AuthenticationStrengthPolicies => graph(
            "/v1.0/policies/authenticationStrengthPolicies",
            POLICY_READ_ALL,
        ),
        Dataset::DeviceRegistrationPolicy => singleton(
            "/beta/policies/deviceRegistrationPolicy",
            POLICY_READ_DEVICE_CONFIGURATION,
        ),
        Dataset::OnPremisesSynchronization => graph(
            "/v1.0/directory/onPremisesSynchronization",
            ON_PREM_DIRECTORY_SYNCHRONIZATION_READ_ALL,
        ),
        Dataset::RoleAssignmentScheduleInstances => graph(
            "/v1.0/roleManagement/directory/roleAssignmentScheduleInstances",
            ROLE_MANAGEMENT_READ_ALL,
        ),
        Dataset::ExoMailboxAuditBypass => exchange("Get-MailboxAuditBypassAssociation", true),
        Dataset::ExoRoleAssignmentPolicies => exchange("Get-RoleAssignmentPolicy", false),
        Dataset::ExoConnectionFilterPolicies => exchange("Get-HostedConnectionFilterPolicy", false),
        Dataset::ExoEopProtectionPolicyRules => exchange("Get-EOPProtectionPolicyRule", false),
        Dataset::ExoAtpProtectionPolicyRules => exchange("Get-ATPProtectionPolicyRule", false),
    };
    DatasetSpec {
        dataset,
        call,
        permission,
        shape,
    }
}

fn graph(path_and_query: &'static str, permission: &'static str) -> (Call, &'static str, Shape) {
    (
        Call::Graph { path_and_query },
        permission,
        Shape::Collection,
    )
}

fn singleton(
    path_and_query: &'static str,
    permission: &'static str,
) -> (Call, &'static str, Shape) {
    (Call::Graph { path_and_query }, permission, Shape::Singleton)
}

fn per_object(
    parent: Dataset,
    path_and_query: &'static str,
    permission: &'static str,
) -> (Call, &'static str, Shape) {
    let call = Call::PerObject {
        parent,
        path_and_query,
    };
    (call, permission, Shape::Collection)
}

fn exchange(cmdlet: &'static str, takes_result_size: bool) -> (Call, &'static str, Shape) {
    let call = Call::Exchange {
        cmdlet,
        takes_result_size,
    };
    (call, EXCHANGE_MANAGE_AS_APP, Shape::Collection)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Source;

    #[test]
    fn every_dataset_uses_its_source() {
        for dataset in Dataset::ALL {
            let spec = dataset_request(dataset);
            let source = match spec.call {
                Call::Graph { .. } | Call::PerObject { .. } => Source::Graph,
                Call::Exchange { .. } => Source::Exchange,
            };
            assert_eq!(source, dataset.source(), "{dataset}");
        }
    }

    #[test]
    fn users_query_selects_and_pages() {
        let spec = dataset_request(Dataset::Users);
        let Call::Graph { path_and_query } = spec.call else {
            panic!("users is a Graph dataset");
        };
        assert_eq!(
            path_and_query,
            "/v1.0/users?$select=id,displayName,userPrincipalName,mail,userType,accountEnabled,\
             onPremisesSyncEnabled,createdDateTime&$top=999"
        );
    }

    #[test]
    fn policies_need_policy_read_all() {
        let spec = dataset_request(Dataset::ConditionalAccessPolicies);
        assert_eq!(spec.permission, "Policy.Read.All");
    }

    #[test]
    fn authorization_policy_is_singleton() {
        assert_eq!(
            dataset_request(Dataset::AuthorizationPolicy).shape,
            Shape::Singleton
        );
    }

    #[test]
    fn remote_domains_ask_for_unlimited_results() {
        let call = dataset_request(Dataset::ExoRemoteDomains).call;
        assert_eq!(
            call,
            Call::Exchange {
                cmdlet: "Get-RemoteDomain",
                takes_result_size: true
            }
        );
    }
}
