#!/usr/bin/env bash
# Runs a command and reports its wall time and peak resident memory.
#
#   bench/peak.sh OUT_FILE COMMAND [ARG...]
#
# The command's standard output and error pass through. OUT_FILE receives one line,
# "seconds=S peak_mb=M status=C". The peak is the kernel's high-water mark (VmHWM), read
# every 20 ms until the process ends, so growth in its last 20 ms can be missed.
set -uo pipefail
out="$1"
shift
start=$(date +%s.%N)
"$@" &
pid=$!
peak_kb=0
while kill -0 "$pid" 2>/dev/null; do
  hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
  if [ -n "${hwm:-}" ] && [ "$hwm" -gt "$peak_kb" ]; then
    peak_kb=$hwm
  fi
  sleep 0.02
done
wait "$pid"
status=$?
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v k="$peak_kb" -v c="$status" \
  'BEGIN { printf "seconds=%.3f peak_mb=%.1f status=%d\n", e - s, k / 1024, c }' >"$out"
exit "$status"
