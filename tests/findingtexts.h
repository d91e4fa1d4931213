// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "bundles/bundlewriter.h"

#include <QStringList>

// Shared by the bundle tests: the gate's findings of one severity as the command line prints them.
inline QStringList findingTexts(const Agentry::BundleResult &result, Agentry::Severity severity)
{
    QStringList lines;
    for (const Agentry::BundleFinding &finding : result.findingsOf(severity))
        lines.append(finding.text());
    return lines;
}
