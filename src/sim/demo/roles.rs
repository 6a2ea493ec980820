//! Directory roles of the demo tenant: built-in role definitions, active assignments and
//! eligibility schedules (Privileged Identity Management).

use serde_json::{Value, json};

use super::{APP_SERVICE_PRINCIPAL_ID, ObjectKind, group_id, object_id, user_id};
use crate::sim::wire::base64url;

/// Template id of Global Administrator.
pub const GLOBAL_ADMINISTRATOR: &str = "62e90394-69f5-4237-9190-012177145e10";
/// Template id of Privileged Role Administrator.
pub const PRIVILEGED_ROLE_ADMINISTRATOR: &str = "e8611ab8-c189-46e8-94e1-60213ab1f814";
/// Template id of Security Administrator.
pub const SECURITY_ADMINISTRATOR: &str = "194ae4cb-b126-40b2-bd5b-6091b380977d";
/// Template id of Exchange Administrator.
pub const EXCHANGE_ADMINISTRATOR: &str = "29232cdf-9323-42fd-ade2-1d097af3e4de";
/// Template id of User Administrator.
pub const USER_ADMINISTRATOR: &str = "fe930be7-5e62-47db-91af-98c3a49a38b1";
/// Template id of Global Reader.
pub const GLOBAL_READER: &str = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";

/// Id of the directory-wide permission set that built-in roles inherit from.
const DEFAULT_USER_PERMISSIONS: &str = "88d8e3e3-8f55-4a1e-953a-9b9898b8876b";

/// Built-in roles the demo uses: (template id, name, description, sample actions).
const BUILT_IN_ROLES: [(&str, &str, &str, &[&str]); 6] = [
    (
        GLOBAL_ADMINISTRATOR,
        "Global Administrator",
        "Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft \
         Entra identities.",
        &[
            "microsoft.directory/applications/allProperties/allTasks",
            "microsoft.directory/roleAssignments/allProperties/allTasks",
        ],
    ),
    (
        PRIVILEGED_ROLE_ADMINISTRATOR,
        "Privileged Role Administrator",
        "Can manage role assignments in Microsoft Entra ID, and all aspects of Privileged \
         Identity Management.",
        &["microsoft.directory/roleAssignments/allProperties/allTasks"],
    ),
    (
        SECURITY_ADMINISTRATOR,
        "Security Administrator",
        "Can read security information and reports, and manage configuration in Microsoft \
         Entra ID and Office 365.",
        &["microsoft.directory/conditionalAccessPolicies/create"],
    ),
    (
        EXCHANGE_ADMINISTRATOR,
        "Exchange Administrator",
        "Can manage all aspects of the Exchange product.",
        &["microsoft.office365.exchange/allEntities/basic/allTasks"],
    ),
    (
        USER_ADMINISTRATOR,
        "User Administrator",
        "Can manage all aspects of users and groups, including resetting passwords for limited \
         admins.",
        &["microsoft.directory/users/create"],
    ),
    (
        GLOBAL_READER,
        "Global Reader",
        "Can read everything that a Global Administrator can, but not update anything.",
        &["microsoft.directory/users/allProperties/read"],
    ),
];

/// A role holder: a user by UPN prefix, a group by name, or cray's own service principal.
enum Principal {
    User(&'static str),
    Group(&'static str),
    App,
}

impl Principal {
    fn id(&self) -> String {
        match self {
            Self::User(local) => user_id(local),
            Self::Group(name) => group_id(name),
            Self::App => APP_SERVICE_PRINCIPAL_ID.to_owned(),
        }
    }
}

/// Active (permanent) role assignments: exactly two Global Administrators.
const ASSIGNMENTS: [(&str, Principal); 12] = [
    (GLOBAL_ADMINISTRATOR, Principal::User("adele.vance")),
    (GLOBAL_ADMINISTRATOR, Principal::User("ea01")),
    (
        PRIVILEGED_ROLE_ADMINISTRATOR,
        Principal::User("megan.bowen"),
    ),
    (SECURITY_ADMINISTRATOR, Principal::User("soeren.kjaergaard")),
    (SECURITY_ADMINISTRATOR, Principal::User("chloe.lefevre")),
    (
        EXCHANGE_ADMINISTRATOR,
        Principal::Group("PIM-Exchange-Admins"),
    ),
    (EXCHANGE_ADMINISTRATOR, Principal::User("alex.wilber")),
    (USER_ADMINISTRATOR, Principal::User("lee.gu")),
    (USER_ADMINISTRATOR, Principal::User("lidia.holloway")),
    (GLOBAL_READER, Principal::User("zoe.uenal")),
    (GLOBAL_READER, Principal::User("nestor.wilke")),
    (GLOBAL_READER, Principal::App),
];

/// Eligible role holders: (role, principal, start, end or `None` for no expiration).
const ELIGIBILITIES: [(&str, Principal, &str, Option<&str>); 3] = [
    (
        GLOBAL_ADMINISTRATOR,
        Principal::User("juergen.weiss"),
        "2025-04-12T14:44:50Z",
        Some("2026-04-12T00:00:00Z"),
    ),
    (
        SECURITY_ADMINISTRATOR,
        Principal::User("patti.fernandez"),
        "2024-11-02T09:10:00Z",
        None,
    ),
    (
        EXCHANGE_ADMINISTRATOR,
        Principal::User("pradeep.gupta"),
        "2025-01-15T12:00:00Z",
        None,
    ),
];

/// The roleDefinitions collection.
pub fn role_definitions() -> Value {
    let definitions = BUILT_IN_ROLES
        .iter()
        .map(|(id, name, description, actions)| {
            json!({
                "id": id,
                "description": description,
                "displayName": name,
                "isBuiltIn": true,
                "isEnabled": true,
                "resourceScopes": ["/"],
                "templateId": id,
                "version": "1",
                "rolePermissions": [{"allowedResourceActions": actions, "condition": null}],
                "inheritsPermissionsFrom": [{"id": DEFAULT_USER_PERMISSIONS}],
            })
        });
    Value::Array(definitions.collect())
}

/// The roleAssignments collection.
pub fn role_assignments() -> Value {
    let assignments = ASSIGNMENTS.iter().map(|(role, principal)| {
        let principal_id = principal.id();
        json!({
            "id": assignment_id(role, &principal_id),
            "principalId": principal_id,
            "directoryScopeId": "/",
            "roleDefinitionId": role,
        })
    });
    Value::Array(assignments.collect())
}

/// Builds an assignment id as Entra ID does: base64url of both GUIDs, then `-1`.
fn assignment_id(role: &str, principal: &str) -> String {
    let mut bytes = Vec::with_capacity(32);
    for id in [role, principal] {
        let guid = uuid::Uuid::parse_str(id).unwrap_or_default();
        bytes.extend_from_slice(&guid.to_bytes_le());
    }
    format!("{}-1", base64url(&bytes))
}

/// The roleEligibilitySchedules collection.
pub fn role_eligibility_schedules() -> Value {
    let schedules = ELIGIBILITIES.iter().map(|(role, principal, start, end)| {
        let principal_id = principal.id();
        let id = object_id(
            ObjectKind::Policy,
            &format!("eligibility:{role}:{principal_id}"),
        );
        let expiration = match end {
            Some(end) => json!({"type": "afterDateTime", "endDateTime": end, "duration": null}),
            None => json!({"type": "noExpiration", "endDateTime": null, "duration": null}),
        };
        json!({
            "id": id,
            "principalId": principal_id,
            "roleDefinitionId": role,
            "directoryScopeId": "/",
            "appScopeId": null,
            "createdUsing": id,
            "createdDateTime": start,
            "modifiedDateTime": null,
            "status": "Provisioned",
            "memberType": "Direct",
            "scheduleInfo": {"startDateTime": start, "recurrence": null, "expiration": expiration},
        })
    });
    Value::Array(schedules.collect())
}

/// PIM settings of one directory role, as far as the demo varies them.
struct RoleSettings {
    role: &'static str,
    /// Longest activation, as an ISO 8601 duration.
    activation: &'static str,
    /// Rules an activation must satisfy, such as `MultiFactorAuthentication`.
    activation_rules: &'static [&'static str],
    approval: bool,
    /// Whether eligible assignments must end.
    eligibility_expires: bool,
}

/// PIM settings per built-in role: Global and Privileged Role Administrator need approval and
/// MFA, Exchange Administrator activates for ten hours without MFA, and eligibility never
/// expires for Security Administrator.
const ROLE_SETTINGS: [RoleSettings; 6] = [
    RoleSettings {
        role: GLOBAL_ADMINISTRATOR,
        activation: "PT4H",
        activation_rules: &["MultiFactorAuthentication", "Justification"],
        approval: true,
        eligibility_expires: true,
    },
    RoleSettings {
        role: PRIVILEGED_ROLE_ADMINISTRATOR,
        activation: "PT4H",
        activation_rules: &["MultiFactorAuthentication", "Justification"],
        approval: true,
        eligibility_expires: true,
    },
    RoleSettings {
        role: SECURITY_ADMINISTRATOR,
        activation: "PT8H",
        activation_rules: &["MultiFactorAuthentication", "Justification"],
        approval: false,
        eligibility_expires: false,
    },
    RoleSettings {
        role: EXCHANGE_ADMINISTRATOR,
        activation: "PT10H",
        activation_rules: &["Justification"],
        approval: false,
        eligibility_expires: true,
    },
    RoleSettings {
        role: USER_ADMINISTRATOR,
        activation: "PT8H",
        activation_rules: &["MultiFactorAuthentication", "Justification"],
        approval: false,
        eligibility_expires: true,
    },
    RoleSettings {
        role: GLOBAL_READER,
        activation: "PT8H",
        activation_rules: &["MultiFactorAuthentication"],
        approval: false,
        eligibility_expires: true,
    },
];

/// Returns the id of the PIM policy of a role: `DirectoryRole_{tenant}_{guid}`.
fn role_policy_id(role: &str) -> String {
    let guid = object_id(ObjectKind::Policy, &format!("role-policy:{role}"));
    format!("DirectoryRole_{}_{guid}", crate::sim::DEMO_TENANT_ID)
}

/// Builds the rule target for a caller and level.
fn rule_target(caller: &str, level: &str) -> Value {
    json!({
        "caller": caller,
        "operations": ["all"],
        "level": level,
        "inheritableSettings": [],
        "enforcedSettings": [],
    })
}

/// Builds one PIM rule of type `kind` with its id, target and type-specific settings.
fn role_rule(kind: &str, id: &str, caller: &str, level: &str, settings: Value) -> Value {
    let mut rule = json!({
        "@odata.type": format!("#microsoft.graph.unifiedRoleManagementPolicy{kind}Rule"),
        "id": id,
    });
    if let (Value::Object(rule), Value::Object(settings)) = (&mut rule, settings) {
        rule.extend(settings);
        rule.insert("target".into(), rule_target(caller, level));
    }
    rule
}

/// Builds the three notification rules of one caller and level.
fn notification_rules(caller: &str, level: &str) -> Vec<Value> {
    ["Admin", "Requestor", "Approver"]
        .iter()
        .map(|recipient| {
            role_rule(
                "Notification",
                &format!("Notification_{recipient}_{caller}_{level}"),
                caller,
                level,
                json!({
                    "notificationType": "Email",
                    "recipientType": recipient,
                    "notificationLevel": "All",
                    "isDefaultRecipientsEnabled": true,
                    "notificationRecipients": [],
                }),
            )
        })
        .collect()
}

/// Builds the 17 rules of a role's PIM policy, in Graph's order.
fn role_rules(settings: &RoleSettings) -> Vec<Value> {
    let approvers: Vec<Value> = if settings.approval {
        vec![json!({
            "@odata.type": "#microsoft.graph.singleUser",
            "userId": user_id("megan.bowen"),
            "description": "Megan Bowen",
        })]
    } else {
        Vec::new()
    };
    let mut rules = vec![
        role_rule(
            "Expiration",
            "Expiration_Admin_Eligibility",
            "Admin",
            "Eligibility",
            json!({
                "isExpirationRequired": settings.eligibility_expires,
                "maximumDuration": "P365D",
            }),
        ),
        role_rule(
            "Enablement",
            "Enablement_Admin_Eligibility",
            "Admin",
            "Eligibility",
            json!({"enabledRules": []}),
        ),
    ];
    rules.extend(notification_rules("Admin", "Eligibility"));
    rules.push(role_rule(
        "Expiration",
        "Expiration_Admin_Assignment",
        "Admin",
        "Assignment",
        json!({"isExpirationRequired": true, "maximumDuration": "P180D"}),
    ));
    rules.push(role_rule(
        "Enablement",
        "Enablement_Admin_Assignment",
        "Admin",
        "Assignment",
        json!({"enabledRules": ["Justification", "MultiFactorAuthentication"]}),
    ));
    rules.extend(notification_rules("Admin", "Assignment"));
    rules.push(role_rule(
        "Expiration",
        "Expiration_EndUser_Assignment",
        "EndUser",
        "Assignment",
        json!({"isExpirationRequired": true, "maximumDuration": settings.activation}),
    ));
    rules.push(role_rule(
        "Enablement",
        "Enablement_EndUser_Assignment",
        "EndUser",
        "Assignment",
        json!({"enabledRules": settings.activation_rules}),
    ));
    rules.push(role_rule(
        "Approval",
        "Approval_EndUser_Assignment",
        "EndUser",
        "Assignment",
        json!({"setting": {
            "isApprovalRequired": settings.approval,
            "isApprovalRequiredForExtension": false,
            "isRequestorJustificationRequired": true,
            "approvalMode": "SingleStage",
            "approvalStages": [{
                "approvalStageTimeOutInDays": 1,
                "isApproverJustificationRequired": true,
                "escalationTimeInMinutes": 0,
                "isEscalationEnabled": false,
                "primaryApprovers": approvers,
                "escalationApprovers": [],
            }],
        }}),
    ));
    rules.push(role_rule(
        "AuthenticationContext",
        "AuthenticationContext_EndUser_Assignment",
        "EndUser",
        "Assignment",
        json!({"isEnabled": false, "claimValue": null}),
    ));
    rules.extend(notification_rules("EndUser", "Assignment"));
    rules
}

/// The roleManagementPolicies collection for directory roles, rules included; the route
/// removes them unless the request expands them.
pub fn role_management_policies() -> Value {
    let policies = ROLE_SETTINGS.iter().map(|settings| {
        json!({
            "id": role_policy_id(settings.role),
            "displayName": "DirectoryRole",
            "description": "DirectoryRole",
            "isOrganizationDefault": false,
            "scopeId": "/",
            "scopeType": "DirectoryRole",
            "lastModifiedDateTime": "2025-03-02T10:11:12.123Z",
            "lastModifiedBy": {"displayName": "Megan Bowen", "id": null},
            "rules": role_rules(settings),
        })
    });
    Value::Array(policies.collect())
}

/// The roleManagementPolicyAssignments collection: which policy applies to which role.
pub fn role_management_policy_assignments() -> Value {
    let assignments = ROLE_SETTINGS.iter().map(|settings| {
        let policy = role_policy_id(settings.role);
        json!({
            "id": format!("{policy}_{}", settings.role),
            "policyId": policy,
            "scopeId": "/",
            "scopeType": "DirectoryRole",
            "roleDefinitionId": settings.role,
        })
    });
    Value::Array(assignments.collect())
}

/// The roleAssignmentScheduleInstances collection: every permanent assignment, plus the
/// Exchange Administrator role that Pradeep Gupta has activated for the day.
pub fn role_assignment_schedule_instances() -> Value {
    let mut instances: Vec<Value> = ASSIGNMENTS
        .iter()
        .map(|(role, principal)| {
            let principal_id = principal.id();
            let origin = assignment_id(role, &principal_id);
            schedule_instance(
                role,
                &principal_id,
                &origin,
                "Assigned",
                "2024-01-08T09:30:00Z",
                None,
            )
        })
        .collect();
    let pradeep = user_id("pradeep.gupta");
    let activation = object_id(
        ObjectKind::Policy,
        &format!("activation:{EXCHANGE_ADMINISTRATOR}:{pradeep}"),
    );
    instances.push(schedule_instance(
        EXCHANGE_ADMINISTRATOR,
        &pradeep,
        &activation,
        "Activated",
        "2025-11-20T07:55:00Z",
        Some("2025-11-20T15:55:00Z"),
    ));
    Value::Array(instances)
}

/// Builds one active role assignment instance.
fn schedule_instance(
    role: &str,
    principal: &str,
    origin: &str,
    assignment_type: &str,
    start: &str,
    end: Option<&str>,
) -> Value {
    let id = object_id(ObjectKind::Policy, &format!("instance:{origin}"));
    json!({
        "id": id,
        "principalId": principal,
        "roleDefinitionId": role,
        "directoryScopeId": "/",
        "appScopeId": null,
        "startDateTime": start,
        "endDateTime": end,
        "assignmentType": assignment_type,
        "memberType": "Direct",
        "roleAssignmentOriginId": origin,
        "roleAssignmentScheduleId": origin,
    })
}

/// Returns the ids of every principal with an active or eligible directory role.
pub fn admin_ids() -> Vec<String> {
    ASSIGNMENTS
        .iter()
        .map(|(_, principal)| principal.id())
        .chain(
            ELIGIBILITIES
                .iter()
                .map(|(_, principal, _, _)| principal.id()),
        )
        .collect()
}
