#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Agentry authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Agentry builds and tests with; does nothing when all are present.
# Usage: scripts/install-deps.sh [6|5|all|fuzz]   (default: all; fuzz: what scripts/fuzz.sh adds to Qt 6)
set -euo pipefail

common=(cmake ninja-build g++ pkg-config git libyaml-cpp-dev desktop-file-utils appstream dpkg-dev file xvfb xauth)
qt6=(qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6svg6 libquazip1-qt6-dev libgl-dev)
qt5=(qtbase5-dev qttools5-dev qttools5-dev-tools libqt5svg5-dev libkf5syntaxhighlighting-dev extra-cmake-modules libquazip1-qt5-dev)
fuzz=(clang libclang-rt-14-dev zip) # libFuzzer and the sanitizers' runtimes; zip makes the archive seeds

case "${1:-all}" in
    6) wanted=("${common[@]}" "${qt6[@]}") ;;
    5) wanted=("${common[@]}" "${qt5[@]}") ;;
    all) wanted=("${common[@]}" "${qt6[@]}" "${qt5[@]}") ;;
    fuzz) wanted=("${common[@]}" "${qt6[@]}" "${fuzz[@]}") ;;
    *) echo "usage: $0 [6|5|all|fuzz]" >&2; exit 2 ;;
esac

missing=()
for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
