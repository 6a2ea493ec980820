//! The data keys that encrypt each tenant store, and where they are kept.
//!
//! Every tenant gets its own random 256-bit key. A descriptor file `keys/<local id>.key` in
//! the config directory (mode 0600, never in the data directory) records the key storage method:
//!
//! - `keychain`: the key is in the OS keychain (service `cray`, account = local id); the
//!   descriptor holds no secret.
//! - `passphrase`: the key is wrapped (XChaCha20-Poly1305) under a key derived from the
//!   user's passphrase with argon2id; the descriptor holds the salt, the argon2 parameters and
//!   the wrapped key. The AEAD tag doubles as the verifier: a wrong passphrase fails to unwrap
//!   and gives a clear error.
//! - `keyfile`: the key itself, base64, in the descriptor.
//!
//! Destroying the descriptor (and the keychain entry) makes the store unreadable for good.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use base64::Engine as _;
use chacha20poly1305::aead::{
    Aead as _, AeadCore as _, KeyInit as _, OsRng, rand_core::RngCore as _,
};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

mod keychain;

pub use keychain::{Keychain, NoKeychain, OsKeychain};

/// Environment variable holding the passphrase for the `passphrase` key storage.
pub const PASSPHRASE_VAR: &str = "CRAY_PASSPHRASE";

/// Environment variable that overrides `security.key_storage` of the config file.
pub const KEY_STORAGE_VAR: &str = "CRAY_KEY_STORAGE";

/// Length of a data key in bytes.
pub const KEY_LEN: usize = 32;

/// One tenant's 256-bit data key; zeroed when dropped, redacted in `Debug`.
#[derive(Clone)]
pub struct DataKey(Zeroizing<[u8; KEY_LEN]>);

impl DataKey {
    /// Returns a new random key from the operating system's generator.
    #[must_use]
    pub fn generate() -> Self {
        let mut bytes = Zeroizing::new([0u8; KEY_LEN]);
        OsRng.fill_bytes(bytes.as_mut());
        Self(bytes)
    }

    /// Wraps known key bytes, as read back from a keychain or a test fixture.
    #[must_use]
    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
        Self(Zeroizing::new(bytes))
    }

    /// Returns the key bytes.
    #[must_use]
    pub fn bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    fn from_slice(bytes: &[u8]) -> Option<Self> {
        let array: [u8; KEY_LEN] = bytes.try_into().ok()?;
        Some(Self(Zeroizing::new(array)))
    }
}

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(<redacted>)")
    }
}

/// Storage method for new keys, as chosen by `security.key_storage`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KeyStorage {
    /// The keychain when one responds, else a passphrase from `CRAY_PASSPHRASE` when set,
    /// else a key file with a warning.
    #[default]
    Auto,
    /// The OS keychain only; fails when there is none.
    Keychain,
    /// A key derived from a passphrase (`CRAY_PASSPHRASE`, else a prompt on a terminal).
    Passphrase,
    /// A key file of mode 0600 in the config directory.
    Keyfile,
}

impl std::str::FromStr for KeyStorage {
    type Err = KeyError;

    fn from_str(text: &str) -> Result<Self> {
        match text {
            "auto" => Ok(Self::Auto),
            "keychain" => Ok(Self::Keychain),
            "passphrase" => Ok(Self::Passphrase),
            "keyfile" => Ok(Self::Keyfile),
            _ => Err(KeyError::UnknownStorage(text.to_owned())),
        }
    }
}

impl KeyStorage {
    /// Returns the storage's name as the config file spells it.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Keychain => "keychain",
            Self::Passphrase => "passphrase",
            Self::Keyfile => "keyfile",
        }
    }
}

/// Storage location of one tenant's key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KeyMethod {
    /// The OS keychain.
    Keychain,
    /// Wrapped under a passphrase-derived key.
    Passphrase,
    /// A key file.
    Keyfile,
}

impl KeyMethod {
    /// Returns the method's name as the config file spells it.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Keychain => "keychain",
            Self::Passphrase => "passphrase",
            Self::Keyfile => "keyfile",
        }
    }
}

/// Errors of key storage.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// A key descriptor cannot be read or written.
    #[error("key file {path}: {source}; check the permissions of the config directory")]
    Io {
        /// Descriptor path.
        path: PathBuf,
        /// I/O error.
        #[source]
        source: io::Error,
    },
    /// A key descriptor is damaged.
    #[error(
        "key file {path} is damaged ({message}); the tenant's store cannot be decrypted \
         without it; restore the file from a backup or purge the tenant"
    )]
    Damaged {
        /// Descriptor path.
        path: PathBuf,
        /// Description of the damage.
        message: String,
    },
    /// The passphrase does not unwrap the key.
    #[error(
        "the passphrase does not open the key in {path}; check {PASSPHRASE_VAR} or type the \
         passphrase used when the tenant was first stored"
    )]
    WrongPassphrase {
        /// Descriptor path.
        path: PathBuf,
    },
    /// A passphrase is needed but none was given.
    #[error(
        "a passphrase is needed for the key in {path}; set {PASSPHRASE_VAR} or run cray on a \
         terminal to be asked"
    )]
    PassphraseMissing {
        /// Descriptor path.
        path: PathBuf,
    },
    /// The keychain failed or is absent.
    #[error(
        "the OS keychain failed: {message}; set key_storage = \"passphrase\" or \"keyfile\" \
         in the [security] table of config.toml to keep keys without it"
    )]
    Keychain {
        /// The keychain's message.
        message: String,
    },
    /// The key storage name is unknown.
    #[error("unknown key storage {0:?}; use auto, keychain, passphrase or keyfile")]
    UnknownStorage(String),
}

/// Result alias of this module.
pub type Result<T> = std::result::Result<T, KeyError>;

/// argon2id parameters: memory in KiB, iterations, lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Memory cost in KiB.
    pub m_cost: u32,
    /// Number of passes.
    pub t_cost: u32,
    /// Degree of parallelism.
    pub p_cost: u32,
}

/// The parameters used for new passphrase keys (the OWASP minimum for argon2id).
pub const KDF_PARAMS: KdfParams = KdfParams {
    m_cost: 19 * 1024,
    t_cost: 2,
    p_cost: 1,
};

/// The descriptor file's content.
#[derive(Serialize, Deserialize)]
#[serde(tag = "method", rename_all = "lowercase")]
enum Descriptor {
    Keychain,
    Passphrase {
        salt: String,
        kdf: KdfParams,
        nonce: String,
        wrapped: String,
    },
    Keyfile {
        key: String,
    },
}

/// Message to show the user once, such as the warning about a key kept in a key file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyNotice(pub String);

/// Reads the passphrase when none is in the environment; returns `None` without a terminal.
pub type Prompt = Box<dyn Fn(&str) -> Option<Zeroizing<String>> + Send + Sync>;

/// Creates, loads and destroys tenant keys.
pub struct KeyRing {
    dir: PathBuf,
    storage: Mutex<KeyStorage>,
    keychain: Box<dyn Keychain>,
    prompt: Option<Prompt>,
    passphrase: Mutex<Option<Zeroizing<String>>>,
}

impl std::fmt::Debug for KeyRing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyRing")
            .field("dir", &self.dir)
            .field("storage", &self.storage())
            .finish_non_exhaustive()
    }
}

impl KeyRing {
    /// Keeps descriptors in `config_dir/keys`, creating new keys with the method `storage` selects.
    #[must_use]
    pub fn new(config_dir: &Path, storage: KeyStorage, keychain: Box<dyn Keychain>) -> Self {
        Self {
            dir: config_dir.join("keys"),
            storage: Mutex::new(storage),
            keychain,
            prompt: None,
            passphrase: Mutex::new(None),
        }
    }

    /// Sets how to ask for a passphrase when `CRAY_PASSPHRASE` is not set.
    #[must_use]
    pub fn with_prompt(mut self, prompt: Prompt) -> Self {
        self.prompt = Some(prompt);
        self
    }

    /// Returns the configured storage for new keys.
    #[must_use]
    pub fn storage(&self) -> KeyStorage {
        *self
            .storage
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Sets the storage for keys created from now on; existing keys stay where they are.
    pub fn set_storage(&self, storage: KeyStorage) {
        *self
            .storage
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = storage;
    }

    /// Returns whether an OS keychain responds.
    #[must_use]
    pub fn keychain_available(&self) -> bool {
        self.keychain.available()
    }

    /// Returns whether any tenant key descriptor exists; a missing directory means none.
    #[must_use]
    pub fn has_any_key(&self) -> bool {
        std::fs::read_dir(&self.dir).is_ok_and(|entries| {
            entries
                .flatten()
                .any(|e| e.path().extension().is_some_and(|x| x == "key"))
        })
    }

    /// Returns the directory of the key descriptors.
    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Returns the descriptor path of one tenant's key.
    #[must_use]
    pub fn descriptor_path(&self, local_id: &str) -> PathBuf {
        self.dir.join(format!("{local_id}.key"))
    }

    /// Returns how the tenant's key is kept, or `None` when it has none.
    ///
    /// # Errors
    /// Fails when the descriptor exists but cannot be read.
    pub fn method(&self, local_id: &str) -> Result<Option<KeyMethod>> {
        Ok(self.read_descriptor(local_id)?.map(|d| match d {
            Descriptor::Keychain => KeyMethod::Keychain,
            Descriptor::Passphrase { .. } => KeyMethod::Passphrase,
            Descriptor::Keyfile { .. } => KeyMethod::Keyfile,
        }))
    }

    /// Returns the method new keys would use now: `auto` resolved against the keychain and
    /// the environment.
    #[must_use]
    pub fn method_for_new_keys(&self) -> KeyMethod {
        match self.storage() {
            KeyStorage::Keychain => KeyMethod::Keychain,
            KeyStorage::Passphrase => KeyMethod::Passphrase,
            KeyStorage::Keyfile => KeyMethod::Keyfile,
            KeyStorage::Auto if self.keychain.available() => KeyMethod::Keychain,
            KeyStorage::Auto if env_passphrase().is_some() => KeyMethod::Passphrase,
            KeyStorage::Auto => KeyMethod::Keyfile,
        }
    }

    /// Returns the tenant's key, or `None` when it has none.
    ///
    /// # Errors
    /// Fails on a damaged descriptor, a wrong or missing passphrase, or a keychain failure.
    pub fn load(&self, local_id: &str) -> Result<Option<DataKey>> {
        let path = self.descriptor_path(local_id);
        let Some(descriptor) = self.read_descriptor(local_id)? else {
            return Ok(None);
        };
        let key = match descriptor {
            Descriptor::Keychain => {
                let secret = self.keychain.get(local_id)?;
                DataKey::from_slice(&secret).ok_or_else(|| damaged(&path, "keychain entry"))?
            }
            Descriptor::Keyfile { key } => {
                let bytes = Zeroizing::new(decode(&path, &key)?);
                DataKey::from_slice(&bytes).ok_or_else(|| damaged(&path, "key length"))?
            }
            Descriptor::Passphrase {
                salt,
                kdf,
                nonce,
                wrapped,
            } => {
                let passphrase = self.passphrase(&path)?;
                let kek = derive(&path, &passphrase, &decode(&path, &salt)?, kdf)?;
                unwrap_key(
                    &path,
                    &kek,
                    &decode(&path, &nonce)?,
                    &decode(&path, &wrapped)?,
                )?
            }
        };
        Ok(Some(key))
    }

    /// Creates a new key for the tenant, kept as configured. The notice, when present, is to
    /// be shown to the user once (a key kept in a plain key file).
    ///
    /// # Errors
    /// Fails when the keychain was demanded and is absent, when no passphrase can be had, or
    /// when the descriptor cannot be written.
    pub fn create(&self, local_id: &str) -> Result<(DataKey, Option<KeyNotice>)> {
        let key = DataKey::generate();
        let path = self.descriptor_path(local_id);
        let method = self.method_for_new_keys();
        let descriptor = match method {
            KeyMethod::Keychain => {
                self.keychain.set(local_id, key.bytes())?;
                Descriptor::Keychain
            }
            KeyMethod::Passphrase => self.wrap_with_passphrase(&path, &key)?,
            KeyMethod::Keyfile => Descriptor::Keyfile {
                key: base64::engine::general_purpose::STANDARD.encode(key.bytes()),
            },
        };
        self.write_descriptor(&path, &descriptor)?;
        tracing::info!(local_id, method = method.key(), "tenant key created");
        let notice =
            (method == KeyMethod::Keyfile && self.storage() == KeyStorage::Auto).then(|| {
                KeyNotice(format!(
                    "warning: no keychain and no {PASSPHRASE_VAR}: the store key is kept in the \
                 key file {} (mode 0600); set key_storage in the [security] table of \
                 config.toml to choose",
                    path.display()
                ))
            });
        Ok((key, notice))
    }

    /// Destroys the tenant's key: the keychain entry and the descriptor, whose bytes are
    /// overwritten before it is removed. Returns whether there was a key.
    ///
    /// # Errors
    /// Fails when the keychain entry or the file cannot be removed.
    pub fn destroy(&self, local_id: &str) -> Result<bool> {
        let path = self.descriptor_path(local_id);
        let descriptor = match self.read_descriptor(local_id) {
            Ok(found) => found,
            // A damaged descriptor is destroyed all the same.
            Err(KeyError::Damaged { .. }) => None,
            Err(error) => return Err(error),
        };
        if matches!(descriptor, Some(Descriptor::Keychain)) {
            self.keychain.delete(local_id)?;
        }
        let io = |source| KeyError::Io {
            path: path.clone(),
            source,
        };
        match fs::metadata(&path) {
            Ok(meta) => {
                let zeros = vec![0u8; usize::try_from(meta.len()).unwrap_or(0)];
                fs::write(&path, zeros).map_err(io)?;
                fs::remove_file(&path).map_err(io)?;
                tracing::info!(local_id, "tenant key destroyed");
                Ok(true)
            }
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(descriptor.is_some()),
            Err(error) => Err(io(error)),
        }
    }

    fn read_descriptor(&self, local_id: &str) -> Result<Option<Descriptor>> {
        let path = self.descriptor_path(local_id);
        let text = match fs::read(&path) {
            Ok(text) => Zeroizing::new(text),
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(KeyError::Io { path, source }),
        };
        serde_json::from_slice(&text)
            .map(Some)
            .map_err(|e| damaged(&path, &e.to_string()))
    }

    fn write_descriptor(&self, path: &Path, descriptor: &Descriptor) -> Result<()> {
        let io = |source| KeyError::Io {
            path: path.to_path_buf(),
            source,
        };
        crate::fsperm::create_private_dir(&self.dir).map_err(io)?;
        let text = Zeroizing::new(
            serde_json::to_vec(descriptor).map_err(|e| damaged(path, &e.to_string()))?,
        );
        crate::tenant::write_atomically(path, &text).map_err(io)
    }

    fn wrap_with_passphrase(&self, path: &Path, key: &DataKey) -> Result<Descriptor> {
        let passphrase = self.passphrase(path)?;
        let mut salt = [0u8; 16];
        OsRng.fill_bytes(&mut salt);
        let kek = derive(path, &passphrase, &salt, KDF_PARAMS)?;
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let cipher = XChaCha20Poly1305::new(kek.as_ref().into());
        let wrapped = cipher
            .encrypt(&nonce, key.bytes().as_slice())
            .map_err(|_| damaged(path, "key wrapping failed"))?;
        let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
        Ok(Descriptor::Passphrase {
            salt: b64(&salt),
            kdf: KDF_PARAMS,
            nonce: b64(&nonce),
            wrapped: b64(&wrapped),
        })
    }

    /// Returns the passphrase: the cached one, `CRAY_PASSPHRASE`, else the prompt's answer.
    fn passphrase(&self, path: &Path) -> Result<Zeroizing<String>> {
        let mut cached = self
            .passphrase
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(known) = cached.as_ref() {
            return Ok(known.clone());
        }
        let found = env_passphrase()
            .or_else(|| {
                self.prompt
                    .as_ref()
                    .and_then(|ask| ask("cray passphrase: "))
            })
            .filter(|p| !p.is_empty())
            .ok_or_else(|| KeyError::PassphraseMissing {
                path: path.to_path_buf(),
            })?;
        *cached = Some(found.clone());
        Ok(found)
    }
}

/// Returns whether `CRAY_PASSPHRASE` is set to a non-empty value.
#[must_use]
pub fn passphrase_in_env() -> bool {
    env_passphrase().is_some()
}

fn env_passphrase() -> Option<Zeroizing<String>> {
    std::env::var(PASSPHRASE_VAR)
        .ok()
        .filter(|p| !p.is_empty())
        .map(Zeroizing::new)
}

fn damaged(path: &Path, message: &str) -> KeyError {
    KeyError::Damaged {
        path: path.to_path_buf(),
        message: message.to_owned(),
    }
}

fn decode(path: &Path, text: &str) -> Result<Vec<u8>> {
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .map_err(|e| damaged(path, &e.to_string()))
}

/// Derives the key-encryption key from the passphrase with argon2id.
fn derive(
    path: &Path,
    passphrase: &str,
    salt: &[u8],
    kdf: KdfParams,
) -> Result<Zeroizing<[u8; KEY_LEN]>> {
    let params = argon2::Params::new(kdf.m_cost, kdf.t_cost, kdf.p_cost, Some(KEY_LEN))
        .map_err(|e| damaged(path, &format!("argon2 parameters: {e}")))?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    argon
        .hash_password_into(passphrase.as_bytes(), salt, out.as_mut())
        .map_err(|e| damaged(path, &format!("argon2: {e}")))?;
    Ok(out)
}

fn unwrap_key(path: &Path, kek: &[u8; KEY_LEN], nonce: &[u8], wrapped: &[u8]) -> Result<DataKey> {
    if nonce.len() != 24 {
        return Err(damaged(path, "nonce length"));
    }
    let cipher = XChaCha20Poly1305::new(kek.into());
    let plain = Zeroizing::new(cipher.decrypt(XNonce::from_slice(nonce), wrapped).map_err(
        |_| KeyError::WrongPassphrase {
            path: path.to_path_buf(),
        },
    )?);
    DataKey::from_slice(&plain).ok_or_else(|| damaged(path, "key length"))
}

#[cfg(test)]
mod tests;
