#!/usr/bin/env bash
# Takes a screenshot of a batch report (report.html) with headless Chromium, to see the page as a
# reader does without a desktop. Installs Debian's chromium package when it is missing (needs root).
#
#   scripts/screenshot-report.sh OUTPUT_DIR/report.html [report.png] [WIDTH,HEIGHT]
#
# The page is loaded from the local file; Chromium is started without background networking, and
# the report itself loads nothing from the network.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 3 ]; then
  echo "usage: $0 REPORT.html [OUT.png] [WIDTH,HEIGHT]" >&2
  exit 2
fi
report="$1"
png="${2:-${report%.html}.png}"
size="${3:-1400,1000}"
if [ ! -f "$report" ]; then
  echo "$0: $report: no such file" >&2
  exit 2
fi

browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "$0: installing Debian's chromium package (a few minutes) ..." >&2
  log="$(mktemp)"
  if ! { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "$0: could not install chromium (root and Debian's package archive are needed)" >&2
    exit 1
  fi
  rm -f "$log"
  browser="$(command -v chromium)"
fi

report_url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
png_path="$(cd "$(dirname "$png")" && pwd)/$(basename "$png")"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

rm -f "$png_path"
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
  --user-data-dir="$profile" --hide-scrollbars \
  --screenshot="$png_path" --window-size="$size" "$report_url" >"$profile/chromium.log" 2>&1 || true

if [ ! -s "$png_path" ]; then
  echo "$0: chromium wrote no screenshot; its messages:" >&2
  cat "$profile/chromium.log" >&2
  exit 1
fi
echo "$png_path"
