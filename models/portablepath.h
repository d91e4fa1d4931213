#pragma once

#include <QString>

// Names that make a file on every system a bundle may travel to: Linux, macOS and Windows.
namespace PortablePath {

// True when `segment` (one folder or file name, no separators) is a valid file name
// everywhere: no control characters, none of <>:"/\|?*, not "." or "..", not ending in a
// dot or a space, not a reserved Windows device name (CON, NUL, COM1, ...).
bool isValidSegment(const QString &segment);

} // namespace PortablePath
