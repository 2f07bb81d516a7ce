#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TrancheDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian package tranchedesk_<version>_amd64.deb into OUT_DIR:
#   bash packaging/deb.sh OUT_DIR
# Installs what is missing (packaging/setup.sh), builds a release without tests and benchmarks in
# build/deb (TRD_DEB_BUILD_DIR to change it), and packs `cmake --install` of it with CPack;
# dpkg-shlibdeps computes the dependencies. Prints the package's path.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: bash packaging/deb.sh OUT_DIR}"
build="${TRD_DEB_BUILD_DIR:-build/deb}"
bash packaging/setup.sh >/dev/null
mkdir -p "$out"
out=$(cd "$out" && pwd)
# A release build's executables, stripped by CPack; the package's directories are 0755 and its
# files 0644/0755 whatever the caller's umask.
umask 022
cmake --preset release -B "$build" -DTRD_BUILD_TESTS=OFF -DTRD_BUILD_BENCH=OFF \
  -DCMAKE_EXE_LINKER_FLAGS="-Wl,-z,relro -Wl,-z,now" >/dev/null
# Its output on standard error: deb-check.sh reads the package's path from standard output.
cmake --build "$build" -j2 >&2
(cd "$build" && cpack -G DEB -B "$out/.cpack" >/dev/null)
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
deb="tranchedesk_${version}_$(dpkg --print-architecture).deb"
mv "$out/.cpack/$deb" "$out/$deb"
rm -rf "$out/.cpack"
echo "$out/$deb"
