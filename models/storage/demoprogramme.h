#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace ep {

// Writes the demo programme (resources/demo/demo-programme.json: the RVR–GZM
// partnership with its organisations, sites, topics and four events) into an
// open database, in one transaction.
class DemoProgramme final
{
    Q_DECLARE_TR_FUNCTIONS(DemoProgramme)

public:
    // Reads the programme from `json`. Returns an empty string when it was
    // written, else one sentence saying what was wrong; then nothing was written.
    static QString write(QSqlDatabase db, const QByteArray &json);
};

} // namespace ep
