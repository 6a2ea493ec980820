//! Registered customer tenants and the registry file that lists them.
//!
//! The registry stores how to reach a tenant and where its credential is, never the
//! credential itself. It is a TOML file written atomically (temporary file, then rename).

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::TenantName;

/// A Microsoft cloud with its own login, Graph and Exchange hosts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Cloud {
    /// The global (commercial) cloud.
    #[default]
    Global,
    /// US Government GCC High.
    UsGov,
    /// US Government DoD.
    UsGovDod,
    /// China, operated by 21Vianet.
    China,
}

/// Hosts of one national cloud: where to sign in, and the Graph and Exchange hosts whose
/// names also form the token scopes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CloudHosts {
    /// Short name used in the registry and on the command line, such as `us_gov`.
    pub key: &'static str,
    /// Name shown to people.
    pub label: &'static str,
    /// Login (Entra ID) base URL.
    pub login: &'static str,
    /// Microsoft Graph base URL, without an API version; also the Graph token resource.
    pub graph: &'static str,
    /// Exchange Online base URL; also the Exchange token resource.
    pub exchange: &'static str,
}

/// The national clouds cray knows, one row each.
// NOTE: the DoD Exchange host is the one Microsoft's Exchange Online module uses for its DoD
// environment; it was not checked against a DoD tenant.
pub const CLOUDS: [(Cloud, CloudHosts); 4] = [
    (
        Cloud::Global,
        CloudHosts {
            key: "global",
            label: "Global",
            login: "https://login.microsoftonline.com",
            graph: "https://graph.microsoft.com",
            exchange: "https://outlook.office365.com",
        },
    ),
    (
        Cloud::UsGov,
        CloudHosts {
            key: "us_gov",
            label: "US Government GCC High",
            login: "https://login.microsoftonline.us",
            graph: "https://graph.microsoft.us",
            exchange: "https://outlook.office365.us",
        },
    ),
    (
        Cloud::UsGovDod,
        CloudHosts {
            key: "us_gov_dod",
            label: "US Government DoD",
            login: "https://login.microsoftonline.us",
            graph: "https://dod-graph.microsoft.us",
            exchange: "https://outlook-dod.office365.us",
        },
    ),
    (
        Cloud::China,
        CloudHosts {
            key: "china",
            label: "China (21Vianet)",
            login: "https://login.chinacloudapi.cn",
            graph: "https://microsoftgraph.chinacloudapi.cn",
            exchange: "https://partner.outlook.cn",
        },
    ),
];

impl Cloud {
    /// Returns this cloud's row of [`CLOUDS`].
    #[must_use]
    pub fn hosts(self) -> &'static CloudHosts {
        let row = CLOUDS.iter().find(|(cloud, _)| *cloud == self);
        // Every variant has a row, so the fallback to the first row is never taken.
        &row.unwrap_or(&CLOUDS[0]).1
    }

    /// Returns the login (Entra ID) base URL.
    #[must_use]
    pub fn login_url(self) -> &'static str {
        self.hosts().login
    }

    /// Returns the Microsoft Graph base URL, without an API version.
    #[must_use]
    pub fn graph_url(self) -> &'static str {
        self.hosts().graph
    }

    /// Returns the Exchange Online base URL.
    #[must_use]
    pub fn exchange_url(self) -> &'static str {
        self.hosts().exchange
    }

    /// Returns the token scope of Microsoft Graph, such as `https://graph.microsoft.us/.default`.
    #[must_use]
    pub fn graph_scope(self) -> String {
        format!("{}/.default", self.graph_url())
    }

    /// Returns the token scope of Exchange Online, such as
    /// `https://outlook.office365.us/.default`.
    #[must_use]
    pub fn exchange_scope(self) -> String {
        format!("{}/.default", self.exchange_url())
    }
}

/// Where a secret (client secret, PFX password, key passphrase) comes from at each run; the
/// registry never holds the secret itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "from", rename_all = "snake_case")]
pub enum SecretSource {
    /// This environment variable.
    Env {
        /// Variable name, for example `CRAY_CONTOSO_SECRET`.
        name: String,
    },
    /// The first line of this file.
    File {
        /// File path.
        path: PathBuf,
    },
    /// Typed in at a prompt on the terminal.
    Prompt,
}

/// Location of the tenant's client credential.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CredentialRef {
    /// A client secret in this environment variable.
    EnvVar {
        /// Variable name, for example `CRAY_CONTOSO_SECRET`.
        name: String,
    },
    /// A client secret read from a file or typed at a prompt.
    Secret {
        /// Source of the secret.
        source: SecretSource,
    },
    /// A certificate with its RSA private key: a PEM file (with the key, or the key in
    /// `key_path`) or a PFX file.
    Certificate {
        /// PEM or PFX file.
        path: PathBuf,
        /// Separate PEM file with the private key.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        key_path: Option<PathBuf>,
        /// Password of the PFX file or passphrase of an encrypted PEM key.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        password: Option<SecretSource>,
    },
    /// A person signs in with a device code (delegated permissions).
    DeviceCode,
    /// The fixed, public secret of cray's built-in demo tenant simulator.
    Demo,
}

/// Base URLs that replace the cloud's defaults, for example to point at the simulator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct EndpointOverrides {
    /// Login base URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
    /// Graph base URL, without an API version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub graph: Option<String>,
    /// Exchange base URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange: Option<String>,
}

/// Base URLs in effect for one tenant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoints {
    /// Login base URL.
    pub login: String,
    /// Graph base URL, without an API version.
    pub graph: String,
    /// Exchange base URL.
    pub exchange: String,
}

/// One registered customer tenant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tenant {
    /// Short name used on the command line and as the store directory.
    pub name: TenantName,
    /// Customer name as shown in the TUI and the report.
    pub display_name: String,
    /// Entra tenant id (a GUID).
    pub tenant_id: String,
    /// Cloud the tenant lives in.
    #[serde(default)]
    pub cloud: Cloud,
    /// Application (client) id of the app registration cray signs in as.
    pub client_id: String,
    /// Location of the credential.
    pub credential: CredentialRef,
    /// Base URL overrides.
    #[serde(default)]
    pub endpoints: EndpointOverrides,
    /// Whether this is the built-in demo tenant served by the in-process simulator.
    #[serde(default)]
    pub demo: bool,
    /// Opaque random id that names the tenant in logs, key files and the audit record; it
    /// reveals nothing about the customer. Assigned at registration; a registry written
    /// before this field existed gets one on load.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub local_id: String,
}

/// Returns a new opaque local id: 16 random hexadecimal digits.
#[must_use]
pub fn new_local_id() -> String {
    let mut id = uuid::Uuid::new_v4().simple().to_string();
    id.truncate(16);
    id
}

impl Tenant {
    /// Returns the base URLs in effect: each override, else the cloud's default.
    #[must_use]
    pub fn endpoints(&self) -> Endpoints {
        let pick = |over: &Option<String>, default: &str| {
            over.clone()
                .unwrap_or_else(|| default.to_owned())
                .trim_end_matches('/')
                .to_owned()
        };
        Endpoints {
            login: pick(&self.endpoints.login, self.cloud.login_url()),
            graph: pick(&self.endpoints.graph, self.cloud.graph_url()),
            exchange: pick(&self.endpoints.exchange, self.cloud.exchange_url()),
        }
    }

    /// Checks the fields a user types in.
    ///
    /// # Errors
    /// Returns [`RegistryError::InvalidField`] naming the first bad field and its fix.
    pub fn validate(&self) -> Result<(), RegistryError> {
        let invalid = |field: &'static str, message: String| {
            Err(RegistryError::InvalidField { field, message })
        };
        if self.display_name.trim().is_empty() {
            return invalid("display name", "must not be empty".to_owned());
        }
        if !is_guid(&self.tenant_id) {
            return invalid(
                "tenant id",
                format!(
                    "{:?} is not a GUID; copy the Tenant ID from the Entra admin center \
                     overview page",
                    self.tenant_id
                ),
            );
        }
        if !is_guid(&self.client_id) {
            return invalid(
                "client id",
                format!(
                    "{:?} is not a GUID; copy the Application (client) ID of the app \
                     registration",
                    self.client_id
                ),
            );
        }
        validate_credential(&self.credential)?;
        for (field, url) in [
            ("login endpoint", &self.endpoints.login),
            ("graph endpoint", &self.endpoints.graph),
            ("exchange endpoint", &self.endpoints.exchange),
        ] {
            if let Some(url) = url {
                check_endpoint(url)
                    .map_err(|message| RegistryError::InvalidField { field, message })?;
            }
        }
        Ok(())
    }
}

/// Checks the parts of a credential reference a user types in.
fn validate_credential(credential: &CredentialRef) -> Result<(), RegistryError> {
    match credential {
        CredentialRef::EnvVar { name } => check_variable("secret variable", name),
        CredentialRef::Secret { source } => check_source("client secret", source),
        CredentialRef::Certificate {
            path,
            key_path,
            password,
        } => {
            for (field, path) in [
                ("certificate file", Some(path)),
                ("key file", key_path.as_ref()),
            ] {
                if path.is_some_and(|path| path.as_os_str().is_empty()) {
                    return Err(RegistryError::InvalidField {
                        field,
                        message: "must not be empty; give the path of the file".to_owned(),
                    });
                }
            }
            password.as_ref().map_or(Ok(()), |source| {
                check_source("certificate password", source)
            })
        }
        CredentialRef::DeviceCode | CredentialRef::Demo => Ok(()),
    }
}

fn check_source(field: &'static str, source: &SecretSource) -> Result<(), RegistryError> {
    match source {
        SecretSource::Env { name } => check_variable(field, name),
        SecretSource::File { path } if path.as_os_str().is_empty() => {
            Err(RegistryError::InvalidField {
                field,
                message: "the secret file path must not be empty; give the file's path".to_owned(),
            })
        }
        SecretSource::File { .. } | SecretSource::Prompt => Ok(()),
    }
}

fn check_variable(field: &'static str, name: &str) -> Result<(), RegistryError> {
    let valid = !name.is_empty()
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && !name.as_bytes()[0].is_ascii_digit();
    if valid {
        Ok(())
    } else {
        Err(RegistryError::InvalidField {
            field,
            message: format!(
                "{name:?} is not an environment variable name; use letters, digits and _"
            ),
        })
    }
}

/// Short name reserved for the built-in demo tenant.
pub const DEMO_NAME: &str = "demo";

/// Checks an endpoint override: an https URL, or plain http on the loopback interface (the
/// simulator); no user name, password, query or fragment.
///
/// # Errors
/// Returns the fault and its fix, naming the value.
pub fn check_endpoint(url: &str) -> Result<(), String> {
    let parsed = reqwest::Url::parse(url).map_err(|error| {
        format!(
            "{url:?} is not a URL ({error}); give a base URL such as https://graph.microsoft.com"
        )
    })?;
    let Some(host) = parsed.host_str().filter(|host| !host.is_empty()) else {
        return Err(format!(
            "{url:?} names no host; give a base URL such as https://graph.microsoft.com"
        ));
    };
    let address = host.trim_start_matches('[').trim_end_matches(']');
    let loopback = host.eq_ignore_ascii_case("localhost")
        || address
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    match parsed.scheme() {
        "https" => {}
        "http" if loopback => {}
        "http" => {
            return Err(format!(
                "{url:?} uses plain http; use https:// (plain http only on loopback, for the \
                 simulator)"
            ));
        }
        other => {
            return Err(format!("{url:?} uses the scheme {other}; use https://"));
        }
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(format!(
            "{url:?} holds a user name or password; remove it from the URL"
        ));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(format!(
            "{url:?} has a query or fragment; give the base URL only"
        ));
    }
    Ok(())
}

/// Returns true for a GUID in its 8-4-4-4-12 hexadecimal form.
#[must_use]
pub fn is_guid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    let lengths = [8, 4, 4, 4, 12];
    groups.len() == 5
        && groups
            .iter()
            .zip(lengths)
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Errors of the tenant registry.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// The registry file cannot be read or written.
    #[error("tenant registry {path}: {source}")]
    Io {
        /// Registry file.
        path: PathBuf,
        /// I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The registry file is not valid TOML of the expected form.
    #[error("tenant registry {path} is invalid: {message}; fix the file or remove the entry")]
    Invalid {
        /// Registry file.
        path: PathBuf,
        /// Parser message.
        message: String,
    },
    /// A tenant with that short name is already registered.
    #[error("a tenant named {0} is already registered; choose another short name")]
    Duplicate(TenantName),
    /// No tenant with that short name is registered.
    #[error("no tenant named {0} is registered; `cray tenant list` shows the registered ones")]
    NotFound(String),
    /// A field of a new tenant is invalid.
    #[error("invalid {field}: {message}")]
    InvalidField {
        /// Which field.
        field: &'static str,
        /// The fault and its fix.
        message: String,
    },
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    #[serde(default, rename = "tenant")]
    tenants: Vec<Tenant>,
}

/// The list of registered tenants, backed by one TOML file.
#[derive(Debug)]
pub struct Registry {
    path: PathBuf,
    tenants: Vec<Tenant>,
}

/// Gives every tenant without a local id a new one.
fn assign_local_ids(tenants: &mut [Tenant]) {
    for tenant in tenants.iter_mut().filter(|t| t.local_id.is_empty()) {
        tenant.local_id = new_local_id();
    }
}

impl Registry {
    /// Loads the registry; a missing file is an empty registry.
    ///
    /// # Errors
    /// Fails when the file exists but cannot be read or parsed.
    pub fn load(path: &Path) -> Result<Self, RegistryError> {
        let mut registry = Self {
            path: path.to_path_buf(),
            tenants: Self::read(path)?,
        };
        if registry.tenants.iter().any(|t| t.local_id.is_empty()) {
            registry.modify(|_| Ok(()))?;
        }
        Ok(registry)
    }

    fn read(path: &Path) -> Result<Vec<Tenant>, RegistryError> {
        let io = |source| RegistryError::Io {
            path: path.to_path_buf(),
            source,
        };
        let text = match fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(io(e)),
        };
        let file: RegistryFile = toml::from_str(&text).map_err(|e| RegistryError::Invalid {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        Ok(file.tenants)
    }

    /// Returns every tenant, in registration order.
    #[must_use]
    pub fn tenants(&self) -> &[Tenant] {
        &self.tenants
    }

    /// Returns the tenant with that short name.
    ///
    /// # Errors
    /// Returns [`RegistryError::NotFound`] when there is none.
    pub fn get(&self, name: &str) -> Result<&Tenant, RegistryError> {
        self.tenants
            .iter()
            .find(|t| t.name.as_str() == name)
            .ok_or_else(|| RegistryError::NotFound(name.to_owned()))
    }

    /// Validates and adds a tenant, then saves the file.
    ///
    /// # Errors
    /// Fails on an invalid field, a duplicate name or a write error.
    pub fn add(&mut self, tenant: Tenant) -> Result<(), RegistryError> {
        tenant.validate()?;
        if tenant.name.as_str() == DEMO_NAME && !tenant.demo {
            return Err(RegistryError::InvalidField {
                field: "name",
                message: "\"demo\" is reserved for the built-in demo tenant; choose another \
                          short name"
                    .to_owned(),
            });
        }
        self.modify(|tenants| {
            if tenants.iter().any(|t| t.name == tenant.name) {
                return Err(RegistryError::Duplicate(tenant.name));
            }
            let mut tenant = tenant;
            if tenant.local_id.is_empty() {
                tenant.local_id = new_local_id();
            }
            tenants.push(tenant);
            Ok(())
        })
    }

    /// Applies `change` to a registered tenant, validates the result and saves the file; the
    /// short name, the demo flag and the local id stay as they are.
    ///
    /// # Errors
    /// Fails when the tenant is not registered, the changed tenant is invalid, or the file
    /// cannot be written; the registry is unchanged then.
    pub fn update(
        &mut self,
        name: &str,
        change: impl FnOnce(&mut Tenant),
    ) -> Result<Tenant, RegistryError> {
        self.modify(|tenants| {
            let tenant = tenants
                .iter_mut()
                .find(|t| t.name.as_str() == name)
                .ok_or_else(|| RegistryError::NotFound(name.to_owned()))?;
            let mut changed = tenant.clone();
            change(&mut changed);
            changed.name = tenant.name.clone();
            changed.demo = tenant.demo;
            changed.local_id = tenant.local_id.clone();
            changed.validate()?;
            *tenant = changed.clone();
            Ok(changed)
        })
    }

    /// Removes a tenant from the registry, then saves the file.
    ///
    /// # Errors
    /// Fails when the tenant is not registered or the file cannot be written.
    pub fn remove(&mut self, name: &str) -> Result<Tenant, RegistryError> {
        self.modify(|tenants| {
            let index = tenants
                .iter()
                .position(|t| t.name.as_str() == name)
                .ok_or_else(|| RegistryError::NotFound(name.to_owned()))?;
            Ok(tenants.remove(index))
        })
    }

    /// Applies `change` to the tenants as they are on disk and saves the result, holding an
    /// exclusive lock on `tenants.toml.lock` so that concurrent cray processes cannot lose
    /// each other's changes.
    fn modify<T>(
        &mut self,
        change: impl FnOnce(&mut Vec<Tenant>) -> Result<T, RegistryError>,
    ) -> Result<T, RegistryError> {
        let lock = self.lock()?;
        self.tenants = Self::read(&self.path)?;
        assign_local_ids(&mut self.tenants);
        let value = change(&mut self.tenants)?;
        self.save()?;
        drop(lock);
        Ok(value)
    }

    fn lock(&self) -> Result<fs::File, RegistryError> {
        let lock_path = self.path.with_extension("toml.lock");
        let io = |source| RegistryError::Io {
            path: lock_path.clone(),
            source,
        };
        if let Some(dir) = lock_path.parent() {
            crate::fsperm::create_private_dir(dir).map_err(io)?;
        }
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(io)?;
        crate::fsperm::restrict_file(&lock_path).map_err(io)?;
        file.lock().map_err(io)?;
        Ok(file)
    }

    fn save(&self) -> Result<(), RegistryError> {
        let io = |source| RegistryError::Io {
            path: self.path.clone(),
            source,
        };
        let file = RegistryFile {
            tenants: self.tenants.clone(),
        };
        let text = toml::to_string_pretty(&file).map_err(|e| RegistryError::Invalid {
            path: self.path.clone(),
            message: e.to_string(),
        })?;
        write_atomically(&self.path, text.as_bytes()).map_err(io)
    }
}

/// Writes a file of mode 0600 so that readers see either the old or the new content, never
/// a part.
///
/// # Errors
/// Fails when the directory cannot be created or the file cannot be written or renamed.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    fs::create_dir_all(dir)?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(
        ".{file_name}.{}.tmp",
        uuid::Uuid::new_v4().simple()
    ));
    let mut file = fs::File::create(&temp)?;
    crate::fsperm::restrict_file(&temp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    fs::rename(&temp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tenant(name: &str) -> Tenant {
        Tenant {
            name: TenantName::new(name).unwrap(),
            display_name: "Contoso Bäckerei GmbH".to_owned(),
            tenant_id: "8f3c2b1a-6d4e-4f70-9a1b-2c3d4e5f6a7b".to_owned(),
            cloud: Cloud::Global,
            client_id: "11111111-2222-3333-4444-555555555555".to_owned(),
            credential: CredentialRef::EnvVar {
                name: "CONTOSO_SECRET".to_owned(),
            },
            endpoints: EndpointOverrides::default(),
            demo: false,
            local_id: String::new(),
        }
    }

    #[test]
    fn registry_round_trips_through_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tenants.toml");
        let mut registry = Registry::load(&path).unwrap();
        registry.add(tenant("contoso")).unwrap();
        let loaded = Registry::load(&path).unwrap();
        assert_eq!(loaded.tenants(), registry.tenants());
    }

    #[test]
    fn registration_assigns_local_id() {
        let dir = tempfile::tempdir().unwrap();
        let mut registry = Registry::load(&dir.path().join("tenants.toml")).unwrap();
        registry.add(tenant("contoso")).unwrap();
        assert_eq!(registry.tenants()[0].local_id.len(), 16);
    }

    #[test]
    fn old_registry_gets_local_ids_on_load() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tenants.toml");
        let file = RegistryFile {
            tenants: vec![tenant("contoso")],
        };
        fs::write(&path, toml::to_string(&file).unwrap()).unwrap();
        let first = Registry::load(&path).unwrap().tenants()[0].local_id.clone();
        let again = Registry::load(&path).unwrap().tenants()[0].local_id.clone();
        assert!(!first.is_empty());
        assert_eq!(first, again);
    }

    #[test]
    fn duplicate_name_is_rejected() {
        let dir = tempfile::tempdir().unwrap();
        let mut registry = Registry::load(&dir.path().join("t.toml")).unwrap();
        registry.add(tenant("contoso")).unwrap();
        let error = registry.add(tenant("contoso")).unwrap_err();
        assert!(matches!(error, RegistryError::Duplicate(_)));
    }

    #[test]
    fn bad_tenant_id_names_the_field() {
        let mut bad = tenant("contoso");
        bad.tenant_id = "contoso.onmicrosoft.com".to_owned();
        let message = bad.validate().unwrap_err().to_string();
        assert!(message.contains("tenant id"), "{message}");
        assert!(message.contains("contoso.onmicrosoft.com"), "{message}");
    }

    #[test]
    fn plain_http_allowed_only_on_loopback() {
        let mut remote = tenant("contoso");
        remote.endpoints.graph = Some("http://graph.example".to_owned());
        assert!(remote.validate().is_err());
        let mut local = tenant("contoso");
        local.endpoints.graph = Some("http://127.0.0.1:8080".to_owned());
        assert!(local.validate().is_ok());
    }

    #[test]
    fn cloud_table_gives_national_hosts_and_scopes() {
        assert_eq!(Cloud::UsGov.login_url(), "https://login.microsoftonline.us");
        assert_eq!(
            Cloud::UsGov.graph_scope(),
            "https://graph.microsoft.us/.default"
        );
        assert_eq!(
            Cloud::UsGov.exchange_scope(),
            "https://outlook.office365.us/.default"
        );
        assert_eq!(
            Cloud::UsGovDod.graph_url(),
            "https://dod-graph.microsoft.us"
        );
        assert_eq!(Cloud::China.login_url(), "https://login.chinacloudapi.cn");
        assert_eq!(
            Cloud::China.graph_scope(),
            "https://microsoftgraph.chinacloudapi.cn/.default"
        );
        assert_eq!(
            Cloud::Global.exchange_scope(),
            "https://outlook.office365.com/.default"
        );
        for (cloud, hosts) in CLOUDS {
            assert_eq!(cloud.hosts(), &hosts);
            for url in [hosts.login, hosts.graph, hosts.exchange] {
                assert!(check_endpoint(url).is_ok(), "{url}");
            }
        }
    }

    #[test]
    fn bad_overrides_name_value_and_fix() {
        for (url, fix) in [
            ("http://127.0.0.1.attacker.example", "https://"),
            ("http://graph.example", "https://"),
            ("ftp://127.0.0.1", "https://"),
            ("https://user:pw@graph.example", "remove it"),
            ("https://graph.example/?x=1", "base URL only"),
            ("graph.microsoft.com", "not a URL"),
        ] {
            let mut bad = tenant("contoso");
            bad.endpoints.exchange = Some(url.to_owned());
            let message = bad.validate().unwrap_err().to_string();
            assert!(message.contains("exchange endpoint"), "{message}");
            assert!(message.contains(url), "{message}");
            assert!(message.contains(fix), "{message}");
        }
        for url in [
            "http://localhost:8080",
            "http://[::1]:9",
            "https://proxy.example/graph",
        ] {
            assert!(check_endpoint(url).is_ok(), "{url}");
        }
    }

    #[test]
    fn update_keeps_name_and_rejects_bad_change() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.toml");
        let mut registry = Registry::load(&path).unwrap();
        registry.add(tenant("contoso")).unwrap();
        let changed = registry
            .update("contoso", |t| {
                t.cloud = Cloud::UsGov;
                t.credential = CredentialRef::Certificate {
                    path: PathBuf::from("/keys/app.pfx"),
                    key_path: None,
                    password: Some(SecretSource::Env {
                        name: "PFX_PASSWORD".to_owned(),
                    }),
                };
            })
            .unwrap();
        assert_eq!(changed.cloud, Cloud::UsGov);
        let error = registry
            .update("contoso", |t| {
                t.endpoints.graph = Some("http://graph.example".to_owned())
            })
            .unwrap_err();
        assert!(error.to_string().contains("graph endpoint"), "{error}");
        let loaded = Registry::load(&path).unwrap();
        assert_eq!(loaded.tenants()[0], changed);
        assert!(loaded.tenants()[0].endpoints.graph.is_none());
    }

    #[test]
    fn credential_kinds_round_trip_through_toml() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.toml");
        let mut registry = Registry::load(&path).unwrap();
        let credentials = [
            CredentialRef::Secret {
                source: SecretSource::File {
                    path: PathBuf::from("/run/secret"),
                },
            },
            CredentialRef::Secret {
                source: SecretSource::Prompt,
            },
            CredentialRef::DeviceCode,
        ];
        for (index, credential) in credentials.iter().enumerate() {
            let mut t = tenant(&format!("tenant-{index}"));
            t.credential = credential.clone();
            registry.add(t).unwrap();
        }
        let loaded = Registry::load(&path).unwrap();
        let read: Vec<_> = loaded
            .tenants()
            .iter()
            .map(|t| t.credential.clone())
            .collect();
        assert_eq!(read, credentials.to_vec());
    }

    #[test]
    fn overrides_replace_cloud_defaults() {
        let mut t = tenant("contoso");
        t.endpoints.login = Some("http://127.0.0.1:9/".to_owned());
        let endpoints = t.endpoints();
        assert_eq!(endpoints.login, "http://127.0.0.1:9");
        assert_eq!(endpoints.graph, "https://graph.microsoft.com");
    }

    #[test]
    fn demo_name_is_reserved() {
        let dir = tempfile::tempdir().unwrap();
        let mut registry = Registry::load(&dir.path().join("t.toml")).unwrap();
        let error = registry.add(tenant("demo")).unwrap_err();
        assert!(error.to_string().contains("reserved"), "{error}");
    }

    #[test]
    fn concurrent_adds_keep_every_tenant() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tenants.toml");
        let threads: Vec<_> = (0..8)
            .map(|i| {
                let path = path.clone();
                std::thread::spawn(move || {
                    let mut registry = Registry::load(&path).unwrap();
                    registry.add(tenant(&format!("tenant-{i}"))).unwrap();
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
        assert_eq!(Registry::load(&path).unwrap().tenants().len(), 8);
    }

    #[test]
    fn remove_unknown_tenant_fails() {
        let dir = tempfile::tempdir().unwrap();
        let mut registry = Registry::load(&dir.path().join("t.toml")).unwrap();
        assert!(matches!(
            registry.remove("nope"),
            Err(RegistryError::NotFound(_))
        ));
    }
}
