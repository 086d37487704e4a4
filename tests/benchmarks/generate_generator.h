#pragma once

#include "domain/validation.h"
#include "generate_catalogue.h"
#include "generate_random.h"
#include "generate_writer.h"

#include <QDate>
#include <QSqlDatabase>

#include <array>
#include <cstdint>
#include <vector>

namespace ep::bench {

struct Sizes
{
    int people = 100000;     // besides one contact person per organisation
    int events = 5000;       // the large one included
    int largeEvent = 100000; // participants of the large event
    std::uint32_t seed = 1;
};

// Fills an empty database of the current schema with organisations, their
// contact people, `people` more people, topics, sites and `events` events
// with agendas and participants, all drawn from the seed. Each record is
// checked with Validation::check() before it is written, so the data are
// what the window would accept. The caller holds the transaction.
class Generator final
{
public:
    Generator(const QSqlDatabase &db, const Sizes &sizes);

    // Empty when everything was written, else what went wrong.
    QString run();
    int largeEventId() const { return m_largeEventId; }

    // Events before this day were held, later ones are still ahead: a fixed
    // day rather than today, so that the data do not change with the date.
    static QDate referenceDay() { return {2025, 6, 1}; }

private:
    struct OrganisationInfo
    {
        int id = 0;
        Side side = Side::Ruhr;
        QString city;
        QString delegation; // the short name, else the name
        QString emailDomain;
        int contactId = 0;
    };
    struct SiteInfo
    {
        int id = 0;
        Side side = Side::Ruhr;
        QString city;
        QString address;
        LocalizedText name;
    };

    // generate_people.cpp
    QString writeOrganisations();
    QString writePeople();
    Person makePerson(int id, Side side, int organisation, bool contact);
    QString phoneNumber(Side side, const City &city);
    QString writeTopics();
    QString writeSites();

    // generate_events.cpp
    QString writeEvents();
    Event makeEvent(QDate start);
    Event makeLargeEvent(QDate day);
    void addAgenda(Event &event, Side side);
    AgendaItem makeItem(const Event &event, const QString &kind, Side side, QTime start);
    void addParticipants(Event &event, Side host);
    Participation makeParticipation(const Event &event, int personId, Side host);
    QList<int> distinctPeople(int count, Side host);
    QString writeEvent(int id, Event &event);

    static QString rejected(const QString &what, const FieldIssues &issues);
    static QString failed(const QString &what, const QSqlError &error);

    Sizes m_sizes;
    Random m_random;

    RowWriter<Organisation> m_organisationRows;
    RowWriter<Person> m_personRows;
    RowWriter<Topic> m_topicRows;
    RowWriter<Site> m_siteRows;
    RowWriter<Event> m_eventRows;
    RowWriter<AgendaItem> m_agendaRows;
    RowWriter<Participation> m_participationRows;
    LinkWriter m_organiserLinks;
    LinkWriter m_topicLinks;
    LinkWriter m_hostLinks;

    QList<OrganisationInfo> m_organisations;
    std::array<QList<int>, 2> m_organisationsBySide; // indexes into m_organisations
    std::array<QList<int>, 2> m_peopleBySide;        // ids, contact people aside
    std::vector<int> m_organisationOfPerson;         // by id; -1: none
    std::vector<Side> m_sideOfPerson;                // by id
    int m_peopleWritten = 0;
    QList<SiteInfo> m_sites;
    std::array<QList<int>, 2> m_sitesBySide; // indexes into m_sites
    QList<LocalizedText> m_topics;           // id − 1
    int m_nextAgendaItemId = 1;
    int m_nextParticipationId = 1;
    int m_largeEventId = 0;
};

inline int sideIndex(Side side)
{
    return side == Side::Ruhr ? 0 : 1;
}

} // namespace ep::bench
