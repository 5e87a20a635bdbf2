#!/usr/bin/env bash
# Cold start of paydesk to a shown login window on the X display in $DISPLAY: median of N runs, and peak RSS.
# Targets (issue #2): < 500 ms and < 120 MB.
set -euo pipefail
build=$1
runs=${2:-10}
db="$TMPDIR/bench.sqlite3"
printf 'bench-password\n' | "$build/bin/paydesk-server" --database "sqlite:$db" init >/dev/null
printf 'bench-password\n' | "$build/bin/paydesk-server" --database "sqlite:$db" users add bench --role cashier >/dev/null

times=()
inapp=()
rss=()
# Truly cold means an empty page cache; that needs root and a kernel that lets us drop it.
cold="warm cache"
for _ in $(seq "$runs"); do
    if sync && (echo 3 >/proc/sys/vm/drop_caches) 2>/dev/null; then cold="page cache dropped before each run"; fi
    start=$(date +%s%N)
    line=$(QT_QPA_PLATFORM=xcb "$build/bin/paydesk" --database "sqlite:$db" --quit-when-shown)
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
    rss+=("$(sed -E 's/.*peak RSS ([0-9]+) KiB.*/\1/' <<<"$line")")
    inapp+=("$(sed -E 's/.*after ([0-9]+) ms.*/\1/' <<<"$line")")
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }
printf 'cold start to login window   median %4d ms  (min %d, max %d; %d runs, %s, process start to exit)\n' \
    "$(median "${times[@]}")" "$(printf '%s\n' "${times[@]}" | sort -n | head -1)" \
    "$(printf '%s\n' "${times[@]}" | sort -n | tail -1)" "$runs" "$cold"
printf 'main() to login window shown  median %4d ms\n' "$(median "${inapp[@]}")"
printf 'peak resident memory         median %4d MB\n' "$(($(median "${rss[@]}") / 1024))"
