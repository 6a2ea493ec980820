#!/usr/bin/env bash
# Runs cray's whole test suite. The PDF tests read reports back with poppler's pdftotext and
# the end-to-end test drives the binary in tmux, so both are installed first when missing
# (with apt-get, as root or through sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v tmux >/dev/null || missing+=(tmux)
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "installing ${missing[*]} for the tests"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cargo test --locked "$@"
