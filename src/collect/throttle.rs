//! One controller per Graph and Exchange throttle scope ("lane"): a 429 pauses every request of
//! its lane, the number of requests in flight shrinks when the service reports high usage and
//! grows back slowly (additive increase, multiplicative decrease), and the Conditional Access
//! and identity report endpoints keep to their own fixed rates.

use std::collections::VecDeque;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

/// Usage reported in `x-ms-throttle-limit-percentage` above which the lane slows down.
const HIGH_USAGE: f64 = 0.8;

/// Shortest time between two decreases of a lane's limit, so that the answers to requests
/// already in flight do not halve it again and again.
const DECREASE_SPACING: Duration = Duration::from_secs(1);

/// A group of requests that the service throttles together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lane {
    /// Directory reads of this app in this tenant (`Tenant_Application` scope).
    Graph,
    /// Conditional Access and Identity Protection: 1 request per second per tenant, shared by
    /// every app. Their 429s carry no `Retry-After`.
    ConditionalAccess,
    /// Identity reports: 5 requests per 10 seconds per app and tenant.
    Reports,
    /// Exchange Online's InvokeCommand endpoint, which publishes no limits.
    Exchange,
}

impl Lane {
    const ALL: [Self; 4] = [
        Self::Graph,
        Self::ConditionalAccess,
        Self::Reports,
        Self::Exchange,
    ];

    /// Returns the lane of a Graph request path, such as `/v1.0/reports/...`.
    // NOTE: the lane comes from the path. Only `$batch` reads `x-ms-throttle-scope`: a
    // sub-request's 429 without a scope does not pause the lane.
    pub(crate) fn of_graph_path(path: &str) -> Self {
        let rest = path
            .trim_start_matches('/')
            .split_once('/')
            .map_or("", |(_, rest)| rest);
        if rest.starts_with("identity/conditionalAccess") || rest.starts_with("identityProtection")
        {
            Self::ConditionalAccess
        } else if rest.starts_with("reports/") || rest.starts_with("auditLogs/") {
            Self::Reports
        } else {
            Self::Graph
        }
    }

    fn index(self) -> usize {
        match self {
            Self::Graph => 0,
            Self::ConditionalAccess => 1,
            Self::Reports => 2,
            Self::Exchange => 3,
        }
    }

    /// Returns the fixed rate of the lane: at most `n` requests per window. Each window is a
    /// little longer than the service's, because the service counts from a request's arrival.
    /// A request sent as the client's window ends could arrive early and get a 429, which
    /// costs the reports lane a whole window.
    fn rate(self) -> Option<(usize, Duration)> {
        match self {
            Self::ConditionalAccess => Some((1, Duration::from_millis(1_050))),
            Self::Reports => Some((5, Duration::from_millis(10_300))),
            Self::Graph | Self::Exchange => None,
        }
    }
}

/// The controllers of every lane of one collection run.
pub(crate) struct Throttle {
    lanes: Vec<LaneControl>,
}

struct LaneControl {
    lane: Lane,
    state: Mutex<LaneState>,
    changed: Notify,
}

struct LaneState {
    paused_until: Option<Instant>,
    in_flight: usize,
    limit: f64,
    max: f64,
    recent: VecDeque<Instant>,
    last_decrease: Option<Instant>,
}

/// A request slot of a lane; dropping it frees the slot.
pub(crate) struct Permit<'t> {
    control: &'t LaneControl,
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        let mut state = lock(&self.control.state);
        state.in_flight = state.in_flight.saturating_sub(1);
        drop(state);
        self.control.changed.notify_waiters();
    }
}

impl Throttle {
    /// Creates the controllers; Graph starts with `graph_in_flight` requests at once.
    pub(crate) fn new(graph_in_flight: usize) -> Self {
        let lanes = Lane::ALL
            .into_iter()
            .map(|lane| {
                let max = match lane {
                    Lane::Graph => graph_in_flight.max(1),
                    Lane::Exchange => 4,
                    Lane::ConditionalAccess | Lane::Reports => 1,
                };
                LaneControl {
                    lane,
                    state: Mutex::new(LaneState {
                        paused_until: None,
                        in_flight: 0,
                        limit: max as f64,
                        max: max as f64,
                        recent: VecDeque::new(),
                        last_decrease: None,
                    }),
                    changed: Notify::new(),
                }
            })
            .collect();
        Self { lanes }
    }

    fn control(&self, lane: Lane) -> &LaneControl {
        &self.lanes[lane.index()]
    }

    /// Waits until the lane is not paused, has a free slot and stays within its rate, then
    /// takes the slot. Returns `None` when `cancel` fires first.
    pub(crate) async fn acquire(
        &self,
        lane: Lane,
        cancel: &CancellationToken,
    ) -> Option<Permit<'_>> {
        let control = self.control(lane);
        loop {
            let changed = control.changed.notified();
            let wait = {
                let mut state = lock(&control.state);
                let now = Instant::now();
                match state.admit(control.lane, now) {
                    Ok(()) => return Some(Permit { control }),
                    Err(wait) => wait,
                }
            };
            // A slot freed or a pause changed wakes the waiter; the timeout covers both a pause
            // that ends and a notification that raced with the check above.
            let wait = wait.unwrap_or(Duration::from_millis(250));
            tokio::select! {
                biased;
                () = cancel.cancelled() => return None,
                () = changed => {}
                () = tokio::time::sleep(wait) => {}
            }
        }
    }

    /// Pauses every request of the lane for `wait` after a 429, and slows the lane down.
    pub(crate) fn pause(&self, lane: Lane, wait: Duration) {
        let control = self.control(lane);
        let mut state = lock(&control.state);
        let until = Instant::now() + wait;
        state.paused_until = Some(state.paused_until.map_or(until, |old| old.max(until)));
        state.decrease(Instant::now());
        drop(state);
        control.changed.notify_waiters();
    }

    /// Adjusts the lane after a successful response that reported `usage` (0 to 1).
    pub(crate) fn observe(&self, lane: Lane, usage: Option<f64>) {
        let control = self.control(lane);
        let mut state = lock(&control.state);
        match usage {
            Some(usage) if usage > HIGH_USAGE => state.decrease(Instant::now()),
            _ => state.limit = (state.limit + 1.0 / state.limit.max(1.0)).min(state.max),
        }
    }

    /// Returns the current number of requests the lane lets through at once.
    #[cfg(test)]
    pub(crate) fn limit(&self, lane: Lane) -> f64 {
        lock(&self.control(lane).state).limit
    }
}

impl LaneState {
    /// Takes a slot, or returns how long to wait (`None`: until a slot frees).
    fn admit(&mut self, lane: Lane, now: Instant) -> Result<(), Option<Duration>> {
        if let Some(until) = self.paused_until {
            if until > now {
                return Err(Some(until - now));
            }
            self.paused_until = None;
        }
        if self.in_flight as f64 >= self.limit.floor().max(1.0) {
            return Err(None);
        }
        if let Some((count, window)) = lane.rate() {
            while self
                .recent
                .front()
                .is_some_and(|sent| now.duration_since(*sent) >= window)
            {
                self.recent.pop_front();
            }
            if self.recent.len() >= count {
                let oldest = self.recent.front().copied().unwrap_or(now);
                return Err(Some((oldest + window).saturating_duration_since(now)));
            }
            self.recent.push_back(now);
        }
        self.in_flight += 1;
        Ok(())
    }

    fn decrease(&mut self, now: Instant) {
        if self
            .last_decrease
            .is_some_and(|last| now.duration_since(last) < DECREASE_SPACING)
        {
            return;
        }
        self.last_decrease = Some(now);
        self.limit = (self.limit / 2.0).max(1.0);
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_lanes() {
        assert_eq!(
            Lane::of_graph_path("/v1.0/identity/conditionalAccess/policies"),
            Lane::ConditionalAccess
        );
        assert_eq!(
            Lane::of_graph_path("/v1.0/reports/authenticationMethods/userRegistrationDetails"),
            Lane::Reports
        );
        assert_eq!(Lane::of_graph_path("/v1.0/users"), Lane::Graph);
        assert_eq!(Lane::of_graph_path("/beta/policies/x"), Lane::Graph);
    }

    #[test]
    fn high_usage_halves_the_limit_and_success_regrows_it() {
        let throttle = Throttle::new(16);
        throttle.observe(Lane::Graph, Some(0.93));
        assert!((throttle.limit(Lane::Graph) - 8.0).abs() < f64::EPSILON);
        for _ in 0..200 {
            throttle.observe(Lane::Graph, Some(0.2));
        }
        assert!((throttle.limit(Lane::Graph) - 16.0).abs() < f64::EPSILON);
    }

    #[tokio::test]
    async fn conditional_access_sends_one_request_per_second() {
        let throttle = Throttle::new(8);
        let cancel = CancellationToken::new();
        let started = Instant::now();
        for _ in 0..3 {
            let permit = throttle.acquire(Lane::ConditionalAccess, &cancel).await;
            assert!(permit.is_some());
        }
        assert!(started.elapsed() >= Duration::from_millis(1900));
    }

    #[tokio::test]
    async fn pause_holds_back_the_whole_lane() {
        let throttle = Throttle::new(8);
        let cancel = CancellationToken::new();
        throttle.pause(Lane::Graph, Duration::from_millis(300));
        let started = Instant::now();
        let permit = throttle.acquire(Lane::Graph, &cancel).await;
        assert!(permit.is_some());
        assert!(started.elapsed() >= Duration::from_millis(290));
        let exchange = Instant::now();
        drop(throttle.acquire(Lane::Exchange, &cancel).await);
        assert!(exchange.elapsed() < Duration::from_millis(100));
    }
}
