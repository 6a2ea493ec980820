//! Turns a registered tenant's credential reference into a usable [`Credential`]: reads the
//! secret from its environment variable, file or a prompt, and loads certificates.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use zeroize::Zeroizing;

use super::{Credential, DeviceCodeHandler};
use crate::collect::{PreflightHandler, Secret};
use crate::model::TenantName;
use crate::tenant::{CredentialRef, SecretSource, Tenant};

/// Asks for a secret at the terminal; the argument is the label. `None` means cancelled.
pub type SecretPrompt = Arc<dyn Fn(&str) -> Option<Zeroizing<String>> + Send + Sync>;

/// What a front end supplies for sign-in: a prompt for secrets typed at the terminal, a
/// handler that shows a device code, and one that shows the permission preflight.
#[derive(Clone, Default)]
pub struct SignInHooks {
    /// Reads a secret without echo; without it, a prompt credential cannot be used.
    pub prompt: Option<SecretPrompt>,
    /// Shows a device code; without it, a device code credential cannot be used.
    pub device_code: Option<DeviceCodeHandler>,
    /// Shows the permission preflight after sign-in.
    pub preflight: Option<PreflightHandler>,
}

impl std::fmt::Debug for SignInHooks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignInHooks")
            .field("prompt", &self.prompt.is_some())
            .field("device_code", &self.device_code.is_some())
            .field("preflight", &self.preflight.is_some())
            .finish()
    }
}

/// Errors of getting a tenant's credential; each names the tenant, the source and the fix.
/// None of them carries the secret.
#[derive(Debug, thiserror::Error)]
pub enum CredentialError {
    /// The environment variable is not set.
    #[error(
        "the {what} of tenant {tenant} is missing: environment variable {variable} is not set; \
         export {variable}=<{what}> and retry"
    )]
    VariableMissing {
        /// Tenant short name.
        tenant: TenantName,
        /// What the variable should hold.
        what: &'static str,
        /// Variable name.
        variable: String,
    },
    /// The secret file cannot be read or is empty.
    #[error(
        "the {what} of tenant {tenant} cannot be read from {path}: {message}; put the {what} \
         on the file's first line"
    )]
    File {
        /// Tenant short name.
        tenant: TenantName,
        /// What the file should hold.
        what: &'static str,
        /// The file.
        path: PathBuf,
        /// The fault.
        message: String,
    },
    /// The secret must be typed, but there is no terminal, or nothing was typed.
    #[error(
        "the {what} of tenant {tenant} is asked for at a prompt, but none could be shown or it \
         was cancelled; run cray in a terminal, or keep the {what} in an environment variable \
         or a file (`cray tenant edit {tenant}`)"
    )]
    PromptUnavailable {
        /// Tenant short name.
        tenant: TenantName,
        /// What was asked for.
        what: &'static str,
    },
    /// The certificate cannot be loaded.
    #[error("tenant {tenant}: {source}")]
    Certificate {
        /// Tenant short name.
        tenant: TenantName,
        /// The fault.
        #[source]
        source: super::CertificateError,
    },
    /// The tenant signs in with a device code, but this front end cannot show one.
    #[error(
        "tenant {tenant} signs in with a device code, which this front end cannot show; run \
         `cray collect {tenant}` in a terminal"
    )]
    DeviceCodeUnavailable {
        /// Tenant short name.
        tenant: TenantName,
    },
}

/// Returns the credential of `tenant`; `demo_secret` is the built-in demo tenant's secret.
///
/// # Errors
/// Fails when a secret source is empty or unreadable, a prompt is needed but not available,
/// a certificate does not load, or a device code cannot be shown.
pub fn credential(
    tenant: &Tenant,
    hooks: &SignInHooks,
    demo_secret: &str,
) -> Result<Credential, CredentialError> {
    match &tenant.credential {
        CredentialRef::Demo => Ok(Credential::Secret(Secret::new(demo_secret.to_owned()))),
        CredentialRef::EnvVar { name } => {
            let source = SecretSource::Env { name: name.clone() };
            read_secret(tenant, &source, "client secret", hooks).map(Credential::Secret)
        }
        CredentialRef::Secret { source } => {
            read_secret(tenant, source, "client secret", hooks).map(Credential::Secret)
        }
        CredentialRef::Certificate {
            path,
            key_path,
            password,
        } => {
            let password = password
                .as_ref()
                .map(|source| read_secret(tenant, source, "certificate password", hooks))
                .transpose()?;
            let certificate =
                super::ClientCertificate::load(path, key_path.as_deref(), password.as_ref())
                    .map_err(|source| CredentialError::Certificate {
                        tenant: tenant.name.clone(),
                        source,
                    })?;
            Ok(Credential::Certificate(Arc::new(certificate)))
        }
        CredentialRef::DeviceCode => hooks
            .device_code
            .clone()
            .map(Credential::DeviceCode)
            .ok_or_else(|| CredentialError::DeviceCodeUnavailable {
                tenant: tenant.name.clone(),
            }),
    }
}

/// Reads one secret from its source.
fn read_secret(
    tenant: &Tenant,
    source: &SecretSource,
    what: &'static str,
    hooks: &SignInHooks,
) -> Result<Secret, CredentialError> {
    match source {
        SecretSource::Env { name } => match std::env::var(name) {
            Ok(value) if !value.is_empty() => Ok(Secret::new(value)),
            _ => Err(CredentialError::VariableMissing {
                tenant: tenant.name.clone(),
                what,
                variable: name.clone(),
            }),
        },
        SecretSource::File { path } => read_secret_file(tenant, path, what),
        SecretSource::Prompt => {
            let label = format!("{} of tenant {}: ", capitalised(what), tenant.name);
            hooks
                .prompt
                .as_ref()
                .and_then(|prompt| prompt(&label))
                .filter(|typed| !typed.is_empty())
                .map(|typed| Secret::new(typed.as_str().to_owned()))
                .ok_or_else(|| CredentialError::PromptUnavailable {
                    tenant: tenant.name.clone(),
                    what,
                })
        }
    }
}

fn read_secret_file(
    tenant: &Tenant,
    path: &Path,
    what: &'static str,
) -> Result<Secret, CredentialError> {
    let fail = |message: String| CredentialError::File {
        tenant: tenant.name.clone(),
        what,
        path: path.to_path_buf(),
        message,
    };
    let text = std::fs::read(path)
        .map(Zeroizing::new)
        .map_err(|error| fail(error.to_string()))?;
    let text = std::str::from_utf8(&text).map_err(|_| fail("it is not UTF-8 text".to_owned()))?;
    let line = text.lines().next().unwrap_or_default().trim();
    if line.is_empty() {
        return Err(fail("its first line is empty".to_owned()));
    }
    Ok(Secret::new(line.to_owned()))
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
