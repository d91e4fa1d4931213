<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgentConverter</name>
    <message numerus="yes">
        <location filename="../models/conversion/agentconverter.cpp" line="+187"/>
        <source>Qwen Code refuses a prompt shorter than %n characters.</source>
        <translation>
            <numerusform>Qwen Code refuses a prompt shorter than %n character.</numerusform>
            <numerusform>Qwen Code refuses a prompt shorter than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Agentry::AgentLibraryModel</name>
    <message numerus="yes">
        <location filename="../models/library/agentlibrarymodel.cpp" line="+442"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Agentry::BundleCommands</name>
    <message numerus="yes">
        <location filename="../app/gui/bundlecommands.cpp" line="+46"/>
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>Exported %n file.</numerusform>
            <numerusform>Exported %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n file(s); SHA-256 %1.</source>
        <translation>
            <numerusform>Exported %n file; SHA-256 %1.</numerusform>
            <numerusform>Exported %n files; SHA-256 %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Converted %n agent(s) for %1.</source>
        <translation>
            <numerusform>Converted %n agent for %1.</numerusform>
            <numerusform>Converted %n agents for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Copied %n agent(s) into the project.</source>
        <translation>
            <numerusform>Copied %n agent into the project.</numerusform>
            <numerusform>Copied %n agents into the project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The library shows the bundle&apos;s %n agent(s), read-only.</source>
        <translation>
            <numerusform>The library shows the bundle&apos;s %n agent, read-only.</numerusform>
            <numerusform>The library shows the bundle&apos;s %n agents, read-only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Agentry::ConvertDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/convertdialog.cpp" line="+314"/>
        <source>%n agent(s) will be written to %1.</source>
        <translation>
            <numerusform>%n agent will be written to %1.</numerusform>
            <numerusform>%n agents will be written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cannot be converted.</source>
        <translation>
            <numerusform>%n cannot be converted.</numerusform>
            <numerusform>%n cannot be converted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n agent(s) left out: each is its own file already.</source>
        <translation>
            <numerusform>%n agent left out: it is its own file already.</numerusform>
            <numerusform>%n agents left out: each is its own file already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) exist already. Replace them with the converted agents?</source>
        <translation>
            <numerusform>%n file exists already. Replace it with the converted agent?</numerusform>
            <numerusform>%n files exist already. Replace them with the converted agents?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Agentry::ExportDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/exportdialog.cpp" line="+569"/>
        <source>%n agent(s) have errors; fix them or leave them out.</source>
        <translation>
            <numerusform>%n agent has errors; fix them or leave them out.</numerusform>
            <numerusform>%n agents have errors; fix them or leave them out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+139"/>
        <source>Exported %n agent(s) as the plugin %1 to %2. Files written:</source>
        <translation>
            <numerusform>Exported %n agent as the plugin %1 to %2. Files written:</numerusform>
            <numerusform>Exported %n agents as the plugin %1 to %2. Files written:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Agentry::ImportDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/importdialog.cpp" line="+208"/>
        <source>Copy %n agent(s) into %1?</source>
        <translation>
            <numerusform>Copy %n agent into %1?</numerusform>
            <numerusform>Copy %n agents into %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Do the same for the other %n existing file(s)</source>
        <translation>
            <numerusform>Do the same for the other %n existing file</numerusform>
            <numerusform>Do the same for the other %n existing files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Copied %n agent(s) before an error.</source>
        <translation>
            <numerusform>Copied %n agent before an error.</numerusform>
            <numerusform>Copied %n agents before an error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Copied %n agent(s) into %1.</source>
        <translation>
            <numerusform>Copied %n agent into %1.</numerusform>
            <numerusform>Copied %n agents into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Agentry::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="+235"/>
        <source>The safe fix for every %1 problem changes %n agent(s); Undo takes back one agent&apos;s fix, Undo Change Across Agents all of them.</source>
        <translation>
            <numerusform>The safe fix for every %1 problem changes %n agent; Undo takes back one agent&apos;s fix, Undo Change Across Agents all of them.</numerusform>
            <numerusform>The safe fix for every %1 problem changes %n agents; Undo takes back one agent&apos;s fix, Undo Change Across Agents all of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n read-only agent(s) are left as they are.</source>
        <translation>
            <numerusform>%n read-only agent is left as they are.</numerusform>
            <numerusform>%n read-only agents are left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Fixed %n agent(s); Undo takes back one agent&apos;s fix, Undo Change Across Agents all of them.</source>
        <translation>
            <numerusform>Fixed %n agent; Undo takes back one agent&apos;s fix, Undo Change Across Agents all of them.</numerusform>
            <numerusform>Fixed %n agents; Undo takes back one agent&apos;s fix, Undo Change Across Agents all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Agentry::MatrixPage</name>
    <message numerus="yes">
        <location filename="../app/gui/matrixpage.cpp" line="+160"/>
        <source>Since %1: %n agent(s) changed</source>
        <translation>
            <numerusform>Since %1: %n agent changed</numerusform>
            <numerusform>Since %1: %n agents changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n deleted</source>
        <translation>
            <numerusform>, %n deleted</numerusform>
            <numerusform>, %n deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Agentry::PermissionMatrixModel</name>
    <message numerus="yes">
        <location filename="../models/matrix/permissionmatrixmodel.cpp" line="+340"/>
        <source>✓ %n tool(s)</source>
        <translation>
            <numerusform>✓ %n tool</numerusform>
            <numerusform>✓ %n tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+199"/>
        <source>%n agent(s) can use it.</source>
        <translation>
            <numerusform>%n agent can use it.</numerusform>
            <numerusform>%n agents can use it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Agentry::PermissionMatrixView</name>
    <message numerus="yes">
        <location filename="../widgets/permissionmatrixview.cpp" line="+271"/>
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n tool</numerusform>
            <numerusform>%n tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Grant %1 to %n agent(s)</source>
        <translation>
            <numerusform>Grant %1 to %n agent</numerusform>
            <numerusform>Grant %1 to %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Revoke %1 from %n agent(s)</source>
        <translation>
            <numerusform>Revoke %1 from %n agent</numerusform>
            <numerusform>Revoke %1 from %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Ask before %1 in %n agent(s)</source>
        <translation>
            <numerusform>Ask before %1 in %n agent</numerusform>
            <numerusform>Ask before %1 in %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Make %n agent(s) explicit</source>
        <translation>
            <numerusform>Make %n agent explicit</numerusform>
            <numerusform>Make %n agents explicit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Agentry::ProblemsDock</name>
    <message numerus="yes">
        <location filename="../app/gui/problemsdock.cpp" line="+57"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleReadme</name>
    <message numerus="yes">
        <location filename="../models/bundles/bundlereadme.cpp" line="+169"/>
        <source>The same %n agent(s), written for each runtime below, a folder each; each folder&apos;s README says how to install it.</source>
        <translation>
            <numerusform>The same agent, written for each runtime below, a folder each; each folder&apos;s README says how to install it.</numerusform>
            <numerusform>The same %n agents, written for each runtime below, a folder each; each folder&apos;s README says how to install it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message numerus="yes">
        <location filename="../models/bundles/bundlewriter.cpp" line="+102"/>
        <location line="+51"/>
        <source>%n agent(s) cannot be exported; fix them or leave them out.</source>
        <translation>
            <numerusform>%n agent cannot be exported; fix them or leave them out.</numerusform>
            <numerusform>%n agents cannot be exported; fix them or leave them out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+128"/>
        <source>The export has %n warning(s); accept them to export anyway.</source>
        <translation>
            <numerusform>The export has %n warning; accept them to export anyway.</numerusform>
            <numerusform>The export has %n warnings; accept them to export anyway.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <location filename="../app/cli/checkreport.cpp" line="+135"/>
        <source>%n file(s) checked: </source>
        <translation>
            <numerusform>%n file checked: </numerusform>
            <numerusform>%n files checked: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n error, </numerusform>
            <numerusform>%n errors, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s), </source>
        <translation>
            <numerusform>%n warning, </numerusform>
            <numerusform>%n warnings, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s).</source>
        <translation>
            <numerusform>%n note.</numerusform>
            <numerusform>%n notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/convertcommand.cpp" line="+148"/>
        <source>Wrote %n file(s) into %1</source>
        <translation>
            <numerusform>Wrote %n file into %1</numerusform>
            <numerusform>Wrote %n files into %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DescriptionEscapesRule</name>
    <message numerus="yes">
        <location filename="../models/validation/rules/descriptionescapesrule.cpp" line="+30"/>
        <source>The description holds %n literal &quot;\n&quot;; Claude Code turns them into line breaks, other tools show them as written.</source>
        <translation>
            <numerusform>The description holds %n literal &quot;\n&quot;; Claude Code turns it into a line break, other tools show it as written.</numerusform>
            <numerusform>The description holds %n literal &quot;\n&quot;; Claude Code turns them into line breaks, other tools show them as written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentQuestions</name>
    <message numerus="yes">
        <location filename="../app/gui/documentquestions.cpp" line="+16"/>
        <source>%n agent(s) have unsaved changes:</source>
        <translation>
            <numerusform>%n agent has unsaved changes:</numerusform>
            <numerusform>%n agents have unsaved changes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="+138"/>
        <source>Exported %n agent(s) as %1 for %2 to %3:</source>
        <translation>
            <numerusform>Exported %n agent as %1 for %2 to %3:</numerusform>
            <numerusform>Exported %n agents as %1 for %2 to %3:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/fixcommand.cpp" line="+209"/>
        <source>agentry fix: %n file(s) would change</source>
        <translation>
            <numerusform>agentry fix: %n file would change</numerusform>
            <numerusform>agentry fix: %n files would change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>agentry fix: %n file(s) changed</source>
        <translation>
            <numerusform>agentry fix: %n file changed</numerusform>
            <numerusform>agentry fix: %n files changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrantPatcher</name>
    <message numerus="yes">
        <location filename="../models/matrix/grantpatcher.cpp" line="+299"/>
        <source>Grant %n tool(s)</source>
        <translation>
            <numerusform>Grant %n tool</numerusform>
            <numerusform>Grant %n tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Revoke %n tool(s)</source>
        <translation>
            <numerusform>Revoke %n tool</numerusform>
            <numerusform>Revoke %n tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Ask before %n tool(s)</source>
        <translation>
            <numerusform>Ask before %n tool</numerusform>
            <numerusform>Ask before %n tools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="+58"/>
        <source>Plugin %1%2: %n agent(s)</source>
        <translation>
            <numerusform>Plugin %1%2: %n agent</numerusform>
            <numerusform>Plugin %1%2: %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Copied %n agent(s) into %1</source>
        <translation>
            <numerusform>Copied %n agent into %1</numerusform>
            <numerusform>Copied %n agents into %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvisibleCharacterRule</name>
    <message numerus="yes">
        <location filename="../models/validation/rules/invisiblecharacterrule.cpp" line="+89"/>
        <source>Invisible characters in %n place(s) (%1); they change how the text is read without showing.</source>
        <translation>
            <numerusform>Invisible characters in %n place (%1); they change how the text is read without showing.</numerusform>
            <numerusform>Invisible characters in %n places (%1); they change how the text is read without showing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixReport</name>
    <message numerus="yes">
        <location filename="../models/matrix/matrixreport.cpp" line="+308"/>
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without readable frontmatter</source>
        <translation>
            <numerusform>%n without readable frontmatter</numerusform>
            <numerusform>%n without readable frontmatter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n agent(s) changed</source>
        <translation>
            <numerusform>%n agent changed</numerusform>
            <numerusform>%n agents changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixSummary</name>
    <message numerus="yes">
        <location filename="../models/matrix/permissionmatrixmodel.cpp" line="-508"/>
        <source>%n agent(s) can run shell commands</source>
        <translation>
            <numerusform>%n agent can run shell commands</numerusform>
            <numerusform>%n agents can run shell commands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n inherit(s) every tool</source>
        <translation>
            <numerusform>%n inherits every tool</numerusform>
            <numerusform>%n inherit every tool</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n can write and reach the network</source>
        <translation>
            <numerusform>%n can write and reach the network</numerusform>
            <numerusform>%n can write and reach the network</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>McpServersRule</name>
    <message numerus="yes">
        <location filename="../models/validation/rules/mcpserversrule.cpp" line="+31"/>
        <source>This agent connects %n MCP server(s) while it runs: they start programs or reach services, and their tools join the agent&apos;s.</source>
        <translation>
            <numerusform>This agent connects %n MCP server while it runs: they start programs or reach services, and their tools join the agent&apos;s.</numerusform>
            <numerusform>This agent connects %n MCP servers while it runs: they start programs or reach services, and their tools join the agent&apos;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MojibakeRule</name>
    <message numerus="yes">
        <location filename="../models/validation/rules/mojibakerule.cpp" line="+61"/>
        <source>Garbled characters in %n place(s), such as &quot;%1&quot;: UTF-8 read as %2, and bytes were lost on the way; the original cannot be restored exactly.</source>
        <translation>
            <numerusform>Garbled characters in %n place, &quot;%1&quot;: UTF-8 read as %2, and bytes were lost on the way; the original cannot be restored exactly.</numerusform>
            <numerusform>Garbled characters in %n places, such as &quot;%1&quot;: UTF-8 read as %2, and bytes were lost on the way; the original cannot be restored exactly.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Garbled characters in %n place(s): UTF-8 read as %1 and saved again, such as &quot;%2&quot; for &quot;%3&quot;.</source>
        <translation>
            <numerusform>Garbled characters in %n place: UTF-8 read as %1 and saved again, &quot;%2&quot; for &quot;%3&quot;.</numerusform>
            <numerusform>Garbled characters in %n places: UTF-8 read as %1 and saved again, such as &quot;%2&quot; for &quot;%3&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In %n of them bytes were lost on the way; those cannot be restored exactly.</source>
        <translation>
            <numerusform>In %n of them bytes were lost on the way; that one cannot be restored exactly.</numerusform>
            <numerusform>In %n of them bytes were lost on the way; those cannot be restored exactly.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Restore the original characters in %n place(s)</source>
        <translation>
            <numerusform>Restore the original characters in %n place</numerusform>
            <numerusform>Restore the original characters in %n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplacementCharacterRule</name>
    <message numerus="yes">
        <location filename="../models/validation/rules/replacementcharacterrule.cpp" line="+44"/>
        <source>The file holds %n replacement character(s) (�): an earlier conversion lost the text that stood there.</source>
        <translation>
            <numerusform>The file holds %n replacement character (�): an earlier conversion lost the text that stood there.</numerusform>
            <numerusform>The file holds %n replacement characters (�): an earlier conversion lost the text that stood there.</numerusform>
        </translation>
    </message>
</context>
</TS>
