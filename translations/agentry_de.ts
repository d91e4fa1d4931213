<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentCommands</name>
    <message>
        <location filename="../app/gui/agentcommands.cpp" line="+37"/>
        <location line="+8"/>
        <source>New Agent</source>
        <translation>Neuer Agent</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>Rename Agent</source>
        <translation>Agent umbenennen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename the file too, to %1?</source>
        <translation>Auch die Datei in %1 umbenennen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move %1 to the trash? It has unsaved changes, which will be lost.</source>
        <translation>%1 in den Papierkorb verschieben? Es gibt nicht gespeicherte Änderungen, die dabei verloren gehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 to the trash?</source>
        <translation>%1 in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>AgentConverter</name>
    <message>
        <location filename="../models/conversion/agentconverter.cpp" line="+161"/>
        <source>%1 reads none of this file&apos;s settings; mend it before converting it.</source>
        <translation>%1 liest keine Einstellungen dieser Datei; reparieren Sie sie, bevor Sie sie konvertieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not load this file: %2</source>
        <translation>%1 lädt diese Datei nicht: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already a file of %1: copied unchanged.</source>
        <translation>Bereits eine Datei für %1: unverändert kopiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renamed to &quot;%1&quot;: %2 does not take &quot;%3&quot; as a name.</source>
        <translation>In „%1“ umbenannt: %2 akzeptiert „%3“ nicht als Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs a description, and this agent has none.</source>
        <translation>%1 braucht eine Beschreibung, und dieser Agent hat keine.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Qwen Code refuses a prompt shorter than %n characters.</source>
        <translation>
            <numerusform>Qwen Code lehnt einen Prompt unter %n Zeichen ab.</numerusform>
            <numerusform>Qwen Code lehnt einen Prompt unter %n Zeichen ab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The display name is left out: %1 shows the name.</source>
        <translation>Der Anzeigename wird weggelassen: %1 zeigt den Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not carried over: %1 has no counterpart of &quot;%2&quot; that Agentry can write.</source>
        <translation>Nicht übernommen: %1 hat keine Entsprechung für „%2“, die Agentry schreiben kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: %1 does not read &quot;%2&quot; either.</source>
        <translation>Weggelassen: %1 liest „%2“ ebenfalls nicht.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 has no tool for %2, so there is nothing to deny.</source>
        <translation>%1 hat kein Werkzeug für %2, daher gibt es nichts zu verweigern.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has no list of denied tools: the agent is given every other tool of %1 by name, and no MCP tools.</source>
        <translation>%1 hat keine Liste verweigerter Werkzeuge: Der Agent erhält jedes andere Werkzeug von %1 namentlich und keine MCP-Werkzeuge.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; names no tool of %2; left out.</source>
        <translation>„%1“ bezeichnet kein Werkzeug von %2; weggelassen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no tool for %2; left out.</source>
        <translation>%1 hat kein Werkzeug für %2; weggelassen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 takes no patterns such as %2(%3): %4 is left out.</source>
        <translation>%1 nimmt keine Muster wie %2(%3) an: %4 wird weggelassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is granted: %2 asks before tools by its own settings, not the agent&apos;s file.</source>
        <translation>%1 wird gewährt: %2 fragt vor Werkzeugen nach seinen eigenen Einstellungen, nicht nach der Datei des Agenten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Qwen Code reads an empty tools list as every tool, so an agent without tools cannot be written for it.</source>
        <translation>Qwen Code liest eine leere tools-Liste als alle Werkzeuge, daher lässt sich ein Agent ohne Werkzeuge dafür nicht schreiben.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A primary agent of OpenCode becomes a subagent in %1.</source>
        <translation>Ein primärer Agent von OpenCode wird in %1 zum Subagenten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot name the model &quot;%2&quot;; the agent uses the model it is started with.</source>
        <translation>%1 kann das Modell „%2“ nicht benennen; der Agent verwendet das Modell, mit dem er gestartet wird.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no permission mode; &quot;%2&quot; is not carried over.</source>
        <translation>%1 hat keinen Berechtigungsmodus; „%2“ wird nicht übernommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claude Code has no mode like &quot;%1&quot;; it is not carried over.</source>
        <translation>Claude Code hat keinen Modus wie „%1“; er wird nicht übernommen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The colour &quot;%1&quot; has no counterpart in %2; left out.</source>
        <translation>Die Farbe „%1“ hat keine Entsprechung in %2; weggelassen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 shows no colour for agents; left out.</source>
        <translation>%1 zeigt keine Farbe für Agenten; weggelassen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The turn limit is not a positive whole number; left out.</source>
        <translation>Die Zugbegrenzung ist keine positive ganze Zahl; weggelassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no turn limit; left out.</source>
        <translation>%1 hat keine Zugbegrenzung; weggelassen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no temperature setting; left out.</source>
        <translation>%1 hat keine Einstellung für die Temperatur; weggelassen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 would not load the converted file: %2</source>
        <translation>%1 würde die konvertierte Datei nicht laden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 would read the description differently.</source>
        <translation>%1 würde die Beschreibung anders lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 loads a project&apos;s agent once the user acknowledges it.</source>
        <translation>%1 lädt den Agenten eines Projekts, sobald der Benutzer ihn bestätigt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 grants more than the source: %2.</source>
        <translation>%1 gewährt mehr als die Quelle: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 grants less than the source: %2.</source>
        <translation>%1 gewährt weniger als die Quelle: %2.</translation>
    </message>
</context>
<context>
    <name>AgentFiles</name>
    <message>
        <location filename="../models/document/agentfiles.cpp" line="+57"/>
        <location line="+9"/>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot rename %1: %2</source>
        <translation>%1 kann nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot move %1 to the trash: %2</source>
        <translation>%1 kann nicht in den Papierkorb verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>AgentRisk</name>
    <message>
        <location filename="../models/matrix/agentrisk.cpp" line="+100"/>
        <source>It may use tools of the MCP server %1, which reach whatever that server reaches.</source>
        <translation>Der Agent darf Werkzeuge des MCP-Servers %1 verwenden, die alles erreichen, was dieser Server erreicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It can run shell commands and reach the network: it could send out anything the user can read.</source>
        <translation>Der Agent kann Shell-Befehle ausführen und auf das Netzwerk zugreifen: Er könnte alles nach außen senden, was der Benutzer lesen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It can write files and reach the network: what it fetches can end up in the project.</source>
        <translation>Der Agent kann Dateien schreiben und auf das Netzwerk zugreifen: Was er abruft, kann im Projekt landen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approvalMode: yolo runs every tool without asking the user.</source>
        <translation>approvalMode: yolo führt jedes Werkzeug aus, ohne den Benutzer zu fragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permissionMode: bypassPermissions runs every tool without asking the user.</source>
        <translation>permissionMode: bypassPermissions führt jedes Werkzeug aus, ohne den Benutzer zu fragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No permission denies every tool (&quot;*&quot;: deny), so it gets every tool, MCP tools and future ones included.</source>
        <translation>Keine Berechtigung verweigert alle Werkzeuge („*“: deny), daher erhält der Agent alle Werkzeuge, einschließlich der MCP-Werkzeuge und künftiger Werkzeuge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tools holds *: it gets every tool, MCP tools and future ones included.</source>
        <translation>tools enthält *: Der Agent erhält alle Werkzeuge, einschließlich der MCP-Werkzeuge und künftiger Werkzeuge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no tools key, so it inherits every tool, MCP tools and future ones included.</source>
        <translation>Der Agent hat keinen tools-Schlüssel und erbt daher alle Werkzeuge, einschließlich der MCP-Werkzeuge und künftiger Werkzeuge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its hooks run shell commands whenever their events fire.</source>
        <translation>Seine Hooks führen Shell-Befehle aus, sobald ihre Ereignisse eintreten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It connects MCP servers of its own while it runs.</source>
        <translation>Der Agent verbindet während der Ausführung eigene MCP-Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (asks the user first): %2</source>
        <translation>%1 (fragt zuerst den Benutzer): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (only with a permission rule): %2</source>
        <translation>%1 (nur mit einer Berechtigungsregel): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>Agentry::ActionRegistry</name>
    <message>
        <location filename="../app/gui/actionregistry.cpp" line="+49"/>
        <source>&amp;New Agent…</source>
        <translation>&amp;Neuer Agent…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Folder…</source>
        <translation>Ordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include &amp;My Agents</source>
        <translation>&amp;Eigene Agenten einbeziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own agents: ~/.claude/agents, ~/.config/opencode/agent, ~/.copilot/agents, ~/.gemini/agents, ~/.qwen/agents, ~/.factory/droids</source>
        <translation>Ihre eigenen Agenten: ~/.claude/agents, ~/.config/opencode/agent, ~/.copilot/agents, ~/.gemini/agents, ~/.qwen/agents, ~/.factory/droids</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save A&amp;ll</source>
        <translation>&amp;Alle speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;File Manager</source>
        <translation>Im Datei&amp;manager anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export as Plugin…</source>
        <translation>Als Plugin e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the agents the library shows as a Claude Code plugin, a folder or a .zip</source>
        <translation>Die in der Bibliothek angezeigten Agenten als Claude-Code-Plugin schreiben, als Ordner oder .zip-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Convert to…</source>
        <translation>&amp;Konvertieren nach…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write agents the library shows as files another runtime loads, with what changes on the way</source>
        <translation>Die in der Bibliothek angezeigten Agenten als Dateien schreiben, die eine andere Laufzeit lädt, mit dem, was sich dabei ändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Bundle…</source>
        <translation>Bundle &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the agents of a plugin, a marketplace or a .zip, and copy them into the project</source>
        <translation>Die Agenten eines Plugins, eines Marketplace oder einer .zip-Datei ansehen und in das Projekt kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo Change Across Agents</source>
        <translation>Änderung agentenübergreifend rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo Change Across Agents</source>
        <translation>Änderung agentenübergreifend wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and Re&amp;place…</source>
        <translation>Suchen und &amp;Ersetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>Wei&amp;tersuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rüc&amp;kwärts suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter &amp;Agents</source>
        <translation>&amp;Agenten filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Quelltext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission &amp;Matrix</source>
        <translation>Berechtigungs&amp;matrix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which agent may use which tool, for the whole library</source>
        <translation>Welcher Agent welches Werkzeug verwenden darf, für die gesamte Bibliothek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Problem</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;revious Problem</source>
        <translation>&amp;Vorheriges Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft &amp;Wrap</source>
        <translation>Dynamischer &amp;Zeilenumbruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Agentry</source>
        <translation>Ü&amp;ber Agentry</translation>
    </message>
</context>
<context>
    <name>Agentry::AgentDocument</name>
    <message>
        <location filename="../models/document/agentdocument.cpp" line="+30"/>
        <location line="+203"/>
        <source>The file is not valid UTF-8; it opens read-only so that no byte is lost.</source>
        <translation>Die Datei ist kein gültiges UTF-8; sie wird schreibgeschützt geöffnet, damit kein Byte verloren geht.</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+43"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not valid UTF-8 and is never written by Agentry.</source>
        <translation>%1 ist kein gültiges UTF-8 und wird von Agentry nie geschrieben.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reload from disk</source>
        <translation>Vom Datenträger neu laden</translation>
    </message>
</context>
<context>
    <name>Agentry::AgentEditor</name>
    <message>
        <location filename="../app/gui/agenteditor.cpp" line="+58"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Agent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Quelltext</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: this file has line breaks that Agentry cannot show faithfully (a lone carriage return or a Unicode line separator), so it is shown but never changed.</source>
        <translation>Schreibgeschützt: Diese Datei enthält Zeilenumbrüche, die Agentry nicht originalgetreu darstellen kann (ein einzelnes Wagenrücklaufzeichen oder einen Unicode-Zeilentrenner); sie wird daher angezeigt, aber nie verändert.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Agentry::AgentLibrary</name>
    <message>
        <location filename="../models/library/agentlibrary.cpp" line="+76"/>
        <source>%1 is a binary file, not an agent.</source>
        <translation>%1 ist eine Binärdatei, kein Agent.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The file is read-only.</source>
        <translation>Die Datei ist schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>Agentry::AgentLibraryModel</name>
    <message>
        <location filename="../models/library/agentlibrarymodel.cpp" line="+53"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>%1, user (%2)</source>
        <translation>%1, Benutzer (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, project (%2)</source>
        <translation>%1, Projekt (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project (%1)</source>
        <translation>Projekt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User (%1)</source>
        <translation>Benutzer (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plugin %1 (%2)</source>
        <translation>Plugin %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder (%1)</source>
        <translation>Ordner (%1)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source> (shadowed)</source>
        <translation> (verdeckt)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A project agent with the same name takes precedence over this one.</source>
        <translation>Ein Projektagent mit demselben Namen hat Vorrang vor diesem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>%1 ✖</source>
        <translation>%1 ✖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ⚠</source>
        <translation>%1 ⚠</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>Agentry::BundleCommands</name>
    <message>
        <location filename="../app/gui/bundlecommands.cpp" line="+35"/>
        <source>Export as Plugin</source>
        <translation>Als Plugin exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a folder with agents first; the agents the library shows are exported.</source>
        <translation>Öffnen Sie zuerst einen Ordner mit Agenten; exportiert werden die Agenten, die die Bibliothek anzeigt.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>%n Datei exportiert.</numerusform>
            <numerusform>%n Dateien exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n file(s); SHA-256 %1.</source>
        <translation>
            <numerusform>%n Datei exportiert; SHA-256 %1.</numerusform>
            <numerusform>%n Dateien exportiert; SHA-256 %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Convert Agents</source>
        <translation>Agenten konvertieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a folder with agents first; the agents the library shows can be converted.</source>
        <translation>Öffnen Sie zuerst einen Ordner mit Agenten; die Agenten, die die Bibliothek anzeigt, können konvertiert werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Converted %n agent(s) for %1.</source>
        <translation>
            <numerusform>%n Agent für %1 konvertiert.</numerusform>
            <numerusform>%n Agenten für %1 konvertiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Copied %n agent(s) into the project.</source>
        <translation>
            <numerusform>%n Agent in das Projekt kopiert.</numerusform>
            <numerusform>%n Agenten in das Projekt kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The library shows the bundle&apos;s %n agent(s), read-only.</source>
        <translation>
            <numerusform>Die Bibliothek zeigt den %n Agenten des Bundles schreibgeschützt an.</numerusform>
            <numerusform>Die Bibliothek zeigt die %n Agenten des Bundles schreibgeschützt an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Agentry::ChipList</name>
    <message>
        <location filename="../widgets/chiplist.cpp" line="+47"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>Agentry::ChoiceCombo</name>
    <message>
        <location filename="../widgets/choicecombo.cpp" line="+48"/>
        <location line="+15"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(inherit from parent)</source>
        <translation>(vom Aufrufer übernehmen)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (not a known value)</source>
        <translation>%1 (kein bekannter Wert)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>Agentry::CodeEditor</name>
    <message>
        <location filename="../widgets/codeeditor.cpp" line="+48"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom zu&amp;rücksetzen</translation>
    </message>
</context>
<context>
    <name>Agentry::CollapsibleSection</name>
    <message>
        <location filename="../widgets/collapsiblesection.cpp" line="+61"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expanded. %1</source>
        <translation>Ausgeklappt. %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collapsed. %1</source>
        <translation>Eingeklappt. %1</translation>
    </message>
</context>
<context>
    <name>Agentry::ColorPicker</name>
    <message>
        <location filename="../widgets/colorpicker.cpp" line="+71"/>
        <source>No color</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>not text</source>
        <translation>kein Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not a Claude Code color)</source>
        <translation>%1 (keine Claude-Code-Farbe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claude Code ignores this color; pick one of the swatches.</source>
        <translation>Claude Code ignoriert diese Farbe; wählen Sie eines der Farbfelder.</translation>
    </message>
</context>
<context>
    <name>Agentry::ConversionPreview</name>
    <message>
        <location filename="../widgets/conversionpreview.cpp" line="+27"/>
        <source>Preview of the converted agent</source>
        <translation>Vorschau des konvertierten Agenten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The converted file</source>
        <translation>Die konvertierte Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Findings of the conversion</source>
        <translation>Befunde der Konvertierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New &amp;File</source>
        <translation>Neue &amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Fin&amp;dings</source>
        <translation>Be&amp;funde</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&amp;Grants</source>
        <translation>&amp;Rechte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Written as %1</source>
        <translation>Geschrieben als %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not converted: see the findings.</source>
        <translation>Nicht konvertiert: siehe die Befunde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an agent to see its new file.</source>
        <translation>Wählen Sie einen Agenten, um seine neue Datei zu sehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fin&amp;dings (%1)</source>
        <translation>Be&amp;funde (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to report: everything was carried over as it was.</source>
        <translation>Nichts zu melden: Alles wurde unverändert übernommen.</translation>
    </message>
</context>
<context>
    <name>Agentry::ConvertDialog</name>
    <message>
        <location filename="../app/gui/convertdialog.cpp" line="+71"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace files that exist</source>
        <translation>Vorhandene Dateien &amp;ersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;onvert</source>
        <translation>K&amp;onvertieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convert Agents</source>
        <translation>Agenten konvertieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project folder the new files go into</source>
        <translation>Der Projektordner, in den die neuen Dateien kommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each file goes to its runtime&apos;s place in this folder, such as .gemini/agents/</source>
        <translation>Jede Datei kommt an den Ort ihrer Laufzeit in diesem Ordner, etwa .gemini/agents/</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agents to convert</source>
        <translation>Zu konvertierende Agenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Con&amp;vert to:</source>
        <translation>Kon&amp;vertieren nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Into:</source>
        <translation>&amp;In:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agen&amp;ts:</source>
        <translation>Agen&amp;ten:</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Check the agent to convert it.</source>
        <translation>Haken Sie den Agenten an, um ihn zu konvertieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot convert</source>
        <translation>nicht konvertierbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there already</source>
        <translation>bereits vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is this agent&apos;s own file: nothing is written.</source>
        <translation>%1 ist die eigene Datei dieses Agenten: Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>converts with warnings</source>
        <translation>konvertierbar mit Warnungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>converts</source>
        <translation>konvertierbar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose at least one agent to convert.</source>
        <translation>Wählen Sie mindestens einen Agenten zum Konvertieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder to write into.</source>
        <translation>Wählen Sie den Ordner, in den geschrieben wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to write: none of the chosen agents converts to a new file for %1.</source>
        <translation>Nichts zu schreiben: Keiner der gewählten Agenten ergibt eine neue Datei für %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n agent(s) will be written to %1.</source>
        <translation>
            <numerusform>%n Agent wird nach %1 geschrieben.</numerusform>
            <numerusform>%n Agenten werden nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cannot be converted.</source>
        <translation>
            <numerusform>%n lässt sich nicht konvertieren.</numerusform>
            <numerusform>%n lassen sich nicht konvertieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n agent(s) left out: each is its own file already.</source>
        <translation>
            <numerusform>%n Agent ausgelassen: Er ist bereits seine eigene Datei.</numerusform>
            <numerusform>%n Agenten ausgelassen: Jeder ist bereits seine eigene Datei.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the Folder to Write Into</source>
        <translation>Ordner zum Schreiben wählen</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) exist already. Replace them with the converted agents?</source>
        <translation>
            <numerusform>%n Datei existiert bereits. Durch den konvertierten Agenten ersetzen?</numerusform>
            <numerusform>%n Dateien existieren bereits. Durch die konvertierten Agenten ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was written: the files that exist are kept.</source>
        <translation>Es wurde nichts geschrieben: Die vorhandenen Dateien bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>Agentry::DiagnosticsModel</name>
    <message>
        <location filename="../models/library/diagnosticsmodel.cpp" line="+258"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>Agentry::DiffDialog</name>
    <message>
        <location filename="../app/gui/diffdialog.cpp" line="+32"/>
        <source>The texts are the same.</source>
        <translation>Die Texte sind identisch.</translation>
    </message>
</context>
<context>
    <name>Agentry::ExportDialog</name>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="+73"/>
        <source>Selec&amp;t…</source>
        <translation>Da&amp;tei wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generated</source>
        <translation>&amp;Generiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show Agent</source>
        <translation>Agent an&amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept &amp;warnings</source>
        <translation>&amp;Warnungen akzeptieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace an earlier export of a plugin there</source>
        <translation>Früheren Export eines Plugins dort e&amp;rsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to a &amp;marketplace:</source>
        <translation>Zu einem &amp;Marketplace hinzufügen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Br&amp;owse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Plugin</source>
        <translation>Plugin exportieren</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>team-agents</source>
        <translation>team-agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the plugin&apos;s agents are for</source>
        <translation>Wofür die Agenten des Plugins gedacht sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://github.com/owner/repository</source>
        <translation>https://github.com/owner/repository</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+461"/>
        <source>Generated from the plugin&apos;s name</source>
        <translation>Aus dem Namen des Plugins erzeugt</translation>
    </message>
    <message>
        <location line="-460"/>
        <source>A square PNG or JPEG, 512 to 2048 px a side, under 2 MB</source>
        <translation>Ein quadratisches PNG oder JPEG, 512 bis 2048 px Seitenlänge, unter 2 MB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the icon drawn from the plugin&apos;s name</source>
        <translation>Das aus dem Namen des Plugins gezeichnete Symbol verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review, testing</source>
        <translation>review, testing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author e&amp;mail:</source>
        <translation>Autor-E-Ma&amp;il:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author &amp;URL:</source>
        <translation>Autor-&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Homepage:</source>
        <translation>&amp;Homepage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;pository:</source>
        <translation>Re&amp;pository:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;License:</source>
        <translation>&amp;Lizenz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keywords:</source>
        <translation>S&amp;chlagwörter:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Icon:</source>
        <translation>S&amp;ymbol:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the chosen agent to fix it</source>
        <translation>Den ausgewählten Agenten öffnen, um ihn zu korrigieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Claude Code plugin</source>
        <translation>Claude-Code-Plugin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemini CLI extension</source>
        <translation>Gemini-CLI-Erweiterung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qwen Code extension</source>
        <translation>Qwen-Code-Erweiterung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenCode agents folder</source>
        <translation>OpenCode-Agentenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub Copilot agents folder</source>
        <translation>GitHub-Copilot-Agentenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factory Droid plugin</source>
        <translation>Factory-Droid-Plugin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All runtimes, a folder each</source>
        <translation>Alle Laufzeiten, je ein Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For another runtime each agent is converted; what it cannot say is listed with the warnings</source>
        <translation>Für eine andere Laufzeit wird jeder Agent konvertiert; was sie nicht ausdrücken kann, steht bei den Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.zip archive</source>
        <translation>.zip-Archiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A folder with .claude-plugin/marketplace.json, or a new one</source>
        <translation>Ein Ordner mit .claude-plugin/marketplace.json oder ein neuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plugin&apos;s author</source>
        <translation>Der Autor des Plugins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fo&amp;r:</source>
        <translation>Fü&amp;r:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Location:</source>
        <translation>Speicher&amp;ort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketplace o&amp;wner:</source>
        <translation>Marketplace-&amp;Besitzer:</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>In the marketplace: plugins/%1</source>
        <translation>Im Marketplace: plugins/%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The plugin</source>
        <translation>Das Plugin</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>line %1: %2 [%3]</source>
        <translation>Zeile %1: %2 [%3]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None in the chosen agents</source>
        <translation>Keine in den ausgewählten Agenten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose at least one agent to export.</source>
        <translation>Wählen Sie mindestens einen Agenten zum Exportieren aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the marketplace folder.</source>
        <translation>Wählen Sie den Marketplace-Ordner aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to write the plugin.</source>
        <translation>Wählen Sie aus, wohin das Plugin geschrieben werden soll.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n agent(s) have errors; fix them or leave them out.</source>
        <translation>
            <numerusform>%n Agent hat Fehler; korrigieren Sie ihn oder lassen Sie ihn weg.</numerusform>
            <numerusform>%n Agenten haben Fehler; korrigieren Sie sie oder lassen Sie sie weg.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept the warnings to export, or fix them.</source>
        <translation>Akzeptieren Sie die Warnungen, um zu exportieren, oder beheben Sie sie.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export to a .zip Archive</source>
        <translation>In ein .zip-Archiv exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the Folder to Export Into</source>
        <translation>Zielordner für den Export auswählen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the Marketplace Folder</source>
        <translation>Marketplace-Ordner auswählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the Plugin&apos;s Icon</source>
        <translation>Symbol des Plugins wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG or JPEG images (*.png *.jpg *.jpeg)</source>
        <translation>PNG- oder JPEG-Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read the icon %1: %2</source>
        <translation>Das Symbol %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Without a license the plugin is not ready for the plugin directory, which refuses it (LICENSE_MISSING).</source>
        <translation>Ohne Lizenz ist das Plugin nicht bereit für das Plugin-Verzeichnis, das es ablehnt (LICENSE_MISSING).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plugin.json names %1 and LICENSE holds its text, with the author as the copyright holder.</source>
        <translation>plugin.json nennt %1, und LICENSE enthält den Lizenztext, mit dem Autor als Urheberrechtsinhaber.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plugin.json names %1; Agentry has no text of it for a LICENSE file.</source>
        <translation>plugin.json nennt %1; Agentry hat keinen Text dieser Lizenz für eine LICENSE-Datei.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Exported %n agent(s) as the plugin %1 to %2. Files written:</source>
        <translation>
            <numerusform>%n Agent als Plugin %1 nach %2 exportiert. Geschriebene Dateien:</numerusform>
            <numerusform>%n Agenten als Plugin %1 nach %2 exportiert. Geschriebene Dateien:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Agentry::FieldLabel</name>
    <message>
        <location filename="../widgets/fieldlabel.cpp" line="+77"/>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Click for fixes</source>
        <translation>Klicken, um Korrekturen anzuzeigen</translation>
    </message>
</context>
<context>
    <name>Agentry::FindBar</name>
    <message>
        <location filename="../widgets/findbar.cpp" line="+44"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace:</source>
        <translation>Ersetzen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and &amp;Replace…</source>
        <translation>Suchen und &amp;Ersetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>Wei&amp;tersuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rüc&amp;kwärts suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Find Bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replacement text</source>
        <translation>Ersetzungstext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With regular expressions, \1 to \9 insert what the groups matched</source>
        <translation>Bei regulären Ausdrücken fügen \1 bis \9 ein, was die Gruppen erfasst haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the next match (F3)</source>
        <translation>Nächsten Treffer suchen (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>continued from the top</source>
        <translation>am Anfang fortgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>continued from the bottom</source>
        <translation>am Ende fortgesetzt</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Invalid pattern: %1</source>
        <translation>Ungültiges Muster: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matches: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <comment>match count, wrap-around note</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>replaced: %1</source>
        <translation>ersetzt: %1</translation>
    </message>
</context>
<context>
    <name>Agentry::FrontmatterForm</name>
    <message>
        <location filename="../widgets/frontmatterform.cpp" line="+109"/>
        <source>What could be read (read-only)</source>
        <translation>Was gelesen werden konnte (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys this form has no field for, written as YAML. Claude Code ignores keys it does not know.</source>
        <translation>Schlüssel, für die dieses Formular kein Feld hat, als YAML geschrieben. Claude Code ignoriert Schlüssel, die es nicht kennt.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Settings few agents need</source>
        <translation>Einstellungen, die nur wenige Agenten brauchen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1
Key: %2</source>
        <translation>%1
Schlüssel: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>e.g. code-reviewer</source>
        <translation>z. B. code-reviewer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Reviews code for bugs and style. Use proactively after code changes.</source>
        <translation>z. B. Prüft Code auf Fehler und Stil. Nach Codeänderungen proaktiv einsetzen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>e.g.
PreToolUse:
  - matcher: Bash
    hooks: [{type: command, command: ./check.sh}]</source>
        <translation>z. B.
PreToolUse:
  - matcher: Bash
    hooks: [{type: command, command: ./check.sh}]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g.
- context7</source>
        <translation>z. B.
- context7</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file is not valid UTF-8. It is shown read-only, so that no byte of it changes.</source>
        <translation>Die Datei ist kein gültiges UTF-8. Sie wird schreibgeschützt angezeigt, damit sich kein Byte davon ändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file has no frontmatter. Claude Code loads an agent only from a file that starts with a --- block holding at least its name and description.</source>
        <translation>Diese Datei hat keinen Frontmatter-Block. Claude Code lädt einen Agenten nur aus einer Datei, die mit einem „---“-Block beginnt, der mindestens seinen Namen und seine Beschreibung enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create Frontmatter</source>
        <translation>Frontmatter &amp;erstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The --- block does not start on the first line of the file.</source>
        <translation>Der „---“-Block beginnt nicht in der ersten Zeile der Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The opening --- line is indented.</source>
        <translation>Die öffnende „---“-Zeile ist eingerückt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fields are in a ```yaml code block instead of between --- lines.</source>
        <translation>Die Felder stehen in einem ```yaml-Codeblock statt zwischen „---“-Zeilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Claude Code sees no frontmatter in this file. Fix it in the source.</source>
        <translation>%1 Claude Code sieht in dieser Datei keinen Frontmatter-Block. Korrigieren Sie dies im Quelltext.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <location line="+9"/>
        <source>Edit &amp;Source</source>
        <translation>Quell&amp;text bearbeiten</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The frontmatter is not valid YAML (line %1, column %2): %3
Strict YAML readers drop all its fields; fix it in the source.</source>
        <translation>Der Frontmatter-Block ist kein gültiges YAML (Zeile %1, Spalte %2): %3
Strikte YAML-Leser verwerfen alle seine Felder; korrigieren Sie ihn im Quelltext.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The frontmatter is written as one {…} mapping, which the form cannot edit line by line. It is shown read-only.</source>
        <translation>Der Frontmatter-Block ist als eine einzige {…}-Zuordnung geschrieben, die das Formular nicht zeilenweise bearbeiten kann. Er wird schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No &quot;key: value&quot; line could be read.</source>
        <translation>Es konnte keine „Schlüssel: Wert“-Zeile gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Agentry::GoToLineBar</name>
    <message>
        <location filename="../widgets/gotolinebar.cpp" line="+36"/>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Go to Line Bar</source>
        <translation>Leiste „Gehe zu Zeile“ schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to line:</source>
        <translation>Gehe zu Zeile:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line or line:column</source>
        <translation>Zeile oder Zeile:Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line and column</source>
        <translation>Zeile und Spalte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go</source>
        <translation>Los</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the bar (Esc)</source>
        <translation>Leiste schließen (Esc)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Line %1 of %2</source>
        <translation>Zeile %1 von %2</translation>
    </message>
</context>
<context>
    <name>Agentry::GrantChangesView</name>
    <message>
        <location filename="../widgets/grantchangesview.cpp" line="+25"/>
        <source>✓ granted</source>
        <translation>✓ gewährt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ only %1</source>
        <translation>✓ nur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(✓) inherited</source>
        <translation>(✓) geerbt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⊘ denied</source>
        <translation>⊘ verweigert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⊘ denied for %1</source>
        <translation>⊘ verweigert für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>? not a tool</source>
        <translation>? kein Werkzeug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>?! asks first</source>
        <translation>?! fragt zuerst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— not granted</source>
        <translation>— nicht gewährt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Grants before and after</source>
        <translation>Rechte vorher und nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not converted: there are no new grants to compare.</source>
        <translation>Nicht konvertiert: Es gibt keine neuen Rechte zum Vergleichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Widened: none · Narrowed: none. The new file grants what the source grants.</source>
        <translation>Erweitert: keine · Eingeschränkt: keine. Die neue Datei gewährt, was die Quelle gewährt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Widened: %1 · Narrowed: %2</source>
        <translation>Erweitert: %1 · Eingeschränkt: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (widened)</source>
        <translation>%1 (erweitert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (narrowed)</source>
        <translation>%1 (eingeschränkt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (always)</source>
        <translation>%1 (immer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its runtime gives every agent this tool, whatever the file says: the conversion changes nothing here.</source>
        <translation>Seine Laufzeit gibt jedem Agenten dieses Werkzeug, egal was die Datei sagt: Die Konvertierung ändert hier nichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neither file grants a tool.</source>
        <translation>Keine der beiden Dateien gewährt ein Werkzeug.</translation>
    </message>
</context>
<context>
    <name>Agentry::ImportDialog</name>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="+44"/>
        <source>Open a plugin folder, a marketplace folder or a .zip archive.</source>
        <translation>Öffnen Sie einen Plugin-Ordner, einen Marketplace-Ordner oder ein .zip-Archiv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Folder…</source>
        <translation>Ordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Zip…</source>
        <translation>&amp;Zip öffnen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add to Project…</source>
        <translation>Zum &amp;Projekt hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Plugin</source>
        <translation>Plugin importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plugin / Agent</source>
        <translation>Plugin / Agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Es kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No agents</source>
        <translation>Keine Agenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listed in the marketplace but not read</source>
        <translation>Im Marketplace aufgeführt, aber nicht gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What claude plugin validate warns about</source>
        <translation>Worüber claude plugin validate warnt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Open a Plugin or Marketplace Folder</source>
        <translation>Plugin- oder Marketplace-Ordner öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a Plugin Archive</source>
        <translation>Plugin-Archiv öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+28"/>
        <location line="+34"/>
        <source>Add to Project</source>
        <translation>Zum Projekt hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="-61"/>
        <source>Copy %n agent(s) into %1?</source>
        <translation>
            <numerusform>%n Agenten nach %1 kopieren?</numerusform>
            <numerusform>%n Agenten nach %1 kopieren?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose Another Folder…</source>
        <translation>Anderen Ordner wählen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a .claude/agents Folder</source>
        <translation>.claude/agents-Ordner wählen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 already holds %2. Replace it with the imported agent?</source>
        <translation>%1 enthält bereits %2. Durch den importierten Agenten ersetzen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Do the same for the other %n existing file(s)</source>
        <translation>
            <numerusform>Ebenso für %n weitere vorhandene Datei verfahren</numerusform>
            <numerusform>Ebenso für die %n weiteren vorhandenen Dateien verfahren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Nothing was copied.</source>
        <translation>Es wurde nichts kopiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Copied %n agent(s) before an error.</source>
        <translation>
            <numerusform>Vor einem Fehler wurde %n Agent kopiert.</numerusform>
            <numerusform>Vor einem Fehler wurden %n Agenten kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Copied %n agent(s) into %1.</source>
        <translation>
            <numerusform>%n Agent nach %1 kopiert.</numerusform>
            <numerusform>%n Agenten nach %1 kopiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Agentry::LibraryHistory</name>
    <message>
        <location filename="../models/library/libraryhistory.cpp" line="+36"/>
        <source>An agent this change touched is no longer open.</source>
        <translation>Ein von dieser Änderung betroffener Agent ist nicht mehr geöffnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was changed after “%2”; undo that change in its editor first.</source>
        <translation>%1 wurde nach „%2“ geändert; machen Sie diese Änderung zuerst in seinem Editor rückgängig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed after “%2” was undone; it cannot be redone.</source>
        <translation>%1 wurde geändert, nachdem „%2“ rückgängig gemacht wurde; die Änderung kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is read-only.</source>
        <translation>%1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to redo.</source>
        <translation>Nichts wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>Agentry::LibraryPanel</name>
    <message>
        <location filename="../app/gui/librarypanel.cpp" line="+40"/>
        <source>Filter by name, description or tool</source>
        <translation>Nach Name, Beschreibung oder Werkzeug filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter agents</source>
        <translation>Agenten filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by name</source>
        <translation>Nach Name sortieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by file</source>
        <translation>Nach Datei sortieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by last change</source>
        <translation>Nach letzter Änderung sortieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort agents</source>
        <translation>Agenten sortieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>&amp;Read Folder As</source>
        <translation>Ordner &amp;lesen als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read every agent file under %1 as one runtime</source>
        <translation>Jede Agentendatei unter %1 als eine Laufzeit lesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By Folder and Content</source>
        <translation>Nach Ordner und Inhalt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Convert To</source>
        <translation>&amp;Konvertieren nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
</context>
<context>
    <name>Agentry::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+124"/>
        <source>%1 was changed by another program and has been reloaded.</source>
        <translation>%1 wurde von einem anderen Programm geändert und neu geladen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was deleted or moved by another program. Save writes it again.</source>
        <translation>%1 wurde von einem anderen Programm gelöscht oder verschoben. Beim Speichern wird die Datei neu geschrieben.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 changed since the problem was found; its problems are now up to date.</source>
        <translation>%1 hat sich geändert, seit das Problem gefunden wurde; die Problemliste ist jetzt wieder aktuell.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This changes %1:</source>
        <translation>Dies ändert %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fixed: %1. Undo takes it back.</source>
        <translation>Korrigiert: %1. „Rückgängig“ nimmt die Korrektur zurück.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing fixes…</source>
        <translation>Korrekturen werden vorbereitet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No %1 problem has a fix that is safe to apply everywhere.</source>
        <translation>Für kein %1-Problem gibt es eine Korrektur, die sich überall sicher anwenden lässt.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The safe fix for every %1 problem changes %n agent(s); Undo takes back one agent&apos;s fix, Undo Change Across Agents all of them.</source>
        <translation>
            <numerusform>Die sichere Korrektur für alle %1-Probleme ändert %n Agenten; „Rückgängig“ nimmt die Korrektur eines Agenten zurück, „Änderung agentenübergreifend rückgängig machen“ alle.</numerusform>
            <numerusform>Die sichere Korrektur für alle %1-Probleme ändert %n Agenten; „Rückgängig“ nimmt die Korrektur eines Agenten zurück, „Änderung agentenübergreifend rückgängig machen“ alle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n read-only agent(s) are left as they are.</source>
        <translation>
            <numerusform>%n schreibgeschützter Agent bleibt unverändert.</numerusform>
            <numerusform>%n schreibgeschützte Agenten bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+13"/>
        <source>Fix All %1 Problems</source>
        <translation>Alle %1-Probleme beheben</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Fixed %n agent(s); Undo takes back one agent&apos;s fix, Undo Change Across Agents all of them.</source>
        <translation>
            <numerusform>%n Agent korrigiert; „Rückgängig“ nimmt die Korrektur eines Agenten zurück, „Änderung agentenübergreifend rückgängig machen“ alle.</numerusform>
            <numerusform>%n Agenten korrigiert; „Rückgängig“ nimmt die Korrektur eines Agenten zurück, „Änderung agentenübergreifend rückgängig machen“ alle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+307"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo Change Across Agents</source>
        <translation>Änderung agentenübergreifend rückgängig machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo Change Across Agents</source>
        <translation>Änderung agentenübergreifend wiederherstellen</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>About Agentry</source>
        <translation>Über Agentry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Agentry %1&lt;/h3&gt;&lt;p&gt;An editor for AI agent definition files: Markdown with YAML frontmatter, as Claude Code and other agent tools read them. It changes only the lines an edit touches and never loses a byte.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Agentry %1&lt;/h3&gt;&lt;p&gt;Ein Editor für Definitionsdateien von KI-Agenten: Markdown mit YAML-Frontmatter, wie Claude Code und andere Agentenwerkzeuge sie lesen. Er ändert nur die Zeilen, die eine Bearbeitung betrifft, und verliert nie ein Byte.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+185"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>This fix is not applied: it would make the library worse.
%1</source>
        <translation>Diese Korrektur wird nicht angewendet: Sie würde die Bibliothek verschlechtern.
%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No %1 fix is applied: each would make the library worse.
%2</source>
        <translation>Keine %1-Korrektur wird angewendet: Jede würde die Bibliothek verschlechtern.
%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Left out, because they would make the library worse:</source>
        <translation>Ausgelassen, weil sie die Bibliothek verschlechtern würden:</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for agents…</source>
        <translation>Suche nach Agenten…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1[*] — %2 — Agentry</source>
        <translation>%1[*] — %2 — Agentry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agentry</source>
        <translation>Agentry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — Agentry</source>
        <translation>%1 — Agentry</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo %1 Across Agents</source>
        <translation>Agentenübergreifend rückgängig: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo %1 Across Agents</source>
        <translation>Agentenübergreifend wiederherstellen: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undid “%1” in every agent it changed.</source>
        <translation>„%1“ in allen betroffenen Agenten rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Redo %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redid “%1” in every agent it changed.</source>
        <translation>„%1“ in allen betroffenen Agenten wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <source>Agents: %1</source>
        <translation>Agenten: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written: the file on disk is as it was, and your changes are still here, unsaved.</source>
        <translation>Es wurde nichts geschrieben: Die Datei auf dem Datenträger ist unverändert, und Ihre Änderungen sind noch hier, ungespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reverted %1 to the saved file; Undo brings your changes back.</source>
        <translation>%1 auf die gespeicherte Datei zurückgesetzt; „Rückgängig“ holt Ihre Änderungen zurück.</translation>
    </message>
</context>
<context>
    <name>Agentry::MatrixPage</name>
    <message>
        <location filename="../app/gui/matrixpage.cpp" line="+55"/>
        <source>Tool Permissions</source>
        <translation>Werkzeugberechtigungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+48"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Mark the grants added or removed since a baseline</source>
        <translation>Freigaben markieren, die seit einer Vergleichsbasis hinzugekommen oder weggefallen sind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With Git HEAD</source>
        <translation>Mit Git-HEAD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a Git Revision…</source>
        <translation>Mit einer Git-Revision…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with a Git Revision</source>
        <translation>Mit einer Git-Revision vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision (a branch, tag or commit):</source>
        <translation>Revision (ein Branch, Tag oder Commit):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With Another Folder…</source>
        <translation>Mit einem anderen Ordner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with Another Folder</source>
        <translation>Mit einem anderen Ordner vergleichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop Comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the matrix as it is shown</source>
        <translation>Die Matrix so speichern, wie sie angezeigt wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As CSV…</source>
        <translation>Als CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As JSON…</source>
        <translation>Als JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As HTML Page…</source>
        <translation>Als HTML-Seite…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As PNG Image…</source>
        <translation>Als PNG-Bild…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No baseline</source>
        <translation>Keine Vergleichsbasis</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open a folder first.</source>
        <translation>Öffnen Sie zuerst einen Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the baseline…</source>
        <translation>Vergleichsbasis wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Since %1: %n agent(s) changed</source>
        <translation>
            <numerusform>Seit %1: %n Agent geändert</numerusform>
            <numerusform>Seit %1: %n Agenten geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n deleted</source>
        <translation>
            <numerusform>, %n gelöscht</numerusform>
            <numerusform>, %n gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted since the baseline:
%1</source>
        <translation>Seit der Vergleichsbasis gelöscht:
%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Tool permissions of %1</source>
        <translation>Werkzeugberechtigungen von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML pages (*.html)</source>
        <translation>HTML-Seiten (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Permission Matrix</source>
        <translation>Berechtigungsmatrix exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported the permission matrix to %1.</source>
        <translation>Berechtigungsmatrix nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The matrix shows %1 agents; filter it to at most %2 to export an image. CSV and HTML exports hold any number.</source>
        <translation>Die Matrix zeigt %1 Agenten; filtern Sie sie auf höchstens %2, um ein Bild zu exportieren. CSV- und HTML-Exporte fassen beliebig viele.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+3"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Agentry::MessageBanner</name>
    <message>
        <location filename="../widgets/messagebanner.cpp" line="+34"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Agentry::NewAgentDialog</name>
    <message>
        <location filename="../app/gui/newagentdialog.cpp" line="+27"/>
        <source>New Agent</source>
        <translation>Neuer Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code-reviewer</source>
        <translation>code-reviewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When to use this agent, in one sentence</source>
        <translation>Wann dieser Agent eingesetzt werden soll, in einem Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
</context>
<context>
    <name>Agentry::NumberFieldEditor</name>
    <message>
        <location filename="../widgets/numberfieldeditor.cpp" line="+42"/>
        <location line="+29"/>
        <location line="+33"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Not a whole number of at least %1: choose one to replace it.</source>
        <translation>Keine ganze Zahl von mindestens %1: Wählen Sie eine als Ersatz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a number the spin box can show: choose one to replace it.</source>
        <translation>Keine Zahl, die das Drehfeld zeigen kann: Wählen Sie eine, um sie zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>Agentry::OpenCodePermissionEditor</name>
    <message>
        <location filename="../widgets/opencodepermissioneditor.cpp" line="+82"/>
        <source>Add Permission</source>
        <translation>Berechtigung hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Permission, e.g. bash or mcp_*</source>
        <translation>Berechtigung, z. B. bash oder mcp_*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New permission</source>
        <translation>Neue Berechtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A permission OpenCode knows, an MCP tool&apos;s name, or a wildcard such as mcp_*</source>
        <translation>Eine Berechtigung, die OpenCode kennt, der Name eines MCP-Werkzeugs oder ein Platzhaltermuster wie mcp_*</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Action for the new permission</source>
        <translation>Aktion für die neue Berechtigung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add a rule for the permission named on the left</source>
        <translation>Eine Regel für die links genannte Berechtigung hinzufügen</translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+24"/>
        <source>All permissions (*)</source>
        <translation>Alle Berechtigungen (*)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The action for every permission no later rule names</source>
        <translation>Die Aktion für jede Berechtigung, die keine spätere Regel nennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Action for %1</source>
        <translation>Aktion für %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 takes one action, no patterns.</source>
        <translation>%1 nimmt eine Aktion, keine Muster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: one action, or an action per pattern. The last matching rule wins.</source>
        <translation>%1: eine Aktion oder eine Aktion je Muster. Die letzte passende Regel gilt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by pattern</source>
        <translation>je Muster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Written as %1, which OpenCode does not take here. It is kept as written until you pick an action.</source>
        <translation>Geschrieben als %1, was OpenCode hier nicht annimmt. Es bleibt so stehen, bis Sie eine Aktion wählen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add Pattern</source>
        <translation>Muster hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a command or path pattern with an action of its own</source>
        <translation>Ein Befehls- oder Pfadmuster mit eigener Aktion hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pattern to %1</source>
        <translation>Muster zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove the rule for %1</source>
        <translation>Die Regel für %1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pattern %1 of %2</source>
        <translation>Muster %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A command or path: * matches any text, ? one character. Press Enter to apply.</source>
        <translation>Ein Befehl oder Pfad: * passt auf beliebigen Text, ? auf ein Zeichen. Mit der Eingabetaste übernehmen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Action for %1 pattern %2</source>
        <translation>Aktion für %1, Muster %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove the pattern %1</source>
        <translation>Das Muster %1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove pattern %1 of %2</source>
        <translation>Muster %1 von %2 entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. git *</source>
        <translation>z. B. git *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New pattern for %1</source>
        <translation>Neues Muster für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A command or path: * matches any text, ? one character. Enter adds it, Escape cancels.</source>
        <translation>Ein Befehl oder Pfad: * passt auf beliebigen Text, ? auf ein Zeichen. Die Eingabetaste fügt es hinzu, Escape bricht ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action for the new pattern of %1</source>
        <translation>Aktion für das neue Muster von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the pattern after the others: the last matching rule wins</source>
        <translation>Das Muster nach den anderen hinzufügen: Die letzte passende Regel gilt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not add a pattern</source>
        <translation>Kein Muster hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the new pattern</source>
        <translation>Das neue Muster verwerfen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>allow: without asking; ask: asks each time; deny: refused</source>
        <translation>allow: ohne Nachfrage; ask: fragt jedes Mal; deny: abgelehnt</translation>
    </message>
</context>
<context>
    <name>Agentry::OtherFieldsEditor</name>
    <message>
        <location filename="../widgets/otherfieldseditor.cpp" line="+29"/>
        <source>The frontmatter has no other keys.</source>
        <translation>Der Frontmatter-Block hat keine weiteren Schlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Field…</source>
        <translation>Feld hin&amp;zufügen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New field key</source>
        <translation>Schlüssel des neuen Felds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value, as YAML</source>
        <translation>Wert, als YAML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New field value</source>
        <translation>Wert des neuen Felds</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a key the form has no field for, with its value written as YAML</source>
        <translation>Einen Schlüssel hinzufügen, für den das Formular kein Feld hat, mit seinem Wert als YAML</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Remove the key &quot;%1&quot; and its value</source>
        <translation>Den Schlüssel „%1“ und seinen Wert entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Enter the key of the new field.</source>
        <translation>Geben Sie den Schlüssel des neuen Felds ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frontmatter already has the key &quot;%1&quot;.</source>
        <translation>Der Frontmatter-Block hat bereits den Schlüssel „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value is not valid YAML (column %1): %2</source>
        <translation>Der Wert ist kein gültiges YAML (Spalte %1): %2</translation>
    </message>
</context>
<context>
    <name>Agentry::PermissionMatrixModel</name>
    <message numerus="yes">
        <location filename="../models/matrix/permissionmatrixmodel.cpp" line="+340"/>
        <source>✓ %n tool(s)</source>
        <translation>
            <numerusform>✓ %n Werkzeug</numerusform>
            <numerusform>✓ %n Werkzeuge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no grants: %1 reads no frontmatter in this file</source>
        <translation>keine Rechte: %1 liest in dieser Datei keine Frontmatter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>granted: %1 always gives it</source>
        <translation>gewährt: %1 gibt es immer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>granted with every tool of its server</source>
        <translation>gewährt, mit allen Werkzeugen seines Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>granted</source>
        <translation>gewährt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>granted, except %1</source>
        <translation>gewährt, außer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>granted for some of its tools: %1</source>
        <translation>für einige seiner Werkzeuge gewährt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>granted only for %1</source>
        <translation>nur für %1 gewährt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inherited: no permission covers it, so OpenCode&apos;s defaults apply</source>
        <translation>geerbt: Keine Berechtigung deckt es ab, daher gelten die Vorgaben von OpenCode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inherited, except %1</source>
        <translation>geerbt, außer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inherited: tools holds *, every tool</source>
        <translation>geerbt: tools enthält *, alle Werkzeuge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inherited: no tools key, so every tool</source>
        <translation>geerbt: kein tools-Schlüssel, daher alle Werkzeuge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>denied by its permission</source>
        <translation>durch seine Berechtigung verweigert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>denied, except %1</source>
        <translation>verweigert, außer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed by disallowedTools</source>
        <translation>durch disallowedTools entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed by disallowedTools for %1</source>
        <translation>durch disallowedTools für %1 entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asks the user before each use</source>
        <translation>fragt den Benutzer vor jeder Verwendung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>asks the user before each use, except %1</source>
        <translation>fragt den Benutzer vor jeder Verwendung, außer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a tool %1 knows: nothing granted</source>
        <translation>kein Werkzeug, das %1 kennt: nichts gewährt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no longer offered by Claude Code %1: dropped</source>
        <translation>von Claude Code %1 nicht mehr angeboten: verworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a tool Claude Code knows: dropped</source>
        <translation>kein Werkzeug, das Claude Code kennt: verworfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no such tool</source>
        <translation>%1 hat kein solches Werkzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not granted</source>
        <translation>nicht gewährt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk not assessed yet</source>
        <translation>Risiko noch nicht bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable frontmatter: no grants</source>
        <translation>Frontmatter nicht lesbar: keine Freigaben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reads no frontmatter in this file, so this agent grants nothing until it is fixed.</source>
        <translation>%1 liest in dieser Datei keine Frontmatter, daher gewährt dieser Agent nichts, bis sie repariert ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Runtime: %1</source>
        <translation>Laufzeit: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runtime not known yet</source>
        <translation>Laufzeit noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reads this file and grants its tools.</source>
        <translation>%1 liest diese Datei und gewährt ihre Werkzeuge.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No tool of the agent&apos;s runtime answers to this name (OpenCode: a custom or MCP tool&apos;s permission).</source>
        <translation>Kein Werkzeug der Laufzeit des Agenten hört auf diesen Namen (OpenCode: die Berechtigung eines eigenen oder MCP-Werkzeugs).</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+240"/>
        <location line="+23"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>In %1: %2</source>
        <translation>In %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A tool of %1 that Claude Code has no counterpart of.</source>
        <translation>Ein Werkzeug von %1, für das Claude Code keine Entsprechung hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk: %1. %2</source>
        <translation>Risiko: %1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claude Code %1 no longer offers this tool: naming it grants nothing.</source>
        <translation>Claude Code %1 bietet dieses Werkzeug nicht mehr an: Die Angabe gewährt nichts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every tool of the MCP server %1.</source>
        <translation>Alle Werkzeuge des MCP-Servers %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tool %1 of the MCP server %2.</source>
        <translation>Das Werkzeug %1 des MCP-Servers %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n agent(s) can use it.</source>
        <translation>
            <numerusform>%n Agent kann es verwenden.</numerusform>
            <numerusform>%n Agenten können es verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+54"/>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Only a tool&apos;s cell grants or revokes a tool.</source>
        <translation>Nur die Zelle eines Werkzeugs gewährt oder entzieht ein Werkzeug.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a tool&apos;s cell takes patterns.</source>
        <translation>Nur die Zelle eines Werkzeugs nimmt Muster an.</translation>
    </message>
</context>
<context>
    <name>Agentry::PermissionMatrixView</name>
    <message>
        <location filename="../widgets/permissionmatrixview.cpp" line="+66"/>
        <source>Filter agents…</source>
        <translation>Agenten filtern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter agents</source>
        <translation>Agenten filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter tools…</source>
        <translation>Werkzeuge filtern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter tools</source>
        <translation>Werkzeuge filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool category</source>
        <translation>Werkzeugkategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MCP Servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown Names</source>
        <translation>Unbekannte Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the agents of one runtime</source>
        <translation>Die Agenten einer Laufzeit anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Runtimes</source>
        <translation>Alle Laufzeiten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only agents that can run shell commands</source>
        <translation>Nur Agenten, die Shell-Befehle ausführen können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only agents that can reach the network</source>
        <translation>Nur Agenten, die auf das Netzwerk zugreifen können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only agents that can write files</source>
        <translation>Nur Agenten, die Dateien schreiben können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inherits All</source>
        <translation>Erbt alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only agents without a tools list, which get every tool</source>
        <translation>Nur Agenten ohne tools-Liste, die alle Werkzeuge erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hooks/MCP</source>
        <translation>Hooks/MCP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only agents with hooks or MCP servers of their own</source>
        <translation>Nur Agenten mit eigenen Hooks oder MCP-Servern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changed Only</source>
        <translation>Nur geänderte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only agents whose grants changed since the baseline</source>
        <translation>Nur Agenten, deren Freigaben sich seit der Vergleichsbasis geändert haben</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tool permissions</source>
        <translation>Werkzeugberechtigungen</translation>
    </message>
    <message numerus="yes">
        <location line="+127"/>
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n Werkzeug</numerusform>
            <numerusform>%n Werkzeuge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Grant %1 to %n agent(s)</source>
        <translation>
            <numerusform>%1 für %n Agenten gewähren</numerusform>
            <numerusform>%1 für %n Agenten gewähren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Revoke %1 from %n agent(s)</source>
        <translation>
            <numerusform>%1 für %n Agenten entziehen</numerusform>
            <numerusform>%1 für %n Agenten entziehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Ask before %1 in %n agent(s)</source>
        <translation>
            <numerusform>Vor %1 in %n Agenten fragen</numerusform>
            <numerusform>Vor %1 in %n Agenten fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Make %n agent(s) explicit</source>
        <translation>
            <numerusform>Werkzeuge von %n Agenten explizit angeben</numerusform>
            <numerusform>Werkzeuge von %n Agenten explizit angeben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1. Left alone: %2</source>
        <translation>%1. Unverändert gelassen: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Patterns for %1</source>
        <translation>Muster für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow %1 only for uses matching these patterns, one a line (such as git *). Leave empty to allow every use.</source>
        <translation>%1 nur für Aufrufe erlauben, die auf diese Muster passen, eines pro Zeile (etwa git *). Leer lassen, um jeden Aufruf zu erlauben.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Revoke %1</source>
        <translation>%1 entziehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grant %1</source>
        <translation>%1 gewähren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask Before %1</source>
        <translation>Vor %1 fragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Patterns…</source>
        <translation>Muster bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant Selected</source>
        <translation>Für Auswahl gewähren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke Selected</source>
        <translation>Für Auswahl entziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask Before Selected (OpenCode)</source>
        <translation>Vor Ausgewähltem fragen (OpenCode)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make Explicit</source>
        <translation>Explizit angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select Row</source>
        <translation>Zeile auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Select Column</source>
        <translation>Spalte auswählen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Show Agent</source>
        <translation>Agent anzeigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Collapse %1</source>
        <translation>%1 einklappen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expand %1</source>
        <translation>%1 ausklappen</translation>
    </message>
</context>
<context>
    <name>Agentry::ProblemsDock</name>
    <message>
        <location filename="../app/gui/problemsdock.cpp" line="+16"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>✖ %1   ⚠ %2   ℹ %3</source>
        <translation>✖ %1   ⚠ %2   ℹ %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in this library. Click to show the problems.</source>
        <translation>%1 in dieser Bibliothek. Klicken Sie, um die Probleme anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>Agentry::ProblemsPanel</name>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="+40"/>
        <source>Show errors</source>
        <translation>Fehler anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show warnings</source>
        <translation>Warnungen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show information</source>
        <translation>Hinweise anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only the findings of the agent being edited</source>
        <translation>Nur die Befunde des bearbeiteten Agenten anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the findings of one rule</source>
        <translation>Die Befunde einer einzelnen Regel anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter problems</source>
        <translation>Probleme filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the findings whose message, file or code contain every word</source>
        <translation>Die Befunde anzeigen, deren Meldung, Datei oder Code jedes Wort enthält</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current agent</source>
        <translation>Aktueller Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current agent only</source>
        <translation>Nur aktueller Agent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Errors (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information (%1)</source>
        <translation>Hinweise (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <comment>rule code, number of findings</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Agentry::StringListEditor</name>
    <message>
        <location filename="../widgets/stringlisteditor.cpp" line="+31"/>
        <source>Add a name and press Enter</source>
        <translation>Namen eingeben und die Eingabetaste drücken</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Written as %1, not as a list of names; edit it in the source.</source>
        <translation>Als %1 geschrieben, nicht als Liste von Namen; bearbeiten Sie den Wert im Quelltext.</translation>
    </message>
</context>
<context>
    <name>Agentry::TextDocumentBinding</name>
    <message>
        <location filename="../models/document/textdocumentbinding.cpp" line="+154"/>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
</context>
<context>
    <name>Agentry::TextFieldEditor</name>
    <message>
        <location filename="../widgets/textfieldeditor.cpp" line="+86"/>
        <source>(no value: YAML reads this key as empty)</source>
        <translation>(kein Wert: YAML liest diesen Schlüssel als leer)</translation>
    </message>
</context>
<context>
    <name>Agentry::ToolPicker</name>
    <message>
        <location filename="../widgets/toolpicker.cpp" line="+38"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add a tool, an MCP tool or a rule such as Bash(git diff:*), then press Enter</source>
        <translation>Werkzeug, MCP-Werkzeug oder Regel wie Bash(git diff:*) eingeben und die Eingabetaste drücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tool entry</source>
        <translation>Werkzeugeintrag hinzufügen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Inherit all tools</source>
        <translation>Alle Werkzeuge erben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tools key: the agent gets every tool of the main conversation, MCP tools included.</source>
        <translation>Kein tools-Schlüssel: Der Agent erhält alle Werkzeuge der Hauptunterhaltung, einschließlich der MCP-Werkzeuge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only these tools</source>
        <translation>Nur diese Werkzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent gets the tools checked below and nothing else.</source>
        <translation>Der Agent erhält die unten angekreuzten Werkzeuge und sonst nichts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tools</source>
        <translation>Keine Werkzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty list: the agent runs without any tool.</source>
        <translation>Eine leere Liste: Der Agent läuft ohne jedes Werkzeug.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Built-in tools</source>
        <translation>Integrierte Werkzeuge</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filter tools…</source>
        <translation>Werkzeuge filtern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter tools</source>
        <translation>Werkzeuge filtern</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1
Risk: %2. %3</source>
        <translation>%1
Risiko: %2. %3</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Written as %1, which is not a list of tools; edit it in the source.</source>
        <translation>Als %1 geschrieben, was keine Liste von Werkzeugen ist; bearbeiten Sie den Wert im Quelltext.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The agent can use every tool of the conversation that starts it, MCP tools included.</source>
        <translation>Der Agent kann alle Werkzeuge der Unterhaltung verwenden, die ihn startet, einschließlich der MCP-Werkzeuge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent runs without any tools. Check tools below to grant some.</source>
        <translation>Der Agent läuft ohne Werkzeuge. Kreuzen Sie unten Werkzeuge an, um ihm welche zu gewähren.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none checked</source>
        <translation>keine angekreuzt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>all tools</source>
        <translation>alle Werkzeuge</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Other entries:</source>
        <translation>Weitere Einträge:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MCP %1:</source>
        <translation>MCP %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules, tools of other versions or dialects, and names Claude Code does not know</source>
        <translation>Regeln, Werkzeuge anderer Versionen oder Dialekte und Namen, die Claude Code nicht kennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools of the MCP server &quot;%1&quot;</source>
        <translation>Werkzeuge des MCP-Servers „%1“</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Every tool.</source>
        <translation>Alle Werkzeuge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every tool of the MCP server &quot;%1&quot;.</source>
        <translation>Alle Werkzeuge des MCP-Servers „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tool &quot;%1&quot; of the MCP server &quot;%2&quot;.</source>
        <translation>Das Werkzeug „%1“ des MCP-Servers „%2“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The parentheses are misplaced: Claude Code reads this as an unknown tool name.</source>
        <translation>Die Klammern stehen falsch: Claude Code liest dies als unbekannten Werkzeugnamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, only for uses matching &quot;%2&quot;.</source>
        <translation>%1, nur für Aufrufe, die auf „%2“ passen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claude Code no longer offers %1; naming it grants nothing. %2</source>
        <translation>Claude Code bietet %1 nicht mehr an; die Angabe gewährt nichts. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tool name of another agent format (%1); Claude Code ignores it. Closest: %2.</source>
        <translation>Ein Werkzeugname eines anderen Agentenformats (%1); Claude Code ignoriert ihn. Am ähnlichsten: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a Claude Code tool; names match by case. Did you mean %1?</source>
        <translation>Kein Claude-Code-Werkzeug; bei Namen wird Groß-/Kleinschreibung unterschieden. Meinten Sie %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a Claude Code tool name; the client ignores it.</source>
        <translation>Kein Werkzeugname von Claude Code; der Client ignoriert ihn.</translation>
    </message>
</context>
<context>
    <name>Agentry::YamlSnippetEdit</name>
    <message>
        <location filename="../widgets/yamlsnippetedit.cpp" line="+110"/>
        <source>Not valid YAML (line %1, column %2): %3</source>
        <translation>Kein gültiges YAML (Zeile %1, Spalte %2): %3</translation>
    </message>
</context>
<context>
    <name>ArgumentReader</name>
    <message>
        <location filename="../app/cli/argumentreader.cpp" line="+56"/>
        <source>%1: --client takes one of %2</source>
        <translation>%1: --client erwartet einen der Werte %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 takes one of %3</source>
        <translation>%1: %2 erwartet einen der Werte %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: unknown option %2</source>
        <translation>%1: Unbekannte Option %2</translation>
    </message>
</context>
<context>
    <name>AutoCompactWindowRule</name>
    <message>
        <location filename="../models/validation/rules/autocompactwindowrule.cpp" line="+21"/>
        <source>autoCompactWindow out of range</source>
        <translation>autoCompactWindow außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an integer of at least %1</source>
        <translation>eine ganze Zahl von mindestens %1</translation>
    </message>
</context>
<context>
    <name>BackgroundRule</name>
    <message>
        <location filename="../models/validation/rules/backgroundrule.cpp" line="+21"/>
        <source>Background is not true or false</source>
        <translation>Hintergrund ist weder true noch false</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
</context>
<context>
    <name>BrokenYamlRule</name>
    <message>
        <location filename="../models/validation/rules/brokenyamlrule.cpp" line="+25"/>
        <source>Frontmatter is not valid YAML</source>
        <translation>Frontmatter ist kein gültiges YAML</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Claude Code drops every field: the agent loads as &quot;%1&quot; with a stock description and all tools.</source>
        <translation>Claude Code verwirft alle Felder: Der Agent wird als „%1“ mit einer Standardbeschreibung und allen Werkzeugen geladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude Code drops every field, so the agent has no name and is not loaded.</source>
        <translation>Claude Code verwirft alle Felder; der Agent hat daher keinen Namen und wird nicht geladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frontmatter is not valid YAML: %1. %2</source>
        <translation>Der Frontmatter-Block ist kein gültiges YAML: %1. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quote the values as written</source>
        <translation>Werte wie geschrieben in Anführungszeichen setzen</translation>
    </message>
</context>
<context>
    <name>BunYaml</name>
    <message>
        <location filename="../models/runtime/bunyaml.cpp" line="+169"/>
        <location line="+16"/>
        <source>Text after the end of the frontmatter&apos;s only value.</source>
        <translation>Text nach dem Ende des einzigen Werts im Frontmatter-Block.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A quoted value is never closed.</source>
        <translation>Ein Wert in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>An empty entry in a [...] or {...} list.</source>
        <translation>Ein leerer Eintrag in einer [...]- oder {...}-Liste.</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+30"/>
        <source>This line is not indented under the key above it.</source>
        <translation>Diese Zeile ist nicht unter dem Schlüssel darüber eingerückt.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>A &quot;key: value&quot; cannot follow another key on the same line.</source>
        <translation>Ein „Schlüssel: Wert“ kann nicht auf einen anderen Schlüssel in derselben Zeile folgen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This key is not in line with the keys above it.</source>
        <translation>Dieser Schlüssel ist nicht an den Schlüsseln darüber ausgerichtet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This line has no &quot;key:&quot; and is not part of the value above it.</source>
        <translation>Diese Zeile hat kein „Schlüssel:“ und gehört nicht zum Wert darüber.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This line is not indented under the list above it.</source>
        <translation>Diese Zeile ist nicht unter der Liste darüber eingerückt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This line is neither a &quot;- item&quot; nor indented under one.</source>
        <translation>Diese Zeile ist weder ein „- Eintrag“ noch unter einem solchen eingerückt.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A line starting with a tab inside a | or &gt; text.</source>
        <translation>Eine Zeile, die mit einem Tabulator beginnt, innerhalb eines |- oder &gt;-Texts.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tab characters cannot be used as indentation.</source>
        <translation>Tabulatorzeichen können nicht zur Einrückung verwendet werden.</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>A line starting with % is a YAML directive; it cannot stand here.</source>
        <translation>Eine Zeile, die mit % beginnt, ist eine YAML-Direktive; sie darf hier nicht stehen.</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <location filename="../models/bundles/bundlereader.cpp" line="+32"/>
        <location line="+173"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1: its source is not a folder of this marketplace</source>
        <translation>%1: Die Quelle ist kein Ordner dieses Marketplace</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The marketplace entry &quot;%1&quot; has the source &quot;%2&quot;, which leads outside the marketplace.</source>
        <translation>Der Marketplace-Eintrag „%1“ hat die Quelle „%2“, die aus dem Marketplace herausführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The marketplace entry &quot;%1&quot; has the source &quot;%2&quot;, which is not a folder.</source>
        <translation>Der Marketplace-Eintrag „%1“ hat die Quelle „%2“, die kein Ordner ist.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 holds neither a plugin (%2 or agents/) nor a marketplace (%3).</source>
        <translation>%1 enthält weder ein Plugin (%2 oder agents/) noch einen Marketplace (%3).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 already holds %2; choose which to replace.</source>
        <translation>%1 enthält bereits %2; wählen Sie aus, was ersetzt werden soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two of the agents to copy are called %1; copy them one at a time.</source>
        <translation>Zwei der zu kopierenden Agenten heißen %1; kopieren Sie sie einzeln.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
No agent was copied; %2 is as it was.</source>
        <translation>%1
Es wurde kein Agent kopiert; %2 ist unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Putting %2 back as it was failed too:
%3</source>
        <translation>%1
Auch %2 in den vorigen Zustand zurückzuversetzen ist fehlgeschlagen:
%3</translation>
    </message>
</context>
<context>
    <name>BundleReadme</name>
    <message>
        <location filename="../models/bundles/bundlereadme.cpp" line="+33"/>
        <source>the session&apos;s model (inherited)</source>
        <translation>das Modell der Sitzung (geerbt)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>none the client can read (the frontmatter does not parse)</source>
        <translation>keine, die der Client lesen kann (der Frontmatter-Block lässt sich nicht einlesen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every tool of the session</source>
        <translation>alle Werkzeuge der Sitzung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every tool of the session except %1</source>
        <translation>alle Werkzeuge der Sitzung außer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Version %1.</source>
        <translation>Version %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By %1.</source>
        <translation>Von %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License: %1.</source>
        <translation>Lizenz: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home page: &lt;%1&gt;.</source>
        <translation>Homepage: &lt;%1&gt;.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>This is a plugin for Claude Code. It adds the subagents listed below, %1 in all; Claude Code hands a task to one of them when the task matches the agent&apos;s description, or when you ask for the agent by name.</source>
        <translation>Dies ist ein Plugin für Claude Code. Es fügt die unten aufgeführten Subagenten hinzu, insgesamt %1; Claude Code übergibt eine Aufgabe an einen von ihnen, wenn die Aufgabe zur Beschreibung des Agenten passt oder wenn Sie den Agenten namentlich anfordern.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1 (only %2)</source>
        <translation>%1 (nur %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (asking first)</source>
        <translation>%1 (mit Rückfrage)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>## Install</source>
        <translation>## Installation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Install it from the marketplace that lists it, naming the repository that holds the marketplace:</source>
        <translation>Installieren Sie es aus dem Marketplace, der es aufführt, unter Angabe des Repositorys, das den Marketplace enthält:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or add a marketplace once, from a folder or a repository, and install from it by its name:</source>
        <translation>Oder fügen Sie einmalig einen Marketplace aus einem Ordner oder Repository hinzu und installieren Sie es daraus über seinen Namen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To try it for one session without installing it, start Claude Code with `claude --plugin-dir &lt;this folder&gt;`.</source>
        <translation>Um es eine Sitzung lang ohne Installation auszuprobieren, starten Sie Claude Code mit `claude --plugin-dir &lt;dieser Ordner&gt;`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is an extension for %1. It adds the subagents listed below, %2 in all.</source>
        <translation>Dies ist eine Erweiterung für %1. Sie fügt die unten aufgeführten Subagenten hinzu, insgesamt %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install it from this folder (or from the repository that holds it):</source>
        <translation>Installieren Sie sie aus diesem Ordner (oder aus dem Repository, das ihn enthält):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a plugin for Factory Droid. It adds the custom droids listed below, %1 in all.</source>
        <translation>Dies ist ein Plugin für Factory Droid. Es fügt die unten aufgeführten eigenen Droids hinzu, insgesamt %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install it through a plugin marketplace that lists it, or copy the files of `droids/` into a project&apos;s `.factory/droids/` (or `~/.factory/droids/` for every project).</source>
        <translation>Installieren Sie es über einen Plugin-Marketplace, der es aufführt, oder kopieren Sie die Dateien aus `droids/` in das Verzeichnis `.factory/droids/` eines Projekts (oder nach `~/.factory/droids/` für alle Projekte).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These are agents for OpenCode, %1 in all, as a project&apos;s configuration folder holds them.</source>
        <translation>Dies sind Agenten für OpenCode, insgesamt %1, so wie der Konfigurationsordner eines Projekts sie enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy `.opencode/agent/` into a project (or its files into `~/.config/opencode/agent/` for every project).</source>
        <translation>Kopieren Sie `.opencode/agent/` in ein Projekt (oder seine Dateien nach `~/.config/opencode/agent/` für alle Projekte).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These are custom agents for GitHub Copilot, %1 in all, as a repository holds them.</source>
        <translation>Dies sind eigene Agenten für GitHub Copilot, insgesamt %1, so wie ein Repository sie enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy `.github/agents/` into a repository (or its files into `~/.copilot/agents/` for yourself).</source>
        <translation>Kopieren Sie `.github/agents/` in ein Repository (oder seine Dateien nach `~/.copilot/agents/` für sich selbst).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>## Agents</source>
        <translation>## Agenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each agent is addressed as `%1:&lt;name&gt;`. Tools are those the agent&apos;s file grants; an agent without a `tools` list gets every tool of the session.</source>
        <translation>Jeder Agent wird als `%1:&lt;name&gt;` angesprochen. Die Werkzeuge sind die, die die Datei des Agenten gewährt; ein Agent ohne `tools`-Liste erhält alle Werkzeuge der Sitzung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>- Model: %1</source>
        <translation>- Modell: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Tools: %1</source>
        <translation>- Werkzeuge: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- File: `%1`</source>
        <translation>- Datei: `%1`</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The same %n agent(s), written for each runtime below, a folder each; each folder&apos;s README says how to install it.</source>
        <translation>
            <numerusform>Derselbe %n Agent, für jede der folgenden Laufzeiten geschrieben, je ein Ordner; die README jedes Ordners erklärt die Installation.</numerusform>
            <numerusform>Dieselben %n Agenten, für jede der folgenden Laufzeiten geschrieben, je ein Ordner; die README jedes Ordners erklärt die Installation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>| Folder | Runtime |</source>
        <translation>| Ordner | Laufzeit |</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+12"/>
        <source>Generated by Agentry.</source>
        <translation>Erzeugt mit Agentry.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <location filename="../models/bundles/bundlewriter.cpp" line="+87"/>
        <source>the name &quot;%1&quot; cannot be a file name on every system; rename the agent.</source>
        <translation>Der Name „%1“ ist nicht auf jedem System als Dateiname zulässig; benennen Sie den Agenten um.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is also named &quot;%2&quot;; one plugin cannot hold two agents of one name (and agents/%3 cannot hold both). Rename one or leave it out.</source>
        <translation>%1 heißt ebenfalls „%2“; ein Plugin kann nicht zwei Agenten gleichen Namens enthalten (und agents/%3 nicht beide). Benennen Sie einen um oder lassen Sie ihn weg.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+51"/>
        <source>%n agent(s) cannot be exported; fix them or leave them out.</source>
        <translation>
            <numerusform>%n Agent kann nicht exportiert werden; korrigieren Sie ihn oder lassen Sie ihn weg.</numerusform>
            <numerusform>%n Agenten können nicht exportiert werden; korrigieren Sie sie oder lassen Sie sie weg.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A marketplace lists Claude Code plugins: export for Claude Code alone to add it to a marketplace.</source>
        <translation>Ein Marketplace führt Claude-Code-Plugins auf: Exportieren Sie nur für Claude Code, um es einem Marketplace hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A marketplace lists plugin folders, not .zip files: export a folder to add it to a marketplace.</source>
        <translation>Ein Marketplace führt Plugin-Ordner auf, keine .zip-Dateien: Exportieren Sie einen Ordner, um ihn einem Marketplace hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plugin folder %1 must lie inside the marketplace folder %2: marketplaces list their plugins by relative path.</source>
        <translation>Der Plugin-Ordner %1 muss innerhalb des Marketplace-Ordners %2 liegen: Marketplaces führen ihre Plugins über relative Pfade auf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The marketplace name &quot;%1&quot; is not valid: %2</source>
        <translation>Der Marketplace-Name „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose where to write the plugin.</source>
        <translation>Wählen Sie aus, wohin das Plugin geschrieben werden soll.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a folder; name the .zip file to write.</source>
        <translation>%1 ist ein Ordner; geben Sie die zu schreibende .zip-Datei an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exists; choose another file or allow overwriting it.</source>
        <translation>%1 existiert bereits; wählen Sie eine andere Datei oder erlauben Sie das Überschreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existiert bereits und ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists and is not empty; choose another folder or allow replacing it.</source>
        <translation>%1 existiert bereits und ist nicht leer; wählen Sie einen anderen Ordner oder erlauben Sie das Ersetzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a bundle folder (it has no %2); Agentry replaces only a bundle it wrote before.</source>
        <translation>%1 ist kein Bundle-Ordner (er enthält kein %2); Agentry ersetzt nur ein Bundle, das es zuvor geschrieben hat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose at least one agent to export.</source>
        <translation>Wählen Sie mindestens einen Agenten zum Exportieren aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one runtime to export for.</source>
        <translation>Wählen Sie mindestens eine Laufzeit für den Export aus.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The plugin names no author; Claude Code&apos;s validator warns about that.</source>
        <translation>Das Plugin nennt keinen Autor; der Validator von Claude Code warnt davor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plugin names no license; the plugin directory requires one (LICENSE_MISSING).</source>
        <translation>Das Plugin nennt keine Lizenz; das Plugin-Verzeichnis verlangt eine (LICENSE_MISSING).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The export has %n warning(s); accept them to export anyway.</source>
        <translation>
            <numerusform>Der Export hat %n Warnung; akzeptieren Sie sie, um trotzdem zu exportieren.</numerusform>
            <numerusform>Der Export hat %n Warnungen; akzeptieren Sie sie, um trotzdem zu exportieren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+55"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write in %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot move the plugin into %1.</source>
        <translation>Das Plugin kann nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="+47"/>
        <source>agentry check: --format takes text, json or sarif</source>
        <translation>agentry check: --format erwartet text, json oder sarif</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <location filename="../app/cli/checkreport.cpp" line="+135"/>
        <source>%n file(s) checked: </source>
        <translation>
            <numerusform>%n Datei geprüft: </numerusform>
            <numerusform>%n Dateien geprüft: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n Fehler, </numerusform>
            <numerusform>%n Fehler, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s), </source>
        <translation>
            <numerusform>%n Warnung, </numerusform>
            <numerusform>%n Warnungen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s).</source>
        <translation>
            <numerusform>%n Hinweis.</numerusform>
            <numerusform>%n Hinweise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceFieldRule</name>
    <message>
        <location filename="../models/validation/rules/choicefieldrule.cpp" line="+18"/>
        <source>The client ignores %1 &quot;%2&quot;: it accepts %3. %4</source>
        <translation>Der Client ignoriert %1 „%2“: Er akzeptiert %3. %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use &quot;%1&quot;</source>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent runs as if the key were not there.</source>
        <translation>Der Agent läuft, als gäbe es den Schlüssel nicht.</translation>
    </message>
</context>
<context>
    <name>ClosedEarlyRule</name>
    <message>
        <location filename="../models/validation/rules/closedearlyrule.cpp" line="+24"/>
        <source>Frontmatter closed early by ---</source>
        <translation>Frontmatter vorzeitig durch --- beendet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>inside the frontmatter</source>
        <translation>innerhalb des Frontmatter-Blocks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inside the value of &quot;%1&quot;</source>
        <translation>innerhalb des Werts von „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claude Code ends the frontmatter at the first &quot;---&quot; it finds, here on line %1 %2: everything after it, up to line %3, is read as the prompt and its fields are lost.</source>
        <translation>Claude Code beendet den Frontmatter-Block beim ersten „---“, das es findet, hier in Zeile %1 %2: Alles danach bis Zeile %3 wird als Prompt gelesen, und die Felder darin gehen verloren.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Escape the dashes in &quot;%1&quot;</source>
        <translation>Die Striche in „%1“ maskieren</translation>
    </message>
</context>
<context>
    <name>ColorPicker</name>
    <message>
        <location filename="../widgets/colorpicker.cpp" line="-139"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cyan</source>
        <translation>Cyan</translation>
    </message>
</context>
<context>
    <name>ColorRule</name>
    <message>
        <location filename="../models/validation/rules/colorrule.cpp" line="+32"/>
        <source>Unknown colour</source>
        <translation>Unbekannte Farbe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent shows without a colour.</source>
        <translation>Der Agent wird ohne Farbe angezeigt.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+56"/>
        <source>[--string] FILE KEY VALUE</source>
        <translation>[--string] FILE KEY VALUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set a frontmatter key; VALUE is YAML (opus, &quot;a: b&quot;,
[Read, Grep]) unless --string makes it plain text</source>
        <translation>einen Frontmatter-Schlüssel setzen; VALUE ist YAML
(opus, &quot;a: b&quot;, [Read, Grep]), mit --string reiner Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FILE KEY</source>
        <translation>FILE KEY</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>remove a frontmatter key</source>
        <translation>einen Frontmatter-Schlüssel entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[--format text|json|sarif] [--strict] [--client VERSION]
[--runtime ID|auto] PATH...</source>
        <translation>[--format text|json|sarif] [--strict] [--client VERSION]
[--runtime ID|auto] PATH...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read agent files (and folders of them) as their runtime
does and report problems; exit 1 on errors (--strict:
on warnings too)</source>
        <translation>Agentendateien (und Ordner davon) lesen, wie ihre Laufzeit
sie liest, und Probleme melden; Exit-Status 1 bei Fehlern
(--strict: auch bei Warnungen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[--dry-run] [--rule CODE]... [--client VERSION]
[--runtime ID|auto] PATH...</source>
        <translation>[--dry-run] [--rule CODE]... [--client VERSION]
[--runtime ID|auto] PATH...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>apply the safe fixes in place and print a diff of each</source>
        <translation>die sicheren Korrekturen direkt in den Dateien anwenden
und für jede Datei einen Diff ausgeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--name NAME [--version V] [--description D] [--author &quot;NAME &lt;EMAIL&gt; (URL)&quot;]
[--license SPDX] [--homepage URL] [--repository URL] [--keyword K]...
[--runtime ID|all]... [--accept-warnings] [--overwrite]
[--marketplace DIR [--marketplace-name NAME]] --out DIR|FILE.zip PATH...</source>
        <translation>--name NAME [--version V] [--description D] [--author &quot;NAME &lt;EMAIL&gt; (URL)&quot;]
[--license SPDX] [--homepage URL] [--repository URL] [--keyword K]...
[--runtime ID|all]... [--accept-warnings] [--overwrite]
[--marketplace DIR [--marketplace-name NAME]] --out DIR|FILE.zip PATH...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write the agents as a Claude Code plugin (and add it to a
marketplace), or converted as another runtime&apos;s bundle
(--runtime; all: a folder each); exit 1, writing nothing,
when an agent has errors or warnings are not accepted</source>
        <translation>die Agenten als Claude-Code-Plugin schreiben (und einem
Marketplace hinzufügen) oder konvertiert als Bundle einer anderen
Laufzeit (--runtime; all: je ein Ordner); Exit-Status 1 ohne zu
schreiben, wenn ein Agent Fehler hat oder Warnungen nicht
akzeptiert sind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--to ID [--from ID] [--out DIR] [--overwrite]
[--format text|json] PATH...</source>
        <translation>--to ID [--from ID] [--out DIR] [--overwrite]
[--format text|json] PATH...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the agents for another runtime, into DIR&apos;s folder
for it (print them without --out), each read back by
that runtime&apos;s reader; what cannot be carried over is
listed; exit 1 when an agent cannot be converted</source>
        <translation>die Agenten für eine andere Laufzeit schreiben, in deren Ordner
in DIR (ohne --out ausgeben), jeweils vom Leser dieser
Laufzeit zurückgelesen; was nicht übernommen werden kann,
wird aufgeführt; Exit-Status 1, wenn ein Agent nicht
konvertiert werden kann</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>[--json] [--runtime ID|auto] FILE</source>
        <translation>[--json] [--runtime ID|auto] FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print what Agentry reads in an agent file, and whether
its runtime loads it</source>
        <translation>ausgeben, was Agentry in einer Agentendatei liest, und ob
ihre Laufzeit sie lädt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>[--format csv|json|html] [--baseline DIR|git:REV] [--client VERSION]
[--runtime ID|auto] [--output FILE] PATH...</source>
        <translation>[--format csv|json|html] [--baseline DIR|git:REV] [--client VERSION]
[--runtime ID|auto] [--output FILE] PATH...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print every agent&apos;s tool grants and risk (JSON unless
--format says otherwise); --baseline marks the grants
changed since another folder or a git revision</source>
        <translation>die Werkzeugfreigaben und das Risiko jedes Agenten
ausgeben (JSON, sofern --format nichts anderes angibt);
--baseline markiert Freigaben, die sich seit einem
anderen Ordner oder einer git-Revision geändert haben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>[--into DIR] [--client VERSION] FILE.zip|DIR</source>
        <translation>[--into DIR] [--client VERSION] FILE.zip|DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list a plugin&apos;s or marketplace&apos;s agents and warn about
manifest fields the client&apos;s validator rejects; --into
copies them into DIR (a .claude/agents), never overwriting</source>
        <translation>die Agenten eines Plugins oder Marketplace auflisten und vor
Manifestfeldern warnen, die der Validator des Clients ablehnt;
--into kopiert sie nach DIR (ein .claude/agents-Ordner),
ohne je etwas zu überschreiben</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[FOLDER]</source>
        <translation>[FOLDER]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open the editor on a folder of agents</source>
        <translation>den Editor für einen Ordner mit Agenten öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edits change only the lines of that key and are written atomically.
Exit status: 0 success, 1 refused or failed, 2 usage error.
</source>
        <translation>Bearbeitungen ändern nur die Zeilen des jeweiligen Schlüssels und werden atomar geschrieben.
Exit-Status: 0 Erfolg, 1 abgelehnt oder fehlgeschlagen, 2 Aufruffehler.
</translation>
    </message>
</context>
<context>
    <name>CommentCutsValueRule</name>
    <message>
        <location filename="../models/validation/rules/commentcutsvaluerule.cpp" line="+27"/>
        <source>A # cuts a value short</source>
        <translation>Ein # schneidet einen Wert ab</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The client reads &quot;%1&quot; as empty: &quot;#&quot; starts a YAML comment, so &quot;%2&quot; is dropped.</source>
        <translation>Der Client liest „%1“ als leer: „#“ leitet einen YAML-Kommentar ein, daher wird „%2“ verworfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client reads &quot;%1&quot; as &quot;%2&quot;: &quot; #&quot; starts a YAML comment, so &quot;%3&quot; is dropped.</source>
        <translation>Der Client liest „%1“ als „%2“: „ #“ leitet einen YAML-Kommentar ein, daher wird „%3“ verworfen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quote the whole value</source>
        <translation>Den ganzen Wert in Anführungszeichen setzen</translation>
    </message>
</context>
<context>
    <name>ConversionWriter</name>
    <message>
        <location filename="../models/conversion/conversionwriter.cpp" line="+43"/>
        <source>%1 exists already; nothing was written.</source>
        <translation>%1 existiert bereits; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="+52"/>
        <source>not converted</source>
        <translation>nicht konvertiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loads once acknowledged</source>
        <translation>lädt nach Bestätigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loads</source>
        <translation>lädt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2 (%3: %4)</source>
        <translation>%1 → %2 (%3: %4)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: --format takes text or json</source>
        <translation>%1: --format erwartet text oder json</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: --to names the runtime to convert to</source>
        <translation>%1: --to benennt die Laufzeit, in die konvertiert wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: name the agent files or folders to convert</source>
        <translation>%1: Geben Sie die zu konvertierenden Agentendateien oder Ordner an</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Wrote %n file(s) into %1</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopilotReader</name>
    <message>
        <location filename="../models/runtime/copilotreader.cpp" line="+44"/>
        <source>GitHub Copilot rejects the file: %1</source>
        <translation>GitHub Copilot weist die Datei zurück: %1</translation>
    </message>
</context>
<context>
    <name>DescriptionEscapesRule</name>
    <message>
        <location filename="../models/validation/rules/descriptionescapesrule.cpp" line="+21"/>
        <source>Literal \n in the description</source>
        <translation>Wörtliches \n in der Beschreibung</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The description holds %n literal &quot;\n&quot;; Claude Code turns them into line breaks, other tools show them as written.</source>
        <translation>
            <numerusform>Die Beschreibung enthält %n wörtliches „\n“; Claude Code macht daraus einen Zeilenumbruch, andere Werkzeuge zeigen es so an, wie es geschrieben ist.</numerusform>
            <numerusform>Die Beschreibung enthält %n wörtliche „\n“; Claude Code macht daraus Zeilenumbrüche, andere Werkzeuge zeigen sie so an, wie sie geschrieben sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DescriptionMissingRule</name>
    <message>
        <location filename="../models/validation/rules/descriptionmissingrule.cpp" line="+26"/>
        <source>No usable description</source>
        <translation>Keine verwendbare Beschreibung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no description</source>
        <translation>Es gibt keine Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client reads the description as empty: &quot;%1&quot; starts a YAML comment</source>
        <translation>Der Client liest die Beschreibung als leer: „%1“ leitet einen YAML-Kommentar ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The description is empty</source>
        <translation>Die Beschreibung ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The description %1 is not text</source>
        <translation>Die Beschreibung %1 ist kein Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plugin agent gets a stock description, so Claude cannot tell when to use it.</source>
        <translation>der Plugin-Agent erhält eine Standardbeschreibung, sodass Claude nicht erkennen kann, wann er eingesetzt werden soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude Code does not load the agent.</source>
        <translation>Claude Code lädt den Agenten nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quote the description as written</source>
        <translation>Beschreibung wie geschrieben in Anführungszeichen setzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the prompt&apos;s first paragraph</source>
        <translation>Ersten Absatz des Prompts verwenden</translation>
    </message>
</context>
<context>
    <name>DisallowedToolsIgnoredRule</name>
    <message>
        <location filename="../models/validation/rules/disallowedtoolsignoredrule.cpp" line="+22"/>
        <source>disallowedTools beside tools</source>
        <translation>disallowedTools neben tools</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Claude Code ignores disallowedTools when tools is set: tools alone decides what the agent may use. Take the unwanted tools out of tools instead.</source>
        <translation>Claude Code ignoriert disallowedTools, wenn tools gesetzt ist: Allein tools bestimmt, was der Agent verwenden darf. Entfernen Sie die unerwünschten Werkzeuge stattdessen aus tools.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove disallowedTools</source>
        <translation>disallowedTools entfernen</translation>
    </message>
</context>
<context>
    <name>DocumentQuestions</name>
    <message>
        <location filename="../app/gui/documentquestions.cpp" line="+16"/>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n agent(s) have unsaved changes:</source>
        <translation>
            <numerusform>%n Agent hat nicht gespeicherte Änderungen:</numerusform>
            <numerusform>%n Agenten haben nicht gespeicherte Änderungen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
…and %1 more</source>
        <translation>
…und %1 weitere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Alle speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by another program, and you have unsaved changes to it.</source>
        <translation>%1 wurde von einem anderen Programm geändert, und Sie haben nicht gespeicherte Änderungen daran.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your version (saving overwrites theirs), or load theirs (Undo brings yours back)?</source>
        <translation>Möchten Sie Ihre Version behalten (beim Speichern wird die andere überschrieben) oder die andere laden („Rückgängig“ holt Ihre zurück)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load Theirs</source>
        <translation>Andere laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Differences</source>
        <translation>Unterschiede anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your version and the one on disk</source>
        <translation>Ihre Version und die auf dem Datenträger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yours</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on disk</source>
        <translation>auf dem Datenträger</translation>
    </message>
</context>
<context>
    <name>DuplicateKeyRule</name>
    <message>
        <location filename="../models/validation/rules/duplicatekeyrule.cpp" line="+25"/>
        <source>Duplicate key</source>
        <translation>Doppelter Schlüssel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is written %2 times; the client keeps the one on line %3 and silently drops this one.</source>
        <translation>„%1“ kommt %2-mal vor; der Client behält das Vorkommen in Zeile %3 und verwirft dieses stillschweigend.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the repeated &quot;%1&quot;</source>
        <translation>Wiederholtes „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the &quot;%1&quot; the client ignores</source>
        <translation>Das vom Client ignorierte „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>DuplicateNameRule</name>
    <message>
        <location filename="../models/validation/rules/duplicatenamerule.cpp" line="+29"/>
        <source>Same name twice in one folder</source>
        <translation>Gleicher Name zweimal in einem Ordner</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is also the name of %2 in this folder; Claude Code keeps this file (the last in path order) and silently drops the other.</source>
        <translation>„%1“ ist auch der Name von %2 in diesem Ordner; Claude Code behält diese Datei (die letzte in Pfadreihenfolge) und verwirft die andere stillschweigend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in this folder is also named &quot;%2&quot;; Claude Code keeps that one (the last in path order) and silently drops this agent.</source>
        <translation>%1 in diesem Ordner heißt ebenfalls „%2“; Claude Code behält jene Datei (die letzte in Pfadreihenfolge) und verwirft diesen Agenten stillschweigend.</translation>
    </message>
</context>
<context>
    <name>DuplicateToolRule</name>
    <message>
        <location filename="../models/validation/rules/duplicatetoolrule.cpp" line="+24"/>
        <source>Tool named twice</source>
        <translation>Werkzeug doppelt genannt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is already in tools.</source>
        <translation>„%1“ steht bereits in tools.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove the second &quot;%1&quot;</source>
        <translation>Zweites „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>EffortRule</name>
    <message>
        <location filename="../models/validation/rules/effortrule.cpp" line="+21"/>
        <source>Unknown effort</source>
        <translation>Unbekannter Denkaufwand</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 or an integer</source>
        <translation>%1 oder eine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>EmptyBodyRule</name>
    <message>
        <location filename="../models/validation/rules/emptybodyrule.cpp" line="+23"/>
        <source>Empty prompt</source>
        <translation>Leerer Prompt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing follows the frontmatter: the body is the agent&apos;s system prompt, and it is empty.</source>
        <translation>Nach dem Frontmatter-Block folgt nichts: Der Inhalt ist der Systemprompt des Agenten, und er ist leer.</translation>
    </message>
</context>
<context>
    <name>EmptyToolsRule</name>
    <message>
        <location filename="../models/validation/rules/emptytoolsrule.cpp" line="+23"/>
        <source>tools is empty</source>
        <translation>tools ist leer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tools is there but names no tool, so the agent gets no tools at all; leave the key out to give it every tool of the conversation.</source>
        <translation>tools ist vorhanden, nennt aber kein Werkzeug, daher erhält der Agent überhaupt keine Werkzeuge; lassen Sie den Schlüssel weg, um ihm alle Werkzeuge der Unterhaltung zu geben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove tools (inherit every tool)</source>
        <translation>tools entfernen (alle Werkzeuge erben)</translation>
    </message>
</context>
<context>
    <name>ExampleFolder</name>
    <message>
        <location filename="../app/gui/examplefolder.cpp" line="+27"/>
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
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+44"/>
        <source>agentry export: --runtime takes all or one of %1</source>
        <translation>agentry export: --runtime erwartet all oder einen der Werte %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>agentry export: %1 needs a value</source>
        <translation>agentry export: %1 erwartet einen Wert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>agentry export: --name is required</source>
        <translation>agentry export: --name ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agentry export: --out (or --marketplace) is required</source>
        <translation>agentry export: --out (oder --marketplace) ist erforderlich</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Exported %n agent(s) as %1 for %2 to %3:</source>
        <translation>
            <numerusform>%n Agent als %1 für %2 nach %3 exportiert:</numerusform>
            <numerusform>%n Agenten als %1 für %2 nach %3 exportiert:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactoryDroidReader</name>
    <message>
        <location filename="../models/runtime/factorydroidreader.cpp" line="+52"/>
        <source>Factory Droid finds no frontmatter (it must begin the file, with no BOM before it): the droid loads under its file&apos;s name with every tool and none of its settings.</source>
        <translation>Factory Droid findet keinen Frontmatter-Block (er muss die Datei beginnen, ohne BOM davor): Der Droid lädt unter dem Namen seiner Datei, mit allen Werkzeugen und ohne seine Einstellungen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Factory Droid&apos;s YAML reader refuses this frontmatter (%1); its simple line reader reads it instead.</source>
        <translation>Der YAML-Leser von Factory Droid lehnt diesen Frontmatter ab (%1); stattdessen liest ihn sein einfacher Zeilenleser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a set of keys</source>
        <translation>keine Menge von Schlüsseln</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Factory Droid drops the whole frontmatter because “%1” has the wrong type (%2): the droid loads under its file&apos;s name with every tool.</source>
        <translation>Factory Droid verwirft den ganzen Frontmatter, weil „%1“ den falschen Typ hat (%2): Der Droid lädt unter dem Namen seiner Datei, mit allen Werkzeugen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Factory Droid no longer takes “all”: the droid gets none of its tools. Leave tools out to allow every tool.</source>
        <translation>Factory Droid nimmt „all“ nicht mehr an: Der Droid erhält keines seiner Werkzeuge. Lassen Sie tools weg, um alle Werkzeuge zu erlauben.</translation>
    </message>
</context>
<context>
    <name>FieldSpec</name>
    <message>
        <location filename="../models/runtime/fieldspec.cpp" line="+44"/>
        <location line="+59"/>
        <location line="+63"/>
        <location line="+28"/>
        <location line="+33"/>
        <location line="+18"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>The identifier Claude uses to call the agent: lowercase letters, digits and hyphens.</source>
        <translation>Der Bezeichner, mit dem Claude den Agenten aufruft: Kleinbuchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <location line="+31"/>
        <location line="+34"/>
        <location line="+26"/>
        <location line="+33"/>
        <location line="+18"/>
        <source>&amp;Description</source>
        <translation>B&amp;eschreibung</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>When to use the agent; Claude reads it to decide when to delegate.</source>
        <translation>Wann der Agent eingesetzt werden soll; Claude liest dies, um zu entscheiden, wann es delegiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;lor</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The color the agent is shown in.</source>
        <translation>Die Farbe, in der der Agent angezeigt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <location line="+32"/>
        <location line="+34"/>
        <location line="+26"/>
        <location line="+30"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>The tools the agent may use. Without this key it inherits every tool, MCP tools included.</source>
        <translation>Die Werkzeuge, die der Agent verwenden darf. Ohne diesen Schlüssel erbt er alle Werkzeuge, einschließlich der MCP-Werkzeuge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+149"/>
        <source>Disallo&amp;wed tools</source>
        <translation>&amp;Verbotene Werkzeuge</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Tools taken away from the inherited set; ignored when Tools is set.</source>
        <translation>Werkzeuge, die aus den geerbten entfernt werden; wird ignoriert, wenn „Werkzeuge“ gesetzt ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <location line="+34"/>
        <location line="+34"/>
        <location line="+26"/>
        <location line="+30"/>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>The model the agent runs on: an alias, a full model id, or inherit for the caller&apos;s model.</source>
        <translation>Das Modell, mit dem der Agent läuft: ein Alias, eine vollständige Modell-ID oder inherit für das Modell des Aufrufers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Effort</source>
        <translation>Denka&amp;ufwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How hard the model thinks: a level or a whole number.</source>
        <translation>Wie intensiv das Modell nachdenkt: eine Stufe oder eine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Permission mode</source>
        <translation>Berechtigungsm&amp;odus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the agent asks before it acts.</source>
        <translation>Wie der Agent nachfragt, bevor er handelt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memor&amp;y</source>
        <translation>Gedäch&amp;tnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which memory the agent keeps between sessions.</source>
        <translation>Welches Gedächtnis der Agent zwischen Sitzungen behält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Isolation</source>
        <translation>&amp;Isolation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the agent works: in its own git worktree or remotely.</source>
        <translation>Wo der Agent arbeitet: in seinem eigenen git-Worktree oder entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+143"/>
        <source>&amp;Background</source>
        <translation>Hinte&amp;rgrund</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Run the agent in the background by default.</source>
        <translation>Den Agenten standardmäßig im Hintergrund ausführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <location line="+27"/>
        <source>Max t&amp;urns</source>
        <translation>Ma&amp;x. Runden</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>The most turns the agent takes before it stops.</source>
        <translation>Die höchste Zahl an Runden, die der Agent durchläuft, bevor er anhält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>S&amp;kills</source>
        <translation>&amp;Skills</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Skills loaded into the agent&apos;s context when it starts.</source>
        <translation>Skills, die beim Start in den Kontext des Agenten geladen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial p&amp;rompt</source>
        <translation>Anfangs&amp;prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first message when the agent runs as the main session.</source>
        <translation>Die erste Nachricht, wenn der Agent als Hauptsitzung läuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <location line="+53"/>
        <location line="+39"/>
        <location line="+17"/>
        <source>MCP ser&amp;vers</source>
        <translation>M&amp;CP-Server</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>MCP servers connected while the agent runs: names or inline configurations, as a YAML list.</source>
        <translation>MCP-Server, die verbunden sind, während der Agent läuft: Namen oder eingebettete Konfigurationen, als YAML-Liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hooks</source>
        <translation>Hoo&amp;ks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shell commands run on events while the agent runs, as a YAML map of event to hooks.</source>
        <translation>Shell-Befehle, die bei Ereignissen ausgeführt werden, während der Agent läuft, als YAML-Zuordnung von Ereignis zu Hooks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omit CLAUDE.md</source>
        <translation>CLAUDE.md weglassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave CLAUDE.md out of the agent&apos;s context.</source>
        <translation>CLAUDE.md nicht in den Kontext des Agenten aufnehmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-compact window</source>
        <translation>Fenster für Auto-Komprimierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The context size in tokens at which the conversation is compacted (100000 or more).</source>
        <translation>Die Kontextgröße in Tokens, ab der die Unterhaltung komprimiert wird (100000 oder mehr).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observer</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent that watches this one.</source>
        <translation>Der Agent, der diesen beobachtet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer message</source>
        <translation>Beobachter-Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the observer is told about this agent.</source>
        <translation>Was dem Beobachter über diesen Agenten mitgeteilt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observe subagents</source>
        <translation>Subagenten beobachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the observer see the agents this one starts.</source>
        <translation>Den Beobachter die Agenten sehen lassen, die dieser startet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observe tool results</source>
        <translation>Werkzeugergebnisse beobachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the observer see what the agent&apos;s tools return.</source>
        <translation>Den Beobachter sehen lassen, was die Werkzeuge des Agenten zurückgeben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent&apos;s name; the file name when absent.</source>
        <translation>Der Name des Agenten; fehlt er, der Dateiname.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the agent does, shown when choosing it.</source>
        <translation>Was der Agent tut; wird bei der Auswahl angezeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument &amp;hint</source>
        <translation>Arg&amp;umenthinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hint shown in the chat input when the agent is chosen.</source>
        <translation>Der Hinweis, der im Chat-Eingabefeld angezeigt wird, wenn der Agent ausgewählt ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tools and tool sets the agent may use.</source>
        <translation>Die Werkzeuge und Werkzeugsätze, die der Agent verwenden darf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model the agent runs on; the one picked in the chat when absent.</source>
        <translation>Das Modell, mit dem der Agent läuft; fehlt es, das im Chat ausgewählte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model &amp;policy</source>
        <translation>Modell&amp;richtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the agent&apos;s models are preferred or required (Copilot CLI).</source>
        <translation>Ob die Modelle des Agenten bevorzugt oder verlangt sind (Copilot CLI).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+121"/>
        <source>&amp;Reasoning effort</source>
        <translation>&amp;Denkaufwand</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>How hard the model thinks, where the model supports it (Copilot CLI).</source>
        <translation>Wie gründlich das Modell nachdenkt, wo das Modell es unterstützt (Copilot CLI).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar&amp;get</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the agent is offered.</source>
        <translation>Wo der Agent angeboten wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User invocable</source>
        <translation>Vom &amp;Benutzer aufrufbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer the agent in the agent picker.</source>
        <translation>Den Agenten in der Agentenauswahl anbieten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable model &amp;invocation</source>
        <translation>Aufruf durch das Modell s&amp;perren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the model from starting the agent as a task.</source>
        <translation>Verhindern, dass das Modell den Agenten als Aufgabe startet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MCP servers of the agent&apos;s own, as a YAML map (Copilot CLI).</source>
        <translation>Eigene MCP-Server des Agenten, als YAML-Zuordnung (Copilot CLI).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skills loaded into the agent (Copilot CLI).</source>
        <translation>In den Agenten geladene Skills (Copilot CLI).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the agent does and when to use it.</source>
        <translation>Was der Agent tut und wann er eingesetzt werden soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;ode</source>
        <translation>M&amp;odus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the agent is a primary agent, a subagent, or both.</source>
        <translation>Ob der Agent ein Hauptagent, ein Subagent oder beides ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model as provider/model-id; the caller&apos;s model when absent.</source>
        <translation>Das Modell als provider/model-id; fehlt es, das Modell des Aufrufers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>T&amp;emperature</source>
        <translation>&amp;Temperatur</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>How varied the model&apos;s answers are; the model&apos;s default when absent.</source>
        <translation>Wie vielfältig die Antworten des Modells sind; ohne Angabe der Standard des Modells.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ucleus (top_p)</source>
        <translation>N&amp;ucleus (top_p)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nucleus sampling; the model&apos;s default when absent.</source>
        <translation>Nucleus-Sampling; ohne Angabe der Standard des Modells.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many agentic iterations the agent may take.</source>
        <translation>Wie viele agentische Durchläufe der Agent machen darf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variant</source>
        <translation>&amp;Variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model variant used by default.</source>
        <translation>Die standardmäßig verwendete Modellvariante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hidden</source>
        <translation>&amp;Ausgeblendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave a subagent out of @-completion.</source>
        <translation>Einen Subagenten bei der @-Vervollständigung weglassen.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Tools switched on or off, as a YAML map of tool to true or false.</source>
        <translation>Ein- oder ausgeschaltete Werkzeuge, als YAML-Zuordnung von Werkzeug zu true oder false.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Permission</source>
        <translation>Be&amp;rechtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allow, ask or deny per permission, or per command pattern; the last matching rule wins.</source>
        <translation>allow, ask oder deny je Berechtigung oder je Befehlsmuster; die letzte passende Regel gilt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disab&amp;le</source>
        <translation>Dea&amp;ktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the agent off without deleting it.</source>
        <translation>Den Agenten abschalten, ohne ihn zu löschen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lowercase letters, digits, - and _; Gemini CLI refuses the agent without it.</source>
        <translation>Kleinbuchstaben, Ziffern, - und _; ohne Namen weist Gemini CLI den Agenten zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displa&amp;y name</source>
        <translation>&amp;Anzeigename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name shown to people.</source>
        <translation>Der Name, der Menschen angezeigt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the agent does; Gemini CLI refuses the agent without it.</source>
        <translation>Was der Agent tut; ohne Beschreibung weist Gemini CLI den Agenten zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A local agent runs here; a remote one is reached through its agent card.</source>
        <translation>Ein lokaler Agent läuft hier; ein entfernter wird über seine Agentenkarte erreicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gemini CLI&apos;s tool names (read_file, run_shell_command, mcp_server_tool); every tool when absent.</source>
        <translation>Werkzeugnamen von Gemini CLI (read_file, run_shell_command, mcp_server_tool); ohne Angabe alle Werkzeuge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>MCP servers of the agent&apos;s own, as a YAML map of name to server.</source>
        <translation>Eigene MCP-Server des Agenten, als YAML-Zuordnung von Name zu Server.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The model the agent runs on; the session&apos;s when absent.</source>
        <translation>Das Modell, auf dem der Agent läuft; ohne Angabe das der Sitzung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How varied the model&apos;s answers are, 0 to 2; 1 when absent.</source>
        <translation>Wie vielfältig die Antworten des Modells sind, 0 bis 2; ohne Angabe 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many turns the agent may take; 30 when absent.</source>
        <translation>Wie viele Runden der Agent machen darf; ohne Angabe 30.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time&amp;out (minutes)</source>
        <translation>&amp;Zeitlimit (Minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the agent may run; 10 minutes when absent.</source>
        <translation>Wie lange der Agent laufen darf; ohne Angabe 10 Minuten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>2 to 50 letters, digits, - and _; Qwen Code skips the agent without it.</source>
        <translation>2 bis 50 Buchstaben, Ziffern, - und _; ohne Namen übergeht Qwen Code den Agenten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the agent does; Qwen Code skips the agent without it.</source>
        <translation>Was der Agent tut; ohne Beschreibung übergeht Qwen Code den Agenten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Color</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s colour in the interface.</source>
        <translation>Die Farbe des Agenten in der Oberfläche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qwen Code&apos;s tool names (read_file or ReadFile, run_shell_command or Shell); every tool when absent.</source>
        <translation>Werkzeugnamen von Qwen Code (read_file oder ReadFile, run_shell_command oder Shell); ohne Angabe alle Werkzeuge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tools taken away, MCP servers and tools too (mcp__server__tool).</source>
        <translation>Entzogene Werkzeuge, auch MCP-Server und -Werkzeuge (mcp__server__tool).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inherit, fast, a model id, or authType:model-id.</source>
        <translation>inherit, fast, eine Modell-ID oder authType:model-id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approval mode</source>
        <translation>Freigabem&amp;odus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the agent&apos;s tool calls are approved.</source>
        <translation>Wie die Werkzeugaufrufe des Agenten freigegeben werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many turns the agent may take.</source>
        <translation>Wie viele Runden der Agent machen darf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run config</source>
        <translation>A&amp;usführung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max_turns and max_time_minutes, as a YAML map.</source>
        <translation>max_turns und max_time_minutes, als YAML-Zuordnung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the agent in the background.</source>
        <translation>Den Agenten im Hintergrund ausführen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hoo&amp;ks</source>
        <translation>Hoo&amp;ks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands run on events, as a YAML map of event to matchers.</source>
        <translation>Bei Ereignissen ausgeführte Befehle, als YAML-Zuordnung von Ereignis zu Matchern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lowercase letters, digits, - and _; the file name when absent.</source>
        <translation>Kleinbuchstaben, Ziffern, - und _; ohne Angabe der Dateiname.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the droid does, shown to the main agent.</source>
        <translation>Was der Droid tut, dem Hauptagenten angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool names (Read, Execute, Create) or one category: read-only, edit, execute, web, mcp; every tool when absent.</source>
        <translation>Werkzeugnamen (Read, Execute, Create) oder eine Kategorie: read-only, edit, execute, web, mcp; ohne Angabe alle Werkzeuge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The MCP servers whose tools the droid may use.</source>
        <translation>Die MCP-Server, deren Werkzeuge der Droid verwenden darf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inherit, a model id or custom:model-id.</source>
        <translation>inherit, eine Modell-ID oder custom:model-id.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How hard the model thinks, as the model offers it.</source>
        <translation>Wie gründlich das Modell nachdenkt, wie das Modell es anbietet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent&apos;s name.</source>
        <translation>Der Name des Agenten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the agent does.</source>
        <translation>Was der Agent tut.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model and behavior</source>
        <translation>Modell und Verhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skills, MCP and hooks</source>
        <translation>Skills, MCP und Hooks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
</context>
<context>
    <name>FileBatch</name>
    <message>
        <location filename="../models/document/filebatch.cpp" line="+41"/>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>FileOperand</name>
    <message>
        <location filename="../app/cli/fileoperand.cpp" line="+18"/>
        <source>agentry: %1 is a folder, not an agent file</source>
        <translation>agentry: %1 ist ein Ordner, keine Agentendatei</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <location filename="../models/document/filewriter.cpp" line="+43"/>
        <source>Cannot write %1: a folder of that name is in its place.</source>
        <translation>%1 kann nicht geschrieben werden: An seiner Stelle liegt ein Ordner dieses Namens.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot read %1 to check it before writing it: %2</source>
        <translation>%1 kann vor dem Schreiben nicht zur Prüfung gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed by another program after Agentry read it; it was not written, so that change is not lost.</source>
        <translation>%1 wurde von einem anderen Programm geändert, nachdem Agentry die Datei gelesen hatte; sie wurde nicht geschrieben, damit diese Änderung nicht verloren geht.</translation>
    </message>
</context>
<context>
    <name>FixCommand</name>
    <message>
        <location filename="../app/cli/fixcommand.cpp" line="+50"/>
        <source>agentry fix: --rule takes a rule code such as AG105, not &quot;%1&quot;</source>
        <translation>agentry fix: --rule erwartet einen Regelcode wie AG105, nicht „%1“</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>agentry fix: left %1 as it is: %2</source>
        <translation>agentry fix: %1 bleibt, wie es ist: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>agentry fix: %1: left out the fixes that change whether or as what it loads: %2</source>
        <translation>agentry fix: %1: die Korrekturen, die ändern, ob oder als was es geladen wird, ausgelassen: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>agentry fix: %n file(s) would change</source>
        <translation>
            <numerusform>agentry fix: %n Datei würde geändert</numerusform>
            <numerusform>agentry fix: %n Dateien würden geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>agentry fix: %n file(s) changed</source>
        <translation>
            <numerusform>agentry fix: %n Datei geändert</numerusform>
            <numerusform>agentry fix: %n Dateien geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForeignToolRule</name>
    <message>
        <location filename="../models/validation/rules/foreigntoolrule.cpp" line="+24"/>
        <source>Tool name of another dialect</source>
        <translation>Werkzeugname eines anderen Dialekts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is a %2 tool name; Claude Code does not know it. The closest Claude tools: %3.</source>
        <translation>„%1“ ist ein Werkzeugname von %2; Claude Code kennt ihn nicht. Die ähnlichsten Claude-Werkzeuge: %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use &quot;%1&quot;</source>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GitHub Copilot</source>
        <translation>GitHub Copilot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenCode</source>
        <translation>OpenCode</translation>
    </message>
</context>
<context>
    <name>Frontmatter</name>
    <message>
        <location filename="../models/text/frontmatter.cpp" line="+259"/>
        <source>The frontmatter opened on line 1 is never closed by a --- line.</source>
        <translation>Der in Zeile 1 begonnene Frontmatter-Block wird nie mit einer „---“-Zeile geschlossen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The frontmatter is not a list of &quot;key: value&quot; lines.</source>
        <translation>Der Frontmatter-Block ist keine Liste von „Schlüssel: Wert“-Zeilen.</translation>
    </message>
</context>
<context>
    <name>FrontmatterPatcher</name>
    <message>
        <location filename="../models/text/frontmatterpatcher.cpp" line="+140"/>
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
    <name>GeminiCliReader</name>
    <message>
        <location filename="../models/runtime/geminiclireader.cpp" line="+35"/>
        <source>Gemini CLI rejects the file: it must begin with a frontmatter between lines of ---.</source>
        <translation>Gemini CLI weist die Datei zurück: Sie muss mit einem Frontmatter zwischen Zeilen aus --- beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gemini CLI rejects the file: Missing mandatory YAML frontmatter. Agent Markdown files MUST start with YAML frontmatter enclosed in triple-dashes &quot;---&quot;.</source>
        <translation>Gemini CLI weist die Datei zurück: Missing mandatory YAML frontmatter. Agent Markdown files MUST start with YAML frontmatter enclosed in triple-dashes &quot;---&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gemini CLI rejects the file: its frontmatter is not valid YAML.</source>
        <translation>Gemini CLI weist die Datei zurück: Ihr Frontmatter ist kein gültiges YAML.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemini CLI rejects the file: YAML frontmatter parsing failed: %1 (%2:%3)</source>
        <translation>Gemini CLI weist die Datei zurück: YAML frontmatter parsing failed: %1 (%2:%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gemini CLI rejects the file: its frontmatter is not a set of keys.</source>
        <translation>Gemini CLI weist die Datei zurück: Ihr Frontmatter ist keine Menge von Schlüsseln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemini CLI rejects the file: Validation failed: Expected object, received %1</source>
        <translation>Gemini CLI weist die Datei zurück: Validation failed: Expected object, received %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A remote agent: Agentry checks local Gemini CLI agents only.</source>
        <translation>Ein entfernter Agent: Agentry prüft nur lokale Agenten von Gemini CLI.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gemini CLI rejects the file: %1%2: %3</source>
        <translation>Gemini CLI weist die Datei zurück: %1%2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (its name for “%2” is “%3”)</source>
        <translation>%1 (sein Name für „%2“ ist „%3“)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gemini CLI rejects the file: %1Unrecognized key(s) in object: &apos;%2&apos;</source>
        <translation>Gemini CLI weist die Datei zurück: %1Unrecognized key(s) in object: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemini CLI rejects the file: %1Unrecognized key(s) in object: &apos;%2&apos; (its key is “%3”)</source>
        <translation>Gemini CLI weist die Datei zurück: %1Unrecognized key(s) in object: &apos;%2&apos; (sein Schlüssel ist „%3“)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gemini CLI rejects the file: Unrecognized key(s) in object: %1</source>
        <translation>Gemini CLI weist die Datei zurück: Unrecognized key(s) in object: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemini CLI rejects the file: %1: %2</source>
        <translation>Gemini CLI weist die Datei zurück: %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gemini CLI runs a project agent only once acknowledged, and again after every change to the file.</source>
        <translation>Gemini CLI führt einen Projektagenten erst aus, wenn er bestätigt ist, und nach jeder Änderung der Datei erneut.</translation>
    </message>
</context>
<context>
    <name>GrantPatcher</name>
    <message>
        <location filename="../models/matrix/grantpatcher.cpp" line="+253"/>
        <source>tools is not a list of tool names; edit it in the source.</source>
        <translation>tools ist keine Liste von Werkzeugnamen; bearbeiten Sie den Wert im Quelltext.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Claude Code %1 no longer offers %2; it can only be revoked.</source>
        <translation>Claude Code %1 bietet %2 nicht mehr an; es kann nur entzogen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a tool Claude Code knows; it can only be revoked.</source>
        <translation>%1 ist kein Werkzeug, das Claude Code kennt; es kann nur entzogen werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 comes with %2, which grants every tool of that server; revoke the server instead.</source>
        <translation>%1 ist über %2 freigegeben, das alle Werkzeuge dieses Servers gewährt; entziehen Sie stattdessen den Server.</translation>
    </message>
    <message numerus="yes">
        <location line="-140"/>
        <source>Grant %n tool(s)</source>
        <translation>
            <numerusform>%n Werkzeug gewähren</numerusform>
            <numerusform>%n Werkzeuge gewähren</numerusform>
        </translation>
    </message>
    <message>
        <location line="-64"/>
        <source>%1 reads no frontmatter in this file, so the agent has no grants to change; fix the frontmatter first.</source>
        <translation>%1 liest in dieser Datei keine Frontmatter, daher hat der Agent keine Rechte, die sich ändern ließen; reparieren Sie zuerst die Frontmatter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 reads this frontmatter only through its lenient fallback; mend the YAML first (its check says how).</source>
        <translation>%1 liest diese Frontmatter nur über seinen nachsichtigen Ersatzweg; reparieren Sie zuerst das YAML (die Prüfung sagt, wie).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 reads none of this file&apos;s settings, so it gives the agent every tool whatever tools says; mend the frontmatter first.</source>
        <translation>%1 liest keine Einstellungen dieser Datei und gibt dem Agenten daher alle Werkzeuge, was auch immer in tools steht; reparieren Sie zuerst die Frontmatter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tools names the category %1; edit it in the form.</source>
        <translation>tools nennt die Kategorie %1; bearbeiten Sie es im Formular.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only OpenCode asks the user before a tool is used.</source>
        <translation>Nur OpenCode fragt den Benutzer, bevor ein Werkzeug verwendet wird.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+238"/>
        <source>Grant %1</source>
        <translation>%1 gewähren</translation>
    </message>
    <message numerus="yes">
        <location line="-236"/>
        <source>Revoke %n tool(s)</source>
        <translation>
            <numerusform>%n Werkzeug entziehen</numerusform>
            <numerusform>%n Werkzeuge entziehen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoke %1</source>
        <translation>%1 entziehen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Ask before %n tool(s)</source>
        <translation>
            <numerusform>Vor %n Werkzeug fragen</numerusform>
            <numerusform>Vor %n Werkzeugen fragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask before %1</source>
        <translation>Vor %1 fragen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In OpenCode, the permission %1 covers %2 too; revoke them together.</source>
        <translation>In OpenCode deckt die Berechtigung %1 auch %2 ab; entziehen Sie sie gemeinsam.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>OpenCode reads no settings from this file; fix the frontmatter first.</source>
        <translation>OpenCode liest aus dieser Datei keine Einstellungen; reparieren Sie zuerst die Frontmatter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 would not read the edited permission as asked; edit it in the source.</source>
        <translation>%1 würde die geänderte Berechtigung nicht wie gewünscht lesen; bearbeiten Sie sie im Quelltext.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no tool for %2.</source>
        <translation>%1 hat kein Werkzeug für %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>In %1, %2 grants %3 together; revoke them together.</source>
        <translation>In %1 gewährt %2 die Werkzeuge %3 gemeinsam; entziehen Sie sie gemeinsam.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Qwen Code reads an empty tools list as every tool; an agent with no tools cannot be written for it.</source>
        <translation>Qwen Code liest eine leere tools-Liste als alle Werkzeuge; ein Agent ohne Werkzeuge lässt sich dafür nicht schreiben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 would not read the edited tools as asked; edit them in the source.</source>
        <translation>%1 würde die geänderten Werkzeuge nicht wie gewünscht lesen; bearbeiten Sie sie im Quelltext.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>OpenCode agents grant by permission; deny or allow each tool instead.</source>
        <translation>OpenCode-Agenten gewähren über Berechtigungen; verweigern oder erlauben Sie stattdessen jedes Werkzeug einzeln.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make tools explicit</source>
        <translation>Werkzeuge explizit angeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit OpenCode&apos;s patterns in the form&apos;s permission editor.</source>
        <translation>Bearbeiten Sie die Muster von OpenCode im Berechtigungseditor des Formulars.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes no patterns in tools.</source>
        <translation>%1 nimmt in tools keine Muster an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a tool Claude Code offers.</source>
        <translation>%1 ist kein Werkzeug, das Claude Code anbietet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Limit %1 to patterns</source>
        <translation>%1 auf Muster beschränken</translation>
    </message>
</context>
<context>
    <name>HooksRunCommandsRule</name>
    <message>
        <location filename="../models/validation/rules/hooksruncommandsrule.cpp" line="+23"/>
        <source>Hooks run commands</source>
        <translation>Hooks führen Befehle aus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This agent registers hooks for %1: they run shell commands with your rights while it works.</source>
        <translation>Dieser Agent registriert Hooks für %1: Sie führen Shell-Befehle mit Ihren Rechten aus, während er arbeitet.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+39"/>
        <source>agentry import: name one plugin folder, marketplace folder or .zip</source>
        <translation>agentry import: Geben Sie einen Plugin-Ordner, einen Marketplace-Ordner oder eine .zip-Datei an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>agentry import: cannot create a temporary folder: %1</source>
        <translation>agentry import: Es kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Marketplace %1</source>
        <translation>Marketplace %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Plugin %1%2: %n agent(s)</source>
        <translation>
            <numerusform>Plugin %1%2: %n Agent</numerusform>
            <numerusform>Plugin %1%2: %n Agenten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Copied %n agent(s) into %1</source>
        <translation>
            <numerusform>%n Agent nach %1 kopiert</numerusform>
            <numerusform>%n Agenten nach %1 kopiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputArguments</name>
    <message>
        <location filename="../app/cli/inputarguments.cpp" line="+50"/>
        <source>%1: name at least one agent file or folder</source>
        <translation>%1: Geben Sie mindestens eine Agentendatei oder einen Ordner an</translation>
    </message>
</context>
<context>
    <name>InputFiles</name>
    <message>
        <location filename="../app/cli/inputfiles.cpp" line="+61"/>
        <source>agentry %1: %2: no such file or folder</source>
        <translation>agentry %1: %2: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>agentry %1: %2: neither a file nor a folder</source>
        <translation>agentry %1: %2: weder eine Datei noch ein Ordner</translation>
    </message>
</context>
<context>
    <name>InvalidHooksRule</name>
    <message>
        <location filename="../models/validation/rules/invalidhooksrule.cpp" line="+26"/>
        <source>hooks the client cannot read</source>
        <translation>hooks, die der Client nicht lesen kann</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove the empty hooks list</source>
        <translation>Leere hooks-Liste entfernen</translation>
    </message>
</context>
<context>
    <name>InvalidUtf8Rule</name>
    <message>
        <location filename="../models/validation/rules/invalidutf8rule.cpp" line="+22"/>
        <source>Not UTF-8</source>
        <translation>Kein UTF-8</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file is not valid UTF-8: Claude Code replaces the bad bytes with �, and Agentry will not edit the file. Save it as UTF-8.</source>
        <translation>Die Datei ist kein gültiges UTF-8: Claude Code ersetzt die fehlerhaften Bytes durch �, und Agentry bearbeitet die Datei nicht. Speichern Sie sie als UTF-8.</translation>
    </message>
</context>
<context>
    <name>InvisibleCharacterRule</name>
    <message>
        <location filename="../models/validation/rules/invisiblecharacterrule.cpp" line="+22"/>
        <source>zero-width space</source>
        <translation>Leerzeichen mit Nullbreite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>word joiner</source>
        <translation>Wortverbinder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>byte order mark</source>
        <translation>Byte-Order-Mark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right-to-left override</source>
        <translation>Rechts-nach-links-Überschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left-to-right override</source>
        <translation>Links-nach-rechts-Überschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-break space</source>
        <translation>geschütztes Leerzeichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invisible characters</source>
        <translation>Unsichtbare Zeichen</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Invisible characters in %n place(s) (%1); they change how the text is read without showing.</source>
        <translation>
            <numerusform>Unsichtbare Zeichen an %n Stelle (%1); sie ändern, wie der Text gelesen wird, ohne sich zu zeigen.</numerusform>
            <numerusform>Unsichtbare Zeichen an %n Stellen (%1); sie ändern, wie der Text gelesen wird, ohne sich zu zeigen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the invisible characters</source>
        <translation>Unsichtbare Zeichen entfernen</translation>
    </message>
</context>
<context>
    <name>IsolationRule</name>
    <message>
        <location filename="../models/validation/rules/isolationrule.cpp" line="+21"/>
        <source>Unknown isolation</source>
        <translation>Unbekannte Isolation</translation>
    </message>
</context>
<context>
    <name>JsPattern</name>
    <message>
        <location filename="../models/runtime/jspattern.cpp" line="+32"/>
        <source>\S inside a character class is not supported: %1</source>
        <translation>\S innerhalb einer Zeichenklasse wird nicht unterstützt: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An empty character class is not supported: %1</source>
        <translation>Eine leere Zeichenklasse wird nicht unterstützt: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not a valid pattern (%1): %2</source>
        <translation>Kein gültiges Muster (%1): %2</translation>
    </message>
</context>
<context>
    <name>LenientYamlRule</name>
    <message>
        <location filename="../models/validation/rules/lenientyamlrule.cpp" line="+27"/>
        <source>Frontmatter reads only through the client&apos;s retry</source>
        <translation>Frontmatter nur über den Wiederholungsversuch des Clients lesbar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Strict YAML rejects the frontmatter: %1. Claude Code %2 still loads it by quoting %3 itself, but strict parsers, older clients and other tools drop or misread it.</source>
        <translation>Striktes YAML lehnt den Frontmatter-Block ab: %1. Claude Code %2 lädt ihn trotzdem, indem es %3 selbst in Anführungszeichen setzt, aber strikte Parser, ältere Clients und andere Werkzeuge verwerfen ihn oder lesen ihn falsch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It reads &quot;%1&quot; as keys of their own, cutting the value above them short.</source>
        <translation>Es liest &quot;%1&quot; als eigene Schlüssel und schneidet damit den Wert darüber ab.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quote the values as Claude Code reads them now</source>
        <translation>Werte so in Anführungszeichen setzen, wie Claude Code sie jetzt liest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote the values as written, continuation lines included</source>
        <translation>Werte wie geschrieben in Anführungszeichen setzen, einschließlich Folgezeilen</translation>
    </message>
</context>
<context>
    <name>LibraryFixGuard</name>
    <message>
        <location filename="../models/validation/libraryfixguard.cpp" line="+127"/>
        <source>%1 would get a new error: %2</source>
        <translation>%1 bekäme einen neuen Fehler: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 would no longer load.</source>
        <translation>%1 würde nicht mehr geladen.</translation>
    </message>
</context>
<context>
    <name>LibraryOperations</name>
    <message>
        <location filename="../models/library/libraryoperations.cpp" line="+64"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fix all %1 problems</source>
        <translation>Alle %1-Probleme beheben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix All %1</source>
        <translation>Alle %1-Probleme beheben</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The agent template cannot be read: %1</source>
        <translation>Die Agentenvorlage kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Cannot show the bundle&apos;s agents: %1</source>
        <translation>Die Agenten des Bundles können nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This agent belongs to an imported bundle; use File ▸ Import Bundle… and Add to Project to keep it.</source>
        <translation>Dieser Agent gehört zu einem importierten Bundle; verwenden Sie Datei ▸ Bundle importieren… und „Zum Projekt hinzufügen“, um ihn zu behalten.</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <location filename="../models/runtime/loadstatus.cpp" line="+33"/>
        <source>Loads in %1</source>
        <translation>Wird in %1 geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loads in %1 without its settings</source>
        <translation>Wird in %1 ohne seine Einstellungen geladen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loads in %1 without some fields</source>
        <translation>Wird in %1 ohne einige Felder geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected by %1</source>
        <translation>Wird von %1 zurückgewiesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped by %1</source>
        <translation>Wird von %1 übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs acknowledging in %1</source>
        <translation>Muss in %1 bestätigt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops %1 from starting</source>
        <translation>Hindert %1 am Starten</translation>
    </message>
</context>
<context>
    <name>MalformedToolRule</name>
    <message>
        <location filename="../models/validation/rules/malformedtoolrule.cpp" line="+24"/>
        <source>Malformed tool entry</source>
        <translation>Fehlerhafter Werkzeugeintrag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its parentheses do not form Tool(pattern)</source>
        <translation>die Klammern ergeben kein Tool(pattern)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MCP tools are written mcp__server__tool, with double underscores and a server name</source>
        <translation>MCP-Werkzeuge werden als mcp__server__tool geschrieben, mit doppelten Unterstrichen und einem Servernamen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a tool name Claude Code can read: %2. It is dropped.</source>
        <translation>„%1“ ist kein Werkzeugname, den Claude Code lesen kann: %2. Er wird verworfen.</translation>
    </message>
</context>
<context>
    <name>ManifestCheck</name>
    <message>
        <location filename="../models/bundles/manifestcheck.cpp" line="+63"/>
        <source>%1: Claude Code %2 knows no field &quot;%3&quot; and ignores it; `claude plugin validate --strict` fails on it.</source>
        <translation>%1: Claude Code %2 kennt kein Feld „%3“ und ignoriert es; `claude plugin validate --strict` schlägt daran fehl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: must be a list of plugin names; Claude Code %2 ignores it.</source>
        <translation>%1: muss eine Liste von Plugin-Namen sein; Claude Code %2 ignoriert es.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1[%2]: must be &quot;name&quot;, &quot;name@marketplace&quot; or an object with a name; Claude Code %3 ignores it.</source>
        <translation>%1[%2]: muss „name“, „name@marketplace“ oder ein Objekt mit einem Namen sein; Claude Code %3 ignoriert es.</translation>
    </message>
</context>
<context>
    <name>MarketplaceFile</name>
    <message>
        <location filename="../models/bundles/marketplacefile.cpp" line="+229"/>
        <source>marketplace.json is not valid JSON (%1 at byte %2).</source>
        <translation>marketplace.json ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>marketplace.json does not hold an object.</source>
        <translation>marketplace.json enthält kein Objekt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;plugins&quot; in marketplace.json is not a list.</source>
        <translation>„plugins“ in marketplace.json ist keine Liste.</translation>
    </message>
</context>
<context>
    <name>MatrixBaseline</name>
    <message>
        <location filename="../models/matrix/matrixbaseline.cpp" line="+36"/>
        <source>Cannot run git (%1): is it installed and on the PATH?</source>
        <translation>git kann nicht ausgeführt werden (%1): Ist es installiert und im PATH?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>git %1 did not finish in %2</source>
        <translation>git %1 wurde in %2 nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The baseline %1 is not a folder</source>
        <translation>Die Vergleichsbasis %1 ist kein Ordner</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a folder: a git baseline compares a folder</source>
        <translation>%1 ist kein Ordner: Eine git-Vergleichsbasis vergleicht einen Ordner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not in a git repository</source>
        <translation>%1 liegt nicht in einem git-Repository</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repository of %1 has no revision %2</source>
        <translation>Das Repository von %1 hat keine Revision %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>git cannot list the files of %1 at %2</source>
        <translation>git kann die Dateien von %1 bei %2 nicht auflisten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>git cannot read the files of %1 at %2</source>
        <translation>git kann die Dateien von %1 bei %2 nicht lesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create a temporary folder for %1 at %2: %3</source>
        <translation>Für %1 bei %2 kann kein temporärer Ordner angelegt werden: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the temporary folder %1</source>
        <translation>Der temporäre Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MatrixColumns</name>
    <message>
        <location filename="../models/matrix/matrixcolumns.cpp" line="+98"/>
        <source>MCP: %1</source>
        <translation>MCP: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>MatrixCommand</name>
    <message>
        <location filename="../app/cli/matrixcommand.cpp" line="+45"/>
        <source>agentry matrix: --format takes csv, json or html</source>
        <translation>agentry matrix: --format erwartet csv, json oder html</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>agentry matrix: %1 needs a value</source>
        <translation>agentry matrix: %1 erwartet einen Wert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>agentry matrix: --baseline compares one folder; name exactly one</source>
        <translation>agentry matrix: --baseline vergleicht einen Ordner; geben Sie genau einen an</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Permission matrix of %1</source>
        <translation>Berechtigungsmatrix von %1</translation>
    </message>
</context>
<context>
    <name>MatrixReport</name>
    <message>
        <location filename="../models/matrix/matrixreport.cpp" line="+75"/>
        <source>granted</source>
        <translation>gewährt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inherited</source>
        <translation>geerbt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>denied</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>denied: %1</source>
        <translation>verweigert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asks first</source>
        <translation>fragt zuerst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>asks first; %1</source>
        <translation>fragt zuerst; %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+258"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message numerus="yes">
        <location line="-54"/>
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n Agent</numerusform>
            <numerusform>%n Agenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without readable frontmatter</source>
        <translation>
            <numerusform>%n ohne lesbaren Frontmatter-Block</numerusform>
            <numerusform>%n ohne lesbaren Frontmatter-Block</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n agent(s) changed</source>
        <translation>
            <numerusform>%n Agent geändert</numerusform>
            <numerusform>%n Agenten geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n gelöscht</numerusform>
            <numerusform>%n gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with %1: %2</source>
        <translation>Verglichen mit %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since baseline</source>
        <translation>Seit Vergleichsbasis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>all tools</source>
        <translation>alle Werkzeuge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (legacy)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 reads no frontmatter in this file: it grants nothing</source>
        <translation>%1 liest in dieser Datei keine Frontmatter: Sie gewährt nichts</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Deleted since the baseline</source>
        <translation>Seit der Vergleichsbasis gelöscht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>granted: named in tools, for every use</source>
        <translation>gewährt: in tools genannt, für jeden Aufruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only: granted for the uses its permission rules match</source>
        <translation>nur: gewährt für die Aufrufe, auf die seine Berechtigungsregeln passen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inherited: the agent has no tools list (or *) and gets every tool</source>
        <translation>geerbt: Der Agent hat keine tools-Liste (oder *) und erhält alle Werkzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>denied: removed by disallowedTools</source>
        <translation>verweigert: durch disallowedTools entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown: no tool answers to this name; Claude Code drops it</source>
        <translation>unbekannt: Kein Werkzeug trägt diesen Namen; Claude Code verwirft ihn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: not granted</source>
        <translation>leer: nicht gewährt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added: usable now, not at the baseline</source>
        <translation>hinzugefügt: jetzt verwendbar, in der Vergleichsbasis nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed: usable at the baseline, not now</source>
        <translation>entfernt: in der Vergleichsbasis verwendbar, jetzt nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed: usable then and now, with other permission rules</source>
        <translation>geändert: damals und jetzt verwendbar, mit anderen Berechtigungsregeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>MatrixSummary</name>
    <message numerus="yes">
        <location filename="../models/matrix/permissionmatrixmodel.cpp" line="-661"/>
        <source>%n agent(s) can run shell commands</source>
        <translation>
            <numerusform>%n Agent kann Shell-Befehle ausführen</numerusform>
            <numerusform>%n Agenten können Shell-Befehle ausführen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n inherit(s) every tool</source>
        <translation>
            <numerusform>%n erbt alle Werkzeuge</numerusform>
            <numerusform>%n erben alle Werkzeuge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n can write and reach the network</source>
        <translation>
            <numerusform>%n kann schreiben und auf das Netzwerk zugreifen</numerusform>
            <numerusform>%n können schreiben und auf das Netzwerk zugreifen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaxTurnsRule</name>
    <message>
        <location filename="../models/validation/rules/maxturnsrule.cpp" line="+21"/>
        <source>maxTurns is not a positive integer</source>
        <translation>maxTurns ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a positive integer</source>
        <translation>eine positive ganze Zahl</translation>
    </message>
</context>
<context>
    <name>McpServersRule</name>
    <message>
        <location filename="../models/validation/rules/mcpserversrule.cpp" line="+23"/>
        <source>Connects MCP servers</source>
        <translation>Verbindet MCP-Server</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This agent connects %n MCP server(s) while it runs: they start programs or reach services, and their tools join the agent&apos;s.</source>
        <translation>
            <numerusform>Dieser Agent verbindet während der Ausführung %n MCP-Server: Der Server startet Programme oder greift auf Dienste zu, und seine Werkzeuge kommen zu denen des Agenten hinzu.</numerusform>
            <numerusform>Dieser Agent verbindet während der Ausführung %n MCP-Server: Sie starten Programme oder greifen auf Dienste zu, und ihre Werkzeuge kommen zu denen des Agenten hinzu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemoryRule</name>
    <message>
        <location filename="../models/validation/rules/memoryrule.cpp" line="+20"/>
        <source>Unknown memory scope</source>
        <translation>Unbekannter Gedächtnisbereich</translation>
    </message>
</context>
<context>
    <name>MisplacedFrontmatterRule</name>
    <message>
        <location filename="../models/validation/rules/misplacedfrontmatterrule.cpp" line="+22"/>
        <source>Frontmatter not on line 1</source>
        <translation>Frontmatter nicht in Zeile 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is in a ```yaml fence</source>
        <translation>steht in einem ```yaml-Codeblock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with an indented ---</source>
        <translation>beginnt mit einem eingerückten ---</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts on line %1, after blank lines</source>
        <translation>beginnt erst in Zeile %1, nach Leerzeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frontmatter %1; Claude Code only reads a --- block that starts on the first line, so it sees no frontmatter at all.</source>
        <translation>Der Frontmatter-Block %1; Claude Code liest nur einen „---“-Block, der in der ersten Zeile beginnt, und sieht daher überhaupt keinen Frontmatter-Block.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move the frontmatter to the first line</source>
        <translation>Frontmatter-Block in die erste Zeile verschieben</translation>
    </message>
</context>
<context>
    <name>ModelRule</name>
    <message>
        <location filename="../models/validation/rules/modelrule.cpp" line="+24"/>
        <source>Unknown model</source>
        <translation>Unbekanntes Modell</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The client ignores model %1: it takes a name such as %2.</source>
        <translation>Der Client ignoriert das Modell %1: Er erwartet einen Namen wie %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a model alias (%2) or a model id such as claude-sonnet-4-5; Claude Code passes it on as it is and the agent fails when it starts.</source>
        <translation>„%1“ ist weder ein Modell-Alias (%2) noch eine Modell-ID wie claude-sonnet-4-5; Claude Code reicht den Wert unverändert weiter, und der Agent schlägt beim Start fehl.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use &quot;%1&quot;</source>
        <translation>„%1“ verwenden</translation>
    </message>
</context>
<context>
    <name>MojibakeRule</name>
    <message>
        <location filename="../models/validation/rules/mojibakerule.cpp" line="+26"/>
        <source>Garbled characters (mojibake)</source>
        <translation>Zeichensalat (Mojibake)</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Garbled characters in %n place(s), such as &quot;%1&quot;: UTF-8 read as %2, and bytes were lost on the way; the original cannot be restored exactly.</source>
        <translation>
            <numerusform>Verstümmelte Zeichen an %n Stelle, etwa „%1“: UTF-8, als %2 gelesen, und unterwegs gingen Bytes verloren; das Original lässt sich nicht genau wiederherstellen.</numerusform>
            <numerusform>Verstümmelte Zeichen an %n Stellen, etwa „%1“: UTF-8, als %2 gelesen, und unterwegs gingen Bytes verloren; das Original lässt sich nicht genau wiederherstellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Garbled characters in %n place(s): UTF-8 read as %1 and saved again, such as &quot;%2&quot; for &quot;%3&quot;.</source>
        <translation>
            <numerusform>Verstümmelte Zeichen an %n Stelle: UTF-8, als %1 gelesen und wieder gespeichert, etwa „%2“ für „%3“.</numerusform>
            <numerusform>Verstümmelte Zeichen an %n Stellen: UTF-8, als %1 gelesen und wieder gespeichert, etwa „%2“ für „%3“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In %n of them bytes were lost on the way; those cannot be restored exactly.</source>
        <translation>
            <numerusform>An %n davon gingen unterwegs Bytes verloren; diese Stelle lässt sich nicht genau wiederherstellen.</numerusform>
            <numerusform>An %n davon gingen unterwegs Bytes verloren; diese Stellen lassen sich nicht genau wiederherstellen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot;: bytes lost</source>
        <translation>„%1“: Bytes verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; was &quot;%2&quot;</source>
        <translation>„%1“ war „%2“</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Restore the original characters in %n place(s)</source>
        <translation>
            <numerusform>Die ursprünglichen Zeichen an %n Stelle wiederherstellen</numerusform>
            <numerusform>Die ursprünglichen Zeichen an %n Stellen wiederherstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameClashes</name>
    <message>
        <location filename="../models/validation/nameclashes.cpp" line="+47"/>
        <source>%1 in the same folder also loads as &quot;%2&quot;; Claude Code keeps that file and drops this one.</source>
        <translation>%1 im selben Ordner wird ebenfalls als „%2“ geladen; Claude Code behält jene Datei und verwirft diese.</translation>
    </message>
</context>
<context>
    <name>NameFileMismatchRule</name>
    <message>
        <location filename="../models/validation/rules/namefilemismatchrule.cpp" line="+21"/>
        <source>Name differs from the file name</source>
        <translation>Name weicht vom Dateinamen ab</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The agent is called &quot;%1&quot; but its file is %2; Claude Code goes by the name.</source>
        <translation>Der Agent heißt „%1“, seine Datei aber %2; Claude Code richtet sich nach dem Namen.</translation>
    </message>
</context>
<context>
    <name>NameFormRule</name>
    <message>
        <location filename="../models/validation/rules/nameformrule.cpp" line="+26"/>
        <source>Name is not lowercase-hyphen</source>
        <translation>Name nicht in Kleinbuchstaben mit Bindestrichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The name &quot;%1&quot; is not lowercase letters, digits and hyphens, the form Claude Code&apos;s Agent tool and --agent expect; write &quot;%2&quot;.</source>
        <translation>Der Name „%1“ besteht nicht aus Kleinbuchstaben, Ziffern und Bindestrichen, der Form, die das Agent-Werkzeug von Claude Code und --agent erwarten; schreiben Sie „%2“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename to &quot;%1&quot;</source>
        <translation>In „%1“ umbenennen</translation>
    </message>
</context>
<context>
    <name>NameMissingRule</name>
    <message>
        <location filename="../models/validation/rules/namemissingrule.cpp" line="+25"/>
        <source>No name</source>
        <translation>Kein Name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no name</source>
        <translation>Es gibt keinen Namen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The client reads the name as empty: &quot;#&quot; starts a YAML comment</source>
        <translation>Der Client liest den Namen als leer: „#“ leitet einen YAML-Kommentar ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name is empty</source>
        <translation>Der Name ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name &quot;%1&quot; is not text</source>
        <translation>Der Name „%1“ ist kein Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plugin agent is named &quot;%1&quot; after its file.</source>
        <translation>der Plugin-Agent wird nach seiner Datei „%1“ genannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude Code takes the file for a document beside the agents and skips it.</source>
        <translation>Claude Code hält die Datei für ein Dokument neben den Agenten und überspringt sie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quote the name as written</source>
        <translation>Namen wie geschrieben in Anführungszeichen setzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the agent &quot;%1&quot; after its file</source>
        <translation>Agent nach seiner Datei „%1“ nennen</translation>
    </message>
</context>
<context>
    <name>NameRefusedRule</name>
    <message>
        <location filename="../models/validation/rules/namerefusedrule.cpp" line="+23"/>
        <source>Name the client refuses</source>
        <translation>Vom Client abgelehnter Name</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>starts with &quot;%1&quot;</source>
        <translation>beginnt mit „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contains &quot;%1&quot;, which the client reserves for plugin names</source>
        <translation>enthält „%1“, was der Client für Plugin-Namen reserviert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The name %1; the client ignores it and names the agent &quot;%2&quot; after its file.</source>
        <translation>Der Name %1; der Client ignoriert ihn und benennt den Agenten nach seiner Datei „%2“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name %1; Claude Code refuses to load the agent.</source>
        <translation>Der Name %1; Claude Code verweigert das Laden des Agenten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename to &quot;%1&quot;</source>
        <translation>In „%1“ umbenennen</translation>
    </message>
</context>
<context>
    <name>NoFrontmatterRule</name>
    <message>
        <location filename="../models/validation/rules/nofrontmatterrule.cpp" line="+24"/>
        <source>No frontmatter</source>
        <translation>Kein Frontmatter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has no frontmatter: the plugin agent loads as &quot;%1&quot; with a stock description, so delegation cannot tell when to use it.</source>
        <translation>Die Datei hat keinen Frontmatter-Block: Der Plugin-Agent wird als „%1“ mit einer Standardbeschreibung geladen, sodass beim Delegieren nicht erkennbar ist, wann er eingesetzt werden soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has no frontmatter (--- on the first line, name and description), so Claude Code does not load it as an agent.</source>
        <translation>Die Datei hat keinen Frontmatter-Block (--- in der ersten Zeile, name und description), daher lädt Claude Code sie nicht als Agenten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create a frontmatter from the body: name &quot;%1&quot;</source>
        <translation>Frontmatter-Block aus dem Inhalt erstellen: name „%1“</translation>
    </message>
</context>
<context>
    <name>NoUsableToolRule</name>
    <message>
        <location filename="../models/validation/rules/nousabletoolrule.cpp" line="+24"/>
        <source>No tool in tools resolves</source>
        <translation>Kein Werkzeug in tools ist auflösbar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No name in tools is a tool Claude Code knows, so it refuses to start this agent (&quot;would be spawned with zero tools&quot;).</source>
        <translation>Kein Name in tools ist ein Werkzeug, das Claude Code kennt; daher verweigert es den Start dieses Agenten („would be spawned with zero tools“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No name in tools is a tool this client knows: the agent runs with no tools at all.</source>
        <translation>Kein Name in tools ist ein Werkzeug, das dieser Client kennt: Der Agent läuft ganz ohne Werkzeuge.</translation>
    </message>
</context>
<context>
    <name>NotAMappingRule</name>
    <message>
        <location filename="../models/validation/rules/notamappingrule.cpp" line="+21"/>
        <source>Frontmatter is not key: value lines</source>
        <translation>Frontmatter besteht nicht aus „Schlüssel: Wert“-Zeilen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The frontmatter is a list or a single value, not &quot;key: value&quot; lines, so Claude Code reads no fields from it.</source>
        <translation>Der Frontmatter-Block ist eine Liste oder ein einzelner Wert statt „Schlüssel: Wert“-Zeilen, daher liest Claude Code keine Felder daraus.</translation>
    </message>
</context>
<context>
    <name>OpenCodeReader</name>
    <message>
        <location filename="../models/runtime/opencodereader.cpp" line="+93"/>
        <source>OpenCode finds no frontmatter: it must begin the file with a line of exactly ---.</source>
        <translation>OpenCode findet keinen Frontmatter: Er muss die Datei mit einer Zeile aus genau --- beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenCode finds no frontmatter here (the file must begin with a line of exactly ---): the whole file is the prompt and none of its settings apply.</source>
        <translation>OpenCode findet hier keinen Frontmatter (die Datei muss mit einer Zeile aus genau --- beginnen): Die ganze Datei ist der Prompt, und keine ihrer Einstellungen gilt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>gray-matter has no reader for “%1” after the opening ---</source>
        <translation>gray-matter hat keinen Leser für „%1“ nach dem öffnenden ---</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>OpenCode cannot read the frontmatter (%1) and loads the whole file as the prompt, with none of its settings.</source>
        <translation>OpenCode kann den Frontmatter nicht lesen (%1) und lädt die ganze Datei als Prompt, ohne ihre Einstellungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only OpenCode&apos;s retry, which turns values holding a colon into block text, reads this frontmatter (%1).</source>
        <translation>Nur der zweite Versuch von OpenCode, der Werte mit Doppelpunkt in Blocktext verwandelt, liest diesen Frontmatter (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenCode skips this file without a word: its frontmatter is not valid YAML (%1).</source>
        <translation>OpenCode übergeht diese Datei wortlos: Ihr Frontmatter ist kein gültiges YAML (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The frontmatter is not a set of keys: OpenCode loads the agent with none of its settings.</source>
        <translation>Der Frontmatter ist keine Menge von Schlüsseln: OpenCode lädt den Agenten ohne seine Einstellungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OpenCode stops at this file: Configuration is invalid: %1 %2</source>
        <translation>OpenCode bricht bei dieser Datei ab: Configuration is invalid: %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OpenCode stops at this file: every command fails until it is mended.</source>
        <translation>OpenCode bricht bei dieser Datei ab: Jeder Befehl scheitert, bis sie repariert ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OpenCode has no tool “%1”: the setting has no effect.</source>
        <translation>OpenCode hat kein Werkzeug „%1“: Die Einstellung wirkt nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenCode has no tool “%1”: the setting has no effect. Its name for it is “%2”.</source>
        <translation>OpenCode hat kein Werkzeug „%1“: Die Einstellung wirkt nicht. Sein Name dafür ist „%2“.</translation>
    </message>
</context>
<context>
    <name>PermissionModeRule</name>
    <message>
        <location filename="../models/validation/rules/permissionmoderule.cpp" line="+21"/>
        <source>Unknown permission mode</source>
        <translation>Unbekannter Berechtigungsmodus</translation>
    </message>
</context>
<context>
    <name>PermissionPatcher</name>
    <message>
        <location filename="../models/matrix/permissionpatcher.cpp" line="+64"/>
        <source>The frontmatter cannot be edited line by line; fix it in the source first.</source>
        <translation>Die Frontmatter kann nicht zeilenweise bearbeitet werden; reparieren Sie sie zuerst im Quelltext.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>permission is not a map OpenCode reads; edit it in the source.</source>
        <translation>permission ist keine Zuordnung, die OpenCode liest; bearbeiten Sie sie im Quelltext.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>permission is written on one line; edit it in the form or the source.</source>
        <translation>permission steht in einer Zeile; bearbeiten Sie sie im Formular oder im Quelltext.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The edit would break the frontmatter; edit permission in the source.</source>
        <translation>Die Änderung würde die Frontmatter zerstören; bearbeiten Sie permission im Quelltext.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A later rule in permission (%1) still decides %2; edit permission in the form.</source>
        <translation>Eine spätere Regel in permission (%1) entscheidet weiterhin über %2; bearbeiten Sie permission im Formular.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The edit would change other fields; edit permission in the source.</source>
        <translation>Die Änderung würde andere Felder ändern; bearbeiten Sie permission im Quelltext.</translation>
    </message>
</context>
<context>
    <name>PluginIcon</name>
    <message>
        <location filename="../models/bundles/pluginicon.cpp" line="+70"/>
        <source>The plugin directory does not accept SVG icons; choose a PNG or JPEG image.</source>
        <translation>Das Plugin-Verzeichnis nimmt keine SVG-Symbole an; wählen Sie ein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plugin directory does not accept WebP icons; choose a PNG or JPEG image.</source>
        <translation>Das Plugin-Verzeichnis nimmt keine WebP-Symbole an; wählen Sie ein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The icon must be a PNG or JPEG image.</source>
        <translation>Das Symbol muss ein PNG- oder JPEG-Bild sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The icon has %1 bytes; the plugin directory takes icons under 2 MB.</source>
        <translation>Das Symbol hat %1 Bytes; das Plugin-Verzeichnis nimmt Symbole unter 2 MB an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The icon cannot be read as an image: %1</source>
        <translation>Das Symbol lässt sich nicht als Bild lesen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The icon is %1 × %2 px; it must be square.</source>
        <translation>Das Symbol ist %1 × %2 px groß; es muss quadratisch sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The icon is %1 px a side; the plugin directory takes %2 to %3 px.</source>
        <translation>Das Symbol hat %1 px Seitenlänge; das Plugin-Verzeichnis nimmt %2 bis %3 px an.</translation>
    </message>
</context>
<context>
    <name>PluginIgnoredKeyRule</name>
    <message>
        <location filename="../models/validation/rules/pluginignoredkeyrule.cpp" line="+22"/>
        <source>Key ignored in plugin agents</source>
        <translation>In Plugin-Agenten ignorierter Schlüssel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Claude Code ignores %1 in plugin agents; only agents in .claude/agents/ may set it.</source>
        <translation>Claude Code ignoriert %1 in Plugin-Agenten; nur Agenten in .claude/agents/ dürfen ihn setzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>PluginManifest</name>
    <message>
        <location filename="../models/bundles/pluginmanifest.cpp" line="+129"/>
        <source>A plugin needs a name.</source>
        <translation>Ein Plugin braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plugin name cannot contain spaces. Use kebab-case (e.g. &quot;my-plugin&quot;).</source>
        <translation>Ein Plugin-Name darf keine Leerzeichen enthalten. Verwenden Sie Kebab-Case (z. B. „my-plugin“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use lowercase letters, digits and single hyphens between them (kebab-case, e.g. &quot;my-plugin&quot;); the Claude.ai marketplace sync requires it.</source>
        <translation>Verwenden Sie Kleinbuchstaben, Ziffern und einzelne Bindestriche dazwischen (Kebab-Case, z. B. „my-plugin“); die Marketplace-Synchronisierung von Claude.ai verlangt das.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a semantic version: use MAJOR.MINOR.PATCH, e.g. 1.0.0.</source>
        <translation>„%1“ ist keine semantische Version: Verwenden Sie MAJOR.MINOR.PATCH, z. B. 1.0.0.</translation>
    </message>
</context>
<context>
    <name>QuickFixMenu</name>
    <message>
        <location filename="../app/gui/quickfixmenu.cpp" line="+25"/>
        <source>Fix All %1 Problems in the Library…</source>
        <translation>Alle %1-Probleme in der Bibliothek beheben…</translation>
    </message>
</context>
<context>
    <name>QwenCodeReader</name>
    <message>
        <location filename="../models/runtime/qwencodereader.cpp" line="+84"/>
        <source>Qwen Code skips this file without a word (its debug log says: Failed to parse subagent file: %1).</source>
        <translation>Qwen Code übergeht diese Datei wortlos (sein Debug-Protokoll sagt: Failed to parse subagent file: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qwen Code skips this file: %1</source>
        <translation>Qwen Code übergeht diese Datei: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the frontmatter is not a set of keys</source>
        <translation>der Frontmatter ist keine Menge von Schlüsseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qwen Code&apos;s YAML reader refuses this frontmatter (%1); its simple line reader reads it instead, every value as text.</source>
        <translation>Der YAML-Leser von Qwen Code lehnt diesen Frontmatter ab (%1); stattdessen liest ihn sein einfacher Zeilenleser, jeden Wert als Text.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Qwen Code leaves out “%1” without a word: %2</source>
        <translation>Qwen Code lässt „%1“ wortlos weg: %2</translation>
    </message>
</context>
<context>
    <name>RemovedToolRule</name>
    <message>
        <location filename="../models/validation/rules/removedtoolrule.cpp" line="+36"/>
        <source>Removed tool</source>
        <translation>Entferntes Werkzeug</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>only arrives in client %1</source>
        <translation>gibt es erst ab Client %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is no longer a tool in Claude Code</source>
        <translation>ist kein Werkzeug in Claude Code mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was removed in Claude Code %1</source>
        <translation>wurde in Claude Code %1 entfernt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; %2; the agent does not get it.</source>
        <translation>„%1“ %2; der Agent erhält es nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; %2; the agent does not get it. %3 does this now.</source>
        <translation>„%1“ %2; der Agent erhält es nicht. Das übernimmt jetzt %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use &quot;%1&quot;</source>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &quot;%1&quot;</source>
        <translation>„%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>RenamedToolRule</name>
    <message>
        <location filename="../models/validation/rules/renamedtoolrule.cpp" line="+25"/>
        <source>Old tool name</source>
        <translation>Alter Werkzeugname</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is the old name of &quot;%2&quot;; Claude Code still resolves it.</source>
        <translation>„%1“ ist der alte Name von „%2“; Claude Code löst ihn noch auf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use &quot;%1&quot;</source>
        <translation>„%1“ verwenden</translation>
    </message>
</context>
<context>
    <name>ReplacementCharacterRule</name>
    <message>
        <location filename="../models/validation/rules/replacementcharacterrule.cpp" line="+22"/>
        <source>Replacement characters</source>
        <translation>Ersetzungszeichen</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>The file holds %n replacement character(s) (�): an earlier conversion lost the text that stood there.</source>
        <translation>
            <numerusform>Die Datei enthält %n Ersetzungszeichen (�): Eine frühere Umwandlung hat den Text verloren, der dort stand.</numerusform>
            <numerusform>Die Datei enthält %n Ersetzungszeichen (�): Eine frühere Umwandlung hat den Text verloren, der dort stand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleHelpers</name>
    <message>
        <location filename="../models/validation/rules/rulehelpers.cpp" line="+216"/>
        <source>a quote opened in &quot;%1&quot; is never closed</source>
        <translation>ein in „%1“ geöffnetes Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the &lt;example&gt; dialogue of &quot;%1&quot; goes on over lines that are not indented, and its &quot;user:&quot; and &quot;assistant:&quot; lines read as keys</source>
        <translation>der &lt;example&gt;-Dialog von „%1“ setzt sich über nicht eingerückte Zeilen fort, und seine „user:“- und „assistant:“-Zeilen werden als Schlüssel gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value of &quot;%1&quot; goes on over lines that are not indented</source>
        <translation>der Wert von „%1“ setzt sich über nicht eingerückte Zeilen fort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a tab indents line %1; YAML allows only spaces</source>
        <translation>ein Tabulator rückt Zeile %1 ein; YAML erlaubt nur Leerzeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value of &quot;%1&quot; holds an unquoted &quot;: &quot;, and the file&apos;s Windows line endings (CRLF) keep the client&apos;s quoting retry from rescuing it</source>
        <translation>der Wert von „%1“ enthält ein „: “ ohne Anführungszeichen, und die Windows-Zeilenenden der Datei (CRLF) verhindern, dass der Wiederholungsversuch des Clients mit Anführungszeichen ihn rettet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value of &quot;%1&quot; holds an &lt;example&gt; dialogue on one line, with unquoted &quot;: &quot;</source>
        <translation>der Wert von „%1“ enthält einen &lt;example&gt;-Dialog in einer Zeile, mit „: “ ohne Anführungszeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the value of &quot;%1&quot; holds an unquoted &quot;: &quot;</source>
        <translation>der Wert von „%1“ enthält ein „: “ ohne Anführungszeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value of &quot;%1&quot; starts with &quot;%2&quot;, which YAML reserves</source>
        <translation>der Wert von „%1“ beginnt mit „%2“, das YAML reserviert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value of &quot;%1&quot; starts like a [list] or {map} but goes on after it</source>
        <translation>der Wert von „%1“ beginnt wie eine [Liste] oder {Zuordnung}, geht danach aber weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML says: %1</source>
        <translation>YAML meldet: %1</translation>
    </message>
</context>
<context>
    <name>RuntimeBundle</name>
    <message>
        <location filename="../models/bundles/runtimebundle.cpp" line="+80"/>
        <source>A %1 bundle needs a version.</source>
        <translation>Ein Bundle für %1 braucht eine Version.</translation>
    </message>
</context>
<context>
    <name>RuntimeIssueRule</name>
    <message>
        <location filename="../models/validation/rules/runtimeissuerule.cpp" line="+39"/>
        <source>Refused by the runtime</source>
        <translation>Von der Laufzeit abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops the runtime</source>
        <translation>Hält die Laufzeit an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loads without its settings</source>
        <translation>Lädt ohne seine Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored by the runtime</source>
        <translation>Von der Laufzeit ignoriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool the runtime does not have</source>
        <translation>Werkzeug, das die Laufzeit nicht hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read only by a lenient fallback</source>
        <translation>Nur von einem nachsichtigen Ausweichleser gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs acknowledging</source>
        <translation>Muss bestätigt werden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Use “%1”, %2&apos;s name for it</source>
        <translation>„%1“ verwenden, den Namen von %2 dafür</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write tools as a list</source>
        <translation>tools als Liste schreiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove “%1”, which %2 refuses</source>
        <translation>„%1“ entfernen, das %2 ablehnt</translation>
    </message>
</context>
<context>
    <name>RuntimeNameClashRule</name>
    <message>
        <location filename="../models/validation/rules/runtimenameclashrule.cpp" line="+71"/>
        <source>Another agent of the runtime has this name</source>
        <translation>Ein anderer Agent der Laufzeit hat diesen Namen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 also loads as &quot;%2&quot; from the same folder; OpenCode merges the two in the order it happens to list them, so which keys win is left to chance.</source>
        <translation>%1 wird aus demselben Ordner ebenfalls als „%2“ geladen; OpenCode führt die beiden in der Reihenfolge zusammen, in der es sie gerade auflistet, sodass der Zufall entscheidet, welche Schlüssel gelten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in the same folder is also &quot;%2&quot;; Factory Droid keeps both, and its Task tool takes whichever it finds first.</source>
        <translation>%1 im selben Ordner heißt ebenfalls „%2“; Factory Droid behält beide, und sein Task-Werkzeug nimmt den, den es zuerst findet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in the same folder is also &quot;%2&quot;; %3 loads whichever the file system lists first and ignores the other.</source>
        <translation>%1 im selben Ordner heißt ebenfalls „%2“; %3 lädt den, den das Dateisystem zuerst auflistet, und ignoriert den anderen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OpenCode merges %1 over this agent: the keys it sets win, the others come from here.</source>
        <translation>OpenCode führt %1 über diesen Agenten zusammen: Die Schlüssel, die es setzt, gelten, die übrigen kommen von hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenCode merges this agent over %1, also &quot;%2&quot;: every key this file does not set still comes from there.</source>
        <translation>OpenCode führt diesen Agenten über %1 zusammen, der ebenfalls „%2“ heißt: Jeder Schlüssel, den diese Datei nicht setzt, kommt weiterhin von dort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has the id &quot;%2&quot; too; GitHub Copilot reads this folder first, so this agent wins.</source>
        <translation>%1 hat ebenfalls die ID „%2“; GitHub Copilot liest diesen Ordner zuerst, daher gewinnt dieser Agent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has the id &quot;%2&quot; too; GitHub Copilot reads it first (your own agents before the project&apos;s, .github/agents before .claude/agents) and never loads this one.</source>
        <translation>%1 hat ebenfalls die ID „%2“; GitHub Copilot liest es zuerst (Ihre eigenen Agenten vor denen des Projekts, .github/agents vor .claude/agents) und lädt diesen nie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is also &quot;%2&quot;; Gemini CLI registers this project agent first and ignores that one.</source>
        <translation>%1 heißt ebenfalls „%2“; Gemini CLI registriert diesen Projektagenten zuerst und ignoriert den anderen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is also &quot;%2&quot;; Gemini CLI registers the project&apos;s agent first and ignores this one: Duplicate agent name &apos;%2&apos; detected.</source>
        <translation>%1 heißt ebenfalls „%2“; Gemini CLI registriert den Agenten des Projekts zuerst und ignoriert diesen: Duplicate agent name &apos;%2&apos; detected.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is also &quot;%2&quot;; %3 looks in the project first, so this agent wins.</source>
        <translation>%1 heißt ebenfalls „%2“; %3 sucht zuerst im Projekt, daher gewinnt dieser Agent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is also &quot;%2&quot;; %3 looks in the project first and never reaches this agent.</source>
        <translation>%1 heißt ebenfalls „%2“; %3 sucht zuerst im Projekt und erreicht diesen Agenten nie.</translation>
    </message>
</context>
<context>
    <name>RuntimeProfile</name>
    <message>
        <location filename="../models/runtime/runtimeprofile.cpp" line="+101"/>
        <source>Not a JSON object: %1</source>
        <translation>Kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client profile has schema %1; this build reads schema %2.</source>
        <translation>Das Client-Profil hat Schema %1; diese Version liest Schema %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client profile does not say which client version it describes (&quot;client&quot;).</source>
        <translation>Das Client-Profil gibt nicht an, welche Client-Version es beschreibt („client“).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;frontmatter.block&quot;: %1</source>
        <translation>„frontmatter.block“: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;frontmatter.block&quot; must capture the YAML text as group 1.</source>
        <translation>„frontmatter.block“ muss den YAML-Text als Gruppe 1 erfassen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;frontmatter.retry.line&quot;: %1</source>
        <translation>„frontmatter.retry.line“: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;frontmatter.retry.indicators&quot;: %1</source>
        <translation>„frontmatter.retry.indicators“: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;frontmatter.retry&quot; must be an object or null.</source>
        <translation>„frontmatter.retry“ muss ein Objekt oder null sein.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;fields.keys&quot; must list at least name and description.</source>
        <translation>„fields.keys“ muss mindestens name und description enthalten.</translation>
    </message>
</context>
<context>
    <name>RuntimeReader</name>
    <message>
        <location filename="../models/runtime/runtimereader.cpp" line="+215"/>
        <source>%1 stands at the top level instead of under &quot;hooks&quot;; the client refuses to load an agent with a guard hook it cannot place.</source>
        <translation>%1 steht auf oberster Ebene statt unter „hooks“; der Client verweigert das Laden eines Agenten mit einem Schutz-Hook, den er nicht zuordnen kann.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;hooks&quot; must map event names to lists of matchers; %1 makes the client skip the agent.</source>
        <translation>„hooks“ muss Ereignisnamen Listen von Matchern zuordnen; bei %1 überspringt der Client den Agenten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list (even an empty one)</source>
        <translation>einer Liste (auch einer leeren)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a single value</source>
        <translation>einem einzelnen Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;hooks&quot; holds a single matcher; it must map event names (PreToolUse, Stop, ...) to lists of them.</source>
        <translation>„hooks“ enthält einen einzelnen Matcher; es muss Ereignisnamen (PreToolUse, Stop, ...) Listen von Matchern zuordnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;hooks.%1&quot; must be a list of matchers; the client skips an agent whose guard hook it cannot read.</source>
        <translation>„hooks.%1“ muss eine Liste von Matchern sein; der Client überspringt einen Agenten, dessen Schutz-Hook er nicht lesen kann.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+59"/>
        <source>The file is larger than %1 bytes; the client does not read it.</source>
        <translation>Die Datei ist größer als %1 Bytes; der Client liest sie nicht.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The file has no frontmatter the client finds, so it has no name: the client treats it as a document beside the agents and skips it.</source>
        <translation>Der Client findet in der Datei keinen Frontmatter-Block, daher hat sie keinen Namen: Der Client behandelt sie als Dokument neben den Agenten und überspringt sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The frontmatter does not parse, so the client sees no name and skips the file as a document beside the agents.</source>
        <translation>Der Frontmatter-Block lässt sich nicht einlesen; der Client sieht daher keinen Namen und überspringt die Datei als Dokument neben den Agenten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no text &quot;name&quot;, so the client skips the file as a document beside the agents.</source>
        <translation>Es gibt keinen „name“ als Text; der Client überspringt die Datei daher als Dokument neben den Agenten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name starts with &quot;%1&quot;; the client refuses to load it.</source>
        <translation>Der Name beginnt mit „%1“; der Client verweigert das Laden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name is longer than %1 characters; the client refuses to load it.</source>
        <translation>Der Name ist länger als %1 Zeichen; der Client verweigert das Laden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name contains &quot;%1&quot;, which the client reserves for plugin names; it refuses to load it.</source>
        <translation>Der Name enthält „%1“, was der Client für Plugin-Namen reserviert; er verweigert das Laden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no description; the client refuses to load the agent.</source>
        <translation>Es gibt keine Beschreibung; der Client verweigert das Laden des Agenten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The description is empty; the client refuses to load the agent.</source>
        <translation>Die Beschreibung ist leer; der Client verweigert das Laden des Agenten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client reads the description as empty (null); it refuses to load the agent.</source>
        <translation>Der Client liest die Beschreibung als leer (null); er verweigert das Laden des Agenten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The description is not text; the client refuses to load the agent.</source>
        <translation>Die Beschreibung ist kein Text; der Client verweigert das Laden des Agenten.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The frontmatter does not parse: the agent loads under its file name with every other field dropped.</source>
        <translation>Der Frontmatter-Block lässt sich nicht einlesen: Der Agent wird unter seinem Dateinamen geladen, alle anderen Felder werden verworfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no frontmatter: the agent loads under its file name with a default description.</source>
        <translation>Es gibt keinen Frontmatter-Block: Der Agent wird unter seinem Dateinamen mit einer Standardbeschreibung geladen.</translation>
    </message>
</context>
<context>
    <name>RuntimeTools</name>
    <message>
        <location filename="../models/runtime/runtimetools.cpp" line="+28"/>
        <source>Runtime %1: %2</source>
        <translation>Laufzeit %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;mcp&quot; must be none, claude, gemini or copilot, not &quot;%1&quot;.</source>
        <translation>„mcp“ muss none, claude, gemini oder copilot sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tool %1 needs a &quot;name&quot;, and lists of names in &quot;aliases&quot; and &quot;columns&quot;.</source>
        <translation>Werkzeug %1 braucht einen „name“ und Namenslisten in „aliases“ und „columns“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tool %1 needs either &quot;columns&quot; or a &quot;category&quot;.</source>
        <translation>Werkzeug %1 braucht entweder „columns“ oder eine „category“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tool %1 maps to %2, which is no current tool of the catalog.</source>
        <translation>Werkzeug %1 verweist auf %2, das kein aktuelles Werkzeug des Katalogs ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tool %1 has a column of its own, but the catalog has a tool of that name.</source>
        <translation>Werkzeug %1 hat eine eigene Spalte, aber der Katalog hat ein Werkzeug dieses Namens.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the tool name %1 appears twice.</source>
        <translation>Der Werkzeugname %1 kommt zweimal vor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no &quot;tools&quot; list.</source>
        <translation>keine Liste „tools“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;always&quot; must list tools of the runtime.</source>
        <translation>„always“ muss Werkzeuge der Laufzeit auflisten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the prefix %1 stands for %2, which is no tool of the runtime.</source>
        <translation>Das Präfix %1 steht für %2, das kein Werkzeug der Laufzeit ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the group %1 must list tools of the runtime.</source>
        <translation>Die Gruppe %1 muss Werkzeuge der Laufzeit auflisten.</translation>
    </message>
</context>
<context>
    <name>Runtimes</name>
    <message>
        <location filename="../models/runtime/runtimes.cpp" line="+47"/>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub Copilot</source>
        <translation>GitHub Copilot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenCode</source>
        <translation>OpenCode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gemini CLI</source>
        <translation>Gemini CLI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qwen Code</source>
        <translation>Qwen Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factory Droid</source>
        <translation>Factory Droid</translation>
    </message>
</context>
<context>
    <name>SafeExtractor</name>
    <message>
        <location filename="../models/bundles/safeextractor.cpp" line="+35"/>
        <source>The archive entry &quot;%1&quot; has an absolute path; it could write anywhere.</source>
        <translation>Der Archiveintrag „%1“ hat einen absoluten Pfad; er könnte an beliebiger Stelle schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The archive entry &quot;%1&quot; has a backslash in its path, which Windows reads as a folder separator.</source>
        <translation>Der Archiveintrag „%1“ enthält in seinem Pfad einen Backslash, den Windows als Ordnertrenner liest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The archive entry &quot;%1&quot; climbs out of its folder with &quot;..&quot;.</source>
        <translation>Der Archiveintrag „%1“ verlässt mit „..“ seinen Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The archive entry &quot;%1&quot; is not a valid file name on every system.</source>
        <translation>Der Archiveintrag „%1“ ist nicht auf jedem System ein gültiger Dateiname.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The archive entry &quot;%1&quot; is a symbolic link; a link could lead outside the folder.</source>
        <translation>Der Archiveintrag „%1“ ist ein symbolischer Link; ein Link könnte aus dem Ordner herausführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The archive entry &quot;%1&quot; is neither a file nor a folder.</source>
        <translation>Der Archiveintrag „%1“ ist weder eine Datei noch ein Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The archive entry &quot;%1&quot; is encrypted.</source>
        <translation>Der Archiveintrag „%1“ ist verschlüsselt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The archive holds &quot;%1&quot; twice.</source>
        <translation>Das Archiv enthält „%1“ zweimal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The archive entry &quot;%1&quot; unpacks to %2 bytes; at most %3 are allowed for one file.</source>
        <translation>Der Archiveintrag „%1“ entpackt sich zu %2 Bytes; für eine Datei sind höchstens %3 erlaubt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archive entry &quot;%1&quot; is compressed more than %2 times (%3 bytes from %4): a zip bomb.</source>
        <translation>Der Archiveintrag „%1“ ist mehr als %2-fach komprimiert (%3 Bytes aus %4): eine Zip-Bombe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The archive unpacks to more than %1 bytes (at &quot;%2&quot;).</source>
        <translation>Das Archiv entpackt sich zu mehr als %1 Bytes (bei „%2“).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The archive entry &quot;%1&quot; cannot be read (zip error %2).</source>
        <translation>Der Archiveintrag „%1“ kann nicht gelesen werden (Zip-Fehler %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The archive entry &quot;%1&quot; is damaged (zip error %2).</source>
        <translation>Der Archiveintrag „%1“ ist beschädigt (Zip-Fehler %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archive entry &quot;%1&quot; holds more than the %2 bytes it declares.</source>
        <translation>Der Archiveintrag „%1“ enthält mehr als die angegebenen %2 Bytes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The archive entry &quot;%1&quot; is damaged: its checksum or size does not match.</source>
        <translation>Der Archiveintrag „%1“ ist beschädigt: Prüfsumme oder Größe stimmen nicht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+43"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The archive is damaged (zip error %1).</source>
        <translation>Das Archiv ist beschädigt (Zip-Fehler %1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a zip archive.</source>
        <translation>%1 ist kein Zip-Archiv.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not empty; an archive is unpacked only into an empty folder.</source>
        <translation>%1 ist nicht leer; ein Archiv wird nur in einen leeren Ordner entpackt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>%1 is damaged or truncated: its list of entries cannot be read.</source>
        <translation>%1 ist beschädigt oder abgeschnitten: Die Liste der Einträge kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 holds %2 entries; at most %3 are unpacked.</source>
        <translation>%1 enthält %2 Einträge; höchstens %3 werden entpackt.</translation>
    </message>
</context>
<context>
    <name>SameDescriptionRule</name>
    <message>
        <location filename="../models/validation/rules/samedescriptionrule.cpp" line="+106"/>
        <source>Same description as another agent</source>
        <translation>Gleiche Beschreibung wie ein anderer Agent</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&quot;%1&quot; has the same description as %2; Claude cannot tell them apart when it delegates.</source>
        <translation>„%1“ hat dieselbe Beschreibung wie %2; Claude kann die beiden beim Delegieren nicht unterscheiden.</translation>
    </message>
</context>
<context>
    <name>SetCommand</name>
    <message>
        <location filename="../app/cli/setcommand.cpp" line="+34"/>
        <source>agentry: the value is not valid YAML (%1); use --string for plain text</source>
        <translation>agentry: Der Wert ist kein gültiges YAML (%1); für reinen Text --string verwenden</translation>
    </message>
</context>
<context>
    <name>ShadowedNameRule</name>
    <message>
        <location filename="../models/validation/rules/shadowednamerule.cpp" line="+25"/>
        <source>Name shadowed by another scope</source>
        <translation>Name durch einen anderen Bereich verdeckt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The project agent %1 is also named &quot;%2&quot;; in that project it wins and this user agent is not available.</source>
        <translation>Der Projektagent %1 heißt ebenfalls „%2“; in diesem Projekt hat er Vorrang, und dieser Benutzeragent ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <location filename="../app/cli/showcommand.cpp" line="+72"/>
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
        <source>Runtime:     %1</source>
        <translation>Laufzeit:    %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
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
</context>
<context>
    <name>SpecReader</name>
    <message>
        <location filename="../models/runtime/specreader.cpp" line="+126"/>
        <source>%1 ignores “%2”: unknown field ignored: %2</source>
        <translation>%1 ignoriert „%2“: unknown field ignored: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ignores “%2” without a word.</source>
        <translation>%1 ignoriert „%2“ wortlos.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 has no tool “%2”: it grants nothing.</source>
        <translation>%1 hat kein Werkzeug „%2“: Es gewährt nichts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no tool “%2”: it grants nothing. Its name for it is “%3”.</source>
        <translation>%1 hat kein Werkzeug „%2“: Es gewährt nichts. Sein Name dafür ist „%3“.</translation>
    </message>
</context>
<context>
    <name>TaggedValueRule</name>
    <message>
        <location filename="../models/validation/rules/taggedvaluerule.cpp" line="+23"/>
        <source>A value starts with a YAML tag</source>
        <translation>Ein Wert beginnt mit einem YAML-Tag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The client reads &quot;%1&quot; as &quot;%2&quot;: YAML takes &quot;%3&quot; as a tag and drops it.</source>
        <translation>Der Client liest „%1“ als „%2“: YAML hält „%3“ für ein Tag und verwirft es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client reads &quot;%1&quot; as empty: YAML takes &quot;%2&quot; as a tag, not as text.</source>
        <translation>Der Client liest „%1“ als leer: YAML hält „%2“ für ein Tag, nicht für Text.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quote the value, tag included</source>
        <translation>Wert einschließlich Tag in Anführungszeichen setzen</translation>
    </message>
</context>
<context>
    <name>TokenSizeRule</name>
    <message>
        <location filename="../models/validation/rules/tokensizerule.cpp" line="+22"/>
        <source>Long prompt</source>
        <translation>Langer Prompt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The prompt is about %1 tokens (%2 characters); it is sent with every request the agent makes.</source>
        <translation>Der Prompt umfasst etwa %1 Tokens (%2 Zeichen); er wird bei jeder Anfrage des Agenten mitgesendet.</translation>
    </message>
</context>
<context>
    <name>ToolCatalog</name>
    <message>
        <location filename="../models/runtime/toolcatalog.cpp" line="+104"/>
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
        <translation>Die Kategorie %1 kommt zweimal vor.</translation>
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
        <location line="+17"/>
        <source>Flagged tool %1 needs a &quot;name&quot; and a &quot;since&quot;.</source>
        <translation>Das Werkzeug %1 hinter einem Feature-Flag braucht „name“ und „since“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The flagged tool %1 is also a tool.</source>
        <translation>Das Werkzeug %1 hinter einem Feature-Flag ist auch ein gewöhnliches Werkzeug.</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <message>
        <location line="+13"/>
        <source>&quot;runtimes&quot; names %1, which is no runtime other than Claude Code.</source>
        <translation>„runtimes“ nennt %1, das keine Laufzeit außer Claude Code ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runtime %1: tool %2 has the unknown category &quot;%3&quot;.</source>
        <translation>Laufzeit %1: Werkzeug %2 hat die unbekannte Kategorie „%3“.</translation>
    </message>
    <message>
        <location filename="toolcatalogstrings.cpp" line="+6"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orchestration</source>
        <translation>Orchestrierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MCP</source>
        <translation>MCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduling and notifications</source>
        <translation>Zeitplanung und Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads a file: text, images, PDFs and notebooks.</source>
        <translation>Liest eine Datei: Text, Bilder, PDFs und Notebooks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Only reads; nothing on disk changes.</source>
        <translation>Liest nur; auf dem Datenträger ändert sich nichts.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Finds files whose paths match a glob pattern.</source>
        <translation>Findet Dateien, deren Pfade auf ein Glob-Muster passen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only lists file names.</source>
        <translation>Listet nur Dateinamen auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searches file contents with regular expressions.</source>
        <translation>Durchsucht Dateiinhalte mit regulären Ausdrücken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed the entries of a folder; Glob and Bash do this now.</source>
        <translation>Listete die Einträge eines Ordners auf; das übernehmen jetzt Glob und Bash.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only listed file names.</source>
        <translation>Listete nur Dateinamen auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the cells of a Jupyter notebook; Read does this now.</source>
        <translation>Las die Zellen eines Jupyter-Notebooks; das übernimmt jetzt Read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only read; nothing on disk changed.</source>
        <translation>Las nur; auf dem Datenträger änderte sich nichts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates a file or replaces its whole content.</source>
        <translation>Erstellt eine Datei oder ersetzt ihren gesamten Inhalt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>Changes files; version control or a backup can restore them.</source>
        <translation>Ändert Dateien; eine Versionsverwaltung oder eine Sicherung kann sie wiederherstellen.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Replaces an exact piece of text in an existing file.</source>
        <translation>Ersetzt eine genau angegebene Textstelle in einer vorhandenen Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made several replacements in one file at once; Edit does this now.</source>
        <translation>Nahm mehrere Ersetzungen in einer Datei auf einmal vor; das übernimmt jetzt Edit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed files; version control or a backup can restore them.</source>
        <translation>Änderte Dateien; eine Versionsverwaltung oder eine Sicherung kann sie wiederherstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces, inserts or deletes a cell of a Jupyter notebook.</source>
        <translation>Ersetzt oder löscht eine Zelle eines Jupyter-Notebooks oder fügt eine neue ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs a shell command.</source>
        <translation>Führt einen Shell-Befehl aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Runs any program with the user&apos;s rights.</source>
        <translation>Führt beliebige Programme mit den Rechten des Benutzers aus.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Runs a PowerShell command.</source>
        <translation>Führt einen PowerShell-Befehl aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs a command in the background and reports each new line of its output.</source>
        <translation>Führt einen Befehl im Hintergrund aus und meldet jede neue Zeile seiner Ausgabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the output of a background command or agent.</source>
        <translation>Las die Ausgabe eines im Hintergrund laufenden Befehls oder Agenten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only read the output of work already running.</source>
        <translation>Las nur die Ausgabe bereits laufender Vorgänge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops a background command or agent.</source>
        <translation>Stoppt einen im Hintergrund laufenden Befehl oder Agenten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only stops work this session started.</source>
        <translation>Stoppt nur Vorgänge, die diese Sitzung gestartet hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetches a web page and extracts what a prompt asks for.</source>
        <translation>Ruft eine Webseite ab und entnimmt ihr, was ein Prompt verlangt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can send data to any address and brings untrusted text into the agent.</source>
        <translation>Kann Daten an beliebige Adressen senden und bringt nicht vertrauenswürdigen Text in den Agenten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searches the web.</source>
        <translation>Durchsucht das Web.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queries leave the machine and the results are untrusted text.</source>
        <translation>Suchanfragen verlassen den Rechner, und die Ergebnisse sind nicht vertrauenswürdiger Text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drives a web browser.</source>
        <translation>Steuert einen Webbrowser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can visit any site, submit forms and bring untrusted text into the agent.</source>
        <translation>Kann beliebige Websites besuchen, Formulare absenden und nicht vertrauenswürdigen Text in den Agenten bringen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hands a task to another agent and returns its report.</source>
        <translation>Übergibt eine Aufgabe an einen anderen Agenten und liefert dessen Bericht zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other agent works with its own tools, which may be broader.</source>
        <translation>Der andere Agent arbeitet mit seinen eigenen Werkzeugen, die weiter reichen können.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends a message to another agent of the same session.</source>
        <translation>Sendet eine Nachricht an einen anderen Agenten derselben Sitzung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only talks to agents already running.</source>
        <translation>Kommuniziert nur mit bereits laufenden Agenten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created a team of agents working together.</source>
        <translation>Erstellte ein Team zusammenarbeitender Agenten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team members worked with their own tools.</source>
        <translation>Teammitglieder arbeiteten mit ihren eigenen Werkzeugen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended a team of agents.</source>
        <translation>Beendete ein Team von Agenten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only ended agents the session had started.</source>
        <translation>Beendete nur Agenten, die die Sitzung gestartet hatte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a task to the session&apos;s task list.</source>
        <translation>Fügt der Aufgabenliste der Sitzung eine Aufgabe hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Only changes the session&apos;s task list.</source>
        <translation>Ändert nur die Aufgabenliste der Sitzung.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Reads one task of the session&apos;s task list.</source>
        <translation>Liest eine Aufgabe aus der Aufgabenliste der Sitzung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Only reads the session&apos;s task list.</source>
        <translation>Liest nur die Aufgabenliste der Sitzung.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Lists the tasks of the session&apos;s task list.</source>
        <translation>Listet die Aufgaben in der Aufgabenliste der Sitzung auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes the status or details of a task in the session&apos;s task list.</source>
        <translation>Ändert den Status oder die Details einer Aufgabe in der Aufgabenliste der Sitzung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs a script that starts and coordinates several agents.</source>
        <translation>Führt ein Skript aus, das mehrere Agenten startet und koordiniert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agents it starts work with their own tools.</source>
        <translation>Die gestarteten Agenten arbeiten mit ihren eigenen Werkzeugen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the session&apos;s checklist of steps up to date.</source>
        <translation>Hält die Checkliste mit den Arbeitsschritten der Sitzung aktuell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only changes the session&apos;s checklist.</source>
        <translation>Ändert nur die Checkliste der Sitzung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the session&apos;s checklist of steps.</source>
        <translation>Las die Checkliste mit den Arbeitsschritten der Sitzung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only read the session&apos;s checklist.</source>
        <translation>Las nur die Checkliste der Sitzung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the user a multiple-choice question.</source>
        <translation>Stellt dem Benutzer eine Multiple-Choice-Frage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only asks the user.</source>
        <translation>Fragt nur den Benutzer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switches the session to plan mode, where nothing is changed.</source>
        <translation>Schaltet die Sitzung in den Planmodus, in dem nichts geändert wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only narrows what the session may do.</source>
        <translation>Schränkt nur ein, was die Sitzung tun darf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presents a plan for approval and leaves plan mode.</source>
        <translation>Legt einen Plan zur Genehmigung vor und verlässt den Planmodus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user approves the plan before anything changes.</source>
        <translation>Der Benutzer genehmigt den Plan, bevor sich etwas ändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates a git worktree and moves the session into it.</source>
        <translation>Erstellt einen git-Worktree und verlegt die Sitzung dorthin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works beside the checkout without touching it.</source>
        <translation>Arbeitet neben dem Checkout, ohne ihn anzutasten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaves the worktree and returns to the original folder.</source>
        <translation>Verlässt den Worktree und kehrt in den ursprünglichen Ordner zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only affects the worktree the session created.</source>
        <translation>Betrifft nur den Worktree, den die Sitzung erstellt hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs a skill: a packaged set of instructions, optionally with scripts.</source>
        <translation>Führt einen Skill aus: ein Paket von Anweisungen, optional mit Skripten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A skill&apos;s instructions can steer the agent to any tool it has.</source>
        <translation>Die Anweisungen eines Skills können den Agenten zu jedem seiner Werkzeuge lenken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran a custom slash command; Skill does this now.</source>
        <translation>Führte einen benutzerdefinierten Slash-Befehl aus; das übernimmt jetzt Skill.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A command&apos;s instructions could steer the agent to any tool it had.</source>
        <translation>Die Anweisungen eines Befehls konnten den Agenten zu jedem seiner Werkzeuge lenken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds tools that are loaded on demand and loads them.</source>
        <translation>Findet Werkzeuge, die erst bei Bedarf geladen werden, und lädt sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using a loaded tool still needs its own permission.</source>
        <translation>Die Verwendung eines geladenen Werkzeugs braucht weiterhin eine eigene Berechtigung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks a language server for definitions, references, symbols and hover text.</source>
        <translation>Fragt bei einem Sprachserver Definitionen, Referenzen, Symbole und Hover-Texte ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only reads code intelligence.</source>
        <translation>Liest nur Informationen der Codeanalyse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads and changes the client&apos;s settings.</source>
        <translation>Liest und ändert die Einstellungen des Clients.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting changes last beyond the session.</source>
        <translation>Geänderte Einstellungen bleiben über die Sitzung hinaus bestehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the resources that connected MCP servers offer.</source>
        <translation>Listet die Ressourcen auf, die verbundene MCP-Server anbieten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only lists what the servers offer.</source>
        <translation>Listet nur auf, was die Server anbieten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads one resource of a connected MCP server.</source>
        <translation>Liest eine Ressource eines verbundenen MCP-Servers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only reads; the content comes from outside the project.</source>
        <translation>Liest nur; der Inhalt stammt von außerhalb des Projekts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedules a prompt to run later, once or repeatedly.</source>
        <translation>Plant einen Prompt zur späteren Ausführung, einmalig oder wiederholt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled prompts run when nobody is watching.</source>
        <translation>Geplante Prompts laufen, wenn niemand zusieht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancels a scheduled prompt.</source>
        <translation>Löscht einen geplanten Prompt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only removes a schedule.</source>
        <translation>Entfernt nur einen Zeitplan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the scheduled prompts.</source>
        <translation>Listet die geplanten Prompts auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only reads the schedules.</source>
        <translation>Liest nur die Zeitpläne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets when the session wakes up again to continue its work.</source>
        <translation>Legt fest, wann die Sitzung wieder aufwacht, um ihre Arbeit fortzusetzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session continues without a new prompt from the user.</source>
        <translation>Die Sitzung arbeitet ohne neuen Prompt des Benutzers weiter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manages scheduled agent routines that run in the cloud.</source>
        <translation>Verwaltet geplante Agentenroutinen, die in der Cloud laufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts or changes agents that run remotely, unattended.</source>
        <translation>Startet oder ändert Agenten, die entfernt und unbeaufsichtigt laufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the user a notification in the terminal or on the phone.</source>
        <translation>Sendet dem Benutzer eine Benachrichtigung ins Terminal oder aufs Smartphone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only notifies the user.</source>
        <translation>Benachrichtigt nur den Benutzer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the user a message.</source>
        <translation>Sendet dem Benutzer eine Nachricht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only writes to the user.</source>
        <translation>Schreibt nur an den Benutzer.</translation>
    </message>
</context>
<context>
    <name>TopLevelHookRule</name>
    <message>
        <location filename="../models/validation/rules/toplevelhookrule.cpp" line="+23"/>
        <source>Guard hook outside hooks</source>
        <translation>Schutz-Hook außerhalb von hooks</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 stands at the top level; it belongs under &quot;hooks&quot;. Claude Code refuses to load an agent with a guard hook it cannot place.</source>
        <translation>%1 steht auf oberster Ebene; es gehört unter „hooks“. Claude Code verweigert das Laden eines Agenten mit einem Schutz-Hook, den es nicht zuordnen kann.</translation>
    </message>
</context>
<context>
    <name>UnbalancedFenceRule</name>
    <message>
        <location filename="../models/validation/rules/unbalancedfencerule.cpp" line="+21"/>
        <source>Code block never closed</source>
        <translation>Codeblock nie geschlossen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The code block opened on line %1 is never closed: the rest of the prompt reads as code.</source>
        <translation>Der in Zeile %1 geöffnete Codeblock wird nie geschlossen: Der Rest des Prompts wird als Code gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the code block at the end</source>
        <translation>Codeblock am Ende schließen</translation>
    </message>
</context>
<context>
    <name>UnknownKeyRule</name>
    <message>
        <location filename="../models/validation/rules/unknownkeyrule.cpp" line="+23"/>
        <source>Key the client ignores</source>
        <translation>Vom Client ignorierter Schlüssel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Claude Code ignores &quot;%1&quot;; Agentry keeps it.</source>
        <translation>Claude Code ignoriert „%1“; Agentry behält den Schlüssel bei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude Code ignores &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>Claude Code ignoriert „%1“; meinten Sie „%2“?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename to &quot;%1&quot;</source>
        <translation>In „%1“ umbenennen</translation>
    </message>
</context>
<context>
    <name>UnknownToolRule</name>
    <message>
        <location filename="../models/validation/rules/unknowntoolrule.cpp" line="+25"/>
        <source>Unknown tool</source>
        <translation>Unbekanntes Werkzeug</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is a tool of Claude Code %2 only behind a feature flag that is off by default; without the flag the client drops the name and the agent lacks the tool.</source>
        <translation>„%1“ ist in Claude Code %2 nur hinter einem standardmäßig ausgeschalteten Feature-Flag ein Werkzeug; ohne das Flag verwirft der Client den Namen, und dem Agenten fehlt das Werkzeug.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Claude Code knows no tool &quot;%1&quot;; it drops the name and the agent lacks it.</source>
        <translation>Claude Code kennt kein Werkzeug „%1“; es verwirft den Namen, und dem Agenten fehlt das Werkzeug.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude Code knows no tool &quot;%1&quot; (names are case-sensitive); did you mean &quot;%2&quot;?</source>
        <translation>Claude Code kennt kein Werkzeug „%1“ (Groß-/Kleinschreibung wird unterschieden); meinten Sie „%2“?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use &quot;%1&quot;</source>
        <translation>„%1“ verwenden</translation>
    </message>
</context>
<context>
    <name>UnterminatedFrontmatterRule</name>
    <message>
        <location filename="../models/validation/rules/unterminatedfrontmatterrule.cpp" line="+22"/>
        <source>Frontmatter never closed</source>
        <translation>Frontmatter nie geschlossen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The frontmatter opened on line %1 is never closed by a --- line, so Claude Code reads no frontmatter at all and the whole file as the prompt.</source>
        <translation>Der in Zeile %1 begonnene Frontmatter-Block wird nie mit einer „---“-Zeile geschlossen; daher liest Claude Code gar keinen Frontmatter-Block und die ganze Datei als Prompt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Close the frontmatter after line %1</source>
        <translation>Frontmatter-Block nach Zeile %1 schließen</translation>
    </message>
</context>
<context>
    <name>WildcardToolRule</name>
    <message>
        <location filename="../models/validation/rules/wildcardtoolrule.cpp" line="+22"/>
        <source>tools holds *</source>
        <translation>tools enthält *</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;*&quot; gives the agent every tool, MCP tools included; leaving tools out does the same.</source>
        <translation>„*“ gibt dem Agenten alle Werkzeuge, einschließlich der MCP-Werkzeuge; tools wegzulassen bewirkt dasselbe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;*&quot; gives the agent every tool, so the other names in tools change nothing.</source>
        <translation>„*“ gibt dem Agenten alle Werkzeuge, daher ändern die anderen Namen in tools nichts.</translation>
    </message>
</context>
<context>
    <name>ZipArchiveWriter</name>
    <message>
        <location filename="../models/bundles/ziparchivewriter.cpp" line="+34"/>
        <source>Cannot create the archive (zip error %1).</source>
        <translation>Das Archiv kann nicht erstellt werden (Zip-Fehler %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>Cannot add %1 to the archive (zip error %2).</source>
        <translation>%1 kann nicht zum Archiv hinzugefügt werden (Zip-Fehler %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot finish the archive (zip error %1).</source>
        <translation>Das Archiv kann nicht abgeschlossen werden (Zip-Fehler %1).</translation>
    </message>
</context>
</TS>
