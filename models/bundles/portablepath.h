// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Agentry {

// Names that make a file on every system a bundle may travel to: Linux, macOS and Windows.
namespace PortablePath {

// True when `segment` (one folder or file name, no separators) is a valid file name
// everywhere: no control characters, none of <>:"/\|?*, not "." or "..", not ending in a
// dot or a space, not a reserved Windows device name (CON, NUL, COM1, ...).
bool isValidSegment(const QString &segment);

} // namespace PortablePath

} // namespace Agentry
