#pragma once

#include <QList>
#include <QStringList>
#include <QUrl>

namespace ep {

// Links that open the desktop's mail program with a new message to
// `addresses` in BCC (RFC 6068: mailto:?bcc=a@x.org,b@y.org&subject=…), so
// that no recipient sees the others' addresses. Each address once (case
// aside), none empty. A long list is split into as many messages as needed
// for each link to stay within `maxLength` characters: Outlook and Windows
// refuse a mailto link beyond about 2,000.
QList<QUrl> mailtoBatches(const QStringList &addresses, const QString &subject = {},
                          int maxLength = 1900);

// The addresses of a mailto link's BCC, as mailtoBatches() wrote them.
QStringList bccOf(const QUrl &mailto);

} // namespace ep
