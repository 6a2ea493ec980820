//! A one-line text field: the value, a cursor, and the editing keys a dialog passes to it.

/// An editing key that the keymap did not bind, passed to the focused text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditKey {
    /// Inserts a character at the cursor.
    Char(char),
    /// Deletes the character before the cursor.
    Backspace,
    /// Deletes the character under the cursor.
    Delete,
    /// Moves the cursor one character left.
    Left,
    /// Moves the cursor one character right.
    Right,
    /// Moves the cursor to the start.
    Home,
    /// Moves the cursor to the end.
    End,
}

/// A one-line text field; the cursor counts characters, not bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    value: String,
    cursor: usize,
}

impl TextInput {
    /// Creates a field holding `value` with the cursor at its end.
    #[must_use]
    pub fn new(value: &str) -> Self {
        Self {
            value: value.to_owned(),
            cursor: value.chars().count(),
        }
    }

    /// Returns the text.
    #[must_use]
    pub fn value(&self) -> &str {
        &self.value
    }

    /// Returns the cursor position in characters from the start.
    #[must_use]
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Applies one editing key; control characters are not inserted.
    pub fn edit(&mut self, key: EditKey) {
        match key {
            EditKey::Char(c) if !c.is_control() => {
                self.value.insert(self.byte_index(self.cursor), c);
                self.cursor += 1;
            }
            EditKey::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                self.value.remove(self.byte_index(self.cursor));
            }
            EditKey::Delete if self.cursor < self.len() => {
                self.value.remove(self.byte_index(self.cursor));
            }
            EditKey::Left => self.cursor = self.cursor.saturating_sub(1),
            EditKey::Right => self.cursor = (self.cursor + 1).min(self.len()),
            EditKey::Home => self.cursor = 0,
            EditKey::End => self.cursor = self.len(),
            EditKey::Char(_) | EditKey::Backspace | EditKey::Delete => {}
        }
    }

    fn len(&self) -> usize {
        self.value.chars().count()
    }

    fn byte_index(&self, chars: usize) -> usize {
        self.value
            .char_indices()
            .nth(chars)
            .map_or(self.value.len(), |(index, _)| index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str) -> TextInput {
        let mut input = TextInput::default();
        for c in text.chars() {
            input.edit(EditKey::Char(c));
        }
        input
    }

    #[test]
    fn typing_appends() {
        assert_eq!(typed("Müller").value(), "Müller");
    }

    #[test]
    fn insert_in_middle_after_umlaut() {
        let mut input = typed("Mür");
        input.edit(EditKey::Left);
        input.edit(EditKey::Char('l'));
        assert_eq!(input.value(), "Mülr");
    }

    #[test]
    fn backspace_removes_multibyte_character() {
        let mut input = typed("aä");
        input.edit(EditKey::Backspace);
        assert_eq!(input.value(), "a");
    }

    #[test]
    fn delete_at_end_does_nothing() {
        let mut input = typed("ab");
        input.edit(EditKey::Delete);
        assert_eq!(input.value(), "ab");
    }

    #[test]
    fn delete_at_start_removes_first() {
        let mut input = typed("ab");
        input.edit(EditKey::Home);
        input.edit(EditKey::Delete);
        assert_eq!(input.value(), "b");
    }

    #[test]
    fn cursor_stays_in_bounds() {
        let mut input = typed("ab");
        input.edit(EditKey::Right);
        assert_eq!(input.cursor(), 2);
        input.edit(EditKey::Home);
        input.edit(EditKey::Left);
        assert_eq!(input.cursor(), 0);
    }

    #[test]
    fn control_characters_are_not_inserted() {
        assert_eq!(typed("a\u{1b}b").value(), "ab");
    }
}
