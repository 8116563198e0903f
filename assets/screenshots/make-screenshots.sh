#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the screenshots that the metainfo shows, from the atlas itself: each
# state is a fresh start at 1366x768 on its own Xvfb, driven with keys, saved
# with ImageMagick's import and reduced to a small palette PNG.
# Usage: assets/screenshots/make-screenshots.sh [BUILD_DIR] [DISPLAY_NUMBER]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../_build}" && pwd)
display=":${2:-91}"
atlas="$build/app/trigger-atlas"
keys="$here/send-keys.py"

[ -x "$atlas" ] || { echo "no $atlas: build first" >&2; exit 1; }

Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp &
xvfb=$!
config=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; rm -rf "$config"' EXIT
export DISPLAY="$display" GSK_RENDERER=cairo GDK_BACKEND=x11 NO_AT_BRIDGE=1 GTK_A11Y=none
export LANGUAGE=en LC_ALL=C.UTF-8
export GSETTINGS_BACKEND=keyfile GSETTINGS_SCHEMA_DIR="$build/assets" XDG_CONFIG_HOME="$config"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

# shot NAME SETTINGS KEYS...: the settings are lines of the keyfile's group.
shot() {
  local name=$1 settings=$2
  shift 2
  export OUT="$here/$name"
  mkdir -p "$config/glib-2.0/settings"
  printf '[org/triggerpointatlas/Atlas]\nwindow-width=1366\nwindow-height=768\n%b' \
    "$settings" > "$config/glib-2.0/settings/keyfile"
  dbus-run-session -- bash -c '
    "$1" & app=$!
    gdbus wait --session --timeout 20 org.triggerpointatlas.Atlas
    sleep 2
    shift
    [ $# -eq 0 ] || "$KEYS" "$@"
    sleep 3
    import -window root "$OUT.full.png"
    kill $app' _ "$atlas" "$@" </dev/null
  # 64 colours keep the flat diagrams sharp and the files small.
  convert "$here/$name.full.png" -colors 64 -strip "PNG8:$here/$name.png"
  rm -f "$here/$name.full.png"
  echo "$here/$name.png"
}
export KEYS="$keys"

shot muscle "side='posterior'\n" ctrl+f "text:infraspinatus" Return
shot conditions "" ctrl+f "text:tension-type headache" Return
shot side-by-side "side-by-side=true\n" \
  ctrl+f "text:quadratus lumborum" Return
shot patient-view "patient-view=true\n" \
  ctrl+f "text:upper trapezius" Return
