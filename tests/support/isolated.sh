#!/usr/bin/env bash
# Runs one test with a throwaway HOME, config, data and cache folder and a pinned locale, so no test ever reads or
# writes the user's real settings or database. The folder is removed afterwards unless the test failed.
set -uo pipefail
scratch=$(mktemp -d /tmp/paydesk-test.XXXXXX)
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
export XDG_CACHE_HOME="$scratch/cache" XDG_STATE_HOME="$scratch/state" TMPDIR="$scratch/tmp"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$TMPDIR" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export PAYDESK_TEST_SCRATCH="$scratch"
"$@"
status=$?
if [ $status -eq 0 ]; then rm -rf "$scratch"; else echo "test files kept in $scratch" >&2; fi
exit $status
