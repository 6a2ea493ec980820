//! Shared server state: settings, demo data, issued tokens, fault counters and the request log.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Mutex, MutexGuard, PoisonError};

use super::SimConfig;
use super::auth::{AuthState, IssuedToken};
use super::demo::DemoTenant;
use super::scale::GeneratedTenant;
use super::throttle::Throttle;

/// One request as the simulator saw and answered it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordedRequest {
    /// HTTP method, for example `GET`.
    pub method: String,
    /// Path and query string as sent, for example `/v1.0/users?$top=999`.
    pub path_and_query: String,
    /// Whether the request carried an `Authorization: Bearer` header.
    pub has_bearer: bool,
    /// HTTP status code of the response.
    pub status: u16,
}

/// State shared by all handlers of one simulator.
pub struct SimState {
    /// Bound address, used for absolute `@odata.nextLink` and `@odata.context` URLs.
    pub addr: SocketAddr,
    /// Settings the simulator was started with.
    pub config: SimConfig,
    /// The demo tenant's data.
    pub tenant: DemoTenant,
    /// The generated tenant that replaces the demo's large datasets, if configured.
    pub generated: Option<GeneratedTenant>,
    /// Graph's throttling state, if the model is on.
    pub throttle: Option<Throttle>,
    /// Number of requests the random fault mix has decided on so far.
    pub fault_draws: std::sync::atomic::AtomicU64,
    /// Sign-in state: assertion ids seen, device codes, refresh tokens.
    pub auth: AuthState,
    tokens: Mutex<HashMap<String, IssuedToken>>,
    fault_hits: Mutex<Vec<u32>>,
    requests: Mutex<Vec<RecordedRequest>>,
}

impl SimState {
    /// Creates the state for a server bound to `addr`.
    pub fn new(addr: SocketAddr, config: SimConfig) -> Self {
        let fault_hits = vec![0; config.faults.len()];
        let generated = config.scale.map(GeneratedTenant::generate);
        let users = generated
            .as_ref()
            .map_or(DEMO_USERS, |tenant| u64::from(tenant.spec().users));
        let throttle = config
            .throttle
            .as_ref()
            .map(|model| Throttle::new(model, users));
        Self {
            addr,
            config,
            tenant: DemoTenant::build(),
            generated,
            throttle,
            fault_draws: std::sync::atomic::AtomicU64::new(0),
            auth: AuthState::default(),
            tokens: Mutex::new(HashMap::new()),
            fault_hits: Mutex::new(fault_hits),
            requests: Mutex::new(Vec::new()),
        }
    }

    /// Returns the number of objects of every dataset this simulator serves, keyed by dataset
    /// key.
    pub fn expected_counts(&self) -> Vec<(&'static str, u64)> {
        super::expect::counts(&self.tenant, self.generated.as_ref())
    }

    /// Returns the base URL clients use, such as `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Remembers a token this simulator issued.
    pub fn remember_token(&self, token: String, issued: IssuedToken) {
        lock(&self.tokens).insert(token, issued);
    }

    /// Returns every access token this simulator issued.
    pub fn issued_tokens(&self) -> Vec<String> {
        lock(&self.tokens).keys().cloned().collect()
    }

    /// Looks up a token this simulator issued.
    pub fn issued_token(&self, token: &str) -> Option<IssuedToken> {
        lock(&self.tokens).get(token).cloned()
    }

    /// Counts one request against fault `index` and returns how many it has seen, this one
    /// included.
    pub fn count_fault_hit(&self, index: usize) -> u32 {
        let mut hits = lock(&self.fault_hits);
        match hits.get_mut(index) {
            Some(seen) => {
                *seen = seen.saturating_add(1);
                *seen
            }
            None => u32::MAX,
        }
    }

    /// Appends a request to the log.
    pub fn record(&self, request: RecordedRequest) {
        lock(&self.requests).push(request);
    }

    /// Returns a copy of the request log.
    pub fn recorded(&self) -> Vec<RecordedRequest> {
        lock(&self.requests).clone()
    }
}

/// Number of users of the demo tenant, which sets its throttling budget.
const DEMO_USERS: u64 = 50;

/// Locks a mutex; a panic in another handler leaves plain data behind, so poisoning is ignored.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
