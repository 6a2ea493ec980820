//! Value encryption of the tenant store: XChaCha20-Poly1305 with a random 24-byte nonce per
//! value. The associated data is the tree name and the key, so a value moved to another key
//! or tree fails to decrypt instead of being read as something else.
//!
//! A sealed value is the nonce followed by the ciphertext and its 16-byte tag.

use chacha20poly1305::aead::{Aead as _, AeadCore as _, KeyInit as _, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

use crate::keys::DataKey;

/// Bytes a sealed value adds to its plaintext: nonce and tag.
pub const OVERHEAD: usize = NONCE_LEN + 16;

const NONCE_LEN: usize = 24;

/// Seals and opens the values of one store.
pub struct ValueCipher(XChaCha20Poly1305);

impl ValueCipher {
    /// Returns the cipher of one data key.
    #[must_use]
    pub fn new(key: &DataKey) -> Self {
        Self(XChaCha20Poly1305::new(key.bytes().into()))
    }

    /// Encrypts `plain`, stored under `key` in `tree`. Returns `None` only for a value beyond
    /// the cipher's length limit (about 256 GiB).
    #[must_use]
    pub fn seal(&self, tree: &str, key: &[u8], plain: &[u8]) -> Option<Vec<u8>> {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let aad = associated_data(tree, key);
        let sealed = self
            .0
            .encrypt(
                &nonce,
                Payload {
                    msg: plain,
                    aad: &aad,
                },
            )
            .ok()?;
        let mut out = Vec::with_capacity(NONCE_LEN + sealed.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Some(out)
    }

    /// Decrypts a value sealed under `key` in `tree`; `None` when the key is wrong, the value
    /// was tampered with or moved.
    #[must_use]
    pub fn open(&self, tree: &str, key: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
        if sealed.len() < OVERHEAD {
            return None;
        }
        let (nonce, body) = sealed.split_at(NONCE_LEN);
        let aad = associated_data(tree, key);
        self.0
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: body,
                    aad: &aad,
                },
            )
            .ok()
    }
}

fn associated_data(tree: &str, key: &[u8]) -> Vec<u8> {
    let mut aad = Vec::with_capacity(tree.len() + 1 + key.len());
    aad.extend_from_slice(tree.as_bytes());
    aad.push(0);
    aad.extend_from_slice(key);
    aad
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_value_opens_under_same_place() {
        let cipher = ValueCipher::new(&DataKey::generate());
        let sealed = cipher.seal("results", b"k", b"secret").unwrap();
        assert_eq!(cipher.open("results", b"k", &sealed).unwrap(), b"secret");
    }

    #[test]
    fn value_moved_to_other_key_fails() {
        let cipher = ValueCipher::new(&DataKey::generate());
        let sealed = cipher.seal("results", b"a", b"secret").unwrap();
        assert!(cipher.open("results", b"b", &sealed).is_none());
    }

    #[test]
    fn value_moved_to_other_tree_fails() {
        let cipher = ValueCipher::new(&DataKey::generate());
        let sealed = cipher.seal("results", b"a", b"secret").unwrap();
        assert!(cipher.open("triage", b"a", &sealed).is_none());
    }

    #[test]
    fn other_key_fails() {
        let sealed = ValueCipher::new(&DataKey::generate())
            .seal("t", b"a", b"secret")
            .unwrap();
        let other = ValueCipher::new(&DataKey::generate());
        assert!(other.open("t", b"a", &sealed).is_none());
    }
}
