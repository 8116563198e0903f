#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the set of pictures that a review of the plates looks at (issue 9's
# "done when"): the window showing every view on a 1366x768 laptop in the
# light style and on a 3840x2160 monitor at scale 2 in the dark style; the ten
# classic referral patterns in the window; and, from --export, the shoulder
# girdle, hip, knee, hand and foot of each whole-body view at three times the
# size the laptop shows them. Nothing here is compared automatically: the
# pictures are for people to look at.
# Usage: assets/screenshots/review-plates.sh [BUILD_DIR] [OUT_DIR] [DISPLAY_NUMBER]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../_build}" && pwd)
out=${2:-/tmp/plates}
display_number=${3:-93}
atlas="$build/app/trigger-atlas"
keys="$here/send-keys.py"
landmarks="$here/../diagrams/src/landmarks.tsv"

[ -x "$atlas" ] || { echo "no $atlas: build first" >&2; exit 1; }
mkdir -p "$out"
config=$(mktemp -d)
xvfb=
trap 'kill $xvfb 2>/dev/null; rm -rf "$config"' EXIT
export GSK_RENDERER=cairo GDK_BACKEND=x11 NO_AT_BRIDGE=1 GTK_A11Y=none
export LANGUAGE=en LC_ALL=C.UTF-8
export GSETTINGS_BACKEND=keyfile GSETTINGS_SCHEMA_DIR="$build/assets" XDG_CONFIG_HOME="$config"
export KEYS="$keys" ATLAS="$atlas"

# screen WIDTHxHEIGHT: a fresh Xvfb of that size on the display.
screen() {
  [ -z "$xvfb" ] || { kill "$xvfb"; wait "$xvfb" 2>/dev/null || true; }
  Xvfb ":$display_number" -screen 0 "$1x24" -nolisten tcp &
  xvfb=$!
  export DISPLAY=":$display_number"
  for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
}

# shot NAME SETTINGS KEYS...: a fresh start with the settings (lines of the
# keyfile's group; the window fills the screen: Xvfb has no window manager to
# maximise it), then the keys, then a picture.
shot() {
  local name=$1 settings=$2
  shift 2
  mkdir -p "$config/glib-2.0/settings"
  printf '[org/triggerpointatlas/Atlas]\nwindow-width=%d\nwindow-height=%d\n%b' \
    "$window_width" "$window_height" "$settings" \
    > "$config/glib-2.0/settings/keyfile"
  OUT="$out/$name.png" dbus-run-session -- bash -c '
    "$ATLAS" & app=$!
    gdbus wait --session --timeout 20 org.triggerpointatlas.Atlas
    sleep 2
    [ $# -eq 0 ] || "$KEYS" "$@"
    sleep 3
    import -window root "$OUT"
    kill $app' _ "$@" </dev/null
  echo "$out/$name.png"
}

views="anterior:superficial anterior:deep posterior:superficial posterior:deep lateral:superficial
       head:superficial head:deep hand:superficial foot:superficial"

screen 1366x768
window_width=1366 window_height=768
unset GDK_SCALE ADW_DEBUG_COLOR_SCHEME
for v in $views; do
  shot "laptop-${v%%:*}-${v##*:}" "side='${v%%:*}'\nlayer='${v##*:}'\n"
done
# The patterns the issue names, each found with the search as a user would.
for m in "upper trapezius" "sternocleidomastoid" "infraspinatus" "scalenes" "gluteus minimus" \
         "quadratus lumborum" "soleus" "extensor carpi radialis longus" "gluteus medius" \
         "piriformis"; do
  shot "pattern-${m// /-}" "" ctrl+f "text:$m" Return
done

screen 3840x2160
window_width=1920 window_height=1080
export GDK_SCALE=2 ADW_DEBUG_COLOR_SCHEME=prefer-dark
for v in $views; do
  shot "monitor-dark-${v%%:*}-${v##*:}" "side='${v%%:*}'\nlayer='${v##*:}'\n"
done
unset GDK_SCALE ADW_DEBUG_COLOR_SCHEME

# Joints, three times the laptop's size: the figure is about 630 px tall on
# the laptop, so 1890 px here. Each crop is a band of the whole figure around
# a level of the proportion grid (the body frame of landmarks.tsv), the hand
# a box around the image-left wrist.
level() { awk -F'\t' -v n="$1" '$1 == "body" && $2 == n { print $4 }' "$landmarks"; }
# The whole-body documents are 1500 units tall, the floor at the sole level.
scale=$(awk 'BEGIN { print 1890 / 1500 }')
px() { awk -v v="$1" -v s="$scale" 'BEGIN { printf "%d", v * s }'; }
# crop PNG NAME TOP BOTTOM [LEFT RIGHT]: a box in document units, the whole width
# without LEFT and RIGHT.
crop() {
  local png=$1 name=$2 width
  width=$([ $# -gt 4 ] && px $(( $6 - $5 )) || identify -format '%w' "$png")
  convert "$png" -crop "${width}x$(px $(( $4 - $3 )))+$(px "${5:-0}")+$(px "$3")" +repage \
    "$out/zoom-$name.png"
  echo "$out/zoom-$name.png"
}
for view in anterior anterior-deep posterior posterior-deep lateral; do
  png="$out/export-$view.png"
  doc_width=$(grep -o -m1 'viewBox="0 0 [0-9]*' "$here/../diagrams/$view.svg" | grep -o '[0-9]*$')
  "$atlas" --export "$png" --view "$view" --width $(( doc_width * 1890 / 1500 )) >/dev/null
  crop "$png" "$view-shoulder-girdle" "$(level chin)" $(( $(level nipple) + 60 ))
  crop "$png" "$view-hip" $(( $(level iliac-crest) - 40 )) $(( $(level mid-thigh) - 60 ))
  crop "$png" "$view-knee" $(( $(level patella) - 120 )) $(( $(level patella) + 120 ))
  crop "$png" "$view-foot" $(( $(level malleoli) - 90 )) $(( $(level sole) + 20 ))
  if [ "$view" != lateral ]; then
    crop "$png" "$view-hand" $(( $(level epicondyles) + 60 )) $(( $(level fingertip) + 20 )) 0 260
  fi
  rm -f "$png"
done
