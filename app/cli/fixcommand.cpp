// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/fixcommand.h"

#include "cli/argumentreader.h"
#include "cli/commandline.h"
#include "cli/inputfiles.h"
#include "document/agentdocument.h"
#include "document/filewriter.h"
#include "runtime/runtimeprofile.h"
#include "runtime/toolcatalog.h"
#include "text/unifieddiff.h"
#include "validation/agentvalidator.h"
#include "validation/rule.h"
#include "validation/safefixer.h"

#include <QTextStream>

namespace Agentry {

namespace {

struct Options
{
    bool dryRun = false;
    QStringList rules;
    QString client;
    QStringList paths;
};

std::optional<Options> parse(const QStringList &arguments, const AgentValidator &validator, QString *error)
{
    Options options;
    ArgumentReader reader(arguments);
    while (reader.next()) {
        const QString &name = reader.name();
        if (name == QLatin1String("--dry-run") && reader.isFlag()) {
            options.dryRun = true;
        } else if (name == QLatin1String("--rule")) {
            const QString code = reader.value().value_or(QString()).toUpper();
            if (!validator.rule(code)) {
                *error = FixCommand::tr("agentry fix: --rule takes a rule code such as AG105, not \"%1\"").arg(code);
                return std::nullopt;
            }
            options.rules.append(code);
        } else if (name == QLatin1String("--client")) {
            const std::optional<QString> version = reader.clientVersion(QStringLiteral("agentry fix"), error);
            if (!version)
                return std::nullopt;
            options.client = *version;
        } else {
            *error = FixCommand::tr("agentry fix: unknown option %1").arg(reader.argument());
            return std::nullopt;
        }
    }
    options.paths = reader.operands();
    if (options.paths.isEmpty()) {
        *error = FixCommand::tr("agentry fix: name at least one agent file or folder");
        return std::nullopt;
    }
    return options;
}

} // namespace

int FixCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Codes are checked against the rules of any profile: they do not differ by version.
    const AgentValidator anyValidator;
    QString error;
    const std::optional<Options> options = parse(arguments, anyValidator, &error);
    if (!options) {
        err << error << '\n' << CommandLine::usage();
        return CommandLine::UsageError;
    }
    const std::optional<QVector<InputFile>> collected = InputFiles::collectOrReport(options->paths, QStringLiteral("fix"), err);
    if (!collected)
        return CommandLine::UsageError;
    const QVector<InputFile> &inputs = *collected;

    const RuntimeProfile &profile = RuntimeProfile::findOrLatest(options->client);
    const AgentValidator validator(profile, ToolCatalog::builtin());
    int changed = 0;
    int failures = 0;
    for (const InputFile &input : inputs) {
        const std::optional<QByteArray> bytes = AgentDocument::readBytes(input.path, &error);
        if (!bytes) {
            err << QStringLiteral("agentry: ") << error << '\n';
            ++failures;
            continue;
        }
        const QByteArray after = SafeFixer::apply(*bytes, input.path, input.scope, options->rules, validator);
        if (after == *bytes)
            continue;
        ++changed;
        // `a/path` and `b/path` as git writes them; an absolute path loses its leading slash there.
        const QString name = input.shown.startsWith(u'/') ? input.shown.mid(1) : input.shown;
        out << UnifiedDiff::make(*bytes, after, QStringLiteral("a/") + name, QStringLiteral("b/") + name);
        if (options->dryRun)
            continue;
        const QString writeError = FileWriter::write(input.path, after);
        if (!writeError.isEmpty()) {
            err << QStringLiteral("agentry: ") << writeError << '\n';
            ++failures;
        }
    }
    err << (options->dryRun ? tr("agentry fix: %n file(s) would change", nullptr, changed) : tr("agentry fix: %n file(s) changed", nullptr, changed))
        << '\n';
    return failures > 0 ? CommandLine::Failure : CommandLine::Success;
}

} // namespace Agentry
