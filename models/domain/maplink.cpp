#include "domain/maplink.h"

#include <cmath>

namespace ep {

QUrl openStreetMapLink(double latitude, double longitude)
{
    const QString lat = QString::number(latitude, 'f', 5);
    const QString lon = QString::number(longitude, 'f', 5);
    QUrl url(u"https://www.openstreetmap.org/"_qs);
    url.setQuery(u"mlat="_qs % lat % u"&mlon="_qs % lon);
    url.setFragment(u"map=17/"_qs % lat % u'/' % lon);
    return url;
}

QString coordinatesText(double latitude, double longitude)
{
    return QString::number(std::abs(latitude), 'f', 5) % u"° " % (latitude < 0 ? u'S' : u'N') %
           u", " % QString::number(std::abs(longitude), 'f', 5) % u"° " %
           (longitude < 0 ? u'W' : u'E');
}

} // namespace ep
