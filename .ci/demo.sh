#!/usr/bin/env bash
# The README's launch command: install packages, build a release and start the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install-deps.sh
cmake --preset release
cmake --build --preset release --parallel "$(nproc)"
exec ./build/release/bin/glance-inventory --demo "$@"
