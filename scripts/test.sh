#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs every test: the README's test command, also run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
PRESET="${PANORAMA_TEST_PRESET:-ci}"
cmake --preset "$PRESET"
cmake --build --preset "$PRESET" -j"$(nproc)"
bash scripts/postgres.sh start   # a throwaway PostgreSQL 15 cluster for the tests that are about PostgreSQL
trap 'bash scripts/postgres.sh stop' EXIT
export PANORAMA_TEST_PG_URL="$(cat build/pg/url)"
ctest --preset "$PRESET" -j"$(nproc)"
