//! Expectations of a full collection against a simulator: the object count per dataset and
//! the lower bound on collection time.

use std::time::Duration;

use super::SimConfig;
use super::demo::DemoTenant;
use super::graph::{DEFAULT_TOP, MAX_TOP, MAX_TOP_SIGN_IN_ACTIVITY};
use super::scale::{GeneratedTenant, Listing};
use super::throttle::{LimitClass, limit_class, request_cost};
use crate::collect::{Call, dataset_request};
use crate::model::Dataset;

/// Most sub-requests Graph accepts in one `$batch`.
pub const BATCH_SIZE: u64 = 20;

/// Returns the number of objects of every dataset the simulator serves, keyed by dataset key:
/// the generated tenant's where it has the dataset, else the demo tenant's. Per-object datasets
/// count the related objects of all parents. Datasets the simulator does not serve (and the
/// demo tenant's per-object datasets) are left out.
pub fn counts(demo: &DemoTenant, generated: Option<&GeneratedTenant>) -> Vec<(&'static str, u64)> {
    let generated = generated.map_or(&[][..], GeneratedTenant::counts);
    let mut counts = Vec::new();
    for dataset in Dataset::ALL {
        let key = dataset.key();
        if let Some((_, count)) = generated.iter().find(|(k, _)| *k == key) {
            counts.push((key, *count));
            continue;
        }
        let count = match dataset_request(dataset).call {
            Call::Graph { path_and_query } => {
                super::graph::demo_count(demo, graph_path(path_and_query).0)
            }
            Call::Exchange { cmdlet, .. } => super::exchange::demo_count(demo, cmdlet),
            Call::PerObject { path_and_query, .. } => {
                let path = path_and_query.split('?').next().unwrap_or(path_and_query);
                super::per_object::demo_count(demo, path)
            }
        };
        if let Some(count) = count {
            counts.push((key, count));
        }
    }
    counts
}

/// Splits a contract call such as `/v1.0/users?$top=999` into `users` and `$top=999`.
fn graph_path(path_and_query: &str) -> (&str, &str) {
    let (path, query) = path_and_query
        .split_once('?')
        .unwrap_or((path_and_query, ""));
    (path.strip_prefix("/v1.0/").unwrap_or(path), query)
}

/// Lower bound on the time a full collection of a simulator's tenant takes, by cause; see
/// [`lower_bound`].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LowerBound {
    /// Graph requests: list pages plus per-object pages (sub-requests of batches).
    pub graph_requests: u64,
    /// HTTP round trips if per-object pages go in batches of [`BATCH_SIZE`].
    pub round_trips: u64,
    /// Resource units of all Graph requests.
    pub resource_units: u64,
    /// Time the RU budget forces.
    pub budget: Duration,
    /// Time the Conditional Access request limit forces.
    pub conditional_access: Duration,
    /// Time the identity reports request limit forces.
    pub reports: Duration,
    /// Time the latency forces on the longest chain of dependent requests.
    pub latency: Duration,
}

impl LowerBound {
    /// Returns the bound: the largest of its causes, which can overlap in time.
    #[must_use]
    pub fn total(&self) -> Duration {
        self.budget
            .max(self.conditional_access)
            .max(self.reports)
            .max(self.latency)
    }
}

/// Computes the lower bound on collection time for a simulator with `config`, from its own
/// budget, costs, page sizes, limits and latency, for a collector that reads every dataset of
/// the contract the simulator serves (calls exactly as in `collect::spec`, per-object calls in
/// `$batch` requests of [`BATCH_SIZE`]) with unlimited concurrency.
///
/// With `pages(d) = max(1, ceil(count(d) / page(d)))`, where `page(d)` is the call's `$top`
/// (default 100) capped by the configured page size (and by 120 when `signInActivity` is
/// selected), and for per-object datasets the sum of `pages` over the parents (a call without
/// `$top` pages by 100, so adding `$top=999` to a call lowers its bound):
/// - `RU = Σ pages(d) × cost(d)`, cost as in `throttle::request_cost`;
///   `budget = max(0, RU − B) × W / B` with bucket size `B` RU per window `W` (the bucket starts
///   full);
/// - `conditional_access = max(0, n_ca − k_ca) × W_ca / k_ca` for the `n_ca` requests to
///   Conditional Access paths, `k_ca` allowed per window `W_ca`; `reports` likewise;
/// - `latency = L × (chain + 1)`, where `chain` is the most pages one cursor must read one after
///   the other (a list, or one parent's related objects after the parent's first page) and the
///   1 is the token request;
/// - the bound is the largest of the four, since they can overlap. Without the throttling model
///   only `latency` remains. Exchange cmdlets count for latency only.
#[must_use]
pub fn lower_bound(config: &SimConfig) -> LowerBound {
    let demo = DemoTenant::build();
    let generated = config.scale.map(GeneratedTenant::generate);
    let counts = counts(&demo, generated.as_ref());
    let count_of = |key: &str| {
        counts
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, count)| *count)
    };
    let max_page = config.page_size.max(1) as u64;
    let mut totals = Totals::default();
    for dataset in Dataset::ALL {
        let Some(count) = count_of(dataset.key()) else {
            continue;
        };
        match dataset_request(dataset).call {
            Call::Graph { path_and_query } => {
                let (path, query) = graph_path(path_and_query);
                let pages = pages(count, page_of(query, max_page));
                totals.add(pages, request_cost(path, query), limit_class(path, query));
                totals.chain = totals.chain.max(pages);
            }
            Call::PerObject {
                parent,
                path_and_query,
            } => {
                let (path, query) = graph_path(path_and_query);
                let cost = request_cost(&path.replace("{id}", "x"), query);
                let page = page_of(query, max_page);
                let parents = count_of(parent.key()).unwrap_or(0);
                let (requests, longest) =
                    per_object_pages(generated.as_ref(), dataset, parents, count, page);
                totals.add(requests, cost, LimitClass::Directory);
                totals.batched += requests;
                totals.chain = totals.chain.max(longest + 1);
            }
            Call::Exchange { .. } => {
                totals.chain = totals.chain.max(pages(count, max_page));
            }
        }
    }
    totals.finish(config, generated.as_ref())
}

/// Returns the page size of a list call: its `$top` (default 100) capped by `max_page`, and by
/// 120 when it selects `signInActivity`.
fn page_of(query: &str, max_page: u64) -> u64 {
    let top = query
        .split('&')
        .find_map(|pair| pair.strip_prefix("$top="))
        .and_then(|top| top.parse::<u64>().ok())
        .unwrap_or(DEFAULT_TOP as u64);
    let mut page = top.min(max_page).min(MAX_TOP as u64);
    if query.contains("signInActivity") {
        page = page.min(MAX_TOP_SIGN_IN_ACTIVITY as u64);
    }
    page.max(1)
}

/// Returns the number of pages of `count` items at `page` per page, at least 1.
fn pages(count: u64, page: u64) -> u64 {
    count.div_ceil(page.max(1)).max(1)
}

/// Returns (pages over all parents, most pages of one parent) of a per-object dataset.
fn per_object_pages(
    generated: Option<&GeneratedTenant>,
    dataset: Dataset,
    parents: u64,
    total: u64,
    page: u64,
) -> (u64, u64) {
    let relation: Option<fn(u32) -> Listing> = match dataset {
        Dataset::GroupMembers => Some(Listing::GroupMembers),
        Dataset::GroupOwners => Some(Listing::GroupOwners),
        Dataset::ApplicationOwners => Some(Listing::ApplicationOwners),
        Dataset::ServicePrincipalOwners => Some(Listing::ServicePrincipalOwners),
        Dataset::ServicePrincipalAppRoleAssignments => Some(Listing::AppRoleAssignments),
        _ => None,
    };
    match (generated, relation) {
        (Some(tenant), Some(relation)) => {
            let parents = u32::try_from(parents).unwrap_or(u32::MAX);
            (0..parents).fold((0, 0), |(sum, longest), parent| {
                let pages = pages(tenant.len(relation(parent)) as u64, page);
                (sum + pages, longest.max(pages))
            })
        }
        _ => (parents.max(pages(total, page)), pages(total, page)),
    }
}

/// Sums of requests and resource units while [`lower_bound`] walks the datasets.
#[derive(Default)]
struct Totals {
    requests: u64,
    batched: u64,
    resource_units: u64,
    ca_requests: u64,
    report_requests: u64,
    chain: u64,
}

impl Totals {
    fn add(&mut self, requests: u64, cost: u32, class: LimitClass) {
        self.requests += requests;
        self.resource_units += requests * u64::from(cost);
        match class {
            LimitClass::ConditionalAccess => self.ca_requests += requests,
            LimitClass::Reports => self.report_requests += requests,
            LimitClass::Directory => {}
        }
    }

    fn finish(self, config: &SimConfig, generated: Option<&GeneratedTenant>) -> LowerBound {
        let mut bound = LowerBound {
            graph_requests: self.requests,
            round_trips: self.requests - self.batched + self.batched.div_ceil(BATCH_SIZE),
            resource_units: self.resource_units,
            latency: config.latency * u32::try_from(self.chain + 1).unwrap_or(u32::MAX),
            ..LowerBound::default()
        };
        let Some(model) = &config.throttle else {
            return bound;
        };
        let users = generated.map_or(50, |tenant| u64::from(tenant.spec().users));
        let budget = u64::from(model.budget_for(users).max(1));
        let excess = self.resource_units.saturating_sub(budget);
        bound.budget = model.window.mul_f64(excess as f64 / budget as f64);
        bound.conditional_access = over_limit(self.ca_requests, model.ca_requests, model.ca_window);
        bound.reports = over_limit(
            self.report_requests,
            model.reports_requests,
            model.reports_window,
        );
        bound
    }
}

/// Time `requests` take when `allowed` may go per `window`, the first `allowed` at once.
fn over_limit(requests: u64, allowed: u32, window: Duration) -> Duration {
    let allowed = u64::from(allowed.max(1));
    window.mul_f64(requests.saturating_sub(allowed) as f64 / allowed as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::scale::Preset;

    #[test]
    fn large_tenant_is_bounded_by_its_budget() {
        let bound = lower_bound(&SimConfig::preset(Preset::L));
        // 50,000 groups each cost at least 2 RU for members alone: 100,000 RU at 800 RU/s.
        assert!(bound.budget >= Duration::from_secs(120), "{bound:?}");
        assert_eq!(
            bound.total(),
            bound
                .budget
                .max(bound.reports)
                .max(bound.conditional_access)
        );
    }

    #[test]
    fn demo_without_throttling_is_bounded_by_latency_only() {
        let config = SimConfig {
            latency: Duration::from_millis(10),
            ..SimConfig::demo()
        };
        let bound = lower_bound(&config);
        assert_eq!(bound.budget, Duration::ZERO);
        assert!(bound.latency >= Duration::from_millis(20), "{bound:?}");
    }
}
