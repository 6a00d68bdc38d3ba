#!/usr/bin/env bash
# Runs a test inside the current (fresh) D-Bus session with a real gnome-keyring Secret Service whose
# default ("login") collection is unlocked, so QtKeychain talks to the real thing. Use as:
#   dbus-run-session -- tests/with-keyring.sh ./tst_keychain
# The keyring gets a non-empty password on purpose: with an empty one gnome-keyring asks a prompter to
# create the login collection, which fails without a display ("Object does not exist at path
# /org/freedesktop/secrets/collection/login"). The daemon leaves when the D-Bus session ends.
set -euo pipefail
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data"    # keyring files live here, thrown away afterwards
export XDG_RUNTIME_DIR="$work/run"   # the daemon's control socket; never a real session's
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY        # no prompter can appear; everything must work unattended

printf 'panorama-test-keyring' | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null

# Wait (bounded) until the Secret Service owns its bus name.
for _ in $(seq 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
        break
    fi
    sleep 0.1
done

"$@"
