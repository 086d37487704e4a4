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
    // The link's length added up address by address, each as the link
    // encodes it, with its comma: a list of thousands is split at once.
    const auto sizeOf = [](const QStringList &addresses, const QString &title) {
        return linkTo(addresses, title).toEncoded().size();
    };
    const qsizetype bare = sizeOf({}, subject);
    const qsizetype empty = sizeOf({}, {});
    const qsizetype comma = sizeOf({u"a"_qs, u"b"_qs}, {}) - sizeOf({u"ab"_qs}, {});
    QList<QUrl> links;
    QStringList batch;
    qsizetype length = bare;
    for (const QString &address : std::as_const(unique)) {
        const qsizetype size = sizeOf({address}, {}) - empty;
        if (!batch.isEmpty() && length + comma + size > maxLength) {
            links.append(linkTo(batch, subject));
            batch.clear();
            length = bare;
        }
        length += (batch.isEmpty() ? 0 : comma) + size;
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
