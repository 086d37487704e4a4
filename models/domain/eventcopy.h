#pragma once

#include "domain/event.h"

namespace ep {

// Whether a copied event takes the participants along.
enum class CopiedParticipants : bool
{
    Left,
    Invited,
};

// Next time's event made from `source`, to be stored as a new one: its
// kind, texts, venue, host, organisers, topics, languages, capacity and
// funding details as they are; its dates and its agenda's days moved so
// that it starts on `firstDay`; its status planned. A year that a title
// names as a word ("Ruhr 2026") becomes the new start's year. Agenda items
// keep their times, sites, hosts, groups and meeting points. With
// CopiedParticipants::Invited each participant comes along as invited, with
// their role and delegation only: arrival, departure, needs and notes were
// last time's and are asked anew. Every id and version is 0.
Event copiedEvent(const Event &source, QDate firstDay, CopiedParticipants participants);

} // namespace ep
