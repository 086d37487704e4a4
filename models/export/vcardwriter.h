#pragma once

#include "domain/organisation.h"
#include "domain/person.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace ep {

// The people as contact cards: vCard 3.0 (RFC 2426) in UTF-8 without a BOM,
// CRLF line ends, lines folded at 75 octets between whole characters. 3.0
// because it is the version Outlook, Google Contacts and Apple Contacts all
// import (Outlook reads no 4.0); UTF-8 because 3.0 has no charset parameter
// (the file's MIME type carries it) and UTF-8 is what these read, where 2.1
// would need CHARSET and quoted-printable on every line with a diacritic.
//
// Per person: FN (the display name, else the e-mail address), N (last;first;;title;), ORG (the
// organisation's full name, looked up in `organisations`), TITLE (function), EMAIL, TEL (work), ADR
// (work). Properties without a value are left out, except FN and N, which
// RFC 2426 requires. Notes are never written: they may be private, and a card
// travels further than the database.
QByteArray contactCards(const QList<Person> &people, const QHash<int, Organisation> &organisations);

} // namespace ep
