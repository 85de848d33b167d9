#!/usr/bin/env bash
# The journeys drive Debian's Chromium (Playwright's own browser download does
# not work on this machine kind). When it is missing, install it as root, as
# on a fresh machine; otherwise stop at once with the one line that fixes it.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$browser" ] && exit 0
fi
echo "Chromium not found at $browser. Install it: sudo apt-get install -y chromium (or set CHROMIUM_PATH)." >&2
exit 1
