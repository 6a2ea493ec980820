//! Every property the simulator emits on the Graph endpoints of the contract exists in the
//! Microsoft Graph v1.0 property schema extracted from Microsoft's published CSDL, with valid
//! enum values. The simulator runs on 127.0.0.1 and is read over real HTTP.

#[path = "common/schema.rs"]
mod schema;
#[path = "common/sim_client.rs"]
mod sim_client;

use cray::sim::{Preset, SimConfig};
use reqwest::StatusCode;
use schema::Schema;
use serde_json::{Value, json};
use sim_client::graph_token;

/// The Graph requests of the contract and the resource type each one returns.
const CONTRACT_ENDPOINTS: [(&str, &str); 28] = [
    ("/v1.0/organization", "organization"),
    ("/v1.0/domains", "domain"),
    ("/v1.0/subscribedSkus", "subscribedSku"),
    (
        "/v1.0/users?$select=id,displayName,userPrincipalName,mail,userType,accountEnabled,onPremisesSyncEnabled,createdDateTime&$top=999",
        "user",
    ),
    (
        "/v1.0/groups?$select=id,displayName,description,groupTypes,securityEnabled,mailEnabled,isAssignableToRole,onPremisesSyncEnabled&$top=999",
        "group",
    ),
    (
        "/v1.0/identity/conditionalAccess/policies",
        "conditionalAccessPolicy",
    ),
    (
        "/v1.0/roleManagement/directory/roleDefinitions?$select=id,displayName,templateId,isBuiltIn",
        "unifiedRoleDefinition",
    ),
    (
        "/v1.0/roleManagement/directory/roleAssignments?$select=id,principalId,roleDefinitionId,directoryScopeId",
        "unifiedRoleAssignment",
    ),
    (
        "/v1.0/roleManagement/directory/roleEligibilitySchedules",
        "unifiedRoleEligibilitySchedule",
    ),
    ("/v1.0/policies/authorizationPolicy", "authorizationPolicy"),
    (
        "/v1.0/policies/identitySecurityDefaultsEnforcementPolicy",
        "identitySecurityDefaultsEnforcementPolicy",
    ),
    (
        "/v1.0/policies/authenticationMethodsPolicy",
        "authenticationMethodsPolicy",
    ),
    (
        "/v1.0/applications?$select=id,appId,displayName,signInAudience,passwordCredentials,keyCredentials,requiredResourceAccess,publisherDomain,verifiedPublisher,createdDateTime,web,spa,publicClient,isFallbackPublicClient&$top=999",
        "application",
    ),
    (
        "/v1.0/servicePrincipals?$select=id,appId,displayName,servicePrincipalType,appOwnerOrganizationId,accountEnabled,passwordCredentials,keyCredentials,appRoleAssignmentRequired,verifiedPublisher,tags,appRoles,oauth2PermissionScopes&$top=999",
        "servicePrincipal",
    ),
    (
        "/v1.0/oauth2PermissionGrants?$top=999",
        "oAuth2PermissionGrant",
    ),
    (
        "/v1.0/identity/conditionalAccess/namedLocations",
        "namedLocation",
    ),
    (
        "/v1.0/policies/crossTenantAccessPolicy/default",
        "crossTenantAccessPolicyConfigurationDefault",
    ),
    (
        "/v1.0/policies/crossTenantAccessPolicy/partners",
        "crossTenantAccessPolicyConfigurationPartner",
    ),
    (
        "/v1.0/identityGovernance/accessReviews/definitions",
        "accessReviewScheduleDefinition",
    ),
    (
        "/v1.0/identityGovernance/termsOfUse/agreements",
        "agreement",
    ),
    (
        "/v1.0/policies/roleManagementPolicies?$filter=scopeId eq '/' and scopeType eq 'DirectoryRole'&$expand=rules",
        "unifiedRoleManagementPolicy",
    ),
    (
        "/v1.0/policies/roleManagementPolicyAssignments?$filter=scopeId eq '/' and scopeType eq 'DirectoryRole'",
        "unifiedRoleManagementPolicyAssignment",
    ),
    (
        "/v1.0/reports/authenticationMethods/userRegistrationDetails",
        "userRegistrationDetails",
    ),
    ("/v1.0/groupSettings", "groupSetting"),
    (
        "/v1.0/policies/adminConsentRequestPolicy",
        "adminConsentRequestPolicy",
    ),
    (
        "/v1.0/policies/authenticationStrengthPolicies",
        "authenticationStrengthPolicy",
    ),
    (
        "/v1.0/directory/onPremisesSynchronization",
        "onPremisesDirectorySynchronization",
    ),
    (
        "/v1.0/roleManagement/directory/roleAssignmentScheduleInstances",
        "unifiedRoleAssignmentScheduleInstance",
    ),
];

/// The beta requests of the contract, checked against the beta schema.
const BETA_ENDPOINTS: [(&str, &str); 1] = [(
    "/beta/policies/deviceRegistrationPolicy",
    "deviceRegistrationPolicy",
)];

/// Requests outside the contract: without `$select` (Graph's default properties, or all stored
/// ones), and users with every property the simulator stores selected.
const OTHER_ENDPOINTS: [(&str, &str); 5] = [
    ("/v1.0/users", "user"),
    (
        "/v1.0/users?$select=businessPhones,displayName,givenName,surname,jobTitle,mail,mobilePhone,officeLocation,preferredLanguage,userPrincipalName,userType,accountEnabled,onPremisesSyncEnabled,onPremisesDomainName,createdDateTime,usageLocation",
        "user",
    ),
    ("/v1.0/groups", "group"),
    (
        "/v1.0/roleManagement/directory/roleDefinitions",
        "unifiedRoleDefinition",
    ),
    (
        "/v1.0/roleManagement/directory/roleAssignments",
        "unifiedRoleAssignment",
    ),
];

/// Collections only generated tenants serve, and users with their sign-in activity.
const GENERATED_ENDPOINTS: [(&str, &str); 6] = [
    (
        "/v1.0/applications?$select=id,appId,displayName,signInAudience,passwordCredentials,keyCredentials,requiredResourceAccess,publisherDomain,verifiedPublisher,createdDateTime,web,spa,publicClient,isFallbackPublicClient&$top=999",
        "application",
    ),
    (
        "/v1.0/servicePrincipals?$select=id,appId,displayName,servicePrincipalType,appOwnerOrganizationId,accountEnabled,passwordCredentials,keyCredentials,appRoleAssignmentRequired,verifiedPublisher,tags,appRoles,oauth2PermissionScopes&$top=999",
        "servicePrincipal",
    ),
    (
        "/v1.0/oauth2PermissionGrants?$top=999",
        "oAuth2PermissionGrant",
    ),
    (
        "/v1.0/reports/authenticationMethods/userRegistrationDetails",
        "userRegistrationDetails",
    ),
    (
        "/v1.0/users?$select=id,displayName,signInActivity&$top=999",
        "user",
    ),
    ("/v1.0/applications", "application"),
];

/// Per-object requests of the contract: (parent collection, path with `{id}`, resource type).
const RELATIONS: [(&str, &str, &str); 5] = [
    (
        "/v1.0/groups?$select=id&$top=999",
        "/v1.0/groups/{id}/members?$select=id,displayName,userPrincipalName,userType",
        "directoryObject",
    ),
    (
        "/v1.0/groups?$select=id&$top=999",
        "/v1.0/groups/{id}/owners?$select=id,displayName,userPrincipalName,userType",
        "directoryObject",
    ),
    (
        "/v1.0/applications?$select=id&$top=999",
        "/v1.0/applications/{id}/owners?$select=id,displayName,userPrincipalName",
        "directoryObject",
    ),
    (
        "/v1.0/servicePrincipals?$select=id&$top=999",
        "/v1.0/servicePrincipals/{id}/owners?$select=id,displayName,userPrincipalName",
        "directoryObject",
    ),
    (
        "/v1.0/servicePrincipals?$select=id&$top=999",
        "/v1.0/servicePrincipals/{id}/appRoleAssignments",
        "appRoleAssignment",
    ),
];

/// Most pages a sampled read follows.
const SAMPLED_PAGES: usize = 60;

/// Fetches a Graph path, following next links; returns the resources of every `sample`-th page
/// (1 = all pages), starting with the first. A sampled read stops after `SAMPLED_PAGES` pages.
async fn fetch_resources(base: &str, path: &str, token: &str, sample: usize) -> Vec<Value> {
    let client = reqwest::Client::new();
    let mut resources = Vec::new();
    let mut next = Some(format!("{base}{path}"));
    let mut pages = 0;
    while let Some(url) = next {
        let response = client
            .get(&url)
            .bearer_auth(token)
            .send()
            .await
            .expect("GET is answered");
        assert_eq!(response.status(), StatusCode::OK, "GET {url}");
        let body: Value = response.json().await.expect("body is JSON");
        next = body["@odata.nextLink"].as_str().map(str::to_owned);
        if pages % sample == 0 {
            match body.get("value") {
                Some(Value::Array(items)) => resources.extend(items.iter().cloned()),
                _ => resources.push(body),
            }
        }
        pages += 1;
        if sample > 1 && pages >= SAMPLED_PAGES {
            break;
        }
        assert!(pages < 200, "paging of {path} does not end");
    }
    resources
}

/// Checks the resources of `path` against `root_type` and returns the problems found.
async fn check_path(
    schema: &Schema,
    base: &str,
    token: &str,
    (path, root_type): (&str, &str),
    sample: usize,
) -> Vec<String> {
    assert!(
        schema.has_type(root_type),
        "{root_type} missing from the schema"
    );
    let resources = fetch_resources(base, path, token, sample).await;
    assert!(!resources.is_empty(), "{path} returned nothing");
    resources
        .iter()
        .flat_map(|resource| schema.check(root_type, resource))
        .map(|problem| format!("{path}: {problem}"))
        .collect()
}

async fn check_endpoints(endpoints: &[(&str, &str)]) -> Vec<String> {
    check_tenant(&Schema::v1(), SimConfig::demo(), endpoints, &[], 1).await
}

async fn check_endpoints_with(schema: &Schema, endpoints: &[(&str, &str)]) -> Vec<String> {
    check_tenant(schema, SimConfig::demo(), endpoints, &[], 1).await
}

/// Checks `endpoints` (every `sample`-th page) and the first parents' `relations` of a
/// simulator with `config` against `schema`.
async fn check_tenant(
    schema: &Schema,
    config: SimConfig,
    endpoints: &[(&str, &str)],
    relations: &[(&str, &str, &str)],
    sample: usize,
) -> Vec<String> {
    let sim = sim_client::start(config).await;
    let base = sim.base_url();
    let token = graph_token(&base).await;
    let mut problems = Vec::new();
    for endpoint in endpoints {
        problems.extend(check_path(schema, &base, &token, *endpoint, sample).await);
    }
    for (parents, path, root_type) in relations {
        let parents = fetch_resources(&base, parents, &token, 1).await;
        let mut checked = 0;
        for parent in parents.iter().take(40) {
            let id = parent["id"].as_str().expect("parent id");
            let path = path.replace("{id}", id);
            for resource in fetch_resources(&base, &path, &token, 1).await {
                checked += 1;
                problems.extend(
                    schema
                        .check(root_type, &resource)
                        .into_iter()
                        .map(|problem| format!("{path}: {problem}")),
                );
            }
        }
        assert!(checked > 0, "no related objects at {path}");
    }
    sim.shutdown().await;
    problems
}

/// The preset's generated tenant without throttling, so that the test reads at full speed.
fn generated(preset: Preset) -> SimConfig {
    SimConfig {
        throttle: None,
        ..SimConfig::preset(preset)
    }
}

/// Every endpoint a generated tenant serves.
fn all_endpoints() -> Vec<(&'static str, &'static str)> {
    CONTRACT_ENDPOINTS
        .iter()
        .chain(&OTHER_ENDPOINTS)
        .chain(&GENERATED_ENDPOINTS)
        .copied()
        .collect()
}

#[tokio::test]
async fn small_generated_tenant_matches_schema() {
    let problems = check_tenant(
        &Schema::v1(),
        generated(Preset::S),
        &all_endpoints(),
        &RELATIONS,
        1,
    )
    .await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test]
async fn medium_generated_tenant_matches_schema() {
    let problems = check_tenant(
        &Schema::v1(),
        generated(Preset::M),
        &all_endpoints(),
        &RELATIONS,
        1,
    )
    .await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test]
async fn sample_of_large_generated_tenant_matches_schema() {
    let problems = check_tenant(
        &Schema::v1(),
        generated(Preset::L),
        &all_endpoints(),
        &RELATIONS,
        25,
    )
    .await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test]
async fn contract_endpoints_match_schema() {
    let problems = check_endpoints(&CONTRACT_ENDPOINTS).await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test]
async fn beta_endpoints_match_beta_schema() {
    let problems = check_endpoints_with(&Schema::beta(), &BETA_ENDPOINTS).await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test]
async fn other_requests_match_schema() {
    let problems = check_endpoints(&OTHER_ENDPOINTS).await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn schema_check_catches_misspelled_property() {
    let user = json!({"id": "1", "displayName": "A", "userPrincipalname": "a@example.org"});
    let problems = Schema::v1().check("user", &user);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("userPrincipalname"), "{problems:?}");
}

#[test]
fn schema_check_catches_nested_misspelling() {
    let policy = json!({
        "id": "1",
        "conditions": {"users": {"includeUsers": ["All"], "excludeUser": []}},
    });
    let problems = Schema::v1().check("conditionalAccessPolicy", &policy);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("$.conditions.users.excludeUser"),
        "{problems:?}"
    );
}

#[test]
fn schema_check_catches_unknown_enum_value() {
    let policy = json!({"id": "1", "state": "reportOnly"});
    let problems = Schema::v1().check("conditionalAccessPolicy", &policy);
    assert_eq!(problems.len(), 1, "{problems:?}");
}

#[test]
fn schema_check_accepts_flags_enum_list() {
    let policy = json!({
        "id": "1",
        "conditions": {"users": {"includeGuestsOrExternalUsers": {
            "guestOrExternalUserTypes": "b2bCollaborationGuest,b2bCollaborationMember"
        }}},
    });
    let problems = Schema::v1().check("conditionalAccessPolicy", &policy);
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn schema_check_catches_wrong_cast() {
    let policy = json!({
        "id": "authenticationMethodsPolicy",
        "authenticationMethodConfigurations": [{"@odata.type": "#microsoft.graph.user", "id": "x"}],
    });
    let problems = Schema::v1().check("authenticationMethodsPolicy", &policy);
    assert_eq!(problems.len(), 1, "{problems:?}");
}

#[test]
fn schema_check_follows_cast_to_derived_type() {
    let policy = json!({
        "id": "authenticationMethodsPolicy",
        "authenticationMethodConfigurations": [{
            "@odata.type": "#microsoft.graph.smsAuthenticationMethodConfiguration",
            "id": "Sms",
            "state": "enabled",
            "includeTargets": [{"targetType": "group", "id": "all_users", "isUsableForSignIn": true}],
        }],
    });
    let problems = Schema::v1().check("authenticationMethodsPolicy", &policy);
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn schema_check_catches_wrong_primitive_kind() {
    let user = json!({"id": "1", "accountEnabled": "yes"});
    let problems = Schema::v1().check("user", &user);
    assert_eq!(problems.len(), 1, "{problems:?}");
}

#[test]
fn schema_check_skips_annotations() {
    let policy = json!({
        "@odata.context": "https://example.org/$metadata#x",
        "id": "1",
        "grantControls": {"authenticationStrength@odata.context": "x", "builtInControls": []},
    });
    let problems = Schema::v1().check("conditionalAccessPolicy", &policy);
    assert!(problems.is_empty(), "{problems:?}");
}
