#!/usr/bin/env bash
# Installs the Temporal CLI (which embeds the dev server) once, and reuses it afterwards.
# Order (DESIGN.md "Runtime"): `temporal` on PATH → `go install` into ./.tools/bin →
# the official release archive. Prints the binary's path as its last line.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
tools="$here/.tools/bin"
version="1.5.1" # newest release whose go.mod has no replace directive, so `go install` works

if [[ -n "${TEMPORAL_CLI:-}" && -x "${TEMPORAL_CLI}" ]]; then echo "$TEMPORAL_CLI"; exit 0; fi
if [[ -x "$tools/temporal" ]]; then echo "$tools/temporal"; exit 0; fi
if command -v temporal >/dev/null 2>&1; then command -v temporal; exit 0; fi

mkdir -p "$tools"
go_bin=$(command -v go || true)
[[ -z "$go_bin" && -x /usr/local/go/bin/go ]] && go_bin=/usr/local/go/bin/go
if [[ -n "$go_bin" ]]; then
  echo "building the Temporal CLI v$version with Go (first time only, a few minutes)…" >&2
  if GOBIN="$tools" "$go_bin" install "github.com/temporalio/cli/cmd/temporal@v$version" >&2; then
    echo "$tools/temporal"; exit 0
  fi
  echo "go install failed; trying the official release archive" >&2
fi

arch=$(uname -m); case "$arch" in x86_64) arch=amd64;; aarch64|arm64) arch=arm64;; esac
os=$(uname -s | tr '[:upper:]' '[:lower:]')
url="https://github.com/temporalio/cli/releases/download/v$version/temporal_cli_${version}_${os}_${arch}.tar.gz"
tmp=$(mktemp -d)
curl -fsSL "$url" -o "$tmp/temporal.tgz"
tar -xzf "$tmp/temporal.tgz" -C "$tmp"
install -m 0755 "$tmp/temporal" "$tools/temporal"
rm -rf "$tmp"
echo "$tools/temporal"
