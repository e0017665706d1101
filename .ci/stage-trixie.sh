#!/usr/bin/env bash
# CI stage "trixie": the whole build (-Werror, preset ci) and the whole test suite in a clean
# Debian 13 root (Qt 6.8, GCC 14), made with debootstrap from Debian's packages. The source is
# copied in (the working tree is never written to); packages and the compiler cache are kept in
# /var/cache/glance-ci, so a second run downloads nothing and recompiles little.
# Usage (root): bash .ci/stage-trixie.sh [ROOT_DIR]   (default /var/tmp/glance-trixie; removed at the end
# unless GLANCE_CI_KEEP_ROOT=1; GLANCE_CI_REUSE_ROOT=1 builds again in a kept root)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/chroot-lib.sh
root="${1:-/var/tmp/glance-trixie}"
t0=$(date +%s)
trap 'glance_chroot_unmount; [ "${GLANCE_CI_KEEP_ROOT:-0}" = 1 ] || glance_chroot_remove "$root"' EXIT

if [ "${GLANCE_CI_REUSE_ROOT:-0}" = 1 ] && [ -x "$root/usr/bin/cmake" ]; then
    # Iterating on a fix: the root a previous run kept (GLANCE_CI_KEEP_ROOT=1), packages installed.
    glance_chroot_mount trixie "$root"
    t1=$(date +%s)
else
    GLANCE_CHROOT_RECOMMENDS=0 glance_chroot_create trixie "$root"
    t1=$(date +%s)
    # The build and test packages of .ci/install-deps.sh (the same names exist in Debian 13), plus ccache
    # and qt6-svg-plugins: Debian 13 moved Qt's SVG image and icon plugins out of libqt6svg6 (on
    # Debian 12 they come with it), and without them every SVG icon is null (tst_maintoolbar).
    mapfile -t packages < <(sed -n '/^packages=(/,/^)/p' .ci/install-deps.sh | sed '1d;$d' | tr ' ' '\n' | grep -v '^$')
    glance_apt "$root" "${packages[@]}" ccache qt6-svg-plugins >"$root.apt.log" 2>&1 || { tail -n 30 "$root.apt.log" >&2; exit 1; }
fi
glance_in "$root" sh -c 'echo "Qt $(qtpaths6 --qt-version 2>/dev/null || true), $(g++ --version | head -n1)"'
t2=$(date +%s)

# A copy of the tracked and untracked-but-not-ignored files (no build trees). Over a kept root's
# copy, only the changed files get a new time, so the build redoes only what they affect.
mkdir -p "$root/src"
git ls-files --cached --others --exclude-standard | tar -cf - -T - | tar -xf - -C "$root/src"
mkdir -p "$GLANCE_CI_CACHE/ccache-trixie"
glance_bind "$GLANCE_CI_CACHE/ccache-trixie" "$root/ccache"
jobs="${GLANCE_CI_JOBS:-$(nproc)}"
# GLANCE_TRIXIE_FIRST="targets": build and run these tests first (a quick answer while iterating).
glance_in "$root" env CCACHE_DIR=/ccache CCACHE_MAXSIZE=2G sh -c "cd /src \
    && cmake --preset ci -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache >/dev/null"
if [ -n "${GLANCE_TRIXIE_FIRST:-}" ]; then
    glance_in "$root" env CCACHE_DIR=/ccache sh -c "cd /src && nice -n 5 cmake --build build/ci --parallel $jobs --target glance-inventory glance-sandbox $GLANCE_TRIXIE_FIRST"
    glance_in "$root" env QT_QPA_PLATFORM=offscreen sh -c "cd /src/build/ci \
        && dbus-run-session -- bash ../../.ci/with-keyring.sh ctest --output-on-failure -R '^($(echo $GLANCE_TRIXIE_FIRST | tr ' ' '|'))\$'" || true
fi
glance_in "$root" env CCACHE_DIR=/ccache sh -c "cd /src && nice -n 5 cmake --build --preset ci --parallel $jobs"
t3=$(date +%s)
# The whole suite, as .ci/test.sh runs it (offscreen, a session bus and a throw-away keyring).
status=0
glance_in "$root" env QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='glance.*=true' sh -c "cd /src \
    && dbus-run-session -- bash .ci/with-keyring.sh ctest --preset ci --parallel $jobs \
       --output-log build/ci/ctest-output.log" || status=$?
t4=$(date +%s)
mkdir -p build && cp "$root/src/build/ci/ctest-output.log" build/trixie-ctest-output.log 2>/dev/null || true
echo "stage-trixie: root $((t1 - t0))s, packages $((t2 - t1))s, build $((t3 - t2))s, tests $((t4 - t3))s, total $((t4 - t0))s"
exit $status
