//! Locale-specific formatting of dates and numbers, which fluent leaves to the caller.

use time::{Date, OffsetDateTime};

use crate::i18n::Lang;

/// Month names of the Gregorian calendar, January first.
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// German month names, Januar first.
const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

/// Formats the calendar date of `at` in its own offset as the locale writes it in prose:
/// `December 4, 2026` for en-US, `4. Dezember 2026` for de-DE.
pub(super) fn date(lang: Lang, at: OffsetDateTime) -> String {
    long_date(lang, at.date())
}

/// Formats a calendar date as the locale writes it in prose (see [`date`]).
pub(super) fn long_date(lang: Lang, day: Date) -> String {
    let month = usize::from(u8::from(day.month())) - 1;
    match lang {
        Lang::EnUs => format!("{} {}, {}", MONTHS_EN[month], day.day(), day.year()),
        Lang::DeDe => format!("{}. {} {}", day.day(), MONTHS_DE[month], day.year()),
    }
}

/// Formats `value` with exactly `decimals` decimals and the locale's separators:
/// `1,234.5` for en-US, `1.234,5` for de-DE. A value that is not finite prints as `?`.
pub(crate) fn decimal(lang: Lang, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "?".to_owned();
    }
    let fixed = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = fixed.split_once('.').unwrap_or((fixed.as_str(), ""));
    let whole: usize = whole.parse().unwrap_or(0);
    let sign = if value < 0.0 && fixed.chars().any(|c| matches!(c, '1'..='9')) {
        "-"
    } else {
        ""
    };
    let mark = match lang {
        Lang::EnUs => '.',
        Lang::DeDe => ',',
    };
    if fraction.is_empty() {
        format!("{sign}{}", count(lang, whole))
    } else {
        format!("{sign}{}{mark}{fraction}", count(lang, whole))
    }
}

/// Formats a count with the locale's thousands separator: `1,234` or `1.234`.
pub(crate) fn count(lang: Lang, value: usize) -> String {
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
pub(crate) fn hours(lang: Lang, value: f32) -> String {
    let tenths = (f64::from(value) * 10.0).round() / 10.0;
    let decimals = if tenths.fract() == 0.0 { 0 } else { 1 };
    decimal(lang, tenths, decimals)
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime};

    use super::*;

    #[test]
    fn date_spells_month_in_english() {
        assert_eq!(
            date(Lang::EnUs, datetime!(2026-12-04 09:30 +01:00)),
            "December 4, 2026"
        );
    }

    #[test]
    fn date_spells_month_in_german() {
        assert_eq!(
            date(Lang::DeDe, datetime!(2026-12-04 09:30 +01:00)),
            "4. Dezember 2026"
        );
        assert_eq!(
            long_date(Lang::DeDe, date!(2027 - 03 - 31)),
            "31. März 2027"
        );
    }

    #[test]
    fn date_uses_its_own_offset() {
        assert_eq!(
            date(Lang::EnUs, datetime!(2026-12-31 23:30 -01:00)),
            "December 31, 2026"
        );
    }

    #[test]
    fn decimal_uses_locale_separators() {
        assert_eq!(decimal(Lang::DeDe, 1234.5, 1), "1.234,5");
        assert_eq!(decimal(Lang::EnUs, 1234.5, 1), "1,234.5");
        assert_eq!(decimal(Lang::EnUs, 1_234_567.891, 2), "1,234,567.89");
        assert_eq!(decimal(Lang::DeDe, 0.05, 0), "0");
    }

    #[test]
    fn decimal_keeps_sign_of_nonzero_values() {
        assert_eq!(decimal(Lang::DeDe, -1234.5, 1), "-1.234,5");
        assert_eq!(decimal(Lang::EnUs, -0.01, 1), "0.0");
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
