#!/usr/bin/env bash
# Runs "$@" with an unlocked gnome-keyring (Secret Service) on the current session bus, e.g.
#   dbus-run-session -- bash .ci/with-keyring.sh ctest -R account
# The keyring lives in a throw-away directory: it never touches (or needs the password of) the
# user's own login keyring, and nothing stays behind.
set -euo pipefail
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "with-keyring.sh: no session bus; run it as: dbus-run-session -- bash $0 COMMAND..." >&2
    exit 2
fi
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/data" "$scratch/runtime"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$scratch/runtime}"
# --unlock reads the new keyring's password from stdin and creates the login collection, which
# becomes the default collection QtKeychain's Secret Service backend writes to.
if ! env=$(printf 'ci-keyring-password' \
        | XDG_DATA_HOME="$scratch/data" gnome-keyring-daemon --unlock --components=secrets); then
    echo "with-keyring.sh: gnome-keyring-daemon did not start" >&2
    exit 1
fi
eval "$env"
export GNOME_KEYRING_CONTROL
"$@"
