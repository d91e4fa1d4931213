// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace Agentry {

// Runs Agentry's window: creates the QApplication, installs the translations and opens
// the folder named by the first positional argument, else the bundled examples.
// Returns the application's exit code. Only for the GUI path: the headless subcommands
// must not create a QApplication, which needs a display.
int runGui(int argc, char **argv);

} // namespace Agentry
