//! Pre-breaking of words that are wider than their column.
//!
//! genpdf 0.2 wraps lines only at ASCII spaces, and when a single word is wider than its
//! column it silently drops that word together with the rest of the paragraph. URLs, GUIDs and
//! long object names hit this in table cells and narrow columns, so every text passes through
//! [`fit`] first. It inserts spaces into over-wide words so that each chunk fits; extracted
//! text then shows those spaces. Breaks go before punctuation such as `/`, `-` and `.`, and
//! after a colon. A chunk therefore ends in a hyphen only when the word offers no other break,
//! so readers (and `pdftotext`) do not mistake the break for a hyphenated word.

use genpdf::Mm;
use genpdf::fonts::FontCache;
use genpdf::style::Style;

/// Share of the column a chunk may fill; keeps a margin for kerning and rounding.
const FILL: f64 = 0.92;

/// Characters before which a long word is preferably broken.
const BREAK_BEFORE: &[char] = &[
    '/', '\\', '-', '_', '.', ',', ';', '?', '&', '=', '@', '#', '%', '~',
];

/// Characters after which a long word is preferably broken.
const BREAK_AFTER: &[char] = &[':'];

/// Returns `text` with control characters turned into spaces and every word wider than
/// `width` in `style` split into chunks that fit.
pub(super) fn fit(text: &str, style: Style, cache: &FontCache, width: Mm) -> String {
    let clean: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    // genpdf measures a word together with its trailing space.
    let limit = width * FILL - style.str_width(cache, " ");

    let mut out = String::with_capacity(clean.len() + 8);
    for (index, word) in clean.split(' ').enumerate() {
        if index > 0 {
            out.push(' ');
        }
        if style.str_width(cache, word) <= limit {
            out.push_str(word);
        } else {
            push_chunks(&mut out, word, style, cache, limit);
        }
    }
    out
}

/// Appends `word` to `out` as space-separated chunks no wider than `limit`.
fn push_chunks(out: &mut String, word: &str, style: Style, cache: &FontCache, limit: Mm) {
    let mut chunk = String::new();
    let mut chunk_width = Mm::from(0);

    for c in word.chars() {
        let char_width = style.char_width(cache, c);
        if chunk_width + char_width > limit && !chunk.is_empty() {
            let rest = chunk.split_off(split_point(&chunk));
            out.push_str(&chunk);
            out.push(' ');
            chunk = rest;
            chunk_width = style.str_width(cache, &chunk);
        }
        chunk.push(c);
        chunk_width += char_width;
    }
    out.push_str(&chunk);
}

/// Returns the byte offset at which a full `chunk` is split: its last preferred break when
/// that keeps at least a third of the chunk on the line, else the end of the chunk.
fn split_point(chunk: &str) -> usize {
    let preferred = chunk
        .char_indices()
        .filter_map(|(offset, c)| {
            if BREAK_BEFORE.contains(&c) {
                Some(offset)
            } else if BREAK_AFTER.contains(&c) {
                Some(offset + c.len_utf8())
            } else {
                None
            }
        })
        .rev()
        .find(|&offset| offset > 0 && offset < chunk.len());
    preferred
        .filter(|&offset| offset * 3 >= chunk.len())
        .unwrap_or(chunk.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cache() -> FontCache {
        FontCache::new(super::super::fonts::liberation_sans().unwrap())
    }

    fn style() -> Style {
        Style::new().with_font_size(10)
    }

    #[test]
    fn short_text_is_unchanged() {
        let cache = cache();
        let text = "Conditional access policy is report-only";
        assert_eq!(fit(text, style(), &cache, Mm::from(170)), text);
    }

    #[test]
    fn long_url_is_split_into_fitting_chunks() {
        let cache = cache();
        let url = format!("https://graph.microsoft.com/v1.0/{}", "a".repeat(90));
        let width = Mm::from(40);
        let fitted = fit(&url, style(), &cache, width);
        for chunk in fitted.split(' ') {
            assert!(
                style().str_width(&cache, chunk) < width,
                "chunk too wide: {chunk}"
            );
        }
        assert_eq!(fitted.replace(' ', ""), url);
    }

    #[test]
    fn url_breaks_before_slash() {
        let cache = cache();
        let url = "https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies";
        let fitted = fit(url, style(), &cache, Mm::from(60));
        let second = fitted.split(' ').nth(1).unwrap();
        assert!(
            second.starts_with('/'),
            "second chunk {second:?} should start at a slash"
        );
    }

    #[test]
    fn guid_chunks_never_end_in_hyphen() {
        let cache = cache();
        let guid = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
        let fitted = fit(guid, style(), &cache, Mm::from(25));
        assert!(fitted.contains(' '));
        for chunk in fitted.split(' ') {
            assert!(!chunk.ends_with('-'), "chunk {chunk:?} ends in a hyphen");
        }
    }

    #[test]
    fn guid_fits_narrow_column() {
        let cache = cache();
        let guid = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
        let fitted = fit(guid, style(), &cache, Mm::from(20));
        assert!(fitted.contains(' '));
        assert_eq!(fitted.replace(' ', ""), guid);
    }

    #[test]
    fn control_characters_become_spaces() {
        let cache = cache();
        assert_eq!(fit("a\tb\nc", style(), &cache, Mm::from(100)), "a b c");
    }
}
