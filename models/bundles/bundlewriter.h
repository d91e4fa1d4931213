// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "bundles/pluginmanifest.h"
#include "runtime/runtimes.h"
#include "validation/diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>

namespace Agentry {

// One agent to put into a bundle: its bytes as they are to be written (the file's bytes, or
// with the fixes the user chose), and where they came from.
struct BundleAgent
{
    QString sourcePath; // for messages
    QByteArray bytes;
};

// What to export: a plugin (folder or .zip), optionally added to a marketplace folder; or the
// agents converted for another runtime, laid out as its bundle (RuntimeBundle); or for
// several runtimes, a folder each.
struct BundleRequest
{
    enum class Output { Folder, Zip };

    PluginManifest manifest; // its `icon` is set by the writer
    QVector<BundleAgent> agents;
    QByteArray icon;         // the listing icon, PNG or JPEG (PluginIcon checks it); empty: a generated one
    Output output = Output::Folder;
    QString outputPath;      // the plugin folder, or the .zip file; with a marketplace, empty means
                             // <marketplace>/plugins/<name>, and a folder given must lie inside it
    QString marketplacePath; // empty: none; else a marketplace folder, created or updated (folders only)
    QString marketplaceName;       // for a new marketplace.json; empty: the marketplace folder's name
    QString marketplaceDescription; // for a new marketplace.json; empty: the plugin's description
    PluginPerson marketplaceOwner;  // for a new marketplace.json; empty: the plugin's author
    QVector<Runtime> runtimes{Runtime::ClaudeCode}; // more than one: a folder each, named by the runtime's id
    bool acceptWarnings = false;   // the gate passes agents with warnings only when set
    // Replace an existing .zip, or an existing bundle folder (one with .claude-plugin/plugin.json,
    // or what RuntimeBundle::markerPath() names);
    // without it an existing .zip or non-empty folder is refused. Other folders are never replaced.
    bool overwrite = false;
};

// One thing the gate found: about an agent (`path` set; `line` and `code` when a rule found
// it) or about the plugin as a whole (`path` empty). A value, never parsed back from text.
struct BundleFinding
{
    BundleFinding() = default;
    BundleFinding(const QString &path, Severity severity, const QString &message, int line = 0, const QString &code = {})
        : path(path)
        , severity(severity)
        , message(message)
        , line(line)
        , code(code)
    {
    }

    QString path;                        // the agent's source path as the request names it
    Severity severity = Severity::Error; // Error stops the export; Warning must be accepted
    QString message;
    int line = 0; // 1-based line in the agent's file; 0 when the finding is about no line
    QString code; // the rule's code (AG105); empty when no rule made the finding

    // "path:line: message [code]", "path: message" or "message", as the command line prints it.
    QString text() const;
    // What the gate makes of the rules' findings in the agent at `path`: its errors and
    // warnings (notes do not stop an export).
    static QVector<BundleFinding> gate(const QString &path, const QVector<Diagnostic> &diagnostics);
};

// What an export did or why it did not.
struct BundleResult
{
    bool ok = false;
    QString error;                   // translated, names the file or agent
    QVector<BundleFinding> findings; // the gate's: agents in the request's order, then the plugin's
    QStringList writtenFiles;   // relative to the output (the marketplace folder when there is one), sorted
    QString sha256;             // of the .zip, hex; empty for folders

    QVector<BundleFinding> findingsOf(Severity severity) const;
};

// Writes Claude Code plugins and marketplaces, and bundles for the other runtimes (each agent
// converted by AgentConverter, whose findings join the gate's): agent files named after the agent (name
// collisions reported), .claude-plugin/plugin.json, a generated README.md, the license's text
// as LICENSE (when built in) and the listing icon, so that a licensed plugin passes the plugin
// directory's checks (`claude plugin validate --profile directory`); zips are
// reproducible (sorted entries, fixed times and permissions). Writes into a temporary place
// and moves it in at the end, so nothing half-written is left on cancel or error.
class BundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)

public:
    // The gate and the names, without writing: what export() would refuse or warn about.
    static BundleResult check(const BundleRequest &request);
    // `progress(done, total)` returns false to cancel.
    static BundleResult write(const BundleRequest &request, const std::function<bool(int, int)> &progress = {});
};

} // namespace Agentry
