// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/checkcommand.h"

#include "cli/argumentreader.h"
#include "cli/checkreport.h"
#include "cli/commandline.h"
#include "cli/inputarguments.h"
#include "document/agentdocument.h"
#include "runtime/toolcatalog.h"
#include "text/frontmattersplitter.h"
#include "validation/agentvalidator.h"
#include "validation/crossagentvalidator.h"

#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <memory>

namespace Agentry {

namespace {

enum class Format { Text, Json, Sarif };

// check's own options.
struct Options
{
    Format format = Format::Text;
    bool strict = false;
};

InputArguments::Option readOption(ArgumentReader &reader, Options &options, QString *error)
{
    const QString &name = reader.name();
    if (name == QLatin1String("--strict") && reader.isFlag()) {
        options.strict = true;
        return InputArguments::Option::Taken;
    }
    if (name != QLatin1String("--format"))
        return InputArguments::Option::Unknown;
    const std::optional<Format> format = reader.choice<Format>(
        {{QLatin1String("text"), Format::Text}, {QLatin1String("json"), Format::Json}, {QLatin1String("sarif"), Format::Sarif}});
    if (!format) {
        *error = CheckCommand::tr("agentry check: --format takes text, json or sarif");
        return InputArguments::Option::Refused;
    }
    options.format = *format;
    return InputArguments::Option::Taken;
}

// What checking one file left: its findings and what the cross-agent rules compare. The
// file's bytes are gone by then, so a large library is checked in little memory.
struct Loaded
{
    InputFile input;
    CheckedFile checked;
    CrossAgentEntry entry;
    QString error;
    QByteArray json; // the file's object in the JSON report, once written
    bool fails = false;
};

// The report needs of a reading its outcome and verdicts, not what was read: dropped by the
// thread that made it, so a large library is checked in little memory.
void keepVerdicts(AgentReading &reading)
{
    reading.fields = QJsonObject();
    reading.document.reset();
    reading.issues = {};
    reading.rewritten = {};
    reading.strictError.reset();
    reading.retryError.reset();
}

} // namespace

int CheckCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options;
    const std::optional<InputArguments> input = InputArguments::read(
        arguments,
        {.command = QStringLiteral("check"),
         .client = InputArguments::Client::Taken,
         .takesRuntime = true,
         .readOption = [&options](ArgumentReader &reader, QString *error) { return readOption(reader, options, error); }},
        err);
    if (!input)
        return CommandLine::UsageError;
    const QVector<InputFile> &inputs = input->files;

    const AgentValidator validator(input->profile(), ToolCatalog::builtin(), input->runtime);
    // Each file on its own, in parallel: the rules share nothing but read-only data.
    std::vector<Loaded> loaded(size_t(inputs.size()));
    for (int i = 0; i < inputs.size(); ++i)
        loaded[size_t(i)].input = inputs.at(i);
    // Only SARIF carries fixes; without them the rules need neither Agentry's own parse of the
    // frontmatter nor the re-reading that proves each fix, which makes a batch several times faster.
    const RuleContext::Fixes fixes = options.format == Format::Sarif ? RuleContext::Fixes::Compute : RuleContext::Fixes::Skip;
    QtConcurrent::blockingMap(loaded, [&validator, fixes](Loaded &file) {
        std::optional<QByteArray> bytes = AgentDocument::readBytes(file.input.path, &file.error);
        if (!bytes)
            return;
        AgentText text;
        if (fixes == RuleContext::Fixes::Compute) {
            text = AgentText::fromBytes(*bytes);
        } else {
            text.facts = TextFacts::scan(*bytes);
            text.block = FrontmatterSplitter::split(*bytes);
            text.bytes = std::move(*bytes);
        }
        AgentFindings result = validator.validate(file.input.path, text, file.input.scope, fixes);
        file.checked = CheckedFile{file.input.shown, file.input.scope, std::move(result.reading), std::move(result.diagnostics), {}};
        file.checked.alsoReadBy = validator.alsoReadBy(file.input.path, text.bytes, file.checked.reading.runtime);
        keepVerdicts(file.checked.reading);
        std::for_each(file.checked.alsoReadBy.begin(), file.checked.alsoReadBy.end(), keepVerdicts);
        file.entry = std::move(result.entry);
    });

    int failures = 0;
    QVector<CrossAgentEntry> entries;
    QVector<int> entryFile;
    entries.reserve(qsizetype(loaded.size()));
    entryFile.reserve(qsizetype(loaded.size()));
    for (int i = 0; i < int(loaded.size()); ++i) {
        if (!loaded[size_t(i)].error.isEmpty()) {
            err << QStringLiteral("agentry: ") << loaded[size_t(i)].error << '\n';
            ++failures;
            continue;
        }
        entries.append(std::move(loaded[size_t(i)].entry));
        entryFile.append(i);
    }
    // The cross-agent rules each on a thread of their own. Not on the global pool: the rules
    // spread their own work over it.
    const CrossAgentValidator library;
    QThreadPool comparing;
    comparing.setMaxThreadCount(int(library.rules().size()));
    const CrossAgentFindings across = library.validate(entries, &comparing);
    // Each file's findings joined with those across files, in order, on every core; for JSON the
    // file's object in the report is written there too, and its findings let go.
    QtConcurrent::blockingMap(entryFile, [&](const int &i) {
        const auto e = qsizetype(&i - entryFile.constData());
        Loaded &file = loaded[size_t(i)];
        QVector<Diagnostic> &diagnostics = file.checked.diagnostics;
        diagnostics += across.perEntry.at(e);
        across.clashes.applyTo(int(e), file.checked.reading);
        std::stable_sort(diagnostics.begin(), diagnostics.end(),
                         [](const Diagnostic &a, const Diagnostic &b) { return std::tie(a.start, a.code) < std::tie(b.start, b.code); });
        file.fails = std::any_of(diagnostics.cbegin(), diagnostics.cend(), [&options](const Diagnostic &d) {
            return d.severity == Severity::Error || (options.strict && d.severity == Severity::Warning);
        });
        if (options.format == Format::Json) {
            file.json = CheckReport::jsonObject(file.checked);
            file.checked = CheckedFile();
        }
    });

    bool failed = failures > 0;
    for (const int i : std::as_const(entryFile))
        failed = failed || loaded[size_t(i)].fails;
    if (options.format == Format::Json) {
        QVector<QByteArray> objects;
        objects.reserve(entryFile.size());
        for (const int i : std::as_const(entryFile))
            objects.append(std::move(loaded[size_t(i)].json));
        CheckReport::writeJson(objects, [&out](const QByteArray &piece) { CommandLine::writeUtf8(out, piece); });
    } else {
        QVector<CheckedFile> checked;
        checked.reserve(entryFile.size());
        for (const int i : std::as_const(entryFile))
            checked.append(std::move(loaded[size_t(i)].checked));
        if (options.format == Format::Text)
            out << CheckReport::text(checked);
        else
            CommandLine::writeUtf8(out, CheckReport::sarif(checked, validator, library));
    }
    return failed ? CommandLine::Failure : CommandLine::Success;
}

} // namespace Agentry
