// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "matrix/grantpatcher.h"
#include "matrix/opencoderules.h"

#include <QCoreApplication>

namespace Agentry {

// Sets one permission of an OpenCode agent to allow, ask or deny for every use, as the
// smallest edit of its `permission` map: the key's line (and its patterns) is replaced in
// place, or a line is added at the map's end, or the map is started. The edit is kept only
// when OpenCode's rules then give the permission that action, so a later wildcard rule that
// would still decide is reported instead of hidden.
class PermissionPatcher
{
    Q_DECLARE_TR_FUNCTIONS(PermissionPatcher)

public:
    explicit PermissionPatcher(const AgentText &text);

    GrantPatch set(const QString &permission, OpenCodeRules::Action action, const QString &label) const;

private:
    const AgentText &m_text;
};

} // namespace Agentry
