// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "bundles/pluginmanifest.h"
#include "runtime/runtimeprofile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Agentry {

// Limits on what an imported archive may unpack to (zip bombs).
struct ExtractionLimits
{
    int maxEntries = 10000;
    qint64 maxEntrySize = 16 * 1024 * 1024;
    qint64 maxTotalSize = 256 * 1024 * 1024;
    int maxRatio = 100; // uncompressed / compressed, per entry
    qint64 ratioFloor = 64 * 1024; // entries smaller than this skip the ratio check: short text compresses well
};

// One plugin found in an imported bundle.
struct BundlePlugin
{
    QString folder;          // absolute path of the plugin folder (inside the extraction for a zip)
    PluginManifest manifest;
    QStringList agentFiles;  // absolute paths of agents/*.md
};

// What a bundle holds, or why it was refused.
struct BundleContents
{
    bool ok = false;
    QString error;          // translated; names the offending entry
    QString root;           // the folder read (the extraction folder for a zip)
    QString marketplaceName; // empty when the bundle is a single plugin
    QVector<BundlePlugin> plugins;
    QStringList skipped;     // marketplace entries not read, with why: sources elsewhere (git, URLs)
    QStringList warnings;    // what the client's validator warns about in plugin.json and marketplace.json
};

// Opens plugin folders, marketplace folders and .zip archives. Archives are extracted safely
// into `extractTo`: absolute paths, `..`, symlinks, names invalid on the platform and entries
// over the limits are refused, nothing is written outside `extractTo`. The manifests are checked
// as `profile`'s client validates them.
class BundleReader
{
    Q_DECLARE_TR_FUNCTIONS(BundleReader)

public:
    static BundleContents read(const QString &path, const QString &extractTo, const ExtractionLimits &limits = {},
                               const RuntimeProfile &profile = RuntimeProfile::latest());
    // Copies agent files into `agentsFolder` (a .claude/agents); existing files are not
    // overwritten unless listed in `overwrite`. All or nothing: when one cannot be copied, the
    // folder is put back as it was. Returns the error message or empty; `copied` gets the new paths.
    static QString copyAgents(const QStringList &agentFiles, const QString &agentsFolder, const QStringList &overwrite,
                              QStringList *copied);
    // The agent files of `agentFiles` whose names already exist in `agentsFolder`.
    static QStringList conflicts(const QStringList &agentFiles, const QString &agentsFolder);
};

} // namespace Agentry
