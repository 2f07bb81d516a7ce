#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TrancheDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the packaged tranchedesk-engine under a real systemd and shows it in the desktop app:
#   bash packaging/systemd-check.sh build/deb-out/tranchedesk_0.1.0_amd64.deb [SHOTS_DIR]
# A Debian 12 root with systemd is booted with `systemd-nspawn -b` (its own network namespace:
# only its loopback, so the unit's default 127.0.0.1:8787 is free); inside it, as an
# administrator would:
# - `apt-get install` the package: its postinst makes the `tranchedesk` system user (sysusers);
# - `systemd-analyze verify` the system unit, `systemctl enable --now tranchedesk-engine`,
#   its log read back from the journal with its priorities (the token warning is a warning);
# - a control token added as the service's user, the demo market traded until a tranche exists;
# - `tranchedesk --connect 127.0.0.1:8787` under Xvfb saves its window (SHOTS_DIR/before/) and
#   reports how many tranches it shows: at least the engine's;
# - `systemctl stop`: the journal says the state was saved with as many open tranches as the
#   store holds; `systemctl start`: every tranche is back, and the app shows them (SHOTS_DIR/after/);
# - the unit's commented LoadCredential= lines in a drop-in: the engine finds the LIVE keys there;
# - the user unit as the README runs it (a lingering user, `systemctl --user enable --now`), shown
#   by --connect (SHOTS_DIR/user/) and stopped with its state saved.
# Needs root and systemd-nspawn (systemd-container, installed when missing). The Debian root with
# systemd, Xvfb and the package's dependencies (not the package) is built once (about 3 min) and
# kept in $TRD_SYSTEMD_BASE (default ~/.cache/trd-bookworm-systemd); every run boots a throw-away
# copy. Bounded: every step has a timeout, the whole check TRD_SYSTEMD_TIMEOUT seconds (600).
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(readlink -f "${1:?usage: bash packaging/systemd-check.sh PATH/TO/tranchedesk_VERSION_amd64.deb [SHOTS_DIR]}")
shots=$(mkdir -p "${2:-build/systemd-check-shots}" && cd "${2:-build/systemd-check-shots}" && pwd)
base=${TRD_SYSTEMD_BASE:-${XDG_CACHE_HOME:-$HOME/.cache}/trd-bookworm-systemd}
deadline=$((SECONDS + ${TRD_SYSTEMD_TIMEOUT:-600}))
say() { echo "systemd-check: $*"; }
die() {
  echo "systemd-check: FAILED: $*" >&2
  exit 1
}

[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, systemd-nspawn)"
if ! command -v systemd-nspawn >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq systemd-container >/dev/null
fi

# The packages the check needs besides ours: systemd as PID 1, dbus for systemctl, pam_systemd for
# the user unit's manager, Xvfb for the window, and the package's own dependencies (so a run
# installs only tranchedesk itself).
read -ra depends <<<"systemd systemd-sysv dbus libpam-systemd xvfb xauth $(dpkg-deb -f "$deb" Depends |
  sed 's/([^)]*)//g; s/|[^,]*//g; s/,/ /g')"
in_root() {
  chroot "$1" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
    /bin/bash -c "$2"
}
if [ ! -x "$base/lib/systemd/systemd" ]; then
  command -v debootstrap >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  say "building a Debian 12 root with systemd in $base (once, a few minutes)"
  mkdir -p "$(dirname "$base")"
  rm -rf "$base.part"
  debootstrap --variant=minbase --include=systemd,systemd-sysv bookworm "$base.part" >/dev/null
  [ -f /etc/apt/sources.list ] && cp /etc/apt/sources.list "$base.part/etc/apt/sources.list"
  cp -a /etc/apt/sources.list.d/. "$base.part/etc/apt/sources.list.d/" 2>/dev/null || true
  mv "$base.part" "$base"
fi
# The container has no network: what it needs is installed here first (a dependency the package
# gained since, too).
# apt-get -s names what it would install (virtual packages and alternatives resolved).
missing=$(chroot "$base" apt-get -s install --no-install-recommends "${depends[@]}" 2>/dev/null | sed -n 's/^Inst \([^ ]*\).*/\1/p' | tr '\n' ' ')
if [ -n "$missing" ]; then
  say "installing the package's dependencies in $base: $missing"
  cp /etc/resolv.conf "$base/etc/resolv.conf"
  mount --bind /dev "$base/dev"
  mount -t proc proc "$base/proc"
  rc=0
  in_root "$base" "apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing" >"$base.apt.log" 2>&1 || rc=$?
  umount "$base/proc" "$base/dev"
  [ $rc -eq 0 ] || { cat "$base.apt.log"; die "cannot install the package's dependencies in $base"; }
fi

root=$(mktemp -d "$(dirname "$base")/trd-systemd.XXXXXX")
machine="trd-check-$$"
nspawn_pid=
cleanup() {
  if [ -n "$nspawn_pid" ] && kill -0 "$nspawn_pid" 2>/dev/null; then
    kill "$nspawn_pid" 2>/dev/null || true # nspawn powers the container off on SIGTERM
    for _ in $(seq 1 20); do kill -0 "$nspawn_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$nspawn_pid" 2>/dev/null || true
  fi
  rm -rf "$root" "$root.boot.log"
}
trap cleanup EXIT
cp -a "$base/." "$root/"
cp "$deb" "$root/root/"
cp /etc/resolv.conf "$root/etc/resolv.conf"
say "booting systemd in $root"
# --keep-unit and --register=no: this machine has no systemd of its own to ask for a scope.
systemd-nspawn -D "$root" -b -M "$machine" --register=no --keep-unit --private-network \
  --console=passive >"$root.boot.log" 2>&1 &
nspawn_pid=$!
# The container's PID 1 is nspawn's child once it has become systemd (an intermediate child comes first).
leader=
for _ in $(seq 1 60); do
  leader=$(pgrep -P "$nspawn_pid" || true)
  [ -n "$leader" ] && [ "$(cat "/proc/$leader/comm" 2>/dev/null)" = systemd ] && break
  leader=
  sleep 0.5
done
[ -n "$leader" ] || { cat "$root.boot.log"; die "systemd-nspawn did not start systemd"; }
left() { echo $((deadline - SECONDS > 1 ? deadline - SECONDS : 1)); }
# Runs a shell command inside the booted container (all its namespaces), bounded.
inside() {
  timeout "$(left)" nsenter -t "$leader" -a /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    HOME=/root DEBIAN_FRONTEND=noninteractive /bin/bash -c "$1"
}
state=
for _ in $(seq 1 60); do # until systemd answers on its bus
  state=$(inside 'timeout 60 systemctl is-system-running --wait 2>/dev/null' || true)
  [ -n "$state" ] && break
  sleep 0.5
done
say "systemd $(inside 'systemctl --version | head -n 1 | cut -d" " -f2') as PID 1: $state"
[[ $state == running || $state == degraded ]] || die "the container's systemd is $state"

name=$(basename "$deb")
inside "apt-get install -y -qq --no-install-recommends /root/$name >/dev/null" || die "apt-get install $name"
inside 'getent passwd tranchedesk' >/dev/null || die "installing the package made no tranchedesk user"
say "installed $(inside "dpkg-query -W -f='\${Package} \${Version}' tranchedesk"); user: $(inside 'getent passwd tranchedesk')"
inside 'systemd-analyze verify --man=no tranchedesk-engine.service' || die "systemd-analyze verify"
say "systemd-analyze verify: clean; $(inside 'systemd-analyze security tranchedesk-engine.service --no-pager | tail -n 1 | sed "s/^→ //"')"

unit=tranchedesk-engine
journal() { inside "journalctl -u $unit --no-pager -o cat $1"; }
# The log of the unit's current main process only.
this_run() { inside "journalctl _PID=\$(systemctl show -p MainPID --value $unit) --no-pager -o cat"; }
# Waits until the journal of the unit's current run has a line matching $1.
wait_log() {
  for _ in $(seq 1 60); do
    this_run | grep -q -- "$1" && return 0
    sleep 1
  done
  return 1
}
inside "systemctl enable --now $unit" 2>&1 | sed 's/^/  /'
wait_log 'listening on' || { journal ''; die "$unit did not start listening"; }
inside "systemctl status $unit --no-pager -n 0" | sed 's/^/  /'
journal '-p warning' | grep -q 'no client token yet' || die "the journal lacks the engine's warnings as warnings"
say "journal: $(journal '-p info' | grep -c .) lines, the token warning at priority warning"

token=$(inside 'runuser -u tranchedesk -- tranchedesk-engine --data-dir /var/lib/tranchedesk --add-token desk --role control')
[[ $token == trdc_* ]] || die "--add-token printed no token"
export_tranches() {
  inside "rm -rf /tmp/export && tranchedesk-cli export --db /var/lib/tranchedesk/tranchedesk.sqlite --out /tmp/export >/dev/null &&
          tail -n +2 /tmp/export/tranches.csv"
}
for _ in $(seq 1 90); do
  [ -n "$(export_tranches)" ] && break
  sleep 2
done
[ -n "$(export_tranches)" ] || die "the demo market made no tranche in 3 minutes"

# The desktop app, connected to the service: how many tranches its window shows, and its PNGs.
connect() {
  inside "rm -rf /tmp/shots && TRANCHEDESK_ENGINE_TOKEN=$token xvfb-run -a -s '-screen 0 1600x1000x24' \
    timeout 90 tranchedesk --connect 127.0.0.1:8787 --screenshot-dir /tmp/shots --screenshot-after 8 >/tmp/app.log 2>&1" ||
    { inside 'cat /tmp/app.log' >&2; return 1; }
  mkdir -p "$shots/$1"
  cp "/proc/$leader/root/tmp/shots/"*.png "$shots/$1/" || { inside 'cat /tmp/app.log' >&2; return 1; }
  inside 'cat /tmp/app.log' | sed -n 's/^window shows \([0-9]*\) tranches, \([0-9]*\) open$/\1 \2/p'
}
shot_taken() { [ -s "$shots/$1/01-main-all-symbols.png" ] || die "the app saved no window in $shots/$1"; }
read -r shown open < <(connect before) || die "tranchedesk --connect did not show the engine"
shot_taken before
held=$(export_tranches | wc -l)
say "tranchedesk --connect 127.0.0.1:8787 shows $shown tranches ($open open); the engine's store holds $held"
[ "$shown" -ge 1 ] || die "the window shows no tranche"
journal '' | grep -q 'client desk (.*) from 127.0.0.1:[0-9]* connected as control' || die "the engine logged no client"

# Stopped while a tranche is open when the demo market gives one within 2 minutes, so the state
# saved holds an open tranche (not asserted: the market may close it in the same second).
for _ in $(seq 1 60); do
  export_tranches | awk -F, '$6 != "closed" { found = 1 } END { exit !found }' && break
  sleep 2
done
inside "systemctl stop $unit"
saved=$(journal '' | sed -n 's/.*stopped with \([0-9]*\) open tranche(s) saved/\1/p' | tail -n 1)
[ -n "$saved" ] || die "no 'stopped with N open tranche(s) saved' in the journal"
before=$(export_tranches)
stored_open=$(echo "$before" | awk -F, '$6 != "closed"' | wc -l)
say "systemctl stop: '$(journal '' | grep 'stopped with' | tail -n 1)'; the store holds $(echo "$before" | wc -l) tranches, $stored_open open"
inside "journalctl -u $unit --no-pager -n 5" | sed 's/^/  /'
[ "$saved" -eq "$stored_open" ] || die "the journal says $saved open tranches saved, the store holds $stored_open"
inside "systemctl is-active $unit" >/dev/null && die "$unit is still active after systemctl stop"

inside "systemctl start $unit"
wait_log 'listening on' || { journal ''; die "$unit did not start again"; }
say "systemctl start: '$(this_run | grep 'open tranche(s)')'"
after=$(export_tranches)
gone=$(comm -23 <(echo "$before" | cut -d, -f1 | sort) <(echo "$after" | cut -d, -f1 | sort))
[ -z "$gone" ] || die "tranches gone after the restart: $gone"
read -r shown2 open2 < <(connect after) || die "tranchedesk --connect did not show the restarted engine"
shot_taken after
say "after the restart: tranchedesk --connect shows $shown2 tranches ($open2 open); all $(echo "$before" | wc -l) from before are back"
[ "$shown2" -ge "$(echo "$before" | wc -l)" ] || die "the window shows $shown2 tranches, fewer than before the restart"


# LIVE keys as systemd credentials: the LoadCredential= lines the unit carries commented out, in a
# drop-in, with key files readable by root only. The engine must find them (config.json still asks
# for PAPER, so it stays there: this machine has no exchange).
inside "install -d -m 700 /etc/tranchedesk &&
        (umask 077; echo 0x1111111111111111111111111111111111111111 >/etc/tranchedesk/aster-v3-user;
         echo 0x2222222222222222222222222222222222222222222222222222222222222222 >/etc/tranchedesk/aster-v3-signer-key) &&
        mkdir -p /etc/systemd/system/$unit.service.d &&
        (echo [Service]; sed -n 's/^#LoadCredential=/LoadCredential=/p' /lib/systemd/system/$unit.service) \
          >/etc/systemd/system/$unit.service.d/live.conf &&
        systemctl daemon-reload && systemctl restart $unit"
wait_log 'listening on' || { journal ''; die "$unit did not start with credentials"; }
credentials=$(this_run | grep 'LIVE keys from the systemd credentials') || { journal ''; die "the engine did not read the credentials"; }
say "LoadCredential= (the unit's commented lines): '$credentials'"
inside "rm -r /etc/systemd/system/$unit.service.d /etc/tranchedesk && systemctl daemon-reload && systemctl disable --now $unit" 2>&1 | sed 's/^/  /'

# The user unit, as the README runs it: a user with lingering, the engine on their own data folder.
uid=$(inside 'useradd -m trader && id -u trader')
user_token=$(inside 'runuser -u trader -- tranchedesk-engine --add-token laptop')
inside 'loginctl enable-linger trader'
as_trader() { inside "runuser -u trader -- env XDG_RUNTIME_DIR=/run/user/$uid $1"; }
for _ in $(seq 1 30); do
  [ -S "/proc/$leader/root/run/user/$uid/systemd/private" ] && break
  sleep 1
done
as_trader "systemd-analyze --user verify --man=no $unit.service" || die "systemd-analyze --user verify"
as_trader "systemctl --user enable --now $unit" 2>&1 | sed 's/^/  /'
user_log() { inside "journalctl _SYSTEMD_USER_UNIT=$unit.service _UID=$uid --no-pager -o cat"; }
for _ in $(seq 1 60); do
  user_log | grep -q 'listening on' && break
  sleep 1
done
user_log | grep -q 'listening on' || { user_log; die "the user unit did not start listening"; }
say "user unit: $(as_trader "systemctl --user is-active $unit"), '$(user_log | grep 'open tranche(s)')'"
token=$user_token
read -r shown3 _ < <(connect user) || die "tranchedesk --connect did not show the user unit's engine"
shot_taken user
say "tranchedesk --connect to the user unit's engine shows $shown3 tranches"
as_trader "systemctl --user stop $unit"
user_log | grep -q 'open tranche(s) saved' || die "the user unit's engine did not save its state on stop"

inside 'systemctl poweroff' 2>/dev/null || true
wait "$nspawn_pid" || true
nspawn_pid=
say "screenshots in $shots/before, $shots/after and $shots/user"
say "passed after ${SECONDS}s"
