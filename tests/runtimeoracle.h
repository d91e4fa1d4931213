// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/runtimes.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

Q_DECLARE_METATYPE(Agentry::Runtime)

// Shared by the tests that ask the real runtimes, offline, through
// ../shared/tools/runtime_oracle.py. They need the runtimes scripts/runtimes.sh installs
// (AGENTRY_RUNTIMES names their folder; scripts/test.sh sets it) and skip without them.
namespace RuntimeOracle {

inline QString root()
{
    return qEnvironmentVariable("AGENTRY_RUNTIMES");
}

inline QString script()
{
    return QStringLiteral(AGENTRY_CORPUS_DIR "/../tools/runtime_oracle.py");
}

// Why the oracle cannot be asked here, or empty.
inline QString unavailable()
{
    if (root().isEmpty())
        return QStringLiteral("AGENTRY_RUNTIMES is not set: scripts/runtimes.sh installs the runtimes and scripts/test.sh sets it");
    if (!QFile::exists(script()))
        return QStringLiteral("../shared/tools/runtime_oracle.py is not here");
    return {};
}

// The data columns oracleName, package and runtime, a row for each of `runtimes`.
inline void addRows(const QVector<Agentry::Runtime> &runtimes)
{
    using Agentry::Runtime;
    QTest::addColumn<QString>("oracleName");
    QTest::addColumn<QString>("package");
    QTest::addColumn<Runtime>("runtime");
    for (const Runtime runtime : runtimes) {
        if (runtime == Runtime::OpenCode)
            QTest::newRow("opencode") << "opencode" << "opencode-ai" << runtime;
        else if (runtime == Runtime::GeminiCli)
            QTest::newRow("gemini") << "gemini" << "@google/gemini-cli" << runtime;
        else if (runtime == Runtime::QwenCode)
            QTest::newRow("qwen") << "qwen" << "@qwen-code/qwen-code" << runtime;
        else if (runtime == Runtime::Copilot)
            QTest::newRow("copilot") << "copilot" << "@github/copilot" << runtime;
    }
}

inline bool isInstalled(const QString &oracleName, const QString &package)
{
    return QFile::exists(root() + u'/' + oracleName + QStringLiteral("/node_modules/") + package + QStringLiteral("/package.json"));
}

// Asks `oracleName` about `files` (options such as --keep-names first), writing its report to
// `out`; `verdicts` gets the report's "files". A test failure when the oracle fails.
inline void ask(const QString &oracleName, const QStringList &options, const QStringList &files, const QString &out, QJsonObject *verdicts)
{
    QProcess oracle;
    oracle.setProcessChannelMode(QProcess::MergedChannels);
    oracle.start(QStringLiteral("python3"), QStringList{script()} + options + QStringList{QStringLiteral("--rt-root"), root(), oracleName, out} + files);
    QVERIFY(oracle.waitForFinished(1800000));
    QVERIFY2(oracle.exitCode() == 0, oracle.readAll().constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    *verdicts = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("files")).toObject();
    QCOMPARE(verdicts->size(), files.size());
}

} // namespace RuntimeOracle
