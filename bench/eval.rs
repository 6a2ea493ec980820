//! Benchmark: evaluates the whole check catalogue over the latest assessment of a tenant, several
//! times, and prints every run, the median and the 2 s target, then the process's peak memory.
//!
//!   cargo run --release --example eval_bench -- HOME TENANT [RUNS] [COUNTS_URL]
//!
//! HOME is a cray home (`--home`) whose key storage needs no prompt (`CRAY_KEY_STORAGE=keyfile`).
//! Loading and decrypting the datasets is timed apart from the evaluation. With COUNTS_URL (a
//! simulator's `/_sim/counts`) it first compares the stored object count of every dataset with
//! the simulator's and prints each difference.

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
    let (home, tenant, runs, counts_url) = match args.as_slice() {
        [home, tenant] => (home, tenant, 3, None),
        [home, tenant, runs] => (
            home,
            tenant,
            runs.parse().context("RUNS is a number")?,
            None,
        ),
        [home, tenant, runs, url] => (
            home,
            tenant,
            runs.parse().context("RUNS is a number")?,
            Some(url),
        ),
        _ => bail!("usage: eval_bench HOME TENANT [RUNS] [COUNTS_URL]"),
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
    if let Some(url) = counts_url {
        compare_counts(url, &records)?;
    }
    // CRAY_EVAL_CHECKS names a checks directory to evaluate instead of the built-in
    // catalogue, so a rewritten rule can be timed without a rebuild.
    let from_dir = match std::env::var_os("CRAY_EVAL_CHECKS") {
        Some(dir) => Some(cray::check::Catalogue::from_dir(std::path::Path::new(
            &dir,
        ))?),
        None => None,
    };
    let catalogue = from_dir.as_ref().unwrap_or(workspace.catalogue());
    let mut times = Vec::with_capacity(runs);
    let mut slowest = Vec::new();
    for run in 1..=runs {
        let start = Instant::now();
        let (results, per_check) = catalogue.evaluate_timed(&records);
        let elapsed = start.elapsed();
        slowest = per_check;
        println!(
            "run {run}: {:.3} s, {} results",
            elapsed.as_secs_f64(),
            results.len()
        );
        times.push(elapsed);
    }
    slowest.sort_by_key(|(_, time)| std::cmp::Reverse(*time));
    for (id, time) in slowest.iter().take(8) {
        println!(
            "  slowest in the last run: {id} {:.3} s",
            time.as_secs_f64()
        );
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

/// Prints whether every dataset contains exactly as many objects as the simulator serves.
fn compare_counts(url: &str, records: &[cray::model::DatasetRecord]) -> Result<()> {
    let runtime = tokio::runtime::Runtime::new()?;
    let expected: serde_json::Value =
        runtime.block_on(async { reqwest::get(url).await?.json().await })?;
    let mut differences = 0;
    let mut checked = 0;
    for record in records {
        let Some(want) = expected_count(&expected, record.dataset.key()) else {
            continue;
        };
        checked += 1;
        let have = record.objects.len() as u64;
        if have != want || !record.is_complete() {
            differences += 1;
            println!(
                "count differs: {} stored {have} (complete: {}), simulator {want}",
                record.dataset,
                record.is_complete()
            );
        }
    }
    println!("RESULT counts_checked={checked} counts_differing={differences}");
    Ok(())
}

/// Reads one dataset's count from the simulator's answer, an object or an array of pairs.
fn expected_count(expected: &serde_json::Value, key: &str) -> Option<u64> {
    if let Some(count) = expected.get(key).and_then(serde_json::Value::as_u64) {
        return Some(count);
    }
    expected
        .get("counts")
        .and_then(|counts| expected_count(counts, key))
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
