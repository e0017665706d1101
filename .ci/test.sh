#!/usr/bin/env bash
# The README's test command: install packages, build with warnings as errors, run every test.
# Usage: bash .ci/test.sh [preset]   (preset: ci (default) or asan)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-ci}"
bash .ci/install-deps.sh
cmake --preset "$preset"
cmake --build --preset "$preset" --parallel "$(nproc)"
# Widgets offscreen; the keychain tests need a session bus with an unlocked Secret Service.
export QT_QPA_PLATFORM=offscreen
exec dbus-run-session -- bash .ci/with-keyring.sh ctest --preset "$preset" --parallel "$(nproc)"
