#!/usr/bin/env bash
# Runs every benchmark against the build in $1 and prints its figures. Called by ./dev.sh bench, which has started
# PostgreSQL (PAYDESK_TEST_POSTGRES_URL), Xvfb (DISPLAY) and a D-Bus session with a keyring.
set -euo pipefail
build=$(readlink -f "$1")
here=$(dirname "$(readlink -f "$0")")
export QT_LOGGING_RULES="*.info=false"

echo "== Paydesk benchmarks ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores)"
"$here/../support/isolated.sh" "$build/bin/bench_migrations" 20
"$here/../support/isolated.sh" bash "$here/bench_startup.sh" "$build" 10
"$here/../support/isolated.sh" "$build/bin/bench_billing" 100000 1000000
# The Node peer bench_webhooks compares paydesk-server with, installed once per build folder (better-sqlite3 compiles
# its SQLite on install, about two minutes here). Bounded: without a registry, npm retries for minutes.
peer="$build/webhook-peer"
if [ ! -d "$peer/node_modules/better-sqlite3" ] && command -v node >/dev/null && command -v npm >/dev/null; then
    rm -rf "$peer" && cp -r "$here/reference/webhook-peer" "$peer"
    (cd "$peer" && timeout 600 npm ci --no-audit --no-fund --silent >/dev/null 2>&1) || rm -rf "$peer"
fi
[ -d "$peer/node_modules/better-sqlite3" ] && export PAYDESK_WEBHOOK_PEER="$peer"
"$here/../support/isolated.sh" "$build/bin/bench_webhooks" 100000 96
"$here/../support/isolated.sh" "$build/bin/bench_airtime" 1000000 1000
"$here/../support/isolated.sh" "$build/bin/bench_ussd" 200000
"$here/../support/isolated.sh" "$build/bin/bench_stats" 1000000 5
"$here/../support/isolated.sh" bash "$here/bench_ussd_http.sh" "$build" 10
