#!/usr/bin/env bash
# Installs what building and testing need on a fresh Debian 12 machine (idempotent).
set -euo pipefail
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qtkeychain-qt6-dev
    libqt6sql6-sqlite libgl-dev libvulkan-dev libxkbcommon-dev
    xvfb xauth dbus-x11 gnome-keyring fonts-dejavu-core poppler-utils
    help2man appstream desktop-file-utils file clang-format
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
