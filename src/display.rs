//! Makes untrusted text safe to show: tenant display names, policy names, check details and
//! backend error messages can contain terminal control sequences or invisible characters.
//! Every human-facing output uses this module: the TUI, the printed tables, the log lines and
//! error messages that carry tenant text, and the report (PDF, CSV, Markdown).
//!
//! Every character that a terminal would interpret, or that would hide or reorder text, is
//! replaced by a visible placeholder, so hidden content shows up as a mark on screen.

use std::borrow::Cow;

/// Placeholder drawn instead of ESC, the start of every ANSI, CSI and OSC sequence.
pub const ESCAPE_PLACEHOLDER: char = '\u{241B}';

/// Placeholder drawn instead of any other control, bidi or invisible character.
pub const CONTROL_PLACEHOLDER: char = '\u{FFFD}';

/// The marks that replace unsafe characters in one kind of output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placeholders {
    /// Replaces ESC.
    pub escape: char,
    /// Replaces every other control, bidi or invisible character.
    pub control: char,
}

/// Placeholders for terminals: `␛` and `�`.
pub const TERMINAL: Placeholders = Placeholders {
    escape: ESCAPE_PLACEHOLDER,
    control: CONTROL_PLACEHOLDER,
};

/// Placeholders for printed documents: `◊` (U+25CA) and `□` (U+25A1). The report font,
/// Liberation Sans, has glyphs for both but none for `␛` or `�`, which would vanish.
pub const PRINT: Placeholders = Placeholders {
    escape: '\u{25CA}',
    control: '\u{25A1}',
};

/// Returns `text` with control characters, ESC, bidi overrides and zero-width characters
/// replaced by the [`TERMINAL`] placeholders; a tab becomes a space.
///
/// Replacing ESC breaks every ANSI, CSI and OSC sequence, so the rest of such a sequence is
/// shown as plain text (`␛[31m`). The single-character CSI (U+009B) and the other C1 controls
/// become `�`. Text without such characters is returned borrowed.
#[must_use]
pub fn sanitize(text: &str) -> Cow<'_, str> {
    sanitize_with(text, TERMINAL)
}

/// Returns `text` like [`sanitize`], with the given placeholders.
#[must_use]
pub fn sanitize_with(text: &str, marks: Placeholders) -> Cow<'_, str> {
    if !text.chars().any(needs_replacement) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| replacement(c, marks)).collect())
}

/// Returns `text` like [`sanitize_with`] but keeps its line breaks (`\n`), for multi-line
/// texts such as a check's failing condition or a triage note. A carriage return is still
/// replaced.
#[must_use]
pub fn sanitize_lines(text: &str, marks: Placeholders) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && needs_replacement(c)) {
        return Cow::Borrowed(text);
    }
    let lines: Vec<Cow<'_, str>> = text
        .split('\n')
        .map(|line| sanitize_with(line, marks))
        .collect();
    Cow::Owned(lines.join("\n"))
}

fn needs_replacement(c: char) -> bool {
    replacement(c, TERMINAL) != c
}

fn replacement(c: char, marks: Placeholders) -> char {
    match c {
        '\t' => ' ',
        '\u{1B}' => marks.escape,
        c if c.is_control() => marks.control,
        c if is_bidi_control(c) || is_invisible(c) => marks.control,
        c => c,
    }
}

/// Embedding and override marks (U+202A..U+202E), isolates (U+2066..U+2069) and the Arabic
/// letter mark: they reorder the text around them.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}')
}

/// Zero-width space, joiners and direction marks (U+200B..U+200F), the byte order mark, the
/// word joiner and invisible operators (U+2060..U+2064), and the line and paragraph separators.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{FEFF}' | '\u{2060}'..='\u{2064}' | '\u{2028}' | '\u{2029}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed() {
        let text = "Müller Bäckerei GmbH – Zentrale";
        assert!(matches!(sanitize(text), Cow::Borrowed(_)));
    }

    #[test]
    fn ansi_colour_sequence_loses_escape() {
        assert_eq!(sanitize("\u{1b}[31mred\u{1b}[0m"), "␛[31mred␛[0m");
    }

    #[test]
    fn osc_title_sequence_is_neutralised() {
        let text = "\u{1b}]0;pwned\u{7}name";
        assert_eq!(sanitize(text), "␛]0;pwned\u{FFFD}name");
    }

    #[test]
    fn c1_csi_is_replaced() {
        assert_eq!(sanitize("a\u{9b}31mb"), "a\u{FFFD}31mb");
    }

    #[test]
    fn newline_and_carriage_return_are_replaced() {
        assert_eq!(sanitize("a\nb\rc"), "a\u{FFFD}b\u{FFFD}c");
    }

    #[test]
    fn lines_keep_line_feeds_only() {
        assert_eq!(
            sanitize_lines("a\u{1b}[2J\nb\rc", TERMINAL),
            "a␛[2J\nb\u{FFFD}c"
        );
    }

    #[test]
    fn print_placeholders_replace_escape_and_controls() {
        assert_eq!(sanitize_with("a\u{1b}[1m\u{202E}b", PRINT), "a◊[1m□b");
    }

    #[test]
    fn osc_52_clipboard_write_is_neutralised() {
        let text = "x\u{1b}]52;c;ZXZpbA==\u{7}y";
        assert_eq!(sanitize(text), "x␛]52;c;ZXZpbA==\u{FFFD}y");
    }

    #[test]
    fn tab_becomes_space() {
        assert_eq!(sanitize("a\tb"), "a b");
    }

    #[test]
    fn bidi_overrides_are_replaced() {
        for c in ['\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}'] {
            let text = format!("admin{c}txt.exe");
            assert_eq!(sanitize(&text), "admin\u{FFFD}txt.exe", "{:?}", c);
        }
    }

    #[test]
    fn zero_width_characters_are_replaced() {
        for c in ['\u{200B}', '\u{200D}', '\u{200F}', '\u{FEFF}'] {
            let text = format!("ad{c}min");
            assert_eq!(sanitize(&text), "ad\u{FFFD}min", "{:?}", c);
        }
    }

    #[test]
    fn delete_character_is_replaced() {
        assert_eq!(sanitize("a\u{7f}b"), "a\u{FFFD}b");
    }
}
