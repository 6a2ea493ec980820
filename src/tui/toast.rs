//! Short-lived notices in the status bar. A toast contains a message id and arguments so that
//! the app stays free of the localizer; the status bar formats it when drawing.

use time::{Duration, OffsetDateTime};

/// Severity of a toast, which sets its style and lifetime.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToastLevel {
    /// A confirmation or notice.
    Info,
    /// Something the consultant should know that did not fail, such as where a key is kept.
    Warning,
    /// Something failed.
    Error,
}

/// One notice with the time it disappears.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Toast {
    /// Fluent message id in `ui.ftl`.
    pub message_id: &'static str,
    /// Message arguments; values may be untrusted and are sanitized when drawn.
    pub args: Vec<(&'static str, String)>,
    /// Info or error.
    pub level: ToastLevel,
    /// When the toast is dropped.
    pub expires_at: OffsetDateTime,
}

/// How long an informational toast stays.
const INFO_LIFETIME: Duration = Duration::seconds(4);

/// How long an error toast stays; longer so that the consultant can read the cause.
const ERROR_LIFETIME: Duration = Duration::seconds(15);

/// Maximum number of toasts kept; older ones are dropped first.
const MAX_TOASTS: usize = 4;

/// The toasts currently shown, newest last.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Toasts {
    items: Vec<Toast>,
}

impl Toasts {
    /// Adds a toast that expires after the lifetime of its level.
    pub fn push(
        &mut self,
        level: ToastLevel,
        message_id: &'static str,
        args: Vec<(&'static str, String)>,
        now: OffsetDateTime,
    ) {
        let lifetime = match level {
            ToastLevel::Info => INFO_LIFETIME,
            ToastLevel::Warning | ToastLevel::Error => ERROR_LIFETIME,
        };
        if self.items.len() == MAX_TOASTS {
            self.items.remove(0);
        }
        self.items.push(Toast {
            message_id,
            args,
            level,
            expires_at: now + lifetime,
        });
    }

    /// Drops the toasts that expired at `now`.
    pub fn expire(&mut self, now: OffsetDateTime) {
        self.items.retain(|toast| toast.expires_at > now);
    }

    /// Drops the toasts with one of `message_ids`, such as notices about a state that ended.
    pub fn dismiss(&mut self, message_ids: &[&str]) {
        self.items
            .retain(|toast| !message_ids.contains(&toast.message_id));
    }

    /// Returns when the next toast expires, so that the loop can wake up to remove it.
    #[must_use]
    pub fn next_expiry(&self) -> Option<OffsetDateTime> {
        self.items.iter().map(|toast| toast.expires_at).min()
    }

    /// Returns the newest toast.
    #[must_use]
    pub fn latest(&self) -> Option<&Toast> {
        self.items.last()
    }

    /// Returns every toast, newest last.
    #[must_use]
    pub fn all(&self) -> &[Toast] {
        &self.items
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn info_toast_expires_after_lifetime() {
        let now = datetime!(2026-12-04 10:00 UTC);
        let mut toasts = Toasts::default();
        toasts.push(ToastLevel::Info, "toast-demo-added", Vec::new(), now);
        toasts.expire(now + Duration::seconds(3));
        assert!(toasts.latest().is_some());
        toasts.expire(now + Duration::seconds(4));
        assert!(toasts.latest().is_none());
    }

    #[test]
    fn dismiss_drops_only_named_toasts() {
        let now = datetime!(2026-12-04 10:00 UTC);
        let mut toasts = Toasts::default();
        toasts.push(ToastLevel::Info, "a", Vec::new(), now);
        toasts.push(ToastLevel::Info, "b", Vec::new(), now);
        toasts.dismiss(&["b"]);
        assert_eq!(toasts.latest().map(|t| t.message_id), Some("a"));
    }

    #[test]
    fn next_expiry_is_the_earliest() {
        let now = datetime!(2026-12-04 10:00 UTC);
        let mut toasts = Toasts::default();
        toasts.push(ToastLevel::Error, "a", Vec::new(), now);
        toasts.push(ToastLevel::Info, "b", Vec::new(), now);
        assert_eq!(toasts.next_expiry(), Some(now + INFO_LIFETIME));
    }

    #[test]
    fn oldest_toast_is_dropped_when_full() {
        let now = datetime!(2026-12-04 10:00 UTC);
        let mut toasts = Toasts::default();
        for id in ["a", "b", "c", "d", "e"] {
            toasts.push(ToastLevel::Info, id, Vec::new(), now);
        }
        assert_eq!(toasts.all().first().map(|t| t.message_id), Some("b"));
    }
}
