#!/usr/bin/env bash
# Runs a command inside the current D-Bus session with a fresh, unlocked gnome-keyring providing the Secret Service
# (org.freedesktop.secrets). Used by ./dev.sh test under dbus-run-session; the keyring's files live in a temporary
# folder that is removed afterwards.
set -euo pipefail
keyring_home=$(mktemp -d /tmp/paydesk-keyring.XXXXXX)
trap 'rm -rf "$keyring_home"' EXIT
mkdir -p "$keyring_home/run" && chmod 700 "$keyring_home/run"
# The daemon keeps running in this D-Bus session; it ends with the session.
eval "$(printf 'paydesk-test-keyring' | HOME="$keyring_home" XDG_DATA_HOME="$keyring_home/data" \
    XDG_RUNTIME_DIR="$keyring_home/run" gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
export PAYDESK_KEYRING_READY=1
"$@"
