#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL 15 cluster on 127.0.0.1 for tests (never the system cluster).
#   scripts/postgres.sh start   -> prints nothing; writes build/pg/env with PANORAMA_TEST_PG_URL
#   scripts/postgres.sh stop
set -euo pipefail
cd "$(dirname "$0")/.."
PGBIN=/usr/lib/postgresql/15/bin
DIR="${PANORAMA_PG_DIR:-$PWD/build/pg}"
PORT="${PANORAMA_PG_PORT:-55432}"
RUNAS=()
if [ "$(id -u)" -eq 0 ]; then RUNAS=(runuser -u postgres --); fi
case "${1:-}" in
start)
  [ -x "$PGBIN/initdb" ] || { echo "postgres.sh: PostgreSQL 15 is not installed" >&2; exit 1; }
  mkdir -p "$DIR"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$DIR"; fi
  if [ ! -f "$DIR/data/PG_VERSION" ]; then
    "${RUNAS[@]}" "$PGBIN/initdb" -D "$DIR/data" -U panorama --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c max_connections=200" start >/dev/null
  fi
  echo "postgresql://panorama@127.0.0.1:$PORT/postgres" > "$DIR/url"
  ;;
stop)
  if [ -f "$DIR/data/PG_VERSION" ]; then
    "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
  fi
  ;;
*) echo "usage: scripts/postgres.sh start|stop" >&2; exit 2 ;;
esac
