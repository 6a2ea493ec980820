//! The form that registers a tenant or changes a registered one.
//!
//! The form never contains a secret: like `cray tenant add`, it records where the secret comes
//! from at each run (an environment variable or a file), a certificate file, or that a person
//! signs in with a device code. Its checks are the registry's own ([`TenantName::new`] and
//! [`Tenant::validate`]); the form only maps the field that a check names to its own field.

use std::path::PathBuf;

use super::text_input::{EditKey, TextInput};
use crate::model::TenantName;
use crate::tenant::{Cloud, CredentialRef, EndpointOverrides, RegistryError, SecretSource, Tenant};

/// A field of the tenant form, in focus order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormField {
    /// Short name; fixed when editing.
    Name,
    /// Customer name.
    DisplayName,
    /// Entra tenant id; fixed when editing.
    TenantId,
    /// Application (client) id.
    ClientId,
    /// Microsoft cloud; Left, Right and Space switch it.
    Cloud,
    /// Sign-in method; Left, Right and Space switch it.
    Credential,
    /// Location of the secret or certificate: a variable name or a file path.
    Source,
}

impl FormField {
    /// Every field in focus order.
    pub const ALL: [Self; 7] = [
        Self::Name,
        Self::DisplayName,
        Self::TenantId,
        Self::ClientId,
        Self::Cloud,
        Self::Credential,
        Self::Source,
    ];

    /// Returns the `snake_case` name used in message ids (`dialog-tenant-field-client_id`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::DisplayName => "display_name",
            Self::TenantId => "tenant_id",
            Self::ClientId => "client_id",
            Self::Cloud => "cloud",
            Self::Credential => "credential",
            Self::Source => "source",
        }
    }

    /// Returns the form field that a registry check names in
    /// [`RegistryError::InvalidField`].
    fn of_registry(field: &str) -> Self {
        match field {
            "name" => Self::Name,
            "display name" => Self::DisplayName,
            "tenant id" => Self::TenantId,
            "client id" => Self::ClientId,
            _ => Self::Source,
        }
    }
}

/// Source of the tenant's credential.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialKind {
    /// A client secret in an environment variable.
    SecretEnv,
    /// A client secret in the first line of a file.
    SecretFile,
    /// A certificate (PEM with its key, or PFX) in a file.
    Certificate,
    /// A person signs in with a device code.
    DeviceCode,
}

impl CredentialKind {
    /// Every kind in the order Right steps through them.
    pub const ALL: [Self; 4] = [
        Self::SecretEnv,
        Self::SecretFile,
        Self::Certificate,
        Self::DeviceCode,
    ];

    /// Returns the `snake_case` name used in message ids (`dialog-tenant-credential-secret_env`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::SecretEnv => "secret_env",
            Self::SecretFile => "secret_file",
            Self::Certificate => "certificate",
            Self::DeviceCode => "device_code",
        }
    }

    /// Returns true when the kind needs a variable name or a file path.
    #[must_use]
    pub fn has_source(self) -> bool {
        self != Self::DeviceCode
    }

    /// Returns the kind and source text of a registered credential. A secret typed at a
    /// prompt and the demo secret have no kind here: the form keeps them unless changed.
    fn of(credential: &CredentialRef) -> Option<(Self, String)> {
        match credential {
            CredentialRef::EnvVar { name }
            | CredentialRef::Secret {
                source: SecretSource::Env { name },
            } => Some((Self::SecretEnv, name.clone())),
            CredentialRef::Secret {
                source: SecretSource::File { path },
            } => Some((Self::SecretFile, path.display().to_string())),
            CredentialRef::Certificate { path, .. } => {
                Some((Self::Certificate, path.display().to_string()))
            }
            CredentialRef::DeviceCode => Some((Self::DeviceCode, String::new())),
            CredentialRef::Secret {
                source: SecretSource::Prompt,
            }
            | CredentialRef::Demo => None,
        }
    }
}

/// The clouds in the order Right steps through them.
const CLOUDS: [Cloud; 4] = [Cloud::Global, Cloud::UsGov, Cloud::UsGovDod, Cloud::China];

/// Returns the `snake_case` name of a cloud, as `cray tenant add --cloud` spells it with
/// hyphens; used in message ids (`dialog-tenant-cloud-us_gov`).
#[must_use]
pub fn cloud_name(cloud: Cloud) -> &'static str {
    match cloud {
        Cloud::Global => "global",
        Cloud::UsGov => "us_gov",
        Cloud::UsGovDod => "us_gov_dod",
        Cloud::China => "china",
    }
}

/// Why the form was not saved, shown inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormProblem {
    /// A registry check rejected a field; the message names the value and the fix.
    Invalid {
        /// The field to correct; it gets the focus.
        field: FormField,
        /// The check's message.
        message: String,
    },
    /// The backend did not save the tenant; the error text includes its causes.
    Failed(String),
}

/// The add or edit form of a tenant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantForm {
    /// True for a new tenant, false when editing a registered one.
    pub is_new: bool,
    /// Short name.
    pub name: TextInput,
    /// Customer name.
    pub display_name: TextInput,
    /// Entra tenant id.
    pub tenant_id: TextInput,
    /// Application (client) id.
    pub client_id: TextInput,
    /// Microsoft cloud.
    pub cloud: Cloud,
    /// How the app signs in.
    pub credential: CredentialKind,
    /// Variable name or file path of the credential.
    pub source: TextInput,
    /// Focused field.
    pub focus: FormField,
    /// Why the last save was refused, if it was.
    pub problem: Option<FormProblem>,
    /// True while the backend saves the tenant.
    pub is_saving: bool,
    /// The registered tenant when editing; its credential stays unless kind or source change.
    original: Option<Tenant>,
}

impl TenantForm {
    /// Creates an empty form for a new tenant, with a client secret from a variable.
    #[must_use]
    pub fn new_tenant() -> Self {
        Self {
            is_new: true,
            name: TextInput::default(),
            display_name: TextInput::default(),
            tenant_id: TextInput::default(),
            client_id: TextInput::default(),
            cloud: Cloud::Global,
            credential: CredentialKind::SecretEnv,
            source: TextInput::default(),
            focus: FormField::Name,
            problem: None,
            is_saving: false,
            original: None,
        }
    }

    /// Creates the form filled with a registered tenant's settings.
    #[must_use]
    pub fn for_tenant(tenant: Tenant) -> Self {
        let (credential, source) = CredentialKind::of(&tenant.credential)
            .unwrap_or((CredentialKind::SecretEnv, String::new()));
        Self {
            is_new: false,
            name: TextInput::new(tenant.name.as_str()),
            display_name: TextInput::new(&tenant.display_name),
            tenant_id: TextInput::new(&tenant.tenant_id),
            client_id: TextInput::new(&tenant.client_id),
            cloud: tenant.cloud,
            credential,
            source: TextInput::new(&source),
            focus: FormField::DisplayName,
            problem: None,
            is_saving: false,
            original: Some(tenant),
        }
    }

    /// Returns the name of the tenant being edited, `None` for a new one.
    #[must_use]
    pub fn edited(&self) -> Option<&TenantName> {
        self.original.as_ref().map(|t| &t.name)
    }

    /// Returns true when the field can take the focus: the name and tenant id are fixed once
    /// registered, and a device code needs no source.
    #[must_use]
    pub fn is_editable(&self, field: FormField) -> bool {
        match field {
            FormField::Name | FormField::TenantId => self.is_new,
            FormField::Source => self.credential.has_source(),
            _ => true,
        }
    }

    /// Moves the focus to the next editable field, wrapping around.
    pub fn next_field(&mut self) {
        self.step_focus(1);
    }

    /// Moves the focus to the previous editable field, wrapping around.
    pub fn previous_field(&mut self) {
        self.step_focus(FormField::ALL.len() - 1);
    }

    fn step_focus(&mut self, step: usize) {
        let count = FormField::ALL.len();
        let mut index = FormField::ALL
            .iter()
            .position(|f| *f == self.focus)
            .unwrap_or_default();
        for _ in 0..count {
            index = (index + step) % count;
            if self.is_editable(FormField::ALL[index]) {
                self.focus = FormField::ALL[index];
                return;
            }
        }
    }

    /// Applies an editing key to the focused field and clears the problem it shows.
    pub fn edit(&mut self, key: EditKey) {
        if self.is_saving {
            return;
        }
        let is_switch = matches!(key, EditKey::Left | EditKey::Right | EditKey::Char(' '));
        let back = key == EditKey::Left;
        match self.focus {
            FormField::Name => self.name.edit(key),
            FormField::DisplayName => self.display_name.edit(key),
            FormField::TenantId => self.tenant_id.edit(key),
            FormField::ClientId => self.client_id.edit(key),
            FormField::Source => self.source.edit(key),
            FormField::Cloud if is_switch => self.cloud = step(&CLOUDS, self.cloud, back),
            FormField::Credential if is_switch => {
                self.credential = step(&CredentialKind::ALL, self.credential, back);
            }
            FormField::Cloud | FormField::Credential => return,
        }
        self.problem = None;
    }

    /// Builds the tenant from the fields and checks it with the registry's checks. On a
    /// fault the problem is recorded, the focus moves to the field at fault, and `None` is
    /// returned.
    pub fn validated(&mut self) -> Option<Tenant> {
        match self.tenant() {
            Ok(tenant) => {
                self.problem = None;
                Some(tenant)
            }
            Err((field, message)) => {
                self.focus = field;
                self.problem = Some(FormProblem::Invalid { field, message });
                None
            }
        }
    }

    fn tenant(&self) -> Result<Tenant, (FormField, String)> {
        let name = TenantName::new(self.name.value().trim())
            .map_err(|error| (FormField::Name, error.to_string()))?;
        let base = self.original.clone().unwrap_or_else(|| Tenant {
            name: name.clone(),
            display_name: String::new(),
            tenant_id: String::new(),
            cloud: Cloud::Global,
            client_id: String::new(),
            credential: CredentialRef::DeviceCode,
            endpoints: EndpointOverrides::default(),
            demo: false,
            local_id: String::new(),
        });
        let tenant = Tenant {
            name,
            display_name: self.display_name.value().trim().to_owned(),
            tenant_id: self.tenant_id.value().trim().to_owned(),
            cloud: self.cloud,
            client_id: self.client_id.value().trim().to_owned(),
            credential: self.credential_ref(&base.credential),
            ..base
        };
        tenant.validate().map_err(|error| match error {
            RegistryError::InvalidField { field, message } => {
                (FormField::of_registry(field), message)
            }
            other => (FormField::Name, other.to_string()),
        })?;
        Ok(tenant)
    }

    /// Returns the credential the fields name; an unchanged kind and source keep the
    /// registered credential with its key file and password source.
    fn credential_ref(&self, registered: &CredentialRef) -> CredentialRef {
        let source = self.source.value().trim();
        // A prompt or demo secret has no kind in the form; an untouched field keeps it.
        let unchanged = self.original.is_some()
            && CredentialKind::of(registered).map_or(
                self.credential == CredentialKind::SecretEnv && source.is_empty(),
                |(kind, text)| kind == self.credential && text == source,
            );
        if unchanged {
            return registered.clone();
        }
        match self.credential {
            CredentialKind::SecretEnv => CredentialRef::EnvVar {
                name: source.to_owned(),
            },
            CredentialKind::SecretFile => CredentialRef::Secret {
                source: SecretSource::File {
                    path: PathBuf::from(source),
                },
            },
            // NOTE: the form sets no separate key file or password source for a new
            // certificate; `cray tenant edit --certificate-key/--certificate-password-*` does.
            CredentialKind::Certificate => CredentialRef::Certificate {
                path: PathBuf::from(source),
                key_path: None,
                password: None,
            },
            CredentialKind::DeviceCode => CredentialRef::DeviceCode,
        }
    }
}

/// Returns the item after `current` in `items`, or before it when `back`, wrapping around.
fn step<T: Copy + PartialEq>(items: &[T], current: T, back: bool) -> T {
    let index = items.iter().position(|i| *i == current).unwrap_or_default();
    let next = if back {
        (index + items.len() - 1) % items.len()
    } else {
        (index + 1) % items.len()
    };
    items[next]
}
