//! Applications of the demo tenant: app registrations, service principals, delegated grants,
//! owners and application permissions.
//!
//! The mix serves the checks. An internal app has an expired secret and the Graph app role
//! `RoleManagement.ReadWrite.Directory`, and a multi-tenant app has no owners. An old app has a
//! secret that lasts until 2299 and the implicit grant on. A third-party app has tenant-wide
//! consent to read and write all mail, and cray's own app reads only.

use serde_json::{Map, Value, json};

use super::{APP_SERVICE_PRINCIPAL_ID, DEFAULT_DOMAIN, ObjectKind, object_id, user_id};
use crate::sim::{DEMO_CLIENT_ID, DEMO_TENANT_ID};

/// Application id of Microsoft Graph.
const GRAPH_APP_ID: &str = "00000003-0000-0000-c000-000000000000";
/// Application id of Office 365 Exchange Online.
const EXCHANGE_APP_ID: &str = "00000002-0000-0ff1-ce00-000000000000";
/// Tenant that owns Microsoft's first-party applications.
const MICROSOFT_TENANT_ID: &str = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";
/// Home tenant of the third-party mail app.
const FABRIKAM_TENANT_ID: &str = "2b7e4f1a-9c3d-4e58-a6b0-1d2c3e4f5a6b";

/// Graph application permissions the demo uses: (app role id, value, display name).
const GRAPH_APP_ROLES: [(&str, &str, &str); 7] = [
    (
        "9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8",
        "RoleManagement.ReadWrite.Directory",
        "Read and write all directory RBAC settings",
    ),
    (
        "7ab1d382-f21e-4acd-a863-ba3e13f7da61",
        "Directory.Read.All",
        "Read directory data",
    ),
    (
        "246dd0d5-5bd0-4def-940b-0421030a5b68",
        "Policy.Read.All",
        "Read your organization's policies",
    ),
    (
        "b0afded3-3588-46d8-8b3d-9842eff778da",
        "AuditLog.Read.All",
        "Read all audit log data",
    ),
    (
        "df021288-bdef-4463-88db-98f22de89214",
        "User.Read.All",
        "Read all users' full profiles",
    ),
    (
        "e2a3a72e-5f79-4c64-b1b1-878b674786c9",
        "Mail.ReadWrite",
        "Read and write mail in all mailboxes",
    ),
    (
        "1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9",
        "Application.ReadWrite.All",
        "Read and write all applications",
    ),
];
/// Graph delegated permission `User.Read`.
const USER_READ_SCOPE: &str = "e1fe6dd8-ba31-4d61-89e7-88639da4683d";
/// Exchange Online application permission `Exchange.ManageAsApp`.
const MANAGE_AS_APP_ROLE: &str = "dc50a0fb-09a3-484d-be87-e023b12c6440";

/// Returns the id of the Graph app role with this value.
fn graph_role(value: &str) -> &'static str {
    GRAPH_APP_ROLES
        .iter()
        .find(|(_, name, _)| *name == value)
        .map_or("", |(id, _, _)| id)
}

/// One app registration of the demo tenant.
struct App {
    key: &'static str,
    name: &'static str,
    audience: &'static str,
    created: &'static str,
    /// Graph application permissions (app role values) the app requests and was granted.
    graph_roles: &'static [&'static str],
    /// Secrets: (display name, start, end).
    secrets: &'static [(&'static str, &'static str, &'static str)],
    certificates: &'static [(&'static str, &'static str, &'static str)],
    redirect_uris: &'static [&'static str],
    implicit_id_tokens: bool,
    fallback_public_client: Option<bool>,
    spa_redirect_uris: &'static [&'static str],
    /// Owners by UPN prefix.
    owners: &'static [&'static str],
}

/// The demo tenant's app registrations.
const APPS: [App; 5] = [
    App {
        key: "cray",
        name: "cray assessment (read-only)",
        audience: "AzureADMyOrg",
        created: "2025-09-01T08:12:40Z",
        graph_roles: &["Directory.Read.All", "Policy.Read.All", "AuditLog.Read.All"],
        secrets: &[(
            "cray assessment",
            "2025-09-01T08:13:00Z",
            "2026-09-01T08:13:00Z",
        )],
        certificates: &[],
        redirect_uris: &[],
        implicit_id_tokens: false,
        fallback_public_client: None,
        spa_redirect_uris: &[],
        owners: &["adele.vance"],
    },
    App {
        key: "hr-sync",
        name: "Contoso HR Sync",
        audience: "AzureADMyOrg",
        created: "2022-04-19T13:05:11Z",
        graph_roles: &["RoleManagement.ReadWrite.Directory", "User.Read.All"],
        secrets: &[(
            "hr-sync 2024",
            "2024-03-30T00:00:00Z",
            "2025-09-30T00:00:00Z",
        )],
        certificates: &[(
            "CN=hr-sync.contoso-demo.example",
            "2025-06-01T00:00:00Z",
            "2027-06-01T00:00:00Z",
        )],
        redirect_uris: &[],
        implicit_id_tokens: false,
        fallback_public_client: None,
        spa_redirect_uris: &[],
        owners: &["lee.gu"],
    },
    App {
        key: "expense-portal",
        name: "Contoso Expense Portal",
        audience: "AzureADMultipleOrgs",
        created: "2023-01-09T10:44:02Z",
        graph_roles: &["User.Read.All"],
        secrets: &[("portal", "2025-01-15T00:00:00Z", "2027-01-15T00:00:00Z")],
        certificates: &[],
        redirect_uris: &["https://expenses.contoso-demo.example/signin-oidc"],
        implicit_id_tokens: false,
        fallback_public_client: None,
        spa_redirect_uris: &[],
        owners: &[],
    },
    App {
        key: "intranet",
        name: "Legacy Intranet",
        audience: "AzureADMyOrg",
        created: "2019-11-04T15:20:33Z",
        graph_roles: &[],
        secrets: &[(
            "never-expires",
            "2019-11-04T00:00:00Z",
            "2299-12-31T00:00:00Z",
        )],
        certificates: &[],
        redirect_uris: &["http://intranet.corp.contoso-demo.example/auth"],
        implicit_id_tokens: true,
        fallback_public_client: Some(true),
        spa_redirect_uris: &[],
        owners: &["nestor.wilke", "tobias.haeusler"],
    },
    App {
        key: "marketing-analytics",
        name: "Marketing Analytics Dashboard",
        audience: "AzureADMyOrg",
        created: "2024-05-27T07:58:19Z",
        graph_roles: &[],
        secrets: &[],
        certificates: &[],
        redirect_uris: &[],
        implicit_id_tokens: false,
        fallback_public_client: None,
        spa_redirect_uris: &["https://analytics.contoso-demo.example/"],
        owners: &["miriam.graham"],
    },
];

/// Returns the object id of a demo app registration.
fn application_object_id(key: &str) -> String {
    object_id(ObjectKind::Application, &format!("application:{key}"))
}

/// Returns the application (client) id of a demo app; cray's is the simulator's client id.
fn app_id(key: &str) -> String {
    if key == "cray" {
        DEMO_CLIENT_ID.to_owned()
    } else {
        object_id(ObjectKind::Application, &format!("app-id:{key}"))
    }
}

/// Returns the object id of the service principal of a demo app or a first-party app.
fn service_principal_id(key: &str) -> String {
    if key == "cray" {
        APP_SERVICE_PRINCIPAL_ID.to_owned()
    } else {
        object_id(ObjectKind::Application, &format!("service-principal:{key}"))
    }
}

/// Builds a password credential as Graph lists it: hint only, never the secret.
fn password_credential(owner: &str, (name, start, end): (&str, &str, &str)) -> Value {
    let hint: String = name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(3)
        .collect();
    json!({
        "customKeyIdentifier": null,
        "displayName": name,
        "endDateTime": end,
        "hint": hint,
        "keyId": object_id(ObjectKind::Application, &format!("secret:{owner}:{name}")),
        "secretText": null,
        "startDateTime": start,
    })
}

/// Builds a certificate credential without its public key.
fn key_credential(owner: &str, (subject, start, end): (&str, &str, &str)) -> Value {
    json!({
        "customKeyIdentifier": "NDk3QTEyQ0U5MUY2RDA4QkE3QzQ=",
        "displayName": subject,
        "endDateTime": end,
        "key": null,
        "keyId": object_id(ObjectKind::Application, &format!("certificate:{owner}:{subject}")),
        "startDateTime": start,
        "type": "AsymmetricX509Cert",
        "usage": "Verify",
    })
}

/// The publisher a Microsoft Entra app shows when none is verified.
fn unverified_publisher() -> Value {
    json!({"displayName": null, "verifiedPublisherId": null, "addedDateTime": null})
}

/// Builds the applications collection.
pub fn applications() -> Value {
    Value::Array(APPS.iter().map(application).collect())
}

/// Builds one application item.
fn application(app: &App) -> Value {
    let mut access = Vec::new();
    let roles: Vec<Value> = app
        .graph_roles
        .iter()
        .map(|role| json!({"id": graph_role(role), "type": "Role"}))
        .chain(std::iter::once(
            json!({"id": USER_READ_SCOPE, "type": "Scope"}),
        ))
        .collect();
    access.push(json!({"resourceAppId": GRAPH_APP_ID, "resourceAccess": roles}));
    if app.key == "cray" {
        access.push(json!({
            "resourceAppId": EXCHANGE_APP_ID,
            "resourceAccess": [{"id": MANAGE_AS_APP_ROLE, "type": "Role"}],
        }));
    }
    json!({
        "id": application_object_id(app.key),
        "deletedDateTime": null,
        "appId": app_id(app.key),
        "applicationTemplateId": null,
        "createdDateTime": app.created,
        "displayName": app.name,
        "description": null,
        "identifierUris": [],
        "isFallbackPublicClient": app.fallback_public_client,
        "notes": null,
        "publisherDomain": DEFAULT_DOMAIN,
        "signInAudience": app.audience,
        "tags": [],
        "keyCredentials": app.certificates.iter()
            .map(|c| key_credential(app.key, *c)).collect::<Vec<_>>(),
        "passwordCredentials": app.secrets.iter()
            .map(|s| password_credential(app.key, *s)).collect::<Vec<_>>(),
        "publicClient": {"redirectUris": []},
        "requiredResourceAccess": access,
        "verifiedPublisher": unverified_publisher(),
        "web": {
            "homePageUrl": null,
            "logoutUrl": null,
            "redirectUris": app.redirect_uris,
            "implicitGrantSettings": {
                "enableAccessTokenIssuance": false,
                "enableIdTokenIssuance": app.implicit_id_tokens,
            },
        },
        "spa": {"redirectUris": app.spa_redirect_uris},
    })
}

/// Builds the servicePrincipals collection: one per app registration, Microsoft Graph,
/// Exchange Online, a third-party mail app and a managed identity.
pub fn service_principals() -> Value {
    let mut principals: Vec<Value> = APPS
        .iter()
        .map(|app| {
            let mut principal = service_principal(
                &service_principal_id(app.key),
                &app_id(app.key),
                app.name,
                DEMO_TENANT_ID,
                app.audience,
            );
            principal["tags"] = json!(["WindowsAzureActiveDirectoryIntegratedApp"]);
            principal
        })
        .collect();

    let mut graph = service_principal(
        &service_principal_id("graph"),
        GRAPH_APP_ID,
        "Microsoft Graph",
        MICROSOFT_TENANT_ID,
        "AzureADMultipleOrgs",
    );
    graph["appRoles"] = GRAPH_APP_ROLES
        .iter()
        .map(|(id, value, name)| app_role(id, value, name))
        .collect();
    graph["oauth2PermissionScopes"] = json!([{
        "adminConsentDescription": "Allows users to sign-in to the app, and allows the app to read the profile of signed-in users.",
        "adminConsentDisplayName": "Sign in and read user profile",
        "id": USER_READ_SCOPE,
        "isEnabled": true,
        "type": "User",
        "userConsentDescription": "Allows you to sign in to the app with your organizational account and let the app read your profile.",
        "userConsentDisplayName": "Sign in and read your profile",
        "value": "User.Read",
    }]);
    principals.push(graph);

    let mut exchange = service_principal(
        &service_principal_id("exchange"),
        EXCHANGE_APP_ID,
        "Office 365 Exchange Online",
        MICROSOFT_TENANT_ID,
        "AzureADMultipleOrgs",
    );
    exchange["appRoles"] = json!([app_role(
        MANAGE_AS_APP_ROLE,
        "Exchange.ManageAsApp",
        "Manage Exchange As Application"
    )]);
    principals.push(exchange);

    let mut mail_sync = service_principal(
        &service_principal_id("fabrikam-mail"),
        &object_id(ObjectKind::Application, "app-id:fabrikam-mail"),
        "Fabrikam Mail Sync",
        FABRIKAM_TENANT_ID,
        "AzureADMultipleOrgs",
    );
    mail_sync["tags"] = json!(["WindowsAzureActiveDirectoryIntegratedApp"]);
    mail_sync["passwordCredentials"] = json!([password_credential(
        "fabrikam-mail",
        (
            "added-on-sp",
            "2025-02-01T00:00:00Z",
            "2027-02-01T00:00:00Z"
        )
    )]);
    principals.push(mail_sync);

    let mut identity = service_principal(
        &service_principal_id("automation"),
        &object_id(ObjectKind::Application, "app-id:automation"),
        "contoso-automation",
        DEMO_TENANT_ID,
        "AzureADMyOrg",
    );
    identity["servicePrincipalType"] = json!("ManagedIdentity");
    identity["servicePrincipalNames"] = json!([
        object_id(ObjectKind::Application, "app-id:automation"),
        "https://identity.azure.net/contoso-automation"
    ]);
    principals.push(identity);
    Value::Array(principals)
}

/// Builds one service principal item.
fn service_principal(
    id: &str,
    app_id: &str,
    name: &str,
    owner_tenant: &str,
    audience: &str,
) -> Value {
    json!({
        "id": id,
        "deletedDateTime": null,
        "accountEnabled": true,
        "alternativeNames": [],
        "appDisplayName": name,
        "appDescription": null,
        "appId": app_id,
        "applicationTemplateId": null,
        "appOwnerOrganizationId": owner_tenant,
        "appRoleAssignmentRequired": false,
        "description": null,
        "displayName": name,
        "homepage": null,
        "loginUrl": null,
        "logoutUrl": null,
        "notes": null,
        "notificationEmailAddresses": [],
        "preferredSingleSignOnMode": null,
        "replyUrls": [],
        "servicePrincipalNames": [app_id],
        "servicePrincipalType": "Application",
        "signInAudience": audience,
        "tags": [],
        "verifiedPublisher": unverified_publisher(),
        "appRoles": [],
        "keyCredentials": [],
        "oauth2PermissionScopes": [],
        "passwordCredentials": [],
    })
}

/// Builds one application permission that a resource service principal offers.
fn app_role(id: &str, value: &str, name: &str) -> Value {
    json!({
        "allowedMemberTypes": ["Application"],
        "description": format!("Allows the app to {} without a signed-in user.", name.to_lowercase()),
        "displayName": name,
        "id": id,
        "isEnabled": true,
        "origin": "Application",
        "value": value,
    })
}

/// Builds the oauth2PermissionGrants collection: tenant-wide consent for the third-party mail
/// app, and one user's consent for the analytics dashboard.
pub fn oauth2_permission_grants() -> Value {
    let graph = service_principal_id("graph");
    json!([
        {
            "clientId": service_principal_id("fabrikam-mail"),
            "consentType": "AllPrincipals",
            "id": grant_id("fabrikam-mail:all"),
            "principalId": null,
            "resourceId": graph,
            "scope": "User.Read Mail.ReadWrite Files.ReadWrite.All offline_access openid profile",
        },
        {
            "clientId": service_principal_id("marketing-analytics"),
            "consentType": "Principal",
            "id": grant_id("marketing-analytics:miriam.graham"),
            "principalId": user_id("miriam.graham"),
            "resourceId": graph,
            "scope": " User.Read Calendars.Read",
        },
        {
            "clientId": service_principal_id("expense-portal"),
            "consentType": "AllPrincipals",
            "id": grant_id("expense-portal:all"),
            "principalId": null,
            "resourceId": graph,
            "scope": "User.Read openid profile",
        },
    ])
}

/// Builds a grant id in Graph's form: 43 URL-safe base64 characters.
fn grant_id(key: &str) -> String {
    let id = object_id(ObjectKind::Application, &format!("grant:{key}"));
    let bytes: Vec<u8> = id.bytes().filter(u8::is_ascii_hexdigit).collect();
    crate::sim::wire::base64url(&bytes)
        .chars()
        .take(43)
        .collect()
}

/// Builds an owner as `/owners?$select=id,displayName,userPrincipalName` returns it, taken from
/// the demo's users.
fn owner(local: &str) -> Value {
    let id = user_id(local);
    let users = super::directory::users();
    let user = users
        .as_array()
        .and_then(|users| users.iter().find(|user| user["id"] == id.as_str()))
        .cloned()
        .unwrap_or(Value::Null);
    json!({
        "@odata.type": "#microsoft.graph.user",
        "id": id,
        "displayName": user["displayName"],
        "userPrincipalName": user["userPrincipalName"],
    })
}

/// Owners of each app registration: application object id -> owners.
pub fn application_owners() -> Value {
    let map: Map<String, Value> = APPS
        .iter()
        .map(|app| {
            let owners: Vec<Value> = app.owners.iter().map(|local| owner(local)).collect();
            (application_object_id(app.key), Value::Array(owners))
        })
        .collect();
    Value::Object(map)
}

/// Owners of each service principal: service principal id -> owners. Only the third-party
/// mail app has an owner in this tenant.
pub fn service_principal_owners() -> Value {
    let mut map = Map::new();
    for key in
        APPS.iter()
            .map(|app| app.key)
            .chain(["graph", "exchange", "fabrikam-mail", "automation"])
    {
        let owners = if key == "fabrikam-mail" {
            json!([owner("alex.wilber")])
        } else {
            json!([])
        };
        map.insert(service_principal_id(key), owners);
    }
    Value::Object(map)
}

/// Application permissions granted to each service principal: service principal id ->
/// appRoleAssignments.
pub fn service_principal_app_role_assignments() -> Value {
    let graph = service_principal_id("graph");
    let mut map = Map::new();
    for app in &APPS {
        let principal = service_principal_id(app.key);
        let mut assignments: Vec<Value> = app
            .graph_roles
            .iter()
            .map(|role| {
                assignment(
                    &principal,
                    app.name,
                    graph_role(role),
                    &graph,
                    "Microsoft Graph",
                )
            })
            .collect();
        if app.key == "cray" {
            assignments.push(assignment(
                &principal,
                app.name,
                MANAGE_AS_APP_ROLE,
                &service_principal_id("exchange"),
                "Office 365 Exchange Online",
            ));
        }
        map.insert(principal, Value::Array(assignments));
    }
    let mail_sync = service_principal_id("fabrikam-mail");
    let mail_role = graph_role("Mail.ReadWrite");
    map.insert(
        mail_sync.clone(),
        json!([assignment(
            &mail_sync,
            "Fabrikam Mail Sync",
            mail_role,
            &graph,
            "Microsoft Graph"
        )]),
    );
    for key in ["graph", "exchange", "automation"] {
        map.insert(service_principal_id(key), json!([]));
    }
    Value::Object(map)
}

/// Builds one appRoleAssignment of a service principal.
fn assignment(
    principal: &str,
    principal_name: &str,
    role: &str,
    resource: &str,
    resource_name: &str,
) -> Value {
    json!({
        "id": grant_id(&format!("assignment:{principal}:{role}")),
        "deletedDateTime": null,
        "appRoleId": role,
        "createdDateTime": "2025-09-01T08:20:14.5534123Z",
        "principalDisplayName": principal_name,
        "principalId": principal,
        "principalType": "ServicePrincipal",
        "resourceDisplayName": resource_name,
        "resourceId": resource,
    })
}
