//! Retry limits, exponential backoff with jitter, and the `Retry-After` header parser.

use std::time::Duration;

use time::OffsetDateTime;
use time::format_description::well_known::Rfc2822;

/// Limits for retries and paging during one collection run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts per request, the first one included.
    pub max_attempts: u32,
    /// Backoff before the second attempt when the service gives no `Retry-After`; it doubles
    /// with each further attempt.
    pub base_delay: Duration,
    /// Upper bound of one backoff wait; a `Retry-After` value is not capped by it.
    pub max_delay: Duration,
    /// Total time one request may spend, waits included; a wait that would pass it ends the
    /// retries instead.
    pub budget: Duration,
    /// Pages read from one dataset before the collector gives up on it.
    pub page_cap: u32,
    /// Timeout of one HTTP exchange, from sending the request to the end of the body.
    pub request_timeout: Duration,
    /// Timeout for opening a connection.
    pub connect_timeout: Duration,
    /// Datasets read at the same time.
    pub datasets_in_flight: usize,
    /// Graph requests in flight at once while usage is low. The collector halves it when
    /// usage passes 80 % or a 429 arrives, and then regrows it slowly.
    pub graph_in_flight: usize,
    /// `$batch` requests of one per-object dataset in flight at once.
    pub batches_in_flight: usize,
}

impl Default for RetryPolicy {
    /// Returns 6 attempts per request, waits from 3 s doubling up to 60 s, and 3 minutes
    /// per request in all; 4 datasets, 16 Graph requests and 8 batches per dataset at once.
    fn default() -> Self {
        Self {
            max_attempts: 6,
            base_delay: Duration::from_secs(3),
            max_delay: Duration::from_secs(60),
            budget: Duration::from_secs(180),
            page_cap: 10_000,
            request_timeout: Duration::from_secs(100),
            connect_timeout: Duration::from_secs(15),
            datasets_in_flight: 4,
            graph_in_flight: 16,
            batches_in_flight: 8,
        }
    }
}

impl RetryPolicy {
    /// Returns the wait before attempt `attempt + 1` after `attempt` failed attempts:
    /// `base_delay * 2^(attempt - 1)`, capped at `max_delay`, of which the upper half is
    /// random so that parallel clients spread out.
    #[must_use]
    pub fn backoff(&self, attempt: u32) -> Duration {
        let exponent = attempt.saturating_sub(1).min(20);
        let full = self
            .base_delay
            .saturating_mul(1 << exponent)
            .min(self.max_delay);
        let half = full / 2;
        half + half.mul_f64(random_fraction())
    }
}

/// Returns a number in `[0, 1)` from the random bits of a version 4 UUID.
fn random_fraction() -> f64 {
    let bits = uuid::Uuid::new_v4().as_u128() >> 75;
    // 53 random bits fill the mantissa of an f64 exactly.
    bits as f64 / (1u64 << 53) as f64
}

/// Parses a `Retry-After` header value into a wait.
///
/// Accepts whole or fractional seconds (`"27"`, `"2.128"`) and an HTTP date
/// (`"Wed, 21 Oct 2026 07:28:00 GMT"`), measured from `now`; a date in the past is a zero
/// wait. Returns `None` for anything else, including negative or non-finite numbers, so the
/// caller falls back to backoff.
#[must_use]
pub fn parse_retry_after(value: &str, now: OffsetDateTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<f64>() {
        return Duration::try_from_secs_f64(seconds).ok();
    }
    let date = OffsetDateTime::parse(value, &Rfc2822).ok()?;
    let wait = date - now;
    Some(Duration::try_from(wait).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-10-21 07:27:30 UTC);

    #[test]
    fn retry_after_whole_seconds() {
        assert_eq!(parse_retry_after("27", NOW), Some(Duration::from_secs(27)));
    }

    #[test]
    fn retry_after_fractional_seconds() {
        assert_eq!(
            parse_retry_after("2.128", NOW),
            Some(Duration::from_millis(2128))
        );
    }

    #[test]
    fn retry_after_http_date() {
        let wait = parse_retry_after("Wed, 21 Oct 2026 07:28:00 GMT", NOW);
        assert_eq!(wait, Some(Duration::from_secs(30)));
    }

    #[test]
    fn retry_after_past_date_is_zero() {
        let wait = parse_retry_after("Wed, 21 Oct 2026 07:00:00 GMT", NOW);
        assert_eq!(wait, Some(Duration::ZERO));
    }

    #[test]
    fn retry_after_garbage_is_none() {
        for garbage in ["", "soon", "-1", "NaN", "inf", "1e400", "12 seconds"] {
            assert_eq!(parse_retry_after(garbage, NOW), None, "{garbage:?}");
        }
    }

    #[test]
    fn backoff_doubles_within_jitter() {
        let policy = RetryPolicy {
            base_delay: Duration::from_secs(2),
            ..RetryPolicy::default()
        };
        let third = policy.backoff(3);
        assert!(third >= Duration::from_secs(4), "{third:?}");
        assert!(third <= Duration::from_secs(8), "{third:?}");
    }

    #[test]
    fn backoff_stays_below_max_delay() {
        let policy = RetryPolicy::default();
        let wait = policy.backoff(30);
        assert!(wait <= policy.max_delay, "{wait:?}");
    }
}
