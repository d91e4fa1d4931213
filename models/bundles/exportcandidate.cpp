// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bundles/exportcandidate.h"

#include "document/agentdocument.h"
#include "library/agentlibrary.h"
#include "library/librarychecker.h"

namespace Agentry {

bool ExportCandidate::has(Severity severity) const
{
    return std::any_of(findings.cbegin(), findings.cend(), [severity](const BundleFinding &f) { return f.severity == severity; });
}

QVector<ExportCandidate> ExportCandidate::fromLibrary(const AgentLibrary &library, const LibraryChecker &checker,
                                                      const QVector<int> &items)
{
    QVector<ExportCandidate> candidates;
    for (const int item : items) {
        const AgentDocument *document = library.item(item).document;
        if (!document)
            continue;
        ExportCandidate candidate{document->path(), checker.nameOf(document), document->text().bytes, {}};
        if (const CheckedAgent *check = checker.check(item))
            candidate.findings = BundleFinding::gate(candidate.path, check->diagnostics);
        candidates.append(candidate);
    }
    return candidates;
}

} // namespace Agentry
