# Shared by the chroot stages (.ci/stage-deb.sh, .ci/stage-trixie.sh); sourced, not run.
# A clean Debian root from Debian's own packages (debootstrap --variant=minbase). Every download
# is kept in /var/cache/glance-ci (or $GLANCE_CI_CACHE), so a second run fetches only what changed.
# Needs root (debootstrap, chroot, mount).

GLANCE_CI_CACHE="${GLANCE_CI_CACHE:-/var/cache/glance-ci}"
GLANCE_CI_MIRROR="${GLANCE_CI_MIRROR:-http://deb.debian.org/debian}"
glance_mounts=()

# glance_chroot_create SUITE DIR: a fresh minbase root of SUITE in DIR (removed first).
glance_chroot_create() {
    local suite="$1" dir="$2"
    [ "$(id -u)" -eq 0 ] || { echo "chroot stages need root" >&2; return 1; }
    command -v debootstrap >/dev/null || apt-get install -y -qq --no-install-recommends debootstrap
    glance_chroot_remove "$dir"
    mkdir -p "$GLANCE_CI_CACHE/debootstrap-$suite" "$GLANCE_CI_CACHE/apt-$suite" "$dir"
    nice -n 5 debootstrap --variant=minbase --cache-dir="$GLANCE_CI_CACHE/debootstrap-$suite" \
        "$suite" "$dir" "$GLANCE_CI_MIRROR" >"$dir.debootstrap.log" 2>&1 \
        || { tail -n 30 "$dir.debootstrap.log" >&2; return 1; }
    # apt keeps what it downloads (the cache is bind-mounted over /var/cache/apt/archives).
    rm -f "$dir/etc/apt/apt.conf.d/docker-clean"
    echo 'APT::Keep-Downloaded-Packages "true";' >"$dir/etc/apt/apt.conf.d/90glance-keep"
    # Build roots skip Recommends (GLANCE_CHROOT_RECOMMENDS=0); an install check keeps apt's default.
    if [ "${GLANCE_CHROOT_RECOMMENDS:-1}" = 0 ]; then
        echo 'APT::Install-Recommends "false";' >"$dir/etc/apt/apt.conf.d/90glance-norecommends"
    fi
    cp /etc/resolv.conf "$dir/etc/resolv.conf"
    glance_chroot_mount "$suite" "$dir"
}

# glance_bind SRC DST [ro]
glance_bind() {
    mkdir -p "$2"
    mount --bind "$1" "$2"
    [ "${3:-}" = ro ] && mount -o remount,bind,ro "$2"
    glance_mounts+=("$2")
}

glance_chroot_mount() {
    local suite="$1" dir="$2"
    mount -t proc proc "$dir/proc"; glance_mounts+=("$dir/proc")
    mount -t devpts -o newinstance,ptmxmode=0666 devpts "$dir/dev/pts"; glance_mounts+=("$dir/dev/pts")
    mount -t tmpfs tmpfs "$dir/dev/shm"; glance_mounts+=("$dir/dev/shm")
    glance_bind "$GLANCE_CI_CACHE/apt-$suite" "$dir/var/cache/apt/archives"
}

# Unmounts everything mounted above, innermost first.
glance_chroot_unmount() {
    local i
    for ((i = ${#glance_mounts[@]} - 1; i >= 0; i--)); do
        umount -l "${glance_mounts[$i]}" 2>/dev/null || true
    done
    glance_mounts=()
}

glance_chroot_remove() {
    local dir="$1"
    [ -d "$dir" ] || return 0
    # Never descend into a mount that is still there (the cache, the source).
    if grep -q " $(realpath "$dir")/" /proc/mounts; then
        grep " $(realpath "$dir")/" /proc/mounts | awk '{print $2}' | sort -r | xargs -r -n1 umount -l
    fi
    rm -rf --one-file-system "$dir"
}

# glance_in DIR COMMAND...: runs COMMAND inside the root, with a plain environment.
glance_in() {
    local dir="$1"; shift
    env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TERM=dumb \
        DEBIAN_FRONTEND=noninteractive chroot "$dir" "$@"
}

# glance_apt DIR PACKAGES...: apt-get update + install inside the root.
glance_apt() {
    local dir="$1"; shift
    glance_in "$dir" apt-get update -qq
    glance_in "$dir" apt-get install -y -qq "$@"
}
