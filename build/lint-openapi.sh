#!/usr/bin/env bash
# Lints the OpenAPI document with Spectral (spectral:oas) and Redocly (recommended rules), as integrators' tools will.
#   build/lint-openapi.sh                   starts the API (./build.sh run) on a spare port, fetches the document, lints it
#   build/lint-openapi.sh path/to/doc.json  lints a document already fetched
# The linters come from the npm registry into build/.lint (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
tools=build/.lint  # not committed (.gitignore)
if [ ! -x "$tools/node_modules/.bin/spectral" ] || [ ! -x "$tools/node_modules/.bin/redocly" ]; then
  mkdir -p "$tools"
  echo '{ "name": "coachingbackend-openapi-lint", "private": true }' > "$tools/package.json"
  (cd "$tools" && npm install --no-audit --no-fund @stoplight/spectral-cli@6.16.3 @redocly/cli@2.77.0 >/dev/null)
fi
document="${1:-}"
if [ -z "$document" ]; then
  document="$(mktemp --suffix=.json)"
  port=5199
  URLS="http://localhost:$port" COACHING_DATA_DIR="$(mktemp -d)/postgres" ./build.sh run >"$document.log" 2>&1 &
  api=$!
  trap 'kill $api 2>/dev/null || true' EXIT
  for _ in $(seq 1 90); do
    curl -sf "http://localhost:$port/swagger/v1/swagger.json" -o "$document" && break
    sleep 2
  done
fi
echo 'extends: ["spectral:oas"]' > "$tools/.spectral.yaml"
"$tools/node_modules/.bin/spectral" lint --ruleset "$tools/.spectral.yaml" --fail-severity warn "$document"
"$tools/node_modules/.bin/redocly" lint --max-problems 50 "$document"
