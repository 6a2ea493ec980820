//! Sign-in: the credential kinds (client secret, certificate, device code), the permission
//! preflight that compares a token's grants with what each dataset needs, and the onboarding
//! text that lists those grants for a new app registration.

pub mod certificate;
pub(crate) mod device;
pub mod onboarding;
pub mod preflight;
pub mod resolve;

use std::sync::Arc;
use std::time::Duration;

pub use certificate::{CLIENT_ASSERTION_TYPE, CertificateError, ClientCertificate};
pub use resolve::{CredentialError, SecretPrompt, SignInHooks};

use super::Secret;

/// The user code and where to enter it, shown while a device code sign-in waits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceCodePrompt {
    /// Code the user types at the verification page, such as `FQK5HW3UF`.
    pub user_code: String,
    /// Page where the user signs in, such as `https://microsoft.com/devicelogin`.
    pub verification_uri: String,
    /// How long the code stays valid.
    pub expires_in: Duration,
    /// The login endpoint's own instruction text.
    pub message: String,
}

/// Shows a device code prompt: the CLI prints it, the TUI draws it.
pub type DeviceCodeHandler = Arc<dyn Fn(&DeviceCodePrompt) + Send + Sync>;

/// How the collector signs in.
#[derive(Clone)]
pub enum Credential {
    /// Client credentials with a client secret (application permissions).
    Secret(Secret),
    /// Client credentials with a certificate: a signed client assertion in place of a secret
    /// (application permissions).
    Certificate(Arc<ClientCertificate>),
    /// A user signs in on another device (delegated permissions); the handler shows the code.
    DeviceCode(DeviceCodeHandler),
}

impl From<Secret> for Credential {
    fn from(secret: Secret) -> Self {
        Self::Secret(secret)
    }
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Secret(secret) => f.debug_tuple("Secret").field(secret).finish(),
            Self::Certificate(certificate) => {
                f.debug_tuple("Certificate").field(certificate).finish()
            }
            Self::DeviceCode(_) => f.write_str("DeviceCode"),
        }
    }
}

impl Credential {
    /// Returns true for a delegated sign-in, whose token carries `scp` instead of `roles`.
    #[must_use]
    pub fn is_delegated(&self) -> bool {
        matches!(self, Self::DeviceCode(_))
    }
}
