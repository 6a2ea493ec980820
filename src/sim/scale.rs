//! Generated tenants of any size: users, groups, applications, service principals, delegated
//! permission grants, Conditional Access policies, registration details and the per-object
//! relations (members, owners, app role assignments).
//!
//! Nothing is stored per object. Every property of object `i` of a kind derives from the seed,
//! the kind and `i`, and becomes JSON only for the page being served. A tenant with 100,000
//! users and 50,000 groups therefore takes well under a megabyte. Object ids encode
//! their index (see [`object_id`]), so a per-object path such as `groups/{id}/members` finds its
//! parent without a lookup table. Group members are a stride through the users with a stride
//! coprime to the user count, so a group never lists a user twice.

mod names;
mod policies;
pub mod serve;

use std::fmt;
use std::str::FromStr;

use serde_json::{Value, json};
use time::OffsetDateTime;
use time::macros::format_description;

use super::demo::{DEFAULT_DOMAIN, INITIAL_DOMAIN};
use super::wire::{base64url, splitmix64};
use names::{
    AppName, DEPARTMENTS, GIVEN_NAMES, GRAPH_APP_ROLES, GRAPH_SCOPES, GUEST_DOMAINS, JOB_TITLES,
    SURNAMES, TOPICS, VENDORS,
};

/// App id of Microsoft Graph, the same in every tenant.
const GRAPH_APP_ID: &str = "00000003-0000-0000-c000-000000000000";

/// Tenant id that owns Microsoft's first-party applications.
const MICROSOFT_TENANT_ID: &str = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";

/// Domain of the on-premises forest that synced users come from.
const SYNCED_DOMAIN: &str = "corp.contoso-demo.example";

/// Unix time of 2016-01-01T00:00:00Z, the earliest creation date of generated objects.
const EPOCH_START: i64 = 1_451_606_400;

/// Unix time of 2026-11-01T00:00:00Z, the fixed "now" of generated sign-ins and credentials.
const GENERATED_NOW: i64 = 1_793_491_200;

/// Seconds per day.
const DAY: i64 = 86_400;

/// Strides tried for group membership, all prime; the first that does not divide the user count
/// is used.
const STRIDES: [u64; 4] = [7_919, 104_729, 15_485_863, 1];

/// Size and seed of a generated tenant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScaleSpec {
    /// Number of users.
    pub users: u32,
    /// Number of groups.
    pub groups: u32,
    /// Number of application registrations; the tenant also has one service principal per
    /// application plus one for Microsoft Graph.
    pub applications: u32,
    /// Number of Conditional Access policies.
    pub ca_policies: u32,
    /// Seed of every derived property; the same seed gives the same tenant.
    pub seed: u64,
}

/// Named tenant sizes of `cray simulate --scale`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// The hand-built demo tenant "Contoso demo" (50 users), without throttling.
    Demo,
    /// A few hundred users.
    S,
    /// About 10,000 users.
    M,
    /// 100,000 users, 50,000 groups, 5,000 applications, 500 CA policies.
    L,
}

/// The default seed of generated tenants.
pub const DEFAULT_SEED: u64 = 0x0000_c4a7_5eed;

impl Preset {
    /// Returns the generated tenant size of the preset; `None` for the demo tenant.
    #[must_use]
    pub const fn spec(self) -> Option<ScaleSpec> {
        let (users, groups, applications, ca_policies) = match self {
            Self::Demo => return None,
            Self::S => (300, 120, 40, 20),
            Self::M => (10_000, 4_000, 500, 100),
            Self::L => (100_000, 50_000, 5_000, 500),
        };
        Some(ScaleSpec {
            users,
            groups,
            applications,
            ca_policies,
            seed: DEFAULT_SEED,
        })
    }
}

/// A `--scale` value that names no preset.
#[derive(Debug, thiserror::Error)]
#[error("unknown scale {0:?}; use demo, S, M or L")]
pub struct UnknownPreset(String);

impl FromStr for Preset {
    type Err = UnknownPreset;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.to_ascii_lowercase().as_str() {
            "demo" => Ok(Self::Demo),
            "s" => Ok(Self::S),
            "m" => Ok(Self::M),
            "l" => Ok(Self::L),
            _ => Err(UnknownPreset(text.to_owned())),
        }
    }
}

impl fmt::Display for Preset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Demo => "demo",
            Self::S => "S",
            Self::M => "M",
            Self::L => "L",
        })
    }
}

/// Kinds of generated object, each with its own id space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    User = 1,
    Group = 2,
    Application = 3,
    AppId = 4,
    ServicePrincipal = 5,
    ForeignAppId = 6,
    Policy = 7,
    Credential = 8,
    Assignment = 9,
    Grant = 10,
}

/// One collection or per-object relation the generated tenant serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listing {
    /// `users`
    Users,
    /// `groups`
    Groups,
    /// `applications`
    Applications,
    /// `servicePrincipals`
    ServicePrincipals,
    /// `oauth2PermissionGrants`
    Grants,
    /// `identity/conditionalAccess/policies`
    CaPolicies,
    /// `reports/authenticationMethods/userRegistrationDetails`
    RegistrationDetails,
    /// `groups/{id}/members` of the group with this index.
    GroupMembers(u32),
    /// `groups/{id}/owners`
    GroupOwners(u32),
    /// `applications/{id}/owners`
    ApplicationOwners(u32),
    /// `servicePrincipals/{id}/owners`
    ServicePrincipalOwners(u32),
    /// `servicePrincipals/{id}/appRoleAssignments`
    AppRoleAssignments(u32),
}

/// Collections of a generated tenant: (path below `/v1.0/`, listing, dataset key).
const COLLECTIONS: [(&str, Listing, &str); 7] = [
    ("users", Listing::Users, "users"),
    ("groups", Listing::Groups, "groups"),
    ("applications", Listing::Applications, "applications"),
    (
        "servicePrincipals",
        Listing::ServicePrincipals,
        "service_principals",
    ),
    (
        "oauth2PermissionGrants",
        Listing::Grants,
        "oauth2_permission_grants",
    ),
    (
        "identity/conditionalAccess/policies",
        Listing::CaPolicies,
        "conditional_access_policies",
    ),
    // NOTE: Graph does not document the page size of this report; it pages like the directory
    // lists here (default 100, `$top` up to 999).
    (
        "reports/authenticationMethods/userRegistrationDetails",
        Listing::RegistrationDetails,
        "user_registration_details",
    ),
];

/// Shape of a user the traits derive.
#[derive(Clone, Copy)]
struct UserTraits {
    guest: bool,
    enabled: bool,
    synced: bool,
    given: usize,
    surname: usize,
    /// Days before [`GENERATED_NOW`] of the last sign-in; `None` = never signed in.
    last_sign_in_days: Option<i64>,
    created: i64,
    roll: u64,
}

/// Kinds of generated group.
#[derive(Clone, Copy, PartialEq, Eq)]
enum GroupKind {
    RoleAssignable,
    Unified,
    Dynamic,
    Synced,
    Security,
}

/// Shape of a group the traits derive.
#[derive(Clone, Copy)]
struct GroupTraits {
    kind: GroupKind,
    members: u32,
    owners: u32,
    first_member: u64,
    roll: u64,
}

/// A tenant generated from a [`ScaleSpec`]; see the module documentation.
pub struct GeneratedTenant {
    spec: ScaleSpec,
    stride: u64,
    /// Indices of the service principals that hold a delegated permission grant.
    grant_holders: Vec<u32>,
    /// Indices of the enabled users, which the registration details report lists.
    enabled_users: Vec<u32>,
    counts: Vec<(&'static str, u64)>,
}

impl GeneratedTenant {
    /// Generates the tenant: derives the few indices and totals that are not per object.
    #[must_use]
    pub fn generate(spec: ScaleSpec) -> Self {
        let users = u64::from(spec.users.max(1));
        let stride = STRIDES
            .iter()
            .copied()
            .find(|stride| users % stride != 0 || *stride == 1)
            .unwrap_or(1);
        let mut tenant = Self {
            spec,
            stride,
            grant_holders: Vec::new(),
            enabled_users: Vec::new(),
            counts: Vec::new(),
        };
        tenant.enabled_users = (0..spec.users)
            .filter(|i| tenant.user_traits(*i).enabled)
            .collect();
        tenant.grant_holders = (0..tenant.service_principal_count())
            .filter(|s| tenant.has_grant(*s))
            .collect();
        tenant.counts = tenant.compute_counts();
        tenant
    }

    /// Returns the size and seed the tenant was generated from.
    #[must_use]
    pub fn spec(&self) -> ScaleSpec {
        self.spec
    }

    /// Returns the number of objects of every dataset the tenant generates, keyed by dataset key
    /// (per-object datasets count all related objects over all parents).
    #[must_use]
    pub fn counts(&self) -> &[(&'static str, u64)] {
        &self.counts
    }

    /// Returns the listing served at `path` (below `/v1.0/`, without a query), if generated.
    #[must_use]
    pub fn listing(&self, path: &str) -> Option<Listing> {
        let path = path.trim_end_matches('/');
        if let Some((_, listing, _)) = COLLECTIONS.iter().find(|(p, _, _)| *p == path) {
            return Some(*listing);
        }
        let mut segments = path.split('/');
        let (Some(parent), Some(id), Some(relation), None) = (
            segments.next(),
            segments.next(),
            segments.next(),
            segments.next(),
        ) else {
            return None;
        };
        match (parent, relation) {
            ("groups", "members") => self.group_index(id).map(Listing::GroupMembers),
            ("groups", "owners") => self.group_index(id).map(Listing::GroupOwners),
            ("applications", "owners") => {
                self.application_index(id).map(Listing::ApplicationOwners)
            }
            ("servicePrincipals", "owners") => self
                .service_principal_index(id)
                .map(Listing::ServicePrincipalOwners),
            ("servicePrincipals", "appRoleAssignments") => self
                .service_principal_index(id)
                .map(Listing::AppRoleAssignments),
            _ => None,
        }
    }

    /// Returns the number of items of a listing.
    #[must_use]
    pub fn len(&self, listing: Listing) -> usize {
        let count = match listing {
            Listing::Users => self.spec.users,
            Listing::Groups => self.spec.groups,
            Listing::Applications => self.spec.applications,
            Listing::ServicePrincipals => self.service_principal_count(),
            Listing::Grants => count_u32(self.grant_holders.len()),
            Listing::CaPolicies => self.spec.ca_policies,
            Listing::RegistrationDetails => count_u32(self.enabled_users.len()),
            Listing::GroupMembers(g) => self.group_traits(g).members,
            Listing::GroupOwners(g) => self.group_traits(g).owners,
            Listing::ApplicationOwners(a) => self.application_owner_count(a),
            Listing::ServicePrincipalOwners(s) => self.service_principal_owner_count(s),
            Listing::AppRoleAssignments(s) => self.assignment_count(s),
        };
        count as usize
    }

    /// Renders item `index` of a listing; `sign_in_activity` adds users' `signInActivity`.
    #[must_use]
    pub fn item(&self, listing: Listing, index: usize, sign_in_activity: bool) -> Value {
        let i = count_u32(index);
        match listing {
            Listing::Users => self.user(i, sign_in_activity),
            Listing::Groups => self.group(i),
            Listing::Applications => self.application(i),
            Listing::ServicePrincipals => self.service_principal(i),
            Listing::Grants => self.grant(self.grant_holders.get(index).copied().unwrap_or(0)),
            Listing::CaPolicies => policies::policy(self, i),
            Listing::RegistrationDetails => {
                self.registration_details(self.enabled_users.get(index).copied().unwrap_or(0))
            }
            Listing::GroupMembers(g) => {
                let traits = self.group_traits(g);
                let user = (traits.first_member + u64::from(i) * self.stride)
                    % u64::from(self.spec.users.max(1));
                self.directory_object(count_u32(user as usize))
            }
            Listing::GroupOwners(g) => self.directory_object(self.pick_user(Kind::Group, g, i)),
            Listing::ApplicationOwners(a) => {
                self.directory_object(self.pick_user(Kind::Application, a, i))
            }
            Listing::ServicePrincipalOwners(s) => {
                self.directory_object(self.pick_user(Kind::ServicePrincipal, s, i))
            }
            Listing::AppRoleAssignments(s) => self.assignment(s, i),
        }
    }

    /// Returns the listing's name inside skip tokens: its path.
    #[must_use]
    pub fn token_name(&self, listing: Listing) -> String {
        if let Some((path, _, _)) = COLLECTIONS.iter().find(|(_, l, _)| *l == listing) {
            return (*path).to_owned();
        }
        match listing {
            Listing::GroupMembers(g) => format!("groups/{}/members", self.id(Kind::Group, g)),
            Listing::GroupOwners(g) => format!("groups/{}/owners", self.id(Kind::Group, g)),
            Listing::ApplicationOwners(a) => {
                format!("applications/{}/owners", self.id(Kind::Application, a))
            }
            Listing::ServicePrincipalOwners(s) => {
                format!(
                    "servicePrincipals/{}/owners",
                    self.id(Kind::ServicePrincipal, s)
                )
            }
            Listing::AppRoleAssignments(s) => format!(
                "servicePrincipals/{}/appRoleAssignments",
                self.id(Kind::ServicePrincipal, s)
            ),
            _ => String::new(),
        }
    }

    /// Returns the id of group `index`.
    #[cfg(test)]
    fn group_id(&self, index: u32) -> String {
        self.id(Kind::Group, index)
    }

    /// Returns the number of members of group `index`.
    #[cfg(test)]
    fn group_member_count(&self, index: u32) -> u32 {
        self.group_traits(index).members
    }

    fn compute_counts(&self) -> Vec<(&'static str, u64)> {
        let mut counts: Vec<(&'static str, u64)> = COLLECTIONS
            .iter()
            .map(|(_, listing, key)| (*key, self.len(*listing) as u64))
            .collect();
        let (mut members, mut group_owners) = (0u64, 0u64);
        for g in 0..self.spec.groups {
            let traits = self.group_traits(g);
            members += u64::from(traits.members);
            group_owners += u64::from(traits.owners);
        }
        let app_owners = (0..self.spec.applications)
            .map(|a| u64::from(self.application_owner_count(a)))
            .sum();
        let (mut sp_owners, mut assignments) = (0u64, 0u64);
        for s in 0..self.service_principal_count() {
            sp_owners += u64::from(self.service_principal_owner_count(s));
            assignments += u64::from(self.assignment_count(s));
        }
        counts.extend([
            ("group_members", members),
            ("group_owners", group_owners),
            ("application_owners", app_owners),
            ("service_principal_owners", sp_owners),
            ("service_principal_app_role_assignments", assignments),
        ]);
        counts
    }

    // --- ids and derivation -------------------------------------------------------------

    /// Returns a 64-bit value derived from the seed, an object and a salt.
    fn roll(&self, kind: Kind, index: u32, salt: u64) -> u64 {
        let mut state = self.spec.seed
            ^ (kind as u64).wrapping_mul(0xa076_1d64_78bd_642f)
            ^ u64::from(index).wrapping_mul(0xe703_7ed1_a0b4_28db)
            ^ salt.wrapping_mul(0x8ebc_6af0_9c88_c6e3);
        splitmix64(&mut state);
        splitmix64(&mut state)
    }

    /// Returns the 48-bit mask that hides an object's index in its id.
    fn index_mask(&self, kind: Kind) -> u64 {
        self.roll(kind, u32::MAX, 0xffff) & 0xffff_ffff_ffff
    }

    /// Derives the object id of object `index` of `kind`: a version-4 GUID whose last 48 bits
    /// are the index under a seeded mask, and whose other bits are seeded noise.
    fn id(&self, kind: Kind, index: u32) -> String {
        let noise = self.roll(kind, index, 1);
        let low = (u64::from(index) ^ self.index_mask(kind)) & 0xffff_ffff_ffff;
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&noise.to_be_bytes());
        bytes[8..].copy_from_slice(&(((noise & 0xffff) << 48) | low).to_be_bytes());
        uuid::Builder::from_random_bytes(bytes)
            .into_uuid()
            .to_string()
    }

    /// Returns the index of the object of `kind` with this id, if the tenant has it.
    fn index_of(&self, kind: Kind, id: &str, count: u32) -> Option<u32> {
        let parsed = uuid::Uuid::parse_str(id).ok()?;
        let low = (parsed.as_u128() as u64) & 0xffff_ffff_ffff;
        let index = u32::try_from(low ^ self.index_mask(kind)).ok()?;
        (index < count && self.id(kind, index) == parsed.to_string()).then_some(index)
    }

    fn group_index(&self, id: &str) -> Option<u32> {
        self.index_of(Kind::Group, id, self.spec.groups)
    }

    fn application_index(&self, id: &str) -> Option<u32> {
        self.index_of(Kind::Application, id, self.spec.applications)
    }

    fn service_principal_index(&self, id: &str) -> Option<u32> {
        self.index_of(Kind::ServicePrincipal, id, self.service_principal_count())
    }

    /// Picks the user at position `nth` among an object's owners.
    fn pick_user(&self, kind: Kind, index: u32, nth: u32) -> u32 {
        let roll = self.roll(kind, index, 100 + u64::from(nth));
        count_u32((roll % u64::from(self.spec.users.max(1))) as usize)
    }

    // --- users --------------------------------------------------------------------------

    fn user_traits(&self, i: u32) -> UserTraits {
        let r = self.roll(Kind::User, i, 0);
        let guest = r % 100 < 5;
        UserTraits {
            guest,
            enabled: (r >> 8) % 100 >= 4,
            synced: !guest && (r >> 16) % 100 < 30,
            given: ((r >> 24) % GIVEN_NAMES.len() as u64) as usize,
            surname: ((r >> 32) % SURNAMES.len() as u64) as usize,
            last_sign_in_days: ((r >> 40) % 100 >= 8).then_some(((r >> 44) % 400) as i64),
            created: EPOCH_START + ((r >> 48) % 3_600) as i64 * DAY + (r % 86_000) as i64,
            roll: r,
        }
    }

    /// Returns (display name, user principal name, mail, local part) of user `i`.
    fn user_names(&self, i: u32, traits: &UserTraits) -> (String, String, String) {
        let (given, given_ascii) = GIVEN_NAMES[traits.given];
        let (surname, surname_ascii) = SURNAMES[traits.surname];
        let local = format!("{given_ascii}.{surname_ascii}.{i}");
        let display = format!("{given} {surname}");
        if traits.guest {
            let home = GUEST_DOMAINS[(traits.roll >> 52) as usize % GUEST_DOMAINS.len()];
            let home_local = format!("{given_ascii}.{surname_ascii}{i}");
            let upn = format!(
                "{home_local}_{}#EXT#@{INITIAL_DOMAIN}",
                home.replace('.', "_")
            );
            return (display, upn, format!("{home_local}@{home}"));
        }
        let address = format!("{local}@{DEFAULT_DOMAIN}");
        (display, address.clone(), address)
    }

    fn user(&self, i: u32, sign_in_activity: bool) -> Value {
        let traits = self.user_traits(i);
        let (display, upn, mail) = self.user_names(i, &traits);
        let member = !traits.guest;
        let (given, _) = GIVEN_NAMES[traits.given];
        let (surname, _) = SURNAMES[traits.surname];
        let job = JOB_TITLES[(traits.roll >> 56) as usize % JOB_TITLES.len()];
        let mut user = json!({
            "id": self.id(Kind::User, i),
            "businessPhones": [],
            "displayName": display,
            "givenName": member.then_some(given),
            "surname": member.then_some(surname),
            "jobTitle": member.then_some(job),
            "mail": mail,
            "mobilePhone": null,
            "officeLocation": member.then_some("Berlin"),
            "preferredLanguage": member.then_some("de-DE"),
            "userPrincipalName": upn,
            "userType": if member { "Member" } else { "Guest" },
            "accountEnabled": traits.enabled,
            "onPremisesSyncEnabled": traits.synced.then_some(true),
            "onPremisesDomainName": traits.synced.then_some(SYNCED_DOMAIN),
            "createdDateTime": timestamp(traits.created),
            "usageLocation": member.then_some("DE"),
        });
        if sign_in_activity && let Some(days) = traits.last_sign_in_days {
            let interactive = GENERATED_NOW - days * DAY - (traits.roll % 40_000) as i64;
            let background = interactive + (traits.roll % 20_000) as i64;
            let request = self.id(Kind::Credential, i);
            user["signInActivity"] = json!({
                "lastSignInDateTime": timestamp(interactive),
                "lastSignInRequestId": request,
                "lastNonInteractiveSignInDateTime": timestamp(background),
                "lastNonInteractiveSignInRequestId": request,
                "lastSuccessfulSignInDateTime": timestamp(background),
                "lastSuccessfulSignInRequestId": request,
            });
        }
        user
    }

    /// Renders user `i` as a related directory object, typed by `@odata.type`.
    fn directory_object(&self, i: u32) -> Value {
        let mut user = self.user(i, false);
        if let Value::Object(fields) = &mut user {
            fields.insert("@odata.type".into(), json!("#microsoft.graph.user"));
        }
        user
    }

    fn registration_details(&self, i: u32) -> Value {
        let traits = self.user_traits(i);
        let (display, upn, _) = self.user_names(i, &traits);
        let r = self.roll(Kind::User, i, 7);
        let mfa = r % 100 < 78;
        let passwordless = mfa && (r >> 8) % 100 < 15;
        let sspr = (r >> 16) % 100 < 60;
        let mut methods: Vec<&str> = Vec::new();
        if passwordless {
            methods.push("passKeyDeviceBound");
        }
        if mfa {
            methods.extend(["microsoftAuthenticatorPush", "softwareOneTimePasscode"]);
        }
        if sspr {
            methods.push("email");
        }
        let preferred = if passwordless {
            "passKeyDeviceBound"
        } else if mfa {
            "push"
        } else {
            "none"
        };
        let system_preferred: Vec<&str> = methods.first().copied().into_iter().collect();
        json!({
            "id": self.id(Kind::User, i),
            "userPrincipalName": upn,
            "userDisplayName": display,
            "isAdmin": i < 20,
            "isSsprRegistered": sspr,
            "isSsprEnabled": sspr,
            "isSsprCapable": sspr,
            "isMfaRegistered": mfa,
            "isMfaCapable": mfa,
            "isPasswordlessCapable": passwordless,
            "lastUpdatedDateTime": timestamp(GENERATED_NOW - (r >> 24) as i64 % (30 * DAY)),
            "methodsRegistered": methods,
            "isSystemPreferredAuthenticationMethodEnabled": true,
            "systemPreferredAuthenticationMethods": system_preferred,
            "userPreferredMethodForSecondaryAuthentication": if preferred == "passKeyDeviceBound" {
                "push"
            } else {
                preferred
            },
            "userType": if traits.guest { "guest" } else { "member" },
        })
    }

    // --- groups -------------------------------------------------------------------------

    fn group_traits(&self, g: u32) -> GroupTraits {
        let r = self.roll(Kind::Group, g, 0);
        let kind = match r % 1000 {
            0..5 => GroupKind::RoleAssignable,
            5..355 => GroupKind::Unified,
            355..405 => GroupKind::Dynamic,
            405..605 => GroupKind::Synced,
            _ => GroupKind::Security,
        };
        let size = (r >> 10) % 1000;
        let spread = r >> 20;
        let members = match (kind, size) {
            (GroupKind::RoleAssignable, _) => 1 + spread % 10,
            (_, 0..2) => 301 + spread % 2_700,
            (_, 2..102) => 21 + spread % 200,
            _ => spread % 21,
        };
        let owners = match kind {
            GroupKind::RoleAssignable => 1,
            GroupKind::Unified => 1 + (r >> 40) % 2,
            GroupKind::Synced => 0,
            GroupKind::Dynamic | GroupKind::Security => (r >> 40) % 2,
        };
        let users = u64::from(self.spec.users);
        GroupTraits {
            kind,
            members: count_u32(members.min(users) as usize),
            owners: count_u32(owners.min(users) as usize),
            first_member: (r >> 42) % users.max(1),
            roll: r,
        }
    }

    fn group(&self, g: u32) -> Value {
        let traits = self.group_traits(g);
        let department = DEPARTMENTS[(traits.roll >> 48) as usize % DEPARTMENTS.len()];
        let topic = TOPICS[(traits.roll >> 54) as usize % TOPICS.len()];
        let (name, description) = match traits.kind {
            GroupKind::RoleAssignable => (
                format!("PIM {department} Admins {g}"),
                format!("Role-assignable group for {department} administrators"),
            ),
            GroupKind::Unified => (
                format!("{department} {topic} {g}"),
                format!("Microsoft 365 group of {department} for {topic}"),
            ),
            GroupKind::Dynamic => (
                format!("Dynamic {department} {g}"),
                format!("Everyone in {department}"),
            ),
            GroupKind::Synced => (
                format!("SG-{department}-{topic}-{g}"),
                format!("{department} {topic} (from on-premises AD)"),
            ),
            GroupKind::Security => (
                format!("{department} {topic} access {g}"),
                format!("Access to {topic} resources"),
            ),
        };
        let unified = traits.kind == GroupKind::Unified;
        let nickname = name.to_ascii_lowercase().replace(' ', "-");
        let group_types: Vec<&str> = match traits.kind {
            GroupKind::Unified => vec!["Unified"],
            GroupKind::Dynamic => vec!["DynamicMembership"],
            _ => Vec::new(),
        };
        let mut group = json!({
            "id": self.id(Kind::Group, g),
            "deletedDateTime": null,
            "classification": null,
            "createdDateTime": timestamp(EPOCH_START + ((traits.roll >> 30) % 3_600) as i64 * DAY),
            "description": description,
            "displayName": name,
            "groupTypes": group_types,
            "isAssignableToRole": (traits.kind == GroupKind::RoleAssignable).then_some(true),
            "mail": unified.then(|| format!("{nickname}@{DEFAULT_DOMAIN}")),
            "mailEnabled": unified,
            "mailNickname": nickname,
            "membershipRule": null,
            "membershipRuleProcessingState": null,
            "onPremisesSyncEnabled": (traits.kind == GroupKind::Synced).then_some(true),
            "securityEnabled": !unified,
            "visibility": unified.then_some("Private"),
        });
        if traits.kind == GroupKind::Dynamic {
            group["membershipRule"] = json!(format!("(user.department -eq \"{department}\")"));
            group["membershipRuleProcessingState"] = json!("On");
        }
        group
    }

    // --- applications and service principals --------------------------------------------

    fn application_owner_count(&self, a: u32) -> u32 {
        count_u32(((self.roll(Kind::Application, a, 0) >> 24) % 3) as usize).min(self.spec.users)
    }

    fn application_name(&self, a: u32) -> AppName {
        AppName::pick(self.roll(Kind::Application, a, 0) >> 32, a)
    }

    fn application(&self, a: u32) -> Value {
        let r = self.roll(Kind::Application, a, 0);
        let audience = match r % 100 {
            0..15 => "AzureADMultipleOrgs",
            15..18 => "AzureADandPersonalMicrosoftAccount",
            _ => "AzureADMyOrg",
        };
        let created = EPOCH_START + ((r >> 40) % 3_600) as i64 * DAY;
        let passwords: Vec<Value> = (0..(r >> 8) % 3)
            .map(|k| self.password_credential(a, k, created))
            .collect();
        let keys: Vec<Value> = if (r >> 12).is_multiple_of(4) {
            vec![self.key_credential(a, created)]
        } else {
            Vec::new()
        };
        let permissions = 1 + (r >> 14) % 3;
        let resource_access: Vec<Value> = (0..permissions)
            .map(|k| {
                let pick = ((r >> 16) + k) as usize;
                if (r >> 18).wrapping_add(k) % 2 == 0 {
                    let (id, _, _) = GRAPH_APP_ROLES[pick % GRAPH_APP_ROLES.len()];
                    json!({"id": id, "type": "Role"})
                } else {
                    let (id, _) = GRAPH_SCOPES[pick % GRAPH_SCOPES.len()];
                    json!({"id": id, "type": "Scope"})
                }
            })
            .collect();
        let name = self.application_name(a);
        let web_uri = format!("https://{}.{DEFAULT_DOMAIN}/signin-oidc", name.host);
        let implicit = (r >> 20).is_multiple_of(10);
        json!({
            "id": self.id(Kind::Application, a),
            "deletedDateTime": null,
            "appId": self.id(Kind::AppId, a),
            "createdDateTime": timestamp(created),
            "description": null,
            "displayName": name.display,
            "identifierUris": [],
            "isFallbackPublicClient": (r >> 22).is_multiple_of(20).then_some(true),
            "publisherDomain": DEFAULT_DOMAIN,
            "signInAudience": audience,
            "tags": [],
            "verifiedPublisher": {"displayName": null, "verifiedPublisherId": null, "addedDateTime": null},
            "keyCredentials": keys,
            "passwordCredentials": passwords,
            "publicClient": {"redirectUris": []},
            "requiredResourceAccess": [{"resourceAppId": GRAPH_APP_ID, "resourceAccess": resource_access}],
            "spa": {"redirectUris": []},
            "web": {
                "homePageUrl": null,
                "logoutUrl": null,
                "redirectUris": [web_uri],
                "implicitGrantSettings": {
                    "enableAccessTokenIssuance": implicit,
                    "enableIdTokenIssuance": implicit,
                },
            },
        })
    }

    fn password_credential(&self, a: u32, k: u64, created: i64) -> Value {
        let r = self.roll(Kind::Credential, a, k);
        let start = created.max(GENERATED_NOW - ((r % 900) as i64 + 30) * DAY);
        let end = match (r >> 10) % 4 {
            0 => start + 365 * DAY,
            1 => 4_102_358_400,
            _ => start + 730 * DAY,
        };
        let hint: String = base64url(&r.to_be_bytes()).chars().take(3).collect();
        json!({
            "customKeyIdentifier": null,
            "displayName": format!("secret-{}", k + 1),
            "endDateTime": timestamp(end),
            "hint": hint,
            "keyId": self.id(Kind::Credential, a.wrapping_mul(4).wrapping_add(count_u32(k as usize))),
            "secretText": null,
            "startDateTime": timestamp(start),
        })
    }

    fn key_credential(&self, a: u32, created: i64) -> Value {
        let r = self.roll(Kind::Credential, a, 9);
        let start = created.max(GENERATED_NOW - ((r % 700) as i64 + 10) * DAY);
        let thumbprint = base64url(&self.roll(Kind::Credential, a, 10).to_be_bytes());
        json!({
            "customKeyIdentifier": thumbprint,
            "displayName": format!("CN={}", self.application_name(a).host),
            "endDateTime": timestamp(start + 365 * DAY),
            "key": null,
            "keyId": self.id(Kind::Credential, a.wrapping_mul(4).wrapping_add(3)),
            "startDateTime": timestamp(start),
            "type": "AsymmetricX509Cert",
            "usage": "Verify",
        })
    }

    /// Returns the number of service principals: one per application plus Microsoft Graph.
    fn service_principal_count(&self) -> u32 {
        self.spec.applications.saturating_add(1)
    }

    /// Index of the Microsoft Graph service principal (the last one).
    fn graph_principal(&self) -> u32 {
        self.spec.applications
    }

    /// Whether service principal `s` belongs to a third-party (multi-tenant) app rather than to
    /// application `s` of this tenant.
    fn is_third_party(&self, s: u32) -> bool {
        s % 5 == 4 && s != self.graph_principal()
    }

    fn service_principal_owner_count(&self, s: u32) -> u32 {
        let owned = s != self.graph_principal()
            && !self.is_third_party(s)
            && (self.roll(Kind::ServicePrincipal, s, 0) >> 28).is_multiple_of(4);
        u32::from(owned && self.spec.users > 0)
    }

    fn assignment_count(&self, s: u32) -> u32 {
        if s == self.graph_principal() {
            return 0;
        }
        count_u32(((self.roll(Kind::ServicePrincipal, s, 0) >> 8) % 5) as usize)
    }

    fn has_grant(&self, s: u32) -> bool {
        s != self.graph_principal()
            && (self.roll(Kind::ServicePrincipal, s, 0) >> 16).is_multiple_of(3)
    }

    /// Returns the display name of service principal `s`.
    fn service_principal_name(&self, s: u32) -> String {
        if s == self.graph_principal() {
            return "Microsoft Graph".to_owned();
        }
        if self.is_third_party(s) {
            let r = self.roll(Kind::ServicePrincipal, s, 0);
            let vendor = VENDORS[(r >> 32) as usize % VENDORS.len()];
            return format!("{vendor} Connector {s}");
        }
        self.application_name(s).display
    }

    fn service_principal(&self, s: u32) -> Value {
        let r = self.roll(Kind::ServicePrincipal, s, 0);
        let graph = s == self.graph_principal();
        let third_party = self.is_third_party(s);
        let (app_id, owner_tenant, audience) = if graph {
            (
                GRAPH_APP_ID.to_owned(),
                MICROSOFT_TENANT_ID.to_owned(),
                "AzureADMultipleOrgs",
            )
        } else if third_party {
            let tenant = self.id(Kind::ForeignAppId, s / 5 % 37 + 1_000_000);
            (
                self.id(Kind::ForeignAppId, s),
                tenant,
                "AzureADMultipleOrgs",
            )
        } else {
            (
                self.id(Kind::AppId, s),
                super::DEMO_TENANT_ID.to_owned(),
                "AzureADMyOrg",
            )
        };
        let name = self.service_principal_name(s);
        let verified = (third_party && (r >> 36).is_multiple_of(2)).then(|| {
            json!({"displayName": VENDORS[(r >> 32) as usize % VENDORS.len()],
                   "verifiedPublisherId": format!("{}", 1_000_000 + (r >> 40) % 8_000_000),
                   "addedDateTime": timestamp(EPOCH_START + 400 * DAY)})
        });
        let (app_roles, scopes) = if graph {
            (graph_app_roles(), graph_scopes())
        } else {
            (Vec::new(), Vec::new())
        };
        json!({
            "id": self.id(Kind::ServicePrincipal, s),
            "deletedDateTime": null,
            "accountEnabled": !(r >> 44).is_multiple_of(50),
            "appDisplayName": name,
            "appId": app_id,
            "appOwnerOrganizationId": owner_tenant,
            "appRoleAssignmentRequired": (r >> 46).is_multiple_of(4),
            "displayName": name,
            "servicePrincipalNames": [app_id],
            "servicePrincipalType": "Application",
            "signInAudience": audience,
            "tags": ["WindowsAzureActiveDirectoryIntegratedApp"],
            "verifiedPublisher": verified.unwrap_or_else(
                || json!({"displayName": null, "verifiedPublisherId": null, "addedDateTime": null})
            ),
            "appRoles": app_roles,
            "oauth2PermissionScopes": scopes,
            "keyCredentials": [],
            "passwordCredentials": [],
        })
    }

    fn assignment(&self, s: u32, k: u32) -> Value {
        let r = self.roll(Kind::ServicePrincipal, s, 0);
        let (role, _, _) =
            GRAPH_APP_ROLES[((r >> 50) as usize + k as usize) % GRAPH_APP_ROLES.len()];
        let id_bytes = [
            self.roll(Kind::Assignment, s, u64::from(k)).to_be_bytes(),
            self.roll(Kind::Assignment, s, u64::from(k) + 64)
                .to_be_bytes(),
        ]
        .concat();
        json!({
            "id": base64url(&id_bytes),
            "deletedDateTime": null,
            "appRoleId": role,
            "createdDateTime": timestamp(EPOCH_START + ((r >> 20) % 3_600) as i64 * DAY),
            "principalDisplayName": self.service_principal_name(s),
            "principalId": self.id(Kind::ServicePrincipal, s),
            "principalType": "ServicePrincipal",
            "resourceDisplayName": "Microsoft Graph",
            "resourceId": self.id(Kind::ServicePrincipal, self.graph_principal()),
        })
    }

    fn grant(&self, s: u32) -> Value {
        let r = self.roll(Kind::Grant, s, 0);
        let all = r % 10 < 7;
        let scopes: Vec<&str> = (0..1 + (r >> 8) % 4)
            .map(|k| GRAPH_SCOPES[((r >> 12) + k) as usize % GRAPH_SCOPES.len()].1)
            .chain(["openid", "profile"])
            .collect();
        let id_bytes = [r.to_be_bytes(), self.roll(Kind::Grant, s, 1).to_be_bytes()].concat();
        json!({
            "clientId": self.id(Kind::ServicePrincipal, s),
            "consentType": if all { "AllPrincipals" } else { "Principal" },
            "id": base64url(&id_bytes),
            "principalId": (!all).then(|| self.id(Kind::User, self.pick_user(Kind::Grant, s, 0))),
            "resourceId": self.id(Kind::ServicePrincipal, self.graph_principal()),
            "scope": scopes.join(" "),
        })
    }

    // --- used by policies ---------------------------------------------------------------

    /// Id of CA policy `i`.
    fn policy_id(&self, i: u32) -> String {
        self.id(Kind::Policy, i)
    }

    /// Id of a user that policy `i` may exclude (a break-glass account, say).
    fn policy_user(&self, i: u32) -> Option<String> {
        (self.spec.users > 0).then(|| self.id(Kind::User, i % self.spec.users.max(1) % 5))
    }

    /// Id of a group that policy `i` may target or exclude.
    fn policy_group(&self, i: u32) -> Option<String> {
        (self.spec.groups > 0).then(|| self.id(Kind::Group, i % self.spec.groups))
    }

    /// Id of an application that policy `i` may target.
    fn policy_application(&self, i: u32) -> Option<String> {
        (self.spec.applications > 0).then(|| self.id(Kind::AppId, i % self.spec.applications))
    }

    /// A value derived from policy `i`.
    fn policy_roll(&self, i: u32) -> u64 {
        self.roll(Kind::Policy, i, 0)
    }
}

/// Microsoft Graph's application roles as its service principal lists them.
fn graph_app_roles() -> Vec<Value> {
    GRAPH_APP_ROLES
        .iter()
        .map(|(id, value, name)| {
            json!({
                "allowedMemberTypes": ["Application"],
                "description": format!("Allows the app to {name} without a signed-in user."),
                "displayName": format!("{name} (application)"),
                "id": id,
                "isEnabled": true,
                "origin": "Application",
                "value": value,
            })
        })
        .collect()
}

/// Microsoft Graph's delegated scopes as its service principal lists them.
fn graph_scopes() -> Vec<Value> {
    GRAPH_SCOPES
        .iter()
        .map(|(id, value)| {
            json!({
                "adminConsentDescription": format!("Allows the app to use {value}."),
                "adminConsentDisplayName": value,
                "id": id,
                "isEnabled": true,
                "type": "User",
                "userConsentDescription": format!("Allows the app to use {value} for you."),
                "userConsentDisplayName": value,
                "value": value,
            })
        })
        .collect()
}

/// Converts an index or count that fits the generated sizes (all `u32`) to `u32`.
fn count_u32(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

/// Formats Unix seconds as `2025-11-19T01:31:47Z`.
fn timestamp(unix: i64) -> String {
    let format = format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|time| time.format(format).ok())
        .unwrap_or_else(|| String::from("2020-01-01T00:00:00Z"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> GeneratedTenant {
        GeneratedTenant::generate(Preset::S.spec().expect("S is generated"))
    }

    #[test]
    fn ids_round_trip_to_indices() {
        let tenant = small();
        for g in [0, 1, 77, 119] {
            let id = tenant.group_id(g);
            assert!(uuid::Uuid::parse_str(&id).is_ok());
            assert_eq!(tenant.group_index(&id), Some(g));
        }
        assert_eq!(tenant.group_index(&tenant.id(Kind::User, 3)), None);
        assert_eq!(tenant.group_index("not-a-guid"), None);
    }

    #[test]
    fn group_members_are_distinct_users() {
        let tenant = small();
        let big = (0..120)
            .max_by_key(|g| tenant.group_member_count(*g))
            .expect("groups exist");
        let listing = Listing::GroupMembers(big);
        let mut ids: Vec<String> = (0..tenant.len(listing))
            .map(|k| tenant.item(listing, k, false)["id"].to_string())
            .collect();
        let total = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), total);
        assert!(total > 100, "largest group has only {total} members");
    }

    #[test]
    fn same_seed_same_tenant_other_seed_other_tenant() {
        let spec = Preset::S.spec().expect("S is generated");
        let a = GeneratedTenant::generate(spec);
        let b = GeneratedTenant::generate(spec);
        let c = GeneratedTenant::generate(ScaleSpec { seed: 7, ..spec });
        assert_eq!(
            a.item(Listing::Users, 5, true),
            b.item(Listing::Users, 5, true)
        );
        assert_ne!(
            a.item(Listing::Users, 5, false)["id"],
            c.item(Listing::Users, 5, false)["id"]
        );
        assert_eq!(a.counts(), b.counts());
    }

    #[test]
    fn users_have_guests_disabled_and_synced() {
        let tenant = small();
        let users: Vec<Value> = (0..300)
            .map(|i| tenant.item(Listing::Users, i, false))
            .collect();
        let guests = users
            .iter()
            .filter(|u| {
                u["userPrincipalName"]
                    .as_str()
                    .is_some_and(|upn| upn.contains("#EXT#"))
            })
            .count();
        let disabled = users
            .iter()
            .filter(|u| u["accountEnabled"] == false)
            .count();
        let synced = users
            .iter()
            .filter(|u| u["onPremisesSyncEnabled"] == true)
            .count();
        assert!(
            guests > 3 && disabled > 3 && synced > 40,
            "{guests} {disabled} {synced}"
        );
    }

    #[test]
    fn presets_parse_case_insensitively() {
        assert_eq!("l".parse::<Preset>().ok(), Some(Preset::L));
        assert_eq!("Demo".parse::<Preset>().ok(), Some(Preset::Demo));
        assert!("XL".parse::<Preset>().is_err());
    }
}
