#!/usr/bin/env bash
# Paydesk developer entry point.
#   ./dev.sh run   [ARGS...]   install what is missing, build, start paydesk in training mode with sample data
#   ./dev.sh test  [--sanitize] [CTEST ARGS...]
#                              install, build, start PostgreSQL + D-Bus/gnome-keyring + Xvfb, run ctest
#   ./dev.sh hospital          the hospital network demo: a local PostgreSQL, paydesk-sandbox, paydesk-server and
#                              two desks (Desk 1 and Desk 2) in training mode; ends when both desks are closed
#   ./dev.sh bench             build (Release) and print the benchmark figures
#   ./dev.sh package           build the Debian package (build/paydesk_VERSION_ARCH.deb)
#   ./dev.sh screenshots       refresh docs/screenshots from the GUI tests under Xvfb
#   ./dev.sh build             install and build only
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"
ROOT=$PWD

# Debian 12 packages. Keep README.md's "Dependencies" in step with this list.
BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config dpkg-dev file
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libssl-dev libmicrohttpd-dev libqrencode-dev libsqlite3-dev
    fonts-dejavu-core
)
TEST_PACKAGES=(postgresql gnome-keyring libsecret-tools dbus dbus-x11 xvfb xauth python3 python3-yaml clang libclang-rt-14-dev)
RUN_PACKAGES=(gnome-keyring dbus dbus-x11)
BENCH_PACKAGES=(wrk)

log() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }
die() { printf 'dev.sh: %s\n' "$*" >&2; exit 1; }

ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# configure_and_build BUILD_DIR [CMAKE ARGS...]
configure_and_build() {
    local dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
    else
        cmake "$dir" "$@" >/dev/null
    fi
    cmake --build "$dir"
}

free_port() {
    local port
    for port in $(seq "$1" $(($1 + 200))); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    die "no free port from $1"
}

CLEANUP=()
cleanup() {
    local i
    for ((i = ${#CLEANUP[@]} - 1; i >= 0; i--)); do eval "${CLEANUP[$i]}" || true; done
}
trap cleanup EXIT

# A private PostgreSQL cluster on a free loopback port, removed on exit. Exports PAYDESK_TEST_POSTGRES_URL.
start_postgres() {
    local bin dir port runas=()
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -x "$bin/initdb" ] || die "PostgreSQL server binaries not found"
    dir=$(mktemp -d /tmp/paydesk-pg.XXXXXX)
    CLEANUP+=("rm -rf '$dir'")
    port=$(free_port 25432)
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$dir"
        runas=(runuser -u postgres --)
    fi
    "${runas[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log"; die "initdb failed"; }
    "${runas[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null ||
        { cat "$dir/server.log"; die "PostgreSQL did not start"; }
    CLEANUP+=("${runas[*]} '$bin/pg_ctl' -D '$dir/data' -m immediate stop >/dev/null 2>&1")
    export PAYDESK_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/postgres"
    log "PostgreSQL on 127.0.0.1:$port"
}

# Xvfb on a free display, removed on exit. Exports DISPLAY.
start_xvfb() {
    local n
    for n in $(seq 90 140); do
        [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] || break
    done
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    CLEANUP+=("kill $! 2>/dev/null")
    export DISPLAY=":$n"
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
    log "Xvfb on $DISPLAY"
}

cmd_build() {
    ensure_packages "${BUILD_PACKAGES[@]}"
    configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
}

cmd_test() {
    local sanitize=0 dir=build
    if [ "${1:-}" = "--sanitize" ]; then
        sanitize=1
        dir=build-sanitize
        shift
    fi
    ensure_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    log "building $dir"
    configure_and_build "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPAYDESK_WERROR=ON \
        -DPAYDESK_SANITIZE=$([ $sanitize -eq 1 ] && echo ON || echo OFF)
    start_postgres
    start_xvfb
    export PAYDESK_REQUIRE_POSTGRES=1 PAYDESK_REQUIRE_KEYRING=1 PAYDESK_REQUIRE_FUZZ=1
    if [ $sanitize -eq 1 ]; then
        export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1"
        export LSAN_OPTIONS="suppressions=$ROOT/tests/lsan.supp:print_suppressions=0"
        export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    fi
    log "running ctest"
    # One D-Bus session with an unlocked gnome-keyring for the whole run: the keychain tests use the real thing.
    dbus-run-session -- bash "$ROOT/tests/support/with_keyring.sh" \
        ctest --test-dir "$dir" --output-on-failure --timeout 600 -j2 "$@"
}

cmd_run() {
    ensure_packages "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}"
    configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
    local args=(--training --sample-data --sample-history "$@")
    # The local Paystack the training desk talks to, with the well-known training key (TrainingSecretStore). Its
    # webhooks go to the desk's embedded server at its default address, as Paystack's would in production, so a
    # training payment shows as paid the moment it is made, not at the next poll.
    if ! (exec 3<>/dev/tcp/127.0.0.1/8089) 2>/dev/null; then
        mkdir -p "${XDG_DATA_HOME:-$HOME/.local/share}/paydesk"
        build/bin/paydesk-sandbox --listen 127.0.0.1:8089 --secret sk_test_paydesktrainingsandbox000000 \
            --webhook-url http://127.0.0.1:8088/paystack/webhook \
            --data "${XDG_DATA_HOME:-$HOME/.local/share}/paydesk/sandbox.sqlite3" --time-scale 60 --vtpass-deliver-all >/dev/null &
        CLEANUP+=("kill $! 2>/dev/null")
        log "paydesk-sandbox on 127.0.0.1:8089"
    fi
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        ensure_packages xvfb xauth
        start_xvfb
        log "no display: paydesk runs on Xvfb $DISPLAY"
    fi
    if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
        dbus-run-session -- bash "$ROOT/tests/support/with_keyring.sh" build/bin/paydesk "${args[@]}"
    else
        build/bin/paydesk "${args[@]}"
    fi
}

# Two desks and one server on a local PostgreSQL, as a hospital runs them: the desks hold no Paystack key,
# paydesk-server takes the sandbox's webhooks and makes every Paystack call, LISTEN/NOTIFY carries the results
# back to the desks. Everything is in training mode against paydesk-sandbox and removed on exit.
cmd_hospital() {
    ensure_packages "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}" postgresql
    configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
    start_postgres
    local key=sk_test_paydesktrainingsandbox000000 work server_port sandbox_port db desk
    work=$(mktemp -d /tmp/paydesk-hospital.XXXXXX)
    CLEANUP+=("rm -rf '$work'")
    db="${PAYDESK_TEST_POSTGRES_URL%/postgres}/paydesk_hospital"
    psql -q "$PAYDESK_TEST_POSTGRES_URL" -c "CREATE DATABASE paydesk_hospital" >/dev/null
    build/bin/paydesk-server init --database "$db" >/dev/null
    # An administrator, so the desks go straight to their login (the sample accounts come with Desk 1).
    printf 'hospital-admin-1\n' | build/bin/paydesk-server --database "$db" users add admin --role admin \
        --name "Demo administrator" >/dev/null
    server_port=$(free_port 18088)
    sandbox_port=$(free_port 18089)
    build/bin/paydesk-sandbox --listen "127.0.0.1:$sandbox_port" --secret "$key" --data "$work/sandbox.sqlite3" \
        --terminals 2232WE17,2232WE18 --time-scale 60 \
        --webhook-url "http://127.0.0.1:$server_port/paystack/webhook" >"$work/sandbox.log" 2>&1 &
    CLEANUP+=("kill $! 2>/dev/null")
    PAYDESK_PAYSTACK_SECRET=$key build/bin/paydesk-server serve --database "$db" \
        --listen "127.0.0.1:$server_port" --paystack-url "http://127.0.0.1:$sandbox_port" >"$work/server.log" 2>&1 &
    CLEANUP+=("kill $! 2>/dev/null")
    for _ in $(seq 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$server_port") 2>/dev/null && break
        sleep 0.1
    done
    log "paydesk-server on 127.0.0.1:$server_port (log $work/server.log), sandbox on 127.0.0.1:$sandbox_port"
    for desk in 1 2; do
        printf '[desk]\nname=Desk %s\n[paystack]\nterminal=2232WE1%s\n' "$desk" $((6 + desk)) >"$work/desk$desk.conf"
    done
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        ensure_packages xvfb xauth
        start_xvfb
        log "no display: the desks run on Xvfb $DISPLAY"
    fi
    log "two desks on $db: log in as cashier1 / training (admin / hospital-admin-1); tap cards with the sandbox control API (docs/deploy.md)"
    # Desk 1 loads the sample patients, price list and accounts; Desk 2 starts once they are in.
    local run=(build/bin/paydesk --training --sandbox-url "http://127.0.0.1:$sandbox_port" --database "$db" "$@")
    local script="${run[*]@Q} --config '$work/desk1.conf' --sample-data & sleep 3;"
    script+=" ${run[*]@Q} --config '$work/desk2.conf' & wait"
    if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
        dbus-run-session -- bash "$ROOT/tests/support/with_keyring.sh" bash -c "$script"
    else
        bash -c "$script"
    fi
}

cmd_bench() {
    ensure_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" "${BENCH_PACKAGES[@]}"
    configure_and_build build-bench -DCMAKE_BUILD_TYPE=Release -DPAYDESK_BUILD_TESTS=ON
    start_postgres
    start_xvfb
    dbus-run-session -- bash "$ROOT/tests/support/with_keyring.sh" bash "$ROOT/tests/bench/run_all.sh" build-bench
}

cmd_package() {
    ensure_packages "${BUILD_PACKAGES[@]}"
    configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
    (cd build && cpack -G DEB)
    ls -1 build/paydesk_*.deb
}

cmd_screenshots() {
    ensure_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
    start_xvfb
    export PAYDESK_SCREENSHOT_DIR="$ROOT/docs/screenshots"
    mkdir -p "$PAYDESK_SCREENSHOT_DIR"
    ctest --test-dir build --output-on-failure -L gui
    ls -1 "$PAYDESK_SCREENSHOT_DIR"
}

main() {
    case "${1:-}" in
        run) shift; cmd_run "$@" ;;
        test) shift; cmd_test "$@" ;;
        bench) shift; cmd_bench "$@" ;;
        hospital) shift; cmd_hospital "$@" ;;
        build) shift; cmd_build "$@" ;;
        package) shift; cmd_package "$@" ;;
        screenshots) shift; cmd_screenshots "$@" ;;
        *) sed -n '2,12p' "$0"; exit 1 ;;
    esac
}

# Everything above is only definitions; bash has read the whole file before main runs, so editing dev.sh while it
# runs cannot change what it does.
main "$@"; exit $?
