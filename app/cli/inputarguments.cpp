// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/inputarguments.h"

#include "cli/argumentreader.h"
#include "cli/commandline.h"
#include "runtime/runtimeprofile.h"

#include <QTextStream>

namespace Agentry {

namespace {

// Reads the options and the PATH operands of `arguments` into `input`: a usage error, or an
// empty string.
QString parse(const QStringList &arguments, const InputArguments::Syntax &syntax, InputArguments &input)
{
    const QString command = QStringLiteral("agentry ") + syntax.command;
    ArgumentReader reader(arguments);
    while (reader.next()) {
        QString error;
        if (syntax.client == InputArguments::Client::Taken && reader.name() == QLatin1String("--client")) {
            const std::optional<QString> version = reader.clientVersion(command, &error);
            if (!version)
                return error;
            input.client = *version;
            continue;
        }
        if (syntax.takesRuntime && reader.name() == QLatin1String("--runtime")) {
            if (!reader.runtime(command, &input.runtime, &error))
                return error;
            continue;
        }
        switch (syntax.readOption(reader, &error)) {
        case InputArguments::Option::Taken:
            break;
        case InputArguments::Option::Unknown:
            return reader.unknownOption(command);
        case InputArguments::Option::Refused:
            return error;
        }
    }
    input.paths = reader.operands();
    const QString error = syntax.check ? syntax.check(input.paths) : QString();
    if (!error.isEmpty())
        return error;
    if (input.paths.isEmpty())
        return InputArguments::tr("%1: name at least one agent file or folder").arg(command);
    return {};
}

} // namespace

std::optional<InputArguments> InputArguments::read(const QStringList &arguments, const Syntax &syntax, QTextStream &err)
{
    InputArguments input;
    const QString error = parse(arguments, syntax, input);
    if (!error.isEmpty()) {
        CommandLine::usageError(err, error);
        return std::nullopt;
    }
    std::optional<QVector<InputFile>> files = InputFiles::collectOrReport(input.paths, syntax.command, err);
    if (!files)
        return std::nullopt;
    input.files = std::move(*files);
    return input;
}

const RuntimeProfile &InputArguments::profile() const
{
    return RuntimeProfile::findOrLatest(client);
}

} // namespace Agentry
