#pragma once

#include <QString>
#include <QUrl>

namespace ep {

// A place on OpenStreetMap's map, which any browser opens (a desktop's map
// program is not always there): a marker at the coordinates, zoomed to the
// street, e.g. https://www.openstreetmap.org/?mlat=51.48160&mlon=7.21650#map=17/51.48160/7.21650
QUrl openStreetMapLink(double latitude, double longitude);

// "51.48160° N, 7.21650° E": five decimals, about a metre, as a delegation
// types them into a navigation app.
QString coordinatesText(double latitude, double longitude);

} // namespace ep
