// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation/rules/rules.h"

#include "validation/crossagentrule.h"
#include "validation/rule.h"

namespace Agentry {

namespace Rules {

std::vector<std::unique_ptr<Rule>> documentRules()
{
    std::vector<std::unique_ptr<Rule>> rules;
    for (auto make : {noFrontmatter, misplacedFrontmatter, unterminatedFrontmatter, closedEarly, brokenYaml, lenientYaml,
                      commentCutsValue, taggedValue, duplicateKey, notAMapping,
                      nameMissing, nameRefused, nameForm, nameFileMismatch, descriptionMissing, descriptionEscapes, model, color,
                      permissionMode, effort, memory, isolation, background, maxTurns, autoCompactWindow, disallowedToolsIgnored,
                      emptyTools, unknownKey, pluginIgnoredKey,
                      unknownTool, removedTool, renamedTool, foreignTool, noUsableTool, wildcardTool, duplicateTool, malformedTool,
                      hooksRunCommands, mcpServers, topLevelHook, invalidHooks,
                      emptyBody, mojibake, replacementCharacter, invisibleCharacter, unbalancedFence, tokenSize, invalidUtf8})
        rules.push_back(make());
    for (std::unique_ptr<Rule> &rule : runtimeIssues())
        rules.push_back(std::move(rule));
    return rules;
}

std::vector<std::unique_ptr<CrossAgentRule>> libraryRules()
{
    std::vector<std::unique_ptr<CrossAgentRule>> rules;
    rules.push_back(duplicateName());
    rules.push_back(shadowedName());
    rules.push_back(sameDescription());
    rules.push_back(runtimeNameClash());
    return rules;
}

} // namespace Rules

} // namespace Agentry
