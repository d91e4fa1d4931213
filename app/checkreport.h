#pragma once

#include "agentscope.h"
#include "clientreading.h"
#include "diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

class Validator;
class LibraryValidator;

// One checked file: how the client reads it and what the rules found.
struct CheckedFile
{
    QString shown; // the path as the user named it
    AgentScope scope = AgentScope::Folder;
    ClientReading reading;
    QVector<Diagnostic> diagnostics;
};

// The output formats of `agentry check`.
class CheckReport
{
    Q_DECLARE_TR_FUNCTIONS(CheckReport)

public:
    // `path:line:col: severity: message [CODE]`, one line each, then a summary line.
    static QString text(const QVector<CheckedFile> &files);
    // {"files": [{"file", "frontmatter", "loads": {"project", "plugin"}, "diagnostics": [...]}]}
    static QByteArray json(const QVector<CheckedFile> &files);
    // SARIF 2.1.0, one run; safe fixes as byte replacements.
    static QByteArray sarif(const QVector<CheckedFile> &files, const Validator &validator, const LibraryValidator &library);
};
