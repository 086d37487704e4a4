#pragma once

#include "domain/language.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

namespace ep {

// A clash the calendar flags and "exchange-planner conflicts" lists.
struct Conflict
{
    enum class Kind
    {
        OverlappingItems,    // two items of an event at once for the same group
        PersonInTwoPlaces,   // taking part in two events, or hosting two items, at once
        CapacityExceeded,    // more coming than the event has places
        TooLittleTravelTime, // a site visit too soon after the one before for the distance
        SiteClosed,          // an item at a site on a day it is not open
        PublicHoliday,       // an event day that is a public holiday in Germany or Poland
    };

    Kind kind;
    QDate day;           // the day it happens on
    QList<int> eventIds; // the events concerned, the first the one it is found in
    QList<int> itemIds;  // the agenda items concerned, if any
    QString message;     // one sentence, in the window's language
};

// Finds the clashes of every event that is not cancelled, each kind with
// one query: what the officer should see before the delegation does.
class Conflicts final
{
    Q_DECLARE_TR_FUNCTIONS(Conflicts)

public:
    // A coach's pace in town, as the crow flies: site visits whose gap is
    // shorter than their distance takes at this speed are flagged.
    static constexpr double travelSpeedKmh = 30;

    // Every conflict, by day; titles and names in `language`. Nothing, with
    // `error`, when reading failed.
    static QList<Conflict> find(const QSqlDatabase &db, Language language,
                                QSqlError *error = nullptr);
    // Those that concern the event `eventId`.
    static QList<Conflict> ofEvent(const QList<Conflict> &all, int eventId);

    // "overlapping_items": the key JSON gives the kind.
    static QString key(Conflict::Kind kind);
    // "Overlapping items", in the window's language.
    static QString name(Conflict::Kind kind);

    // The distance between two points on the earth, in kilometres
    // (haversine, mean radius 6371 km).
    static double distanceKm(double latitude1, double longitude1, double latitude2,
                             double longitude2);
};

} // namespace ep
