#!/usr/bin/env bash
# What the Orca screen reader says to a person who Tabs through Foot Coach and then practises
# one exercise, read from Orca's own debug log ("SPEECH OUTPUT"). For trying the app by ear;
# too slow and too dependent on Orca's version for make test (tests/system/test_atspi.py
# checks the same through AT-SPI in seconds).
#
# Usage: scripts/orca_walk.sh [TIME_SCALE]   (default 4: a session four times faster)
# ORCA_WALK_LOG=FILE keeps Orca's whole debug log there.
# Needs (Debian): orca xdotool xvfb dbus at-spi2-core speech-dispatcher-espeak-ng pulseaudio,
# and openbox (a window manager, so the window takes the keyboard as on a desktop). It runs in
# a private X server, D-Bus session and sound server; nothing else is touched.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scale=${1:-4}
if [ -z "${ORCA_WALK_INSIDE:-}" ]; then
  run=$(mktemp -d /tmp/orca-walk.XXXXXX)
  chmod 700 "$run"
  # Also ends what Orca spawned and left behind (speech-dispatcher and its espeak-ng module,
  # which ignore TERM): our processes whose environment names this private runtime folder.
  left() {
    for e in /proc/[0-9]*/environ; do
      tr "\0" "\n" 2>/dev/null <"$e" | grep -qx "XDG_RUNTIME_DIR=$run" || continue
      p=${e#/proc/}
      echo "${p%/environ}"
    done
  }
  trap 'for p in $(left); do kill "$p" 2>/dev/null || true; done; sleep 0.5
        for p in $(left); do kill -KILL "$p" 2>/dev/null || true; done; rm -rf "$run"' EXIT
  ORCA_WALK_INSIDE=1 XDG_RUNTIME_DIR=$run dbus-run-session -- \
    bash "$root/tests/system/private_desktop.sh" bash "$0" "$scale"
  exit
fi

work=$XDG_RUNTIME_DIR
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
mkdir -p "$work/data" "$work/orca-prefs"
printf 'first_run_done = true\npain_checkins = false\n' >"$work/data/settings.toml"
if command -v openbox >/dev/null; then openbox >/dev/null 2>&1 & pids+=($!); fi
# Orca waits on its speech server, and the app waits on Orca for each key: speech-dispatcher
# (started by Orca) speaks into a PulseAudio sink that goes nowhere.
if command -v pulseaudio >/dev/null; then
  pulseaudio --daemonize=no --exit-idle-time=-1 -n --load="module-null-sink sink_name=walk" \
    --load="module-native-protocol-unix" >/dev/null 2>&1 &
  pids+=($!)
  for _ in $(seq 50); do [ -S "$work/pulse/native" ] && break; sleep 0.1; done
  export PULSE_SERVER="unix:$work/pulse/native"
fi
# As a desktop does when its screen reader is switched on: apps then pass keys to it.
gsettings set org.gnome.desktop.a11y.applications screen-reader-enabled true 2>/dev/null || true
orca --replace -u "$work/orca-prefs" --debug-file="$work/orca.log" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 100); do grep -q "SPEECH OUTPUT" "$work/orca.log" 2>/dev/null && break; sleep 0.1; done

QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 FOOT_COACH_TIME_SCALE=$scale FOOT_COACH_TTS_ENGINE=mock \
  PYTHONPATH=$root "$root/.venv/bin/python" -m foot_coach --data-dir "$work/data" \
  >"$work/app.log" 2>&1 &
pids+=($!)
window=""
for _ in $(seq 100); do
  window=$(xdotool search --name "^Foot Coach$" 2>/dev/null | head -1) && [ -n "$window" ] && break
  sleep 0.2
done
[ -n "$window" ] || { echo "orca_walk: the window did not appear" >&2; cat "$work/app.log" >&2; exit 1; }
xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
sleep 2
for _ in $(seq 6); do xdotool key Tab; sleep 1.5; done  # the first card's controls, the tabs
xdotool key ctrl+p  # practise the exercise shown: toe curls, ten holds
sleep $((80 / scale + 4))  # get ready, ten holds and releases, well done
# One line per utterance, as Orca would say it: a text read out whole (an exercise's steps)
# spans several lines of the log, which a line-by-line match would drop.
python3 -c 'import re, sys
for said in re.findall(r"SPEECH OUTPUT: \x27(.*?)\x27\s*\{", open(sys.argv[1]).read(), re.S):
    print(" / ".join(line.strip() for line in said.splitlines()))' "$work/orca.log"
[ -z "${ORCA_WALK_LOG:-}" ] || cp "$work/orca.log" "$ORCA_WALK_LOG"
