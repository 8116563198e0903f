#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop starts a DBusActivatable application by calling it on the
# session bus: the bus finds the service file and runs its Exec line. This
# runs a private bus that knows only the built service file (its Exec pointed
# at the built program), activates the atlas, checks that it runs as a
# service and that app.quit ends it. Needs a display (run under xvfb-run).
# Usage: test-dbus-activation.sh SERVICE_FILE TRIGGER_ATLAS APP_ID
set -eu
service=$1 atlas=$2 app_id=$3
grep -qx "Exec=.*/trigger-atlas --gapplication-service" "$service" ||
  { echo "the service file's Exec does not start trigger-atlas as a service" >&2; exit 1; }
grep -qx "Name=$app_id" "$service" || { echo "the service file is not named $app_id" >&2; exit 1; }

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/dbus-1/services"
sed "s|^Exec=.*/trigger-atlas |Exec=$atlas |" "$service" > "$dir/dbus-1/services/$app_id.service"

XDG_DATA_DIRS="$dir:${XDG_DATA_DIRS:-/usr/share}" APP_ID=$app_id exec dbus-run-session -- sh -c '
  set -eu
  path=/$(echo "$APP_ID" | tr . /)
  gdbus call --session --dest "$APP_ID" --object-path "$path" \
    --method org.freedesktop.Application.Activate "{}" >/dev/null
  args=$(ps -o args= -p "$(gdbus call --session --dest org.freedesktop.DBus \
    --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.GetConnectionUnixProcessID "$APP_ID" |
    sed "s/.*uint32 \([0-9]*\).*/\1/")")
  case $args in
    *trigger-atlas\ --gapplication-service) echo "ok: activated as: $args" ;;
    *) echo "not ok: the bus started: $args" >&2; exit 1 ;;
  esac
  gdbus call --session --dest "$APP_ID" --object-path "$path" \
    --method org.freedesktop.Application.ActivateAction quit "[]" "{}" >/dev/null
  # app.quit must end the service: wait (up to 20 s) for its name to go.
  for i in $(seq 200); do
    gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
      --method org.freedesktop.DBus.NameHasOwner "$APP_ID" | grep -q false && {
      echo "ok: app.quit ended the service"; exit 0; }
    sleep 0.1
  done
  echo "not ok: the service still runs after app.quit" >&2
  exit 1'
