//! Certificate credentials: the certificate and RSA private key of the app registration, read
//! from PEM (one file or two) or PFX (PKCS#12), and the signed client assertion (a JWT) that
//! replaces a client secret in the token request.
//!
//! The assertion follows Entra ID's rules: header `alg: PS256`, `typ: JWT` and `x5t#S256`
//! (base64url SHA-256 of the certificate's DER); claims `aud` = the token URL, `iss` = `sub`
//! = client id, a new `jti` each time, `nbf` = `iat` = now and `exp` = now + 10 minutes.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{RSA_PSS_SHA256, RsaKeyPair};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rustls_pki_types::CertificateDer;
use zeroize::Zeroizing;

use crate::collect::Secret;

/// Lifetime of one client assertion.
const ASSERTION_LIFETIME_SECONDS: u64 = 600;

/// The assertion type sent with a client assertion.
pub const CLIENT_ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// Errors of reading a certificate credential; each names the file and the fix.
#[derive(Debug, thiserror::Error)]
pub enum CertificateError {
    /// A file cannot be read.
    #[error("the certificate file {path} cannot be read: {source}; check the path")]
    Read {
        /// The file.
        path: PathBuf,
        /// I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The file is neither PEM nor a PFX that opens with the password given.
    #[error("{path} is not a usable certificate file: {message}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// The fault and its fix.
        message: String,
    },
    /// The private key cannot sign.
    #[error("the private key in {path} cannot be used: {message}")]
    Key {
        /// The file holding the key.
        path: PathBuf,
        /// The fault and its fix.
        message: String,
    },
}

/// The app registration's certificate with its private key, ready to sign assertions.
///
/// `Debug` prints only the public thumbprint; the key never leaves this type.
pub struct ClientCertificate {
    key: RsaKeyPair,
    certificate_der: Vec<u8>,
    thumbprint: String,
}

impl std::fmt::Debug for ClientCertificate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientCertificate")
            .field("x5t#S256", &self.thumbprint)
            .finish_non_exhaustive()
    }
}

impl ClientCertificate {
    /// Reads a certificate credential: a PEM file holding the certificate (and the key, unless
    /// `key_path` names a second PEM file), or a PFX file. `password` opens a PFX or an
    /// encrypted PEM key.
    ///
    /// # Errors
    /// Fails when a file cannot be read, holds no usable certificate or RSA key, the password
    /// is wrong, or the key does not belong to the certificate.
    pub fn load(
        path: &Path,
        key_path: Option<&Path>,
        password: Option<&Secret>,
    ) -> Result<Self, CertificateError> {
        let bytes = read(path)?;
        let (certificates, mut keys) = if is_pem(&bytes) {
            pem_items(path, &bytes, password)?
        } else {
            pfx_items(path, &bytes, password)?
        };
        let mut key_file = path;
        if let Some(key_path) = key_path {
            let key_bytes = read(key_path)?;
            if !is_pem(&key_bytes) {
                return Err(CertificateError::Invalid {
                    path: key_path.to_path_buf(),
                    message: "a separate key file must be PEM (BEGIN PRIVATE KEY); convert it \
                              with openssl pkcs8 -topk8"
                        .to_owned(),
                });
            }
            keys = pem_items(key_path, &key_bytes, password)?.1;
            key_file = key_path;
        }
        let Some(key_der) = keys.into_iter().next() else {
            return Err(CertificateError::Invalid {
                path: key_file.to_path_buf(),
                message: "it holds no private key; give the key in the same PEM file, with \
                          --certificate-key FILE, or use a PFX file that holds the key"
                    .to_owned(),
            });
        };
        let key = rsa_key(key_file, &key_der)?;
        if certificates.is_empty() {
            return Err(CertificateError::Invalid {
                path: path.to_path_buf(),
                message: "it holds no certificate (BEGIN CERTIFICATE); give the certificate \
                          uploaded to the app registration"
                    .to_owned(),
            });
        }
        let certificate_der = certificates
            .into_iter()
            .find(|der| key_matches(&key, der))
            .ok_or_else(|| CertificateError::Key {
                path: key_file.to_path_buf(),
                message: "it does not belong to any certificate in the file; give the key of \
                          the certificate uploaded to the app registration"
                    .to_owned(),
            })?;
        let thumbprint = URL_SAFE_NO_PAD.encode(aws_lc_rs::digest::digest(
            &aws_lc_rs::digest::SHA256,
            &certificate_der,
        ));
        Ok(Self {
            key,
            certificate_der,
            thumbprint,
        })
    }

    /// Returns the certificate's SHA-256 thumbprint, base64url without padding (`x5t#S256`).
    #[must_use]
    pub fn thumbprint(&self) -> &str {
        &self.thumbprint
    }

    /// Returns the certificate in DER form.
    #[must_use]
    pub fn certificate_der(&self) -> &[u8] {
        &self.certificate_der
    }

    /// Returns a new signed client assertion for `client_id` at the token URL `audience`.
    ///
    /// # Errors
    /// Fails only when the system random source or the signer fails.
    pub fn assertion(&self, client_id: &str, audience: &str) -> Result<Secret, String> {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_secs());
        let header = serde_json::json!({
            "alg": "PS256",
            "typ": "JWT",
            "x5t#S256": self.thumbprint,
        });
        let claims = serde_json::json!({
            "aud": audience,
            "iss": client_id,
            "sub": client_id,
            "jti": uuid::Uuid::new_v4().to_string(),
            "nbf": now,
            "iat": now,
            "exp": now + ASSERTION_LIFETIME_SECONDS,
        });
        let signing_input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let mut signature = vec![0; self.key.public_modulus_len()];
        self.key
            .sign(
                &RSA_PSS_SHA256,
                &SystemRandom::new(),
                signing_input.as_bytes(),
                &mut signature,
            )
            .map_err(|_| "signing the client assertion failed".to_owned())?;
        Ok(Secret::new(format!(
            "{signing_input}.{}",
            URL_SAFE_NO_PAD.encode(signature)
        )))
    }
}

fn read(path: &Path) -> Result<Zeroizing<Vec<u8>>, CertificateError> {
    std::fs::read(path)
        .map(Zeroizing::new)
        .map_err(|source| CertificateError::Read {
            path: path.to_path_buf(),
            source,
        })
}

fn is_pem(bytes: &[u8]) -> bool {
    bytes.windows(11).any(|window| window == b"-----BEGIN ")
}

/// Certificates (DER) and private keys (PKCS#1 or PKCS#8 DER) found in a file.
type Items = (Vec<Vec<u8>>, Vec<Zeroizing<Vec<u8>>>);

/// Reads every PEM block of a file; an encrypted PKCS#8 key is decrypted with `password`.
fn pem_items(
    path: &Path,
    bytes: &[u8],
    password: Option<&Secret>,
) -> Result<Items, CertificateError> {
    let invalid = |message: String| CertificateError::Invalid {
        path: path.to_path_buf(),
        message,
    };
    let mut certificates = Vec::new();
    let mut keys = Vec::new();
    for block in pem_blocks(bytes) {
        let (label, der) = pem_rfc7468::decode_vec(block)
            .map_err(|e| invalid(format!("a PEM block cannot be decoded ({e})")))?;
        let der = Zeroizing::new(der);
        match label {
            "CERTIFICATE" => certificates.push(der.to_vec()),
            "PRIVATE KEY" | "RSA PRIVATE KEY" => keys.push(der),
            "ENCRYPTED PRIVATE KEY" => {
                let Some(password) = password else {
                    return Err(invalid(
                        "its private key is encrypted; give the passphrase with \
                         --certificate-password-env, --certificate-password-file or \
                         --certificate-password-prompt"
                            .to_owned(),
                    ));
                };
                let info = pkcs8::EncryptedPrivateKeyInfoRef::try_from(der.as_slice())
                    .map_err(|e| invalid(format!("the encrypted key cannot be read ({e})")))?;
                let plain = info.decrypt(password.expose()).map_err(|_| {
                    invalid(
                        "the passphrase does not decrypt its private key; check the passphrase"
                            .to_owned(),
                    )
                })?;
                keys.push(Zeroizing::new(plain.as_bytes().to_vec()));
            }
            "EC PRIVATE KEY" => {
                return Err(invalid(
                    "it holds an EC key; Entra ID certificate credentials need an RSA key"
                        .to_owned(),
                ));
            }
            _ => {}
        }
    }
    Ok((certificates, keys))
}

/// Splits PEM text into its `-----BEGIN ...-----` to `-----END ...-----` blocks.
fn pem_blocks(bytes: &[u8]) -> Vec<&[u8]> {
    let mut blocks = Vec::new();
    let mut rest = bytes;
    while let Some(start) = find(rest, b"-----BEGIN ") {
        let from_start = &rest[start..];
        let Some(end) = find(from_start, b"-----END ") else {
            break;
        };
        let after_end = &from_start[end + 9..];
        let close = find(after_end, b"-----").map_or(after_end.len(), |i| i + 5);
        let length = end + 9 + close;
        blocks.push(&from_start[..length]);
        rest = &from_start[length..];
    }
    blocks
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// Opens a PFX file with `password` (none means the empty password).
fn pfx_items(
    path: &Path,
    bytes: &[u8],
    password: Option<&Secret>,
) -> Result<Items, CertificateError> {
    let password = password.map_or("", Secret::expose);
    let archive = p12_keystore::Pkcs12Archive::from_pkcs12(bytes, password).map_err(|error| {
        let message = match error {
            p12_keystore::error::Error::MacError(_) => {
                "the password does not open it; check the PFX password".to_owned()
            }
            other => format!(
                "it is neither PEM nor a PFX file cray can open ({other}); export it again as \
                 PFX with AES-256 or as PEM"
            ),
        };
        CertificateError::Invalid {
            path: path.to_path_buf(),
            message,
        }
    })?;
    let certificates = archive
        .certs
        .iter()
        .map(|bag| bag.cert.as_der().to_vec())
        .collect();
    let keys = archive
        .keys
        .iter()
        .map(|bag| Zeroizing::new(bag.key.as_der().to_vec()))
        .collect();
    Ok((certificates, keys))
}

fn rsa_key(path: &Path, der: &[u8]) -> Result<RsaKeyPair, CertificateError> {
    RsaKeyPair::from_pkcs8(der)
        .or_else(|_| RsaKeyPair::from_der(der))
        .map_err(|rejected| CertificateError::Key {
            path: path.to_path_buf(),
            message: format!(
                "it is not an RSA key of 2048 bits or more ({rejected}); create the certificate \
                 with an RSA key"
            ),
        })
}

/// Returns true when `key` signs what the certificate's public key verifies.
fn key_matches(key: &RsaKeyPair, certificate_der: &[u8]) -> bool {
    let der = CertificateDer::from(certificate_der);
    let Ok(certificate) = webpki::EndEntityCert::try_from(&der) else {
        return false;
    };
    let probe = b"cray key and certificate match";
    let mut signature = vec![0; key.public_modulus_len()];
    if key
        .sign(&RSA_PSS_SHA256, &SystemRandom::new(), probe, &mut signature)
        .is_err()
    {
        return false;
    }
    certificate
        .verify_signature(
            webpki::aws_lc_rs::RSA_PSS_2048_8192_SHA256_LEGACY_KEY,
            probe,
            &signature,
        )
        .is_ok()
}

/// Verifies a PS256 JWT signature with the public key of a DER certificate; used by the
/// simulator's token endpoint.
#[must_use]
pub fn verify_ps256(certificate_der: &[u8], signing_input: &[u8], signature: &[u8]) -> bool {
    let der = CertificateDer::from(certificate_der);
    webpki::EndEntityCert::try_from(&der).is_ok_and(|certificate| {
        certificate
            .verify_signature(
                webpki::aws_lc_rs::RSA_PSS_2048_8192_SHA256_LEGACY_KEY,
                signing_input,
                signature,
            )
            .is_ok()
    })
}

/// Returns the base64url SHA-256 thumbprint of a DER certificate.
#[must_use]
pub fn thumbprint_of(certificate_der: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(aws_lc_rs::digest::digest(
        &aws_lc_rs::digest::SHA256,
        certificate_der,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/auth")
            .join(name)
    }

    #[test]
    fn pem_blocks_are_split() {
        let text = b"x\n-----BEGIN A-----\nQQ==\n-----END A-----\ny\n-----BEGIN B-----\nQg==\n-----END B-----\n";
        let blocks = pem_blocks(text);
        assert_eq!(blocks.len(), 2);
        assert!(blocks[1].starts_with(b"-----BEGIN B"));
        assert!(blocks[1].ends_with(b"-----END B-----"));
    }

    #[test]
    fn combined_pem_and_pfx_give_same_thumbprint() {
        let pem = ClientCertificate::load(&data("client-a.pem"), None, None).unwrap();
        let password = Secret::new("test-pfx-password".to_owned());
        let pfx = ClientCertificate::load(&data("client-a.pfx"), None, Some(&password)).unwrap();
        let legacy =
            ClientCertificate::load(&data("client-a-legacy.pfx"), None, Some(&password)).unwrap();
        assert_eq!(pem.thumbprint(), pfx.thumbprint());
        assert_eq!(pem.thumbprint(), legacy.thumbprint());
        assert_eq!(pem.thumbprint().len(), 43);
    }

    #[test]
    fn mismatched_key_is_rejected() {
        let error =
            ClientCertificate::load(&data("client-a.crt"), Some(&data("client-b.key")), None)
                .unwrap_err();
        assert!(error.to_string().contains("does not belong"), "{error}");
    }

    #[test]
    fn wrong_pfx_password_is_named() {
        let password = Secret::new("wrong".to_owned());
        let error =
            ClientCertificate::load(&data("client-a.pfx"), None, Some(&password)).unwrap_err();
        assert!(error.to_string().contains("PFX password"), "{error}");
    }

    #[test]
    fn encrypted_key_needs_passphrase() {
        let cert = data("client-a.crt");
        let key = data("client-a-encrypted.key");
        let error = ClientCertificate::load(&cert, Some(&key), None).unwrap_err();
        assert!(error.to_string().contains("encrypted"), "{error}");
        let passphrase = Secret::new("test-key-passphrase".to_owned());
        let loaded = ClientCertificate::load(&cert, Some(&key), Some(&passphrase)).unwrap();
        assert!(!format!("{loaded:?}").contains("PRIVATE"));
    }

    #[test]
    fn assertion_verifies_with_certificate() {
        let certificate = ClientCertificate::load(&data("client-a.pem"), None, None).unwrap();
        let assertion = certificate
            .assertion("client", "https://login.example/tenant/oauth2/v2.0/token")
            .unwrap();
        let text = assertion.expose();
        let (input, signature) = text.rsplit_once('.').unwrap();
        let signature = URL_SAFE_NO_PAD.decode(signature).unwrap();
        assert!(verify_ps256(
            certificate.certificate_der(),
            input.as_bytes(),
            &signature
        ));
        let header = URL_SAFE_NO_PAD
            .decode(input.split('.').next().unwrap())
            .unwrap();
        let header: serde_json::Value = serde_json::from_slice(&header).unwrap();
        assert_eq!(header["alg"], "PS256");
        assert_eq!(header["x5t#S256"], certificate.thumbprint());
    }
}
