#!/usr/bin/env bash
# Installs what ManaMitra's tests and local runs need on a fresh Debian machine (the .NET SDK is assumed).
# Idempotent: installs only what is missing, so it is cheap to run before every test run.
set -euo pipefail

missing=()
# Browser tests drive Debian's Chromium: a test tool's own browser download cannot work on locked-down networks.
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# Tests start a throwaway PostgreSQL 15 from the server binaries.
command -v initdb >/dev/null 2>&1 || [ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql-15)
# Documents are printed in Noto Sans Telugu and Noto Sans from the system; the project ships no font files.
[ -f /usr/share/fonts/truetype/noto/NotoSansTelugu-Regular.ttf ] && [ -f /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf ] || missing+=(fonts-noto-core)
# Document tests read the printed QR code back with zbar as well as ZXing, whose locator misses some valid codes.
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)
# Document tests rasterise printed PDFs at 72 dpi with poppler's pdftoppm, as a scanner would, to read the QR code back.
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing ${missing[*]}; run as root or install them yourself" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
