# Sourced by deploy/quickstart.sh (`npm start`) and deploy/production/up.sh (`npm run production:local`), from the
# repository root: checks Node.js, installs npm dependencies when missing or changed, and builds when any source is
# newer than the last build.

node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<3)) { console.error("Node.js >= 20.3 is required, found "+process.versions.node); process.exit(1) }'

if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "[zongjian] installing npm dependencies…"
  npm ci --no-audit --no-fund
fi

stamp=dist/.built
if [[ ! -f $stamp ]] || [[ -n $(find config domain db activities workflows worker api cli deploy admin-ui/src admin-ui/index.html package.json -newer "$stamp" -type f -print -quit 2>/dev/null) ]]; then
  echo "[zongjian] building…"
  npm run --silent build
  touch "$stamp"
fi
