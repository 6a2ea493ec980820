//! Facts: the joins every rule would otherwise repeat, computed once per assessment in Rust
//! and handed to the rules as `input.facts`.
//!
//! Four sections, each present in a rule's input only when the check declares the dataset
//! the section rests on (see [`Section::source`]):
//! - `licences` (subscribed_skus): the enabled service plans and the services they give;
//! - `ca` (conditional_access_policies): each policy's effective coverage;
//! - `privileged` (role_assignments): who has a privileged directory role and how;
//! - `principals` (every check that has `ca` or `privileged`): the directory objects those
//!   sections name, by id.
//!
//! Every fact that rests on an optional dataset says whether that dataset was there, so a
//! rule can tell "none" from "unknown". docs/CHECKS.md documents the shape.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde_json::{Map, Value, json};

use crate::model::Dataset;

/// Template ids and names of the built-in directory roles cray treats as privileged: roles
/// that can change who signs in, how, or with which rights across the tenant.
pub const PRIVILEGED_ROLES: [(&str, &str); 17] = [
    (
        "62e90394-69f5-4237-9190-012177145e10",
        "Global Administrator",
    ),
    (
        "e8611ab8-c189-46e8-94e1-60213ab1f814",
        "Privileged Role Administrator",
    ),
    (
        "7be44c8a-adaf-4e2a-84d6-ab2649e08a13",
        "Privileged Authentication Administrator",
    ),
    (
        "194ae4cb-b126-40b2-bd5b-6091b380977d",
        "Security Administrator",
    ),
    (
        "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9",
        "Conditional Access Administrator",
    ),
    (
        "29232cdf-9323-42fd-ade2-1d097af3e4de",
        "Exchange Administrator",
    ),
    (
        "f28a1f50-f6e7-4571-818b-6a12f2af6b6c",
        "SharePoint Administrator",
    ),
    (
        "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3",
        "Application Administrator",
    ),
    (
        "158c047a-c907-4556-b7ef-446551a6b5f7",
        "Cloud Application Administrator",
    ),
    ("fe930be7-5e62-47db-91af-98c3a49a38b1", "User Administrator"),
    (
        "c4e39bd9-1100-46d3-8c65-fb160da0071f",
        "Authentication Administrator",
    ),
    (
        "729827e3-9c14-49f7-bb1b-9608f156bbb8",
        "Helpdesk Administrator",
    ),
    (
        "b0f54661-2d74-4c50-afa3-1ec803f12efe",
        "Billing Administrator",
    ),
    (
        "8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2",
        "Hybrid Identity Administrator",
    ),
    (
        "3a2c62db-5318-420d-8d74-23affee5d9d5",
        "Intune Administrator",
    ),
    (
        "0526716b-113d-4c15-b2c8-68e3c22b9f80",
        "Authentication Policy Administrator",
    ),
    (
        "69091246-20e8-4a56-aa4d-066075b2a7a8",
        "Teams Administrator",
    ),
];

/// Authentication methods that resist phishing: an authentication strength counts as
/// phishing-resistant when every combination it allows is made of these.
pub const PHISHING_RESISTANT_METHODS: [&str; 4] = [
    "fido2",
    "windowsHelloForBusiness",
    "x509CertificateMultiFactor",
    "passKeyDeviceBound",
];

/// Service plans per service; a tenant has the service when any plan is enabled.
const SERVICES: [(&str, &[&str]); 5] = [
    (
        "exchange",
        &[
            "EXCHANGE_S_STANDARD",
            "EXCHANGE_S_ENTERPRISE",
            "EXCHANGE_S_DESKLESS",
            "EXCHANGE_S_ESSENTIALS",
            "EXCHANGE_S_FOUNDATION",
        ],
    ),
    ("entra_id_p1", &["AAD_PREMIUM", "AAD_PREMIUM_P2"]),
    ("entra_id_p2", &["AAD_PREMIUM_P2"]),
    (
        "defender_office_p1",
        &["ATP_ENTERPRISE", "THREAT_INTELLIGENCE"],
    ),
    ("defender_office_p2", &["THREAT_INTELLIGENCE"]),
];

/// Condition names that narrow a policy unless they are neutral.
const NARROWING: [&str; 9] = [
    "platforms",
    "locations",
    "devices",
    "userRiskLevels",
    "signInRiskLevels",
    "servicePrincipalRiskLevels",
    "insiderRiskLevels",
    "authenticationFlows",
    "clientApplications",
];

/// The four client app types Entra distinguishes.
const CLIENT_APP_TYPES: [&str; 4] = [
    "browser",
    "mobileAppsAndDesktopClients",
    "exchangeActiveSync",
    "other",
];

/// A part of the facts and the dataset a check must declare to receive it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Section {
    Licences,
    Ca,
    Privileged,
    Registration,
    Users,
    Credentials,
}

impl Section {
    pub(super) const ALL: [Self; 6] = [
        Self::Licences,
        Self::Ca,
        Self::Privileged,
        Self::Registration,
        Self::Users,
        Self::Credentials,
    ];

    /// The key under `input.facts`.
    pub(super) fn key(self) -> &'static str {
        match self {
            Self::Licences => "licences",
            Self::Ca => "ca",
            Self::Privileged => "privileged",
            Self::Registration => "registration",
            Self::Users => "users",
            Self::Credentials => "credentials",
        }
    }

    /// The dataset the section rests on.
    pub(super) fn source(self) -> Dataset {
        match self {
            Self::Licences => Dataset::SubscribedSkus,
            Self::Ca => Dataset::ConditionalAccessPolicies,
            Self::Privileged => Dataset::RoleAssignments,
            Self::Registration => Dataset::UserRegistrationDetails,
            Self::Users => Dataset::Users,
            Self::Credentials => Dataset::Applications,
        }
    }
}

/// The facts of one assessment, each section converted once for the rule engine.
pub(super) struct Facts {
    sections: Vec<(Section, regorus::Value)>,
    principals: regorus::Value,
}

impl Facts {
    /// Returns the facts a check receives: the sections whose source it declares, and the
    /// principals when it receives the `ca` or `privileged` section.
    pub(super) fn for_check(&self, declared: &[Dataset]) -> regorus::Value {
        let mut map = BTreeMap::new();
        for (section, value) in &self.sections {
            if declared.contains(&section.source()) {
                map.insert(regorus::Value::from(section.key()), value.clone());
            }
        }
        if declared.contains(&Dataset::ConditionalAccessPolicies)
            || declared.contains(&Dataset::RoleAssignments)
            || declared.contains(&Dataset::Users)
        {
            map.insert(regorus::Value::from("principals"), self.principals.clone());
        }
        regorus::Value::from(map)
    }
}

/// Complete datasets by key; a dataset that is missing or incomplete is absent.
pub(super) type Usable<'a> = HashMap<Dataset, &'a [Value]>;

/// Computes every section from the usable datasets.
pub(super) fn build(usable: &Usable<'_>) -> Facts {
    // The sections without a directory index build on a second thread. At 100k users each
    // side takes a few hundred milliseconds (measured with eval_bench).
    let (independent, (ca, privileged, principals)) = std::thread::scope(|scope| {
        let independent = scope.spawn(|| {
            [
                licences(usable),
                registration(usable),
                users(usable),
                credentials(usable, time::OffsetDateTime::now_utc()),
            ]
            .map(regorus::Value::from)
        });
        let directory = Directory::new(usable);
        let mut referenced = BTreeSet::new();
        let ca = conditional_access(usable, &directory, &mut referenced);
        let privileged = privileged(usable, &directory, &mut referenced);
        referenced.extend(owner_ids(usable));
        let principals: Map<String, Value> = referenced
            .into_iter()
            .map(|id| {
                let value = directory.describe(&id);
                (id, value)
            })
            .collect();
        let directory_sections = (
            regorus::Value::from(ca),
            regorus::Value::from(privileged),
            regorus::Value::from(Value::Object(principals)),
        );
        match independent.join() {
            Ok(independent) => (independent, directory_sections),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    });
    let [licences, registration, users, credentials] = independent;
    let sections = Section::ALL
        .into_iter()
        .zip([licences, ca, privileged, registration, users, credentials])
        .collect();
    Facts {
        sections,
        principals,
    }
}

fn text<'a>(object: &'a Value, name: &str) -> Option<&'a str> {
    object.get(name).and_then(Value::as_str)
}

fn strings<'a>(object: &'a Value, name: &str) -> Vec<&'a str> {
    object
        .get(name)
        .and_then(Value::as_array)
        .map(|items| items.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

fn field<'a>(object: &'a Value, name: &str) -> Option<&'a Value> {
    object.get(name).filter(|value| !value.is_null())
}

/// The users, groups and service principals of the tenant, indexed by id, with transitive
/// group membership when group members were collected.
struct Directory<'a> {
    users: Option<HashMap<&'a str, &'a Value>>,
    groups: Option<HashMap<&'a str, &'a Value>>,
    service_principals: Option<HashMap<&'a str, &'a Value>>,
    /// Direct members per group id; `None` when group members were not collected.
    members: Option<HashMap<&'a str, Vec<&'a Value>>>,
}

impl<'a> Directory<'a> {
    fn new(usable: &Usable<'a>) -> Self {
        let index = |dataset| {
            usable.get(&dataset).map(|objects: &&'a [Value]| {
                objects
                    .iter()
                    .filter_map(|object| Some((text(object, "id")?, object)))
                    .collect::<HashMap<_, _>>()
            })
        };
        let members = usable.get(&Dataset::GroupMembers).map(|objects| {
            let mut members: HashMap<&str, Vec<&Value>> = HashMap::new();
            for member in objects.iter() {
                if let Some(parent) = text(member, "parentId") {
                    members.entry(parent).or_default().push(member);
                }
            }
            members
        });
        Self {
            users: index(Dataset::Users),
            groups: index(Dataset::Groups),
            service_principals: index(Dataset::ServicePrincipals),
            members,
        }
    }

    /// Returns "user", "group", "service_principal", "unknown" (not found while every
    /// directory dataset that could hold it was read) or "unresolved" (a dataset that could
    /// hold it is missing).
    fn kind(&self, id: &str) -> &'static str {
        let sets = [
            (&self.users, "user"),
            (&self.groups, "group"),
            (&self.service_principals, "service_principal"),
        ];
        for (set, kind) in sets {
            if set.as_ref().is_some_and(|set| set.contains_key(id)) {
                return kind;
            }
        }
        if self.users.is_some() && self.groups.is_some() && self.service_principals.is_some() {
            "unknown"
        } else {
            "unresolved"
        }
    }

    fn object(&self, id: &str) -> Option<&'a Value> {
        [&self.users, &self.groups, &self.service_principals]
            .into_iter()
            .find_map(|set| set.as_ref()?.get(id).copied())
    }

    /// The description of one principal under `facts.principals`.
    fn describe(&self, id: &str) -> Value {
        let kind = self.kind(id);
        let object = self.object(id);
        let get = |name: &str| object.and_then(|o| o.get(name)).cloned();
        let display_name = object
            .and_then(|o| text(o, "displayName"))
            .unwrap_or(id)
            .to_owned();
        let user_type = get("userType")
            .and_then(|v| v.as_str().map(str::to_lowercase))
            .map(Value::from)
            .unwrap_or(Value::Null);
        let upn = get("userPrincipalName").unwrap_or(Value::Null);
        let external = upn
            .as_str()
            .is_some_and(|upn| upn.to_uppercase().contains("#EXT#"));
        json!({
            "id": id,
            "kind": kind,
            "display_name": display_name,
            "user_principal_name": upn,
            "user_type": user_type,
            "external": external,
            "account_enabled": get("accountEnabled").unwrap_or(Value::Null),
            "synchronised": get("onPremisesSyncEnabled").and_then(|v| v.as_bool()) == Some(true),
            "role_assignable": get("isAssignableToRole").and_then(|v| v.as_bool()) == Some(true),
            "emergency_access": kind == "user" && object.is_some_and(is_emergency_named),
            "object": object.cloned().unwrap_or(Value::Null),
        })
    }

    /// Every user reachable from a group through nested membership, or `None` when group
    /// members were not collected.
    fn transitive_users(&self, group: &str) -> Option<BTreeSet<&'a str>> {
        let members = self.members.as_ref()?;
        let mut users = BTreeSet::new();
        let mut seen = HashSet::new();
        let mut queue = vec![group];
        while let Some(current) = queue.pop() {
            if !seen.insert(current) {
                continue;
            }
            for member in members.get(current).into_iter().flatten() {
                let Some(id) = text(member, "id") else {
                    continue;
                };
                let odata = text(member, "@odata.type").unwrap_or_default();
                if odata.ends_with("group")
                    || self.groups.as_ref().is_some_and(|g| g.contains_key(id))
                {
                    queue.push(id);
                } else if odata.is_empty() || odata.ends_with("user") {
                    users.insert(id);
                }
            }
        }
        Some(users)
    }
}

/// True when a user's display name or sign-in name marks it as an emergency access
/// ("break glass") account; spaces, hyphens, underscores and dots are ignored.
fn is_emergency_named(user: &Value) -> bool {
    ["displayName", "userPrincipalName"].iter().any(|name| {
        text(user, name).is_some_and(|value| {
            let squeezed: String = value
                .chars()
                .filter(|c| !matches!(c, ' ' | '-' | '_' | '.'))
                .flat_map(char::to_lowercase)
                .collect();
            squeezed.contains("breakglass") || squeezed.contains("emergencyaccess")
        })
    })
}

/// Ids that rules look up under `principals` although no policy or role names them: the
/// owners of applications.
fn owner_ids(usable: &Usable<'_>) -> Vec<String> {
    usable
        .get(&Dataset::ApplicationOwners)
        .into_iter()
        .flat_map(|owners| owners.iter())
        .filter_map(|owner| text(owner, "id"))
        .map(str::to_owned)
        .collect()
}

/// `registration`: the users that the registration checks list, read from
/// userRegistrationDetails once instead of in each rule.
/// - `members_without_mfa`: members without a registered MFA method whose account is not
///   disabled. Disabled accounts are left out only when the users dataset is present, which
///   `users_known` reports;
/// - `admins_without_mfa`: administrators without a registered MFA method;
/// - `system_preferred_off`: users for whom system-preferred authentication is not on, with
///   `enabled` false when it is off and null when the record does not say.
///
/// Each entry has `id`, `display_name` (the user's display name, else the sign-in name) and
/// `upn`.
fn registration(usable: &Usable<'_>) -> Value {
    let Some(records) = usable.get(&Dataset::UserRegistrationDetails) else {
        return json!({});
    };
    let disabled: Option<HashSet<&str>> = usable.get(&Dataset::Users).map(|users| {
        users
            .iter()
            .filter(|user| user.get("accountEnabled") == Some(&Value::Bool(false)))
            .filter_map(|user| text(user, "id"))
            .collect()
    });
    let is_true = |record: &Value, name: &str| record.get(name) == Some(&Value::Bool(true));
    let mut members = Vec::new();
    let mut admins = Vec::new();
    let mut system_preferred = Vec::new();
    for record in records.iter() {
        let id = text(record, "id").unwrap_or_default();
        let registered = is_true(record, "isMfaRegistered");
        let member =
            text(record, "userType").is_some_and(|kind| kind.eq_ignore_ascii_case("member"));
        let active = disabled
            .as_ref()
            .is_none_or(|disabled| !disabled.contains(id));
        if member && !registered && active {
            members.push(registration_entry(record, id, None));
        }
        if is_true(record, "isAdmin") && !registered {
            admins.push(registration_entry(record, id, None));
        }
        if !is_true(record, "isSystemPreferredAuthenticationMethodEnabled") {
            let enabled = record
                .get("isSystemPreferredAuthenticationMethodEnabled")
                .filter(|value| **value == Value::Bool(false))
                .cloned()
                .unwrap_or(Value::Null);
            system_preferred.push(registration_entry(record, id, Some(enabled)));
        }
    }
    json!({
        "users_known": disabled.is_some(),
        "members_without_mfa": members,
        "admins_without_mfa": admins,
        "system_preferred_off": system_preferred,
    })
}

fn registration_entry(record: &Value, id: &str, enabled: Option<Value>) -> Value {
    let upn = match record.get("userPrincipalName") {
        Some(Value::String(upn)) => upn.clone(),
        Some(other) => other.to_string(),
        None => "null".to_owned(),
    };
    let display_name = text(record, "userDisplayName").map_or_else(|| upn.clone(), str::to_owned);
    let mut entry = json!({"id": id, "display_name": display_name, "upn": upn});
    if let (Some(enabled), Some(fields)) = (enabled, entry.as_object_mut()) {
        fields.insert("enabled".to_owned(), enabled);
    }
    entry
}

/// `users`: the ids of disabled accounts and of guests, each as an object of id to true, so
/// rules test membership without reading every user. `mailbox_accounts` maps the lower-case
/// ExternalDirectoryObjectId of each shared mailbox to its user object; Exchange and Graph do
/// not agree on the case of ids.
fn users(usable: &Usable<'_>) -> Value {
    let Some(users) = usable.get(&Dataset::Users) else {
        return json!({});
    };
    let shared: HashSet<String> = usable
        .get(&Dataset::ExoMailboxes)
        .into_iter()
        .flat_map(|mailboxes| mailboxes.iter())
        .filter(|mailbox| {
            text(mailbox, "RecipientTypeDetails")
                .is_some_and(|kind| kind.eq_ignore_ascii_case("SharedMailbox"))
        })
        .filter_map(|mailbox| text(mailbox, "ExternalDirectoryObjectId"))
        .map(str::to_lowercase)
        .collect();
    let mut disabled = Map::new();
    let mut guests = Map::new();
    let mut accounts = Map::new();
    for user in users.iter() {
        let Some(id) = text(user, "id") else { continue };
        if user.get("accountEnabled") == Some(&Value::Bool(false)) {
            disabled.insert(id.to_owned(), Value::Bool(true));
        }
        if text(user, "userType") == Some("Guest") {
            guests.insert(id.to_owned(), Value::Bool(true));
        }
        let lower = id.to_lowercase();
        if shared.contains(&lower) {
            accounts.insert(lower, user.clone());
        }
    }
    json!({"disabled": disabled, "guests": guests, "mailbox_accounts": accounts})
}

/// Nanoseconds in a day.
const DAY_NS: i128 = 86_400_000_000_000;

/// Days before its end from which a credential counts as expiring.
const EXPIRING_DAYS: i128 = 30;

/// Maximum lifetime of an application credential, in days, before it is flagged.
const MAX_LIFETIME_DAYS: i128 = 366;

/// `credentials`: the application registrations whose client secrets or certificates need
/// attention, in dataset order, each with `id`, `display_name` and `notes`.
/// - `expiry`: notes of `kind` expired, expiring (within 30 days of `now`) or unreadable (no
///   RFC 3339 end date), with the credential's `credential` label and `date` (its
///   endDateTime as stored);
/// - `lifetime`: notes of `kind` long (valid for more than 366 days, with `days`) or
///   unreadable (start or end date not readable);
/// - `secrets`: the applications with client secrets, with their `count` instead of notes.
///
/// A label is the credential's display name, else its keyId.
fn credentials(usable: &Usable<'_>, now: time::OffsetDateTime) -> Value {
    let Some(apps) = usable.get(&Dataset::Applications) else {
        return json!({});
    };
    let now = now.unix_timestamp_nanos();
    let soon = now + EXPIRING_DAYS * DAY_NS;
    let mut expiry = Vec::new();
    let mut lifetime = Vec::new();
    let mut secrets = Vec::new();
    for app in apps.iter() {
        let id = text(app, "id").unwrap_or_default();
        let display_name = text(app, "displayName").unwrap_or(id);
        let mut expiry_notes = Vec::new();
        let mut lifetime_notes = Vec::new();
        let credentials = ["passwordCredentials", "keyCredentials"]
            .into_iter()
            .filter_map(|list| app.get(list)?.as_array())
            .flatten();
        for credential in credentials {
            let label = credential_label(credential);
            let date = credential
                .get("endDateTime")
                .cloned()
                .unwrap_or(Value::Null);
            let end = moment(credential, "endDateTime");
            let start = moment(credential, "startDateTime");
            match end {
                None => expiry_notes.push(json!({"kind": "unreadable", "credential": label})),
                Some(end) if end < now => {
                    expiry_notes
                        .push(json!({"kind": "expired", "credential": label, "date": date}));
                }
                Some(end) if end < soon => {
                    expiry_notes
                        .push(json!({"kind": "expiring", "credential": label, "date": date}));
                }
                Some(_) => {}
            }
            match (start, end) {
                (Some(start), Some(end)) => {
                    let days = (end - start).div_euclid(DAY_NS);
                    if days > MAX_LIFETIME_DAYS {
                        let days = i64::try_from(days).unwrap_or(i64::MAX);
                        lifetime_notes
                            .push(json!({"kind": "long", "credential": label, "days": days}));
                    }
                }
                _ => lifetime_notes.push(json!({"kind": "unreadable", "credential": label})),
            }
        }
        let entry =
            |notes: Vec<Value>| json!({"id": id, "display_name": display_name, "notes": notes});
        let secret_count = app
            .get("passwordCredentials")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        if secret_count > 0 {
            secrets.push(json!({"id": id, "display_name": display_name, "count": secret_count}));
        }
        if !expiry_notes.is_empty() {
            expiry.push(entry(expiry_notes));
        }
        if !lifetime_notes.is_empty() {
            lifetime.push(entry(lifetime_notes));
        }
    }
    json!({"expiry": expiry, "lifetime": lifetime, "secrets": secrets})
}

/// Parses a credential date (RFC 3339 with a `T` separator, fractions and offsets allowed)
/// into nanoseconds since 1970; any other text gives `None`.
fn moment(credential: &Value, name: &str) -> Option<i128> {
    let text = credential.get(name)?.as_str()?;
    if text.as_bytes().get(10) != Some(&b'T') {
        return None;
    }
    let format = time::format_description::well_known::Rfc3339;
    let parsed = time::OffsetDateTime::parse(text, &format).ok()?;
    Some(parsed.unix_timestamp_nanos())
}

/// Returns the display name of a credential, else its keyId as text.
fn credential_label(credential: &Value) -> String {
    match text(credential, "displayName").filter(|name| !name.is_empty()) {
        Some(name) => name.to_owned(),
        None => match credential.get("keyId") {
            Some(Value::String(id)) => id.clone(),
            Some(other) => other.to_string(),
            None => "null".to_owned(),
        },
    }
}

fn licences(usable: &Usable<'_>) -> Value {
    let Some(skus) = usable.get(&Dataset::SubscribedSkus) else {
        return json!({"known": false, "plans": [], "services": {}});
    };
    let plans: BTreeSet<&str> = skus
        .iter()
        .filter(|sku| {
            !matches!(
                text(sku, "capabilityStatus"),
                Some("Suspended" | "Deleted" | "LockedOut")
            )
        })
        .filter_map(|sku| sku.get("servicePlans")?.as_array())
        .flatten()
        .filter(|plan| !matches!(text(plan, "provisioningStatus"), Some("Disabled" | "Error")))
        .filter_map(|plan| text(plan, "servicePlanName"))
        .collect();
    let services: Map<String, Value> = SERVICES
        .iter()
        .map(|(service, granting)| {
            let has = granting.iter().any(|plan| plans.contains(plan));
            ((*service).to_owned(), Value::Bool(has))
        })
        .collect();
    json!({"known": true, "plans": plans, "services": services})
}

/// True when a grant can only be met with multifactor authentication: MFA alone, MFA with
/// AND, or an authentication strength that satisfies "mfa".
fn grant_facts(grant: Option<&Value>, strengths: &HashMap<&str, &Value>) -> Value {
    let Some(grant) = grant else {
        return json!({"block": false, "mfa": false, "phishing_resistant": false,
                      "controls": [], "operator": null, "strength": null});
    };
    let controls = strings(grant, "builtInControls");
    let others = controls.iter().filter(|c| **c != "mfa").count()
        + strings(grant, "customAuthenticationFactors").len()
        + strings(grant, "termsOfUse").len();
    let and = text(grant, "operator") == Some("AND");
    let strength = field(grant, "authenticationStrength");
    // The inline strength may lack its combinations; the strength policies fill them in.
    let combinations: Vec<&str> = strength
        .map(|s| {
            let inline = strings(s, "allowedCombinations");
            if inline.is_empty() {
                text(s, "id")
                    .and_then(|id| strengths.get(id))
                    .map(|full| strings(full, "allowedCombinations"))
                    .unwrap_or_default()
            } else {
                inline
            }
        })
        .unwrap_or_default();
    let strength_mfa = strength.is_some_and(|s| {
        text(s, "requirementsSatisfied") == Some("mfa")
            || text(s, "id")
                .and_then(|id| strengths.get(id))
                .is_some_and(|full| text(full, "requirementsSatisfied") == Some("mfa"))
    });
    let strength_phishing_resistant = !combinations.is_empty()
        && combinations.iter().all(|combination| {
            combination
                .split(',')
                .all(|method| PHISHING_RESISTANT_METHODS.contains(&method.trim()))
        });
    let alone = others == 0 || and;
    let mfa_control = controls.contains(&"mfa");
    json!({
        "block": controls.contains(&"block"),
        "mfa": alone && (mfa_control || strength_mfa),
        "phishing_resistant": alone && strength_mfa && strength_phishing_resistant,
        "controls": controls,
        "operator": text(grant, "operator"),
        "strength": strength.map(|s| json!({
            "id": text(s, "id"),
            "display_name": text(s, "displayName"),
            "allowed_combinations": combinations,
        })),
    })
}

/// Condition names that make the policy skip some sign-ins of its users.
fn narrowing(conditions: &Value) -> Vec<&'static str> {
    let mut names = Vec::new();
    for name in NARROWING {
        let Some(value) = field(conditions, name) else {
            continue;
        };
        let neutral = match name {
            "platforms" => {
                strings(value, "includePlatforms").contains(&"all")
                    && strings(value, "excludePlatforms").is_empty()
            }
            "locations" => {
                strings(value, "includeLocations").contains(&"All")
                    && strings(value, "excludeLocations").is_empty()
            }
            "authenticationFlows" => text(value, "transferMethods").is_none_or(str::is_empty),
            _ => {
                value.as_array().is_some_and(Vec::is_empty)
                    || value.as_object().is_some_and(Map::is_empty)
            }
        };
        if !neutral {
            names.push(name);
        }
    }
    let types = strings(conditions, "clientAppTypes");
    if !all_client_apps(&types) {
        names.push("clientAppTypes");
    }
    names
}

fn all_client_apps(types: &[&str]) -> bool {
    types.is_empty() || types.contains(&"all") || CLIENT_APP_TYPES.iter().all(|t| types.contains(t))
}

fn conditional_access(
    usable: &Usable<'_>,
    directory: &Directory<'_>,
    referenced: &mut BTreeSet<String>,
) -> Value {
    let Some(policies) = usable.get(&Dataset::ConditionalAccessPolicies) else {
        return json!({"policies": []});
    };
    let strengths: HashMap<&str, &Value> = usable
        .get(&Dataset::AuthenticationStrengthPolicies)
        .map(|objects| {
            objects
                .iter()
                .filter_map(|o| Some((text(o, "id")?, o)))
                .collect()
        })
        .unwrap_or_default();
    let security_defaults = usable.get(&Dataset::SecurityDefaults).map(|objects| {
        objects
            .iter()
            .any(|o| o.get("isEnabled").and_then(Value::as_bool) == Some(true))
    });
    let policies: Vec<Value> = policies
        .iter()
        .map(|policy| policy_facts(policy, directory, &strengths, referenced))
        .collect();
    let mut emergency: Vec<&str> = directory
        .users
        .iter()
        .flat_map(|users| users.iter())
        .filter(|(_, user)| is_emergency_named(user))
        .map(|(id, _)| *id)
        .collect();
    emergency.sort_unstable();
    for id in &emergency {
        referenced.insert((*id).to_owned());
    }
    json!({
        "policies": policies,
        "emergency_accounts": emergency,
        "security_defaults": security_defaults,
        "group_members_known": directory.members.is_some(),
        "directory_known": directory.users.is_some() && directory.groups.is_some(),
    })
}

fn policy_facts(
    policy: &Value,
    directory: &Directory<'_>,
    strengths: &HashMap<&str, &Value>,
    referenced: &mut BTreeSet<String>,
) -> Value {
    let empty = Value::Null;
    let conditions = field(policy, "conditions").unwrap_or(&empty);
    let users = field(conditions, "users").unwrap_or(&empty);
    let apps = field(conditions, "applications").unwrap_or(&empty);
    let state = text(policy, "state").unwrap_or_default();
    let include_users = strings(users, "includeUsers");
    let exclude_users = strings(users, "excludeUsers");
    let include_groups = strings(users, "includeGroups");
    let exclude_groups = strings(users, "excludeGroups");
    let include_roles = strings(users, "includeRoles");
    let exclude_roles = strings(users, "excludeRoles");
    let include_guests = field(users, "includeGuestsOrExternalUsers").is_some();
    let exclude_guests = field(users, "excludeGuestsOrExternalUsers").is_some();
    let all_users = include_users.contains(&"All");
    let no_users = !all_users
        && include_users.iter().all(|u| *u == "None")
        && include_groups.is_empty()
        && include_roles.is_empty()
        && !include_guests;

    let excluded_user_ids: Vec<&str> = exclude_users
        .iter()
        .copied()
        .filter(|id| !matches!(*id, "All" | "None" | "GuestsOrExternalUsers"))
        .collect();
    // An excluded user or group that the complete directory lacks was deleted; without the
    // users or groups it stays unresolved.
    let mut unresolved = Vec::new();
    let mut deleted = Vec::new();
    let lists = [
        (&excluded_user_ids, &directory.users),
        (&exclude_groups, &directory.groups),
    ];
    for (ids, known) in lists {
        for id in ids.iter().copied() {
            match known {
                Some(known) if !known.contains_key(id) => deleted.push(id),
                None => unresolved.push(id),
                Some(_) => {}
            }
        }
    }
    for id in excluded_user_ids
        .iter()
        .chain(&exclude_groups)
        .chain(&include_users)
    {
        if !matches!(*id, "All" | "None" | "GuestsOrExternalUsers") {
            referenced.insert((*id).to_owned());
        }
    }
    for id in &include_groups {
        referenced.insert((*id).to_owned());
    }
    let unprotected_groups: Vec<&str> = exclude_groups
        .iter()
        .copied()
        .filter(|id| {
            directory.kind(id) == "group"
                && directory
                    .object(id)
                    .and_then(|g| g.get("isAssignableToRole"))
                    .and_then(Value::as_bool)
                    != Some(true)
        })
        .collect();
    // Users excluded through groups, when group members are known.
    let excluded_through_groups: Option<BTreeSet<&str>> = exclude_groups
        .iter()
        .map(|group| directory.transitive_users(group))
        .try_fold(BTreeSet::new(), |mut all, users| {
            all.extend(users?);
            Some(all)
        });
    let mut excluded_all: BTreeSet<&str> = excluded_user_ids.iter().copied().collect();
    if let Some(through) = &excluded_through_groups {
        excluded_all.extend(through);
    }

    let app_gaps: Vec<&str> = [
        (!strings(apps, "includeApplications").contains(&"All")).then_some("not_all_apps"),
        (!strings(apps, "excludeApplications").is_empty()).then_some("excluded_apps"),
        field(apps, "applicationFilter").map(|_| "app_filter"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let client_types = strings(conditions, "clientAppTypes");
    let narrowed = narrowing(conditions);
    let excludes_everyone = exclude_users.contains(&"All");
    let user_gaps: Vec<&str> = [
        (!all_users).then_some("not_all_users"),
        exclude_guests.then_some("excluded_guests"),
        exclude_users
            .contains(&"GuestsOrExternalUsers")
            .then_some("excluded_guests"),
        excludes_everyone.then_some("excluded_all_users"),
        (!exclude_roles.is_empty()).then_some("excluded_roles"),
        (!unprotected_groups.is_empty()).then_some("unprotected_excluded_groups"),
        (!deleted.is_empty()).then_some("excluded_unknown_objects"),
    ]
    .into_iter()
    .flatten()
    .collect::<BTreeSet<_>>()
    .into_iter()
    .collect();
    let flows = field(conditions, "authenticationFlows")
        .and_then(|f| text(f, "transferMethods"))
        .map(|methods| methods.split(',').map(str::trim).collect::<Vec<_>>())
        .unwrap_or_default();
    let session = field(policy, "sessionControls").unwrap_or(&empty);
    let frequency = field(session, "signInFrequency")
        .filter(|f| f.get("isEnabled").and_then(Value::as_bool) != Some(false));
    let persistent = field(session, "persistentBrowser")
        .filter(|p| p.get("isEnabled").and_then(Value::as_bool) != Some(false))
        .and_then(|p| text(p, "mode"));
    let legacy_clients = client_types.is_empty()
        || client_types.contains(&"all")
        || (client_types.contains(&"exchangeActiveSync") && client_types.contains(&"other"));

    json!({
        "id": text(policy, "id").unwrap_or_default(),
        "display_name": text(policy, "displayName").or(text(policy, "id")).unwrap_or_default(),
        "state": state,
        "enforced": state == "enabled",
        "report_only": state == "enabledForReportingButNotEnforced",
        "disabled": state != "enabled" && state != "enabledForReportingButNotEnforced",
        "applies_to_no_users": no_users,
        "users": {
            "all": all_users,
            "include_users": include_users,
            "include_groups": include_groups,
            "include_roles": include_roles,
            "include_guests": include_guests,
            "exclude_users": excluded_user_ids,
            "exclude_groups": exclude_groups,
            "exclude_roles": exclude_roles,
            "exclude_guests": exclude_guests || exclude_users.contains(&"GuestsOrExternalUsers"),
            "excluded": excluded_all.iter().map(|id| (*id, true)).collect::<BTreeMap<_, _>>(),
            "group_exclusions_known": excluded_through_groups.is_some(),
            "deleted_objects": deleted,
            "unresolved_objects": unresolved,
            "unprotected_excluded_groups": unprotected_groups,
            "gaps": user_gaps,
        },
        "apps": {"all": app_gaps.is_empty(), "gaps": app_gaps},
        "client_app_types": client_types,
        "all_client_apps": all_client_apps(&client_types),
        "legacy_clients": legacy_clients,
        "narrowing": narrowed,
        "full_scope": all_users && app_gaps.is_empty() && narrowed.is_empty(),
        "authentication_flows": flows,
        "sign_in_risk_levels": strings(conditions, "signInRiskLevels"),
        "user_risk_levels": strings(conditions, "userRiskLevels"),
        "grant": grant_facts(field(policy, "grantControls"), strengths),
        "session": {
            "sign_in_frequency": frequency.cloned(),
            "persistent_browser": persistent,
        },
    })
}

/// The privileged role holders: active and eligible assignments of the privileged roles, to
/// users, groups (members expanded when known) and service principals.
fn privileged(
    usable: &Usable<'_>,
    directory: &Directory<'_>,
    referenced: &mut BTreeSet<String>,
) -> Value {
    let roles: HashMap<&str, &str> = PRIVILEGED_ROLES.into_iter().collect();
    let role_names: HashMap<&str, &str> = usable
        .get(&Dataset::RoleDefinitions)
        .map(|objects| {
            objects
                .iter()
                .filter_map(|d| {
                    Some((
                        text(d, "templateId").or(text(d, "id"))?,
                        text(d, "displayName")?,
                    ))
                })
                .collect()
        })
        .unwrap_or_default();
    // Time-bound activations: a schedule instance with an end is not permanent.
    let activations: HashSet<(&str, &str)> = usable
        .get(&Dataset::RoleAssignmentScheduleInstances)
        .into_iter()
        .flat_map(|objects| objects.iter())
        .filter(|i| {
            text(i, "assignmentType") == Some("Activated") && field(i, "endDateTime").is_some()
        })
        .filter_map(|i| Some((text(i, "principalId")?, text(i, "roleDefinitionId")?)))
        .collect();
    let pim_known = usable.contains_key(&Dataset::RoleAssignmentScheduleInstances);
    let mut holders = Vec::new();
    let sources = [
        (Dataset::RoleAssignments, "active"),
        (Dataset::RoleEligibilitySchedules, "eligible"),
    ];
    for (dataset, assignment) in sources {
        for item in usable.get(&dataset).into_iter().flat_map(|o| o.iter()) {
            let (Some(principal), Some(role)) =
                (text(item, "principalId"), text(item, "roleDefinitionId"))
            else {
                continue;
            };
            let privileged = roles.contains_key(role);
            let name = roles
                .get(role)
                .or(role_names.get(role))
                .copied()
                .unwrap_or(role);
            let scope = text(item, "directoryScopeId").unwrap_or("/");
            let kind = directory.kind(principal);
            let permanent = assignment == "active" && !activations.contains(&(principal, role));
            let mut push = |id: &str, via: Option<&str>, kind: &str| {
                referenced.insert(id.to_owned());
                holders.push(json!({
                    "principal_id": id,
                    "kind": kind,
                    "role_id": role,
                    "role_name": name,
                    "privileged": privileged,
                    "scope": scope,
                    "assignment": assignment,
                    "permanent": permanent,
                    "via_group": via,
                }));
            };
            push(principal, None, kind);
            if kind == "group" {
                for user in directory.transitive_users(principal).unwrap_or_default() {
                    push(user, Some(principal), "user");
                }
            }
        }
    }
    json!({
        "holders": holders,
        "roles": roles,
        "eligibility_known": usable.contains_key(&Dataset::RoleEligibilitySchedules),
        "activations_known": pim_known,
        "group_members_known": directory.members.is_some(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credential_facts(list: Value) -> Value {
        let apps = [json!({"id": "app-1", "displayName": "Payroll", "passwordCredentials": list})];
        let usable: Usable<'_> = HashMap::from([(Dataset::Applications, &apps[..])]);
        let now = time::macros::datetime!(2026-12-04 00:00 UTC);
        credentials(&usable, now)
    }

    #[test]
    fn credential_kinds_follow_dates() {
        let facts = credential_facts(json!([
            {"displayName": "old", "startDateTime": "2025-01-01T00:00:00Z",
             "endDateTime": "2026-01-01T00:00:00Z"},
            {"displayName": "soon", "startDateTime": "2026-06-01T00:00:00Z",
             "endDateTime": "2026-12-20T00:00:00Z"},
            {"keyId": "k-3", "startDateTime": "2026-01-01T00:00:00Z",
             "endDateTime": "9999-12-31T23:59:59Z"},
            {"displayName": "bad", "endDateTime": "2026-12-20 00:00:00Z"},
        ]));
        let kinds = |section: &str| -> Vec<(String, String)> {
            facts[section][0]["notes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| {
                    (
                        n["kind"].as_str().unwrap().to_owned(),
                        n["credential"].as_str().unwrap().to_owned(),
                    )
                })
                .collect()
        };
        let pair = |kind: &str, label: &str| (kind.to_owned(), label.to_owned());
        assert_eq!(
            kinds("expiry"),
            [
                pair("expired", "old"),
                pair("expiring", "soon"),
                pair("unreadable", "bad")
            ]
        );
        assert_eq!(
            kinds("lifetime"),
            [pair("long", "k-3"), pair("unreadable", "bad")]
        );
        assert_eq!(facts["secrets"][0]["count"], 4);
        assert_eq!(facts["secrets"][0]["display_name"], "Payroll");
    }
}
