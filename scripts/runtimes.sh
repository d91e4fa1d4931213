#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Agentry authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the pinned runtimes the tests ask (Claude Code, OpenCode, Gemini CLI, Qwen Code,
# GitHub Copilot CLI) with npm into a cache folder, each in its own prefix as
# ../shared/tools/runtime_oracle.py --rt-root expects, and prints that folder. What is already
# there at the pinned version is kept; a failed install is reported and the others go on.
# Usage: scripts/runtimes.sh [FOLDER]   (default: $AGENTRY_RUNTIMES, else ~/.cache/agentry/runtimes)
set -uo pipefail

root="${1:-${AGENTRY_RUNTIMES:-$HOME/.cache/agentry/runtimes}}"
mkdir -p "$root"
root=$(cd "$root" && pwd)

pins=(
    "claude-code @anthropic-ai/claude-code 2.1.332"
    "opencode opencode-ai 1.18.33"
    "gemini @google/gemini-cli 0.61.0"
    "qwen @qwen-code/qwen-code 0.24.4"
    "copilot @github/copilot 1.0.102"
)
command -v npm >/dev/null || { echo "runtimes: npm is not installed; the tests that ask the runtimes will skip" >&2; echo "$root"; exit 0; }
for pin in "${pins[@]}"; do
    read -r name package version <<<"$pin"
    prefix="$root/$name"
    have=$(node -p "require('$prefix/node_modules/$package/package.json').version" 2>/dev/null || true)
    [ "$have" = "$version" ] && continue
    echo "runtimes: installing $package@$version into $prefix" >&2
    rm -rf "$prefix"
    mkdir -p "$prefix"
    if ! npm install --prefix "$prefix" --no-audit --no-fund --save-exact "$package@$version" >"$root/$name.log" 2>&1; then
        echo "runtimes: npm install $package@$version failed (see $root/$name.log); its tests will skip" >&2
        rm -rf "$prefix"
    fi
done
echo "$root"
