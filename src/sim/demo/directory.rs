//! Directory data of the demo tenant: organization, domains, licences, users and groups.

use serde_json::{Value, json};
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

use super::{DEFAULT_DOMAIN, INITIAL_DOMAIN, ObjectKind, group_id, object_id, user_id};
use crate::sim::{DEMO_DISPLAY_NAME, DEMO_TENANT_ID};

/// Domain of the on-premises Active Directory forest that synced users come from.
const SYNCED_DOMAIN: &str = "corp.contoso-demo.example";

/// SKU id of Microsoft 365 E5 (`ENTERPRISEPREMIUM`).
const E5_SKU_ID: &str = "c7df2760-2c81-4ef7-b578-5b5392b571df";

/// Service plans of the E5 SKU that the demo lists: (id, name).
const E5_SERVICE_PLANS: [(&str, &str); 4] = [
    (
        "efb87545-963c-4e0d-99df-69c6916d9eb0",
        "EXCHANGE_S_ENTERPRISE",
    ),
    ("41781fb2-bc02-4b7c-bd55-b576c07bb09d", "AAD_PREMIUM"),
    ("eec0eb4f-6444-4f95-aba0-50c24d67f998", "AAD_PREMIUM_P2"),
    ("8a256a2b-b617-496d-b51b-e76466e88db0", "MFA_PREMIUM"),
];

/// Origin of an account.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    /// Created in Entra ID.
    Cloud,
    /// Synchronised from on-premises Active Directory.
    Synced,
    /// Invited B2B guest from this home domain.
    Guest(&'static str),
}

/// One demo account: display name, UPN prefix, source, and whether sign-in is enabled.
struct Person {
    name: &'static str,
    local: &'static str,
    source: Source,
    enabled: bool,
}

/// Shorthand for an enabled account.
const fn person(name: &'static str, local: &'static str, source: Source) -> Person {
    Person {
        name,
        local,
        source,
        enabled: true,
    }
}

/// Shorthand for a disabled account.
const fn disabled(name: &'static str, local: &'static str, source: Source) -> Person {
    Person {
        name,
        local,
        source,
        enabled: false,
    }
}

/// The 50 demo accounts: 45 members (10 synced, 4 disabled) and 5 guests.
const PEOPLE: [Person; 50] = [
    person("Emergency Access 01", "ea01", Source::Cloud),
    person("Adele Vance", "adele.vance", Source::Cloud),
    person("Jürgen Weiß", "juergen.weiss", Source::Synced),
    person("Zoë Ünal", "zoe.uenal", Source::Cloud),
    person("Megan Bowen", "megan.bowen", Source::Cloud),
    person("Søren Kjærgaard", "soeren.kjaergaard", Source::Cloud),
    person("Chloé Lefèvre", "chloe.lefevre", Source::Cloud),
    person("Alex Wilber", "alex.wilber", Source::Cloud),
    person("Lee Gu", "lee.gu", Source::Cloud),
    person("Lidia Holloway", "lidia.holloway", Source::Cloud),
    person("Nestor Wilke", "nestor.wilke", Source::Cloud),
    person("Patti Fernandez", "patti.fernandez", Source::Cloud),
    person("Pradeep Gupta", "pradeep.gupta", Source::Cloud),
    person("Łukasz Wróbel", "lukasz.wrobel", Source::Cloud),
    person("Ana Muñoz", "ana.munoz", Source::Cloud),
    person("Björn Åkesson", "bjoern.akesson", Source::Synced),
    person("Małgorzata Krawczyk", "malgorzata.krawczyk", Source::Cloud),
    person("Şebnem Yılmaz", "sebnem.yilmaz", Source::Cloud),
    person("François Dubois", "francois.dubois", Source::Cloud),
    person("Dörte Müller", "doerte.mueller", Source::Synced),
    person("Ömer Çelik", "oemer.celik", Source::Cloud),
    person("José García", "jose.garcia", Source::Cloud),
    person("Ingrid Bräutigam", "ingrid.braeutigam", Source::Synced),
    person("Niamh O'Brien", "niamh.obrien", Source::Cloud),
    person("Renée Faßbender", "renee.fassbender", Source::Synced),
    person("Grady Archie", "grady.archie", Source::Cloud),
    person("Isaiah Langer", "isaiah.langer", Source::Cloud),
    person("Johanna Lorenz", "johanna.lorenz", Source::Synced),
    person("Lynne Robbins", "lynne.robbins", Source::Cloud),
    person("Miriam Graham", "miriam.graham", Source::Cloud),
    person("Diego Siciliani", "diego.siciliani", Source::Cloud),
    person("Henrietta Müller", "henrietta.mueller", Source::Synced),
    person("Irvin Sayers", "irvin.sayers", Source::Cloud),
    person("Christie Cline", "christie.cline", Source::Cloud),
    person("Debra Berger", "debra.berger", Source::Cloud),
    person("Hélène Côté", "helene.cote", Source::Cloud),
    person("Mateus Gonçalves", "mateus.goncalves", Source::Cloud),
    person("Ilse Vögele", "ilse.voegele", Source::Synced),
    person("Enrico Cattaneo", "enrico.cattaneo", Source::Cloud),
    person("Joni Sherman", "joni.sherman", Source::Cloud),
    disabled("Tobias Häusler", "tobias.haeusler", Source::Synced),
    disabled("Kerstin Schäfer", "kerstin.schaefer", Source::Synced),
    disabled("Legacy Scanner", "scanner", Source::Cloud),
    disabled("Finance Shared Mailbox", "finance.shared", Source::Cloud),
    person("Allan Deyoung", "allan.deyoung", Source::Cloud),
    person(
        "Marta Ruiz",
        "marta.ruiz",
        Source::Guest("partner-lab.example"),
    ),
    person(
        "Kenji Sato",
        "kenji.sato",
        Source::Guest("partner-lab.example"),
    ),
    person(
        "Amélie Laurent",
        "amelie.laurent",
        Source::Guest("auditors.example"),
    ),
    person(
        "Priya Raman",
        "priya.raman",
        Source::Guest("auditors.example"),
    ),
    person(
        "Ole Nordmann",
        "ole.nordmann",
        Source::Guest("fjord-consulting.example"),
    ),
];

/// Job titles handed out in turn to member accounts.
const JOB_TITLES: [&str; 6] = [
    "Consultant",
    "Sales Manager",
    "Accountant",
    "IT Administrator",
    "Marketing Specialist",
    "Engineer",
];

/// Creation time of the tenant; every object is created after it.
const TENANT_CREATED: OffsetDateTime = datetime!(2019-03-11 09:14:52 UTC);

/// Formats a time as Graph does: `2019-03-11T09:14:52Z`.
fn graph_time(at: OffsetDateTime) -> String {
    let format =
        time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    at.format(format).unwrap_or_default()
}

/// Returns a fixed creation time `index` steps after the tenant was created.
fn created(index: usize, step_days: i64) -> String {
    let steps = i64::try_from(index).unwrap_or(0);
    graph_time(TENANT_CREATED + Duration::days(steps * step_days) + Duration::minutes(steps * 7))
}

/// Builds the organization collection: one item.
pub fn organization() -> Value {
    json!([{
        "id": DEMO_TENANT_ID,
        "deletedDateTime": null,
        "businessPhones": ["+49 30 555 0100"],
        "city": "Berlin",
        "country": null,
        "countryLetterCode": "DE",
        "createdDateTime": graph_time(TENANT_CREATED),
        "defaultUsageLocation": null,
        "displayName": DEMO_DISPLAY_NAME,
        "marketingNotificationEmails": [],
        "onPremisesLastSyncDateTime": "2025-11-02T06:41:07Z",
        "onPremisesSyncEnabled": true,
        "partnerTenantType": null,
        "postalCode": "10115",
        "preferredLanguage": "de",
        "securityComplianceNotificationMails": [],
        "securityComplianceNotificationPhones": [],
        "state": null,
        "street": "Beispielstraße 1",
        "technicalNotificationMails": [format!("it-ops@{DEFAULT_DOMAIN}")],
        "tenantType": "AAD",
        "assignedPlans": E5_SERVICE_PLANS.iter().map(|(id, name)| json!({
            "assignedDateTime": "2022-10-20T21:15:29Z",
            "capabilityStatus": "Enabled",
            "service": if name.starts_with("EXCHANGE") { "exchange" } else { "AADPremiumService" },
            "servicePlanId": id,
        })).collect::<Vec<_>>(),
        "privacyProfile": {"contactEmail": "", "statementUrl": ""},
        "provisionedPlans": [
            {"capabilityStatus": "Enabled", "provisioningStatus": "Success", "service": "exchange"}
        ],
        "verifiedDomains": [
            verified_domain(INITIAL_DOMAIN, "Email, OfficeCommunicationsOnline", true, false),
            verified_domain(DEFAULT_DOMAIN, "Email, OfficeCommunicationsOnline", false, true),
            verified_domain(SYNCED_DOMAIN, "None", false, false),
        ],
    }])
}

/// Builds one `verifiedDomain` of the organization.
fn verified_domain(name: &str, capabilities: &str, initial: bool, default: bool) -> Value {
    json!({
        "capabilities": capabilities,
        "isDefault": default,
        "isInitial": initial,
        "name": name,
        "type": "Managed",
    })
}

/// Builds the domains collection: initial, default and the synced forest's domain.
pub fn domains() -> Value {
    json!([
        domain(
            INITIAL_DOMAIN,
            &["Email", "OfficeCommunicationsOnline"],
            true,
            false
        ),
        domain(
            DEFAULT_DOMAIN,
            &["Email", "OfficeCommunicationsOnline", "Intune"],
            false,
            true
        ),
        domain(SYNCED_DOMAIN, &[], false, false),
    ])
}

/// Builds one domain item.
fn domain(name: &str, services: &[&str], initial: bool, default: bool) -> Value {
    json!({
        "authenticationType": "Managed",
        "availabilityStatus": null,
        "id": name,
        "isAdminManaged": true,
        "isDefault": default,
        "isInitial": initial,
        "isRoot": true,
        "isVerified": true,
        "passwordNotificationWindowInDays": 14,
        "passwordValidityPeriodInDays": 2_147_483_647,
        "supportedServices": services,
        "state": null,
    })
}

/// Builds the subscribedSkus collection: Microsoft 365 E5 with its Entra ID P1 and P2 plans.
pub fn subscribed_skus() -> Value {
    let plans: Vec<Value> = E5_SERVICE_PLANS
        .iter()
        .map(|(id, name)| {
            json!({
                "appliesTo": "User",
                "provisioningStatus": "Success",
                "servicePlanId": id,
                "servicePlanName": name,
            })
        })
        .collect();
    json!([{
        "accountId": DEMO_TENANT_ID,
        "accountName": "contosodemo",
        "appliesTo": "User",
        "capabilityStatus": "Enabled",
        "consumedUnits": 46,
        "id": format!("{DEMO_TENANT_ID}_{E5_SKU_ID}"),
        "prepaidUnits": {"enabled": 60, "lockedOut": 0, "suspended": 0, "warning": 0},
        "servicePlans": plans,
        "skuId": E5_SKU_ID,
        "skuPartNumber": "ENTERPRISEPREMIUM",
        "subscriptionIds": [object_id(ObjectKind::Policy, "subscription-e5")],
    }])
}

/// Builds the users collection with every property the simulator stores.
pub fn users() -> Value {
    Value::Array(PEOPLE.iter().enumerate().map(|(i, p)| user(i, p)).collect())
}

/// Builds one user item.
fn user(index: usize, person: &Person) -> Value {
    let (given, surname) = person.name.split_once(' ').unwrap_or((person.name, ""));
    let (upn, mail, user_type) = match person.source {
        Source::Guest(home) => (
            format!("{}_{home}#EXT#@{INITIAL_DOMAIN}", person.local),
            Some(format!("{}@{home}", person.local)),
            "Guest",
        ),
        _ if person.local == "ea01" => (format!("ea01@{INITIAL_DOMAIN}"), None, "Member"),
        _ => {
            let address = format!("{}@{DEFAULT_DOMAIN}", person.local);
            let mail = (person.local != "scanner").then(|| address.clone());
            (address, mail, "Member")
        }
    };
    let member = user_type == "Member";
    json!({
        "id": user_id(person.local),
        "businessPhones": [],
        "displayName": person.name,
        "givenName": member.then_some(given),
        "surname": member.then_some(surname),
        "jobTitle": member.then(|| JOB_TITLES[index % JOB_TITLES.len()]),
        "mail": mail,
        "mobilePhone": null,
        "officeLocation": member.then_some("Berlin"),
        "preferredLanguage": member.then_some("de-DE"),
        "userPrincipalName": upn,
        "userType": user_type,
        "accountEnabled": person.enabled,
        "onPremisesSyncEnabled": (person.source == Source::Synced).then_some(true),
        "onPremisesDomainName": (person.source == Source::Synced).then_some(SYNCED_DOMAIN),
        "createdDateTime": created(index, 29),
        "usageLocation": member.then_some("DE"),
    })
}

/// Builds the groups collection: CA exclusion groups, role-assignable groups and Microsoft 365
/// groups.
pub fn groups() -> Value {
    json!([
        security_group(
            "CA-Exclusions-BreakGlass",
            "Break-glass accounts excluded from CA",
            true
        ),
        security_group(
            "CA-Pilot-Exclusions",
            "Users excluded from the MFA pilot policy",
            false
        ),
        security_group(
            "PIM-Exchange-Admins",
            "Eligible and active Exchange administrators",
            true
        ),
        unified_group("All Staff", "allstaff", "Everyone at Contoso demo"),
        unified_group("Finance", "finance", "Finance team"),
        unified_group("Project Phoenix", "phoenix", "Project Phoenix workspace"),
        unified_group(
            "Vertrieb Süd",
            "vertrieb-sued",
            "Vertriebsteam Süddeutschland"
        ),
        unified_group("Marketing", "marketing", "Marketing team"),
        security_group("IT Operations", "IT operations staff", false),
        synced_group(
            "Helpdesk Tier 1",
            "First-level support (from on-premises AD)"
        ),
        synced_group(
            "VPN Users",
            "Users allowed to use the VPN (from on-premises AD)"
        ),
        security_group(
            "Guests - Partner Lab",
            "Guests from partner-lab.example",
            false
        ),
    ])
}

/// Builds a cloud security group.
fn security_group(name: &str, description: &str, role_assignable: bool) -> Value {
    group(name, description, &[], false, role_assignable, None)
}

/// Builds a security group synchronised from on-premises Active Directory.
fn synced_group(name: &str, description: &str) -> Value {
    let mut synced = group(name, description, &[], false, false, None);
    synced["onPremisesSyncEnabled"] = Value::Bool(true);
    synced
}

/// Builds a Microsoft 365 (unified) group with a mailbox.
fn unified_group(name: &str, nickname: &str, description: &str) -> Value {
    group(name, description, &["Unified"], true, false, Some(nickname))
}

/// Builds one group item.
fn group(
    name: &str,
    description: &str,
    group_types: &[&str],
    mail_enabled: bool,
    role_assignable: bool,
    nickname: Option<&str>,
) -> Value {
    let fallback_nickname = name.to_ascii_lowercase().replace(' ', "-");
    let nickname = nickname.map_or(fallback_nickname, str::to_owned);
    json!({
        "id": group_id(name),
        "deletedDateTime": null,
        "classification": null,
        "createdDateTime": created(name.len(), 41),
        "description": description,
        "displayName": name,
        "groupTypes": group_types,
        "isAssignableToRole": role_assignable.then_some(true),
        "mail": mail_enabled.then(|| format!("{nickname}@{DEFAULT_DOMAIN}")),
        "mailEnabled": mail_enabled,
        "mailNickname": nickname,
        "onPremisesSyncEnabled": null,
        "securityEnabled": !mail_enabled,
        "visibility": mail_enabled.then_some("Private"),
    })
}
