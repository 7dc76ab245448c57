#!/usr/bin/env bash
# Installs promtool (Prometheus's rule checker) once into ./.tools/bin, from Debian's prometheus package, unpacked
# rather than installed so no Prometheus service starts on the machine. Prints the binary's path as its last line.
# The alert rules in deploy/prometheus are checked and unit-tested with it (test/monitoring.test.ts).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
tools="$here/.tools/bin"
if [[ -x "$tools/promtool" ]]; then echo "$tools/promtool"; exit 0; fi
if command -v promtool >/dev/null 2>&1; then command -v promtool; exit 0; fi
mkdir -p "$tools"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
# The package lists may be missing on a fresh machine: read them once, then ask again.
apt-get download prometheus >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get download prometheus >/dev/null 2>&1; }
dpkg -x prometheus_*.deb unpacked
install -m 0755 unpacked/usr/bin/promtool "$tools/promtool"
echo "$tools/promtool"
