#!/usr/bin/env bash
# Runs every benchmark of cray in one go and prints each figure next to its target:
#   - collection of the simulator's S, M and L tenants with Graph's throttling model and latency
#     on, against the lower bound the simulator computes from its own budget, and against a
#     naive collector (one cursor, one request per object, no $batch);
#   - check evaluation over each collected snapshot;
#   - a PDF report of 500 findings;
#   - one TUI frame with 100k affected objects, a keystroke and a cold start with 50 tenants;
#   - peak memory of each step.
#
#   bash bench/run.sh
#
# Settings, from the environment: CRAY_BENCH_SCALES (default "s m l"), CRAY_BENCH_LATENCY_MS
# (default 50), CRAY_BENCH_NAIVE_SECONDS (default 60: the naive collector stops after that long
# and its full time is projected from the share it got through). Everything runs on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."

scales="${CRAY_BENCH_SCALES:-s m l}"
latency="${CRAY_BENCH_LATENCY_MS:-50}"
naive_seconds="${CRAY_BENCH_NAIVE_SECONDS:-60}"

echo "building release binaries"
tui_example=()
grep -q '^name = "tui_bench"' Cargo.toml && tui_example=(--example tui_bench)
cargo build --release --locked --quiet --bin cray \
  --example naive_collect --example eval_bench --example report_bench "${tui_example[@]}"

bin=target/release/cray
examples=target/release/examples
work=$(mktemp -d)
sim_pid=""
cleanup() {
  [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

export CRAY_KEY_STORAGE=keyfile
export CRAY_BENCH_SECRET="cray-demo-secret-not-a-real-secret"
export CRAY_NAIVE_SECRET="$CRAY_BENCH_SECRET"
tenant_id="7d3a2f4e-9c1b-4e8a-b5d6-3f0c2a9e1b47"
client_id="c0ffee00-c4a7-4d3e-9b1a-5e6f7a8b9c0d"

# Figures collected for the summary: "name|value|target|ratio" lines.
summary=()
add() { summary+=("$1|$2|$3|$4"); }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
field() { sed -n "s/^\(.* \)\{0,1\}$1=\([^ ]*\).*/\2/p" "$2" | tail -1; }

# Starts the simulator at scale $1 and sets $base and $bound (seconds).
start_sim() {
  "$bin" simulate --listen 127.0.0.1:0 --scale "$1" --throttle graph --latency-ms "$latency" \
    >"$work/sim.out" 2>"$work/sim.err" &
  sim_pid=$!
  base=""
  for _ in $(seq 1 600); do
    base=$(sed -n 's/.* on \(http:[^ ]*\).*/\1/p' "$work/sim.out" | head -1)
    [ -n "$base" ] && break
    kill -0 "$sim_pid" 2>/dev/null || { cat "$work/sim.err"; exit 1; }
    sleep 0.1
  done
  [ -n "$base" ] || { echo "the simulator did not start"; exit 1; }
  bound=$(sed -n 's/.*lower bound *\([0-9.]*\) s.*/\1/p' "$work/sim.out" | head -1)
  grep -E "generated|lower bound" "$work/sim.out" | sed 's/^ */  /'
}

stop_sim() {
  kill "$sim_pid" 2>/dev/null || true
  wait "$sim_pid" 2>/dev/null || true
  sim_pid=""
}

for scale in $scales; do
  upper=$(echo "$scale" | tr '[:lower:]' '[:upper:]')
  echo
  echo "== tenant $upper =="
  start_sim "$scale"
  home="$work/home-$scale"
  "$bin" --home "$home" tenant add --name "bench-$scale" --display-name "Bench $upper" \
    --tenant-id "$tenant_id" --client-id "$client_id" --secret-env CRAY_BENCH_SECRET \
    --login-url "$base" --graph-url "$base" --exchange-url "$base" >/dev/null
  PEAK_MARK="evaluating the checks" bench/peak.sh "$work/collect.txt" "$bin" --home "$home" \
    collect "bench-$scale" >"$work/collect.log" 2>&1 || { tail -20 "$work/collect.log"; exit 1; }
  # The collection ends when cray prints "evaluating the checks"; the evaluation that follows
  # is timed apart below.
  seconds=$(field mark_seconds "$work/collect.txt")
  peak=$(field mark_peak_mb "$work/collect.txt")
  total=$(field seconds "$work/collect.txt")
  total_peak=$(field peak_mb "$work/collect.txt")
  echo "  cray collect: ${seconds} s, peak ${peak} MB (lower bound ${bound:-?} s); with evaluation ${total} s, peak ${total_peak} MB"
  "$examples/eval_bench" "$home" "bench-$scale" 3 "$base/_sim/counts" >"$work/eval.txt"
  grep -E "^count differs|^evaluating" "$work/eval.txt" | sed 's/^/  /'
  differing=$(field counts_differing "$work/eval.txt")
  eval_s=$(field eval_seconds "$work/eval.txt")
  eval_peak=$(field peak_mb "$work/eval.txt")
  echo "  evaluation: median ${eval_s} s, peak ${eval_peak} MB; datasets differing from the simulator: ${differing}"
  stop_sim

  start_sim "$scale" >/dev/null
  CRAY_NAIVE_LIMIT_SECONDS="$naive_seconds" bench/peak.sh "$work/naive.txt" \
    "$examples/naive_collect" "$base" "$tenant_id" "$client_id" >"$work/naive.json"
  stop_sim
  naive=$(sed -n 's/.*"projected_seconds":\([0-9.]*\).*/\1/p' "$work/naive.json")
  complete=$(sed -n 's/.*"complete":\([a-z]*\).*/\1/p' "$work/naive.json")
  echo "  naive collector: ${naive} s ($([ "$complete" = true ] && echo measured || echo "projected from ${naive_seconds} s"))"

  add "collect $upper / lower bound" "${seconds} s / ${bound:-?} s" "<= 1.15" \
    "$(ratio "$seconds" "${bound:-0}")"
  add "naive $upper / collect $upper" "${naive} s / ${seconds} s" ">= 10" \
    "$(ratio "$naive" "$seconds")"
  add "objects differing at $upper" "$differing datasets" "0" "-"
  add "evaluation $upper" "${eval_s} s" "<= 2 s (L)" "$(ratio "$eval_s" 2)"
  add "peak memory collect $upper" "${peak} MB" "<= 400 MB (L)" "$(ratio "$peak" 400)"
  add "peak memory collect+evaluate $upper" "${total_peak} MB" "-" "-"
  add "peak memory evaluation $upper" "${eval_peak} MB" "-" "-"
done

echo
echo "== PDF report =="
bench/peak.sh "$work/pdf.txt" "$examples/report_bench" 3 | tee "$work/pdf.log" | sed 's/^/  /'
pdf=$(sed -n 's/^median: *\([0-9.]*\) s.*/\1/p' "$work/pdf.log" | tail -1)
add "PDF, 500 findings" "${pdf} s" "<= 3 s" "$(ratio "$pdf" 3)"
add "peak memory PDF" "$(field peak_mb "$work/pdf.txt") MB" "-" "-"

if ((${#tui_example[@]})); then
echo
echo "== TUI =="
bench/peak.sh "$work/tui.txt" "$examples/tui_bench" | tee "$work/tui.log" | sed 's/^/  /'
frame=$(field frame_ms "$work/tui.log")
key=$(field keystroke_ms "$work/tui.log")
start=$(field cold_start_ms "$work/tui.log")
add "TUI frame, 100k objects" "${frame} ms" "<= 5 ms" "$(ratio "$frame" 5)"
add "TUI keystroke to frame" "${key} ms" "<= 16 ms" "$(ratio "$key" 16)"
add "TUI cold start, 50 tenants" "${start} ms" "<= 150 ms" "$(ratio "$start" 150)"
add "peak memory TUI" "$(field peak_mb "$work/tui.txt") MB" "-" "-"
fi

echo
echo "== summary ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)) =="
printf '%-34s %-24s %-14s %s\n' "figure" "value" "target" "ratio"
for line in "${summary[@]}"; do
  IFS='|' read -r name value target r <<<"$line"
  printf '%-34s %-24s %-14s %s\n' "$name" "$value" "$target" "$r"
done
