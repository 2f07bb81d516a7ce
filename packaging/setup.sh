#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TrancheDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs every Debian 12 package TrancheDesk needs to build, test and run. Idempotent: it
# installs only what is missing, and does nothing (no network) when everything is there.
# Works as root or, for another user, through sudo.
set -euo pipefail

packages=(
  # Toolchain
  g++ cmake ninja-build ccache pkg-config clang-format
  # Qt 6.4: core, SQL with its SQLite driver, networking, WebSockets, charts, tools, platform plugins
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-websockets-dev qt6-httpserver-dev qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev libqt6opengl6-dev
  # OS keychain for API secrets (the desktop application)
  qtkeychain-qt6-dev
  # SVG icons of the desktop application (image format and icon engine plugins)
  libqt6svg6
  # Benchmarks in bench/
  libbenchmark-dev
  # The sqlite3 shell: the guide's SQL is tested against our database with it
  sqlite3
  # Headless screenshots of the desktop application; Noto CJK draws the Chinese translation's
  # screenshots (without it every Chinese character is a box)
  xvfb xauth fonts-dejavu-core fonts-noto-cjk
  # Qt's own strings (Save, Cancel) translated, as the package recommends
  qt6-translations-l10n
  # libFuzzer targets in tests/fuzz (packaging/fuzz.sh, run by CI): clang and its runtimes
  clang libclang-rt-14-dev
  # Aster V3 request signing (secp256k1; Qt provides Keccak-256)
  libsecp256k1-dev
  # tranchedesk-engine's self-signed TLS certificate (tests/engine/tst_control_tls)
  openssl
  # Installation and the Debian package: PNG icons rendered from the SVG, the commit in the About
  # box, the package's tools (dpkg-shlibdeps, fakeroot) and the validators of tests/packaging and
  # packaging/deb-check.sh
  librsvg2-bin git dpkg-dev fakeroot file desktop-file-utils appstream lintian man-db groff-base
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# Node.js runs the independent reference implementations in tests/tools (ethers). Any node
# will do: Debian's, or one installed otherwise (it may bundle npm).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

here=$(cd "$(dirname "$0")/.." && pwd)
install_test_tools() {
  if [ ! -d "$here/tests/tools/node_modules/ethers" ] || [ ! -d "$here/tests/tools/node_modules/ccxt" ]; then
    echo "setup: installing the test reference tools (npm ci in tests/tools)"
    (cd "$here/tests/tools" && npm ci --no-audit --no-fund --silent)
  fi
}

if [ ${#missing[@]} -eq 0 ]; then
  install_test_tools
  echo "setup: all ${#packages[@]} packages are installed"
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "setup: missing packages (${missing[*]}) and not root; run this script as root or install sudo" >&2
    exit 1
  fi
  as_root=(sudo)
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
install_test_tools
