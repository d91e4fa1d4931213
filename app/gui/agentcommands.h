// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QWidget;

namespace Agentry {

class AgentDocument;
class AgentLibrary;
class LibraryChecker;
class LibraryOperations;

// The window's commands on one agent's file: new, duplicate, rename, move to trash, revert.
// Each asks the user what it needs (dialogs over `window`), has LibraryOperations do it and
// reports a failure in a message box. GUI thread; none of the pointers is owned.
class AgentCommands
{
    Q_DECLARE_TR_FUNCTIONS(AgentCommands)

public:
    AgentCommands(LibraryOperations *operations, AgentLibrary *library, LibraryChecker *checker, QWidget *window);

    // The new agent's library index, or -1 when none was made.
    int newAgent();
    int duplicate(const AgentDocument *document);
    void rename(AgentDocument *document);
    void trash(AgentDocument *document);
    // True when the document now holds its file's bytes again.
    bool revert(AgentDocument *document);

private:
    LibraryOperations *m_operations;
    AgentLibrary *m_library;
    LibraryChecker *m_checker;
    QWidget *m_window;
};

} // namespace Agentry
