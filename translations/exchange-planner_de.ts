<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Exchange Planner</source>
        <translation>Über Exchange Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Exchange Planner %1&lt;/h3&gt;&lt;p&gt;Plans study visits, webinars and workshops between partner regions: programmes, participants, visited sites and contact people, in German, Polish and English.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Exchange Planner %1&lt;/h3&gt;&lt;p&gt;Plant Studienreisen, Webinare und Workshops zwischen Partnerregionen: Programme, Teilnehmende, besuchte Orte und Ansprechpersonen, auf Deutsch, Polnisch und Englisch.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later. &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später. &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AgendaDocument</name>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>The programme has no items yet.</source>
        <translation>Das Programm enthält noch keine Programmpunkte.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>Host</source>
        <extracomment>the organisation hosting the event</extracomment>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organisationsteam</translation>
    </message>
    <message>
        <source>interpretation %1</source>
        <translation>Verdolmetschung %1</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Hosts: %1</source>
        <translation>Gastgeber: %1</translation>
    </message>
    <message>
        <source>Meeting point: %1</source>
        <translation>Treffpunkt: %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation>Barrierefreiheit: %1</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>Title missing in: %1</source>
        <translation>Titel fehlt in: %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Hosts and speakers</source>
        <translation>Gastgebende und Vortragende</translation>
    </message>
    <message>
        <source>Missing</source>
        <extracomment>column heading, short: the languages an item&apos;s title or meeting point still lacks, e.g. &quot;PL EN&quot;</extracomment>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Meeting point missing in: %1</source>
        <translation>Treffpunkt fehlt in: %1</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>column heading: the part of the delegation a parallel item is for</extracomment>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>AttendanceTable</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Teilnahmetage</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Teilnahmestunden</translation>
    </message>
</context>
<context>
    <name>AttendanceTableDocument</name>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n teilnehmende Person</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n teilgenommen</numerusform>
            <numerusform>%n teilgenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s)</source>
        <translation>
            <numerusform>%n nicht erschienen</numerusform>
            <numerusform>%n nicht erschienen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s)</source>
        <translation>
            <numerusform>%n nicht angemeldete Person</numerusform>
            <numerusform>%n nicht angemeldete Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ signed · – on the sheet, not signed · empty: not on that sheet, or the sheet not entered</source>
        <translation>✓ unterschrieben · – auf der Liste, nicht unterschrieben · leer: nicht auf dieser Liste oder Liste nicht erfasst</translation>
    </message>
    <message>
        <source>No signed sign-in sheet has been entered yet.</source>
        <translation>Es wurde noch keine unterschriebene Liste erfasst.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The automatic backup of %1 was not written: %2</source>
        <translation>Die automatische Sicherung von %1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>BadgeDocument</name>
    <message>
        <source>Badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
</context>
<context>
    <name>CertificateDocument</name>
    <message>
        <source>Certificates of attendance</source>
        <translation>Teilnahmebescheinigungen</translation>
    </message>
    <message>
        <source>No certificates: nobody attended the event.</source>
        <translation>Keine Teilnahmebescheinigungen: Niemand hat an der Veranstaltung teilgenommen.</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Teilnahmebescheinigung</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>%1 confirms this certificate on request by its number.</source>
        <translation>%1 bestätigt diese Bescheinigung auf Anfrage anhand ihrer Nummer.</translation>
    </message>
    <message>
        <source>The organiser</source>
        <translation>Die veranstaltende Stelle</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Hiermit wird bescheinigt, dass</translation>
    </message>
    <message>
        <source>took part in</source>
        <translation>an folgender Veranstaltung teilgenommen hat:</translation>
    </message>
    <message>
        <source>organised by %1</source>
        <translation>Veranstalter: %1</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Teilnahmetage</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s)</source>
        <translation>
            <numerusform>%1 von %n Tag</numerusform>
            <numerusform>%1 von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme attended</source>
        <translation>Teilnahme am Programm</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>Places visited</source>
        <translation>Besuchte Orte</translation>
    </message>
    <message>
        <source>Funded by</source>
        <translation>Förderung</translation>
    </message>
</context>
<context>
    <name>CertificateStatement</name>
    <message>
        <source>&quot;%1&quot; is no certificate number: they read like 2019-001-0019-4, and the last digit checks the others.</source>
        <translation>„%1“ ist keine Bescheinigungsnummer: Diese lauten etwa 2019-001-0019-4, und die letzte Stelle ist die Prüfziffer.</translation>
    </message>
    <message>
        <source>No certificate %1 was issued here: nobody of that number attended that event.</source>
        <translation>Eine Bescheinigung %1 wurde hier nicht ausgestellt: Niemand mit dieser Nummer hat an dieser Veranstaltung teilgenommen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Certificate %1: %2 (%3) attended &quot;%4&quot;, %5 to %6.
Days: %7 (%8 of %9).
Places visited: %10.
Programme attended: %11 hours.
</source>
        <translation>Bescheinigung %1: %2 (%3) hat vom %5 bis zum %6 an „%4“ teilgenommen.
Tage: %7 (%8 von %9).
Besuchte Orte: %10.
Teilnahme am Programm: %11 Stunden.
</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Venue: city</source>
        <translation>Veranstaltungsort: Stadt</translation>
    </message>
    <message>
        <source>Venue: address</source>
        <translation>Veranstaltungsort: Adresse</translation>
    </message>
    <message>
        <source>Online platform</source>
        <translation>Online-Plattform</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Online-Link</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Gastgeberorganisation</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organisationsteam</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Verdolmetschung</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>the status of an event (planned, confirmed, held, cancelled)</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Projektnummer</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Hosts and speakers</source>
        <translation>Gastgebende und Vortragende</translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation>Treffpunkt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Date of GDPR consent</source>
        <translation>Datum der Einwilligung (DSGVO)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Contact on site</source>
        <translation>Ansprechperson vor Ort</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Opening days</source>
        <translation>Öffnungstage</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <source>Signatory&apos;s function</source>
        <translation>Funktion der unterzeichnenden Person</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1. Run &quot;exchange-planner --help&quot; for the usage.</source>
        <translation>%1. Hinweise zum Aufruf erhalten Sie mit „exchange-planner --help“.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are: %2. Run &quot;exchange-planner --help&quot; for the usage.</source>
        <translation>Unbekannter Befehl „%1“. Verfügbare Befehle: %2. Hinweise zum Aufruf erhalten Sie mit „exchange-planner --help“.</translation>
    </message>
    <message>
        <source>--%1 needs a command that uses it (%2).</source>
        <translation>--%1 erfordert einen Befehl, der diese Option verwendet (%2).</translation>
    </message>
    <message>
        <source>--%1 does not apply to the command &quot;%2&quot;.</source>
        <translation>--%1 gilt nicht für den Befehl „%2“.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; takes no argument &quot;%2&quot;.</source>
        <translation>Der Befehl „%1“ akzeptiert keine Argumente (angegeben: „%2“).</translation>
    </message>
    <message>
        <source>--database needs the path of a database file.</source>
        <translation>--database erfordert den Pfad einer Datenbankdatei.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, csv or json.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie table, csv oder json.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use de, pl or en.</source>
        <translation>Unbekannte Sprache „%1“: Verwenden Sie de, pl oder en.</translation>
    </message>
    <message>
        <source>Use &quot;import participants EVENT FILE.csv&quot; or &quot;import contacts FILE.csv&quot;.</source>
        <translation>Verwenden Sie „import participants EVENT FILE.csv“ oder „import contacts FILE.csv“.</translation>
    </message>
    <message>
        <source>What to import is missing. %1</source>
        <translation>Es fehlt die Angabe, was importiert werden soll. %1</translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;. %2</source>
        <translation>„%1“ kann nicht importiert werden. %2</translation>
    </message>
    <message>
        <source>Arguments are missing. %1</source>
        <translation>Es fehlen Argumente. %1</translation>
    </message>
    <message>
        <source>Too many arguments: &quot;%1&quot;. %2</source>
        <translation>Zu viele Argumente: „%1“. %2</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;: use &quot;,&quot;, &quot;;&quot; or tab.</source>
        <translation>Unbekanntes Trennzeichen „%1“: Verwenden Sie &quot;,&quot;, &quot;;&quot; oder tab.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use utf-8, windows-1250 or windows-1252.</source>
        <translation>Unbekannte Zeichenkodierung „%1“: Verwenden Sie utf-8, windows-1250 oder windows-1252.</translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot; for --%2: use %3.</source>
        <translation>Unbekannter Wert „%1“ für --%2: Verwenden Sie %3.</translation>
    </message>
    <message>
        <source>What to export is missing. %1</source>
        <translation>Es fehlt die Angabe, was exportiert werden soll. %1</translation>
    </message>
    <message>
        <source>Cannot export &quot;%1&quot;. %2</source>
        <translation>„%1“ kann nicht exportiert werden. %2</translation>
    </message>
    <message>
        <source>The event is missing. %1</source>
        <translation>Es fehlt die Angabe der Veranstaltung. %1</translation>
    </message>
    <message>
        <source>--output FILE is missing: where should the %1 go?</source>
        <translation>--output FILE fehlt: Wohin soll der Export „%1“ geschrieben werden?</translation>
    </message>
    <message>
        <source>--%1 applies to &quot;export %2&quot; only.</source>
        <translation>--%1 gilt nur für „export %2“.</translation>
    </message>
    <message>
        <source>--blank-rows needs a number from 0 to 500.</source>
        <translation>--blank-rows erfordert eine Zahl von 0 bis 500.</translation>
    </message>
    <message>
        <source>--output FILE is missing: where should the copy go?</source>
        <translation>--output DATEI fehlt: Wohin soll die Kopie geschrieben werden?</translation>
    </message>
    <message>
        <source>Create a database holding the demo programme
(refused if the database already holds data).</source>
        <translation>Eine Datenbank mit dem Demoprogramm anlegen
(nur, wenn die Datenbank noch keine Daten enthält).</translation>
    </message>
    <message>
        <source>List the events: id, kind, title, start, end, status.</source>
        <translation>Die Veranstaltungen auflisten: ID, Art, Titel,
Beginn, Ende, Status.</translation>
    </message>
    <message>
        <source>agenda EVENT --output FILE.pdf|FILE.ics</source>
        <translation>agenda VERANSTALTUNG --output DATEI.pdf|DATEI.ics</translation>
    </message>
    <message>
        <source>The event&apos;s programme as a PDF to hand out, or as a
calendar file (iCalendar) with one entry per item.</source>
        <translation>Das Programm der Veranstaltung als PDF zum Verteilen
oder als Kalenderdatei (iCalendar) mit einem Eintrag
je Programmpunkt.</translation>
    </message>
    <message>
        <source>participants EVENT --output FILE.pdf|FILE.csv</source>
        <translation>participants VERANSTALTUNG --output DATEI.pdf|DATEI.csv</translation>
    </message>
    <message>
        <source>The participant list; with --sign-in-sheet the sheets
participants sign, one per day (PDF).</source>
        <translation>Die Teilnehmerliste; mit --sign-in-sheet die
Unterschriftenlisten, eine je Tag (PDF).</translation>
    </message>
    <message>
        <source>contacts --output FILE.csv|FILE.vcf</source>
        <translation>contacts --output DATEI.csv|DATEI.vcf</translation>
    </message>
    <message>
        <source>The contact people, for a spreadsheet or an address book.</source>
        <translation>Die Ansprechpersonen, für eine Tabellenkalkulation
oder ein Adressbuch.</translation>
    </message>
    <message>
        <source>--output FILE</source>
        <translation>--output DATEI</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE (a new
file), also while the program has it open.</source>
        <translation>Eine konsistente Kopie der Datenbank in DATEI (eine
neue Datei) schreiben, auch während das Programm sie
geöffnet hat.</translation>
    </message>
    <message>
        <source>participants EVENT FILE.csv</source>
        <translation>participants VERANSTALTUNG DATEI.csv</translation>
    </message>
    <message>
        <source>Import the participants of the event EVENT (its id, as
&quot;events&quot; lists it) from a spreadsheet saved as CSV.</source>
        <translation>Die Teilnehmenden einer Veranstaltung (VERANSTALTUNG:
ihre ID, wie „events“ sie auflistet) aus einer als CSV
gespeicherten Tabellenkalkulation importieren.</translation>
    </message>
    <message>
        <source>contacts FILE.csv</source>
        <translation>contacts DATEI.csv</translation>
    </message>
    <message>
        <source>Import contact people from a spreadsheet saved as CSV.
An import is all or nothing: a file with an invalid row
imports nothing and lists every problem.</source>
        <translation>Ansprechpersonen aus einer als CSV gespeicherten
Tabellenkalkulation importieren.
Ein Import erfolgt ganz oder gar nicht: Enthält die
Datei eine ungültige Zeile, wird nichts importiert, und
alle Probleme werden aufgelistet.</translation>
    </message>
    <message>
        <source>Usage: exchange-planner [--database PATH] [COMMAND] [OPTIONS]

Plans study visits, webinars and workshops between partner regions.
Without a command, opens the main window.</source>
        <translation>Aufruf: exchange-planner [--database PFAD] [BEFEHL] [OPTIONEN]

Plant Studienreisen, Webinare und Workshops zwischen Partnerregionen.
Ohne Befehl wird das Hauptfenster geöffnet.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 wrong usage, 2 bad input, 3 database problem.</source>
        <translation>Exit-Status: 0 erfolgreich, 1 falscher Aufruf, 2 ungültige Eingabe,
             3 Datenbankproblem.</translation>
    </message>
    <message>
        <source>PATH</source>
        <extracomment>the value of an option in the help, as the user replaces it</extracomment>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>export: the file to write; its ending picks the format.
backup: the copy to write.</source>
        <translation>export: die zu schreibende Datei; ihre Endung
bestimmt das Format.
backup: die zu schreibende Kopie.</translation>
    </message>
    <message>
        <source>L</source>
        <extracomment>the value of --second-language: a language</extracomment>
        <translation>S</translation>
    </message>
    <message>
        <source>export agenda: a bilingual agenda, the two languages
side by side.</source>
        <translation>export agenda: ein zweisprachiges Programm, beide
Sprachen nebeneinander.</translation>
    </message>
    <message>
        <source>export participants: the sign-in sheets instead of the
list.</source>
        <translation>export participants: die Unterschriftenlisten statt
der Teilnehmerliste.</translation>
    </message>
    <message>
        <source>S[,S…]</source>
        <extracomment>the value of --status: statuses</extracomment>
        <translation>S[,S…]</translation>
    </message>
    <message>
        <source>export participants: only these statuses (%1).</source>
        <extracomment>%1: the statuses, wrapped into the column by the program</extracomment>
        <translation>export participants: nur diese Status (%1).</translation>
    </message>
    <message>
        <source>R[,R…]</source>
        <extracomment>the value of --role: roles</extracomment>
        <translation>R[,R…]</translation>
    </message>
    <message>
        <source>export participants: only these roles (%1).</source>
        <extracomment>%1: the roles, wrapped into the column by the program</extracomment>
        <translation>export participants: nur diese Rollen (%1).</translation>
    </message>
    <message>
        <source>C[,C…]</source>
        <extracomment>the value of --columns: columns</extracomment>
        <translation>SP[,SP…]</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>the value of --blank-rows: a number
----------
the value of --layout: 8 or 4</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <source>sign-in sheet: empty rows for walk-ins (default 10).</source>
        <translation>Unterschriftenliste: Leerzeilen für nicht angemeldete
Personen (Standard: 10).</translation>
    </message>
    <message>
        <source>sign-in sheet: one per site visit instead of per day.</source>
        <translation>Unterschriftenliste: eine je Besichtigung statt je Tag.</translation>
    </message>
    <message>
        <source>sign-in sheet: headings in German, Polish and English.</source>
        <translation>Unterschriftenliste: Überschriften auf Deutsch,
Polnisch und Englisch.</translation>
    </message>
    <message>
        <source>export …csv: start with a byte order mark; with
--delimiter &quot;;&quot; what German and Polish Excel open
directly.</source>
        <translation>export …csv: mit einer Byte-Order-Mark (BOM) beginnen;
mit --delimiter &quot;;&quot; öffnet das deutsche und polnische
Excel die Datei direkt.</translation>
    </message>
    <message>
        <source>import: check the file and report, write nothing.</source>
        <translation>import: Probelauf – die Datei prüfen und das Ergebnis
melden, nichts schreiben.</translation>
    </message>
    <message>
        <source>D</source>
        <extracomment>the value of --delimiter: a delimiter</extracomment>
        <translation>T</translation>
    </message>
    <message>
        <source>import, export: the cell delimiter: &quot;,&quot;, &quot;;&quot; or tab
(import default: detected; export default: &quot;,&quot;).</source>
        <translation>import, export: das Trennzeichen der Zellen: &quot;,&quot;, &quot;;&quot;
oder tab (Standard bei import: automatisch erkannt;
bei export: &quot;,&quot;).</translation>
    </message>
    <message>
        <source>E</source>
        <extracomment>the value of --encoding: an encoding</extracomment>
        <translation>K</translation>
    </message>
    <message>
        <source>import: utf-8, windows-1250 or windows-1252
(default: detected).</source>
        <translation>import: die Zeichenkodierung: utf-8, windows-1250
oder windows-1252 (Standard: automatisch erkannt).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>The command is missing. Run &quot;exchange-planner --help&quot; for the usage.</source>
        <translation>Der Befehl fehlt. Hinweise zum Aufruf erhalten Sie mit „exchange-planner --help“.</translation>
    </message>
    <message>
        <source>&quot;export %1 EVENT&quot;</source>
        <translation>„export %1 EVENT“</translation>
    </message>
    <message>
        <source>&quot;export %1&quot;</source>
        <translation>„export %1“</translation>
    </message>
    <message>
        <source>Use %1, each with --output FILE.</source>
        <translation>Verwenden Sie %1, jeweils mit --output FILE.</translation>
    </message>
    <message>
        <source>export participants, PDF and CSV: the columns, of %1.</source>
        <extracomment>%1: the columns&apos; keys, wrapped into the column by the program</extracomment>
        <translation>export participants, PDF und CSV: die Spalten, aus %1.</translation>
    </message>
    <message>
        <source>import: replace the stored values of people found in
the database where the file has other ones, and the
values of those taking part already (role, status …)
with the file&apos;s; without it only empty fields are
filled in.</source>
        <translation>import: gespeicherte Werte gefundener Personen durch
andere Werte der Datei ersetzen, ebenso die Angaben
bereits Teilnehmender (Rolle, Status …); ohne diese
Option werden nur leere Felder ergänzt.</translation>
    </message>
    <message>
        <source>--from PATH --to PATH</source>
        <translation>--from PFAD --to PFAD</translation>
    </message>
    <message>
        <source>Copy a whole database into an empty one: a file to a
team database, or a team database to a file. Ids,
versions and calendar UIDs stay as they are.</source>
        <translation>Eine ganze Datenbank in eine leere kopieren: eine Datei
in eine Teamdatenbank oder eine Teamdatenbank in eine
Datei. IDs, Versionen und Kalender-UIDs bleiben erhalten.</translation>
    </message>
    <message>
        <source>--from PATH is missing: which database should be copied?</source>
        <translation>--from PFAD fehlt: Welche Datenbank soll kopiert werden?</translation>
    </message>
    <message>
        <source>--to PATH is missing: where should the copy go?</source>
        <translation>--to PFAD fehlt: Wohin soll die Kopie geschrieben werden?</translation>
    </message>
    <message>
        <source>The database file, or a team database on a PostgreSQL
server as postgresql://user@host:port/database?…
(libpq&apos;s form). Default:
%1</source>
        <extracomment>%1: the default database file</extracomment>
        <translation>Die Datenbankdatei oder eine Teamdatenbank auf einem
PostgreSQL-Server als postgresql://benutzer@host:port/datenbank?…
(in der Form von libpq). Standard:
%1</translation>
    </message>
    <message>
        <source>--map needs COLUMN=FIELD, FIELD one of: %1.</source>
        <translation>--map erfordert SPALTE=FELD, FELD eines von: %1.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD</source>
        <extracomment>the value of --map: a column of the file and a field of the planner</extracomment>
        <translation>SPALTE=FELD</translation>
    </message>
    <message>
        <source>import: take the column named COLUMN as FIELD
(first_name, status …), whatever its name suggests;
may be given more than once.</source>
        <translation>import: die Spalte namens SPALTE als FELD übernehmen
(first_name, status …), gleich, was ihr Name nahelegt;
mehrfach möglich.</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <extracomment>the value of --ignore-column: a column of the file</extracomment>
        <translation>SPALTE</translation>
    </message>
    <message>
        <source>import: leave the column named COLUMN out, e.g. one
whose values the planner does not understand; may be
given more than once.</source>
        <translation>import: die Spalte namens SPALTE auslassen, z. B. eine,
deren Werte der Planer nicht versteht; mehrfach
möglich.</translation>
    </message>
    <message>
        <source>export participants: organisations by their short
names (&quot;EG&quot;); without it in full.</source>
        <translation>export participants: Organisationen mit ihren Kurznamen
(„EG“); ohne die Option ausgeschrieben.</translation>
    </message>
    <message>
        <source>The window: quit as soon as it is painted
(to time the start-up).</source>
        <translation>Das Fenster: beenden, sobald es gezeichnet ist
(um den Start zu messen).</translation>
    </message>
    <message>
        <source>--from BACKUP</source>
        <translation>--from SICHERUNG</translation>
    </message>
    <message>
        <source>Bring the database file back to what BACKUP holds,
after checking it. The database as it was is kept as
NAME.before-restore-DATE.sqlite beside it. Refused
while another window or program has it open.</source>
        <translation>Die Datenbankdatei nach einer Prüfung auf den Stand
von SICHERUNG zurücksetzen. Die bisherige Datenbank
bleibt als NAME.before-restore-DATUM.sqlite daneben
erhalten. Abgelehnt, solange ein anderes Fenster oder
Programm sie geöffnet hat.</translation>
    </message>
    <message>
        <source>--from BACKUP is missing: which backup should be restored?</source>
        <translation>--from SICHERUNG fehlt: Welche Sicherung soll wiederhergestellt werden?</translation>
    </message>
    <message>
        <source>erase PERSON</source>
        <translation>erase PERSON</translation>
    </message>
    <message>
        <source>Erase the person whose id or email is PERSON, on their
request: the record, every participation and role, and
what the file keeps of deleted rows. Says what stays
and which backups still hold the person.</source>
        <translation>Die Person mit der ID oder E-Mail PERSON auf ihren
Antrag löschen: den Datensatz, jede Teilnahme und Rolle
und was die Datei von gelöschten Zeilen behält. Nennt,
was bleibt und welche Sicherungen die Person noch
enthalten.</translation>
    </message>
    <message>
        <source>What to do with the person is missing. %1</source>
        <translation>Es fehlt die Angabe, was mit der Person geschehen soll. %1</translation>
    </message>
    <message>
        <source>Cannot do &quot;%1&quot; with a person. %2</source>
        <translation>„%1“ ist mit einer Person nicht möglich. %2</translation>
    </message>
    <message>
        <source>export PERSON --output FILE.json|FILE.pdf</source>
        <translation>export PERSON --output DATEI.json|DATEI.pdf</translation>
    </message>
    <message>
        <source>Everything held about the person whose id or email is
PERSON: for a machine (JSON) or for the person to read
(PDF, in --language). Readable by its owner only.</source>
        <translation>Alles, was über die Person mit der ID oder E-Mail
PERSON gespeichert ist: für eine Maschine (JSON) oder
zum Lesen für die Person (PDF, in --language). Nur für
den Eigentümer der Datei lesbar.</translation>
    </message>
    <message>
        <source>Use &quot;person export PERSON --output FILE.json|FILE.pdf&quot; or &quot;person erase PERSON&quot;, PERSON an id or an email.</source>
        <translation>Verwenden Sie „person export PERSON --output DATEI.json|DATEI.pdf“ oder „person erase PERSON“; PERSON ist eine ID oder E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>--output FILE is missing: where should the person&apos;s data go?</source>
        <translation>--output DATEI fehlt: Wohin sollen die Daten der Person geschrieben werden?</translation>
    </message>
    <message>
        <source>%1: a person&apos;s data is written as .json or .pdf.</source>
        <translation>%1: Die Daten einer Person werden als .json oder .pdf geschrieben.</translation>
    </message>
    <message>
        <source>--output applies to &quot;person export&quot; only.</source>
        <translation>--output gilt nur für „person export“.</translation>
    </message>
    <message>
        <source>List what the retention policy makes due: the people
whose contact details or needs are kept longer than
it allows; with --apply, anonymise them in one step.</source>
        <translation>Auflisten, was die Aufbewahrungsregeln fällig machen:
die Personen, deren Kontaktdaten oder Bedarfe länger
gespeichert sind, als sie erlauben; mit --apply diese
in einem Schritt anonymisieren.</translation>
    </message>
    <message>
        <source>retention: anonymise what is due, instead of listing it.</source>
        <translation>retention: anonymisieren, was fällig ist, statt es
aufzulisten.</translation>
    </message>
    <message>
        <source>List the people with their legal basis and
consent: id, name, organisation, email, legal
basis, consent&apos;s date, purpose and source, its
withdrawal.</source>
        <translation>Die Personen mit Rechtsgrundlage und Einwilligung
auflisten: ID, Name, Organisation, E-Mail,
Rechtsgrundlage, Datum, Zweck und Herkunft der
Einwilligung, ihr Widerruf.</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1&quot;: use %2.</source>
        <translation>Unbekannter Filter „%1“: Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>FILTER</translation>
    </message>
    <message>
        <source>people: only those with no legal basis recorded
(no_legal_basis) or whose consent was withdrawn
(consent_withdrawn).</source>
        <translation>people: nur Personen ohne erfasste Rechtsgrundlage
(no_legal_basis) oder mit widerrufener Einwilligung
(consent_withdrawn).</translation>
    </message>
    <message>
        <source>events, people, export: the language of the titles
and of a document&apos;s labels: de, pl or en (default:
%1, from the system&apos;s language).</source>
        <extracomment>%1: de, pl or en</extracomment>
        <translation>events, people, export: die Sprache der Titel und
der Beschriftungen eines Dokuments: de, pl oder en
(Standard: %1, gemäß der Systemsprache).</translation>
    </message>
    <message>
        <source>EVENT --first-day DATE</source>
        <translation>VERANSTALTUNG --first-day DATUM</translation>
    </message>
    <message>
        <source>Make next time&apos;s event from EVENT: its agenda moved to
start on DATE, organisers, hosts, topics and funding
as they are, without participants unless
--with-participants (then as invited). Prints the new
event&apos;s id.</source>
        <translation>Die nächste Ausgabe aus VERANSTALTUNG machen: das
Programm verschoben auf den Beginn DATUM, Organisierende,
Gastgebende, Themen und Förderung wie gehabt, ohne
Teilnehmende außer mit --with-participants (dann als
eingeladen). Gibt die ID der neuen Veranstaltung aus.</translation>
    </message>
    <message>
        <source>The event to duplicate is missing: use &quot;duplicate EVENT --first-day DATE&quot;.</source>
        <translation>Es fehlt die zu duplizierende Veranstaltung: Verwenden Sie „duplicate VERANSTALTUNG --first-day DATUM“.</translation>
    </message>
    <message>
        <source>Too many arguments: &quot;%1&quot;. Use &quot;duplicate EVENT --first-day DATE&quot;.</source>
        <translation>Zu viele Argumente: „%1“. Verwenden Sie „duplicate VERANSTALTUNG --first-day DATUM“.</translation>
    </message>
    <message>
        <source>--first-day DATE is missing: when does the new event start?</source>
        <translation>--first-day DATUM fehlt: Wann beginnt die neue Veranstaltung?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no date: write it as YYYY-MM-DD, e.g. 2027-05-17.</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT, z. B. 2027-05-17.</translation>
    </message>
    <message>
        <source>DATE</source>
        <extracomment>the value of --first-day: a date
----------
the value of --day: a date</extracomment>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>duplicate: the new event&apos;s first day, YYYY-MM-DD; the
agenda moves with it.</source>
        <translation>duplicate: der erste Tag der neuen Veranstaltung,
JJJJ-MM-TT; das Programm wird mitverschoben.</translation>
    </message>
    <message>
        <source>duplicate: take the participants along, as invited.</source>
        <translation>duplicate: die Teilnehmenden übernehmen, als eingeladen.</translation>
    </message>
    <message>
        <source>--list is missing: which list of &quot;export %1&quot;?</source>
        <translation>--list fehlt: Welche Liste von „export %1“?</translation>
    </message>
    <message>
        <source>Unknown list &quot;%1&quot;: use %2.</source>
        <translation>Unbekannte Liste „%1“: Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>LIST</source>
        <extracomment>the value of --list: which list</extracomment>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>export logistics: rooming (the hotel&apos;s), transport
(a passenger list per trip) or catering (numbers per
meal).</source>
        <translation>export logistics: rooming (die Zimmerliste des Hotels),
transport (eine Passagierliste je Fahrt) oder catering
(Personenzahlen je Mahlzeit).</translation>
    </message>
    <message>
        <source>logistics EVENT --list rooming|transport|catering
--output FILE.pdf|FILE.csv</source>
        <translation>logistics VERANSTALTUNG --list rooming|transport|catering
--output DATEI.pdf|DATEI.csv</translation>
    </message>
    <message>
        <source>The hotel&apos;s rooming list, the coach company&apos;s
passenger list per trip or the caterer&apos;s numbers per
meal with dietary needs counted.</source>
        <translation>Die Zimmerliste für das Hotel, die Passagierliste je
Fahrt für das Busunternehmen oder die Personenzahlen je
Mahlzeit mit gezählten Ernährungsbedürfnissen für den
Caterer.</translation>
    </message>
    <message>
        <source>--layout takes 8 or 4 (badges to a sheet).</source>
        <translation>--layout erwartet 8 oder 4 (Namensschilder je Bogen).</translation>
    </message>
    <message>
        <source>--blank needs a number from 0 to 500.</source>
        <translation>--blank erfordert eine Zahl von 0 bis 500.</translation>
    </message>
    <message>
        <source>export badges: 8 to a sheet (about A7, default) or 4
(about A6).</source>
        <translation>export badges: 8 je Bogen (etwa A7, Standard) oder 4
(etwa A6).</translation>
    </message>
    <message>
        <source>export badges: badges without a name for walk-ins
(default 0).</source>
        <translation>export badges: Namensschilder ohne Namen für nicht
angemeldete Personen (Standard: 0).</translation>
    </message>
    <message>
        <source>export badges: last names in capitals.</source>
        <translation>export badges: Nachnamen in Großbuchstaben.</translation>
    </message>
    <message>
        <source>badges EVENT --output FILE.pdf</source>
        <translation>badges VERANSTALTUNG --output DATEI.pdf</translation>
    </message>
    <message>
        <source>Badges to cut from A4 sheets for everyone who comes,
8 or 4 to a sheet (--layout), blank ones for walk-ins
(--blank N).</source>
        <translation>Namensschilder zum Ausschneiden aus A4-Bögen für alle,
die kommen, 8 oder 4 je Bogen (--layout), leere für
nicht angemeldete Personen (--blank N).</translation>
    </message>
    <message>
        <source>export agenda: each site&apos;s coordinates under its
address.</source>
        <translation>export agenda: die Koordinaten jedes Orts unter
seiner Adresse.</translation>
    </message>
    <message>
        <source>[EVENT]</source>
        <translation>[VERANSTALTUNG]</translation>
    </message>
    <message>
        <source>List the clashes the calendar flags, of every event or
of EVENT: overlapping items, a person in two places at
once, capacity exceeded, too little travel time between
site visits, a site closed that day, a public holiday
in Germany or Poland.</source>
        <translation>Die Konflikte auflisten, die der Kalender markiert, aller
Veranstaltungen oder von VERANSTALTUNG: sich überschneidende
Programmpunkte, eine Person an zwei Orten zugleich,
überschrittene Platzzahl, zu wenig Fahrzeit zwischen
Besichtigungen, ein an dem Tag geschlossener Ort, ein
Feiertag in Deutschland oder Polen.</translation>
    </message>
    <message>
        <source>Too many arguments: &quot;%1&quot;. Use &quot;conflicts [EVENT]&quot;.</source>
        <translation>Zu viele Argumente: „%1“. Verwenden Sie „conflicts [VERANSTALTUNG]“.</translation>
    </message>
    <message>
        <source>messages EVENT --template NAME --output DIR</source>
        <translation>messages VERANSTALTUNG --template NAME --output ORDNER</translation>
    </message>
    <message>
        <source>A personalised email draft (.eml) per participant,
in the language each reads, with the agenda attached
as a calendar; Thunderbird and Outlook open them.</source>
        <translation>Ein personalisierter E-Mail-Entwurf (.eml) je
teilnehmende Person, in der Sprache, die sie liest, mit
dem Programm als Kalender im Anhang; Thunderbird und
Outlook öffnen die Entwürfe.</translation>
    </message>
    <message>
        <source>Use &quot;export messages EVENT --template NAME --output DIR&quot;.</source>
        <translation>Verwenden Sie „export messages VERANSTALTUNG --template NAME --output ORDNER“.</translation>
    </message>
    <message>
        <source>--template is missing: invitation, confirmation or practical?</source>
        <translation>--template fehlt: invitation, confirmation oder practical?</translation>
    </message>
    <message>
        <source>--output DIR is missing: which folder should the messages go into?</source>
        <translation>--output ORDNER fehlt: In welchen Ordner sollen die Nachrichten geschrieben werden?</translation>
    </message>
    <message>
        <source>--%1 does not apply to &quot;export messages&quot;.</source>
        <translation>--%1 gilt nicht für „export messages“.</translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;; &quot;exchange-planner events&quot; lists them.</source>
        <translation>Es gibt keine Veranstaltung „%1“; „exchange-planner events“ listet sie auf.</translation>
    </message>
    <message>
        <source>No participant of event %1 with the status %2 has an email address; no message was written.</source>
        <translation>Keine teilnehmende Person der Veranstaltung %1 mit dem Status %2 hat eine E-Mail-Adresse; es wurde keine Nachricht geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n message(s) into %1.</source>
        <translation>
            <numerusform>%n Nachricht in %1 geschrieben.</numerusform>
            <numerusform>%n Nachrichten in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No email address, so no message: %1.</source>
        <translation>Ohne E-Mail-Adresse, daher keine Nachricht: %1.</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;: use invitation, confirmation or practical.</source>
        <translation>Unbekannte Vorlage „%1“: Verwenden Sie invitation, confirmation oder practical.</translation>
    </message>
    <message>
        <source>--purpose takes employer or visa.</source>
        <translation>--purpose erwartet employer oder visa.</translation>
    </message>
    <message>
        <source>NAME</source>
        <extracomment>the value of --template: which message</extracomment>
        <translation>NAME</translation>
    </message>
    <message>
        <source>export messages: invitation (to those invited),
confirmation (registered or confirmed) or practical
(everyone who comes); --status and --role choose
others.</source>
        <translation>export messages: invitation (an Eingeladene),
confirmation (an Angemeldete oder Bestätigte) oder
practical (an alle, die kommen); --status und --role
wählen andere Teilnehmende aus.</translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <extracomment>the value of --purpose: employer or visa</extracomment>
        <translation>ZWECK</translation>
    </message>
    <message>
        <source>export letters: employer (for the travel approval,
default) or visa (for the consulate).</source>
        <translation>export letters: employer (für die Genehmigung der
Reise, Standard) oder visa (für das Konsulat).</translation>
    </message>
    <message>
        <source>letters EVENT --output FILE.pdf</source>
        <translation>letters VERANSTALTUNG --output DATEI.pdf</translation>
    </message>
    <message>
        <source>An invitation letter per participant on the host
organisation&apos;s letterhead, in the language each
reads: for the employer&apos;s approval of the journey,
or with --purpose visa for the consulate.</source>
        <translation>Ein Einladungsschreiben je teilnehmende Person auf
dem Briefkopf der gastgebenden Organisation, in der
Sprache, die die Person liest: für die Genehmigung der
Reise durch den Arbeitgeber oder mit --purpose visa
für das Konsulat.</translation>
    </message>
    <message>
        <source>[--from DATE] [--to DATE] [--by GROUP]</source>
        <translation>[--from DATUM] [--to DATUM] [--by GRUPPE]</translation>
    </message>
    <message>
        <source>The partnership in figures: events, participations,
people, attended, not shown and the attendance rate
per year, kind, country, organisation or topic; visits
and events per site.</source>
        <translation>Die Partnerschaft in Zahlen: Veranstaltungen,
Teilnahmen, Personen, teilgenommen, nicht erschienen
und die Teilnahmequote je Jahr, Art, Land,
Organisation oder Thema; Besuche und Veranstaltungen
je Ort.</translation>
    </message>
    <message>
        <source>copy: the empty database to copy into, a new file or an
empty team database; stats: the last day counted.</source>
        <translation>copy: die leere Zieldatenbank, eine neue Datei oder eine
leere Teamdatenbank; stats: der letzte gezählte Tag.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <extracomment>the value of --by: what the figures are grouped by</extracomment>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>stats: year (default), kind, country, organisation,
topic or site.</source>
        <translation>stats: year (Jahr, Vorgabe), kind (Art), country (Land),
organisation, topic (Thema) oder site (Ort).</translation>
    </message>
    <message>
        <source>The command &quot;stats&quot; takes no argument &quot;%1&quot;.</source>
        <translation>Der Befehl „stats“ nimmt kein Argument „%1“.</translation>
    </message>
    <message>
        <source>--%1 of &quot;stats&quot; takes a date, YYYY-MM-DD: &quot;%2&quot; is none.</source>
        <translation>--%1 von „stats“ nimmt ein Datum, JJJJ-MM-TT: „%2“ ist keins.</translation>
    </message>
    <message>
        <source>--by takes year, kind, country, organisation, topic or site.</source>
        <translation>--by nimmt year, kind, country, organisation, topic oder site.</translation>
    </message>
    <message>
        <source>events, people, conflicts, stats: table (default), csv
or json.</source>
        <translation>events, people, conflicts, stats: table (Standard), csv
oder json.</translation>
    </message>
    <message>
        <source>The event is missing: use &quot;%1&quot;.</source>
        <translation>Es fehlt die Angabe der Veranstaltung: Verwenden Sie „%1“.</translation>
    </message>
    <message>
        <source>Too many arguments: &quot;%1&quot;. Use &quot;%2&quot;.</source>
        <translation>Zu viele Argumente: „%1“. Verwenden Sie „%2“.</translation>
    </message>
    <message>
        <source>--day DATE is missing: which day&apos;s sheet was signed?</source>
        <translation>--day DATUM fehlt: Von welchem Tag ist die unterschriebene Liste?</translation>
    </message>
    <message>
        <source>Give either --present ROWS or --from FILE.csv: use &quot;%1&quot;.</source>
        <translation>Geben Sie entweder --present ZEILEN oder --from DATEI.csv an: Verwenden Sie „%1“.</translation>
    </message>
    <message>
        <source>The certificate&apos;s number is missing: use &quot;certificate NUMBER&quot;, e.g. &quot;certificate 2019-001-0019-4&quot;.</source>
        <translation>Die Nummer der Bescheinigung fehlt: Verwenden Sie „certificate NUMMER“, z. B. „certificate 2019-001-0019-4“.</translation>
    </message>
    <message>
        <source>Too many arguments: &quot;%1&quot;. Use &quot;certificate NUMBER&quot;.</source>
        <translation>Zu viele Argumente: „%1“. Verwenden Sie „certificate NUMMER“.</translation>
    </message>
    <message>
        <source>evidence EVENT --output FILE.zip</source>
        <translation>evidence VERANSTALTUNG --output DATEI.zip</translation>
    </message>
    <message>
        <source>The evidence pack a funder&apos;s audit asks for: summary,
agendas, sign-in sheets, attendance, counts and
participant list in one ZIP archive.</source>
        <translation>Die Nachweisunterlagen, die Fördermittelgeber bei der
Prüfung verlangen: Übersicht, Programme,
Unterschriftenlisten, Anwesenheit, Zahlen und
Teilnehmerliste in einem ZIP-Archiv.</translation>
    </message>
    <message>
        <source>EVENT --day DATE --present ROWS</source>
        <translation>VERANSTALTUNG --day DATUM --present ZEILEN</translation>
    </message>
    <message>
        <source>Enter who signed the day&apos;s sign-in sheet (or with
--visit HH:MM a site visit&apos;s), by the rows&apos; numbers as
printed: 1,2,5-9. Statuses follow: attended, or not
shown. The sheet&apos;s earlier entry is replaced.</source>
        <translation>Erfassen, wer die Unterschriftenliste des Tages (oder
mit --visit HH:MM die einer Besichtigung)
unterschrieben hat, nach den gedruckten Zeilennummern:
1,2,5-9. Der Status folgt: teilgenommen oder nicht
erschienen. Eine frühere Erfassung der Liste wird
ersetzt.</translation>
    </message>
    <message>
        <source>EVENT --day DATE --from FILE.csv</source>
        <translation>VERANSTALTUNG --day DATUM --from DATEI.csv</translation>
    </message>
    <message>
        <source>The same from the sheet typed into a spreadsheet:
columns No. and Present; blank rows with First name,
Last name (and Email) add the walk-ins.</source>
        <translation>Dasselbe aus der in eine Tabelle abgetippten Liste:
Spalten Nr. und Anwesend; Leerzeilen mit Vorname,
Nachname (und E-Mail) fügen nicht angemeldete
Personen hinzu.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>What the certificate of attendance NUMBER states (who,
which event, the days, places and hours), to confirm
it on request.</source>
        <translation>Was die Teilnahmebescheinigung NUMMER bescheinigt
(wer, welche Veranstaltung, Tage, Orte und Stunden),
um sie auf Anfrage zu bestätigen.</translation>
    </message>
    <message>
        <source>Use &quot;export evidence EVENT --output FILE.zip&quot;.</source>
        <translation>Verwenden Sie „export evidence VERANSTALTUNG --output DATEI.zip“.</translation>
    </message>
    <message>
        <source>--output FILE.zip is missing: where should the evidence pack go?</source>
        <translation>--output DATEI.zip fehlt: Wohin sollen die Nachweisunterlagen geschrieben werden?</translation>
    </message>
    <message>
        <source>%1: the evidence pack is a ZIP archive; name a file ending .zip.</source>
        <translation>%1: Die Nachweisunterlagen sind ein ZIP-Archiv; geben Sie eine Datei mit der Endung .zip an.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &quot;export evidence&quot;.</source>
        <translation>--%1 gilt nicht für „export evidence“.</translation>
    </message>
    <message>
        <source>Wrote %1 holding %2.</source>
        <translation>%1 wurde geschrieben; enthalten sind: %2.</translation>
    </message>
    <message>
        <source>copy: the database to copy, a file or a team database;
restore: the backup to restore; stats: the first day
counted, YYYY-MM-DD; attendance: the signed sheet typed
into a CSV file (columns No., Present, and the names of
walk-ins).</source>
        <translation>copy: die zu kopierende Datenbank, eine Datei oder eine
Teamdatenbank; restore: die wiederherzustellende
Sicherung; stats: der erste gezählte Tag, JJJJ-MM-TT;
attendance: die unterschriebene Liste als CSV-Datei
(Spalten Nr., Anwesend und die Namen nicht angemeldeter
Personen).</translation>
    </message>
    <message>
        <source>export certificates: a PDF per person into the folder
--output names (new or empty), not one PDF.</source>
        <translation>export certificates: ein PDF je Person in den Ordner,
den --output nennt (neu oder leer), statt eines PDFs.</translation>
    </message>
    <message>
        <source>attendance: the day of the signed sheet, YYYY-MM-DD.</source>
        <translation>attendance: Tag der unterschriebenen Liste, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>ROWS</source>
        <extracomment>the value of --present: row numbers such as 1,2,5-9</extracomment>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <source>attendance: the rows that signed, numbered as printed,
e.g. 1,2,5-9; everyone else on the sheet was absent.</source>
        <translation>attendance: die Zeilen mit Unterschrift, nummeriert wie
gedruckt, z. B. 1,2,5-9; alle anderen auf der Liste
waren abwesend.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <extracomment>the value of --visit: a time of day</extracomment>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>attendance: the sheet of the site visit that starts at
this time on --day, not the day&apos;s sheet.</source>
        <translation>attendance: die Liste der Besichtigung, die an --day um
diese Uhrzeit beginnt, statt der Liste des Tages.</translation>
    </message>
    <message>
        <source>certificates EVENT --output FILE.pdf</source>
        <translation>certificates VERANSTALTUNG --output DATEI.pdf</translation>
    </message>
    <message>
        <source>A certificate of attendance per attendee on the host&apos;s
letterhead: days, places visited, hours, its number;
with --split a folder of one PDF per person.</source>
        <translation>Eine Teilnahmebescheinigung je Person, die teilgenommen
hat, auf dem Briefkopf der Gastgeberorganisation: Tage,
besuchte Orte, Stunden, Nummer; mit --split ein Ordner
mit einem PDF je Person.</translation>
    </message>
    <message>
        <source>LOOK</source>
        <extracomment>the value of --appearance: how the window looks</extracomment>
        <translation>DARSTELLUNG</translation>
    </message>
    <message>
        <source>The window: system, light, dark or high-contrast
colours for this run (default: as chosen in
View › Appearance).</source>
        <translation>Das Fenster: Farben des Systems, hell, dunkel oder
mit hohem Kontrast für diesen Start (sonst wie unter
Ansicht › Darstellung gewählt).</translation>
    </message>
    <message>
        <source>Unknown appearance &quot;%1&quot;: use system, light, dark or high-contrast.</source>
        <translation>Unbekannte Darstellung „%1“: system, light, dark oder high-contrast angeben.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>%1 already holds data; the demo programme is only written into a new or empty database. Nothing was changed.</source>
        <translation>%1 enthält bereits Daten; das Demoprogramm wird nur in eine neue oder leere Datenbank geschrieben. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The demo programme is missing from this build.</source>
        <translation>Das Demoprogramm ist in dieser Programmversion nicht enthalten.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one by starting the program, or with &quot;exchange-planner demo --database %1&quot;.</source>
        <translation>Unter %1 gibt es keine Datenbank. Legen Sie eine an, indem Sie das Programm starten, oder mit „exchange-planner demo --database %1“.</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>column headings of the events list: its status is planned, confirmed, held or cancelled
----------
column headings of the people&apos;s legal basis and consent</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the demo programme with %n event(s) to %1.</source>
        <translation>
            <numerusform>Das Demoprogramm mit %n Veranstaltung wurde in %1 geschrieben.</numerusform>
            <numerusform>Das Demoprogramm mit %n Veranstaltungen wurde in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event id; &quot;exchange-planner events&quot; lists them.</source>
        <translation>„%1“ ist keine Veranstaltungs-ID; „exchange-planner events“ listet die IDs auf.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: column &quot;%3&quot;: %4</source>
        <translation>%1:%2: Spalte „%3“: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid row(s); nothing was imported.</source>
        <translation>
            <numerusform>%n ungültige Zeile; es wurde nichts importiert.</numerusform>
            <numerusform>%n ungültige Zeilen; es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) created</source>
        <translation>
            <numerusform>%n Person angelegt</numerusform>
            <numerusform>%n Personen angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched</source>
        <translation>
            <numerusform>%n als vorhanden erkannt</numerusform>
            <numerusform>%n als vorhanden erkannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already taking part)</source>
        <translation>
            <numerusform>%n übersprungen (nimmt bereits teil)</numerusform>
            <numerusform>%n übersprungen (nehmen bereits teil)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) created</source>
        <translation>
            <numerusform>%n Organisation angelegt</numerusform>
            <numerusform>%n Organisationen angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored value(s) kept where the file differs</source>
        <translation>
            <numerusform>%n gespeicherter Wert trotz abweichender Angabe in der Datei beibehalten</numerusform>
            <numerusform>%n gespeicherte Werte trotz abweichender Angaben in der Datei beibehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run of %n row(s), nothing written: %1.</source>
        <translation>
            <numerusform>Probelauf mit %n Zeile, nichts geschrieben: %1.</numerusform>
            <numerusform>Probelauf mit %n Zeilen, nichts geschrieben: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s): %1.</source>
        <translation>
            <numerusform>%n Zeile importiert: %1.</numerusform>
            <numerusform>%n Zeilen importiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written. Choose a new name for the copy.</source>
        <translation>%1 ist bereits vorhanden; es wurde nichts geschrieben. Wählen Sie einen neuen Namen für die Kopie.</translation>
    </message>
    <message>
        <source>The copy %1 cannot be written: the folder %2 does not exist or is not writable.</source>
        <translation>Die Kopie %1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht oder ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The copy %1 cannot be written: %2</source>
        <translation>Die Kopie %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote a copy of %1 to %2.</source>
        <translation>Eine Kopie von %1 wurde in %2 geschrieben.</translation>
    </message>
    <message>
        <source>%1 is the database itself (%2); a backup cannot be written over it. Nothing was written.</source>
        <translation>%1 ist die Datenbank selbst (%2); eine Sicherung kann sie nicht überschreiben. Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n participation(s) updated</source>
        <translation>
            <numerusform>%n Teilnahme aktualisiert</numerusform>
            <numerusform>%n Teilnahmen aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participation(s) left as stored where the file differs (--update replaces them)</source>
        <translation>
            <numerusform>%n Teilnahme trotz anderer Werte in der Datei unverändert gelassen (--update ersetzt sie)</numerusform>
            <numerusform>%n Teilnahmen trotz anderer Werte in der Datei unverändert gelassen (--update ersetzt sie)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored value(s) replaced</source>
        <translation>
            <numerusform>%n gespeicherter Wert ersetzt</numerusform>
            <numerusform>%n gespeicherte Werte ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the database copied from; nothing was written.</source>
        <translation>%1 ist die Datenbank, aus der kopiert wird; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3; the counts agree (%4).</source>
        <translation>%1 Zeilen von %2 nach %3 kopiert; die Anzahlen stimmen überein (%4).</translation>
    </message>
    <message>
        <source>A team database is restored on its server by its administrator. To bring a backup file onto a new, empty team database, use &quot;copy --from BACKUP --to URL&quot;. Nothing was changed.</source>
        <translation>Eine Teamdatenbank wird auf ihrem Server von dessen Administration wiederhergestellt. Um eine Sicherungsdatei in eine neue, leere Teamdatenbank zu bringen, verwenden Sie „copy --from SICHERUNG --to URL“. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restored %1 from the backup %2.</source>
        <translation>%1 wurde aus der Sicherung %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation>Die bisherige Datenbank bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>There is no person with the id or email %1. Nothing was changed.</source>
        <translation>Es gibt keine Person mit der ID oder E-Mail %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 was not erased: %2. Nothing was changed.</source>
        <translation>%1 wurde nicht gelöscht: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Erased %1 (id %2):</source>
        <translation>%1 (ID %2) gelöscht:</translation>
    </message>
    <message>
        <source>Not yet cleaned:</source>
        <translation>Noch nicht bereinigt:</translation>
    </message>
    <message>
        <source>What stays:</source>
        <translation>Was bleibt:</translation>
    </message>
    <message>
        <source>These backups, older than the erasure, still hold the person; they go as the rotation removes them, or delete them by hand:</source>
        <translation>Diese Sicherungen, älter als die Löschung, enthalten die Person noch; sie verschwinden, wenn die Rotation sie entfernt, oder löschen Sie sie von Hand:</translation>
    </message>
    <message>
        <source>Wrote the data of %1 (id %2) to %3.</source>
        <translation>Die Daten von %1 (ID %2) wurden in %3 geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2 due.</source>
        <translation>%1: %2 fällig.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>last event</source>
        <translation>letzte Veranstaltung</translation>
    </message>
    <message>
        <source>Every rule of the retention policy is off.</source>
        <translation>Alle Aufbewahrungsregeln sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>The retention policy was not applied: %1. Nothing was changed.</source>
        <translation>Die Aufbewahrungsregeln wurden nicht angewandt: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: anonymised for %2 people.</source>
        <translation>%1: für %2 Personen anonymisiert.</translation>
    </message>
    <message>
        <source>Nothing is due; nothing was changed.</source>
        <translation>Nichts ist fällig; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;; &quot;exchange-planner events&quot; lists them. Nothing was changed.</source>
        <translation>Es gibt keine Veranstaltung „%1“; „exchange-planner events“ listet sie auf. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The event was not duplicated: %1. Nothing was changed.</source>
        <translation>Die Veranstaltung wurde nicht dupliziert: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;; &quot;exchange-planner events&quot; lists them.</source>
        <translation>Es gibt keine Veranstaltung „%1“; „exchange-planner events“ listet sie auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed beyond the event&apos;s %1 places put on the waiting list</source>
        <translation>
            <numerusform>%n über die %1 Plätze der Veranstaltung hinaus bestätigte Person auf die Warteliste gesetzt</numerusform>
            <numerusform>%n über die %1 Plätze der Veranstaltung hinaus bestätigte Personen auf die Warteliste gesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved up from the waiting list</source>
        <translation>
            <numerusform>%n Person von der Warteliste nachgerückt</numerusform>
            <numerusform>%n Personen von der Warteliste nachgerückt</numerusform>
        </translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>No events in the period.</source>
        <translation>Keine Veranstaltungen im Zeitraum.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Teilnahmen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Teilnahmequote</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(keine Organisation)</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(nicht bekannt)</translation>
    </message>
    <message>
        <source>--present takes row numbers such as 1,2,5-9: &quot;%1&quot; is none. Nothing was changed.</source>
        <translation>--present erwartet Zeilennummern wie 1,2,5-9: „%1“ ist keine. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The event runs from %1 to %2; %3 is none of its days. Nothing was changed.</source>
        <translation>Die Veranstaltung dauert vom %1 bis zum %2; %3 ist keiner ihrer Tage. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No site visit on %1: leave --visit out for the day&apos;s sheet. Nothing was changed.</source>
        <translation>Am %1 gibt es keine Besichtigung: Lassen Sie --visit für die Liste des Tages weg. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No site visit starts at &quot;%1&quot; on %2; the visits start at %3. Nothing was changed.</source>
        <translation>Am %2 beginnt keine Besichtigung um „%1“; die Besichtigungen beginnen um %3. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Line %1: row %2</source>
        <translation>Dateizeile %1 (Zeile %2 der Liste)</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 is a blank row of the sheet (rows 1 to %2 name participants): a walk-in needs their name, given in a file with --from or in the window. Nothing was changed.</source>
        <translation>%1 ist eine Leerzeile der Liste (die Zeilen 1 bis %2 nennen Teilnehmende): Für eine nicht angemeldete Person wird ihr Name benötigt, angegeben in einer Datei mit --from oder im Fenster. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was changed.</source>
        <translation>%1 kann nicht gelesen werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was changed.</source>
        <translation>%1: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The attendance was not entered: %1. Nothing was changed.</source>
        <translation>Die Anwesenheit wurde nicht erfasst: %1. Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 present, %n walk-in(s) added.</source>
        <translation>
            <numerusform>%1: %2 von %3 anwesend, %n nicht angemeldete Person hinzugefügt.</numerusform>
            <numerusform>%1: %2 von %3 anwesend, %n nicht angemeldete Personen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent: %1</source>
        <translation>Abwesend: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n status(es) changed.</source>
        <translation>
            <numerusform>%n Status geändert.</numerusform>
            <numerusform>%n Status geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificates: nobody attended the event. Nothing was written.</source>
        <translation>Keine Teilnahmebescheinigungen: Niemand hat an der Veranstaltung teilgenommen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n certificate(s) into %1.</source>
        <translation>
            <numerusform>%n Teilnahmebescheinigung in %1 geschrieben.</numerusform>
            <numerusform>%n Teilnahmebescheinigungen in %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>%1 %2 takes part in &quot;%3&quot; and &quot;%4&quot; at the same time.</source>
        <translation>%1 %2 nimmt zur selben Zeit an „%3“ und „%4“ teil.</translation>
    </message>
    <message>
        <source>%1 %2 hosts &quot;%3&quot; (%4) and &quot;%5&quot; (%6) at once.</source>
        <translation>%1 %2 leitet „%3“ (%4) und „%5“ (%6) zur selben Zeit.</translation>
    </message>
    <message numerus="yes">
        <source>%n people come to an event with %1 places.</source>
        <translation>
            <numerusform>%n Person kommt zu einer Veranstaltung mit %1 Plätzen.</numerusform>
            <numerusform>%n Personen kommen zu einer Veranstaltung mit %1 Plätzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2: %3 km as the crow flies need at least %4 min at %5 km/h; %6 min are planned.</source>
        <translation>%1 nach %2: %3 km Luftlinie brauchen bei %5 km/h mindestens %4 min; geplant sind %6 min.</translation>
    </message>
    <message>
        <source>%1 is not open on %2, %3.</source>
        <translation>%1 ist am %2, %3, nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 is a public holiday in %2: %3.</source>
        <translation>Der %1 ist in %2 ein Feiertag: %3.</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Overlapping items</source>
        <translation>Überschneidende Programmpunkte</translation>
    </message>
    <message>
        <source>In two places at once</source>
        <translation>An zwei Orten zugleich</translation>
    </message>
    <message>
        <source>Capacity exceeded</source>
        <translation>Platzzahl überschritten</translation>
    </message>
    <message>
        <source>Too little travel time</source>
        <translation>Zu wenig Fahrzeit</translation>
    </message>
    <message>
        <source>Site closed</source>
        <translation>Ort geschlossen</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) and &quot;%3&quot; (%4) overlap.</source>
        <translation>„%1“ (%2) und „%3“ (%4) überschneiden sich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) and &quot;%3&quot; (%4) overlap for group %5.</source>
        <translation>„%1“ (%2) und „%3“ (%4) überschneiden sich für Gruppe %5.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 is not an Exchange Planner database: it is not a database file at all. It was left unchanged.</source>
        <translation>%1 ist keine Exchange-Planner-Datenbank: Es handelt sich überhaupt nicht um eine Datenbankdatei. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an Exchange Planner database (%2). It was left unchanged.</source>
        <translation>%1 ist keine Exchange-Planner-Datenbank (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Exchange Planner. It was left unchanged.</source>
        <translation>%1 ist die Datenbank eines anderen Programms, nicht von Exchange Planner. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Exchange Planner (database version %2; this version reads up to %3). Please install the newer version. The file was left unchanged.</source>
        <translation>%1 wurde von einer neueren Version von Exchange Planner geschrieben (Datenbankversion %2; diese Version liest bis Datenbankversion %3). Bitte installieren Sie die neuere Version. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot write the backup copy %1 before upgrading %2: %3. The database was left unchanged.</source>
        <translation>Die Sicherungskopie %1 kann vor der Aktualisierung von %2 nicht geschrieben werden: %3. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Upgrading %1 from database version %2 failed: %3. The database was left unchanged.</source>
        <translation>Die Aktualisierung von %1 (Datenbankversion %2) ist fehlgeschlagen: %3. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ist bereits vorhanden</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the upgraded database breaks a reference between records</source>
        <translation>die aktualisierte Datenbank verletzt einen Verweis zwischen Datensätzen</translation>
    </message>
    <message>
        <source>%1 is the open database itself</source>
        <translation>%1 ist die geöffnete Datenbank selbst</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>Die Tabelle %1 fehlt</translation>
    </message>
    <message>
        <source>the tables %1 are missing</source>
        <translation>Die Tabellen %1 fehlen</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>Die Spalte %1 fehlt</translation>
    </message>
    <message>
        <source>the columns %1 are missing</source>
        <translation>Die Spalten %1 fehlen</translation>
    </message>
    <message>
        <source>The database %1 is damaged or was edited by hand: %2. It was left unchanged.</source>
        <translation>Die Datenbank %1 ist beschädigt oder wurde von Hand bearbeitet: %2. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or was edited by hand: the table %2 is missing.</source>
        <translation>Die Datenbank %1 ist beschädigt oder wurde von Hand bearbeitet: Die Tabelle %2 fehlt.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or was edited by hand: the column %2 is missing.</source>
        <translation>Die Datenbank %1 ist beschädigt oder wurde von Hand bearbeitet: Die Spalte %2 fehlt.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2. It may be damaged or have been edited by hand.</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden: %2. Sie ist möglicherweise beschädigt oder wurde von Hand bearbeitet.</translation>
    </message>
    <message>
        <source>%1 is not a team database address libpq reads: %2</source>
        <translation>%1 ist keine Adresse einer Team-Datenbank, die libpq lesen kann: %2</translation>
    </message>
    <message>
        <source>The team database %1 asks for a password, and none was given. Put it in ~/.pgpass, in the environment variable PGPASSWORD or in a service file (pg_service.conf); the command line never asks for it.</source>
        <translation>Die Team-Datenbank %1 verlangt ein Passwort, und es wurde keines angegeben. Hinterlegen Sie es in ~/.pgpass, in der Umgebungsvariablen PGPASSWORD oder in einer Dienstdatei (pg_service.conf); die Kommandozeile fragt nie danach.</translation>
    </message>
    <message>
        <source>The team database %1 refused the user or the password (%2).</source>
        <translation>Die Team-Datenbank %1 hat den Benutzer oder das Passwort abgelehnt (%2).</translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1: %2</source>
        <translation>Keine Verbindung zur Team-Datenbank %1: %2</translation>
    </message>
    <message>
        <source>The team database %1 is empty, and your database role may not create its tables (%2). Ask its administrator to create them, or for the right to create tables in it.</source>
        <translation>Die Team-Datenbank %1 ist leer, und Ihre Datenbankrolle darf ihre Tabellen nicht anlegen (%2). Bitten Sie die Administration der Datenbank, sie anzulegen, oder um das Recht, darin Tabellen anzulegen.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is an empty database, not one of Exchange Planner.</source>
        <translation>%1 ist eine leere Datenbank, keine von Exchange Planner.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the tables %1 refer to each other</source>
        <translation>die Tabellen %1 verweisen aufeinander</translation>
    </message>
    <message>
        <source>Copying %1 to %2 failed: %3. Nothing was written to %2.</source>
        <translation>Das Kopieren von %1 nach %2 ist fehlgeschlagen: %3. In %2 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 already holds data; a copy goes into an empty database only. Nothing was written.</source>
        <translation>%1 enthält bereits Daten; eine Kopie geht nur in eine leere Datenbank. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>Tabelle %1: %2</translation>
    </message>
    <message>
        <source>table %1 has %2 rows in the copy, %3 in the original</source>
        <translation>Tabelle %1 hat %2 Zeilen in der Kopie, %3 im Original</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Exchange Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>Exchange-Planner-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Exchange Planner databases (*.sqlite)</source>
        <translation>Exchange-Planner-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File › Open Database.</source>
        <translation>%1 ist bereits vorhanden. Wählen Sie einen anderen Namen oder öffnen Sie die Datei mit Datei › Datenbank öffnen.</translation>
    </message>
    <message>
        <source>Cannot Create Database</source>
        <translation>Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Exchange Planner databases (*.sqlite *.db)</source>
        <translation>Exchange-Planner-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Not Backed Up</source>
        <translation>Nicht gesichert</translation>
    </message>
    <message>
        <source>the old file cannot be replaced</source>
        <translation>die alte Datei kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>the copy cannot be renamed</source>
        <translation>die Kopie kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>The copy %1 cannot be written: %2</source>
        <translation>Die Kopie %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is the open database itself; a backup cannot replace it. Choose another name for the copy.</source>
        <translation>%1 ist die geöffnete Datenbank selbst; eine Sicherung kann sie nicht ersetzen. Wählen Sie einen anderen Namen für die Kopie.</translation>
    </message>
</context>
<context>
    <name>DemoProgramme</name>
    <message>
        <source>%1 refers to &quot;%2&quot;, which the programme does not define.</source>
        <translation>%1 verweist auf „%2“; dieser Eintrag ist im Demoprogramm nicht definiert.</translation>
    </message>
    <message>
        <source>The demo programme cannot be written: %1: %2</source>
        <translation>Das Demoprogramm kann nicht geschrieben werden: %1: %2</translation>
    </message>
    <message>
        <source>The demo programme cannot be read: %1 at offset %2.</source>
        <translation>Das Demoprogramm kann nicht gelesen werden: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The demo programme cannot be read: it is not in the demo programme format.</source>
        <translation>Das Demoprogramm kann nicht gelesen werden: Es liegt nicht im Format des Demoprogramms vor.</translation>
    </message>
    <message>
        <source>The demo programme cannot be written: %1</source>
        <translation>Das Demoprogramm kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ErasedTraces</name>
    <message>
        <source>The search index could not be rewritten (%1).</source>
        <translation>Der Suchindex konnte nicht neu geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>Another window or program is reading the database: the earlier copies of its pages in the write-ahead log (the file ending in -wal) are removed when it closes the database.</source>
        <translation>Ein anderes Fenster oder Programm liest die Datenbank: Die früheren Kopien ihrer Seiten im Write-Ahead-Log (der Datei mit der Endung -wal) werden entfernt, wenn es die Datenbank schließt.</translation>
    </message>
    <message>
        <source>The server keeps the old versions of the deleted rows until its next VACUUM, which your database role may not run (%1); ask the server&apos;s administrator.</source>
        <translation>Der Server behält die alten Versionen der gelöschten Zeilen bis zu seinem nächsten VACUUM, das Ihre Datenbankrolle nicht ausführen darf (%1); wenden Sie sich an die Administration des Servers.</translation>
    </message>
</context>
<context>
    <name>EvidenceCounts</name>
    <message>
        <source>(not known)</source>
        <translation>(nicht bekannt)</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(keine Organisation)</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>Gruppiert nach</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <source>This summary: the event, its funding programme and project number, the counts</source>
        <translation>Diese Übersicht: die Veranstaltung, ihr Förderprogramm und ihre Projektnummer, die Zahlen</translation>
    </message>
    <message>
        <source>The agenda (%1)</source>
        <translation>Das Programm (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in sheets as printed: a sheet per day, %n blank row(s) for walk-ins</source>
        <translation>
            <numerusform>Die Unterschriftenlisten wie gedruckt: eine Liste je Tag, %n Leerzeile für nicht angemeldete Personen</numerusform>
            <numerusform>Die Unterschriftenlisten wie gedruckt: eine Liste je Tag, %n Leerzeilen für nicht angemeldete Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance from the signed sheets: who signed each day&apos;s and site visit&apos;s sheet, days and hours attended</source>
        <translation>Anwesenheit laut den unterschriebenen Listen: wer die Liste jedes Tages und jeder Besichtigung unterschrieben hat, Teilnahmetage und -stunden</translation>
    </message>
    <message>
        <source>The same as a spreadsheet: 1 signed, 0 not signed</source>
        <translation>Dasselbe für die Tabellenkalkulation: 1 unterschrieben, 0 nicht unterschrieben</translation>
    </message>
    <message>
        <source>Participants, attended and no-show by country, organisation and role</source>
        <translation>Teilnehmende, teilgenommen und nicht erschienen nach Land, Organisation und Rolle</translation>
    </message>
    <message>
        <source>The participant list: everyone with their status</source>
        <translation>Die Teilnehmerliste: alle Personen mit ihrem Status</translation>
    </message>
    <message>
        <source>The participant list as a spreadsheet</source>
        <translation>Die Teilnehmerliste für die Tabellenkalkulation</translation>
    </message>
    <message>
        <source>%1 cannot be written: no temporary folder for its files (%2).</source>
        <translation>%1 kann nicht geschrieben werden: Es lässt sich kein temporärer Ordner für die Dateien anlegen (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be written: its %2 could not be made (%3).</source>
        <translation>%1 kann nicht geschrieben werden: Die enthaltene Datei %2 konnte nicht erstellt werden (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be written: its %2 could not be read back (%3).</source>
        <translation>%1 kann nicht geschrieben werden: Die enthaltene Datei %2 konnte nicht zurückgelesen werden (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The certificates of attendance issued: a page per attendee in the language they read, with its number</source>
        <translation>Die ausgestellten Teilnahmebescheinigungen: eine Seite je teilnehmender Person in der Sprache, die sie liest, mit ihrer Nummer</translation>
    </message>
</context>
<context>
    <name>EvidenceSummaryDocument</name>
    <message>
        <source>Evidence pack</source>
        <translation>Nachweisunterlagen</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>interpretation %1</source>
        <translation>Verdolmetschung %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Gastgeberorganisation</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organisationsteam</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Projektnummer</translation>
    </message>
    <message>
        <source>The event</source>
        <translation>Die Veranstaltung</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Participants on the sign-in sheets</source>
        <translation>Teilnehmende auf den Unterschriftenlisten</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Nicht angemeldete Personen</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>%1, sign-in sheets entered for %2</source>
        <translation>%1, Unterschriftenlisten erfasst für %2</translation>
    </message>
    <message>
        <source>Files of this archive</source>
        <translation>Dateien dieses Archivs</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Made on %1 with Exchange Planner %2.</source>
        <translation>Erstellt am %1 mit Exchange Planner %2.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>%1: cannot tell from its ending what to write; %2 are written as %3.</source>
        <translation>%1: Aus der Dateiendung geht nicht hervor, was geschrieben werden soll; mögliche Endungen für %2: %3.</translation>
    </message>
    <message>
        <source>sign-in sheets</source>
        <translation>Unterschriftenlisten</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;; &quot;exchange-planner events&quot; lists them.</source>
        <translation>Es gibt keine Veranstaltung „%1“; „exchange-planner events“ listet die Veranstaltungen auf.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExportPaths</name>
    <message>
        <source>CSV for Excel, with semicolons (*.csv)</source>
        <translation>CSV für Excel, durch Semikolon getrennt (*.csv)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (RFC 4180) (*.csv)</source>
        <translation>CSV, durch Komma getrennt (RFC 4180) (*.csv)</translation>
    </message>
    <message>
        <source>vCard address book (*.vcf)</source>
        <translation>vCard-Adressbuch (*.vcf)</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>a person&apos;s academic or professional title, e.g. &quot;Dr.&quot;, &quot;mgr inż.&quot;</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name (first and last)</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>the status of a participant (invited, registered, confirmed …)</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Sprachkenntnisse</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Ernährungsbedürfnisse</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Bedarf an Barrierefreiheit</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Anreise</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Purpose of consent</source>
        <translation>Zweck der Einwilligung</translation>
    </message>
    <message>
        <source>Source of consent</source>
        <translation>Herkunft der Einwilligung</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zimmer</translation>
    </message>
</context>
<context>
    <name>FileWriting</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is not empty; the files go into a new or empty folder.</source>
        <translation>%1 ist nicht leer; die Dateien werden in einen neuen oder leeren Ordner geschrieben.</translation>
    </message>
    <message>
        <source>%1: the folder %2 cannot be made.</source>
        <translation>%1: Der Ordner %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slowakisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Litauisch</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
</context>
<context>
    <name>LetterDocument</name>
    <message>
        <source>Invitation letters</source>
        <translation>Einladungsschreiben</translation>
    </message>
    <message>
        <source>Nobody to invite: no participant matches the choice.</source>
        <translation>Niemand einzuladen: Keine teilnehmende Person entspricht der Auswahl.</translation>
    </message>
    <message>
        <source>To the consular section responsible</source>
        <translation>An die zuständige Konsularabteilung</translation>
    </message>
    <message>
        <source>Letter of invitation for a visa application: %1, &quot;%2&quot;</source>
        <translation>Einladungsschreiben für einen Visumantrag: %1, „%2“</translation>
    </message>
    <message>
        <source>Invitation of %1 to &quot;%2&quot;</source>
        <translation>Einladung für %1 zu „%2“</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>We would like to invite %1 of your organisation to take part in &quot;%2&quot; (%3, %4).</source>
        <translation>wir möchten %1 aus Ihrem Haus zur Teilnahme an „%2“ (%3, %4) einladen.</translation>
    </message>
    <message>
        <source>We would like to invite %1 to take part in &quot;%2&quot; (%3, %4).</source>
        <translation>wir möchten %1 zur Teilnahme an „%2“ (%3, %4) einladen.</translation>
    </message>
    <message>
        <source>We kindly ask you to release %1 for the time of the online event.</source>
        <translation>Wir bitten Sie freundlich, %1 für die Dauer der Online-Veranstaltung freizustellen.</translation>
    </message>
    <message>
        <source>We kindly ask you to release %1 for these days and to approve the journey.</source>
        <translation>Wir bitten Sie freundlich, %1 für diese Tage freizustellen und die Reise zu genehmigen.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Anreise</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Yours faithfully</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Sehr geehrte Damen und Herren,</translation>
    </message>
    <message>
        <source>We hereby confirm that we invite %1 to take part in &quot;%2&quot; in %3 (%4).</source>
        <translation>hiermit bestätigen wir, dass wir %1 zur Teilnahme an „%2“ in %3 (%4) einladen.</translation>
    </message>
    <message>
        <source>The purpose of the stay is the professional exchange between partner regions. The stay is planned from %1 to %2.</source>
        <translation>Zweck des Aufenthalts ist der fachliche Austausch zwischen Partnerregionen. Der Aufenthalt ist vom %1 bis zum %2 geplant.</translation>
    </message>
    <message>
        <source>Accommodation is booked at %1.</source>
        <translation>Als Unterkunft ist %1 gebucht.</translation>
    </message>
    <message>
        <source>We kindly ask you to issue %1 a visa for this stay.</source>
        <translation>Wir bitten Sie freundlich, %1 für diesen Aufenthalt ein Visum zu erteilen.</translation>
    </message>
    <message>
        <source>The event is funded by %1.</source>
        <translation>Die Veranstaltung wird durch %1 gefördert.</translation>
    </message>
    <message>
        <source>The event is part of the project %1, funded by %2.</source>
        <translation>Die Veranstaltung ist Teil des Projekts %1, gefördert durch %2.</translation>
    </message>
    <message>
        <source>Please do not hesitate to contact us with any questions.</source>
        <translation>Für Rückfragen stehen wir Ihnen gern zur Verfügung.</translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>column heading: where an event takes place, a city or an online platform</extracomment>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>column heading: the status of an event (planned, confirmed, held, cancelled)</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Host</source>
        <extracomment>column heading: the organisation hosting a site</extracomment>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
</context>
<context>
    <name>Logistics</name>
    <message>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Fahrt</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation>Treffpunkt</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Mahlzeit</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>With dietary needs</source>
        <translation>Mit Ernährungsbedürfnissen</translation>
    </message>
</context>
<context>
    <name>LogisticsDocument</name>
    <message>
        <source>Rooming list</source>
        <translation>Zimmerliste</translation>
    </message>
    <message>
        <source>Passenger lists</source>
        <translation>Passagierlisten</translation>
    </message>
    <message>
        <source>Catering numbers</source>
        <translation>Verpflegung: Personenzahlen</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n Gast</numerusform>
            <numerusform>%n Gäste</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 nights in all</source>
        <translation>%1 Übernachtungen insgesamt</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>No hotel entered</source>
        <translation>Kein Hotel eingetragen</translation>
    </message>
    <message>
        <source>The agenda has no travel items.</source>
        <translation>Das Programm enthält keine Fahrten.</translation>
    </message>
    <message>
        <source>Passengers: %1</source>
        <translation>Passagiere: %1</translation>
    </message>
    <message>
        <source>Meeting point: %1</source>
        <translation>Treffpunkt: %1</translation>
    </message>
    <message>
        <source>No delegation is named as this group: everyone there that day is listed.</source>
        <translation>Keine Delegation trägt den Namen dieser Gruppe: Alle, die an diesem Tag da sind, sind aufgeführt.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>On board</source>
        <translation>An Bord</translation>
    </message>
    <message>
        <source>Meals: %1</source>
        <translation>Mahlzeiten: %1</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Mahlzeit</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>No delegation is named as this group: everyone there that day is counted.</source>
        <translation>Keine Delegation trägt den Namen dieser Gruppe: Alle, die an diesem Tag da sind, sind mitgezählt.</translation>
    </message>
</context>
<context>
    <name>MessageDrafts</name>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Practical information</source>
        <translation>Praktische Informationen</translation>
    </message>
    <message>
        <source>title, first and last name</source>
        <translation>Titel, Vor- und Nachname</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>the event&apos;s title</source>
        <translation>Titel der Veranstaltung</translation>
    </message>
    <message>
        <source>the event&apos;s first and last day</source>
        <translation>erster und letzter Tag der Veranstaltung</translation>
    </message>
    <message>
        <source>venue address or online link</source>
        <translation>Adresse des Veranstaltungsorts oder Online-Link</translation>
    </message>
    <message>
        <source>meeting point and time of the first item</source>
        <translation>Treffpunkt und Uhrzeit des ersten Programmpunkts</translation>
    </message>
    <message>
        <source>the participant&apos;s hotel</source>
        <translation>Hotel der teilnehmenden Person</translation>
    </message>
    <message>
        <source>the participant&apos;s arrival</source>
        <translation>Anreise der teilnehmenden Person</translation>
    </message>
    <message>
        <source>the participant&apos;s departure</source>
        <translation>Abreise der teilnehmenden Person</translation>
    </message>
    <message>
        <source>the first organiser&apos;s name</source>
        <translation>Name der ersten Person im Organisationsteam</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a message template: its kind (its language)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is no placeholder the planner knows.</source>
        <translation>
            <numerusform>%1: %2 ist kein Platzhalter, den der Planer kennt.</numerusform>
            <numerusform>%1: %2 sind keine Platzhalter, die der Planer kennt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it. Nothing was saved. The templates you did not change now show what was saved meanwhile; save again to replace the other&apos;s text of %1 with yours.</source>
        <translation>%1 wurde von jemand anderem geändert, seit Sie die Vorlagen geöffnet haben. Nichts wurde gespeichert. Die Vorlagen, die Sie nicht geändert haben, zeigen jetzt, was inzwischen gespeichert wurde; speichern Sie erneut, um den anderen Text von %1 durch Ihren zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Projektnummer</translation>
    </message>
</context>
<context>
    <name>ParticipantListDocument</name>
    <message>
        <source>Participant list</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n teilnehmende Person</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
</context>
<context>
    <name>PersonChanges</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Registered for %1</source>
        <translation>Angemeldet zu %1</translation>
    </message>
    <message>
        <source>Participation in %1 changed: %2</source>
        <translation>Teilnahme an %1 geändert: %2</translation>
    </message>
    <message>
        <source>Removed from an event&apos;s participants</source>
        <translation>Aus den Teilnehmenden einer Veranstaltung entfernt</translation>
    </message>
</context>
<context>
    <name>PersonDataDocument</name>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Gespeicherter Wert</translation>
    </message>
    <message>
        <source>Everything the exchange planner of the office holds about you, as of %1 (UTC), from %2, exported by %3.</source>
        <translation>Alles, was der Austauschplaner der Dienststelle über Sie gespeichert hat, Stand %1 (UTC), aus %2, exportiert von %3.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Your record</source>
        <translation>Ihr Datensatz</translation>
    </message>
    <message>
        <source>You have taken part in no event.</source>
        <translation>Sie haben an keiner Veranstaltung teilgenommen.</translation>
    </message>
    <message>
        <source>Taking part: %1</source>
        <translation>Teilnahme: %1</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisationsteam</translation>
    </message>
    <message>
        <source>Host or speaker</source>
        <translation>Gastgebend oder vortragend</translation>
    </message>
    <message>
        <source>Contact on site</source>
        <translation>Ansprechperson vor Ort</translation>
    </message>
    <message>
        <source>Your roles</source>
        <translation>Ihre Rollen</translation>
    </message>
    <message>
        <source>To have this data corrected or erased, or to withdraw your consent, please contact the office that sent you this document.</source>
        <translation>Um diese Daten berichtigen oder löschen zu lassen oder Ihre Einwilligung zu widerrufen, wenden Sie sich bitte an die Stelle, die Ihnen dieses Dokument geschickt hat.</translation>
    </message>
    <message>
        <source>Changes to your data</source>
        <translation>Änderungen an Ihren Daten</translation>
    </message>
    <message>
        <source>When, by whom</source>
        <extracomment>column headings of who changed a person&apos;s data: when and by whom, what</extracomment>
        <translation>Wann, von wem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>%1 (site visit)</source>
        <translation>%1 (Besichtigung)</translation>
    </message>
    <message>
        <source>as a walk-in</source>
        <translation>als nicht angemeldete Person</translation>
    </message>
    <message>
        <source>Signed the sign-in sheets</source>
        <translation>Unterschrieben auf den Unterschriftenlisten</translation>
    </message>
</context>
<context>
    <name>PersonErasure</name>
    <message>
        <source>%1 people have the email %2; name the person by id.</source>
        <translation>%1 Personen haben die E-Mail-Adresse %2; geben Sie die Person mit ihrer ID an.</translation>
    </message>
    <message>
        <source>The record of %1, with every contact detail, note and the consent recorded.</source>
        <translation>Der Datensatz von %1 mit allen Kontaktdaten, Notizen und der erfassten Einwilligung.</translation>
    </message>
    <message numerus="yes">
        <source>%n participation(s), with dietary and accessibility needs, arrival and departure.</source>
        <translation>
            <numerusform>%n Teilnahme mit Ernährungs- und Barrierefreiheitsbedarf, Anreise und Abreise.</numerusform>
            <numerusform>%n Teilnahmen mit Ernährungs- und Barrierefreiheitsbedarf, Anreise und Abreise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) as an event&apos;s organiser.</source>
        <translation>
            <numerusform>%n Rolle im Organisationsteam einer Veranstaltung.</numerusform>
            <numerusform>%n Rollen im Organisationsteam von Veranstaltungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) as host or speaker of an agenda item.</source>
        <translation>
            <numerusform>%n Rolle als Gastgebende oder Vortragende eines Programmpunkts.</numerusform>
            <numerusform>%n Rollen als Gastgebende oder Vortragende von Programmpunkten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) lose their contact on site.</source>
        <translation>
            <numerusform>%n Ort verliert seine Ansprechperson vor Ort.</numerusform>
            <numerusform>%n Orte verlieren ihre Ansprechperson vor Ort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each event keeps the number of its participants whose data was erased, without names, for the statistics; the privacy log keeps that a person was erased, when and by whom, but not whom.</source>
        <translation>Jede Veranstaltung behält für die Statistik die Zahl ihrer Teilnehmenden, deren Daten gelöscht wurden, ohne Namen; das Datenschutzprotokoll hält fest, dass eine Person gelöscht wurde, wann und von wem, aber nicht wer.</translation>
    </message>
    <message>
        <source>Outside the planner: sign-in sheets signed on paper and documents already handed out or sent (agendas, participant lists, emails) are the office&apos;s records; deal with them as its rules for records say.</source>
        <translation>Außerhalb des Planers: auf Papier unterschriebene Teilnahmelisten und bereits ausgegebene oder versandte Dokumente (Programme, Teilnehmerlisten, E-Mails) sind Unterlagen der Dienststelle; verfahren Sie damit nach deren Regeln für Unterlagen.</translation>
    </message>
    <message>
        <source>Texts that mention the person by name (an event&apos;s description, notes) are not changed: search for the name.</source>
        <translation>Texte, die die Person namentlich nennen (die Beschreibung einer Veranstaltung, Notizen), werden nicht geändert: Suchen Sie nach dem Namen.</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>&quot;%1&quot; could not be undone or redone: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht oder wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>RemovalImpact</name>
    <message numerus="yes">
        <source>%n agenda item(s) will be deleted with it.</source>
        <translation>
            <numerusform>Damit wird %n Programmpunkt gelöscht.</numerusform>
            <numerusform>Damit werden %n Programmpunkte gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participation(s) will be deleted with it.</source>
        <translation>
            <numerusform>Damit wird %n Teilnahme gelöscht.</numerusform>
            <numerusform>Damit werden %n Teilnahmen gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) will lose this organiser.</source>
        <translation>
            <numerusform>Diese Person wird aus dem Organisationsteam von %n Veranstaltung entfernt.</numerusform>
            <numerusform>Diese Person wird aus dem Organisationsteam von %n Veranstaltungen entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s) will lose this host or speaker.</source>
        <translation>
            <numerusform>Diese Person wird aus den Gastgebenden und Vortragenden von %n Programmpunkt entfernt.</numerusform>
            <numerusform>Diese Person wird aus den Gastgebenden und Vortragenden von %n Programmpunkten entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will no longer belong to an organisation.</source>
        <translation>
            <numerusform>%n Person gehört dann keiner Organisation mehr an.</numerusform>
            <numerusform>%n Personen gehören dann keiner Organisation mehr an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) will lose this reference.</source>
        <translation>
            <numerusform>Bei %n Veranstaltung entfällt dieser Verweis.</numerusform>
            <numerusform>Bei %n Veranstaltungen entfällt dieser Verweis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) will lose this reference.</source>
        <translation>
            <numerusform>Bei %n Ort entfällt dieser Verweis.</numerusform>
            <numerusform>Bei %n Orten entfällt dieser Verweis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s) will no longer name this site.</source>
        <translation>
            <numerusform>%n Programmpunkt nennt diesen Ort dann nicht mehr.</numerusform>
            <numerusform>%n Programmpunkte nennen diesen Ort dann nicht mehr.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>%1 is the database itself, not a backup of it. Nothing was changed.</source>
        <translation>%1 ist die Datenbank selbst, keine Sicherung davon. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (SQLite&apos;s integrity check: %2). Nothing was changed.</source>
        <translation>Die Sicherung %1 ist beschädigt (Integritätsprüfung von SQLite: %2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an Exchange Planner database; a backup is restored over one only. Name a new file to restore into. Nothing was changed.</source>
        <translation>%1 ist keine Datenbank von Exchange Planner; eine Sicherung ersetzt nur eine solche. Geben Sie eine neue Datei an, in die wiederhergestellt werden soll. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is open in another window or program. Close it there, then restore again. Nothing was changed.</source>
        <translation>%1 ist in einem anderen Fenster oder Programm geöffnet. Schließen Sie sie dort und stellen Sie dann erneut wieder her. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. Nothing was changed.</source>
        <translation>%1 kann nicht geöffnet werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database as it is cannot be kept as %1 (%2), so it was not replaced. Nothing was changed.</source>
        <translation>Die Datenbank kann in ihrem jetzigen Stand nicht als %1 aufbewahrt werden (%2) und wurde daher nicht ersetzt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 could not be restored from %2: %3. The database was left as it was; a copy of it is %4.</source>
        <translation>%1 konnte nicht aus %2 wiederhergestellt werden: %3. Die Datenbank blieb unverändert; eine Kopie davon ist %4.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Contact details of participants</source>
        <translation>Kontaktdaten von Teilnehmenden</translation>
    </message>
    <message>
        <source>Dietary and accessibility needs</source>
        <translation>Ernährungs- und Barrierefreiheitsbedarf</translation>
    </message>
    <message numerus="yes">
        <source>Email, phone, street, postal code and notes of a participant who is no contact person, with the needs, arrival and departure of their participations, %n month(s) after their last event. Name, organisation, city and country stay for the statistics.</source>
        <translation>
            <numerusform>E-Mail, Telefon, Straße, Postleitzahl und Notizen einer teilnehmenden Person, die keine Ansprechperson ist, mit Bedarf, Anreise und Abreise ihrer Teilnahmen, %n Monat nach ihrer letzten Veranstaltung. Name, Organisation, Stadt und Land bleiben für die Statistik.</numerusform>
            <numerusform>E-Mail, Telefon, Straße, Postleitzahl und Notizen einer teilnehmenden Person, die keine Ansprechperson ist, mit Bedarf, Anreise und Abreise ihrer Teilnahmen, %n Monate nach ihrer letzten Veranstaltung. Name, Organisation, Stadt und Land bleiben für die Statistik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dietary and accessibility needs (health data) of a participation, %n month(s) after its event.</source>
        <translation>
            <numerusform>Ernährungs- und Barrierefreiheitsbedarf (Gesundheitsdaten) einer Teilnahme, %n Monat nach ihrer Veranstaltung.</numerusform>
            <numerusform>Ernährungs- und Barrierefreiheitsbedarf (Gesundheitsdaten) einer Teilnahme, %n Monate nach ihrer Veranstaltung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the period must be one month or more.</source>
        <translation>%1: Die Frist muss mindestens einen Monat betragen.</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>not a connection address that libpq reads</source>
        <translation>keine Verbindungsadresse, die libpq lesen kann</translation>
    </message>
    <message>
        <source>the value of %1 holds a &quot;;&quot;, which Qt&apos;s driver cannot pass on</source>
        <translation>der Wert von %1 enthält ein „;“, das der Treiber von Qt nicht weitergeben kann</translation>
    </message>
    <message>
        <source>local server</source>
        <translation>lokaler Server</translation>
    </message>
</context>
<context>
    <name>SignInSheetDocument</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Unterschriftenliste</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Projektnummer</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Ort, Datum</translation>
    </message>
    <message>
        <source>Signature of the host</source>
        <translation>Unterschrift der gastgebenden Einrichtung</translation>
    </message>
</context>
<context>
    <name>SignedSheetReader</name>
    <message>
        <source>line %1, column %2: characters the file&apos;s encoding does not have</source>
        <translation>Zeile %1, Spalte %2: Zeichen, die es in der Zeichenkodierung der Datei nicht gibt</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is no row number of the sheet</source>
        <translation>Zeile %1: „%2“ ist keine Zeilennummer der Liste</translation>
    </message>
    <message>
        <source>line %1: not a CSV file that can be read</source>
        <translation>Zeile %1: keine lesbare CSV-Datei</translation>
    </message>
    <message>
        <source>no column &quot;No.&quot; (&quot;Nr.&quot;, &quot;Lp.&quot;) with the sheet&apos;s row numbers</source>
        <translation>keine Spalte „Nr.“ („No.“, „Lp.“) mit den Zeilennummern der Liste</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <source>Line %1, column %2: the column name holds a byte that is not %3 (choose the file&apos;s encoding).</source>
        <translation>Zeile %1, Spalte %2: Der Spaltenname enthält ein Byte, das in %3 ungültig ist (wählen Sie die Zeichenkodierung der Datei aus).</translation>
    </message>
    <message>
        <source>Line %1: no column holds the last name or the full name of a person. The columns are: %2.</source>
        <translation>Zeile %1: Keine Spalte enthält den Nachnamen oder den vollständigen Namen einer Person. Vorhandene Spalten: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) where the header has %1</source>
        <translation>
            <numerusform>%n Zelle statt %1 wie in der Kopfzeile</numerusform>
            <numerusform>%n Zellen statt %1 wie in der Kopfzeile</numerusform>
        </translation>
    </message>
    <message>
        <source>byte 0x%1 is not valid %2; is the file in another encoding?</source>
        <translation>Byte 0x%1 ist in %2 ungültig; hat die Datei eine andere Zeichenkodierung?</translation>
    </message>
    <message>
        <source>the last name is missing</source>
        <translation>der Nachname fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the departure is before the arrival</source>
        <translation>die Abreise liegt vor der Anreise</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; known are: %2</source>
        <translation>unbekannte Rolle „%1“; bekannt sind: %2</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; known are: %2</source>
        <translation>unbekannter Status „%1“; bekannt sind: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (e.g. 2019-07-08 14:30 or 08.07.2019 14:30)</source>
        <translation>„%1“ ist kein Datum (z. B. 2019-07-08 14:30 oder 08.07.2019 14:30)</translation>
    </message>
    <message>
        <source>%1, line %2: the file holds a NUL byte; it is not a text (CSV) file, or it is saved as UTF-16. Save it from the spreadsheet as &quot;CSV (UTF-8)&quot;.</source>
        <translation>%1, Zeile %2: Die Datei enthält ein NUL-Byte; sie ist keine Textdatei (CSV) oder wurde als UTF-16 gespeichert. Speichern Sie sie in der Tabellenkalkulation als „CSV (UTF-8)“.</translation>
    </message>
    <message>
        <source>%1 is a spreadsheet workbook (Excel or LibreOffice), not a CSV file. Save it from the spreadsheet as &quot;CSV (UTF-8)&quot; and import that file.</source>
        <translation>%1 ist eine Arbeitsmappe einer Tabellenkalkulation (Excel oder LibreOffice), keine CSV-Datei. Speichern Sie sie in der Tabellenkalkulation als „CSV (UTF-8)“ und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>%1, line %2: a row longer than %3 MiB; this is not a spreadsheet&apos;s CSV file, or a quote is never closed.</source>
        <translation>%1, Zeile %2: Eine Zeile ist länger als %3 MiB; dies ist keine CSV-Datei aus einer Tabellenkalkulation, oder ein Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>%1, line %2: the quote that opens a cell here is never closed.</source>
        <translation>%1, Zeile %2: Das Anführungszeichen, das hier eine Zelle eröffnet, wird nie geschlossen.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database refused the import: %1</source>
        <translation>Die Datenbank hat den Import abgelehnt: %1</translation>
    </message>
    <message>
        <source>Line %1: the database refused the row: %2</source>
        <translation>Zeile %1: Die Datenbank hat die Zeile abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 holds no rows at all.</source>
        <translation>%1 enthält überhaupt keine Zeilen.</translation>
    </message>
    <message>
        <source>%1 holds the column names but no data rows.</source>
        <translation>%1 enthält die Spaltennamen, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>The import could not be written: %1</source>
        <translation>Der Import konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a spreadsheet&apos;s CSV file.</source>
        <translation>%1 ist ein Ordner, keine CSV-Datei einer Tabelle.</translation>
    </message>
    <message>
        <source>%1 cannot be read: no temporary file for it (%2).</source>
        <translation>%1 kann nicht gelesen werden: Es lässt sich keine temporäre Datei dafür anlegen (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: its temporary copy cannot be written (%2).</source>
        <translation>%1 kann nicht gelesen werden: Die temporäre Kopie lässt sich nicht schreiben (%2).</translation>
    </message>
    <message>
        <source>%1 goes on beyond %2 MiB; that is not a spreadsheet&apos;s CSV file.</source>
        <translation>%1 ist länger als %2 MiB; das ist keine CSV-Datei einer Tabelle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the email of %2, on line %3</source>
        <translation>„%1“ hat die E-Mail-Adresse von %2 aus Zeile %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the email of %2, stored as person %3</source>
        <translation>„%1“ hat die E-Mail-Adresse von %2, gespeichert als Person %3</translation>
    </message>
    <message>
        <source>There is no event %1 (any more); nothing was imported.</source>
        <translation>Die Veranstaltung %1 gibt es nicht (mehr); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Line %1: no column is named &quot;%2&quot;. The columns are: %3.</source>
        <translation>Zeile %1: Keine Spalte heißt „%2“. Die Spalten sind: %3.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; cannot be imported as %2 here.</source>
        <translation>Die Spalte „%1“ kann hier nicht als %2 importiert werden.</translation>
    </message>
</context>
<context>
    <name>StaleMessages</name>
    <message>
        <source>The event was changed by another window or program since it was loaded.</source>
        <translation>Die Veranstaltung wurde seit dem Laden in einem anderen Fenster oder Programm geändert.</translation>
    </message>
    <message>
        <source>The event was deleted by another window or program since it was loaded.</source>
        <translation>Die Veranstaltung wurde seit dem Laden in einem anderen Fenster oder Programm gelöscht.</translation>
    </message>
    <message>
        <source>An agenda item was changed by another window or program since it was loaded.</source>
        <translation>Ein Programmpunkt wurde seit dem Laden in einem anderen Fenster oder Programm geändert.</translation>
    </message>
    <message>
        <source>An agenda item was deleted by another window or program since it was loaded.</source>
        <translation>Ein Programmpunkt wurde seit dem Laden in einem anderen Fenster oder Programm gelöscht.</translation>
    </message>
    <message>
        <source>A participation was changed by another window or program since it was loaded.</source>
        <translation>Eine Teilnahme wurde seit dem Laden in einem anderen Fenster oder Programm geändert.</translation>
    </message>
    <message>
        <source>A participation was deleted by another window or program since it was loaded.</source>
        <translation>Eine Teilnahme wurde seit dem Laden in einem anderen Fenster oder Programm gelöscht.</translation>
    </message>
    <message>
        <source>The person was changed by another window or program since they were loaded.</source>
        <translation>Die Person wurde seit dem Laden in einem anderen Fenster oder Programm geändert.</translation>
    </message>
    <message>
        <source>The person was deleted by another window or program since they were loaded.</source>
        <translation>Die Person wurde seit dem Laden in einem anderen Fenster oder Programm gelöscht.</translation>
    </message>
    <message>
        <source>The organisation was changed by another window or program since it was loaded.</source>
        <translation>Die Organisation wurde seit dem Laden in einem anderen Fenster oder Programm geändert.</translation>
    </message>
    <message>
        <source>The organisation was deleted by another window or program since it was loaded.</source>
        <translation>Die Organisation wurde seit dem Laden in einem anderen Fenster oder Programm gelöscht.</translation>
    </message>
    <message>
        <source>The site was changed by another window or program since it was loaded.</source>
        <translation>Der Ort wurde seit dem Laden in einem anderen Fenster oder Programm geändert.</translation>
    </message>
    <message>
        <source>The site was deleted by another window or program since it was loaded.</source>
        <translation>Der Ort wurde seit dem Laden in einem anderen Fenster oder Programm gelöscht.</translation>
    </message>
    <message>
        <source>The topic was changed by another window or program since it was loaded.</source>
        <translation>Das Thema wurde seit dem Laden in einem anderen Fenster oder Programm geändert.</translation>
    </message>
    <message>
        <source>The topic was deleted by another window or program since it was loaded.</source>
        <translation>Das Thema wurde seit dem Laden in einem anderen Fenster oder Programm gelöscht.</translation>
    </message>
    <message>
        <source>A record was deleted by another window or program since it was loaded.</source>
        <translation>Ein Datensatz wurde seit dem Laden in einem anderen Fenster oder Programm gelöscht.</translation>
    </message>
    <message>
        <source>A record was changed by another window or program since it was loaded.</source>
        <translation>Ein Datensatz wurde seit dem Laden in einem anderen Fenster oder Programm geändert.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Demo Programme</source>
        <translation>Demoprogramm</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Andere öffnen…</translation>
    </message>
    <message>
        <source>Use the Default Database</source>
        <translation>Standarddatenbank verwenden</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Exchange Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>Exchange-Planner-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>StatisticsFigures</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(keine Organisation)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Teilnahmen</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Teilnahmequote (%)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Exchanges per year and kind</source>
        <translation>Austausche je Jahr und Art</translation>
    </message>
    <message>
        <source>Participants per country</source>
        <translation>Teilnehmende je Land</translation>
    </message>
    <message>
        <source>Participants per organisation</source>
        <translation>Teilnehmende je Organisation</translation>
    </message>
    <message>
        <source>Attendance rate per year</source>
        <translation>Teilnahmequote je Jahr</translation>
    </message>
    <message>
        <source>Events per topic and year</source>
        <translation>Veranstaltungen je Thema und Jahr</translation>
    </message>
    <message>
        <source>The most visited sites</source>
        <translation>Die meistbesuchten Orte</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Austausche</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Teilnahmequote</translation>
    </message>
    <message>
        <source>Topics over time</source>
        <translation>Themen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>%1 (the first %2 of %3)</source>
        <translation>%1 (die ersten %2 von %3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>alle Veranstaltungen</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(nicht bekannt)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>The partnership in figures</source>
        <translation>Die Partnerschaft in Zahlen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Events counted: those not cancelled whose first day lies in the period. Participants: registered, confirmed, attended or not shown. As of %1.</source>
        <translation>Gezählte Veranstaltungen: nicht abgesagte, deren erster Tag im Zeitraum liegt. Teilnehmende: angemeldet, bestätigt, teilgenommen oder nicht erschienen. Stand: %1.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Teilnahmen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Teilnahmequote</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>Besichtigungen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>By kind of exchange</source>
        <translation>Nach Art des Austauschs</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>StorageProblems</name>
    <message>
        <source>%1 is in use by another program, which holds it locked; nothing was changed. Try again when the other program has finished.</source>
        <translation>%1 wird von einem anderen Programm verwendet, das die Datei gesperrt hält; es wurde nichts geändert. Versuchen Sie es erneut, wenn das andere Programm fertig ist.</translation>
    </message>
    <message>
        <source>There is no space left on the disk that holds %1; nothing was changed. Free some space and try again.</source>
        <translation>Auf dem Datenträger von %1 ist kein Platz mehr frei; es wurde nichts geändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not an Exchange Planner database (%2). It was left unchanged.</source>
        <translation>%1 ist keine Exchange-Planner-Datenbank (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 cannot be read or written: %2</source>
        <translation>%1 kann nicht gelesen oder geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be changed: it is on a read-only disk. Copy it to a folder you may write to.</source>
        <translation>%1 kann nicht geändert werden: Die Datei liegt auf einem schreibgeschützten Datenträger. Kopieren Sie sie in einen Ordner, in dem Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 is read-only: you may not change it (permission denied). Ask its owner, or work on a copy.</source>
        <translation>%1 ist schreibgeschützt: Sie dürfen die Datei nicht ändern (keine Berechtigung). Fragen Sie den Eigentümer oder arbeiten Sie mit einer Kopie.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: its folder %2 is read-only for you (permission denied), and the database keeps its log beside the file. Copy it to a folder you may write to.</source>
        <translation>%1 kann nicht geändert werden: Der Ordner %2 ist für Sie schreibgeschützt (keine Berechtigung), und die Datenbank legt ihr Protokoll neben der Datei an. Kopieren Sie sie in einen Ordner, in dem Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 is read-only: it cannot be changed.</source>
        <translation>%1 ist schreibgeschützt und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 kann nicht gelesen werden: keine Berechtigung.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: you may not write to its folder %2 (permission denied), and the database keeps its log beside the file.</source>
        <translation>%1 kann nicht geöffnet werden: Sie dürfen im Ordner %2 nicht schreiben (keine Berechtigung), und die Datenbank legt ihr Protokoll neben der Datei an.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The connection to the team database %1 is lost (%2); nothing was changed.</source>
        <translation>Die Verbindung zur Team-Datenbank %1 ist unterbrochen (%2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The team database %1 refused the change: your database role may not make it (%2). Nothing was changed; ask the database&apos;s administrator for an editor&apos;s role.</source>
        <translation>Die Team-Datenbank %1 hat die Änderung abgelehnt: Ihre Datenbankrolle darf sie nicht vornehmen (%2). Es wurde nichts geändert; bitten Sie die Administration der Datenbank um eine Rolle mit Schreibrechten.</translation>
    </message>
    <message>
        <source>The team database %1 is read-only at the moment (%2); nothing was changed.</source>
        <translation>Die Team-Datenbank %1 ist zurzeit schreibgeschützt (%2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The records are in use by another user of the team database %1, who holds them locked; nothing was changed. Try again in a moment.</source>
        <translation>Die Datensätze werden von einer anderen Person in der Team-Datenbank %1 verwendet und sind gesperrt; es wurde nichts geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server of the team database %1 has no space left on its disk; nothing was changed.</source>
        <translation>Auf dem Datenträger des Servers der Team-Datenbank %1 ist kein Platz mehr; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The team database %1 refused: %2</source>
        <translation>Die Team-Datenbank %1 hat abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>TeamDatabases</name>
    <message>
        <source>Cannot Connect</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>Password for the Team Database</source>
        <translation>Passwort für die Team-Datenbank</translation>
    </message>
    <message>
        <source>Password of the user %1 on the server %2:</source>
        <translation>Passwort des Benutzers %1 auf dem Server %2:</translation>
    </message>
    <message>
        <source>The server refused the user or the password.</source>
        <translation>Der Server hat den Benutzer oder das Passwort abgelehnt.</translation>
    </message>
</context>
<context>
    <name>TextEncodings</name>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European, e.g. Polish Excel)</source>
        <translation>Windows-1250 (mitteleuropäisch, z. B. polnisches Excel)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European, e.g. German Excel)</source>
        <translation>Windows-1252 (westeuropäisch, z. B. deutsches Excel)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Geben Sie den Namen der Organisation ein.</translation>
    </message>
    <message>
        <source>Enter the website as a full address, e.g. https://www.rvr.ruhr.</source>
        <translation>Geben Sie die Website als vollständige Adresse ein, z. B. https://www.rvr.ruhr.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Geben Sie den Nachnamen ein.</translation>
    </message>
    <message>
        <source>This is not an email address; it should look like name@example.org.</source>
        <translation>Dies ist keine E-Mail-Adresse; sie sollte etwa so aussehen: name@example.org.</translation>
    </message>
    <message>
        <source>The date of consent cannot be in the future.</source>
        <translation>Das Datum der Einwilligung darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Enter what the person consented to (GDPR purpose).</source>
        <translation>Geben Sie an, worin die Person eingewilligt hat (Zweck gemäß DSGVO).</translation>
    </message>
    <message>
        <source>Enter the topic&apos;s name in at least one language.</source>
        <translation>Geben Sie den Namen des Themas in mindestens einer Sprache ein.</translation>
    </message>
    <message>
        <source>Enter the site&apos;s name in at least one language.</source>
        <translation>Geben Sie den Namen des Ortes in mindestens einer Sprache ein.</translation>
    </message>
    <message>
        <source>Enter both latitude and longitude, or neither.</source>
        <translation>Geben Sie entweder Breiten- und Längengrad oder keinen der beiden Werte ein.</translation>
    </message>
    <message>
        <source>The latitude must lie between -90 and 90 degrees.</source>
        <translation>Der Breitengrad muss zwischen -90 und 90 Grad liegen.</translation>
    </message>
    <message>
        <source>The longitude must lie between -180 and 180 degrees.</source>
        <translation>Der Längengrad muss zwischen -180 und 180 Grad liegen.</translation>
    </message>
    <message>
        <source>Enter the title in at least one language.</source>
        <translation>Geben Sie den Titel in mindestens einer Sprache ein.</translation>
    </message>
    <message>
        <source>Enter the first day.</source>
        <translation>Geben Sie den ersten Tag ein.</translation>
    </message>
    <message>
        <source>Enter the last day.</source>
        <translation>Geben Sie den letzten Tag ein.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>Der letzte Tag darf nicht vor dem ersten Tag liegen.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>Die Kapazität darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Enter the link as a full address, e.g. https://meet.example.org/room.</source>
        <translation>Geben Sie den Link als vollständige Adresse ein, z. B. https://meet.example.org/room.</translation>
    </message>
    <message>
        <source>A webinar needs the link participants join with.</source>
        <translation>Für ein Webinar wird der Link benötigt, über den die Teilnehmenden beitreten.</translation>
    </message>
    <message>
        <source>This person is already a participant.</source>
        <translation>Diese Person nimmt bereits teil.</translation>
    </message>
    <message>
        <source>Enter the item&apos;s title in at least one language.</source>
        <translation>Geben Sie den Titel des Programmpunkts in mindestens einer Sprache ein.</translation>
    </message>
    <message>
        <source>Enter the day.</source>
        <translation>Geben Sie den Tag ein.</translation>
    </message>
    <message>
        <source>The day must lie within the event (%1 to %2).</source>
        <translation>Der Tag muss innerhalb der Veranstaltung liegen (%1 bis %2).</translation>
    </message>
    <message>
        <source>Enter the start time.</source>
        <translation>Geben Sie die Anfangszeit ein.</translation>
    </message>
    <message>
        <source>Enter the end time.</source>
        <translation>Geben Sie die Endzeit ein.</translation>
    </message>
    <message>
        <source>The item must end after it starts.</source>
        <translation>Der Programmpunkt muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>Wählen Sie die Person aus.</translation>
    </message>
    <message>
        <source>The departure cannot be before the arrival.</source>
        <translation>Die Abreise darf nicht vor der Anreise liegen.</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; is too long: at most %L2 characters fit here, it has %L3.</source>
        <extracomment>%1 is the beginning of the text, so that the user sees which field it is</extracomment>
        <translation>Der Text „%1“ ist zu lang: Hier passen höchstens %L2 Zeichen, er hat %L3.</translation>
    </message>
    <message>
        <source>This field takes no tab; use a space instead.</source>
        <translation>Dieses Feld nimmt keinen Tabulator auf; verwenden Sie stattdessen ein Leerzeichen.</translation>
    </message>
    <message>
        <source>This field takes one line; remove the line break.</source>
        <translation>Dieses Feld hat nur eine Zeile; entfernen Sie den Zeilenumbruch.</translation>
    </message>
    <message>
        <source>The text holds an invisible control character (%1), which would garble lists, terminals and calendars; remove it.</source>
        <extracomment>%1 is the character&apos;s code, e.g. U+001B</extracomment>
        <translation>Der Text enthält ein unsichtbares Steuerzeichen (%1), das Listen, Terminals und Kalender durcheinanderbringen würde; entfernen Sie es.</translation>
    </message>
    <message>
        <source>An event lasts at most %1 days; this one would last %L2. Is the year of the last day right?</source>
        <translation>Eine Veranstaltung dauert höchstens %1 Tage; diese würde %L2 Tage dauern. Stimmt das Jahr des letzten Tages?</translation>
    </message>
    <message>
        <source>Overlaps &quot;%1&quot; (%2–%3) on the same day. Items for different groups may run at the same time.</source>
        <translation>Überschneidet sich am selben Tag mit „%1“ (%2–%3). Programmpunkte für verschiedene Gruppen dürfen gleichzeitig stattfinden.</translation>
    </message>
    <message>
        <source>Choose the legal basis from the list.</source>
        <translation>Wählen Sie die Rechtsgrundlage aus der Liste.</translation>
    </message>
    <message>
        <source>Enter the day the person gave their consent.</source>
        <translation>Geben Sie den Tag ein, an dem die Person eingewilligt hat.</translation>
    </message>
    <message>
        <source>A withdrawal needs the day the consent was given.</source>
        <translation>Ein Widerruf setzt den Tag der Einwilligung voraus.</translation>
    </message>
    <message>
        <source>The consent cannot be withdrawn before it was given.</source>
        <translation>Die Einwilligung kann nicht vor ihrer Erteilung widerrufen werden.</translation>
    </message>
    <message>
        <source>The date of withdrawal cannot be in the future.</source>
        <translation>Der Tag des Widerrufs kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Enter the email address as name@example.org.</source>
        <translation>Geben Sie die E-Mail-Adresse im Format name@example.org ein.</translation>
    </message>
</context>
<context>
    <name>ValueTexts</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>an image of %1 KB</source>
        <translation>ein Bild mit %1 KB</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Agenda item “%1”</source>
        <translation>Programmpunkt „%1“</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Teilnehmer/in %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>deleted by another window or program</source>
        <translation>in einem anderen Fenster oder Programm gelöscht</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Study visit</source>
        <comment>kind of event</comment>
        <translation>Studienreise</translation>
    </message>
    <message>
        <source>Webinar</source>
        <comment>kind of event</comment>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Workshop</source>
        <comment>kind of event</comment>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>status of an event</comment>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>status of an event</comment>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Held</source>
        <comment>status of an event</comment>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status of an event</comment>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Site visit</source>
        <comment>kind of agenda item</comment>
        <translation>Besichtigung</translation>
    </message>
    <message>
        <source>Talk</source>
        <comment>kind of agenda item</comment>
        <translation>Vortrag</translation>
    </message>
    <message>
        <source>Discussion</source>
        <comment>kind of agenda item</comment>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Travel</source>
        <comment>kind of agenda item</comment>
        <translation>Fahrt</translation>
    </message>
    <message>
        <source>Meal</source>
        <comment>kind of agenda item</comment>
        <translation>Essen</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>kind of agenda item</comment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Delegate</source>
        <comment>role of a participant</comment>
        <translation>Delegationsmitglied</translation>
    </message>
    <message>
        <source>Speaker</source>
        <comment>role of a participant</comment>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>role of a participant</comment>
        <translation>Gastgebende</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <comment>role of a participant</comment>
        <translation>Dolmetschende</translation>
    </message>
    <message>
        <source>Organiser</source>
        <comment>role of a participant</comment>
        <translation>Organisationsteam</translation>
    </message>
    <message>
        <source>Invited</source>
        <comment>status of a participant</comment>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>status of a participant</comment>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>status of a participant</comment>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status of a participant</comment>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Attended</source>
        <comment>status of a participant</comment>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <source>No-show</source>
        <comment>status of a participant</comment>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Regional association</source>
        <comment>kind of organisation</comment>
        <translation>Regionalverband</translation>
    </message>
    <message>
        <source>Municipality</source>
        <comment>kind of organisation</comment>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Public authority</source>
        <comment>kind of organisation</comment>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Development agency</source>
        <comment>kind of organisation</comment>
        <translation>Entwicklungsagentur</translation>
    </message>
    <message>
        <source>Company</source>
        <comment>kind of organisation</comment>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>University</source>
        <comment>kind of organisation</comment>
        <translation>Hochschule</translation>
    </message>
    <message>
        <source>Research institute</source>
        <comment>kind of organisation</comment>
        <translation>Forschungseinrichtung</translation>
    </message>
    <message>
        <source>NGO</source>
        <comment>kind of organisation</comment>
        <translation>Nichtregierungsorganisation</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of organisation</comment>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Industrial heritage</source>
        <comment>kind of site</comment>
        <translation>Industriekultur</translation>
    </message>
    <message>
        <source>Business park</source>
        <comment>kind of site</comment>
        <translation>Gewerbegebiet</translation>
    </message>
    <message>
        <source>Park</source>
        <comment>kind of site</comment>
        <translation>Park</translation>
    </message>
    <message>
        <source>Cultural venue</source>
        <comment>kind of site</comment>
        <translation>Kulturstätte</translation>
    </message>
    <message>
        <source>Housing estate</source>
        <comment>kind of site</comment>
        <translation>Wohnsiedlung</translation>
    </message>
    <message>
        <source>Lake or river</source>
        <comment>kind of site</comment>
        <translation>See oder Fluss</translation>
    </message>
    <message>
        <source>Office</source>
        <comment>kind of site</comment>
        <translation>Bürogebäude</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of site</comment>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Consent</source>
        <comment>legal basis, GDPR Art. 6(1)(a)</comment>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Contract</source>
        <comment>legal basis, GDPR Art. 6(1)(b)</comment>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <comment>legal basis, GDPR Art. 6(1)(c)</comment>
        <translation>Rechtliche Verpflichtung</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <comment>legal basis, GDPR Art. 6(1)(d)</comment>
        <translation>Lebenswichtige Interessen</translation>
    </message>
    <message>
        <source>Task in the public interest</source>
        <comment>legal basis, GDPR Art. 6(1)(e)</comment>
        <translation>Aufgabe im öffentlichen Interesse</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <comment>legal basis, GDPR Art. 6(1)(f)</comment>
        <translation>Berechtigte Interessen</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <comment>status of a participant</comment>
        <translation>Warteliste</translation>
    </message>
</context>
<context>
    <name>ep::AgendaEditor</name>
    <message>
        <source>&amp;Add Item…</source>
        <translation>Programmpunkt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>No Coordinates</source>
        <translation>Keine Koordinaten</translation>
    </message>
    <message>
        <source>The coordinates of &quot;%1&quot; are not known; enter them on the site&apos;s form.</source>
        <translation>Die Koordinaten von „%1“ sind nicht bekannt; tragen Sie sie im Formular des Orts ein.</translation>
    </message>
    <message>
        <source>Show Site on &amp;Map</source>
        <translation>Ort auf der &amp;Karte zeigen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programm</translation>
    </message>
</context>
<context>
    <name>ep::AgendaItemDialog</name>
    <message>
        <source>New Agenda Item</source>
        <translation>Neuer Programmpunkt</translation>
    </message>
    <message>
        <source>Agenda Item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(kein Ort)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Hosts and speakers</source>
        <translation>&amp;Gastgebende und Vortragende</translation>
    </message>
    <message>
        <source>&amp;Meeting point</source>
        <translation>T&amp;reffpunkt</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The part of the delegation the item is for, e.g. &quot;A&quot; or &quot;Bus 2&quot;. Items for different groups may run at the same time; an item without a group is for everyone.</source>
        <translation>Der Teil der Delegation, für den der Programmpunkt gilt, z. B. „A“ oder „Bus 2“. Programmpunkte für verschiedene Gruppen dürfen gleichzeitig stattfinden; ein Programmpunkt ohne Gruppe gilt für alle.</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <extracomment>the part of the delegation an agenda item is for (parallel programme)</extracomment>
        <translation>Grupp&amp;e</translation>
    </message>
</context>
<context>
    <name>ep::AppearanceMenu</name>
    <message>
        <source>&amp;Appearance</source>
        <extracomment>View › Appearance: the colours of the window</extracomment>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <extracomment>View › Appearance: the desktop&apos;s colours</extracomment>
        <translation>&amp;Systemfarben</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>D&amp;unkel</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
</context>
<context>
    <name>ep::AreaPage</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The new record has not been saved. Save it now?</source>
        <translation>Der neue Datensatz wurde noch nicht gespeichert. Möchten Sie ihn jetzt speichern?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them now?</source>
        <translation>„%1“ enthält nicht gespeicherte Änderungen. Möchten Sie sie jetzt speichern?</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>You can undo this with Edit › Undo.</source>
        <translation>Sie können das Löschen mit Bearbeiten › Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Veranstaltung</numerusform>
            <numerusform>%Ln Veranstaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln Organisation</numerusform>
            <numerusform>%Ln Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln site(s)</source>
        <translation>
            <numerusform>%Ln Ort</numerusform>
            <numerusform>%Ln Orte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation>
            <numerusform>%Ln Thema</numerusform>
            <numerusform>%Ln Themen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Search events by title or place …</source>
        <translation>Veranstaltungen nach Titel oder Veranstaltungsort suchen …</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>Search people by name, organisation, email, city …</source>
        <translation>Personen nach Name, Organisation, E-Mail, Stadt suchen …</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Search organisations by name or city …</source>
        <translation>Organisationen nach Name oder Stadt suchen …</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>Search sites by name, street or city …</source>
        <translation>Orte nach Name, Straße oder Stadt suchen …</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Neuer Ort</translation>
    </message>
    <message>
        <source>Search topics …</source>
        <translation>Themen suchen …</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (nicht gespeicherte Änderungen)</translation>
    </message>
    <message>
        <source>All, whatever their translations</source>
        <translation>Alle, unabhängig von Übersetzungen</translation>
    </message>
    <message>
        <source>Missing German</source>
        <translation>Deutsch fehlt</translation>
    </message>
    <message>
        <source>Missing Polish</source>
        <translation>Polnisch fehlt</translation>
    </message>
    <message>
        <source>Missing English</source>
        <translation>Englisch fehlt</translation>
    </message>
    <message>
        <source>Show only what still lacks a text in one language: titles, descriptions, agenda items, names</source>
        <translation>Nur anzeigen, wem noch ein Text in einer Sprache fehlt: Titel, Beschreibungen, Programmpunkte, Namen</translation>
    </message>
    <message>
        <source>Another window or program changed this record since you opened it. Your input is kept; when you save, you choose which of your changes to keep.</source>
        <translation>Ein anderes Fenster oder Programm hat diesen Datensatz geändert, seit Sie ihn geöffnet haben. Ihre Eingaben bleiben erhalten; beim Speichern wählen Sie, welche Ihrer Änderungen gelten.</translation>
    </message>
    <message>
        <source>Another window or program deleted this record since you opened it. Your input is kept; when you save, you can store it as a new record.</source>
        <translation>Ein anderes Fenster oder Programm hat diesen Datensatz gelöscht, seit Sie ihn geöffnet haben. Ihre Eingaben bleiben erhalten; beim Speichern können Sie sie als neuen Datensatz ablegen.</translation>
    </message>
    <message>
        <source>No legal basis recorded</source>
        <translation>Ohne erfasste Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>Show only the people whose data lacks a legal basis, or whose consent was withdrawn</source>
        <translation>Nur die Personen zeigen, für deren Daten keine Rechtsgrundlage erfasst ist oder deren Einwilligung widerrufen wurde</translation>
    </message>
</context>
<context>
    <name>ep::AttendanceDialog</name>
    <message>
        <source>Attendance – %1</source>
        <translation>Anwesenheit – %1</translation>
    </message>
    <message>
        <source>Tick who signed each sheet. The rows are numbered as on the printed sheet of the selected column&apos;s day: type a row&apos;s number and press Space to tick it; Space alone ticks the selected box; the arrow keys move.</source>
        <translation>Kreuzen Sie an, wer die jeweilige Liste unterschrieben hat. Die Zeilen sind so nummeriert wie auf der gedruckten Liste des Tages der ausgewählten Spalte: Geben Sie eine Zeilennummer ein und drücken Sie die Leertaste, um sie anzukreuzen; die Leertaste allein kreuzt das ausgewählte Feld an; mit den Pfeiltasten bewegen Sie sich.</translation>
    </message>
    <message>
        <source>Add &amp;Walk-in…</source>
        <translation>&amp;Nicht angemeldete Person hinzufügen …</translation>
    </message>
    <message>
        <source>Someone who signed a blank row of the selected sheet</source>
        <translation>Eine Person, die in einer Leerzeile der ausgewählten Liste unterschrieben hat</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 present</source>
        <translation>%1: %2 von %3 anwesend</translation>
    </message>
    <message>
        <source>Row %1 …</source>
        <translation>Zeile %1 …</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>The attendance was not saved: %1</source>
        <translation>Die Anwesenheit wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Anwesenheit bei %1</translation>
    </message>
    <message>
        <source>Save the attendance entered?</source>
        <translation>Die erfasste Anwesenheit speichern?</translation>
    </message>
</context>
<context>
    <name>ep::AttendanceGridModel</name>
    <message>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1: %2 of %3 present</source>
        <translation>%1: %2 von %3 anwesend</translation>
    </message>
</context>
<context>
    <name>ep::BackupActions</name>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Si&amp;cherungen…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Wrote a copy of the database to %1.</source>
        <translation>Eine Kopie der Datenbank wurde in %1 geschrieben.</translation>
    </message>
    <message>
        <source>A team database is backed up on its server, by its administrator.</source>
        <translation>Eine Teamdatenbank wird auf ihrem Server von dessen Administration gesichert.</translation>
    </message>
    <message>
        <source>Today&apos;s backup was written to %1.</source>
        <translation>Die heutige Sicherung wurde in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Exchange Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>Exchange-Planner-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replace everything in %1 with the backup of %2 (%Ln event(s), %3)?</source>
        <translation>
            <numerusform>Den gesamten Inhalt von %1 durch die Sicherung vom %2 ersetzen (%Ln Veranstaltung, %3)?</numerusform>
            <numerusform>Den gesamten Inhalt von %1 durch die Sicherung vom %2 ersetzen (%Ln Veranstaltungen, %3)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>The database as it is now is kept beside it as %1. Changes made since the backup are then only in that copy, and the undo history is cleared.</source>
        <translation>Die Datenbank in ihrem jetzigen Stand bleibt daneben als %1 erhalten. Änderungen seit der Sicherung stehen dann nur noch in dieser Kopie, und der Rückgängig-Verlauf wird geleert.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 now holds what the backup of %2 held. The database as it was is kept as %3.</source>
        <translation>%1 enthält jetzt den Stand der Sicherung vom %2. Die bisherige Datenbank bleibt als %3 erhalten.</translation>
    </message>
</context>
<context>
    <name>ep::BackupsDialog</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Once a day, at the first start, the planner writes a copy of %1 into its data folder, and keeps the copies of the last %2 days and, before those, one for each of %3 weeks. The copies written before an upgrade or a restore are beside the database.</source>
        <translation>Einmal am Tag, beim ersten Start, schreibt der Planer eine Kopie von %1 in seinen Datenordner und behält die Kopien der letzten %2 Tage und davor je eine für %3 Wochen. Die Kopien vor einer Aktualisierung oder Wiederherstellung liegen neben der Datenbank.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation>Tägliche Kopie</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>No copy yet. The first is written at the next start, or with Back Up Now.</source>
        <translation>Noch keine Kopie. Die erste wird beim nächsten Start geschrieben oder mit „Jetzt sichern“.</translation>
    </message>
    <message>
        <source>Daily copies: %1</source>
        <translation>Tägliche Kopien: %1</translation>
    </message>
    <message>
        <source>Not Backed Up</source>
        <translation>Nicht gesichert</translation>
    </message>
</context>
<context>
    <name>ep::CalendarDialog</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Vorheriges Jahr</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Nächstes Jahr</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Veranstaltung:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jahr</translation>
    </message>
    <message>
        <source>Event &amp;Days</source>
        <translation>Veranstaltungs&amp;tage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Conflicts &amp;in the period shown:</source>
        <translation>Kon&amp;flikte im gezeigten Zeitraum:</translation>
    </message>
    <message>
        <source>Days of the event</source>
        <translation>Tage der Veranstaltung</translation>
    </message>
</context>
<context>
    <name>ep::ChangesView</name>
    <message>
        <source>When</source>
        <extracomment>column headings of who changed a person&apos;s data: when, who, what</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>ep::ConflictDialog</name>
    <message>
        <source>Changed Elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed by another window or program since you opened it.&lt;br&gt;Your changes are listed below beside the values stored now. Tick those to keep; everything else stays as stored now.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde in einem anderen Fenster oder Programm geändert, seit Sie es geöffnet haben.&lt;br&gt;Ihre Änderungen stehen unten neben den jetzt gespeicherten Werten. Haken Sie an, was gelten soll; alles andere bleibt, wie es jetzt gespeichert ist.</translation>
    </message>
    <message>
        <source>Keep yours</source>
        <translation>Ihren behalten</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Jetzt gespeichert</translation>
    </message>
    <message>
        <source>%1 — changed elsewhere too</source>
        <translation>%1 – auch anderswo geändert</translation>
    </message>
    <message>
        <source>&amp;Save With These Choices</source>
        <translation>Mit dieser Auswahl &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Discard Mine and Reload</source>
        <translation>Meine &amp;verwerfen und neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Deleted Elsewhere</source>
        <translation>Anderswo gelöscht</translation>
    </message>
    <message>
        <source>The record you are editing was deleted by another window or program since you opened it.</source>
        <translation>Der Datensatz, den Sie bearbeiten, wurde in einem anderen Fenster oder Programm gelöscht, seit Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Save your version as a new record, or discard your changes?</source>
        <translation>Ihre Fassung als neuen Datensatz speichern oder Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Save as &amp;New Record</source>
        <translation>Als &amp;neuen Datensatz speichern</translation>
    </message>
    <message>
        <source>&amp;Discard My Changes</source>
        <translation>Meine Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>Ihre Änderungen</translation>
    </message>
</context>
<context>
    <name>ep::DateField</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Enter a date, e.g. %1.</source>
        <translation>Geben Sie ein Datum ein, z. B. %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as %2.</source>
        <translation>„%1“ ist kein Datum. Schreiben Sie es wie %2.</translation>
    </message>
    <message>
        <source>%1 is not a day of the event (%2).</source>
        <translation>Der %1 ist kein Tag der Veranstaltung (%2).</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Im Kalender auswählen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Type the date as %1, or press Up and Down to change it by a day.</source>
        <translation>Geben Sie das Datum wie %1 ein, oder ändern Sie es mit den Pfeiltasten nach oben und unten um einen Tag.</translation>
    </message>
    <message>
        <source>Type the date, or the number of the event&apos;s day (1 to %1); Up and Down step through the event&apos;s days.</source>
        <translation>Geben Sie das Datum oder die Nummer des Veranstaltungstags ein (1 bis %1); die Pfeiltasten nach oben und unten wechseln zwischen den Tagen der Veranstaltung.</translation>
    </message>
</context>
<context>
    <name>ep::DocumentActions</name>
    <message>
        <source>&amp;Documents</source>
        <translation>D&amp;okumente</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Programm…</translation>
    </message>
    <message>
        <source>&amp;Participant List…</source>
        <translation>&amp;Teilnehmerliste…</translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheets…</source>
        <translation>&amp;Unterschriftenlisten…</translation>
    </message>
    <message>
        <source>Export &amp;Contact People…</source>
        <translation>&amp;Ansprechpersonen exportieren…</translation>
    </message>
    <message>
        <source>&amp;Export Visible Rows…</source>
        <translation>&amp;Sichtbare Zeilen exportieren…</translation>
    </message>
    <message>
        <source>Export Contact People</source>
        <translation>Ansprechpersonen exportieren</translation>
    </message>
    <message>
        <source>contact-people</source>
        <translation>ansprechpersonen</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Export Visible Rows</source>
        <translation>Sichtbare Zeilen exportieren</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>Cannot Make the Document</source>
        <translation>Dokument kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>&amp;Rooming List…</source>
        <translation>&amp;Zimmerliste …</translation>
    </message>
    <message>
        <source>Passenger &amp;Lists…</source>
        <translation>Passagier&amp;listen …</translation>
    </message>
    <message>
        <source>Ca&amp;tering Numbers…</source>
        <translation>&amp;Verpflegung: Personenzahlen …</translation>
    </message>
    <message>
        <source>&amp;Badges…</source>
        <translation>&amp;Namensschilder …</translation>
    </message>
    <message>
        <source>&amp;Invitation Letters…</source>
        <translation>&amp;Einladungsschreiben …</translation>
    </message>
    <message>
        <source>Certi&amp;ficates of Attendance…</source>
        <translation>Teilnahme&amp;bescheinigungen …</translation>
    </message>
    <message>
        <source>E&amp;vidence Pack…</source>
        <translation>Nach&amp;weisunterlagen …</translation>
    </message>
    <message>
        <source>Evidence pack</source>
        <translation>Nachweisunterlagen</translation>
    </message>
    <message>
        <source>Save the Evidence Pack</source>
        <translation>Nachweisunterlagen speichern</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Evidence Pack Written</source>
        <translation>Nachweisunterlagen geschrieben</translation>
    </message>
    <message>
        <source>Wrote %1, holding:</source>
        <translation>%1 wurde geschrieben. Enthalten sind:</translation>
    </message>
    <message>
        <source>C&amp;onfirm a Certificate…</source>
        <translation>Bes&amp;cheinigung prüfen …</translation>
    </message>
    <message>
        <source>What the certificate of attendance of a number states, to confirm it on request</source>
        <translation>Was die Teilnahmebescheinigung mit einer Nummer bescheinigt, um sie auf Anfrage zu bestätigen</translation>
    </message>
    <message>
        <source>Confirm a Certificate</source>
        <translation>Bescheinigung prüfen</translation>
    </message>
    <message>
        <source>The certificate&apos;s number, as printed under its title (e.g. 2019-001-0019-4):</source>
        <translation>Die Nummer der Bescheinigung, wie sie unter dem Titel steht (z. B. 2019-001-0019-4):</translation>
    </message>
</context>
<context>
    <name>ep::DocumentDialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Agenda of %1</source>
        <translation>Programm – %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Second language:</source>
        <translation>&amp;Zweite Sprache:</translation>
    </message>
    <message>
        <source>With a second language, the agenda shows both side by side, for a mixed delegation.</source>
        <translation>Mit einer zweiten Sprache zeigt das Programm beide Sprachen nebeneinander – für gemischte Delegationen.</translation>
    </message>
    <message>
        <source>Save as &amp;Calendar…</source>
        <translation>Als &amp;Kalender speichern…</translation>
    </message>
    <message>
        <source>Participant List of %1</source>
        <translation>Teilnehmerliste – %1</translation>
    </message>
    <message>
        <source>Only with s&amp;tatus:</source>
        <translation>Nur mit S&amp;tatus:</translation>
    </message>
    <message>
        <source>Only in &amp;role:</source>
        <translation>Nur in &amp;Rolle:</translation>
    </message>
    <message>
        <source>Nothing ticked: everyone.</source>
        <translation>Nichts ausgewählt: alle Personen.</translation>
    </message>
    <message>
        <source>Sign-in Sheets of %1</source>
        <translation>Unterschriftenlisten – %1</translation>
    </message>
    <message>
        <source>Headings in German, Polish and &amp;English together</source>
        <translation>Überschriften zugleich auf Deutsch, Polnisch und &amp;Englisch</translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>&amp;Leerzeilen für nicht angemeldete Personen:</translation>
    </message>
    <message>
        <source>The funding programme and project number are set on the event&apos;s Details tab.</source>
        <translation>Förderprogramm und Projektnummer legen Sie auf der Registerkarte „Details“ der Veranstaltung fest.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save as Calendar</source>
        <translation>Als Kalender speichern</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Als CSV speichern</translation>
    </message>
    <message>
        <source>%1: this document cannot be saved as &quot;%2&quot;.</source>
        <translation>%1: Dieses Dokument kann nicht als „%2“ gespeichert werden.</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>Sp&amp;alten:</translation>
    </message>
    <message>
        <source>Organisations by their &amp;short names</source>
        <translation>Organisationen mit ihren &amp;Kurznamen</translation>
    </message>
    <message>
        <source>Save &amp;as CSV…</source>
        <translation>Als &amp;CSV speichern…</translation>
    </message>
    <message>
        <source>One s&amp;heet per site visit instead of per day</source>
        <translation>Eine Liste je &amp;Besichtigung statt je Tag</translation>
    </message>
    <message>
        <source>Rooming List of %1</source>
        <translation>Zimmerliste von %1</translation>
    </message>
    <message>
        <source>Passenger Lists of %1</source>
        <translation>Passagierlisten von %1</translation>
    </message>
    <message>
        <source>Catering Numbers of %1</source>
        <translation>Verpflegung: Personenzahlen von %1</translation>
    </message>
    <message>
        <source>Badges of %1</source>
        <translation>Namensschilder von %1</translation>
    </message>
    <message>
        <source>8 to a sheet, about A7 (95 × 69 mm)</source>
        <translation>8 je Bogen, etwa A7 (95 × 69 mm)</translation>
    </message>
    <message>
        <source>4 to a sheet, about A6 (95 × 138 mm)</source>
        <translation>4 je Bogen, etwa A6 (95 × 138 mm)</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Anordnung:</translation>
    </message>
    <message>
        <source>&amp;Blank badges for walk-ins:</source>
        <translation>&amp;Leere Schilder für nicht angemeldete Personen:</translation>
    </message>
    <message>
        <source>Last names in &amp;capitals</source>
        <translation>Nachnamen in &amp;Großbuchstaben</translation>
    </message>
    <message>
        <source>Each site&apos;s c&amp;oordinates under its address</source>
        <translation>Koordinaten jedes &amp;Orts unter seiner Adresse</translation>
    </message>
    <message>
        <source>Nothing ticked: everyone who has neither cancelled nor waits for a place.</source>
        <translation>Nichts angekreuzt: alle, die weder abgesagt haben noch auf einen Platz warten.</translation>
    </message>
    <message>
        <source>Invitation Letters of %1</source>
        <translation>Einladungsschreiben – %1</translation>
    </message>
    <message>
        <source>For the employer&apos;s approval of the journey</source>
        <translation>Für die Genehmigung der Reise durch den Arbeitgeber</translation>
    </message>
    <message>
        <source>For a visa application</source>
        <translation>Für einen Visumantrag</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>Nothing ticked: everyone who has neither cancelled, nor waits for a place, nor stayed away. Each letter is in the language its participant reads; the language above is for those whose language is not known.</source>
        <translation>Nichts angekreuzt: alle, die weder abgesagt haben noch auf einen Platz warten noch ferngeblieben sind. Jedes Schreiben ist in der Sprache, die die teilnehmende Person liest; die oben gewählte Sprache gilt für alle, deren Sprache nicht bekannt ist.</translation>
    </message>
    <message>
        <source>Certificates of Attendance of %1</source>
        <translation>Teilnahmebescheinigungen – %1</translation>
    </message>
    <message>
        <source>A certificate for everyone who attended, in the language each reads (the language above for those whose language is not known), or in all three.</source>
        <translation>Eine Bescheinigung für jede Person, die teilgenommen hat, in der Sprache, die sie liest (die oben gewählte Sprache für alle, deren Sprache nicht bekannt ist), oder in allen drei Sprachen.</translation>
    </message>
    <message>
        <source>A page each in German, Polish and &amp;English</source>
        <translation>Je eine Seite auf Deutsch, Polnisch und &amp;Englisch</translation>
    </message>
</context>
<context>
    <name>ep::DuplicateEventDialog</name>
    <message>
        <source>Duplicate Event</source>
        <translation>Veranstaltung duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Invite the %n participant(s) again</source>
        <translation>
            <numerusform>Die %n teilnehmende Person erneut e&amp;inladen</numerusform>
            <numerusform>Die %n Teilnehmenden erneut e&amp;inladen</numerusform>
        </translation>
    </message>
    <message>
        <source>A new event made from &quot;%1&quot;, with its agenda, organisers, hosts, topics and funding details. Its status is planned; change its title and what else differs afterwards.</source>
        <translation>Eine neue Veranstaltung aus „%1“, mit Programm, Organisierenden, Gastgebenden, Themen und Förderangaben. Ihr Status ist „geplant“; ändern Sie danach den Titel und was sonst abweicht.</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>the agenda moves %n day(s) later.</source>
        <translation>
            <numerusform>das Programm rückt %n Tag nach hinten.</numerusform>
            <numerusform>das Programm rückt %n Tage nach hinten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the agenda moves %n day(s) earlier.</source>
        <translation>
            <numerusform>das Programm rückt %n Tag nach vorn.</numerusform>
            <numerusform>das Programm rückt %n Tage nach vorn.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2; %3</source>
        <extracomment>%1, %2: the new event&apos;s first and last day; %3: how far the agenda moves</extracomment>
        <translation>Vom %1 bis %2; %3</translation>
    </message>
</context>
<context>
    <name>ep::EventActions</name>
    <message>
        <source>Even&amp;t</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <source>D&amp;uplicate Event…</source>
        <translation>Veranstaltung d&amp;uplizieren …</translation>
    </message>
    <message>
        <source>Next time&apos;s event from the one shown: its agenda moved to a new first day, organisers, hosts, topics and funding as they are</source>
        <translation>Die nächste Ausgabe der angezeigten Veranstaltung: Programm auf einen neuen ersten Tag verschoben, Organisierende, Gastgebende, Themen und Förderung wie gehabt</translation>
    </message>
    <message>
        <source>Not Duplicated</source>
        <translation>Nicht dupliziert</translation>
    </message>
    <message>
        <source>The event was deleted in another window or program.</source>
        <translation>Die Veranstaltung wurde in einem anderen Fenster oder Programm gelöscht.</translation>
    </message>
    <message>
        <source>Duplicate Event</source>
        <translation>Veranstaltung duplizieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made from the event; Undo takes it away again.</source>
        <translation>„%1“ wurde aus der Veranstaltung erstellt; Rückgängig entfernt sie wieder.</translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation>&amp;Kalender …</translation>
    </message>
    <message>
        <source>Every event by month and year, one event day by day, with the conflicts flagged</source>
        <translation>Alle Veranstaltungen nach Monat und Jahr, eine Veranstaltung Tag für Tag, mit markierten Konflikten</translation>
    </message>
    <message>
        <source>Write &amp;Email…</source>
        <translation>&amp;E-Mail schreiben …</translation>
    </message>
    <message>
        <source>A message to the participants chosen, opened in the mail program with their addresses in BCC</source>
        <translation>Eine Nachricht an die gewählten Teilnehmenden, im E-Mail-Programm geöffnet, mit ihren Adressen in BCC</translation>
    </message>
    <message>
        <source>Write Email</source>
        <translation>E-Mail schreiben</translation>
    </message>
    <message>
        <source>Write &amp;Messages…</source>
        <translation>&amp;Nachrichten schreiben …</translation>
    </message>
    <message>
        <source>A personalised email draft per participant from a template, in the language each reads</source>
        <translation>Ein personalisierter E-Mail-Entwurf je teilnehmende Person aus einer Vorlage, in der Sprache, die sie liest</translation>
    </message>
    <message>
        <source>Message &amp;Templates…</source>
        <translation>Nachrichten&amp;vorlagen …</translation>
    </message>
    <message>
        <source>The invitation, confirmation and practical information in German, Polish and English</source>
        <translation>Einladung, Bestätigung und praktische Informationen auf Deutsch, Polnisch und Englisch</translation>
    </message>
    <message>
        <source>Write Messages</source>
        <translation>Nachrichten schreiben</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>&amp;Anwesenheit …</translation>
    </message>
    <message>
        <source>Who signed the sign-in sheets, day by day and visit by visit, by the rows&apos; numbers as printed</source>
        <translation>Wer die Unterschriftenlisten unterschrieben hat, Tag für Tag und Besichtigung für Besichtigung, nach den gedruckten Zeilennummern</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
</context>
<context>
    <name>ep::EventForm</name>
    <message>
        <source>&amp;Kind</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Erster Tag</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Letzter Tag</translation>
    </message>
    <message>
        <source>Venue: &amp;city</source>
        <translation>Veranstaltungsort: &amp;Stadt</translation>
    </message>
    <message>
        <source>Venue: &amp;address</source>
        <translation>Veranstaltungsort: &amp;Adresse</translation>
    </message>
    <message>
        <source>Online li&amp;nk</source>
        <translation>Online-Li&amp;nk</translation>
    </message>
    <message>
        <source>&amp;Host organisation</source>
        <translation>&amp;Gastgeberorganisation</translation>
    </message>
    <message>
        <source>&amp;Organisers</source>
        <translation>&amp;Organisationsteam</translation>
    </message>
    <message>
        <source>To&amp;pics</source>
        <translation>&amp;Themen</translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation>Sprac&amp;hen</translation>
    </message>
    <message>
        <source>&amp;Interpretation</source>
        <translation>&amp;Verdolmetschung</translation>
    </message>
    <message>
        <source>Capacit&amp;y</source>
        <translation>&amp;Kapazität</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <extracomment>the status of the event (planned, confirmed, held, cancelled)</extracomment>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Agenda (%1)</source>
        <translation>&amp;Programm (%1)</translation>
    </message>
    <message>
        <source>&amp;Participants (%1)</source>
        <translation>&amp;Teilnehmende (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>New event &quot;%1&quot;</source>
        <translation>Neue Veranstaltung „%1“</translation>
    </message>
    <message>
        <source>Edit event &quot;%1&quot;</source>
        <translation>Veranstaltung „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete event &quot;%1&quot;</source>
        <translation>Veranstaltung „%1“ löschen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Agenda, participant list and sign-in sheets of the saved event: preview, print, PDF, calendar and CSV</source>
        <translation>Programm, Teilnehmerliste und Unterschriftenlisten der gespeicherten Veranstaltung: Vorschau, Druck, PDF, Kalender und CSV</translation>
    </message>
    <message>
        <source>e.g. Interreg Central Europe</source>
        <translation>z. B. Interreg Central Europe</translation>
    </message>
    <message>
        <source>Online platfor&amp;m</source>
        <translation>Online-Platt&amp;form</translation>
    </message>
    <message>
        <source>Funding p&amp;rogramme</source>
        <translation>Förderprogra&amp;mm</translation>
    </message>
    <message>
        <source>Pro&amp;ject number</source>
        <translation>Pro&amp;jektnummer</translation>
    </message>
    <message>
        <source>F&amp;unding logo</source>
        <translation>F&amp;örderlogo</translation>
    </message>
    <message numerus="yes">
        <source>The event has %n place(s), all taken: on the waiting list instead of confirmed: %1.</source>
        <translation>
            <numerusform>Die Veranstaltung hat %n Platz, er ist vergeben: auf der Warteliste statt bestätigt: %1.</numerusform>
            <numerusform>Die Veranstaltung hat %n Plätze, alle vergeben: auf der Warteliste statt bestätigt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved up from the waiting list to confirmed: %1.</source>
        <translation>Von der Warteliste nachgerückt und bestätigt: %1.</translation>
    </message>
    <message>
        <source>Waiting List</source>
        <translation>Warteliste</translation>
    </message>
</context>
<context>
    <name>ep::HistoryView</name>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Part</source>
        <extracomment>column heading: the role in which a person took part in an event</extracomment>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>Besuchstag</translation>
    </message>
</context>
<context>
    <name>ep::ImportActions</name>
    <message>
        <source>&amp;Import Participants…</source>
        <translation>Teilnehmende &amp;importieren…</translation>
    </message>
    <message>
        <source>Import &amp;Contact People…</source>
        <translation>Ansprech&amp;personen importieren…</translation>
    </message>
</context>
<context>
    <name>ep::ImportCheckPage</name>
    <message>
        <source>Check Before Importing</source>
        <translation>Prüfung vor dem Import</translation>
    </message>
    <message>
        <source>The whole file was read and compared with the database. Nothing has been written yet.</source>
        <translation>Die ganze Datei wurde gelesen und mit der Datenbank abgeglichen. Es wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>Leave the &amp;invalid rows out and import the others</source>
        <translation>&amp;Ungültige Zeilen auslassen und die übrigen importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back, or choose Import to check again.</source>
        <translation>Die Prüfung wurde abgebrochen. Gehen Sie zurück oder wählen Sie „Importieren“, um erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read.</source>
        <translation>
            <numerusform>%Ln Zeile gelesen.</numerusform>
            <numerusform>%Ln Zeilen gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln new&lt;/b&gt; person(s) will be stored.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln neue&lt;/b&gt; Person wird gespeichert.</numerusform>
            <numerusform>&lt;b&gt;%Ln neue&lt;/b&gt; Personen werden gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln row(s)&lt;/b&gt; match a person already stored; empty fields are filled in.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Zeile&lt;/b&gt; passt zu einer bereits gespeicherten Person; leere Felder werden ausgefüllt.</numerusform>
            <numerusform>&lt;b&gt;%Ln Zeilen&lt;/b&gt; passen zu bereits gespeicherten Personen; leere Felder werden ausgefüllt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be skipped: the person already takes part.</source>
        <translation>
            <numerusform>%Ln Zeile wird übersprungen: Die Person nimmt bereits teil.</numerusform>
            <numerusform>%Ln Zeilen werden übersprungen: Die Personen nehmen bereits teil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new organisation(s) will be stored.</source>
        <translation>
            <numerusform>%Ln neue Organisation wird gespeichert.</numerusform>
            <numerusform>%Ln neue Organisationen werden gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored value(s) differ from the file and are kept.</source>
        <translation>
            <numerusform>%Ln gespeicherter Wert weicht von der Datei ab und wird beibehalten.</numerusform>
            <numerusform>%Ln gespeicherte Werte weichen von der Datei ab und werden beibehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored value(s) will be replaced by the file&apos;s.</source>
        <translation>
            <numerusform>%Ln gespeicherter Wert wird durch den Wert aus der Datei ersetzt.</numerusform>
            <numerusform>%Ln gespeicherte Werte werden durch die Werte aus der Datei ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln row(s) cannot be imported&lt;/b&gt; (listed below). Correct them in the spreadsheet and choose Back, or leave them out.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Zeile kann nicht importiert werden&lt;/b&gt; (siehe unten). Korrigieren Sie sie in der Tabellenkalkulation und wählen Sie „Zurück“, oder lassen Sie sie aus.</numerusform>
            <numerusform>&lt;b&gt;%Ln Zeilen können nicht importiert werden&lt;/b&gt; (siehe unten). Korrigieren Sie sie in der Tabellenkalkulation und wählen Sie „Zurück“, oder lassen Sie sie aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Not Imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them have other values in the file (role, status …); the stored ones stay.</source>
        <translation>
            <numerusform>Davon hat %Ln andere Werte in der Datei (Rolle, Status …); die gespeicherten bleiben.</numerusform>
            <numerusform>Davon haben %Ln andere Werte in der Datei (Rolle, Status …); die gespeicherten bleiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation(s) will take the file&apos;s values.</source>
        <translation>
            <numerusform>%Ln Teilnahme erhält die Werte der Datei.</numerusform>
            <numerusform>%Ln Teilnahmen erhalten die Werte der Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Leave Out the Column &quot;%1&quot;</source>
        <translation>Spalte „%1“ &amp;auslassen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln confirmed beyond the event&apos;s %1 places will go on the waiting list, in the order of the file.</source>
        <translation>
            <numerusform>%Ln über die %1 Plätze der Veranstaltung hinaus bestätigte Person kommt auf die Warteliste.</numerusform>
            <numerusform>%Ln über die %1 Plätze der Veranstaltung hinaus bestätigte Personen kommen auf die Warteliste, in der Reihenfolge der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will move up from the waiting list.</source>
        <translation>
            <numerusform>%Ln Person rückt von der Warteliste nach.</numerusform>
            <numerusform>%Ln Personen rücken von der Warteliste nach.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace stored values where the file has other ones</source>
        <translation>Gespeicherte Werte durch andere Werte der Datei &amp;ersetzen</translation>
    </message>
    <message>
        <source>Also those of people already taking part; otherwise only empty fields are filled in.</source>
        <translation>Auch bei bereits Teilnehmenden; sonst werden nur leere Felder ergänzt.</translation>
    </message>
</context>
<context>
    <name>ep::ImportFilePage</name>
    <message>
        <source>&amp;Participants of the event:</source>
        <translation>&amp;Teilnehmende der Veranstaltung:</translation>
    </message>
    <message>
        <source>&amp;Contact people (not linked to an event)</source>
        <translation>&amp;Ansprechpersonen (ohne Bezug zu einer Veranstaltung)</translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV: from Excel (&quot;CSV UTF-8&quot; or &quot;CSV&quot;), LibreOffice, an online form or a ticketing tool. Nothing is written before the last step.</source>
        <translation>Eine als CSV gespeicherte Tabellenkalkulation: aus Excel („CSV UTF-8“ oder „CSV“), LibreOffice, einem Online-Formular oder einem Ticketsystem. Vor dem letzten Schritt wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Pfad einer .csv-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importieren&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;From the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aus der Datei&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ep::ImportFormatPage</name>
    <message>
        <source>Check How the File Is Read</source>
        <translation>Prüfen, wie die Datei gelesen wird</translation>
    </message>
    <message>
        <source>The first rows as read with the settings below, which were detected from the file. If letters look wrong (&quot;MÃ¼ller&quot;, &quot;W³odzimierz&quot;), choose another encoding; if everything sits in one column, another delimiter.</source>
        <translation>Die ersten Zeilen, gelesen mit den unten stehenden Einstellungen, die aus der Datei ermittelt wurden. Wenn Buchstaben falsch aussehen („MÃ¼ller“, „W³odzimierz“), wählen Sie eine andere Zeichenkodierung; wenn alles in einer Spalte steht, ein anderes Trennzeichen.</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>Zeichen&amp;kodierung</translation>
    </message>
    <message>
        <source>&amp;Delimiter</source>
        <translation>&amp;Trennzeichen</translation>
    </message>
    <message>
        <source>Column &amp;names in row</source>
        <translation>&amp;Spaltennamen in Zeile</translation>
    </message>
    <message>
        <source>Some bytes are not valid %1 (shown as �): the file is probably in another encoding.</source>
        <translation>Einige Bytes sind in %1 ungültig (dargestellt als �): Die Datei hat wahrscheinlich eine andere Zeichenkodierung.</translation>
    </message>
    <message>
        <source>Row %1 has no columns to import. Choose the row with the column names, and the delimiter that splits it.</source>
        <translation>Zeile %1 enthält keine Spalten zum Importieren. Wählen Sie die Zeile mit den Spaltennamen und das Trennzeichen, das sie in Spalten aufteilt.</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
</context>
<context>
    <name>ep::ImportMappingPage</name>
    <message>
        <source>Say Which Column Holds What</source>
        <translation>Festlegen, welche Spalte was enthält</translation>
    </message>
    <message>
        <source>Columns were matched by their names. Columns marked &quot;(not imported)&quot; are left out. Change any choice; it is remembered for files with the same columns.</source>
        <translation>Die Spalten wurden anhand ihrer Namen zugeordnet. Mit „(nicht importiert)“ markierte Spalten werden ausgelassen. Sie können jede Zuordnung ändern; sie wird für Dateien mit denselben Spalten gespeichert.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <source>Choose the column with the last name (or with the full name).</source>
        <translation>Wählen Sie die Spalte mit dem Nachnamen (oder mit dem vollständigen Namen) aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is chosen for more than one column.</source>
        <translation>„%1“ ist für mehr als eine Spalte ausgewählt.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
</context>
<context>
    <name>ep::ImportResultPage</name>
    <message>
        <source>Imported</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) stored new.</source>
        <translation>
            <numerusform>%Ln Person neu gespeichert.</numerusform>
            <numerusform>%Ln Personen neu gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) matched people already stored.</source>
        <translation>
            <numerusform>%Ln Zeile wurde einer bereits gespeicherten Person zugeordnet.</numerusform>
            <numerusform>%Ln Zeilen wurden bereits gespeicherten Personen zugeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped: the person already took part.</source>
        <translation>
            <numerusform>%Ln Zeile übersprungen: Die Person nimmt bereits teil.</numerusform>
            <numerusform>%Ln Zeilen übersprungen: Die Personen nehmen bereits teil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s) left out.</source>
        <translation>
            <numerusform>%Ln ungültige Zeile ausgelassen.</numerusform>
            <numerusform>%Ln ungültige Zeilen ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) stored new.</source>
        <translation>
            <numerusform>%Ln Organisation neu gespeichert.</numerusform>
            <numerusform>%Ln Organisationen neu gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>An import cannot be undone with Edit › Undo; the list of undoable changes starts anew.</source>
        <translation>Ein Import kann nicht mit Bearbeiten › Rückgängig zurückgenommen werden; die Liste der Änderungen, die sich rückgängig machen lassen, beginnt neu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation(s) updated from the file.</source>
        <translation>
            <numerusform>%Ln Teilnahme aus der Datei aktualisiert.</numerusform>
            <numerusform>%Ln Teilnahmen aus der Datei aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln confirmed beyond the event&apos;s %1 places went on the waiting list.</source>
        <translation>
            <numerusform>%Ln über die %1 Plätze der Veranstaltung hinaus bestätigte Person kam auf die Warteliste.</numerusform>
            <numerusform>%Ln über die %1 Plätze der Veranstaltung hinaus bestätigte Personen kamen auf die Warteliste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved up from the waiting list.</source>
        <translation>
            <numerusform>%Ln Person ist von der Warteliste nachgerückt.</numerusform>
            <numerusform>%Ln Personen sind von der Warteliste nachgerückt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ep::ImportWizard</name>
    <message>
        <source>Import Participants</source>
        <translation>Teilnehmende importieren</translation>
    </message>
    <message>
        <source>Import Contact People</source>
        <translation>Ansprechpersonen importieren</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) from %1.</source>
        <translation>
            <numerusform>%Ln Zeile aus %1 importiert.</numerusform>
            <numerusform>%Ln Zeilen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s) left out.</source>
        <translation>
            <numerusform>%Ln ungültige Zeile ausgelassen.</numerusform>
            <numerusform>%Ln ungültige Zeilen ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ep::IssueLabel</name>
    <message>
        <source>Error: %1</source>
        <extracomment>what a screen reader says of a message beside a field</extracomment>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>ep::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>the menu that switches the window&apos;s language</extracomment>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
</context>
<context>
    <name>ep::LocalizedTextEdit</name>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Missing: %1 readers see another language instead</source>
        <translation>Fehlt: Wer %1 liest, sieht stattdessen eine andere Sprache</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
</context>
<context>
    <name>ep::LogoField</name>
    <message>
        <source>Choose the Funding Programme&apos;s Logo</source>
        <translation>Logo des Förderprogramms auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 2 MB; please use a smaller picture.</source>
        <translation>%1 ist größer als 2 MB; bitte verwenden Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG picture.</source>
        <translation>%1 ist kein Bild im Format PNG oder JPEG.</translation>
    </message>
    <message>
        <source>Logo Not Used</source>
        <translation>Logo nicht übernommen</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>kein Logo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the Organisation&apos;s Logo</source>
        <translation>Logo der Organisation auswählen</translation>
    </message>
</context>
<context>
    <name>ep::MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Exchange Planner</source>
        <translation>Exchange Planner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Ne&amp;u</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>&amp;About Exchange Planner</source>
        <translation>&amp;Über Exchange Planner</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>Mit &amp;Team-Datenbank verbinden…</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>ep::MessageTemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Placeholders (double-click to insert):</source>
        <translation>&amp;Platzhalter (Doppelklick fügt ein):</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Templates Not Saved</source>
        <translation>Vorlagen nicht gespeichert</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The templates have changes that are not saved. Discard them?</source>
        <translation>Die Vorlagen enthalten nicht gespeicherte Änderungen. Möchten Sie sie verwerfen?</translation>
    </message>
</context>
<context>
    <name>ep::NewPersonDialog</name>
    <message>
        <source>New Person</source>
        <translation>Neue Person</translation>
    </message>
</context>
<context>
    <name>ep::OpeningDaysEdit</name>
    <message>
        <source>The days the site can be visited; none ticked: not known. The calendar flags a visit on another day.</source>
        <translation>Die Tage, an denen der Ort besucht werden kann; nichts angekreuzt: nicht bekannt. Der Kalender markiert einen Besuch an einem anderen Tag.</translation>
    </message>
</context>
<context>
    <name>ep::OrganisationComboBox</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>ep::OrganisationForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>S&amp;hort name</source>
        <translation>&amp;Kurzname</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Stadt</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>We&amp;bsite</translation>
    </message>
    <message>
        <source>New organisation &quot;%1&quot;</source>
        <translation>Neue Organisation „%1“</translation>
    </message>
    <message>
        <source>Edit organisation &quot;%1&quot;</source>
        <translation>Organisation „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete organisation &quot;%1&quot;</source>
        <translation>Organisation „%1“ löschen</translation>
    </message>
    <message>
        <source>St&amp;reet</source>
        <translation>St&amp;raße</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>L&amp;ogo</translation>
    </message>
    <message>
        <source>Si&amp;gned by</source>
        <translation>&amp;Unterzeichnet von</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;function</source>
        <translation>&amp;Funktion der unterzeichnenden Person</translation>
    </message>
    <message>
        <source>who signs the invitation letters</source>
        <translation>wer die Einladungsschreiben unterzeichnet</translation>
    </message>
</context>
<context>
    <name>ep::ParticipantsEditor</name>
    <message numerus="yes">
        <source>%Ln participant(s) of %L1 places</source>
        <translation>
            <numerusform>%Ln teilnehmende Person (Plätze: %L1)</numerusform>
            <numerusform>%Ln Teilnehmende (Plätze: %L1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln teilnehmende Person</numerusform>
            <numerusform>%Ln Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <source>Add &amp;People…</source>
        <translation>&amp;Personen hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;New Person…</source>
        <translation>&amp;Neue Person hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Import from a Spreadsheet…</source>
        <translation>Aus Tabellenkalkulation &amp;importieren…</translation>
    </message>
    <message>
        <source>Import the participants from a CSV file, e.g. an Excel list of registrations</source>
        <translation>Teilnehmende aus einer CSV-Datei importieren, z. B. aus einer Excel-Liste der Anmeldungen</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln participant(s)…</source>
        <translation>
            <numerusform>%Ln Teilnehmende werden gelesen …</numerusform>
            <numerusform>%Ln Teilnehmende werden gelesen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
</context>
<context>
    <name>ep::ParticipationDialog</name>
    <message>
        <source>Participation</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <extracomment>the status of a participant (invited, registered, confirmed …)</extracomment>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation>&amp;Delegation</translation>
    </message>
    <message>
        <source>&amp;Arrival</source>
        <translation>&amp;Anreise</translation>
    </message>
    <message>
        <source>D&amp;eparture</source>
        <translation>Abre&amp;ise</translation>
    </message>
    <message>
        <source>Dietary &amp;needs</source>
        <translation>&amp;Ernährungsbedürfnisse</translation>
    </message>
    <message>
        <source>A&amp;ccessibility needs</source>
        <translation>Bedarf an &amp;Barrierefreiheit</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>not known</source>
        <extracomment>in an empty date field: the arrival or departure is not known yet</extracomment>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>&amp;Hotel</source>
        <translation>&amp;Hotel</translation>
    </message>
    <message>
        <source>Roo&amp;m</source>
        <translation>&amp;Zimmer</translation>
    </message>
</context>
<context>
    <name>ep::ParticipationsDialog</name>
    <message numerus="yes">
        <source>Edit %Ln Participant(s)</source>
        <translation>
            <numerusform>%Ln Teilnehmende bearbeiten</numerusform>
            <numerusform>%Ln Teilnehmende bearbeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick what all of them get; what is not ticked stays as each one has it.</source>
        <translation>Kreuzen Sie an, was alle erhalten; was nicht angekreuzt ist, bleibt bei allen, wie es ist.</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation>&amp;Delegation</translation>
    </message>
    <message>
        <source>&amp;Arrival</source>
        <translation>&amp;Anreise</translation>
    </message>
    <message>
        <source>De&amp;parture</source>
        <translation>A&amp;breise</translation>
    </message>
    <message>
        <source>&amp;Hotel</source>
        <translation>&amp;Hotel</translation>
    </message>
</context>
<context>
    <name>ep::PersonDataDialog</name>
    <message>
        <source>Export Person&apos;s Data</source>
        <translation>Daten einer Person exportieren</translation>
    </message>
    <message>
        <source>PDF, for the person to read</source>
        <translation>PDF, zum Lesen für die Person</translation>
    </message>
    <message>
        <source>JSON, for a machine</source>
        <translation>JSON, für eine Maschine</translation>
    </message>
    <message>
        <source>Everything the planner holds about %1: the record with the legal basis and consent, every participation with its needs, the events organised and the items hosted. The file is readable by you alone; hand it to the person securely.</source>
        <translation>Alles, was der Planer über %1 gespeichert hat: den Datensatz mit Rechtsgrundlage und Einwilligung, jede Teilnahme mit ihrem Bedarf, die organisierten Veranstaltungen und die gestalteten Programmpunkte. Die Datei ist nur für Sie lesbar; geben Sie sie der Person auf sicherem Weg.</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
</context>
<context>
    <name>ep::PersonField</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>ep::PersonForm</name>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>F&amp;unktion</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Straße</translation>
    </message>
    <message>
        <source>Postal co&amp;de</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>L&amp;anguages spoken</source>
        <translation>Sprach&amp;kenntnisse</translation>
    </message>
    <message>
        <source>Is a contact person for partners</source>
        <translation>Ist Ansprechperson für Partnerorganisationen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events taken part in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Teilnahme an Veranstaltungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New person &quot;%1&quot;</source>
        <translation>Neue Person „%1“</translation>
    </message>
    <message>
        <source>Edit person &quot;%1&quot;</source>
        <translation>Person „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete person &quot;%1&quot;</source>
        <translation>Person „%1“ löschen</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <extracomment>a person&apos;s academic or professional title, e.g. &quot;Dr.&quot;, &quot;mgr inż.&quot;</extracomment>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>S&amp;tadt</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Con&amp;tact person</source>
        <translation>Ansp&amp;rechperson</translation>
    </message>
    <message>
        <source>&amp;GDPR consent</source>
        <translation>Einwilli&amp;gung (DSGVO)</translation>
    </message>
    <message>
        <source>Pu&amp;rpose of consent</source>
        <translation>Z&amp;weck der Einwilligung</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Noti&amp;zen</translation>
    </message>
    <message>
        <source>not given</source>
        <extracomment>in the empty date field of a GDPR consent: no consent is recorded</extracomment>
        <translation>nicht erteilt</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <extracomment>the legal basis of keeping the person&apos;s data, GDPR Art. 6(1)</extracomment>
        <translation>Rechtsgrun&amp;dlage</translation>
    </message>
    <message>
        <source>W&amp;here consent was given</source>
        <extracomment>where the consent was given: a registration form, an email of a day …</extracomment>
        <translation>&amp;Herkunft der Einwilligung</translation>
    </message>
    <message>
        <source>Consent &amp;withdrawn</source>
        <translation>Widerrufen a&amp;m</translation>
    </message>
    <message>
        <source>not withdrawn</source>
        <extracomment>in the empty date field of a consent&apos;s withdrawal</extracomment>
        <translation>nicht widerrufen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <extracomment>no legal basis of keeping the person&apos;s data is recorded</extracomment>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes to this person&apos;s data&lt;/b&gt;</source>
        <translation>&lt;b&gt;Änderungen an den Daten dieser Person&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ep::PersonListEdit</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ep::PersonPickerDialog</name>
    <message>
        <source>Choose People</source>
        <translation>Personen auswählen</translation>
    </message>
    <message>
        <source>Choose a Person</source>
        <translation>Person auswählen</translation>
    </message>
    <message>
        <source>Search by name, organisation, email, city …</source>
        <translation>Nach Name, Organisation, E-Mail, Stadt suchen …</translation>
    </message>
    <message>
        <source>&amp;New Person…</source>
        <translation>&amp;Neue Person…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) found</source>
        <translation>
            <numerusform>%Ln Person gefunden</numerusform>
            <numerusform>%Ln Personen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>ep::PrivacyActions</name>
    <message>
        <source>P&amp;rivacy</source>
        <translation>Date&amp;nschutz</translation>
    </message>
    <message>
        <source>&amp;Erase Person…</source>
        <translation>Person &amp;löschen (DSGVO)…</translation>
    </message>
    <message>
        <source>Erase the person shown everywhere, on their request, for good</source>
        <translation>Die angezeigte Person auf ihren Antrag überall und endgültig löschen</translation>
    </message>
    <message>
        <source>Not Erased</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>&lt;p&gt;This removes:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Entfernt wird:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;It cannot be undone. What stays:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das kann nicht rückgängig gemacht werden. Was bleibt:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;These backups, older than the erasure, still hold the person; they go as the rotation removes them, or delete them by hand:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Sicherungen, älter als die Löschung, enthalten die Person noch; sie verschwinden, wenn die Rotation sie entfernt, oder löschen Sie sie von Hand:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Erase Person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Erase %1 everywhere, for good?</source>
        <translation>%1 überall und endgültig löschen?</translation>
    </message>
    <message>
        <source>&amp;Erase for Good</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <source>%1 was not erased: %2. Nothing was changed.</source>
        <translation>%1 wurde nicht gelöscht: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>E&amp;xport Person&apos;s Data…</source>
        <translation>Daten einer Person e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Everything held about the person shown, for them (PDF) or a machine (JSON)</source>
        <translation>Alles, was über die angezeigte Person gespeichert ist, für sie (PDF) oder eine Maschine (JSON)</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>personenbezogene Daten</translation>
    </message>
    <message>
        <source>Export Person&apos;s Data</source>
        <translation>Daten einer Person exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Wrote the data of %1 to %2, readable by you alone.</source>
        <translation>Die Daten von %1 wurden in %2 geschrieben, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>Data &amp;Retention…</source>
        <translation>&amp;Aufbewahrung von Daten…</translation>
    </message>
    <message>
        <source>Personal data was erased or anonymised in another window or program; the undo history was cleared so that none of it comes back.</source>
        <translation>In einem anderen Fenster oder Programm wurden personenbezogene Daten gelöscht oder anonymisiert; der Rückgängig-Verlauf wurde geleert, damit nichts davon zurückkommt.</translation>
    </message>
    <message>
        <source>The retention policy was applied; the undo history was cleared.</source>
        <translation>Die Aufbewahrungsregeln wurden angewandt; der Rückgängig-Verlauf wurde geleert.</translation>
    </message>
</context>
<context>
    <name>ep::RecipientChooser</name>
    <message>
        <source>Participants &amp;with:</source>
        <translation>Teilnehmende &amp;mit:</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected participants (%n)</source>
        <translation>
            <numerusform>Die &amp;ausgewählte teilnehmende Person (%n)</numerusform>
            <numerusform>Die &amp;ausgewählten Teilnehmenden (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Delegation:</translation>
    </message>
    <message>
        <source>Nothing ticked in a list: every value.</source>
        <translation>Nichts angekreuzt in einer Liste: jeder Wert.</translation>
    </message>
</context>
<context>
    <name>ep::RecordForm</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ep::RetentionDialog</name>
    <message>
        <source>&amp;Save Policy</source>
        <translation>Regeln &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Anwenden…</translation>
    </message>
    <message>
        <source>Data Retention</source>
        <translation>Aufbewahrung von Daten</translation>
    </message>
    <message>
        <source>Retention policy of this database</source>
        <translation>Aufbewahrungsregeln dieser Datenbank</translation>
    </message>
    <message>
        <source> months</source>
        <extracomment>the unit after a number of months in a spin box</extracomment>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letzte Veranstaltung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due today&lt;/b&gt;</source>
        <translation>&lt;b&gt;Heute fällig&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Policy Not Saved</source>
        <translation>Regeln nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln person(s)</source>
        <translation>
            <numerusform>%1: %Ln Person</numerusform>
            <numerusform>%1: %Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every rule is off: nothing is due.</source>
        <translation>Alle Regeln sind ausgeschaltet: Nichts ist fällig.</translation>
    </message>
    <message>
        <source>Apply the Retention Policy</source>
        <translation>Aufbewahrungsregeln anwenden</translation>
    </message>
    <message>
        <source>Anonymise the data due today, as the policy says?</source>
        <translation>Die heute fälligen Daten nach den Regeln anonymisieren?</translation>
    </message>
    <message>
        <source>%1. This cannot be undone; names, organisations, cities and countries stay, and the privacy log records when, which rule and how many people, not whose data.</source>
        <translation>%1. Das kann nicht rückgängig gemacht werden; Namen, Organisationen, Städte und Länder bleiben, und das Datenschutzprotokoll hält fest, wann, nach welcher Regel und für wie viele Personen, nicht wessen Daten.</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonymisieren</translation>
    </message>
    <message>
        <source>Not Applied</source>
        <translation>Nicht angewandt</translation>
    </message>
    <message>
        <source>The retention policy was not applied: %1. Nothing was changed.</source>
        <translation>Die Aufbewahrungsregeln wurden nicht angewandt: %1. Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%1: anonymised for %Ln person(s).</source>
        <translation>
            <numerusform>%1: für %Ln Person anonymisiert.</numerusform>
            <numerusform>%1: für %Ln Personen anonymisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention Policy Applied</source>
        <translation>Aufbewahrungsregeln angewandt</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>Zur Löschung fällig</translation>
    </message>
</context>
<context>
    <name>ep::ServerStatus</name>
    <message>
        <source>You may only read this team database: your database role %1 may not change it on %2. Saving, deleting and importing are switched off; ask the database&apos;s administrator for an editor&apos;s role.</source>
        <translation>Sie dürfen diese Team-Datenbank nur lesen: Ihre Datenbankrolle %1 darf sie auf %2 nicht ändern. Speichern, Löschen und Importieren sind abgeschaltet; bitten Sie die Administration der Datenbank um eine Rolle mit Schreibrechten.</translation>
    </message>
    <message>
        <source>The connection to the team database %1 is lost. Your input is kept; the planner connects again every few seconds, and then saves what you asked it to save.</source>
        <translation>Die Verbindung zur Team-Datenbank %1 ist unterbrochen. Ihre Eingaben bleiben erhalten; der Planer verbindet sich alle paar Sekunden neu und speichert dann, was Sie speichern wollten.</translation>
    </message>
</context>
<context>
    <name>ep::SiteForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Straße</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>S&amp;tadt</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>&amp;Breitengrad</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>&amp;Längengrad</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>B&amp;eschreibung</translation>
    </message>
    <message>
        <source>&amp;Host organisation</source>
        <translation>&amp;Gastgeberorganisation</translation>
    </message>
    <message>
        <source>On-site &amp;contact</source>
        <translation>Ansp&amp;rechperson vor Ort</translation>
    </message>
    <message>
        <source>&amp;Accessibility</source>
        <translation>Barriere&amp;freiheit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visits&lt;/b&gt;</source>
        <translation>&lt;b&gt;Besuche&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New site &quot;%1&quot;</source>
        <translation>Neuer Ort „%1“</translation>
    </message>
    <message>
        <source>Edit site &quot;%1&quot;</source>
        <translation>Ort „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete site &quot;%1&quot;</source>
        <translation>Ort „%1“ löschen</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>Coun&amp;try</source>
        <translation>Lan&amp;d</translation>
    </message>
    <message>
        <source>Show on &amp;Map</source>
        <translation>Auf der &amp;Karte zeigen</translation>
    </message>
    <message>
        <source>Opens OpenStreetMap in the browser at these coordinates</source>
        <translation>Öffnet OpenStreetMap im Browser an diesen Koordinaten</translation>
    </message>
    <message>
        <source>Open on &amp;weekdays</source>
        <translation>Geöffnet an &amp;Wochentagen</translation>
    </message>
</context>
<context>
    <name>ep::StatisticsPage</name>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>No events of this kind in the period.</source>
        <translation>Keine Veranstaltungen dieser Art im Zeitraum.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>Export Figures as CSV</source>
        <translation>Zahlen als CSV exportieren</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Vo&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>the first event</source>
        <translation>erste Veranstaltung</translation>
    </message>
    <message>
        <source>the last event</source>
        <translation>letzte Veranstaltung</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>&amp;PNG exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>&amp;SVG exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Rep&amp;ort PDF…</source>
        <translation>Be&amp;richt als PDF …</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>Zahlen: %1</translation>
    </message>
</context>
<context>
    <name>ep::TableEditor</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>ep::TeamDatabaseDialog</name>
    <message>
        <source>Never encrypt</source>
        <translation>Nie verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypt only if the server insists</source>
        <translation>Nur verschlüsseln, wenn der Server es verlangt</translation>
    </message>
    <message>
        <source>Encrypt if the server can (default)</source>
        <translation>Verschlüsseln, wenn der Server es kann (Standard)</translation>
    </message>
    <message>
        <source>Always encrypt, do not check the certificate</source>
        <translation>Immer verschlüsseln, Zertifikat nicht prüfen</translation>
    </message>
    <message>
        <source>Always encrypt, certificate from a trusted authority</source>
        <translation>Immer verschlüsseln, Zertifikat einer vertrauenswürdigen Stelle</translation>
    </message>
    <message>
        <source>Always encrypt, certificate names this server</source>
        <translation>Immer verschlüsseln, Zertifikat nennt diesen Server</translation>
    </message>
    <message>
        <source>A team database&apos;s address begins with postgresql://</source>
        <translation>Die Adresse einer Team-Datenbank beginnt mit postgresql://</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>Mit Team-Datenbank verbinden</translation>
    </message>
    <message>
        <source>&amp;Recent connections:</source>
        <translation>&amp;Letzte Verbindungen:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>e.g. db.example.org; empty: this computer</source>
        <translation>z. B. db.example.org; leer: dieser Computer</translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation>leer: Ihr Anmeldename</translation>
    </message>
    <message>
        <source>The address holds every connection parameter PostgreSQL knows (for example sslrootcert or connect_timeout): add them to it. A password is asked for when the server wants one and is never stored.</source>
        <translation>Die Adresse nimmt jeden Verbindungsparameter auf, den PostgreSQL kennt (zum Beispiel sslrootcert oder connect_timeout): Fügen Sie ihn dort hinzu. Ein Passwort wird abgefragt, wenn der Server eines verlangt, und nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>ep::TopicForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>New topic &quot;%1&quot;</source>
        <translation>Neues Thema „%1“</translation>
    </message>
    <message>
        <source>Edit topic &quot;%1&quot;</source>
        <translation>Thema „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete topic &quot;%1&quot;</source>
        <translation>Thema „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>ep::WalkInDialog</name>
    <message>
        <source>Add Walk-in</source>
        <translation>Nicht angemeldete Person hinzufügen</translation>
    </message>
    <message>
        <source>Someone who signed a blank row of the sheet of %1.</source>
        <translation>Eine Person, die in einer Leerzeile der Liste (%1) unterschrieben hat.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>The last name is missing: write it as the sheet gives it.</source>
        <translation>Der Nachname fehlt: Tragen Sie ihn so ein, wie er auf der Liste steht.</translation>
    </message>
</context>
<context>
    <name>ep::WelcomeDialog</name>
    <message>
        <source>Welcome to Exchange Planner</source>
        <translation>Willkommen bei Exchange Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Exchange Planner&lt;/h3&gt;&lt;p&gt;Exchange Planner keeps your study visits, webinars and workshops with their agendas, participants, sites and contact people in one database on this computer:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Would you like to start with the &lt;b&gt;demo programme&lt;/b&gt; — the partnership of the Ruhr region (RVR) and the GZM metropolis with four events of 2019 and 2020 — to look around, or with an &lt;b&gt;empty database&lt;/b&gt; for your own work?&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Willkommen bei Exchange Planner&lt;/h3&gt;&lt;p&gt;Exchange Planner verwaltet Ihre Studienreisen, Webinare und Workshops mit ihren Programmen, Teilnehmenden, Orten und Ansprechpersonen in einer Datenbank auf diesem Computer:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Möchten Sie sich zunächst mit dem &lt;b&gt;Demoprogramm&lt;/b&gt; umsehen – der Partnerschaft der Metropole Ruhr (RVR) und der Metropole GZM mit vier Veranstaltungen aus den Jahren 2019 und 2020 – oder mit einer &lt;b&gt;leeren Datenbank&lt;/b&gt; für Ihre eigene Arbeit beginnen?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start with the &amp;Demo Programme</source>
        <translation>Mit dem &amp;Demoprogramm beginnen</translation>
    </message>
    <message>
        <source>Start &amp;Empty</source>
        <translation>Mit &amp;leerer Datenbank beginnen</translation>
    </message>
</context>
<context>
    <name>ep::WriteEmailDialog</name>
    <message>
        <source>Write Email</source>
        <translation>E-Mail schreiben</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n Adresse</numerusform>
            <numerusform>%n Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n messages: the mail program takes only so many at once.</source>
        <translation>
            <numerusform>in %n Nachricht: Das E-Mail-Programm nimmt nur so viele auf einmal an.</numerusform>
            <numerusform>in %n Nachrichten: Das E-Mail-Programm nimmt nur so viele auf einmal an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an email address: %1.</source>
        <translation>Ohne E-Mail-Adresse: %1.</translation>
    </message>
    <message>
        <source>&amp;Open Message 1 of %1</source>
        <translation>Nachricht 1 von %1 ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Open in Mail Program</source>
        <translation>Im E-Mail-Programm ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Open Message %1 of %2</source>
        <translation>Nachricht %1 von %2 ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>ep::WriteMessagesDialog</name>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Write Messages</source>
        <translation>Nachrichten schreiben</translation>
    </message>
    <message>
        <source>&amp;Edit Templates…</source>
        <translation>Vorlagen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Into f&amp;older:</source>
        <translation>&amp;Zielordner:</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an email address: %1.</source>
        <translation>Ohne E-Mail-Adresse: %1.</translation>
    </message>
    <message>
        <source>Nobody chosen has an email address.</source>
        <translation>Keine der gewählten Personen hat eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;</source>
        <translation>An: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Anhang: %1</translation>
    </message>
    <message>
        <source>Choose an Empty Folder for the Messages</source>
        <translation>Leeren Ordner für die Nachrichten auswählen</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n draft(s) into %1. Open them in the mail program, check them and send them.</source>
        <translation>
            <numerusform>%n Entwurf in %1 geschrieben. Öffnen Sie ihn im E-Mail-Programm, prüfen Sie ihn und senden Sie ihn ab.</numerusform>
            <numerusform>%n Entwürfe in %1 geschrieben. Öffnen Sie sie im E-Mail-Programm, prüfen Sie sie und senden Sie sie ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wr&amp;ite Drafts</source>
        <translation>&amp;Entwürfe schreiben</translation>
    </message>
</context>
</TS>
