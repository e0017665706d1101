#!/usr/bin/env bash
# The README's test command: install packages, build with warnings as errors, run every test.
# Usage: bash .ci/test.sh [preset]   (preset: ci (default) or asan)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-ci}"
bash .ci/install-deps.sh
# The style gate first: a file clang-format would change fails the run (README, "Style and checks").
bash .ci/format.sh
cmake --preset "$preset"
cmake --build --preset "$preset" --parallel "$(nproc)"
# Widgets offscreen; the keychain tests need a session bus with an unlocked Secret Service.
export QT_QPA_PLATFORM=offscreen
# Every log category on, so that the search below sees everything the code could print.
export QT_LOGGING_RULES="glance.*=true"
log="build/$preset/ctest-output.log"
dbus-run-session -- bash .ci/with-keyring.sh \
    ctest --preset "$preset" --parallel "$(nproc)" --output-log "$log"
# The whole suite's output must not contain the test sandboxes' API keys (tests/common/
# sandboxfixture.h): a key in any log line, from any test, is a leak.
all="build/$preset/Testing/Temporary/LastTest.log" # every test's own output
if grep -n -F -e glnc_sk_e417e4c1e417e4c1e417e4c1e417e4c1 \
        -e glnc_sk_5ee5ee5ee5ee5ee5ee5ee5ee5ee5ee50 "$log" "$all"; then
    echo "API keys found in the test output (above)" >&2
    exit 1
fi
echo "no API key in $(cat "$log" "$all" | wc -l) lines of test output"
