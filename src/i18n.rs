//! Localized texts through fluent: one embedded set of `.ftl` files per locale.
//!
//! Files per locale: `common.ftl` (severities, statuses, effort, topics), `checks*.ftl` (check
//! titles, descriptions, risks, remediation), `evidence*.ftl` (the findings' evidence written by
//! the check rules), `ui.ftl` (TUI), `report.ftl` (PDF) and `triage.ftl` (triage, history and
//! comparison in every front end). A missing message falls back to en-US, then to the message
//! id itself, so a gap shows up as its id instead of an empty line.
//! the check rules), `ui.ftl` and `ui-views.ftl` (TUI) and `report.ftl` (PDF). A missing
//! message falls back to en-US, then to the message id itself, so a gap shows up as its id
//! instead of an empty line.

use std::fmt;
use std::str::FromStr;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::model::Message;

/// A locale cray ships texts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Lang {
    /// American English, the fallback.
    #[default]
    #[serde(rename = "en-US")]
    EnUs,
    /// German (Germany).
    #[serde(rename = "de-DE")]
    DeDe,
}

impl Lang {
    /// Every shipped locale.
    pub const ALL: [Self; 2] = [Self::EnUs, Self::DeDe];

    /// Returns the BCP 47 tag.
    #[must_use]
    pub fn tag(self) -> &'static str {
        match self {
            Self::EnUs => "en-US",
            Self::DeDe => "de-DE",
        }
    }

    /// Returns the embedded `.ftl` sources of this locale as (file name, text) pairs.
    #[must_use]
    pub fn sources(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Self::EnUs => &[
                ("common.ftl", include_str!("../locales/en-US/common.ftl")),
                ("checks.ftl", include_str!("../locales/en-US/checks.ftl")),
                (
                    "evidence.ftl",
                    include_str!("../locales/en-US/evidence.ftl"),
                ),
                (
                    "checks-entra.ftl",
                    include_str!("../locales/en-US/checks-entra.ftl"),
                ),
                (
                    "evidence-entra.ftl",
                    include_str!("../locales/en-US/evidence-entra.ftl"),
                ),
                (
                    "checks-exchange.ftl",
                    include_str!("../locales/en-US/checks-exchange.ftl"),
                ),
                (
                    "evidence-exchange.ftl",
                    include_str!("../locales/en-US/evidence-exchange.ftl"),
                ),
                ("ui.ftl", include_str!("../locales/en-US/ui.ftl")),
                ("report.ftl", include_str!("../locales/en-US/report.ftl")),
                ("ui-runs.ftl", include_str!("../locales/en-US/ui-runs.ftl")),
                ("triage.ftl", include_str!("../locales/en-US/triage.ftl")),
                (
                    "ui-views.ftl",
                    include_str!("../locales/en-US/ui-views.ftl"),
                ),
            ],
            Self::DeDe => &[
                ("common.ftl", include_str!("../locales/de-DE/common.ftl")),
                ("checks.ftl", include_str!("../locales/de-DE/checks.ftl")),
                (
                    "evidence.ftl",
                    include_str!("../locales/de-DE/evidence.ftl"),
                ),
                (
                    "checks-entra.ftl",
                    include_str!("../locales/de-DE/checks-entra.ftl"),
                ),
                (
                    "evidence-entra.ftl",
                    include_str!("../locales/de-DE/evidence-entra.ftl"),
                ),
                (
                    "checks-exchange.ftl",
                    include_str!("../locales/de-DE/checks-exchange.ftl"),
                ),
                (
                    "evidence-exchange.ftl",
                    include_str!("../locales/de-DE/evidence-exchange.ftl"),
                ),
                ("ui.ftl", include_str!("../locales/de-DE/ui.ftl")),
                ("report.ftl", include_str!("../locales/de-DE/report.ftl")),
                ("ui-runs.ftl", include_str!("../locales/de-DE/ui-runs.ftl")),
                ("triage.ftl", include_str!("../locales/de-DE/triage.ftl")),
                (
                    "ui-views.ftl",
                    include_str!("../locales/de-DE/ui-views.ftl"),
                ),
            ],
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// Error for a locale tag cray has no texts for.
#[derive(Debug, Clone, thiserror::Error)]
#[error("unsupported language {}: use en-US or de-DE", shorten(.0))]
pub struct UnsupportedLang(pub String);

/// Quotes at most 40 characters of untrusted text, with control characters escaped.
fn shorten(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    let ellipsis = if text.chars().count() > 40 { "…" } else { "" };
    format!("{short:?}{ellipsis}")
}

impl FromStr for Lang {
    type Err = UnsupportedLang;

    /// Parses `en-US` or `de-DE`. The language part alone (`de`, `en`), any region of a
    /// shipped language (`de-AT`) and POSIX locale names (`de_DE.UTF-8`, `de_DE@euro`) are
    /// accepted too; anything else, control characters included, is rejected.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let unsupported = || UnsupportedLang(s.to_owned());
        let base = s.split(['.', '@']).next().unwrap_or_default();
        let valid_suffix = s[base.len()..]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '@' | '-' | '_'));
        let mut parts = base.split(['-', '_']);
        let language = parts.next().unwrap_or_default().to_ascii_lowercase();
        let region_ok = match (parts.next(), parts.next()) {
            (None, None) => true,
            (Some(region), None) => {
                (2..=3).contains(&region.len()) && region.chars().all(|c| c.is_ascii_alphanumeric())
            }
            _ => false,
        };
        if !valid_suffix || !region_ok {
            return Err(unsupported());
        }
        match language.as_str() {
            "en" => Ok(Self::EnUs),
            "de" => Ok(Self::DeDe),
            _ => Err(unsupported()),
        }
    }
}

/// Error for an `.ftl` file that does not parse or clashes with another.
#[derive(Debug, thiserror::Error)]
#[error("locale file {lang}/{file} is invalid: {message}")]
pub struct LocaleError {
    /// Locale of the file.
    pub lang: Lang,
    /// File name.
    pub file: &'static str,
    /// Parser or bundle message.
    pub message: String,
}

/// Formats messages for one locale, falling back to en-US.
pub struct Localizer {
    lang: Lang,
    primary: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

impl Localizer {
    /// Builds the localizer for `lang` from the embedded files.
    ///
    /// # Errors
    /// Returns [`LocaleError`] when an embedded file does not parse; tests keep this from
    /// happening in a release.
    pub fn new(lang: Lang) -> Result<Self, LocaleError> {
        let primary = build_bundle(lang)?;
        let fallback = if lang == Lang::EnUs {
            None
        } else {
            Some(build_bundle(Lang::EnUs)?)
        };
        Ok(Self {
            lang,
            primary,
            fallback,
        })
    }

    /// Returns the locale.
    #[must_use]
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Returns true when the locale or the fallback has the message.
    #[must_use]
    pub fn has(&self, id: &str) -> bool {
        self.primary.has_message(id) || self.fallback.as_ref().is_some_and(|b| b.has_message(id))
    }

    /// Formats a message without arguments.
    #[must_use]
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// Formats a message with arguments, for example `[("count", 3.into())]`.
    #[must_use]
    pub fn text_with(&self, id: &str, args: &[(&str, fluent::FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    /// Formats a rule's message with its arguments, then each appended message after a space.
    ///
    /// An argument made only of decimal digits (without a leading zero) is passed as a number,
    /// so the texts can pick plural forms; every other argument is passed as text.
    #[must_use]
    pub fn message(&self, message: &Message) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &message.args {
            args.set(name.as_str(), argument_value(value));
        }
        let mut text = self.format(&message.id, Some(&args));
        for next in &message.appended {
            let sentence = self.message(next);
            if !text.is_empty() && !sentence.is_empty() {
                text.push(' ');
            }
            text.push_str(&sentence);
        }
        text
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let bundles = std::iter::once(&self.primary).chain(self.fallback.as_ref());
        for bundle in bundles {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!(message_id = id, lang = %self.lang, ?errors, "message formatting failed");
            }
            return text.into_owned();
        }
        tracing::warn!(message_id = id, lang = %self.lang, "message missing in every locale");
        id.to_owned()
    }
}

/// Returns a number for plain decimal digits, so `1` and `01` stay apart: only the former
/// becomes a number.
fn argument_value(value: &str) -> fluent::FluentValue<'_> {
    let plain_digits = !value.is_empty()
        && value.bytes().all(|b| b.is_ascii_digit())
        && (value == "0" || !value.starts_with('0'));
    match value.parse::<u64>() {
        Ok(number) if plain_digits => number.into(),
        _ => value.into(),
    }
}

fn build_bundle(lang: Lang) -> Result<FluentBundle<FluentResource>, LocaleError> {
    let langid: LanguageIdentifier = lang.tag().parse().map_err(|_| LocaleError {
        lang,
        file: "-",
        message: format!("tag {} does not parse", lang.tag()),
    })?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Unicode isolation marks around arguments break terminal column widths.
    bundle.set_use_isolating(false);
    for (file, text) in lang.sources() {
        let resource =
            FluentResource::try_new((*text).to_owned()).map_err(|(_, errors)| LocaleError {
                lang,
                file,
                message: format!("{errors:?}"),
            })?;
        bundle
            .add_resource(resource)
            .map_err(|errors| LocaleError {
                lang,
                file,
                message: format!("{errors:?}"),
            })?;
    }
    Ok(bundle)
}

/// Returns every message id defined in one locale's files, sorted.
#[must_use]
pub fn message_ids(lang: Lang) -> Vec<String> {
    let mut ids = Vec::new();
    for (_, text) in lang.sources() {
        let Ok(resource) = FluentResource::try_new((*text).to_owned()) else {
            continue;
        };
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                ids.push(message.id.name.to_owned());
            }
        }
    }
    ids.sort();
    ids
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn every_locale_parses() {
        for lang in Lang::ALL {
            Localizer::new(lang).unwrap();
        }
    }

    #[test]
    fn locales_define_same_message_ids() {
        let english = message_ids(Lang::EnUs);
        let german = message_ids(Lang::DeDe);
        let only_english: Vec<_> = english.iter().filter(|id| !german.contains(id)).collect();
        let only_german: Vec<_> = german.iter().filter(|id| !english.contains(id)).collect();
        assert!(
            only_english.is_empty(),
            "missing in de-DE: {only_english:?}"
        );
        assert!(only_german.is_empty(), "missing in en-US: {only_german:?}");
    }

    #[test]
    fn lang_parses_tags_and_language_parts() {
        assert_eq!("de-DE".parse::<Lang>().unwrap(), Lang::DeDe);
        assert_eq!("de_AT.UTF-8".parse::<Lang>().unwrap(), Lang::DeDe);
        assert_eq!("en".parse::<Lang>().unwrap(), Lang::EnUs);
        assert!("fr-FR".parse::<Lang>().is_err());
        assert!("de_DE@euro".parse::<Lang>().is_ok());
    }

    #[test]
    fn lang_rejects_control_characters_and_junk() {
        assert!("de-DE\u{1b}[31mRED".parse::<Lang>().is_err());
        assert!("".parse::<Lang>().is_err());
        assert!("de-DE-x-y".parse::<Lang>().is_err());
        let long = "x".repeat(30_000);
        let message = long.parse::<Lang>().unwrap_err().to_string();
        assert!(message.len() < 100, "{message}");
    }

    #[test]
    fn message_formats_args_and_appended_messages() {
        let english = Localizer::new(Lang::EnUs).unwrap();
        let gap = Message {
            id: "evidence-common-gap-excluded-apps".to_owned(),
            args: [("count".to_owned(), "3".to_owned())].into(),
            appended: Vec::new(),
        };
        let message = Message {
            id: "evidence-common-gap-excluded-roles".to_owned(),
            args: BTreeMap::new(),
            appended: vec![gap],
        };
        assert_eq!(
            english.message(&message),
            "It excludes directory roles. It excludes 3 cloud apps."
        );
    }

    #[test]
    fn message_picks_german_plural_from_numeric_arg() {
        let german = Localizer::new(Lang::DeDe).unwrap();
        let message = |count: &str| Message {
            id: "evidence-common-gap-excluded-apps".to_owned(),
            args: [("count".to_owned(), count.to_owned())].into(),
            appended: Vec::new(),
        };
        assert_eq!(
            german.message(&message("1")),
            "Sie schließt 1 Cloud-App aus."
        );
        assert_eq!(
            german.message(&message("4")),
            "Sie schließt 4 Cloud-Apps aus."
        );
    }

    #[test]
    fn argument_with_leading_zero_stays_text() {
        assert_eq!(argument_value("007"), fluent::FluentValue::from("007"));
        assert_eq!(argument_value("12"), fluent::FluentValue::from(12_u64));
    }

    #[test]
    fn severity_text_is_german_in_de_de() {
        let german = Localizer::new(Lang::DeDe).unwrap();
        assert_eq!(german.text("severity-high"), "Hoch");
    }
}
