// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "conversion/agentconverter.h"
#include "matrix/agentgrants.h"
#include "runtime/toolcatalog.h"
#include "corpusagents.h"
#include "runtimeoracle.h"
#include "scratchfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Agentry;

// The proof of conversion: every corpus agent Claude Code loads, converted to OpenCode, Gemini
// CLI and Qwen Code, is loaded by the real runtime (asked offline by
// ../shared/tools/runtime_oracle.py) under the name Agentry reported, with the same description,
// the same prompt and the tools Agentry wrote.
class TestConvertOracle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void realRuntimeLoadsConversions_data();
    void realRuntimeLoadsConversions();

private:
    QVector<CorpusAgent> m_sources; // corpus agents Claude Code loads
};

namespace {

// What the runtime's own report calls the prompt and the tools.
QString promptOf(Runtime runtime, const QJsonObject &fields)
{
    switch (runtime) {
    case Runtime::GeminiCli:
        return fields.value(QLatin1String("promptConfig")).toObject().value(QLatin1String("systemPrompt")).toString();
    case Runtime::QwenCode:
        return fields.value(QLatin1String("systemPrompt")).toString();
    default:
        return fields.value(QLatin1String("prompt")).toString();
    }
}

QJsonValue toolsOf(Runtime runtime, const QJsonObject &fields)
{
    switch (runtime) {
    case Runtime::GeminiCli:
        return fields.value(QLatin1String("toolConfig")).toObject().value(QLatin1String("tools"));
    case Runtime::QwenCode:
        return fields.value(QLatin1String("tools"));
    default:
        return fields.value(QLatin1String("permission"));
    }
}

} // namespace

void TestConvertOracle::initTestCase()
{
    if (const QString why = RuntimeOracle::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    const AgentValidator validator;
    for (const CorpusAgent &agent : corpusAgents()) {
        const AgentReading reading = validator.read(agent.path, readScratchFile(agent.path), agent.scope, Runtime::ClaudeCode);
        if (reading.verdictIn(agent.scope).loads && reading.isParsed())
            m_sources.append(agent);
    }
    QVERIFY(m_sources.size() > 240);
}

void TestConvertOracle::realRuntimeLoadsConversions_data()
{
    RuntimeOracle::addRows({Runtime::OpenCode, Runtime::GeminiCli, Runtime::QwenCode});
}

void TestConvertOracle::realRuntimeLoadsConversions()
{
    QFETCH(QString, oracleName);
    QFETCH(QString, package);
    QFETCH(Runtime, runtime);
    if (!RuntimeOracle::isInstalled(oracleName, package))
        QSKIP("This runtime is not installed (scripts/runtimes.sh)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const AgentConverter converter(runtime);
    const AgentValidator validator;
    QSet<QString> taken;
    QHash<QString, AgentConversion> conversions; // by the converted file's path
    QHash<QString, QString> descriptions;
    QStringList files;
    int refused = 0;
    for (const auto &[path, scope] : std::as_const(m_sources)) {
        const QByteArray bytes = readScratchFile(path);
        AgentConversion conversion = converter.convert(path, bytes, scope, Runtime::ClaudeCode, &taken);
        if (conversion.hasErrors()) {
            ++refused;
            continue;
        }
        const QString file = dir.filePath(QFileInfo(conversion.relativePath).fileName());
        writeScratchFile(file, conversion.bytes);
        files.append(file);
        descriptions.insert(file, validator.read(path, bytes, scope, Runtime::ClaudeCode).fields.value(QLatin1String("description")).toString());
        conversions.insert(file, std::move(conversion));
    }
    QVERIFY(refused <= 1); // Qwen Code cannot say "no tools" (one corpus agent has none)

    QJsonObject verdicts;
    RuntimeOracle::ask(oracleName, {QStringLiteral("--keep-names")}, files, dir.filePath(QStringLiteral("verdicts.json")), &verdicts);
    if (QTest::currentTestFailed())
        return;

    QStringList problems;
    int loaded = 0;
    for (const QString &file : std::as_const(files)) {
        const QJsonObject said = verdicts.value(file).toObject();
        const AgentConversion &conversion = conversions[file];
        const QString name = QFileInfo(file).fileName();
        if (!said.value(QLatin1String("loads")).toBool()) {
            problems << name + QStringLiteral(": not loaded: ") + said.value(QLatin1String("error")).toString().left(300);
            continue;
        }
        ++loaded;
        const QJsonObject fields = said.value(QLatin1String("fields")).toObject();
        if (said.value(QLatin1String("name")).toString() != conversion.name)
            problems << name + QStringLiteral(": loaded as %1, reported %2").arg(said.value(QLatin1String("name")).toString(), conversion.name);
        if (fields.value(QLatin1String("description")).toString() != descriptions.value(file))
            problems << name + QStringLiteral(": description differs");
        const AgentReading reading = validator.read(QStringLiteral("/p/") + conversion.relativePath, conversion.bytes, AgentScope::Project, runtime);
        const QByteArray bytes = conversion.bytes;
        const QString body = QString::fromUtf8(bytes.mid(bytes.indexOf('\n', bytes.indexOf("---", reading.contentEnd)) + 1)).trimmed();
        if (promptOf(runtime, fields) != body)
            problems << name + QStringLiteral(": prompt differs");
        // The tools the runtime took are the ones written.
        const QJsonValue written = runtime == Runtime::OpenCode ? reading.fields.value(QLatin1String("permission"))
                                                                : QJsonValue(QJsonArray::fromStringList(AgentGrants::read(reading, bytes, ToolCatalog::builtin()).toolEntries()));
        const QJsonValue taken = toolsOf(runtime, fields);
        const bool noTools = written.isUndefined() || (written.isArray() && written.toArray().isEmpty());
        const bool tookNone = taken.isUndefined() || taken.isNull() || taken == QJsonArray() || taken == QJsonObject();
        if (noTools ? !tookNone : taken != written)
            problems << name + QStringLiteral(": tools %1, written %2")
                                   .arg(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("t"), taken}}).toJson(QJsonDocument::Compact)),
                                        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("t"), written}}).toJson(QJsonDocument::Compact)));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(u'\n') + QStringLiteral("\n(%1 problems)").arg(problems.size())));
    qInfo("%s loads %d of %lld converted corpus agents (%d not converted)", qPrintable(Runtimes::name(runtime)), loaded, qlonglong(files.size()),
          refused);
}

QTEST_GUILESS_MAIN(TestConvertOracle)
#include "tst_convertoracle.moc"
