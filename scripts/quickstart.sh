#!/usr/bin/env bash
# Fresh machine → framed captures of the bundled example site in out/example.zip,
# and everything `npm test` needs. Installs what is missing: the system packages
# of scripts/system-packages.txt (Chromium and its headless shell, fonts,
# redis-server, the filter lists; with sudo when not root) and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

node -e 'const [M]=process.versions.node.split(".").map(Number); if (M < 20) { console.error("framecap needs Node.js 20 or newer (found " + process.version + ")"); process.exit(1) }'

have_browser() {
  [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ] && return 0
  for b in chromium-headless-shell chrome-headless-shell google-chrome google-chrome-stable chromium chromium-browser; do command -v "$b" >/dev/null 2>&1 && return 0; done
  ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium{-*/chrome-linux*/chrome,_headless_shell-*/chrome-*/*headless*shell} >/dev/null 2>&1
}

bash scripts/install-system-packages.sh
if ! have_browser; then
  echo "No Chrome or Chromium found. Install one, or set CHROME_PATH to its executable, then run this again." >&2
  exit 1
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
node scripts/demo.mjs "$@"
