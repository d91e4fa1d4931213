// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fuzzproperty.h"
#include "yamlagreement.h"

using namespace Agentry;

// FlatYaml against yaml-cpp on any YAML text: whatever the fast path answers, a map or an error
// at a line and column, yaml-cpp answers the same (the comparison tst_flatyaml makes).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString disagreement = YamlAgreement::disagreement(fuzzBytes(data, size));
    requireProperty(disagreement.isEmpty(), "FlatYaml reads what yaml-cpp reads", [&] { return disagreement; });
    return 0;
}
