//! `cray simulate`: its flags and the simulator settings they make.

use std::io::{self, Write as _};
use std::net::SocketAddr;
use std::time::Duration;

use anyhow::Context as _;
use clap::{Args, ValueEnum};

use crate::sim::{self, FaultMix, Preset, SimConfig, ThrottleModel};

/// Flags of `cray simulate`.
#[derive(Debug, Args)]
pub struct SimulateArgs {
    /// Loopback address to listen on, for example 127.0.0.1:8443.
    #[arg(long, value_name = "ADDR")]
    pub listen: SocketAddr,
    /// Tenant size: demo (the built-in "Contoso demo"), S (a few hundred users), M (about
    /// 10,000 users) or L (100,000 users, 50,000 groups, 5,000 apps, 500 CA policies). S, M and
    /// L turn Graph's throttling model on.
    #[arg(long, value_name = "SIZE", default_value = "demo")]
    pub scale: Preset,
    /// Number of users of a generated tenant (overrides the size's).
    #[arg(long, value_name = "N")]
    pub users: Option<u32>,
    /// Number of groups of a generated tenant.
    #[arg(long, value_name = "N")]
    pub groups: Option<u32>,
    /// Number of application registrations of a generated tenant (each with a service
    /// principal).
    #[arg(long, value_name = "N")]
    pub apps: Option<u32>,
    /// Number of Conditional Access policies of a generated tenant.
    #[arg(long, value_name = "N")]
    pub ca_policies: Option<u32>,
    /// Seed of the generated tenant and of random faults.
    #[arg(long, value_name = "N", default_value_t = sim::DEFAULT_SEED)]
    pub seed: u64,
    /// Throttling model: graph (Graph's documented limits) or off. Default: graph for S, M and
    /// L, off for the demo tenant.
    #[arg(long, value_enum, value_name = "MODEL")]
    pub throttle: Option<ThrottleChoice>,
    /// Random faults as KIND=RATE pairs, for example 429=0.05,503=0.05,reset=0.01,truncate=0.01
    /// (kinds: 429, 500, 502, 503, 504, reset, truncate).
    #[arg(long, value_name = "SPEC")]
    pub faults: Option<FaultMix>,
    /// Delay in milliseconds added to every response.
    #[arg(long, value_name = "MS", default_value_t = 0)]
    pub latency_ms: u64,
}

/// Values of `--throttle`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ThrottleChoice {
    /// Graph's documented limits.
    Graph,
    /// No throttling.
    Off,
}

impl SimulateArgs {
    /// Returns the simulator settings the flags ask for.
    #[must_use]
    pub fn config(&self) -> SimConfig {
        let mut config = SimConfig::preset(self.scale);
        let custom = self.users.is_some()
            || self.groups.is_some()
            || self.apps.is_some()
            || self.ca_policies.is_some();
        let base = if custom {
            config.scale.or(Preset::S.spec())
        } else {
            config.scale
        };
        if let Some(mut spec) = base {
            spec.users = self.users.unwrap_or(spec.users);
            spec.groups = self.groups.unwrap_or(spec.groups);
            spec.applications = self.apps.unwrap_or(spec.applications);
            spec.ca_policies = self.ca_policies.unwrap_or(spec.ca_policies);
            spec.seed = self.seed;
            config.scale = Some(spec);
            config.page_size = config.page_size.max(999);
        }
        match self.throttle {
            Some(ThrottleChoice::Graph) => config.throttle = Some(ThrottleModel::graph()),
            Some(ThrottleChoice::Off) => config.throttle = None,
            None => {}
        }
        config.random_faults = self.faults.clone().map(|mix| FaultMix {
            seed: self.seed,
            ..mix
        });
        config.latency = Duration::from_millis(self.latency_ms);
        config
    }
}

/// Runs `cray simulate` until Ctrl-C.
pub async fn run(args: SimulateArgs) -> anyhow::Result<()> {
    let config = args.config();
    let started = std::time::Instant::now();
    let running = sim::start(args.listen, config.clone()).await?;
    let ready = started.elapsed();
    let base = running.base_url();
    println!(
        "Simulating tenant {} on {base} (Ctrl-C stops)",
        sim::DEMO_DISPLAY_NAME
    );
    println!("  tenant id     {}", sim::DEMO_TENANT_ID);
    println!("  client id     {}", sim::DEMO_CLIENT_ID);
    println!("  client secret {}", sim::DEMO_CLIENT_SECRET);
    if let Some(spec) = config.scale {
        println!(
            "  generated     {} users, {} groups, {} apps, {} CA policies (seed {}) in {} ms",
            spec.users,
            spec.groups,
            spec.applications,
            spec.ca_policies,
            spec.seed,
            ready.as_millis()
        );
    }
    let throttle = if config.throttle.is_some() {
        "graph"
    } else {
        "off"
    };
    println!("  throttling    {throttle}; expected counts at {base}/_sim/counts");
    let bound = sim::lower_bound(&config);
    println!(
        "  lower bound   {:.1} s to collect everything (RU budget {:.1} s, Conditional Access \
         {:.1} s, reports {:.1} s, latency {:.1} s; {} Graph requests, {} RU)",
        bound.total().as_secs_f64(),
        bound.budget.as_secs_f64(),
        bound.conditional_access.as_secs_f64(),
        bound.reports.as_secs_f64(),
        bound.latency.as_secs_f64(),
        bound.graph_requests,
        bound.resource_units,
    );
    println!(
        "Point a tenant at it with --login-url {base} --graph-url {base} --exchange-url {base}"
    );
    io::stdout().flush()?;
    let stopped = tokio::signal::ctrl_c().await;
    running.shutdown().await;
    stopped.context("waiting for Ctrl-C failed")
}
