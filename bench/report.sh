#!/usr/bin/env bash
# Measures the PDF report of 500 findings with 10,000 affected objects and prints the median
# of several runs against the 3 s target.
#
#   bench/report.sh [RUNS] [--release]
#
# Without --release it uses the dev profile, in which Cargo.toml optimizes genpdf and its PDF
# crates at opt-level 2. The page count is printed when pdfinfo is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-5}"
profile=()
[ "${2:-}" = "--release" ] && profile=(--release)
cargo run --quiet "${profile[@]}" --example report_bench -- "$runs"
