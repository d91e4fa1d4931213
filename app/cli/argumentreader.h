// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/runtimes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <utility>

namespace Agentry {

// Walks a subcommand's arguments the way every subcommand reads them: `--name value` and
// `--name=value`, flags, operands anywhere, and `--` ending the options.
//
//     ArgumentReader reader(arguments);
//     while (reader.next()) {
//         if (reader.name() == "--strict" && reader.isFlag()) …
//         else if (reader.name() == "--format") { const auto format = reader.value(); … }
//     }
//     paths = reader.operands();
class ArgumentReader
{
    Q_DECLARE_TR_FUNCTIONS(ArgumentReader)

public:
    explicit ArgumentReader(const QStringList &arguments);

    // Moves to the next option, collecting operands on the way; false when none is left.
    bool next();
    // The option's name: `--format` of `--format=json` too.
    const QString &name() const { return m_name; }
    // The option as written, for messages.
    const QString &argument() const { return m_arguments.at(m_index); }
    // No `=value` is attached: the option may be a flag.
    bool isFlag() const { return m_equals < 0; }
    // The option's value: after `=`, else the next argument (taken); nothing at the end.
    std::optional<QString> value();
    // The option's value as the one of `choices` it names; nothing when it names none.
    template<typename Choice>
    std::optional<Choice> choice(std::initializer_list<std::pair<QLatin1String, Choice>> choices)
    {
        const std::optional<QString> given = value();
        for (const auto &[text, chosen] : choices) {
            if (given == text)
                return chosen;
        }
        return std::nullopt;
    }
    const QStringList &operands() const { return m_operands; }
    // Reads every option left, each of which must be a flag in `known`: the flags given, or
    // nothing when one is not such a flag.
    std::optional<QStringList> flags(const QStringList &known);

    // The value of `--client`: a client version Agentry knows. Nothing, with a message naming
    // `command` ("agentry check") and the versions known, when it is missing or unknown.
    std::optional<QString> clientVersion(const QString &command, QString *error);
    // The value of `--runtime` (or `--to`, `--from`): a runtime's id, or `auto` (nothing in
    // `runtime`) where `allowAuto`. False, with a message naming `command`, the option and the
    // ids, when it is missing or unknown.
    bool runtime(const QString &command, std::optional<Runtime> *runtime, QString *error, bool allowAuto = true);
    // The message for the current option when `command` ("agentry import") does not take it.
    QString unknownOption(const QString &command) const;

private:
    QStringList m_arguments;
    QStringList m_operands;
    QString m_name;
    int m_index = -1;
    qsizetype m_equals = -1;
    bool m_optionsDone = false;
};

} // namespace Agentry
