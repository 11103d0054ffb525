#!/usr/bin/env bash
# The two commands of the README:
#   ./build.sh run    runs the API (http://localhost:5080/swagger), with a local PostgreSQL if none is configured
#   ./build.sh test   runs the whole test suite and ends with one line: N passed, N failed, N skipped
#   ./build.sh bench  runs the benchmark (README, "Benchmark"); e.g. ./build.sh bench --seconds 5 --writers 16
#   ./build.sh codegen  writes the message handlers' code into the Host again (after changing a handler or a policy)
set -euo pipefail
cd "$(dirname "$0")"

# Marten needs a package this machine's registry does not serve: pack the shim into the local feed
# that nuget.config lists after the public one (docs/adr/0006-dependency-shim.md).
pack_shim() {
  mkdir -p build/feed
  if [ ! -f build/feed/patched.distributedlock.core.1.0.11.1.nupkg ] && [ ! -f build/feed/Patched.DistributedLock.Core.1.0.11.1.nupkg ]; then
    dotnet pack build/shims/Patched.DistributedLock.Core -c Release -o build/feed --nologo -v quiet
  fi
}

# With no connection string and no Docker engine, the app starts its own cluster from the local
# PostgreSQL binaries; install them where they are missing and we may (docs/adr/0005-database-provisioning.md).
ensure_postgres() {
  [ -n "${ConnectionStrings__Postgres:-}" ] && return 0
  command -v initdb >/dev/null 2>&1 && return 0
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && return 0
  docker info >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing PostgreSQL server binaries (none found, no Docker engine)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "No PostgreSQL binaries and no Docker engine: install PostgreSQL or set ConnectionStrings__Postgres." >&2
    exit 1
  fi
}

summarize() {
  local passed=0 failed=0 skipped=0 total=0 executed=0
  for trx in "$1"/*.trx; do
    [ -f "$trx" ] || continue
    local counters
    counters=$(grep -o '<Counters [^>]*>' "$trx")
    total=$((total + $(echo "$counters" | sed -E 's/.* total="([0-9]+)".*/\1/')))
    executed=$((executed + $(echo "$counters" | sed -E 's/.* executed="([0-9]+)".*/\1/')))
    passed=$((passed + $(echo "$counters" | sed -E 's/.* passed="([0-9]+)".*/\1/')))
    failed=$((failed + $(echo "$counters" | sed -E 's/.* failed="([0-9]+)".*/\1/')))
  done
  skipped=$((total - executed))
  echo "$passed passed, $failed failed, $skipped skipped"
}

case "${1:-}" in
  run)
    pack_shim
    ensure_postgres
    export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
    exec dotnet run --project src/Host/CoachingBackend.Host --no-launch-profile --urls "${URLS:-http://localhost:5080}" \
      --Database:DataDirectory="${COACHING_DATA_DIR:-$PWD/.data/postgres}"
    ;;
  test)
    pack_shim
    ensure_postgres
    results="TestResults/$(date +%Y%m%d-%H%M%S)"
    status=0
    dotnet test CoachingBackend.sln --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" || status=$?
    summarize "$results"
    exit $status
    ;;
  bench)
    shift
    pack_shim
    ensure_postgres
    # The product as it ships: the Host published for this machine, compiled ahead of time (ReadyToRun), which the
    # benchmark starts as a child process.
    dotnet publish src/Host/CoachingBackend.Host -c Release --use-current-runtime --self-contained false \
      -o build/publish/host --nologo -v quiet -clp:ErrorsOnly
    exec dotnet run -c Release --project bench/CoachingBackend.Benchmarks -- "$@"
    ;;
  codegen)
    pack_shim
    # Wolverine's handler code, generated ahead of time and compiled into the Host (docs/adr/0022-pre-generated-code-and-start-up.md).
    # The old code goes first: it may no longer compile against a changed handler. Nothing here connects to a database.
    rm -rf src/Host/CoachingBackend.Host/Internal/Generated
    dotnet build src/Host/CoachingBackend.Host -c Release --nologo -v quiet -clp:ErrorsOnly
    cd src/Host/CoachingBackend.Host
    ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Postgres="Host=localhost;Database=codegen-only" \
      Auth__SigningKey="codegen-only-signing-key-0123456789abcdef-0123456789" \
      dotnet run -c Release --no-build --no-launch-profile -- codegen write | grep -c "Wrote generated code file" | sed 's/$/ files written to Internal\/Generated/'
    ;;
  *)
    echo "usage: ./build.sh run | test | bench [--seconds D] [--writers N] | codegen" >&2
    exit 2
    ;;
esac
