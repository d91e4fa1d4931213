#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Agentry authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Agentry (Qt 6) and starts it on FOLDER, or on the bundled
# example agents. Usage: scripts/run.sh [FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(scripts/build.sh | tail -n 1)
cd - >/dev/null
exec "$(dirname "$0")/../$dir/app/agentry" "$@"
