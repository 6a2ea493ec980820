//! Microsoft Graph's throttling model, as a layer over every Graph request (sub-requests of
//! `$batch` included, since they are dispatched through the same router):
//! - a resource-unit (RU) token bucket per app and tenant, refilled continuously, whose size per
//!   window follows the tenant's user count (under 50 users 3,500 RU, 50 to 500 users 5,000 RU,
//!   more 8,000 RU per 10 s); each request costs RU by path and query (see [`request_cost`]);
//!   every response carries `x-ms-resource-unit`, and `x-ms-throttle-limit-percentage` once
//!   usage passes 0.8; an empty bucket answers 429 with `Retry-After` in seconds and
//!   `x-ms-throttle-scope`;
//! - Conditional Access (`identity/conditionalAccess/*`): 1 request per second per tenant,
//!   answered with 429 **without** `Retry-After` beyond that;
//! - identity reports (`reports/*`, `auditLogs/*`, users with `signInActivity`): 5 requests per
//!   10 s, 429 with `Retry-After` beyond that.
//!
//! Budget and windows are settings of [`ThrottleModel`], so tests can use a small bucket.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Request, State};
use axum::http::header::RETRY_AFTER;
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

use super::graph::graph_error;
use super::state::{SimState, lock};

/// Scope Graph names on a 429 of the per-app-and-tenant bucket.
pub const THROTTLE_SCOPE: &str = "Tenant_Application/Read";

/// Usage share above which responses carry `x-ms-throttle-limit-percentage`.
const REPORT_USAGE_ABOVE: f64 = 0.8;

/// Settings of the throttling model.
#[derive(Clone, Debug, PartialEq)]
pub struct ThrottleModel {
    /// RU per window; `None` = by tenant size, as Graph documents it.
    pub budget: Option<u32>,
    /// Window of the RU budget (Graph: 10 s).
    pub window: Duration,
    /// Conditional Access requests allowed per `ca_window` (Graph: 1).
    pub ca_requests: u32,
    /// Window of the Conditional Access limit (Graph: 1 s).
    pub ca_window: Duration,
    /// Identity report requests allowed per `reports_window` (Graph: 5).
    pub reports_requests: u32,
    /// Window of the identity reports limit (Graph: 10 s).
    pub reports_window: Duration,
}

impl ThrottleModel {
    /// Returns Graph's documented limits.
    #[must_use]
    pub fn graph() -> Self {
        Self {
            budget: None,
            window: Duration::from_secs(10),
            ca_requests: 1,
            ca_window: Duration::from_secs(1),
            reports_requests: 5,
            reports_window: Duration::from_secs(10),
        }
    }

    /// Returns the RU budget per window for a tenant with this many users.
    #[must_use]
    pub fn budget_for(&self, users: u64) -> u32 {
        self.budget.unwrap_or(match users {
            0..50 => 3_500,
            50..=500 => 5_000,
            _ => 8_000,
        })
    }
}

/// Which limit a request falls under besides the RU bucket.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitClass {
    /// Only the RU bucket.
    Directory,
    /// Conditional Access: requests per second per tenant, 429 without `Retry-After`.
    ConditionalAccess,
    /// Identity reports: requests per 10 s.
    Reports,
}

/// Returns the limit class of a Graph path (below `/v1.0/`) and query.
#[must_use]
pub fn limit_class(path: &str, query: &str) -> LimitClass {
    if path.starts_with("identity/conditionalAccess/") {
        LimitClass::ConditionalAccess
    } else if path.starts_with("reports/")
        || path.starts_with("auditLogs/")
        || (path.starts_with("users") && query.contains("signInActivity"))
    {
        LimitClass::Reports
    } else {
        LimitClass::Directory
    }
}

/// Returns the RU cost of a GET of `path` (below `/v1.0/`) with this query string.
///
/// Base cost 2 for `users`, `applications`, `oauth2PermissionGrants` and
/// `servicePrincipals/{id}/appRoleAssignments`; 3 for `groups/{id}/members` and
/// `subscribedSkus`; 5 for `transitiveMembers`; else 1. Then `$select` −1, `$expand` +1,
/// `$top` under 20 −1, and at least 1.
#[must_use]
pub fn request_cost(path: &str, query: &str) -> u32 {
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    let base: i32 = match segments.as_slice() {
        [.., "transitiveMembers"] => 5,
        ["groups", _, "members"] | ["subscribedSkus"] => 3,
        ["users" | "applications" | "oauth2PermissionGrants"]
        | ["users" | "applications" | "oauth2PermissionGrants", _]
        | ["servicePrincipals", _, "appRoleAssignments"] => 2,
        _ => 1,
    };
    let mut cost = base;
    for pair in query.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "$select" | "%24select" => cost -= 1,
            "$expand" | "%24expand" => cost += 1,
            "$top" | "%24top" if value.parse::<u32>().is_ok_and(|top| top < 20) => cost -= 1,
            _ => {}
        }
    }
    u32::try_from(cost.max(1)).unwrap_or(1)
}

/// Live throttling state of one simulator.
pub struct Throttle {
    model: ThrottleModel,
    capacity: f64,
    state: Mutex<Buckets>,
}

/// The RU bucket and the request windows of the two per-request limits.
struct Buckets {
    tokens: f64,
    refilled: Instant,
    ca: VecDeque<Instant>,
    reports: VecDeque<Instant>,
}

/// Outcome of admitting one request.
enum Admission {
    /// Served; usage share of the bucket after this request.
    Allowed { usage: f64 },
    /// RU bucket empty: retry after this many seconds.
    Bucket { retry_after: u64 },
    /// Conditional Access limit reached.
    ConditionalAccess,
    /// Reports limit reached: retry after this many seconds.
    Reports { retry_after: u64 },
}

impl Throttle {
    /// Creates a full bucket for a tenant with this many users.
    pub fn new(model: &ThrottleModel, users: u64) -> Self {
        let capacity = f64::from(model.budget_for(users).max(1));
        Self {
            model: model.clone(),
            capacity,
            state: Mutex::new(Buckets {
                tokens: capacity,
                refilled: Instant::now(),
                ca: VecDeque::new(),
                reports: VecDeque::new(),
            }),
        }
    }

    /// Checks the limits for a request of `cost` RU in `class` and charges it if allowed.
    fn admit(&self, cost: u32, class: LimitClass) -> Admission {
        let now = Instant::now();
        let mut buckets = lock(&self.state);
        let rate = self.capacity / self.model.window.as_secs_f64().max(0.001);
        let elapsed = now.duration_since(buckets.refilled).as_secs_f64();
        buckets.tokens = (buckets.tokens + elapsed * rate).min(self.capacity);
        buckets.refilled = now;
        match class {
            LimitClass::ConditionalAccess => {
                if window_full(
                    &mut buckets.ca,
                    now,
                    self.model.ca_window,
                    self.model.ca_requests,
                )
                .is_some()
                {
                    return Admission::ConditionalAccess;
                }
            }
            LimitClass::Reports => {
                let (window, allowed) = (self.model.reports_window, self.model.reports_requests);
                if let Some(wait) = window_full(&mut buckets.reports, now, window, allowed) {
                    return Admission::Reports {
                        retry_after: whole_seconds(wait),
                    };
                }
            }
            LimitClass::Directory => {}
        }
        let cost = f64::from(cost);
        if buckets.tokens < cost {
            let wait = (cost - buckets.tokens) / rate;
            return Admission::Bucket {
                retry_after: whole_seconds(Duration::from_secs_f64(wait)),
            };
        }
        buckets.tokens -= cost;
        match class {
            LimitClass::ConditionalAccess => buckets.ca.push_back(now),
            LimitClass::Reports => buckets.reports.push_back(now),
            LimitClass::Directory => {}
        }
        Admission::Allowed {
            usage: 1.0 - buckets.tokens / self.capacity,
        }
    }
}

/// Drops entries older than `window`; returns how long until a slot frees if `allowed` are
/// already taken, `None` if one is free.
fn window_full(
    entries: &mut VecDeque<Instant>,
    now: Instant,
    window: Duration,
    allowed: u32,
) -> Option<Duration> {
    while entries
        .front()
        .is_some_and(|at| now.duration_since(*at) >= window)
    {
        entries.pop_front();
    }
    if entries.len() < allowed as usize {
        return None;
    }
    let oldest = entries.front().copied().unwrap_or(now);
    Some(window.saturating_sub(now.duration_since(oldest)))
}

/// Rounds a wait up to whole seconds, at least 1.
fn whole_seconds(wait: Duration) -> u64 {
    (wait.as_secs_f64().ceil() as u64).max(1)
}

/// Applies the throttling model to Graph requests; passes everything else on unchanged.
pub async fn limit(State(state): State<Arc<SimState>>, request: Request, next: Next) -> Response {
    let Some(throttle) = state.throttle.as_ref() else {
        return next.run(request).await;
    };
    let Some(path) = graph_path(request.uri().path()).map(str::to_owned) else {
        return next.run(request).await;
    };
    let query = request.uri().query().unwrap_or_default();
    let cost = request_cost(&path, query);
    let class = limit_class(&path, query);
    let mut response = match throttle.admit(cost, class) {
        Admission::Allowed { usage } => {
            let mut response = next.run(request).await;
            if usage > REPORT_USAGE_ABOVE {
                insert(
                    &mut response,
                    "x-ms-throttle-limit-percentage",
                    &format!("{usage:.2}"),
                );
            }
            response
        }
        Admission::Bucket { retry_after } => {
            let mut response = too_many_requests();
            insert(
                &mut response,
                RETRY_AFTER.as_str(),
                &retry_after.to_string(),
            );
            insert(&mut response, "x-ms-throttle-scope", THROTTLE_SCOPE);
            response
        }
        Admission::ConditionalAccess => too_many_requests(),
        Admission::Reports { retry_after } => {
            let mut response = too_many_requests();
            insert(
                &mut response,
                RETRY_AFTER.as_str(),
                &retry_after.to_string(),
            );
            response
        }
    };
    if response.status() == StatusCode::TOO_MANY_REQUESTS {
        tracing::debug!(%path, cost, "throttled");
    }
    insert(&mut response, "x-ms-resource-unit", &cost.to_string());
    response
}

/// Returns the path below the Graph version segment, or `None` for non-Graph paths and the
/// `$batch` envelope (its sub-requests are charged one by one).
fn graph_path(path: &str) -> Option<&str> {
    let rest = path
        .strip_prefix("/v1.0/")
        .or_else(|| path.strip_prefix("/beta/"))?;
    (rest != "$batch").then_some(rest)
}

/// Graph's 429 body.
fn too_many_requests() -> Response {
    graph_error(
        StatusCode::TOO_MANY_REQUESTS,
        "TooManyRequests",
        "Too many requests.",
    )
}

/// Sets a header whose value is known to be valid ASCII.
fn insert(response: &mut Response, name: &'static str, value: &str) {
    if let Ok(value) = HeaderValue::from_str(value) {
        response.headers_mut().insert(name, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn costs_follow_the_documented_table() {
        assert_eq!(request_cost("users", ""), 2);
        assert_eq!(request_cost("users", "$select=id&$top=999"), 1);
        assert_eq!(request_cost("groups/abc/members", "$select=id"), 2);
        assert_eq!(request_cost("groups/abc/transitiveMembers", ""), 5);
        assert_eq!(request_cost("subscribedSkus", ""), 3);
        assert_eq!(
            request_cost("servicePrincipals/x/appRoleAssignments", ""),
            2
        );
        assert_eq!(request_cost("domains", "$select=id&$top=5"), 1);
        assert_eq!(request_cost("groups", "$expand=members"), 2);
    }

    #[test]
    fn budget_follows_tenant_size() {
        let model = ThrottleModel::graph();
        assert_eq!(model.budget_for(49), 3_500);
        assert_eq!(model.budget_for(50), 5_000);
        assert_eq!(model.budget_for(500), 5_000);
        assert_eq!(model.budget_for(100_000), 8_000);
    }

    #[test]
    fn classes_by_path() {
        assert_eq!(
            limit_class("identity/conditionalAccess/policies", ""),
            LimitClass::ConditionalAccess
        );
        assert_eq!(
            limit_class("users", "$select=id,signInActivity"),
            LimitClass::Reports
        );
        assert_eq!(
            limit_class("reports/authenticationMethods/userRegistrationDetails", ""),
            LimitClass::Reports
        );
        assert_eq!(limit_class("users", "$select=id"), LimitClass::Directory);
    }

    #[test]
    fn empty_bucket_names_a_wait() {
        let model = ThrottleModel {
            budget: Some(4),
            ..ThrottleModel::graph()
        };
        let throttle = Throttle::new(&model, 10);
        assert!(matches!(
            throttle.admit(2, LimitClass::Directory),
            Admission::Allowed { .. }
        ));
        assert!(matches!(
            throttle.admit(2, LimitClass::Directory),
            Admission::Allowed { .. }
        ));
        assert!(matches!(
            throttle.admit(2, LimitClass::Directory),
            Admission::Bucket { retry_after: 5 | 6 }
        ));
    }
}
