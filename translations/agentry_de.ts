<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentDocument</name>
    <message>
        <location filename="../models/agentdocument.cpp" line="+23"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>AgentListModel</name>
    <message>
        <location filename="../models/agentlistmodel.cpp" line="+102"/>
        <source>The file has no frontmatter.</source>
        <translation>Die Datei hat keinen Frontmatter-Block.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frontmatter does not parse (line %1): %2</source>
        <translation>Der Frontmatter-Block ist fehlerhaft (Zeile %1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frontmatter has no name.</source>
        <translation>Der Frontmatter-Block enthält keinen Namen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Claude Code calls it %1:%2</source>
        <translation>Claude Code nennt ihn %1:%2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+98"/>
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
       agentry --version | --help
Edits change only the lines of that key and are written atomically.
Exit status: 0 success, 1 refused or failed, 2 usage error.
</source>
        <translation>Aufruf: agentry [ORDNER]              öffnet den Editor für einen Ordner mit Agenten
        agentry show [--json] DATEI   zeigt, was Agentry in einer Agentendatei liest
        agentry set [--string] DATEI SCHLÜSSEL WERT
                                      setzt einen Frontmatter-Schlüssel; WERT ist YAML (opus, &quot;a: b&quot;,
                                      [Read, Grep]), außer --string macht ihn zu reinem Text
        agentry unset DATEI SCHLÜSSEL entfernt einen Frontmatter-Schlüssel
        agentry --version | --help
Änderungen betreffen nur die Zeilen dieses Schlüssels und werden atomar geschrieben.
Rückgabewert: 0 Erfolg, 1 abgelehnt oder fehlgeschlagen, 2 Aufruffehler.
</translation>
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
    <name>FileWriter</name>
    <message>
        <location filename="../models/filewriter.cpp" line="+10"/>
        <location line="+2"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
        <location line="+39"/>
        <source>This value cannot be written into &quot;%1&quot; without changing other fields; edit it in the source.</source>
        <translation>Dieser Wert lässt sich nicht in „%1“ schreiben, ohne andere Felder zu ändern; bearbeiten Sie ihn im Quelltext.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+25"/>
        <source>Agentry</source>
        <translation>Agentry</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Agentry — %1</source>
        <translation>Agentry — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for agents…</source>
        <translation>Suche nach Agenten…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Folder…</source>
        <translation>Ordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the agents of another folder</source>
        <translation>Die Agenten eines anderen Ordners anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Agentry</source>
        <translation>Agentry schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Agentry</source>
        <translation>Ü&amp;ber Agentry</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Agentry</source>
        <translation>Über Agentry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Agentry %1&lt;/h3&gt;&lt;p&gt;An editor for AI agent definition files: Markdown with YAML frontmatter, as Claude Code and other agent tools read them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Agentry %1&lt;/h3&gt;&lt;p&gt;Ein Editor für Definitionsdateien von KI-Agenten: Markdown mit YAML-Frontmatter, so wie Claude Code und andere Agenten-Werkzeuge sie lesen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading agent files: %1 of %2…</source>
        <translation>Agentendateien werden gelesen: %1 von %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No agent files found in this folder.</source>
        <translation>In diesem Ordner wurden keine Agentendateien gefunden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agents found: %1</source>
        <translation>Gefundene Agenten: %1</translation>
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
</TS>
