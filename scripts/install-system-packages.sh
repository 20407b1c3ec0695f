#!/usr/bin/env bash
# Installs the system packages of scripts/system-packages.txt that are missing
# here: the one list the README's first command (quickstart.sh), .ci/run and
# .github/workflows/ci.yml install from. A package counts as present when the
# file the list names for it exists, so a machine that has it from elsewhere
# (a browser image, a base image) is not made to install it again.
#   --check   install nothing: list what is missing, exit 1 if anything is
set -euo pipefail
cd "$(dirname "$0")"

check_only=0
[ "${1:-}" = "--check" ] && check_only=1

distro=unknown
[ -r /etc/os-release ] && distro=$(. /etc/os-release && echo "${ID:-unknown}")

missing=()
elsewhere=()
while read -r pkg proof where _; do
  case "$pkg" in ''|'#'*) continue ;; esac
  [ -e "$proof" ] && continue
  if [ "$where" = debian ] && [ "$distro" != debian ]; then
    elsewhere+=("$pkg")
  else
    missing+=("$pkg")
  fi
done < system-packages.txt

if [ ${#elsewhere[@]} -gt 0 ]; then
  echo "not installed from apt on $distro (Debian-only packages; see scripts/system-packages.txt): ${elsewhere[*]}"
fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
if [ $check_only -eq 1 ]; then
  echo "missing system packages: ${missing[*]} (bash scripts/install-system-packages.sh installs them)" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "missing system packages: ${missing[*]}; this machine has no apt-get: install them with its own package manager" >&2
  exit 1
fi

sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)
# Off Debian, recommends can pull in a snap-packaged Chromium (webext-ublock-origin-chromium on Ubuntu).
flags=(-y -qq)
[ "$distro" != debian ] && flags+=(--no-install-recommends)
echo "== apt-get install ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install "${flags[@]}" "${missing[@]}" >/dev/null

# Every package must have brought the file that proves it.
still=()
while read -r pkg proof where _; do
  case "$pkg" in ''|'#'*) continue ;; esac
  [ "$where" = debian ] && [ "$distro" != debian ] && continue
  [ -e "$proof" ] || still+=("$pkg ($proof)")
done < system-packages.txt
if [ ${#still[@]} -gt 0 ]; then
  echo "installed, but these files are still missing: ${still[*]}; scripts/system-packages.txt may name the wrong file for this release" >&2
  exit 1
fi
echo "system packages: installed ${missing[*]}"
