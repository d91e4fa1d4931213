// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/inputfiles.h"
#include "runtime/runtimes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

class QTextStream;

namespace Agentry {

class ArgumentReader;
class RuntimeProfile;

// How check, fix, matrix and export begin: their own options, `--client VERSION` where the
// subcommand reads agents as a client version does, `--runtime ID|auto` where it reads them
// as the runtime of their folder does, at least one PATH, and the agent files
// the paths name. The subcommand says which options are its own; read() does the rest and
// reports every usage error itself.
class InputArguments
{
    Q_DECLARE_TR_FUNCTIONS(InputArguments)

public:
    // What a subcommand made of one of its options; with Refused it has set the message.
    enum class Option { Taken, Unknown, Refused };
    // Whether the subcommand takes `--client VERSION`.
    enum class Client { Taken, NotTaken };

    // The part of the arguments that differs between subcommands.
    struct Syntax
    {
        QString command; // the subcommand's name, as messages give it: "check"
        Client client = Client::NotTaken;
        bool takesRuntime = false; // `--runtime ID|auto`
        // Reads the current option of `reader`; `--client` never reaches it where it is taken.
        std::function<Option(ArgumentReader &reader, QString *error)> readOption;
        // A usage error in options valid one by one but not together, given the PATH operands
        // (none yet when the user named none); empty when there is none. May be left out.
        std::function<QString(const QStringList &paths)> check = nullptr;
    };

    // Reads `arguments` (without the subcommand's name) as `syntax` says, then requires a PATH
    // and collects the agent files of the paths. Nothing, with the usage error written to
    // `err`, when the arguments are not valid or a path names nothing.
    static std::optional<InputArguments> read(const QStringList &arguments, const Syntax &syntax, QTextStream &err);

    // The client version that reads the agents: `--client`'s, else the latest Agentry knows.
    const RuntimeProfile &profile() const;

    QString client;           // as `--client` gave it; empty when not given
    std::optional<Runtime> runtime; // as `--runtime` gave it; nothing for `auto` or when not given
    QStringList paths;        // the PATH operands as the user wrote them
    QVector<InputFile> files; // the agent files they name
};

} // namespace Agentry
