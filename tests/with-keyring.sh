#!/usr/bin/env bash
# Runs a test inside the current (fresh) D-Bus session with a real gnome-keyring Secret Service,
# unlocked with an empty password, so QtKeychain talks to the real thing. Use as:
#   dbus-run-session -- tests/with-keyring.sh ./tst_keystore
set -euo pipefail
export XDG_DATA_HOME="$(mktemp -d)"            # keyring files live here, thrown away afterwards
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf '' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
eval "$(gnome-keyring-daemon --start --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
"$@"
