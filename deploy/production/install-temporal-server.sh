#!/usr/bin/env bash
# Builds Temporal Server and its SQL schema tool from their Go module (first time only, a few minutes) into
# ./.tools/bin, and copies the module's PostgreSQL schema folders beside them. Reused afterwards.
# The same version is named in deploy/production/Dockerfile.temporal; test/deployment.test.ts keeps them equal.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
version="1.29.1" # its go.mod has no replace directive, so `go install` works
tools="$here/.tools"
schema="$tools/temporal-schema/v$version"

if [[ -x "$tools/bin/temporal-server" && -x "$tools/bin/temporal-sql-tool" && -d "$schema/postgresql" \
      && "$(cat "$tools/temporal-server.version" 2>/dev/null)" == "$version" ]]; then
  echo "$tools"; exit 0
fi

go_bin=$(command -v go || true)
[[ -z "$go_bin" && -x /usr/local/go/bin/go ]] && go_bin=/usr/local/go/bin/go
if [[ -z "$go_bin" ]]; then
  echo "Go is needed to build Temporal Server v$version (go install go.temporal.io/server/cmd/server@v$version)" >&2
  exit 1
fi
mkdir -p "$tools/bin" "$schema"
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
echo "building Temporal Server v$version and its SQL tool with Go (first time only, a few minutes)…" >&2
GOBIN="$build" "$go_bin" install "go.temporal.io/server/cmd/server@v$version" >&2
GOBIN="$build" "$go_bin" install "go.temporal.io/server/cmd/tools/sql@v$version" >&2
install -m 0755 "$build/server" "$tools/bin/temporal-server"
install -m 0755 "$build/sql" "$tools/bin/temporal-sql-tool"
module=$("$go_bin" env GOMODCACHE)/go.temporal.io/server@v$version
rm -rf "$schema/postgresql"
cp -r "$module/schema/postgresql" "$schema/postgresql"
chmod -R u+w "$schema"
echo "$version" > "$tools/temporal-server.version"
echo "$tools"
