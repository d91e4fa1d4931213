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
#include "text/frontmattersplitter.h"
#include "validation/agentvalidator.h"
#include "validation/libraryfixguard.h"
#include "validation/rule.h"
#include "validation/safefixer.h"

#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>
#include <optional>
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
    QString error;
    bool changed = false;
    QByteArray before;
    QByteArray after;
};

// How far a file's fixes may go, from every safe one to none.
enum class Reach { All, KeepLoading, None };

Fixed fixOne(const InputFile &file, const SafeFixer::Options &options, const AgentValidator &validator)
{
    Fixed fixed;
    std::optional<QByteArray> bytes = AgentDocument::readBytes(file.path, &fixed.error);
    if (!bytes)
        return fixed;
    fixed.after = SafeFixer::apply(*bytes, file.path, file.scope, options, validator);
    fixed.changed = fixed.after != *bytes;
    fixed.before = std::move(*bytes);
    return fixed;
}

// What the guard needs of `bytes` as `file`: checked without fixes, which is several times faster.
LibraryFixGuard::File guardFile(const InputFile &file, const QByteArray &bytes, const AgentValidator &validator)
{
    AgentText text;
    text.facts = TextFacts::scan(bytes);
    text.block = FrontmatterSplitter::split(bytes);
    text.bytes = bytes;
    return LibraryFixGuard::File::of(validator.validate(file.path, text, file.scope, RuleContext::Fixes::Skip), file.scope);
}

// The library as it is (before any fix): what the guard compares fixes against.
LibraryFixGuard readLibrary(const QVector<InputFile> &files, const AgentValidator &validator, QStringList *errors)
{
    QVector<LibraryFixGuard::File> library(files.size());
    QVector<QString> failed(files.size());
    QVector<int> indices(files.size());
    std::iota(indices.begin(), indices.end(), 0);
    QtConcurrent::blockingMap(indices, [&](int i) {
        const std::optional<QByteArray> bytes = AgentDocument::readBytes(files.at(i).path, &failed[i]);
        if (bytes)
            library[i] = guardFile(files.at(i), *bytes, validator);
    });
    for (const QString &error : std::as_const(failed)) {
        if (!error.isEmpty())
            errors->append(error);
    }
    return LibraryFixGuard(std::move(library));
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
         .takesRuntime = true,
         .readOption = [&anyValidator, &options](ArgumentReader &reader, QString *error) { return readOption(reader, anyValidator, options, error); }},
        err);
    if (!input)
        return CommandLine::UsageError;

    const AgentValidator validator(input->profile(), ToolCatalog::builtin(), input->runtime);
    const QVector<InputFile> &files = input->files;
    QStringList readErrors;
    LibraryFixGuard guard = readLibrary(files, validator, &readErrors);
    for (const QString &error : std::as_const(readErrors))
        err << QStringLiteral("agentry: ") << error << '\n';
    const auto fixOptions = [&](int i, Reach reach) {
        return SafeFixer::Options{options.rules, guard.takenNames(i), reach == Reach::KeepLoading};
    };

    // Every file's fixes are proposed, then those that would make the library worse are
    // withdrawn; a withdrawn file is offered its fixes that keep it loading as it does.
    QVector<Reach> reach(files.size(), Reach::None);
    QHash<int, QString> withdrawn;
    for (const Reach tier : {Reach::All, Reach::KeepLoading}) {
        QVector<int> todo;
        for (int i = 0; i < files.size(); ++i) {
            if (tier == Reach::All || withdrawn.contains(i))
                todo.append(i);
        }
        QVector<std::optional<LibraryFixGuard::File>> proposals(files.size());
        QtConcurrent::blockingMap(todo, [&](int i) {
            const Fixed fixed = fixOne(files.at(i), fixOptions(i, tier), validator);
            if (fixed.changed)
                proposals[i] = guardFile(files.at(i), fixed.after, validator);
        });
        for (const int i : std::as_const(todo)) {
            if (proposals.at(i)) {
                guard.propose(i, *proposals.at(i));
                reach[i] = tier;
            }
        }
        const QHash<int, QString> now = guard.settle();
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            reach[it.key()] = Reach::None;
            if (!withdrawn.contains(it.key()))
                withdrawn.insert(it.key(), it.value());
        }
    }

    int changed = 0;
    int failures = readErrors.size();
    // Files are fixed again in parallel a chunk at a time, then reported and written in file
    // order: the output is that of one thread, and only one chunk's texts are held at once.
    constexpr int kChunk = 256;
    for (int first = 0; first < files.size(); first += kChunk) {
        std::vector<Fixed> chunk(size_t(std::min<qsizetype>(kChunk, files.size() - first)));
        QVector<int> indices(int(chunk.size()));
        std::iota(indices.begin(), indices.end(), first);
        QtConcurrent::blockingMap(indices, [&](int i) {
            if (reach.at(i) != Reach::None)
                chunk[size_t(i - first)] = fixOne(files.at(i), fixOptions(i, reach.at(i)), validator);
        });
        for (const int i : std::as_const(indices)) {
            const Fixed &fixed = chunk[size_t(i - first)];
            const InputFile &file = files.at(i);
            if (withdrawn.contains(i)) {
                err << (reach.at(i) == Reach::None ? tr("agentry fix: left %1 as it is: %2") : tr("agentry fix: %1: left out the fixes that change whether or as what it loads: %2"))
                               .arg(file.shown, withdrawn.value(i))
                    << '\n';
            }
            if (!fixed.error.isEmpty()) {
                err << QStringLiteral("agentry: ") << fixed.error << '\n';
                ++failures;
                continue;
            }
            if (!fixed.changed)
                continue;
            // `a/path` and `b/path` as git writes them; an absolute path loses its leading slash there.
            const QString name = file.shown.startsWith(u'/') ? file.shown.mid(1) : file.shown;
            out << UnifiedDiff::make(fixed.before, fixed.after, QStringLiteral("a/") + name, QStringLiteral("b/") + name);
            // `before` is what was read: the write is refused if another program changed the file meanwhile.
            if (!options.dryRun) {
                if (const QString writeError = FileWriter::replace(file.path, fixed.before, fixed.after); !writeError.isEmpty()) {
                    err << QStringLiteral("agentry: ") << writeError << '\n';
                    ++failures;
                    continue; // not counted as changed
                }
            }
            ++changed;
        }
    }
    err << (options.dryRun ? tr("agentry fix: %n file(s) would change", nullptr, changed) : tr("agentry fix: %n file(s) changed", nullptr, changed))
        << '\n';
    return failures > 0 ? CommandLine::Failure : CommandLine::Success;
}

} // namespace Agentry
