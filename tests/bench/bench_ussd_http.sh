#!/usr/bin/env bash
# USSD over HTTP: wrk on loopback walking whole *999# sessions on the Africa's Talking route of `paydesk-server
# serve` (SQLite, sessions written behind every 500 ms). Target (issue #6): >= 50,000 hops/s with p99 < 5 ms on
# this 2-core machine, where wrk shares the cores with the server.
set -euo pipefail
build=$1
seconds=${2:-10}
here=$(dirname "$(readlink -f "$0")")
root=$(readlink -f "$here/../..")
db="$TMPDIR/ussd-bench.sqlite3"
server="$build/bin/paydesk-server"

printf 'bench-password\n' | "$server" --database "sqlite:$db" init >/dev/null
"$server" --database "sqlite:$db" ussd import "$root/resources/ussd/airtime-999.json" >/dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# The sessions cancel before any vend: nothing reaches Paystack or VTpass, whose addresses lead nowhere.
PAYDESK_PAYSTACK_SECRET=sk_test_ussdbenchmark000000000000000000 QT_LOGGING_RULES="*.info=false" \
    "$server" --database "sqlite:$db" --listen "127.0.0.1:$port" --paystack-url http://127.0.0.1:9 \
    --vtpass-url http://127.0.0.1:9 serve 2>"$TMPDIR/serve.log" &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    python3 -c "import urllib.request, sys; urllib.request.urlopen(sys.argv[1], timeout=1)" \
        "http://127.0.0.1:$port/health" 2>/dev/null && break
    sleep 0.1
done

for connections in 2 4 8; do
    printf '%d connections: ' "$connections"
    wrk -t"$connections" -c"$connections" -d"${seconds}s" -s "$here/ussd_sessions.lua" "http://127.0.0.1:$port" |
        grep '^USSD over HTTP'
done
sleep 1 # the last write-behind batch
rss=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$pid/status")
rows=$(python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM ussd_sessions').fetchone()[0])" "$db")
echo "paydesk-server peak RSS ${rss} MB; ${rows} sessions written to ussd_sessions"
