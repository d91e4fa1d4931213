#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Agentry authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""`agentry check` side by side with cclint and `claude plugin validate` on the same agents.

Usage: compare_check.py [--runs N] [--count N] AGENTRY GENERATE_AGENTS WORKDIR

Writes COUNT agents with GENERATE_AGENTS (same seed, same bytes) into WORKDIR/generated,
then hard-links every one of them into one plugin folder, WORKDIR/plugin/agents/aNNNNN.md,
with a plugin.json and a README: the layout all three tools read. Each tool then checks that
folder RUNS times, interleaved (agentry, cclint, claude, agentry, ...), and the script prints
the median wall time of each, its user and system CPU time, how many files each reported
on, and agentry's speed as a ratio of the others'. cclint and the client are installed under
/tmp with npm when missing (@carlrannaberg/cclint; @anthropic-ai/claude-code@2.1.330)."""
import json, os, re, resource, shutil, statistics, subprocess, sys, time

CCLINT_DIR = "/tmp/cclint"
CCLINT = os.path.join(CCLINT_DIR, "node_modules/.bin/cclint")
CLAUDE_DIR = "/tmp/cc"
CLAUDE = os.path.join(CLAUDE_DIR, "node_modules/@anthropic-ai/claude-code-linux-x64/claude")


def npm_install(folder, package):
    os.makedirs(folder, exist_ok=True)
    subprocess.run(f"npm init -y >/dev/null && npm install {package} >/dev/null 2>&1", shell=True, cwd=folder, check=True)


def timed(args, cwd=None, env=None):
    """Wall, user and system seconds of one run, and its standard output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime, done.stdout


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


def main():
    args = sys.argv[1:]
    runs, count = 5, 10000
    while args and args[0].startswith("--"):
        if args[0] == "--runs":
            runs = int(args[1])
        elif args[0] == "--count":
            count = int(args[1])
        args = args[2:]
    agentry, generate, workdir = args
    if not os.path.exists(CCLINT):
        npm_install(CCLINT_DIR, "@carlrannaberg/cclint")
    if not os.path.exists(CLAUDE):
        npm_install(CLAUDE_DIR, "@anthropic-ai/claude-code@2.1.330")
    plugin, files = layout(generate, workdir, count)
    home = os.path.join(workdir, "home")
    os.makedirs(home, exist_ok=True)
    claude_env = dict(os.environ, HOME=home, DISABLE_TELEMETRY="1", CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC="1",
                      DISABLE_AUTOUPDATER="1")
    tools = {
        "agentry check": ([agentry, "check", "--format", "json", plugin], None, None),
        "cclint agents": ([CCLINT, "agents"], plugin, None),
        "claude plugin validate": ([CLAUDE, "plugin", "validate", "--strict", plugin], None, claude_env),
    }
    results = {name: [] for name in tools}
    reported = {}
    for run in range(runs):
        for name, (command, cwd, env) in tools.items():
            wall, user, system, out = timed(command, cwd, env)
            results[name].append((wall, user, system))
            if name.startswith("agentry"):
                count = len(json.loads(out)["files"])
            elif name.startswith("cclint"):
                counts = re.findall(r"Files checked:\D*(\d+)", out)
                count = int(counts[0]) if counts else 0
            else:
                # The client lists only the agents it has something to say about.
                count = out.count("Validating agent:")
            reported[name] = max(reported.get(name, 0), count)
    print(f"{files} agent files, {runs} interleaved runs, medians; load average at the end {os.getloadavg()[0]:.2f}")
    print("| tool | files reported | wall (s) | user CPU (s) | system CPU (s) | agentry is faster by |")
    print("|---|--:|--:|--:|--:|--:|")
    agentry_wall = statistics.median(r[0] for r in results["agentry check"])
    for name, measured in results.items():
        wall = statistics.median(r[0] for r in measured)
        user = statistics.median(r[1] for r in measured)
        system = statistics.median(r[2] for r in measured)
        ratio = "—" if name.startswith("agentry") else f"{wall / agentry_wall:.1f}×"
        print(f"| {name} | {reported.get(name, 0)} | {wall:.2f} | {user:.2f} | {system:.2f} | {ratio} |")


if __name__ == "__main__":
    main()
