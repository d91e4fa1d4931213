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
    QString error;
    int changed = 0;
    int failures = 0;
    for (const InputFile &file : input->files) {
        const std::optional<QByteArray> bytes = AgentDocument::readBytes(file.path, &error);
        if (!bytes) {
            err << QStringLiteral("agentry: ") << error << '\n';
            ++failures;
            continue;
        }
        const QByteArray after = SafeFixer::apply(*bytes, file.path, file.scope, options.rules, validator);
        if (after == *bytes)
            continue;
        ++changed;
        // `a/path` and `b/path` as git writes them; an absolute path loses its leading slash there.
        const QString name = file.shown.startsWith(u'/') ? file.shown.mid(1) : file.shown;
        out << UnifiedDiff::make(*bytes, after, QStringLiteral("a/") + name, QStringLiteral("b/") + name);
        if (options.dryRun)
            continue;
        const QString writeError = FileWriter::write(file.path, after);
        if (!writeError.isEmpty()) {
            err << QStringLiteral("agentry: ") << writeError << '\n';
            ++failures;
        }
    }
    err << (options.dryRun ? tr("agentry fix: %n file(s) would change", nullptr, changed) : tr("agentry fix: %n file(s) changed", nullptr, changed))
        << '\n';
    return failures > 0 ? CommandLine::Failure : CommandLine::Success;
}

} // namespace Agentry
