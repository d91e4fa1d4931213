// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/fixcommand.h"

#include "cli/argumentreader.h"
#include "cli/commandline.h"
#include "cli/inputarguments.h"
#include "document/agentdocument.h"
#include "document/filewriter.h"
#include "runtime/toolcatalog.h"
#include "text/unifieddiff.h"
#include "validation/agentvalidator.h"
#include "validation/rule.h"
#include "validation/safefixer.h"

#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <vector>

namespace Agentry {

namespace {

// fix's own options.
struct Options
{
    bool dryRun = false;
    QStringList rules;
};

// Rule codes are checked against `validator`.
InputArguments::Option readOption(ArgumentReader &reader, const AgentValidator &validator, Options &options, QString *error)
{
    const QString &name = reader.name();
    if (name == QLatin1String("--dry-run") && reader.isFlag()) {
        options.dryRun = true;
        return InputArguments::Option::Taken;
    }
    if (name != QLatin1String("--rule"))
        return InputArguments::Option::Unknown;
    const QString code = reader.value().value_or(QString()).toUpper();
    if (!validator.rule(code)) {
        *error = FixCommand::tr("agentry fix: --rule takes a rule code such as AG105, not \"%1\"").arg(code);
        return InputArguments::Option::Refused;
    }
    options.rules.append(code);
    return InputArguments::Option::Taken;
}

// One file's fix, made on a worker thread.
struct Fixed
{
    const InputFile *file = nullptr;
    QString error;
    bool changed = false;
    QByteArray after;
    QString diff;
};

} // namespace

int FixCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Codes are checked against the rules of any profile: they do not differ by version.
    const AgentValidator anyValidator;
    Options options;
    const std::optional<InputArguments> input = InputArguments::read(
        arguments,
        {.command = QStringLiteral("fix"),
         .client = InputArguments::Client::Taken,
         .readOption = [&anyValidator, &options](ArgumentReader &reader, QString *error) { return readOption(reader, anyValidator, options, error); }},
        err);
    if (!input)
        return CommandLine::UsageError;

    const AgentValidator validator(input->profile(), ToolCatalog::builtin());
    int changed = 0;
    int failures = 0;
    // Files are fixed in parallel a chunk at a time, then reported and written in file order:
    // the output is that of one thread, and only one chunk's texts are held at once.
    constexpr int kChunk = 256;
    for (int first = 0; first < input->files.size(); first += kChunk) {
        std::vector<Fixed> chunk(size_t(std::min<qsizetype>(kChunk, input->files.size() - first)));
        for (size_t i = 0; i < chunk.size(); ++i)
            chunk[i].file = &input->files.at(first + qsizetype(i));
        QtConcurrent::blockingMap(chunk, [&validator, &options](Fixed &fixed) {
            const InputFile &file = *fixed.file;
            const std::optional<QByteArray> bytes = AgentDocument::readBytes(file.path, &fixed.error);
            if (!bytes)
                return;
            fixed.after = SafeFixer::apply(*bytes, file.path, file.scope, options.rules, validator);
            if (fixed.after == *bytes)
                return;
            fixed.changed = true;
            // `a/path` and `b/path` as git writes them; an absolute path loses its leading slash there.
            const QString name = file.shown.startsWith(u'/') ? file.shown.mid(1) : file.shown;
            fixed.diff = UnifiedDiff::make(*bytes, fixed.after, QStringLiteral("a/") + name, QStringLiteral("b/") + name);
        });
        for (const Fixed &fixed : chunk) {
            if (!fixed.error.isEmpty()) {
                err << QStringLiteral("agentry: ") << fixed.error << '\n';
                ++failures;
                continue;
            }
            if (!fixed.changed)
                continue;
            ++changed;
            out << fixed.diff;
            if (options.dryRun)
                continue;
            const QString writeError = FileWriter::write(fixed.file->path, fixed.after);
            if (!writeError.isEmpty()) {
                err << QStringLiteral("agentry: ") << writeError << '\n';
                ++failures;
            }
        }
    }
    err << (options.dryRun ? tr("agentry fix: %n file(s) would change", nullptr, changed) : tr("agentry fix: %n file(s) changed", nullptr, changed))
        << '\n';
    return failures > 0 ? CommandLine::Failure : CommandLine::Success;
}

} // namespace Agentry
