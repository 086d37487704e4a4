// The topics of the RVR–GZM partnership and the phrases of its events and
// agendas, in German, Polish and English: what the generated events are
// made of.

#include "generate_catalogue.h"

namespace ep::bench {
namespace {

constexpr Trilingual topics[] = {
    {u"Nachnutzung von Industriebrachen", u"Rewitalizacja terenów poprzemysłowych",
     u"Re-use of brownfield sites"},
    {u"Strukturwandel in Bergbauregionen", u"Transformacja regionów górniczych",
     u"Structural change in mining regions"},
    {u"Industriekultur und Tourismus", u"Dziedzictwo przemysłowe i turystyka",
     u"Industrial heritage and tourism"},
    {u"Grüne Infrastruktur", u"Zielona infrastruktura", u"Green infrastructure"},
    {u"Blaue Infrastruktur und Wassermanagement", u"Błękitna infrastruktura i gospodarka wodna",
     u"Blue infrastructure and water management"},
    {u"Mobilität und Nahverkehr", u"Mobilność i transport zbiorowy",
     u"Mobility and public transport"},
    {u"Radschnellwege", u"Szybkie trasy rowerowe", u"Cycle highways"},
    {u"Klimaanpassung in Städten", u"Adaptacja miast do zmian klimatu",
     u"Climate adaptation in cities"},
    {u"Energiewende und Wasserstoff", u"Transformacja energetyczna i wodór",
     u"Energy transition and hydrogen"},
    {u"Kreislaufwirtschaft", u"Gospodarka o obiegu zamkniętym", u"Circular economy"},
    {u"Quartiersentwicklung", u"Rewitalizacja dzielnic", u"Neighbourhood regeneration"},
    {u"Hochschulkooperation", u"Współpraca uczelni", u"University cooperation"},
    {u"Fachkräftesicherung", u"Rynek pracy i kompetencje", u"Skills and the labour market"},
    {u"Metropolitane Governance", u"Zarządzanie metropolitalne", u"Metropolitan governance"},
    {u"Digitale Verwaltung", u"Cyfryzacja administracji", u"Digital public administration"},
    {u"Europäische Fördermittel", u"Fundusze europejskie", u"EU funding"},
    {u"Gründungen und Innovation", u"Start-upy i innowacje", u"Start-ups and innovation"},
    {u"Kultur- und Kreativwirtschaft", u"Kultura i przemysły kreatywne",
     u"Culture and creative industries"},
};

constexpr Trilingual studyVisitTitles[] = {
    {u"Studienbesuch: %1 in %2", u"Wizyta studyjna: %1 – %2", u"Study visit: %1 in %2"},
    {u"Delegationsreise nach %2: %1", u"Wyjazd studyjny – %2: %1", u"Delegation trip to %2: %1"},
    {u"Fachexkursion %2 – %1", u"Wizyta terenowa %2 – %1", u"Field trip %2 – %1"},
};
constexpr Trilingual workshopTitles[] = {
    {u"Workshop: %1", u"Warsztaty: %1", u"Workshop: %1"},
    {u"Fachworkshop %1", u"Warsztaty eksperckie: %1", u"Expert workshop: %1"},
    {u"Werkstattgespräch: %1", u"Spotkanie robocze: %1", u"Working meeting: %1"},
};
constexpr Trilingual webinarTitles[] = {
    {u"Webinar: %1", u"Webinarium: %1", u"Webinar: %1"},
    {u"Online-Seminar: %1", u"Seminarium online: %1", u"Online seminar: %1"},
};
constexpr Trilingual talks[] = {
    {u"Vortrag: %1", u"Wykład: %1", u"Talk: %1"},
    {u"Impulsvortrag: %1", u"Prezentacja: %1", u"Keynote: %1"},
    {u"Praxisbeispiele: %1", u"Dobre praktyki: %1", u"Good practice: %1"},
};
constexpr Trilingual discussions[] = {
    {u"Diskussion: %1", u"Dyskusja: %1", u"Discussion: %1"},
    {u"Podiumsdiskussion: %1", u"Panel dyskusyjny: %1", u"Panel: %1"},
    {u"Arbeitsgruppen: %1", u"Praca w grupach: %1", u"Working groups: %1"},
};
constexpr Trilingual meetingPoints[] = {
    {u"Haupteingang", u"Wejście główne", u"Main entrance"},
    {u"Hotellobby", u"Lobby hotelu", u"Hotel lobby"},
    {u"Besucherzentrum", u"Centrum obsługi zwiedzających", u"Visitor centre"},
    {u"Busparkplatz", u"Parking autokarowy", u"Coach park"},
};
constexpr Trilingual siteDescriptions[] = {
    {u"Denkmal der Industriekultur, heute Museum und Veranstaltungsort.",
     u"Zabytek kultury przemysłowej, dziś muzeum i miejsce wydarzeń.",
     u"Industrial heritage site, now a museum and venue."},
    {u"Beispiel für die Nachnutzung einer Industriebrache.",
     u"Przykład ponownego wykorzystania terenu poprzemysłowego.",
     u"An example of the re-use of a brownfield site."},
    {u"Ort der Fachgespräche mit den Partnern.", u"Miejsce rozmów eksperckich z partnerami.",
     u"Where the expert talks with the partners take place."},
};
constexpr Trilingual siteAccessibility[] = {
    {u"Stufenloser Zugang über den Haupteingang, Aufzug vorhanden.",
     u"Wejście bez schodów przez wejście główne, jest winda.",
     u"Step-free access through the main entrance, lift available."},
    {u"Führung unter Tage nicht barrierefrei.", u"Trasa podziemna niedostępna dla wózków.",
     u"The underground tour is not wheelchair accessible."},
};

} // namespace

LocalizedText Trilingual::with(const LocalizedText &argument) const
{
    return {de.toString().arg(argument.de), pl.toString().arg(argument.pl),
            en.toString().arg(argument.en)};
}

LocalizedText Trilingual::with(const LocalizedText &argument, const QString &second) const
{
    return {de.toString().arg(argument.de, second), pl.toString().arg(argument.pl, second),
            en.toString().arg(argument.en, second)};
}

LocalizedText Trilingual::with(const QString &argument) const
{
    return with(LocalizedText{argument, argument, argument});
}

std::span<const Trilingual> topicEntries()
{
    return topics;
}

const EventPhrases &eventPhrases()
{
    static const EventPhrases phrases{
        .studyVisitTitles = studyVisitTitles,
        .workshopTitles = workshopTitles,
        .webinarTitles = webinarTitles,
        .studyVisitDescription = {u"Studienbesuch zum Thema „%1“ mit Besichtigungen und "
                                  u"Fachgesprächen in %2 und Umgebung.",
                                  u"Wizyta studyjna poświęcona tematowi „%1” z wizytami "
                                  u"terenowymi i rozmowami eksperckimi: %2 i okolice.",
                                  u"Study visit on “%1” with site visits and expert talks in "
                                  u"and around %2."},
        .workshopDescription = {u"Fachworkshop für die Mitarbeitenden der Partner: %1.",
                                u"Warsztaty eksperckie dla pracowników partnerów: %1.",
                                u"Expert workshop for the partners' staff: %1."},
        .webinarDescription = {u"Online-Seminar mit Impulsvorträgen und Diskussion: %1.",
                               u"Seminarium online z prezentacjami i dyskusją: %1.",
                               u"Online seminar with short talks and a discussion: %1."},
        .conferenceTitle = {u"Jahreskonferenz der Metropolen Ruhr und GZM (online)",
                            u"Konferencja roczna metropolii Ruhry i GZM (online)",
                            u"Annual conference of the Ruhr and GZM metropolitan regions (online)"},
        .conferenceDescription = {u"Offene Online-Konferenz, zu der über die Verteiler beider "
                                  u"Regionen eingeladen wurde.",
                                  u"Otwarta konferencja online, na którą zaproszono przez listy "
                                  u"mailingowe obu regionów.",
                                  u"Open online conference, announced on both regions' mailing "
                                  u"lists."},
        .talks = talks,
        .discussions = discussions,
        .siteVisit = {u"Besichtigung: %1", u"Zwiedzanie: %1", u"Visit: %1"},
        .travel = {u"Busfahrt nach %1", u"Przejazd autokarem: %1", u"Coach to %1"},
        .welcome = {u"Begrüßung und Einführung", u"Powitanie i wprowadzenie",
                    u"Welcome and introduction"},
        .lunch = {u"Mittagessen", u"Obiad", u"Lunch"},
        .dinner = {u"Abendessen", u"Kolacja", u"Dinner"},
        .coffeeBreak = {u"Kaffeepause", u"Przerwa kawowa", u"Coffee break"},
        .meetingPoints = meetingPoints,
        .siteDescriptions = siteDescriptions,
        .siteAccessibility = siteAccessibility,
    };
    return phrases;
}

} // namespace ep::bench
