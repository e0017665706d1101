#!/usr/bin/env bash
# Style gate: every tracked C++ file must be as clang-format (Debian 12's clang-format 14, the
# .clang-format at the top) writes it. Fix with: bash .ci/format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
clang-format --dry-run -Werror "${files[@]}"
echo "clang-format: ${#files[@]} files as .clang-format writes them"
