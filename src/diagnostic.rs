//! Human-readable error text for the front ends.
//!
//! Library errors often repeat their cause in their own message and also return it as
//! `source()`, so printing the whole chain naively says the same thing twice.

use std::error::Error;

/// Returns the error and its causes as one line, "outer: cause: root cause", leaving out any
/// cause whose text the line already contains.
#[must_use]
pub fn error_text(error: &(dyn Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(current) = cause {
        let message = current.to_string();
        if !message.is_empty() && !text.contains(&message) {
            text.push_str(": ");
            text.push_str(&message);
        }
        cause = current.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    #[error("registry /x failed: {source}")]
    struct Outer {
        #[source]
        source: std::io::Error,
    }

    #[test]
    fn repeated_cause_is_printed_once() {
        let error = Outer {
            source: std::io::Error::other("Not a directory"),
        };
        assert_eq!(error_text(&error), "registry /x failed: Not a directory");
    }

    #[test]
    fn new_cause_is_appended() {
        let error =
            anyhow::Error::from(std::io::Error::other("disk full")).context("export failed");
        assert_eq!(error_text(error.as_ref()), "export failed: disk full");
    }
}
