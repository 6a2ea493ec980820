//! Word lists of generated tenants: names, departments, vendors and Microsoft Graph permissions.

/// Given names: (display form, ASCII form for addresses).
pub const GIVEN_NAMES: [(&str, &str); 24] = [
    ("Anna", "anna"),
    ("Jonas", "jonas"),
    ("Zoë", "zoe"),
    ("Lukas", "lukas"),
    ("Mia", "mia"),
    ("Noah", "noah"),
    ("Léa", "lea"),
    ("Elias", "elias"),
    ("Sofia", "sofia"),
    ("Ben", "ben"),
    ("Çağla", "cagla"),
    ("Paul", "paul"),
    ("Emilia", "emilia"),
    ("Finn", "finn"),
    ("Hannah", "hannah"),
    ("José", "jose"),
    ("Clara", "clara"),
    ("Felix", "felix"),
    ("Ingrid", "ingrid"),
    ("Mateo", "mateo"),
    ("Aiko", "aiko"),
    ("Oskar", "oskar"),
    ("Priya", "priya"),
    ("Søren", "soren"),
];

/// Surnames: (display form, ASCII form for addresses).
pub const SURNAMES: [(&str, &str); 24] = [
    ("Müller", "mueller"),
    ("Schmidt", "schmidt"),
    ("Schneider", "schneider"),
    ("Fischer", "fischer"),
    ("Weber", "weber"),
    ("Meyer", "meyer"),
    ("Wagner", "wagner"),
    ("Becker", "becker"),
    ("Schulz", "schulz"),
    ("Hoffmann", "hoffmann"),
    ("Kovač", "kovac"),
    ("Nowak", "nowak"),
    ("Yılmaz", "yilmaz"),
    ("García", "garcia"),
    ("Rossi", "rossi"),
    ("Dubois", "dubois"),
    ("Jansen", "jansen"),
    ("Andersson", "andersson"),
    ("Tanaka", "tanaka"),
    ("O'Brien", "obrien"),
    ("Krüger", "krueger"),
    ("Wolf", "wolf"),
    ("Lehmann", "lehmann"),
    ("Nguyễn", "nguyen"),
];

/// Home domains of invited guests.
pub const GUEST_DOMAINS: [&str; 5] = [
    "partner-lab.example",
    "fabrikam.example",
    "northwind.example",
    "tailspin.example",
    "mail.example",
];

/// Job titles of members.
pub const JOB_TITLES: [&str; 8] = [
    "Sales Manager",
    "Accountant",
    "Software Engineer",
    "HR Specialist",
    "Support Engineer",
    "Marketing Lead",
    "Project Manager",
    "Buyer",
];

/// Departments, for group names.
pub const DEPARTMENTS: [&str; 12] = [
    "Finance",
    "Sales",
    "Vertrieb Süd",
    "Engineering",
    "HR",
    "Marketing",
    "Legal",
    "Operations",
    "IT",
    "Procurement",
    "Support",
    "Research",
];

/// Topics, for group names.
pub const TOPICS: [&str; 10] = [
    "Reporting",
    "Projects",
    "SharePoint",
    "VPN",
    "Printers",
    "Payroll",
    "Travel",
    "Onboarding",
    "Datacenter",
    "Partners",
];

/// Vendors of third-party applications.
pub const VENDORS: [&str; 8] = [
    "Kestrel Works",
    "Bluefin Analytics",
    "Orbit CRM",
    "Lumen Sign",
    "Harbor Backup",
    "Quill Survey",
    "Nimbus Files",
    "Vector HR",
];

/// Words of application names: prefixes and purposes.
const APP_PREFIXES: [&str; 8] = [
    "Contoso", "Finance", "HR", "Sales", "Intranet", "Legacy", "Ops", "Data",
];
const APP_PURPOSES: [&str; 8] = [
    "Sync",
    "Portal",
    "Reporting",
    "Automation",
    "Backup",
    "Connector",
    "API",
    "Scanner",
];

/// Microsoft Graph application roles: (id, value, what it allows).
pub const GRAPH_APP_ROLES: [(&str, &str, &str); 6] = [
    (
        "df021288-bdef-4463-88db-98f22de89214",
        "User.Read.All",
        "read all users' full profiles",
    ),
    (
        "7ab1d382-f21e-4acd-a863-ba3e13f7da61",
        "Directory.Read.All",
        "read directory data",
    ),
    (
        "9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8",
        "RoleManagement.ReadWrite.Directory",
        "read and write the role-based access control settings",
    ),
    (
        "810c84a8-4a9e-49e6-bf7d-12d183f40d01",
        "Mail.Read",
        "read mail in all mailboxes",
    ),
    (
        "75359482-378d-4052-8f01-80520e7db3cd",
        "Files.ReadWrite.All",
        "read and write all files",
    ),
    (
        "1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9",
        "Application.ReadWrite.All",
        "create, read, update and delete all applications",
    ),
];

/// Microsoft Graph delegated scopes: (id, value).
pub const GRAPH_SCOPES: [(&str, &str); 6] = [
    ("e1fe6dd8-ba31-4d61-89e7-88639da4683d", "User.Read"),
    ("570282fd-fa5c-430d-a7fd-fc8dc98a9dca", "Mail.Read"),
    (
        "863451e7-0667-486c-a5d6-d135439485f0",
        "Files.ReadWrite.All",
    ),
    ("7427e0e9-2fba-42fe-b0c0-848c9e6a8182", "offline_access"),
    ("a154be20-db9c-4678-8ab7-66f6cc099a59", "User.Read.All"),
    ("06da0dbc-49e2-44d2-8312-53f166ab848a", "Directory.Read.All"),
];

/// Name of a generated application.
pub struct AppName {
    /// Display name, for example `Finance Sync 12`.
    pub display: String,
    /// Host-name form, for example `finance-sync-12`.
    pub host: String,
}

impl AppName {
    /// Picks the name of application `index` from derived bits.
    pub fn pick(bits: u64, index: u32) -> Self {
        let prefix = APP_PREFIXES[(bits % 8) as usize];
        let purpose = APP_PURPOSES[((bits >> 3) % 8) as usize];
        let display = format!("{prefix} {purpose} {index}");
        let host = display.to_ascii_lowercase().replace(' ', "-");
        Self { display, host }
    }
}
