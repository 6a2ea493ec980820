//! Colour themes: TOML files of semantic roles resolved once into ratatui [`Style`]s.
//!
//! Renderers ask the [`Theme`] for a role (`severity_high`, `selection_bg`) and never name a
//! colour themselves. The built-in themes (dark, light, high contrast) are embedded in the
//! binary, and the config file's `[tui] theme` chooses one.

use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

use crate::model::{Severity, Status};

/// Text of the built-in dark theme.
pub const DARK_THEME: &str = include_str!("../../themes/dark.toml");

/// Text of the built-in light theme.
pub const LIGHT_THEME: &str = include_str!("../../themes/light.toml");

/// Text of the built-in high-contrast theme.
pub const HIGH_CONTRAST_THEME: &str = include_str!("../../themes/high-contrast.toml");

/// Error for a theme file that does not parse or names an unknown colour.
#[derive(Debug, thiserror::Error)]
pub enum ThemeError {
    /// The TOML is invalid or a role is missing or unknown.
    #[error("theme is invalid: {0}; every role of the built-in dark theme must be set")]
    Parse(#[from] toml::de::Error),
    /// A colour value is not a colour name, `#rrggbb` or an ANSI index.
    #[error("theme role {role} has invalid colour {value:?}: use a name, #rrggbb or 0-255")]
    Colour {
        /// Role that names the colour.
        role: &'static str,
        /// The colour text.
        value: String,
    },
}

/// One role as written in the theme file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleSpec {
    fg: Option<String>,
    bg: Option<String>,
    #[serde(default)]
    bold: bool,
    #[serde(default)]
    italic: bool,
    #[serde(default)]
    underlined: bool,
    #[serde(default)]
    reversed: bool,
    #[serde(default)]
    dim: bool,
}

/// Generates the theme file model and the resolved [`Theme`] from one list of role names.
macro_rules! theme_roles {
    ($($role:ident: $doc:literal),* $(,)?) => {
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        struct ThemeSpec {
            $($role: RoleSpec,)*
        }

        /// Styles per semantic role, ready for rendering.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct Theme {
            $(#[doc = $doc] pub $role: Style,)*
        }

        impl Theme {
            fn resolve(spec: &ThemeSpec, no_color: bool) -> Result<Self, ThemeError> {
                Ok(Self {
                    $($role: resolve_role(stringify!($role), &spec.$role, no_color)?,)*
                })
            }
        }
    };
}

theme_roles! {
    text: "Ordinary text.",
    text_muted: "Secondary text such as hints, placeholders and labels.",
    title: "Screen and block titles.",
    header: "Table header rows and section headings.",
    border: "Borders of unfocused blocks.",
    border_focused: "Borders of the focused block or dialog.",
    selection_bg: "The selected table row.",
    key: "Key names in hints and help.",
    severity_critical: "Critical severity.",
    severity_high: "High severity.",
    severity_medium: "Medium severity.",
    severity_low: "Low severity.",
    severity_info: "Informational severity.",
    status_pass: "Passed checks.",
    status_fail: "Failed checks.",
    status_not_assessable: "Checks that could not be assessed.",
    progress_done: "Filled part of a finished gauge.",
    progress_active: "Filled part of a running gauge.",
    progress_pending: "Unfilled part of a gauge.",
    progress_error: "Gauge of a dataset that was not collected.",
    input: "Text input fields.",
    toast_info: "Informational toasts.",
    error: "Error toasts and error text.",
}

impl Theme {
    /// Parses a theme from TOML; with `no_color` every colour is dropped and only modifiers
    /// such as bold and reversed stay.
    ///
    /// # Errors
    /// Returns [`ThemeError`] when the TOML is invalid, a role is missing or unknown, or a
    /// colour does not parse.
    pub fn from_toml(text: &str, no_color: bool) -> Result<Self, ThemeError> {
        let spec: ThemeSpec = toml::from_str(text)?;
        Self::resolve(&spec, no_color)
    }

    /// Returns the built-in dark theme.
    ///
    /// # Errors
    /// Returns [`ThemeError`] if the embedded file is invalid; a unit test keeps it valid.
    pub fn dark(no_color: bool) -> Result<Self, ThemeError> {
        Self::from_toml(DARK_THEME, no_color)
    }

    /// Returns the built-in theme `name`.
    ///
    /// # Errors
    /// Returns [`ThemeError`] if the embedded file is invalid; a unit test keeps each valid.
    pub fn builtin(name: crate::config::ThemeName, no_color: bool) -> Result<Self, ThemeError> {
        use crate::config::ThemeName;
        let text = match name {
            ThemeName::Dark => DARK_THEME,
            ThemeName::Light => LIGHT_THEME,
            ThemeName::HighContrast => HIGH_CONTRAST_THEME,
        };
        Self::from_toml(text, no_color)
    }

    /// Returns the style of a severity.
    #[must_use]
    pub fn severity(&self, severity: Severity) -> Style {
        match severity {
            Severity::Critical => self.severity_critical,
            Severity::High => self.severity_high,
            Severity::Medium => self.severity_medium,
            Severity::Low => self.severity_low,
            Severity::Info => self.severity_info,
        }
    }

    /// Returns the style of a check status.
    #[must_use]
    pub fn status(&self, status: Status) -> Style {
        match status {
            Status::Pass => self.status_pass,
            Status::Fail | Status::Error => self.status_fail,
            Status::NotAssessable | Status::NotLicensed | Status::NotApplicable => {
                self.status_not_assessable
            }
        }
    }
}

/// Returns true when the `NO_COLOR` convention requests output without colours: the variable
/// is set and not empty.
#[must_use]
pub fn no_color_requested(value: Option<&std::ffi::OsStr>) -> bool {
    value.is_some_and(|v| !v.is_empty())
}

fn resolve_role(role: &'static str, spec: &RoleSpec, no_color: bool) -> Result<Style, ThemeError> {
    let mut style = Style::new();
    if !no_color {
        if let Some(fg) = &spec.fg {
            style = style.fg(parse_colour(role, fg)?);
        }
        if let Some(bg) = &spec.bg {
            style = style.bg(parse_colour(role, bg)?);
        }
    }
    let flags = [
        (spec.bold, Modifier::BOLD),
        (spec.italic, Modifier::ITALIC),
        (spec.underlined, Modifier::UNDERLINED),
        (spec.reversed, Modifier::REVERSED),
        (spec.dim, Modifier::DIM),
    ];
    for (is_set, modifier) in flags {
        if is_set {
            style = style.add_modifier(modifier);
        }
    }
    // Without colours a background no longer marks the selected row or the input field, so
    // reversed video takes its place.
    if no_color && spec.bg.is_some() {
        style = style.add_modifier(Modifier::REVERSED);
    }
    Ok(style)
}

fn parse_colour(role: &'static str, value: &str) -> Result<Color, ThemeError> {
    Color::from_str(value).map_err(|_| ThemeError::Colour {
        role,
        value: value.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dark_theme_parses() {
        let theme = Theme::dark(false).unwrap();
        assert_eq!(
            theme.severity_critical.fg,
            Some(Color::Rgb(0xff, 0x5f, 0x87))
        );
        assert!(
            theme
                .severity_critical
                .add_modifier
                .contains(Modifier::BOLD)
        );
    }

    #[test]
    fn no_color_drops_colours() {
        let theme = Theme::dark(true).unwrap();
        assert_eq!(theme.severity_critical.fg, None);
        assert_eq!(theme.selection_bg.bg, None);
    }

    #[test]
    fn no_color_keeps_modifiers() {
        let theme = Theme::dark(true).unwrap();
        assert!(
            theme
                .severity_critical
                .add_modifier
                .contains(Modifier::BOLD)
        );
    }

    #[test]
    fn no_color_reverses_background_roles() {
        let theme = Theme::dark(true).unwrap();
        assert!(theme.selection_bg.add_modifier.contains(Modifier::REVERSED));
    }

    #[test]
    fn unknown_role_is_rejected() {
        let text = format!("{DARK_THEME}\nsparkle = {{ fg = \"red\" }}\n");
        assert!(matches!(
            Theme::from_toml(&text, false),
            Err(ThemeError::Parse(_))
        ));
    }

    #[test]
    fn bad_colour_names_role() {
        let text = DARK_THEME.replace("text = { fg = \"#d8dee9\" }", "text = { fg = \"nope\" }");
        let error = Theme::from_toml(&text, false).unwrap_err();
        assert!(
            matches!(error, ThemeError::Colour { role: "text", .. }),
            "{error}"
        );
    }

    #[test]
    fn every_builtin_theme_parses() {
        for name in crate::config::ThemeName::ALL {
            let theme = Theme::builtin(name, false);
            assert!(theme.is_ok(), "{}: {:?}", name.key(), theme.err());
        }
    }

    #[test]
    fn builtin_themes_differ() {
        use crate::config::ThemeName;
        let [dark, light, contrast] =
            ThemeName::ALL.map(|name| Theme::builtin(name, false).unwrap());
        assert_ne!(dark.text, light.text);
        assert_ne!(dark.text, contrast.text);
    }

    #[test]
    fn no_color_keeps_selection_visible_in_every_theme() {
        for name in crate::config::ThemeName::ALL {
            let theme = Theme::builtin(name, true).unwrap();
            assert_eq!(theme.selection_bg.bg, None, "{}", name.key());
            assert!(
                theme.selection_bg.add_modifier.contains(Modifier::REVERSED),
                "{}",
                name.key()
            );
        }
    }

    #[test]
    fn empty_no_color_value_keeps_colours() {
        assert!(!no_color_requested(Some(std::ffi::OsStr::new(""))));
        assert!(no_color_requested(Some(std::ffi::OsStr::new("1"))));
        assert!(!no_color_requested(None));
    }
}
