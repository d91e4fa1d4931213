<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentDocument</name>
    <message>
        <location filename="../models/agentdocument.cpp" line="+17"/>
        <location line="+145"/>
        <source>The file is not valid UTF-8; it opens read-only so that no byte is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not valid UTF-8 and is never written by Agentry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentEditor</name>
    <message>
        <location filename="../app/agenteditor.cpp" line="+48"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: this file has line breaks that Agentry cannot show faithfully (a lone carriage return or a Unicode line separator), so it is shown but never changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentFiles</name>
    <message>
        <location filename="../models/agentfiles.cpp" line="+52"/>
        <location line="+9"/>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished">Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot rename %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot move %1 to the trash: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentLibrary</name>
    <message>
        <location filename="../models/agentlibrary.cpp" line="+62"/>
        <source>%1 is a binary file, not an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentLibraryModel</name>
    <message>
        <location filename="../models/agentlibrarymodel.cpp" line="+43"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Project (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plugin %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source> (shadowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A project agent with the same name takes precedence over this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation type="unfinished">Datei</translation>
    </message>
</context>
<context>
    <name>AutoCompactWindowRule</name>
    <message>
        <location filename="../models/rules/autocompactwindowrule.cpp" line="+15"/>
        <source>autoCompactWindow out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an integer of at least %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundRule</name>
    <message>
        <location filename="../models/rules/backgroundrule.cpp" line="+16"/>
        <source>Background is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrokenYamlRule</name>
    <message>
        <location filename="../models/rules/brokenyamlrule.cpp" line="+20"/>
        <source>Frontmatter is not valid YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Claude Code drops every field: the agent loads as &quot;%1&quot; with a stock description and all tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude Code drops every field, so the agent has no name and is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frontmatter is not valid YAML: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quote the values as written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/checkcommand.cpp" line="+64"/>
        <source>agentry check: --format takes text, json or sarif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>agentry check: --client takes one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>agentry check: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>agentry check: name at least one agent file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>agentry check: %1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <location filename="../app/checkreport.cpp" line="+92"/>
        <source>%n file(s) checked: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n error(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChipList</name>
    <message>
        <location filename="../widgets/chiplist.cpp" line="+42"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <location filename="../widgets/choicecombo.cpp" line="+43"/>
        <location line="+15"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(inherit from parent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (not a known value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceFieldRule</name>
    <message>
        <location filename="../models/rules/choicefieldrule.cpp" line="+13"/>
        <source>The client ignores %1 &quot;%2&quot;: it accepts %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent runs as if the key were not there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientProfile</name>
    <message>
        <location filename="../models/clientprofile.cpp" line="+106"/>
        <source>Not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client profile has schema %1; this build reads schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client profile does not say which client version it describes (&quot;client&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;frontmatter.block&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;frontmatter.block&quot; must capture the YAML text as group 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;frontmatter.retry.line&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;frontmatter.retry.indicators&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;frontmatter.retry&quot; must be an object or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;fields.keys&quot; must list at least name and description.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientReader</name>
    <message>
        <location filename="../models/clientreader.cpp" line="+210"/>
        <source>%1 stands at the top level instead of under &quot;hooks&quot;; the client refuses to load an agent with a guard hook it cannot place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;hooks&quot; must map event names to lists of matchers; %1 makes the client skip the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list (even an empty one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;hooks&quot; holds a single matcher; it must map event names (PreToolUse, Stop, ...) to lists of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;hooks.%1&quot; must be a list of matchers; the client skips an agent whose guard hook it cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+59"/>
        <source>The file is larger than %1 bytes; the client does not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The file has no frontmatter the client finds, so it has no name: the client treats it as a document beside the agents and skips it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The frontmatter does not parse, so the client sees no name and skips the file as a document beside the agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no text &quot;name&quot;, so the client skips the file as a document beside the agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name starts with &quot;%1&quot;; the client refuses to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name is longer than %1 characters; the client refuses to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name contains &quot;%1&quot;, which the client reserves for plugin names; it refuses to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no description; the client refuses to load the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The description is empty; the client refuses to load the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client reads the description as empty (null); it refuses to load the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The description is not text; the client refuses to load the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The frontmatter does not parse: the agent loads under its file name with every other field dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no frontmatter: the agent loads under its file name with a default description.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientYaml</name>
    <message>
        <location filename="../models/clientyaml.cpp" line="+646"/>
        <source>A line starting with % is a YAML directive; it cannot stand here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosedEarlyRule</name>
    <message>
        <location filename="../models/rules/closedearlyrule.cpp" line="+19"/>
        <source>Frontmatter closed early by ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>inside the frontmatter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inside the value of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claude Code ends the frontmatter at the first &quot;---&quot; it finds, here on line %1 %2: everything after it, up to line %3, is read as the prompt and its fields are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Escape the dashes in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <location filename="../widgets/codeeditor.cpp" line="+43"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollapsibleSection</name>
    <message>
        <location filename="../widgets/collapsiblesection.cpp" line="+56"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expanded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collapsed. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColorPicker</name>
    <message>
        <location filename="../widgets/colorpicker.cpp" line="+21"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cyan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not a Claude Code color)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claude Code ignores this color; pick one of the swatches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColorRule</name>
    <message>
        <location filename="../models/rules/colorrule.cpp" line="+27"/>
        <source>Unknown colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent shows without a colour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+101"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:        %1</source>
        <translation>Datei:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialect:     %1</source>
        <translation>Dialekt:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:        UTF-8 %1, BOM %2, line endings %3, final newline %4</source>
        <translation>Text:        UTF-8 %1, BOM %2, Zeilenenden %3, abschließender Zeilenumbruch %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frontmatter: %1</source>
        <translation>Frontmatter: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  error at line %1, column %2: %3</source>
        <translation>  Fehler in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body:        line %1, %2 bytes</source>
        <translation>Inhalt:      ab Zeile %1, %2 Bytes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>agentry: %1 is a folder, not an agent file</source>
        <translation>agentry: %1 ist ein Ordner, keine Agentendatei</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>agentry: the value is not valid YAML (%1); use --string for plain text</source>
        <translation>agentry: Der Wert ist kein gültiges YAML (%1); für reinen Text --string verwenden</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Usage: agentry [FOLDER]               open the editor on a folder of agents
       agentry show [--json] FILE     print what Agentry reads in an agent file
       agentry set [--string] FILE KEY VALUE
                                      set a frontmatter key; VALUE is YAML (opus, &quot;a: b&quot;,
                                      [Read, Grep]) unless --string makes it plain text
       agentry unset FILE KEY         remove a frontmatter key
       agentry check [--format text|json|sarif] [--strict] [--client VERSION] PATH...
                                      read agent files (and folders of them) as Claude Code
                                      does and report problems; exit 1 on errors (--strict:
                                      on warnings too)
       agentry fix [--dry-run] [--rule CODE]... [--client VERSION] PATH...
                                      apply the safe fixes in place and print a diff of each
       agentry --version | --help
Edits change only the lines of that key and are written atomically.
Exit status: 0 success, 1 refused or failed, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentCutsValueRule</name>
    <message>
        <location filename="../models/rules/commentcutsvaluerule.cpp" line="+20"/>
        <source>A # cuts a value short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The client reads &quot;%1&quot; as empty: &quot;#&quot; starts a YAML comment, so &quot;%2&quot; is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client reads &quot;%1&quot; as &quot;%2&quot;: &quot; #&quot; starts a YAML comment, so &quot;%3&quot; is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quote the whole value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescriptionEscapesRule</name>
    <message>
        <location filename="../models/rules/descriptionescapesrule.cpp" line="+16"/>
        <source>Literal \n in the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The description holds %n literal &quot;\n&quot;; Claude Code turns them into line breaks, other tools show them as written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DescriptionMissingRule</name>
    <message>
        <location filename="../models/rules/descriptionmissingrule.cpp" line="+21"/>
        <source>No usable description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client reads the description as empty: &quot;%1&quot; starts a YAML comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The description is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The description %1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plugin agent gets a stock description, so Claude cannot tell when to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude Code does not load the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quote the description as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the prompt&apos;s first paragraph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../app/diffdialog.cpp" line="+19"/>
        <source>The texts are the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisallowedToolsIgnoredRule</name>
    <message>
        <location filename="../models/rules/disallowedtoolsignoredrule.cpp" line="+17"/>
        <source>disallowedTools beside tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Claude Code ignores disallowedTools when tools is set: tools alone decides what the agent may use. Take the unwanted tools out of tools instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove disallowedTools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateKeyRule</name>
    <message>
        <location filename="../models/rules/duplicatekeyrule.cpp" line="+20"/>
        <source>Duplicate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is written %2 times; the client keeps the one on line %3 and silently drops this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the repeated &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the &quot;%1&quot; the client ignores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateNameRule</name>
    <message>
        <location filename="../models/rules/duplicatenamerule.cpp" line="+24"/>
        <source>Same name twice in one folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is also the name of %2 in this folder; Claude Code keeps this file (the last in path order) and silently drops the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in this folder is also named &quot;%2&quot;; Claude Code keeps that one (the last in path order) and silently drops this agent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateToolRule</name>
    <message>
        <location filename="../models/rules/duplicatetoolrule.cpp" line="+19"/>
        <source>Tool named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is already in tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove the second &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffortRule</name>
    <message>
        <location filename="../models/rules/effortrule.cpp" line="+15"/>
        <source>Unknown effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 or an integer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyBodyRule</name>
    <message>
        <location filename="../models/rules/emptybodyrule.cpp" line="+16"/>
        <source>Empty prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing follows the frontmatter: the body is the agent&apos;s system prompt, and it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyToolsRule</name>
    <message>
        <location filename="../models/rules/emptytoolsrule.cpp" line="+18"/>
        <source>tools is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tools is there but names no tool, so the agent gets no tools at all; leave the key out to give it every tool of the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove tools (inherit every tool)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExampleFolder</name>
    <message>
        <location filename="../app/examplefolder.cpp" line="+22"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy the example %1: %2</source>
        <translation>Das Beispiel %1 kann nicht kopiert werden: %2</translation>
    </message>
</context>
<context>
    <name>FieldSpec</name>
    <message>
        <location filename="../models/fieldspec.cpp" line="+39"/>
        <location line="+59"/>
        <location line="+38"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-96"/>
        <source>The identifier Claude uses to call the agent: lowercase letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <location line="+17"/>
        <location line="+21"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-95"/>
        <source>When to use the agent; Claude reads it to decide when to delegate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;lor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The color the agent is shown in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <location line="+20"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-76"/>
        <source>The tools the agent may use. Without this key it inherits every tool, MCP tools included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disallo&amp;wed tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools taken away from the inherited set; ignored when Tools is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <location line="+16"/>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-70"/>
        <source>The model the agent runs on: an alias, a full model id, or inherit for the caller&apos;s model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How hard the model thinks: a level or a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Permission mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the agent asks before it acts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which memory the agent keeps between sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the agent works: in its own git worktree or remotely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the agent in the background by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max t&amp;urns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most turns the agent takes before it stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills loaded into the agent&apos;s context when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial p&amp;rompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first message when the agent runs as the main session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MCP ser&amp;vers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MCP servers connected while the agent runs: names or inline configurations, as a YAML list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shell commands run on events while the agent runs, as a YAML map of event to hooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omit CLAUDE.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave CLAUDE.md out of the agent&apos;s context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-compact window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The context size in tokens at which the conversation is compacted (100000 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent that watches this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the observer is told about this agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observe subagents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the observer see the agents this one starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observe tool results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the observer see what the agent&apos;s tools return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent&apos;s name; the file name when absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the agent does, shown when choosing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument &amp;hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hint shown in the chat input when the agent is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tools and tool sets the agent may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model the agent runs on; the one picked in the chat when absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar&amp;get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the agent is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the agent does and when to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the agent is a primary agent, a subagent, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model as provider/model-id; the caller&apos;s model when absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tools switched on or off, as a YAML map of tool to true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the agent may do without asking, as a YAML map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disab&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the agent off without deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the agent does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model and behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skills, MCP and hooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <location filename="../models/filewriter.cpp" line="+10"/>
        <location line="+2"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../widgets/findbar.cpp" line="+39"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and &amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Find Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replacement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With regular expressions, \1 to \9 insert what the groups matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+255"/>
        <source>continued from the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>continued from the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Invalid pattern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <comment>match count, wrap-around note</comment>
        <translation type="unfinished">%1: %2 {1,?}</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixCommand</name>
    <message>
        <location filename="../app/fixcommand.cpp" line="+45"/>
        <source>agentry fix: --rule takes a rule code such as AG105, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>agentry fix: --client takes one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>agentry fix: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>agentry fix: name at least one agent file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>agentry fix: %1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>agentry fix: %n file(s) would change</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>agentry fix: %n file(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForeignToolRule</name>
    <message>
        <location filename="../models/rules/foreigntoolrule.cpp" line="+19"/>
        <source>Tool name of another dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is a %2 tool name; Claude Code does not know it. The closest Claude tools: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GitHub Copilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenCode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frontmatter</name>
    <message>
        <location filename="../models/frontmatter.cpp" line="+175"/>
        <source>The frontmatter opened on line 1 is never closed by a --- line.</source>
        <translation>Der in Zeile 1 begonnene Frontmatter-Block wird nie mit einer „---“-Zeile geschlossen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The frontmatter is not a list of &quot;key: value&quot; lines.</source>
        <translation>Der Frontmatter-Block ist keine Liste von „Schlüssel: Wert“-Zeilen.</translation>
    </message>
</context>
<context>
    <name>FrontmatterEditor</name>
    <message>
        <location filename="../models/frontmattereditor.cpp" line="+133"/>
        <source>The file is not valid UTF-8; it is left as it is.</source>
        <translation>Die Datei ist kein gültiges UTF-8; sie bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The frontmatter is not a closed --- block at the top of the file (%1); fix it in the source first.</source>
        <translation>Der Frontmatter-Block ist kein geschlossener „---“-Block am Anfang der Datei (%1); korrigieren Sie zuerst den Quelltext.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The frontmatter does not parse (line %1, column %2: %3); fix it in the source first.</source>
        <translation>Der Frontmatter-Block ist fehlerhaft (Zeile %1, Spalte %2: %3); korrigieren Sie zuerst den Quelltext.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The frontmatter is written as one {…} mapping; edit it in the source.</source>
        <translation>Der Frontmatter-Block ist als eine einzige {…}-Zuordnung geschrieben; bearbeiten Sie ihn im Quelltext.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The value is not valid YAML: %1</source>
        <translation>Der Wert ist kein gültiges YAML: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This value cannot be written into &quot;%1&quot; without changing other fields; edit it in the source.</source>
        <translation>Dieser Wert lässt sich nicht in „%1“ schreiben, ohne andere Felder zu ändern; bearbeiten Sie ihn im Quelltext.</translation>
    </message>
</context>
<context>
    <name>FrontmatterForm</name>
    <message>
        <location filename="../widgets/frontmatterform.cpp" line="+103"/>
        <source>What could be read (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys this form has no field for, written as YAML. Claude Code ignores keys it does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Settings few agents need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1
Key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>e.g. code-reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Reviews code for bugs and style. Use proactively after code changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>e.g.
PreToolUse:
  - matcher: Bash
    hooks: [{type: command, command: ./check.sh}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g.
- context7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file is not valid UTF-8. It is shown read-only, so that no byte of it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file has no frontmatter. Claude Code loads an agent only from a file that starts with a --- block holding at least its name and description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create Frontmatter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The --- block does not start on the first line of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The opening --- line is indented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fields are in a ```yaml code block instead of between --- lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Claude Code sees no frontmatter in this file. Fix it in the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <location line="+9"/>
        <source>Edit &amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The frontmatter is not valid YAML (line %1, column %2): %3
Strict YAML readers drop all its fields; fix it in the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The frontmatter is written as one {…} mapping, which the form cannot edit line by line. It is shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No &quot;key: value&quot; line could be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoToLineBar</name>
    <message>
        <location filename="../widgets/gotolinebar.cpp" line="+31"/>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Go to Line Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line or line:column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line and column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Line %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HooksRunCommandsRule</name>
    <message>
        <location filename="../models/rules/hooksruncommandsrule.cpp" line="+18"/>
        <source>Hooks run commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This agent registers hooks for %1: they run shell commands with your rights while it works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegerFieldEditor</name>
    <message>
        <location filename="../widgets/integerfieldeditor.cpp" line="+19"/>
        <location line="+25"/>
        <location line="+37"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Not a whole number of at least %1: choose one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvalidHooksRule</name>
    <message>
        <location filename="../models/rules/invalidhooksrule.cpp" line="+21"/>
        <source>hooks the client cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove the empty hooks list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvalidUtf8Rule</name>
    <message>
        <location filename="../models/rules/invalidutf8rule.cpp" line="+17"/>
        <source>Not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file is not valid UTF-8: Claude Code replaces the bad bytes with �, and Agentry will not edit the file. Save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvisibleCharacterRule</name>
    <message>
        <location filename="../models/rules/invisiblecharacterrule.cpp" line="+17"/>
        <source>zero-width space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>word joiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right-to-left override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left-to-right override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-break space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invisible characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This line holds invisible characters (%1); they change how the text is read without showing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the invisible characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsolationRule</name>
    <message>
        <location filename="../models/rules/isolationrule.cpp" line="+16"/>
        <source>Unknown isolation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsPattern</name>
    <message>
        <location filename="../models/jspattern.cpp" line="+27"/>
        <source>\S inside a character class is not supported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An empty character class is not supported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not a valid pattern (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LenientYamlRule</name>
    <message>
        <location filename="../models/rules/lenientyamlrule.cpp" line="+22"/>
        <source>Frontmatter reads only through the client&apos;s retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Strict YAML rejects the frontmatter: %1. Claude Code %2 still loads it by quoting %3 itself, but strict parsers, older clients and other tools drop or misread it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It reads &quot;%1&quot; as keys of their own, cutting the value above them short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quote the values as Claude Code reads them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote the values as written, continuation lines included</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+441"/>
        <source>Agentry</source>
        <translation>Agentry</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>Looking for agents…</source>
        <translation>Suche nach Agenten…</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>%1 was changed by another program and has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was deleted or moved by another program. Save writes it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter by name, description or tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;New Agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in &amp;File Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include &amp;My Agents (~/.claude/agents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+261"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-255"/>
        <location line="+256"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Soft &amp;Wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open Folder…</source>
        <translation>Ordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and Re&amp;place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter &amp;Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1[*] — %2 — Agentry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — Agentry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Agents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reverted %1 to the saved file; Undo brings your changes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n agent(s) have unsaved changes:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
…and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>New Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Rename Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename the file too, to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move %1 to the trash? It has unsaved changes, which will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by another program, and you have unsaved changes to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your version (saving overwrites theirs), or load theirs (Undo brings yours back)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your version and the one on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-453"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Agentry</source>
        <translation>Ü&amp;ber Agentry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Agentry %1&lt;/h3&gt;&lt;p&gt;An editor for AI agent definition files: Markdown with YAML frontmatter, as Claude Code and other agent tools read them. It changes only the lines an edit touches and never loses a byte.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+15"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>About Agentry</source>
        <translation>Über Agentry</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Reading agent files: %1 of %2…</source>
        <translation>Agentendateien werden gelesen: %1 von %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No agent files found in this folder.</source>
        <translation>In diesem Ordner wurden keine Agentendateien gefunden.</translation>
    </message>
</context>
<context>
    <name>MalformedToolRule</name>
    <message>
        <location filename="../models/rules/malformedtoolrule.cpp" line="+19"/>
        <source>Malformed tool entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its parentheses do not form Tool(pattern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MCP tools are written mcp__server__tool, with double underscores and a server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a tool name Claude Code can read: %2. It is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaxTurnsRule</name>
    <message>
        <location filename="../models/rules/maxturnsrule.cpp" line="+15"/>
        <source>maxTurns is not a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServersRule</name>
    <message>
        <location filename="../models/rules/mcpserversrule.cpp" line="+18"/>
        <source>Connects MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This agent connects %n MCP server(s) while it runs: they start programs or reach services, and their tools join the agent&apos;s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemoryRule</name>
    <message>
        <location filename="../models/rules/memoryrule.cpp" line="+15"/>
        <source>Unknown memory scope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../widgets/messagebanner.cpp" line="+29"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MisplacedFrontmatterRule</name>
    <message>
        <location filename="../models/rules/misplacedfrontmatterrule.cpp" line="+17"/>
        <source>Frontmatter not on line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is in a ```yaml fence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with an indented ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts on line %1, after blank lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frontmatter %1; Claude Code only reads a --- block that starts on the first line, so it sees no frontmatter at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move the frontmatter to the first line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelRule</name>
    <message>
        <location filename="../models/rules/modelrule.cpp" line="+19"/>
        <source>Unknown model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The client ignores model %1: it takes a name such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a model alias (%2) or a model id such as claude-sonnet-4-5; Claude Code passes it on as it is and the agent fails when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MojibakeRule</name>
    <message>
        <location filename="../models/rules/mojibakerule.cpp" line="+19"/>
        <source>Garbled characters (mojibake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&quot;%1&quot; looks like UTF-8 read as %2, and bytes were lost on the way; the original cannot be restored exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is UTF-8 read as %2 and saved again; it was &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more on this line.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restore the original characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameFileMismatchRule</name>
    <message>
        <location filename="../models/rules/namefilemismatchrule.cpp" line="+16"/>
        <source>Name differs from the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The agent is called &quot;%1&quot; but its file is %2; Claude Code goes by the name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameFormRule</name>
    <message>
        <location filename="../models/rules/nameformrule.cpp" line="+21"/>
        <source>Name is not lowercase-hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The name &quot;%1&quot; is not lowercase letters, digits and hyphens, the form Claude Code&apos;s Agent tool and --agent expect; write &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameMissingRule</name>
    <message>
        <location filename="../models/rules/namemissingrule.cpp" line="+20"/>
        <source>No name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The client reads the name as empty: &quot;#&quot; starts a YAML comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name &quot;%1&quot; is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plugin agent is named &quot;%1&quot; after its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude Code takes the file for a document beside the agents and skips it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quote the name as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the agent &quot;%1&quot; after its file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameRefusedRule</name>
    <message>
        <location filename="../models/rules/namerefusedrule.cpp" line="+18"/>
        <source>Name the client refuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>starts with &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contains &quot;%1&quot;, which the client reserves for plugin names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The name %1; the client ignores it and names the agent &quot;%2&quot; after its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name %1; Claude Code refuses to load the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAgentDialog</name>
    <message>
        <location filename="../app/newagentdialog.cpp" line="+22"/>
        <source>New Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code-reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When to use this agent, in one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoFrontmatterRule</name>
    <message>
        <location filename="../models/rules/nofrontmatterrule.cpp" line="+19"/>
        <source>No frontmatter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has no frontmatter: the plugin agent loads as &quot;%1&quot; with a stock description, so delegation cannot tell when to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has no frontmatter (--- on the first line, name and description), so Claude Code does not load it as an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create a frontmatter from the body: name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoUsableToolRule</name>
    <message>
        <location filename="../models/rules/nousabletoolrule.cpp" line="+19"/>
        <source>No tool in tools resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No name in tools is a tool Claude Code knows, so it refuses to start this agent (&quot;would be spawned with zero tools&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No name in tools is a tool this client knows: the agent runs with no tools at all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotAMappingRule</name>
    <message>
        <location filename="../models/rules/notamappingrule.cpp" line="+16"/>
        <source>Frontmatter is not key: value lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The frontmatter is a list or a single value, not &quot;key: value&quot; lines, so Claude Code reads no fields from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtherFieldsEditor</name>
    <message>
        <location filename="../widgets/otherfieldseditor.cpp" line="+24"/>
        <source>The frontmatter has no other keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New field key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value, as YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New field value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a key the form has no field for, with its value written as YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Remove the key &quot;%1&quot; and its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Enter the key of the new field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frontmatter already has the key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value is not valid YAML (column %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionModeRule</name>
    <message>
        <location filename="../models/rules/permissionmoderule.cpp" line="+16"/>
        <source>Unknown permission mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginIgnoredKeyRule</name>
    <message>
        <location filename="../models/rules/pluginignoredkeyrule.cpp" line="+17"/>
        <source>Key ignored in plugin agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Claude Code ignores %1 in plugin agents; only agents in .claude/agents/ may set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovedToolRule</name>
    <message>
        <location filename="../models/rules/removedtoolrule.cpp" line="+31"/>
        <source>Removed tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>only arrives in client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is no longer a tool in Claude Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was removed in Claude Code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; %2; the agent does not get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; %2; the agent does not get it. %3 does this now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenamedToolRule</name>
    <message>
        <location filename="../models/rules/renamedtoolrule.cpp" line="+20"/>
        <source>Old tool name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is the old name of &quot;%2&quot;; Claude Code still resolves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplacementCharacterRule</name>
    <message>
        <location filename="../models/rules/replacementcharacterrule.cpp" line="+17"/>
        <source>Replacement characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>The file holds %n replacement character(s) (�): an earlier conversion lost the text that stood there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleHelpers</name>
    <message>
        <location filename="../models/rules/rulehelpers.cpp" line="+180"/>
        <source>a quote opened in &quot;%1&quot; is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the &lt;example&gt; dialogue of &quot;%1&quot; goes on over lines that are not indented, and its &quot;user:&quot; and &quot;assistant:&quot; lines read as keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value of &quot;%1&quot; goes on over lines that are not indented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a tab indents line %1; YAML allows only spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value of &quot;%1&quot; holds an unquoted &quot;: &quot;, and the file&apos;s Windows line endings (CRLF) keep the client&apos;s quoting retry from rescuing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value of &quot;%1&quot; holds an &lt;example&gt; dialogue on one line, with unquoted &quot;: &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the value of &quot;%1&quot; holds an unquoted &quot;: &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value of &quot;%1&quot; starts with &quot;%2&quot;, which YAML reserves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value of &quot;%1&quot; starts like a [list] or {map} but goes on after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML says: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SameDescriptionRule</name>
    <message>
        <location filename="../models/rules/samedescriptionrule.cpp" line="+53"/>
        <source>Same description as another agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; has the same description as %2; Claude cannot tell them apart when it delegates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShadowedNameRule</name>
    <message>
        <location filename="../models/rules/shadowednamerule.cpp" line="+20"/>
        <source>Name shadowed by another scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The project agent %1 is also named &quot;%2&quot;; in that project it wins and this user agent is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StringListEditor</name>
    <message>
        <location filename="../widgets/stringlisteditor.cpp" line="+26"/>
        <source>Add a name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Written as %1, not as a list of names; edit it in the source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaggedValueRule</name>
    <message>
        <location filename="../models/rules/taggedvaluerule.cpp" line="+18"/>
        <source>A value starts with a YAML tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The client reads &quot;%1&quot; as &quot;%2&quot;: YAML takes &quot;%3&quot; as a tag and drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client reads &quot;%1&quot; as empty: YAML takes &quot;%2&quot; as a tag, not as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quote the value, tag included</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDocumentBinding</name>
    <message>
        <location filename="../models/textdocumentbinding.cpp" line="+157"/>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextFieldEditor</name>
    <message>
        <location filename="../widgets/textfieldeditor.cpp" line="+81"/>
        <source>(no value: YAML reads this key as empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenSizeRule</name>
    <message>
        <location filename="../models/rules/tokensizerule.cpp" line="+17"/>
        <source>Long prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The prompt is about %1 tokens (%2 characters); it is sent with every request the agent makes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCatalog</name>
    <message>
        <location filename="../models/toolcatalog.cpp" line="+118"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>Kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tool catalog is not a JSON object.</source>
        <translation>Der Werkzeugkatalog ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tool catalog has schema %1; this build reads schema %2.</source>
        <translation>Der Werkzeugkatalog hat Schema %1; diese Version liest Schema %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tool catalog does not say which client version it describes (&quot;client&quot;).</source>
        <translation>Der Werkzeugkatalog gibt nicht an, welche Client-Version er beschreibt („client“).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category %1 needs an &quot;id&quot; and a &quot;label&quot;.</source>
        <translation>Kategorie %1 braucht eine „id“ und ein „label“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The category %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tool catalog has no &quot;categories&quot; list.</source>
        <translation>Der Werkzeugkatalog hat keine Liste „categories“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tool catalog has no &quot;tools&quot; list.</source>
        <translation>Der Werkzeugkatalog hat keine Liste „tools“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tool %1 has no &quot;name&quot;.</source>
        <translation>Werkzeug %1 hat keinen „name“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tool %1: unknown category &quot;%2&quot;.</source>
        <translation>Werkzeug %1: unbekannte Kategorie „%2“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tool %1: &quot;aliases&quot; must be a list of names.</source>
        <translation>Werkzeug %1: „aliases“ muss eine Liste von Namen sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tool %1: &quot;risk&quot; must be low, medium or high, not &quot;%2&quot;.</source>
        <translation>Werkzeug %1: „risk“ muss low, medium oder high sein, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tool %1 needs a &quot;description&quot; and a &quot;risk_reason&quot;.</source>
        <translation>Werkzeug %1 braucht eine „description“ und einen „risk_reason“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tool name %1 appears twice.</source>
        <translation>Der Werkzeugname %1 kommt zweimal vor.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Foreign tool %1 needs a &quot;name&quot;, a &quot;dialect&quot; and a &quot;closest&quot; list.</source>
        <translation>Fremdes Werkzeug %1 braucht einen „name“, einen „dialect“ und eine Liste „closest“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Foreign tool %1 points to the unknown tool %2.</source>
        <translation>Fremdes Werkzeug %1 verweist auf das unbekannte Werkzeug %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The foreign tool name %1 appears twice.</source>
        <translation>Der fremde Werkzeugname %1 kommt zweimal vor.</translation>
    </message>
</context>
<context>
    <name>ToolPicker</name>
    <message>
        <location filename="../widgets/toolpicker.cpp" line="+33"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add a tool, an MCP tool or a rule such as Bash(git diff:*), then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tool entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Inherit all tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tools key: the agent gets every tool of the main conversation, MCP tools included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only these tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent gets the tools checked below and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty list: the agent runs without any tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Built-in tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filter tools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1
Risk: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Written as %1, which is not a list of tools; edit it in the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The agent can use every tool of the conversation that starts it, MCP tools included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent runs without any tools. Check tools below to grant some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>all tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Other entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MCP %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules, tools of other versions or dialects, and names Claude Code does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools of the MCP server &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Every tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every tool of the MCP server &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tool &quot;%1&quot; of the MCP server &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The parentheses are misplaced: Claude Code reads this as an unknown tool name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, only for uses matching &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claude Code no longer offers %1; naming it grants nothing. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tool name of another agent format (%1); Claude Code ignores it. Closest: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a Claude Code tool; names match by case. Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a Claude Code tool name; the client ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopLevelHookRule</name>
    <message>
        <location filename="../models/rules/toplevelhookrule.cpp" line="+18"/>
        <source>Guard hook outside hooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 stands at the top level; it belongs under &quot;hooks&quot;. Claude Code refuses to load an agent with a guard hook it cannot place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnbalancedFenceRule</name>
    <message>
        <location filename="../models/rules/unbalancedfencerule.cpp" line="+16"/>
        <source>Code block never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The code block opened on line %1 is never closed: the rest of the prompt reads as code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the code block at the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnknownKeyRule</name>
    <message>
        <location filename="../models/rules/unknownkeyrule.cpp" line="+18"/>
        <source>Key the client ignores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Claude Code ignores &quot;%1&quot;; Agentry keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude Code ignores &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnknownToolRule</name>
    <message>
        <location filename="../models/rules/unknowntoolrule.cpp" line="+20"/>
        <source>Unknown tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Claude Code knows no tool &quot;%1&quot;; it drops the name and the agent lacks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude Code knows no tool &quot;%1&quot; (names are case-sensitive); did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnterminatedFrontmatterRule</name>
    <message>
        <location filename="../models/rules/unterminatedfrontmatterrule.cpp" line="+17"/>
        <source>Frontmatter never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The frontmatter opened on line %1 is never closed by a --- line, so Claude Code reads no frontmatter at all and the whole file as the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Close the frontmatter after line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Walker</name>
    <message>
        <location filename="../models/clientyaml.cpp" line="-479"/>
        <location line="+16"/>
        <source>Text after the end of the frontmatter&apos;s only value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A quoted value is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>An empty entry in a [...] or {...} list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+30"/>
        <source>This line is not indented under the key above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>A &quot;key: value&quot; cannot follow another key on the same line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This key is not in line with the keys above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This line has no &quot;key:&quot; and is not part of the value above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This line is not indented under the list above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This line is neither a &quot;- item&quot; nor indented under one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A line starting with a tab inside a | or &gt; text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tab characters cannot be used as indentation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WildcardToolRule</name>
    <message>
        <location filename="../models/rules/wildcardtoolrule.cpp" line="+17"/>
        <source>tools holds *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;*&quot; gives the agent every tool, MCP tools included; leaving tools out does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;*&quot; gives the agent every tool, so the other names in tools change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlSnippetEdit</name>
    <message>
        <location filename="../widgets/yamlsnippetedit.cpp" line="+105"/>
        <source>Not valid YAML (line %1, column %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
