#!/usr/bin/env bash
# Browser tests drive Debian's Chromium; install it on a fresh machine (root, apt).
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null; then
  echo "Chưa có Chromium ở $chromium_path. Cài bằng: sudo apt-get install -y chromium (hoặc đặt CHROMIUM_PATH)." >&2
  exit 1
fi
echo "Đang cài Chromium (apt-get install -y chromium)…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
