#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sources the bash completion and completes partial options and ids as bash
# would, checking the answers against the atlas's own lists.
# Usage: test-completion.sh COMPLETION_SCRIPT TRIGGER_ATLAS
set -u
source "$1"
atlas=$2
fail=0

# complete WORD...: the last word is the one being completed.
complete_line() {
  COMP_WORDS=("$atlas" "$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE="$atlas $*"
  COMP_LINE=${COMP_LINE//" = "/=}
  COMP_LINE=${COMP_LINE//" : "/:}
  COMP_POINT=${#COMP_LINE}
  _trigger_atlas
}

# expect DESCRIPTION WANTED: WANTED must be among the replies, and every reply
# must start with the word being completed.
expect() {
  local found=0 reply
  for reply in "${COMPREPLY[@]}"; do
    [ "$reply" = "$2" ] && found=1
    case $reply in
      "$3"*) ;;
      *) echo "not ok: $1: \"$reply\" does not start with \"$3\""; fail=1 ;;
    esac
  done
  if [ $found = 1 ]; then echo "ok: $1 (${#COMPREPLY[@]} replies)"
  else echo "not ok: $1: no \"$2\" in: ${COMPREPLY[*]}"; fail=1; fi
}

complete_line --mus
expect "option" --muscle --mus
complete_line --where
expect "option with an argument" --where-it-hurts --where

complete_line --muscle upper-tr
expect "muscle id" upper-trapezius upper-tr
ids=$("$atlas" --list | cut -f1)
for reply in "${COMPREPLY[@]}"; do
  grep -qx -- "$reply" <<<"$ids" || { echo "not ok: $reply is not a muscle id"; fail=1; }
done
complete_line -m infra
expect "muscle id after -m" infraspinatus infra
complete_line --muscle = infra
expect "muscle id after --muscle=" infraspinatus infra

complete_line --regions
expect "option named in full" --regions --regions
complete_line --where-it-hurts tem
expect "region id" temple tem
complete_line --where-it-hurts temple,lower-j
expect "second region of a list" temple,lower-jaw temple,lower-j
complete_line --where-it-hurts = temple : right,lower-j
expect "region after a side" right,lower-jaw right,lower-j
complete_line --where-it-hurts = temple : ri
expect "side of a region" right ri

complete_line --condition tension
first=$("$atlas" --conditions | cut -f1 | grep '^tension' | head -n1)
[ -n "$first" ] || { echo "not ok: the atlas lists no condition starting with tension"; fail=1; }
expect "condition id" "$first" tension

complete_line --muscle zzz-no-such
[ ${#COMPREPLY[@]} = 0 ] && echo "ok: nothing for an unknown id" ||
  { echo "not ok: replies for an unknown id: ${COMPREPLY[*]}"; fail=1; }

exit $fail
