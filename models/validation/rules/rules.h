// SPDX-FileCopyrightText: 2026 The Agentry authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <memory>
#include <vector>

namespace Agentry {

class Rule;
class CrossAgentRule;

// Every rule Agentry checks a document with, in code order (AG101 …), and the rules that
// look across the agents of a library (AG5xx). One class per rule, each in its own file
// here; docs/rules.md describes them.
namespace Rules {

std::vector<std::unique_ptr<Rule>> documentRules();
std::vector<std::unique_ptr<CrossAgentRule>> libraryRules();

// Structure and YAML.
std::unique_ptr<Rule> noFrontmatter();          // AG101
std::unique_ptr<Rule> misplacedFrontmatter();   // AG102
std::unique_ptr<Rule> unterminatedFrontmatter(); // AG103
std::unique_ptr<Rule> closedEarly();            // AG104
std::unique_ptr<Rule> brokenYaml();             // AG105
std::unique_ptr<Rule> lenientYaml();            // AG106
std::unique_ptr<Rule> commentCutsValue();       // AG107
std::unique_ptr<Rule> taggedValue();            // AG108
std::unique_ptr<Rule> duplicateKey();           // AG109
std::unique_ptr<Rule> notAMapping();            // AG110

// Fields.
std::unique_ptr<Rule> nameMissing();            // AG201
std::unique_ptr<Rule> nameRefused();            // AG202
std::unique_ptr<Rule> nameForm();               // AG203
std::unique_ptr<Rule> nameFileMismatch();       // AG204
std::unique_ptr<Rule> descriptionMissing();     // AG205
std::unique_ptr<Rule> descriptionEscapes();     // AG206
std::unique_ptr<Rule> model();                  // AG207
std::unique_ptr<Rule> color();                  // AG208
std::unique_ptr<Rule> permissionMode();         // AG209
std::unique_ptr<Rule> effort();                 // AG210
std::unique_ptr<Rule> memory();                 // AG211
std::unique_ptr<Rule> isolation();              // AG212
std::unique_ptr<Rule> background();             // AG213
std::unique_ptr<Rule> maxTurns();               // AG214
std::unique_ptr<Rule> autoCompactWindow();      // AG215
std::unique_ptr<Rule> disallowedToolsIgnored(); // AG216
std::unique_ptr<Rule> emptyTools();             // AG217
std::unique_ptr<Rule> unknownKey();             // AG218
std::unique_ptr<Rule> pluginIgnoredKey();       // AG219

// Tools.
std::unique_ptr<Rule> unknownTool();            // AG301
std::unique_ptr<Rule> removedTool();            // AG302
std::unique_ptr<Rule> renamedTool();            // AG303
std::unique_ptr<Rule> foreignTool();            // AG304
std::unique_ptr<Rule> noUsableTool();           // AG305
std::unique_ptr<Rule> wildcardTool();           // AG306
std::unique_ptr<Rule> duplicateTool();          // AG307
std::unique_ptr<Rule> malformedTool();          // AG308
std::unique_ptr<Rule> hooksRunCommands();       // AG309
std::unique_ptr<Rule> mcpServers();             // AG310
std::unique_ptr<Rule> topLevelHook();           // AG311
std::unique_ptr<Rule> invalidHooks();           // AG312

// Body and encoding.
std::unique_ptr<Rule> emptyBody();              // AG401
std::unique_ptr<Rule> mojibake();               // AG402
std::unique_ptr<Rule> replacementCharacter();   // AG403
std::unique_ptr<Rule> invisibleCharacter();     // AG404
std::unique_ptr<Rule> unbalancedFence();        // AG405
std::unique_ptr<Rule> tokenSize();              // AG406
std::unique_ptr<Rule> invalidUtf8();            // AG407

// What runtimes other than Claude Code say about a file, one rule per effect (RT101 …).
std::vector<std::unique_ptr<Rule>> runtimeIssues();

// Across agents.
std::unique_ptr<CrossAgentRule> duplicateName();   // AG501
std::unique_ptr<CrossAgentRule> shadowedName();    // AG502
std::unique_ptr<CrossAgentRule> sameDescription(); // AG503
std::unique_ptr<CrossAgentRule> runtimeNameClash(); // RT501

} // namespace Rules

} // namespace Agentry
