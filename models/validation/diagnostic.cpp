// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/diagnostic.h"

namespace Agentry {

const Fix *Diagnostic::safeFix() const
{
    for (const Fix &fix : fixes) {
        if (fix.safety == Fix::Safety::Safe)
            return &fix;
    }
    return nullptr;
}

} // namespace Agentry
