#!/usr/bin/env bash
# Makes sure the Debian libraries Qt needs (and the tools the tests and the bench use) are present.
# As root with apt-get it installs what is missing; otherwise it prints the exact command.
set -euo pipefail

runtime=(xvfb xauth libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6
  fonts-dejavu-core libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0
  libxcb-xkb1 libxcb-sync1 libxcb-shm0 libxrandr2 libpulse0 libx11-6 libxss1)
testing=(trayer xdotool imagemagick desktop-file-utils appstream poppler-utils
  pulseaudio pulseaudio-utils speech-dispatcher speech-dispatcher-espeak-ng espeak-ng openbox x11-utils
  dbus-daemon libglib2.0-bin dunst python3-gi at-spi2-core python3-pyatspi orca)  # the last three: AT-SPI tests

benching=(valgrind)  # start-up counted in instructions (benchmarks/instructions.py)

want=("${runtime[@]}")
case "${1:-}" in
  --test) want+=("${testing[@]}") ;;
  --bench) want+=("${testing[@]}" "${benching[@]}") ;;
esac

command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian-like: nothing we can check

missing=()
for p in "${want[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages Qt needs: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

echo "Foot Coach needs these Debian packages, which are missing:" >&2
echo "  sudo apt-get install -y ${missing[*]}" >&2
exit 1
