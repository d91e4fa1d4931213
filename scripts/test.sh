#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Agentry authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Agentry and runs the whole test suite.
# Usage: scripts/test.sh [--qt 5|6] [--sanitize]   (default: Qt 6, no sanitizers)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(scripts/build.sh "$@" | tail -n 1)

export QT_QPA_PLATFORM=offscreen
if [[ "$dir" == *asan ]]; then
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
    export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
ctest --test-dir "$dir" --output-on-failure --parallel "$(nproc)" --label-exclude bench
