//! Permission preflight: reads the grants in an access token (decoded, not verified) and
//! returns, for each requested dataset, whether the read is allowed or which permission is
//! missing. A missing permission does not stop a run: the dataset is recorded as not
//! collected with that permission named.

use std::collections::BTreeSet;

use crate::collect::CollectError;
use crate::collect::spec::{Call, EXCHANGE_MANAGE_AS_APP, dataset_request};
use crate::collect::token::token_claims;
use crate::model::{Dataset, Source};

/// Template id of the Global Reader directory role.
pub const GLOBAL_READER_ROLE: &str = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";
/// Template id of the Global Administrator directory role.
pub const GLOBAL_ADMINISTRATOR_ROLE: &str = "62e90394-69f5-4237-9190-012177145e10";
/// Template id of the Exchange Administrator directory role.
pub const EXCHANGE_ADMINISTRATOR_ROLE: &str = "29232cdf-9323-42fd-ade2-1d097af3e4de";

/// Application permission of Exchange Online that lets an app run cmdlets.
pub const EXCHANGE_APP_ROLE: &str = "Exchange.ManageAsApp";
/// Delegated permission of Exchange Online that lets a signed-in admin run cmdlets.
const EXCHANGE_DELEGATED_SCOPE: &str = "Exchange.Manage";

/// Directory roles that allow the read-only Exchange cmdlets cray runs.
const EXCHANGE_READER_ROLES: [&str; 3] = [
    GLOBAL_READER_ROLE,
    GLOBAL_ADMINISTRATOR_ROLE,
    EXCHANGE_ADMINISTRATOR_ROLE,
];

/// The grants one access token carries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Grants {
    /// Application permissions (`roles`).
    pub roles: BTreeSet<String>,
    /// Delegated permissions (`scp`, space separated in the token).
    pub scopes: BTreeSet<String>,
    /// Directory role template ids (`wids`).
    pub directory_roles: BTreeSet<String>,
}

impl Grants {
    /// Reads the grants of an access token without verifying its signature.
    ///
    /// # Errors
    /// Returns [`CollectError::InvalidToken`] when the token is not a JWT with JSON claims.
    pub fn from_token(access_token: &str) -> Result<Self, CollectError> {
        let claims = token_claims(access_token)?;
        let strings = |name: &str| -> BTreeSet<String> {
            claims[name]
                .as_array()
                .map(|values| {
                    values
                        .iter()
                        .filter_map(serde_json::Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default()
        };
        let scopes = claims["scp"]
            .as_str()
            .map(|text| text.split_whitespace().map(str::to_owned).collect())
            .unwrap_or_default();
        Ok(Self {
            roles: strings("roles"),
            scopes,
            directory_roles: strings("wids")
                .into_iter()
                .map(|id| id.to_ascii_lowercase())
                .collect(),
        })
    }

    /// Returns true when a role or scope grants `permission` or a permission that covers it.
    #[must_use]
    pub fn allows(&self, permission: &str) -> bool {
        covering(permission)
            .iter()
            .any(|name| self.roles.contains(name) || self.scopes.contains(name))
    }

    fn has_directory_role(&self, roles: &[&str]) -> bool {
        roles
            .iter()
            .any(|role| self.directory_roles.contains(*role))
    }
}

/// Returns `permission` and the broader permissions that include it.
fn covering(permission: &str) -> Vec<String> {
    let mut names = vec![permission.to_owned()];
    if permission.contains(".Read.") {
        names.push(permission.replacen(".Read.", ".ReadWrite.", 1));
    }
    let wider: &[&str] = match permission {
        "Application.Read.All" => &["Directory.Read.All", "Directory.ReadWrite.All"],
        "RoleManagement.Read.Directory" => &["RoleManagement.Read.All"],
        "RoleManagementPolicy.Read.Directory" => &["RoleManagementPolicy.ReadWrite.Directory"],
        _ => &[],
    };
    names.extend(wider.iter().map(|name| (*name).to_owned()));
    names
}

/// The preflight verdict on one dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The token grants what the read needs.
    Allowed,
    /// The read will be denied; the text names what is missing.
    Missing {
        /// Permission or role to grant, such as `Policy.Read.All`.
        permission: String,
    },
    /// No token for the dataset's service was available to judge.
    Unknown,
}

/// One dataset with its preflight verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetPermission {
    /// The dataset.
    pub dataset: Dataset,
    /// Permission the read needs, as the request table names it.
    pub required: &'static str,
    /// Whether the token grants it.
    pub verdict: Verdict,
}

/// The preflight of a run: one entry per requested dataset, in request order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Preflight {
    /// Whether the tokens are delegated (a signed-in user) rather than app-only.
    pub delegated: bool,
    /// Verdict per dataset.
    pub datasets: Vec<DatasetPermission>,
}

impl Preflight {
    /// Returns the datasets that will be missing a permission, with the permission.
    #[must_use]
    pub fn missing(&self) -> Vec<(Dataset, &str)> {
        self.datasets
            .iter()
            .filter_map(|entry| match &entry.verdict {
                Verdict::Missing { permission } => Some((entry.dataset, permission.as_str())),
                _ => None,
            })
            .collect()
    }

    /// Returns true when every dataset is allowed.
    #[must_use]
    pub fn all_allowed(&self) -> bool {
        self.datasets
            .iter()
            .all(|entry| entry.verdict == Verdict::Allowed)
    }
}

/// Compares the grants of the Graph and Exchange tokens with what each dataset needs.
#[must_use]
pub fn assess(
    datasets: &[Dataset],
    graph: Option<&Grants>,
    exchange: Option<&Grants>,
    delegated: bool,
) -> Preflight {
    let entries = datasets
        .iter()
        .map(|&dataset| {
            let spec = dataset_request(dataset);
            let verdict = match (spec.call, dataset.source()) {
                (Call::Exchange { .. }, _) | (_, Source::Exchange) => exchange
                    .map_or(Verdict::Unknown, |grants| {
                        exchange_verdict(grants, delegated)
                    }),
                _ => graph.map_or(Verdict::Unknown, |grants| {
                    if grants.allows(spec.permission) {
                        Verdict::Allowed
                    } else {
                        Verdict::Missing {
                            permission: spec.permission.to_owned(),
                        }
                    }
                }),
            };
            DatasetPermission {
                dataset,
                required: spec.permission,
                verdict,
            }
        })
        .collect();
    Preflight {
        delegated,
        datasets: entries,
    }
}

/// Exchange cmdlets need the Exchange permission and a directory role that can read.
fn exchange_verdict(grants: &Grants, delegated: bool) -> Verdict {
    let permission = if delegated {
        EXCHANGE_DELEGATED_SCOPE
    } else {
        EXCHANGE_APP_ROLE
    };
    let has_permission = grants.allows(permission);
    // NOTE: app-only tokens name the app's directory roles in `wids` only when the service
    // principal holds one; a token without the claim reads as "role missing".
    let has_role = grants.has_directory_role(&EXCHANGE_READER_ROLES);
    match (has_permission, has_role) {
        (true, true) => Verdict::Allowed,
        (false, true) => Verdict::Missing {
            permission: permission.to_owned(),
        },
        (true, false) => Verdict::Missing {
            permission: "the Global Reader directory role".to_owned(),
        },
        (false, false) => Verdict::Missing {
            permission: if delegated {
                format!("{permission} with the Global Reader role")
            } else {
                EXCHANGE_MANAGE_AS_APP.to_owned()
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grants(roles: &[&str], wids: &[&str]) -> Grants {
        Grants {
            roles: roles.iter().map(|r| (*r).to_owned()).collect(),
            scopes: BTreeSet::new(),
            directory_roles: wids.iter().map(|r| (*r).to_owned()).collect(),
        }
    }

    #[test]
    fn broader_permission_covers_narrower() {
        let graph = grants(&["Directory.Read.All", "RoleManagement.Read.All"], &[]);
        assert!(graph.allows("Application.Read.All"));
        assert!(graph.allows("RoleManagement.Read.Directory"));
        assert!(!graph.allows("Policy.Read.All"));
        assert!(
            grants(&["Policy.ReadWrite.ConditionalAccess"], &[])
                .allows("Policy.ReadWrite.ConditionalAccess")
        );
    }

    #[test]
    fn missing_role_is_named_per_dataset() {
        let graph = grants(&["Directory.Read.All"], &[]);
        let exchange = grants(&["Exchange.ManageAsApp"], &[GLOBAL_READER_ROLE]);
        let datasets = [
            Dataset::Users,
            Dataset::ConditionalAccessPolicies,
            Dataset::ExoRemoteDomains,
        ];
        let preflight = assess(&datasets, Some(&graph), Some(&exchange), false);
        assert_eq!(
            preflight.missing(),
            vec![(Dataset::ConditionalAccessPolicies, "Policy.Read.All")]
        );
    }

    #[test]
    fn exchange_without_directory_role_is_missing_global_reader() {
        let exchange = grants(&["Exchange.ManageAsApp"], &[]);
        let preflight = assess(&[Dataset::ExoRemoteDomains], None, Some(&exchange), false);
        assert_eq!(
            preflight.missing(),
            vec![(
                Dataset::ExoRemoteDomains,
                "the Global Reader directory role"
            )]
        );
    }

    #[test]
    fn delegated_scopes_count() {
        let mut graph = Grants::default();
        graph.scopes.insert("Policy.Read.All".to_owned());
        let preflight = assess(&[Dataset::AuthorizationPolicy], Some(&graph), None, true);
        assert!(preflight.all_allowed(), "{preflight:?}");
    }
}
