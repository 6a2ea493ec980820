//! The sign-in side of the command line: credential options of `cray tenant add` and
//! `cray tenant edit`, the permission preflight of `cray tenant check` and `cray collect`,
//! the device code prompt, and the onboarding steps printed after registration.

use std::io::Write as _;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::bail;
use clap::Args;

use crate::collect::auth::preflight::Verdict;
use crate::collect::auth::{DeviceCodeHandler, DeviceCodePrompt, SignInHooks, onboarding};
use crate::collect::{Preflight, PreflightHandler};
use crate::tenant::{CredentialRef, SecretSource, Tenant};

/// How the tenant's app registration signs in. Secrets are never given on the command line:
/// only the variable, file or prompt they come from.
#[derive(Debug, Args, Default)]
pub struct CredentialArgs {
    /// Client secret: the environment variable that contains it.
    #[arg(long, value_name = "VAR", group = "credential")]
    pub secret_env: Option<String>,
    /// Client secret: a file whose first line is the secret.
    #[arg(long, value_name = "FILE", group = "credential")]
    pub secret_file: Option<PathBuf>,
    /// Client secret: asked for at a prompt at each run.
    #[arg(long, group = "credential")]
    pub secret_prompt: bool,
    /// Certificate credential: a PEM file (certificate, and the key unless
    /// --certificate-key names it) or a PFX file.
    #[arg(long, value_name = "FILE", group = "credential")]
    pub certificate: Option<PathBuf>,
    /// PEM file with the certificate's private key, when it is not in the certificate file.
    #[arg(long, value_name = "FILE", requires = "certificate")]
    pub certificate_key: Option<PathBuf>,
    /// PFX password or key passphrase: the environment variable that contains it.
    #[arg(
        long,
        value_name = "VAR",
        group = "certificate_password",
        requires = "certificate"
    )]
    pub certificate_password_env: Option<String>,
    /// PFX password or key passphrase: a file whose first line is the password.
    #[arg(
        long,
        value_name = "FILE",
        group = "certificate_password",
        requires = "certificate"
    )]
    pub certificate_password_file: Option<PathBuf>,
    /// PFX password or key passphrase: asked for at a prompt at each run.
    #[arg(long, group = "certificate_password", requires = "certificate")]
    pub certificate_password_prompt: bool,
    /// Delegated sign-in: a person signs in with a device code at each run.
    #[arg(long, group = "credential")]
    pub device_code: bool,
}

impl CredentialArgs {
    /// Returns the credential reference these options name, or `None` when none is given.
    #[must_use]
    pub fn credential(&self) -> Option<CredentialRef> {
        if let Some(name) = &self.secret_env {
            return Some(CredentialRef::EnvVar { name: name.clone() });
        }
        if let Some(path) = &self.secret_file {
            return Some(CredentialRef::Secret {
                source: SecretSource::File { path: path.clone() },
            });
        }
        if self.secret_prompt {
            return Some(CredentialRef::Secret {
                source: SecretSource::Prompt,
            });
        }
        if self.device_code {
            return Some(CredentialRef::DeviceCode);
        }
        let path = self.certificate.clone()?;
        let password = if let Some(name) = &self.certificate_password_env {
            Some(SecretSource::Env { name: name.clone() })
        } else if let Some(path) = &self.certificate_password_file {
            Some(SecretSource::File { path: path.clone() })
        } else if self.certificate_password_prompt {
            Some(SecretSource::Prompt)
        } else {
            None
        };
        Some(CredentialRef::Certificate {
            path,
            key_path: self.certificate_key.clone(),
            password,
        })
    }

    /// Returns the credential reference, or the error that says which options give one.
    ///
    /// # Errors
    /// Fails when no credential option is given.
    pub fn required(&self) -> anyhow::Result<CredentialRef> {
        match self.credential() {
            Some(credential) => Ok(credential),
            None => bail!(
                "no credential given: pass --certificate FILE (recommended), --secret-env VAR, \
                 --secret-file FILE, --secret-prompt, or --device-code"
            ),
        }
    }
}

/// Returns the sign-in hooks of a terminal run: a hidden prompt when stdin is a terminal,
/// the device code printed to stderr, and the preflight printed to stderr when `preflight`.
pub fn terminal_hooks(preflight: bool) -> SignInHooks {
    use std::io::IsTerminal as _;
    let prompt = std::io::stdin().is_terminal().then(|| {
        Arc::new(|label: &str| super::read_hidden(label).ok().flatten())
            as crate::collect::auth::SecretPrompt
    });
    let device_code: DeviceCodeHandler = Arc::new(|prompt: &DeviceCodePrompt| {
        eprintln!("{}", device_code_text(prompt));
        let _ = std::io::stderr().flush();
    });
    let preflight = preflight.then(|| {
        PreflightHandler(Arc::new(|report: &Preflight| {
            if !report.all_allowed() {
                eprint!("{}", preflight_text(report, false));
            }
        }))
    });
    SignInHooks {
        prompt,
        device_code: Some(device_code),
        preflight,
    }
}

/// Returns the instruction shown while a device code sign-in waits.
#[must_use]
pub fn device_code_text(prompt: &DeviceCodePrompt) -> String {
    format!(
        "To sign in, open {} and enter the code {} (valid for {} minutes).",
        prompt.verification_uri,
        prompt.user_code,
        prompt.expires_in.as_secs().div_ceil(60)
    )
}

/// Returns the preflight as text: every dataset when `all`, else only the missing ones.
#[must_use]
pub fn preflight_text(report: &Preflight, all: bool) -> String {
    let mut text = String::new();
    let missing = report.missing();
    if !missing.is_empty() {
        text.push_str(&format!(
            "Permission check: {} of {} datasets will not be collected:\n",
            missing.len(),
            report.datasets.len()
        ));
    } else if all {
        text.push_str(&format!(
            "Permission check: all {} datasets can be read.\n",
            report.datasets.len()
        ));
    }
    for entry in &report.datasets {
        let line = match &entry.verdict {
            Verdict::Allowed if all => format!("  ok        {}\n", entry.dataset.key()),
            Verdict::Unknown if all => format!(
                "  unknown   {:<36} sign-in to its service failed\n",
                entry.dataset.key()
            ),
            Verdict::Missing { permission } => format!(
                "  missing   {:<36} needs {permission}\n",
                entry.dataset.key()
            ),
            _ => continue,
        };
        text.push_str(&line);
    }
    if !missing.is_empty() {
        text.push_str(
            "Grant the missing permissions and admin consent (cray tenant add prints the steps); \
             the other datasets are collected as usual.\n",
        );
    }
    text
}

/// Prints the onboarding steps of a newly registered tenant.
pub fn print_onboarding(tenant: &Tenant) {
    if matches!(tenant.credential, CredentialRef::Demo) {
        return;
    }
    let endpoints = tenant.endpoints();
    let delegated = matches!(tenant.credential, CredentialRef::DeviceCode);
    let text = onboarding::text(
        &endpoints.login,
        &tenant.tenant_id,
        &tenant.client_id,
        delegated,
    );
    println!("{}", text.replace("NAME", tenant.name.as_str()));
}
