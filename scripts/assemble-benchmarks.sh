#!/usr/bin/env bash
# Rebuilds docs/benchmarks.md from the per-capability figure files in docs/bench/*.md (each written by the
# people who measured them, with the commands that reproduce them).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/benchmarks.md
{
  cat <<'HEAD'
# Benchmarks

Every figure below was measured on this project's own machine (Debian 12, 2 cores, 24 GiB, shared and noisy),
with the command shown next to it. Comparisons are ratios measured in the same run; latencies are medians and
percentiles over many repetitions. Benchmarks are separate executables (`bench/`) or `panoramactl … eval`
commands; tests never assert on time. This file is assembled by `scripts/assemble-benchmarks.sh` from
`docs/bench/*.md`.

## Contents
HEAD
  for f in docs/bench/*.md; do
    title=$(head -1 "$f" | sed 's/^# *//')
    anchor=$(echo "$title" | tr 'A-Z' 'a-z' | sed 's/[^a-z0-9 -]//g; s/ /-/g')
    echo "- [$title](#$anchor)"
  done
  for f in docs/bench/*.md; do
    echo
    sed '1s/^# /## /; 2,$s/^#/##/' "$f"
  done
} > "$out"
echo "wrote $out"
