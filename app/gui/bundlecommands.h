// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "runtime/runtimes.h"

#include <QObject>
#include <QVector>

#include <optional>

namespace Agentry {

class AgentLibrary;
class LibraryChecker;
class LibraryOperations;
struct BundleContents;

// The window's commands that write agents out and read them in: Export as Plugin… and
// Convert to… over the agents it shows, Import Bundle…, and showing an opened bundle's agents
// read-only in the library. GUI thread; the pointers are not owned; `window` parents the dialogs.
class BundleCommands : public QObject
{
    Q_OBJECT

public:
    BundleCommands(LibraryOperations *operations, AgentLibrary *library, LibraryChecker *checker, QWidget *window);

    // Offers the library's items `items` for export; returns the path of an agent the user
    // chose to fix from the gate (empty when none).
    QString exportBundle(const QVector<int> &items);
    // Offers the library's items `items` for another runtime with their text as it is now,
    // only `checked` among them checked; converts to `runtime`, or to the last runtime chosen.
    // The new files in the open folder join the library.
    void convert(const QVector<int> &items, int checked, std::optional<Runtime> runtime = std::nullopt);
    void importBundle();
    void showBundle(const BundleContents &contents);

signals:
    void message(const QString &text, int milliseconds);

private:
    LibraryOperations *m_operations;
    AgentLibrary *m_library;
    LibraryChecker *m_checker;
    QWidget *m_window;
};

} // namespace Agentry
