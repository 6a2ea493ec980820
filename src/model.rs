//! Plain domain types shared by every layer: tenants, datasets, check results, triage.
//!
//! This module does no I/O. Serialized forms are stable because they are stored in each
//! tenant's database and printed by `cray findings --format json`.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

/// Short name of a registered tenant, such as `contoso` or `demo`.
///
/// It names the tenant's store directory, so it is restricted to lowercase ASCII letters,
/// digits and hyphens, starts with a letter or digit, and is at most 32 characters long.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TenantName(String);

/// Error for a tenant short name that breaks the naming rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid tenant name {0:?}: use 1 to 32 lowercase letters, digits or hyphens, \
     starting with a letter or digit (for example \"contoso\")"
)]
pub struct InvalidTenantName(pub String);

impl TenantName {
    /// Validates and wraps a short name.
    ///
    /// # Errors
    /// Returns [`InvalidTenantName`] when the name breaks the naming rule.
    pub fn new(name: &str) -> Result<Self, InvalidTenantName> {
        let valid_chars = name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        let valid_start = name.bytes().next().is_some_and(|b| b != b'-');
        if valid_chars && valid_start && name.len() <= 32 {
            Ok(Self(name.to_owned()))
        } else {
            Err(InvalidTenantName(name.to_owned()))
        }
    }

    /// Returns the name as a string slice.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for TenantName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for TenantName {
    type Error = InvalidTenantName;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::new(&value)
    }
}

impl From<TenantName> for String {
    fn from(value: TenantName) -> Self {
        value.0
    }
}

impl FromStr for TenantName {
    type Err = InvalidTenantName;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::new(s)
    }
}

/// Identifier of one assessment (one collection run and its evaluation) of a tenant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AssessmentId(pub Uuid);

impl AssessmentId {
    /// Creates a new random id.
    #[must_use]
    pub fn new() -> Self {
        Self(Uuid::new_v4())
    }
}

impl Default for AssessmentId {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Display for AssessmentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Service a dataset is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// Microsoft Graph.
    Graph,
    /// Exchange Online through the admin API's InvokeCommand endpoint.
    Exchange,
}

/// One set of configuration objects that the collector reads and the checks consume.
///
/// The serialized name (`dataset key`) is the key of the dataset's objects in the rule
/// engine's input, for example `input.datasets.conditional_access_policies`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dataset {
    /// `GET /v1.0/organization`.
    Organization,
    /// `GET /v1.0/domains`.
    Domains,
    /// `GET /v1.0/subscribedSkus`.
    SubscribedSkus,
    /// `GET /v1.0/users`.
    Users,
    /// `GET /v1.0/groups`.
    Groups,
    /// `GET /v1.0/identity/conditionalAccess/policies`.
    ConditionalAccessPolicies,
    /// `GET /v1.0/roleManagement/directory/roleDefinitions`.
    RoleDefinitions,
    /// `GET /v1.0/roleManagement/directory/roleAssignments`.
    RoleAssignments,
    /// `GET /v1.0/roleManagement/directory/roleEligibilitySchedules`.
    RoleEligibilitySchedules,
    /// `GET /v1.0/policies/authorizationPolicy`.
    AuthorizationPolicy,
    /// `GET /v1.0/policies/identitySecurityDefaultsEnforcementPolicy`.
    SecurityDefaults,
    /// `GET /v1.0/policies/authenticationMethodsPolicy`.
    AuthenticationMethodsPolicy,
    /// Exchange `Get-OrganizationConfig`.
    ExoOrganizationConfig,
    /// Exchange `Get-RemoteDomain`.
    ExoRemoteDomains,
    /// Exchange `Get-HostedOutboundSpamFilterPolicy`.
    ExoOutboundSpamPolicies,
    /// Exchange `Get-HostedOutboundSpamFilterRule`.
    ExoOutboundSpamRules,
    /// `GET /v1.0/applications`.
    Applications,
    /// `GET /v1.0/servicePrincipals`.
    ServicePrincipals,
    /// `GET /v1.0/oauth2PermissionGrants`.
    Oauth2PermissionGrants,
    /// `GET /v1.0/identity/conditionalAccess/namedLocations`.
    NamedLocations,
    /// `GET /v1.0/policies/crossTenantAccessPolicy/default`.
    CrossTenantAccessDefault,
    /// `GET /v1.0/policies/crossTenantAccessPolicy/partners`.
    CrossTenantAccessPartners,
    /// `GET /v1.0/identityGovernance/accessReviews/definitions`.
    AccessReviewDefinitions,
    /// `GET /v1.0/identityGovernance/termsOfUse/agreements`.
    TermsOfUseAgreements,
    /// `GET /v1.0/policies/roleManagementPolicies` for directory roles, rules expanded.
    RoleManagementPolicies,
    /// `GET /v1.0/policies/roleManagementPolicyAssignments` for directory roles.
    RoleManagementPolicyAssignments,
    /// `GET /v1.0/reports/authenticationMethods/userRegistrationDetails`.
    UserRegistrationDetails,
    /// `GET /v1.0/groupSettings`, the tenant-wide directory settings.
    DirectorySettings,
    /// `GET /v1.0/policies/adminConsentRequestPolicy`.
    AdminConsentRequestPolicy,
    /// `GET /v1.0/groups/{id}/members` for every group; each object carries `parentId`.
    GroupMembers,
    /// `GET /v1.0/groups/{id}/owners` for every group; each object carries `parentId`.
    GroupOwners,
    /// `GET /v1.0/applications/{id}/owners` for every application; each object carries `parentId`.
    ApplicationOwners,
    /// `GET /v1.0/servicePrincipals/{id}/owners` for every service principal; each object carries `parentId`.
    ServicePrincipalOwners,
    /// `GET /v1.0/servicePrincipals/{id}/appRoleAssignments` for every service principal; each object carries `parentId`.
    ServicePrincipalAppRoleAssignments,
    /// Exchange `Get-AcceptedDomain`.
    ExoAcceptedDomains,
    /// Exchange `Get-AdminAuditLogConfig`.
    ExoAdminAuditLogConfig,
    /// Exchange `Get-AtpPolicyForO365`.
    ExoAtpPolicy,
    /// Exchange `Get-DkimSigningConfig`.
    ExoDkimSigningConfig,
    /// Exchange `Get-Mailbox`.
    ExoMailboxes,
    /// Exchange `Get-SafeLinksPolicy`.
    ExoSafeLinksPolicies,
    /// Exchange `Get-SafeAttachmentPolicy`.
    ExoSafeAttachmentPolicies,
    /// Exchange `Get-SharingPolicy`.
    ExoSharingPolicies,
    /// Exchange `Get-TransportRule`.
    ExoTransportRules,
    /// Exchange `Get-MalwareFilterPolicy`.
    ExoMalwareFilterPolicies,
    /// Exchange `Get-HostedContentFilterPolicy`.
    ExoContentFilterPolicies,
    /// Exchange `Get-AntiPhishPolicy`.
    ExoAntiPhishPolicies,
    /// Exchange `Get-OwaMailboxPolicy`.
    ExoOwaMailboxPolicies,
    /// Exchange `Get-TransportConfig`.
    ExoTransportConfig,
    /// Exchange `Get-ExternalInOutlook`.
    ExoExternalInOutlook,
    /// `GET /v1.0/policies/authenticationStrengthPolicies`.
    AuthenticationStrengthPolicies,
    /// `GET /beta/policies/deviceRegistrationPolicy`.
    DeviceRegistrationPolicy,
    /// `GET /v1.0/directory/onPremisesSynchronization`.
    OnPremisesSynchronization,
    /// `GET /v1.0/roleManagement/directory/roleAssignmentScheduleInstances`.
    RoleAssignmentScheduleInstances,
    /// Exchange `Get-MailboxAuditBypassAssociation`.
    ExoMailboxAuditBypass,
    /// Exchange `Get-RoleAssignmentPolicy`.
    ExoRoleAssignmentPolicies,
    /// Exchange `Get-HostedConnectionFilterPolicy`.
    ExoConnectionFilterPolicies,
    /// Exchange `Get-EOPProtectionPolicyRule`.
    ExoEopProtectionPolicyRules,
    /// Exchange `Get-ATPProtectionPolicyRule`.
    ExoAtpProtectionPolicyRules,
}

impl Dataset {
    /// Every dataset cray can read.
    pub const ALL: [Self; 58] = [
        Self::Organization,
        Self::Domains,
        Self::SubscribedSkus,
        Self::Users,
        Self::Groups,
        Self::ConditionalAccessPolicies,
        Self::RoleDefinitions,
        Self::RoleAssignments,
        Self::RoleEligibilitySchedules,
        Self::AuthorizationPolicy,
        Self::SecurityDefaults,
        Self::AuthenticationMethodsPolicy,
        Self::ExoOrganizationConfig,
        Self::ExoRemoteDomains,
        Self::ExoOutboundSpamPolicies,
        Self::ExoOutboundSpamRules,
        Self::Applications,
        Self::ServicePrincipals,
        Self::Oauth2PermissionGrants,
        Self::NamedLocations,
        Self::CrossTenantAccessDefault,
        Self::CrossTenantAccessPartners,
        Self::AccessReviewDefinitions,
        Self::TermsOfUseAgreements,
        Self::RoleManagementPolicies,
        Self::RoleManagementPolicyAssignments,
        Self::UserRegistrationDetails,
        Self::DirectorySettings,
        Self::AdminConsentRequestPolicy,
        Self::GroupMembers,
        Self::GroupOwners,
        Self::ApplicationOwners,
        Self::ServicePrincipalOwners,
        Self::ServicePrincipalAppRoleAssignments,
        Self::ExoAcceptedDomains,
        Self::ExoAdminAuditLogConfig,
        Self::ExoAtpPolicy,
        Self::ExoDkimSigningConfig,
        Self::ExoMailboxes,
        Self::ExoSafeLinksPolicies,
        Self::ExoSafeAttachmentPolicies,
        Self::ExoSharingPolicies,
        Self::ExoTransportRules,
        Self::ExoMalwareFilterPolicies,
        Self::ExoContentFilterPolicies,
        Self::ExoAntiPhishPolicies,
        Self::ExoOwaMailboxPolicies,
        Self::ExoTransportConfig,
        Self::ExoExternalInOutlook,
        Self::AuthenticationStrengthPolicies,
        Self::DeviceRegistrationPolicy,
        Self::OnPremisesSynchronization,
        Self::RoleAssignmentScheduleInstances,
        Self::ExoMailboxAuditBypass,
        Self::ExoRoleAssignmentPolicies,
        Self::ExoConnectionFilterPolicies,
        Self::ExoEopProtectionPolicyRules,
        Self::ExoAtpProtectionPolicyRules,
    ];

    /// Datasets a collection run reads by default, in collection order (Graph lists,
    /// then the per-object reads, then Exchange); a per-object dataset waits for its parent.
    pub const COLLECTED: [Self; 58] = [
        Self::Organization,
        Self::Domains,
        Self::SubscribedSkus,
        Self::Users,
        Self::Groups,
        Self::ConditionalAccessPolicies,
        Self::RoleDefinitions,
        Self::RoleAssignments,
        Self::RoleEligibilitySchedules,
        Self::AuthorizationPolicy,
        Self::SecurityDefaults,
        Self::AuthenticationMethodsPolicy,
        Self::Applications,
        Self::ServicePrincipals,
        Self::Oauth2PermissionGrants,
        Self::NamedLocations,
        Self::CrossTenantAccessDefault,
        Self::CrossTenantAccessPartners,
        Self::AccessReviewDefinitions,
        Self::TermsOfUseAgreements,
        Self::RoleManagementPolicies,
        Self::RoleManagementPolicyAssignments,
        Self::UserRegistrationDetails,
        Self::DirectorySettings,
        Self::AdminConsentRequestPolicy,
        Self::AuthenticationStrengthPolicies,
        Self::DeviceRegistrationPolicy,
        Self::OnPremisesSynchronization,
        Self::RoleAssignmentScheduleInstances,
        Self::GroupMembers,
        Self::GroupOwners,
        Self::ApplicationOwners,
        Self::ServicePrincipalOwners,
        Self::ServicePrincipalAppRoleAssignments,
        Self::ExoOrganizationConfig,
        Self::ExoRemoteDomains,
        Self::ExoOutboundSpamPolicies,
        Self::ExoOutboundSpamRules,
        Self::ExoAcceptedDomains,
        Self::ExoAdminAuditLogConfig,
        Self::ExoAtpPolicy,
        Self::ExoDkimSigningConfig,
        Self::ExoMailboxes,
        Self::ExoSafeLinksPolicies,
        Self::ExoSafeAttachmentPolicies,
        Self::ExoSharingPolicies,
        Self::ExoTransportRules,
        Self::ExoMalwareFilterPolicies,
        Self::ExoContentFilterPolicies,
        Self::ExoAntiPhishPolicies,
        Self::ExoOwaMailboxPolicies,
        Self::ExoTransportConfig,
        Self::ExoExternalInOutlook,
        Self::ExoMailboxAuditBypass,
        Self::ExoRoleAssignmentPolicies,
        Self::ExoConnectionFilterPolicies,
        Self::ExoEopProtectionPolicyRules,
        Self::ExoAtpProtectionPolicyRules,
    ];

    /// Returns the snake_case key used in storage, rule input and JSON output.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Organization => "organization",
            Self::Domains => "domains",
            Self::SubscribedSkus => "subscribed_skus",
            Self::Users => "users",
            Self::Groups => "groups",
            Self::ConditionalAccessPolicies => "conditional_access_policies",
            Self::RoleDefinitions => "role_definitions",
            Self::RoleAssignments => "role_assignments",
            Self::RoleEligibilitySchedules => "role_eligibility_schedules",
            Self::AuthorizationPolicy => "authorization_policy",
            Self::SecurityDefaults => "security_defaults",
            Self::AuthenticationMethodsPolicy => "authentication_methods_policy",
            Self::ExoOrganizationConfig => "exo_organization_config",
            Self::ExoRemoteDomains => "exo_remote_domains",
            Self::ExoOutboundSpamPolicies => "exo_outbound_spam_policies",
            Self::ExoOutboundSpamRules => "exo_outbound_spam_rules",
            Self::Applications => "applications",
            Self::ServicePrincipals => "service_principals",
            Self::Oauth2PermissionGrants => "oauth2_permission_grants",
            Self::NamedLocations => "named_locations",
            Self::CrossTenantAccessDefault => "cross_tenant_access_default",
            Self::CrossTenantAccessPartners => "cross_tenant_access_partners",
            Self::AccessReviewDefinitions => "access_review_definitions",
            Self::TermsOfUseAgreements => "terms_of_use_agreements",
            Self::RoleManagementPolicies => "role_management_policies",
            Self::RoleManagementPolicyAssignments => "role_management_policy_assignments",
            Self::UserRegistrationDetails => "user_registration_details",
            Self::DirectorySettings => "directory_settings",
            Self::AdminConsentRequestPolicy => "admin_consent_request_policy",
            Self::GroupMembers => "group_members",
            Self::GroupOwners => "group_owners",
            Self::ApplicationOwners => "application_owners",
            Self::ServicePrincipalOwners => "service_principal_owners",
            Self::ServicePrincipalAppRoleAssignments => "service_principal_app_role_assignments",
            Self::ExoAcceptedDomains => "exo_accepted_domains",
            Self::ExoAdminAuditLogConfig => "exo_admin_audit_log_config",
            Self::ExoAtpPolicy => "exo_atp_policy",
            Self::ExoDkimSigningConfig => "exo_dkim_signing_config",
            Self::ExoMailboxes => "exo_mailboxes",
            Self::ExoSafeLinksPolicies => "exo_safe_links_policies",
            Self::ExoSafeAttachmentPolicies => "exo_safe_attachment_policies",
            Self::ExoSharingPolicies => "exo_sharing_policies",
            Self::ExoTransportRules => "exo_transport_rules",
            Self::ExoMalwareFilterPolicies => "exo_malware_filter_policies",
            Self::ExoContentFilterPolicies => "exo_content_filter_policies",
            Self::ExoAntiPhishPolicies => "exo_anti_phish_policies",
            Self::ExoOwaMailboxPolicies => "exo_owa_mailbox_policies",
            Self::ExoTransportConfig => "exo_transport_config",
            Self::ExoExternalInOutlook => "exo_external_in_outlook",
            Self::AuthenticationStrengthPolicies => "authentication_strength_policies",
            Self::DeviceRegistrationPolicy => "device_registration_policy",
            Self::OnPremisesSynchronization => "on_premises_synchronization",
            Self::RoleAssignmentScheduleInstances => "role_assignment_schedule_instances",
            Self::ExoMailboxAuditBypass => "exo_mailbox_audit_bypass",
            Self::ExoRoleAssignmentPolicies => "exo_role_assignment_policies",
            Self::ExoConnectionFilterPolicies => "exo_connection_filter_policies",
            Self::ExoEopProtectionPolicyRules => "exo_eop_protection_policy_rules",
            Self::ExoAtpProtectionPolicyRules => "exo_atp_protection_policy_rules",
        }
    }

    /// Looks a dataset up by its key.
    #[must_use]
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.key() == key)
    }

    /// Returns the service the dataset is read from.
    #[must_use]
    pub fn source(self) -> Source {
        match self {
            Self::ExoOrganizationConfig
            | Self::ExoRemoteDomains
            | Self::ExoOutboundSpamPolicies
            | Self::ExoOutboundSpamRules
            | Self::ExoAcceptedDomains
            | Self::ExoAdminAuditLogConfig
            | Self::ExoAtpPolicy
            | Self::ExoDkimSigningConfig
            | Self::ExoMailboxes
            | Self::ExoSafeLinksPolicies
            | Self::ExoSafeAttachmentPolicies
            | Self::ExoSharingPolicies
            | Self::ExoTransportRules
            | Self::ExoMalwareFilterPolicies
            | Self::ExoContentFilterPolicies
            | Self::ExoAntiPhishPolicies
            | Self::ExoOwaMailboxPolicies
            | Self::ExoTransportConfig
            | Self::ExoExternalInOutlook
            | Self::ExoMailboxAuditBypass
            | Self::ExoRoleAssignmentPolicies
            | Self::ExoConnectionFilterPolicies
            | Self::ExoEopProtectionPolicyRules
            | Self::ExoAtpProtectionPolicyRules => Source::Exchange,
            _ => Source::Graph,
        }
    }
}

impl fmt::Display for Dataset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// Cause of a dataset that could not be collected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NotCollected {
    /// The service rejected the read with 401 or 403; `permission` names what to grant.
    MissingPermission {
        /// Permission or role that would allow the read, for example `Policy.Read.All`.
        permission: String,
    },
    /// The tenant lacks the licence the endpoint needs, for example Entra ID P1.
    NotLicensed {
        /// Licence name as shown to the consultant.
        licence: String,
    },
    /// Retries ran out while the service kept throttling.
    Throttled,
    /// Any other failure, with the service's message.
    Failed {
        /// Error text without secrets.
        message: String,
    },
    /// The run was cancelled before the dataset was read.
    Cancelled,
}

/// State of one dataset inside one assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum DatasetState {
    /// Every page was read.
    Complete,
    /// The dataset is missing or partial; checks that need it are not assessable.
    NotCollected(NotCollected),
}

/// The raw objects of one dataset as Microsoft returned them, with their collection state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DatasetRecord {
    /// The dataset.
    pub dataset: Dataset,
    /// Whether the objects are complete.
    pub state: DatasetState,
    /// Objects in the order the service returned them; a singleton resource is one object.
    pub objects: Vec<serde_json::Value>,
    /// Number of HTTP pages read.
    pub pages: u32,
    /// When collection of this dataset ended.
    #[serde(with = "time::serde::rfc3339")]
    pub collected_at: OffsetDateTime,
}

impl DatasetRecord {
    /// Returns true when every page was read.
    #[must_use]
    pub fn is_complete(&self) -> bool {
        matches!(self.state, DatasetState::Complete)
    }
}

/// Lifecycle of an assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssessmentState {
    /// Collection is running.
    Collecting,
    /// Collection stopped before its end (cancelled, or the process was killed); `cray collect
    /// TENANT --resume` continues it after the last stored page.
    Interrupted,
    /// Collection ended and checks were evaluated.
    Evaluated,
    /// Collection failed before any check could run.
    Failed,
}

/// One assessment of one tenant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// Its id.
    pub id: AssessmentId,
    /// Tenant it belongs to.
    pub tenant: TenantName,
    /// When collection started.
    #[serde(with = "time::serde::rfc3339")]
    pub started_at: OffsetDateTime,
    /// When evaluation finished, if it did.
    #[serde(with = "time::serde::rfc3339::option", default)]
    pub finished_at: Option<OffsetDateTime>,
    /// Lifecycle state.
    pub state: AssessmentState,
    /// Error text when `state` is `Failed`.
    #[serde(default)]
    pub error: Option<String>,
}

/// Severity of a check's finding, from least to most severe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Informational.
    Info,
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High.
    High,
    /// Critical.
    Critical,
}

impl Severity {
    /// Every severity, most severe first.
    pub const DESCENDING: [Self; 5] = [
        Self::Critical,
        Self::High,
        Self::Medium,
        Self::Low,
        Self::Info,
    ];

    /// Returns the snake_case key used in JSON and in message ids (`severity-high`).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Critical => "critical",
        }
    }
}

/// Size class of a remediation: S up to a day, M up to a week, L more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EffortClass {
    /// Small: up to one working day.
    S,
    /// Medium: up to one working week.
    M,
    /// Large: more than a week.
    L,
}

/// Estimated remediation effort.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Effort {
    /// Size class.
    pub class: EffortClass,
    /// Estimated working hours.
    pub hours: f32,
}

/// Outcome of one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The configuration meets the check.
    Pass,
    /// The configuration misses the check.
    Fail,
    /// The check could not be evaluated, and the result's `reason` gives the cause: data
    /// that is missing, incomplete, throttled or denied, or an unknown licence inventory.
    NotAssessable,
    /// The tenant's subscribed SKUs hold no enabled service plan of the licence the check
    /// needs; the result's `reason` names the licence.
    NotLicensed,
    /// The check's subject does not exist in the tenant (for example Exchange settings in a
    /// tenant without Exchange Online); the detail says why.
    NotApplicable,
    /// The rule failed to evaluate; the result's `reason` contains the engine's message.
    Error,
}

impl Status {
    /// Returns the snake_case key used in JSON and message ids.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Pass => "pass",
            Self::Fail => "fail",
            Self::NotAssessable => "not_assessable",
            Self::NotLicensed => "not_licensed",
            Self::NotApplicable => "not_applicable",
            Self::Error => "error",
        }
    }

    /// Returns true for pass and fail, the statuses that say something about the tenant's
    /// configuration; every other status says why no verdict was reached.
    #[must_use]
    pub fn is_verdict(self) -> bool {
        matches!(self, Self::Pass | Self::Fail)
    }
}

impl Status {
    /// Every status, in the order reports list them.
    pub const ALL: [Self; 6] = [
        Self::Fail,
        Self::Error,
        Self::NotAssessable,
        Self::NotLicensed,
        Self::NotApplicable,
        Self::Pass,
    ];
}

/// Cause of a check that is not assessable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NotAssessableReason {
    /// A dataset the check needs was denied.
    MissingPermission {
        /// The dataset.
        dataset: Dataset,
        /// Permission or role to grant.
        permission: String,
    },
    /// The tenant lacks the licence the check or its data needs.
    NotLicensed {
        /// Licence name.
        licence: String,
    },
    /// A dataset the check needs is missing or incomplete for another reason.
    NotCollected {
        /// The dataset.
        dataset: Dataset,
        /// Cause.
        cause: NotCollected,
    },
    /// The rule itself failed; the text is the engine's message.
    RuleError {
        /// Engine message.
        message: String,
    },
}

/// A localizable text written by a check rule: a fluent message id and its arguments.
///
/// Ids start with `evidence-` and are defined in `locales/<lang>/evidence.ftl`. Values from
/// the tenant, such as policy names, travel in `args`, never in the id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// Fluent message id, for example `evidence-cray-entra-001-no-policy`.
    pub id: String,
    /// Arguments of the message by name; numbers are passed as their decimal digits.
    #[serde(default)]
    pub args: BTreeMap<String, String>,
    /// Further messages rendered after this one, each separated by a space: the sentences
    /// of a list of shortfalls, or notes that follow the main sentence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub appended: Vec<Message>,
}

/// One object that makes a check fail, with the reason it counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AffectedObject {
    /// Object id in the tenant (a GUID for directory objects, an identity for Exchange).
    pub id: String,
    /// Display name as the tenant stores it (untrusted text).
    pub display_name: String,
    /// Reason this object counts, in English (rendered from `reason_message` when the rule
    /// wrote one).
    pub reason: String,
    /// Reason this object counts, as a localizable message; `None` for results stored before
    /// rules wrote messages, and for rules that write plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_message: Option<Message>,
}

/// Stable identifier of a check, such as `CRAY-ENTRA-001`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CheckId(pub String);

impl fmt::Display for CheckId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Result of evaluating one check against one assessment's datasets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckResult {
    /// Which check.
    pub check_id: CheckId,
    /// Outcome.
    pub status: Status,
    /// Set when `status` is `NotAssessable`, `NotLicensed` (the licence) or `Error` (the
    /// engine's message).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<NotAssessableReason>,
    /// The failing condition in English words (rendered from `detail_message` when the rule
    /// wrote one); empty on pass unless the rule adds a note.
    #[serde(default)]
    pub detail: String,
    /// The failing condition as a localizable message; `None` when there is none, for
    /// results stored before rules wrote messages, and for rules that write plain text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail_message: Option<Message>,
    /// Objects that make the check fail.
    #[serde(default)]
    pub affected: Vec<AffectedObject>,
}

/// A consultant's decision on a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum TriageStatus {
    /// Not decided, or reopened.
    #[default]
    Open,
    /// The customer accepts the risk.
    AcceptedRisk,
    /// The finding does not apply to this tenant.
    FalsePositive,
    /// The customer reports it fixed; an assessment started later that still fails reopens it.
    Resolved,
}

impl TriageStatus {
    /// Returns the snake_case key used in JSON and message ids.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::AcceptedRisk => "accepted_risk",
            Self::FalsePositive => "false_positive",
            Self::Resolved => "resolved",
        }
    }
}

/// Triage decision for one check of one tenant; it carries into later assessments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TriageDecision {
    /// Which check.
    pub check_id: CheckId,
    /// Decision.
    pub status: TriageStatus,
    /// Consultant's note or reason.
    #[serde(default)]
    pub note: String,
    /// When the decision was made.
    #[serde(with = "time::serde::rfc3339")]
    pub decided_at: OffsetDateTime,
    /// Last day on which an accepted risk or false positive holds; `None` means no expiry.
    /// Stored as an ISO 8601 date (`2026-12-04`); records written before the field existed
    /// read as `None`.
    #[serde(default, with = "iso_date::option")]
    pub expires_on: Option<time::Date>,
}

mod triage;

pub use triage::{
    AppliedOverride, FindingAnnotations, FindingNote, ObjectException, ReopenCause,
    SeverityOverride, TriageError, parse_date, require_reason,
};

// Serde format of calendar dates: ISO 8601 `[year]-[month]-[day]`.
time::serde::format_description!(iso_date, Date, "[year]-[month]-[day]");

/// A check result joined with its check's metadata and the tenant's triage decision: what the
/// TUI lists and the report prints. Texts are looked up by `check_id` in the chosen locale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Which check.
    pub check_id: CheckId,
    /// Topic key, for example `conditional_access` (message id `topic-conditional_access`).
    pub topic: String,
    /// Severity, after any override.
    pub severity: Severity,
    /// Likelihood on a scale of 1 to 5.
    pub likelihood: u8,
    /// Impact on a scale of 1 to 5.
    pub impact: u8,
    /// Remediation effort.
    pub effort: Effort,
    /// References such as `cis-m365-v7:5.2.2.3` or `scuba:MS.AAD.3.1v1`.
    pub refs: Vec<String>,
    /// Outcome of the check.
    pub status: Status,
    /// Cause when the check is not assessable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<NotAssessableReason>,
    /// The failing condition in English words.
    #[serde(default)]
    pub detail: String,
    /// The failing condition as a localizable message, when the rule wrote one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail_message: Option<Message>,
    /// Objects that make the check fail.
    pub affected: Vec<AffectedObject>,
    /// The consultant's decision; `Open` when none was made.
    pub triage: TriageStatus,
    /// The note given with the decision.
    #[serde(default)]
    pub triage_note: String,
    /// Expiry, reopening, object exceptions, severity override and free note.
    #[serde(flatten, default)]
    pub annotations: FindingAnnotations,
}

impl Finding {
    /// Returns the risk score: likelihood times impact, from 1 to 25.
    #[must_use]
    pub fn risk(&self) -> u8 {
        self.likelihood.saturating_mul(self.impact)
    }

    /// Returns the exception of the affected object `object_id`, if it was excepted.
    #[must_use]
    pub fn exception(&self, object_id: &str) -> Option<&ObjectException> {
        self.annotations
            .excepted
            .iter()
            .find(|e| e.object_id == object_id)
    }

    /// Returns true when the check has affected objects and every one of them is excepted.
    #[must_use]
    pub fn is_fully_excepted(&self) -> bool {
        !self.affected.is_empty()
            && self
                .affected
                .iter()
                .all(|o| self.exception(&o.id).is_some())
    }
}

/// Progress of one collection run, sent on a channel from the collector to its watchers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum CollectEvent {
    /// The run signed in and is about to read these datasets.
    Started {
        /// Datasets in the order they will be read.
        datasets: Vec<Dataset>,
    },
    /// Reading of a dataset began.
    DatasetStarted {
        /// The dataset.
        dataset: Dataset,
    },
    /// One more page of a dataset was read.
    PageRead {
        /// The dataset.
        dataset: Dataset,
        /// Pages read so far.
        pages: u32,
        /// Objects read so far.
        objects: u64,
    },
    /// A page of a dataset was stored; the counters are the dataset's totals so far.
    Progress {
        /// The dataset.
        dataset: Dataset,
        /// Its counters.
        progress: DatasetProgress,
    },
    /// The service throttled a request; the collector waits before it retries.
    Throttled {
        /// The dataset.
        dataset: Dataset,
        /// Wait in milliseconds.
        wait_ms: u64,
    },
    /// A dataset was read completely and stored.
    DatasetFinished {
        /// The dataset.
        dataset: Dataset,
        /// Objects read.
        objects: u64,
    },
    /// A dataset could not be read; the run goes on with the others.
    DatasetNotCollected {
        /// The dataset.
        dataset: Dataset,
        /// Why.
        cause: NotCollected,
    },
    /// The permission preflight after sign-in found datasets the tokens do not allow; each
    /// comes with the permission or role to grant. Their reads follow and will fail.
    PermissionsMissing {
        /// Datasets and the permission each needs.
        missing: Vec<(Dataset, String)>,
    },
    /// Every dataset was handled.
    Finished,
    /// The run stopped early, for example because sign-in failed.
    Failed {
        /// Error text without secrets.
        message: String,
    },
}

/// Counters of one dataset during a collection run, reported after every stored page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DatasetProgress {
    /// Pages stored.
    pub pages: u32,
    /// Objects stored.
    pub objects: u64,
    /// Objects expected in all, when known: `@odata.count` of a list, or the number of
    /// parent objects of a dataset read per parent (compare with `parents_done`).
    pub expected: Option<u64>,
    /// For a dataset read per parent object: parents done so far.
    #[serde(default)]
    pub parents_done: u64,
    /// Time spent waiting because the service throttled, in milliseconds.
    pub throttled_ms: u64,
    /// Requests sent again after a failure.
    pub retries: u32,
    /// Failed attempts: throttling, server errors, timeouts and resets.
    pub errors: u32,
}

/// One tenant as the tenants screen lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TenantSummary {
    /// Short name.
    pub name: TenantName,
    /// Customer name.
    pub display_name: String,
    /// Entra tenant id.
    pub tenant_id: String,
    /// Whether this is the built-in demo tenant.
    pub is_demo: bool,
    /// When the newest evaluated assessment started, if there is one.
    #[serde(with = "time::serde::rfc3339::option", default)]
    pub last_assessed: Option<OffsetDateTime>,
    /// Failed checks of the newest assessment that are still open, per severity, in the
    /// order of [`Severity::DESCENDING`].
    pub open_by_severity: [u32; 5],
    /// Checks that passed in the newest assessment.
    pub passed: u32,
    /// Checks that could not be assessed in the newest assessment.
    pub not_assessable: u32,
    /// Overall score of the newest evaluated assessment from 0 to 100, as the report prints
    /// it; `None` without an assessment or without any assessed check.
    #[serde(default)]
    pub score: Option<u8>,
    /// State of the newest assessment of any state, such as an interrupted one that can be
    /// resumed; `None` when the tenant was never collected.
    #[serde(default)]
    pub latest_state: Option<AssessmentState>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenant_name_accepts_lowercase_digits_hyphen() {
        assert!(TenantName::new("contoso-2").is_ok());
        assert!(TenantName::new("demo").is_ok());
    }

    #[test]
    fn tenant_name_rejects_bad_forms() {
        for bad in ["", "-x", "Contoso", "a/b", "a b", "..", &"x".repeat(33)] {
            assert!(TenantName::new(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn dataset_keys_round_trip() {
        for dataset in Dataset::ALL {
            assert_eq!(Dataset::from_key(dataset.key()), Some(dataset));
            let json = serde_json::to_string(&dataset).unwrap();
            assert_eq!(json, format!("\"{}\"", dataset.key()));
        }
    }
}
