#!/usr/bin/env bash
# clang-tidy (.clang-tidy at the top) over the C++ files a git range changed, with the ci
# build's compile database. Usage: bash .ci/tidy.sh [range]   (default: HEAD~1..HEAD)
set -euo pipefail
cd "$(dirname "$0")/.."
range="${1:-HEAD~1..HEAD}"
db=build/ci/compile_commands.json
[ -f "$db" ] || { echo "configure the ci preset first (cmake --preset ci)" >&2; exit 2; }
mapfile -t files < <(git diff --name-only --diff-filter=AM "$range" -- '*.cpp' | while read -r f; do
    grep -q "\"file\": \".*/$f\"" "$db" && echo "$f"; done)
if [ ${#files[@]} -eq 0 ]; then
    echo "clang-tidy: no compiled C++ file changed in $range"
    exit 0
fi
clang-tidy -p build/ci --quiet "${files[@]}"
echo "clang-tidy: ${#files[@]} files of $range clean"
