#!/usr/bin/env bash
# Runs a command and reports its wall time and peak resident memory.
#
#   bench/peak.sh OUT_FILE COMMAND [ARG...]
#
# The command's standard output and error pass through. OUT_FILE receives one line,
# "seconds=S peak_mb=M status=C". The peak is the kernel's high-water mark (VmHWM), read
# every 20 ms until the process ends, so growth in its last 20 ms can be missed.
#
# With PEAK_MARK set, the command's standard error also goes to OUT_FILE.err. When a line of
# it first contains PEAK_MARK, the time and peak so far are added to OUT_FILE as
# "mark_seconds=S mark_peak_mb=M". cray collect prints "evaluating the checks" when the
# collection ends, so this splits collection from evaluation.
set -uo pipefail
out="$1"
shift
mark="${PEAK_MARK:-}"
start=$(date +%s.%N)
if [ -n "$mark" ]; then
  "$@" 2> >(tee "$out.err" >&2) &
else
  "$@" &
fi
pid=$!
peak_kb=0
mark_line=""
while kill -0 "$pid" 2>/dev/null; do
  hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
  if [ -n "${hwm:-}" ] && [ "$hwm" -gt "$peak_kb" ]; then
    peak_kb=$hwm
  fi
  if [ -n "$mark" ] && [ -z "$mark_line" ] && grep -qF "$mark" "$out.err" 2>/dev/null; then
    mark_line=$(awk -v s="$start" -v e="$(date +%s.%N)" -v k="$peak_kb" \
      'BEGIN { printf " mark_seconds=%.3f mark_peak_mb=%.1f", e - s, k / 1024 }')
  fi
  sleep 0.02
done
wait "$pid"
status=$?
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v k="$peak_kb" -v c="$status" -v m="$mark_line" \
  'BEGIN { printf "seconds=%.3f peak_mb=%.1f status=%d%s\n", e - s, k / 1024, c, m }' >"$out"
exit "$status"
