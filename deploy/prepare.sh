# Sourced by deploy/quickstart.sh (`npm start`) and deploy/production/up.sh (`npm run production:local`), from the
# repository root: checks Node.js, installs npm dependencies when missing or changed, and builds when any source is
# newer than the last build.

# Supported: Node.js 24 (LTS) and 20.3 or later while 20 is still admitted (package.json engines; CI runs both).
node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<3)) { console.error("Node.js 24 (or 20.3 and later 20.x) is required, found "+process.versions.node); process.exit(1) } if (a!==20&&a!==24) console.warn("[zongjian] Node.js "+process.versions.node+" is not a tested line (24, or 20); going on")'

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
