#!/usr/bin/env bash
# Installs everything Panorama needs to build, test and run on Debian 12.
# Used by both README commands and by .ci/run. Idempotent; only apt-get and npm (for SQLCipher).
set -euo pipefail

PKGS=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n linguist-qt6
  qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql qt6-svg-dev libqt6opengl6-dev
  libgl-dev libxkbcommon-dev
  libssl-dev libsodium-dev libicu-dev libopencc-dev opencc libstemmer-dev libxapian-dev
  libhnswlib-dev libeigen3-dev zlib1g-dev
  postgresql-15 postgresql-client-15
  gnome-keyring libsecret-tools dbus dbus-x11
  xvfb xauth fonts-noto-cjk fonts-noto-core
  sqlite3 python3 curl
)

need=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
# npm fetches the SQLCipher amalgamation; this machine kind ships Node.js with npm.
command -v npm >/dev/null 2>&1 || need+=(npm)
if ((${#need[@]})); then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
echo "install-deps: all packages present"
