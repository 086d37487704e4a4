<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Exchange Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Exchange Planner %1&lt;/h3&gt;&lt;p&gt;Plans study visits, webinars and workshops between partner regions: programmes, participants, visited sites and contact people, in German, Polish and English.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later. &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaDocument</name>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme has no items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <extracomment>the organisation hosting the event</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpretation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting point: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>Title missing in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts and speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <extracomment>column heading, short: the languages an item&apos;s title or meeting point still lacks, e.g. &quot;PL EN&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting point missing in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>column heading: the part of the delegation a parallel item is for</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceTable</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceTableDocument</name>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n attended</numerusform>
            <numerusform>%n attended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s)</source>
        <translation>
            <numerusform>%n no-show</numerusform>
            <numerusform>%n no-shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s)</source>
        <translation>
            <numerusform>%n walk-in</numerusform>
            <numerusform>%n walk-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ signed · – on the sheet, not signed · empty: not on that sheet, or the sheet not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed sign-in sheet has been entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The automatic backup of %1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeDocument</name>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDocument</name>
    <message>
        <source>Certificates of attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificates: nobody attended the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confirms this certificate on request by its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took part in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s)</source>
        <translation>
            <numerusform>%1 of %n day</numerusform>
            <numerusform>%1 of %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateStatement</name>
    <message>
        <source>&quot;%1&quot; is no certificate number: they read like 2019-001-0019-4, and the last digit checks the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate %1 was issued here: nobody of that number attended that event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1: %2 (%3) attended &quot;%4&quot;, %5 to %6.
Days: %7 (%8 of %9).
Places visited: %10.
Programme attended: %11 hours.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue: city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue: address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>the status of an event (planned, confirmed, held, cancelled)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts and speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of GDPR consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory&apos;s function</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1. Run &quot;exchange-planner --help&quot; for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are: %2. Run &quot;exchange-planner --help&quot; for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a command that uses it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to the command &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; takes no argument &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database needs the path of a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use de, pl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;import participants EVENT FILE.csv&quot; or &quot;import contacts FILE.csv&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to import is missing. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments are missing. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments: &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;: use &quot;,&quot;, &quot;;&quot; or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use utf-8, windows-1250 or windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot; for --%2: use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export is missing. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is missing. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output FILE is missing: where should the %1 go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 applies to &quot;export %2&quot; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--blank-rows needs a number from 0 to 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output FILE is missing: where should the copy go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database holding the demo programme
(refused if the database already holds data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the events: id, kind, title, start, end, status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda EVENT --output FILE.pdf|FILE.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s programme as a PDF to hand out, or as a
calendar file (iCalendar) with one entry per item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants EVENT --output FILE.pdf|FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant list; with --sign-in-sheet the sheets
participants sign, one per day (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts --output FILE.csv|FILE.vcf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact people, for a spreadsheet or an address book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE (a new
file), also while the program has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants EVENT FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the participants of the event EVENT (its id, as
&quot;events&quot; lists it) from a spreadsheet saved as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contact people from a spreadsheet saved as CSV.
An import is all or nothing: a file with an invalid row
imports nothing and lists every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: exchange-planner [--database PATH] [COMMAND] [OPTIONS]

Plans study visits, webinars and workshops between partner regions.
Without a command, opens the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 wrong usage, 2 bad input, 3 database problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <extracomment>the value of an option in the help, as the user replaces it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the file to write; its ending picks the format.
backup: the copy to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <extracomment>the value of --second-language: a language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export agenda: a bilingual agenda, the two languages
side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export participants: the sign-in sheets instead of the
list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S[,S…]</source>
        <extracomment>the value of --status: statuses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export participants: only these statuses (%1).</source>
        <extracomment>%1: the statuses, wrapped into the column by the program</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R[,R…]</source>
        <extracomment>the value of --role: roles</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export participants: only these roles (%1).</source>
        <extracomment>%1: the roles, wrapped into the column by the program</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C[,C…]</source>
        <extracomment>the value of --columns: columns</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>the value of --blank-rows: a number
----------
the value of --layout: 8 or 4</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in sheet: empty rows for walk-ins (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in sheet: one per site visit instead of per day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in sheet: headings in German, Polish and English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export …csv: start with a byte order mark; with
--delimiter &quot;;&quot; what German and Polish Excel open
directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: check the file and report, write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <extracomment>the value of --delimiter: a delimiter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import, export: the cell delimiter: &quot;,&quot;, &quot;;&quot; or tab
(import default: detected; export default: &quot;,&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <extracomment>the value of --encoding: an encoding</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: utf-8, windows-1250 or windows-1252
(default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command is missing. Run &quot;exchange-planner --help&quot; for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export %1 EVENT&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;export %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1, each with --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export participants, PDF and CSV: the columns, of %1.</source>
        <extracomment>%1: the columns&apos; keys, wrapped into the column by the program</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: replace the stored values of people found in
the database where the file has other ones, and the
values of those taking part already (role, status …)
with the file&apos;s; without it only empty fields are
filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from PATH --to PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a whole database into an empty one: a file to a
team database, or a team database to a file. Ids,
versions and calendar UIDs stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from PATH is missing: which database should be copied?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to PATH is missing: where should the copy go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file, or a team database on a PostgreSQL
server as postgresql://user@host:port/database?…
(libpq&apos;s form). Default:
%1</source>
        <extracomment>%1: the default database file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map needs COLUMN=FIELD, FIELD one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMN=FIELD</source>
        <extracomment>the value of --map: a column of the file and a field of the planner</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: take the column named COLUMN as FIELD
(first_name, status …), whatever its name suggests;
may be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMN</source>
        <extracomment>the value of --ignore-column: a column of the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: leave the column named COLUMN out, e.g. one
whose values the planner does not understand; may be
given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export participants: organisations by their short
names (&quot;EG&quot;); without it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window: quit as soon as it is painted
(to time the start-up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the database file back to what BACKUP holds,
after checking it. The database as it was is kept as
NAME.before-restore-DATE.sqlite beside it. Refused
while another window or program has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from BACKUP is missing: which backup should be restored?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase PERSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the person whose id or email is PERSON, on their
request: the record, every participation and role, and
what the file keeps of deleted rows. Says what stays
and which backups still hold the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with the person is missing. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do &quot;%1&quot; with a person. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export PERSON --output FILE.json|FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about the person whose id or email is
PERSON: for a machine (JSON) or for the person to read
(PDF, in --language). Readable by its owner only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;person export PERSON --output FILE.json|FILE.pdf&quot; or &quot;person erase PERSON&quot;, PERSON an id or an email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output FILE is missing: where should the person&apos;s data go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a person&apos;s data is written as .json or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output applies to &quot;person export&quot; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what the retention policy makes due: the people
whose contact details or needs are kept longer than
it allows; with --apply, anonymise them in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention: anonymise what is due, instead of listing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the people with their legal basis and
consent: id, name, organisation, email, legal
basis, consent&apos;s date, purpose and source, its
withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people: only those with no legal basis recorded
(no_legal_basis) or whose consent was withdrawn
(consent_withdrawn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events, people, export: the language of the titles
and of a document&apos;s labels: de, pl or en (default:
%1, from the system&apos;s language).</source>
        <extracomment>%1: de, pl or en</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVENT --first-day DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make next time&apos;s event from EVENT: its agenda moved to
start on DATE, organisers, hosts, topics and funding
as they are, without participants unless
--with-participants (then as invited). Prints the new
event&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event to duplicate is missing: use &quot;duplicate EVENT --first-day DATE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments: &quot;%1&quot;. Use &quot;duplicate EVENT --first-day DATE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--first-day DATE is missing: when does the new event start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no date: write it as YYYY-MM-DD, e.g. 2027-05-17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <extracomment>the value of --first-day: a date
----------
the value of --day: a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate: the new event&apos;s first day, YYYY-MM-DD; the
agenda moves with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate: take the participants along, as invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list is missing: which list of &quot;export %1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown list &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <extracomment>the value of --list: which list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export logistics: rooming (the hotel&apos;s), transport
(a passenger list per trip) or catering (numbers per
meal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logistics EVENT --list rooming|transport|catering
--output FILE.pdf|FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hotel&apos;s rooming list, the coach company&apos;s
passenger list per trip or the caterer&apos;s numbers per
meal with dietary needs counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layout takes 8 or 4 (badges to a sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--blank needs a number from 0 to 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export badges: 8 to a sheet (about A7, default) or 4
(about A6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export badges: badges without a name for walk-ins
(default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export badges: last names in capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badges EVENT --output FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges to cut from A4 sheets for everyone who comes,
8 or 4 to a sheet (--layout), blank ones for walk-ins
(--blank N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export agenda: each site&apos;s coordinates under its
address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[EVENT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the clashes the calendar flags, of every event or
of EVENT: overlapping items, a person in two places at
once, capacity exceeded, too little travel time between
site visits, a site closed that day, a public holiday
in Germany or Poland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments: &quot;%1&quot;. Use &quot;conflicts [EVENT]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages EVENT --template NAME --output DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personalised email draft (.eml) per participant,
in the language each reads, with the agenda attached
as a calendar; Thunderbird and Outlook open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;export messages EVENT --template NAME --output DIR&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--template is missing: invitation, confirmation or practical?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output DIR is missing: which folder should the messages go into?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to &quot;export messages&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;; &quot;exchange-planner events&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant of event %1 with the status %2 has an email address; no message was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n message(s) into %1.</source>
        <translation>
            <numerusform>Wrote %n message into %1.</numerusform>
            <numerusform>Wrote %n messages into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No email address, so no message: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;: use invitation, confirmation or practical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--purpose takes employer or visa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <extracomment>the value of --template: which message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export messages: invitation (to those invited),
confirmation (registered or confirmed) or practical
(everyone who comes); --status and --role choose
others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <extracomment>the value of --purpose: employer or visa</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export letters: employer (for the travel approval,
default) or visa (for the consulate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters EVENT --output FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation letter per participant on the host
organisation&apos;s letterhead, in the language each
reads: for the employer&apos;s approval of the journey,
or with --purpose visa for the consulate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--from DATE] [--to DATE] [--by GROUP]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership in figures: events, participations,
people, attended, not shown and the attendance rate
per year, kind, country, organisation or topic; visits
and events per site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy: the empty database to copy into, a new file or an
empty team database; stats: the last day counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <extracomment>the value of --by: what the figures are grouped by</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats: year (default), kind, country, organisation,
topic or site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;stats&quot; takes no argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 of &quot;stats&quot; takes a date, YYYY-MM-DD: &quot;%2&quot; is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes year, kind, country, organisation, topic or site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events, people, conflicts, stats: table (default), csv
or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is missing: use &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments: &quot;%1&quot;. Use &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--day DATE is missing: which day&apos;s sheet was signed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --present ROWS or --from FILE.csv: use &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s number is missing: use &quot;certificate NUMBER&quot;, e.g. &quot;certificate 2019-001-0019-4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments: &quot;%1&quot;. Use &quot;certificate NUMBER&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence EVENT --output FILE.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence pack a funder&apos;s audit asks for: summary,
agendas, sign-in sheets, attendance, counts and
participant list in one ZIP archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVENT --day DATE --present ROWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who signed the day&apos;s sign-in sheet (or with
--visit HH:MM a site visit&apos;s), by the rows&apos; numbers as
printed: 1,2,5-9. Statuses follow: attended, or not
shown. The sheet&apos;s earlier entry is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVENT --day DATE --from FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same from the sheet typed into a spreadsheet:
columns No. and Present; blank rows with First name,
Last name (and Email) add the walk-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the certificate of attendance NUMBER states (who,
which event, the days, places and hours), to confirm
it on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;export evidence EVENT --output FILE.zip&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output FILE.zip is missing: where should the evidence pack go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the evidence pack is a ZIP archive; name a file ending .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to &quot;export evidence&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 holding %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy: the database to copy, a file or a team database;
restore: the backup to restore; stats: the first day
counted, YYYY-MM-DD; attendance: the signed sheet typed
into a CSV file (columns No., Present, and the names of
walk-ins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export certificates: a PDF per person into the folder
--output names (new or empty), not one PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance: the day of the signed sheet, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROWS</source>
        <extracomment>the value of --present: row numbers such as 1,2,5-9</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance: the rows that signed, numbered as printed,
e.g. 1,2,5-9; everyone else on the sheet was absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <extracomment>the value of --visit: a time of day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance: the sheet of the site visit that starts at
this time on --day, not the day&apos;s sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates EVENT --output FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate of attendance per attendee on the host&apos;s
letterhead: days, places visited, hours, its number;
with --split a folder of one PDF per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOOK</source>
        <extracomment>the value of --appearance: how the window looks</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window: system, light, dark or high-contrast
colours for this run (default: as chosen in
View › Appearance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown appearance &quot;%1&quot;: use system, light, dark or high-contrast.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>%1 already holds data; the demo programme is only written into a new or empty database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo programme is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Create one by starting the program, or with &quot;exchange-planner demo --database %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>column headings of the events list: its status is planned, confirmed, held or cancelled
----------
column headings of the people&apos;s legal basis and consent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the demo programme with %n event(s) to %1.</source>
        <translation>
            <numerusform>Wrote the demo programme with %n event to %1.</numerusform>
            <numerusform>Wrote the demo programme with %n events to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event id; &quot;exchange-planner events&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: column &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid row(s); nothing was imported.</source>
        <translation>
            <numerusform>%n invalid row; nothing was imported.</numerusform>
            <numerusform>%n invalid rows; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) created</source>
        <translation>
            <numerusform>%n person created</numerusform>
            <numerusform>%n people created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched</source>
        <translation>
            <numerusform>%n matched</numerusform>
            <numerusform>%n matched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already taking part)</source>
        <translation>
            <numerusform>%n skipped (already taking part)</numerusform>
            <numerusform>%n skipped (already taking part)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) created</source>
        <translation>
            <numerusform>%n organisation created</numerusform>
            <numerusform>%n organisations created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored value(s) kept where the file differs</source>
        <translation>
            <numerusform>%n stored value kept where the file differs</numerusform>
            <numerusform>%n stored values kept where the file differs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run of %n row(s), nothing written: %1.</source>
        <translation>
            <numerusform>Dry run of %n row, nothing written: %1.</numerusform>
            <numerusform>Dry run of %n rows, nothing written: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s): %1.</source>
        <translation>
            <numerusform>Imported %n row: %1.</numerusform>
            <numerusform>Imported %n rows: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written. Choose a new name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy %1 cannot be written: the folder %2 does not exist or is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a copy of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database itself (%2); a backup cannot be written over it. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participation(s) updated</source>
        <translation>
            <numerusform>%n participation updated</numerusform>
            <numerusform>%n participations updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participation(s) left as stored where the file differs (--update replaces them)</source>
        <translation>
            <numerusform>%n participation left as stored where the file differs (--update replaces it)</numerusform>
            <numerusform>%n participations left as stored where the file differs (--update replaces them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored value(s) replaced</source>
        <translation>
            <numerusform>%n stored value replaced</numerusform>
            <numerusform>%n stored values replaced</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the database copied from; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3; the counts agree (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database is restored on its server by its administrator. To bring a backup file onto a new, empty team database, use &quot;copy --from BACKUP --to URL&quot;. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from the backup %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with the id or email %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not erased: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased %1 (id %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet cleaned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These backups, older than the erasure, still hold the person; they go as the rotation removes them, or delete them by hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the data of %1 (id %2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule of the retention policy is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention policy was not applied: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: anonymised for %2 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;; &quot;exchange-planner events&quot; lists them. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event was not duplicated: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;; &quot;exchange-planner events&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed beyond the event&apos;s %1 places put on the waiting list</source>
        <translation>
            <numerusform>%n confirmed beyond the event&apos;s %1 places put on the waiting list</numerusform>
            <numerusform>%n confirmed beyond the event&apos;s %1 places put on the waiting list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved up from the waiting list</source>
        <translation>
            <numerusform>%n moved up from the waiting list</numerusform>
            <numerusform>%n moved up from the waiting list</numerusform>
        </translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--present takes row numbers such as 1,2,5-9: &quot;%1&quot; is none. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event runs from %1 to %2; %3 is none of its days. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site visit on %1: leave --visit out for the day&apos;s sheet. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site visit starts at &quot;%1&quot; on %2; the visits start at %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a blank row of the sheet (rows 1 to %2 name participants): a walk-in needs their name, given in a file with --from or in the window. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance was not entered: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 present, %n walk-in(s) added.</source>
        <translation>
            <numerusform>%1: %2 of %3 present, %n walk-in added.</numerusform>
            <numerusform>%1: %2 of %3 present, %n walk-ins added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n status(es) changed.</source>
        <translation>
            <numerusform>%n status changed.</numerusform>
            <numerusform>%n statuses changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificates: nobody attended the event. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n certificate(s) into %1.</source>
        <translation>
            <numerusform>Wrote %n certificate into %1.</numerusform>
            <numerusform>Wrote %n certificates into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>%1 %2 takes part in &quot;%3&quot; and &quot;%4&quot; at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 hosts &quot;%3&quot; (%4) and &quot;%5&quot; (%6) at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people come to an event with %1 places.</source>
        <translation>
            <numerusform>%n person comes to an event with %1 places.</numerusform>
            <numerusform>%n people come to an event with %1 places.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2: %3 km as the crow flies need at least %4 min at %5 km/h; %6 min are planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not open on %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a public holiday in %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlapping items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In two places at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little travel time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) and &quot;%3&quot; (%4) overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) and &quot;%3&quot; (%4) overlap for group %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Exchange Planner database: it is not a database file at all. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Exchange Planner database (%2). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Exchange Planner. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Exchange Planner (database version %2; this version reads up to %3). Please install the newer version. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup copy %1 before upgrading %2: %3. The database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 from database version %2 failed: %3. The database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upgraded database breaks a reference between records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the open database itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tables %1 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns %1 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged or was edited by hand: %2. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged or was edited by hand: the table %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged or was edited by hand: the column %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2. It may be damaged or have been edited by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a team database address libpq reads: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 asks for a password, and none was given. Put it in ~/.pgpass, in the environment variable PGPASSWORD or in a service file (pg_service.conf); the command line never asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 refused the user or the password (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 is empty, and your database role may not create its tables (%2). Ask its administrator to create them, or for the right to create tables in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty database, not one of Exchange Planner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the tables %1 refer to each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 to %2 failed: %3. Nothing was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds data; a copy goes into an empty database only. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 has %2 rows in the copy, %3 in the original</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Planner databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File › Open Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Planner databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Backed Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old file cannot be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy cannot be renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the open database itself; a backup cannot replace it. Choose another name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoProgramme</name>
    <message>
        <source>%1 refers to &quot;%2&quot;, which the programme does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo programme cannot be written: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo programme cannot be read: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo programme cannot be read: it is not in the demo programme format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo programme cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasedTraces</name>
    <message>
        <source>The search index could not be rewritten (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window or program is reading the database: the earlier copies of its pages in the write-ahead log (the file ending in -wal) are removed when it closes the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps the old versions of the deleted rows until its next VACUUM, which your database role may not run (%1); ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceCounts</name>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <source>This summary: the event, its funding programme and project number, the counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sign-in sheets as printed: a sheet per day, %n blank row(s) for walk-ins</source>
        <translation>
            <numerusform>The sign-in sheets as printed: a sheet per day, %n blank row for walk-ins</numerusform>
            <numerusform>The sign-in sheets as printed: a sheet per day, %n blank rows for walk-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance from the signed sheets: who signed each day&apos;s and site visit&apos;s sheet, days and hours attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as a spreadsheet: 1 signed, 0 not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants, attended and no-show by country, organisation and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant list: everyone with their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant list as a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: no temporary folder for its files (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: its %2 could not be made (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: its %2 could not be read back (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates of attendance issued: a page per attendee in the language they read, with its number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceSummaryDocument</name>
    <message>
        <source>Evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpretation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants on the sign-in sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sign-in sheets entered for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of this archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1 with Exchange Planner %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>%1: cannot tell from its ending what to write; %2 are written as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;; &quot;exchange-planner events&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPaths</name>
    <message>
        <source>CSV for Excel, with semicolons (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, comma-separated (RFC 4180) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard address book (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>a person&apos;s academic or professional title, e.g. &quot;Dr.&quot;, &quot;mgr inż.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (first and last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>the status of a participant (invited, registered, confirmed …)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileWriting</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; the files go into a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDocument</name>
    <message>
        <source>Invitation letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to invite: no participant matches the choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the consular section responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of invitation for a visa application: %1, &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation of %1 to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We would like to invite %1 of your organisation to take part in &quot;%2&quot; (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We would like to invite %1 to take part in &quot;%2&quot; (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We kindly ask you to release %1 for the time of the online event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We kindly ask you to release %1 for these days and to approve the journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours faithfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We hereby confirm that we invite %1 to take part in &quot;%2&quot; in %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose of the stay is the professional exchange between partner regions. The stay is planned from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accommodation is booked at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We kindly ask you to issue %1 a visa for this stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is funded by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is part of the project %1, funded by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please do not hesitate to contact us with any questions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>column heading: where an event takes place, a city or an online platform</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>column heading: the status of an event (planned, confirmed, held, cancelled)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <extracomment>column heading: the organisation hosting a site</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Logistics</name>
    <message>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogisticsDocument</name>
    <message>
        <source>Rooming list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passenger lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catering numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 nights in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hotel entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda has no travel items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passengers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting point: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegation is named as this group: everyone there that day is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegation is named as this group: everyone there that day is counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDrafts</name>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title, first and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event&apos;s first and last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue address or online link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting point and time of the first item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the participant&apos;s hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the participant&apos;s arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the participant&apos;s departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first organiser&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a message template: its kind (its language)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is no placeholder the planner knows.</source>
        <translation>
            <numerusform>%1: %2 is no placeholder the planner knows.</numerusform>
            <numerusform>%1: %2 are no placeholders the planner knows.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it. Nothing was saved. The templates you did not change now show what was saved meanwhile; save again to replace the other&apos;s text of %1 with yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantListDocument</name>
    <message>
        <source>Participant list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonChanges</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation in %1 changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from an event&apos;s participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDataDocument</name>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the exchange planner of the office holds about you, as of %1 (UTC), from %2, exported by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have taken part in no event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking part: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host or speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To have this data corrected or erased, or to withdraw your consent, please contact the office that sent you this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When, by whom</source>
        <extracomment>column headings of who changed a person&apos;s data: when and by whom, what</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (site visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as a walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed the sign-in sheets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonErasure</name>
    <message>
        <source>%1 people have the email %2; name the person by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of %1, with every contact detail, note and the consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participation(s), with dietary and accessibility needs, arrival and departure.</source>
        <translation>
            <numerusform>%n participation, with dietary and accessibility needs, arrival and departure.</numerusform>
            <numerusform>%n participations, with dietary and accessibility needs, arrival and departure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) as an event&apos;s organiser.</source>
        <translation>
            <numerusform>%n role as an event&apos;s organiser.</numerusform>
            <numerusform>%n roles as an event&apos;s organiser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) as host or speaker of an agenda item.</source>
        <translation>
            <numerusform>%n role as host or speaker of an agenda item.</numerusform>
            <numerusform>%n roles as host or speaker of an agenda item.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) lose their contact on site.</source>
        <translation>
            <numerusform>%n site loses its contact on site.</numerusform>
            <numerusform>%n sites lose their contact on site.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each event keeps the number of its participants whose data was erased, without names, for the statistics; the privacy log keeps that a person was erased, when and by whom, but not whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the planner: sign-in sheets signed on paper and documents already handed out or sent (agendas, participant lists, emails) are the office&apos;s records; deal with them as its rules for records say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts that mention the person by name (an event&apos;s description, notes) are not changed: search for the name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>&quot;%1&quot; could not be undone or redone: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalImpact</name>
    <message numerus="yes">
        <source>%n agenda item(s) will be deleted with it.</source>
        <translation>
            <numerusform>%n agenda item will be deleted with it.</numerusform>
            <numerusform>%n agenda items will be deleted with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participation(s) will be deleted with it.</source>
        <translation>
            <numerusform>%n participation will be deleted with it.</numerusform>
            <numerusform>%n participations will be deleted with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) will lose this organiser.</source>
        <translation>
            <numerusform>%n event will lose this organiser.</numerusform>
            <numerusform>%n events will lose this organiser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s) will lose this host or speaker.</source>
        <translation>
            <numerusform>%n agenda item will lose this host or speaker.</numerusform>
            <numerusform>%n agenda items will lose this host or speaker.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will no longer belong to an organisation.</source>
        <translation>
            <numerusform>%n person will no longer belong to an organisation.</numerusform>
            <numerusform>%n people will no longer belong to an organisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) will lose this reference.</source>
        <translation>
            <numerusform>%n event will lose this reference.</numerusform>
            <numerusform>%n events will lose this reference.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) will lose this reference.</source>
        <translation>
            <numerusform>%n site will lose this reference.</numerusform>
            <numerusform>%n sites will lose this reference.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s) will no longer name this site.</source>
        <translation>
            <numerusform>%n agenda item will no longer name this site.</numerusform>
            <numerusform>%n agenda items will no longer name this site.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>%1 is the database itself, not a backup of it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged (SQLite&apos;s integrity check: %2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Exchange Planner database; a backup is restored over one only. Name a new file to restore into. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another window or program. Close it there, then restore again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it is cannot be kept as %1 (%2), so it was not replaced. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be restored from %2: %3. The database was left as it was; a copy of it is %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Contact details of participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary and accessibility needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Email, phone, street, postal code and notes of a participant who is no contact person, with the needs, arrival and departure of their participations, %n month(s) after their last event. Name, organisation, city and country stay for the statistics.</source>
        <translation>
            <numerusform>Email, phone, street, postal code and notes of a participant who is no contact person, with the needs, arrival and departure of their participations, %n month after their last event. Name, organisation, city and country stay for the statistics.</numerusform>
            <numerusform>Email, phone, street, postal code and notes of a participant who is no contact person, with the needs, arrival and departure of their participations, %n months after their last event. Name, organisation, city and country stay for the statistics.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dietary and accessibility needs (health data) of a participation, %n month(s) after its event.</source>
        <translation>
            <numerusform>Dietary and accessibility needs (health data) of a participation, %n month after its event.</numerusform>
            <numerusform>Dietary and accessibility needs (health data) of a participation, %n months after its event.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the period must be one month or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>not a connection address that libpq reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 holds a &quot;;&quot;, which Qt&apos;s driver cannot pass on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInSheetDocument</name>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of the host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedSheetReader</name>
    <message>
        <source>line %1, column %2: characters the file&apos;s encoding does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is no row number of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not a CSV file that can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column &quot;No.&quot; (&quot;Nr.&quot;, &quot;Lp.&quot;) with the sheet&apos;s row numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <source>Line %1, column %2: the column name holds a byte that is not %3 (choose the file&apos;s encoding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: no column holds the last name or the full name of a person. The columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) where the header has %1</source>
        <translation>
            <numerusform>%n cell where the header has %1</numerusform>
            <numerusform>%n cells where the header has %1</numerusform>
        </translation>
    </message>
    <message>
        <source>byte 0x%1 is not valid %2; is the file in another encoding?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the departure is before the arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; known are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; known are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (e.g. 2019-07-08 14:30 or 08.07.2019 14:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the file holds a NUL byte; it is not a text (CSV) file, or it is saved as UTF-16. Save it from the spreadsheet as &quot;CSV (UTF-8)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a spreadsheet workbook (Excel or LibreOffice), not a CSV file. Save it from the spreadsheet as &quot;CSV (UTF-8)&quot; and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a row longer than %3 MiB; this is not a spreadsheet&apos;s CSV file, or a quote is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the quote that opens a cell here is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the database refused the row: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no rows at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the column names but no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a spreadsheet&apos;s CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: no temporary file for it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: its temporary copy cannot be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes on beyond %2 MiB; that is not a spreadsheet&apos;s CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the email of %2, on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the email of %2, stored as person %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event %1 (any more); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: no column is named &quot;%2&quot;. The columns are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; cannot be imported as %2 here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleMessages</name>
    <message>
        <source>The event was changed by another window or program since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event was deleted by another window or program since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item was changed by another window or program since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item was deleted by another window or program since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participation was changed by another window or program since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participation was deleted by another window or program since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person was changed by another window or program since they were loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person was deleted by another window or program since they were loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation was changed by another window or program since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation was deleted by another window or program since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site was changed by another window or program since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site was deleted by another window or program since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic was changed by another window or program since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic was deleted by another window or program since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record was deleted by another window or program since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record was changed by another window or program since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Demo Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Default Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsFigures</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges per year and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants per country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants per organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance rate per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per topic and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most visited sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the first %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>The partnership in figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events counted: those not cancelled whose first day lies in the period. Participants: registered, confirmed, attended or not shown. As of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind of exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageProblems</name>
    <message>
        <source>%1 is in use by another program, which holds it locked; nothing was changed. Try again when the other program has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no space left on the disk that holds %1; nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Exchange Planner database (%2). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read or written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed: it is on a read-only disk. Copy it to a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: you may not change it (permission denied). Ask its owner, or work on a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed: its folder %2 is read-only for you (permission denied), and the database keeps its log beside the file. Copy it to a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: you may not write to its folder %2 (permission denied), and the database keeps its log beside the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the team database %1 is lost (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 refused the change: your database role may not make it (%2). Nothing was changed; ask the database&apos;s administrator for an editor&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 is read-only at the moment (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records are in use by another user of the team database %1, who holds them locked; nothing was changed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of the team database %1 has no space left on its disk; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDatabases</name>
    <message>
        <source>Cannot Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the user %1 on the server %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user or the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEncodings</name>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1250 (Central European, e.g. Polish Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European, e.g. German Excel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the website as a full address, e.g. https://www.rvr.ruhr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email address; it should look like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of consent cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what the person consented to (GDPR purpose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the topic&apos;s name in at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the site&apos;s name in at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both latitude and longitude, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude must lie between -90 and 90 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longitude must lie between -180 and 180 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the title in at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the link as a full address, e.g. https://meet.example.org/room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webinar needs the link participants join with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already a participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the item&apos;s title in at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day must lie within the event (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure cannot be before the arrival.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; is too long: at most %L2 characters fit here, it has %L3.</source>
        <extracomment>%1 is the beginning of the text, so that the user sees which field it is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field takes no tab; use a space instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field takes one line; remove the line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds an invisible control character (%1), which would garble lists, terminals and calendars; remove it.</source>
        <extracomment>%1 is the character&apos;s code, e.g. U+001B</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event lasts at most %1 days; this one would last %L2. Is the year of the last day right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaps &quot;%1&quot; (%2–%3) on the same day. Items for different groups may run at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the legal basis from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the person gave their consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawal needs the day the consent was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent cannot be withdrawn before it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of withdrawal cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueTexts</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image of %1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted by another window or program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Study visit</source>
        <comment>kind of event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <comment>kind of event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <comment>kind of event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>status of an event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>status of an event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <comment>status of an event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status of an event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visit</source>
        <comment>kind of agenda item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <comment>kind of agenda item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <comment>kind of agenda item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <comment>kind of agenda item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal</source>
        <comment>kind of agenda item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <comment>kind of agenda item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate</source>
        <comment>role of a participant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <comment>role of a participant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <comment>role of a participant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <comment>role of a participant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <comment>role of a participant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <comment>status of a participant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>status of a participant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>status of a participant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status of a participant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <comment>status of a participant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <comment>status of a participant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional association</source>
        <comment>kind of organisation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <comment>kind of organisation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public authority</source>
        <comment>kind of organisation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development agency</source>
        <comment>kind of organisation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <comment>kind of organisation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <comment>kind of organisation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research institute</source>
        <comment>kind of organisation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGO</source>
        <comment>kind of organisation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of organisation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial heritage</source>
        <comment>kind of site</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business park</source>
        <comment>kind of site</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park</source>
        <comment>kind of site</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cultural venue</source>
        <comment>kind of site</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing estate</source>
        <comment>kind of site</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lake or river</source>
        <comment>kind of site</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <comment>kind of site</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of site</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <comment>legal basis, GDPR Art. 6(1)(a)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <comment>legal basis, GDPR Art. 6(1)(b)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <comment>legal basis, GDPR Art. 6(1)(c)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interests</source>
        <comment>legal basis, GDPR Art. 6(1)(d)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task in the public interest</source>
        <comment>legal basis, GDPR Art. 6(1)(e)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <comment>legal basis, GDPR Art. 6(1)(f)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list</source>
        <comment>status of a participant</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::AgendaEditor</name>
    <message>
        <source>&amp;Add Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinates of &quot;%1&quot; are not known; enter them on the site&apos;s form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Site on &amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::AgendaItemDialog</name>
    <message>
        <source>New Agenda Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hosts and speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the delegation the item is for, e.g. &quot;A&quot; or &quot;Bus 2&quot;. Items for different groups may run at the same time; an item without a group is for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <extracomment>the part of the delegation an agenda item is for (parallel programme)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::AppearanceMenu</name>
    <message>
        <source>&amp;Appearance</source>
        <extracomment>View › Appearance: the colours of the window</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <extracomment>View › Appearance: the desktop&apos;s colours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::AreaPage</name>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new record has not been saved. Save it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln site(s)</source>
        <translation>
            <numerusform>%Ln site</numerusform>
            <numerusform>%Ln sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation>
            <numerusform>%Ln topic</numerusform>
            <numerusform>%Ln topics</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events by title or place …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people by name, organisation, email, city …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organisations by name or city …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sites by name, street or city …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search topics …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, whatever their translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only what still lacks a text in one language: titles, descriptions, agenda items, names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window or program changed this record since you opened it. Your input is kept; when you save, you choose which of your changes to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window or program deleted this record since you opened it. Your input is kept; when you save, you can store it as a new record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal basis recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the people whose data lacks a legal basis, or whose consent was withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::AttendanceDialog</name>
    <message>
        <source>Attendance – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick who signed each sheet. The rows are numbered as on the printed sheet of the selected column&apos;s day: type a row&apos;s number and press Space to tick it; Space alone ticks the selected box; the arrow keys move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who signed a blank row of the selected sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the attendance entered?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::AttendanceGridModel</name>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::BackupActions</name>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a copy of the database to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database is backed up on its server, by its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replace everything in %1 with the backup of %2 (%Ln event(s), %3)?</source>
        <translation>
            <numerusform>Replace everything in %1 with the backup of %2 (%Ln event, %3)?</numerusform>
            <numerusform>Replace everything in %1 with the backup of %2 (%Ln events, %3)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>The database as it is now is kept beside it as %1. Changes made since the backup are then only in that copy, and the undo history is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now holds what the backup of %2 held. The database as it was is kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::BackupsDialog</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a day, at the first start, the planner writes a copy of %1 into its data folder, and keeps the copies of the last %2 days and, before those, one for each of %3 weeks. The copies written before an upgrade or a restore are beside the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy yet. The first is written at the next start, or with Back Up Now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily copies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Backed Up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::CalendarDialog</name>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts &amp;in the period shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::ChangesView</name>
    <message>
        <source>When</source>
        <extracomment>column headings of who changed a person&apos;s data: when, who, what</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::ConflictDialog</name>
    <message>
        <source>Changed Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed by another window or program since you opened it.&lt;br&gt;Your changes are listed below beside the values stored now. Tick those to keep; everything else stays as stored now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — changed elsewhere too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save With These Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Mine and Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record you are editing was deleted by another window or program since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your version as a new record, or discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;New Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard My Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::DateField</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a day of the event (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as %1, or press Up and Down to change it by a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date, or the number of the event&apos;s day (1 to %1); Up and Down step through the event&apos;s days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::DocumentActions</name>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participant List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Contact People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Visible Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Contact People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact-people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Visible Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Make the Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rooming List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passenger &amp;Lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tering Numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invitation Letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certi&amp;ficates of Attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Evidence Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence Pack Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1, holding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm a Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the certificate of attendance of a number states, to confirm it on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm a Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s number, as printed under its title (e.g. 2019-001-0019-4):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::DocumentDialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Second language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a second language, the agenda shows both side by side, for a mixed delegation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant List of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with s&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ticked: everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in Sheets of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings in German, Polish and &amp;English together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funding programme and project number are set on the event&apos;s Details tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this document cannot be saved as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations by their &amp;short names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One s&amp;heet per site visit instead of per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooming List of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passenger Lists of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catering Numbers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 to a sheet, about A7 (95 × 69 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to a sheet, about A6 (95 × 138 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank badges for walk-ins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last names in &amp;capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each site&apos;s c&amp;oordinates under its address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ticked: everyone who has neither cancelled nor waits for a place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation Letters of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the employer&apos;s approval of the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a visa application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ticked: everyone who has neither cancelled, nor waits for a place, nor stayed away. Each letter is in the language its participant reads; the language above is for those whose language is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of Attendance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate for everyone who attended, in the language each reads (the language above for those whose language is not known), or in all three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page each in German, Polish and &amp;English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::DuplicateEventDialog</name>
    <message>
        <source>Duplicate Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Invite the %n participant(s) again</source>
        <translation>
            <numerusform>&amp;Invite the %n participant again</numerusform>
            <numerusform>&amp;Invite the %n participants again</numerusform>
        </translation>
    </message>
    <message>
        <source>A new event made from &quot;%1&quot;, with its agenda, organisers, hosts, topics and funding details. Its status is planned; change its title and what else differs afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the agenda moves %n day(s) later.</source>
        <translation>
            <numerusform>the agenda moves %n day later.</numerusform>
            <numerusform>the agenda moves %n days later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the agenda moves %n day(s) earlier.</source>
        <translation>
            <numerusform>the agenda moves %n day earlier.</numerusform>
            <numerusform>the agenda moves %n days earlier.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2; %3</source>
        <extracomment>%1, %2: the new event&apos;s first and last day; %3: how far the agenda moves</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::EventActions</name>
    <message>
        <source>Even&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time&apos;s event from the one shown: its agenda moved to a new first day, organisers, hosts, topics and funding as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event was deleted in another window or program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made from the event; Undo takes it away again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event by month and year, one event day by day, with the conflicts flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message to the participants chosen, opened in the mail program with their addresses in BCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;Messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personalised email draft per participant from a template, in the language each reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation, confirmation and practical information in German, Polish and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signed the sign-in sheets, day by day and visit by visit, by the rows&apos; numbers as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::EventForm</name>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue: &amp;city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue: &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online li&amp;nk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;pics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <extracomment>the status of the event (planned, confirmed, held, cancelled)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda, participant list and sign-in sheets of the saved event: preview, print, PDF, calendar and CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Interreg Central Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online platfor&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding p&amp;rogramme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unding logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The event has %n place(s), all taken: on the waiting list instead of confirmed: %1.</source>
        <translation>
            <numerusform>The event has %n place, taken: on the waiting list instead of confirmed: %1.</numerusform>
            <numerusform>The event has %n places, all taken: on the waiting list instead of confirmed: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved up from the waiting list to confirmed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::HistoryView</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <extracomment>column heading: the role in which a person took part in an event</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::ImportActions</name>
    <message>
        <source>&amp;Import Participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Contact People…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::ImportCheckPage</name>
    <message>
        <source>Check Before Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file was read and compared with the database. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the &amp;invalid rows out and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled. Go back, or choose Import to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read.</source>
        <translation>
            <numerusform>%Ln row read.</numerusform>
            <numerusform>%Ln rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln new&lt;/b&gt; person(s) will be stored.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln new&lt;/b&gt; person will be stored.</numerusform>
            <numerusform>&lt;b&gt;%Ln new&lt;/b&gt; people will be stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln row(s)&lt;/b&gt; match a person already stored; empty fields are filled in.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln row&lt;/b&gt; matches a person already stored; empty fields are filled in.</numerusform>
            <numerusform>&lt;b&gt;%Ln rows&lt;/b&gt; match people already stored; empty fields are filled in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be skipped: the person already takes part.</source>
        <translation>
            <numerusform>%Ln row will be skipped: the person already takes part.</numerusform>
            <numerusform>%Ln rows will be skipped: the person already takes part.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new organisation(s) will be stored.</source>
        <translation>
            <numerusform>%Ln new organisation will be stored.</numerusform>
            <numerusform>%Ln new organisations will be stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored value(s) differ from the file and are kept.</source>
        <translation>
            <numerusform>%Ln stored value differs from the file and is kept.</numerusform>
            <numerusform>%Ln stored values differ from the file and are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored value(s) will be replaced by the file&apos;s.</source>
        <translation>
            <numerusform>%Ln stored value will be replaced by the file&apos;s.</numerusform>
            <numerusform>%Ln stored values will be replaced by the file&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln row(s) cannot be imported&lt;/b&gt; (listed below). Correct them in the spreadsheet and choose Back, or leave them out.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln row cannot be imported&lt;/b&gt; (listed below). Correct it in the spreadsheet and choose Back, or leave it out.</numerusform>
            <numerusform>&lt;b&gt;%Ln rows cannot be imported&lt;/b&gt; (listed below). Correct them in the spreadsheet and choose Back, or leave them out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them have other values in the file (role, status …); the stored ones stay.</source>
        <translation>
            <numerusform>%Ln of them has other values in the file (role, status …); the stored ones stay.</numerusform>
            <numerusform>%Ln of them have other values in the file (role, status …); the stored ones stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation(s) will take the file&apos;s values.</source>
        <translation>
            <numerusform>%Ln participation will take the file&apos;s values.</numerusform>
            <numerusform>%Ln participations will take the file&apos;s values.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Leave Out the Column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln confirmed beyond the event&apos;s %1 places will go on the waiting list, in the order of the file.</source>
        <translation>
            <numerusform>%Ln person confirmed beyond the event&apos;s %1 places will go on the waiting list.</numerusform>
            <numerusform>%Ln people confirmed beyond the event&apos;s %1 places will go on the waiting list, in the order of the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will move up from the waiting list.</source>
        <translation>
            <numerusform>%Ln person will move up from the waiting list.</numerusform>
            <numerusform>%Ln people will move up from the waiting list.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace stored values where the file has other ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also those of people already taking part; otherwise only empty fields are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::ImportFilePage</name>
    <message>
        <source>&amp;Participants of the event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact people (not linked to an event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV: from Excel (&quot;CSV UTF-8&quot; or &quot;CSV&quot;), LibreOffice, an online form or a ticketing tool. Nothing is written before the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Import&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;From the file&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::ImportFormatPage</name>
    <message>
        <source>Check How the File Is Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as read with the settings below, which were detected from the file. If letters look wrong (&quot;MÃ¼ller&quot;, &quot;W³odzimierz&quot;), choose another encoding; if everything sits in one column, another delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &amp;names in row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some bytes are not valid %1 (shown as �): the file is probably in another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has no columns to import. Choose the row with the column names, and the delimiter that splits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::ImportMappingPage</name>
    <message>
        <source>Say Which Column Holds What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns were matched by their names. Columns marked &quot;(not imported)&quot; are left out. Change any choice; it is remembered for files with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column with the last name (or with the full name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is chosen for more than one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::ImportResultPage</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) stored new.</source>
        <translation>
            <numerusform>%Ln person stored new.</numerusform>
            <numerusform>%Ln people stored new.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) matched people already stored.</source>
        <translation>
            <numerusform>%Ln row matched a person already stored.</numerusform>
            <numerusform>%Ln rows matched people already stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped: the person already took part.</source>
        <translation>
            <numerusform>%Ln row skipped: the person already took part.</numerusform>
            <numerusform>%Ln rows skipped: the person already took part.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s) left out.</source>
        <translation>
            <numerusform>%Ln invalid row left out.</numerusform>
            <numerusform>%Ln invalid rows left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) stored new.</source>
        <translation>
            <numerusform>%Ln organisation stored new.</numerusform>
            <numerusform>%Ln organisations stored new.</numerusform>
        </translation>
    </message>
    <message>
        <source>An import cannot be undone with Edit › Undo; the list of undoable changes starts anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation(s) updated from the file.</source>
        <translation>
            <numerusform>%Ln participation updated from the file.</numerusform>
            <numerusform>%Ln participations updated from the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln confirmed beyond the event&apos;s %1 places went on the waiting list.</source>
        <translation>
            <numerusform>%Ln person confirmed beyond the event&apos;s %1 places went on the waiting list.</numerusform>
            <numerusform>%Ln people confirmed beyond the event&apos;s %1 places went on the waiting list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved up from the waiting list.</source>
        <translation>
            <numerusform>%Ln person moved up from the waiting list.</numerusform>
            <numerusform>%Ln people moved up from the waiting list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ep::ImportWizard</name>
    <message>
        <source>Import Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Contact People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) from %1.</source>
        <translation>
            <numerusform>Imported %Ln row from %1.</numerusform>
            <numerusform>Imported %Ln rows from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s) left out.</source>
        <translation>
            <numerusform>%Ln invalid row left out.</numerusform>
            <numerusform>%Ln invalid rows left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ep::IssueLabel</name>
    <message>
        <source>Error: %1</source>
        <extracomment>what a screen reader says of a message beside a field</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>the menu that switches the window&apos;s language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::LocalizedTextEdit</name>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1 readers see another language instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::LogoField</name>
    <message>
        <source>Choose the Funding Programme&apos;s Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 2 MB; please use a smaller picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo Not Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Organisation&apos;s Logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::MainWindow</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Exchange Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::MessageTemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Placeholders (double-click to insert):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates have changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::NewPersonDialog</name>
    <message>
        <source>New Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::OpeningDaysEdit</name>
    <message>
        <source>The days the site can be visited; none ticked: not known. The calendar flags a visit on another day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::OrganisationComboBox</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::OrganisationForm</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hort name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organisation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete organisation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;reet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who signs the invitation letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::ParticipantsEditor</name>
    <message numerus="yes">
        <source>%Ln participant(s) of %L1 places</source>
        <translation>
            <numerusform>%Ln participant of %L1 places</numerusform>
            <numerusform>%Ln participants of %L1 places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Add &amp;People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;New Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from a Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the participants from a CSV file, e.g. an Excel list of registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln participant(s)…</source>
        <translation>
            <numerusform>Reading %Ln participant…</numerusform>
            <numerusform>Reading %Ln participants…</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::ParticipationDialog</name>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <extracomment>the status of a participant (invited, registered, confirmed …)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;eparture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary &amp;needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccessibility needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <extracomment>in an empty date field: the arrival or departure is not known yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roo&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::ParticipationsDialog</name>
    <message numerus="yes">
        <source>Edit %Ln Participant(s)</source>
        <translation>
            <numerusform>Edit %Ln Participant</numerusform>
            <numerusform>Edit %Ln Participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick what all of them get; what is not ticked stays as each one has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;parture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hotel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::PersonDataDialog</name>
    <message>
        <source>Export Person&apos;s Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, for the person to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, for a machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the planner holds about %1: the record with the legal basis and consent, every participation with its needs, the events organised and the items hosted. The file is readable by you alone; hand it to the person securely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::PersonField</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::PersonForm</name>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal co&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is a contact person for partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Events taken part in&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <extracomment>a person&apos;s academic or professional title, e.g. &quot;Dr.&quot;, &quot;mgr inż.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GDPR consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;rpose of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <extracomment>in the empty date field of a GDPR consent: no consent is recorded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <extracomment>the legal basis of keeping the person&apos;s data, GDPR Art. 6(1)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;here consent was given</source>
        <extracomment>where the consent was given: a registration form, an email of a day …</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not withdrawn</source>
        <extracomment>in the empty date field of a consent&apos;s withdrawal</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <extracomment>no legal basis of keeping the person&apos;s data is recorded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes to this person&apos;s data&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::PersonListEdit</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::PersonPickerDialog</name>
    <message>
        <source>Choose People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, organisation, email, city …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) found</source>
        <translation>
            <numerusform>%Ln person found</numerusform>
            <numerusform>%Ln people found</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::PrivacyActions</name>
    <message>
        <source>P&amp;rivacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the person shown everywhere, on their request, for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This removes:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;It cannot be undone. What stays:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;These backups, older than the erasure, still hold the person; they go as the rotation removes them, or delete them by hand:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 everywhere, for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase for Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not erased: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Person&apos;s Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about the person shown, for them (PDF) or a machine (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Person&apos;s Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the data of %1 to %2, readable by you alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;Retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data was erased or anonymised in another window or program; the undo history was cleared so that none of it comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention policy was applied; the undo history was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::RecipientChooser</name>
    <message>
        <source>Participants &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected participants (%n)</source>
        <translation>
            <numerusform>The &amp;selected participant (%n)</numerusform>
            <numerusform>The &amp;selected participants (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ticked in a list: every value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::RecordForm</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::RetentionDialog</name>
    <message>
        <source>&amp;Save Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention policy of this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <extracomment>the unit after a number of months in a spin box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Due today&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln person(s)</source>
        <translation>
            <numerusform>%1: %Ln person</numerusform>
            <numerusform>%1: %Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>Every rule is off: nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the Retention Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise the data due today, as the policy says?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. This cannot be undone; names, organisations, cities and countries stay, and the privacy log records when, which rule and how many people, not whose data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention policy was not applied: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: anonymised for %Ln person(s).</source>
        <translation>
            <numerusform>%1: anonymised for %Ln person.</numerusform>
            <numerusform>%1: anonymised for %Ln people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention Policy Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::ServerStatus</name>
    <message>
        <source>You may only read this team database: your database role %1 may not change it on %2. Saving, deleting and importing are switched off; ask the database&apos;s administrator for an editor&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the team database %1 is lost. Your input is kept; the planner connects again every few seconds, and then saves what you asked it to save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::SiteForm</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Visits&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit site &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete site &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coun&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on &amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens OpenStreetMap in the browser at these coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on &amp;weekdays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::StatisticsPage</name>
    <message>
        <source>Export Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events of this kind in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&amp;ort PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::TableEditor</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::TeamDatabaseDialog</name>
    <message>
        <source>Never encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt only if the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt if the server can (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt, do not check the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt, certificate from a trusted authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt, certificate names this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database&apos;s address begins with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.example.org; empty: this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address holds every connection parameter PostgreSQL knows (for example sslrootcert or connect_timeout): add them to it. A password is asked for when the server wants one and is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::TopicForm</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New topic &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit topic &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete topic &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::WalkInDialog</name>
    <message>
        <source>Add Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who signed a blank row of the sheet of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name is missing: write it as the sheet gives it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::WelcomeDialog</name>
    <message>
        <source>Welcome to Exchange Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Exchange Planner&lt;/h3&gt;&lt;p&gt;Exchange Planner keeps your study visits, webinars and workshops with their agendas, participants, sites and contact people in one database on this computer:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Would you like to start with the &lt;b&gt;demo programme&lt;/b&gt; — the partnership of the Ruhr region (RVR) and the GZM metropolis with four events of 2019 and 2020 — to look around, or with an &lt;b&gt;empty database&lt;/b&gt; for your own work?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the &amp;Demo Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::WriteEmailDialog</name>
    <message>
        <source>Write Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n messages: the mail program takes only so many at once.</source>
        <translation>
            <numerusform>in %n message: the mail program takes only so many at once.</numerusform>
            <numerusform>in %n messages: the mail program takes only so many at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an email address: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Message 1 of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Mail Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Message %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ep::WriteMessagesDialog</name>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into f&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an email address: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody chosen has an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Empty Folder for the Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n draft(s) into %1. Open them in the mail program, check them and send them.</source>
        <translation>
            <numerusform>Wrote %n draft into %1. Open it in the mail program, check it and send it.</numerusform>
            <numerusform>Wrote %n drafts into %1. Open them in the mail program, check them and send them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wr&amp;ite Drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
