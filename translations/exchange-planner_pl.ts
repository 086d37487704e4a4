<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Exchange Planner</source>
        <translation>O programie Exchange Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Exchange Planner %1&lt;/h3&gt;&lt;p&gt;Plans study visits, webinars and workshops between partner regions: programmes, participants, visited sites and contact people, in German, Polish and English.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Exchange Planner %1&lt;/h3&gt;&lt;p&gt;Planowanie wizyt studyjnych, webinariów i warsztatów między regionami partnerskimi: programy, uczestnicy, odwiedzane miejsca i osoby kontaktowe – w języku niemieckim, polskim i angielskim.&lt;/p&gt;&lt;p&gt;Baza danych: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later. &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wolne oprogramowanie na licencji GNU General Public License w wersji 3 lub późniejszej. &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AgendaDocument</name>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>The programme has no items yet.</source>
        <translation>Program nie zawiera jeszcze żadnych punktów.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Host</source>
        <extracomment>the organisation hosting the event</extracomment>
        <translation>Gospodarz</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organizatorzy</translation>
    </message>
    <message>
        <source>interpretation %1</source>
        <translation>tłumaczenie %1</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt programu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Hosts: %1</source>
        <translation>Gospodarze: %1</translation>
    </message>
    <message>
        <source>Meeting point: %1</source>
        <translation>Miejsce zbiórki: %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (ciąg dalszy)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupa %1</translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation>Dostępność: %1</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>Title missing in: %1</source>
        <translation>Brak tytułu w języku: %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt programu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Hosts and speakers</source>
        <translation>Gospodarze i prelegenci</translation>
    </message>
    <message>
        <source>Missing</source>
        <extracomment>column heading, short: the languages an item&apos;s title or meeting point still lacks, e.g. &quot;PL EN&quot;</extracomment>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Meeting point missing in: %1</source>
        <translation>Brak miejsca zbiórki w języku: %1</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>column heading: the part of the delegation a parallel item is for</extracomment>
        <translation>Grupa</translation>
    </message>
</context>
<context>
    <name>AttendanceTable</name>
    <message>
        <source>No.</source>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Bez zgłoszenia</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Dni obecności</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Godziny obecności</translation>
    </message>
</context>
<context>
    <name>AttendanceTableDocument</name>
    <message>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n uczestnik</numerusform>
            <numerusform>%n uczestników</numerusform>
            <numerusform>%n uczestników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n osoba obecna</numerusform>
            <numerusform>%n osoby obecne</numerusform>
            <numerusform>%n osób obecnych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s)</source>
        <translation>
            <numerusform>%n osoba nieobecna</numerusform>
            <numerusform>%n osoby nieobecne</numerusform>
            <numerusform>%n osób nieobecnych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s)</source>
        <translation>
            <numerusform>%n osoba niezgłoszona</numerusform>
            <numerusform>%n osoby niezgłoszone</numerusform>
            <numerusform>%n osób niezgłoszonych</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ signed · – on the sheet, not signed · empty: not on that sheet, or the sheet not entered</source>
        <translation>✓ podpisano · – na liście, bez podpisu · puste: brak na tej liście lub lista niewprowadzona</translation>
    </message>
    <message>
        <source>No signed sign-in sheet has been entered yet.</source>
        <translation>Nie wprowadzono jeszcze żadnej podpisanej listy obecności.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>bez zgłoszenia</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Podpisy</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The automatic backup of %1 was not written: %2</source>
        <translation>Automatyczna kopia zapasowa %1 nie została zapisana: %2</translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation>nie można utworzyć folderu %1</translation>
    </message>
</context>
<context>
    <name>BadgeDocument</name>
    <message>
        <source>Badges</source>
        <translation>Identyfikatory</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gość</translation>
    </message>
</context>
<context>
    <name>CertificateDocument</name>
    <message>
        <source>Certificates of attendance</source>
        <translation>Zaświadczenia o uczestnictwie</translation>
    </message>
    <message>
        <source>No certificates: nobody attended the event.</source>
        <translation>Brak zaświadczeń: nikt nie uczestniczył w wydarzeniu.</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Zaświadczenie o uczestnictwie</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nr %1</translation>
    </message>
    <message>
        <source>%1 confirms this certificate on request by its number.</source>
        <translation>%1 potwierdza to zaświadczenie na żądanie na podstawie jego numeru.</translation>
    </message>
    <message>
        <source>The organiser</source>
        <translation>Organizator</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Niniejszym zaświadcza się, że</translation>
    </message>
    <message>
        <source>took part in</source>
        <translation>uczestniczył(a) w wydarzeniu</translation>
    </message>
    <message>
        <source>organised by %1</source>
        <translation>Organizator: %1</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Dni uczestnictwa</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s)</source>
        <translation>
            <numerusform>%1 z %n dnia</numerusform>
            <numerusform>%1 z %n dni</numerusform>
            <numerusform>%1 z %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme attended</source>
        <translation>Udział w programie</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <source>Places visited</source>
        <translation>Odwiedzone miejsca</translation>
    </message>
    <message>
        <source>Funded by</source>
        <translation>Źródło finansowania</translation>
    </message>
</context>
<context>
    <name>CertificateStatement</name>
    <message>
        <source>&quot;%1&quot; is no certificate number: they read like 2019-001-0019-4, and the last digit checks the others.</source>
        <translation>„%1” nie jest numerem zaświadczenia: numery mają postać 2019-001-0019-4, a ostatni znak jest cyfrą kontrolną.</translation>
    </message>
    <message>
        <source>No certificate %1 was issued here: nobody of that number attended that event.</source>
        <translation>Zaświadczenie %1 nie zostało tu wystawione: nikt o tym numerze nie uczestniczył w tym wydarzeniu.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Certificate %1: %2 (%3) attended &quot;%4&quot;, %5 to %6.
Days: %7 (%8 of %9).
Places visited: %10.
Programme attended: %11 hours.
</source>
        <translation>Zaświadczenie %1: %2 (%3) uczestniczył(a) w wydarzeniu „%4” od %5 do %6.
Dni: %7 (%8 z %9).
Odwiedzone miejsca: %10.
Udział w programie: %11 godz.
</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <source>Venue: city</source>
        <translation>Miejsce: miejscowość</translation>
    </message>
    <message>
        <source>Venue: address</source>
        <translation>Miejsce: adres</translation>
    </message>
    <message>
        <source>Online platform</source>
        <translation>Platforma online</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Link online</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Organizacja przyjmująca</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organizatorzy</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Tłumaczenie</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Liczba miejsc</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>the status of an event (planned, confirmed, held, cancelled)</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>Program finansowania</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Numer projektu</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Hosts and speakers</source>
        <translation>Gospodarze i prelegenci</translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation>Miejsce zbiórki</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Osoba kontaktowa</translation>
    </message>
    <message>
        <source>Date of GDPR consent</source>
        <translation>Data zgody RODO</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nazwa skrócona</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Szerokość geograficzna</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Długość geograficzna</translation>
    </message>
    <message>
        <source>Contact on site</source>
        <translation>Osoba kontaktowa na miejscu</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Dostępność</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Podstawa prawna</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Wycofanie zgody</translation>
    </message>
    <message>
        <source>Opening days</source>
        <translation>Dni otwarcia</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Osoba podpisująca</translation>
    </message>
    <message>
        <source>Signatory&apos;s function</source>
        <translation>Stanowisko osoby podpisującej</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1. Run &quot;exchange-planner --help&quot; for the usage.</source>
        <translation>%1. Sposób użycia wyświetla polecenie „exchange-planner --help”.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are: %2. Run &quot;exchange-planner --help&quot; for the usage.</source>
        <translation>Nieznane polecenie „%1”. Dostępne polecenia: %2. Sposób użycia wyświetla polecenie „exchange-planner --help”.</translation>
    </message>
    <message>
        <source>--%1 needs a command that uses it (%2).</source>
        <translation>Opcja --%1 wymaga polecenia, które z niej korzysta (%2).</translation>
    </message>
    <message>
        <source>--%1 does not apply to the command &quot;%2&quot;.</source>
        <translation>Opcja --%1 nie dotyczy polecenia „%2”.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; takes no argument &quot;%2&quot;.</source>
        <translation>Polecenie „%1” nie przyjmuje argumentu „%2”.</translation>
    </message>
    <message>
        <source>--database needs the path of a database file.</source>
        <translation>Opcja --database wymaga podania ścieżki do pliku bazy danych.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, csv or json.</source>
        <translation>Nieznany format „%1”: dostępne są table, csv i json.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use de, pl or en.</source>
        <translation>Nieznany język „%1”: dostępne są de, pl i en.</translation>
    </message>
    <message>
        <source>Use &quot;import participants EVENT FILE.csv&quot; or &quot;import contacts FILE.csv&quot;.</source>
        <translation>Proszę użyć polecenia „import participants WYDARZENIE PLIK.csv” lub „import contacts PLIK.csv”.</translation>
    </message>
    <message>
        <source>What to import is missing. %1</source>
        <translation>Brak informacji, co należy zaimportować. %1</translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;. %2</source>
        <translation>Nie można zaimportować „%1”. %2</translation>
    </message>
    <message>
        <source>Arguments are missing. %1</source>
        <translation>Brakuje argumentów. %1</translation>
    </message>
    <message>
        <source>Too many arguments: &quot;%1&quot;. %2</source>
        <translation>Zbyt wiele argumentów: „%1”. %2</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;: use &quot;,&quot;, &quot;;&quot; or tab.</source>
        <translation>Nieznany separator „%1”: dostępne są &quot;,&quot;, &quot;;&quot; i tab.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use utf-8, windows-1250 or windows-1252.</source>
        <translation>Nieznane kodowanie znaków „%1”: dostępne są utf-8, windows-1250 i windows-1252.</translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot; for --%2: use %3.</source>
        <translation>Nieznana wartość „%1” opcji --%2: dostępne są %3.</translation>
    </message>
    <message>
        <source>What to export is missing. %1</source>
        <translation>Brak informacji, co należy wyeksportować. %1</translation>
    </message>
    <message>
        <source>Cannot export &quot;%1&quot;. %2</source>
        <translation>Nie można wyeksportować „%1”. %2</translation>
    </message>
    <message>
        <source>The event is missing. %1</source>
        <translation>Nie podano wydarzenia. %1</translation>
    </message>
    <message>
        <source>--output FILE is missing: where should the %1 go?</source>
        <translation>Brak opcji --output PLIK: proszę wskazać, gdzie zapisać eksport „%1”.</translation>
    </message>
    <message>
        <source>--%1 applies to &quot;export %2&quot; only.</source>
        <translation>Opcja --%1 dotyczy tylko polecenia „export %2”.</translation>
    </message>
    <message>
        <source>--blank-rows needs a number from 0 to 500.</source>
        <translation>Opcja --blank-rows wymaga liczby od 0 do 500.</translation>
    </message>
    <message>
        <source>--output FILE is missing: where should the copy go?</source>
        <translation>Brak --output PLIK: dokąd zapisać kopię?</translation>
    </message>
    <message>
        <source>Create a database holding the demo programme
(refused if the database already holds data).</source>
        <translation>Tworzy bazę danych z programem demonstracyjnym
(odmowa, jeśli baza danych zawiera już dane).</translation>
    </message>
    <message>
        <source>List the events: id, kind, title, start, end, status.</source>
        <translation>Wyświetla listę wydarzeń: ID, rodzaj, tytuł,
początek, koniec, status.</translation>
    </message>
    <message>
        <source>agenda EVENT --output FILE.pdf|FILE.ics</source>
        <translation>agenda WYDARZENIE --output PLIK.pdf|PLIK.ics</translation>
    </message>
    <message>
        <source>The event&apos;s programme as a PDF to hand out, or as a
calendar file (iCalendar) with one entry per item.</source>
        <translation>Program wydarzenia jako plik PDF do rozdania lub jako
plik kalendarza (iCalendar) z osobnym wpisem dla
każdego punktu programu.</translation>
    </message>
    <message>
        <source>participants EVENT --output FILE.pdf|FILE.csv</source>
        <translation>participants WYDARZENIE --output PLIK.pdf|PLIK.csv</translation>
    </message>
    <message>
        <source>The participant list; with --sign-in-sheet the sheets
participants sign, one per day (PDF).</source>
        <translation>Lista uczestników; z opcją --sign-in-sheet listy
obecności do podpisu, po jednej na każdy dzień (PDF).</translation>
    </message>
    <message>
        <source>contacts --output FILE.csv|FILE.vcf</source>
        <translation>contacts --output PLIK.csv|PLIK.vcf</translation>
    </message>
    <message>
        <source>The contact people, for a spreadsheet or an address book.</source>
        <translation>Osoby kontaktowe – do arkusza kalkulacyjnego lub
książki adresowej.</translation>
    </message>
    <message>
        <source>--output FILE</source>
        <translation>--output PLIK</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE (a new
file), also while the program has it open.</source>
        <translation>Zapisuje spójną kopię bazy danych do PLIKU (nowego
pliku), także gdy program ma ją otwartą.</translation>
    </message>
    <message>
        <source>participants EVENT FILE.csv</source>
        <translation>participants WYDARZENIE PLIK.csv</translation>
    </message>
    <message>
        <source>Import the participants of the event EVENT (its id, as
&quot;events&quot; lists it) from a spreadsheet saved as CSV.</source>
        <translation>Importuje uczestników wydarzenia WYDARZENIE (jego ID
z listy polecenia „events”) z arkusza kalkulacyjnego
zapisanego jako plik CSV.</translation>
    </message>
    <message>
        <source>contacts FILE.csv</source>
        <translation>contacts PLIK.csv</translation>
    </message>
    <message>
        <source>Import contact people from a spreadsheet saved as CSV.
An import is all or nothing: a file with an invalid row
imports nothing and lists every problem.</source>
        <translation>Importuje osoby kontaktowe z arkusza kalkulacyjnego
zapisanego jako plik CSV.
Import jest wykonywany w całości albo wcale: jeśli plik
zawiera błędny wiersz, nic nie zostaje zaimportowane,
a wszystkie problemy zostają wyświetlone.</translation>
    </message>
    <message>
        <source>Usage: exchange-planner [--database PATH] [COMMAND] [OPTIONS]

Plans study visits, webinars and workshops between partner regions.
Without a command, opens the main window.</source>
        <translation>Użycie: exchange-planner [--database ŚCIEŻKA] [POLECENIE] [OPCJE]

Planuje wizyty studyjne, webinaria i warsztaty między regionami partnerskimi.
Uruchomiona bez polecenia aplikacja otwiera okno główne.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Polecenia:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opcje:</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 wrong usage, 2 bad input, 3 database problem.</source>
        <translation>Kod wyjścia: 0 wykonano, 1 błędne użycie, 2 błędne dane,
             3 problem z bazą danych.</translation>
    </message>
    <message>
        <source>PATH</source>
        <extracomment>the value of an option in the help, as the user replaces it</extracomment>
        <translation>ŚCIEŻKA</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>JĘZYK</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <source>export: the file to write; its ending picks the format.
backup: the copy to write.</source>
        <translation>export: plik do zapisania; format wynika
z rozszerzenia pliku.
backup: plik kopii do zapisania.</translation>
    </message>
    <message>
        <source>L</source>
        <extracomment>the value of --second-language: a language</extracomment>
        <translation>J</translation>
    </message>
    <message>
        <source>export agenda: a bilingual agenda, the two languages
side by side.</source>
        <translation>export agenda: program dwujęzyczny, oba języki obok
siebie.</translation>
    </message>
    <message>
        <source>export participants: the sign-in sheets instead of the
list.</source>
        <translation>export participants: listy obecności zamiast listy
uczestników.</translation>
    </message>
    <message>
        <source>S[,S…]</source>
        <extracomment>the value of --status: statuses</extracomment>
        <translation>S[,S…]</translation>
    </message>
    <message>
        <source>export participants: only these statuses (%1).</source>
        <extracomment>%1: the statuses, wrapped into the column by the program</extracomment>
        <translation>export participants: tylko podane statusy (%1).</translation>
    </message>
    <message>
        <source>R[,R…]</source>
        <extracomment>the value of --role: roles</extracomment>
        <translation>R[,R…]</translation>
    </message>
    <message>
        <source>export participants: only these roles (%1).</source>
        <extracomment>%1: the roles, wrapped into the column by the program</extracomment>
        <translation>export participants: tylko podane role (%1).</translation>
    </message>
    <message>
        <source>C[,C…]</source>
        <extracomment>the value of --columns: columns</extracomment>
        <translation>K[,K…]</translation>
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
        <translation>lista obecności: puste wiersze dla osób niezgłoszonych
(domyślnie 10).</translation>
    </message>
    <message>
        <source>sign-in sheet: one per site visit instead of per day.</source>
        <translation>lista obecności: osobna dla każdej wizyty w terenie
zamiast dla każdego dnia.</translation>
    </message>
    <message>
        <source>sign-in sheet: headings in German, Polish and English.</source>
        <translation>lista obecności: nagłówki po niemiecku, polsku
i angielsku.</translation>
    </message>
    <message>
        <source>export …csv: start with a byte order mark; with
--delimiter &quot;;&quot; what German and Polish Excel open
directly.</source>
        <translation>export …csv: plik zaczyna się znacznikiem kolejności
bajtów (BOM); z opcją --delimiter &quot;;&quot; niemiecka
i polska wersja Excela otwierają go bezpośrednio.</translation>
    </message>
    <message>
        <source>import: check the file and report, write nothing.</source>
        <translation>import: próbny przebieg – sprawdza plik i wyświetla
raport, niczego nie zapisuje.</translation>
    </message>
    <message>
        <source>D</source>
        <extracomment>the value of --delimiter: a delimiter</extracomment>
        <translation>S</translation>
    </message>
    <message>
        <source>import, export: the cell delimiter: &quot;,&quot;, &quot;;&quot; or tab
(import default: detected; export default: &quot;,&quot;).</source>
        <translation>import, export: separator komórek: &quot;,&quot;, &quot;;&quot; lub tab
(import – domyślnie wykrywany automatycznie;
export – domyślnie &quot;,&quot;).</translation>
    </message>
    <message>
        <source>E</source>
        <extracomment>the value of --encoding: an encoding</extracomment>
        <translation>K</translation>
    </message>
    <message>
        <source>import: utf-8, windows-1250 or windows-1252
(default: detected).</source>
        <translation>import: kodowanie znaków: utf-8, windows-1250
lub windows-1252 (domyślnie: wykrywane automatycznie).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Wyświetla tę pomoc.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Wyświetla wersję.</translation>
    </message>
    <message>
        <source>The command is missing. Run &quot;exchange-planner --help&quot; for the usage.</source>
        <translation>Brak polecenia. Sposób użycia wyświetla polecenie „exchange-planner --help”.</translation>
    </message>
    <message>
        <source>&quot;export %1 EVENT&quot;</source>
        <translation>„export %1 WYDARZENIE”</translation>
    </message>
    <message>
        <source>&quot;export %1&quot;</source>
        <translation>„export %1”</translation>
    </message>
    <message>
        <source>Use %1, each with --output FILE.</source>
        <translation>Proszę użyć polecenia %1, zawsze z opcją --output PLIK.</translation>
    </message>
    <message>
        <source>export participants, PDF and CSV: the columns, of %1.</source>
        <extracomment>%1: the columns&apos; keys, wrapped into the column by the program</extracomment>
        <translation>export participants, PDF i CSV: kolumny, spośród %1.</translation>
    </message>
    <message>
        <source>import: replace the stored values of people found in
the database where the file has other ones, and the
values of those taking part already (role, status …)
with the file&apos;s; without it only empty fields are
filled in.</source>
        <translation>import: zastępuje zapisane wartości osób znalezionych
w bazie, gdy plik ma inne, a także dane osób już
uczestniczących (rola, status …); bez tej opcji
uzupełniane są tylko puste pola.</translation>
    </message>
    <message>
        <source>--from PATH --to PATH</source>
        <translation>--from ŚCIEŻKA --to ŚCIEŻKA</translation>
    </message>
    <message>
        <source>Copy a whole database into an empty one: a file to a
team database, or a team database to a file. Ids,
versions and calendar UIDs stay as they are.</source>
        <translation>Kopiuje całą bazę danych do pustej: plik do zespołowej
bazy danych albo zespołową bazę danych do pliku.
Identyfikatory, wersje i UID-y kalendarza pozostają bez zmian.</translation>
    </message>
    <message>
        <source>--from PATH is missing: which database should be copied?</source>
        <translation>Brak --from ŚCIEŻKA: którą bazę danych skopiować?</translation>
    </message>
    <message>
        <source>--to PATH is missing: where should the copy go?</source>
        <translation>Brak --to ŚCIEŻKA: dokąd zapisać kopię?</translation>
    </message>
    <message>
        <source>The database file, or a team database on a PostgreSQL
server as postgresql://user@host:port/database?…
(libpq&apos;s form). Default:
%1</source>
        <extracomment>%1: the default database file</extracomment>
        <translation>Plik bazy danych albo zespołowa baza danych na serwerze
PostgreSQL jako postgresql://użytkownik@host:port/baza?…
(w formie libpq). Domyślnie:
%1</translation>
    </message>
    <message>
        <source>--map needs COLUMN=FIELD, FIELD one of: %1.</source>
        <translation>--map wymaga KOLUMNA=POLE, gdzie POLE to jedno z: %1.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD</source>
        <extracomment>the value of --map: a column of the file and a field of the planner</extracomment>
        <translation>KOLUMNA=POLE</translation>
    </message>
    <message>
        <source>import: take the column named COLUMN as FIELD
(first_name, status …), whatever its name suggests;
may be given more than once.</source>
        <translation>import: kolumnę o nazwie KOLUMNA przyjąć jako POLE
(first_name, status …), niezależnie od jej nazwy;
można podać wielokrotnie.</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <extracomment>the value of --ignore-column: a column of the file</extracomment>
        <translation>KOLUMNA</translation>
    </message>
    <message>
        <source>import: leave the column named COLUMN out, e.g. one
whose values the planner does not understand; may be
given more than once.</source>
        <translation>import: pominąć kolumnę o nazwie KOLUMNA, np. taką,
której wartości program nie rozumie; można podać
wielokrotnie.</translation>
    </message>
    <message>
        <source>export participants: organisations by their short
names (&quot;EG&quot;); without it in full.</source>
        <translation>export participants: organizacje skróconymi nazwami
(„EG”); bez tej opcji pełnymi nazwami.</translation>
    </message>
    <message>
        <source>The window: quit as soon as it is painted
(to time the start-up).</source>
        <translation>Okno: zakończ, gdy tylko zostanie narysowane
(do pomiaru czasu uruchamiania).</translation>
    </message>
    <message>
        <source>--from BACKUP</source>
        <translation>--from KOPIA</translation>
    </message>
    <message>
        <source>Bring the database file back to what BACKUP holds,
after checking it. The database as it was is kept as
NAME.before-restore-DATE.sqlite beside it. Refused
while another window or program has it open.</source>
        <translation>Przywrócić plik bazy danych do stanu z KOPII, po jej
sprawdzeniu. Dotychczasowa baza danych zostaje obok
jako NAZWA.before-restore-DATA.sqlite. Odmowa, dopóki
inne okno lub program ma ją otwartą.</translation>
    </message>
    <message>
        <source>--from BACKUP is missing: which backup should be restored?</source>
        <translation>Brak --from KOPIA: którą kopię zapasową przywrócić?</translation>
    </message>
    <message>
        <source>erase PERSON</source>
        <translation>erase OSOBA</translation>
    </message>
    <message>
        <source>Erase the person whose id or email is PERSON, on their
request: the record, every participation and role, and
what the file keeps of deleted rows. Says what stays
and which backups still hold the person.</source>
        <translation>Usunąć na jej żądanie osobę o identyfikatorze lub
e-mailu OSOBA: rekord, każdy udział i rolę oraz to, co
plik zachowuje z usuniętych wierszy. Podaje, co
zostaje i które kopie zapasowe wciąż zawierają osobę.</translation>
    </message>
    <message>
        <source>What to do with the person is missing. %1</source>
        <translation>Brak informacji, co zrobić z osobą. %1</translation>
    </message>
    <message>
        <source>Cannot do &quot;%1&quot; with a person. %2</source>
        <translation>Nie można wykonać „%1” na osobie. %2</translation>
    </message>
    <message>
        <source>export PERSON --output FILE.json|FILE.pdf</source>
        <translation>export OSOBA --output PLIK.json|PLIK.pdf</translation>
    </message>
    <message>
        <source>Everything held about the person whose id or email is
PERSON: for a machine (JSON) or for the person to read
(PDF, in --language). Readable by its owner only.</source>
        <translation>Wszystko, co zapisano o osobie o identyfikatorze lub
e-mailu OSOBA: dla maszyny (JSON) lub do przeczytania
przez tę osobę (PDF, w --language). Czytelny tylko dla
właściciela pliku.</translation>
    </message>
    <message>
        <source>Use &quot;person export PERSON --output FILE.json|FILE.pdf&quot; or &quot;person erase PERSON&quot;, PERSON an id or an email.</source>
        <translation>Użyj „person export OSOBA --output PLIK.json|PLIK.pdf” lub „person erase OSOBA”; OSOBA to identyfikator lub adres e-mail.</translation>
    </message>
    <message>
        <source>--output FILE is missing: where should the person&apos;s data go?</source>
        <translation>Brak --output PLIK: gdzie zapisać dane osoby?</translation>
    </message>
    <message>
        <source>%1: a person&apos;s data is written as .json or .pdf.</source>
        <translation>%1: dane osoby zapisuje się jako .json lub .pdf.</translation>
    </message>
    <message>
        <source>--output applies to &quot;person export&quot; only.</source>
        <translation>--output dotyczy tylko „person export”.</translation>
    </message>
    <message>
        <source>List what the retention policy makes due: the people
whose contact details or needs are kept longer than
it allows; with --apply, anonymise them in one step.</source>
        <translation>Wypisać, co zasady przechowywania czynią wymagalnym:
osoby, których dane kontaktowe lub potrzeby są
przechowywane dłużej, niż pozwalają; z --apply
zanonimizować je w jednym kroku.</translation>
    </message>
    <message>
        <source>retention: anonymise what is due, instead of listing it.</source>
        <translation>retention: zanonimizować to, co wymagalne, zamiast
wypisywać.</translation>
    </message>
    <message>
        <source>List the people with their legal basis and
consent: id, name, organisation, email, legal
basis, consent&apos;s date, purpose and source, its
withdrawal.</source>
        <translation>Wypisać osoby z podstawą prawną i zgodą: id,
imię i nazwisko, organizacja, e-mail, podstawa
prawna, data, cel i źródło zgody, jej wycofanie.</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1&quot;: use %2.</source>
        <translation>Nieznany filtr „%1”: użyj %2.</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>FILTR</translation>
    </message>
    <message>
        <source>people: only those with no legal basis recorded
(no_legal_basis) or whose consent was withdrawn
(consent_withdrawn).</source>
        <translation>people: tylko osoby bez zapisanej podstawy prawnej
(no_legal_basis) lub z wycofaną zgodą
(consent_withdrawn).</translation>
    </message>
    <message>
        <source>events, people, export: the language of the titles
and of a document&apos;s labels: de, pl or en (default:
%1, from the system&apos;s language).</source>
        <extracomment>%1: de, pl or en</extracomment>
        <translation>events, people, export: język tytułów i etykiet
dokumentu: de, pl lub en (domyślnie: %1, według
języka systemu).</translation>
    </message>
    <message>
        <source>EVENT --first-day DATE</source>
        <translation>WYDARZENIE --first-day DATA</translation>
    </message>
    <message>
        <source>Make next time&apos;s event from EVENT: its agenda moved to
start on DATE, organisers, hosts, topics and funding
as they are, without participants unless
--with-participants (then as invited). Prints the new
event&apos;s id.</source>
        <translation>Utworzyć kolejną edycję WYDARZENIA: program przesunięty
tak, by zaczynał się w DATA, organizatorzy, gospodarze,
tematy i finansowanie bez zmian, bez uczestników, chyba
że podano --with-participants (wtedy jako zaproszeni).
Wypisuje id nowego wydarzenia.</translation>
    </message>
    <message>
        <source>The event to duplicate is missing: use &quot;duplicate EVENT --first-day DATE&quot;.</source>
        <translation>Brak wydarzenia do powielenia: użyj „duplicate WYDARZENIE --first-day DATA”.</translation>
    </message>
    <message>
        <source>Too many arguments: &quot;%1&quot;. Use &quot;duplicate EVENT --first-day DATE&quot;.</source>
        <translation>Za dużo argumentów: „%1”. Użyj „duplicate WYDARZENIE --first-day DATA”.</translation>
    </message>
    <message>
        <source>--first-day DATE is missing: when does the new event start?</source>
        <translation>Brak --first-day DATA: kiedy zaczyna się nowe wydarzenie?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no date: write it as YYYY-MM-DD, e.g. 2027-05-17.</source>
        <translation>„%1” nie jest datą: zapisz ją jako RRRR-MM-DD, np. 2027-05-17.</translation>
    </message>
    <message>
        <source>DATE</source>
        <extracomment>the value of --first-day: a date
----------
the value of --day: a date</extracomment>
        <translation>DATA</translation>
    </message>
    <message>
        <source>duplicate: the new event&apos;s first day, YYYY-MM-DD; the
agenda moves with it.</source>
        <translation>duplicate: pierwszy dzień nowego wydarzenia,
RRRR-MM-DD; program przesuwa się razem z nim.</translation>
    </message>
    <message>
        <source>duplicate: take the participants along, as invited.</source>
        <translation>duplicate: przenieść uczestników jako zaproszonych.</translation>
    </message>
    <message>
        <source>--list is missing: which list of &quot;export %1&quot;?</source>
        <translation>Brak --list: która lista „export %1”?</translation>
    </message>
    <message>
        <source>Unknown list &quot;%1&quot;: use %2.</source>
        <translation>Nieznana lista „%1”: użyj %2.</translation>
    </message>
    <message>
        <source>LIST</source>
        <extracomment>the value of --list: which list</extracomment>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>export logistics: rooming (the hotel&apos;s), transport
(a passenger list per trip) or catering (numbers per
meal).</source>
        <translation>export logistics: rooming (lista zakwaterowania dla
hotelu), transport (lista pasażerów na każdy przejazd)
lub catering (liczba osób na każdy posiłek).</translation>
    </message>
    <message>
        <source>logistics EVENT --list rooming|transport|catering
--output FILE.pdf|FILE.csv</source>
        <translation>logistics WYDARZENIE --list rooming|transport|catering
--output PLIK.pdf|PLIK.csv</translation>
    </message>
    <message>
        <source>The hotel&apos;s rooming list, the coach company&apos;s
passenger list per trip or the caterer&apos;s numbers per
meal with dietary needs counted.</source>
        <translation>Lista zakwaterowania dla hotelu, lista pasażerów na
każdy przejazd dla przewoźnika lub liczba osób na każdy
posiłek z policzonymi wymaganiami dietetycznymi dla
firmy cateringowej.</translation>
    </message>
    <message>
        <source>--layout takes 8 or 4 (badges to a sheet).</source>
        <translation>--layout przyjmuje 8 lub 4 (identyfikatory na arkusz).</translation>
    </message>
    <message>
        <source>--blank needs a number from 0 to 500.</source>
        <translation>--blank wymaga liczby od 0 do 500.</translation>
    </message>
    <message>
        <source>export badges: 8 to a sheet (about A7, default) or 4
(about A6).</source>
        <translation>export badges: 8 na arkusz (ok. A7, domyślnie) lub 4
(ok. A6).</translation>
    </message>
    <message>
        <source>export badges: badges without a name for walk-ins
(default 0).</source>
        <translation>export badges: identyfikatory bez nazwiska dla osób
niezgłoszonych (domyślnie 0).</translation>
    </message>
    <message>
        <source>export badges: last names in capitals.</source>
        <translation>export badges: nazwiska wielkimi literami.</translation>
    </message>
    <message>
        <source>badges EVENT --output FILE.pdf</source>
        <translation>badges WYDARZENIE --output PLIK.pdf</translation>
    </message>
    <message>
        <source>Badges to cut from A4 sheets for everyone who comes,
8 or 4 to a sheet (--layout), blank ones for walk-ins
(--blank N).</source>
        <translation>Identyfikatory do wycięcia z arkuszy A4 dla wszystkich
przybywających, 8 lub 4 na arkusz (--layout), puste dla
osób niezgłoszonych (--blank N).</translation>
    </message>
    <message>
        <source>export agenda: each site&apos;s coordinates under its
address.</source>
        <translation>export agenda: współrzędne każdego miejsca pod jego
adresem.</translation>
    </message>
    <message>
        <source>[EVENT]</source>
        <translation>[WYDARZENIE]</translation>
    </message>
    <message>
        <source>List the clashes the calendar flags, of every event or
of EVENT: overlapping items, a person in two places at
once, capacity exceeded, too little travel time between
site visits, a site closed that day, a public holiday
in Germany or Poland.</source>
        <translation>Wypisać konflikty oznaczane w kalendarzu, wszystkich
wydarzeń lub WYDARZENIA: nakładające się punkty, osoba
w dwóch miejscach naraz, przekroczona liczba miejsc, za
mało czasu na przejazd między wizytami, miejsce
zamknięte tego dnia, święto w Niemczech lub Polsce.</translation>
    </message>
    <message>
        <source>Too many arguments: &quot;%1&quot;. Use &quot;conflicts [EVENT]&quot;.</source>
        <translation>Za dużo argumentów: „%1”. Użyj „conflicts [WYDARZENIE]”.</translation>
    </message>
    <message>
        <source>messages EVENT --template NAME --output DIR</source>
        <translation>messages WYDARZENIE --template NAZWA --output KATALOG</translation>
    </message>
    <message>
        <source>A personalised email draft (.eml) per participant,
in the language each reads, with the agenda attached
as a calendar; Thunderbird and Outlook open them.</source>
        <translation>Spersonalizowana wersja robocza e-maila (.eml) dla
każdego uczestnika, w jego języku, z programem
w załączniku jako plik kalendarza; otwierają je
Thunderbird i Outlook.</translation>
    </message>
    <message>
        <source>Use &quot;export messages EVENT --template NAME --output DIR&quot;.</source>
        <translation>Użyj „export messages WYDARZENIE --template NAZWA --output KATALOG”.</translation>
    </message>
    <message>
        <source>--template is missing: invitation, confirmation or practical?</source>
        <translation>Brak --template: invitation, confirmation czy practical?</translation>
    </message>
    <message>
        <source>--output DIR is missing: which folder should the messages go into?</source>
        <translation>Brak --output KATALOG: do którego katalogu zapisać wiadomości?</translation>
    </message>
    <message>
        <source>--%1 does not apply to &quot;export messages&quot;.</source>
        <translation>Opcja --%1 nie dotyczy polecenia „export messages”.</translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;; &quot;exchange-planner events&quot; lists them.</source>
        <translation>Nie ma wydarzenia „%1”; listę podaje „exchange-planner events”.</translation>
    </message>
    <message>
        <source>No participant of event %1 with the status %2 has an email address; no message was written.</source>
        <translation>Żaden uczestnik wydarzenia %1 ze statusem %2 nie ma adresu e-mail; nie zapisano żadnej wiadomości.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n message(s) into %1.</source>
        <translation>
            <numerusform>Zapisano %n wiadomość w katalogu %1.</numerusform>
            <numerusform>Zapisano %n wiadomości w katalogu %1.</numerusform>
            <numerusform>Zapisano %n wiadomości w katalogu %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No email address, so no message: %1.</source>
        <translation>Brak adresu e-mail, więc nie zapisano wiadomości: %1.</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;: use invitation, confirmation or practical.</source>
        <translation>Nieznany szablon „%1”: dostępne są invitation, confirmation i practical.</translation>
    </message>
    <message>
        <source>--purpose takes employer or visa.</source>
        <translation>--purpose przyjmuje employer lub visa.</translation>
    </message>
    <message>
        <source>NAME</source>
        <extracomment>the value of --template: which message</extracomment>
        <translation>NAZWA</translation>
    </message>
    <message>
        <source>export messages: invitation (to those invited),
confirmation (registered or confirmed) or practical
(everyone who comes); --status and --role choose
others.</source>
        <translation>export messages: invitation (do zaproszonych),
confirmation (do zgłoszonych lub potwierdzonych)
lub practical (do wszystkich przybywających);
--status i --role pozwalają wybrać inne osoby.</translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <extracomment>the value of --purpose: employer or visa</extracomment>
        <translation>CEL</translation>
    </message>
    <message>
        <source>export letters: employer (for the travel approval,
default) or visa (for the consulate).</source>
        <translation>export letters: employer (do zgody na wyjazd,
domyślnie) lub visa (dla konsulatu).</translation>
    </message>
    <message>
        <source>letters EVENT --output FILE.pdf</source>
        <translation>letters WYDARZENIE --output PLIK.pdf</translation>
    </message>
    <message>
        <source>An invitation letter per participant on the host
organisation&apos;s letterhead, in the language each
reads: for the employer&apos;s approval of the journey,
or with --purpose visa for the consulate.</source>
        <translation>List zapraszający dla każdego uczestnika na papierze
firmowym organizacji przyjmującej, w jego języku:
do zgody pracodawcy na wyjazd lub, z --purpose visa,
dla konsulatu.</translation>
    </message>
    <message>
        <source>[--from DATE] [--to DATE] [--by GROUP]</source>
        <translation>[--from DATA] [--to DATA] [--by GRUPA]</translation>
    </message>
    <message>
        <source>The partnership in figures: events, participations,
people, attended, not shown and the attendance rate
per year, kind, country, organisation or topic; visits
and events per site.</source>
        <translation>Partnerstwo w liczbach: wydarzenia, udziały, osoby,
obecni, nieobecni i frekwencja według roku, rodzaju,
kraju, organizacji lub tematu; wizyty i wydarzenia
według miejsca.</translation>
    </message>
    <message>
        <source>copy: the empty database to copy into, a new file or an
empty team database; stats: the last day counted.</source>
        <translation>copy: pusta baza docelowa, nowy plik lub pusta
zespołowa baza danych; stats: ostatni liczony dzień.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <extracomment>the value of --by: what the figures are grouped by</extracomment>
        <translation>GRUPA</translation>
    </message>
    <message>
        <source>stats: year (default), kind, country, organisation,
topic or site.</source>
        <translation>stats: year (rok, domyślnie), kind (rodzaj), country
(kraj), organisation, topic (temat) lub site (miejsce).</translation>
    </message>
    <message>
        <source>The command &quot;stats&quot; takes no argument &quot;%1&quot;.</source>
        <translation>Polecenie „stats” nie przyjmuje argumentu „%1”.</translation>
    </message>
    <message>
        <source>--%1 of &quot;stats&quot; takes a date, YYYY-MM-DD: &quot;%2&quot; is none.</source>
        <translation>--%1 polecenia „stats” przyjmuje datę RRRR-MM-DD: „%2” nią nie jest.</translation>
    </message>
    <message>
        <source>--by takes year, kind, country, organisation, topic or site.</source>
        <translation>--by przyjmuje year, kind, country, organisation, topic lub site.</translation>
    </message>
    <message>
        <source>events, people, conflicts, stats: table (default), csv
or json.</source>
        <translation>events, people, conflicts, stats: table (domyślnie), csv
lub json.</translation>
    </message>
    <message>
        <source>The event is missing: use &quot;%1&quot;.</source>
        <translation>Nie podano wydarzenia: proszę użyć „%1”.</translation>
    </message>
    <message>
        <source>Too many arguments: &quot;%1&quot;. Use &quot;%2&quot;.</source>
        <translation>Zbyt wiele argumentów: „%1”. Proszę użyć „%2”.</translation>
    </message>
    <message>
        <source>--day DATE is missing: which day&apos;s sheet was signed?</source>
        <translation>Brak --day DATA: z którego dnia jest podpisana lista?</translation>
    </message>
    <message>
        <source>Give either --present ROWS or --from FILE.csv: use &quot;%1&quot;.</source>
        <translation>Należy podać albo --present WIERSZE, albo --from PLIK.csv: proszę użyć „%1”.</translation>
    </message>
    <message>
        <source>The certificate&apos;s number is missing: use &quot;certificate NUMBER&quot;, e.g. &quot;certificate 2019-001-0019-4&quot;.</source>
        <translation>Brak numeru zaświadczenia: proszę użyć „certificate NUMER”, np. „certificate 2019-001-0019-4”.</translation>
    </message>
    <message>
        <source>Too many arguments: &quot;%1&quot;. Use &quot;certificate NUMBER&quot;.</source>
        <translation>Zbyt wiele argumentów: „%1”. Proszę użyć „certificate NUMER”.</translation>
    </message>
    <message>
        <source>evidence EVENT --output FILE.zip</source>
        <translation>evidence WYDARZENIE --output PLIK.zip</translation>
    </message>
    <message>
        <source>The evidence pack a funder&apos;s audit asks for: summary,
agendas, sign-in sheets, attendance, counts and
participant list in one ZIP archive.</source>
        <translation>Pakiet dokumentacji wymaganej przy kontroli przez
instytucję finansującą: podsumowanie, programy, listy
obecności, ewidencja obecności, zestawienia liczbowe
i lista uczestników w jednym archiwum ZIP.</translation>
    </message>
    <message>
        <source>EVENT --day DATE --present ROWS</source>
        <translation>WYDARZENIE --day DATA --present WIERSZE</translation>
    </message>
    <message>
        <source>Enter who signed the day&apos;s sign-in sheet (or with
--visit HH:MM a site visit&apos;s), by the rows&apos; numbers as
printed: 1,2,5-9. Statuses follow: attended, or not
shown. The sheet&apos;s earlier entry is replaced.</source>
        <translation>Zapisuje, kto podpisał listę obecności danego dnia
(lub z --visit GG:MM listę wizyty w terenie), według
numerów wierszy z wydruku: 1,2,5-9. Statusy zmieniają
się odpowiednio: obecność lub nieobecność. Wcześniejszy
wpis tej listy zostaje zastąpiony.</translation>
    </message>
    <message>
        <source>EVENT --day DATE --from FILE.csv</source>
        <translation>WYDARZENIE --day DATA --from PLIK.csv</translation>
    </message>
    <message>
        <source>The same from the sheet typed into a spreadsheet:
columns No. and Present; blank rows with First name,
Last name (and Email) add the walk-ins.</source>
        <translation>To samo z listy przepisanej do arkusza kalkulacyjnego:
kolumny Lp. i Obecność; puste wiersze uzupełnione
o Imię, Nazwisko (i E-mail) dodają osoby niezgłoszone.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMER</translation>
    </message>
    <message>
        <source>What the certificate of attendance NUMBER states (who,
which event, the days, places and hours), to confirm
it on request.</source>
        <translation>Podaje, co stwierdza zaświadczenie o uczestnictwie
NUMER (kto, jakie wydarzenie, dni, miejsca i godziny),
aby można je było potwierdzić na żądanie.</translation>
    </message>
    <message>
        <source>Use &quot;export evidence EVENT --output FILE.zip&quot;.</source>
        <translation>Proszę użyć „export evidence WYDARZENIE --output PLIK.zip”.</translation>
    </message>
    <message>
        <source>--output FILE.zip is missing: where should the evidence pack go?</source>
        <translation>Brak --output PLIK.zip: gdzie zapisać pakiet dokumentacji?</translation>
    </message>
    <message>
        <source>%1: the evidence pack is a ZIP archive; name a file ending .zip.</source>
        <translation>%1: pakiet dokumentacji jest archiwum ZIP; proszę podać plik z rozszerzeniem .zip.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &quot;export evidence&quot;.</source>
        <translation>Opcja --%1 nie dotyczy polecenia „export evidence”.</translation>
    </message>
    <message>
        <source>Wrote %1 holding %2.</source>
        <translation>Zapisano %1; zawartość: %2.</translation>
    </message>
    <message>
        <source>copy: the database to copy, a file or a team database;
restore: the backup to restore; stats: the first day
counted, YYYY-MM-DD; attendance: the signed sheet typed
into a CSV file (columns No., Present, and the names of
walk-ins).</source>
        <translation>copy: baza danych do skopiowania, plik lub zespołowa
baza danych; restore: kopia zapasowa do przywrócenia;
stats: pierwszy liczony dzień, RRRR-MM-DD; attendance:
podpisana lista przepisana do pliku CSV (kolumny Lp.,
Obecność oraz imiona i nazwiska osób niezgłoszonych).</translation>
    </message>
    <message>
        <source>export certificates: a PDF per person into the folder
--output names (new or empty), not one PDF.</source>
        <translation>export certificates: osobny PDF dla każdej osoby
w folderze podanym w --output (nowym lub pustym)
zamiast jednego pliku PDF.</translation>
    </message>
    <message>
        <source>attendance: the day of the signed sheet, YYYY-MM-DD.</source>
        <translation>attendance: dzień podpisanej listy, RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>ROWS</source>
        <extracomment>the value of --present: row numbers such as 1,2,5-9</extracomment>
        <translation>WIERSZE</translation>
    </message>
    <message>
        <source>attendance: the rows that signed, numbered as printed,
e.g. 1,2,5-9; everyone else on the sheet was absent.</source>
        <translation>attendance: wiersze z podpisem, numerowane jak na
wydruku, np. 1,2,5-9; pozostałe osoby z listy były
nieobecne.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <extracomment>the value of --visit: a time of day</extracomment>
        <translation>GG:MM</translation>
    </message>
    <message>
        <source>attendance: the sheet of the site visit that starts at
this time on --day, not the day&apos;s sheet.</source>
        <translation>attendance: lista wizyty w terenie rozpoczynającej się
o tej godzinie w dniu --day, a nie lista dnia.</translation>
    </message>
    <message>
        <source>certificates EVENT --output FILE.pdf</source>
        <translation>certificates WYDARZENIE --output PLIK.pdf</translation>
    </message>
    <message>
        <source>A certificate of attendance per attendee on the host&apos;s
letterhead: days, places visited, hours, its number;
with --split a folder of one PDF per person.</source>
        <translation>Zaświadczenie o uczestnictwie dla każdej obecnej osoby
na papierze firmowym organizacji przyjmującej: dni,
odwiedzone miejsca, godziny, numer; z --split folder
z osobnym plikiem PDF dla każdej osoby.</translation>
    </message>
    <message>
        <source>LOOK</source>
        <extracomment>the value of --appearance: how the window looks</extracomment>
        <translation>WYGLĄD</translation>
    </message>
    <message>
        <source>The window: system, light, dark or high-contrast
colours for this run (default: as chosen in
View › Appearance).</source>
        <translation>Okno: kolory systemu, jasne, ciemne lub o wysokim
kontraście dla tego uruchomienia (domyślnie: jak
wybrano w Widok › Wygląd).</translation>
    </message>
    <message>
        <source>Unknown appearance &quot;%1&quot;: use system, light, dark or high-contrast.</source>
        <translation>Nieznany wygląd „%1”: podaj system, light, dark lub high-contrast.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>%1 already holds data; the demo programme is only written into a new or empty database. Nothing was changed.</source>
        <translation>Baza danych %1 zawiera już dane; program demonstracyjny można zapisać tylko w nowej lub pustej bazie danych. Nie wprowadzono żadnych zmian.</translation>
    </message>
    <message>
        <source>The demo programme is missing from this build.</source>
        <translation>W tej kompilacji aplikacji brakuje programu demonstracyjnego.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one by starting the program, or with &quot;exchange-planner demo --database %1&quot;.</source>
        <translation>Baza danych %1 nie istnieje. Można ją utworzyć, uruchamiając aplikację, lub poleceniem „exchange-planner demo --database %1”.</translation>
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
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the demo programme with %n event(s) to %1.</source>
        <translation>
            <numerusform>Zapisano program demonstracyjny (%n wydarzenie) w pliku %1.</numerusform>
            <numerusform>Zapisano program demonstracyjny (%n wydarzenia) w pliku %1.</numerusform>
            <numerusform>Zapisano program demonstracyjny (%n wydarzeń) w pliku %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event id; &quot;exchange-planner events&quot; lists them.</source>
        <translation>„%1” nie jest identyfikatorem (ID) wydarzenia; listę wydarzeń wyświetla polecenie „exchange-planner events”.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Nie można otworzyć pliku %1: %2</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Baza danych %1 nie istnieje.</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: column &quot;%3&quot;: %4</source>
        <translation>%1:%2: kolumna „%3”: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid row(s); nothing was imported.</source>
        <translation>
            <numerusform>%n nieprawidłowy wiersz; niczego nie zaimportowano.</numerusform>
            <numerusform>%n nieprawidłowe wiersze; niczego nie zaimportowano.</numerusform>
            <numerusform>%n nieprawidłowych wierszy; niczego nie zaimportowano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) created</source>
        <translation>
            <numerusform>%n nowa osoba</numerusform>
            <numerusform>%n nowe osoby</numerusform>
            <numerusform>%n nowych osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched</source>
        <translation>
            <numerusform>%n wiersz dopasowany do zapisanej osoby</numerusform>
            <numerusform>%n wiersze dopasowane do zapisanych osób</numerusform>
            <numerusform>%n wierszy dopasowanych do zapisanych osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already taking part)</source>
        <translation>
            <numerusform>%n wiersz pominięty (osoba jest już na liście uczestników)</numerusform>
            <numerusform>%n wiersze pominięte (osoby są już na liście uczestników)</numerusform>
            <numerusform>%n wierszy pominiętych (osoby są już na liście uczestników)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) created</source>
        <translation>
            <numerusform>%n nowa organizacja</numerusform>
            <numerusform>%n nowe organizacje</numerusform>
            <numerusform>%n nowych organizacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored value(s) kept where the file differs</source>
        <translation>
            <numerusform>%n zapisana wartość zachowana mimo innej wartości w pliku</numerusform>
            <numerusform>%n zapisane wartości zachowane mimo innych wartości w pliku</numerusform>
            <numerusform>%n zapisanych wartości zachowanych mimo innych wartości w pliku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run of %n row(s), nothing written: %1.</source>
        <translation>
            <numerusform>Próbny przebieg dla %n wiersza, niczego nie zapisano: %1.</numerusform>
            <numerusform>Próbny przebieg dla %n wierszy, niczego nie zapisano: %1.</numerusform>
            <numerusform>Próbny przebieg dla %n wierszy, niczego nie zapisano: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s): %1.</source>
        <translation>
            <numerusform>Zaimportowano %n wiersz: %1.</numerusform>
            <numerusform>Zaimportowano %n wiersze: %1.</numerusform>
            <numerusform>Zaimportowano %n wierszy: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written. Choose a new name for the copy.</source>
        <translation>%1 już istnieje; niczego nie zapisano. Proszę wybrać nową nazwę kopii.</translation>
    </message>
    <message>
        <source>The copy %1 cannot be written: the folder %2 does not exist or is not writable.</source>
        <translation>Nie można zapisać kopii %1: folder %2 nie istnieje lub nie ma do niego uprawnień zapisu.</translation>
    </message>
    <message>
        <source>The copy %1 cannot be written: %2</source>
        <translation>Nie można zapisać kopii %1: %2</translation>
    </message>
    <message>
        <source>Wrote a copy of %1 to %2.</source>
        <translation>Zapisano kopię %1 w %2.</translation>
    </message>
    <message>
        <source>%1 is the database itself (%2); a backup cannot be written over it. Nothing was written.</source>
        <translation>%1 to sama baza danych (%2); kopia zapasowa nie może jej nadpisać. Niczego nie zapisano.</translation>
    </message>
    <message numerus="yes">
        <source>%n participation(s) updated</source>
        <translation>
            <numerusform>%n udział zaktualizowany</numerusform>
            <numerusform>%n udziały zaktualizowane</numerusform>
            <numerusform>%n udziałów zaktualizowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participation(s) left as stored where the file differs (--update replaces them)</source>
        <translation>
            <numerusform>%n udział pozostawiony bez zmian mimo innych wartości w pliku (--update je zastępuje)</numerusform>
            <numerusform>%n udziały pozostawione bez zmian mimo innych wartości w pliku (--update je zastępuje)</numerusform>
            <numerusform>%n udziałów pozostawionych bez zmian mimo innych wartości w pliku (--update je zastępuje)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored value(s) replaced</source>
        <translation>
            <numerusform>%n zapisana wartość zastąpiona</numerusform>
            <numerusform>%n zapisane wartości zastąpione</numerusform>
            <numerusform>%n zapisanych wartości zastąpionych</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the database copied from; nothing was written.</source>
        <translation>%1 to baza danych, z której kopiujemy; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3; the counts agree (%4).</source>
        <translation>Skopiowano %1 wierszy z %2 do %3; liczby się zgadzają (%4).</translation>
    </message>
    <message>
        <source>A team database is restored on its server by its administrator. To bring a backup file onto a new, empty team database, use &quot;copy --from BACKUP --to URL&quot;. Nothing was changed.</source>
        <translation>Zespołową bazę danych przywraca na serwerze jego administrator. Aby przenieść plik kopii zapasowej do nowej, pustej zespołowej bazy danych, użyj „copy --from KOPIA --to URL”. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Restored %1 from the backup %2.</source>
        <translation>Przywrócono %1 z kopii zapasowej %2.</translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation>Dotychczasowa baza danych została zachowana jako %1.</translation>
    </message>
    <message>
        <source>There is no person with the id or email %1. Nothing was changed.</source>
        <translation>Nie ma osoby o identyfikatorze lub e-mailu %1. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1 was not erased: %2. Nothing was changed.</source>
        <translation>Nie usunięto %1: %2. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Erased %1 (id %2):</source>
        <translation>Usunięto %1 (id %2):</translation>
    </message>
    <message>
        <source>Not yet cleaned:</source>
        <translation>Jeszcze nie wyczyszczono:</translation>
    </message>
    <message>
        <source>What stays:</source>
        <translation>Co zostaje:</translation>
    </message>
    <message>
        <source>These backups, older than the erasure, still hold the person; they go as the rotation removes them, or delete them by hand:</source>
        <translation>Te kopie zapasowe, starsze niż usunięcie, wciąż zawierają osobę; znikną, gdy usunie je rotacja, albo usuń je ręcznie:</translation>
    </message>
    <message>
        <source>Wrote the data of %1 (id %2) to %3.</source>
        <translation>Zapisano dane %1 (id %2) w %3.</translation>
    </message>
    <message>
        <source>%1: %2 due.</source>
        <translation>%1: wymagalne: %2.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizacja</translation>
    </message>
    <message>
        <source>last event</source>
        <translation>ostatnie wydarzenie</translation>
    </message>
    <message>
        <source>Every rule of the retention policy is off.</source>
        <translation>Wszystkie zasady przechowywania są wyłączone.</translation>
    </message>
    <message>
        <source>The retention policy was not applied: %1. Nothing was changed.</source>
        <translation>Nie zastosowano zasad przechowywania: %1. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1: anonymised for %2 people.</source>
        <translation>%1: zanonimizowano dla %2 osób.</translation>
    </message>
    <message>
        <source>Nothing is due; nothing was changed.</source>
        <translation>Nic nie jest wymagalne; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Podstawa prawna</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofano</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nie zapisano</translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;; &quot;exchange-planner events&quot; lists them. Nothing was changed.</source>
        <translation>Nie ma wydarzenia „%1”; listę podaje „exchange-planner events”. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The event was not duplicated: %1. Nothing was changed.</source>
        <translation>Wydarzenie nie zostało powielone: %1. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Brak konfliktów.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;; &quot;exchange-planner events&quot; lists them.</source>
        <translation>Nie ma wydarzenia „%1”; listę podaje „exchange-planner events”.</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed beyond the event&apos;s %1 places put on the waiting list</source>
        <translation>
            <numerusform>%n osoba potwierdzona ponad %1 miejsc wydarzenia trafiła na listę rezerwową</numerusform>
            <numerusform>%n osoby potwierdzone ponad %1 miejsc wydarzenia trafiły na listę rezerwową</numerusform>
            <numerusform>%n osób potwierdzonych ponad %1 miejsc wydarzenia trafiło na listę rezerwową</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved up from the waiting list</source>
        <translation>
            <numerusform>%n osoba przeszła z listy rezerwowej</numerusform>
            <numerusform>%n osoby przeszły z listy rezerwowej</numerusform>
            <numerusform>%n osób przeszło z listy rezerwowej</numerusform>
        </translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>No events in the period.</source>
        <translation>Brak wydarzeń w tym okresie.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Udziały</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nieobecni</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Frekwencja</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(bez organizacji)</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(nieznane)</translation>
    </message>
    <message>
        <source>--present takes row numbers such as 1,2,5-9: &quot;%1&quot; is none. Nothing was changed.</source>
        <translation>Opcja --present przyjmuje numery wierszy, np. 1,2,5-9: „%1” nie jest numerem wiersza. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The event runs from %1 to %2; %3 is none of its days. Nothing was changed.</source>
        <translation>Wydarzenie trwa od %1 do %2; %3 nie jest żadnym z jego dni. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>No site visit on %1: leave --visit out for the day&apos;s sheet. Nothing was changed.</source>
        <translation>W dniu %1 nie ma wizyty w terenie: dla listy dnia proszę pominąć --visit. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>No site visit starts at &quot;%1&quot; on %2; the visits start at %3. Nothing was changed.</source>
        <translation>W dniu %2 żadna wizyta w terenie nie zaczyna się o „%1”; wizyty zaczynają się o %3. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Line %1: row %2</source>
        <translation>Wiersz pliku %1 (nr %2 na liście)</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Wiersz nr %1</translation>
    </message>
    <message>
        <source>%1 is a blank row of the sheet (rows 1 to %2 name participants): a walk-in needs their name, given in a file with --from or in the window. Nothing was changed.</source>
        <translation>%1 to pusty wiersz listy (wiersze od 1 do %2 zawierają uczestników): dla osoby niezgłoszonej należy podać imię i nazwisko – w pliku z opcją --from lub w oknie programu. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was changed.</source>
        <translation>Nie można odczytać %1: %2. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was changed.</source>
        <translation>%1: %2. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The attendance was not entered: %1. Nothing was changed.</source>
        <translation>Nie wprowadzono obecności: %1. Niczego nie zmieniono.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 present, %n walk-in(s) added.</source>
        <translation>
            <numerusform>%1: obecnych %2 z %3, dodano %n osobę niezgłoszoną.</numerusform>
            <numerusform>%1: obecnych %2 z %3, dodano %n osoby niezgłoszone.</numerusform>
            <numerusform>%1: obecnych %2 z %3, dodano %n osób niezgłoszonych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent: %1</source>
        <translation>Osoby nieobecne: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n status(es) changed.</source>
        <translation>
            <numerusform>Zmieniono %n status.</numerusform>
            <numerusform>Zmieniono %n statusy.</numerusform>
            <numerusform>Zmieniono %n statusów.</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificates: nobody attended the event. Nothing was written.</source>
        <translation>Brak zaświadczeń: nikt nie uczestniczył w wydarzeniu. Niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Niczego nie zapisano.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n certificate(s) into %1.</source>
        <translation>
            <numerusform>Zapisano %n zaświadczenie w folderze %1.</numerusform>
            <numerusform>Zapisano %n zaświadczenia w folderze %1.</numerusform>
            <numerusform>Zapisano %n zaświadczeń w folderze %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>%1 %2 takes part in &quot;%3&quot; and &quot;%4&quot; at the same time.</source>
        <translation>%1 %2 uczestniczy jednocześnie w „%3” i „%4”.</translation>
    </message>
    <message>
        <source>%1 %2 hosts &quot;%3&quot; (%4) and &quot;%5&quot; (%6) at once.</source>
        <translation>%1 %2 prowadzi jednocześnie „%3” (%4) i „%5” (%6).</translation>
    </message>
    <message numerus="yes">
        <source>%n people come to an event with %1 places.</source>
        <translation>
            <numerusform>%n osoba przybywa na wydarzenie z %1 miejscami.</numerusform>
            <numerusform>%n osoby przybywają na wydarzenie z %1 miejscami.</numerusform>
            <numerusform>%n osób przybywa na wydarzenie z %1 miejscami.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2: %3 km as the crow flies need at least %4 min at %5 km/h; %6 min are planned.</source>
        <translation>%1 → %2: %3 km w linii prostej wymaga co najmniej %4 min przy %5 km/h; zaplanowano %6 min.</translation>
    </message>
    <message>
        <source>%1 is not open on %2, %3.</source>
        <translation>%1 jest nieczynne w dniu %2, %3.</translation>
    </message>
    <message>
        <source>%1 is a public holiday in %2: %3.</source>
        <translation>%1 to dzień wolny od pracy w kraju %2: %3.</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Niemcy</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polska</translation>
    </message>
    <message>
        <source>Overlapping items</source>
        <translation>Nakładające się punkty</translation>
    </message>
    <message>
        <source>In two places at once</source>
        <translation>W dwóch miejscach naraz</translation>
    </message>
    <message>
        <source>Capacity exceeded</source>
        <translation>Przekroczona liczba miejsc</translation>
    </message>
    <message>
        <source>Too little travel time</source>
        <translation>Za mało czasu na przejazd</translation>
    </message>
    <message>
        <source>Site closed</source>
        <translation>Miejsce zamknięte</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Święto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) and &quot;%3&quot; (%4) overlap.</source>
        <translation>„%1” (%2) i „%3” (%4) nakładają się.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) and &quot;%3&quot; (%4) overlap for group %5.</source>
        <translation>„%1” (%2) i „%3” (%4) nakładają się dla grupy %5.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 jest folderem, a nie plikiem bazy danych.</translation>
    </message>
    <message>
        <source>%1 is not an Exchange Planner database: it is not a database file at all. It was left unchanged.</source>
        <translation>%1 nie jest bazą danych Exchange Planner – nie jest to w ogóle plik bazy danych. Plik pozostawiono bez zmian.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Exchange Planner database (%2). It was left unchanged.</source>
        <translation>%1 nie jest bazą danych Exchange Planner (%2). Plik pozostawiono bez zmian.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Exchange Planner. It was left unchanged.</source>
        <translation>%1 jest bazą danych innej aplikacji, a nie Exchange Planner. Plik pozostawiono bez zmian.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Exchange Planner (database version %2; this version reads up to %3). Please install the newer version. The file was left unchanged.</source>
        <translation>Plik %1 został zapisany przez nowszą wersję Exchange Planner (wersja bazy danych: %2; ta wersja odczytuje wersje do %3). Proszę zainstalować nowszą wersję. Plik pozostawiono bez zmian.</translation>
    </message>
    <message>
        <source>Cannot write the backup copy %1 before upgrading %2: %3. The database was left unchanged.</source>
        <translation>Nie można zapisać kopii zapasowej %1 przed aktualizacją %2: %3. Bazę danych pozostawiono bez zmian.</translation>
    </message>
    <message>
        <source>Upgrading %1 from database version %2 failed: %3. The database was left unchanged.</source>
        <translation>Aktualizacja %1 z wersji bazy danych %2 nie powiodła się: %3. Bazę danych pozostawiono bez zmian.</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 już istnieje</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>Nie można zapisać %1</translation>
    </message>
    <message>
        <source>the upgraded database breaks a reference between records</source>
        <translation>zaktualizowana baza danych narusza powiązanie między rekordami</translation>
    </message>
    <message>
        <source>%1 is the open database itself</source>
        <translation>%1 to sama otwarta baza danych</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>brak tabeli %1</translation>
    </message>
    <message>
        <source>the tables %1 are missing</source>
        <translation>brak tabel %1</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>brak kolumny %1</translation>
    </message>
    <message>
        <source>the columns %1 are missing</source>
        <translation>brak kolumn %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged or was edited by hand: %2. It was left unchanged.</source>
        <translation>Baza danych %1 jest uszkodzona lub została zmieniona ręcznie: %2. Plik pozostawiono bez zmian.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or was edited by hand: the table %2 is missing.</source>
        <translation>Baza danych %1 jest uszkodzona lub została zmieniona ręcznie: brak tabeli %2.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or was edited by hand: the column %2 is missing.</source>
        <translation>Baza danych %1 jest uszkodzona lub została zmieniona ręcznie: brak kolumny %2.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2. It may be damaged or have been edited by hand.</source>
        <translation>Nie można odczytać bazy danych %1: %2. Może być uszkodzona lub zmieniona ręcznie.</translation>
    </message>
    <message>
        <source>%1 is not a team database address libpq reads: %2</source>
        <translation>%1 nie jest adresem wspólnej bazy danych, który libpq potrafi odczytać: %2</translation>
    </message>
    <message>
        <source>The team database %1 asks for a password, and none was given. Put it in ~/.pgpass, in the environment variable PGPASSWORD or in a service file (pg_service.conf); the command line never asks for it.</source>
        <translation>Wspólna baza danych %1 wymaga hasła, a nie podano żadnego. Proszę zapisać je w ~/.pgpass, w zmiennej środowiskowej PGPASSWORD lub w pliku usług (pg_service.conf); wiersz poleceń nigdy o nie nie pyta.</translation>
    </message>
    <message>
        <source>The team database %1 refused the user or the password (%2).</source>
        <translation>Wspólna baza danych %1 odrzuciła użytkownika lub hasło (%2).</translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1: %2</source>
        <translation>Nie można połączyć się ze wspólną bazą danych %1: %2</translation>
    </message>
    <message>
        <source>The team database %1 is empty, and your database role may not create its tables (%2). Ask its administrator to create them, or for the right to create tables in it.</source>
        <translation>Wspólna baza danych %1 jest pusta, a Twoja rola w bazie danych nie może utworzyć jej tabel (%2). Poproś administratora bazy o ich utworzenie lub o prawo do tworzenia w niej tabel.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Nie można utworzyć %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 nie istnieje.</translation>
    </message>
    <message>
        <source>%1 is an empty database, not one of Exchange Planner.</source>
        <translation>%1 to pusta baza danych, a nie baza Exchange Planner.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the tables %1 refer to each other</source>
        <translation>tabele %1 odwołują się do siebie nawzajem</translation>
    </message>
    <message>
        <source>Copying %1 to %2 failed: %3. Nothing was written to %2.</source>
        <translation>Kopiowanie %1 do %2 nie powiodło się: %3. Do %2 nic nie zapisano.</translation>
    </message>
    <message>
        <source>%1 already holds data; a copy goes into an empty database only. Nothing was written.</source>
        <translation>%1 zawiera już dane; kopię można zapisać tylko do pustej bazy danych. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>tabela %1: %2</translation>
    </message>
    <message>
        <source>table %1 has %2 rows in the copy, %3 in the original</source>
        <translation>tabela %1 ma %2 wierszy w kopii, %3 w oryginale</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Open Database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <source>Exchange Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bazy danych Exchange Planner (*.sqlite *.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <source>Exchange Planner databases (*.sqlite)</source>
        <translation>Bazy danych Exchange Planner (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File › Open Database.</source>
        <translation>Plik %1 już istnieje. Proszę wybrać inną nazwę albo otworzyć ten plik poleceniem Plik › Otwórz bazę danych.</translation>
    </message>
    <message>
        <source>Cannot Create Database</source>
        <translation>Nie można utworzyć bazy danych</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Kopia zapasowa bazy danych</translation>
    </message>
    <message>
        <source>Exchange Planner databases (*.sqlite *.db)</source>
        <translation>Bazy danych Exchange Planner (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Not Backed Up</source>
        <translation>Nie utworzono kopii</translation>
    </message>
    <message>
        <source>the old file cannot be replaced</source>
        <translation>nie można zastąpić starego pliku</translation>
    </message>
    <message>
        <source>the copy cannot be renamed</source>
        <translation>nie można zmienić nazwy kopii</translation>
    </message>
    <message>
        <source>The copy %1 cannot be written: %2</source>
        <translation>Nie można zapisać kopii %1: %2</translation>
    </message>
    <message>
        <source>%1 is the open database itself; a backup cannot replace it. Choose another name for the copy.</source>
        <translation>%1 to sama otwarta baza danych; kopia zapasowa nie może jej zastąpić. Proszę wybrać inną nazwę kopii.</translation>
    </message>
</context>
<context>
    <name>DemoProgramme</name>
    <message>
        <source>%1 refers to &quot;%2&quot;, which the programme does not define.</source>
        <translation>%1 odwołuje się do „%2”, czego program nie definiuje.</translation>
    </message>
    <message>
        <source>The demo programme cannot be written: %1: %2</source>
        <translation>Nie można zapisać programu demonstracyjnego: %1: %2</translation>
    </message>
    <message>
        <source>The demo programme cannot be read: %1 at offset %2.</source>
        <translation>Nie można odczytać programu demonstracyjnego: %1 na pozycji %2.</translation>
    </message>
    <message>
        <source>The demo programme cannot be read: it is not in the demo programme format.</source>
        <translation>Nie można odczytać programu demonstracyjnego: dane nie mają formatu programu demonstracyjnego.</translation>
    </message>
    <message>
        <source>The demo programme cannot be written: %1</source>
        <translation>Nie można zapisać programu demonstracyjnego: %1</translation>
    </message>
</context>
<context>
    <name>ErasedTraces</name>
    <message>
        <source>The search index could not be rewritten (%1).</source>
        <translation>Nie udało się przepisać indeksu wyszukiwania (%1).</translation>
    </message>
    <message>
        <source>Another window or program is reading the database: the earlier copies of its pages in the write-ahead log (the file ending in -wal) are removed when it closes the database.</source>
        <translation>Inne okno lub program odczytuje bazę danych: wcześniejsze kopie jej stron w dzienniku zapisu z wyprzedzeniem (pliku z końcówką -wal) zostaną usunięte, gdy zamknie ono bazę danych.</translation>
    </message>
    <message>
        <source>The server keeps the old versions of the deleted rows until its next VACUUM, which your database role may not run (%1); ask the server&apos;s administrator.</source>
        <translation>Serwer przechowuje stare wersje usuniętych wierszy do następnego VACUUM, którego Twoja rola w bazie danych nie może uruchomić (%1); zwróć się do administratora serwera.</translation>
    </message>
</context>
<context>
    <name>EvidenceCounts</name>
    <message>
        <source>(not known)</source>
        <translation>(nieznane)</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(bez organizacji)</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>Grupowanie według</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nieobecni</translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <source>This summary: the event, its funding programme and project number, the counts</source>
        <translation>To podsumowanie: wydarzenie, jego program finansowania i numer projektu, liczby</translation>
    </message>
    <message>
        <source>The agenda (%1)</source>
        <translation>Program (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in sheets as printed: a sheet per day, %n blank row(s) for walk-ins</source>
        <translation>
            <numerusform>Listy obecności w wersji do druku: jedna lista na każdy dzień, %n pusty wiersz dla osób niezgłoszonych</numerusform>
            <numerusform>Listy obecności w wersji do druku: jedna lista na każdy dzień, %n puste wiersze dla osób niezgłoszonych</numerusform>
            <numerusform>Listy obecności w wersji do druku: jedna lista na każdy dzień, %n pustych wierszy dla osób niezgłoszonych</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance from the signed sheets: who signed each day&apos;s and site visit&apos;s sheet, days and hours attended</source>
        <translation>Obecność według podpisanych list: kto podpisał listę każdego dnia i każdej wizyty w terenie, dni i godziny obecności</translation>
    </message>
    <message>
        <source>The same as a spreadsheet: 1 signed, 0 not signed</source>
        <translation>To samo jako arkusz kalkulacyjny: 1 – podpisano, 0 – brak podpisu</translation>
    </message>
    <message>
        <source>Participants, attended and no-show by country, organisation and role</source>
        <translation>Uczestnicy, obecni i nieobecni według kraju, organizacji i roli</translation>
    </message>
    <message>
        <source>The participant list: everyone with their status</source>
        <translation>Lista uczestników: wszystkie osoby wraz ze statusem</translation>
    </message>
    <message>
        <source>The participant list as a spreadsheet</source>
        <translation>Lista uczestników jako arkusz kalkulacyjny</translation>
    </message>
    <message>
        <source>%1 cannot be written: no temporary folder for its files (%2).</source>
        <translation>Nie można zapisać %1: nie udało się utworzyć folderu tymczasowego na pliki (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be written: its %2 could not be made (%3).</source>
        <translation>Nie można zapisać %1: nie udało się utworzyć zawartego w nim pliku %2 (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be written: its %2 could not be read back (%3).</source>
        <translation>Nie można zapisać %1: nie udało się ponownie odczytać zawartego w nim pliku %2 (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>The certificates of attendance issued: a page per attendee in the language they read, with its number</source>
        <translation>Wystawione zaświadczenia o uczestnictwie: strona dla każdego uczestnika w języku, który czyta, z numerem zaświadczenia</translation>
    </message>
</context>
<context>
    <name>EvidenceSummaryDocument</name>
    <message>
        <source>Evidence pack</source>
        <translation>Pakiet dokumentacji</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <source>interpretation %1</source>
        <translation>tłumaczenie %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Organizacja przyjmująca</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organizatorzy</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>Program finansowania</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Numer projektu</translation>
    </message>
    <message>
        <source>The event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Uczestnictwo</translation>
    </message>
    <message>
        <source>Participants on the sign-in sheets</source>
        <translation>Uczestnicy na listach obecności</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nieobecni</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Osoby niezgłoszone</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <source>%1, sign-in sheets entered for %2</source>
        <translation>%1, listy obecności wprowadzono dla %2</translation>
    </message>
    <message>
        <source>Files of this archive</source>
        <translation>Pliki w tym archiwum</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Zawartość</translation>
    </message>
    <message>
        <source>Made on %1 with Exchange Planner %2.</source>
        <translation>Utworzono dnia %1 w programie Exchange Planner %2.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>%1: cannot tell from its ending what to write; %2 are written as %3.</source>
        <translation>%1: na podstawie rozszerzenia nie można ustalić, co zapisać; dostępne rozszerzenia dla %2: %3.</translation>
    </message>
    <message>
        <source>sign-in sheets</source>
        <translation>list obecności</translation>
    </message>
    <message>
        <source> or </source>
        <translation> lub </translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;; &quot;exchange-planner events&quot; lists them.</source>
        <translation>Wydarzenie „%1” nie istnieje; listę wydarzeń wyświetla polecenie „exchange-planner events”.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Zapisano plik %1.</translation>
    </message>
</context>
<context>
    <name>ExportPaths</name>
    <message>
        <source>CSV for Excel, with semicolons (*.csv)</source>
        <translation>CSV dla programu Excel, rozdzielany średnikami (*.csv)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (RFC 4180) (*.csv)</source>
        <translation>CSV, rozdzielany przecinkami (RFC 4180) (*.csv)</translation>
    </message>
    <message>
        <source>vCard address book (*.vcf)</source>
        <translation>Książka adresowa vCard (*.vcf)</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>(not imported)</source>
        <translation>(nie importować)</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>a person&apos;s academic or professional title, e.g. &quot;Dr.&quot;, &quot;mgr inż.&quot;</extracomment>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Full name (first and last)</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegacja</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>the status of a participant (invited, registered, confirmed …)</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Znajomość języków</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Wymagania dietetyczne</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Szczególne potrzeby</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Przyjazd</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Wyjazd</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Purpose of consent</source>
        <translation>Cel zgody</translation>
    </message>
    <message>
        <source>Source of consent</source>
        <translation>Źródło zgody</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Pokój</translation>
    </message>
</context>
<context>
    <name>FileWriting</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Nie można zapisać pliku %1: %2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 jest plikiem, a nie folderem.</translation>
    </message>
    <message>
        <source>%1 is not empty; the files go into a new or empty folder.</source>
        <translation>%1 nie jest pusty; pliki są zapisywane w nowym lub pustym folderze.</translation>
    </message>
    <message>
        <source>%1: the folder %2 cannot be made.</source>
        <translation>%1: nie można utworzyć folderu %2.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>Nie można zastąpić %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>German</source>
        <translation>niemiecki</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <source>English</source>
        <translation>angielski</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francuski</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>czeski</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>słowacki</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukraiński</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>niderlandzki</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>włoski</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>hiszpański</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>litewski</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>węgierski</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>rosyjski</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turecki</translation>
    </message>
</context>
<context>
    <name>LetterDocument</name>
    <message>
        <source>Invitation letters</source>
        <translation>Listy zapraszające</translation>
    </message>
    <message>
        <source>Nobody to invite: no participant matches the choice.</source>
        <translation>Brak osób do zaproszenia: żaden uczestnik nie spełnia wybranych kryteriów.</translation>
    </message>
    <message>
        <source>To the consular section responsible</source>
        <translation>Właściwy wydział konsularny</translation>
    </message>
    <message>
        <source>Letter of invitation for a visa application: %1, &quot;%2&quot;</source>
        <translation>List zapraszający do wniosku wizowego: %1, „%2”</translation>
    </message>
    <message>
        <source>Invitation of %1 to &quot;%2&quot;</source>
        <translation>Zaproszenie do udziału w „%2”: %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>We would like to invite %1 of your organisation to take part in &quot;%2&quot; (%3, %4).</source>
        <translation>Mamy przyjemność zaprosić do udziału w „%2” (%3, %4) następującą osobę z Państwa organizacji: %1.</translation>
    </message>
    <message>
        <source>We would like to invite %1 to take part in &quot;%2&quot; (%3, %4).</source>
        <translation>Mamy przyjemność zaprosić do udziału w „%2” (%3, %4) następującą osobę: %1.</translation>
    </message>
    <message>
        <source>We kindly ask you to release %1 for the time of the online event.</source>
        <translation>Uprzejmie prosimy o zwolnienie z obowiązków służbowych na czas wydarzenia online następującej osoby: %1.</translation>
    </message>
    <message>
        <source>We kindly ask you to release %1 for these days and to approve the journey.</source>
        <translation>Uprzejmie prosimy o zwolnienie z obowiązków służbowych w tych dniach oraz o wyrażenie zgody na wyjazd następującej osoby: %1.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Przyjazd</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Wyjazd</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Yours faithfully</source>
        <translation>Z poważaniem</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Szanowni Państwo,</translation>
    </message>
    <message>
        <source>We hereby confirm that we invite %1 to take part in &quot;%2&quot; in %3 (%4).</source>
        <translation>Niniejszym potwierdzamy, że zapraszamy do udziału w „%2” (miejsce: %3, termin: %4) następującą osobę: %1.</translation>
    </message>
    <message>
        <source>The purpose of the stay is the professional exchange between partner regions. The stay is planned from %1 to %2.</source>
        <translation>Celem pobytu jest wymiana zawodowa między regionami partnerskimi. Pobyt jest planowany w terminie od %1 do %2.</translation>
    </message>
    <message>
        <source>Accommodation is booked at %1.</source>
        <translation>Zarezerwowano zakwaterowanie: %1.</translation>
    </message>
    <message>
        <source>We kindly ask you to issue %1 a visa for this stay.</source>
        <translation>Uprzejmie prosimy o wydanie wizy na ten pobyt następującej osobie: %1.</translation>
    </message>
    <message>
        <source>The event is funded by %1.</source>
        <translation>Wydarzenie jest finansowane ze środków: %1.</translation>
    </message>
    <message>
        <source>The event is part of the project %1, funded by %2.</source>
        <translation>Wydarzenie jest częścią projektu nr %1 finansowanego ze środków: %2.</translation>
    </message>
    <message>
        <source>Please do not hesitate to contact us with any questions.</source>
        <translation>W razie pytań prosimy o kontakt.</translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>column heading: where an event takes place, a city or an online platform</extracomment>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>column heading: the status of an event (planned, confirmed, held, cancelled)</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nazwa skrócona</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Host</source>
        <extracomment>column heading: the organisation hosting a site</extracomment>
        <translation>Gospodarz</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Niemiecki</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polski</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angielski</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
</context>
<context>
    <name>Logistics</name>
    <message>
        <source>Nights</source>
        <translation>Noce</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Przejazd</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation>Miejsce zbiórki</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Posiłek</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Goście</translation>
    </message>
    <message>
        <source>With dietary needs</source>
        <translation>Z wymaganiami dietetycznymi</translation>
    </message>
</context>
<context>
    <name>LogisticsDocument</name>
    <message>
        <source>Rooming list</source>
        <translation>Lista zakwaterowania</translation>
    </message>
    <message>
        <source>Passenger lists</source>
        <translation>Listy pasażerów</translation>
    </message>
    <message>
        <source>Catering numbers</source>
        <translation>Wyżywienie: liczba osób</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupa %1</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n gość</numerusform>
            <numerusform>%n gości</numerusform>
            <numerusform>%n gości</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 nights in all</source>
        <translation>łącznie noclegów: %1</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Noce</translation>
    </message>
    <message>
        <source>No hotel entered</source>
        <translation>Nie wpisano hotelu</translation>
    </message>
    <message>
        <source>The agenda has no travel items.</source>
        <translation>Program nie zawiera przejazdów.</translation>
    </message>
    <message>
        <source>Passengers: %1</source>
        <translation>Pasażerowie: %1</translation>
    </message>
    <message>
        <source>Meeting point: %1</source>
        <translation>Miejsce zbiórki: %1</translation>
    </message>
    <message>
        <source>No delegation is named as this group: everyone there that day is listed.</source>
        <translation>Żadna delegacja nie nosi nazwy tej grupy: wymieniono wszystkie osoby obecne tego dnia.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>On board</source>
        <translation>Na pokładzie</translation>
    </message>
    <message>
        <source>Meals: %1</source>
        <translation>Posiłki: %1</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Posiłek</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Goście</translation>
    </message>
    <message>
        <source>No delegation is named as this group: everyone there that day is counted.</source>
        <translation>Żadna delegacja nie nosi nazwy tej grupy: policzono wszystkie osoby obecne tego dnia.</translation>
    </message>
</context>
<context>
    <name>MessageDrafts</name>
    <message>
        <source>not known yet</source>
        <translation>do ustalenia</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>Invitation</source>
        <translation>Zaproszenie</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Potwierdzenie</translation>
    </message>
    <message>
        <source>Practical information</source>
        <translation>Informacje praktyczne</translation>
    </message>
    <message>
        <source>title, first and last name</source>
        <translation>tytuł, imię i nazwisko</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>imię</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nazwisko</translation>
    </message>
    <message>
        <source>the event&apos;s title</source>
        <translation>tytuł wydarzenia</translation>
    </message>
    <message>
        <source>the event&apos;s first and last day</source>
        <translation>pierwszy i ostatni dzień wydarzenia</translation>
    </message>
    <message>
        <source>venue address or online link</source>
        <translation>adres miejsca lub link online</translation>
    </message>
    <message>
        <source>meeting point and time of the first item</source>
        <translation>miejsce i godzina zbiórki przed pierwszym punktem programu</translation>
    </message>
    <message>
        <source>the participant&apos;s hotel</source>
        <translation>hotel uczestnika</translation>
    </message>
    <message>
        <source>the participant&apos;s arrival</source>
        <translation>przyjazd uczestnika</translation>
    </message>
    <message>
        <source>the participant&apos;s departure</source>
        <translation>wyjazd uczestnika</translation>
    </message>
    <message>
        <source>the first organiser&apos;s name</source>
        <translation>imię i nazwisko pierwszego organizatora</translation>
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
            <numerusform>%1: %2 nie jest znacznikiem znanym programowi.</numerusform>
            <numerusform>%1: %2 nie są znacznikami znanymi programowi.</numerusform>
            <numerusform>%1: %2 nie są znacznikami znanymi programowi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it. Nothing was saved. The templates you did not change now show what was saved meanwhile; save again to replace the other&apos;s text of %1 with yours.</source>
        <translation>Szablon %1 został zmieniony przez kogoś innego od chwili otwarcia. Nic nie zapisano. Szablony, których Pan/Pani nie zmieniał(a), pokazują teraz to, co w międzyczasie zapisano; aby zastąpić cudzy tekst szablonu %1 własnym, proszę zapisać ponownie.</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>Program finansowania</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Numer projektu</translation>
    </message>
</context>
<context>
    <name>ParticipantListDocument</name>
    <message>
        <source>Participant list</source>
        <translation>Lista uczestników</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rola: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n uczestnik</numerusform>
            <numerusform>%n uczestników</numerusform>
            <numerusform>%n uczestników</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Lp.</translation>
    </message>
</context>
<context>
    <name>PersonChanges</name>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Zmieniono: %1</translation>
    </message>
    <message>
        <source>Registered for %1</source>
        <translation>Zgłoszono na %1</translation>
    </message>
    <message>
        <source>Participation in %1 changed: %2</source>
        <translation>Zmieniono udział w %1: %2</translation>
    </message>
    <message>
        <source>Removed from an event&apos;s participants</source>
        <translation>Usunięto z uczestników wydarzenia</translation>
    </message>
</context>
<context>
    <name>PersonDataDocument</name>
    <message>
        <source>Personal data</source>
        <translation>Dane osobowe</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Zapisana wartość</translation>
    </message>
    <message>
        <source>Everything the exchange planner of the office holds about you, as of %1 (UTC), from %2, exported by %3.</source>
        <translation>Wszystko, co planer wymian urzędu przechowuje o Tobie, stan na %1 (UTC), z %2, wyeksportował(a) %3.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Your record</source>
        <translation>Twój rekord</translation>
    </message>
    <message>
        <source>You have taken part in no event.</source>
        <translation>Nie brałeś(-aś) udziału w żadnym wydarzeniu.</translation>
    </message>
    <message>
        <source>Taking part: %1</source>
        <translation>Udział: %1</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizator</translation>
    </message>
    <message>
        <source>Host or speaker</source>
        <translation>Gospodarz lub prelegent</translation>
    </message>
    <message>
        <source>Contact on site</source>
        <translation>Osoba kontaktowa na miejscu</translation>
    </message>
    <message>
        <source>Your roles</source>
        <translation>Twoje role</translation>
    </message>
    <message>
        <source>To have this data corrected or erased, or to withdraw your consent, please contact the office that sent you this document.</source>
        <translation>Aby sprostować lub usunąć te dane albo wycofać zgodę, skontaktuj się z urzędem, który przesłał Ci ten dokument.</translation>
    </message>
    <message>
        <source>Changes to your data</source>
        <translation>Zmiany Twoich danych</translation>
    </message>
    <message>
        <source>When, by whom</source>
        <extracomment>column headings of who changed a person&apos;s data: when and by whom, what</extracomment>
        <translation>Kiedy, kto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>%1 (site visit)</source>
        <translation>%1 (wizyta w terenie)</translation>
    </message>
    <message>
        <source>as a walk-in</source>
        <translation>jako osoba niezgłoszona</translation>
    </message>
    <message>
        <source>Signed the sign-in sheets</source>
        <translation>Podpisane listy obecności</translation>
    </message>
</context>
<context>
    <name>PersonErasure</name>
    <message>
        <source>%1 people have the email %2; name the person by id.</source>
        <translation>%1 osób ma adres e-mail %2; wskaż osobę identyfikatorem.</translation>
    </message>
    <message>
        <source>The record of %1, with every contact detail, note and the consent recorded.</source>
        <translation>Rekord %1 ze wszystkimi danymi kontaktowymi, uwagami i zapisaną zgodą.</translation>
    </message>
    <message numerus="yes">
        <source>%n participation(s), with dietary and accessibility needs, arrival and departure.</source>
        <translation>
            <numerusform>%n udział z wymaganiami dietetycznymi i szczególnymi potrzebami, przyjazdem i wyjazdem.</numerusform>
            <numerusform>%n udziały z wymaganiami dietetycznymi i szczególnymi potrzebami, przyjazdem i wyjazdem.</numerusform>
            <numerusform>%n udziałów z wymaganiami dietetycznymi i szczególnymi potrzebami, przyjazdem i wyjazdem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) as an event&apos;s organiser.</source>
        <translation>
            <numerusform>%n rola organizatora wydarzenia.</numerusform>
            <numerusform>%n role organizatora wydarzeń.</numerusform>
            <numerusform>%n ról organizatora wydarzeń.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) as host or speaker of an agenda item.</source>
        <translation>
            <numerusform>%n rola gospodarza lub prelegenta punktu programu.</numerusform>
            <numerusform>%n role gospodarza lub prelegenta punktów programu.</numerusform>
            <numerusform>%n ról gospodarza lub prelegenta punktów programu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) lose their contact on site.</source>
        <translation>
            <numerusform>%n miejsce traci osobę kontaktową na miejscu.</numerusform>
            <numerusform>%n miejsca tracą osobę kontaktową na miejscu.</numerusform>
            <numerusform>%n miejsc traci osobę kontaktową na miejscu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each event keeps the number of its participants whose data was erased, without names, for the statistics; the privacy log keeps that a person was erased, when and by whom, but not whom.</source>
        <translation>Każde wydarzenie zachowuje do statystyki liczbę uczestników, których dane usunięto, bez nazwisk; dziennik ochrony danych zapisuje, że usunięto osobę, kiedy i kto to zrobił, ale nie kogo.</translation>
    </message>
    <message>
        <source>Outside the planner: sign-in sheets signed on paper and documents already handed out or sent (agendas, participant lists, emails) are the office&apos;s records; deal with them as its rules for records say.</source>
        <translation>Poza planerem: listy obecności podpisane na papierze oraz dokumenty już wydane lub wysłane (programy, listy uczestników, e-maile) są dokumentacją urzędu; postępuj z nimi zgodnie z jego zasadami dotyczącymi dokumentacji.</translation>
    </message>
    <message>
        <source>Texts that mention the person by name (an event&apos;s description, notes) are not changed: search for the name.</source>
        <translation>Teksty wymieniające osobę z nazwiska (opis wydarzenia, uwagi) nie są zmieniane: wyszukaj nazwisko.</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>&quot;%1&quot; could not be undone or redone: %2</source>
        <translation>Nie można cofnąć ani ponowić operacji „%1”: %2</translation>
    </message>
</context>
<context>
    <name>RemovalImpact</name>
    <message numerus="yes">
        <source>%n agenda item(s) will be deleted with it.</source>
        <translation>
            <numerusform>Zostanie też usunięty %n punkt programu.</numerusform>
            <numerusform>Zostaną też usunięte %n punkty programu.</numerusform>
            <numerusform>Zostanie też usuniętych %n punktów programu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participation(s) will be deleted with it.</source>
        <translation>
            <numerusform>Zostanie też usunięty %n wpis dotyczący uczestnictwa.</numerusform>
            <numerusform>Zostaną też usunięte %n wpisy dotyczące uczestnictwa.</numerusform>
            <numerusform>Zostanie też usuniętych %n wpisów dotyczących uczestnictwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) will lose this organiser.</source>
        <translation>
            <numerusform>%n wydarzenie utraci tego organizatora.</numerusform>
            <numerusform>%n wydarzenia utracą tego organizatora.</numerusform>
            <numerusform>%n wydarzeń utraci tego organizatora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s) will lose this host or speaker.</source>
        <translation>
            <numerusform>W %n punkcie programu ta osoba nie będzie już wskazana jako gospodarz ani prelegent.</numerusform>
            <numerusform>W %n punktach programu ta osoba nie będzie już wskazana jako gospodarz ani prelegent.</numerusform>
            <numerusform>W %n punktach programu ta osoba nie będzie już wskazana jako gospodarz ani prelegent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will no longer belong to an organisation.</source>
        <translation>
            <numerusform>%n osoba nie będzie już przypisana do żadnej organizacji.</numerusform>
            <numerusform>%n osoby nie będą już przypisane do żadnej organizacji.</numerusform>
            <numerusform>%n osób nie będzie już przypisanych do żadnej organizacji.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) will lose this reference.</source>
        <translation>
            <numerusform>%n wydarzenie utraci to powiązanie.</numerusform>
            <numerusform>%n wydarzenia utracą to powiązanie.</numerusform>
            <numerusform>%n wydarzeń utraci to powiązanie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) will lose this reference.</source>
        <translation>
            <numerusform>%n miejsce utraci to powiązanie.</numerusform>
            <numerusform>%n miejsca utracą to powiązanie.</numerusform>
            <numerusform>%n miejsc utraci to powiązanie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s) will no longer name this site.</source>
        <translation>
            <numerusform>%n punkt programu nie będzie już wskazywał tego miejsca.</numerusform>
            <numerusform>%n punkty programu nie będą już wskazywały tego miejsca.</numerusform>
            <numerusform>%n punktów programu nie będzie już wskazywało tego miejsca.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>%1 is the database itself, not a backup of it. Nothing was changed.</source>
        <translation>%1 to sama baza danych, a nie jej kopia zapasowa. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>Nie można przywrócić kopii zapasowej: %1</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (SQLite&apos;s integrity check: %2). Nothing was changed.</source>
        <translation>Kopia zapasowa %1 jest uszkodzona (kontrola integralności SQLite: %2). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Exchange Planner database; a backup is restored over one only. Name a new file to restore into. Nothing was changed.</source>
        <translation>%1 nie jest bazą danych Exchange Planner; kopia zapasowa zastępuje tylko taką bazę. Podaj nowy plik, do którego ma zostać przywrócona. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1 is open in another window or program. Close it there, then restore again. Nothing was changed.</source>
        <translation>%1 jest otwarta w innym oknie lub programie. Zamknij ją tam, a następnie przywróć ponownie. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. Nothing was changed.</source>
        <translation>Nie można otworzyć %1: %2. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The database as it is cannot be kept as %1 (%2), so it was not replaced. Nothing was changed.</source>
        <translation>Nie można zachować obecnego stanu bazy danych jako %1 (%2), więc nie została zastąpiona. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1 could not be restored from %2: %3. The database was left as it was; a copy of it is %4.</source>
        <translation>Nie udało się przywrócić %1 z %2: %3. Baza danych pozostała bez zmian; jej kopia to %4.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Contact details of participants</source>
        <translation>Dane kontaktowe uczestników</translation>
    </message>
    <message>
        <source>Dietary and accessibility needs</source>
        <translation>Wymagania dietetyczne i szczególne potrzeby</translation>
    </message>
    <message numerus="yes">
        <source>Email, phone, street, postal code and notes of a participant who is no contact person, with the needs, arrival and departure of their participations, %n month(s) after their last event. Name, organisation, city and country stay for the statistics.</source>
        <translation>
            <numerusform>E-mail, telefon, ulica, kod pocztowy i uwagi uczestnika, który nie jest osobą kontaktową, wraz z potrzebami, przyjazdem i wyjazdem jego udziałów, %n miesiąc po jego ostatnim wydarzeniu. Imię i nazwisko, organizacja, miejscowość i kraj zostają do statystyki.</numerusform>
            <numerusform>E-mail, telefon, ulica, kod pocztowy i uwagi uczestnika, który nie jest osobą kontaktową, wraz z potrzebami, przyjazdem i wyjazdem jego udziałów, %n miesiące po jego ostatnim wydarzeniu. Imię i nazwisko, organizacja, miejscowość i kraj zostają do statystyki.</numerusform>
            <numerusform>E-mail, telefon, ulica, kod pocztowy i uwagi uczestnika, który nie jest osobą kontaktową, wraz z potrzebami, przyjazdem i wyjazdem jego udziałów, %n miesięcy po jego ostatnim wydarzeniu. Imię i nazwisko, organizacja, miejscowość i kraj zostają do statystyki.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dietary and accessibility needs (health data) of a participation, %n month(s) after its event.</source>
        <translation>
            <numerusform>Wymagania dietetyczne i szczególne potrzeby (dane o zdrowiu) udziału, %n miesiąc po jego wydarzeniu.</numerusform>
            <numerusform>Wymagania dietetyczne i szczególne potrzeby (dane o zdrowiu) udziału, %n miesiące po jego wydarzeniu.</numerusform>
            <numerusform>Wymagania dietetyczne i szczególne potrzeby (dane o zdrowiu) udziału, %n miesięcy po jego wydarzeniu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the period must be one month or more.</source>
        <translation>%1: okres musi wynosić co najmniej jeden miesiąc.</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>not a connection address that libpq reads</source>
        <translation>to nie jest adres połączenia, który libpq potrafi odczytać</translation>
    </message>
    <message>
        <source>the value of %1 holds a &quot;;&quot;, which Qt&apos;s driver cannot pass on</source>
        <translation>wartość %1 zawiera „;”, którego sterownik Qt nie potrafi przekazać</translation>
    </message>
    <message>
        <source>local server</source>
        <translation>serwer lokalny</translation>
    </message>
</context>
<context>
    <name>SignInSheetDocument</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Lista obecności</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>Program finansowania</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>Numer projektu</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Miejscowość, data</translation>
    </message>
    <message>
        <source>Signature of the host</source>
        <translation>Podpis gospodarza</translation>
    </message>
</context>
<context>
    <name>SignedSheetReader</name>
    <message>
        <source>line %1, column %2: characters the file&apos;s encoding does not have</source>
        <translation>wiersz %1, kolumna %2: znaki, których nie ma w kodowaniu znaków pliku</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is no row number of the sheet</source>
        <translation>wiersz %1: „%2” nie jest numerem wiersza listy</translation>
    </message>
    <message>
        <source>line %1: not a CSV file that can be read</source>
        <translation>wiersz %1: to nie jest czytelny plik CSV</translation>
    </message>
    <message>
        <source>no column &quot;No.&quot; (&quot;Nr.&quot;, &quot;Lp.&quot;) with the sheet&apos;s row numbers</source>
        <translation>brak kolumny „Lp.” („Nr.”, „No.”) z numerami wierszy listy</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <source>Line %1, column %2: the column name holds a byte that is not %3 (choose the file&apos;s encoding).</source>
        <translation>Wiersz %1, kolumna %2: nazwa kolumny zawiera bajt niezgodny z kodowaniem %3 (proszę wybrać kodowanie znaków pliku).</translation>
    </message>
    <message>
        <source>Line %1: no column holds the last name or the full name of a person. The columns are: %2.</source>
        <translation>Wiersz %1: żadna kolumna nie zawiera nazwiska ani imienia i nazwiska osoby. Kolumny w pliku: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) where the header has %1</source>
        <translation>
            <numerusform>%n komórka, podczas gdy wiersz z nazwami kolumn ma ich %1</numerusform>
            <numerusform>%n komórki, podczas gdy wiersz z nazwami kolumn ma ich %1</numerusform>
            <numerusform>%n komórek, podczas gdy wiersz z nazwami kolumn ma ich %1</numerusform>
        </translation>
    </message>
    <message>
        <source>byte 0x%1 is not valid %2; is the file in another encoding?</source>
        <translation>bajt 0x%1 jest niezgodny z kodowaniem %2; czy plik ma inne kodowanie znaków?</translation>
    </message>
    <message>
        <source>the last name is missing</source>
        <translation>brak nazwiska</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>„%1” nie jest adresem e-mail</translation>
    </message>
    <message>
        <source>the departure is before the arrival</source>
        <translation>data wyjazdu jest wcześniejsza niż data przyjazdu</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolumna %1</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; known are: %2</source>
        <translation>nieznana rola „%1”; dostępne role: %2</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; known are: %2</source>
        <translation>nieznany status „%1”; dostępne statusy: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (e.g. 2019-07-08 14:30 or 08.07.2019 14:30)</source>
        <translation>„%1” nie jest poprawną datą (np. 2019-07-08 14:30 lub 08.07.2019 14:30)</translation>
    </message>
    <message>
        <source>%1, line %2: the file holds a NUL byte; it is not a text (CSV) file, or it is saved as UTF-16. Save it from the spreadsheet as &quot;CSV (UTF-8)&quot;.</source>
        <translation>%1, wiersz %2: plik zawiera bajt NUL – nie jest to plik tekstowy (CSV) albo zapisano go w kodowaniu UTF-16. Proszę zapisać go w arkuszu kalkulacyjnym jako „CSV (UTF-8)”.</translation>
    </message>
    <message>
        <source>%1 is a spreadsheet workbook (Excel or LibreOffice), not a CSV file. Save it from the spreadsheet as &quot;CSV (UTF-8)&quot; and import that file.</source>
        <translation>Plik %1 jest skoroszytem arkusza kalkulacyjnego (Excel lub LibreOffice), a nie plikiem CSV. Proszę zapisać go w arkuszu kalkulacyjnym jako „CSV (UTF-8)” i zaimportować ten plik.</translation>
    </message>
    <message>
        <source>%1, line %2: a row longer than %3 MiB; this is not a spreadsheet&apos;s CSV file, or a quote is never closed.</source>
        <translation>%1, wiersz %2: długość wiersza przekracza %3 MiB – nie jest to plik CSV z arkusza kalkulacyjnego albo któryś cudzysłów nie został zamknięty.</translation>
    </message>
    <message>
        <source>%1, line %2: the quote that opens a cell here is never closed.</source>
        <translation>%1, wiersz %2: cudzysłów otwierający w tym miejscu komórkę nie został zamknięty.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Nie można odczytać pliku %1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Nie można otworzyć pliku %1: %2</translation>
    </message>
    <message>
        <source>The database refused the import: %1</source>
        <translation>Baza danych odrzuciła import: %1</translation>
    </message>
    <message>
        <source>Line %1: the database refused the row: %2</source>
        <translation>Wiersz %1: baza danych odrzuciła ten wiersz: %2</translation>
    </message>
    <message>
        <source>%1 holds no rows at all.</source>
        <translation>Plik %1 nie zawiera żadnych wierszy.</translation>
    </message>
    <message>
        <source>%1 holds the column names but no data rows.</source>
        <translation>Plik %1 zawiera nazwy kolumn, ale nie zawiera żadnych wierszy z danymi.</translation>
    </message>
    <message>
        <source>The import could not be written: %1</source>
        <translation>Nie udało się zapisać importowanych danych: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a spreadsheet&apos;s CSV file.</source>
        <translation>%1 to folder, a nie plik CSV arkusza.</translation>
    </message>
    <message>
        <source>%1 cannot be read: no temporary file for it (%2).</source>
        <translation>Nie można odczytać %1: nie udało się utworzyć pliku tymczasowego (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: its temporary copy cannot be written (%2).</source>
        <translation>Nie można odczytać %1: nie udało się zapisać kopii tymczasowej (%2).</translation>
    </message>
    <message>
        <source>%1 goes on beyond %2 MiB; that is not a spreadsheet&apos;s CSV file.</source>
        <translation>%1 przekracza %2 MiB; to nie jest plik CSV arkusza.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the email of %2, on line %3</source>
        <translation>„%1” ma adres e-mail osoby %2 z wiersza %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the email of %2, stored as person %3</source>
        <translation>„%1” ma adres e-mail osoby %2, zapisanej jako osoba %3</translation>
    </message>
    <message>
        <source>There is no event %1 (any more); nothing was imported.</source>
        <translation>Wydarzenie %1 nie istnieje (już); niczego nie zaimportowano.</translation>
    </message>
    <message>
        <source>Line %1: no column is named &quot;%2&quot;. The columns are: %3.</source>
        <translation>Wiersz %1: żadna kolumna nie nazywa się „%2”. Kolumny to: %3.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; cannot be imported as %2 here.</source>
        <translation>Kolumny „%1” nie można tu zaimportować jako %2.</translation>
    </message>
</context>
<context>
    <name>StaleMessages</name>
    <message>
        <source>The event was changed by another window or program since it was loaded.</source>
        <translation>Wydarzenie zostało zmienione w innym oknie lub programie od czasu wczytania.</translation>
    </message>
    <message>
        <source>The event was deleted by another window or program since it was loaded.</source>
        <translation>Wydarzenie zostało usunięte w innym oknie lub programie od czasu wczytania.</translation>
    </message>
    <message>
        <source>An agenda item was changed by another window or program since it was loaded.</source>
        <translation>Punkt programu został zmieniony w innym oknie lub programie od czasu wczytania.</translation>
    </message>
    <message>
        <source>An agenda item was deleted by another window or program since it was loaded.</source>
        <translation>Punkt programu został usunięty w innym oknie lub programie od czasu wczytania.</translation>
    </message>
    <message>
        <source>A participation was changed by another window or program since it was loaded.</source>
        <translation>Udział został zmieniony w innym oknie lub programie od czasu wczytania.</translation>
    </message>
    <message>
        <source>A participation was deleted by another window or program since it was loaded.</source>
        <translation>Udział został usunięty w innym oknie lub programie od czasu wczytania.</translation>
    </message>
    <message>
        <source>The person was changed by another window or program since they were loaded.</source>
        <translation>Osoba została zmieniona w innym oknie lub programie od czasu wczytania.</translation>
    </message>
    <message>
        <source>The person was deleted by another window or program since they were loaded.</source>
        <translation>Osoba została usunięta w innym oknie lub programie od czasu wczytania.</translation>
    </message>
    <message>
        <source>The organisation was changed by another window or program since it was loaded.</source>
        <translation>Organizacja została zmieniona w innym oknie lub programie od czasu wczytania.</translation>
    </message>
    <message>
        <source>The organisation was deleted by another window or program since it was loaded.</source>
        <translation>Organizacja została usunięta w innym oknie lub programie od czasu wczytania.</translation>
    </message>
    <message>
        <source>The site was changed by another window or program since it was loaded.</source>
        <translation>Miejsce zostało zmienione w innym oknie lub programie od czasu wczytania.</translation>
    </message>
    <message>
        <source>The site was deleted by another window or program since it was loaded.</source>
        <translation>Miejsce zostało usunięte w innym oknie lub programie od czasu wczytania.</translation>
    </message>
    <message>
        <source>The topic was changed by another window or program since it was loaded.</source>
        <translation>Temat został zmieniony w innym oknie lub programie od czasu wczytania.</translation>
    </message>
    <message>
        <source>The topic was deleted by another window or program since it was loaded.</source>
        <translation>Temat został usunięty w innym oknie lub programie od czasu wczytania.</translation>
    </message>
    <message>
        <source>A record was deleted by another window or program since it was loaded.</source>
        <translation>Rekord został usunięty w innym oknie lub programie od czasu wczytania.</translation>
    </message>
    <message>
        <source>A record was changed by another window or program since it was loaded.</source>
        <translation>Rekord został zmieniony w innym oknie lub programie od czasu wczytania.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Demo Programme</source>
        <translation>Program demonstracyjny</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Otwórz inną bazę…</translation>
    </message>
    <message>
        <source>Use the Default Database</source>
        <translation>Użyj domyślnej bazy danych</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <source>Exchange Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bazy danych Exchange Planner (*.sqlite *.db);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>StatisticsFigures</name>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(bez organizacji)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Udziały</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nieobecni</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Frekwencja (%)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Exchanges per year and kind</source>
        <translation>Wymiany według roku i rodzaju</translation>
    </message>
    <message>
        <source>Participants per country</source>
        <translation>Uczestnicy według kraju</translation>
    </message>
    <message>
        <source>Participants per organisation</source>
        <translation>Uczestnicy według organizacji</translation>
    </message>
    <message>
        <source>Attendance rate per year</source>
        <translation>Frekwencja według roku</translation>
    </message>
    <message>
        <source>Events per topic and year</source>
        <translation>Wydarzenia według tematu i roku</translation>
    </message>
    <message>
        <source>The most visited sites</source>
        <translation>Najczęściej odwiedzane miejsca</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Wymiany</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Frekwencja</translation>
    </message>
    <message>
        <source>Topics over time</source>
        <translation>Tematy w czasie</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <source>%1 (the first %2 of %3)</source>
        <translation>%1 (pierwsze %2 z %3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>wszystkie wydarzenia</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(nieznane)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>The partnership in figures</source>
        <translation>Partnerstwo w liczbach</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>Events counted: those not cancelled whose first day lies in the period. Participants: registered, confirmed, attended or not shown. As of %1.</source>
        <translation>Liczone wydarzenia: nieodwołane, których pierwszy dzień przypada w danym okresie. Uczestnicy: osoby zgłoszone, z potwierdzonym udziałem, obecne lub nieobecne. Stan na %1.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Udziały</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Frekwencja</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>Wizyty w terenie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nieobecni</translation>
    </message>
    <message>
        <source>By kind of exchange</source>
        <translation>Według rodzaju wymiany</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
</context>
<context>
    <name>StorageProblems</name>
    <message>
        <source>%1 is in use by another program, which holds it locked; nothing was changed. Try again when the other program has finished.</source>
        <translation>Plik %1 jest używany przez inny program, który go zablokował; niczego nie zmieniono. Proszę spróbować ponownie, gdy tamten program zakończy pracę.</translation>
    </message>
    <message>
        <source>There is no space left on the disk that holds %1; nothing was changed. Free some space and try again.</source>
        <translation>Na dysku z plikiem %1 zabrakło miejsca; niczego nie zmieniono. Proszę zwolnić miejsce i spróbować ponownie.</translation>
    </message>
    <message>
        <source>%1 is not an Exchange Planner database (%2). It was left unchanged.</source>
        <translation>%1 nie jest bazą danych Exchange Planner (%2). Plik pozostawiono bez zmian.</translation>
    </message>
    <message>
        <source>%1 cannot be read or written: %2</source>
        <translation>Nie można odczytać ani zapisać %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be changed: it is on a read-only disk. Copy it to a folder you may write to.</source>
        <translation>Nie można zmienić %1: plik leży na dysku tylko do odczytu. Proszę skopiować go do folderu, w którym można zapisywać.</translation>
    </message>
    <message>
        <source>%1 is read-only: you may not change it (permission denied). Ask its owner, or work on a copy.</source>
        <translation>%1 jest tylko do odczytu: brak uprawnień do zmiany pliku. Proszę zwrócić się do jego właściciela albo pracować na kopii.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: its folder %2 is read-only for you (permission denied), and the database keeps its log beside the file. Copy it to a folder you may write to.</source>
        <translation>Nie można zmienić %1: folder %2 jest dla Ciebie tylko do odczytu (brak uprawnień), a baza danych zapisuje swój dziennik obok pliku. Proszę skopiować go do folderu, w którym można zapisywać.</translation>
    </message>
    <message>
        <source>%1 is read-only: it cannot be changed.</source>
        <translation>%1 jest tylko do odczytu i nie można go zmienić.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>Nie można odczytać %1: brak uprawnień.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: you may not write to its folder %2 (permission denied), and the database keeps its log beside the file.</source>
        <translation>Nie można otworzyć %1: brak uprawnień do zapisu w folderze %2, a baza danych zapisuje swój dziennik obok pliku.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <source>The connection to the team database %1 is lost (%2); nothing was changed.</source>
        <translation>Połączenie ze wspólną bazą danych %1 zostało przerwane (%2); nic nie zmieniono.</translation>
    </message>
    <message>
        <source>The team database %1 refused the change: your database role may not make it (%2). Nothing was changed; ask the database&apos;s administrator for an editor&apos;s role.</source>
        <translation>Wspólna baza danych %1 odrzuciła zmianę: Twoja rola w bazie danych nie może jej wprowadzić (%2). Nic nie zmieniono; poproś administratora bazy danych o rolę z prawem edycji.</translation>
    </message>
    <message>
        <source>The team database %1 is read-only at the moment (%2); nothing was changed.</source>
        <translation>Wspólna baza danych %1 jest obecnie tylko do odczytu (%2); nic nie zmieniono.</translation>
    </message>
    <message>
        <source>The records are in use by another user of the team database %1, who holds them locked; nothing was changed. Try again in a moment.</source>
        <translation>Rekordy są używane przez innego użytkownika wspólnej bazy danych %1, który je zablokował; nic nie zmieniono. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The server of the team database %1 has no space left on its disk; nothing was changed.</source>
        <translation>Na dysku serwera wspólnej bazy danych %1 zabrakło miejsca; nic nie zmieniono.</translation>
    </message>
    <message>
        <source>The team database %1 refused: %2</source>
        <translation>Wspólna baza danych %1 odmówiła: %2</translation>
    </message>
</context>
<context>
    <name>TeamDatabases</name>
    <message>
        <source>Cannot Connect</source>
        <translation>Nie można połączyć</translation>
    </message>
    <message>
        <source>Password for the Team Database</source>
        <translation>Hasło do wspólnej bazy danych</translation>
    </message>
    <message>
        <source>Password of the user %1 on the server %2:</source>
        <translation>Hasło użytkownika %1 na serwerze %2:</translation>
    </message>
    <message>
        <source>The server refused the user or the password.</source>
        <translation>Serwer odrzucił użytkownika lub hasło.</translation>
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
        <translation>Windows-1250 (środkowoeuropejskie, np. polski Excel)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European, e.g. German Excel)</source>
        <translation>Windows-1252 (zachodnioeuropejskie, np. niemiecki Excel)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Proszę podać nazwę organizacji.</translation>
    </message>
    <message>
        <source>Enter the website as a full address, e.g. https://www.rvr.ruhr.</source>
        <translation>Proszę podać pełny adres strony internetowej, np. https://www.rvr.ruhr.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Proszę podać nazwisko.</translation>
    </message>
    <message>
        <source>This is not an email address; it should look like name@example.org.</source>
        <translation>To nie jest adres e-mail; powinien mieć postać nazwa@example.org.</translation>
    </message>
    <message>
        <source>The date of consent cannot be in the future.</source>
        <translation>Data wyrażenia zgody nie może przypadać w przyszłości.</translation>
    </message>
    <message>
        <source>Enter what the person consented to (GDPR purpose).</source>
        <translation>Proszę podać, na co dana osoba wyraziła zgodę (cel przetwarzania zgodnie z RODO).</translation>
    </message>
    <message>
        <source>Enter the topic&apos;s name in at least one language.</source>
        <translation>Proszę podać nazwę tematu w co najmniej jednym języku.</translation>
    </message>
    <message>
        <source>Enter the site&apos;s name in at least one language.</source>
        <translation>Proszę podać nazwę miejsca w co najmniej jednym języku.</translation>
    </message>
    <message>
        <source>Enter both latitude and longitude, or neither.</source>
        <translation>Proszę podać zarówno szerokość, jak i długość geograficzną, albo nie podawać żadnej z nich.</translation>
    </message>
    <message>
        <source>The latitude must lie between -90 and 90 degrees.</source>
        <translation>Szerokość geograficzna musi mieścić się w przedziale od -90 do 90 stopni.</translation>
    </message>
    <message>
        <source>The longitude must lie between -180 and 180 degrees.</source>
        <translation>Długość geograficzna musi mieścić się w przedziale od -180 do 180 stopni.</translation>
    </message>
    <message>
        <source>Enter the title in at least one language.</source>
        <translation>Proszę podać tytuł w co najmniej jednym języku.</translation>
    </message>
    <message>
        <source>Enter the first day.</source>
        <translation>Proszę podać pierwszy dzień.</translation>
    </message>
    <message>
        <source>Enter the last day.</source>
        <translation>Proszę podać ostatni dzień.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>Ostatni dzień nie może przypadać przed pierwszym dniem.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>Liczba miejsc nie może być ujemna.</translation>
    </message>
    <message>
        <source>Enter the link as a full address, e.g. https://meet.example.org/room.</source>
        <translation>Proszę podać link jako pełny adres, np. https://meet.example.org/room.</translation>
    </message>
    <message>
        <source>A webinar needs the link participants join with.</source>
        <translation>W przypadku webinarium należy podać link, przez który uczestnicy dołączają do spotkania.</translation>
    </message>
    <message>
        <source>This person is already a participant.</source>
        <translation>Ta osoba jest już na liście uczestników.</translation>
    </message>
    <message>
        <source>Enter the item&apos;s title in at least one language.</source>
        <translation>Proszę podać tytuł punktu programu w co najmniej jednym języku.</translation>
    </message>
    <message>
        <source>Enter the day.</source>
        <translation>Proszę podać dzień.</translation>
    </message>
    <message>
        <source>The day must lie within the event (%1 to %2).</source>
        <translation>Dzień musi przypadać w czasie trwania wydarzenia (od %1 do %2).</translation>
    </message>
    <message>
        <source>Enter the start time.</source>
        <translation>Proszę podać godzinę rozpoczęcia.</translation>
    </message>
    <message>
        <source>Enter the end time.</source>
        <translation>Proszę podać godzinę zakończenia.</translation>
    </message>
    <message>
        <source>The item must end after it starts.</source>
        <translation>Godzina zakończenia musi być późniejsza niż godzina rozpoczęcia.</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>Proszę wybrać osobę.</translation>
    </message>
    <message>
        <source>The departure cannot be before the arrival.</source>
        <translation>Data wyjazdu nie może być wcześniejsza niż data przyjazdu.</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; is too long: at most %L2 characters fit here, it has %L3.</source>
        <extracomment>%1 is the beginning of the text, so that the user sees which field it is</extracomment>
        <translation>Tekst „%1” jest za długi: zmieści się tu najwyżej %L2 znaków, a ma ich %L3.</translation>
    </message>
    <message>
        <source>This field takes no tab; use a space instead.</source>
        <translation>To pole nie przyjmuje tabulatora; proszę użyć spacji.</translation>
    </message>
    <message>
        <source>This field takes one line; remove the line break.</source>
        <translation>To pole ma tylko jeden wiersz; proszę usunąć podział wiersza.</translation>
    </message>
    <message>
        <source>The text holds an invisible control character (%1), which would garble lists, terminals and calendars; remove it.</source>
        <extracomment>%1 is the character&apos;s code, e.g. U+001B</extracomment>
        <translation>Tekst zawiera niewidoczny znak sterujący (%1), który zakłóciłby listy, terminale i kalendarze; proszę go usunąć.</translation>
    </message>
    <message>
        <source>An event lasts at most %1 days; this one would last %L2. Is the year of the last day right?</source>
        <translation>Wydarzenie może trwać najwyżej %1 dni; to trwałoby %L2 dni. Czy rok ostatniego dnia jest poprawny?</translation>
    </message>
    <message>
        <source>Overlaps &quot;%1&quot; (%2–%3) on the same day. Items for different groups may run at the same time.</source>
        <translation>Nakłada się tego samego dnia na „%1” (%2–%3). Punkty programu dla różnych grup mogą odbywać się jednocześnie.</translation>
    </message>
    <message>
        <source>Choose the legal basis from the list.</source>
        <translation>Wybierz podstawę prawną z listy.</translation>
    </message>
    <message>
        <source>Enter the day the person gave their consent.</source>
        <translation>Podaj dzień, w którym osoba wyraziła zgodę.</translation>
    </message>
    <message>
        <source>A withdrawal needs the day the consent was given.</source>
        <translation>Wycofanie zgody wymaga dnia jej wyrażenia.</translation>
    </message>
    <message>
        <source>The consent cannot be withdrawn before it was given.</source>
        <translation>Zgody nie można wycofać przed jej wyrażeniem.</translation>
    </message>
    <message>
        <source>The date of withdrawal cannot be in the future.</source>
        <translation>Data wycofania zgody nie może być w przyszłości.</translation>
    </message>
    <message>
        <source>Enter the email address as name@example.org.</source>
        <translation>Proszę podać adres e-mail w postaci nazwa@example.org.</translation>
    </message>
</context>
<context>
    <name>ValueTexts</name>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>an image of %1 KB</source>
        <translation>obraz o rozmiarze %1 KB</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(usunięty)</translation>
    </message>
    <message>
        <source>Agenda item “%1”</source>
        <translation>Punkt programu „%1”</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Uczestnik %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>usunięty</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>zmieniony: %1</translation>
    </message>
    <message>
        <source>deleted by another window or program</source>
        <translation>usunięty w innym oknie lub programie</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Study visit</source>
        <comment>kind of event</comment>
        <translation>Wizyta studyjna</translation>
    </message>
    <message>
        <source>Webinar</source>
        <comment>kind of event</comment>
        <translation>Webinarium</translation>
    </message>
    <message>
        <source>Workshop</source>
        <comment>kind of event</comment>
        <translation>Warsztaty</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>status of an event</comment>
        <translation>Planowane</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>status of an event</comment>
        <translation>Potwierdzone</translation>
    </message>
    <message>
        <source>Held</source>
        <comment>status of an event</comment>
        <translation>Odbyło się</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status of an event</comment>
        <translation>Odwołane</translation>
    </message>
    <message>
        <source>Site visit</source>
        <comment>kind of agenda item</comment>
        <translation>Wizyta w terenie</translation>
    </message>
    <message>
        <source>Talk</source>
        <comment>kind of agenda item</comment>
        <translation>Wystąpienie</translation>
    </message>
    <message>
        <source>Discussion</source>
        <comment>kind of agenda item</comment>
        <translation>Dyskusja</translation>
    </message>
    <message>
        <source>Travel</source>
        <comment>kind of agenda item</comment>
        <translation>Przejazd</translation>
    </message>
    <message>
        <source>Meal</source>
        <comment>kind of agenda item</comment>
        <translation>Posiłek</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>kind of agenda item</comment>
        <translation>Przerwa</translation>
    </message>
    <message>
        <source>Delegate</source>
        <comment>role of a participant</comment>
        <translation>Członek delegacji</translation>
    </message>
    <message>
        <source>Speaker</source>
        <comment>role of a participant</comment>
        <translation>Prelegent</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>role of a participant</comment>
        <translation>Gospodarz</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <comment>role of a participant</comment>
        <translation>Tłumacz</translation>
    </message>
    <message>
        <source>Organiser</source>
        <comment>role of a participant</comment>
        <translation>Organizator</translation>
    </message>
    <message>
        <source>Invited</source>
        <comment>status of a participant</comment>
        <translation>Zaproszenie wysłane</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>status of a participant</comment>
        <translation>Zgłoszenie udziału</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>status of a participant</comment>
        <translation>Udział potwierdzony</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status of a participant</comment>
        <translation>Rezygnacja</translation>
    </message>
    <message>
        <source>Attended</source>
        <comment>status of a participant</comment>
        <translation>Obecność</translation>
    </message>
    <message>
        <source>No-show</source>
        <comment>status of a participant</comment>
        <translation>Nieobecność</translation>
    </message>
    <message>
        <source>Regional association</source>
        <comment>kind of organisation</comment>
        <translation>Związek regionalny</translation>
    </message>
    <message>
        <source>Municipality</source>
        <comment>kind of organisation</comment>
        <translation>Gmina</translation>
    </message>
    <message>
        <source>Public authority</source>
        <comment>kind of organisation</comment>
        <translation>Urząd</translation>
    </message>
    <message>
        <source>Development agency</source>
        <comment>kind of organisation</comment>
        <translation>Agencja rozwoju</translation>
    </message>
    <message>
        <source>Company</source>
        <comment>kind of organisation</comment>
        <translation>Przedsiębiorstwo</translation>
    </message>
    <message>
        <source>University</source>
        <comment>kind of organisation</comment>
        <translation>Uczelnia</translation>
    </message>
    <message>
        <source>Research institute</source>
        <comment>kind of organisation</comment>
        <translation>Instytut badawczy</translation>
    </message>
    <message>
        <source>NGO</source>
        <comment>kind of organisation</comment>
        <translation>Organizacja pozarządowa</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of organisation</comment>
        <translation>Inna</translation>
    </message>
    <message>
        <source>Industrial heritage</source>
        <comment>kind of site</comment>
        <translation>Dziedzictwo przemysłowe</translation>
    </message>
    <message>
        <source>Business park</source>
        <comment>kind of site</comment>
        <translation>Park biznesowy</translation>
    </message>
    <message>
        <source>Park</source>
        <comment>kind of site</comment>
        <translation>Park</translation>
    </message>
    <message>
        <source>Cultural venue</source>
        <comment>kind of site</comment>
        <translation>Obiekt kultury</translation>
    </message>
    <message>
        <source>Housing estate</source>
        <comment>kind of site</comment>
        <translation>Osiedle mieszkaniowe</translation>
    </message>
    <message>
        <source>Lake or river</source>
        <comment>kind of site</comment>
        <translation>Jezioro lub rzeka</translation>
    </message>
    <message>
        <source>Office</source>
        <comment>kind of site</comment>
        <translation>Biuro</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of site</comment>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Consent</source>
        <comment>legal basis, GDPR Art. 6(1)(a)</comment>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>Contract</source>
        <comment>legal basis, GDPR Art. 6(1)(b)</comment>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <comment>legal basis, GDPR Art. 6(1)(c)</comment>
        <translation>Obowiązek prawny</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <comment>legal basis, GDPR Art. 6(1)(d)</comment>
        <translation>Żywotne interesy</translation>
    </message>
    <message>
        <source>Task in the public interest</source>
        <comment>legal basis, GDPR Art. 6(1)(e)</comment>
        <translation>Zadanie w interesie publicznym</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <comment>legal basis, GDPR Art. 6(1)(f)</comment>
        <translation>Prawnie uzasadnione interesy</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <comment>status of a participant</comment>
        <translation>Lista rezerwowa</translation>
    </message>
</context>
<context>
    <name>ep::AgendaEditor</name>
    <message>
        <source>&amp;Add Item…</source>
        <translation>Dodaj pu&amp;nkt…</translation>
    </message>
    <message>
        <source>No Coordinates</source>
        <translation>Brak współrzędnych</translation>
    </message>
    <message>
        <source>The coordinates of &quot;%1&quot; are not known; enter them on the site&apos;s form.</source>
        <translation>Współrzędne „%1” nie są znane; wpisz je w formularzu miejsca.</translation>
    </message>
    <message>
        <source>Show Site on &amp;Map</source>
        <translation>Miejsce na &amp;mapie</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
</context>
<context>
    <name>ep::AgendaItemDialog</name>
    <message>
        <source>New Agenda Item</source>
        <translation>Nowy punkt programu</translation>
    </message>
    <message>
        <source>Agenda Item</source>
        <translation>Punkt programu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dzień</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Godzina</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Tytuł</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Miejsce</translation>
    </message>
    <message>
        <source>&amp;Hosts and speakers</source>
        <translation>Gospodarze i &amp;prelegenci</translation>
    </message>
    <message>
        <source>&amp;Meeting point</source>
        <translation>Miejsce &amp;zbiórki</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Uwagi</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>The part of the delegation the item is for, e.g. &quot;A&quot; or &quot;Bus 2&quot;. Items for different groups may run at the same time; an item without a group is for everyone.</source>
        <translation>Część delegacji, dla której jest ten punkt programu, np. „A” lub „Autokar 2”. Punkty programu dla różnych grup mogą odbywać się jednocześnie; punkt bez grupy jest dla wszystkich.</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <extracomment>the part of the delegation an agenda item is for (parallel programme)</extracomment>
        <translation>Grup&amp;a</translation>
    </message>
</context>
<context>
    <name>ep::AppearanceMenu</name>
    <message>
        <source>&amp;Appearance</source>
        <extracomment>View › Appearance: the colours of the window</extracomment>
        <translation>&amp;Wygląd</translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <extracomment>View › Appearance: the desktop&apos;s colours</extracomment>
        <translation>Kolory &amp;systemu</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Jasny</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Ciemny</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Wysoki kontrast</translation>
    </message>
</context>
<context>
    <name>ep::AreaPage</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>The new record has not been saved. Save it now?</source>
        <translation>Nowy wpis nie został zapisany. Czy zapisać go teraz?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them now?</source>
        <translation>Zmiany w „%1” nie zostały zapisane. Czy zapisać je teraz?</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>Czy usunąć „%1”?</translation>
    </message>
    <message>
        <source>You can undo this with Edit › Undo.</source>
        <translation>Tę operację można cofnąć poleceniem Edycja › Cofnij.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln wydarzenie</numerusform>
            <numerusform>%Ln wydarzenia</numerusform>
            <numerusform>%Ln wydarzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln osoba</numerusform>
            <numerusform>%Ln osoby</numerusform>
            <numerusform>%Ln osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organizacja</numerusform>
            <numerusform>%Ln organizacje</numerusform>
            <numerusform>%Ln organizacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln site(s)</source>
        <translation>
            <numerusform>%Ln miejsce</numerusform>
            <numerusform>%Ln miejsca</numerusform>
            <numerusform>%Ln miejsc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation>
            <numerusform>%Ln temat</numerusform>
            <numerusform>%Ln tematy</numerusform>
            <numerusform>%Ln tematów</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Odrzuć zmiany</translation>
    </message>
    <message>
        <source>Search events by title or place …</source>
        <translation>Szukaj wydarzeń według tytułu lub miejsca …</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nowe wydarzenie</translation>
    </message>
    <message>
        <source>Search people by name, organisation, email, city …</source>
        <translation>Szukaj osób według nazwiska, organizacji, e-maila, miejscowości …</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message>
        <source>Search organisations by name or city …</source>
        <translation>Szukaj organizacji według nazwy lub miejscowości …</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nowa organizacja</translation>
    </message>
    <message>
        <source>Search sites by name, street or city …</source>
        <translation>Szukaj miejsc według nazwy, ulicy lub miejscowości …</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Nowe miejsce</translation>
    </message>
    <message>
        <source>Search topics …</source>
        <translation>Szukaj tematów …</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nowy temat</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (niezapisane zmiany)</translation>
    </message>
    <message>
        <source>All, whatever their translations</source>
        <translation>Wszystkie, niezależnie od tłumaczeń</translation>
    </message>
    <message>
        <source>Missing German</source>
        <translation>Brak wersji niemieckiej</translation>
    </message>
    <message>
        <source>Missing Polish</source>
        <translation>Brak wersji polskiej</translation>
    </message>
    <message>
        <source>Missing English</source>
        <translation>Brak wersji angielskiej</translation>
    </message>
    <message>
        <source>Show only what still lacks a text in one language: titles, descriptions, agenda items, names</source>
        <translation>Pokaż tylko to, czemu brakuje jeszcze tekstu w jednym języku: tytuły, opisy, punkty programu, nazwy</translation>
    </message>
    <message>
        <source>Another window or program changed this record since you opened it. Your input is kept; when you save, you choose which of your changes to keep.</source>
        <translation>Inne okno lub program zmieniło ten rekord od czasu jego otwarcia. Wprowadzone dane zostają zachowane; przy zapisie wybierzesz, które z Twoich zmian zachować.</translation>
    </message>
    <message>
        <source>Another window or program deleted this record since you opened it. Your input is kept; when you save, you can store it as a new record.</source>
        <translation>Inne okno lub program usunęło ten rekord od czasu jego otwarcia. Wprowadzone dane zostają zachowane; przy zapisie możesz zapisać je jako nowy rekord.</translation>
    </message>
    <message>
        <source>No legal basis recorded</source>
        <translation>Bez podstawy prawnej</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Zgoda wycofana</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Wszystkie osoby</translation>
    </message>
    <message>
        <source>Show only the people whose data lacks a legal basis, or whose consent was withdrawn</source>
        <translation>Pokaż tylko osoby, których dane nie mają podstawy prawnej lub które wycofały zgodę</translation>
    </message>
</context>
<context>
    <name>ep::AttendanceDialog</name>
    <message>
        <source>Attendance – %1</source>
        <translation>Obecność – %1</translation>
    </message>
    <message>
        <source>Tick who signed each sheet. The rows are numbered as on the printed sheet of the selected column&apos;s day: type a row&apos;s number and press Space to tick it; Space alone ticks the selected box; the arrow keys move.</source>
        <translation>Proszę zaznaczyć, kto podpisał poszczególne listy. Wiersze są ponumerowane tak jak na wydrukowanej liście z dnia wybranej kolumny: wpisanie numeru wiersza i naciśnięcie spacji zaznacza ten wiersz; sama spacja zaznacza wybrane pole; klawisze strzałek służą do poruszania się.</translation>
    </message>
    <message>
        <source>Add &amp;Walk-in…</source>
        <translation>Dodaj osobę &amp;niezgłoszoną…</translation>
    </message>
    <message>
        <source>Someone who signed a blank row of the selected sheet</source>
        <translation>Osoba, która podpisała się w pustym wierszu wybranej listy</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>%1: %2 of %3 present</source>
        <translation>%1: obecnych %2 z %3</translation>
    </message>
    <message>
        <source>Row %1 …</source>
        <translation>Wiersz %1…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <source>The attendance was not saved: %1</source>
        <translation>Nie zapisano obecności: %1</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Obecność – %1</translation>
    </message>
    <message>
        <source>Save the attendance entered?</source>
        <translation>Zapisać wprowadzoną obecność?</translation>
    </message>
</context>
<context>
    <name>ep::AttendanceGridModel</name>
    <message>
        <source>present</source>
        <translation>obecność</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nieobecność</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>%1: %2 of %3 present</source>
        <translation>%1: obecnych %2 z %3</translation>
    </message>
</context>
<context>
    <name>ep::BackupActions</name>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>Kopia &amp;zapasowa bazy danych…</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Kopie zapa&amp;sowe…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>P&amp;rzywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <source>Wrote a copy of the database to %1.</source>
        <translation>Zapisano kopię bazy danych w %1.</translation>
    </message>
    <message>
        <source>A team database is backed up on its server, by its administrator.</source>
        <translation>Kopię zapasową zespołowej bazy danych wykonuje na serwerze jego administrator.</translation>
    </message>
    <message>
        <source>Today&apos;s backup was written to %1.</source>
        <translation>Dzisiejsza kopia zapasowa została zapisana w %1.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>Exchange Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bazy danych Exchange Planner (*.sqlite *.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation>Nie przywrócono</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>Nie można przywrócić kopii zapasowej: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replace everything in %1 with the backup of %2 (%Ln event(s), %3)?</source>
        <translation>
            <numerusform>Zastąpić całą zawartość %1 kopią zapasową z %2 (%Ln wydarzenie, %3)?</numerusform>
            <numerusform>Zastąpić całą zawartość %1 kopią zapasową z %2 (%Ln wydarzenia, %3)?</numerusform>
            <numerusform>Zastąpić całą zawartość %1 kopią zapasową z %2 (%Ln wydarzeń, %3)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln osoba</numerusform>
            <numerusform>%Ln osoby</numerusform>
            <numerusform>%Ln osób</numerusform>
        </translation>
    </message>
    <message>
        <source>The database as it is now is kept beside it as %1. Changes made since the backup are then only in that copy, and the undo history is cleared.</source>
        <translation>Obecny stan bazy danych zostanie zachowany obok jako %1. Zmiany wprowadzone od czasu kopii będą wtedy tylko w tej kopii, a historia cofania zostanie wyczyszczona.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Przywrócono</translation>
    </message>
    <message>
        <source>%1 now holds what the backup of %2 held. The database as it was is kept as %3.</source>
        <translation>%1 zawiera teraz stan kopii zapasowej z %2. Dotychczasowa baza danych została zachowana jako %3.</translation>
    </message>
</context>
<context>
    <name>ep::BackupsDialog</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Utwórz kopię teraz</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>P&amp;rzywróć…</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Otwórz &amp;folder</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>Once a day, at the first start, the planner writes a copy of %1 into its data folder, and keeps the copies of the last %2 days and, before those, one for each of %3 weeks. The copies written before an upgrade or a restore are beside the database.</source>
        <translation>Raz dziennie, przy pierwszym uruchomieniu, planer zapisuje kopię %1 w swoim folderze danych i przechowuje kopie z ostatnich %2 dni, a wcześniej po jednej z %3 tygodni. Kopie zapisane przed aktualizacją lub przywróceniem leżą obok bazy danych.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation>Kopia dzienna</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Przed aktualizacją</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Przed przywróceniem</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nieczytelna</translation>
    </message>
    <message>
        <source>No copy yet. The first is written at the next start, or with Back Up Now.</source>
        <translation>Brak kopii. Pierwsza zostanie zapisana przy następnym uruchomieniu lub przyciskiem „Utwórz kopię teraz”.</translation>
    </message>
    <message>
        <source>Daily copies: %1</source>
        <translation>Kopie dzienne: %1</translation>
    </message>
    <message>
        <source>Not Backed Up</source>
        <translation>Nie utworzono kopii</translation>
    </message>
</context>
<context>
    <name>ep::CalendarDialog</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Dziś</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Następny miesiąc</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Poprzedni rok</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Następny rok</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Wydarzenie:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt programu</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Miesiąc</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Rok</translation>
    </message>
    <message>
        <source>Event &amp;Days</source>
        <translation>Dni wydarze&amp;nia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikty</numerusform>
            <numerusform>%n konfliktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupa %1</translation>
    </message>
    <message>
        <source>Conflicts &amp;in the period shown:</source>
        <translation>&amp;Konflikty w pokazanym okresie:</translation>
    </message>
    <message>
        <source>Days of the event</source>
        <translation>Dni wydarzenia</translation>
    </message>
</context>
<context>
    <name>ep::ChangesView</name>
    <message>
        <source>When</source>
        <extracomment>column headings of who changed a person&apos;s data: when, who, what</extracomment>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
</context>
<context>
    <name>ep::ConflictDialog</name>
    <message>
        <source>Changed Elsewhere</source>
        <translation>Zmieniono gdzie indziej</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed by another window or program since you opened it.&lt;br&gt;Your changes are listed below beside the values stored now. Tick those to keep; everything else stays as stored now.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; zmieniono w innym oknie lub programie od czasu otwarcia.&lt;br&gt;Poniżej Twoje zmiany obok wartości zapisanych teraz. Zaznacz te, które chcesz zachować; wszystko inne pozostaje tak, jak jest teraz zapisane.</translation>
    </message>
    <message>
        <source>Keep yours</source>
        <translation>Zachowaj swoje</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Twoja wartość</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Zapisane teraz</translation>
    </message>
    <message>
        <source>%1 — changed elsewhere too</source>
        <translation>%1 – zmienione także gdzie indziej</translation>
    </message>
    <message>
        <source>&amp;Save With These Choices</source>
        <translation>&amp;Zapisz z tym wyborem</translation>
    </message>
    <message>
        <source>&amp;Discard Mine and Reload</source>
        <translation>&amp;Odrzuć moje i wczytaj ponownie</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Edytuj dalej</translation>
    </message>
    <message>
        <source>Deleted Elsewhere</source>
        <translation>Usunięto gdzie indziej</translation>
    </message>
    <message>
        <source>The record you are editing was deleted by another window or program since you opened it.</source>
        <translation>Edytowany rekord został usunięty w innym oknie lub programie od czasu jego otwarcia.</translation>
    </message>
    <message>
        <source>Save your version as a new record, or discard your changes?</source>
        <translation>Zapisać Twoją wersję jako nowy rekord czy odrzucić zmiany?</translation>
    </message>
    <message>
        <source>Save as &amp;New Record</source>
        <translation>Zapisz jako &amp;nowy rekord</translation>
    </message>
    <message>
        <source>&amp;Discard My Changes</source>
        <translation>&amp;Odrzuć moje zmiany</translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>Twoje zmiany</translation>
    </message>
</context>
<context>
    <name>ep::DateField</name>
    <message>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>Enter a date, e.g. %1.</source>
        <translation>Proszę wpisać datę, np. %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as %2.</source>
        <translation>„%1” nie jest datą. Proszę wpisać ją w postaci %2.</translation>
    </message>
    <message>
        <source>%1 is not a day of the event (%2).</source>
        <translation>%1 nie jest dniem wydarzenia (%2).</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Wybierz z kalendarza (Alt+strzałka w dół)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <source>Type the date as %1, or press Up and Down to change it by a day.</source>
        <translation>Proszę wpisać datę w postaci %1 lub zmieniać ją o jeden dzień strzałkami w górę i w dół.</translation>
    </message>
    <message>
        <source>Type the date, or the number of the event&apos;s day (1 to %1); Up and Down step through the event&apos;s days.</source>
        <translation>Proszę wpisać datę lub numer dnia wydarzenia (od 1 do %1); strzałki w górę i w dół przechodzą między dniami wydarzenia.</translation>
    </message>
</context>
<context>
    <name>ep::DocumentActions</name>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumenty</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Program…</translation>
    </message>
    <message>
        <source>&amp;Participant List…</source>
        <translation>&amp;Lista uczestników…</translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheets…</source>
        <translation>Listy &amp;obecności…</translation>
    </message>
    <message>
        <source>Export &amp;Contact People…</source>
        <translation>Eksportuj osoby &amp;kontaktowe…</translation>
    </message>
    <message>
        <source>&amp;Export Visible Rows…</source>
        <translation>&amp;Eksportuj widoczne wiersze…</translation>
    </message>
    <message>
        <source>Export Contact People</source>
        <translation>Eksport osób kontaktowych</translation>
    </message>
    <message>
        <source>contact-people</source>
        <translation>osoby-kontaktowe</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Nie wyeksportowano</translation>
    </message>
    <message>
        <source>Export Visible Rows</source>
        <translation>Eksport widocznych wierszy</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>Cannot Make the Document</source>
        <translation>Nie można utworzyć dokumentu</translation>
    </message>
    <message>
        <source>&amp;Rooming List…</source>
        <translation>Lista &amp;zakwaterowania…</translation>
    </message>
    <message>
        <source>Passenger &amp;Lists…</source>
        <translation>Listy pa&amp;sażerów…</translation>
    </message>
    <message>
        <source>Ca&amp;tering Numbers…</source>
        <translation>&amp;Wyżywienie: liczba osób…</translation>
    </message>
    <message>
        <source>&amp;Badges…</source>
        <translation>&amp;Identyfikatory…</translation>
    </message>
    <message>
        <source>&amp;Invitation Letters…</source>
        <translation>Listy z&amp;apraszające…</translation>
    </message>
    <message>
        <source>Certi&amp;ficates of Attendance…</source>
        <translation>Zaświadczenia o &amp;uczestnictwie…</translation>
    </message>
    <message>
        <source>E&amp;vidence Pack…</source>
        <translation>Pakiet &amp;dokumentacji…</translation>
    </message>
    <message>
        <source>Evidence pack</source>
        <translation>Pakiet dokumentacji</translation>
    </message>
    <message>
        <source>Save the Evidence Pack</source>
        <translation>Zapisz pakiet dokumentacji</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archiwa ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Evidence Pack Written</source>
        <translation>Zapisano pakiet dokumentacji</translation>
    </message>
    <message>
        <source>Wrote %1, holding:</source>
        <translation>Zapisano %1. Zawartość:</translation>
    </message>
    <message>
        <source>C&amp;onfirm a Certificate…</source>
        <translation>Sp&amp;rawdź zaświadczenie…</translation>
    </message>
    <message>
        <source>What the certificate of attendance of a number states, to confirm it on request</source>
        <translation>Co stwierdza zaświadczenie o uczestnictwie o danym numerze – aby potwierdzić je na żądanie</translation>
    </message>
    <message>
        <source>Confirm a Certificate</source>
        <translation>Sprawdź zaświadczenie</translation>
    </message>
    <message>
        <source>The certificate&apos;s number, as printed under its title (e.g. 2019-001-0019-4):</source>
        <translation>Numer zaświadczenia, jak wydrukowano pod tytułem (np. 2019-001-0019-4):</translation>
    </message>
</context>
<context>
    <name>ep::DocumentDialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Podgląd…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Zapisz jako PD&amp;F…</translation>
    </message>
    <message>
        <source>Agenda of %1</source>
        <translation>Program – %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>&amp;Second language:</source>
        <translation>D&amp;rugi język:</translation>
    </message>
    <message>
        <source>With a second language, the agenda shows both side by side, for a mixed delegation.</source>
        <translation>Po wybraniu drugiego języka program przedstawia obie wersje obok siebie – dla delegacji mieszanych.</translation>
    </message>
    <message>
        <source>Save as &amp;Calendar…</source>
        <translation>Zapisz jako &amp;kalendarz…</translation>
    </message>
    <message>
        <source>Participant List of %1</source>
        <translation>Lista uczestników – %1</translation>
    </message>
    <message>
        <source>Only with s&amp;tatus:</source>
        <translation>Tylko ze &amp;statusem:</translation>
    </message>
    <message>
        <source>Only in &amp;role:</source>
        <translation>Tylko w &amp;roli:</translation>
    </message>
    <message>
        <source>Nothing ticked: everyone.</source>
        <translation>Nic nie zaznaczono: wszystkie osoby.</translation>
    </message>
    <message>
        <source>Sign-in Sheets of %1</source>
        <translation>Listy obecności – %1</translation>
    </message>
    <message>
        <source>Headings in German, Polish and &amp;English together</source>
        <translation>Nagłówki jednocześnie po niemiecku, polsku i &amp;angielsku</translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>P&amp;uste wiersze dla osób niezgłoszonych:</translation>
    </message>
    <message>
        <source>The funding programme and project number are set on the event&apos;s Details tab.</source>
        <translation>Program finansowania i numer projektu ustawia się na karcie „Szczegóły” wydarzenia.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as Calendar</source>
        <translation>Zapisz jako kalendarz</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Pliki kalendarza (*.ics)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Zapisz jako CSV</translation>
    </message>
    <message>
        <source>%1: this document cannot be saved as &quot;%2&quot;.</source>
        <translation>%1: tego dokumentu nie można zapisać jako „%2”.</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Zapisano jako %1.</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolumny:</translation>
    </message>
    <message>
        <source>Organisations by their &amp;short names</source>
        <translation>Organizacje skróconymi &amp;nazwami</translation>
    </message>
    <message>
        <source>Save &amp;as CSV…</source>
        <translation>Zapisz jako &amp;CSV…</translation>
    </message>
    <message>
        <source>One s&amp;heet per site visit instead of per day</source>
        <translation>Osobna lista dla każdej &amp;wizyty w terenie zamiast dla każdego dnia</translation>
    </message>
    <message>
        <source>Rooming List of %1</source>
        <translation>Lista zakwaterowania: %1</translation>
    </message>
    <message>
        <source>Passenger Lists of %1</source>
        <translation>Listy pasażerów: %1</translation>
    </message>
    <message>
        <source>Catering Numbers of %1</source>
        <translation>Wyżywienie, liczba osób: %1</translation>
    </message>
    <message>
        <source>Badges of %1</source>
        <translation>Identyfikatory: %1</translation>
    </message>
    <message>
        <source>8 to a sheet, about A7 (95 × 69 mm)</source>
        <translation>8 na arkusz, ok. A7 (95 × 69 mm)</translation>
    </message>
    <message>
        <source>4 to a sheet, about A6 (95 × 138 mm)</source>
        <translation>4 na arkusz, ok. A6 (95 × 138 mm)</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Układ:</translation>
    </message>
    <message>
        <source>&amp;Blank badges for walk-ins:</source>
        <translation>Puste &amp;identyfikatory dla osób niezgłoszonych:</translation>
    </message>
    <message>
        <source>Last names in &amp;capitals</source>
        <translation>Nazwiska &amp;wielkimi literami</translation>
    </message>
    <message>
        <source>Each site&apos;s c&amp;oordinates under its address</source>
        <translation>Współrzędne &amp;geograficzne każdego miejsca pod adresem</translation>
    </message>
    <message>
        <source>Nothing ticked: everyone who has neither cancelled nor waits for a place.</source>
        <translation>Nic nie zaznaczono: wszyscy, którzy nie zrezygnowali ani nie czekają na miejsce.</translation>
    </message>
    <message>
        <source>Invitation Letters of %1</source>
        <translation>Listy zapraszające: %1</translation>
    </message>
    <message>
        <source>For the employer&apos;s approval of the journey</source>
        <translation>Do zgody pracodawcy na wyjazd</translation>
    </message>
    <message>
        <source>For a visa application</source>
        <translation>Do wniosku wizowego</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <source>Nothing ticked: everyone who has neither cancelled, nor waits for a place, nor stayed away. Each letter is in the language its participant reads; the language above is for those whose language is not known.</source>
        <translation>Nic nie zaznaczono: wszyscy, którzy nie zrezygnowali, nie czekają na miejsce i nie byli nieobecni. Każdy list jest w języku, który czyta uczestnik; język wybrany powyżej dotyczy osób, których język nie jest znany.</translation>
    </message>
    <message>
        <source>Certificates of Attendance of %1</source>
        <translation>Zaświadczenia o uczestnictwie: %1</translation>
    </message>
    <message>
        <source>A certificate for everyone who attended, in the language each reads (the language above for those whose language is not known), or in all three.</source>
        <translation>Zaświadczenie dla każdej obecnej osoby w języku, który czyta (dla osób, których język nie jest znany – w języku wybranym powyżej), albo we wszystkich trzech językach.</translation>
    </message>
    <message>
        <source>A page each in German, Polish and &amp;English</source>
        <translation>Po jednej stronie po niemiecku, polsku i &amp;angielsku</translation>
    </message>
</context>
<context>
    <name>ep::DuplicateEventDialog</name>
    <message>
        <source>Duplicate Event</source>
        <translation>Powiel wydarzenie</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Invite the %n participant(s) again</source>
        <translation>
            <numerusform>Zaproś ponownie %n &amp;uczestnika</numerusform>
            <numerusform>Zaproś ponownie %n &amp;uczestników</numerusform>
            <numerusform>Zaproś ponownie %n &amp;uczestników</numerusform>
        </translation>
    </message>
    <message>
        <source>A new event made from &quot;%1&quot;, with its agenda, organisers, hosts, topics and funding details. Its status is planned; change its title and what else differs afterwards.</source>
        <translation>Nowe wydarzenie utworzone z „%1”, z programem, organizatorami, gospodarzami, tematami i danymi o finansowaniu. Jego status to „planowane”; potem zmień tytuł i wszystko, co jest inne.</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Pierwszy dzień:</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>Po&amp;wiel</translation>
    </message>
    <message numerus="yes">
        <source>the agenda moves %n day(s) later.</source>
        <translation>
            <numerusform>program przesuwa się o %n dzień później.</numerusform>
            <numerusform>program przesuwa się o %n dni później.</numerusform>
            <numerusform>program przesuwa się o %n dni później.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the agenda moves %n day(s) earlier.</source>
        <translation>
            <numerusform>program przesuwa się o %n dzień wcześniej.</numerusform>
            <numerusform>program przesuwa się o %n dni wcześniej.</numerusform>
            <numerusform>program przesuwa się o %n dni wcześniej.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2; %3</source>
        <extracomment>%1, %2: the new event&apos;s first and last day; %3: how far the agenda moves</extracomment>
        <translation>Od %1 do %2; %3</translation>
    </message>
</context>
<context>
    <name>ep::EventActions</name>
    <message>
        <source>Even&amp;t</source>
        <translation>Wyd&amp;arzenie</translation>
    </message>
    <message>
        <source>D&amp;uplicate Event…</source>
        <translation>Po&amp;wiel wydarzenie…</translation>
    </message>
    <message>
        <source>Next time&apos;s event from the one shown: its agenda moved to a new first day, organisers, hosts, topics and funding as they are</source>
        <translation>Kolejna edycja pokazanego wydarzenia: program przesunięty na nowy pierwszy dzień, organizatorzy, gospodarze, tematy i finansowanie bez zmian</translation>
    </message>
    <message>
        <source>Not Duplicated</source>
        <translation>Nie powielono</translation>
    </message>
    <message>
        <source>The event was deleted in another window or program.</source>
        <translation>Wydarzenie zostało usunięte w innym oknie lub programie.</translation>
    </message>
    <message>
        <source>Duplicate Event</source>
        <translation>Powiel wydarzenie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made from the event; Undo takes it away again.</source>
        <translation>Z wydarzenia utworzono „%1”; Cofnij usuwa je z powrotem.</translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation>&amp;Kalendarz…</translation>
    </message>
    <message>
        <source>Every event by month and year, one event day by day, with the conflicts flagged</source>
        <translation>Wszystkie wydarzenia według miesięcy i lat, jedno wydarzenie dzień po dniu, z oznaczonymi konfliktami</translation>
    </message>
    <message>
        <source>Write &amp;Email…</source>
        <translation>Napisz &amp;e-mail…</translation>
    </message>
    <message>
        <source>A message to the participants chosen, opened in the mail program with their addresses in BCC</source>
        <translation>Wiadomość do wybranych uczestników, otwarta w programie pocztowym, z ich adresami w polu UDW</translation>
    </message>
    <message>
        <source>Write Email</source>
        <translation>Napisz e-mail</translation>
    </message>
    <message>
        <source>Write &amp;Messages…</source>
        <translation>Napisz wiado&amp;mości…</translation>
    </message>
    <message>
        <source>A personalised email draft per participant from a template, in the language each reads</source>
        <translation>Spersonalizowana wersja robocza e-maila dla każdego uczestnika, utworzona z szablonu w jego języku</translation>
    </message>
    <message>
        <source>Message &amp;Templates…</source>
        <translation>&amp;Szablony wiadomości…</translation>
    </message>
    <message>
        <source>The invitation, confirmation and practical information in German, Polish and English</source>
        <translation>Zaproszenie, potwierdzenie i informacje praktyczne po niemiecku, polsku i angielsku</translation>
    </message>
    <message>
        <source>Write Messages</source>
        <translation>Napisz wiadomości</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>&amp;Obecność…</translation>
    </message>
    <message>
        <source>Who signed the sign-in sheets, day by day and visit by visit, by the rows&apos; numbers as printed</source>
        <translation>Kto podpisał listy obecności – dzień po dniu i wizyta po wizycie – według numerów wierszy z wydruku</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
</context>
<context>
    <name>ep::EventForm</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>T&amp;ytuł</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Opis</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>P&amp;ierwszy dzień</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>Ostatni &amp;dzień</translation>
    </message>
    <message>
        <source>Venue: &amp;city</source>
        <translation>&amp;Miejsce: miejscowość</translation>
    </message>
    <message>
        <source>Venue: &amp;address</source>
        <translation>Miejsce: &amp;adres</translation>
    </message>
    <message>
        <source>Online li&amp;nk</source>
        <translation>&amp;Link online</translation>
    </message>
    <message>
        <source>&amp;Host organisation</source>
        <translation>Organizacja przyjmują&amp;ca</translation>
    </message>
    <message>
        <source>&amp;Organisers</source>
        <translation>Orga&amp;nizatorzy</translation>
    </message>
    <message>
        <source>To&amp;pics</source>
        <translation>T&amp;ematy</translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation>&amp;Języki</translation>
    </message>
    <message>
        <source>&amp;Interpretation</source>
        <translation>&amp;Tłumaczenie</translation>
    </message>
    <message>
        <source>Capacit&amp;y</source>
        <translation>Licz&amp;ba miejsc</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <extracomment>the status of the event (planned, confirmed, held, cancelled)</extracomment>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>S&amp;zczegóły</translation>
    </message>
    <message>
        <source>&amp;Agenda (%1)</source>
        <translation>&amp;Program (%1)</translation>
    </message>
    <message>
        <source>&amp;Participants (%1)</source>
        <translation>&amp;Uczestnicy (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1”: %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Wiersz %1: %2</translation>
    </message>
    <message>
        <source>New event &quot;%1&quot;</source>
        <translation>Dodanie wydarzenia „%1”</translation>
    </message>
    <message>
        <source>Edit event &quot;%1&quot;</source>
        <translation>Edycja wydarzenia „%1”</translation>
    </message>
    <message>
        <source>Delete event &quot;%1&quot;</source>
        <translation>Usunięcie wydarzenia „%1”</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Agenda, participant list and sign-in sheets of the saved event: preview, print, PDF, calendar and CSV</source>
        <translation>Program, lista uczestników i listy obecności zapisanego wydarzenia: podgląd, wydruk, PDF, kalendarz i CSV</translation>
    </message>
    <message>
        <source>e.g. Interreg Central Europe</source>
        <translation>np. Interreg Central Europe</translation>
    </message>
    <message>
        <source>Online platfor&amp;m</source>
        <translation>Plat&amp;forma online</translation>
    </message>
    <message>
        <source>Funding p&amp;rogramme</source>
        <translation>Program finanso&amp;wania</translation>
    </message>
    <message>
        <source>Pro&amp;ject number</source>
        <translation>Numer proje&amp;ktu</translation>
    </message>
    <message>
        <source>F&amp;unding logo</source>
        <translation>Lo&amp;go finansowania</translation>
    </message>
    <message numerus="yes">
        <source>The event has %n place(s), all taken: on the waiting list instead of confirmed: %1.</source>
        <translation>
            <numerusform>Wydarzenie ma %n miejsce, zajęte: na liście rezerwowej zamiast potwierdzenia: %1.</numerusform>
            <numerusform>Wydarzenie ma %n miejsca, wszystkie zajęte: na liście rezerwowej zamiast potwierdzenia: %1.</numerusform>
            <numerusform>Wydarzenie ma %n miejsc, wszystkie zajęte: na liście rezerwowej zamiast potwierdzenia: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved up from the waiting list to confirmed: %1.</source>
        <translation>Przeniesieni z listy rezerwowej i potwierdzeni: %1.</translation>
    </message>
    <message>
        <source>Waiting List</source>
        <translation>Lista rezerwowa</translation>
    </message>
</context>
<context>
    <name>ep::HistoryView</name>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Part</source>
        <extracomment>column heading: the role in which a person took part in an event</extracomment>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>Dzień wizyty</translation>
    </message>
</context>
<context>
    <name>ep::ImportActions</name>
    <message>
        <source>&amp;Import Participants…</source>
        <translation>&amp;Importuj uczestników…</translation>
    </message>
    <message>
        <source>Import &amp;Contact People…</source>
        <translation>Importuj osoby &amp;kontaktowe…</translation>
    </message>
</context>
<context>
    <name>ep::ImportCheckPage</name>
    <message>
        <source>Check Before Importing</source>
        <translation>Sprawdź przed importem</translation>
    </message>
    <message>
        <source>The whole file was read and compared with the database. Nothing has been written yet.</source>
        <translation>Cały plik został odczytany i porównany z bazą danych. Niczego jeszcze nie zapisano.</translation>
    </message>
    <message>
        <source>Leave the &amp;invalid rows out and import the others</source>
        <translation>Pomiń &amp;nieprawidłowe wiersze i zaimportuj pozostałe</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back, or choose Import to check again.</source>
        <translation>Sprawdzanie zostało anulowane. Proszę wrócić do poprzedniego kroku albo wybrać Importuj, aby ponownie sprawdzić plik.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read.</source>
        <translation>
            <numerusform>Odczytano %Ln wiersz.</numerusform>
            <numerusform>Odczytano %Ln wiersze.</numerusform>
            <numerusform>Odczytano %Ln wierszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln new&lt;/b&gt; person(s) will be stored.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln nowa&lt;/b&gt; osoba zostanie zapisana.</numerusform>
            <numerusform>&lt;b&gt;%Ln nowe&lt;/b&gt; osoby zostaną zapisane.</numerusform>
            <numerusform>&lt;b&gt;%Ln nowych&lt;/b&gt; osób zostanie zapisanych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln row(s)&lt;/b&gt; match a person already stored; empty fields are filled in.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln wiersz&lt;/b&gt; odpowiada osobie już zapisanej w bazie danych; puste pola zostaną uzupełnione.</numerusform>
            <numerusform>&lt;b&gt;%Ln wiersze&lt;/b&gt; odpowiadają osobom już zapisanym w bazie danych; puste pola zostaną uzupełnione.</numerusform>
            <numerusform>&lt;b&gt;%Ln wierszy&lt;/b&gt; odpowiada osobom już zapisanym w bazie danych; puste pola zostaną uzupełnione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be skipped: the person already takes part.</source>
        <translation>
            <numerusform>%Ln wiersz zostanie pominięty: osoba jest już na liście uczestników.</numerusform>
            <numerusform>%Ln wiersze zostaną pominięte: osoby są już na liście uczestników.</numerusform>
            <numerusform>%Ln wierszy zostanie pominiętych: osoby są już na liście uczestników.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new organisation(s) will be stored.</source>
        <translation>
            <numerusform>Zostanie zapisana %Ln nowa organizacja.</numerusform>
            <numerusform>Zostaną zapisane %Ln nowe organizacje.</numerusform>
            <numerusform>Zostanie zapisanych %Ln nowych organizacji.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored value(s) differ from the file and are kept.</source>
        <translation>
            <numerusform>%Ln zapisana wartość różni się od wartości w pliku i zostanie zachowana.</numerusform>
            <numerusform>%Ln zapisane wartości różnią się od wartości w pliku i zostaną zachowane.</numerusform>
            <numerusform>%Ln zapisanych wartości różni się od wartości w pliku i zostanie zachowanych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored value(s) will be replaced by the file&apos;s.</source>
        <translation>
            <numerusform>%Ln zapisana wartość zostanie zastąpiona wartością z pliku.</numerusform>
            <numerusform>%Ln zapisane wartości zostaną zastąpione wartościami z pliku.</numerusform>
            <numerusform>%Ln zapisanych wartości zostanie zastąpionych wartościami z pliku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln row(s) cannot be imported&lt;/b&gt; (listed below). Correct them in the spreadsheet and choose Back, or leave them out.</source>
        <translation>
            <numerusform>&lt;b&gt;Nie można zaimportować %Ln wiersza&lt;/b&gt; (lista poniżej). Proszę poprawić go w arkuszu kalkulacyjnym i wybrać Wstecz albo go pominąć.</numerusform>
            <numerusform>&lt;b&gt;Nie można zaimportować %Ln wierszy&lt;/b&gt; (lista poniżej). Proszę poprawić je w arkuszu kalkulacyjnym i wybrać Wstecz albo je pominąć.</numerusform>
            <numerusform>&lt;b&gt;Nie można zaimportować %Ln wierszy&lt;/b&gt; (lista poniżej). Proszę poprawić je w arkuszu kalkulacyjnym i wybrać Wstecz albo je pominąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>Import anulowany</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Import został anulowany. Niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Not Imported</source>
        <translation>Nie zaimportowano</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Niczego nie zaimportowano: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them have other values in the file (role, status …); the stored ones stay.</source>
        <translation>
            <numerusform>%Ln z nich ma w pliku inne wartości (rola, status …); zapisane pozostają.</numerusform>
            <numerusform>%Ln z nich mają w pliku inne wartości (rola, status …); zapisane pozostają.</numerusform>
            <numerusform>%Ln z nich ma w pliku inne wartości (rola, status …); zapisane pozostają.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation(s) will take the file&apos;s values.</source>
        <translation>
            <numerusform>%Ln udział otrzyma wartości z pliku.</numerusform>
            <numerusform>%Ln udziały otrzymają wartości z pliku.</numerusform>
            <numerusform>%Ln udziałów otrzyma wartości z pliku.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Leave Out the Column &quot;%1&quot;</source>
        <translation>&amp;Pomiń kolumnę „%1”</translation>
    </message>
    <message numerus="yes">
        <source>%Ln confirmed beyond the event&apos;s %1 places will go on the waiting list, in the order of the file.</source>
        <translation>
            <numerusform>%Ln osoba potwierdzona ponad %1 miejsc wydarzenia trafi na listę rezerwową.</numerusform>
            <numerusform>%Ln osoby potwierdzone ponad %1 miejsc wydarzenia trafią na listę rezerwową, w kolejności z pliku.</numerusform>
            <numerusform>%Ln osób potwierdzonych ponad %1 miejsc wydarzenia trafi na listę rezerwową, w kolejności z pliku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will move up from the waiting list.</source>
        <translation>
            <numerusform>%Ln osoba przejdzie z listy rezerwowej.</numerusform>
            <numerusform>%Ln osoby przejdą z listy rezerwowej.</numerusform>
            <numerusform>%Ln osób przejdzie z listy rezerwowej.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace stored values where the file has other ones</source>
        <translation>&amp;Zastąp zapisane wartości innymi wartościami z pliku</translation>
    </message>
    <message>
        <source>Also those of people already taking part; otherwise only empty fields are filled in.</source>
        <translation>Także u osób już uczestniczących; w przeciwnym razie uzupełniane są tylko puste pola.</translation>
    </message>
</context>
<context>
    <name>ep::ImportFilePage</name>
    <message>
        <source>&amp;Participants of the event:</source>
        <translation>&amp;Uczestnicy wydarzenia:</translation>
    </message>
    <message>
        <source>&amp;Contact people (not linked to an event)</source>
        <translation>&amp;Osoby kontaktowe (bez powiązania z wydarzeniem)</translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation>Wybierz plik</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV: from Excel (&quot;CSV UTF-8&quot; or &quot;CSV&quot;), LibreOffice, an online form or a ticketing tool. Nothing is written before the last step.</source>
        <translation>Arkusz kalkulacyjny zapisany jako plik CSV: z programu Excel („CSV UTF-8” lub „CSV”), LibreOffice, formularza online lub systemu rejestracji uczestników. Przed ostatnim krokiem nic nie zostanie zapisane.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Ścieżka do pliku .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zakres importu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;From the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plik źródłowy&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Nie można otworzyć pliku %1: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>ep::ImportFormatPage</name>
    <message>
        <source>Check How the File Is Read</source>
        <translation>Sprawdź, jak plik jest odczytywany</translation>
    </message>
    <message>
        <source>The first rows as read with the settings below, which were detected from the file. If letters look wrong (&quot;MÃ¼ller&quot;, &quot;W³odzimierz&quot;), choose another encoding; if everything sits in one column, another delimiter.</source>
        <translation>Pierwsze wiersze odczytane z poniższymi ustawieniami, wykrytymi na podstawie pliku. Jeśli litery wyglądają nieprawidłowo („MÃ¼ller”, „W³odzimierz”), proszę wybrać inne kodowanie znaków; jeśli wszystko znajduje się w jednej kolumnie – inny separator.</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Średnik ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Przecinek ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Kodowanie znaków</translation>
    </message>
    <message>
        <source>&amp;Delimiter</source>
        <translation>&amp;Separator</translation>
    </message>
    <message>
        <source>Column &amp;names in row</source>
        <translation>&amp;Nazwy kolumn w wierszu</translation>
    </message>
    <message>
        <source>Some bytes are not valid %1 (shown as �): the file is probably in another encoding.</source>
        <translation>Niektóre bajty są niezgodne z kodowaniem %1 (wyświetlane jako �): plik ma prawdopodobnie inne kodowanie znaków.</translation>
    </message>
    <message>
        <source>Row %1 has no columns to import. Choose the row with the column names, and the delimiter that splits it.</source>
        <translation>Wiersz %1 nie zawiera kolumn do zaimportowania. Proszę wybrać wiersz z nazwami kolumn oraz separator, który je rozdziela.</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>Pierwsze wiersze pliku</translation>
    </message>
</context>
<context>
    <name>ep::ImportMappingPage</name>
    <message>
        <source>Say Which Column Holds What</source>
        <translation>Wskaż zawartość kolumn</translation>
    </message>
    <message>
        <source>Columns were matched by their names. Columns marked &quot;(not imported)&quot; are left out. Change any choice; it is remembered for files with the same columns.</source>
        <translation>Kolumny zostały przypisane na podstawie ich nazw. Kolumny oznaczone jako „(nie importować)” zostaną pominięte. Każdy wybór można zmienić; zostanie on zapamiętany dla plików z takimi samymi kolumnami.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Pierwsze wartości</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importowana jako</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(kolumna %1)</translation>
    </message>
    <message>
        <source>Choose the column with the last name (or with the full name).</source>
        <translation>Proszę wybrać kolumnę z nazwiskiem (lub z imieniem i nazwiskiem).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is chosen for more than one column.</source>
        <translation>Pole „%1” wybrano dla więcej niż jednej kolumny.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Kolumny pliku</translation>
    </message>
</context>
<context>
    <name>ep::ImportResultPage</name>
    <message>
        <source>Imported</source>
        <translation>Import zakończony</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) stored new.</source>
        <translation>
            <numerusform>Zapisano %Ln nową osobę.</numerusform>
            <numerusform>Zapisano %Ln nowe osoby.</numerusform>
            <numerusform>Zapisano %Ln nowych osób.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) matched people already stored.</source>
        <translation>
            <numerusform>Dopasowano %Ln wiersz do osób już zapisanych w bazie danych.</numerusform>
            <numerusform>Dopasowano %Ln wiersze do osób już zapisanych w bazie danych.</numerusform>
            <numerusform>Dopasowano %Ln wierszy do osób już zapisanych w bazie danych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped: the person already took part.</source>
        <translation>
            <numerusform>Pominięto %Ln wiersz: osoba była już na liście uczestników.</numerusform>
            <numerusform>Pominięto %Ln wiersze: osoby były już na liście uczestników.</numerusform>
            <numerusform>Pominięto %Ln wierszy: osoby były już na liście uczestników.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s) left out.</source>
        <translation>
            <numerusform>Pominięto %Ln nieprawidłowy wiersz.</numerusform>
            <numerusform>Pominięto %Ln nieprawidłowe wiersze.</numerusform>
            <numerusform>Pominięto %Ln nieprawidłowych wierszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) stored new.</source>
        <translation>
            <numerusform>Zapisano %Ln nową organizację.</numerusform>
            <numerusform>Zapisano %Ln nowe organizacje.</numerusform>
            <numerusform>Zapisano %Ln nowych organizacji.</numerusform>
        </translation>
    </message>
    <message>
        <source>An import cannot be undone with Edit › Undo; the list of undoable changes starts anew.</source>
        <translation>Importu nie można cofnąć poleceniem Edycja › Cofnij; lista zmian, które można cofnąć, zaczyna się od nowa.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation(s) updated from the file.</source>
        <translation>
            <numerusform>%Ln udział zaktualizowany z pliku.</numerusform>
            <numerusform>%Ln udziały zaktualizowane z pliku.</numerusform>
            <numerusform>%Ln udziałów zaktualizowanych z pliku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln confirmed beyond the event&apos;s %1 places went on the waiting list.</source>
        <translation>
            <numerusform>%Ln osoba potwierdzona ponad %1 miejsc wydarzenia trafiła na listę rezerwową.</numerusform>
            <numerusform>%Ln osoby potwierdzone ponad %1 miejsc wydarzenia trafiły na listę rezerwową.</numerusform>
            <numerusform>%Ln osób potwierdzonych ponad %1 miejsc wydarzenia trafiło na listę rezerwową.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved up from the waiting list.</source>
        <translation>
            <numerusform>%Ln osoba przeszła z listy rezerwowej.</numerusform>
            <numerusform>%Ln osoby przeszły z listy rezerwowej.</numerusform>
            <numerusform>%Ln osób przeszło z listy rezerwowej.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ep::ImportWizard</name>
    <message>
        <source>Import Participants</source>
        <translation>Import uczestników</translation>
    </message>
    <message>
        <source>Import Contact People</source>
        <translation>Import osób kontaktowych</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Sprawdzanie pliku…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) from %1.</source>
        <translation>
            <numerusform>Zaimportowano %Ln wiersz z pliku %1.</numerusform>
            <numerusform>Zaimportowano %Ln wiersze z pliku %1.</numerusform>
            <numerusform>Zaimportowano %Ln wierszy z pliku %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s) left out.</source>
        <translation>
            <numerusform>Pominięto %Ln nieprawidłowy wiersz.</numerusform>
            <numerusform>Pominięto %Ln nieprawidłowe wiersze.</numerusform>
            <numerusform>Pominięto %Ln nieprawidłowych wierszy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ep::IssueLabel</name>
    <message>
        <source>Error: %1</source>
        <extracomment>what a screen reader says of a message beside a field</extracomment>
        <translation>Błąd: %1</translation>
    </message>
</context>
<context>
    <name>ep::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>the menu that switches the window&apos;s language</extracomment>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Język &amp;systemu</translation>
    </message>
</context>
<context>
    <name>ep::LocalizedTextEdit</name>
    <message>
        <source>German</source>
        <translation>Niemiecki</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polski</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angielski</translation>
    </message>
    <message>
        <source>Missing: %1 readers see another language instead</source>
        <translation>Brak tekstu (%1) – czytelnicy zobaczą wersję w innym języku</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (brak)</translation>
    </message>
</context>
<context>
    <name>ep::LogoField</name>
    <message>
        <source>Choose the Funding Programme&apos;s Logo</source>
        <translation>Wybierz logo programu finansowania</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Nie można otworzyć pliku %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 2 MB; please use a smaller picture.</source>
        <translation>Plik %1 jest większy niż 2 MB; proszę użyć mniejszego obrazu.</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG picture.</source>
        <translation>Plik %1 nie jest obrazem PNG ani JPEG.</translation>
    </message>
    <message>
        <source>Logo Not Used</source>
        <translation>Nie użyto logo</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>brak logo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation>Wybier&amp;z…</translation>
    </message>
    <message>
        <source>Choose the Organisation&apos;s Logo</source>
        <translation>Wybierz logo organizacji</translation>
    </message>
</context>
<context>
    <name>ep::MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Cofnij: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Po&amp;nów: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Po&amp;nów</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Exchange Planner</source>
        <translation>Exchange Planner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moc</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>Nowa &amp;baza danych…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Now&amp;y wpis</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Zapi&amp;sz</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>O&amp;drzuć zmiany</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Zn&amp;ajdź</translation>
    </message>
    <message>
        <source>&amp;About Exchange Planner</source>
        <translation>O p&amp;rogramie Exchange Planner</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informacje o &amp;Qt</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>Połącz ze &amp;wspólną bazą danych…</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statystyki</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statystyki</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Obszary</translation>
    </message>
</context>
<context>
    <name>ep::MessageTemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>Szablony wiadomości</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>T&amp;reść:</translation>
    </message>
    <message>
        <source>&amp;Placeholders (double-click to insert):</source>
        <translation>&amp;Znaczniki (kliknij dwukrotnie, aby wstawić):</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Wiadomość:</translation>
    </message>
    <message>
        <source>Templates Not Saved</source>
        <translation>Nie zapisano szablonów</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>Odrzucić zmiany?</translation>
    </message>
    <message>
        <source>The templates have changes that are not saved. Discard them?</source>
        <translation>Szablony zawierają niezapisane zmiany. Odrzucić je?</translation>
    </message>
</context>
<context>
    <name>ep::NewPersonDialog</name>
    <message>
        <source>New Person</source>
        <translation>Nowa osoba</translation>
    </message>
</context>
<context>
    <name>ep::OpeningDaysEdit</name>
    <message>
        <source>The days the site can be visited; none ticked: not known. The calendar flags a visit on another day.</source>
        <translation>Dni, w które można odwiedzić miejsce; nic nie zaznaczono: nieznane. Kalendarz oznacza wizytę w inny dzień.</translation>
    </message>
</context>
<context>
    <name>ep::OrganisationComboBox</name>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
</context>
<context>
    <name>ep::OrganisationForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>S&amp;hort name</source>
        <translation>Nazwa &amp;skrócona</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Miejscowość</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Kraj</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Strona &amp;internetowa</translation>
    </message>
    <message>
        <source>New organisation &quot;%1&quot;</source>
        <translation>Dodanie organizacji „%1”</translation>
    </message>
    <message>
        <source>Edit organisation &quot;%1&quot;</source>
        <translation>Edycja organizacji „%1”</translation>
    </message>
    <message>
        <source>Delete organisation &quot;%1&quot;</source>
        <translation>Usunięcie organizacji „%1”</translation>
    </message>
    <message>
        <source>St&amp;reet</source>
        <translation>&amp;Ulica</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>Kod po&amp;cztowy</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>Si&amp;gned by</source>
        <translation>&amp;Osoba podpisująca</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;function</source>
        <translation>Stanowisko osoby &amp;podpisującej</translation>
    </message>
    <message>
        <source>who signs the invitation letters</source>
        <translation>kto podpisuje listy zapraszające</translation>
    </message>
</context>
<context>
    <name>ep::ParticipantsEditor</name>
    <message numerus="yes">
        <source>%Ln participant(s) of %L1 places</source>
        <translation>
            <numerusform>%Ln uczestnik (liczba miejsc: %L1)</numerusform>
            <numerusform>%Ln uczestników (liczba miejsc: %L1)</numerusform>
            <numerusform>%Ln uczestników (liczba miejsc: %L1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln uczestnik</numerusform>
            <numerusform>%Ln uczestników</numerusform>
            <numerusform>%Ln uczestników</numerusform>
        </translation>
    </message>
    <message>
        <source>Add &amp;People…</source>
        <translation>Dodaj &amp;osoby…</translation>
    </message>
    <message>
        <source>Add &amp;New Person…</source>
        <translation>Dodaj &amp;nową osobę…</translation>
    </message>
    <message>
        <source>&amp;Import from a Spreadsheet…</source>
        <translation>&amp;Importuj z arkusza kalkulacyjnego…</translation>
    </message>
    <message>
        <source>Import the participants from a CSV file, e.g. an Excel list of registrations</source>
        <translation>Import uczestników z pliku CSV, np. z listy zgłoszeń w programie Excel</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln participant(s)…</source>
        <translation>
            <numerusform>Wczytywanie %Ln uczestnika…</numerusform>
            <numerusform>Wczytywanie %Ln uczestników…</numerusform>
            <numerusform>Wczytywanie %Ln uczestników…</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
</context>
<context>
    <name>ep::ParticipationDialog</name>
    <message>
        <source>Participation</source>
        <translation>Udział w wydarzeniu</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Osoba</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rola</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <extracomment>the status of a participant (invited, registered, confirmed …)</extracomment>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation>&amp;Delegacja</translation>
    </message>
    <message>
        <source>&amp;Arrival</source>
        <translation>&amp;Przyjazd</translation>
    </message>
    <message>
        <source>D&amp;eparture</source>
        <translation>&amp;Wyjazd</translation>
    </message>
    <message>
        <source>Dietary &amp;needs</source>
        <translation>W&amp;ymagania dietetyczne</translation>
    </message>
    <message>
        <source>A&amp;ccessibility needs</source>
        <translation>&amp;Szczególne potrzeby</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Uwagi</translation>
    </message>
    <message>
        <source>not known</source>
        <extracomment>in an empty date field: the arrival or departure is not known yet</extracomment>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>&amp;Hotel</source>
        <translation>&amp;Hotel</translation>
    </message>
    <message>
        <source>Roo&amp;m</source>
        <translation>Pokó&amp;j</translation>
    </message>
</context>
<context>
    <name>ep::ParticipationsDialog</name>
    <message numerus="yes">
        <source>Edit %Ln Participant(s)</source>
        <translation>
            <numerusform>Edytuj %Ln uczestnika</numerusform>
            <numerusform>Edytuj %Ln uczestników</numerusform>
            <numerusform>Edytuj %Ln uczestników</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick what all of them get; what is not ticked stays as each one has it.</source>
        <translation>Proszę zaznaczyć to, co otrzymają wszyscy; to, czego nie zaznaczono, pozostaje u każdego bez zmian.</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rola</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation>&amp;Delegacja</translation>
    </message>
    <message>
        <source>&amp;Arrival</source>
        <translation>&amp;Przyjazd</translation>
    </message>
    <message>
        <source>De&amp;parture</source>
        <translation>&amp;Wyjazd</translation>
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
        <translation>Eksportuj dane osoby</translation>
    </message>
    <message>
        <source>PDF, for the person to read</source>
        <translation>PDF, do przeczytania przez osobę</translation>
    </message>
    <message>
        <source>JSON, for a machine</source>
        <translation>JSON, dla maszyny</translation>
    </message>
    <message>
        <source>Everything the planner holds about %1: the record with the legal basis and consent, every participation with its needs, the events organised and the items hosted. The file is readable by you alone; hand it to the person securely.</source>
        <translation>Wszystko, co planer przechowuje o %1: rekord z podstawą prawną i zgodą, każdy udział z potrzebami, zorganizowane wydarzenia i prowadzone punkty programu. Plik jest czytelny tylko dla Ciebie; przekaż go osobie w bezpieczny sposób.</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Forma:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Zapisz jako…</translation>
    </message>
</context>
<context>
    <name>ep::PersonField</name>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
</context>
<context>
    <name>ep::PersonForm</name>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Imię</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nazwisko</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>O&amp;rganizacja</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>&amp;Stanowisko</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>U&amp;lica</translation>
    </message>
    <message>
        <source>Postal co&amp;de</source>
        <translation>Kod &amp;pocztowy</translation>
    </message>
    <message>
        <source>L&amp;anguages spoken</source>
        <translation>Znajomość &amp;języków</translation>
    </message>
    <message>
        <source>Is a contact person for partners</source>
        <translation>Osoba kontaktowa dla partnerów</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events taken part in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Udział w wydarzeniach&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New person &quot;%1&quot;</source>
        <translation>Dodanie osoby „%1”</translation>
    </message>
    <message>
        <source>Edit person &quot;%1&quot;</source>
        <translation>Edycja osoby „%1”</translation>
    </message>
    <message>
        <source>Delete person &quot;%1&quot;</source>
        <translation>Usunięcie osoby „%1”</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <extracomment>a person&apos;s academic or professional title, e.g. &quot;Dr.&quot;, &quot;mgr inż.&quot;</extracomment>
        <translation>T&amp;ytuł</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Miejscowość</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;Kraj</translation>
    </message>
    <message>
        <source>Con&amp;tact person</source>
        <translation>&amp;Osoba kontaktowa</translation>
    </message>
    <message>
        <source>&amp;GDPR consent</source>
        <translation>&amp;Zgoda RODO</translation>
    </message>
    <message>
        <source>Pu&amp;rpose of consent</source>
        <translation>&amp;Cel zgody</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Uwagi</translation>
    </message>
    <message>
        <source>not given</source>
        <extracomment>in the empty date field of a GDPR consent: no consent is recorded</extracomment>
        <translation>nie udzielono</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <extracomment>the legal basis of keeping the person&apos;s data, GDPR Art. 6(1)</extracomment>
        <translation>Po&amp;dstawa prawna</translation>
    </message>
    <message>
        <source>W&amp;here consent was given</source>
        <extracomment>where the consent was given: a registration form, an email of a day …</extracomment>
        <translation>Źródło z&amp;gody</translation>
    </message>
    <message>
        <source>Consent &amp;withdrawn</source>
        <translation>Zgoda &amp;wycofana</translation>
    </message>
    <message>
        <source>not withdrawn</source>
        <extracomment>in the empty date field of a consent&apos;s withdrawal</extracomment>
        <translation>nie wycofano</translation>
    </message>
    <message>
        <source>not recorded</source>
        <extracomment>no legal basis of keeping the person&apos;s data is recorded</extracomment>
        <translation>nie podano</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes to this person&apos;s data&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zmiany danych tej osoby&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ep::PersonListEdit</name>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>ep::PersonPickerDialog</name>
    <message>
        <source>Choose People</source>
        <translation>Wybierz osoby</translation>
    </message>
    <message>
        <source>Choose a Person</source>
        <translation>Wybierz osobę</translation>
    </message>
    <message>
        <source>Search by name, organisation, email, city …</source>
        <translation>Szukaj według nazwiska, organizacji, e-maila, miejscowości …</translation>
    </message>
    <message>
        <source>&amp;New Person…</source>
        <translation>&amp;Nowa osoba…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) found</source>
        <translation>
            <numerusform>Znaleziono %Ln osobę</numerusform>
            <numerusform>Znaleziono %Ln osoby</numerusform>
            <numerusform>Znaleziono %Ln osób</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
</context>
<context>
    <name>ep::PrivacyActions</name>
    <message>
        <source>P&amp;rivacy</source>
        <translation>&amp;Ochrona danych</translation>
    </message>
    <message>
        <source>&amp;Erase Person…</source>
        <translation>&amp;Usuń osobę (RODO)…</translation>
    </message>
    <message>
        <source>Erase the person shown everywhere, on their request, for good</source>
        <translation>Usuń wyświetloną osobę na jej żądanie wszędzie i na zawsze</translation>
    </message>
    <message>
        <source>Not Erased</source>
        <translation>Nie usunięto</translation>
    </message>
    <message>
        <source>&lt;p&gt;This removes:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zostanie usunięte:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;It cannot be undone. What stays:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tego nie można cofnąć. Co zostaje:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;These backups, older than the erasure, still hold the person; they go as the rotation removes them, or delete them by hand:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Te kopie zapasowe, starsze niż usunięcie, wciąż zawierają osobę; znikną, gdy usunie je rotacja, albo usuń je ręcznie:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Erase Person</source>
        <translation>Usuń osobę</translation>
    </message>
    <message>
        <source>Erase %1 everywhere, for good?</source>
        <translation>Usunąć %1 wszędzie i na zawsze?</translation>
    </message>
    <message>
        <source>&amp;Erase for Good</source>
        <translation>&amp;Usuń na zawsze</translation>
    </message>
    <message>
        <source>%1 was not erased: %2. Nothing was changed.</source>
        <translation>Nie usunięto %1: %2. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>Usunięto %1.</translation>
    </message>
    <message>
        <source>E&amp;xport Person&apos;s Data…</source>
        <translation>E&amp;ksportuj dane osoby…</translation>
    </message>
    <message>
        <source>Everything held about the person shown, for them (PDF) or a machine (JSON)</source>
        <translation>Wszystko, co zapisano o wyświetlonej osobie, dla niej (PDF) lub dla maszyny (JSON)</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Nie wyeksportowano</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>dane osobowe</translation>
    </message>
    <message>
        <source>Export Person&apos;s Data</source>
        <translation>Eksportuj dane osoby</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote the data of %1 to %2, readable by you alone.</source>
        <translation>Zapisano dane %1 w %2, czytelne tylko dla Ciebie.</translation>
    </message>
    <message>
        <source>Data &amp;Retention…</source>
        <translation>&amp;Przechowywanie danych…</translation>
    </message>
    <message>
        <source>Personal data was erased or anonymised in another window or program; the undo history was cleared so that none of it comes back.</source>
        <translation>W innym oknie lub programie usunięto lub zanonimizowano dane osobowe; historia cofania została wyczyszczona, aby nic z nich nie wróciło.</translation>
    </message>
    <message>
        <source>The retention policy was applied; the undo history was cleared.</source>
        <translation>Zastosowano zasady przechowywania; historia cofania została wyczyszczona.</translation>
    </message>
</context>
<context>
    <name>ep::RecipientChooser</name>
    <message>
        <source>Participants &amp;with:</source>
        <translation>Uczestnicy &amp;z:</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected participants (%n)</source>
        <translation>
            <numerusform>Z&amp;aznaczony uczestnik (%n)</numerusform>
            <numerusform>Z&amp;aznaczeni uczestnicy (%n)</numerusform>
            <numerusform>Z&amp;aznaczeni uczestnicy (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Delegacja:</translation>
    </message>
    <message>
        <source>Nothing ticked in a list: every value.</source>
        <translation>Nic nie zaznaczono na liście: każda wartość.</translation>
    </message>
</context>
<context>
    <name>ep::RecordForm</name>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
</context>
<context>
    <name>ep::RetentionDialog</name>
    <message>
        <source>&amp;Save Policy</source>
        <translation>&amp;Zapisz zasady</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>Za&amp;stosuj…</translation>
    </message>
    <message>
        <source>Data Retention</source>
        <translation>Przechowywanie danych</translation>
    </message>
    <message>
        <source>Retention policy of this database</source>
        <translation>Zasady przechowywania tej bazy danych</translation>
    </message>
    <message>
        <source> months</source>
        <extracomment>the unit after a number of months in a spin box</extracomment>
        <translation> mies.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Ostatnie wydarzenie</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Zasada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due today&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wymagalne dziś&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Policy Not Saved</source>
        <translation>Nie zapisano zasad</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln person(s)</source>
        <translation>
            <numerusform>%1: %Ln osoba</numerusform>
            <numerusform>%1: %Ln osoby</numerusform>
            <numerusform>%1: %Ln osób</numerusform>
        </translation>
    </message>
    <message>
        <source>Every rule is off: nothing is due.</source>
        <translation>Wszystkie zasady są wyłączone: nic nie jest wymagalne.</translation>
    </message>
    <message>
        <source>Apply the Retention Policy</source>
        <translation>Zastosuj zasady przechowywania</translation>
    </message>
    <message>
        <source>Anonymise the data due today, as the policy says?</source>
        <translation>Zanonimizować dane wymagalne dziś zgodnie z zasadami?</translation>
    </message>
    <message>
        <source>%1. This cannot be undone; names, organisations, cities and countries stay, and the privacy log records when, which rule and how many people, not whose data.</source>
        <translation>%1. Tego nie można cofnąć; imiona i nazwiska, organizacje, miejscowości i kraje zostają, a dziennik ochrony danych zapisuje, kiedy, według której zasady i dla ilu osób, ale nie czyje dane.</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>Z&amp;anonimizuj</translation>
    </message>
    <message>
        <source>Not Applied</source>
        <translation>Nie zastosowano</translation>
    </message>
    <message>
        <source>The retention policy was not applied: %1. Nothing was changed.</source>
        <translation>Nie zastosowano zasad przechowywania: %1. Niczego nie zmieniono.</translation>
    </message>
    <message numerus="yes">
        <source>%1: anonymised for %Ln person(s).</source>
        <translation>
            <numerusform>%1: zanonimizowano dla %Ln osoby.</numerusform>
            <numerusform>%1: zanonimizowano dla %Ln osób.</numerusform>
            <numerusform>%1: zanonimizowano dla %Ln osób.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention Policy Applied</source>
        <translation>Zastosowano zasady przechowywania</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>Do usunięcia</translation>
    </message>
</context>
<context>
    <name>ep::ServerStatus</name>
    <message>
        <source>You may only read this team database: your database role %1 may not change it on %2. Saving, deleting and importing are switched off; ask the database&apos;s administrator for an editor&apos;s role.</source>
        <translation>Możesz tylko czytać tę wspólną bazę danych: Twoja rola w bazie danych %1 nie może jej zmieniać na %2. Zapisywanie, usuwanie i importowanie są wyłączone; poproś administratora bazy danych o rolę z prawem edycji.</translation>
    </message>
    <message>
        <source>The connection to the team database %1 is lost. Your input is kept; the planner connects again every few seconds, and then saves what you asked it to save.</source>
        <translation>Połączenie ze wspólną bazą danych %1 zostało przerwane. Wprowadzone dane zostają zachowane; planer co kilka sekund łączy się ponownie, a potem zapisuje to, co chciałeś zapisać.</translation>
    </message>
</context>
<context>
    <name>ep::SiteForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Ulica</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>&amp;Miejscowość</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>&amp;Szerokość geograficzna</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>Długość &amp;geograficzna</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Op&amp;is</translation>
    </message>
    <message>
        <source>&amp;Host organisation</source>
        <translation>Organizacja &amp;przyjmująca</translation>
    </message>
    <message>
        <source>On-site &amp;contact</source>
        <translation>&amp;Osoba kontaktowa na miejscu</translation>
    </message>
    <message>
        <source>&amp;Accessibility</source>
        <translation>&amp;Dostępność</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visits&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wizyty&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New site &quot;%1&quot;</source>
        <translation>Dodanie miejsca „%1”</translation>
    </message>
    <message>
        <source>Edit site &quot;%1&quot;</source>
        <translation>Edycja miejsca „%1”</translation>
    </message>
    <message>
        <source>Delete site &quot;%1&quot;</source>
        <translation>Usunięcie miejsca „%1”</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>Kod po&amp;cztowy</translation>
    </message>
    <message>
        <source>Coun&amp;try</source>
        <translation>Kr&amp;aj</translation>
    </message>
    <message>
        <source>Show on &amp;Map</source>
        <translation>&amp;Wyświetl na mapie</translation>
    </message>
    <message>
        <source>Opens OpenStreetMap in the browser at these coordinates</source>
        <translation>Otwiera OpenStreetMap w przeglądarce w tych współrzędnych</translation>
    </message>
    <message>
        <source>Open on &amp;weekdays</source>
        <translation>Dni o&amp;twarcia</translation>
    </message>
</context>
<context>
    <name>ep::StatisticsPage</name>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Eksportuj wykres jako PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Eksportuj wykres jako SVG</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Rysunek SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>Zapisz raport jako PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No events of this kind in the period.</source>
        <translation>Brak wydarzeń tego rodzaju w tym okresie.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <source>Export Figures as CSV</source>
        <translation>Eksportuj dane liczbowe jako CSV</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Od dnia:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Do dn&amp;ia:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>the first event</source>
        <translation>pierwszego wydarzenia</translation>
    </message>
    <message>
        <source>the last event</source>
        <translation>ostatniego wydarzenia</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Eksportuj P&amp;NG…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Eksportuj &amp;SVG…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksportuj &amp;CSV…</translation>
    </message>
    <message>
        <source>Rep&amp;ort PDF…</source>
        <translation>Rapor&amp;t PDF…</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>Liczby: %1</translation>
    </message>
</context>
<context>
    <name>ep::TableEditor</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ed&amp;ytuj…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>U&amp;suń</translation>
    </message>
</context>
<context>
    <name>ep::TeamDatabaseDialog</name>
    <message>
        <source>Never encrypt</source>
        <translation>Nigdy nie szyfruj</translation>
    </message>
    <message>
        <source>Encrypt only if the server insists</source>
        <translation>Szyfruj tylko, gdy serwer tego wymaga</translation>
    </message>
    <message>
        <source>Encrypt if the server can (default)</source>
        <translation>Szyfruj, jeśli serwer to umożliwia (domyślnie)</translation>
    </message>
    <message>
        <source>Always encrypt, do not check the certificate</source>
        <translation>Zawsze szyfruj, bez sprawdzania certyfikatu</translation>
    </message>
    <message>
        <source>Always encrypt, certificate from a trusted authority</source>
        <translation>Zawsze szyfruj, certyfikat zaufanego urzędu</translation>
    </message>
    <message>
        <source>Always encrypt, certificate names this server</source>
        <translation>Zawsze szyfruj, certyfikat wskazuje ten serwer</translation>
    </message>
    <message>
        <source>A team database&apos;s address begins with postgresql://</source>
        <translation>Adres wspólnej bazy danych zaczyna się od postgresql://</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>Połącz ze wspólną bazą danych</translation>
    </message>
    <message>
        <source>&amp;Recent connections:</source>
        <translation>&amp;Ostatnie połączenia:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Baza danych:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>S&amp;zyfrowanie:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>e.g. db.example.org; empty: this computer</source>
        <translation>np. db.example.org; puste: ten komputer</translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation>puste: Twoja nazwa logowania</translation>
    </message>
    <message>
        <source>The address holds every connection parameter PostgreSQL knows (for example sslrootcert or connect_timeout): add them to it. A password is asked for when the server wants one and is never stored.</source>
        <translation>Adres może zawierać każdy parametr połączenia znany PostgreSQL (na przykład sslrootcert lub connect_timeout): dodaj go tam. O hasło planer pyta, gdy serwer go wymaga, i nigdy go nie zapisuje.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Połącz</translation>
    </message>
</context>
<context>
    <name>ep::TopicForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>New topic &quot;%1&quot;</source>
        <translation>Dodanie tematu „%1”</translation>
    </message>
    <message>
        <source>Edit topic &quot;%1&quot;</source>
        <translation>Edycja tematu „%1”</translation>
    </message>
    <message>
        <source>Delete topic &quot;%1&quot;</source>
        <translation>Usunięcie tematu „%1”</translation>
    </message>
</context>
<context>
    <name>ep::WalkInDialog</name>
    <message>
        <source>Add Walk-in</source>
        <translation>Dodaj osobę niezgłoszoną</translation>
    </message>
    <message>
        <source>Someone who signed a blank row of the sheet of %1.</source>
        <translation>Osoba, która podpisała się w pustym wierszu listy (%1).</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacja:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>The last name is missing: write it as the sheet gives it.</source>
        <translation>Brak nazwiska: proszę wpisać je tak, jak widnieje na liście.</translation>
    </message>
</context>
<context>
    <name>ep::WelcomeDialog</name>
    <message>
        <source>Welcome to Exchange Planner</source>
        <translation>Witamy w aplikacji Exchange Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Exchange Planner&lt;/h3&gt;&lt;p&gt;Exchange Planner keeps your study visits, webinars and workshops with their agendas, participants, sites and contact people in one database on this computer:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Would you like to start with the &lt;b&gt;demo programme&lt;/b&gt; — the partnership of the Ruhr region (RVR) and the GZM metropolis with four events of 2019 and 2020 — to look around, or with an &lt;b&gt;empty database&lt;/b&gt; for your own work?&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Witamy w aplikacji Exchange Planner&lt;/h3&gt;&lt;p&gt;Exchange Planner przechowuje wizyty studyjne, webinaria i warsztaty wraz z ich programami, uczestnikami, miejscami i osobami kontaktowymi w jednej bazie danych na tym komputerze:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Czy chcą Państwo zacząć od &lt;b&gt;programu demonstracyjnego&lt;/b&gt; – partnerstwa regionu Ruhry (RVR) i Metropolii GZM z czterema wydarzeniami z lat 2019 i 2020 – aby zapoznać się z aplikacją, czy od &lt;b&gt;pustej bazy danych&lt;/b&gt; do własnej pracy?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start with the &amp;Demo Programme</source>
        <translation>Rozpocznij z programem &amp;demonstracyjnym</translation>
    </message>
    <message>
        <source>Start &amp;Empty</source>
        <translation>Rozpocznij z &amp;pustą bazą</translation>
    </message>
</context>
<context>
    <name>ep::WriteEmailDialog</name>
    <message>
        <source>Write Email</source>
        <translation>Napisz e-mail</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n adres</numerusform>
            <numerusform>%n adresy</numerusform>
            <numerusform>%n adresów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n messages: the mail program takes only so many at once.</source>
        <translation>
            <numerusform>w %n wiadomości: program pocztowy przyjmuje tylko tyle naraz.</numerusform>
            <numerusform>w %n wiadomościach: program pocztowy przyjmuje tylko tyle naraz.</numerusform>
            <numerusform>w %n wiadomościach: program pocztowy przyjmuje tylko tyle naraz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an email address: %1.</source>
        <translation>Bez adresu e-mail: %1.</translation>
    </message>
    <message>
        <source>&amp;Open Message 1 of %1</source>
        <translation>&amp;Otwórz wiadomość 1 z %1</translation>
    </message>
    <message>
        <source>&amp;Open in Mail Program</source>
        <translation>&amp;Otwórz w programie pocztowym</translation>
    </message>
    <message>
        <source>&amp;Open Message %1 of %2</source>
        <translation>&amp;Otwórz wiadomość %1 z %2</translation>
    </message>
</context>
<context>
    <name>ep::WriteMessagesDialog</name>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Otwórz &amp;folder</translation>
    </message>
    <message>
        <source>Write Messages</source>
        <translation>Napisz wiadomości</translation>
    </message>
    <message>
        <source>&amp;Edit Templates…</source>
        <translation>&amp;Edytuj szablony…</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Wy&amp;bierz…</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Wiadomość:</translation>
    </message>
    <message>
        <source>Into f&amp;older:</source>
        <translation>D&amp;o folderu:</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>&amp;Podgląd:</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n wiadomość</numerusform>
            <numerusform>%n wiadomości</numerusform>
            <numerusform>%n wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an email address: %1.</source>
        <translation>Bez adresu e-mail: %1.</translation>
    </message>
    <message>
        <source>Nobody chosen has an email address.</source>
        <translation>Żadna z wybranych osób nie ma adresu e-mail.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;</source>
        <translation>Do: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Temat: %1</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Załącznik: %1</translation>
    </message>
    <message>
        <source>Choose an Empty Folder for the Messages</source>
        <translation>Wybierz pusty folder na wiadomości</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n draft(s) into %1. Open them in the mail program, check them and send them.</source>
        <translation>
            <numerusform>Zapisano %n wersję roboczą w folderze %1. Otwórz ją w programie pocztowym, sprawdź i wyślij.</numerusform>
            <numerusform>Zapisano %n wersje robocze w folderze %1. Otwórz je w programie pocztowym, sprawdź i wyślij.</numerusform>
            <numerusform>Zapisano %n wersji roboczych w folderze %1. Otwórz je w programie pocztowym, sprawdź i wyślij.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wr&amp;ite Drafts</source>
        <translation>&amp;Utwórz wersje robocze</translation>
    </message>
</context>
</TS>
