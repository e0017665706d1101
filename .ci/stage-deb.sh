#!/usr/bin/env bash
# CI stage "deb": builds the Debian packages (preset `package`: Release, -Werror, then cpack), and
# checks them as a user would get them, in a clean Debian 12 root made with debootstrap from
# Debian's packages: `apt-get install ./*.deb` with nothing else installed first; `--version`
# without a display; files in place (desktop entry, icons, metainfo, man page, licences);
# `--demo` offscreen for a few seconds must paint a window and sign in to its demo server; SIGTERM
# must end it with exit code 0 and no glance-sandbox left; purging both packages (and what they
# pulled in) must leave /usr exactly as it was. Downloads are cached in /var/cache/glance-ci.
# Usage (root): bash .ci/stage-deb.sh [ROOT_DIR]   (default /var/tmp/glance-deb; removed at the end)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/chroot-lib.sh
root="${1:-/var/tmp/glance-deb}"
t0=$(date +%s)
fail() { echo "stage-deb: FAILED: $*" >&2; exit 1; }

# --- the packages ------------------------------------------------------------------------------
jobs="${GLANCE_CI_JOBS:-$(nproc)}"
# GLANCE_DEB_BUILD_DIR=build/ci packages a tree that is built already (.ci/run: the ci stage's,
# Debug with -Werror; CPack strips the binaries), which saves a whole Release build; without it
# the packages come from the `package` preset, as the README's release recipe.
build="${GLANCE_DEB_BUILD_DIR:-}"
if [ -z "$build" ]; then
    build=build/package
    launcher=()
    if command -v ccache >/dev/null; then # a second run recompiles nothing
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    fi
    cmake --preset package "${launcher[@]}" >/dev/null
fi
# Only what the packages hold (a ci tree also has the tests).
nice -n 5 cmake --build "$build" --parallel "$jobs" \
    --target glance-inventory glance-sandbox glance_icons glance_manpage
rm -rf "$build/debs"
(cd "$build" && cpack -G DEB -B debs >/dev/null)
mapfile -t debs < <(ls "$build"/debs/*.deb)
[ "${#debs[@]}" = 2 ] || fail "expected 2 packages, got: ${debs[*]}"
version=$(sed -n 's/^project(GlanceInventory//; s/^ *VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt | head -n1)
for deb in "${debs[@]}"; do
    echo "== $(basename "$deb")"
    dpkg-deb --field "$deb" Package Version Depends Recommends
done
[ -f "$build/debs/glance-inventory_${version}_amd64.deb" ] || fail "no glance-inventory_${version}_amd64.deb"
t1=$(date +%s)

# --- a clean Debian 12 root --------------------------------------------------------------------
trap 'glance_chroot_unmount; [ "${GLANCE_CI_KEEP_ROOT:-0}" = 1 ] || glance_chroot_remove "$root"' EXIT
glance_chroot_create bookworm "$root"
glance_in "$root" apt-get update -qq
# What a minimal Debian has in /usr before our packages (apt's own lists are under /var).
glance_in "$root" find /usr -xdev | sort >"$root.usr-before"
mkdir -p "$root/tmp/debs"
cp "${debs[@]}" "$root/tmp/debs/"
t2=$(date +%s)
glance_in "$root" apt-get install -y -qq /tmp/debs/glance-inventory_"${version}"_amd64.deb \
    /tmp/debs/glance-inventory-demo_"${version}"_amd64.deb >"$root.install.log" 2>&1 \
    || { tail -n 30 "$root.install.log" >&2; fail "apt-get install"; }
t3=$(date +%s)

# --- installed files ---------------------------------------------------------------------------
out=$(glance_in "$root" env -u DISPLAY -u QT_QPA_PLATFORM glance-inventory --version)
echo "$out" | grep -qF "$version" || fail "--version printed: $out"
glance_in "$root" glance-inventory --help | grep -q -- --demo || fail "--help"
for f in /usr/bin/glance-inventory /usr/bin/glance-sandbox \
         /usr/share/applications/il.co.glance.inventory.desktop \
         /usr/share/metainfo/il.co.glance.inventory.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/il.co.glance.inventory.svg \
         /usr/share/icons/hicolor/48x48/apps/il.co.glance.inventory.png \
         /usr/share/icons/hicolor/256x256/apps/il.co.glance.inventory.png \
         /usr/share/man/man1/glance-inventory.1.gz \
         /usr/share/doc/glance-inventory/copyright /usr/share/doc/glance-inventory-demo/copyright; do
    [ -s "$root$f" ] || fail "missing $f"
done
grep -q "release version=\"$version\"" "$root/usr/share/metainfo/il.co.glance.inventory.metainfo.xml" \
    || fail "metainfo version"
glance_in "$root" dpkg -L glance-inventory glance-inventory-demo | sort >"$root.ours"

# --- the demo, offscreen -------------------------------------------------------------------------
cat >"$root/tmp/demo.sh" <<'SH'
set -u
mkdir -p /tmp/home
export HOME=/tmp/home QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
export QT_LOGGING_RULES="glance.ui.info=true;glance.account.info=true"
glance-inventory --demo >/tmp/demo.log 2>&1 &
app=$!
sandboxes() { for d in /proc/[0-9]*; do [ "$(cat "$d/comm" 2>/dev/null)" = glance-sandbox ] && echo "${d#/proc/}"; done; }
ok=0
for _ in $(seq 1 60); do
    if grep -q "window painted" /tmp/demo.log && grep -q "signed in as" /tmp/demo.log; then ok=1; break; fi
    sleep 0.5
done
sleep 2 # a few seconds of running
[ -n "$(sandboxes)" ] || { echo "no glance-sandbox running"; ok=0; }
kill -TERM "$app"
wait "$app"; code=$?
cat /tmp/demo.log
[ "$ok" = 1 ] || { echo "no window painted, or the demo did not sign in"; exit 1; }
[ "$code" = 0 ] || { echo "exit code $code after SIGTERM"; exit 1; }
for _ in $(seq 1 20); do [ -z "$(sandboxes)" ] && break; sleep 0.25; done
[ -z "$(sandboxes)" ] || { echo "glance-sandbox left running"; exit 1; }
echo "demo: window painted, signed in, exit 0 on SIGTERM, no sandbox left"
SH
glance_in "$root" bash /tmp/demo.sh || fail "--demo"
t4=$(date +%s)

# --- purge: nothing left in /usr -------------------------------------------------------------------
glance_in "$root" apt-get purge -y -qq glance-inventory glance-inventory-demo >/dev/null
glance_in "$root" apt-get autoremove --purge -y -qq >/dev/null
left=$(while read -r f; do [ "$f" != "${f#/usr}" ] && [ -e "$root$f" ] && ! grep -qxF "$f" "$root.usr-before" && echo "$f"; done <"$root.ours" || true)
[ -z "$left" ] || fail "left by our packages: $left"
glance_in "$root" find /usr -xdev | sort >"$root.usr-after"
if ! diff -u "$root.usr-before" "$root.usr-after" >"$root.usr-diff"; then
    cat "$root.usr-diff" >&2
    fail "/usr differs after the purge"
fi
t5=$(date +%s)
rm -f "$root".usr-* "$root.ours"
echo "stage-deb: packages $((t1 - t0))s, root $((t2 - t1))s, install $((t3 - t2))s, checks $((t4 - t3))s, purge $((t5 - t4))s, total $((t5 - t0))s"
