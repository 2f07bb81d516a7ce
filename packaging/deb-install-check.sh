#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TrancheDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian package in a brand-new Debian 12 root, as a new user would, and checks it:
#   bash packaging/deb-install-check.sh out/tranchedesk_0.1.0_amd64.deb
# `apt-get install` of the .deb (apt brings the Qt runtime), `tranchedesk-cli --version` and a
# scenario, the installed `tranchedesk` opening its window under Xvfb (it saves screenshots of it
# and quits; no build tree in that root), then `apt-get remove --purge` must leave none of the
# package's files behind. TRD_SHOW_SHOT=1 puts the main window's PNG into the log (base64).
# Needs root; the brand-new root and the clean clone of the committed HEAD come from
# packaging/fresh-check.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(readlink -f "${1:?usage: bash packaging/deb-install-check.sh PATH/TO/tranchedesk_VERSION_amd64.deb}")
name=$(basename "$deb")
read -r -d '' check <<CHECK || true
set -e
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq /home/user/files/$name >/dev/null
echo "== installed: \$(dpkg-query -W -f='\${Package} \${Version}' tranchedesk)"
tranchedesk-cli --version
tranchedesk-cli simulate resources/examples/real-world-example.jsonl | head -c 120; echo
dpkg -L tranchedesk | sort > /tmp/ours.txt
test -z "\$(find / -xdev -path /home/user/main -prune -o -name CMakeCache.txt -print)"
apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null
xvfb-run -a -s '-screen 0 1600x1000x24' timeout 120 tranchedesk --data-dir /tmp/trd-data --seed 7 \
  --screenshot-dir /tmp/trd-shots --screenshot-after 8 2>/tmp/trd-stderr.txt || { cat /tmp/trd-stderr.txt; exit 1; }
echo "== the window, saved by tranchedesk itself:"; ls /tmp/trd-shots
test -s /tmp/trd-shots/01-main-all-symbols.png
$( [ -n "${TRD_SHOW_SHOT:-}" ] && echo 'echo "== shot: $(base64 -w0 /tmp/trd-shots/01-main-all-symbols.png)"' )
apt-get remove --purge -y -qq tranchedesk >/dev/null
left=\$(while read -r f; do if [ -e "\$f" ] && [ ! -d "\$f" ]; then echo "\$f"; fi; done < /tmp/ours.txt)
if [ -n "\$left" ]; then echo "== left after purge:"; echo "\$left"; exit 1; fi
test ! -e /usr/share/doc/tranchedesk
echo "== purge left none of the \$(wc -l < /tmp/ours.txt) paths of the package"
CHECK
TRD_FRESH_FILES="$deb" bash packaging/fresh-check.sh "$check"
