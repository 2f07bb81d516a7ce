#!/bin/sh
# SPDX-FileCopyrightText: 2026 TrancheDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# man-warnings.sh PAGE: fails, printing them, when groff (-ww: every warning) or man --warnings
# (formatting as the user's man does, 80 columns) has anything to say about the man page.
set -u
page=$1
out=$(groff -man -z -ww -Tutf8 "$page" 2>&1; MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
if [ -n "$out" ]; then
  printf '%s\n' "$out"
  exit 1
fi
echo "$page: no warnings"
