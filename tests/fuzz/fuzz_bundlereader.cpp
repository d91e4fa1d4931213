// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/bundlereader.h"
#include "bundles/safeextractor.h"
#include "fuzzproperty.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Agentry;

namespace {

// Small limits keep each run fast; the checks are the same at any size.
const ExtractionLimits kLimits{.maxEntries = 64, .maxEntrySize = 256 * 1024, .maxTotalSize = 1024 * 1024, .maxRatio = 100, .ratioFloor = 4096};

bool inside(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + u'/');
}

} // namespace

// Any bytes as a .zip to import: read and extracted into a folder two levels below the archive,
// so that an entry escaping it by `..` lands where the check sees it. Nothing is written outside
// that folder and no link inside it; a refused archive leaves it as it was; what is read lies in it.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QTemporaryDir root;
    requireProperty(root.isValid(), "a temporary folder");
    const QString zip = root.filePath(QStringLiteral("bundle.zip"));
    QFile file(zip);
    requireProperty(file.open(QIODevice::WriteOnly) && file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size),
                    "the archive is written");
    file.close();
    requireProperty(QDir(root.path()).mkpath(QStringLiteral("x/y")), "the parent folders are made");
    const QString out = root.filePath(QStringLiteral("x/y/out"));

    // BundleReader::read(zip) in its two steps, to tell a refused archive from a folder not read.
    const QString refusal = SafeExtractor::extract(zip, out, kLimits);
    const BundleContents contents = refusal.isEmpty() ? BundleReader::read(out, QString()) : BundleContents();

    QDirIterator it(root.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root.path()).relativeFilePath(path);
        requireProperty(relative == QLatin1String("bundle.zip") || relative == QLatin1String("x") || relative == QLatin1String("x/y")
                            || inside(path, out),
                        "nothing is written outside the extraction folder", [&] { return relative; });
        requireProperty(!it.fileInfo().isSymLink(), "no link is extracted", [&] { return relative; });
        requireProperty(refusal.isEmpty() || !inside(path, out) || path == out, "a refused archive leaves the folder as it was", [&] { return relative; });
    }
    for (const BundlePlugin &plugin : contents.plugins) {
        requireProperty(inside(QFileInfo(plugin.folder).absoluteFilePath(), out), "a plugin lies in the extraction", [&] { return plugin.folder; });
        for (const QString &agent : plugin.agentFiles)
            requireProperty(inside(QFileInfo(agent).absoluteFilePath(), out), "an agent file lies in the extraction", [&] { return agent; });
    }
    return 0;
}
