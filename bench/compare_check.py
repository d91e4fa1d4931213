#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Agentry authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""`agentry check` side by side with cclint, `claude plugin validate` and a plain read of the same files.

Usage: compare_check.py [--runs N] [--count N] AGENTRY GENERATE_AGENTS WORKDIR
       compare_check.py [--runs N] --folder FOLDER AGENTRY

With GENERATE_AGENTS, writes COUNT agents (same seed, same bytes) into WORKDIR/generated, then
hard-links every one of them into one plugin folder, WORKDIR/plugin/agents/aNNNNN.md, with a
plugin.json and a README: the layout all three tools read. With --folder, takes a folder as it is
(the 10k sample of ../shared/corpus, say): cclint runs from inside it, the client is left out.
Each tool then runs RUNS times, interleaved (read, agentry, cclint, claude, read, ...), and the
script prints the median wall time of each, its user and system CPU time and peak memory, how many
files each reported on, its time as a multiple of the plain read (`find` and `cat` of every .md
file), and agentry's speed as a ratio of the others'. cclint 0.2.10 and the client are installed
under /tmp with npm when missing (@carlrannaberg/cclint@0.2.10; @anthropic-ai/claude-code@2.1.330)."""
import json, os, re, shutil, statistics, subprocess, sys, tempfile, time

CCLINT_DIR = "/tmp/cclint"
CCLINT = os.path.join(CCLINT_DIR, "node_modules/.bin/cclint")
CLAUDE_DIR = "/tmp/cc"
CLAUDE = os.path.join(CLAUDE_DIR, "node_modules/@anthropic-ai/claude-code-linux-x64/claude")
GNU_TIME = "/usr/bin/time"


def npm_install(folder, package):
    os.makedirs(folder, exist_ok=True)
    subprocess.run(f"npm init -y >/dev/null && npm install {package} >/dev/null 2>&1", shell=True, cwd=folder, check=True)


def timed(args, cwd=None, env=None):
    """Wall, user and system seconds of one run, its peak memory in MB, and its standard output."""
    # Output goes to a file: Node programs that exit at once lose what a pipe has not taken yet.
    with tempfile.TemporaryFile("w+") as out:
        start = time.perf_counter()
        done = subprocess.run([GNU_TIME, "-f", "%U %S %M"] + args, cwd=cwd, env=env, stdout=out, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - start
        out.seek(0)
        user, system, peak_kb = done.stderr.strip().splitlines()[-1].split()
        return wall, float(user), float(system), int(peak_kb) / 1024, out.read()


def layout(generate, workdir, count):
    generated = os.path.join(workdir, "generated")
    plugin = os.path.join(workdir, "plugin")
    shutil.rmtree(workdir, ignore_errors=True)
    subprocess.run([generate, str(count), generated], check=True, capture_output=True)
    files = sorted(os.path.join(root, f) for root, _, names in os.walk(generated) for f in names if f.endswith(".md"))
    os.makedirs(os.path.join(plugin, ".claude-plugin"))
    os.makedirs(os.path.join(plugin, "agents"))
    for i, f in enumerate(files):
        os.link(f, os.path.join(plugin, "agents", f"a{i:05d}.md"))
    json.dump({"name": "bench", "version": "1.0.0", "description": "benchmark set", "license": "MIT",
               "author": {"name": "bench"}}, open(os.path.join(plugin, ".claude-plugin", "plugin.json"), "w"))
    with open(os.path.join(plugin, "README.md"), "w") as f:
        f.write("This plugin exists only so that command line tools can check a large set of agent files in one run, "
                "one after the other, on the same bytes. It has no commands, skills, hooks or servers of its own; every "
                "agent in its agents folder is a generated file, shaped like the public agent files people share.\n")
    return plugin, len(files)


def files_reported(name, out):
    if name.startswith("agentry"):
        return len(json.loads(out)["files"])
    if name.startswith("cclint"):
        counts = re.findall(r"Files checked:\D*(\d+)", out)
        return int(counts[0]) if counts else 0
    if name.startswith("claude"):
        # The client lists only the agents it has something to say about.
        return out.count("Validating agent:")
    return int(out.strip() or 0)


def main():
    args = sys.argv[1:]
    runs, count, folder = 5, 10000, None
    while args and args[0].startswith("--"):
        if args[0] == "--runs":
            runs = int(args[1])
        elif args[0] == "--count":
            count = int(args[1])
        elif args[0] == "--folder":
            folder = os.path.abspath(args[1])
        args = args[2:]
    if not os.path.exists(CCLINT):
        npm_install(CCLINT_DIR, "@carlrannaberg/cclint@0.2.10")
    tools = {}
    if folder:
        (agentry,) = args
        target = folder
        files = sum(1 for root, _, names in os.walk(folder) for f in names if f.endswith(".md"))
    else:
        agentry, generate, workdir = args
        if not os.path.exists(CLAUDE):
            npm_install(CLAUDE_DIR, "@anthropic-ai/claude-code@2.1.330")
        target, files = layout(generate, workdir, count)
    # The bytes alone: every file found and read, as every checker must.
    tools["read (find + cat)"] = (["sh", "-c", 'find "$1" -name "*.md" -type f -print0 | xargs -0 cat | wc -c > /dev/null; '
                                   'find "$1" -name "*.md" -type f | wc -l', "read", target], None, None)
    tools["agentry check"] = ([os.path.abspath(agentry), "check", "--format", "json", target], None, None)
    tools["cclint agents"] = ([CCLINT, "agents"], target, None)
    if not folder:
        home = os.path.join(workdir, "home")
        os.makedirs(home, exist_ok=True)
        claude_env = dict(os.environ, HOME=home, DISABLE_TELEMETRY="1", CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC="1",
                          DISABLE_AUTOUPDATER="1")
        tools["claude plugin validate"] = ([CLAUDE, "plugin", "validate", "--strict", target], None, claude_env)

    results = {name: [] for name in tools}
    reported = {}
    for run in range(runs):
        for name, (command, cwd, env) in tools.items():
            wall, user, system, peak, out = timed(command, cwd, env)
            results[name].append((wall, user, system, peak))
            reported[name] = max(reported.get(name, 0), files_reported(name, out))
    print(f"{files} agent files in {target}, {runs} interleaved runs, medians; load average at the end {os.getloadavg()[0]:.2f}")
    print("| tool | files reported | wall (s) | user CPU (s) | system CPU (s) | peak memory (MB) | × the read | agentry is faster by |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|")
    median = {name: [statistics.median(r[i] for r in measured) for i in range(4)] for name, measured in results.items()}
    read_wall = median["read (find + cat)"][0]
    agentry_wall = median["agentry check"][0]
    for name, (wall, user, system, peak) in median.items():
        ratio = "—" if name.startswith("agentry") or name.startswith("read") else f"{wall / agentry_wall:.1f}×"
        print(f"| {name} | {reported.get(name, 0)} | {wall:.2f} | {user:.2f} | {system:.2f} | {peak:.0f} | {wall / read_wall:.1f} | {ratio} |")


if __name__ == "__main__":
    main()
