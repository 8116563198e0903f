#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source or interface file marks strings for translation but is
# missing from po/POTFILES.in: its strings would then never reach translators,
# and the program would show them in English whatever the language.
# Usage: check-potfiles.sh SOURCE_ROOT
set -eu
cd "$1"
fail=0
n=0
# A literal inside _(), N_(), C_(), NC_() or ngettext-style calls, or a
# translatable property in a builder file.
for file in $(grep -rlE '(^|[^A-Za-z0-9_])(N?C?_|g_dngettext|ngettext) ?\("|translatable="yes"' \
                app ui --include='*.c' --include='*.ui' | sort); do
  n=$((n + 1))
  if ! grep -qxF "$file" po/POTFILES.in; then
    echo "marks strings for translation but is not in po/POTFILES.in: $file" >&2
    fail=1
  fi
done
# Every listed file exists, or xgettext fails at release time.
grep -v '^#' po/POTFILES.in | while read -r file; do
  [ -z "$file" ] || [ -f "$file" ] || { echo "in po/POTFILES.in but missing: $file" >&2; exit 1; }
done || fail=1
[ "$n" -gt 0 ] || { echo "found no file with translatable strings" >&2; exit 1; }
echo "checked $n files"
exit $fail
