#!/usr/bin/env bash
# The browser tests drive a system Chromium through Playwright (Playwright cannot download
# its own browser offline). Which one is decided in scripts/lib/chromium.ts: CHROMIUM_PATH,
# else Debian's /usr/bin/chromium. Install Debian's package when it is missing and we are
# root on Debian; otherwise say what to do. Needs node_modules (npm install) for tsx.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
chromium="$(cd "$root" && node --import tsx --input-type=module \
  -e 'const { chromiumPath } = await import("./scripts/lib/chromium.ts"); console.log(chromiumPath());')"
if [ -x "$chromium" ]; then
  exit 0
fi
if [ -z "${CHROMIUM_PATH:-}" ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Chromium not found at $chromium; installing Debian's chromium package..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium not found at $chromium. Install it (Debian/Ubuntu: sudo apt-get install -y chromium)" >&2
echo "or point CHROMIUM_PATH at a Chromium or Chrome binary." >&2
exit 1
