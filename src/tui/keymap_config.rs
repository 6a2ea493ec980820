//! Key bindings of the findings views and the search field, and the `[keys]` table of the
//! config file that rebinds actions.
//!
//! An entry `action = "key"` or `action = ["key", "key"]` replaces the keys of that action in
//! every mode that binds it by default. Ctrl-C stays bound to quit in every mode. In text input
//! modes a plain character types text, so there a configured plain character is not bound.

use std::collections::BTreeMap;
use std::str::FromStr;

use crossterm::event::{KeyCode, KeyModifiers};

use super::action::Action;
use super::keymap::{Binding, Key, Keymap, Mode, bind, hint};

/// Key names accepted besides a single character, for error messages.
const KEY_NAMES: &str = "a single character such as \"x\" or \"G\", enter, esc, tab, backtab, \
     space, backspace, delete, insert, up, down, left, right, home, end, pageup, pagedown, \
     f1 to f12, each optionally after ctrl-, alt- or shift- (\"ctrl-r\", \"F5\")";

/// Error in the `[keys]` table of the config file.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KeymapError {
    /// The entry names no action.
    #[error("[keys]: unknown action {name:?}; allowed actions: {allowed}")]
    UnknownAction {
        /// The name as written.
        name: String,
        /// Every action name, comma-separated.
        allowed: String,
    },
    /// A key string does not parse.
    #[error("[keys] {action}: invalid key {value:?}; use {KEY_NAMES}")]
    InvalidKey {
        /// The action the key was meant for.
        action: String,
        /// The key as written.
        value: String,
    },
    /// The entry lists no key.
    #[error("[keys] {action}: no key given; give a key such as \"x\" or a list of keys")]
    NoKeys {
        /// The action.
        action: String,
    },
    /// Two actions share a key in one mode.
    #[error(
        "[keys]: key {key} is bound to both {first} and {second} in the {mode} mode; \
         give one of them another key"
    )]
    Conflict {
        /// The key's label.
        key: String,
        /// The mode's name.
        mode: &'static str,
        /// One action.
        first: &'static str,
        /// The other action.
        second: &'static str,
    },
    /// Every configured key of an action is a plain character, which a text field types.
    #[error(
        "[keys] {action}: in the {mode} mode plain characters type text; add a key such as \
         \"enter\", \"esc\" or \"ctrl-s\""
    )]
    OnlyCharacters {
        /// The action.
        action: &'static str,
        /// The mode's name.
        mode: &'static str,
    },
    /// Ctrl-C always quits.
    #[error("[keys] {action}: ctrl-c always quits and cannot be bound to another action")]
    ReservedKey {
        /// The action.
        action: &'static str,
    },
}

impl FromStr for Key {
    type Err = ();

    /// Parses a key string such as `x`, `G`, `ctrl-r`, `F5`, `shift-tab` or `pagedown`.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut rest = text.trim();
        let mut modifiers = KeyModifiers::NONE;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (modifier, length) = if lower.starts_with("ctrl-") {
                (KeyModifiers::CONTROL, 5)
            } else if lower.starts_with("alt-") {
                (KeyModifiers::ALT, 4)
            } else if lower.starts_with("shift-") {
                (KeyModifiers::SHIFT, 6)
            } else {
                break;
            };
            if rest.len() == length {
                return Err(());
            }
            modifiers |= modifier;
            rest = &rest[length..];
        }
        let code = key_code(rest).ok_or(())?;
        Ok(key_with(code, modifiers))
    }
}

/// Applies modifiers the way [`Key::from_event`] reports them: Shift is part of a character,
/// and Shift-Tab is BackTab.
fn key_with(code: KeyCode, modifiers: KeyModifiers) -> Key {
    let shift = modifiers.contains(KeyModifiers::SHIFT);
    let others = modifiers - KeyModifiers::SHIFT;
    match code {
        KeyCode::Char(c) if shift => Key {
            code: KeyCode::Char(c.to_ascii_uppercase()),
            modifiers: others,
        },
        KeyCode::Char(c) if others.contains(KeyModifiers::CONTROL) => Key {
            code: KeyCode::Char(c.to_ascii_lowercase()),
            modifiers: others,
        },
        KeyCode::Tab if shift => Key {
            code: KeyCode::BackTab,
            modifiers: KeyModifiers::SHIFT | others,
        },
        KeyCode::BackTab => Key {
            code: KeyCode::BackTab,
            modifiers: KeyModifiers::SHIFT | others,
        },
        code => Key { code, modifiers },
    }
}

fn key_code(name: &str) -> Option<KeyCode> {
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return Some(KeyCode::Char(c));
    }
    let lower = name.to_ascii_lowercase();
    let code = match lower.as_str() {
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "space" => KeyCode::Char(' '),
        "backspace" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        "insert" | "ins" => KeyCode::Insert,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pageup" | "pgup" => KeyCode::PageUp,
        "pagedown" | "pgdn" => KeyCode::PageDown,
        _ => {
            let number: u8 = lower.strip_prefix('f')?.parse().ok()?;
            return (1..=12).contains(&number).then_some(KeyCode::F(number));
        }
    };
    Some(code)
}

impl Keymap {
    /// Returns the default key map with the actions of the `[keys]` table rebound.
    ///
    /// # Errors
    /// Returns [`KeymapError`] for an unknown action name, an invalid key string or an empty
    /// list. It also rejects two actions on one key in one mode, an action left without a key
    /// in a text input mode, and Ctrl-C for any action but quit.
    pub fn with_overrides(overrides: &BTreeMap<String, Vec<String>>) -> Result<Self, KeymapError> {
        let mut keymap = Self::default();
        for (name, values) in overrides {
            let action = parse_action(name)?;
            let keys = parse_keys(action, values)?;
            for (mode, bindings) in keymap.modes_mut() {
                rebind(*mode, bindings, action, &keys)?;
            }
        }
        for (mode, bindings) in keymap.modes_mut() {
            check_conflicts(*mode, bindings)?;
        }
        Ok(keymap)
    }
}

fn parse_action(name: &str) -> Result<Action, KeymapError> {
    name.parse().map_err(|()| KeymapError::UnknownAction {
        name: name.to_owned(),
        allowed: Action::ALL.map(Action::name).join(", "),
    })
}

fn parse_keys(action: Action, values: &[String]) -> Result<Vec<Key>, KeymapError> {
    if values.is_empty() {
        return Err(KeymapError::NoKeys {
            action: action.name().to_owned(),
        });
    }
    let mut keys = Vec::with_capacity(values.len());
    for value in values {
        let key: Key = value.parse().map_err(|()| KeymapError::InvalidKey {
            action: action.name().to_owned(),
            value: value.clone(),
        })?;
        if key == Key::ctrl('c') && action != Action::Quit {
            return Err(KeymapError::ReservedKey {
                action: action.name(),
            });
        }
        keys.push(key);
    }
    Ok(keys)
}

/// Replaces the keys of `action` in one mode's bindings, at the place of its first default
/// binding, keeping whether it is a hint.
fn rebind(
    mode: Mode,
    bindings: &mut Vec<Binding>,
    action: Action,
    keys: &[Key],
) -> Result<(), KeymapError> {
    let Some(first) = bindings.iter().position(|b| b.action == action) else {
        return Ok(());
    };
    let is_hint = bindings.iter().any(|b| b.action == action && b.is_hint);
    let is_typed = |key: &Key| {
        mode.is_text_input()
            && matches!(key.code, KeyCode::Char(_))
            && !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    };
    let mut new: Vec<Binding> = keys
        .iter()
        .filter(|key| !is_typed(key))
        .map(|key| {
            if is_hint {
                hint(*key, action)
            } else {
                bind(*key, action)
            }
        })
        .collect();
    if action == Action::Quit && !new.iter().any(|b| b.key == Key::ctrl('c')) {
        new.push(bind(Key::ctrl('c'), action));
    }
    if new.is_empty() {
        return Err(KeymapError::OnlyCharacters {
            action: action.name(),
            mode: mode.name(),
        });
    }
    let before = bindings[..first]
        .iter()
        .filter(|b| b.action != action)
        .count();
    bindings.retain(|b| b.action != action);
    bindings.splice(before..before, new);
    Ok(())
}

fn check_conflicts(mode: Mode, bindings: &[Binding]) -> Result<(), KeymapError> {
    for (index, binding) in bindings.iter().enumerate() {
        let clash = bindings[index + 1..]
            .iter()
            .find(|other| other.key == binding.key);
        if let Some(other) = clash {
            if other.action == binding.action {
                continue;
            }
            return Err(KeymapError::Conflict {
                key: binding.key.label(),
                mode: mode.name(),
                first: binding.action.name(),
                second: other.action.name(),
            });
        }
    }
    Ok(())
}

/// Returns the findings keys for sorting, filtering, searching and the panes.
pub(super) fn findings_view_bindings() -> Vec<Binding> {
    vec![
        hint(Key::char('/'), Action::Search),
        hint(Key::char('s'), Action::CycleSort),
        bind(Key::char('S'), Action::FilterStatus),
        bind(Key::char('V'), Action::FilterSeverity),
        bind(Key::char('T'), Action::FilterTopic),
        bind(Key::plain(KeyCode::Backspace), Action::ClearFilters),
        bind(Key::char('w'), Action::ToggleQuickWins),
        bind(Key::plain(KeyCode::Tab), Action::SwitchPane),
    ]
}

/// Returns the keys of the search field: Enter keeps the search, Esc clears it, and the
/// arrows move the selection while typing.
pub(super) fn search_bindings() -> Vec<Binding> {
    vec![
        hint(Key::plain(KeyCode::Enter), Action::Confirm),
        hint(Key::plain(KeyCode::Esc), Action::Cancel),
        bind(Key::plain(KeyCode::Down), Action::SelectNext),
        bind(Key::plain(KeyCode::Up), Action::SelectPrevious),
        bind(Key::ctrl('c'), Action::Quit),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn overrides(entries: &[(&str, &[&str])]) -> BTreeMap<String, Vec<String>> {
        entries
            .iter()
            .map(|(action, keys)| {
                let keys = keys.iter().map(|k| (*k).to_owned()).collect();
                ((*action).to_owned(), keys)
            })
            .collect()
    }

    #[test]
    fn key_strings_parse() {
        assert_eq!("ctrl-r".parse(), Ok(Key::ctrl('r')));
        assert_eq!("F5".parse(), Ok(Key::plain(KeyCode::F(5))));
        assert_eq!("x".parse(), Ok(Key::char('x')));
        assert_eq!("shift-g".parse(), Ok(Key::char('G')));
        assert_eq!("PageDown".parse(), Ok(Key::plain(KeyCode::PageDown)));
    }

    #[test]
    fn bad_key_strings_are_rejected() {
        for text in ["", "ctrl-", "f13", "hyper-x", "xy"] {
            assert_eq!(text.parse::<Key>(), Err(()), "{text:?}");
        }
    }

    #[test]
    fn override_replaces_keys_in_every_mode() {
        let keymap = Keymap::with_overrides(&overrides(&[("export_report", &["F6"])])).unwrap();
        for mode in [Mode::Tenants, Mode::Findings] {
            assert_eq!(
                keymap.action(mode, Key::plain(KeyCode::F(6))),
                Some(Action::ExportReport)
            );
            assert_eq!(keymap.action(mode, Key::char('e')), None);
        }
    }

    #[test]
    fn quit_keeps_control_c() {
        let keymap = Keymap::with_overrides(&overrides(&[("quit", &["ctrl-q"])])).unwrap();
        assert_eq!(
            keymap.action(Mode::Findings, Key::ctrl('c')),
            Some(Action::Quit)
        );
        assert_eq!(
            keymap.action(Mode::Findings, Key::ctrl('q')),
            Some(Action::Quit)
        );
        assert_eq!(keymap.action(Mode::Findings, Key::char('q')), None);
    }

    #[test]
    fn quit_letter_is_not_bound_in_text_fields() {
        let keymap = Keymap::with_overrides(&overrides(&[("quit", &["z"])])).unwrap();
        assert_eq!(keymap.action(Mode::TriageNote, Key::char('z')), None);
        assert_eq!(
            keymap.action(Mode::Tenants, Key::char('z')),
            Some(Action::Quit)
        );
    }

    #[test]
    fn unknown_action_lists_allowed_names() {
        let error = Keymap::with_overrides(&overrides(&[("sort", &["x"])])).unwrap_err();
        let message = error.to_string();
        assert!(message.contains("\"sort\""), "{message}");
        assert!(message.contains("cycle_sort"), "{message}");
    }

    #[test]
    fn bad_key_names_value_and_forms() {
        let error = Keymap::with_overrides(&overrides(&[("quit", &["ctlr-q"])])).unwrap_err();
        let message = error.to_string();
        assert!(message.contains("\"ctlr-q\""), "{message}");
        assert!(message.contains("pagedown"), "{message}");
    }

    #[test]
    fn conflict_names_both_actions() {
        let error = Keymap::with_overrides(&overrides(&[("reopen", &["a"])])).unwrap_err();
        assert_eq!(
            error,
            KeymapError::Conflict {
                key: "a".to_owned(),
                mode: "findings",
                first: "accept_risk",
                second: "reopen",
            }
        );
    }

    #[test]
    fn swapped_keys_do_not_conflict() {
        let keys = overrides(&[("accept_risk", &["o"]), ("reopen", &["a"])]);
        let keymap = Keymap::with_overrides(&keys).unwrap();
        assert_eq!(
            keymap.action(Mode::Findings, Key::char('a')),
            Some(Action::Reopen)
        );
    }

    #[test]
    fn confirm_needs_a_key_that_does_not_type() {
        let error = Keymap::with_overrides(&overrides(&[("confirm", &["y"])])).unwrap_err();
        assert!(
            matches!(
                error,
                KeymapError::OnlyCharacters {
                    action: "confirm",
                    ..
                }
            ),
            "{error}"
        );
    }

    #[test]
    fn control_c_is_reserved_for_quit() {
        let error = Keymap::with_overrides(&overrides(&[("search", &["ctrl-c"])])).unwrap_err();
        assert_eq!(error, KeymapError::ReservedKey { action: "search" });
    }

    #[test]
    fn help_lists_rebound_key() {
        let keymap = Keymap::with_overrides(&overrides(&[("cycle_sort", &["F5"])])).unwrap();
        let groups = keymap.grouped(Mode::Findings);
        let sort = groups
            .iter()
            .find(|(action, _)| *action == Action::CycleSort);
        assert_eq!(
            sort.map(|(_, keys)| keys.clone()),
            Some(vec![Key::plain(KeyCode::F(5))])
        );
    }
}
