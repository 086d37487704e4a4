// Names, titles, job titles, cities and addresses of the Ruhr and of Upper
// Silesia: what the generated people are made of.

#include "domain/searchtext.h"
#include "generate_catalogue.h"

#include <utility>

namespace ep::bench {
namespace {

// The Ruhr: German names, with those of the families who came from Poland
// (the "Ruhrpolen") and Turkey.
constexpr QStringView ruhrMale[] = {
    u"Jürgen", u"Günter", u"Jörg",   u"Björn",      u"Sören",       u"Uwe",     u"Klaus",
    u"Heinz",  u"Dieter", u"Stefan", u"Thomas",     u"Michael",     u"Andreas", u"Markus",
    u"Tobias", u"Lukas",  u"Jonas",  u"Leon",       u"Maximilian",  u"Mehmet",  u"Emre",
    u"Ralf",   u"Frank",  u"Holger", u"Karl-Heinz", u"Hans-Jürgen", u"Nils",    u"Timo",
};
constexpr QStringView ruhrFemale[] = {
    u"Anna",   u"Sabine",    u"Petra",     u"Claudia", u"Birgit",  u"Jutta", u"Dörte",
    u"Bärbel", u"Heike",     u"Katharina", u"Lena",    u"Sophie",  u"Marie", u"Hannah",
    u"Laura",  u"Julia",     u"Annika",    u"Anja",    u"Susanne", u"Käthe", u"Ayşe",
    u"Özlem",  u"Anna-Lena", u"Ulrike",    u"Gesine",  u"Maren",
};
constexpr QStringView ruhrLast[] = {
    u"Müller",    u"Schmidt",    u"Schneider",  u"Fischer",  u"Weber",    u"Meyer",
    u"Wagner",    u"Becker",     u"Schulz",     u"Hoffmann", u"Schäfer",  u"Koch",
    u"Bauer",     u"Richter",    u"Klein",      u"Wolf",     u"Schröder", u"Neumann",
    u"Schwarz",   u"Zimmermann", u"Braun",      u"Krüger",   u"Hartmann", u"Lange",
    u"Werner",    u"Krause",     u"Groß",       u"Köhler",   u"Jäger",    u"Böhm",
    u"Weiß",      u"Fuß",        u"Großmann",   u"Thießen",  u"Dückers",  u"Kowalski",
    u"Szymanski", u"Przybylski", u"Nowakowski", u"Yılmaz",   u"Öztürk",   u"Lüdenscheidt",
};
constexpr QStringView ruhrTitles[] = {u"Dr.", u"Prof. Dr.", u"Dipl.-Ing.", u"Dr.-Ing.",
                                      u"Dr. rer. nat."};
constexpr Gendered ruhrPositions[] = {
    {u"Referent für internationale Zusammenarbeit",
     u"Referentin für internationale Zusammenarbeit"},
    {u"Projektleiter Regionalentwicklung", u"Projektleiterin Regionalentwicklung"},
    {u"Abteilungsleiter Europa und Internationales",
     u"Abteilungsleiterin Europa und Internationales"},
    {u"Sachbearbeiter Fördermittel", u"Sachbearbeiterin Fördermittel"},
    {u"Leiter Stadtentwicklung", u"Leiterin Stadtentwicklung"},
    {u"Wissenschaftlicher Mitarbeiter", u"Wissenschaftliche Mitarbeiterin"},
    {u"Pressesprecher", u"Pressesprecherin"},
    {u"Geschäftsführer", u"Geschäftsführerin"},
    {u"Beigeordneter für Planen und Bauen", u"Beigeordnete für Planen und Bauen"},
    {u"Stadtplaner", u"Stadtplanerin"},
    {u"Kurator", u"Kuratorin"},
    {u"Teamleiter Grüne Infrastruktur", u"Teamleiterin Grüne Infrastruktur"},
    {u"Referent Strukturwandel", u"Referentin Strukturwandel"},
    {u"Projektmanager Wasserwirtschaft", u"Projektmanagerin Wasserwirtschaft"},
    {u"Bereichsleiter Mobilität", u"Bereichsleiterin Mobilität"},
    {u"Klimaschutzmanager", u"Klimaschutzmanagerin"},
    {u"Project Manager", u"Project Manager"},
};
constexpr QStringView ruhrStreets[] = {
    u"Kronprinzenstraße 35", u"Gelsenkirchener Straße 181",
    u"Rheinlanddamm 201",    u"Am Bergbaumuseum 28",
    u"Königsallee 12",       u"Hattinger Straße 44",
    u"Emscherstraße 71",     u"Friedrich-Ebert-Straße 3",
    u"Bahnhofstraße 10",     u"Hohenzollernstraße 2",
    u"Schützenbahn 70",      u"Universitätsstraße 150",
};
constexpr QStringView ruhrLanguages[] = {u"de, en", u"de, en",     u"de, en",     u"de",
                                         u"de, pl", u"de, en, pl", u"de, en, fr", u"de, tr, en"};
constexpr QStringView ruhrNotes[] = {
    u"Bevorzugt Kontakt per E-Mail.",
    u"Einladungen bitte über das Sekretariat.",
    u"Spricht etwas Polnisch.",
    u"Ansprechpartnerin für Fördermittel.",
    u"Vertretung während der Elternzeit.",
};
constexpr City ruhrCities[] = {
    {u"Essen", u"201", u"45127"},
    {u"Dortmund", u"231", u"44135"},
    {u"Bochum", u"234", u"44787"},
    {u"Gelsenkirchen", u"209", u"45879"},
    {u"Duisburg", u"203", u"47051"},
    {u"Oberhausen", u"208", u"46045"},
    {u"Herne", u"2323", u"44623"},
    {u"Bottrop", u"2041", u"46236"},
    {u"Mülheim an der Ruhr", u"208", u"45468"},
    {u"Hagen", u"2331", u"58095"},
    {u"Hamm", u"2381", u"59065"},
    {u"Recklinghausen", u"2361", u"45657"},
    {u"Gladbeck", u"2043", u"45964"},
    {u"Witten", u"2302", u"58452"},
};
constexpr QStringView ruhrFreeMail[] = {u"mail.example.net", u"post.example.com"};

// Upper Silesia: Polish names, with a few of the German-speaking minority.
constexpr QStringView silesiaMale[] = {
    u"Łukasz",   u"Paweł",    u"Michał",   u"Tomasz",     u"Krzysztof", u"Piotr",
    u"Wojciech", u"Grzegorz", u"Jarosław", u"Przemysław", u"Mateusz",   u"Bartłomiej",
    u"Maciej",   u"Jakub",    u"Marek",    u"Andrzej",    u"Zbigniew",  u"Józef",
    u"Jan",      u"Dawid",    u"Szymon",   u"Henryk",     u"Ryszard",   u"Kamil",
};
constexpr QStringView silesiaFemale[] = {
    u"Małgorzata", u"Agnieszka", u"Katarzyna", u"Joanna",   u"Magdalena",  u"Anna",
    u"Beata",      u"Ewa",       u"Żaneta",    u"Grażyna",  u"Jadwiga",    u"Bożena",
    u"Urszula",    u"Dorota",    u"Elżbieta",  u"Zofia",    u"Weronika",   u"Aleksandra",
    u"Gabriela",   u"Łucja",     u"Danuta",    u"Krystyna", u"Anna Maria", u"Monika",
};
constexpr QStringView silesiaLast[] = {
    u"Nowak",       u"Kowalski",    u"Wiśniewski",  u"Wójcik",    u"Kowalczyk",  u"Kamiński",
    u"Lewandowski", u"Zieliński",   u"Szymański",   u"Woźniak",   u"Dąbrowski",  u"Kozłowski",
    u"Jankowski",   u"Mazur",       u"Kwiatkowski", u"Krawczyk",  u"Piotrowski", u"Grabowski",
    u"Pawłowski",   u"Michalski",   u"Król",        u"Wieczorek", u"Jabłoński",  u"Wróbel",
    u"Olszewski",   u"Jaworski",    u"Malinowski",  u"Pawlak",    u"Stępień",    u"Górski",
    u"Sikora",      u"Ostrowski",   u"Duda",        u"Szewczyk",  u"Źródłowski", u"Ślęzak",
    u"Świątek",     u"Łuczak",      u"Żak",         u"Gałązka",   u"Kaczmarek",  u"Pająk",
    u"Gwóźdź",      u"Jeziorański", u"Żółkiewski",  u"Pietsch",   u"Kuczera",    u"Mrozek",
};
constexpr QStringView silesiaTitles[] = {u"dr",  u"dr hab.",  u"prof. dr hab.",
                                         u"mgr", u"mgr inż.", u"dr inż."};
// Polish offices often keep the masculine title for women ("Dyrektor").
constexpr Gendered silesiaPositions[] = {
    {u"Kierownik Działu Współpracy Międzynarodowej",
     u"Kierownik Działu Współpracy Międzynarodowej"},
    {u"Specjalista ds. funduszy europejskich", u"Specjalistka ds. funduszy europejskich"},
    {u"Główny specjalista", u"Główna specjalistka"},
    {u"Dyrektor Wydziału Rozwoju", u"Dyrektor Wydziału Rozwoju"},
    {u"Inspektor", u"Inspektor"},
    {u"Koordynator projektu", u"Koordynatorka projektu"},
    {u"Naczelnik Wydziału Urbanistyki", u"Naczelnik Wydziału Urbanistyki"},
    {u"Adiunkt", u"Adiunkt"},
    {u"Rzecznik prasowy", u"Rzeczniczka prasowa"},
    {u"Prezes zarządu", u"Prezes zarządu"},
    {u"Kustosz", u"Kustosz"},
    {u"Urbanista", u"Urbanistka"},
    {u"Pełnomocnik ds. transformacji", u"Pełnomocniczka ds. transformacji"},
    {u"Zastępca dyrektora", u"Zastępczyni dyrektora"},
    {u"Specjalista ds. gospodarki wodnej", u"Specjalistka ds. gospodarki wodnej"},
    {u"Policy Officer", u"Policy Officer"},
};
constexpr QStringView silesiaStreets[] = {
    u"ul. Barbary 21a",    u"ul. Ligonia 46",   u"ul. Warszawska 4",  u"ul. Akademicka 2A",
    u"ul. Bankowa 12",     u"ul. 3 Maja 93",    u"ul. Wolności 410",  u"al. Korfantego 2",
    u"ul. Mickiewicza 29", u"pl. Wyzwolenia 1", u"ul. Zwycięstwa 21", u"ul. Jagiellońska 25",
};
constexpr QStringView silesiaLanguages[] = {u"pl, en", u"pl, en", u"pl, en",     u"pl",
                                            u"pl, de", u"pl, de", u"pl, en, de", u"pl, en, cs"};
constexpr QStringView silesiaNotes[] = {
    u"Preferuje kontakt mailowy.", u"Zaproszenia proszę kierować przez sekretariat.",
    u"Mówi trochę po niemiecku.",  u"Osoba kontaktowa ds. funduszy.",
    u"Zastępstwo do końca roku.",
};
constexpr City silesiaCities[] = {
    {u"Katowice", u"32", u"40-001"},
    {u"Gliwice", u"32", u"44-100"},
    {u"Zabrze", u"32", u"41-800"},
    {u"Bytom", u"32", u"41-900"},
    {u"Chorzów", u"32", u"41-500"},
    {u"Sosnowiec", u"32", u"41-200"},
    {u"Tychy", u"32", u"43-100"},
    {u"Ruda Śląska", u"32", u"41-700"},
    {u"Siemianowice Śląskie", u"32", u"41-100"},
    {u"Dąbrowa Górnicza", u"32", u"41-300"},
    {u"Mysłowice", u"32", u"41-400"},
    {u"Piekary Śląskie", u"32", u"41-940"},
    {u"Świętochłowice", u"32", u"41-600"},
    {u"Jaworzno", u"32", u"43-600"},
};
constexpr QStringView silesiaFreeMail[] = {u"poczta.example.net", u"skrzynka.example.com"};

constexpr QStringView dietary[] = {
    u"vegetarisch",
    u"vegan",
    u"wegetariańska",
    u"wegańska",
    u"bezglutenowa",
    u"glutenfrei",
    u"laktosefrei",
    u"bez laktozy",
    u"halal",
    u"vegetarian",
    u"keine Nüsse (Allergie)",
    u"alergia na orzechy",
    u"no pork",
};
constexpr QStringView accessibility[] = {
    u"Rollstuhl",        u"wózek inwalidzki", u"stufenloser Zugang",
    u"step-free access", u"Begleitperson",    u"pętla indukcyjna",
};
constexpr QStringView notes[] = {
    u"Bringt die Präsentation auf USB-Stick mit.",
    u"Zimmer im Hotel gebucht.",
    u"Rechnung an den Arbeitgeber.",
    u"Potrzebuje faktury.",
    u"Übernachtung selbst organisiert.",
    u"Head of delegation",
    u"Przyjeżdża własnym samochodem.",
};

} // namespace

const SideWords &wordsOf(Side side)
{
    static const SideWords ruhr{
        ruhrMale,      ruhrFemale,    ruhrLast,
        ruhrTitles,    ruhrPositions, ruhrStreets,
        ruhrLanguages, ruhrNotes,     ruhrCities,
        u"DE",         u"+49",        u"Einladungen und Organisation des Austauschs RVR–GZM",
        u"Ruhr",       ruhrFreeMail};
    static const SideWords silesia{silesiaMale,      silesiaFemale,
                                   silesiaLast,      silesiaTitles,
                                   silesiaPositions, silesiaStreets,
                                   silesiaLanguages, silesiaNotes,
                                   silesiaCities,    u"PL",
                                   u"+48",           u"Zaproszenia i organizacja wymiany GZM–RVR",
                                   u"Górny Śląsk",   silesiaFreeMail};
    return side == Side::Ruhr ? ruhr : silesia;
}

QString feminine(QStringView lastName)
{
    for (QStringView ending : {QStringView(u"ski"), QStringView(u"cki"), QStringView(u"dzki")}) {
        if (lastName.endsWith(ending))
            return lastName.chopped(1).toString() % u'a';
    }
    return lastName.toString();
}

QString emailName(const QString &firstName, const QString &lastName)
{
    // Only the first of several given names, as people write their address.
    QString name = firstName.section(u' ', 0, 0) % u'.' % lastName;
    static constexpr std::pair<char16_t, QStringView> spellings[] = {
        {u'ä', u"ae"}, {u'ö', u"oe"}, {u'ü', u"ue"}, {u'Ä', u"Ae"},
        {u'Ö', u"Oe"}, {u'Ü', u"Ue"}, {u'ı', u"i"}, // Turkish dotless i, which Unicode does not
                                                    // decompose
    };
    for (const auto &[letter, spelling] : spellings)
        name.replace(QChar(letter), spelling.toString());
    // The rest the search folds already (ł → l, ß → ss, ı → i …).
    name = foldForSearch(name);
    name.remove(u' ');
    return name;
}

std::span<const QStringView> dietaryNeeds()
{
    return dietary;
}

std::span<const QStringView> accessibilityNeeds()
{
    return accessibility;
}

std::span<const QStringView> participationNotes()
{
    return notes;
}

} // namespace ep::bench
