// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_load: how long loading and parsing every agent of a folder takes, next to merely
// reading the same files, on one thread and on the whole thread pool.

#include "agentgenerator.h"
#include "document/agentdocument.h"
#include "text/agenttext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Agentry;

namespace {

// The targets: 10,000 agents loaded and parsed in 0.5 s, within 2.5x reading them, and the
// pool's threads at least 1.7x as fast as one.
constexpr double TargetFiles = 10000;
constexpr double TargetMilliseconds = 500;
constexpr double TargetRatio = 2.5;
constexpr double TargetSpeedup = 1.7;

QByteArray readFile(const QString &path)
{
    return AgentDocument::readBytes(path, nullptr).value_or(QByteArray());
}

AgentText loadFile(const QString &path)
{
    return AgentText::fromBytes(readFile(path));
}

QStringList agentFiles(const QString &folder)
{
    QStringList files;
    // Hidden, so that `.claude/agents` is searched too.
    QDirIterator it(folder, {QStringLiteral("*.md")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

enum class Threads { One, Pool };

template<typename Result>
struct Pass
{
    double milliseconds = 0;
    double cpuMilliseconds = 0; // of all threads; more than `milliseconds` when the pool works in parallel
    QList<Result> results;
};

// One pass over all files. The results are kept until the clock stops, as a library keeps
// its documents; freeing them is not timed.
template<typename Result>
Pass<Result> run(const QStringList &files, Result (*load)(const QString &), Threads threads)
{
    Pass<Result> pass;
    const std::clock_t cpuStart = std::clock();
    QElapsedTimer timer;
    timer.start();
    if (threads == Threads::Pool) {
        pass.results = QtConcurrent::blockingMapped<QList<Result>>(files, load);
    } else {
        pass.results.reserve(files.size());
        for (const QString &file : files)
            pass.results.append(load(file));
    }
    pass.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    pass.cpuMilliseconds = double(std::clock() - cpuStart) * 1e3 / CLOCKS_PER_SEC;
    return pass;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

struct Figures
{
    double read = 0;
    double parse = 0;
    double parseCpu = 0;
};

// Other processes competing for the cores make every figure worse; say so next to them.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll().split(' ').value(0));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_load"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times reading every .md file under FOLDER, and reading plus parsing it (AgentText::fromBytes), "
        "on one thread and on the thread pool; prints the median of the runs."));
    parser.addHelpOption();
    const QCommandLineOption generateOption(QStringLiteral("generate"),
        QStringLiteral("Generate N agents into a temporary folder and time those instead of FOLDER."), QStringLiteral("n"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed for --generate (default 1)."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs of each measurement (default 5)."),
        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
        QStringLiteral("Threads of the pool (default: one per core)."), QStringLiteral("n"));
    parser.addOptions({generateOption, seedOption, runsOption, threadsOption});
    parser.addPositionalArgument(QStringLiteral("FOLDER"), QStringLiteral("Folder of agent files, searched recursively."));
    parser.process(app);

    bool ok = true;
    auto number = [&](const QCommandLineOption &option) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        ok = ok && valid && value > 0;
        return value;
    };
    const int runs = number(runsOption);
    if (parser.isSet(threadsOption))
        QThreadPool::globalInstance()->setMaxThreadCount(number(threadsOption));
    const bool generate = parser.isSet(generateOption);
    const int generateCount = generate ? number(generateOption) : 0;
    bool seedOk = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!ok || !seedOk || generate == (parser.positionalArguments().size() == 1)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.helpText()));
        return 2;
    }

    QTemporaryDir temporary;
    const QString folder = generate ? temporary.path() : parser.positionalArguments().constFirst();
    if (generate) {
        QElapsedTimer timer;
        timer.start();
        const QString error = AgentGenerator(seed).write(folder, generateCount, nullptr);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench_load: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("generated %d agents (seed %llu) in %s in %.1f s\n", generateCount, seed, qPrintable(folder),
            double(timer.elapsed()) / 1e3);
    }

    const QStringList files = agentFiles(folder);
    if (files.isEmpty()) {
        std::fprintf(stderr, "bench_load: no .md files under %s\n", qPrintable(folder));
        return 1;
    }

    // Untimed warm-up: the files in the page cache, the allocator and the pool started.
    run(files, readFile, Threads::Pool);
    run(files, loadFile, Threads::Pool);

    const QString loadBefore = loadAverage();
    std::vector<double> readOne, parseOne, parseOneCpu, readPool, parsePool, parsePoolCpu;
    qint64 bytes = 0;
    int closed = 0;
    int parsed = 0;
    int fields = 0;
    for (int i = 0; i < runs; ++i) {
        // Interleaved, so that a slow moment of the machine does not fall on one column only.
        readOne.push_back(run(files, readFile, Threads::One).milliseconds);
        const Pass<AgentText> loadOne = run(files, loadFile, Threads::One);
        parseOne.push_back(loadOne.milliseconds);
        parseOneCpu.push_back(loadOne.cpuMilliseconds);
        const Pass<QByteArray> read = run(files, readFile, Threads::Pool);
        readPool.push_back(read.milliseconds);
        const Pass<AgentText> load = run(files, loadFile, Threads::Pool);
        parsePool.push_back(load.milliseconds);
        parsePoolCpu.push_back(load.cpuMilliseconds);

        bytes = 0;
        for (const QByteArray &file : read.results)
            bytes += file.size();
        closed = parsed = fields = 0;
        for (const AgentText &text : load.results) {
            if (text.block.isClosed()) {
                ++closed;
                if (text.frontmatter.isParsed()) {
                    ++parsed;
                    fields += int(text.frontmatter.fields().size());
                }
            }
        }
    }

    const int threads = QThreadPool::globalInstance()->maxThreadCount();
    const Figures one{median(readOne), median(parseOne), median(parseOneCpu)};
    const Figures pool{median(readPool), median(parsePool), median(parsePoolCpu)};
    std::printf("%lld files, %.1f MB, under %s\n", qlonglong(files.size()), double(bytes) / 1e6, qPrintable(folder));
    std::printf("frontmatter: %d closed blocks, %d parsed (%d fields), %d rejected by YAML\n", closed, parsed, fields,
        closed - parsed);
    std::printf("median of %d runs, warm page cache, %d cores, load average %s before the runs, %s after\n\n", runs,
        QThread::idealThreadCount(), qPrintable(loadBefore), qPrintable(loadAverage()));
    std::printf("%-16s %10s %16s %11s %20s\n", "", "read (ms)", "read+parse (ms)", "parse/read", "read+parse CPU (ms)");
    std::printf("%-16s %10.1f %16.1f %11.2f %20.1f\n", "1 thread", one.read, one.parse, one.parse / one.read,
        one.parseCpu);
    std::printf("%-16s %10.1f %16.1f %11.2f %20.1f\n",
        qPrintable(QStringLiteral("pool, %1 thread%2").arg(threads).arg(threads == 1 ? QString() : QStringLiteral("s"))),
        pool.read, pool.parse, pool.parse / pool.read, pool.parseCpu);

    const double scaled = pool.parse * TargetFiles / double(files.size());
    const double ratio = pool.parse / pool.read;
    const double speedup = one.parse / pool.parse;
    std::printf("\ntarget, per 10,000 agents on %d threads: read+parse %.0f ms (<= %.0f: %s), %.2fx read (<= %.1fx: %s), "
                "%.2fx as fast as one thread (>= %.1fx: %s)\n",
        threads, scaled, TargetMilliseconds, scaled <= TargetMilliseconds ? "met" : "missed", ratio, TargetRatio,
        ratio <= TargetRatio ? "met" : "missed", speedup, TargetSpeedup, speedup >= TargetSpeedup ? "met" : "missed");
    // Nothing parsed means the run measured nothing worth reporting.
    return parsed > 0 ? 0 : 1;
}
