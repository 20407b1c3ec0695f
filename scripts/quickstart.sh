#!/usr/bin/env bash
# Fresh machine → framed captures of the bundled example site in out/example.zip.
# Installs what is missing: a Chromium (Debian/Ubuntu package, when none is found) and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

node -e 'const [M]=process.versions.node.split(".").map(Number); if (M < 20) { console.error("framecap needs Node.js 20 or newer (found " + process.version + ")"); process.exit(1) }'

have_browser() {
  [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ] && return 0
  for b in chromium-headless-shell chrome-headless-shell google-chrome google-chrome-stable chromium chromium-browser; do command -v "$b" >/dev/null 2>&1 && return 0; done
  ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium{-*/chrome-linux*/chrome,_headless_shell-*/chrome-*/*headless*shell} >/dev/null 2>&1
}

if ! have_browser || ! fc-list 2>/dev/null | grep -qi liberation; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing Chromium and fonts (apt-get)…"
    $SUDO apt-get update -qq
    pkgs=(chromium fonts-liberation)
    # Debian 12+ packages Chromium's headless shell: the same pixels for less CPU per page (README, Browsers).
    apt-cache show chromium-headless-shell >/dev/null 2>&1 && pkgs+=(chromium-headless-shell)
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${pkgs[@]}" >/dev/null
  elif ! have_browser; then
    echo "No Chrome or Chromium found. Install one, or set CHROME_PATH to its executable, then run this again." >&2
    exit 1
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
node scripts/demo.mjs "$@"
