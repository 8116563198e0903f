#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Extracts the translatable strings of the data file the way the meson pot
# target does (xgettext finds po/its/atlas.loc through GETTEXTDATADIRS, with no
# --its of its own) and checks that every muscle and region name the program
# shows is in the template, with its id as the translators' context.
# Usage: check-pot.sh XGETTEXT PO_DIR DATA TRIGGER_ATLAS
set -eu
xgettext=$1 po_dir=$2 data=$3 atlas=$4
pot=$(mktemp)
trap 'rm -f "$pot"' EXIT

GETTEXTDATADIRS="$po_dir" "$xgettext" --from-code=UTF-8 -o "$pot" "$data"

fail=0
check() {
  id=$1 name=$2
  # msgctxt "ID" directly followed by msgid "NAME"
  if ! grep -A1 -x "msgctxt \"$id\"" "$pot" | grep -qxF "msgid \"$name\""; then
    echo "not in the template: msgctxt \"$id\" msgid \"$name\"" >&2
    fail=1
  fi
}

n=0
for option in --list --regions; do
  env -u DISPLAY -u WAYLAND_DISPLAY "$atlas" $option > "$pot.names"
  while IFS="$(printf '\t')" read -r id name; do
    check "$id" "$name"
    n=$((n + 1))
  done < "$pot.names"
  rm -f "$pot.names"
done

[ "$n" -gt 0 ] || { echo "the atlas listed nothing" >&2; exit 1; }
# Red flags: each name, with the flag's id as context.
for id in $(sed -n 's/.*<red-flag id="\([a-z0-9-]*\)".*/\1/p' "$data"); do
  if ! grep -qx "msgctxt \"$id\"" "$pot"; then
    echo "the name of red flag \"$id\" is not in the template" >&2
    fail=1
  fi
done
# Latin names are the same in every language and must stay out.
if grep -q '^msgid "Musculus' "$pot"; then
  echo "a Latin name was extracted for translation" >&2
  fail=1
fi
echo "checked $n names"
exit $fail
