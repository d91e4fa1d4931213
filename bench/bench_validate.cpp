// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_validate: how long the document rules take on one large agent file, the work the
// editor redoes after a keystroke (re-reading the text, then every rule with its fixes).

#include "text/agenttext.h"
#include "validation/agentvalidator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

using namespace Agentry;

namespace {

// A file of `size` bytes: the given agent's frontmatter and its body repeated.
QByteArray grown(const QByteArray &agent, qsizetype size)
{
    const qsizetype bodyStart = agent.indexOf("\n---", 3) + 5;
    QByteArray bytes = agent;
    while (bytes.size() < size)
        bytes += agent.mid(bodyStart);
    return bytes.left(size);
}

void measure(const char *label, const QByteArray &bytes, RuleContext::Fixes fixes, int runs)
{
    const AgentValidator validator;
    std::vector<double> ms;
    int diagnostics = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const AgentText text = AgentText::fromBytes(bytes);
        diagnostics = int(validator.validate(QStringLiteral("big.md"), text, AgentScope::Project, fixes).diagnostics.size());
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-26s median %.2f ms, p95 %.2f ms, max %.2f ms (%d diagnostics, %d runs)\n", label, ms[ms.size() / 2],
                ms[size_t(ms.size() * 0.95)], ms.back(), diagnostics, runs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: bench_validate AGENT.md [SIZE_KB] [RUNS]\n");
        return 2;
    }
    QFile file(arguments.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_validate: cannot read %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    const QByteArray bytes = grown(file.readAll(), arguments.value(2, QStringLiteral("70")).toInt() * 1024);
    const int runs = arguments.value(3, QStringLiteral("200")).toInt();
    std::printf("%s grown to %lld bytes\n", qPrintable(arguments.at(1)), static_cast<long long>(bytes.size()));
    measure("with fixes (the editor)", bytes, RuleContext::Fixes::Compute, runs);
    measure("without fixes (check)", bytes, RuleContext::Fixes::Skip, runs);
    return 0;
}
