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
#include "validation/nameclashes.h"

#include <QTextStream>
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
};

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
        file.checked.alsoReadBy = AgentValidator::alsoReadBy(file.input.path, text.bytes, file.checked.reading.runtime);
        file.entry = std::move(result.entry);
    });

    int failures = 0;
    QVector<CrossAgentEntry> entries;
    QVector<int> entryFile;
    for (int i = 0; i < int(loaded.size()); ++i) {
        if (!loaded[size_t(i)].error.isEmpty()) {
            err << QStringLiteral("agentry: ") << loaded[size_t(i)].error << '\n';
            ++failures;
            continue;
        }
        entries.append(std::move(loaded[size_t(i)].entry));
        entryFile.append(i);
    }
    const CrossAgentValidator library;
    const QVector<QVector<Diagnostic>> across = library.validate(entries);
    const NameClashes clashes(entries);
    QVector<CheckedFile> checked;
    for (int e = 0; e < entries.size(); ++e) {
        CheckedFile &file = loaded[size_t(entryFile.at(e))].checked;
        file.diagnostics += across.at(e);
        clashes.applyTo(e, file.reading);
        std::stable_sort(file.diagnostics.begin(), file.diagnostics.end(),
                         [](const Diagnostic &a, const Diagnostic &b) { return std::tie(a.start, a.code) < std::tie(b.start, b.code); });
        checked.append(std::move(file));
    }

    switch (options.format) {
    case Format::Text:
        out << CheckReport::text(checked);
        break;
    case Format::Json:
        CommandLine::writeUtf8(out, CheckReport::json(checked));
        break;
    case Format::Sarif:
        CommandLine::writeUtf8(out, CheckReport::sarif(checked, validator, library));
        break;
    }

    bool failed = failures > 0;
    for (const CheckedFile &file : std::as_const(checked)) {
        for (const Diagnostic &d : file.diagnostics)
            failed = failed || d.severity == Severity::Error || (options.strict && d.severity == Severity::Warning);
    }
    return failed ? CommandLine::Failure : CommandLine::Success;
}

} // namespace Agentry
