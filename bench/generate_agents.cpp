// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

// generate_agents: writes a synthetic set of agent files for the benchmarks.

#include "agentgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Agentry;

namespace {

double percent(int part, int whole)
{
    return whole ? 100.0 * part / whole : 0.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("generate_agents"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes COUNT synthetic agent files into FOLDER (new or empty): .claude/agents/*.md and "
        "plugins/*/agents/*.md, sized and shaped like the public corpus. The same seed and count "
        "give the same files."));
    parser.addHelpOption();
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the set (default 1)."),
        QStringLiteral("n"), QStringLiteral("1"));
    parser.addOption(seedOption);
    parser.addPositionalArgument(QStringLiteral("COUNT"), QStringLiteral("How many files to write."));
    parser.addPositionalArgument(QStringLiteral("FOLDER"), QStringLiteral("Where to write them."));
    parser.process(app);

    const QStringList arguments = parser.positionalArguments();
    bool countOk = false;
    bool seedOk = false;
    const int count = arguments.value(0).toInt(&countOk);
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (arguments.size() != 2 || !countOk || count < 1 || !seedOk) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.helpText()));
        return 2;
    }

    AgentGenerator generator(seed);
    AgentGenerator::Summary s;
    const QString error = generator.write(arguments.at(1), count, &s);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "generate_agents: %s\n", qPrintable(error));
        return 1;
    }

    std::printf("wrote %d files (%d in plugins), %.1f MB, into %s\n", s.files, s.pluginFiles, s.bytes / 1e6,
        qPrintable(arguments.at(1)));
    std::printf("size: median %.1f KB, p95 %.1f KB, max %.1f KB\n", s.medianSize / 1e3, s.p95Size / 1e3,
        s.maxSize / 1e3);
    std::printf("no frontmatter %.1f%%, strict YAML fails %.1f%%, description folded %.1f%%, literal %.1f%%\n",
        percent(s.withoutFrontmatter, s.files), percent(s.invalidYaml, s.files),
        percent(s.foldedDescription, s.files), percent(s.literalDescription, s.files));
    std::printf("tools: absent %.1f%%, comma string %.1f%%, flow list %.1f%%, block list %.1f%%, other %.1f%%\n",
        percent(s.withoutTools, s.files), percent(s.toolsComma, s.files), percent(s.toolsFlow, s.files),
        percent(s.toolsBlock, s.files), percent(s.toolsOther, s.files));
    std::printf("model absent %.1f%%, color set %.1f%%\n", percent(s.withoutModel, s.files),
        percent(s.withColor, s.files));
    return 0;
}
