//! What a new app registration needs before cray can read a tenant: the Microsoft Graph
//! application permissions, the Exchange Online permission, the directory role, and the
//! admin consent link on the tenant's cloud.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::preflight::{EXCHANGE_APP_ROLE, GLOBAL_READER_ROLE};
use crate::collect::spec::{Call, dataset_request};
use crate::model::Dataset;

/// Graph permissions asked for even though no dataset names them alone: reading a partner's
/// basic tenant information for cross-tenant access settings.
const EXTRA_GRAPH_PERMISSIONS: [&str; 1] = ["CrossTenantInformation.ReadBasic.All"];

/// Graph permissions that cover narrower ones the request table names, and what they cover.
const COVERED_BY: [(&str, &str); 2] = [
    ("Application.Read.All", "Directory.Read.All"),
    ("RoleManagement.Read.Directory", "RoleManagement.Read.All"),
];

/// Returns the Graph application permissions every dataset cray knows needs, sorted, with a
/// narrower permission left out when a broader one in the list covers it.
#[must_use]
pub fn graph_permissions() -> Vec<&'static str> {
    let mut names: BTreeSet<&'static str> = Dataset::ALL
        .iter()
        .map(|&dataset| dataset_request(dataset))
        .filter(|spec| !matches!(spec.call, Call::Exchange { .. }))
        .map(|spec| spec.permission)
        .collect();
    names.extend(EXTRA_GRAPH_PERMISSIONS);
    for (narrow, broad) in COVERED_BY {
        if names.contains(broad) {
            names.remove(narrow);
        }
    }
    names.into_iter().collect()
}

/// Returns the admin consent URL of an app registration on the tenant's login host.
#[must_use]
pub fn admin_consent_url(login: &str, tenant_id: &str, client_id: &str) -> String {
    format!(
        "{}/{tenant_id}/adminconsent?client_id={client_id}",
        login.trim_end_matches('/')
    )
}

/// Returns the onboarding steps for an app registration: the permissions to add, the role to
/// assign and the consent link to open. `login` is the tenant's login base URL; `delegated`
/// is true for a tenant that signs in with a device code, whose app needs the same names as
/// delegated permissions and whose user needs the role.
#[must_use]
pub fn text(login: &str, tenant_id: &str, client_id: &str, delegated: bool) -> String {
    let kind = if delegated {
        "Delegated"
    } else {
        "Application"
    };
    let mut text = format!(
        "Before the first collection, set up the app registration in the tenant:\n\
         1. API permissions > Add a permission > Microsoft Graph > {kind} permissions:\n"
    );
    for permission in graph_permissions() {
        let _ = writeln!(text, "     {permission}");
    }
    let (exchange, assignee) = if delegated {
        ("Exchange.Manage", "the user who signs in")
    } else {
        (EXCHANGE_APP_ROLE, "the app")
    };
    let _ = write!(
        text,
        "2. API permissions > Add a permission > APIs my organization uses > Office 365 \
         Exchange Online > {kind} permissions:\n     {exchange}\n\
         3. Roles and administrators > Global Reader > Add assignments: assign {assignee} \
         (role template id {GLOBAL_READER_ROLE}); Exchange cmdlets run with this role.\n"
    );
    if delegated {
        text.push_str(
            "   Authentication > Allow public client flows: Yes, so the device code sign-in \
             works.\n",
        );
    }
    let _ = write!(
        text,
        "4. Grant admin consent as a Global Administrator:\n     {}\n\
         5. Check the grants: cray tenant check NAME\n",
        admin_consent_url(login, tenant_id, client_id)
    );
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_lists_every_grant_and_the_consent_link() {
        let text = text(
            "https://login.microsoftonline.us",
            "8f3c2b1a-6d4e-4f70-9a1b-2c3d4e5f6a7b",
            "11111111-2222-3333-4444-555555555555",
            false,
        );
        for permission in [
            "Directory.Read.All",
            "Policy.Read.All",
            "Policy.Read.AuthenticationMethod",
            "RoleManagement.Read.All",
            "RoleManagementPolicy.Read.Directory",
            "AuditLog.Read.All",
            "Agreement.Read.All",
            "AccessReview.Read.All",
            "CrossTenantInformation.ReadBasic.All",
            "Policy.Read.DeviceConfiguration",
            "OnPremDirectorySynchronization.Read.All",
            "Exchange.ManageAsApp",
            "Global Reader",
            GLOBAL_READER_ROLE,
        ] {
            assert!(
                text.contains(permission),
                "{permission} missing from:\n{text}"
            );
        }
        assert!(text.contains(
            "https://login.microsoftonline.us/8f3c2b1a-6d4e-4f70-9a1b-2c3d4e5f6a7b/adminconsent\
             ?client_id=11111111-2222-3333-4444-555555555555"
        ));
    }

    #[test]
    fn delegated_text_names_delegated_grants() {
        let text = text("https://login.microsoftonline.com", "t", "c", true);
        assert!(text.contains("Delegated permissions"), "{text}");
        assert!(text.contains("Exchange.Manage\n"), "{text}");
        assert!(text.contains("Allow public client flows"), "{text}");
    }

    #[test]
    fn broader_permission_replaces_narrower() {
        let permissions = graph_permissions();
        assert!(permissions.contains(&"Directory.Read.All"));
        assert!(!permissions.contains(&"Application.Read.All"));
        assert!(permissions.contains(&"RoleManagement.Read.All"));
        assert!(!permissions.contains(&"RoleManagement.Read.Directory"));
    }
}
