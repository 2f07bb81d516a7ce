#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TrancheDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the project's own set-up and the CMake configure in a brand-new Debian 12 root, so a
# package that packaging/setup.sh forgets turns CI red on the day it goes missing (a developer's
# or CI's machine keeps packages installed by earlier runs and hides it).
#
#   bash packaging/fresh-check.sh                      # setup.sh + cmake --preset dev
#   bash packaging/fresh-check.sh 'bash packaging/test.sh'   # any command, in the clean clone
#   TRD_FRESH_FILES="out/x.deb" bash packaging/fresh-check.sh 'CMD'   # files copied to /home/user/files
#
# Needs root (debootstrap, chroot, mount). The minimal root (debootstrap --variant=minbase, no
# package of ours) is built once and kept in $TRD_FRESH_BASE (default ~/.cache/trd-bookworm);
# every run works on a throw-away copy holding a clean clone of the committed HEAD.
set -euo pipefail
cmd=${1:-bash packaging/setup.sh && cmake --preset dev}
here=$(cd "$(dirname "$0")/.." && pwd)
base=${TRD_FRESH_BASE:-${XDG_CACHE_HOME:-$HOME/.cache}/trd-bookworm}

if [ "$(id -u)" -ne 0 ]; then
  echo "fresh-check: needs root (debootstrap, chroot, mount)" >&2
  exit 2
fi
if [ ! -x "$base/bin/bash" ]; then
  if ! command -v debootstrap >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  fi
  echo "fresh-check: building a minimal Debian 12 root in $base (once, a few minutes)"
  mkdir -p "$(dirname "$base")"
  rm -rf "$base.part"
  debootstrap --variant=minbase bookworm "$base.part" >/dev/null
  mv "$base.part" "$base"
fi

root=$(mktemp -d "$(dirname "$base")/trd-fresh.XXXXXX")
cleanup() {
  for m in dev/shm dev/pts dev sys proc; do umount -l "$root/$m" 2>/dev/null || true; done
  rm -rf "$root"
}
trap cleanup EXIT
cp -a "$base/." "$root/"
# The machine's package sources, name resolution and certificate authorities, as on any machine
# of this workplace; nothing else of the host comes along.
cp /etc/resolv.conf "$root/etc/resolv.conf"
[ -f /etc/apt/sources.list ] && cp /etc/apt/sources.list "$root/etc/apt/sources.list"
cp -a /etc/apt/sources.list.d/. "$root/etc/apt/sources.list.d/" 2>/dev/null || true
for f in /etc/npmrc /usr/etc/npmrc /etc/ssl/certs/ca-certificates.crt /usr/local/share/ca-certificates/*.crt; do
  if [ -f "$f" ]; then
    mkdir -p "$root$(dirname "$f")"
    cp "$f" "$root$f"
  fi
done
mkdir -p "$root/home/user"
git clone -q "$here" "$root/home/user/main"
if [ -n "${TRD_FRESH_FILES:-}" ]; then
  mkdir -p "$root/home/user/files"
  for f in $TRD_FRESH_FILES; do cp -a "$f" "$root/home/user/files/"; done
fi
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount -t tmpfs tmpfs "$root/dev/shm"

SECONDS=0
set +e
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  LANG=C.UTF-8 CI=true /bin/bash -c "cd /home/user/main && $cmd" </dev/null
rc=$?
set -e
echo "fresh-check: '$cmd' exited $rc after ${SECONDS}s in a brand-new Debian 12 root"
exit $rc
