// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/setcommand.h"

#include "cli/argumentreader.h"
#include "cli/commandline.h"
#include "cli/fileoperand.h"
#include "document/agentdocument.h"
#include "text/frontmatterpatcher.h"
#include "text/yamljson.h"

#include <QJsonArray>
#include <QTextStream>

#include <algorithm>

namespace Agentry {

int SetCommand::run(const QStringList &arguments, QTextStream &, QTextStream &err)
{
    ArgumentReader reader(arguments);
    const std::optional<QStringList> flags = reader.flags({QStringLiteral("--string")});
    const QStringList &operands = reader.operands();
    if (!flags || operands.size() != 3)
        return CommandLine::usageError(err);
    const QString &key = operands.at(1);
    const QString &text = operands.at(2);
    std::optional<QJsonValue> value = QJsonValue(text);
    if (!flags->contains(QLatin1String("--string"))) {
        QString error;
        value = YamlJson::parse(text, &error);
        if (!value) {
            err << tr("agentry: the value is not valid YAML (%1); use --string for plain text").arg(error) << '\n';
            return CommandLine::UsageError;
        }
    }
    const std::unique_ptr<AgentDocument> document = FileOperand::load(operands.first(), err);
    if (!document)
        return CommandLine::Failure;
    const FrontmatterPatcher editor(document->text());
    // Maps keep the key order the user typed: write them as the YAML given.
    const QJsonArray items = value->toArray();
    const bool nested = value->isObject()
        || std::any_of(items.begin(), items.end(), [](const QJsonValue &v) { return v.isObject() || v.isArray(); });
    return FileOperand::applyAndSave(*document, nested ? editor.setYaml(key, text) : editor.setValue(key, *value), err);
}

} // namespace Agentry
