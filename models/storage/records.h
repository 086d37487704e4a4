#pragma once

#include "domain/event.h"
#include "domain/organisation.h"
#include "domain/person.h"
#include "domain/site.h"
#include "domain/topic.h"
#include "storage/columns.h"

namespace ep {

// A record's table and its columns, each listed once. Besides these every
// table has `id` and `version`; an agenda item's and a participation's row
// also have the `event_id` they belong to.
template <typename Record>
struct RecordTable
{
    QString name;
    QList<Column<Record>> columns;
};

template <typename Record>
const RecordTable<Record> &recordTable();

template <>
const RecordTable<Event> &recordTable<Event>();
template <>
const RecordTable<AgendaItem> &recordTable<AgendaItem>();
template <>
const RecordTable<Participation> &recordTable<Participation>();
template <>
const RecordTable<Person> &recordTable<Person>();
template <>
const RecordTable<Organisation> &recordTable<Organisation>();
template <>
const RecordTable<Site> &recordTable<Site>();
template <>
const RecordTable<Topic> &recordTable<Topic>();

} // namespace ep
