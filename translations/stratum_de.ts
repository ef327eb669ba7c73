<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConnectionTesterText</name>
    <message>
        <location filename="../ui/connect/ConnectionTester.cpp" line="+63"/>
        <source>Connected to %1 %2.</source>
        <translation>Verbunden mit %1 %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect %1 ms, round trip %2 ms.</source>
        <translation>Verbindungsaufbau %1 ms, Antwortzeit %2 ms.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS in use.</source>
        <translation>TLS aktiv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted (no TLS).</source>
        <translation>Nicht verschlüsselt (kein TLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only is in effect.</source>
        <translation>Nur-Lese-Modus ist aktiv.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not open the database</source>
        <translation>Die Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the file exists (or that its folder is writable) and the path is spelled right.</source>
        <translation>Prüfen Sie, ob die Datei existiert (oder ihr Ordner beschreibbar ist) und der Pfad richtig geschrieben ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user name and the password. The server may also expect another authentication method for this host (pg_hba.conf).</source>
        <translation>Prüfen Sie Benutzername und Passwort. Der Server erwartet für diesen Host eventuell auch eine andere Authentifizierungsmethode (pg_hba.conf).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SSL required</source>
        <translation>SSL erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server only accepts encrypted connections from here: set SSL mode to require (or verify-full with a root certificate).</source>
        <translation>Der Server nimmt von hier nur verschlüsselte Verbindungen an: setzen Sie den SSL-Modus auf require (oder verify-full mit einem Stammzertifikat).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SSL not available</source>
        <translation>SSL nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server does not offer TLS; use SSL mode prefer or disable, or enable ssl on the server.</source>
        <translation>Der Server bietet kein TLS an; verwenden Sie den SSL-Modus prefer oder disable oder aktivieren Sie ssl auf dem Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate problem</source>
        <translation>Zertifikatsproblem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate could not be verified: check the root certificate file and that the host name matches the certificate.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden: prüfen Sie die Stammzertifikatsdatei und ob der Hostname zum Zertifikat passt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No such database</source>
        <translation>Datenbank existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the database name; the server has no database by that name.</source>
        <translation>Prüfen Sie den Datenbanknamen; der Server hat keine Datenbank mit diesem Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing accepts connections at that host and port. Is the server running, and listening on this address (listen_addresses, port)?</source>
        <translation>Unter diesem Host und Port nimmt nichts Verbindungen an. Läuft der Server, und lauscht er auf dieser Adresse (listen_addresses, port)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host did not answer in time. Check the host name, the port and any firewall or VPN in between, or raise the connect timeout.</source>
        <translation>Der Host hat nicht rechtzeitig geantwortet. Prüfen Sie Hostname, Port und Firewalls oder VPNs dazwischen, oder erhöhen Sie das Verbindungs-Timeout.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown host</source>
        <translation>Unbekannter Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host name could not be resolved; check its spelling and your DNS.</source>
        <translation>Der Hostname konnte nicht aufgelöst werden; prüfen Sie die Schreibweise und Ihr DNS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <location filename="../ui/model/DiagramExporter.cpp" line="+49"/>
        <location line="+28"/>
        <source>The diagram is empty.</source>
        <translation>Das Diagramm ist leer.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Not enough memory for a %1 x %2 image.</source>
        <translation>Nicht genug Speicher für ein Bild mit %1 x %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write the PNG file.</source>
        <translation>Die PNG-Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ER diagram</source>
        <translation>ER-Diagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by Stratum</source>
        <translation>Erstellt mit Stratum</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Could not write the SVG file.</source>
        <translation>Die SVG-Datei konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>DotEnvText</name>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="+192"/>
        <source>unterminated quoted variable name</source>
        <translation>nicht abgeschlossener Variablenname in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty variable name</source>
        <translation>leerer Variablenname</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a variable name before &apos;=&apos;</source>
        <translation>Variablenname vor &apos;=&apos; erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a variable name after &apos;export&apos;</source>
        <translation>Variablenname nach &apos;export&apos; erwartet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unterminated double-quoted value</source>
        <translation>nicht abgeschlossener Wert in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unterminated single-quoted value</source>
        <translation>nicht abgeschlossener Wert in einfachen Anführungszeichen</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>unexpected text after the closing quote</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected text</source>
        <translation>unerwarteter Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected &apos;=&apos; after the variable name</source>
        <translation>&apos;=&apos; nach dem Variablennamen erwartet</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file is not valid UTF-8 (byte 0x%1); python-dotenv refuses it</source>
        <translation>die Datei ist kein gültiges UTF-8 (Byte 0x%1); python-dotenv lehnt sie ab</translation>
    </message>
</context>
<context>
    <name>EditTargetText</name>
    <message>
        <location filename="../ui/console/EditTarget.cpp" line="+100"/>
        <source>the query uses WITH</source>
        <translation>die Abfrage verwendet WITH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a SELECT from one table can be edited</source>
        <translation>nur ein SELECT aus einer einzigen Tabelle kann bearbeitet werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+37"/>
        <source>the query combines several SELECTs</source>
        <translation>die Abfrage kombiniert mehrere SELECTs</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>the query is SELECT INTO</source>
        <translation>die Abfrage ist ein SELECT INTO</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>the query reads no table</source>
        <translation>die Abfrage liest keine Tabelle</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the query reads from a subquery</source>
        <translation>die Abfrage liest aus einer Unterabfrage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the query reads from a function</source>
        <translation>die Abfrage liest aus einer Funktion</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the query reads more than one table</source>
        <translation>die Abfrage liest mehr als eine Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the query joins tables</source>
        <translation>die Abfrage verknüpft Tabellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the query groups rows</source>
        <translation>die Abfrage gruppiert Zeilen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a table (views and unknown names cannot be edited)</source>
        <translation>%1 ist keine Tabelle (Views und unbekannte Namen können nicht bearbeitet werden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the table %1 has no primary key, so a row cannot be addressed</source>
        <translation>die Tabelle %1 hat keinen Primärschlüssel, daher lässt sich eine Zeile nicht eindeutig ansprechen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the result lacks the primary key column(s) %1 of %2</source>
        <translation>dem Ergebnis fehlen die Primärschlüsselspalte(n) %1 von %2</translation>
    </message>
</context>
<context>
    <name>IniFileText</name>
    <message>
        <location filename="../core/config/IniFile.cpp" line="+133"/>
        <source>the file has no [section] header before this line</source>
        <translation>die Datei hat vor dieser Zeile keine [Abschnitt]-Überschrift</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>section &apos;%1&apos; appears twice; its options are merged</source>
        <translation>Abschnitt &apos;%1&apos; kommt zweimal vor; seine Optionen werden zusammengeführt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected &apos;name = value&apos;, &apos;name: value&apos; or a [section] header</source>
        <translation>erwartet: &apos;name = value&apos;, &apos;name: value&apos; oder eine [Abschnitt]-Überschrift</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>option name missing before &apos;%1&apos;</source>
        <translation>Optionsname fehlt vor &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>option &apos;%1&apos; in section &apos;%2&apos; is already set on line %3; this value is ignored</source>
        <translation>Option &apos;%1&apos; im Abschnitt &apos;%2&apos; ist bereits in Zeile %3 gesetzt; dieser Wert wird ignoriert</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is not valid UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the file has no [%1] section</source>
        <translation>die Datei hat keinen Abschnitt [%1]</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>option &apos;%1&apos; in section &apos;%2&apos;: %(name)s references nest deeper than %3 levels (is there a cycle?)</source>
        <translation>Option &apos;%1&apos; im Abschnitt &apos;%2&apos;: %(name)s-Verweise sind tiefer als %3 Ebenen verschachtelt (gibt es einen Zyklus?)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>option &apos;%1&apos; in section &apos;%2&apos;: bad interpolation reference; write %(name)s, or %% for a literal &apos;%&apos;</source>
        <translation>Option &apos;%1&apos; im Abschnitt &apos;%2&apos;: ungültiger Interpolationsverweis; schreiben Sie %(name)s oder %% für ein wörtliches &apos;%&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>option &apos;%1&apos; in section &apos;%2&apos; refers to %(%3)s, which is not an option of [%2] or [DEFAULT]</source>
        <translation>Option &apos;%1&apos; im Abschnitt &apos;%2&apos; verweist auf %(%3)s, das keine Option von [%2] oder [DEFAULT] ist</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>option &apos;%1&apos; in section &apos;%2&apos;: &apos;%&apos; must be followed by &apos;%&apos; or &apos;(&apos; (write %% for a literal &apos;%&apos;)</source>
        <translation>Option &apos;%1&apos; im Abschnitt &apos;%2&apos;: auf &apos;%&apos; muss &apos;%&apos; oder &apos;(&apos; folgen (schreiben Sie %% für ein wörtliches &apos;%&apos;)</translation>
    </message>
</context>
<context>
    <name>LintText</name>
    <message>
        <location filename="../core/migrate/lint/MigrationLint.cpp" line="+222"/>
        <source>drops table %1 and its %2 row(s)</source>
        <translation>löscht Tabelle %1 und ihre %2 Zeile(n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drops table %1 and every row in it</source>
        <translation>löscht Tabelle %1 mit allen Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rename the table instead, and drop it in a later release once nothing uses it and a backup exists</source>
        <translation>benennen Sie die Tabelle stattdessen um und löschen Sie sie in einem späteren Release, wenn nichts sie mehr nutzt und eine Sicherung existiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the downgrade can recreate table %1 but not the rows it held</source>
        <translation>der Downgrade kann Tabelle %1 neu anlegen, aber nicht ihre Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep a backup or copy the rows to an archive table before dropping</source>
        <translation>legen Sie vor dem Löschen eine Sicherung an oder kopieren Sie die Zeilen in eine Archivtabelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>drops column %1 of %2 and its values</source>
        <translation>löscht Spalte %1 von %2 mit ihren Werten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop reading and writing the column first, then drop it in a later revision</source>
        <translation>lesen und schreiben Sie die Spalte zuerst nicht mehr und löschen Sie sie dann in einer späteren Revision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the downgrade can add column %1 back to %2, but empty</source>
        <translation>der Downgrade kann Spalte %1 wieder zu %2 hinzufügen, aber leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the column&apos;s values to an archive table before dropping it</source>
        <translation>kopieren Sie die Werte der Spalte vor dem Löschen in eine Archivtabelle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>adding NOT NULL column %1 without a default fails: %2 has %3 row(s)</source>
        <translation>das Hinzufügen der NOT-NULL-Spalte %1 ohne Vorgabewert schlägt fehl: %2 hat %3 Zeile(n)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>adding NOT NULL column %1 without a default fails if %2 has any rows</source>
        <translation>das Hinzufügen der NOT-NULL-Spalte %1 ohne Vorgabewert schlägt fehl, sobald %2 Zeilen hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add the column nullable (or with a server_default), fill it, then alter it to NOT NULL</source>
        <translation>fügen Sie die Spalte mit NULL erlaubt (oder mit server_default) hinzu, befüllen Sie sie und ändern Sie sie dann auf NOT NULL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a volatile default makes PostgreSQL rewrite %1 under an exclusive lock</source>
        <translation>ein volatiler Vorgabewert lässt PostgreSQL %1 unter einer exklusiven Sperre neu schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add the column without a default, then fill it in batches</source>
        <translation>fügen Sie die Spalte ohne Vorgabewert hinzu und befüllen Sie sie dann stapelweise</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>narrows the type of %1 in %2: values that do not fit fail the upgrade or lose precision</source>
        <translation>verengt den Typ von %1 in %2: Werte, die nicht passen, lassen das Upgrade scheitern oder verlieren Genauigkeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changes the type of %1 in %2: values are converted and may not survive the conversion</source>
        <translation>ändert den Typ von %1 in %2: die Werte werden umgewandelt und überstehen die Umwandlung eventuell nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add a column of the new type, copy and check the values, then switch over</source>
        <translation>fügen Sie eine Spalte des neuen Typs hinzu, kopieren und prüfen Sie die Werte und stellen Sie dann um</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the downgrade restores the old type of %1, not the values the conversion changed</source>
        <translation>der Downgrade stellt den alten Typ von %1 wieder her, nicht die Werte, die die Umwandlung verändert hat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the type change rewrites %1 (a large table) under an ACCESS EXCLUSIVE lock</source>
        <translation>die Typänderung schreibt %1 (eine große Tabelle) unter einer ACCESS-EXCLUSIVE-Sperre neu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the type change rewrites %1 under an ACCESS EXCLUSIVE lock; on a large table reads and writes wait</source>
        <translation>die Typänderung schreibt %1 unter einer ACCESS-EXCLUSIVE-Sperre neu; bei einer großen Tabelle warten Lese- und Schreibzugriffe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add a new column, backfill it in batches, switch the application to it, then drop the old column</source>
        <translation>fügen Sie eine neue Spalte hinzu, befüllen Sie sie stapelweise, stellen Sie die Anwendung darauf um und löschen Sie dann die alte Spalte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>setting %1 NOT NULL fails: %2 has rows where it is NULL</source>
        <translation>%1 auf NOT NULL zu setzen schlägt fehl: %2 hat Zeilen, in denen sie NULL ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>setting %1 NOT NULL fails if any row of %2 holds NULL there</source>
        <translation>%1 auf NOT NULL zu setzen schlägt fehl, wenn eine Zeile von %2 dort NULL enthält</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fill the NULLs first (an UPDATE in the same revision or before)</source>
        <translation>füllen Sie zuerst die NULL-Werte (ein UPDATE in derselben oder einer früheren Revision)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SET NOT NULL scans all of %1 under an ACCESS EXCLUSIVE lock</source>
        <translation>SET NOT NULL durchsucht ganz %1 unter einer ACCESS-EXCLUSIVE-Sperre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add CHECK (%1 IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL (PostgreSQL 12+ skips the scan)</source>
        <translation>fügen Sie CHECK (%1 IS NOT NULL) NOT VALID hinzu, validieren Sie es mit VALIDATE und setzen Sie dann SET NOT NULL (PostgreSQL 12+ spart sich den Scan)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CREATE INDEX without CONCURRENTLY blocks writes to %1 (a large table) while the index builds</source>
        <translation>CREATE INDEX ohne CONCURRENTLY blockiert Schreibzugriffe auf %1 (eine große Tabelle), solange der Index erstellt wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CREATE INDEX without CONCURRENTLY blocks writes to %1 while the index builds; long on a large table</source>
        <translation>CREATE INDEX ohne CONCURRENTLY blockiert Schreibzugriffe auf %1, solange der Index erstellt wird; bei einer großen Tabelle lange</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>create it with postgresql_concurrently=True inside op.get_context().autocommit_block()</source>
        <translation>legen Sie ihn mit postgresql_concurrently=True innerhalb von op.get_context().autocommit_block() an</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the new unique key (%1) fails: %2 already has duplicate values</source>
        <translation>der neue eindeutige Schlüssel (%1) schlägt fehl: %2 hat bereits doppelte Werte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new unique key (%1) fails if %2 holds duplicate values</source>
        <translation>der neue eindeutige Schlüssel (%1) schlägt fehl, wenn %2 doppelte Werte enthält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>find and resolve the duplicates first (GROUP BY %1 HAVING count(*) &gt; 1)</source>
        <translation>suchen und bereinigen Sie zuerst die Duplikate (GROUP BY %1 HAVING count(*) &gt; 1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>building the index of the new key locks %1 against writes</source>
        <translation>das Erstellen des Index für den neuen Schlüssel sperrt %1 gegen Schreibzugriffe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... USING INDEX</source>
        <translation>zuerst CREATE UNIQUE INDEX CONCURRENTLY, dann ADD CONSTRAINT ... USING INDEX</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>adding the foreign key scans %1 while holding a lock on it and on %2</source>
        <translation>das Hinzufügen des Fremdschlüssels durchsucht %1 und hält dabei eine Sperre auf %1 und auf %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>add it NOT VALID, then VALIDATE CONSTRAINT in a later step</source>
        <translation>fügen Sie ihn mit NOT VALID hinzu und führen Sie VALIDATE CONSTRAINT in einem späteren Schritt aus</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>adding the check constraint scans %1 under an ACCESS EXCLUSIVE lock</source>
        <translation>das Hinzufügen des Check-Constraints durchsucht %1 unter einer ACCESS-EXCLUSIVE-Sperre</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the SQL drops or deletes data</source>
        <translation>das SQL löscht Daten oder Objekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review the statement; back up what it removes</source>
        <translation>prüfen Sie die Anweisung; sichern Sie, was sie entfernt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the downgrade cannot restore rows the SQL removed or changed</source>
        <translation>der Downgrade kann Zeilen, die das SQL entfernt oder geändert hat, nicht wiederherstellen</translation>
    </message>
</context>
<context>
    <name>MigrationHistory</name>
    <message>
        <location filename="../ui/migrations/MigrationHistory.cpp" line="+98"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>MigrationRunnerText</name>
    <message>
        <location filename="../ui/migrations/MigrationRunner.cpp" line="+53"/>
        <source>Stratum could not read the version table after the run: %1</source>
        <translation>Stratum konnte die Versionstabelle nach dem Lauf nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is at base (no revision applied).</source>
        <translation>Die Datenbank steht auf base (keine Revision angewendet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is at %1.</source>
        <translation>Die Datenbank steht auf %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed: the failing run was rolled back as a whole.</source>
        <translation>Nichts wurde geändert: der fehlgeschlagene Lauf wurde als Ganzes zurückgerollt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revisions committed before the failure stay applied (one transaction per revision); the failing revision was rolled back.</source>
        <translation>Vor dem Fehler festgeschriebene Revisionen bleiben angewendet (eine Transaktion pro Revision); die fehlgeschlagene Revision wurde zurückgerollt.</translation>
    </message>
</context>
<context>
    <name>MigrationTour</name>
    <message>
        <location filename="../ui/migrations/MigrationTour.cpp" line="+57"/>
        <source>the migration history did not load</source>
        <translation>der Migrationsverlauf wurde nicht geladen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the review pane did not fill</source>
        <translation>der Prüfbereich wurde nicht gefüllt</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>no confirmation dialog appeared</source>
        <translation>kein Bestätigungsdialog erschien</translation>
    </message>
</context>
<context>
    <name>ModelExportText</name>
    <message>
        <location filename="../ui/model/ModelExport.cpp" line="+29"/>
        <source>%1 is read only: Stratum does not rewrite a models.py. Use Save as model file, or Export ▸ models.py to write a new one.</source>
        <translation>%1 ist schreibgeschützt: Stratum schreibt keine models.py um. Verwenden Sie „Als Modelldatei speichern“ oder Exportieren ▸ models.py, um eine neue zu schreiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This model was reflected from the database of %1 and cannot be saved in place: use Save as model file, or Generate revision to change the database.</source>
        <translation>Dieses Modell wurde aus der Datenbank von %1 gelesen und kann nicht an Ort und Stelle gespeichert werden: verwenden Sie „Als Modelldatei speichern“ oder „Revision erzeugen“, um die Datenbank zu ändern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This model is the state at revision %1 and cannot be saved in place: use Save as model file.</source>
        <translation>Dieses Modell ist der Stand bei Revision %1 und kann nicht an Ort und Stelle gespeichert werden: verwenden Sie „Als Modelldatei speichern“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This model has no file yet: use Save as model file.</source>
        <translation>Dieses Modell hat noch keine Datei: verwenden Sie „Als Modelldatei speichern“.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
</context>
<context>
    <name>ModelSourcesText</name>
    <message>
        <location filename="../ui/model/ModelSources.cpp" line="+40"/>
        <source>Connection %1: %2</source>
        <translation>Verbindung %1: %2</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>New model</source>
        <translation>Neues Modell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (read only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (database model)</source>
        <translation>%1 (Datenbankmodell)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model at %1</source>
        <translation>Modell bei %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A new model that has not been saved yet. Save as model file to keep it.</source>
        <translation>Ein neues Modell, das noch nicht gespeichert wurde. Speichern Sie es als Modelldatei, um es zu behalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stratum model file %1. Save writes it back in place.</source>
        <translation>Stratum-Modelldatei %1. Speichern schreibt sie an Ort und Stelle zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLAlchemy models %1, read only: Stratum does not rewrite your Python. Use Save as model file, or Export to write a new models.py.</source>
        <translation>SQLAlchemy-Modelle %1, schreibgeschützt: Stratum schreibt Ihren Python-Code nicht um. Verwenden Sie „Als Modelldatei speichern“ oder Exportieren, um eine neue models.py zu schreiben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reflected from the database of connection %1, read only: edits reach the database through Generate revision. Save as model file keeps the model.</source>
        <translation>Aus der Datenbank der Verbindung %1 gelesen, schreibgeschützt: Änderungen gelangen über „Revision erzeugen“ in die Datenbank. „Als Modelldatei speichern“ behält das Modell.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The schema state at revision %1 of %2 (replayed), read only. Save as model file keeps the model.</source>
        <translation>Der Schemastand bei Revision %1 von %2 (nachgespielt), schreibgeschützt. „Als Modelldatei speichern“ behält das Modell.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model editor</source>
        <translation>Modelleditor</translation>
    </message>
</context>
<context>
    <name>ModelValidatorText</name>
    <message>
        <location filename="../core/schema/ModelValidator.cpp" line="+129"/>
        <source>The name &quot;%1&quot; is %2 bytes long; PostgreSQL keeps only the first %3 bytes and would silently truncate it.</source>
        <translation>Der Name &quot;%1&quot; ist %2 Bytes lang; PostgreSQL behält nur die ersten %3 Bytes und würde ihn stillschweigend kürzen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+18"/>
        <location line="+313"/>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <location line="-328"/>
        <source>The table has no name.</source>
        <translation>Die Tabelle hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another table is also named &quot;%1&quot;.</source>
        <translation>Eine andere Tabelle heißt ebenfalls &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The table has no columns.</source>
        <translation>Die Tabelle hat keine Spalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+261"/>
        <source>unique constraint</source>
        <translation>Unique-Constraint</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>The unique constraint has no columns.</source>
        <translation>Der Unique-Constraint hat keine Spalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+257"/>
        <source>check constraint</source>
        <translation>Check-Constraint</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>The check constraint has no expression.</source>
        <translation>Der Check-Constraint hat keinen Ausdruck.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <location line="+65"/>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>The column has no name.</source>
        <translation>Die Spalte hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another column of %1 is also named &quot;%2&quot;.</source>
        <translation>Eine andere Spalte von %1 heißt ebenfalls &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The column&apos;s enum type &quot;%1&quot; is not defined in the model.</source>
        <translation>Der Enum-Typ &quot;%1&quot; der Spalte ist im Modell nicht definiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The column has no type.</source>
        <translation>Die Spalte hat keinen Typ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scale (%1) is larger than the precision (%2).</source>
        <translation>Die Nachkommastellen (%1) sind größer als die Genauigkeit (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An identity column must be smallint, integer or bigint, not %1.</source>
        <translation>Eine Identity-Spalte muss smallint, integer oder bigint sein, nicht %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An identity column cannot also have a default.</source>
        <translation>Eine Identity-Spalte kann nicht zusätzlich einen Vorgabewert haben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Column &quot;%1&quot; does not exist in %2.</source>
        <translation>Die Spalte &quot;%1&quot; existiert nicht in %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+176"/>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Primary key column &quot;%1&quot; is nullable; PostgreSQL would silently make it NOT NULL, so the database would differ from the model.</source>
        <translation>Die Primärschlüsselspalte &quot;%1&quot; erlaubt NULL; PostgreSQL würde sie stillschweigend zu NOT NULL machen, sodass die Datenbank vom Modell abwiche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Primary key column &quot;%1&quot; is nullable; SQLite would accept NULL in it (a legacy quirk), so the key would not identify rows.</source>
        <translation>Die Primärschlüsselspalte &quot;%1&quot; erlaubt NULL; SQLite würde darin NULL akzeptieren (eine historische Eigenheit), sodass der Schlüssel Zeilen nicht eindeutig identifizieren würde.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+135"/>
        <source>foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>The foreign key has no columns.</source>
        <translation>Der Fremdschlüssel hat keine Spalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The foreign key does not name the table it refers to.</source>
        <translation>Der Fremdschlüssel nennt die Tabelle nicht, auf die er verweist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The referred table &quot;%1&quot; does not exist in the model.</source>
        <translation>Die referenzierte Tabelle &quot;%1&quot; existiert nicht im Modell.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The foreign key has %1 column(s) but refers to %2 column(s) of %3.</source>
        <translation>Der Fremdschlüssel hat %1 Spalte(n), verweist aber auf %2 Spalte(n) von %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The referred column &quot;%1&quot; does not exist in %2.</source>
        <translation>Die referenzierte Spalte &quot;%1&quot; existiert nicht in %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The referred column(s) %1 of %2 are neither the primary key nor unique.</source>
        <translation>Die referenzierte(n) Spalte(n) %1 von %2 sind weder der Primärschlüssel noch eindeutig.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Column %1.%2 (%3) refers to %4.%5 (%6): </source>
        <translation>Spalte %1.%2 (%3) verweist auf %4.%5 (%6): </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the types do not match.</source>
        <translation>die Typen passen nicht zusammen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the enum types differ.</source>
        <translation>die Enum-Typen unterscheiden sich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the types differ in width or precision; values may not fit.</source>
        <translation>die Typen unterscheiden sich in Länge oder Genauigkeit; Werte passen eventuell nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+68"/>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The index has no columns.</source>
        <translation>Der Index hat keine Spalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An index element is empty.</source>
        <translation>Ein Indexelement ist leer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SQLite has no index methods; &quot;%1&quot; is ignored.</source>
        <translation>SQLite kennt keine Indexmethoden; &quot;%1&quot; wird ignoriert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a PostgreSQL index method.</source>
        <translation>&quot;%1&quot; ist keine Indexmethode von PostgreSQL.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The naming convention cannot name it: %1</source>
        <translation>Die Namenskonvention kann keinen Namen dafür bilden: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Another constraint of %1 is also named &quot;%2&quot;.</source>
        <translation>Ein anderer Constraint von %1 heißt ebenfalls &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>view %1</source>
        <translation>View %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+61"/>
        <source>sequence %1</source>
        <translation>Sequenz %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name &quot;%1&quot; is already used by %2 in the same schema.</source>
        <translation>Der Name &quot;%1&quot; wird im selben Schema bereits von %2 verwendet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>enum %1</source>
        <translation>Enum %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The enum has no name.</source>
        <translation>Das Enum hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another enum is also named &quot;%1&quot;.</source>
        <translation>Ein anderes Enum heißt ebenfalls &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The enum has no labels.</source>
        <translation>Das Enum hat keine Labels.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The label &quot;%1&quot; appears twice.</source>
        <translation>Das Label &quot;%1&quot; kommt doppelt vor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A label is empty.</source>
        <translation>Ein Label ist leer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sequence has no name.</source>
        <translation>Die Sequenz hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another sequence is also named &quot;%1&quot;.</source>
        <translation>Eine andere Sequenz heißt ebenfalls &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum value is larger than the maximum.</source>
        <translation>Der Minimalwert ist größer als der Maximalwert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The increment cannot be zero.</source>
        <translation>Die Schrittweite darf nicht null sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite has no sequences; it is not created.</source>
        <translation>SQLite kennt keine Sequenzen; sie wird nicht angelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A table is also named &quot;%1&quot;; PostgreSQL keeps tables and sequences in one namespace.</source>
        <translation>Eine Tabelle heißt ebenfalls &quot;%1&quot;; PostgreSQL führt Tabellen und Sequenzen in einem gemeinsamen Namensraum.</translation>
    </message>
</context>
<context>
    <name>OperationText</name>
    <message numerus="yes">
        <location filename="../core/migrate/lint/OperationDescription.cpp" line="+58"/>
        <source>create table %1 with %n column(s)</source>
        <translation>
            <numerusform>Tabelle %1 mit %n Spalte anlegen</numerusform>
            <numerusform>Tabelle %1 mit %n Spalten anlegen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>drop table %1</source>
        <translation>Tabelle %1 löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add column %1 to %2</source>
        <translation>Spalte %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>drop column %1 from %2</source>
        <translation>Spalte %1 aus %2 löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NULL allowed</source>
        <translation>NULL erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no default</source>
        <translation>kein Vorgabewert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default %1</source>
        <translation>Vorgabewert %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comment set</source>
        <translation>Kommentar gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment dropped</source>
        <translation>Kommentar entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renamed to %1</source>
        <translation>umbenannt in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alter column %1 of %2: %3</source>
        <translation>Spalte %1 von %2 ändern: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>create unique index %1 on %2 %3</source>
        <translation>eindeutigen Index %1 auf %2 %3 anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create index %1 on %2 %3</source>
        <translation>Index %1 auf %2 %3 anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (concurrently)</source>
        <translation> (CONCURRENTLY)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>drop index %1</source>
        <translation>Index %1 löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop index %1 on %2</source>
        <translation>Index %1 auf %2 löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add primary key %1on %2 %3</source>
        <translation>Primärschlüssel %1auf %2 %3 hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add foreign key %1on %2 %3 referencing %4 %5</source>
        <translation>Fremdschlüssel %1auf %2 %3 mit Verweis auf %4 %5 hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add unique constraint %1on %2 %3</source>
        <translation>Unique-Constraint %1auf %2 %3 hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add check constraint %1on %2 (%3)</source>
        <translation>Check-Constraint %1auf %2 (%3) hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>drop constraint %1 from %2</source>
        <translation>Constraint %1 von %2 löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rename table %1 to %2</source>
        <translation>Tabelle %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>set the comment of table %1</source>
        <translation>Kommentar der Tabelle %1 setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drop the comment of table %1</source>
        <translation>Kommentar der Tabelle %1 entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run SQL: %1</source>
        <translation>SQL ausführen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>alter table %1 in batch mode: %2</source>
        <translation>Tabelle %1 im Batch-Modus ändern: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Destructive</source>
        <translation>Zerstörend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data-dependent</source>
        <translation>Datenabhängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locking</source>
        <translation>Sperrend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Irreversible</source>
        <translation>Nicht umkehrbar</translation>
    </message>
</context>
<context>
    <name>ProposedConnectionText</name>
    <message>
        <location filename="../ui/connect/ProposedConnection.cpp" line="+35"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alembic&apos;s default for %1</source>
        <translation>Alembics Vorgabe für %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connect timeout</source>
        <translation>Verbindungs-Timeout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read-only</source>
        <translation>nur lesend</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Connection URL (does not parse)</source>
        <translation>Verbindungs-URL (nicht lesbar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also set, not used</source>
        <translation>Ebenfalls gesetzt, nicht verwendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrations (%1)</source>
        <translation>Migrationen (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alembic configuration</source>
        <translation>Alembic-Konfiguration</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Environment file (read, no connection values)</source>
        <translation>Umgebungsdatei (gelesen, keine Verbindungswerte)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/console/ExplainView.cpp" line="+58"/>
        <source> using %1</source>
        <translation> mit %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The planner estimated %1 rows but %2 came back (off by %3×).</source>
        <translation>Der Planer hat %1 Zeilen geschätzt, zurück kamen %2 (Abweichung %3×).</translation>
    </message>
    <message>
        <location filename="../ui/console/MessagesView.cpp" line="+33"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> fetched; more were not fetched</source>
        <translation> abgerufen; weitere wurden nicht abgerufen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 row(s) affected</source>
        <translation>%1 Zeile(n) betroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../ui/console/QueryWorker.cpp" line="+42"/>
        <source>The statement was cancelled.</source>
        <translation>Die Anweisung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/console/ResultFileWriter.cpp" line="+152"/>
        <location filename="../ui/console/ScriptFile.cpp" line="+43"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/console/ResultExporter.cpp" line="+50"/>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/migrations/ConfirmRunDialog.cpp" line="+18"/>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamp</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>destructive</source>
        <translation>zerstörend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>irreversible</source>
        <translation>nicht umkehrbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locking</source>
        <translation>sperrend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data-dependent</source>
        <translation>datenabhängig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
</context>
<context>
    <name>ReviewBuilderText</name>
    <message>
        <location filename="../ui/migrations/ReviewBuilder.cpp" line="+41"/>
        <source>The script could not be interpreted</source>
        <translation>Das Skript konnte nicht interpretiert werden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(needs Alembic)</source>
        <translation>(braucht Alembic)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No table changes.</source>
        <translation>Keine Tabellenänderungen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The database stands at several heads (%1); --sql starts from one revision.</source>
        <translation>Die Datenbank steht auf mehreren Heads (%1); --sql beginnt bei einer einzigen Revision.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A merge revision: its own statements, without version-table updates.</source>
        <translation>Eine Merge-Revision: ihre eigenen Anweisungen, ohne Änderungen an der Versionstabelle.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Range to %1</source>
        <translation>Bereich bis %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Upgrade %1 → %2 (revisions: %3)</source>
        <translation>Upgrade %1 → %2 (Revisionen: %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downgrade %1 → %2 (revisions: %3)</source>
        <translation>Downgrade %1 → %2 (Revisionen: %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is already at %1</source>
        <translation>Die Datenbank steht bereits auf %1</translation>
    </message>
</context>
<context>
    <name>RowEditLayerText</name>
    <message>
        <location filename="../ui/console/RowEditLayer.cpp" line="+117"/>
        <source>There is no row %1.</source>
        <translation>Es gibt keine Zeile %1.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Changed from %1</source>
        <translation>Geändert von %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>DEFAULT</source>
        <translation>DEFAULT</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>New row: inserted by Commit</source>
        <translation>Neue Zeile: wird beim Commit eingefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted by Commit</source>
        <translation>Wird beim Commit gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed: updated by Commit</source>
        <translation>Geändert: wird beim Commit aktualisiert</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+49"/>
        <location line="+31"/>
        <source>Editing is paused while the console works.</source>
        <translation>Die Bearbeitung ist angehalten, solange die Konsole arbeitet.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>This column is computed by the query and cannot be edited.</source>
        <translation>Diese Spalte wird von der Abfrage berechnet und kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The row is marked for deletion; restore it first.</source>
        <translation>Die Zeile ist zum Löschen markiert; stellen Sie sie zuerst wieder her.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>new row %1</source>
        <translation>neue Zeile %1</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>“%1” is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not true or false.</source>
        <translation>„%1“ ist weder true noch false.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not \x followed by hex digits.</source>
        <translation>„%1“ ist nicht \x gefolgt von Hexziffern.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDiscoveryText</name>
    <message>
        <location filename="../core/config/WorkspaceDiscovery.cpp" line="+71"/>
        <source>no [%1] section; Alembic reads its settings from there</source>
        <translation>kein Abschnitt [%1]; Alembic liest seine Einstellungen von dort</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the script_location folder %1 does not exist yet</source>
        <translation>der script_location-Ordner %1 existiert noch nicht</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>ALEMBIC_CONFIG environment variable</source>
        <translation>Umgebungsvariable ALEMBIC_CONFIG</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>in the folder</source>
        <translation>im Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in a parent folder (inside the same Git work tree)</source>
        <translation>in einem übergeordneten Ordner (im selben Git-Arbeitsverzeichnis)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>names %1, which is not a file</source>
        <translation>nennt %1, das keine Datei ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no alembic.ini in %1 (nor above it inside its Git work tree)</source>
        <translation>keine alembic.ini in %1 (auch nicht darüber im selben Git-Arbeitsverzeichnis)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 in %2 is ignored: the environment variable is already set</source>
        <translation>%1 in %2 wird ignoriert: die Umgebungsvariable ist bereits gesetzt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in %2:%3 has no value (&apos;=&apos; missing)</source>
        <translation>%1 in %2:%3 hat keinen Wert (&apos;=&apos; fehlt)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is empty (%2)</source>
        <translation>%1 ist leer (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is still Alembic&apos;s placeholder (%2); set DATABASE_URL or edit it</source>
        <translation>%1 ist noch Alembics Platzhalter (%2); setzen Sie DATABASE_URL oder bearbeiten Sie den Wert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no connection URL: set DATABASE_URL (environment or .env) or sqlalchemy.url in alembic.ini</source>
        <translation>keine Verbindungs-URL: setzen Sie DATABASE_URL (Umgebung oder .env) oder sqlalchemy.url in alembic.ini</translation>
    </message>
</context>
<context>
    <name>stratum::config::AlembicIni</name>
    <message>
        <location filename="../core/config/AlembicIni.cpp" line="+85"/>
        <source>the file has no [%1] section</source>
        <translation>die Datei hat keinen Abschnitt [%1]</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>version_path_separator must be &apos;space&apos;, &apos;os&apos;, &apos;:&apos; or &apos;;&apos;</source>
        <translation>version_path_separator muss &apos;space&apos;, &apos;os&apos;, &apos;:&apos; oder &apos;;&apos; sein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no script_location in [%1]; Alembic needs it</source>
        <translation>kein script_location in [%1]; Alembic braucht es</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>script_location &apos;%1&apos; names a Python package resource; Stratum needs a folder path (for example %(here)s/migrations)</source>
        <translation>script_location &apos;%1&apos; nennt eine Ressource eines Python-Pakets; Stratum braucht einen Ordnerpfad (zum Beispiel %(here)s/migrations)</translation>
    </message>
</context>
<context>
    <name>stratum::config::ValueOrigin</name>
    <message>
        <location filename="../core/config/Workspace.cpp" line="+41"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default for %1</source>
        <translation>Vorgabe für %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>stratum::ui::AboutDialog</name>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="+21"/>
        <source>About Stratum</source>
        <translation>Über Stratum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stratum %1</source>
        <translation>Stratum %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A desktop database workbench with a native connection pool, schema tools and an Alembic-compatible migration engine.</source>
        <translation>Eine Datenbank-Werkbank für den Desktop mit nativem Verbindungspool, Schema-Werkzeugen und einer Alembic-kompatiblen Migrations-Engine.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Running on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Built with Qt %1</source>
        <translation>Erstellt mit Qt %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy Versions</source>
        <translation>Versionen kopieren</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ActionRegistry</name>
    <message>
        <location filename="../ui/shell/ActionRegistry.cpp" line="+39"/>
        <source>Not available yet: comes with %1.</source>
        <translation>Noch nicht verfügbar: kommt mit %1.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::AutogenerateReviewDialog</name>
    <message>
        <location filename="../ui/migrations/AutogenerateReviewDialog.cpp" line="+32"/>
        <source>Generate revision</source>
        <translation>Revision erzeugen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this revision does</source>
        <translation>Was diese Revision tut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operations (uncheck to leave one out)</source>
        <translation>Operationen (abwählen, um eine wegzulassen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a pair to treat it as a rename instead of a drop and an add</source>
        <translation>Ein Paar ankreuzen, um es als Umbenennung statt als Löschen und Hinzufügen zu behandeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible renames</source>
        <translation>Mögliche Umbenennungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SQL of the checked operations</source>
        <translation>SQL der ausgewählten Operationen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write revision</source>
        <translation>Revision schreiben</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Rename table %1 → %2</source>
        <translation>Tabelle %1 → %2 umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename column %1.%2 → %3</source>
        <translation>Spalte %1.%2 → %3 umbenennen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The downgrade cannot be split like the upgrade; it will be empty. Check every operation to keep it.</source>
        <translation>Der Downgrade lässt sich nicht wie der Upgrade aufteilen; er bleibt leer. Kreuzen Sie alle Operationen an, um ihn zu behalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n operation(s) selected</source>
        <translation>
            <numerusform>%n Operation ausgewählt</numerusform>
            <numerusform>%n Operationen ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stratum::ui::ChangeReviewPanel</name>
    <message>
        <location filename="../ui/console/ChangeReviewPanel.cpp" line="+55"/>
        <source>Revert…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close the review</source>
        <translation>Die Prüfung schließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Änderung</translation>
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
        <location line="+14"/>
        <source>Send these statements in one transaction</source>
        <translation>Diese Anweisungen in einer Transaktion senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard every pending change</source>
        <translation>Alle ausstehenden Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SQL sent by Commit, in order</source>
        <translation>Vom Commit gesendetes SQL, in Reihenfolge</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Committing…</source>
        <translation>Schreibe fest…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pending changes</source>
        <translation>Keine ausstehenden Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 pending change</source>
        <translation>1 ausstehende Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pending changes</source>
        <translation>%1 ausstehende Änderungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Insert into %1 (%2)</source>
        <translation>Einfügen in %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update %1 (%2)</source>
        <translation>Aktualisieren von %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete from %1 (%2)</source>
        <translation>Löschen aus %1 (%2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(generated by an earlier statement)</source>
        <translation>(von einer früheren Anweisung erzeugt)</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ColumnTypeEditor</name>
    <message>
        <location filename="../ui/model/ColumnTypeEditor.cpp" line="+73"/>
        <source>enum</source>
        <translation>Enum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other…</source>
        <translation>anderer…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tz</source>
        <translation>tz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scale: digits after the decimal point</source>
        <translation>Nachkommastellen: Ziffern nach dem Dezimalkomma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With time zone</source>
        <translation>Mit Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An array of this type</source>
        <translation>Ein Array dieses Typs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL type</source>
        <translation>SQL-Typ</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Precision: total digits</source>
        <translation>Genauigkeit: Ziffern insgesamt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length in characters</source>
        <translation>Länge in Zeichen</translation>
    </message>
</context>
<context>
    <name>stratum::ui::CommandPalette</name>
    <message>
        <location filename="../ui/shell/CommandPalette.cpp" line="+60"/>
        <source>Type a command name…</source>
        <translation>Befehlsnamen eingeben…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command name</source>
        <translation>Befehlsname</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>↑↓ to choose · Enter to run · Esc to close</source>
        <translation>↑↓ zum Auswählen · Eingabe zum Ausführen · Esc zum Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No command matches “%1”.</source>
        <translation>Kein Befehl passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is not available right now.</source>
        <translation>„%1“ ist gerade nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::CommandPaletteDelegate</name>
    <message>
        <location filename="../ui/shell/CommandPaletteDelegate.cpp" line="+45"/>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not available yet</source>
        <translation>Noch nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConfirmRunDialog</name>
    <message>
        <location filename="../ui/migrations/ConfirmRunDialog.cpp" line="+10"/>
        <source>%1 the database?</source>
        <translation>%1 der Datenbank ausführen?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: %1 (%2)</source>
        <translation>Ziel: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; from &lt;code&gt;%2&lt;/code&gt; to &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; von &lt;code&gt;%2&lt;/code&gt; nach &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Revisions to run (%1):&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Auszuführende Revisionen (%1):&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Lint: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lint: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Stamping only rewrites the version table; no schema change runs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Stamp schreibt nur die Versionstabelle neu; keine Schemaänderung wird ausgeführt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Each revision commits on its own; a failure keeps the revisions before it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jede Revision wird für sich festgeschrieben; bei einem Fehler bleiben die vorherigen Revisionen erhalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;The run is one transaction where the database allows it; a failure rolls it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Lauf ist eine Transaktion, wo die Datenbank es erlaubt; ein Fehler rollt sie zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This is a production database. Type &lt;b&gt;%1&lt;/b&gt; to continue.</source>
        <translation>Dies ist eine Produktionsdatenbank. Geben Sie &lt;b&gt;%1&lt;/b&gt; ein, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection name</source>
        <translation>Verbindungsname</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConnectionActions</name>
    <message>
        <location filename="../ui/shell/ConnectionActions.cpp" line="+40"/>
        <source>The password was not stored: %1. Stratum will ask for it at each connect.</source>
        <translation>Das Passwort wurde nicht gespeichert: %1. Stratum fragt bei jeder Verbindung danach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Project Folder</source>
        <translation>Projektordner öffnen</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Password for %2 (leave empty to use ~/.pgpass):</source>
        <translation>%1

Passwort für %2 (leer lassen, um ~/.pgpass zu verwenden):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Connecting to %1 (%2)…</source>
        <translation>Verbinde mit %1 (%2)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 migrations</source>
        <translation>Migrationen von %1</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConnectionController</name>
    <message>
        <location filename="../ui/shell/ConnectionController.cpp" line="+107"/>
        <source>Cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read-only</source>
        <translation>nur lesend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not connected yet</source>
        <translation>noch nicht verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size %1, overflow %2, timeout %3 s</source>
        <translation>Größe %1, Überlauf %2, Timeout %3 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project folder</source>
        <translation>Projektordner</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/connect/ConnectionDialog.cpp" line="+35"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SQLAlchemy URL. Paste one from your .env or alembic.ini; the fields below follow it, and it follows them. The password is shown as ***.</source>
        <translation>SQLAlchemy-URL. Fügen Sie eine aus Ihrer .env oder alembic.ini ein; die Felder darunter folgen ihr, und sie folgt den Feldern. Das Passwort wird als *** angezeigt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>U&amp;RL:</source>
        <translation>U&amp;RL:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Test checks the connection: server version, round trip and TLS.</source>
        <translation>Testen prüft die Verbindung: Serverversion, Antwortzeit und TLS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Project Folder…</source>
        <translation>&amp;Projektordner öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find alembic.ini and .env in a project and propose its connection</source>
        <translation>alembic.ini und .env in einem Projekt finden und dessen Verbindung vorschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open Project Folder</source>
        <translation>Projektordner öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Proposed from %1. Sources:</source>
        <translation>Vorgeschlagen aus %1. Quellen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection URL found in %1. Sources:</source>
        <translation>Keine Verbindungs-URL in %1 gefunden. Quellen:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>• nothing: no alembic.ini or .env was found</source>
        <translation>• nichts: weder alembic.ini noch .env gefunden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConnectionForm</name>
    <message>
        <location filename="../ui/connect/ConnectionForm.cpp" line="+74"/>
        <source>e.g. Orders (staging)</source>
        <translation>z. B. Bestellungen (Staging)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production connections ask for confirmation before statements that change data or schema, and show their colour on every tab.</source>
        <translation>Produktionsverbindungen fragen vor Anweisungen, die Daten oder Schema ändern, nach einer Bestätigung und zeigen ihre Farbe auf jedem Tab.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the environment&apos;s colour</source>
        <translation>Farbe der Umgebung verwenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder in the saved connections; use / for subfolders.</source>
        <translation>Ordner in den gespeicherten Verbindungen; / trennt Unterordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL</source>
        <translation>SSL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>MySQL / MariaDB (not yet available)</source>
        <translation>MySQL / MariaDB (noch nicht verfügbar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Driver:</source>
        <translation>&amp;Treiber:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+50"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Choose the SQLite database file</source>
        <translation>SQLite-Datenbankdatei auswählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from ~/.pgpass or PGPASSWORD when empty</source>
        <translation>aus ~/.pgpass oder PGPASSWORD, wenn leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Read-only: refuse statements that change data</source>
        <translation>Nur &amp;lesend: Anweisungen ablehnen, die Daten ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL: default_transaction_read_only=on for every session. SQLite: PRAGMA query_only=ON.</source>
        <translation>PostgreSQL: default_transaction_read_only=on für jede Sitzung. SQLite: PRAGMA query_only=ON.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+75"/>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect &amp;timeout:</source>
        <translation>Verbindungs-&amp;Timeout:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Application name:</source>
        <translation>&amp;Anwendungsname:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Default (prefer)</source>
        <translation>Vorgabe (prefer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSL &amp;mode:</source>
        <translation>SSL-&amp;Modus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Client-Zertifikat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation>Schlüssel (*.key *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Root certificate:</source>
        <translation>&amp;Stammzertifikat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify-full checks the server&apos;s certificate against the root certificate and its host name; require only encrypts.</source>
        <translation>verify-full prüft das Zertifikat des Servers gegen das Stammzertifikat und seinen Hostnamen; require verschlüsselt nur.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+3"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Pool &amp;size:</source>
        <translation>Pool-&amp;Größe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Max &amp;overflow:</source>
        <translation>Max. &amp;Überlauf:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checkout &amp;timeout:</source>
        <translation>Ausleih-&amp;Timeout:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recycle after:</source>
        <translation>&amp;Erneuern nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pre-ping: test each connection before handing it out</source>
        <translation>&amp;Pre-Ping: jede Verbindung vor dem Ausleihen prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defaults are SQLAlchemy&apos;s QueuePool: size 5, overflow 10, timeout 30 s, no recycling, no pre-ping.</source>
        <translation>Vorgaben wie bei SQLAlchemys QueuePool: Größe 5, Überlauf 10, Timeout 30 s, kein Erneuern, kein Pre-Ping.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>defaults to the user name</source>
        <translation>Vorgabe: der Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path to the database file, or :memory:</source>
        <translation>Pfad zur Datenbankdatei oder :memory:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection colour</source>
        <translation>Farbe der Verbindung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SQLite database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3 *.db3);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConnectionManager</name>
    <message>
        <location filename="../ui/connect/ConnectionManager.cpp" line="+49"/>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only</source>
        <translation>Nur lesend</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;Folder…</source>
        <translation>Neuer &amp;Ordner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import and export</source>
        <translation>Import und Export</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit Connection – %1</source>
        <translation>Verbindung bearbeiten – %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

Password for %2 (leave empty to use ~/.pgpass):</source>
        <translation>%1

Passwort für %2 (leer lassen, um ~/.pgpass zu verwenden):</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the folder “%1” and every connection in it?</source>
        <translation>Den Ordner „%1“ mit allen Verbindungen darin löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the connection “%1” and its saved password?</source>
        <translation>Die Verbindung „%1“ und ihr gespeichertes Passwort löschen?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder name (use / for subfolders):</source>
        <translation>Ordnername (/ trennt Unterordner):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import Connections</source>
        <translation>Verbindungen importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stratum connections (*.json);;All files (*)</source>
        <translation>Stratum-Verbindungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Imported %n connection(s). Passwords are not part of the file; enter them at the first connect.</source>
        <translation>
            <numerusform>%n Verbindung importiert. Passwörter sind nicht Teil der Datei; geben Sie sie bei der ersten Verbindung ein.</numerusform>
            <numerusform>%n Verbindungen importiert. Passwörter sind nicht Teil der Datei; geben Sie sie bei der ersten Verbindung ein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Connections</source>
        <translation>Verbindungen exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stratum connections (*.json)</source>
        <translation>Stratum-Verbindungen (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1 (without passwords).</source>
        <translation>Nach %1 exportiert (ohne Passwörter).</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConnectionStore</name>
    <message>
        <location filename="../ui/connect/ConnectionStore.cpp" line="+166"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Could not write the file: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not a JSON file: %1 (at byte %2).</source>
        <translation>Keine JSON-Datei: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a Stratum connections file (expected &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Keine Stratum-Verbindungsdatei (erwartet: &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connection %1: %2</source>
        <translation>Verbindung %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not read the file: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConsoleController</name>
    <message>
        <location filename="../ui/shell/ConsoleController.cpp" line="+73"/>
        <source>A console needs a connection: open the demo or add a connection first.</source>
        <translation>Eine Konsole braucht eine Verbindung: öffnen Sie zuerst die Demo oder legen Sie eine Verbindung an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <location line="+89"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>the connection is read-only</source>
        <translation>die Verbindung ist nur lesend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Console %1 – %2</source>
        <translation>Konsole %1 – %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n unsaved script(s) from an earlier session can be reopened: File → Open Unsaved Scripts from Last Session.</source>
        <translation>
            <numerusform>%n ungespeichertes Skript aus einer früheren Sitzung kann wieder geöffnet werden: Datei → Ungespeicherte Skripte der letzten Sitzung öffnen.</numerusform>
            <numerusform>%n ungespeicherte Skripte aus einer früheren Sitzung können wieder geöffnet werden: Datei → Ungespeicherte Skripte der letzten Sitzung öffnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConsoleToolBar</name>
    <message>
        <location filename="../ui/console/ConsoleToolBar.cpp" line="+14"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the selection, or the statement under the cursor</source>
        <translation>Auswahl oder die Anweisung unter dem Cursor ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run script</source>
        <translation>Skript ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every statement; each result set gets its own tab</source>
        <translation>Alle Anweisungen ausführen; jede Ergebnismenge bekommt einen eigenen Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running statement on the server</source>
        <translation>Die laufende Anweisung auf dem Server abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain</source>
        <translation>Explain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the plan of the statement under the cursor</source>
        <translation>Den Plan der Anweisung unter dem Cursor anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain Analyze</source>
        <translation>Explain Analyze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the statement and show the plan with actual rows and times</source>
        <translation>Die Anweisung ausführen und den Plan mit tatsächlichen Zeilen und Zeiten anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-commit</source>
        <translation>Auto-Commit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: each statement commits by itself. Off: statements run in a transaction that Commit or Rollback ends.</source>
        <translation>An: jede Anweisung wird für sich festgeschrieben. Aus: Anweisungen laufen in einer Transaktion, die Commit oder Rollback beendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the current result to a CSV, TSV or JSON file</source>
        <translation>Das aktuelle Ergebnis in eine CSV-, TSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Script…</source>
        <translation>Skript öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a .sql file in this console</source>
        <translation>Eine .sql-Datei in dieser Konsole öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Script</source>
        <translation>Skript speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the script to its .sql file</source>
        <translation>Das Skript in seine .sql-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Script As…</source>
        <translation>Skript speichern unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the script to a new .sql file</source>
        <translation>Das Skript in eine neue .sql-Datei speichern</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>In transaction</source>
        <translation>In Transaktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction failed — roll back</source>
        <translation>Transaktion fehlgeschlagen – Rollback nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Transaction state; auto-commit is on</source>
        <translation>Transaktionsstatus; Auto-Commit ist an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction state; manual transactions</source>
        <translation>Transaktionsstatus; manuelle Transaktionen</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConsoleWidget</name>
    <message>
        <location filename="../ui/console/ConsoleWidget.cpp" line="+87"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Exporting… %1 rows</source>
        <translation>Exportiere… %1 Zeilen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %1 rows</source>
        <translation>%1 Zeilen exportiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ready — %1</source>
        <translation>Bereit – %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Auto-commit is on.</source>
        <translation>Auto-Commit ist an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual transactions: statements run in a transaction until Commit or Rollback.</source>
        <translation>Manuelle Transaktionen: Anweisungen laufen bis zu Commit oder Rollback in einer Transaktion.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Running 1 statement</source>
        <translation>Führe 1 Anweisung aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running %1 statements</source>
        <translation>Führe %1 Anweisungen aus</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+210"/>
        <source>Stopping…</source>
        <translation>Stoppe…</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>COMMIT</source>
        <translation>COMMIT</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ROLLBACK</source>
        <translation>ROLLBACK</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/console/ConsoleWidgetEditing.cpp" line="+75"/>
        <source>Pending row edits</source>
        <translation>Ausstehende Zeilenänderungen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row change(s) in this console have not been committed. Close and discard them?</source>
        <translation>
            <numerusform>%n Zeilenänderung in dieser Konsole wurde nicht festgeschrieben. Schließen und verwerfen?</numerusform>
            <numerusform>%n Zeilenänderungen in dieser Konsole wurden nicht festgeschrieben. Schließen und verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open transaction</source>
        <translation>Offene Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This console has an open transaction. Closing it rolls the transaction back. Close anyway?</source>
        <translation>Diese Konsole hat eine offene Transaktion. Beim Schließen wird sie zurückgerollt. Trotzdem schließen?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Result %1</source>
        <translation>Ergebnis %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopped after %1 s · %2 rows fetched</source>
        <translation>Nach %1 s gestoppt · %2 Zeilen abgerufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed after %1 s</source>
        <translation>Nach %1 s fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 statement</source>
        <translation>1 Anweisung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 statements</source>
        <translation>%1 Anweisungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Running… %1 rows fetched · %2 s</source>
        <translation>Läuft… %1 Zeilen abgerufen · %2 s</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export result</source>
        <translation>Ergebnis exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/console/ConsoleWidgetFiles.cpp" line="+88"/>
        <source>CSV (*.csv);;Tab-separated (*.tsv);;JSON (*.json);;SQL INSERT statements (*.sql)</source>
        <translation>CSV (*.csv);;Tabulatorgetrennt (*.tsv);;JSON (*.json);;SQL-INSERT-Anweisungen (*.sql)</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWidgetFiles.cpp" line="-64"/>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL-Skripte (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Script</source>
        <translation>Skript öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save Script As</source>
        <translation>Skript speichern unter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing every row of result %1 to %2…</source>
        <translation>Schreibe alle Zeilen von Ergebnis %1 nach %2…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the whole result</source>
        <translation>Das ganze Ergebnis exportieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote %1 rows to %2; the grid keeps the first ones.</source>
        <translation>%1 Zeilen nach %2 geschrieben; das Raster behält die ersten.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWidgetEditing.cpp" line="-42"/>
        <source>Committing row edits…</source>
        <translation>Schreibe Zeilenänderungen fest…</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Running replaces the results, and %n row change(s) have not been committed. Discard them and run?</source>
        <translation>
            <numerusform>Die Ausführung ersetzt die Ergebnisse, und %n Zeilenänderung wurde nicht festgeschrieben. Verwerfen und ausführen?</numerusform>
            <numerusform>Die Ausführung ersetzt die Ergebnisse, und %n Zeilenänderungen wurden nicht festgeschrieben. Verwerfen und ausführen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Committing %n row change(s)</source>
        <translation>
            <numerusform>Schreibe %n Zeilenänderung fest</numerusform>
            <numerusform>Schreibe %n Zeilenänderungen fest</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Revert row edits</source>
        <translation>Zeilenänderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Discard all %n pending row change(s)?</source>
        <translation>
            <numerusform>Die %n ausstehende Zeilenänderung verwerfen?</numerusform>
            <numerusform>Alle %n ausstehenden Zeilenänderungen verwerfen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Reverted %n row change(s); nothing was written.</source>
        <translation>
            <numerusform>%n Zeilenänderung verworfen; nichts wurde geschrieben.</numerusform>
            <numerusform>%n Zeilenänderungen verworfen; nichts wurde geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row edits reverted</source>
        <translation>Zeilenänderungen verworfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Commit row edits</source>
        <translation>Zeilenänderungen festschreiben</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n statement(s) committed in one transaction</source>
        <translation>
            <numerusform>%n Anweisung in einer Transaktion festgeschrieben</numerusform>
            <numerusform>%n Anweisungen in einer Transaktion festgeschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row edits committed</source>
        <translation>Zeilenänderungen festgeschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The transaction was rolled back and nothing was written. Every edit is kept: fix the marked row and commit again.</source>
        <translation>Die Transaktion wurde zurückgerollt und nichts wurde geschrieben. Alle Änderungen bleiben erhalten: korrigieren Sie die markierte Zeile und führen Sie den Commit erneut aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commit failed; the edits are kept</source>
        <translation>Commit fehlgeschlagen; die Änderungen bleiben erhalten</translation>
    </message>
</context>
<context>
    <name>stratum::ui::DiagramMinimap</name>
    <message>
        <location filename="../ui/model/DiagramMinimap.cpp" line="+21"/>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>stratum::ui::DocumentArea</name>
    <message>
        <location filename="../ui/shell/DocumentArea.cpp" line="+39"/>
        <source>No open documents</source>
        <translation>Keine offenen Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consoles, table editors and the migration history open here as tabs.</source>
        <translation>Konsolen, Tabelleneditoren und der Migrationsverlauf öffnen sich hier als Tabs.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
</context>
<context>
    <name>stratum::ui::DriftMatrix</name>
    <message>
        <location filename="../ui/migrations/DriftMatrix.cpp" line="+56"/>
        <source>Environment drift</source>
        <translation>Abweichung der Umgebungen</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>No saved connection uses this project. Save connections with this project folder to compare dev, staging and prod here.</source>
        <translation>Keine gespeicherte Verbindung nutzt dieses Projekt. Speichern Sie Verbindungen mit diesem Projektordner, um hier Entwicklung, Staging und Produktion zu vergleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where each saved connection of this project stands. ● marks the database&apos;s current revision; tinted cells are applied.</source>
        <translation>Wo jede gespeicherte Verbindung dieses Projekts steht. ● markiert die aktuelle Revision der Datenbank; getönte Zellen sind angewendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading…</source>
        <translation>Lese…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>● here</source>
        <translation>● hier</translation>
    </message>
</context>
<context>
    <name>stratum::ui::EditableModelDocument</name>
    <message numerus="yes">
        <location filename="../ui/model/EditableModelDocument.cpp" line="+260"/>
        <source>Move %n table(s)</source>
        <translation>
            <numerusform>%n Tabelle verschieben</numerusform>
            <numerusform>%n Tabellen verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stratum::ui::EnumEditorDialog</name>
    <message>
        <location filename="../ui/model/EnumEditorDialog.cpp" line="+43"/>
        <source>Enum types</source>
        <translation>Enum-Typen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Enums:</source>
        <translation>Enums:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add label</source>
        <translation>Label hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schema:</source>
        <translation>&amp;Schema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Edit enum types</source>
        <translation>Enum-Typen bearbeiten</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ErDiagramView</name>
    <message>
        <location filename="../ui/model/ErDiagramView.cpp" line="+164"/>
        <source>Find table…</source>
        <translation>Tabelle suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centre the diagram on a table</source>
        <translation>Das Diagramm auf eine Tabelle zentrieren</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ExplainView</name>
    <message>
        <location filename="../ui/console/ExplainView.cpp" line="+25"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Est. rows</source>
        <translation>Geschätzte Zeilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual rows</source>
        <translation>Tatsächliche Zeilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server&apos;s plan could not be read: %1</source>
        <translation>Der Plan des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Among the nodes with the most own time</source>
        <translation>Unter den Knoten mit der meisten eigenen Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Among the nodes with the most own cost</source>
        <translation>Unter den Knoten mit den höchsten eigenen Kosten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planning %1 ms, execution %2 ms</source>
        <translation>Planung %1 ms, Ausführung %2 ms</translation>
    </message>
</context>
<context>
    <name>stratum::ui::FindBar</name>
    <message>
        <location filename="../ui/console/FindBar.cpp" line="+18"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Previous</source>
        <translation>Vorheriges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Nächstes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>stratum::ui::HistoryPanel</name>
    <message>
        <location filename="../ui/console/HistoryPanel.cpp" line="+26"/>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source> · %1 rows</source>
        <translation> · %1 Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · failed</source>
        <translation> · fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · pid %1</source>
        <translation> · PID %1</translation>
    </message>
</context>
<context>
    <name>stratum::ui::LoadGeneratorPanel</name>
    <message>
        <location filename="../ui/pool/LoadGeneratorPanel.cpp" line="+31"/>
        <source>Choose a preset…</source>
        <translation>Vorlage wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 connections, 11 requests</source>
        <translation>10 Verbindungen, 11 Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short timeout (timeouts)</source>
        <translation>Kurzes Timeout (Timeouts)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Think time</source>
        <translation>Denkzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <location line="+100"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Terminate a backend</source>
        <translation>Ein Backend beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_terminate_backend() on a random pooled connection: watch invalidation and pre-ping</source>
        <translation>pg_terminate_backend() auf einer zufälligen Pool-Verbindung: Invalidierung und Pre-Ping beobachten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Throughput, wait percentiles and timeouts appear here.</source>
        <translation>Durchsatz, Wartezeit-Perzentile und Timeouts erscheinen hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy results</source>
        <translation>Ergebnisse kopieren</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>preset: 10 connections, 11 requests</source>
        <translation>Vorlage: 10 Verbindungen, 11 Anfragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>preset: short timeout (size 2, timeout 0.1 s)</source>
        <translation>Vorlage: kurzes Timeout (Größe 2, Timeout 0,1 s)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>load worker</source>
        <translation>Last-Worker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>running…
</source>
        <translation>läuft…
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no pooled backend to terminate</source>
        <translation>kein Pool-Backend zum Beenden</translation>
    </message>
</context>
<context>
    <name>stratum::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+47"/>
        <location line="+32"/>
        <location line="+248"/>
        <source>Stratum</source>
        <translation>Stratum</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Stratum %1 started (Qt %2, libpq %3, SQLite %4).</source>
        <translation>Stratum %1 gestartet (Qt %2, libpq %3, SQLite %4).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No engine is connected</source>
        <translation>Keine Engine verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once a connection is open, this panel shows its pool live: size, idle, checked-out and overflow connections, waiters, and each connection&apos;s timeline.</source>
        <translation>Sobald eine Verbindung offen ist, zeigt dieser Bereich ihren Pool live: Größe, freie, ausgeliehene und Überlauf-Verbindungen, Wartende und die Zeitleiste jeder Verbindung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pool Monitor</source>
        <translation>Pool-Monitor</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Show or hide the %1 panel</source>
        <translation>Den Bereich %1 ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The demo workspace is not part of this build yet; the window shows only what exists.</source>
        <translation>Der Demo-Arbeitsbereich ist noch nicht Teil dieses Builds; das Fenster zeigt nur, was existiert.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::MessageLog</name>
    <message>
        <location filename="../ui/shell/MessageLog.cpp" line="+47"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear Messages</source>
        <translation>Meldungen leeren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No messages</source>
        <translation>Keine Meldungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices, errors and connection events appear here.</source>
        <translation>Hinweise, Fehler und Verbindungsereignisse erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::MessagesView</name>
    <message>
        <location filename="../ui/console/MessagesView.cpp" line="-45"/>
        <source>ERROR: %1</source>
        <translation>FEHLER: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DETAIL: %1</source>
        <translation>DETAIL: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HINT: %1</source>
        <translation>TIPP: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CONTEXT: %1</source>
        <translation>KONTEXT: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at line %1, column %2</source>
        <translation>in Zeile %1, Spalte %2</translation>
    </message>
</context>
<context>
    <name>stratum::ui::MigrationTreeFiller</name>
    <message>
        <location filename="../ui/shell/MigrationTreeFiller.cpp" line="+167"/>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not read the migrations: %1</source>
        <translation>Die Migrationen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read the migrations of %1: %2</source>
        <translation>Die Migrationen von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base (not stamped)</source>
        <translation>base (nicht gestempelt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scripts</source>
        <translation>Skripte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heads</source>
        <translation>Heads</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unreadable scripts</source>
        <translation>Unlesbare Skripte</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n revision(s); database at %1</source>
        <translation>
            <numerusform>%n Revision; Datenbank auf %1</numerusform>
            <numerusform>%n Revisionen; Datenbank auf %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merge</source>
        <translation>Zusammenführung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>branch point</source>
        <translation>Verzweigungspunkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no message)</source>
        <translation>(keine Nachricht)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revises</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(base)</source>
        <translation>(Basis)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch labels</source>
        <translation>Branch-Labels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>stratum::ui::MigrationView</name>
    <message>
        <location filename="../ui/migrations/MigrationView.cpp" line="+55"/>
        <source>Filter by message, id, label or author</source>
        <translation>Nach Nachricht, ID, Label oder Autor filtern</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to the revision the database stands at</source>
        <translation>Zur Revision springen, auf der die Datenbank steht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrade to here</source>
        <translation>Upgrade bis hier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the pending revisions up to the selected one</source>
        <translation>Die ausstehenden Revisionen bis zur ausgewählten anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downgrade to here</source>
        <translation>Downgrade bis hier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert the applied revisions above the selected one</source>
        <translation>Die angewendeten Revisionen über der ausgewählten zurücknehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamp</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the selected revision in the version table without running it</source>
        <translation>Die ausgewählte Revision in der Versionstabelle eintragen, ohne sie auszuführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehearse</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the upgrade to the selected revision in a transaction that is rolled back: time, locks and errors per revision (PostgreSQL)</source>
        <translation>Den Upgrade bis zur ausgewählten Revision in einer Transaktion ausführen, die zurückgerollt wird: Zeit, Sperren und Fehler je Revision (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop after the running revision</source>
        <translation>Nach der laufenden Revision anhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+387"/>
        <source>Merge heads</source>
        <translation>Heads zusammenführen</translation>
    </message>
    <message>
        <location line="-386"/>
        <source>Write a merge revision joining every head</source>
        <translation>Eine Merge-Revision schreiben, die alle Heads zusammenführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+395"/>
        <source>New revision</source>
        <translation>Neue Revision</translation>
    </message>
    <message>
        <location line="-394"/>
        <source>Write a new empty revision script</source>
        <translation>Ein neues, leeres Revisionsskript schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate…</source>
        <translation>Erzeugen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the database with the project&apos;s model and review the revision autogenerate would write</source>
        <translation>Die Datenbank mit dem Modell des Projekts vergleichen und die Revision prüfen, die Autogenerate schreiben würde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export SQL…</source>
        <translation>SQL exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the SQL from the database to the selected revision, as `upgrade --sql` prints it</source>
        <translation>Das SQL von der Datenbank bis zur ausgewählten Revision speichern, wie `upgrade --sql` es ausgibt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the scripts and the database position</source>
        <translation>Die Skripte und den Stand der Datenbank neu laden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Database not reachable: %1</source>
        <translation>Datenbank nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is at base</source>
        <translation>%1 steht auf base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is at %2</source>
        <translation>%1 steht auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 pending</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Rehearsing the upgrade to %1…</source>
        <translation>Probelauf des Upgrades bis %1…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Select a revision first</source>
        <translation>Wählen Sie zuerst eine Revision aus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export migration SQL</source>
        <translation>Migrations-SQL exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQL files (*.sql)</source>
        <translation>SQL-Dateien (*.sql)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Cannot read the model %1: %2</source>
        <translation>Das Modell %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1:%2: not interpreted: %3</source>
        <translation>%1:%2: nicht interpretiert: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+10"/>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>merge heads</source>
        <translation>Heads zusammenführen</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ModelController</name>
    <message>
        <location filename="../ui/shell/ModelController.cpp" line="+45"/>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.%1 *.py);;Stratum model (*.%1);;SQLAlchemy models (*.py)</source>
        <translation>Modelle (*.%1 *.py);;Stratum-Modell (*.%1);;SQLAlchemy-Modelle (*.py)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a connection first, or use File ▸ Open Model… for a file.</source>
        <translation>Wählen Sie zuerst eine Verbindung aus oder öffnen Sie mit Datei ▸ Modell öffnen… eine Datei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Generate Revision works on a model: open one first (Tools ▸ Model Editor).</source>
        <translation>Revision erzeugen arbeitet mit einem Modell: öffnen Sie zuerst eines (Werkzeuge ▸ Modelleditor).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Model from Database</source>
        <translation>Modell aus Datenbank</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Model at This Revision</source>
        <translation>Modell bei dieser Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model at Head</source>
        <translation>Modell bei Head</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 migrations</source>
        <translation>Migrationen von %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the model of %1…</source>
        <translation>Lese das Modell von %1…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ModelEditorWidget</name>
    <message>
        <location filename="../ui/model/ModelEditorWidget.cpp" line="+100"/>
        <location line="+176"/>
        <source>Compare the model with the database and review the revision that makes them equal</source>
        <translation>Das Modell mit der Datenbank vergleichen und die Revision prüfen, die beide angleicht</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Wrote revision %1 to %2.</source>
        <translation>Revision %1 nach %2 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n line(s) not interpreted</source>
        <translation>
            <numerusform>%n Zeile nicht interpretiert</numerusform>
            <numerusform>%n Zeilen nicht interpretiert</numerusform>
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
        <source>Write the model file in place</source>
        <translation>Die Modelldatei an Ort und Stelle schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This source is read only: Save writes a new model file</source>
        <translation>Diese Quelle ist schreibgeschützt: Speichern schreibt eine neue Modelldatei</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the model, with its layout, to a new Stratum model file</source>
        <translation>Das Modell mit seinem Layout in eine neue Stratum-Modelldatei schreiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>models.py (SQLAlchemy 2.0, typed)…</source>
        <translation>models.py (SQLAlchemy 2.0, typisiert)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>models.py (classic Column, SQLAlchemy 1.4)…</source>
        <translation>models.py (klassisches Column, SQLAlchemy 1.4)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DDL for PostgreSQL…</source>
        <translation>DDL für PostgreSQL…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDL for SQLite…</source>
        <translation>DDL für SQLite…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagram as PNG…</source>
        <translation>Diagramm als PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagram as SVG…</source>
        <translation>Diagramm als SVG…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Table</source>
        <translation>Tabelle hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a table to the model</source>
        <translation>Dem Modell eine Tabelle hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto Layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrange the tables in layers that follow the foreign keys</source>
        <translation>Die Tabellen in Ebenen entlang der Fremdschlüssel anordnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole diagram</source>
        <translation>Das ganze Diagramm zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enums…</source>
        <translation>Enums…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the model&apos;s enum types</source>
        <translation>Die Enum-Typen des Modells bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sequences…</source>
        <translation>Sequenzen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the model&apos;s sequences</source>
        <translation>Die Sequenzen des Modells bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generate Revision…</source>
        <translation>Revision erzeugen…</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+24"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Save as model file</source>
        <translation>Als Modelldatei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stratum model (*.%1)</source>
        <translation>Stratum-Modell (*.%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export models.py</source>
        <translation>models.py exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Python (*.py)</source>
        <translation>Python (*.py)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <location line="+18"/>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Export DDL</source>
        <translation>DDL exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQL (*.sql)</source>
        <translation>SQL (*.sql)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add table %1</source>
        <translation>Tabelle %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No table matches &quot;%1&quot;.</source>
        <translation>Keine Tabelle passt zu &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Generate revision is blocked by %n problem(s) in the model; fix them first. The first: %1</source>
        <translation>
            <numerusform>Revision erzeugen ist durch %n Problem im Modell blockiert; beheben Sie es zuerst: %1</numerusform>
            <numerusform>Revision erzeugen ist durch %n Probleme im Modell blockiert; beheben Sie diese zuerst. Das erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unsaved model</source>
        <translation>Ungespeichertes Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has unsaved edits.</source>
        <translation>%1 hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save them to the model file?</source>
        <translation>In die Modelldatei speichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This source is read only: Save writes a new model file.</source>
        <translation>Diese Quelle ist schreibgeschützt: Speichern schreibt eine neue Modelldatei.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ParameterDialog</name>
    <message>
        <location filename="../ui/console/ParameterDialog.cpp" line="+18"/>
        <source>Query parameters</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values are sent as text; the server converts them to the parameter&apos;s type.</source>
        <translation>Werte werden als Text gesendet; der Server wandelt sie in den Typ des Parameters um.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PasswordVault</name>
    <message>
        <location filename="../ui/connect/PasswordVault.cpp" line="+35"/>
        <source>The password is kept in the system keychain.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keychain is available (%1). Stratum never writes passwords to files, so it will ask for this password at each connect.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Stratum schreibt Passwörter nie in Dateien und fragt daher bei jeder Verbindung nach diesem Passwort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password goes to the system keychain, never to a file.</source>
        <translation>Das Passwort kommt in den Schlüsselbund des Systems, niemals in eine Datei.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no Secret Service or KWallet answered</source>
        <translation>weder Secret Service noch KWallet haben geantwortet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain refused the request.</source>
        <translation>Der Schlüsselbund hat die Anfrage abgelehnt.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PoolChart</name>
    <message>
        <location filename="../ui/pool/PoolChart.cpp" line="+111"/>
        <source>-%1 s</source>
        <translation>-%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PoolEventLog</name>
    <message>
        <location filename="../ui/pool/PoolEventLog.cpp" line="+148"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by holder, PID, detail…</source>
        <translation>Nach Halter, PID, Detail filtern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export pool events</source>
        <translation>Pool-Ereignisse exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PoolEventTableModel</name>
    <message>
        <location line="-65"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holder</source>
        <translation>Halter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PoolGauges</name>
    <message>
        <location filename="../ui/pool/PoolGauges.cpp" line="+32"/>
        <location line="+5"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>pool_size %1</source>
        <translation>pool_size %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>peak %1</source>
        <translation>Spitze %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timeout %1 s</source>
        <translation>Timeout %1 s</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked out</source>
        <translation>Ausgeliehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overflow</source>
        <translation>Überlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiters</source>
        <translation>Wartende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PoolMonitor</name>
    <message>
        <location filename="../ui/pool/PoolMonitor.cpp" line="+44"/>
        <location line="+116"/>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Last 60 s</source>
        <translation>Letzte 60 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 10 min</source>
        <translation>Letzte 10 min</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checked out &amp; waiters</source>
        <translation>Ausgeliehen &amp; Wartende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checked out</source>
        <translation>ausgeliehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiters</source>
        <translation>Wartende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkouts</source>
        <translation>Ausleihen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per s</source>
        <translation>pro s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checkouts/s</source>
        <translation>Ausleihen/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Load generator</source>
        <translation>Lastgenerator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>limit %1</source>
        <translation>Limit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checkouts %1 · connects %2 · timeouts %3 · invalidations %4 · recycles %5 · leaks %6</source>
        <translation>Ausleihen %1 · Verbindungsaufbauten %2 · Timeouts %3 · Invalidierungen %4 · Erneuerungen %5 · Lecks %6</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> · %1 events not shown (the monitor fell behind)</source>
        <translation> · %1 Ereignisse nicht angezeigt (der Monitor kam nicht hinterher)</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PoolServerView</name>
    <message>
        <location filename="../ui/pool/PoolServerView.cpp" line="+93"/>
        <source>Poll the server</source>
        <translation>Server abfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads pg_stat_activity on a separate connection</source>
        <translation>Liest pg_stat_activity über eine eigene Verbindung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pool state</source>
        <translation>Pool-Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server state</source>
        <translation>Server-Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Wait event</source>
        <translation>Warteereignis</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Query start</source>
        <translation>Abfragebeginn</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Other clients&apos; PID</source>
        <translation>PID anderer Clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server view needs PostgreSQL</source>
        <translation>Die Serveransicht braucht PostgreSQL</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Server view failed: %1</source>
        <translation>Serveransicht fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>max_connections %1 · Stratum holds %2 (pool %3 + server view 1) · other clients %4</source>
        <translation>max_connections %1 · Stratum hält %2 (Pool %3 + Serveransicht 1) · andere Clients %4</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PoolSettingsEditor</name>
    <message>
        <location filename="../ui/pool/PoolSettingsEditor.cpp" line="+24"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connections at checkout (pre-ping)</source>
        <translation>Verbindungen beim Ausleihen prüfen (Pre-Ping)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reuse the most recent idle connection first (LIFO)</source>
        <translation>Zuletzt freigewordene Verbindung zuerst wiederverwenden (LIFO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to new checkouts</source>
        <translation>Auf neue Ausleihen anwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pool_size</source>
        <translation>pool_size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max_overflow</source>
        <translation>max_overflow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recycle</source>
        <translation>recycle</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>settings: size %1, overflow %2, timeout %3 s%4%5</source>
        <translation>Einstellungen: Größe %1, Überlauf %2, Timeout %3 s%4%5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, pre-ping</source>
        <translation>, Pre-Ping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, LIFO</source>
        <translation>, LIFO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied; new checkouts follow it.</source>
        <translation>Angewendet; neue Ausleihen folgen ihr.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PoolTimeline</name>
    <message>
        <location filename="../ui/pool/PoolTimeline.cpp" line="+88"/>
        <source>&lt;b&gt;%1&lt;/b&gt; waiting for a connection</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wartet auf eine Verbindung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;br&gt;%1 waits in view, longest %2</source>
        <translation>&lt;br&gt;%1 Wartevorgänge im Bild, längster %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Connection %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verbindung %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;br&gt;Backend PID: %1</source>
        <translation>&lt;br&gt;Backend-PID: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&lt;br&gt;Age: %1</source>
        <translation>&lt;br&gt;Alter: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;State: %1</source>
        <translation>&lt;br&gt;Zustand: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;&lt;span style=&apos;color:#b01e6e&apos;&gt;Invalidated&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#b01e6e&apos;&gt;Invalidiert&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;Closed %1 ago</source>
        <translation>&lt;br&gt;Vor %1 geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;br&gt;Holder: %1</source>
        <translation>&lt;br&gt;Halter: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (idle)</source>
        <translation>keiner (frei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;br&gt;Last statement: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>&lt;br&gt;Letzte Anweisung: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>waits: %1</source>
        <translation>Wartende: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1 PID %2</source>
        <translation>#%1 PID %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PoolTour</name>
    <message>
        <location filename="../ui/pool/PoolTour.cpp" line="+39"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite scratch</source>
        <translation>SQLite-Notizdatenbank</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>could not save the pool monitor shots</source>
        <translation>die Aufnahmen des Pool-Monitors konnten nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ProblemsView</name>
    <message>
        <location filename="../ui/model/ProblemsView.cpp" line="+29"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No problems: the model can be generated.</source>
        <translation>Keine Probleme: das Modell kann erzeugt werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n error(s) block generation</source>
        <translation>
            <numerusform>%n Fehler blockiert die Erzeugung</numerusform>
            <numerusform>%n Fehler blockieren die Erzeugung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n Warnung</numerusform>
            <numerusform>, %n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s); the model can be generated.</source>
        <translation>
            <numerusform>%n Warnung; das Modell kann erzeugt werden.</numerusform>
            <numerusform>%n Warnungen; das Modell kann erzeugt werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stratum::ui::ProductionConfirmDialog</name>
    <message>
        <location filename="../ui/connect/ProductionGuard.cpp" line="+39"/>
        <source>Change production data?</source>
        <translation>Produktionsdaten ändern?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This statement changes data or schema:</source>
        <translation>Diese Anweisung ändert Daten oder Schema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 statements change data or schema:</source>
        <translation>%1 Anweisungen ändern Daten oder Schema:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a production connection.</source>
        <translation>%1 ist eine Produktionsverbindung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>…and %1 more.</source>
        <translation>…und %1 weitere.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is a production connection.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist eine Produktionsverbindung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Run on Production</source>
        <translation>Auf &amp;Produktion ausführen</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PropertiesView</name>
    <message>
        <location filename="../ui/shell/PropertiesView.cpp" line="+42"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a connection, table or revision to see its details.</source>
        <translation>Wählen Sie eine Verbindung, Tabelle oder Revision aus, um ihre Details zu sehen.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::RehearsalDialog</name>
    <message>
        <location filename="../ui/migrations/RehearsalDialog.cpp" line="+16"/>
        <source>Rehearsal on %1</source>
        <translation>Probelauf auf %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The upgrade to %1 ran in %2 ms and was rolled back: it would succeed.</source>
        <translation>Der Upgrade bis %1 lief in %2 ms und wurde zurückgerollt: er würde gelingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upgrade to %1 failed after %2 ms and was rolled back.</source>
        <translation>Der Upgrade bis %1 ist nach %2 ms fehlgeschlagen und wurde zurückgerollt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is unchanged.</source>
        <translation>Die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locks taken / error</source>
        <translation>Genommene Sperren / Fehler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n lock(s)</source>
        <translation>
            <numerusform>%n Sperre</numerusform>
            <numerusform>%n Sperren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (waiting)</source>
        <translation> (wartend)</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ResultModel</name>
    <message>
        <location filename="../ui/console/ResultModel.cpp" line="+268"/>
        <source>, nullable</source>
        <translation>, NULL erlaubt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, not null</source>
        <translation>, NOT NULL</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ResultView</name>
    <message>
        <location filename="../ui/console/ResultView.cpp" line="+29"/>
        <source>Fetch more</source>
        <translation>Mehr abrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop here</source>
        <translation>Hier aufhören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the rest…</source>
        <translation>Den Rest exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write every row, these and the rest, to a file without loading them here</source>
        <translation>Alle Zeilen, diese und den Rest, in eine Datei schreiben, ohne sie hier zu laden</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Showing the first %1 rows%2; the query has more. Fetching is paused so memory stays bounded.</source>
        <translation>Die ersten %1 Zeilen werden angezeigt%2; die Abfrage hat mehr. Das Abrufen pausiert, damit der Speicherbedarf begrenzt bleibt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Showing the first %1 rows; the rest was not fetched.</source>
        <translation>Die ersten %1 Zeilen werden angezeigt; der Rest wurde nicht abgerufen.</translation>
    </message>
    <message>
        <location filename="../ui/console/ResultViewEditing.cpp" line="+61"/>
        <source>Add Row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Append a new row; it is inserted by Commit</source>
        <translation>Eine neue Zeile anhängen; sie wird beim Commit eingefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Rows</source>
        <translation>Zeilen löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected rows; they are deleted by Commit</source>
        <translation>Die ausgewählten Zeilen markieren; sie werden beim Commit gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set NULL</source>
        <translation>Auf NULL setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the selected cells to NULL</source>
        <translation>Die ausgewählten Zellen auf NULL setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert Cell</source>
        <translation>Zelle zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected cells their fetched values back</source>
        <translation>Den ausgewählten Zellen ihre abgerufenen Werte zurückgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Rows</source>
        <translation>Zeilen wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the selected rows&apos; changes and deletion marks</source>
        <translation>Änderungen und Löschmarkierungen der ausgewählten Zeilen verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List the pending changes and their SQL</source>
        <translation>Die ausstehenden Änderungen und ihr SQL auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard every pending change</source>
        <translation>Alle ausstehenden Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write every pending change in one transaction</source>
        <translation>Alle ausstehenden Änderungen in einer Transaktion schreiben</translation>
    </message>
    <message>
        <location line="+129"/>
        <location line="+48"/>
        <source>Editing %1</source>
        <translation>Bearbeitung von %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Double-click a cell or start typing to change it; changes stay pending until Commit.</source>
        <translation>Doppelklicken Sie auf eine Zelle oder beginnen Sie zu tippen, um sie zu ändern; Änderungen bleiben bis zum Commit ausstehend.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read-only result: %1</source>
        <translation>Schreibgeschütztes Ergebnis: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows can be edited in a SELECT from one table that includes its whole primary key, on a connection that is not read-only.</source>
        <translation>Zeilen lassen sich in einem SELECT aus einer einzigen Tabelle bearbeiten, das ihren ganzen Primärschlüssel enthält, auf einer Verbindung, die nicht nur lesend ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Committing…</source>
        <translation>Schreibe fest…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pending changes</source>
        <translation>Keine ausstehenden Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 pending change</source>
        <translation>1 ausstehende Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pending changes</source>
        <translation>%1 ausstehende Änderungen</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ReviewPane</name>
    <message>
        <location filename="../ui/migrations/ReviewPane.cpp" line="+52"/>
        <source>Select a revision</source>
        <translation>Revision auswählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From the database to here</source>
        <translation>Von der Datenbank bis hier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the whole range the database would run to reach the selected revision</source>
        <translation>Den ganzen Bereich prüfen, den die Datenbank bis zur ausgewählten Revision ausführen würde</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Migration SQL</source>
        <translation>Migrations-SQL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Revision script</source>
        <translation>Revisionsskript</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>needs Alembic</source>
        <translation>braucht Alembic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safer: %1</source>
        <translation>Sicherer: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No operations</source>
        <translation>Keine Operationen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No SQL in this direction for this selection.</source>
        <translation>Kein SQL in dieser Richtung für diese Auswahl.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Needs Alembic: %1</source>
        <translation>Braucht Alembic: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — statements Stratum does not interpret are marked; this revision needs Alembic to run.</source>
        <translation>%1 – Anweisungen, die Stratum nicht interpretiert, sind markiert; diese Revision braucht Alembic zum Ausführen.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::RevisionGenerator</name>
    <message>
        <location filename="../ui/model/RevisionGenerator.cpp" line="+32"/>
        <source>This model is not linked to an Alembic project, so there is no script directory to write a revision into. Open the model from a connection that has a project (Model from Database), or at a revision of the history viewer.</source>
        <translation>Dieses Modell ist mit keinem Alembic-Projekt verknüpft, daher gibt es kein Skriptverzeichnis, in das eine Revision geschrieben werden kann. Öffnen Sie das Modell über eine Verbindung mit Projekt (Modell aus Datenbank) oder bei einer Revision im Verlauf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the project %1…</source>
        <translation>Lese das Projekt %1…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Comparing the model with %1…</source>
        <translation>Vergleiche das Modell mit %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing the model with the head state…</source>
        <translation>Vergleiche das Modell mit dem Head-Stand…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Compared with the schema state at the project&apos;s head, because the database could not be reached: %1</source>
        <translation>Mit dem Schemastand am Head des Projekts verglichen, weil die Datenbank nicht erreichbar war: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>model changes</source>
        <translation>Modelländerungen</translation>
    </message>
</context>
<context>
    <name>stratum::ui::RevisionGraphDelegate</name>
    <message>
        <location filename="../ui/migrations/RevisionGraphDelegate.cpp" line="+217"/>
        <source>you are here</source>
        <translation>Sie sind hier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merge</source>
        <translation>Zusammenführung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>destructive</source>
        <translation>zerstörend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>irreversible</source>
        <translation>nicht umkehrbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locking</source>
        <translation>sperrend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data-dependent</source>
        <translation>datenabhängig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs Alembic</source>
        <translation>braucht Alembic</translation>
    </message>
</context>
<context>
    <name>stratum::ui::RevisionGraphModel</name>
    <message>
        <location filename="../ui/migrations/RevisionGraphModel.cpp" line="+92"/>
        <source> (database is here)</source>
        <translation> (Datenbank steht hier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (pending)</source>
        <translation> (ausstehend)</translation>
    </message>
</context>
<context>
    <name>stratum::ui::RevisionGraphView</name>
    <message>
        <location filename="../ui/migrations/RevisionGraphView.cpp" line="+21"/>
        <source>Revision graph</source>
        <translation>Revisionsgraph</translation>
    </message>
</context>
<context>
    <name>stratum::ui::RowEditSession</name>
    <message>
        <location filename="../ui/console/RowEditSession.cpp" line="+39"/>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>the table&apos;s definition could not be read (%1)</source>
        <translation>die Definition der Tabelle konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Committing…</source>
        <translation>Schreibe fest…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to write.</source>
        <translation>Nichts zu schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some rows to delete were not fetched with every column; their statements are known once Commit has read them.</source>
        <translation>Einige zu löschende Zeilen wurden nicht mit allen Spalten abgerufen; ihre Anweisungen stehen fest, sobald der Commit sie gelesen hat.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The console is running a statement; commit the edits when it has finished.</source>
        <translation>Die Konsole führt eine Anweisung aus; schreiben Sie die Änderungen fest, wenn sie fertig ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The console has an open transaction. Commit or roll it back first: the edits are written on a connection of their own and would wait for its locks.</source>
        <translation>Die Konsole hat eine offene Transaktion. Führen Sie zuerst Commit oder Rollback aus: die Änderungen werden über eine eigene Verbindung geschrieben und würden auf deren Sperren warten.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::RunFailureDialog</name>
    <message>
        <location filename="../ui/migrations/RunFailureDialog.cpp" line="+17"/>
        <source>Migration cancelled</source>
        <translation>Migration abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Migration failed</source>
        <translation>Migration fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled on %1</source>
        <translation>Bei %1 abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed on %1</source>
        <translation>Bei %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision: %1</source>
        <translation>Revision: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server message: %1</source>
        <translation>Servermeldung: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failing statement:</source>
        <translation>Fehlgeschlagene Anweisung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failing statement: %1</source>
        <translation>Fehlgeschlagene Anweisung: %1</translation>
    </message>
</context>
<context>
    <name>stratum::ui::SchemaTreeFiller</name>
    <message>
        <location filename="../ui/shell/SchemaTreeFiller.cpp" line="+127"/>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not load: %1</source>
        <translation>Konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hint</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read the schema of %1: %2</source>
        <translation>Das Schema von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1: %n table(s) reflected in %2 ms with %3 catalogue queries (%4).</source>
        <translation>
            <numerusform>%1: %n Tabelle in %2 ms mit %3 Katalogabfragen gelesen (%4).</numerusform>
            <numerusform>%1: %n Tabellen in %2 ms mit %3 Katalogabfragen gelesen (%4).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (unique)</source>
        <translation>%1 (eindeutig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Foreign keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unique constraints</source>
        <translation>Unique-Constraints</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check constraints</source>
        <translation>Check-Constraints</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nullable</source>
        <translation>NULL erlaubt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+21"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Default</source>
        <translation>Vorgabewert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> not null</source>
        <translation> NOT NULL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>View</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materialized</source>
        <translation>Materialisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ScreenshotTour</name>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="+134"/>
        <source>the demo workspace did not open within 2 minutes</source>
        <translation>der Demo-Arbeitsbereich hat sich nicht innerhalb von 2 Minuten geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the demo workspace did not open: %1</source>
        <translation>der Demo-Arbeitsbereich hat sich nicht geöffnet: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no console could be opened on the demo</source>
        <translation>auf der Demo konnte keine Konsole geöffnet werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the demo query did not return a result</source>
        <translation>die Demo-Abfrage hat kein Ergebnis geliefert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Orders (staging)</source>
        <translation>Bestellungen (Staging)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not create the folder %1</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the migration history did not open</source>
        <translation>der Migrationsverlauf hat sich nicht geöffnet</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>the books table could not be edited for the tour</source>
        <translation>die Tabelle books konnte für die Tour nicht bearbeitet werden</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ScriptFile</name>
    <message>
        <location filename="../ui/console/ScriptFile.cpp" line="+33"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The script has no file yet: choose one with Save As.</source>
        <translation>Das Skript hat noch keine Datei: wählen Sie eine mit „Speichern unter“.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::SequenceEditorDialog</name>
    <message>
        <location filename="../ui/model/SequenceEditorDialog.cpp" line="+55"/>
        <source>Wrap around at the bound (CYCLE)</source>
        <translation>An der Grenze von vorn beginnen (CYCLE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>server default</source>
        <translation>Server-Vorgabe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sequences:</source>
        <translation>Sequenzen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schema:</source>
        <translation>&amp;Schema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart:</source>
        <translation>St&amp;art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Increment:</source>
        <translation>Sch&amp;rittweite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mi&amp;nimum:</source>
        <translation>Mi&amp;nimum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cache:</source>
        <translation>&amp;Cache:</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Edit sequences</source>
        <translation>Sequenzen bearbeiten</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ShellActions</name>
    <message>
        <location filename="../ui/shell/ShellActions.cpp" line="+11"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the query console</source>
        <translation>der Abfragekonsole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection dialogs</source>
        <translation>den Verbindungsdialogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the demo workspace</source>
        <translation>dem Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the migration history viewer</source>
        <translation>der Anzeige des Migrationsverlaufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the model editor</source>
        <translation>dem Modelleditor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pool monitor</source>
        <translation>dem Pool-Monitor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New Console</source>
        <translation>&amp;Neue Konsole</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a SQL console on the current connection</source>
        <translation>Eine SQL-Konsole auf der aktuellen Verbindung öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Connection…</source>
        <translation>Neue &amp;Verbindung…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Describe a database connection and test it</source>
        <translation>Eine Datenbankverbindung beschreiben und testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Project Folder…</source>
        <translation>Projektordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find alembic.ini, the migration scripts and .env in a folder</source>
        <translation>alembic.ini, die Migrationsskripte und .env in einem Ordner finden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Model…</source>
        <translation>&amp;Modell öffnen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a Stratum model file or an SQLAlchemy models.py in the model editor</source>
        <translation>Eine Stratum-Modelldatei oder eine SQLAlchemy-models.py im Modelleditor öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the embedded SQLite demo with models, migrations and data</source>
        <translation>Die eingebettete SQLite-Demo mit Modellen, Migrationen und Daten öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Unsaved Scripts from Last Session</source>
        <translation>&amp;Ungespeicherte Skripte der letzten Sitzung öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen the scripts that were unsaved when Stratum last closed</source>
        <translation>Die Skripte wieder öffnen, die beim letzten Schließen von Stratum nicht gespeichert waren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the current document tab</source>
        <translation>Den aktuellen Dokument-Tab schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit Stratum</source>
        <translation>Stratum beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo the last edit in the focused field</source>
        <translation>Die letzte Bearbeitung im aktiven Feld rückgängig machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo the last undone edit in the focused field</source>
        <translation>Die zuletzt rückgängig gemachte Bearbeitung im aktiven Feld wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cut the selection to the clipboard</source>
        <translation>Die Auswahl in die Zwischenablage ausschneiden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the selection to the clipboard</source>
        <translation>Die Auswahl in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste from the clipboard</source>
        <translation>Aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select everything in the focused field</source>
        <translation>Alles im aktiven Feld auswählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Command &amp;Palette…</source>
        <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find any command by name</source>
        <translation>Jeden Befehl über seinen Namen finden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload the workspace tree</source>
        <translation>Den Arbeitsbereich-Baum neu laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Welcome Page</source>
        <translation>&amp;Willkommensseite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the welcome page</source>
        <translation>Die Willkommensseite anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch to the next document tab</source>
        <translation>Zum nächsten Dokument-Tab wechseln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;vious Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch to the previous document tab</source>
        <translation>Zum vorherigen Dokument-Tab wechseln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Full Screen</source>
        <translation>Voll&amp;bild</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the whole screen for Stratum</source>
        <translation>Den ganzen Bildschirm für Stratum nutzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset &amp;Layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put every panel back where it started</source>
        <translation>Alle Bereiche an ihren ursprünglichen Platz zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Run Statement</source>
        <translation>Anweisung &amp;ausführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run the statement under the cursor, or the selection</source>
        <translation>Die Anweisung unter dem Cursor oder die Auswahl ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &amp;Script</source>
        <translation>&amp;Skript ausführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run every statement in the console</source>
        <translation>Alle Anweisungen der Konsole ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel Query</source>
        <translation>Abfrage a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the server to cancel the running statement</source>
        <translation>Den Server bitten, die laufende Anweisung abzubrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Explain</source>
        <translation>&amp;Explain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the query plan as a tree</source>
        <translation>Den Abfrageplan als Baum anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ommit</source>
        <translation>C&amp;ommit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commit the console&apos;s open transaction</source>
        <translation>Die offene Transaktion der Konsole festschreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll &amp;Back</source>
        <translation>&amp;Rollback</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roll back the console&apos;s open transaction</source>
        <translation>Die offene Transaktion der Konsole zurückrollen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Migration &amp;History</source>
        <translation>Migrations&amp;verlauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the revision graph and where each database stands</source>
        <translation>Den Revisionsgraphen anzeigen und wo jede Datenbank steht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Model Editor</source>
        <translation>&amp;Modelleditor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit tables, columns, constraints and indexes</source>
        <translation>Tabellen, Spalten, Constraints und Indizes bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Generate Revision…</source>
        <translation>Revision &amp;erzeugen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare the model with the database and write a revision script</source>
        <translation>Das Modell mit der Datenbank vergleichen und ein Revisionsskript schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pool &amp;Load Generator…</source>
        <translation>Pool-&amp;Lastgenerator…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run concurrent requests to watch the pool queue</source>
        <translation>Parallele Anfragen ausführen, um die Warteschlange des Pools zu beobachten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Stratum</source>
        <translation>&amp;Über Stratum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the versions of Stratum and its libraries</source>
        <translation>Die Versionen von Stratum und seinen Bibliotheken anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show Qt&apos;s licence and version</source>
        <translation>Lizenz und Version von Qt anzeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
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
        <location line="+4"/>
        <source>&amp;Query</source>
        <translation>Ab&amp;frage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>stratum::ui::SqlLexer</name>
    <message>
        <location filename="../ui/console/SqlLexer.cpp" line="+66"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>String</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type name</source>
        <translation>Typname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quoted identifier</source>
        <translation>Bezeichner in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
</context>
<context>
    <name>stratum::ui::StartPage</name>
    <message>
        <location filename="../ui/shell/StartPage.cpp" line="+90"/>
        <source>Welcome to Stratum</source>
        <translation>Willkommen bei Stratum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A desktop workbench for databases reached through a URL, described by models and changed through Alembic migrations.</source>
        <translation>Eine Desktop-Werkbank für Datenbanken, die über eine URL erreicht, durch Modelle beschrieben und mit Alembic-Migrationen verändert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In this build</source>
        <translation>In diesem Build</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections and project folders</source>
        <translation>Verbindungen und Projektordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query console</source>
        <translation>Abfragekonsole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration history</source>
        <translation>Migrationsverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model editor</source>
        <translation>Modelleditor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool monitor</source>
        <translation>Pool-Monitor</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find any command</source>
        <translation>Beliebigen Befehl finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New console</source>
        <translation>Neue Konsole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the statement</source>
        <translation>Die Anweisung ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the workspace</source>
        <translation>Den Arbeitsbereich aktualisieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
</context>
<context>
    <name>stratum::ui::StatusFields</name>
    <message>
        <location filename="../ui/shell/StatusFields.cpp" line="+36"/>
        <source>Current connection</source>
        <translation>Aktuelle Verbindung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server: —</source>
        <translation>Server: —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No transaction</source>
        <translation>Keine Transaktion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto-commit</source>
        <translation>Auto-Commit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction open</source>
        <translation>Transaktion offen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction failed: roll back</source>
        <translation>Transaktion fehlgeschlagen: Rollback nötig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction state of the current console</source>
        <translation>Transaktionsstatus der aktuellen Konsole</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pool %1/%2 (+%3 overflow)</source>
        <translation>Pool %1/%2 (+%3 Überlauf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked-out connections / pool size, and overflow in use</source>
        <translation>Ausgeliehene Verbindungen / Pool-Größe und genutzter Überlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database connection is open</source>
        <translation>Keine Datenbankverbindung ist offen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pool: —</source>
        <translation>Pool: —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No engine, so no pool</source>
        <translation>Keine Engine, also kein Pool</translation>
    </message>
</context>
<context>
    <name>stratum::ui::TableEditor</name>
    <message>
        <location filename="../ui/model/TableEditor.cpp" line="+37"/>
        <source>default (public)</source>
        <translation>Vorgabe (public)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>main</source>
        <translation>main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the table holds</source>
        <translation>Was die Tabelle enthält</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Schema:</source>
        <translation>&amp;Schema:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;mment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDL</source>
        <translation>DDL</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rename table %1 → %2</source>
        <translation>Tabelle %1 → %2 umbenennen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move table %1 to schema %2</source>
        <translation>Tabelle %1 in Schema %2 verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default)</source>
        <translation>(Vorgabe)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/model/TableEditorColumns.cpp" line="+166"/>
        <source>Set comment of %1</source>
        <translation>Kommentar von %1 setzen</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Cannot render: %1</source>
        <translation>Kann nicht darstellen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../ui/model/TableEditorColumns.cpp" line="-131"/>
        <location filename="../ui/model/TableEditorConstraints.cpp" line="+49"/>
        <location filename="../ui/model/TableEditorIndexes.cpp" line="+68"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nullable</source>
        <translation>NULL erlaubt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>Vorgabewert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Autoincrement</source>
        <translation>Autoincrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/model/TableEditorConstraints.cpp" line="+28"/>
        <location line="+56"/>
        <location filename="../ui/model/TableEditorIndexes.cpp" line="+0"/>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/model/TableEditorConstraints.cpp" line="-53"/>
        <location filename="../ui/model/TableEditorIndexes.cpp" line="+17"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Change type of %1 to %2</source>
        <translation>Typ von %1 in %2 ändern</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Remove default of %1</source>
        <translation>Vorgabewert von %1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set default of %1 to %2</source>
        <translation>Vorgabewert von %1 auf %2 setzen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rename column %1 → %2</source>
        <translation>Spalte %1 → %2 umbenennen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Make %1 nullable</source>
        <translation>NULL in %1 erlauben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make %1 NOT NULL</source>
        <translation>%1 auf NOT NULL setzen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add %1 to the primary key</source>
        <translation>%1 zum Primärschlüssel hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the primary key</source>
        <translation>%1 aus dem Primärschlüssel entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make %1 an identity column</source>
        <translation>%1 zur Identity-Spalte machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Make %1 a plain column</source>
        <translation>%1 zur einfachen Spalte machen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Make %1 autoincrement</source>
        <translation>%1 auf Autoincrement setzen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make %1 unique</source>
        <translation>%1 eindeutig machen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop the unique constraint on %1</source>
        <translation>Den Unique-Constraint auf %1 löschen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add column %1</source>
        <translation>Spalte %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Remove column %1</source>
        <translation>Spalte %1 entfernen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Move column %1 up</source>
        <translation>Spalte %1 nach oben verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move column %1 down</source>
        <translation>Spalte %1 nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../ui/model/TableEditorConstraints.cpp" line="-31"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Columns / check</source>
        <translation>Spalten / Check</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>References</source>
        <translation>Verweist auf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referenced columns</source>
        <translation>Referenzierte Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On delete</source>
        <translation>Beim Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On update</source>
        <translation>Beim Aktualisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deferrable</source>
        <translation>Aufschiebbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Initially deferred</source>
        <translation>Anfangs aufgeschoben</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+53"/>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+73"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+76"/>
        <source>Foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+6"/>
        <source>Change deferrability of a unique constraint of %1</source>
        <translation>Aufschiebbarkeit eines Unique-Constraints von %1 ändern</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Point a foreign key of %1 at %2</source>
        <translation>Einen Fremdschlüssel von %1 auf %2 verweisen lassen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Set ON DELETE %1 on a foreign key of %2</source>
        <translation>ON DELETE %1 für einen Fremdschlüssel von %2 setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set ON UPDATE %1 on a foreign key of %2</source>
        <translation>ON UPDATE %1 für einen Fremdschlüssel von %2 setzen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Change deferrability of a foreign key of %1</source>
        <translation>Aufschiebbarkeit eines Fremdschlüssels von %1 ändern</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the primary key of %1</source>
        <translation>den Primärschlüssel von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a unique constraint of %1</source>
        <translation>einen Unique-Constraint von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a check constraint of %1</source>
        <translation>einen Check-Constraint von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the expression of %1</source>
        <translation>Den Ausdruck von %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a foreign key of %1</source>
        <translation>einen Fremdschlüssel von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the referenced columns of %1</source>
        <translation>Die referenzierten Spalten von %1 ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the name of %1</source>
        <translation>Den Namen von %1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/model/TableEditorIndexes.cpp" line="+80"/>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/model/TableEditorIndexes.cpp" line="+4"/>
        <source>Change the columns of %1</source>
        <translation>Die Spalten von %1 ändern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a primary key to %1</source>
        <translation>Einen Primärschlüssel zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add a unique constraint to %1</source>
        <translation>Einen Unique-Constraint zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a check constraint to %1</source>
        <translation>Einen Check-Constraint zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add a foreign key from %1 to %2</source>
        <translation>Einen Fremdschlüssel von %1 auf %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Drop the primary key of %1</source>
        <translation>Den Primärschlüssel von %1 löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop unique constraint %1 of %2</source>
        <translation>Unique-Constraint %1 von %2 löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop a unique constraint of %1</source>
        <translation>Einen Unique-Constraint von %1 löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop check constraint %1 of %2</source>
        <translation>Check-Constraint %1 von %2 löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop a check constraint of %1</source>
        <translation>Einen Check-Constraint von %1 löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop foreign key %1 of %2</source>
        <translation>Fremdschlüssel %1 von %2 löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop a foreign key of %1</source>
        <translation>Einen Fremdschlüssel von %1 löschen</translation>
    </message>
    <message>
        <location filename="../ui/model/TableEditorIndexes.cpp" line="-101"/>
        <source>Columns / expressions</source>
        <translation>Spalten / Ausdrücke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add index</source>
        <translation>Index hinzufügen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Make index %1 unique</source>
        <translation>Index %1 eindeutig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make index %1 non-unique</source>
        <translation>Index %1 nicht eindeutig machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PostgreSQL access method</source>
        <translation>Die Zugriffsmethode von PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite has no index methods</source>
        <translation>SQLite kennt keine Indexmethoden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use method %1 for index %2</source>
        <translation>Methode %1 für Index %2 verwenden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>an index of %1</source>
        <translation>einen Index von %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Make %1 a full index</source>
        <translation>%1 zu einem vollständigen Index machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make %1 partial</source>
        <translation>%1 zu einem partiellen Index machen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add an index to %1</source>
        <translation>Einen Index zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add index %1 to %2</source>
        <translation>Index %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drop an index of %1</source>
        <translation>Einen Index von %1 löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop index %1 of %2</source>
        <translation>Index %1 von %2 löschen</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ValueViewer</name>
    <message>
        <location filename="../ui/console/ValueViewer.cpp" line="+40"/>
        <source>Close the value pane</source>
        <translation>Den Wertebereich schließen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Row %1, %2 (%3)</source>
        <translation>Zeile %1, %2 (%3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>, first %1 shown</source>
        <translation>, die ersten %1 angezeigt</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
</context>
<context>
    <name>stratum::ui::Workbench</name>
    <message>
        <location filename="../ui/shell/Workbench.cpp" line="+101"/>
        <source>Preparing the demo workspace: %1</source>
        <translation>Demo-Arbeitsbereich wird vorbereitet: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The demo workspace could not be prepared: %1</source>
        <translation>Der Demo-Arbeitsbereich konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+50"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Opening the demo workspace in %1…</source>
        <translation>Öffne den Demo-Arbeitsbereich in %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The current connection has no Alembic project.</source>
        <translation>Die aktuelle Verbindung hat kein Alembic-Projekt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 migrations</source>
        <translation>Migrationen von %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demo (SQLite)</source>
        <translation>Demo (SQLite)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo migrations</source>
        <translation>Demo-Migrationen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created the demo workspace in %1.</source>
        <translation>Demo-Arbeitsbereich in %1 angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened the demo workspace in %1.</source>
        <translation>Demo-Arbeitsbereich in %1 geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1
At revision: %2
Heads: %3</source>
        <translation>Datenbank: %1
Auf Revision: %2
Heads: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo workspace ready</source>
        <translation>Demo-Arbeitsbereich bereit</translation>
    </message>
</context>
<context>
    <name>stratum::ui::WorkspaceTree</name>
    <message>
        <location filename="../ui/shell/WorkspaceTree.cpp" line="+39"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections, their schemas and tables, and migration scripts appear here once a workspace is open.</source>
        <translation>Verbindungen mit ihren Schemas und Tabellen sowie Migrationsskripte erscheinen hier, sobald ein Arbeitsbereich offen ist.</translation>
    </message>
</context>
</TS>
