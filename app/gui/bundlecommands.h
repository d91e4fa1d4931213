// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QVector>

namespace Agentry {

class AgentLibrary;
class LibraryChecker;
class LibraryOperations;
struct BundleContents;

// The window's bundle commands: Export as Plugin… over the agents it shows, Import Bundle…,
// and showing an opened bundle's agents read-only in the library. GUI thread; the pointers
// are not owned; `window` parents the dialogs.
class BundleCommands : public QObject
{
    Q_OBJECT

public:
    BundleCommands(LibraryOperations *operations, AgentLibrary *library, LibraryChecker *checker, QWidget *window);

    // Offers the library's items `items` for export; returns the path of an agent the user
    // chose to fix from the gate (empty when none).
    QString exportBundle(const QVector<int> &items);
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
