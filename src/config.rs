//! The user's settings file: `config.toml` in the config directory.
//!
//! A missing file means defaults. The file is strict: an unknown table or key is an error
//! that names the file, the key and the keys that are allowed, so a typo cannot silently
//! drop a setting. Example:
//!
//! ```toml
//! [report]
//! company = "Example Security GmbH"
//! consultant = "Jane Doe"
//! logo = "logo.png"   # PNG; a relative path is relative to this file's directory
//!
//! [security]
//! key_storage = "auto"  # or "keychain", "passphrase", "keyfile"
//!
//! [statistics]
//! enabled = false      # stop counting findings in the anonymized statistics
//!
//! [tui]
//! theme = "light"      # or "dark" (the default), "high-contrast"
//!
//! [keys]               # action = key or [keys]; replaces the action's default keys
//! cycle_sort = "F5"
//! quit = ["q", "ctrl-q"]
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::keys::KeyStorage;
use crate::paths::Paths;

/// Name of the settings file inside the config directory.
pub const CONFIG_FILE: &str = "config.toml";

/// Error raised while loading the settings file.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file exists but cannot be read.
    #[error("cannot read config file {}; check its permissions", path.display())]
    Read {
        /// Path of the file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: io::Error,
    },
    /// The file cannot be written.
    #[error("cannot write config file {}; check the directory's permissions", path.display())]
    Write {
        /// Path of the file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: io::Error,
    },
    /// The file is not valid TOML or does not match the expected keys and types. The message
    /// of the TOML parser names the key, the line and the expected form.
    #[error("config file {} is invalid: {message}", path.display())]
    Invalid {
        /// Path of the file.
        path: PathBuf,
        /// The parser's message.
        message: String,
    },
    /// A value has the right type but an unusable form.
    #[error("config file {}: key {key} {problem}", path.display())]
    Value {
        /// Path of the file.
        path: PathBuf,
        /// Dotted key, such as `report.logo`.
        key: &'static str,
        /// The fault and the expected form.
        problem: String,
    },
}

/// All settings; every field has a default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Settings of the customer report.
    #[serde(default)]
    pub report: ReportConfig,
    /// Settings of the anonymized statistics.
    #[serde(default)]
    pub statistics: StatisticsConfig,
    /// Settings of data protection.
    #[serde(default)]
    pub security: SecurityConfig,
    /// Settings of the terminal interface.
    #[serde(default)]
    pub tui: TuiConfig,
    /// Keys per action name of the terminal interface, such as `cycle_sort = "F5"`; the TUI
    /// checks the names and keys when it starts.
    #[serde(default)]
    pub keys: BTreeMap<String, KeyList>,
}

/// The `[tui]` table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TuiConfig {
    /// Built-in colour theme.
    #[serde(default)]
    pub theme: ThemeName,
}

/// A built-in colour theme of the terminal interface.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeName {
    /// Light text on a dark terminal.
    #[default]
    Dark,
    /// Dark text on a light terminal.
    Light,
    /// Strong colours and bold text on black, for low vision and bright rooms.
    HighContrast,
}

impl ThemeName {
    /// Every built-in theme.
    pub const ALL: [Self; 3] = [Self::Dark, Self::Light, Self::HighContrast];

    /// Returns the name as written in the config file.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Dark => "dark",
            Self::Light => "light",
            Self::HighContrast => "high-contrast",
        }
    }
}

/// The keys of one action in the `[keys]` table: one key string or a list of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeyList(pub Vec<String>);

impl<'de> Deserialize<'de> for KeyList {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeysVisitor;

        impl<'de> serde::de::Visitor<'de> for KeysVisitor {
            type Value = KeyList;

            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("a key such as \"ctrl-r\" or a list of keys")
            }

            fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<KeyList, E> {
                Ok(KeyList(vec![key.to_owned()]))
            }

            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<KeyList, A::Error> {
                let mut keys = Vec::new();
                while let Some(key) = seq.next_element::<String>()? {
                    keys.push(key);
                }
                Ok(KeyList(keys))
            }
        }

        deserializer.deserialize_any(KeysVisitor)
    }
}

/// The `[statistics]` table.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatisticsConfig {
    /// Whether each evaluated assessment adds to the anonymized counters; on by default.
    #[serde(default = "enabled_by_default")]
    pub enabled: bool,
}

impl Default for StatisticsConfig {
    fn default() -> Self {
        Self { enabled: true }
    }
}

fn enabled_by_default() -> bool {
    true
}

/// The `[security]` table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecurityConfig {
    /// Storage method for new tenant keys: auto, keychain, passphrase or keyfile.
    #[serde(default)]
    pub key_storage: crate::keys::KeyStorage,
}

/// The `[report]` table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportConfig {
    /// The consultant's company, printed on the cover.
    pub company: Option<String>,
    /// The consultant's name, printed on the cover unless `--consultant` overrides it.
    pub consultant: Option<String>,
    /// PNG logo of the company for the cover; after loading always an absolute path or one
    /// relative to the current directory, resolved against the config file's directory.
    pub logo: Option<PathBuf>,
}

impl Config {
    /// Loads `config.toml` from the config directory of `paths`; a missing file gives the
    /// defaults.
    ///
    /// # Errors
    /// See [`Config::from_file`].
    pub fn load(paths: &Paths) -> Result<Self, ConfigError> {
        Self::from_file(&paths.config_dir.join(CONFIG_FILE))
    }

    /// Loads the settings file at `path`; a missing file gives the defaults.
    ///
    /// # Errors
    /// Returns [`ConfigError::Read`] when the file exists but cannot be read,
    /// [`ConfigError::Invalid`] for bad TOML, an unknown key or a wrong type, and
    /// [`ConfigError::Value`] for an empty text or a logo that is not a `.png` file.
    pub fn from_file(path: &Path) -> Result<Self, ConfigError> {
        let text = match fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(source) => {
                return Err(ConfigError::Read {
                    path: path.to_owned(),
                    source,
                });
            }
        };
        let mut config: Self = toml::from_str(&text).map_err(|error| ConfigError::Invalid {
            path: path.to_owned(),
            message: error.to_string().trim_end().replace('\n', " "),
        })?;
        config.report.check(path)?;
        Ok(config)
    }
}

/// Returns whether the settings file sets `key_storage` in its `[security]` table.
///
/// # Errors
/// Fails when the file exists but cannot be read or is not valid TOML.
pub fn key_storage_is_set(paths: &Paths) -> Result<bool, ConfigError> {
    let table = read_table(&paths.config_dir.join(CONFIG_FILE))?;
    Ok(table
        .get("security")
        .and_then(toml::Value::as_table)
        .is_some_and(|security| security.contains_key("key_storage")))
}

/// Writes `key_storage` into the `[security]` table of the settings file, keeping every other
/// table and key, atomically and with mode 0600.
///
/// # Errors
/// Fails when the file cannot be read, is not valid TOML, or cannot be written.
pub fn set_key_storage(paths: &Paths, storage: KeyStorage) -> Result<(), ConfigError> {
    let path = paths.config_dir.join(CONFIG_FILE);
    let mut table = read_table(&path)?;
    let security = table
        .entry("security")
        .or_insert_with(|| toml::Value::Table(toml::Table::new()));
    let toml::Value::Table(security) = security else {
        return Err(ConfigError::Value {
            path,
            key: "security",
            problem: "is not a table; write it as [security]".to_owned(),
        });
    };
    security.insert("key_storage".to_owned(), storage.key().into());
    let write_error = |source| ConfigError::Write {
        path: path.clone(),
        source,
    };
    crate::tenant::write_atomically(&path, table.to_string().as_bytes()).map_err(write_error)
}

/// Reads the settings file as a TOML table; a missing file gives an empty table.
fn read_table(path: &Path) -> Result<toml::Table, ConfigError> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(toml::Table::new()),
        Err(source) => {
            return Err(ConfigError::Read {
                path: path.to_owned(),
                source,
            });
        }
    };
    text.parse()
        .map_err(|error: toml::de::Error| ConfigError::Invalid {
            path: path.to_owned(),
            message: error.to_string().trim_end().replace('\n', " "),
        })
}

impl ReportConfig {
    /// Rejects empty texts and non-PNG logos, and resolves a relative logo path.
    fn check(&mut self, path: &Path) -> Result<(), ConfigError> {
        let value_error = |key, problem: &str| ConfigError::Value {
            path: path.to_owned(),
            key,
            problem: problem.to_owned(),
        };
        for (key, value) in [
            ("report.company", &self.company),
            ("report.consultant", &self.consultant),
        ] {
            if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
                return Err(value_error(key, "is empty; remove the key or give a name"));
            }
        }
        if let Some(logo) = &self.logo {
            let is_png = logo
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("png"));
            if !is_png {
                return Err(value_error(
                    "report.logo",
                    "must name a PNG file, such as logo = \"/path/to/logo.png\"",
                ));
            }
            if logo.is_relative() {
                let dir = path.parent().unwrap_or(Path::new("."));
                self.logo = Some(dir.join(logo));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> (tempfile::TempDir, Result<Config, ConfigError>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(CONFIG_FILE);
        fs::write(&path, text).unwrap();
        let result = Config::from_file(&path);
        (dir, result)
    }

    fn with_report() -> (tempfile::TempDir, Paths) {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::under(dir.path());
        fs::create_dir_all(&paths.config_dir).unwrap();
        let text = "[report]\ncompany = \"Beispiel GmbH\"\n";
        fs::write(paths.config_dir.join(CONFIG_FILE), text).unwrap();
        (dir, paths)
    }

    #[test]
    fn set_key_storage_keeps_other_tables() {
        let (_dir, paths) = with_report();
        set_key_storage(&paths, KeyStorage::Keyfile).unwrap();
        let config = Config::load(&paths).unwrap();
        assert_eq!(config.report.company.as_deref(), Some("Beispiel GmbH"));
        assert_eq!(config.security.key_storage, KeyStorage::Keyfile);
    }

    #[cfg(unix)]
    #[test]
    fn set_key_storage_writes_mode_0600() {
        use std::os::unix::fs::PermissionsExt as _;
        let (_dir, paths) = with_report();
        set_key_storage(&paths, KeyStorage::Passphrase).unwrap();
        let meta = fs::metadata(paths.config_dir.join(CONFIG_FILE)).unwrap();
        assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    }

    #[test]
    fn key_storage_is_set_only_when_written() {
        let (_dir, paths) = with_report();
        assert!(!key_storage_is_set(&paths).unwrap());
        set_key_storage(&paths, KeyStorage::Keyfile).unwrap();
        assert!(key_storage_is_set(&paths).unwrap());
    }

    #[test]
    fn missing_file_gives_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let config = Config::from_file(&dir.path().join(CONFIG_FILE)).unwrap();
        assert_eq!(config, Config::default());
    }

    #[test]
    fn report_table_is_read() {
        let (_dir, config) = load(
            "[report]\ncompany = \"Beispiel GmbH\"\nconsultant = \"Jürgen Weiß\"\n\
             logo = \"/opt/logo.png\"\n",
        );
        let report = config.unwrap().report;
        assert_eq!(report.company.as_deref(), Some("Beispiel GmbH"));
        assert_eq!(report.consultant.as_deref(), Some("Jürgen Weiß"));
        assert_eq!(report.logo, Some(PathBuf::from("/opt/logo.png")));
    }

    #[test]
    fn relative_logo_resolves_against_file() {
        let (dir, config) = load("[report]\nlogo = \"brand/logo.PNG\"\n");
        assert_eq!(
            config.unwrap().report.logo,
            Some(dir.path().join("brand/logo.PNG"))
        );
    }

    #[test]
    fn unknown_key_names_file_and_allowed_keys() {
        let (dir, config) = load("[report]\ncompnay = \"x\"\n");
        let message = config.unwrap_err().to_string();
        assert!(
            message.contains(&dir.path().display().to_string()),
            "{message}"
        );
        assert!(message.contains("compnay"), "{message}");
        assert!(message.contains("company"), "{message}");
    }

    #[test]
    fn key_storage_is_read() {
        let (_dir, config) = load("[security]\nkey_storage = \"keyfile\"\n");
        assert_eq!(
            config.unwrap().security.key_storage,
            crate::keys::KeyStorage::Keyfile
        );
    }

    #[test]
    fn unknown_key_storage_is_rejected() {
        let (_dir, config) = load("[security]\nkey_storage = \"plain\"\n");
        assert!(matches!(config, Err(ConfigError::Invalid { .. })));
    }

    #[test]
    fn unknown_table_is_rejected() {
        let (_dir, config) = load("[reprot]\n");
        assert!(matches!(config, Err(ConfigError::Invalid { .. })));
    }

    #[test]
    fn wrong_type_names_key() {
        let (_dir, config) = load("[report]\ncompany = 3\n");
        let message = config.unwrap_err().to_string();
        assert!(message.contains("company"), "{message}");
    }

    #[test]
    fn non_png_logo_is_rejected() {
        let (_dir, config) = load("[report]\nlogo = \"logo.jpg\"\n");
        let message = config.unwrap_err().to_string();
        assert!(message.contains("report.logo"), "{message}");
        assert!(message.contains("PNG"), "{message}");
    }

    #[test]
    fn statistics_are_on_by_default() {
        let (_dir, config) = load("[report]\n");
        assert!(config.unwrap().statistics.enabled);
    }

    #[test]
    fn statistics_can_be_switched_off() {
        let (_dir, config) = load("[statistics]\nenabled = false\n");
        assert!(!config.unwrap().statistics.enabled);
    }

    #[test]
    fn unknown_statistics_key_is_rejected() {
        let (_dir, config) = load("[statistics]\nenable = false\n");
        assert!(matches!(config, Err(ConfigError::Invalid { .. })));
    }

    #[test]
    fn theme_is_read() {
        let (_dir, config) = load("[tui]\ntheme = \"high-contrast\"\n");
        assert_eq!(config.unwrap().tui.theme, ThemeName::HighContrast);
    }

    #[test]
    fn unknown_theme_names_value_and_allowed_ones() {
        let (_dir, config) = load("[tui]\ntheme = \"solarized\"\n");
        let message = config.unwrap_err().to_string();
        for expected in ["solarized", "dark", "light", "high-contrast"] {
            assert!(message.contains(expected), "{expected}: {message}");
        }
    }

    #[test]
    fn keys_take_one_key_or_a_list() {
        let (_dir, config) = load("[keys]\ncycle_sort = \"F5\"\nquit = [\"q\", \"ctrl-q\"]\n");
        let keys = config.unwrap().keys;
        assert_eq!(keys["cycle_sort"], KeyList(vec!["F5".to_owned()]));
        assert_eq!(keys["quit"].0, ["q", "ctrl-q"]);
    }

    #[test]
    fn key_of_wrong_type_names_action() {
        let (_dir, config) = load("[keys]\nquit = 3\n");
        let message = config.unwrap_err().to_string();
        assert!(message.contains("quit"), "{message}");
        assert!(message.contains("a key such as"), "{message}");
    }

    #[test]
    fn empty_company_is_rejected() {
        let (_dir, config) = load("[report]\ncompany = \" \"\n");
        assert!(matches!(
            config,
            Err(ConfigError::Value {
                key: "report.company",
                ..
            })
        ));
    }
}
