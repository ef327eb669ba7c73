<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ConnectionTesterText</name>
    <message>
        <location filename="../ui/connect/ConnectionTester.cpp" line="+63"/>
        <source>Connected to %1 %2.</source>
        <translation>Conectado a %1 %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect %1 ms, round trip %2 ms.</source>
        <translation>Conexión %1 ms, ida y vuelta %2 ms.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS in use.</source>
        <translation>TLS en uso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted (no TLS).</source>
        <translation>Sin cifrar (sin TLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only is in effect.</source>
        <translation>El modo de solo lectura está activo.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not open the database</source>
        <translation>No se pudo abrir la base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the file exists (or that its folder is writable) and the path is spelled right.</source>
        <translation>Compruebe que el archivo existe (o que su carpeta admite escritura) y que la ruta está bien escrita.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Authentication failed</source>
        <translation>Error de autenticación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user name and the password. The server may also expect another authentication method for this host (pg_hba.conf).</source>
        <translation>Compruebe el nombre de usuario y la contraseña. También puede que el servidor espere otro método de autenticación para este host (pg_hba.conf).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SSL required</source>
        <translation>SSL obligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server only accepts encrypted connections from here: set SSL mode to require (or verify-full with a root certificate).</source>
        <translation>El servidor solo acepta conexiones cifradas desde aquí: ponga el modo SSL en require (o verify-full con un certificado raíz).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SSL not available</source>
        <translation>SSL no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server does not offer TLS; use SSL mode prefer or disable, or enable ssl on the server.</source>
        <translation>El servidor no ofrece TLS; use el modo SSL prefer o disable, o active ssl en el servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate problem</source>
        <translation>Problema con el certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate could not be verified: check the root certificate file and that the host name matches the certificate.</source>
        <translation>No se pudo verificar el certificado del servidor: compruebe el archivo del certificado raíz y que el nombre de host coincida con el certificado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No such database</source>
        <translation>No existe la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the database name; the server has no database by that name.</source>
        <translation>Compruebe el nombre de la base de datos; el servidor no tiene ninguna con ese nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing accepts connections at that host and port. Is the server running, and listening on this address (listen_addresses, port)?</source>
        <translation>Nada acepta conexiones en ese host y puerto. ¿Está el servidor en marcha y escuchando en esa dirección (listen_addresses, port)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timed out</source>
        <translation>Tiempo de espera agotado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host did not answer in time. Check the host name, the port and any firewall or VPN in between, or raise the connect timeout.</source>
        <translation>El host no respondió a tiempo. Compruebe el nombre de host, el puerto y cualquier cortafuegos o VPN intermedio, o aumente el tiempo de espera de conexión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown host</source>
        <translation>Host desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host name could not be resolved; check its spelling and your DNS.</source>
        <translation>No se pudo resolver el nombre de host; compruebe cómo está escrito y su DNS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection failed</source>
        <translation>Error de conexión</translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <location filename="../ui/model/DiagramExporter.cpp" line="+49"/>
        <location line="+28"/>
        <source>The diagram is empty.</source>
        <translation>El diagrama está vacío.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Not enough memory for a %1 x %2 image.</source>
        <translation>No hay memoria suficiente para una imagen de %1 x %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write the PNG file.</source>
        <translation>No se pudo escribir el archivo PNG.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ER diagram</source>
        <translation>Diagrama ER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by Stratum</source>
        <translation>Creado con Stratum</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Could not write the SVG file.</source>
        <translation>No se pudo escribir el archivo SVG.</translation>
    </message>
</context>
<context>
    <name>DotEnvText</name>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="+192"/>
        <source>unterminated quoted variable name</source>
        <translation>nombre de variable entre comillas sin cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty variable name</source>
        <translation>nombre de variable vacío</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a variable name before &apos;=&apos;</source>
        <translation>se esperaba un nombre de variable antes de &apos;=&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a variable name after &apos;export&apos;</source>
        <translation>se esperaba un nombre de variable después de &apos;export&apos;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unterminated double-quoted value</source>
        <translation>valor entre comillas dobles sin cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unterminated single-quoted value</source>
        <translation>valor entre comillas simples sin cerrar</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>unexpected text after the closing quote</source>
        <translation>texto inesperado después de la comilla de cierre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected text</source>
        <translation>texto inesperado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected &apos;=&apos; after the variable name</source>
        <translation>se esperaba &apos;=&apos; después del nombre de la variable</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file is not valid UTF-8 (byte 0x%1); python-dotenv refuses it</source>
        <translation>el archivo no es UTF-8 válido (byte 0x%1); python-dotenv lo rechaza</translation>
    </message>
</context>
<context>
    <name>EditTargetText</name>
    <message>
        <location filename="../ui/console/EditTarget.cpp" line="+100"/>
        <source>the query uses WITH</source>
        <translation>la consulta usa WITH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a SELECT from one table can be edited</source>
        <translation>solo se puede editar un SELECT de una sola tabla</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+37"/>
        <source>the query combines several SELECTs</source>
        <translation>la consulta combina varios SELECT</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>the query is SELECT INTO</source>
        <translation>la consulta es un SELECT INTO</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>the query reads no table</source>
        <translation>la consulta no lee ninguna tabla</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the query reads from a subquery</source>
        <translation>la consulta lee de una subconsulta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the query reads from a function</source>
        <translation>la consulta lee de una función</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the query reads more than one table</source>
        <translation>la consulta lee más de una tabla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the query joins tables</source>
        <translation>la consulta combina tablas con JOIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the query groups rows</source>
        <translation>la consulta agrupa filas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a table (views and unknown names cannot be edited)</source>
        <translation>%1 no es una tabla (no se pueden editar vistas ni nombres desconocidos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the table %1 has no primary key, so a row cannot be addressed</source>
        <translation>la tabla %1 no tiene clave primaria, así que no se puede identificar una fila</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the result lacks the primary key column(s) %1 of %2</source>
        <translation>el resultado no incluye la(s) columna(s) de clave primaria %1 de %2</translation>
    </message>
</context>
<context>
    <name>IniFileText</name>
    <message>
        <location filename="../core/config/IniFile.cpp" line="+133"/>
        <source>the file has no [section] header before this line</source>
        <translation>el archivo no tiene un encabezado [sección] antes de esta línea</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>section &apos;%1&apos; appears twice; its options are merged</source>
        <translation>la sección &apos;%1&apos; aparece dos veces; sus opciones se combinan</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected &apos;name = value&apos;, &apos;name: value&apos; or a [section] header</source>
        <translation>se esperaba &apos;nombre = valor&apos;, &apos;nombre: valor&apos; o un encabezado [sección]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>option name missing before &apos;%1&apos;</source>
        <translation>falta el nombre de la opción antes de &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>option &apos;%1&apos; in section &apos;%2&apos; is already set on line %3; this value is ignored</source>
        <translation>la opción &apos;%1&apos; de la sección &apos;%2&apos; ya está definida en la línea %3; este valor se ignora</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is not valid UTF-8</source>
        <translation>el archivo no es UTF-8 válido</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the file has no [%1] section</source>
        <translation>el archivo no tiene sección [%1]</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>option &apos;%1&apos; in section &apos;%2&apos;: %(name)s references nest deeper than %3 levels (is there a cycle?)</source>
        <translation>opción &apos;%1&apos; de la sección &apos;%2&apos;: las referencias %(name)s se anidan a más de %3 niveles (¿hay un ciclo?)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>option &apos;%1&apos; in section &apos;%2&apos;: bad interpolation reference; write %(name)s, or %% for a literal &apos;%&apos;</source>
        <translation>opción &apos;%1&apos; de la sección &apos;%2&apos;: referencia de interpolación incorrecta; escriba %(name)s, o %% para un &apos;%&apos; literal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>option &apos;%1&apos; in section &apos;%2&apos; refers to %(%3)s, which is not an option of [%2] or [DEFAULT]</source>
        <translation>la opción &apos;%1&apos; de la sección &apos;%2&apos; se refiere a %(%3)s, que no es una opción de [%2] ni de [DEFAULT]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>option &apos;%1&apos; in section &apos;%2&apos;: &apos;%&apos; must be followed by &apos;%&apos; or &apos;(&apos; (write %% for a literal &apos;%&apos;)</source>
        <translation>opción &apos;%1&apos; de la sección &apos;%2&apos;: &apos;%&apos; debe ir seguido de &apos;%&apos; o &apos;(&apos; (escriba %% para un &apos;%&apos; literal)</translation>
    </message>
</context>
<context>
    <name>LintText</name>
    <message>
        <location filename="../core/migrate/lint/MigrationLint.cpp" line="+222"/>
        <source>drops table %1 and its %2 row(s)</source>
        <translation>elimina la tabla %1 y sus %2 fila(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drops table %1 and every row in it</source>
        <translation>elimina la tabla %1 y todas sus filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rename the table instead, and drop it in a later release once nothing uses it and a backup exists</source>
        <translation>renombre la tabla en su lugar y elimínela en una versión posterior, cuando nada la use y exista una copia de seguridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the downgrade can recreate table %1 but not the rows it held</source>
        <translation>el downgrade puede volver a crear la tabla %1, pero no las filas que contenía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep a backup or copy the rows to an archive table before dropping</source>
        <translation>guarde una copia de seguridad o copie las filas a una tabla de archivo antes de eliminarla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>drops column %1 of %2 and its values</source>
        <translation>elimina la columna %1 de %2 y sus valores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop reading and writing the column first, then drop it in a later revision</source>
        <translation>deje primero de leer y escribir la columna y elimínela después en una revisión posterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the downgrade can add column %1 back to %2, but empty</source>
        <translation>el downgrade puede volver a añadir la columna %1 a %2, pero vacía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the column&apos;s values to an archive table before dropping it</source>
        <translation>copie los valores de la columna a una tabla de archivo antes de eliminarla</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>adding NOT NULL column %1 without a default fails: %2 has %3 row(s)</source>
        <translation>añadir la columna NOT NULL %1 sin valor predeterminado falla: %2 tiene %3 fila(s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>adding NOT NULL column %1 without a default fails if %2 has any rows</source>
        <translation>añadir la columna NOT NULL %1 sin valor predeterminado falla si %2 tiene alguna fila</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add the column nullable (or with a server_default), fill it, then alter it to NOT NULL</source>
        <translation>añada la columna admitiendo NULL (o con server_default), rellénela y cámbiela después a NOT NULL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a volatile default makes PostgreSQL rewrite %1 under an exclusive lock</source>
        <translation>un valor predeterminado volátil hace que PostgreSQL reescriba %1 bajo un bloqueo exclusivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add the column without a default, then fill it in batches</source>
        <translation>añada la columna sin valor predeterminado y rellénela después por lotes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>narrows the type of %1 in %2: values that do not fit fail the upgrade or lose precision</source>
        <translation>reduce el tipo de %1 en %2: los valores que no quepan hacen fallar el upgrade o pierden precisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changes the type of %1 in %2: values are converted and may not survive the conversion</source>
        <translation>cambia el tipo de %1 en %2: los valores se convierten y pueden no sobrevivir a la conversión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add a column of the new type, copy and check the values, then switch over</source>
        <translation>añada una columna del tipo nuevo, copie y compruebe los valores y cambie después a ella</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the downgrade restores the old type of %1, not the values the conversion changed</source>
        <translation>el downgrade restaura el tipo anterior de %1, no los valores que cambió la conversión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the type change rewrites %1 (a large table) under an ACCESS EXCLUSIVE lock</source>
        <translation>el cambio de tipo reescribe %1 (una tabla grande) bajo un bloqueo ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the type change rewrites %1 under an ACCESS EXCLUSIVE lock; on a large table reads and writes wait</source>
        <translation>el cambio de tipo reescribe %1 bajo un bloqueo ACCESS EXCLUSIVE; en una tabla grande, lecturas y escrituras esperan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add a new column, backfill it in batches, switch the application to it, then drop the old column</source>
        <translation>añada una columna nueva, rellénela por lotes, haga que la aplicación la use y elimine después la columna antigua</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>setting %1 NOT NULL fails: %2 has rows where it is NULL</source>
        <translation>poner %1 como NOT NULL falla: %2 tiene filas donde es NULL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>setting %1 NOT NULL fails if any row of %2 holds NULL there</source>
        <translation>poner %1 como NOT NULL falla si alguna fila de %2 contiene NULL en ella</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fill the NULLs first (an UPDATE in the same revision or before)</source>
        <translation>rellene primero los NULL (un UPDATE en la misma revisión o en una anterior)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SET NOT NULL scans all of %1 under an ACCESS EXCLUSIVE lock</source>
        <translation>SET NOT NULL recorre toda %1 bajo un bloqueo ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add CHECK (%1 IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL (PostgreSQL 12+ skips the scan)</source>
        <translation>añada CHECK (%1 IS NOT NULL) NOT VALID, valídelo con VALIDATE y después SET NOT NULL (PostgreSQL 12+ se salta el recorrido)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CREATE INDEX without CONCURRENTLY blocks writes to %1 (a large table) while the index builds</source>
        <translation>CREATE INDEX sin CONCURRENTLY bloquea las escrituras en %1 (una tabla grande) mientras se construye el índice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CREATE INDEX without CONCURRENTLY blocks writes to %1 while the index builds; long on a large table</source>
        <translation>CREATE INDEX sin CONCURRENTLY bloquea las escrituras en %1 mientras se construye el índice; en una tabla grande, mucho tiempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>create it with postgresql_concurrently=True inside op.get_context().autocommit_block()</source>
        <translation>créelo con postgresql_concurrently=True dentro de op.get_context().autocommit_block()</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the new unique key (%1) fails: %2 already has duplicate values</source>
        <translation>la nueva clave única (%1) falla: %2 ya tiene valores duplicados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new unique key (%1) fails if %2 holds duplicate values</source>
        <translation>la nueva clave única (%1) falla si %2 contiene valores duplicados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>find and resolve the duplicates first (GROUP BY %1 HAVING count(*) &gt; 1)</source>
        <translation>busque y resuelva primero los duplicados (GROUP BY %1 HAVING count(*) &gt; 1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>building the index of the new key locks %1 against writes</source>
        <translation>construir el índice de la nueva clave bloquea las escrituras en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... USING INDEX</source>
        <translation>primero CREATE UNIQUE INDEX CONCURRENTLY y después ADD CONSTRAINT ... USING INDEX</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>adding the foreign key scans %1 while holding a lock on it and on %2</source>
        <translation>añadir la clave foránea recorre %1 manteniendo un bloqueo sobre ella y sobre %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>add it NOT VALID, then VALIDATE CONSTRAINT in a later step</source>
        <translation>añádala con NOT VALID y ejecute VALIDATE CONSTRAINT en un paso posterior</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>adding the check constraint scans %1 under an ACCESS EXCLUSIVE lock</source>
        <translation>añadir la restricción CHECK recorre %1 bajo un bloqueo ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the SQL drops or deletes data</source>
        <translation>el SQL elimina datos u objetos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review the statement; back up what it removes</source>
        <translation>revise la sentencia; haga una copia de seguridad de lo que elimina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the downgrade cannot restore rows the SQL removed or changed</source>
        <translation>el downgrade no puede restaurar las filas que el SQL eliminó o cambió</translation>
    </message>
</context>
<context>
    <name>MigrationHistory</name>
    <message>
        <location filename="../ui/migrations/MigrationHistory.cpp" line="+98"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>MigrationRunnerText</name>
    <message>
        <location filename="../ui/migrations/MigrationRunner.cpp" line="+53"/>
        <source>Stratum could not read the version table after the run: %1</source>
        <translation>Stratum no pudo leer la tabla de versiones después de la ejecución: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is at base (no revision applied).</source>
        <translation>La base de datos está en base (ninguna revisión aplicada).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is at %1.</source>
        <translation>La base de datos está en %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed: the failing run was rolled back as a whole.</source>
        <translation>No se cambió nada: la ejecución fallida se revirtió por completo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revisions committed before the failure stay applied (one transaction per revision); the failing revision was rolled back.</source>
        <translation>Las revisiones confirmadas antes del fallo siguen aplicadas (una transacción por revisión); la revisión fallida se revirtió.</translation>
    </message>
</context>
<context>
    <name>MigrationTour</name>
    <message>
        <location filename="../ui/migrations/MigrationTour.cpp" line="+57"/>
        <source>the migration history did not load</source>
        <translation>el historial de migraciones no se cargó</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the review pane did not fill</source>
        <translation>el panel de revisión no se llenó</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>no confirmation dialog appeared</source>
        <translation>no apareció ningún diálogo de confirmación</translation>
    </message>
</context>
<context>
    <name>ModelExportText</name>
    <message>
        <location filename="../ui/model/ModelExport.cpp" line="+29"/>
        <source>%1 is read only: Stratum does not rewrite a models.py. Use Save as model file, or Export ▸ models.py to write a new one.</source>
        <translation>%1 es de solo lectura: Stratum no reescribe un models.py. Use Guardar como archivo de modelo, o Exportar ▸ models.py para escribir uno nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This model was reflected from the database of %1 and cannot be saved in place: use Save as model file, or Generate revision to change the database.</source>
        <translation>Este modelo se obtuvo por reflexión de la base de datos de %1 y no se puede guardar en su sitio: use Guardar como archivo de modelo, o Generar revisión para cambiar la base de datos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This model is the state at revision %1 and cannot be saved in place: use Save as model file.</source>
        <translation>Este modelo es el estado en la revisión %1 y no se puede guardar en su sitio: use Guardar como archivo de modelo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This model has no file yet: use Save as model file.</source>
        <translation>Este modelo aún no tiene archivo: use Guardar como archivo de modelo.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
</context>
<context>
    <name>ModelSourcesText</name>
    <message>
        <location filename="../ui/model/ModelSources.cpp" line="+40"/>
        <source>Connection %1: %2</source>
        <translation>Conexión %1: %2</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>New model</source>
        <translation>Modelo nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (read only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (database model)</source>
        <translation>%1 (modelo de la base de datos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model at %1</source>
        <translation>Modelo en %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A new model that has not been saved yet. Save as model file to keep it.</source>
        <translation>Un modelo nuevo que aún no se ha guardado. Use Guardar como archivo de modelo para conservarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stratum model file %1. Save writes it back in place.</source>
        <translation>Archivo de modelo de Stratum %1. Guardar lo reescribe en su sitio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLAlchemy models %1, read only: Stratum does not rewrite your Python. Use Save as model file, or Export to write a new models.py.</source>
        <translation>Modelos de SQLAlchemy %1, solo lectura: Stratum no reescribe su código Python. Use Guardar como archivo de modelo, o Exportar para escribir un models.py nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reflected from the database of connection %1, read only: edits reach the database through Generate revision. Save as model file keeps the model.</source>
        <translation>Obtenido por reflexión de la base de datos de la conexión %1, solo lectura: los cambios llegan a la base de datos mediante Generar revisión. Guardar como archivo de modelo conserva el modelo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The schema state at revision %1 of %2 (replayed), read only. Save as model file keeps the model.</source>
        <translation>El estado del esquema en la revisión %1 de %2 (reproducido), solo lectura. Guardar como archivo de modelo conserva el modelo.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1</source>
        <translation>Conectando a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model editor</source>
        <translation>editor de modelos</translation>
    </message>
</context>
<context>
    <name>ModelValidatorText</name>
    <message>
        <location filename="../core/schema/ModelValidator.cpp" line="+129"/>
        <source>The name &quot;%1&quot; is %2 bytes long; PostgreSQL keeps only the first %3 bytes and would silently truncate it.</source>
        <translation>El nombre &quot;%1&quot; ocupa %2 bytes; PostgreSQL conserva solo los primeros %3 bytes y lo truncaría sin avisar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+18"/>
        <location line="+313"/>
        <source>table %1</source>
        <translation>tabla %1</translation>
    </message>
    <message>
        <location line="-328"/>
        <source>The table has no name.</source>
        <translation>La tabla no tiene nombre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another table is also named &quot;%1&quot;.</source>
        <translation>Otra tabla también se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The table has no columns.</source>
        <translation>La tabla no tiene columnas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+261"/>
        <source>unique constraint</source>
        <translation>restricción única</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>The unique constraint has no columns.</source>
        <translation>La restricción única no tiene columnas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+257"/>
        <source>check constraint</source>
        <translation>restricción CHECK</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>The check constraint has no expression.</source>
        <translation>La restricción CHECK no tiene expresión.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <location line="+65"/>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>The column has no name.</source>
        <translation>La columna no tiene nombre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another column of %1 is also named &quot;%2&quot;.</source>
        <translation>Otra columna de %1 también se llama &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The column&apos;s enum type &quot;%1&quot; is not defined in the model.</source>
        <translation>El tipo enum &quot;%1&quot; de la columna no está definido en el modelo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The column has no type.</source>
        <translation>La columna no tiene tipo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scale (%1) is larger than the precision (%2).</source>
        <translation>La escala (%1) es mayor que la precisión (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An identity column must be smallint, integer or bigint, not %1.</source>
        <translation>Una columna de identidad debe ser smallint, integer o bigint, no %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An identity column cannot also have a default.</source>
        <translation>Una columna de identidad no puede tener además un valor predeterminado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Column &quot;%1&quot; does not exist in %2.</source>
        <translation>La columna &quot;%1&quot; no existe en %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+176"/>
        <source>primary key</source>
        <translation>clave primaria</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Primary key column &quot;%1&quot; is nullable; PostgreSQL would silently make it NOT NULL, so the database would differ from the model.</source>
        <translation>La columna de clave primaria &quot;%1&quot; admite NULL; PostgreSQL la convertiría en NOT NULL sin avisar, así que la base de datos diferiría del modelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Primary key column &quot;%1&quot; is nullable; SQLite would accept NULL in it (a legacy quirk), so the key would not identify rows.</source>
        <translation>La columna de clave primaria &quot;%1&quot; admite NULL; SQLite aceptaría NULL en ella (una peculiaridad heredada), así que la clave no identificaría las filas.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+135"/>
        <source>foreign key</source>
        <translation>clave foránea</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>The foreign key has no columns.</source>
        <translation>La clave foránea no tiene columnas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The foreign key does not name the table it refers to.</source>
        <translation>La clave foránea no indica la tabla a la que hace referencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The referred table &quot;%1&quot; does not exist in the model.</source>
        <translation>La tabla referenciada &quot;%1&quot; no existe en el modelo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The foreign key has %1 column(s) but refers to %2 column(s) of %3.</source>
        <translation>La clave foránea tiene %1 columna(s), pero hace referencia a %2 columna(s) de %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The referred column &quot;%1&quot; does not exist in %2.</source>
        <translation>La columna referenciada &quot;%1&quot; no existe en %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The referred column(s) %1 of %2 are neither the primary key nor unique.</source>
        <translation>La(s) columna(s) referenciada(s) %1 de %2 no son la clave primaria ni únicas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Column %1.%2 (%3) refers to %4.%5 (%6): </source>
        <translation>La columna %1.%2 (%3) hace referencia a %4.%5 (%6): </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the types do not match.</source>
        <translation>los tipos no coinciden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the enum types differ.</source>
        <translation>los tipos enum son distintos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the types differ in width or precision; values may not fit.</source>
        <translation>los tipos difieren en tamaño o precisión; puede que los valores no quepan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+68"/>
        <source>index</source>
        <translation>índice</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The index has no columns.</source>
        <translation>El índice no tiene columnas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An index element is empty.</source>
        <translation>Un elemento del índice está vacío.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SQLite has no index methods; &quot;%1&quot; is ignored.</source>
        <translation>SQLite no tiene métodos de índice; se ignora &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a PostgreSQL index method.</source>
        <translation>&quot;%1&quot; no es un método de índice de PostgreSQL.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The naming convention cannot name it: %1</source>
        <translation>La convención de nombres no puede darle nombre: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Another constraint of %1 is also named &quot;%2&quot;.</source>
        <translation>Otra restricción de %1 también se llama &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>view %1</source>
        <translation>vista %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+61"/>
        <source>sequence %1</source>
        <translation>secuencia %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name &quot;%1&quot; is already used by %2 in the same schema.</source>
        <translation>El nombre &quot;%1&quot; ya lo usa %2 en el mismo esquema.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>enum %1</source>
        <translation>enum %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The enum has no name.</source>
        <translation>El enum no tiene nombre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another enum is also named &quot;%1&quot;.</source>
        <translation>Otro enum también se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The enum has no labels.</source>
        <translation>El enum no tiene etiquetas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The label &quot;%1&quot; appears twice.</source>
        <translation>La etiqueta &quot;%1&quot; aparece dos veces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A label is empty.</source>
        <translation>Una etiqueta está vacía.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sequence has no name.</source>
        <translation>La secuencia no tiene nombre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another sequence is also named &quot;%1&quot;.</source>
        <translation>Otra secuencia también se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum value is larger than the maximum.</source>
        <translation>El valor mínimo es mayor que el máximo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The increment cannot be zero.</source>
        <translation>El incremento no puede ser cero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite has no sequences; it is not created.</source>
        <translation>SQLite no tiene secuencias; no se crea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A table is also named &quot;%1&quot;; PostgreSQL keeps tables and sequences in one namespace.</source>
        <translation>Una tabla también se llama &quot;%1&quot;; PostgreSQL guarda tablas y secuencias en un mismo espacio de nombres.</translation>
    </message>
</context>
<context>
    <name>OperationText</name>
    <message numerus="yes">
        <location filename="../core/migrate/lint/OperationDescription.cpp" line="+58"/>
        <source>create table %1 with %n column(s)</source>
        <translation>
            <numerusform>crear la tabla %1 con %n columna</numerusform>
            <numerusform>crear la tabla %1 con %n columnas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>drop table %1</source>
        <translation>eliminar la tabla %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add column %1 to %2</source>
        <translation>añadir la columna %1 a %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>drop column %1 from %2</source>
        <translation>eliminar la columna %1 de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>type %1</source>
        <translation>tipo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NULL allowed</source>
        <translation>admite NULL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no default</source>
        <translation>sin valor predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default %1</source>
        <translation>valor predeterminado %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comment set</source>
        <translation>comentario definido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment dropped</source>
        <translation>comentario eliminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renamed to %1</source>
        <translation>renombrada a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alter column %1 of %2: %3</source>
        <translation>modificar la columna %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>create unique index %1 on %2 %3</source>
        <translation>crear el índice único %1 en %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create index %1 on %2 %3</source>
        <translation>crear el índice %1 en %2 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (concurrently)</source>
        <translation> (CONCURRENTLY)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>drop index %1</source>
        <translation>eliminar el índice %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop index %1 on %2</source>
        <translation>eliminar el índice %1 de %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add primary key %1on %2 %3</source>
        <translation>añadir la clave primaria %1en %2 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add foreign key %1on %2 %3 referencing %4 %5</source>
        <translation>añadir la clave foránea %1en %2 %3 que referencia a %4 %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add unique constraint %1on %2 %3</source>
        <translation>añadir la restricción única %1en %2 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add check constraint %1on %2 (%3)</source>
        <translation>añadir la restricción CHECK %1en %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>drop constraint %1 from %2</source>
        <translation>eliminar la restricción %1 de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rename table %1 to %2</source>
        <translation>renombrar la tabla %1 a %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>set the comment of table %1</source>
        <translation>definir el comentario de la tabla %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drop the comment of table %1</source>
        <translation>eliminar el comentario de la tabla %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run SQL: %1</source>
        <translation>ejecutar SQL: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>alter table %1 in batch mode: %2</source>
        <translation>modificar la tabla %1 en modo batch: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Destructive</source>
        <translation>Destructiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data-dependent</source>
        <translation>Depende de los datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locking</source>
        <translation>Bloqueante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Irreversible</source>
        <translation>Irreversible</translation>
    </message>
</context>
<context>
    <name>ProposedConnectionText</name>
    <message>
        <location filename="../ui/connect/ProposedConnection.cpp" line="+35"/>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>environment variable %1</source>
        <translation>variable de entorno %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alembic&apos;s default for %1</source>
        <translation>valor predeterminado de Alembic para %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Driver</source>
        <translation>Controlador</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>database file</source>
        <translation>archivo de base de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSL mode</source>
        <translation>modo SSL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connect timeout</source>
        <translation>tiempo de espera de conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Connection URL (does not parse)</source>
        <translation>URL de conexión (no se puede interpretar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also set, not used</source>
        <translation>También definida, no se usa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Migrations</source>
        <translation>Migraciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrations (%1)</source>
        <translation>Migraciones (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alembic configuration</source>
        <translation>Configuración de Alembic</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Environment file (read, no connection values)</source>
        <translation>Archivo de entorno (leído, sin valores de conexión)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/console/ExplainView.cpp" line="+58"/>
        <source> using %1</source>
        <translation> usando %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The planner estimated %1 rows but %2 came back (off by %3×).</source>
        <translation>El planificador estimó %1 filas, pero se obtuvieron %2 (desvío de %3×).</translation>
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
        <translation>1 fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> fetched; more were not fetched</source>
        <translation> obtenidas; no se obtuvieron más</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 row(s) affected</source>
        <translation>%1 fila(s) afectada(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../ui/console/QueryWorker.cpp" line="+42"/>
        <source>The statement was cancelled.</source>
        <translation>La sentencia se canceló.</translation>
    </message>
    <message>
        <location filename="../ui/console/ResultFileWriter.cpp" line="+152"/>
        <location filename="../ui/console/ScriptFile.cpp" line="+43"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/console/ResultExporter.cpp" line="+50"/>
        <source>The export was cancelled.</source>
        <translation>La exportación se canceló.</translation>
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
        <translation>destructiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>irreversible</source>
        <translation>irreversible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locking</source>
        <translation>bloqueante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data-dependent</source>
        <translation>depende de los datos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no findings</source>
        <translation>sin hallazgos</translation>
    </message>
</context>
<context>
    <name>ReviewBuilderText</name>
    <message>
        <location filename="../ui/migrations/ReviewBuilder.cpp" line="+41"/>
        <source>The script could not be interpreted</source>
        <translation>No se pudo interpretar el script</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(needs Alembic)</source>
        <translation>(necesita Alembic)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No table changes.</source>
        <translation>No hay cambios en las tablas.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The database stands at several heads (%1); --sql starts from one revision.</source>
        <translation>La base de datos está en varios heads (%1); --sql parte de una sola revisión.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Revision %1</source>
        <translation>Revisión %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A merge revision: its own statements, without version-table updates.</source>
        <translation>Una revisión de fusión: sus propias sentencias, sin actualizar la tabla de versiones.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Range to %1</source>
        <translation>Rango hasta %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Upgrade %1 → %2 (revisions: %3)</source>
        <translation>Upgrade %1 → %2 (revisiones: %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downgrade %1 → %2 (revisions: %3)</source>
        <translation>Downgrade %1 → %2 (revisiones: %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is already at %1</source>
        <translation>La base de datos ya está en %1</translation>
    </message>
</context>
<context>
    <name>RowEditLayerText</name>
    <message>
        <location filename="../ui/console/RowEditLayer.cpp" line="+117"/>
        <source>There is no row %1.</source>
        <translation>No existe la fila %1.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Changed from %1</source>
        <translation>Valor anterior: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>DEFAULT</source>
        <translation>DEFAULT</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>New row: inserted by Commit</source>
        <translation>Fila nueva: se inserta al hacer Commit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted by Commit</source>
        <translation>Se elimina al hacer Commit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed: updated by Commit</source>
        <translation>Cambiada: se actualiza al hacer Commit</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+49"/>
        <location line="+31"/>
        <source>Editing is paused while the console works.</source>
        <translation>La edición está en pausa mientras la consola trabaja.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>This column is computed by the query and cannot be edited.</source>
        <translation>La consulta calcula esta columna y no se puede editar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The row is marked for deletion; restore it first.</source>
        <translation>La fila está marcada para eliminarse; restáurela primero.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>new row %1</source>
        <translation>fila nueva %1</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>“%1” is not a whole number.</source>
        <translation>“%1” no es un número entero.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>“%1” is not a number.</source>
        <translation>“%1” no es un número.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not true or false.</source>
        <translation>“%1” no es true ni false.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not \x followed by hex digits.</source>
        <translation>“%1” no es \x seguido de dígitos hexadecimales.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDiscoveryText</name>
    <message>
        <location filename="../core/config/WorkspaceDiscovery.cpp" line="+71"/>
        <source>no [%1] section; Alembic reads its settings from there</source>
        <translation>no hay sección [%1]; Alembic lee de ahí su configuración</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the script_location folder %1 does not exist yet</source>
        <translation>la carpeta de script_location %1 todavía no existe</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>ALEMBIC_CONFIG environment variable</source>
        <translation>variable de entorno ALEMBIC_CONFIG</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>in the folder</source>
        <translation>en la carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in a parent folder (inside the same Git work tree)</source>
        <translation>en una carpeta superior (dentro del mismo árbol de trabajo de Git)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>names %1, which is not a file</source>
        <translation>nombra %1, que no es un archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no alembic.ini in %1 (nor above it inside its Git work tree)</source>
        <translation>no hay alembic.ini en %1 (ni por encima, dentro de su árbol de trabajo de Git)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 in %2 is ignored: the environment variable is already set</source>
        <translation>%1 en %2 se ignora: la variable de entorno ya está definida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in %2:%3 has no value (&apos;=&apos; missing)</source>
        <translation>%1 en %2:%3 no tiene valor (falta &apos;=&apos;)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is empty (%2)</source>
        <translation>%1 está vacío (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is still Alembic&apos;s placeholder (%2); set DATABASE_URL or edit it</source>
        <translation>%1 sigue siendo el marcador de posición de Alembic (%2); defina DATABASE_URL o edítelo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no connection URL: set DATABASE_URL (environment or .env) or sqlalchemy.url in alembic.ini</source>
        <translation>no hay URL de conexión: defina DATABASE_URL (entorno o .env) o sqlalchemy.url en alembic.ini</translation>
    </message>
</context>
<context>
    <name>stratum::config::AlembicIni</name>
    <message>
        <location filename="../core/config/AlembicIni.cpp" line="+85"/>
        <source>the file has no [%1] section</source>
        <translation>el archivo no tiene sección [%1]</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>version_path_separator must be &apos;space&apos;, &apos;os&apos;, &apos;:&apos; or &apos;;&apos;</source>
        <translation>version_path_separator debe ser &apos;space&apos;, &apos;os&apos;, &apos;:&apos; o &apos;;&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no script_location in [%1]; Alembic needs it</source>
        <translation>falta script_location en [%1]; Alembic lo necesita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>script_location &apos;%1&apos; names a Python package resource; Stratum needs a folder path (for example %(here)s/migrations)</source>
        <translation>script_location &apos;%1&apos; nombra un recurso de un paquete de Python; Stratum necesita la ruta de una carpeta (por ejemplo, %(here)s/migrations)</translation>
    </message>
</context>
<context>
    <name>stratum::config::ValueOrigin</name>
    <message>
        <location filename="../core/config/Workspace.cpp" line="+41"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment variable %1</source>
        <translation>variable de entorno %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default for %1</source>
        <translation>valor predeterminado de %1</translation>
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
        <translation>Acerca de Stratum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stratum %1</source>
        <translation>Stratum %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A desktop database workbench with a native connection pool, schema tools and an Alembic-compatible migration engine.</source>
        <translation>Un banco de trabajo de bases de datos para el escritorio, con un pool de conexiones nativo, herramientas de esquema y un motor de migraciones compatible con Alembic.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Running on</source>
        <translation>Se ejecuta en</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Built with Qt %1</source>
        <translation>Compilado con Qt %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy Versions</source>
        <translation>Copiar versiones</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ActionRegistry</name>
    <message>
        <location filename="../ui/shell/ActionRegistry.cpp" line="+39"/>
        <source>Not available yet: comes with %1.</source>
        <translation>Aún no disponible: llegará con %1.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::AutogenerateReviewDialog</name>
    <message>
        <location filename="../ui/migrations/AutogenerateReviewDialog.cpp" line="+32"/>
        <source>Generate revision</source>
        <translation>Generar revisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this revision does</source>
        <translation>Qué hace esta revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operations (uncheck to leave one out)</source>
        <translation>Operaciones (desmarque una para omitirla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a pair to treat it as a rename instead of a drop and an add</source>
        <translation>Marque un par para tratarlo como un cambio de nombre en lugar de eliminar y añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible renames</source>
        <translation>Posibles renombrados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SQL of the checked operations</source>
        <translation>SQL de las operaciones marcadas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write revision</source>
        <translation>Escribir revisión</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Rename table %1 → %2</source>
        <translation>Renombrar la tabla %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename column %1.%2 → %3</source>
        <translation>Renombrar la columna %1.%2 → %3</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The downgrade cannot be split like the upgrade; it will be empty. Check every operation to keep it.</source>
        <translation>El downgrade no se puede dividir como el upgrade; quedará vacío. Marque todas las operaciones para conservarlo.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n operation(s) selected</source>
        <translation>
            <numerusform>%n operación seleccionada</numerusform>
            <numerusform>%n operaciones seleccionadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stratum::ui::ChangeReviewPanel</name>
    <message>
        <location filename="../ui/console/ChangeReviewPanel.cpp" line="+55"/>
        <source>Revert…</source>
        <translation>Revertir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close the review</source>
        <translation>Cerrar la revisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Send these statements in one transaction</source>
        <translation>Enviar estas sentencias en una sola transacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard every pending change</source>
        <translation>Descartar todos los cambios pendientes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SQL sent by Commit, in order</source>
        <translation>SQL que envía Commit, en orden</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Committing…</source>
        <translation>Confirmando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pending changes</source>
        <translation>No hay cambios pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 pending change</source>
        <translation>1 cambio pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pending changes</source>
        <translation>%1 cambios pendientes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Insert into %1 (%2)</source>
        <translation>Insertar en %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update %1 (%2)</source>
        <translation>Actualizar %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete from %1 (%2)</source>
        <translation>Eliminar de %1 (%2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(generated by an earlier statement)</source>
        <translation>(generado por una sentencia anterior)</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ColumnTypeEditor</name>
    <message>
        <location filename="../ui/model/ColumnTypeEditor.cpp" line="+73"/>
        <source>enum</source>
        <translation>enum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other…</source>
        <translation>otro…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tz</source>
        <translation>tz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scale: digits after the decimal point</source>
        <translation>Escala: dígitos tras la coma decimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With time zone</source>
        <translation>Con zona horaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An array of this type</source>
        <translation>Un array de este tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL type</source>
        <translation>Tipo SQL</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Precision: total digits</source>
        <translation>Precisión: total de dígitos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length in characters</source>
        <translation>Longitud en caracteres</translation>
    </message>
</context>
<context>
    <name>stratum::ui::CommandPalette</name>
    <message>
        <location filename="../ui/shell/CommandPalette.cpp" line="+60"/>
        <source>Type a command name…</source>
        <translation>Escriba el nombre de un comando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command name</source>
        <translation>Nombre del comando</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>↑↓ to choose · Enter to run · Esc to close</source>
        <translation>↑↓ para elegir · Intro para ejecutar · Esc para cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No command matches “%1”.</source>
        <translation>Ningún comando coincide con «%1».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is not available right now.</source>
        <translation>«%1» no está disponible en este momento.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::CommandPaletteDelegate</name>
    <message>
        <location filename="../ui/shell/CommandPaletteDelegate.cpp" line="+45"/>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not available yet</source>
        <translation>Aún no disponible</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConfirmRunDialog</name>
    <message>
        <location filename="../ui/migrations/ConfirmRunDialog.cpp" line="+10"/>
        <source>%1 the database?</source>
        <translation>¿Ejecutar %1 en la base de datos?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Target: %1</source>
        <translation>Destino: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: %1 (%2)</source>
        <translation>Destino: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; from &lt;code&gt;%2&lt;/code&gt; to &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; de &lt;code&gt;%2&lt;/code&gt; a &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Revisions to run (%1):&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Revisiones que se ejecutarán (%1):&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Lint: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lint: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Stamping only rewrites the version table; no schema change runs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Stamp solo reescribe la tabla de versiones; no se ejecuta ningún cambio de esquema.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Each revision commits on its own; a failure keeps the revisions before it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cada revisión se confirma por separado; un fallo conserva las revisiones anteriores.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;The run is one transaction where the database allows it; a failure rolls it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La ejecución es una sola transacción donde la base de datos lo permite; un fallo la revierte.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This is a production database. Type &lt;b&gt;%1&lt;/b&gt; to continue.</source>
        <translation>Esta es una base de datos de producción. Escriba &lt;b&gt;%1&lt;/b&gt; para continuar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection name</source>
        <translation>Nombre de la conexión</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConnectionActions</name>
    <message>
        <location filename="../ui/shell/ConnectionActions.cpp" line="+40"/>
        <source>The password was not stored: %1. Stratum will ask for it at each connect.</source>
        <translation>La contraseña no se guardó: %1. Stratum la pedirá en cada conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Project Folder</source>
        <translation>Abrir carpeta de proyecto</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Password for %2 (leave empty to use ~/.pgpass):</source>
        <translation>%1

Contraseña de %2 (déjela vacía para usar ~/.pgpass):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Connecting to %1 (%2)…</source>
        <translation>Conectando con %1 (%2)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 migrations</source>
        <translation>Migraciones de %1</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConnectionController</name>
    <message>
        <location filename="../ui/shell/ConnectionController.cpp" line="+107"/>
        <source>Cannot use %1: %2</source>
        <translation>No se puede usar %1: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Controlador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server version</source>
        <translation>Versión del servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not connected yet</source>
        <translation>aún sin conectar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size %1, overflow %2, timeout %3 s</source>
        <translation>tamaño %1, desbordamiento %2, tiempo de espera %3 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project folder</source>
        <translation>Carpeta del proyecto</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/connect/ConnectionDialog.cpp" line="+35"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SQLAlchemy URL. Paste one from your .env or alembic.ini; the fields below follow it, and it follows them. The password is shown as ***.</source>
        <translation>URL de SQLAlchemy. Pegue una de su .env o alembic.ini; los campos de abajo la siguen y ella los sigue a ellos. La contraseña se muestra como ***.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>U&amp;RL:</source>
        <translation>U&amp;RL:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Test checks the connection: server version, round trip and TLS.</source>
        <translation>Probar comprueba la conexión: versión del servidor, tiempo de ida y vuelta y TLS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Project Folder…</source>
        <translation>Abrir carpeta de &amp;proyecto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find alembic.ini and .env in a project and propose its connection</source>
        <translation>Buscar alembic.ini y .env en un proyecto y proponer su conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open Project Folder</source>
        <translation>Abrir carpeta de proyecto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Proposed from %1. Sources:</source>
        <translation>Propuesta a partir de %1. Fuentes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection URL found in %1. Sources:</source>
        <translation>No se encontró ninguna URL de conexión en %1. Fuentes:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>• nothing: no alembic.ini or .env was found</source>
        <translation>• nada: no se encontró alembic.ini ni .env</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Column %1: %2</source>
        <translation>Columna %1: %2</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConnectionForm</name>
    <message>
        <location filename="../ui/connect/ConnectionForm.cpp" line="+74"/>
        <source>e.g. Orders (staging)</source>
        <translation>p. ej., Pedidos (staging)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production connections ask for confirmation before statements that change data or schema, and show their colour on every tab.</source>
        <translation>Las conexiones de producción piden confirmación antes de las sentencias que cambian datos o esquema, y muestran su color en cada pestaña.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the environment&apos;s colour</source>
        <translation>Usar el color del entorno</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder in the saved connections; use / for subfolders.</source>
        <translation>Carpeta dentro de las conexiones guardadas; use / para subcarpetas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Folder:</source>
        <translation>Car&amp;peta:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection</source>
        <translation>Conexión</translation>
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
        <translation>MySQL / MariaDB (aún no disponible)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Driver:</source>
        <translation>Con&amp;trolador:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Port:</source>
        <translation>P&amp;uerto:</translation>
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
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Choose the SQLite database file</source>
        <translation>Elegir el archivo de base de datos SQLite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data&amp;base:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from ~/.pgpass or PGPASSWORD when empty</source>
        <translation>de ~/.pgpass o PGPASSWORD si se deja vacía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Read-only: refuse statements that change data</source>
        <translation>Solo &amp;lectura: rechazar las sentencias que cambian datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL: default_transaction_read_only=on for every session. SQLite: PRAGMA query_only=ON.</source>
        <translation>PostgreSQL: default_transaction_read_only=on en cada sesión. SQLite: PRAGMA query_only=ON.</translation>
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
        <translation>predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect &amp;timeout:</source>
        <translation>&amp;Tiempo de espera de conexión:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Application name:</source>
        <translation>Nombre de la &amp;aplicación:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Default (prefer)</source>
        <translation>Predeterminado (prefer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSL &amp;mode:</source>
        <translation>&amp;Modo SSL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificados (*.crt *.pem *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Certificado de cliente:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client &amp;key:</source>
        <translation>C&amp;lave de cliente:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation>Claves (*.key *.pem);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Root certificate:</source>
        <translation>Certificado &amp;raíz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify-full checks the server&apos;s certificate against the root certificate and its host name; require only encrypts.</source>
        <translation>verify-full comprueba el certificado del servidor con el certificado raíz y su nombre de host; require solo cifra.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+3"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Pool &amp;size:</source>
        <translation>&amp;Tamaño del pool:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Max &amp;overflow:</source>
        <translation>&amp;Desbordamiento máx.:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checkout &amp;timeout:</source>
        <translation>Tiempo de espera de &amp;préstamo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recycle after:</source>
        <translation>&amp;Reciclar tras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pre-ping: test each connection before handing it out</source>
        <translation>&amp;Pre-ping: probar cada conexión antes de prestarla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defaults are SQLAlchemy&apos;s QueuePool: size 5, overflow 10, timeout 30 s, no recycling, no pre-ping.</source>
        <translation>Los valores predeterminados son los de QueuePool de SQLAlchemy: tamaño 5, desbordamiento 10, tiempo de espera 30 s, sin reciclado, sin pre-ping.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>defaults to the user name</source>
        <translation>por defecto, el nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path to the database file, or :memory:</source>
        <translation>ruta al archivo de base de datos, o :memory:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection colour</source>
        <translation>Color de la conexión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SQLite database</source>
        <translation>Base de datos SQLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>Bases de datos SQLite (*.db *.sqlite *.sqlite3 *.db3);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConnectionManager</name>
    <message>
        <location filename="../ui/connect/ConnectionManager.cpp" line="+49"/>
        <source>Environment: %1</source>
        <translation>Entorno: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Connection…</source>
        <translation>&amp;Nueva conexión…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;Folder…</source>
        <translation>Nueva &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import and export</source>
        <translation>Importar y exportar</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>New Connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit Connection – %1</source>
        <translation>Editar conexión – %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

Password for %2 (leave empty to use ~/.pgpass):</source>
        <translation>%1

Contraseña de %2 (déjela vacía para usar ~/.pgpass):</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the folder “%1” and every connection in it?</source>
        <translation>¿Eliminar la carpeta «%1» y todas las conexiones que contiene?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the connection “%1” and its saved password?</source>
        <translation>¿Eliminar la conexión «%1» y su contraseña guardada?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New Folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder name (use / for subfolders):</source>
        <translation>Nombre de la carpeta (use / para subcarpetas):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import Connections</source>
        <translation>Importar conexiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stratum connections (*.json);;All files (*)</source>
        <translation>Conexiones de Stratum (*.json);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Imported %n connection(s). Passwords are not part of the file; enter them at the first connect.</source>
        <translation>
            <numerusform>Se importó %n conexión. Las contraseñas no forman parte del archivo; introdúzcalas en la primera conexión.</numerusform>
            <numerusform>Se importaron %n conexiones. Las contraseñas no forman parte del archivo; introdúzcalas en la primera conexión.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Connections</source>
        <translation>Exportar conexiones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stratum connections (*.json)</source>
        <translation>Conexiones de Stratum (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1 (without passwords).</source>
        <translation>Exportado a %1 (sin contraseñas).</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConnectionStore</name>
    <message>
        <location filename="../ui/connect/ConnectionStore.cpp" line="+166"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Could not write the file: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not a JSON file: %1 (at byte %2).</source>
        <translation>No es un archivo JSON: %1 (en el byte %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a Stratum connections file (expected &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>No es un archivo de conexiones de Stratum (se esperaba &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connection %1: %2</source>
        <translation>Conexión %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not read the file: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConsoleController</name>
    <message>
        <location filename="../ui/shell/ConsoleController.cpp" line="+73"/>
        <source>A console needs a connection: open the demo or add a connection first.</source>
        <translation>Una consola necesita una conexión: abra primero la demo o añada una conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <location line="+89"/>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>the connection is read-only</source>
        <translation>la conexión es de solo lectura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Console %1 – %2</source>
        <translation>Consola %1 – %2</translation>
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
            <numerusform>Se puede volver a abrir %n script sin guardar de una sesión anterior: Archivo → Abrir scripts sin guardar de la última sesión.</numerusform>
            <numerusform>Se pueden volver a abrir %n scripts sin guardar de una sesión anterior: Archivo → Abrir scripts sin guardar de la última sesión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConsoleToolBar</name>
    <message>
        <location filename="../ui/console/ConsoleToolBar.cpp" line="+14"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the selection, or the statement under the cursor</source>
        <translation>Ejecutar la selección o la sentencia bajo el cursor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run script</source>
        <translation>Ejecutar script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every statement; each result set gets its own tab</source>
        <translation>Ejecutar todas las sentencias; cada conjunto de resultados tiene su propia pestaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running statement on the server</source>
        <translation>Cancelar en el servidor la sentencia en ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain</source>
        <translation>Explain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the plan of the statement under the cursor</source>
        <translation>Mostrar el plan de la sentencia bajo el cursor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain Analyze</source>
        <translation>Explain Analyze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the statement and show the plan with actual rows and times</source>
        <translation>Ejecutar la sentencia y mostrar el plan con las filas y los tiempos reales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-commit</source>
        <translation>Autocommit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: each statement commits by itself. Off: statements run in a transaction that Commit or Rollback ends.</source>
        <translation>Activado: cada sentencia se confirma por sí sola. Desactivado: las sentencias se ejecutan en una transacción que termina con Commit o Rollback.</translation>
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
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the current result to a CSV, TSV or JSON file</source>
        <translation>Escribir el resultado actual en un archivo CSV, TSV o JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Script…</source>
        <translation>Abrir script…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a .sql file in this console</source>
        <translation>Abrir un archivo .sql en esta consola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Script</source>
        <translation>Guardar script</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the script to its .sql file</source>
        <translation>Guardar el script en su archivo .sql</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Script As…</source>
        <translation>Guardar script como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the script to a new .sql file</source>
        <translation>Guardar el script en un archivo .sql nuevo</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>In transaction</source>
        <translation>En transacción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction failed — roll back</source>
        <translation>Transacción fallida: haga rollback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy</source>
        <translation>Ocupada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Idle</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Transaction state; auto-commit is on</source>
        <translation>Estado de la transacción; el autocommit está activado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction state; manual transactions</source>
        <translation>Estado de la transacción; transacciones manuales</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ConsoleWidget</name>
    <message>
        <location filename="../ui/console/ConsoleWidget.cpp" line="+87"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Exporting… %1 rows</source>
        <translation>Exportando… %1 filas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %1 rows</source>
        <translation>%1 filas exportadas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ready — %1</source>
        <translation>Lista: %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Auto-commit is on.</source>
        <translation>El autocommit está activado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual transactions: statements run in a transaction until Commit or Rollback.</source>
        <translation>Transacciones manuales: las sentencias se ejecutan en una transacción hasta Commit o Rollback.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Running 1 statement</source>
        <translation>Ejecutando 1 sentencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running %1 statements</source>
        <translation>Ejecutando %1 sentencias</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+210"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
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
        <translation>Ediciones de filas pendientes</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row change(s) in this console have not been committed. Close and discard them?</source>
        <translation>
            <numerusform>%n cambio de fila de esta consola no se ha confirmado. ¿Cerrar y descartarlo?</numerusform>
            <numerusform>%n cambios de fila de esta consola no se han confirmado. ¿Cerrar y descartarlos?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open transaction</source>
        <translation>Transacción abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This console has an open transaction. Closing it rolls the transaction back. Close anyway?</source>
        <translation>Esta consola tiene una transacción abierta. Al cerrarla se revierte la transacción. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Result %1</source>
        <translation>Resultado %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Stopped: %1</source>
        <translation>Detenida: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopped after %1 s · %2 rows fetched</source>
        <translation>Detenida tras %1 s · %2 filas obtenidas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed after %1 s</source>
        <translation>Falló tras %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 statement</source>
        <translation>1 sentencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 statements</source>
        <translation>%1 sentencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
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
        <translation>En ejecución… %1 filas obtenidas · %2 s</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export result</source>
        <translation>Exportar resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/console/ConsoleWidgetFiles.cpp" line="+88"/>
        <source>CSV (*.csv);;Tab-separated (*.tsv);;JSON (*.json);;SQL INSERT statements (*.sql)</source>
        <translation>CSV (*.csv);;Separado por tabuladores (*.tsv);;JSON (*.json);;Sentencias SQL INSERT (*.sql)</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWidgetFiles.cpp" line="-64"/>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>Scripts SQL (*.sql);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Script</source>
        <translation>Abrir script</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save Script As</source>
        <translation>Guardar script como</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing every row of result %1 to %2…</source>
        <translation>Escribiendo todas las filas del resultado %1 en %2…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the whole result</source>
        <translation>Exportar el resultado completo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote %1 rows to %2; the grid keeps the first ones.</source>
        <translation>Se escribieron %1 filas en %2; la cuadrícula conserva las primeras.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWidgetEditing.cpp" line="-42"/>
        <source>Committing row edits…</source>
        <translation>Confirmando las ediciones de filas…</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Running replaces the results, and %n row change(s) have not been committed. Discard them and run?</source>
        <translation>
            <numerusform>Ejecutar reemplaza los resultados, y hay %n cambio de fila sin confirmar. ¿Descartarlo y ejecutar?</numerusform>
            <numerusform>Ejecutar reemplaza los resultados, y hay %n cambios de fila sin confirmar. ¿Descartarlos y ejecutar?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Committing %n row change(s)</source>
        <translation>
            <numerusform>Confirmando %n cambio de fila</numerusform>
            <numerusform>Confirmando %n cambios de fila</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Revert row edits</source>
        <translation>Revertir las ediciones de filas</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Discard all %n pending row change(s)?</source>
        <translation>
            <numerusform>¿Descartar %n cambio de fila pendiente?</numerusform>
            <numerusform>¿Descartar los %n cambios de fila pendientes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Reverted %n row change(s); nothing was written.</source>
        <translation>
            <numerusform>Se revirtió %n cambio de fila; no se escribió nada.</numerusform>
            <numerusform>Se revirtieron %n cambios de fila; no se escribió nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row edits reverted</source>
        <translation>Ediciones de filas revertidas</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Commit row edits</source>
        <translation>Confirmar las ediciones de filas</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n statement(s) committed in one transaction</source>
        <translation>
            <numerusform>%n sentencia confirmada en una sola transacción</numerusform>
            <numerusform>%n sentencias confirmadas en una sola transacción</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row edits committed</source>
        <translation>Ediciones de filas confirmadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The transaction was rolled back and nothing was written. Every edit is kept: fix the marked row and commit again.</source>
        <translation>La transacción se revirtió y no se escribió nada. Se conservan todas las ediciones: corrija la fila marcada y vuelva a hacer commit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commit failed; the edits are kept</source>
        <translation>Falló el commit; se conservan las ediciones</translation>
    </message>
</context>
<context>
    <name>stratum::ui::DiagramMinimap</name>
    <message>
        <location filename="../ui/model/DiagramMinimap.cpp" line="+21"/>
        <source>Overview: click or drag to move the view</source>
        <translation>Vista general: haga clic o arrastre para mover la vista</translation>
    </message>
</context>
<context>
    <name>stratum::ui::DocumentArea</name>
    <message>
        <location filename="../ui/shell/DocumentArea.cpp" line="+39"/>
        <source>No open documents</source>
        <translation>No hay documentos abiertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consoles, table editors and the migration history open here as tabs.</source>
        <translation>Las consolas, los editores de tablas y el historial de migraciones se abren aquí como pestañas.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Close %1</source>
        <translation>Cerrar %1</translation>
    </message>
</context>
<context>
    <name>stratum::ui::DriftMatrix</name>
    <message>
        <location filename="../ui/migrations/DriftMatrix.cpp" line="+56"/>
        <source>Environment drift</source>
        <translation>Deriva entre entornos</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>No saved connection uses this project. Save connections with this project folder to compare dev, staging and prod here.</source>
        <translation>Ninguna conexión guardada usa este proyecto. Guarde conexiones con esta carpeta de proyecto para comparar aquí desarrollo, staging y producción.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where each saved connection of this project stands. ● marks the database&apos;s current revision; tinted cells are applied.</source>
        <translation>Dónde está cada conexión guardada de este proyecto. ● marca la revisión actual de la base de datos; las celdas coloreadas están aplicadas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>● here</source>
        <translation>● aquí</translation>
    </message>
</context>
<context>
    <name>stratum::ui::EditableModelDocument</name>
    <message numerus="yes">
        <location filename="../ui/model/EditableModelDocument.cpp" line="+260"/>
        <source>Move %n table(s)</source>
        <translation>
            <numerusform>Mover %n tabla</numerusform>
            <numerusform>Mover %n tablas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stratum::ui::EnumEditorDialog</name>
    <message>
        <location filename="../ui/model/EnumEditorDialog.cpp" line="+43"/>
        <source>Enum types</source>
        <translation>Tipos enum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Enums:</source>
        <translation>Enums:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add label</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schema:</source>
        <translation>&amp;Esquema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labels:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Edit enum types</source>
        <translation>Editar tipos enum</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ErDiagramView</name>
    <message>
        <location filename="../ui/model/ErDiagramView.cpp" line="+164"/>
        <source>Find table…</source>
        <translation>Buscar tabla…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centre the diagram on a table</source>
        <translation>Centrar el diagrama en una tabla</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ExplainView</name>
    <message>
        <location filename="../ui/console/ExplainView.cpp" line="+25"/>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Est. rows</source>
        <translation>Filas estimadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual rows</source>
        <translation>Filas reales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (ms)</source>
        <translation>Tiempo (ms)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server&apos;s plan could not be read: %1</source>
        <translation>No se pudo leer el plan del servidor: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Among the nodes with the most own time</source>
        <translation>Entre los nodos con más tiempo propio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Among the nodes with the most own cost</source>
        <translation>Entre los nodos con más coste propio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planning %1 ms, execution %2 ms</source>
        <translation>Planificación %1 ms, ejecución %2 ms</translation>
    </message>
</context>
<context>
    <name>stratum::ui::FindBar</name>
    <message>
        <location filename="../ui/console/FindBar.cpp" line="+18"/>
        <source>Match case</source>
        <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>stratum::ui::HistoryPanel</name>
    <message>
        <location filename="../ui/console/HistoryPanel.cpp" line="+26"/>
        <source>Search history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <location line="+28"/>
        <source> · %1 rows</source>
        <translation> · %1 filas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · failed</source>
        <translation> · fallida</translation>
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
        <translation>Elegir un preajuste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 connections, 11 requests</source>
        <translation>10 conexiones, 11 peticiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short timeout (timeouts)</source>
        <translation>Tiempo de espera corto (tiempos agotados)</translation>
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
        <translation>Preajuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Think time</source>
        <translation>Tiempo de reflexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <location line="+100"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Terminate a backend</source>
        <translation>Terminar un backend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_terminate_backend() on a random pooled connection: watch invalidation and pre-ping</source>
        <translation>pg_terminate_backend() sobre una conexión del pool al azar: observe la invalidación y el pre-ping</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Throughput, wait percentiles and timeouts appear here.</source>
        <translation>Aquí aparecen el rendimiento, los percentiles de espera y los tiempos agotados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy results</source>
        <translation>Copiar resultados</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>preset: 10 connections, 11 requests</source>
        <translation>preajuste: 10 conexiones, 11 peticiones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>preset: short timeout (size 2, timeout 0.1 s)</source>
        <translation>preajuste: tiempo de espera corto (tamaño 2, tiempo de espera 0,1 s)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>load worker</source>
        <translation>trabajador de carga</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>running…
</source>
        <translation>en ejecución…
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no pooled backend to terminate</source>
        <translation>no hay ningún backend del pool que terminar</translation>
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
        <translation>Stratum %1 iniciado (Qt %2, libpq %3, SQLite %4).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No engine is connected</source>
        <translation>No hay ningún engine conectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once a connection is open, this panel shows its pool live: size, idle, checked-out and overflow connections, waiters, and each connection&apos;s timeline.</source>
        <translation>Cuando hay una conexión abierta, este panel muestra su pool en directo: tamaño, conexiones inactivas, prestadas y de desbordamiento, peticiones en espera y la línea de tiempo de cada conexión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pool Monitor</source>
        <translation>Monitor del pool</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Show or hide the %1 panel</source>
        <translation>Mostrar u ocultar el panel %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Panels</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The demo workspace is not part of this build yet; the window shows only what exists.</source>
        <translation>El espacio de trabajo de demostración aún no forma parte de esta compilación; la ventana muestra solo lo que existe.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::MessageLog</name>
    <message>
        <location filename="../ui/shell/MessageLog.cpp" line="+47"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear Messages</source>
        <translation>Borrar mensajes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No messages</source>
        <translation>No hay mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices, errors and connection events appear here.</source>
        <translation>Aquí aparecen avisos, errores y eventos de conexión.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::MessagesView</name>
    <message>
        <location filename="../ui/console/MessagesView.cpp" line="-45"/>
        <source>ERROR: %1</source>
        <translation>ERROR: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DETAIL: %1</source>
        <translation>DETALLE: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HINT: %1</source>
        <translation>SUGERENCIA: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CONTEXT: %1</source>
        <translation>CONTEXTO: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at line %1, column %2</source>
        <translation>en la línea %1, columna %2</translation>
    </message>
</context>
<context>
    <name>stratum::ui::MigrationTreeFiller</name>
    <message>
        <location filename="../ui/shell/MigrationTreeFiller.cpp" line="+167"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not read the migrations: %1</source>
        <translation>No se pudieron leer las migraciones: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read the migrations of %1: %2</source>
        <translation>No se pudieron leer las migraciones de %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown (%1)</source>
        <translation>desconocida (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no connection</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base (not stamped)</source>
        <translation>base (sin stamp)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heads</source>
        <translation>Heads</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unreadable scripts</source>
        <translation>Scripts ilegibles</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n revision(s); database at %1</source>
        <translation>
            <numerusform>%n revisión; base de datos en %1</numerusform>
            <numerusform>%n revisiones; base de datos en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>head</source>
        <translation>head</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merge</source>
        <translation>fusión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>branch point</source>
        <translation>punto de bifurcación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no message)</source>
        <translation>(sin mensaje)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revises</source>
        <translation>Revisión anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(base)</source>
        <translation>(base)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch labels</source>
        <translation>Etiquetas de rama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Depends on</source>
        <translation>Depende de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>stratum::ui::MigrationView</name>
    <message>
        <location filename="../ui/migrations/MigrationView.cpp" line="+55"/>
        <source>Filter by message, id, label or author</source>
        <translation>Filtrar por mensaje, id, etiqueta o autor</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environments</source>
        <translation>Entornos</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to the revision the database stands at</source>
        <translation>Saltar a la revisión en la que está la base de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrade to here</source>
        <translation>Upgrade hasta aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the pending revisions up to the selected one</source>
        <translation>Aplicar las revisiones pendientes hasta la seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downgrade to here</source>
        <translation>Downgrade hasta aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert the applied revisions above the selected one</source>
        <translation>Revertir las revisiones aplicadas por encima de la seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamp</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the selected revision in the version table without running it</source>
        <translation>Registrar la revisión seleccionada en la tabla de versiones sin ejecutarla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehearse</source>
        <translation>Ensayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the upgrade to the selected revision in a transaction that is rolled back: time, locks and errors per revision (PostgreSQL)</source>
        <translation>Ejecutar el upgrade hasta la revisión seleccionada en una transacción que se revierte: tiempo, bloqueos y errores por revisión (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop after the running revision</source>
        <translation>Detenerse tras la revisión en curso</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+387"/>
        <source>Merge heads</source>
        <translation>Fusionar heads</translation>
    </message>
    <message>
        <location line="-386"/>
        <source>Write a merge revision joining every head</source>
        <translation>Escribir una revisión de fusión que una todos los heads</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+395"/>
        <source>New revision</source>
        <translation>Nueva revisión</translation>
    </message>
    <message>
        <location line="-394"/>
        <source>Write a new empty revision script</source>
        <translation>Escribir un script de revisión nuevo y vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate…</source>
        <translation>Generar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the database with the project&apos;s model and review the revision autogenerate would write</source>
        <translation>Comparar la base de datos con el modelo del proyecto y revisar la revisión que escribiría autogenerate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export SQL…</source>
        <translation>Exportar SQL…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the SQL from the database to the selected revision, as `upgrade --sql` prints it</source>
        <translation>Guardar el SQL desde la base de datos hasta la revisión seleccionada, tal como lo imprime `upgrade --sql`</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the scripts and the database position</source>
        <translation>Volver a cargar los scripts y la posición de la base de datos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Database not reachable: %1</source>
        <translation>Base de datos inaccesible: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is at base</source>
        <translation>%1 está en base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is at %2</source>
        <translation>%1 está en %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up to date</source>
        <translation>al día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 pending</source>
        <translation>%1 pendientes</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Rehearsing the upgrade to %1…</source>
        <translation>Ensayando el upgrade hasta %1…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Select a revision first</source>
        <translation>Seleccione primero una revisión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export migration SQL</source>
        <translation>Exportar el SQL de la migración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQL files (*.sql)</source>
        <translation>Archivos SQL (*.sql)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Cannot read the model %1: %2</source>
        <translation>No se puede leer el modelo %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1:%2: not interpreted: %3</source>
        <translation>%1:%2: no interpretado: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+10"/>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>merge heads</source>
        <translation>fusionar heads</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ModelController</name>
    <message>
        <location filename="../ui/shell/ModelController.cpp" line="+45"/>
        <source>Open Model</source>
        <translation>Abrir modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.%1 *.py);;Stratum model (*.%1);;SQLAlchemy models (*.py)</source>
        <translation>Modelos (*.%1 *.py);;Modelo de Stratum (*.%1);;Modelos de SQLAlchemy (*.py)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a connection first, or use File ▸ Open Model… for a file.</source>
        <translation>Seleccione primero una conexión, o use Archivo ▸ Abrir modelo… para un archivo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Generate Revision works on a model: open one first (Tools ▸ Model Editor).</source>
        <translation>Generar revisión trabaja sobre un modelo: abra uno primero (Herramientas ▸ Editor de modelos).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Model from Database</source>
        <translation>Modelo desde la base de datos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Model at This Revision</source>
        <translation>Modelo en esta revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model at Head</source>
        <translation>Modelo en head</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 migrations</source>
        <translation>Migraciones de %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the model of %1…</source>
        <translation>Leyendo el modelo de %1…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ModelEditorWidget</name>
    <message>
        <location filename="../ui/model/ModelEditorWidget.cpp" line="+100"/>
        <location line="+176"/>
        <source>Compare the model with the database and review the revision that makes them equal</source>
        <translation>Comparar el modelo con la base de datos y repasar la revisión que los iguala</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Wrote revision %1 to %2.</source>
        <translation>Se escribió la revisión %1 en %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n line(s) not interpreted</source>
        <translation>
            <numerusform>%n línea no interpretada</numerusform>
            <numerusform>%n líneas no interpretadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the model file in place</source>
        <translation>Escribir el archivo de modelo en su sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This source is read only: Save writes a new model file</source>
        <translation>Este origen es de solo lectura: Guardar escribe un archivo de modelo nuevo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the model, with its layout, to a new Stratum model file</source>
        <translation>Escribir el modelo, con su disposición, en un archivo de modelo de Stratum nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>models.py (SQLAlchemy 2.0, typed)…</source>
        <translation>models.py (SQLAlchemy 2.0, con tipos)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>models.py (classic Column, SQLAlchemy 1.4)…</source>
        <translation>models.py (Column clásico, SQLAlchemy 1.4)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DDL for PostgreSQL…</source>
        <translation>DDL para PostgreSQL…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDL for SQLite…</source>
        <translation>DDL para SQLite…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagram as PNG…</source>
        <translation>Diagrama como PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagram as SVG…</source>
        <translation>Diagrama como SVG…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Table</source>
        <translation>Añadir tabla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a table to the model</source>
        <translation>Añadir una tabla al modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto Layout</source>
        <translation>Disposición automática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrange the tables in layers that follow the foreign keys</source>
        <translation>Organizar las tablas en capas que siguen las claves foráneas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole diagram</source>
        <translation>Mostrar el diagrama completo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enums…</source>
        <translation>Enums…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the model&apos;s enum types</source>
        <translation>Editar los tipos enum del modelo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sequences…</source>
        <translation>Secuencias…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the model&apos;s sequences</source>
        <translation>Editar las secuencias del modelo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generate Revision…</source>
        <translation>Generar revisión…</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+24"/>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Save as model file</source>
        <translation>Guardar como archivo de modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stratum model (*.%1)</source>
        <translation>Modelo de Stratum (*.%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export models.py</source>
        <translation>Exportar models.py</translation>
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
        <translation>Se exportó %1.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Export DDL</source>
        <translation>Exportar DDL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQL (*.sql)</source>
        <translation>SQL (*.sql)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export diagram</source>
        <translation>Exportar diagrama</translation>
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
        <translation>Añadir la tabla %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No table matches &quot;%1&quot;.</source>
        <translation>Ninguna tabla coincide con &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Generate revision is blocked by %n problem(s) in the model; fix them first. The first: %1</source>
        <translation>
            <numerusform>Generar revisión está bloqueado por %n problema en el modelo; corríjalo primero: %1</numerusform>
            <numerusform>Generar revisión está bloqueado por %n problemas en el modelo; corríjalos primero. El primero: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unsaved model</source>
        <translation>Modelo sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has unsaved edits.</source>
        <translation>%1 tiene cambios sin guardar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save them to the model file?</source>
        <translation>¿Guardarlos en el archivo de modelo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This source is read only: Save writes a new model file.</source>
        <translation>Este origen es de solo lectura: Guardar escribe un archivo de modelo nuevo.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ParameterDialog</name>
    <message>
        <location filename="../ui/console/ParameterDialog.cpp" line="+18"/>
        <source>Query parameters</source>
        <translation>Parámetros de la consulta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values are sent as text; the server converts them to the parameter&apos;s type.</source>
        <translation>Los valores se envían como texto; el servidor los convierte al tipo del parámetro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PasswordVault</name>
    <message>
        <location filename="../ui/connect/PasswordVault.cpp" line="+35"/>
        <source>The password is kept in the system keychain.</source>
        <translation>La contraseña se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keychain is available (%1). Stratum never writes passwords to files, so it will ask for this password at each connect.</source>
        <translation>No hay ningún llavero del sistema disponible (%1). Stratum nunca escribe contraseñas en archivos, así que pedirá esta contraseña en cada conexión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password goes to the system keychain, never to a file.</source>
        <translation>La contraseña va al llavero del sistema, nunca a un archivo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no Secret Service or KWallet answered</source>
        <translation>no respondió ningún Secret Service ni KWallet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>keychain</source>
        <translation>llavero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain refused the request.</source>
        <translation>El llavero rechazó la petición.</translation>
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
        <translation>ahora</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PoolEventLog</name>
    <message>
        <location filename="../ui/pool/PoolEventLog.cpp" line="+148"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by holder, PID, detail…</source>
        <translation>Filtrar por titular, PID, detalle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export pool events</source>
        <translation>Exportar los eventos del pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PoolEventTableModel</name>
    <message>
        <location line="-65"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PoolGauges</name>
    <message>
        <location filename="../ui/pool/PoolGauges.cpp" line="+32"/>
        <location line="+5"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>of %1</source>
        <translation>de %1</translation>
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
        <translation>pico %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timeout %1 s</source>
        <translation>tiempo de espera %1 s</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle</source>
        <translation>Inactivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked out</source>
        <translation>Prestadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overflow</source>
        <translation>Desbordamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiters</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest wait</source>
        <translation>Espera más antigua</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PoolMonitor</name>
    <message>
        <location filename="../ui/pool/PoolMonitor.cpp" line="+44"/>
        <location line="+116"/>
        <source>No connection</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Last 60 s</source>
        <translation>Últimos 60 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 10 min</source>
        <translation>Últimos 10 min</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checked out &amp; waiters</source>
        <translation>Prestadas y en espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checked out</source>
        <translation>prestadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiters</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkouts</source>
        <translation>Préstamos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per s</source>
        <translation>por s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checkouts/s</source>
        <translation>préstamos/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait</source>
        <translation>Espera</translation>
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
        <translation>Retención</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Load generator</source>
        <translation>Generador de carga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>limit %1</source>
        <translation>límite %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checkouts %1 · connects %2 · timeouts %3 · invalidations %4 · recycles %5 · leaks %6</source>
        <translation>préstamos %1 · conexiones %2 · tiempos agotados %3 · invalidaciones %4 · reciclados %5 · fugas %6</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> · %1 events not shown (the monitor fell behind)</source>
        <translation> · %1 eventos no mostrados (el monitor se quedó atrás)</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PoolServerView</name>
    <message>
        <location filename="../ui/pool/PoolServerView.cpp" line="+93"/>
        <source>Poll the server</source>
        <translation>Consultar el servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads pg_stat_activity on a separate connection</source>
        <translation>Lee pg_stat_activity en una conexión aparte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pool state</source>
        <translation>Estado en el pool</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server state</source>
        <translation>Estado en el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Wait event</source>
        <translation>Evento de espera</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Query start</source>
        <translation>Inicio de la consulta</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Other clients&apos; PID</source>
        <translation>PID de otros clientes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server view needs PostgreSQL</source>
        <translation>La vista del servidor necesita PostgreSQL</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Server view failed: %1</source>
        <translation>Falló la vista del servidor: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>max_connections %1 · Stratum holds %2 (pool %3 + server view 1) · other clients %4</source>
        <translation>max_connections %1 · Stratum tiene %2 (pool %3 + vista del servidor 1) · otros clientes %4</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PoolSettingsEditor</name>
    <message>
        <location filename="../ui/pool/PoolSettingsEditor.cpp" line="+24"/>
        <source>no limit</source>
        <translation>sin límite</translation>
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
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connections at checkout (pre-ping)</source>
        <translation>Probar las conexiones al prestarlas (pre-ping)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reuse the most recent idle connection first (LIFO)</source>
        <translation>Reutilizar primero la conexión inactiva más reciente (LIFO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to new checkouts</source>
        <translation>Aplicar a los nuevos préstamos</translation>
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
        <translation>configuración: tamaño %1, desbordamiento %2, tiempo de espera %3 s%4%5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, pre-ping</source>
        <translation>, pre-ping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, LIFO</source>
        <translation>, LIFO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied; new checkouts follow it.</source>
        <translation>Aplicada; los nuevos préstamos la siguen.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PoolTimeline</name>
    <message>
        <location filename="../ui/pool/PoolTimeline.cpp" line="+88"/>
        <source>&lt;b&gt;%1&lt;/b&gt; waiting for a connection</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; espera una conexión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;br&gt;%1 waits in view, longest %2</source>
        <translation>&lt;br&gt;%1 esperas a la vista, la más larga %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Connection %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conexión %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;br&gt;Backend PID: %1</source>
        <translation>&lt;br&gt;PID del backend: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&lt;br&gt;Age: %1</source>
        <translation>&lt;br&gt;Antigüedad: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;State: %1</source>
        <translation>&lt;br&gt;Estado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;&lt;span style=&apos;color:#b01e6e&apos;&gt;Invalidated&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#b01e6e&apos;&gt;Invalidada&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;Closed %1 ago</source>
        <translation>&lt;br&gt;Cerrada hace %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;br&gt;Holder: %1</source>
        <translation>&lt;br&gt;Titular: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (idle)</source>
        <translation>ninguno (inactiva)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;br&gt;Last statement: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>&lt;br&gt;Última sentencia: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>waits: %1</source>
        <translation>en espera: %1</translation>
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
        <translation>SQLite de pruebas</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>could not save the pool monitor shots</source>
        <translation>no se pudieron guardar las capturas del monitor del pool</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ProblemsView</name>
    <message>
        <location filename="../ui/model/ProblemsView.cpp" line="+29"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No problems: the model can be generated.</source>
        <translation>Sin problemas: el modelo se puede generar.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n error(s) block generation</source>
        <translation>
            <numerusform>%n error bloquea la generación</numerusform>
            <numerusform>%n errores bloquean la generación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n advertencia</numerusform>
            <numerusform>, %n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s); the model can be generated.</source>
        <translation>
            <numerusform>%n advertencia; el modelo se puede generar.</numerusform>
            <numerusform>%n advertencias; el modelo se puede generar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stratum::ui::ProductionConfirmDialog</name>
    <message>
        <location filename="../ui/connect/ProductionGuard.cpp" line="+39"/>
        <source>Change production data?</source>
        <translation>¿Cambiar datos de producción?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This statement changes data or schema:</source>
        <translation>Esta sentencia cambia datos o esquema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 statements change data or schema:</source>
        <translation>%1 sentencias cambian datos o esquema:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a production connection.</source>
        <translation>%1 es una conexión de producción.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>…and %1 more.</source>
        <translation>…y %1 más.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is a production connection.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; es una conexión de producción.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Run on Production</source>
        <translation>&amp;Ejecutar en producción</translation>
    </message>
</context>
<context>
    <name>stratum::ui::PropertiesView</name>
    <message>
        <location filename="../ui/shell/PropertiesView.cpp" line="+42"/>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing selected</source>
        <translation>No hay nada seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a connection, table or revision to see its details.</source>
        <translation>Seleccione una conexión, una tabla o una revisión para ver sus detalles.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::RehearsalDialog</name>
    <message>
        <location filename="../ui/migrations/RehearsalDialog.cpp" line="+16"/>
        <source>Rehearsal on %1</source>
        <translation>Ensayo en %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The upgrade to %1 ran in %2 ms and was rolled back: it would succeed.</source>
        <translation>El upgrade hasta %1 se ejecutó en %2 ms y se revirtió: funcionaría.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upgrade to %1 failed after %2 ms and was rolled back.</source>
        <translation>El upgrade hasta %1 falló tras %2 ms y se revirtió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is unchanged.</source>
        <translation>La base de datos no ha cambiado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locks taken / error</source>
        <translation>Bloqueos tomados / error</translation>
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
            <numerusform>%n bloqueo</numerusform>
            <numerusform>%n bloqueos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (waiting)</source>
        <translation> (en espera)</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ResultModel</name>
    <message>
        <location filename="../ui/console/ResultModel.cpp" line="+268"/>
        <source>, nullable</source>
        <translation>, admite NULL</translation>
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
        <translation>Obtener más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop here</source>
        <translation>Parar aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the rest…</source>
        <translation>Exportar el resto…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write every row, these and the rest, to a file without loading them here</source>
        <translation>Escribir todas las filas, estas y el resto, en un archivo sin cargarlas aquí</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Showing the first %1 rows%2; the query has more. Fetching is paused so memory stays bounded.</source>
        <translation>Se muestran las primeras %1 filas%2; la consulta tiene más. La obtención está en pausa para que la memoria siga acotada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Showing the first %1 rows; the rest was not fetched.</source>
        <translation>Se muestran las primeras %1 filas; el resto no se obtuvo.</translation>
    </message>
    <message>
        <location filename="../ui/console/ResultViewEditing.cpp" line="+61"/>
        <source>Add Row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Append a new row; it is inserted by Commit</source>
        <translation>Añadir una fila nueva al final; se inserta al hacer Commit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Rows</source>
        <translation>Eliminar filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected rows; they are deleted by Commit</source>
        <translation>Marcar las filas seleccionadas; se eliminan al hacer Commit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set NULL</source>
        <translation>Poner NULL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the selected cells to NULL</source>
        <translation>Poner NULL en las celdas seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert Cell</source>
        <translation>Revertir celda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected cells their fetched values back</source>
        <translation>Devolver a las celdas seleccionadas los valores obtenidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Rows</source>
        <translation>Restaurar filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the selected rows&apos; changes and deletion marks</source>
        <translation>Olvidar los cambios y las marcas de eliminación de las filas seleccionadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List the pending changes and their SQL</source>
        <translation>Listar los cambios pendientes y su SQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard every pending change</source>
        <translation>Descartar todos los cambios pendientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write every pending change in one transaction</source>
        <translation>Escribir todos los cambios pendientes en una sola transacción</translation>
    </message>
    <message>
        <location line="+129"/>
        <location line="+48"/>
        <source>Editing %1</source>
        <translation>Editando %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Double-click a cell or start typing to change it; changes stay pending until Commit.</source>
        <translation>Haga doble clic en una celda o empiece a escribir para cambiarla; los cambios quedan pendientes hasta hacer Commit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read-only result: %1</source>
        <translation>Resultado de solo lectura: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows can be edited in a SELECT from one table that includes its whole primary key, on a connection that is not read-only.</source>
        <translation>Las filas se pueden editar en un SELECT de una sola tabla que incluya toda su clave primaria, en una conexión que no sea de solo lectura.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Committing…</source>
        <translation>Confirmando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pending changes</source>
        <translation>No hay cambios pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 pending change</source>
        <translation>1 cambio pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pending changes</source>
        <translation>%1 cambios pendientes</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ReviewPane</name>
    <message>
        <location filename="../ui/migrations/ReviewPane.cpp" line="+52"/>
        <source>Select a revision</source>
        <translation>Seleccione una revisión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From the database to here</source>
        <translation>Desde la base de datos hasta aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the whole range the database would run to reach the selected revision</source>
        <translation>Revisar todo el rango que la base de datos ejecutaría para llegar a la revisión seleccionada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Operations</source>
        <translation>Operaciones</translation>
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
        <translation>SQL de la migración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Revision script</source>
        <translation>Script de revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>needs Alembic</source>
        <translation>necesita Alembic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safer: %1</source>
        <translation>Más seguro: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No operations</source>
        <translation>Sin operaciones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No SQL in this direction for this selection.</source>
        <translation>No hay SQL en esta dirección para esta selección.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Needs Alembic: %1</source>
        <translation>Necesita Alembic: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — statements Stratum does not interpret are marked; this revision needs Alembic to run.</source>
        <translation>%1: las sentencias que Stratum no interpreta están marcadas; esta revisión necesita Alembic para ejecutarse.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::RevisionGenerator</name>
    <message>
        <location filename="../ui/model/RevisionGenerator.cpp" line="+32"/>
        <source>This model is not linked to an Alembic project, so there is no script directory to write a revision into. Open the model from a connection that has a project (Model from Database), or at a revision of the history viewer.</source>
        <translation>Este modelo no está vinculado a un proyecto de Alembic, así que no hay directorio de scripts en el que escribir una revisión. Abra el modelo desde una conexión que tenga un proyecto (Modelo desde la base de datos) o en una revisión del visor del historial.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the project %1…</source>
        <translation>Leyendo el proyecto %1…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Comparing the model with %1…</source>
        <translation>Comparando el modelo con %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing the model with the head state…</source>
        <translation>Comparando el modelo con el estado de head…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Compared with the schema state at the project&apos;s head, because the database could not be reached: %1</source>
        <translation>Se comparó con el estado del esquema en el head del proyecto, porque no se pudo acceder a la base de datos: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>model changes</source>
        <translation>cambios del modelo</translation>
    </message>
</context>
<context>
    <name>stratum::ui::RevisionGraphDelegate</name>
    <message>
        <location filename="../ui/migrations/RevisionGraphDelegate.cpp" line="+217"/>
        <source>you are here</source>
        <translation>está aquí</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>head</source>
        <translation>head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merge</source>
        <translation>fusión</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>destructive</source>
        <translation>destructiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>irreversible</source>
        <translation>irreversible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locking</source>
        <translation>bloqueante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data-dependent</source>
        <translation>depende de los datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs Alembic</source>
        <translation>necesita Alembic</translation>
    </message>
</context>
<context>
    <name>stratum::ui::RevisionGraphModel</name>
    <message>
        <location filename="../ui/migrations/RevisionGraphModel.cpp" line="+92"/>
        <source> (database is here)</source>
        <translation> (la base de datos está aquí)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (pending)</source>
        <translation> (pendiente)</translation>
    </message>
</context>
<context>
    <name>stratum::ui::RevisionGraphView</name>
    <message>
        <location filename="../ui/migrations/RevisionGraphView.cpp" line="+21"/>
        <source>Revision graph</source>
        <translation>Grafo de revisiones</translation>
    </message>
</context>
<context>
    <name>stratum::ui::RowEditSession</name>
    <message>
        <location filename="../ui/console/RowEditSession.cpp" line="+39"/>
        <source>Hint: %1</source>
        <translation>Sugerencia: %1</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>the table&apos;s definition could not be read (%1)</source>
        <translation>no se pudo leer la definición de la tabla (%1)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Committing…</source>
        <translation>Confirmando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to write.</source>
        <translation>No hay nada que escribir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some rows to delete were not fetched with every column; their statements are known once Commit has read them.</source>
        <translation>Algunas filas que se van a eliminar no se obtuvieron con todas sus columnas; sus sentencias se conocerán cuando Commit las haya leído.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The console is running a statement; commit the edits when it has finished.</source>
        <translation>La consola está ejecutando una sentencia; confirme las ediciones cuando termine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The console has an open transaction. Commit or roll it back first: the edits are written on a connection of their own and would wait for its locks.</source>
        <translation>La consola tiene una transacción abierta. Haga commit o rollback primero: las ediciones se escriben en una conexión propia y esperarían a sus bloqueos.</translation>
    </message>
</context>
<context>
    <name>stratum::ui::RunFailureDialog</name>
    <message>
        <location filename="../ui/migrations/RunFailureDialog.cpp" line="+17"/>
        <source>Migration cancelled</source>
        <translation>Migración cancelada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Migration failed</source>
        <translation>Migración fallida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled on %1</source>
        <translation>Cancelada en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed on %1</source>
        <translation>Falló en %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision: %1</source>
        <translation>Revisión: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server message: %1</source>
        <translation>Mensaje del servidor: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failing statement:</source>
        <translation>Sentencia fallida:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failing statement: %1</source>
        <translation>Sentencia fallida: %1</translation>
    </message>
</context>
<context>
    <name>stratum::ui::SchemaTreeFiller</name>
    <message>
        <location filename="../ui/shell/SchemaTreeFiller.cpp" line="+127"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not load: %1</source>
        <translation>No se pudo cargar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hint</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read the schema of %1: %2</source>
        <translation>No se pudo leer el esquema de %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1: %n table(s) reflected in %2 ms with %3 catalogue queries (%4).</source>
        <translation>
            <numerusform>%1: %n tabla reflejada en %2 ms con %3 consultas al catálogo (%4).</numerusform>
            <numerusform>%1: %n tablas reflejadas en %2 ms con %3 consultas al catálogo (%4).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (unique)</source>
        <translation>%1 (único)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Primary key</source>
        <translation>Clave primaria</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Foreign keys</source>
        <translation>Claves foráneas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indexes</source>
        <translation>Índices</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unique constraints</source>
        <translation>Restricciones únicas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check constraints</source>
        <translation>Restricciones CHECK</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nullable</source>
        <translation>Admite NULL</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+21"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Default</source>
        <translation>Valor predeterminado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> not null</source>
        <translation> NOT NULL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materialized</source>
        <translation>Materializada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ScreenshotTour</name>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="+134"/>
        <source>the demo workspace did not open within 2 minutes</source>
        <translation>el espacio de trabajo de demostración no se abrió en 2 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the demo workspace did not open: %1</source>
        <translation>el espacio de trabajo de demostración no se abrió: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no console could be opened on the demo</source>
        <translation>no se pudo abrir ninguna consola en la demo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the demo query did not return a result</source>
        <translation>la consulta de demostración no devolvió ningún resultado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Orders (staging)</source>
        <translation>Pedidos (staging)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not create the folder %1</source>
        <translation>No se pudo crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the migration history did not open</source>
        <translation>el historial de migraciones no se abrió</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>the books table could not be edited for the tour</source>
        <translation>no se pudo editar la tabla books para el recorrido</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ScriptFile</name>
    <message>
        <location filename="../ui/console/ScriptFile.cpp" line="+33"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The script has no file yet: choose one with Save As.</source>
        <translation>El script aún no tiene archivo: elija uno con «Guardar como».</translation>
    </message>
</context>
<context>
    <name>stratum::ui::SequenceEditorDialog</name>
    <message>
        <location filename="../ui/model/SequenceEditorDialog.cpp" line="+55"/>
        <source>Wrap around at the bound (CYCLE)</source>
        <translation>Volver a empezar al llegar al límite (CYCLE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sequences</source>
        <translation>Secuencias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>server default</source>
        <translation>predeterminado del servidor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sequences:</source>
        <translation>Secuencias:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schema:</source>
        <translation>&amp;Esquema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Increment:</source>
        <translation>In&amp;cremento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mi&amp;nimum:</source>
        <translation>&amp;Mínimo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;ximum:</source>
        <translation>Má&amp;ximo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cache:</source>
        <translation>C&amp;aché:</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Edit sequences</source>
        <translation>Editar secuencias</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ShellActions</name>
    <message>
        <location filename="../ui/shell/ShellActions.cpp" line="+11"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the query console</source>
        <translation>la consola de consultas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection dialogs</source>
        <translation>los diálogos de conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the demo workspace</source>
        <translation>el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the migration history viewer</source>
        <translation>el visor del historial de migraciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the model editor</source>
        <translation>el editor de modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pool monitor</source>
        <translation>el monitor del pool</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New Console</source>
        <translation>&amp;Nueva consola</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a SQL console on the current connection</source>
        <translation>Abrir una consola SQL en la conexión actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Connection…</source>
        <translation>Nueva &amp;conexión…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Describe a database connection and test it</source>
        <translation>Describir una conexión a base de datos y probarla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Project Folder…</source>
        <translation>&amp;Abrir carpeta de proyecto…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find alembic.ini, the migration scripts and .env in a folder</source>
        <translation>Buscar alembic.ini, los scripts de migración y .env en una carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Model…</source>
        <translation>Abrir &amp;modelo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a Stratum model file or an SQLAlchemy models.py in the model editor</source>
        <translation>Abrir un archivo de modelo de Stratum o un models.py de SQLAlchemy en el editor de modelos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Demo Workspace</source>
        <translation>Abrir espacio de trabajo de &amp;demostración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the embedded SQLite demo with models, migrations and data</source>
        <translation>Abrir la demo integrada de SQLite con modelos, migraciones y datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Unsaved Scripts from Last Session</source>
        <translation>Abrir scripts sin guardar de la última &amp;sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen the scripts that were unsaved when Stratum last closed</source>
        <translation>Volver a abrir los scripts que estaban sin guardar cuando Stratum se cerró por última vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close Tab</source>
        <translation>&amp;Cerrar pestaña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the current document tab</source>
        <translation>Cerrar la pestaña del documento actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit Stratum</source>
        <translation>Salir de Stratum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo the last edit in the focused field</source>
        <translation>Deshacer la última edición en el campo activo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo the last undone edit in the focused field</source>
        <translation>Rehacer la última edición deshecha en el campo activo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cut the selection to the clipboard</source>
        <translation>Cortar la selección al portapapeles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the selection to the clipboard</source>
        <translation>Copiar la selección al portapapeles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste from the clipboard</source>
        <translation>Pegar desde el portapapeles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select everything in the focused field</source>
        <translation>Seleccionar todo en el campo activo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Paleta de comandos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find any command by name</source>
        <translation>Buscar cualquier comando por su nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload the workspace tree</source>
        <translation>Volver a cargar el árbol del espacio de trabajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Welcome Page</source>
        <translation>Página de &amp;bienvenida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the welcome page</source>
        <translation>Mostrar la página de bienvenida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Tab</source>
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch to the next document tab</source>
        <translation>Cambiar a la pestaña de documento siguiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;vious Tab</source>
        <translation>Pestaña an&amp;terior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch to the previous document tab</source>
        <translation>Cambiar a la pestaña de documento anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Full Screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the whole screen for Stratum</source>
        <translation>Usar toda la pantalla para Stratum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset &amp;Layout</source>
        <translation>Restablecer &amp;disposición</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put every panel back where it started</source>
        <translation>Devolver cada panel a su posición inicial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Run Statement</source>
        <translation>&amp;Ejecutar sentencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run the statement under the cursor, or the selection</source>
        <translation>Ejecutar la sentencia bajo el cursor, o la selección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &amp;Script</source>
        <translation>Ejecutar &amp;script</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run every statement in the console</source>
        <translation>Ejecutar todas las sentencias de la consola</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel Query</source>
        <translation>&amp;Cancelar consulta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the server to cancel the running statement</source>
        <translation>Pedir al servidor que cancele la sentencia en ejecución</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Explain</source>
        <translation>E&amp;xplain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the query plan as a tree</source>
        <translation>Mostrar el plan de la consulta como árbol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ommit</source>
        <translation>C&amp;ommit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commit the console&apos;s open transaction</source>
        <translation>Confirmar la transacción abierta de la consola</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll &amp;Back</source>
        <translation>&amp;Rollback</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roll back the console&apos;s open transaction</source>
        <translation>Revertir la transacción abierta de la consola</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Migration &amp;History</source>
        <translation>&amp;Historial de migraciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the revision graph and where each database stands</source>
        <translation>Mostrar el grafo de revisiones y dónde está cada base de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Model Editor</source>
        <translation>Editor de &amp;modelos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit tables, columns, constraints and indexes</source>
        <translation>Editar tablas, columnas, restricciones e índices</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Generate Revision…</source>
        <translation>&amp;Generar revisión…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare the model with the database and write a revision script</source>
        <translation>Comparar el modelo con la base de datos y escribir un script de revisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pool &amp;Load Generator…</source>
        <translation>Generador de &amp;carga del pool…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run concurrent requests to watch the pool queue</source>
        <translation>Lanzar peticiones concurrentes para ver la cola del pool</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Stratum</source>
        <translation>&amp;Acerca de Stratum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the versions of Stratum and its libraries</source>
        <translation>Mostrar las versiones de Stratum y sus bibliotecas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show Qt&apos;s licence and version</source>
        <translation>Mostrar la licencia y la versión de Qt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Query</source>
        <translation>&amp;Consulta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>stratum::ui::SqlLexer</name>
    <message>
        <location filename="../ui/console/SqlLexer.cpp" line="+66"/>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>String</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyword</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type name</source>
        <translation>Nombre de tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quoted identifier</source>
        <translation>Identificador entre comillas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
</context>
<context>
    <name>stratum::ui::StartPage</name>
    <message>
        <location filename="../ui/shell/StartPage.cpp" line="+90"/>
        <source>Welcome to Stratum</source>
        <translation>Bienvenido a Stratum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A desktop workbench for databases reached through a URL, described by models and changed through Alembic migrations.</source>
        <translation>Un banco de trabajo de escritorio para bases de datos a las que se accede mediante una URL, descritas por modelos y modificadas con migraciones de Alembic.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In this build</source>
        <translation>En esta compilación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo workspace</source>
        <translation>Espacio de trabajo de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections and project folders</source>
        <translation>Conexiones y carpetas de proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query console</source>
        <translation>Consola de consultas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration history</source>
        <translation>Historial de migraciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model editor</source>
        <translation>Editor de modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool monitor</source>
        <translation>Monitor del pool</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find any command</source>
        <translation>Buscar cualquier comando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New console</source>
        <translation>Nueva consola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the statement</source>
        <translation>Ejecutar la sentencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the workspace</source>
        <translation>Actualizar el espacio de trabajo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
</context>
<context>
    <name>stratum::ui::StatusFields</name>
    <message>
        <location filename="../ui/shell/StatusFields.cpp" line="+36"/>
        <source>Current connection</source>
        <translation>Conexión actual</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server: —</source>
        <translation>Servidor: —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server version</source>
        <translation>Versión del servidor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No transaction</source>
        <translation>Sin transacción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto-commit</source>
        <translation>Autocommit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction open</source>
        <translation>Transacción abierta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction failed: roll back</source>
        <translation>Transacción fallida: haga rollback</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction state of the current console</source>
        <translation>Estado de la transacción de la consola actual</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pool %1/%2 (+%3 overflow)</source>
        <translation>Pool %1/%2 (+%3 de desbordamiento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked-out connections / pool size, and overflow in use</source>
        <translation>Conexiones prestadas / tamaño del pool, y desbordamiento en uso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database connection is open</source>
        <translation>No hay ninguna conexión a base de datos abierta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pool: —</source>
        <translation>Pool: —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No engine, so no pool</source>
        <translation>Sin engine no hay pool</translation>
    </message>
</context>
<context>
    <name>stratum::ui::TableEditor</name>
    <message>
        <location filename="../ui/model/TableEditor.cpp" line="+37"/>
        <source>default (public)</source>
        <translation>predeterminado (public)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>main</source>
        <translation>main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the table holds</source>
        <translation>Qué contiene la tabla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Schema:</source>
        <translation>&amp;Esquema:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mentario:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constraints</source>
        <translation>Restricciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indexes</source>
        <translation>Índices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDL</source>
        <translation>DDL</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rename table %1 → %2</source>
        <translation>Renombrar la tabla %1 → %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move table %1 to schema %2</source>
        <translation>Mover la tabla %1 al esquema %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default)</source>
        <translation>(predeterminado)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/model/TableEditorColumns.cpp" line="+166"/>
        <source>Set comment of %1</source>
        <translation>Definir el comentario de %1</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Cannot render: %1</source>
        <translation>No se puede generar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location filename="../ui/model/TableEditorColumns.cpp" line="-131"/>
        <location filename="../ui/model/TableEditorConstraints.cpp" line="+49"/>
        <location filename="../ui/model/TableEditorIndexes.cpp" line="+68"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nullable</source>
        <translation>Admite NULL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Autoincrement</source>
        <translation>Autoincremento</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/model/TableEditorConstraints.cpp" line="+28"/>
        <location line="+56"/>
        <location filename="../ui/model/TableEditorIndexes.cpp" line="+0"/>
        <source>Unique</source>
        <translation>Único</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add column</source>
        <translation>Añadir columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/model/TableEditorConstraints.cpp" line="-53"/>
        <location filename="../ui/model/TableEditorIndexes.cpp" line="+17"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Change type of %1 to %2</source>
        <translation>Cambiar el tipo de %1 a %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Remove default of %1</source>
        <translation>Quitar el valor predeterminado de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set default of %1 to %2</source>
        <translation>Poner el valor predeterminado de %1 en %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rename column %1 → %2</source>
        <translation>Renombrar la columna %1 → %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Make %1 nullable</source>
        <translation>Hacer que %1 admita NULL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make %1 NOT NULL</source>
        <translation>Hacer %1 NOT NULL</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add %1 to the primary key</source>
        <translation>Añadir %1 a la clave primaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the primary key</source>
        <translation>Quitar %1 de la clave primaria</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make %1 an identity column</source>
        <translation>Convertir %1 en columna de identidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Make %1 a plain column</source>
        <translation>Convertir %1 en columna normal</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Make %1 autoincrement</source>
        <translation>Hacer %1 autoincremental</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make %1 unique</source>
        <translation>Hacer %1 único</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop the unique constraint on %1</source>
        <translation>Eliminar la restricción única de %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add column %1</source>
        <translation>Añadir la columna %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Remove column %1</source>
        <translation>Quitar la columna %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Move column %1 up</source>
        <translation>Subir la columna %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move column %1 down</source>
        <translation>Bajar la columna %1</translation>
    </message>
    <message>
        <location filename="../ui/model/TableEditorConstraints.cpp" line="-31"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Columns / check</source>
        <translation>Columnas / CHECK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>References</source>
        <translation>Referencia a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referenced columns</source>
        <translation>Columnas referenciadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On delete</source>
        <translation>Al eliminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On update</source>
        <translation>Al actualizar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deferrable</source>
        <translation>Aplazable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Initially deferred</source>
        <translation>Aplazada inicialmente</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+53"/>
        <source>Primary key</source>
        <translation>Clave primaria</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+73"/>
        <source>Check</source>
        <translation>CHECK</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+76"/>
        <source>Foreign key</source>
        <translation>Clave foránea</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+6"/>
        <source>Change deferrability of a unique constraint of %1</source>
        <translation>Cambiar el aplazamiento de una restricción única de %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Point a foreign key of %1 at %2</source>
        <translation>Hacer que una clave foránea de %1 apunte a %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Set ON DELETE %1 on a foreign key of %2</source>
        <translation>Poner ON DELETE %1 en una clave foránea de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set ON UPDATE %1 on a foreign key of %2</source>
        <translation>Poner ON UPDATE %1 en una clave foránea de %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Change deferrability of a foreign key of %1</source>
        <translation>Cambiar el aplazamiento de una clave foránea de %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the primary key of %1</source>
        <translation>la clave primaria de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a unique constraint of %1</source>
        <translation>una restricción única de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a check constraint of %1</source>
        <translation>una restricción CHECK de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the expression of %1</source>
        <translation>Editar la expresión de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a foreign key of %1</source>
        <translation>una clave foránea de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the referenced columns of %1</source>
        <translation>Cambiar las columnas referenciadas de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the name of %1</source>
        <translation>Quitar el nombre de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/model/TableEditorIndexes.cpp" line="+80"/>
        <source>Rename %1 to %2</source>
        <translation>Renombrar %1 a %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/model/TableEditorIndexes.cpp" line="+4"/>
        <source>Change the columns of %1</source>
        <translation>Cambiar las columnas de %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a primary key to %1</source>
        <translation>Añadir una clave primaria a %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add a unique constraint to %1</source>
        <translation>Añadir una restricción única a %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a check constraint to %1</source>
        <translation>Añadir una restricción CHECK a %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add a foreign key from %1 to %2</source>
        <translation>Añadir una clave foránea de %1 a %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Drop the primary key of %1</source>
        <translation>Eliminar la clave primaria de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop unique constraint %1 of %2</source>
        <translation>Eliminar la restricción única %1 de %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop a unique constraint of %1</source>
        <translation>Eliminar una restricción única de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop check constraint %1 of %2</source>
        <translation>Eliminar la restricción CHECK %1 de %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop a check constraint of %1</source>
        <translation>Eliminar una restricción CHECK de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop foreign key %1 of %2</source>
        <translation>Eliminar la clave foránea %1 de %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop a foreign key of %1</source>
        <translation>Eliminar una clave foránea de %1</translation>
    </message>
    <message>
        <location filename="../ui/model/TableEditorIndexes.cpp" line="-101"/>
        <source>Columns / expressions</source>
        <translation>Columnas / expresiones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>WHERE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add index</source>
        <translation>Añadir índice</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Make index %1 unique</source>
        <translation>Hacer único el índice %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make index %1 non-unique</source>
        <translation>Hacer no único el índice %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PostgreSQL access method</source>
        <translation>El método de acceso de PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite has no index methods</source>
        <translation>SQLite no tiene métodos de índice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use method %1 for index %2</source>
        <translation>Usar el método %1 para el índice %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>an index of %1</source>
        <translation>un índice de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>index %1</source>
        <translation>el índice %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Make %1 a full index</source>
        <translation>Hacer completo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make %1 partial</source>
        <translation>Hacer parcial %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add an index to %1</source>
        <translation>Añadir un índice a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add index %1 to %2</source>
        <translation>Añadir el índice %1 a %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drop an index of %1</source>
        <translation>Eliminar un índice de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop index %1 of %2</source>
        <translation>Eliminar el índice %1 de %2</translation>
    </message>
</context>
<context>
    <name>stratum::ui::ValueViewer</name>
    <message>
        <location filename="../ui/console/ValueViewer.cpp" line="+40"/>
        <source>Close the value pane</source>
        <translation>Cerrar el panel de valores</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Row %1, %2 (%3)</source>
        <translation>Fila %1, %2 (%3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>, first %1 shown</source>
        <translation>, se muestran los primeros %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 characters</source>
        <translation>%1 caracteres</translation>
    </message>
</context>
<context>
    <name>stratum::ui::Workbench</name>
    <message>
        <location filename="../ui/shell/Workbench.cpp" line="+101"/>
        <source>Preparing the demo workspace: %1</source>
        <translation>Preparando el espacio de trabajo de demostración: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The demo workspace could not be prepared: %1</source>
        <translation>No se pudo preparar el espacio de trabajo de demostración: %1</translation>
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
        <translation>Abriendo el espacio de trabajo de demostración en %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the demo workspace…</source>
        <translation>Preparando el espacio de trabajo de demostración…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The current connection has no Alembic project.</source>
        <translation>La conexión actual no tiene proyecto de Alembic.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrations</source>
        <translation>Migraciones</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 migrations</source>
        <translation>Migraciones de %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demo (SQLite)</source>
        <translation>Demo (SQLite)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo migrations</source>
        <translation>Migraciones de la demo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created the demo workspace in %1.</source>
        <translation>Se creó el espacio de trabajo de demostración en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened the demo workspace in %1.</source>
        <translation>Se abrió el espacio de trabajo de demostración en %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1
At revision: %2
Heads: %3</source>
        <translation>Base de datos: %1
En la revisión: %2
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
        <translation>Espacio de trabajo de demostración listo</translation>
    </message>
</context>
<context>
    <name>stratum::ui::WorkspaceTree</name>
    <message>
        <location filename="../ui/shell/WorkspaceTree.cpp" line="+39"/>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrations</source>
        <translation>Migraciones</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No workspace open</source>
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections, their schemas and tables, and migration scripts appear here once a workspace is open.</source>
        <translation>Las conexiones, sus esquemas y tablas, y los scripts de migración aparecen aquí cuando hay un espacio de trabajo abierto.</translation>
    </message>
</context>
</TS>
