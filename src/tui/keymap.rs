//! Key bindings per [`Mode`]: turns a key press into an [`Action`], and lists the bindings for
//! the help screen and the status bar hints.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::msg::Msg;
use super::text_input::EditKey;

/// Binding set in effect: one per screen and one per dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// The tenants list.
    Tenants,
    /// The live collection view.
    Collection,
    /// The findings table with its detail pane.
    Findings,
    /// The note input of a triage decision; other keys edit the text.
    TriageNote,
    /// The report export dialog; other keys edit the focused field.
    Export,
    /// The help screen.
    Help,
    /// The question whether to quit while a collection runs.
    ConfirmQuit,
    /// The purge confirmation; other keys edit the typed tenant name.
    ConfirmPurge,
    /// The first-use question where tenant keys are kept.
    ChooseKeyStorage,
    /// The list of every collection run of the session.
    Runs,
    /// The add or edit form of a tenant; other keys edit the focused field.
    TenantForm,
    /// The question whether to cancel a tenant's run.
    ConfirmCancel,
    /// The exception, severity override and free note dialogs; other keys edit the text.
    TriageEdit,
    /// The assessment history with its comparison.
    History,
    /// The question whether to delete an assessment.
    ConfirmDelete,
    /// The search field of the findings screen; other keys edit the search text.
    Search,
}

impl Mode {
    /// Returns true when unbound keys edit text in this mode.
    #[must_use]
    pub fn is_text_input(self) -> bool {
        matches!(
            self,
            Self::TriageNote
                | Self::Export
                | Self::ConfirmPurge
                | Self::TenantForm
                | Self::TriageEdit
                | Self::Search
        )
    }

    /// Returns the `snake_case` name used in message ids (`mode-findings`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Tenants => "tenants",
            Self::Collection => "collection",
            Self::Findings => "findings",
            Self::TriageNote => "triage_note",
            Self::Export => "export",
            Self::Help => "help",
            Self::ConfirmQuit => "confirm_quit",
            Self::ConfirmPurge => "confirm_purge",
            Self::ChooseKeyStorage => "choose_key_storage",
            Self::Runs => "runs",
            Self::TenantForm => "tenant_form",
            Self::ConfirmCancel => "confirm_cancel",
            Self::TriageEdit => "triage_edit",
            Self::History => "history",
            Self::ConfirmDelete => "confirm_delete",
            Self::Search => "search",
        }
    }
}

/// A key with its modifiers; for character keys Shift is part of the character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    /// The key code.
    pub code: KeyCode,
    /// Control and Alt; Shift only for non-character keys.
    pub modifiers: KeyModifiers,
}

impl Key {
    /// Creates a key without modifiers.
    #[must_use]
    pub const fn plain(code: KeyCode) -> Self {
        Self {
            code,
            modifiers: KeyModifiers::NONE,
        }
    }

    /// Creates a character key without modifiers.
    #[must_use]
    pub const fn char(c: char) -> Self {
        Self::plain(KeyCode::Char(c))
    }

    /// Creates a character key with Control.
    #[must_use]
    pub const fn ctrl(c: char) -> Self {
        Self {
            code: KeyCode::Char(c),
            modifiers: KeyModifiers::CONTROL,
        }
    }

    /// Builds the key from a terminal key event, dropping Shift from character keys.
    #[must_use]
    pub fn from_event(event: KeyEvent) -> Self {
        let mut modifiers = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        if !matches!(event.code, KeyCode::Char(_)) {
            modifiers |= event.modifiers & KeyModifiers::SHIFT;
        }
        Self {
            code: event.code,
            modifiers,
        }
    }

    /// Returns the key as the help screen and hints show it, such as `Ctrl-c` or `PgDn`.
    #[must_use]
    pub fn label(self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".to_owned(),
            KeyCode::Esc => "Esc".to_owned(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Right => "→".to_owned(),
            KeyCode::PageUp => "PgUp".to_owned(),
            KeyCode::PageDown => "PgDn".to_owned(),
            KeyCode::Home => "Home".to_owned(),
            KeyCode::End => "End".to_owned(),
            KeyCode::Tab => "Tab".to_owned(),
            KeyCode::BackTab => "Shift-Tab".to_owned(),
            other => other.to_string(),
        };
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{name}")
        } else if self.modifiers.contains(KeyModifiers::ALT) {
            format!("Alt-{name}")
        } else {
            name
        }
    }
}

/// One key bound to one action in one mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    /// The key.
    pub key: Key,
    /// Action the key triggers.
    pub action: Action,
    /// Whether the status bar shows it as a hint.
    pub is_hint: bool,
}

/// The bindings of every mode.
#[derive(Debug, Clone)]
pub struct Keymap {
    modes: Vec<(Mode, Vec<Binding>)>,
}

impl Default for Keymap {
    fn default() -> Self {
        Self {
            modes: vec![
                (Mode::Tenants, tenants_bindings()),
                (Mode::Collection, collection_bindings()),
                (Mode::Findings, findings_bindings()),
                (Mode::TriageNote, dialog_bindings(true)),
                (Mode::Export, dialog_bindings(true)),
                (Mode::Help, help_bindings()),
                (Mode::ConfirmQuit, confirm_quit_bindings()),
                (Mode::ConfirmPurge, dialog_bindings(false)),
                (Mode::ChooseKeyStorage, key_storage_bindings()),
                (Mode::Runs, runs_bindings()),
                (Mode::TenantForm, dialog_bindings(true)),
                (Mode::ConfirmCancel, confirm_quit_bindings()),
                (Mode::TriageEdit, dialog_bindings(true)),
                (Mode::History, history_bindings()),
                (Mode::ConfirmDelete, confirm_quit_bindings()),
                (Mode::Search, super::keymap_config::search_bindings()),
            ],
        }
    }
}

impl Keymap {
    /// Returns the action bound to `key` in `mode`, if any.
    #[must_use]
    pub fn action(&self, mode: Mode, key: Key) -> Option<Action> {
        self.bindings(mode)
            .iter()
            .find(|binding| binding.key == key)
            .map(|binding| binding.action)
    }

    /// Turns a key press into a message for `mode`. A bound key gives its action. In a text
    /// input mode an unbound key gives an editing key, and elsewhere it gives `None`.
    #[must_use]
    pub fn message(&self, mode: Mode, event: KeyEvent) -> Option<Msg> {
        if let Some(action) = self.action(mode, Key::from_event(event)) {
            return Some(Msg::Action(action));
        }
        if !mode.is_text_input() {
            return None;
        }
        edit_key(event).map(Msg::Edit)
    }

    /// Returns the bindings of `mode` in help order.
    #[must_use]
    pub fn bindings(&self, mode: Mode) -> &[Binding] {
        self.modes
            .iter()
            .find(|(m, _)| *m == mode)
            .map_or(&[], |(_, bindings)| bindings.as_slice())
    }

    /// Returns each action of `mode` once with all its keys, in help order.
    #[must_use]
    pub fn grouped(&self, mode: Mode) -> Vec<(Action, Vec<Key>)> {
        let mut groups: Vec<(Action, Vec<Key>)> = Vec::new();
        for binding in self.bindings(mode) {
            match groups
                .iter_mut()
                .find(|(action, _)| *action == binding.action)
            {
                Some((_, keys)) => keys.push(binding.key),
                None => groups.push((binding.action, vec![binding.key])),
            }
        }
        groups
    }

    /// Returns the hinted bindings of `mode`, one key per action, for the status bar.
    #[must_use]
    pub fn hints(&self, mode: Mode) -> Vec<Binding> {
        let mut hints: Vec<Binding> = Vec::new();
        for binding in self.bindings(mode).iter().filter(|b| b.is_hint) {
            if !hints.iter().any(|hint| hint.action == binding.action) {
                hints.push(*binding);
            }
        }
        hints
    }

    /// Returns the bindings of every mode for rebinding from the config file.
    pub(super) fn modes_mut(&mut self) -> &mut [(Mode, Vec<Binding>)] {
        &mut self.modes
    }

    /// Returns the first key bound to `action` in `mode`, for texts such as "press d".
    #[must_use]
    pub fn key_for(&self, mode: Mode, action: Action) -> Option<Key> {
        self.bindings(mode)
            .iter()
            .find(|binding| binding.action == action)
            .map(|binding| binding.key)
    }
}

fn edit_key(event: KeyEvent) -> Option<EditKey> {
    let is_command = event
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    match event.code {
        KeyCode::Char(c) if !is_command => Some(EditKey::Char(c)),
        KeyCode::Backspace => Some(EditKey::Backspace),
        KeyCode::Delete => Some(EditKey::Delete),
        KeyCode::Left => Some(EditKey::Left),
        KeyCode::Right => Some(EditKey::Right),
        KeyCode::Home => Some(EditKey::Home),
        KeyCode::End => Some(EditKey::End),
        _ => None,
    }
}

pub(super) const fn hint(key: Key, action: Action) -> Binding {
    Binding {
        key,
        action,
        is_hint: true,
    }
}

pub(super) const fn bind(key: Key, action: Action) -> Binding {
    Binding {
        key,
        action,
        is_hint: false,
    }
}

fn navigation() -> [Binding; 8] {
    [
        bind(Key::char('j'), Action::SelectNext),
        bind(Key::plain(KeyCode::Down), Action::SelectNext),
        bind(Key::char('k'), Action::SelectPrevious),
        bind(Key::plain(KeyCode::Up), Action::SelectPrevious),
        bind(Key::char('g'), Action::SelectFirst),
        bind(Key::plain(KeyCode::Home), Action::SelectFirst),
        bind(Key::char('G'), Action::SelectLast),
        bind(Key::plain(KeyCode::End), Action::SelectLast),
    ]
}

fn tenants_bindings() -> Vec<Binding> {
    let mut bindings = vec![
        hint(Key::plain(KeyCode::Enter), Action::OpenFindings),
        hint(Key::char('c'), Action::StartCollection),
        hint(Key::char('e'), Action::ExportReport),
        hint(Key::char('d'), Action::AddDemoTenant),
        bind(Key::char('P'), Action::PurgeTenant),
        hint(Key::char('a'), Action::AddTenant),
        bind(Key::char('E'), Action::EditTenant),
        bind(Key::char('r'), Action::ResumeCollection),
        bind(Key::char('x'), Action::CancelRun),
        hint(Key::char('R'), Action::ShowRuns),
        bind(Key::char('v'), Action::ViewRun),
        bind(Key::char('H'), Action::ShowHistory),
    ];
    bindings.extend(navigation());
    bindings.extend(global_bindings());
    bindings
}

fn collection_bindings() -> Vec<Binding> {
    let mut bindings = vec![
        hint(Key::plain(KeyCode::Enter), Action::OpenFindings),
        hint(Key::plain(KeyCode::Esc), Action::Back),
        hint(Key::char('x'), Action::CancelRun),
    ];
    bindings.extend(navigation());
    bindings.extend(global_bindings());
    bindings
}

fn runs_bindings() -> Vec<Binding> {
    let mut bindings = vec![
        hint(Key::plain(KeyCode::Enter), Action::ViewRun),
        hint(Key::char('x'), Action::CancelRun),
        hint(Key::plain(KeyCode::Esc), Action::Back),
    ];
    bindings.extend(navigation());
    bindings.extend(global_bindings());
    bindings
}

fn findings_bindings() -> Vec<Binding> {
    let mut bindings = vec![
        hint(Key::char('a'), Action::AcceptRisk),
        hint(Key::char('f'), Action::MarkFalsePositive),
        hint(Key::char('o'), Action::Reopen),
        hint(Key::char('e'), Action::ExportReport),
        bind(Key::char('c'), Action::StartCollection),
        bind(Key::plain(KeyCode::PageDown), Action::ScrollDetailDown),
        bind(Key::char('J'), Action::ScrollDetailDown),
        bind(Key::plain(KeyCode::PageUp), Action::ScrollDetailUp),
        bind(Key::char('K'), Action::ScrollDetailUp),
        hint(Key::plain(KeyCode::Esc), Action::Back),
        bind(Key::char('R'), Action::MarkResolved),
        bind(Key::char('X'), Action::ExceptObject),
        bind(Key::char('O'), Action::OverrideSeverity),
        bind(Key::char('N'), Action::EditNote),
        bind(Key::char('H'), Action::ShowHistory),
        bind(Key::char('d'), Action::CompareAssessments),
    ];
    bindings.extend(super::keymap_config::findings_view_bindings());
    bindings.extend(navigation());
    bindings.extend(global_bindings());
    bindings
}

/// Keys of the history screen: Space marks one assessment, `d` compares, `D` deletes.
fn history_bindings() -> Vec<Binding> {
    let mut bindings = vec![
        hint(Key::char(' '), Action::MarkForDiff),
        hint(Key::char('d'), Action::CompareAssessments),
        hint(Key::char('D'), Action::DeleteAssessment),
        hint(Key::plain(KeyCode::Esc), Action::Back),
    ];
    bindings.extend(navigation());
    bindings.extend(global_bindings());
    bindings
}

fn dialog_bindings(has_fields: bool) -> Vec<Binding> {
    let mut bindings = vec![
        hint(Key::plain(KeyCode::Enter), Action::Confirm),
        hint(Key::plain(KeyCode::Esc), Action::Cancel),
    ];
    if has_fields {
        bindings.push(hint(Key::plain(KeyCode::Tab), Action::NextField));
        bindings.push(bind(Key::plain(KeyCode::Down), Action::NextField));
        bindings.push(bind(
            Key {
                code: KeyCode::BackTab,
                modifiers: KeyModifiers::SHIFT,
            },
            Action::PreviousField,
        ));
        bindings.push(bind(Key::plain(KeyCode::Up), Action::PreviousField));
    }
    bindings.push(bind(Key::ctrl('c'), Action::Quit));
    bindings
}

fn help_bindings() -> Vec<Binding> {
    vec![
        hint(Key::plain(KeyCode::Esc), Action::Back),
        bind(Key::char('?'), Action::Back),
        hint(Key::char('q'), Action::Quit),
        bind(Key::ctrl('c'), Action::Quit),
    ]
}

/// Keys of the quit question: `y` (or German `j`) quits and cancels the run, `n` and Esc
/// stay; a second Ctrl-C quits as well.
fn confirm_quit_bindings() -> Vec<Binding> {
    vec![
        hint(Key::char('y'), Action::Confirm),
        bind(Key::char('j'), Action::Confirm),
        hint(Key::char('n'), Action::Cancel),
        bind(Key::plain(KeyCode::Esc), Action::Cancel),
        bind(Key::ctrl('c'), Action::Quit),
    ]
}

fn key_storage_bindings() -> Vec<Binding> {
    vec![
        hint(Key::char('k'), Action::UseKeyfile),
        hint(Key::char('p'), Action::UsePassphrase),
        hint(Key::plain(KeyCode::Esc), Action::Cancel),
        hint(Key::char('q'), Action::Quit),
        bind(Key::ctrl('c'), Action::Quit),
    ]
}

fn global_bindings() -> [Binding; 3] {
    [
        hint(Key::char('?'), Action::ShowHelp),
        hint(Key::char('q'), Action::Quit),
        bind(Key::ctrl('c'), Action::Quit),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifted_letter_matches_capital_binding() {
        let event = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        let action = Keymap::default().action(Mode::Findings, Key::from_event(event));
        assert_eq!(action, Some(Action::SelectLast));
    }

    #[test]
    fn letters_are_text_in_note_input() {
        assert_eq!(
            Keymap::default().action(Mode::TriageNote, Key::char('q')),
            None
        );
    }

    #[test]
    fn unbound_letter_edits_in_export() {
        let event = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
        let msg = Keymap::default().message(Mode::Export, event);
        assert_eq!(msg, Some(Msg::Edit(EditKey::Char('x'))));
    }

    #[test]
    fn unbound_letter_is_ignored_on_screens() {
        let event = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
        assert_eq!(Keymap::default().message(Mode::Findings, event), None);
    }

    #[test]
    fn control_letter_does_not_edit() {
        let event = KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL);
        assert_eq!(Keymap::default().message(Mode::TriageNote, event), None);
    }

    #[test]
    fn control_c_quits_in_every_mode() {
        let keymap = Keymap::default();
        for (mode, _) in &keymap.modes {
            assert_eq!(
                keymap.action(*mode, Key::ctrl('c')),
                Some(Action::Quit),
                "{mode:?}"
            );
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_a_mode() {
        let keymap = Keymap::default();
        for (mode, bindings) in &keymap.modes {
            for (index, binding) in bindings.iter().enumerate() {
                let later = &bindings[index + 1..];
                assert!(
                    !later.iter().any(|b| b.key == binding.key),
                    "{mode:?} {binding:?}"
                );
            }
        }
    }

    #[test]
    fn grouped_lists_each_action_once() {
        let groups = Keymap::default().grouped(Mode::Findings);
        let next = groups
            .iter()
            .find(|(action, _)| *action == Action::SelectNext);
        assert_eq!(next.map(|(_, keys)| keys.len()), Some(2));
    }

    #[test]
    fn key_labels_name_modifiers() {
        assert_eq!(Key::ctrl('c').label(), "Ctrl-c");
        assert_eq!(Key::plain(KeyCode::PageDown).label(), "PgDn");
    }
}
