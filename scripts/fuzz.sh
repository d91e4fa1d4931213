#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Agentry authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (build-fuzz: clang, ASan + UBSan, Qt 6), runs them once over every
# input that ever broke Agentry, then fuzzes each for a bounded time from seeds made of the corpus
# and the fixtures. Fails when a target crashes or breaks its property, and says where the input is.
# Usage: scripts/fuzz.sh [--seconds N]   (N seconds per target; default 50, all eight take ~7 minutes)
# With CI=true each target instead runs a fixed number of inputs from seed 1 on a fresh corpus,
# so the outcome is the same on every machine however fast it is.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=50
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="${2:-}"; shift $(( $# > 1 ? 2 : 1 )) ;;
        *) echo "usage: $0 [--seconds N]" >&2; exit 2 ;;
    esac
done
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || { echo "--seconds takes a whole number of seconds" >&2; exit 2; }

scripts/install-deps.sh fuzz >&2

dir=build-fuzz
targets=(fuzz_frontmatter fuzz_flatyaml fuzz_runtimereader fuzz_frontmatterpatcher fuzz_bundlereader fuzz_marketplacefile fuzz_matrixreport fuzz_converter)
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
[ -f "$dir/CMakeCache.txt" ] && generator=()
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CC=clang CXX=clang++ cmake -S . -B "$dir" "${generator[@]}" "${launcher[@]}" -DQT_MAJOR_VERSION=6 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DAGENTRY_FUZZ=ON -DAGENTRY_BUILD_TESTS=OFF -DAGENTRY_BUILD_BENCH=OFF -DAGENTRY_WERROR="${AGENTRY_WERROR:-OFF}" >/dev/null
cmake --build "$dir" --parallel "$(nproc)" --target "${targets[@]}"

# Qt's own allocations that outlive a run are reachable or suppressed (tests/lsan.supp), so
# leaks are reported like any other error.
export ASAN_OPTIONS=abort_on_error=1:halt_on_error=1:detect_leaks=1
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

echo "=== every input that ever broke Agentry"
ctest --test-dir "$dir" --label-regex fuzz --output-on-failure

# Seeds, made again on every run: agent files (a bounded share of the corpus, the fixtures), their
# frontmatter text alone, pairs of them for the matrix, plugin zips of the fixtures, marketplaces.
root=$PWD
seeds="$dir/fuzz-seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{agents,yaml,matrix,zips,marketplaces}
n=0
while IFS= read -r file; do
    n=$((n + 1))
    cp "$file" "$seeds/agents/$n.md"
    awk 'NR == 1 && !/^---/ { exit } NR > 1 && /^---/ { exit } NR > 1' "$file" > "$seeds/yaml/$n.yaml"
done < <({ find tests/fixtures -name '*.md'; find ../shared/corpus -name '*.md' -size -16k 2>/dev/null | sort | awk 'NR % 2' | head -n 250; })
for i in $(seq 1 2 40); do
    [ -f "$seeds/agents/$((i + 1)).md" ] || break
    { cat "$seeds/agents/$i.md"; printf '\0'; cat "$seeds/agents/$((i + 1)).md"; } > "$seeds/matrix/$i.md"
done
for fixture in tests/fixtures/*.md; do
    name=$(basename "$fixture" .md)
    plugin=$(mktemp -d)
    mkdir -p "$plugin/$name/.claude-plugin" "$plugin/$name/agents"
    printf '{"name": "%s", "version": "1.0.0"}\n' "$name" > "$plugin/$name/.claude-plugin/plugin.json"
    cp "$fixture" "$plugin/$name/agents/"
    (cd "$plugin" && zip -qrX - "$name") > "$seeds/zips/$name.zip"
    rm -rf "$plugin"
done
printf '{\n  "name": "team",\n  "owner": {"name": "A"},\n  "plugins": [\n    {\n      "name": "p",\n      "source": "./plugins/p"\n    }\n  ]\n}\n' > "$seeds/marketplaces/block.json"
printf '{\r\n\t"name": "m",\r\n\t"plugins": [\r\n\t\t{"name": "p", "source": "./old"},\r\n\t\t{\r\n\t\t\t"name": "q",\r\n\t\t\t"source": "./q"\r\n\t\t}\r\n\t]\r\n}' > "$seeds/marketplaces/tabs-crlf.json"
printf '{"name": "m", "plugins": [{"name": "o", "source": "./o"}]}' > "$seeds/marketplaces/one-line.json"
printf '{\n  "name": "m",\n  "plugins": []\n}\n' > "$seeds/marketplaces/empty-list.json"
printf '{\n  "name": "m"\n}\n' > "$seeds/marketplaces/no-list.json"

seedsOf() {
    case "$1" in
        fuzz_flatyaml) echo "$root/$seeds/yaml" ;;
        fuzz_bundlereader) echo "$root/$seeds/zips" ;;
        fuzz_marketplacefile) echo "$root/$seeds/marketplaces" ;;
        fuzz_matrixreport) echo "$root/$seeds/agents $root/$seeds/matrix" ;;
        *) echo "$root/$seeds/agents" ;;
    esac
}
dictionaryOf() {
    case "$1" in
        fuzz_bundlereader) ;;
        fuzz_marketplacefile) echo "-dict=$root/tests/fuzz/json.dict" ;;
        *) echo "-dict=$root/tests/fuzz/yaml.dict" ;;
    esac
}

# One job and one worker per target (the machines it runs on have two cores): libFuzzer runs it
# in a child process that writes fuzz-0.log into the working folder, and prints that log at its end.
mkdir -p "$dir/fuzz-crashes"
failed=()
# CI runs every target the same way each time: seed 1, a fresh corpus, Qt's hash seed fixed
# and a count of inputs (about 40 s each here, a minute for the matrix) instead of a time, so that it fails on a change
# to the code, not on luck or on the machine's speed. By hand each run explores anew.
ci=false
[ "${CI:-}" = true ] && ci=true && export QT_HASH_SEED=0
runsOf() {
    case "$1" in
        fuzz_frontmatter) echo 180000 ;;
        fuzz_flatyaml) echo 55000 ;;
        fuzz_runtimereader) echo 4000 ;;
        fuzz_frontmatterpatcher) echo 55000 ;;
        fuzz_bundlereader) echo 22000 ;;
        fuzz_marketplacefile) echo 900000 ;;
        fuzz_matrixreport) echo 1500 ;;
        fuzz_converter) echo 1500 ;;
    esac
}
for target in "${targets[@]}"; do
    corpus="$root/$dir/fuzz-corpus/$target"
    logs="$root/$dir/fuzz-logs/$target"
    log="$logs/output.log"
    budget=(-max_total_time="$seconds")
    if $ci; then
        rm -rf "$corpus"
        budget=(-seed=1 -runs="$(runsOf "$target")")
    fi
    mkdir -p "$corpus" "$logs"
    echo "=== $target: ${budget[*]}"
    # shellcheck disable=SC2046 # the seed folders and the dictionary are separate words
    if (cd "$logs" && "$root/$dir/tests/fuzz/$target" "$corpus" $(seedsOf "$target") $(dictionaryOf "$target") \
        -jobs=1 -workers=1 "${budget[@]}" -timeout=20 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
        -artifact_prefix="$root/$dir/fuzz-crashes/$target-") >"$log" 2>&1; then
        echo "$target: $(awk '/^stat::number_of_executed_units:/ { print $2 }' "$log") executions"
    else
        failed+=("$target")
        grep -E "property failed|ERROR: |SUMMARY: " "$log" | head -n 5 || true
        input=$(sed -n 's/.*Test unit written to //p' "$log" | tail -n 1)
        echo "$target FAILED: the input is saved as ${input:-(none; see $log)}; its log is $log." >&2
        echo "Fix the bug, then add the input to tests/fixtures/fuzz-crashers/ with a unit test." >&2
    fi
done
[ ${#failed[@]} -eq 0 ] || { echo "fuzzing failed: ${failed[*]}" >&2; exit 1; }
echo "fuzzing passed"
