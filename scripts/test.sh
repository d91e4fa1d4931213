#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Agentry authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing (the Debian packages, and the pinned runtimes the tests ask, with
# npm into ~/.cache/agentry/runtimes), builds Agentry and runs the whole test suite.
# Usage: scripts/test.sh [--qt 5|6] [--sanitize] [--offline]
#   --offline (or AGENTRY_OFFLINE=1): install no runtimes; the tests that ask them skip.
set -euo pipefail
cd "$(dirname "$0")/.."
build=()
offline="${AGENTRY_OFFLINE:-}"
for argument in "$@"; do
    if [ "$argument" = --offline ]; then offline=1; else build+=("$argument"); fi
done
dir=$(scripts/build.sh "${build[@]}" | tail -n 1)

if [ -z "$offline" ]; then
    AGENTRY_RUNTIMES=$(scripts/runtimes.sh | tail -n 1)
    export AGENTRY_RUNTIMES
    claude="$AGENTRY_RUNTIMES/claude-code/node_modules/.bin/claude"
    [ -x "$claude" ] && export AGENTRY_CLAUDE="$claude"
fi

export QT_QPA_PLATFORM=offscreen
if [[ "$dir" == *asan ]]; then
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
    export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
ctest --test-dir "$dir" --output-on-failure --parallel "$(nproc)" --label-exclude bench
