#include "export/mailto.h"

#include <QSet>
#include <QUrlQuery>

namespace ep {
namespace {

QUrl linkTo(const QStringList &addresses, const QString &subject)
{
    QUrl url(u"mailto:"_qs);
    QUrlQuery query;
    query.addQueryItem(u"bcc"_qs, addresses.join(u','));
    if (!subject.isEmpty())
        query.addQueryItem(u"subject"_qs, subject);
    url.setQuery(query);
    return url;
}

int lengthOf(const QStringList &addresses, const QString &subject)
{
    return int(linkTo(addresses, subject).toEncoded().size());
}

} // namespace

QList<QUrl> mailtoBatches(const QStringList &addresses, const QString &subject, int maxLength)
{
    QStringList unique;
    QSet<QString> seen;
    for (const QString &address : addresses) {
        const QString trimmed = address.trimmed();
        if (trimmed.isEmpty() || seen.contains(trimmed.toLower()))
            continue;
        seen.insert(trimmed.toLower());
        unique.append(trimmed);
    }
    QList<QUrl> links;
    QStringList batch;
    for (const QString &address : std::as_const(unique)) {
        if (!batch.isEmpty() && lengthOf(batch + QStringList{address}, subject) > maxLength) {
            links.append(linkTo(batch, subject));
            batch.clear();
        }
        batch.append(address);
    }
    if (!batch.isEmpty())
        links.append(linkTo(batch, subject));
    return links;
}

QStringList bccOf(const QUrl &mailto)
{
    return QUrlQuery(mailto)
        .queryItemValue(u"bcc"_qs, QUrl::FullyDecoded)
        .split(u',', Qt::SkipEmptyParts);
}

} // namespace ep
