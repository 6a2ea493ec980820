//! The OS keychain behind a small trait, so tests and headless machines can do without it.

use super::{KeyError, Result};

/// Keychain service name under which cray keeps tenant keys.
pub const SERVICE: &str = "cray";

/// A place that keeps one secret per tenant local id.
pub trait Keychain: Send + Sync {
    /// Returns true when the keychain responds (an entry may or may not exist).
    fn available(&self) -> bool;

    /// Stores the secret of `local_id`.
    ///
    /// # Errors
    /// Fails when the keychain is absent or refuses.
    fn set(&self, local_id: &str, secret: &[u8]) -> Result<()>;

    /// Returns the secret of `local_id`.
    ///
    /// # Errors
    /// Fails when the keychain is absent or has no such entry.
    fn get(&self, local_id: &str) -> Result<Vec<u8>>;

    /// Deletes the secret of `local_id`; a missing entry is not an error.
    ///
    /// # Errors
    /// Fails when the keychain is absent or refuses.
    fn delete(&self, local_id: &str) -> Result<()>;
}

/// The platform keychain through the `keyring` crate: macOS Keychain, Windows Credential
/// Manager, or the Secret Service over D-Bus on Linux. On a headless Linux without a session
/// bus every call fails and [`Keychain::available`] is false.
#[derive(Debug, Default, Clone, Copy)]
pub struct OsKeychain;

impl OsKeychain {
    fn entry(local_id: &str) -> Result<keyring::Entry> {
        keyring::Entry::new(SERVICE, local_id).map_err(keychain_error)
    }
}

impl Keychain for OsKeychain {
    fn available(&self) -> bool {
        // Without a session bus the Secret Service is unreachable, so skip the connection attempt.
        if cfg!(target_os = "linux") && std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
            return false;
        }
        let Ok(entry) = Self::entry("availability-probe") else {
            return false;
        };
        matches!(entry.get_secret(), Ok(_) | Err(keyring::Error::NoEntry))
    }

    fn set(&self, local_id: &str, secret: &[u8]) -> Result<()> {
        Self::entry(local_id)?
            .set_secret(secret)
            .map_err(keychain_error)
    }

    fn get(&self, local_id: &str) -> Result<Vec<u8>> {
        Self::entry(local_id)?.get_secret().map_err(keychain_error)
    }

    fn delete(&self, local_id: &str) -> Result<()> {
        match Self::entry(local_id)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(error) => Err(keychain_error(error)),
        }
    }
}

fn keychain_error(error: keyring::Error) -> KeyError {
    KeyError::Keychain {
        message: error.to_string(),
    }
}

/// A keychain that is never there, for tests and for `key_storage` other than keychain.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoKeychain;

impl Keychain for NoKeychain {
    fn available(&self) -> bool {
        false
    }

    fn set(&self, _local_id: &str, _secret: &[u8]) -> Result<()> {
        Err(absent())
    }

    fn get(&self, _local_id: &str) -> Result<Vec<u8>> {
        Err(absent())
    }

    fn delete(&self, _local_id: &str) -> Result<()> {
        Err(absent())
    }
}

fn absent() -> KeyError {
    KeyError::Keychain {
        message: "no keychain is in use".to_owned(),
    }
}
