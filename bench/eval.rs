//! Benchmark: evaluates the whole check catalogue over the latest assessment of a tenant, several
//! times, and prints every run, the median and the 2 s target, then the process's peak memory.
//!
//!   cargo run --release --example eval_bench -- HOME TENANT [RUNS]
//!
//! HOME is a cray home (`--home`) whose key storage needs no prompt (`CRAY_KEY_STORAGE=keyfile`).
//! Loading and decrypting the datasets is timed apart from the evaluation.

use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use cray::model::TenantName;
use cray::paths::Paths;
use cray::store::Store as _;
use cray::workspace::Workspace;

/// Evaluation time the catalogue must stay under on a 100k-user tenant.
const TARGET: Duration = Duration::from_secs(2);

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (home, tenant, runs) = match args.as_slice() {
        [home, tenant] => (home, tenant, 3),
        [home, tenant, runs] => (home, tenant, runs.parse().context("RUNS is a number")?),
        _ => bail!("usage: eval_bench HOME TENANT [RUNS]"),
    };
    let workspace = Workspace::open(Paths::under(std::path::Path::new(home)))?;
    let name = TenantName::new(tenant)?;
    let store = workspace.store(&name)?;
    let assessment = workspace
        .latest_evaluated(&name)?
        .context("the tenant has no evaluated assessment; collect it first")?;
    let loading = Instant::now();
    let records = store.datasets(assessment.id)?;
    let load_time = loading.elapsed();
    let objects: usize = records.iter().map(|record| record.objects.len()).sum();
    println!(
        "evaluating {} checks over {} datasets with {objects} objects (loaded in {:.2} s)",
        workspace.catalogue().checks().len(),
        records.len(),
        load_time.as_secs_f64()
    );
    let mut times = Vec::with_capacity(runs);
    for run in 1..=runs {
        let start = Instant::now();
        let results = workspace.catalogue().evaluate(&records);
        let elapsed = start.elapsed();
        println!(
            "run {run}: {:.3} s, {} results",
            elapsed.as_secs_f64(),
            results.len()
        );
        times.push(elapsed);
    }
    times.sort();
    let median = times[times.len() / 2];
    println!(
        "RESULT eval_seconds={:.3} target_seconds={:.1} ratio={:.2} objects={objects} peak_mb={:.0}",
        median.as_secs_f64(),
        TARGET.as_secs_f64(),
        median.as_secs_f64() / TARGET.as_secs_f64(),
        peak_mb()
    );
    Ok(())
}

/// Returns this process's peak resident memory in MB, from `/proc/self/status`.
fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("VmHWM:"))
                .and_then(|rest| {
                    rest.trim()
                        .trim_end_matches("kB")
                        .trim()
                        .parse::<f64>()
                        .ok()
                })
        })
        .map_or(0.0, |kb| kb / 1024.0)
}
