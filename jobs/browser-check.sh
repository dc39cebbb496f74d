#!/usr/bin/env bash
# Opens an HTML page as a person would, in headless Chromium, saves a screenshot and fails when the page writes
# anything to the browser console. credence's report has no script, so any console message is an error: a load its
# Content-Security-Policy blocked, a broken resource, a parse problem.
# Usage: jobs/browser-check.sh PAGE.html SCREENSHOT.png [WIDTHxHEIGHT]
#        jobs/browser-check.sh --self-test   (proves the check fails on a page that tries to load an image)
# Exit codes: 0 silent console and a screenshot; 1 chromium failed or wrote no screenshot; 3 a console message.
# Installs Debian's chromium with apt-get when it is missing (apt-get update first). Nothing is fetched by the page:
# background networking, component updates, sync and QUIC are off, with a fresh profile each time.
set -euo pipefail

ensure_chromium() {
  command -v chromium >/dev/null 2>&1 && return
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || { echo "browser-check: chromium is missing: apt-get install chromium" >&2; exit 1; }
    sudo=(sudo)
  fi
  echo "browser-check: installing Debian's chromium (apt-get update, then apt-get install chromium)" >&2
  "${sudo[@]}" apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q chromium >&2
}

# The code check returns when the page wrote to the console (1 is chromium failing or writing no screenshot).
CONSOLE_MESSAGE=3

# check PAGE SHOT SIZE: 0 when the screenshot was written and the console stayed silent, CONSOLE_MESSAGE when the
# console had a message, 1 when chromium failed or wrote no screenshot.
check() {
  local page="$1" shot="$2" size="$3" work
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' RETURN
  rm -f "$shot"
  if ! timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --user-data-dir="$work/profile" --enable-logging=stderr --v=0 --hide-scrollbars \
      --window-size="${size/x/,}" --screenshot="$shot" "file://$(realpath "$page")" >"$work/log" 2>&1; then
    cat "$work/log" >&2
    echo "browser-check: chromium failed on $page" >&2
    return 1
  fi
  if [[ ! -s "$shot" ]]; then
    cat "$work/log" >&2
    echo "browser-check: no screenshot of $page" >&2
    return 1
  fi
  if grep -F ':CONSOLE' "$work/log" >&2; then
    echo "browser-check: $page wrote to the browser console (above)" >&2
    return "$CONSOLE_MESSAGE"
  fi
  echo "browser-check: $page: no console message; screenshot $shot ($(stat -c %s "$shot") bytes)"
}

ensure_chromium
if [[ "${1:-}" == "--self-test" ]]; then
  dir="$(mktemp -d)"
  trap 'rm -rf "$dir"' EXIT
  printf '%s\n' '<!DOCTYPE html><html><head><meta charset="utf-8">' \
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"></head>" \
    '<body><p>blocked image:</p><img src="http://example.invalid/x.png" alt=""></body></html>' > "$dir/bad.html"
  # Only the console message counts: a chromium crash, a timeout or a missing screenshot fails the check too, but
  # would prove nothing about it.
  rc=0
  check "$dir/bad.html" "$dir/bad.png" 400x300 >"$dir/out" 2>"$dir/err" || rc=$?
  if [[ $rc -ne $CONSOLE_MESSAGE ]]; then
    cat "$dir/out" "$dir/err" >&2
    echo "browser-check: self-test FAILED: a page with a blocked load gave $rc, not the console message" \
      "($CONSOLE_MESSAGE) it must give" >&2
    exit 1
  fi
  echo "browser-check: self-test ok (a page with a blocked load fails the check on its console message)"
  exit 0
fi
[[ $# -ge 2 ]] || { echo "usage: jobs/browser-check.sh PAGE.html SCREENSHOT.png [WIDTHxHEIGHT]" >&2; exit 2; }
check "$1" "$2" "${3:-1280x1600}"
