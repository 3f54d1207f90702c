#!/usr/bin/env bash
# Runs "$@" on a private X server with the accessibility bus (AT-SPI), inside a D-Bus session
# that `dbus-run-session` made for it, so screen-reader tools talk to the app under test only.
set -euo pipefail
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
Xvfb -displayfd 5 -screen 0 1024x768x24 -nolisten tcp 5>"$XDG_RUNTIME_DIR/display" \
  2>"$XDG_RUNTIME_DIR/xvfb.log" &
pids+=($!)
for _ in $(seq 100); do [ -s "$XDG_RUNTIME_DIR/display" ] && break; sleep 0.05; done
export DISPLAY=":$(cat "$XDG_RUNTIME_DIR/display")"
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$XDG_RUNTIME_DIR/bus.log" 2>&1 &
pids+=($!)
"$@"
