//! Locale-specific formatting of dates and numbers, which fluent leaves to the caller.

use time::OffsetDateTime;
use time::macros::format_description;

use crate::i18n::Lang;

/// Formats the calendar date of `at` in its own offset: `2026-12-04` (ISO 8601) for en-US,
/// `04.12.2026` for de-DE.
pub(super) fn date(lang: Lang, at: OffsetDateTime) -> String {
    let formatted = match lang {
        Lang::EnUs => at.format(format_description!("[year]-[month]-[day]")),
        Lang::DeDe => at.format(format_description!("[day].[month].[year]")),
    };
    // The description uses only date components, which every OffsetDateTime has, so the
    // fallback is not expected to run.
    formatted.unwrap_or_else(|_| at.date().to_string())
}

/// Formats a count with the locale's thousands separator: `1,234` or `1.234`.
pub(super) fn count(lang: Lang, value: usize) -> String {
    let digits = value.to_string();
    let separator = match lang {
        Lang::EnUs => ',',
        Lang::DeDe => '.',
    };
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    grouped
}

/// Formats hours with at most one decimal in the locale's notation: `4.5` or `4,5`; whole
/// hours lose the decimal (`8`). A value that is not finite prints as `?`.
pub(super) fn hours(lang: Lang, value: f32) -> String {
    if !value.is_finite() {
        return "?".to_owned();
    }
    let tenths = (f64::from(value) * 10.0).round() / 10.0;
    let text = if tenths.fract() == 0.0 {
        format!("{tenths:.0}")
    } else {
        format!("{tenths:.1}")
    };
    match lang {
        Lang::EnUs => text,
        Lang::DeDe => text.replace('.', ","),
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn date_is_iso_in_english() {
        assert_eq!(
            date(Lang::EnUs, datetime!(2026-12-04 09:30 +01:00)),
            "2026-12-04"
        );
    }

    #[test]
    fn date_is_dotted_in_german() {
        assert_eq!(
            date(Lang::DeDe, datetime!(2026-12-04 09:30 +01:00)),
            "04.12.2026"
        );
    }

    #[test]
    fn count_groups_thousands() {
        assert_eq!(count(Lang::EnUs, 1_234_567), "1,234,567");
        assert_eq!(count(Lang::DeDe, 1_234), "1.234");
        assert_eq!(count(Lang::DeDe, 999), "999");
        assert_eq!(count(Lang::EnUs, 0), "0");
    }

    #[test]
    fn hours_use_decimal_comma_in_german() {
        assert_eq!(hours(Lang::DeDe, 4.5), "4,5");
        assert_eq!(hours(Lang::EnUs, 4.5), "4.5");
    }

    #[test]
    fn whole_hours_drop_decimal() {
        assert_eq!(hours(Lang::DeDe, 8.0), "8");
        assert_eq!(hours(Lang::EnUs, 0.04), "0");
    }

    #[test]
    fn non_finite_hours_print_question_mark() {
        assert_eq!(hours(Lang::EnUs, f32::NAN), "?");
    }
}
