#pragma once

#include "domain/localizedtext.h"

#include <QStringView>

#include <span>

// The words the benchmark data are made of: names, places, organisations,
// topics and the phrases of titles, on both sides of the partnership. Fixed
// lists, so that the data depend on the seed alone.
namespace ep::bench {

// The two partner regions: the Ruhr (Germany) and Upper Silesia (Poland).
enum class Side
{
    Ruhr,
    Silesia
};
inline constexpr Side bothSides[] = {Side::Ruhr, Side::Silesia};
inline Side otherSide(Side side)
{
    return side == Side::Ruhr ? Side::Silesia : Side::Ruhr;
}

struct Trilingual
{
    QStringView de;
    QStringView pl;
    QStringView en;

    LocalizedText text() const { return {de.toString(), pl.toString(), en.toString()}; }
    // Each language's text with %1 replaced by `argument`'s text in that
    // language, and %2 (where given) by `second` in all three.
    LocalizedText with(const LocalizedText &argument) const;
    LocalizedText with(const LocalizedText &argument, const QString &second) const;
    LocalizedText with(const QString &argument) const;
};

// A word in its masculine and feminine form (a job title).
struct Gendered
{
    QStringView male;
    QStringView female;
};

struct City
{
    QStringView name;
    QStringView phoneArea; // without the country code, e.g. "201", "32"
    QStringView postalCode;
};

struct OrganisationEntry
{
    QStringView name;
    QStringView shortName;
    QStringView kind; // Vocabulary::OrganisationKind
    QStringView city;
    QStringView website;
    Side side;
};

struct SiteEntry
{
    Trilingual name;
    QStringView kind; // Vocabulary::SiteKind
    QStringView street;
    QStringView postalCode;
    QStringView city;
    double latitude;
    double longitude;
    Side side;
};

// What people are called and what they do on one side.
struct SideWords
{
    std::span<const QStringView> maleFirstNames;
    std::span<const QStringView> femaleFirstNames;
    std::span<const QStringView> lastNames; // Polish ones in the masculine form
    std::span<const QStringView> titles;    // "Dr.", "mgr inż."
    std::span<const Gendered> positions;    // job titles
    std::span<const QStringView> streets;
    std::span<const QStringView> languages; // "de, en"
    std::span<const QStringView> notes;
    std::span<const City> cities;
    QStringView country;        // ISO 3166 code
    QStringView countryCode;    // "+49"
    QStringView consentPurpose; // GDPR
    QStringView region;         // a delegation without an organisation
    std::span<const QStringView> freeMailDomains;
};

const SideWords &wordsOf(Side side);

// The feminine form of a Polish last name ("Kowalski" → "Kowalska"); others unchanged.
QString feminine(QStringView lastName);
// An email address's local part for a name: lower case ASCII, German
// umlauts spelt out, other letters without their marks ("Jürgen Groß" →
// "juergen.gross").
QString emailName(const QString &firstName, const QString &lastName);

std::span<const OrganisationEntry> organisationEntries();
std::span<const SiteEntry> siteEntries();
std::span<const Trilingual> topicEntries();

// Things people bring to an event.
std::span<const QStringView> dietaryNeeds();
std::span<const QStringView> accessibilityNeeds();
std::span<const QStringView> participationNotes();

// Phrases of events and their agendas, "%1" standing for a topic, a site or a city.
struct EventPhrases
{
    std::span<const Trilingual> studyVisitTitles; // %1 topic, %2 city
    std::span<const Trilingual> workshopTitles;   // %1 topic
    std::span<const Trilingual> webinarTitles;    // %1 topic
    Trilingual studyVisitDescription;             // %1 topic, %2 city
    Trilingual workshopDescription;               // %1 topic
    Trilingual webinarDescription;                // %1 topic
    Trilingual conferenceTitle;
    Trilingual conferenceDescription;
    std::span<const Trilingual> talks;       // %1 topic
    std::span<const Trilingual> discussions; // %1 topic
    Trilingual siteVisit;                    // %1 site
    Trilingual travel;                       // %1 city
    Trilingual welcome;
    Trilingual lunch;
    Trilingual dinner;
    Trilingual coffeeBreak;
    std::span<const Trilingual> meetingPoints;
    std::span<const Trilingual> siteDescriptions; // by nothing in particular
    std::span<const Trilingual> siteAccessibility;
};

const EventPhrases &eventPhrases();

} // namespace ep::bench
