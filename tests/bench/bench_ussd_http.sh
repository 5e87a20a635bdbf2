#!/usr/bin/env bash
# USSD over HTTP: wrk on loopback walking whole *999# sessions on the Africa's Talking route of `paydesk-server
# serve` (SQLite, sessions written behind every 200 ms). Target (issue #6): >= 50,000 hops/s with p99 < 5 ms on
# this 2-core machine, where wrk shares the cores with the server.
# The same walk, at the same moment, against two yardsticks:
#   - bare_ussd_server: libmicrohttpd answering each hop with a constant screen, no engine, sessions or database;
#     the most any server on libmicrohttpd reaches here, with wrk and the loopback taking their share;
#   - ussd-menu-builder under Node (tests/bench/reference), the reference the target was set against; run only
#     when node and npm are installed and the npm registry answers.
set -euo pipefail
build=$1
seconds=${2:-10}
here=$(dirname "$(readlink -f "$0")")
root=$(readlink -f "$here/../..")
db="$TMPDIR/ussd-bench.sqlite3"
server="$build/bin/paydesk-server"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null || true' EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# wait_for URL: until something answers there (any status), for up to 10 s.
wait_for() {
    for _ in $(seq 100); do
        python3 -c "import urllib.request, urllib.error, sys
try: urllib.request.urlopen(sys.argv[1], timeout=1)
except urllib.error.HTTPError: pass" "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

printf 'bench-password\n' | "$server" --database "sqlite:$db" init >/dev/null
"$server" --database "sqlite:$db" ussd import "$root/resources/ussd/airtime-999.json" >/dev/null
port=$(free_port)
# The sessions cancel before any vend: nothing reaches Paystack or VTpass, whose addresses lead nowhere.
PAYDESK_PAYSTACK_SECRET=sk_test_ussdbenchmark000000000000000000 QT_LOGGING_RULES="*.info=false" \
    "$server" --database "sqlite:$db" --listen "127.0.0.1:$port" --paystack-url http://127.0.0.1:9 \
    --vtpass-url http://127.0.0.1:9 serve 2>"$TMPDIR/serve.log" &
pid=$!
pids+=("$pid")
wait_for "http://127.0.0.1:$port/health"

bare_port=$(free_port)
"$build/bin/bare_ussd_server" "$bare_port" &
pids+=($!)
wait_for "http://127.0.0.1:$bare_port/"

node_port=
if command -v node >/dev/null && command -v npm >/dev/null; then
    cp -r "$here/reference/ussd-menu-builder" "$TMPDIR/node-reference"
    # Bounded: without a registry, npm retries for minutes before it gives up.
    if (cd "$TMPDIR/node-reference" && timeout 120 npm ci --no-audit --no-fund --silent >/dev/null 2>&1); then
        node_port=$(free_port)
        node "$TMPDIR/node-reference/server.js" "$node_port" &
        pids+=($!)
        wait_for "http://127.0.0.1:$node_port/" || node_port=
    fi
fi
[ -n "$node_port" ] || echo "ussd-menu-builder reference: skipped (needs node, npm and the npm registry)"

# walk LABEL PORT CONNECTIONS: one wrk run of the walk, one line of figures.
walk() {
    printf '%-18s %d connections: ' "$1" "$3"
    wrk -t"$3" -c"$3" -d"${seconds}s" -s "$here/ussd_sessions.lua" "http://127.0.0.1:$2" |
        grep '^USSD over HTTP' | sed 's/^USSD over HTTP (Africa.s Talking route) *//'
}

echo "USSD over HTTP (Africa's Talking route), ${seconds} s per run:"
for connections in 2 4 8; do
    walk paydesk-server "$port" "$connections"
    walk bare "$bare_port" "$connections"
    [ -z "$node_port" ] || walk ussd-menu-builder "$node_port" "$connections"
done
sleep 1 # the last write-behind batch
rss=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$pid/status")
rows=$(python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM ussd_sessions').fetchone()[0])" "$db")
echo "paydesk-server peak RSS ${rss} MB; ${rows} sessions written to ussd_sessions"
