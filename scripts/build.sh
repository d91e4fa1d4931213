#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Agentry authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds Agentry. Usage: scripts/build.sh [--qt 5|6] [--sanitize] [--release]
# Prints the build folder on its last line. Set AGENTRY_WERROR=ON to make warnings errors.
set -euo pipefail
cd "$(dirname "$0")/.."

qt=6
sanitize=OFF
type=RelWithDebInfo
while [ $# -gt 0 ]; do
    case "$1" in
        --qt) qt="$2"; shift 2 ;;
        --sanitize) sanitize=ON; shift ;;
        --release) type=Release; shift ;;
        *) echo "usage: $0 [--qt 5|6] [--sanitize] [--release]" >&2; exit 2 ;;
    esac
done
case "$qt" in 5|6) ;; *) echo "--qt takes 5 or 6" >&2; exit 2 ;; esac

scripts/install-deps.sh "$qt" >&2

dir="build-qt$qt"
[ "$sanitize" = ON ] && dir="build-qt$qt-asan"
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
[ -f "$dir/CMakeCache.txt" ] && generator=()
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache) # rebuilds in seconds where it is installed
cmake -S . -B "$dir" "${generator[@]}" "${launcher[@]}" -DQT_MAJOR_VERSION="$qt" -DCMAKE_BUILD_TYPE="$type" \
    -DAGENTRY_SANITIZE="$sanitize" -DAGENTRY_WERROR="${AGENTRY_WERROR:-OFF}" >&2
cmake --build "$dir" --parallel "$(nproc)" >&2
echo "$dir"
