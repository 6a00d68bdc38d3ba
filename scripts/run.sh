#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs the workstation on the embedded default: a local panorama-server on
# SQLite with demo data (seeded once) on 127.0.0.1:8765, and the GUI pointed at it. The README's run command.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release
cmake --build --preset release -j"$(nproc)"

DATA="${PANORAMA_HOME:-$HOME/.local/share/panorama}"
PORT="${PANORAMA_PORT:-8765}"
URL="http://127.0.0.1:$PORT"
mkdir -p "$DATA/server"
export PATH="$PWD/build/release/cli:$PATH"   # --demo runs panoramactl demo-data

server_pid=""
if ! curl -fsS "$URL/api/v1/health" >/dev/null 2>&1; then
  build/release/server/panorama-server --data "$DATA/server" --listen "127.0.0.1:$PORT" --demo \
    >"$DATA/server.log" 2>&1 &
  server_pid=$!
  trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 600); do
    curl -fsS "$URL/api/v1/health" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { echo "panorama-server failed to start; see $DATA/server.log" >&2; exit 1; }
    sleep 0.5
  done
fi
echo "panorama-server on $URL (demo users: agent, supervisor, store, admin; password panorama-demo)"

# Signed in at once as the demo agent (PANORAMA_USER / PANORAMA_PASSWORD override; the password goes through stdin,
# never the command line). The local cache is encrypted: with a keychain its key lives there; without one (a headless
# box) it is protected by a random passphrase made on the first run and kept beside the data, readable only by you.
ACCOUNT="${PANORAMA_USER:-agent}"
PASSFILE="$DATA/profile-passphrase"
if [ -z "${PANORAMA_PROFILE_PASSPHRASE:-}" ]; then
  [ -s "$PASSFILE" ] || (umask 077 && head -c 24 /dev/urandom | base64 >"$PASSFILE")
  PANORAMA_PROFILE_PASSPHRASE="$(cat "$PASSFILE")"
fi
export PANORAMA_PROFILE_PASSPHRASE
GUI=(build/release/app/panorama --server "$URL" --profiles "$DATA/profiles" --user "$ACCOUNT" --password-stdin "$@")

# Without a display (a headless box), run the GUI under a virtual one.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  GUI=(xvfb-run -a -s "-screen 0 1600x1000x24" "${GUI[@]}")
fi
printf '%s\n' "${PANORAMA_PASSWORD:-panorama-demo}" | "${GUI[@]}"
