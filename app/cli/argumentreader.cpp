// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/argumentreader.h"

#include "runtime/runtimeprofile.h"

namespace Agentry {

ArgumentReader::ArgumentReader(const QStringList &arguments)
    : m_arguments(arguments)
{
}

bool ArgumentReader::next()
{
    while (++m_index < m_arguments.size()) {
        const QString &argument = m_arguments.at(m_index);
        if (m_optionsDone || !argument.startsWith(QLatin1String("--"))) {
            m_operands.append(argument);
        } else if (argument == QLatin1String("--")) {
            m_optionsDone = true;
        } else {
            m_equals = argument.indexOf(u'=');
            m_name = m_equals < 0 ? argument : argument.left(m_equals);
            return true;
        }
    }
    return false;
}

std::optional<QString> ArgumentReader::value()
{
    if (m_equals >= 0)
        return m_arguments.at(m_index).mid(m_equals + 1);
    if (m_index + 1 < m_arguments.size())
        return m_arguments.at(++m_index);
    return std::nullopt;
}

std::optional<QStringList> ArgumentReader::flags(const QStringList &known)
{
    QStringList given;
    while (next()) {
        if (!isFlag() || !known.contains(m_name))
            return std::nullopt;
        given.append(m_name);
    }
    return given;
}

std::optional<QString> ArgumentReader::clientVersion(const QString &command, QString *error)
{
    const std::optional<QString> version = value();
    if (!version || !RuntimeProfile::find(*version)) {
        *error = tr("%1: --client takes one of %2").arg(command, RuntimeProfile::versions().join(QLatin1String(", ")));
        return std::nullopt;
    }
    return version;
}

bool ArgumentReader::runtime(const QString &command, std::optional<Runtime> *runtime, QString *error, bool allowAuto)
{
    const std::optional<QString> id = value();
    *runtime = id ? Runtimes::fromId(*id) : std::nullopt;
    if (id && (*runtime || (allowAuto && *id == QLatin1String("auto"))))
        return true;
    QStringList ids;
    if (allowAuto)
        ids.append(QStringLiteral("auto"));
    for (const Runtime r : Runtimes::all())
        ids.append(Runtimes::id(r));
    *error = tr("%1: %2 takes one of %3").arg(command, m_name, ids.join(QLatin1String(", ")));
    return false;
}

QString ArgumentReader::unknownOption(const QString &command) const
{
    return tr("%1: unknown option %2").arg(command, argument());
}

} // namespace Agentry
