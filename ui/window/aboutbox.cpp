#include "window/aboutbox.h"

#include <QDir>
#include <QMessageBox>

namespace ep {

void AboutBox::show(QWidget *parent, const QString &databaseLocation)
{
    const QString homepage = QStringLiteral(EXCHANGE_PLANNER_HOMEPAGE);
    QMessageBox::about(
        parent, tr("About Exchange Planner"),
        tr("<h3>Exchange Planner %1</h3>"
           "<p>Plans study visits, webinars and workshops between partner regions: "
           "programmes, participants, visited sites and contact people, in German, "
           "Polish and English.</p>"
           "<p>Database: %2</p>")
                .arg(QLatin1String(EXCHANGE_PLANNER_VERSION),
                     QDir::toNativeSeparators(databaseLocation).toHtmlEscaped()) +
            tr("<p>Free software under the GNU General Public License, version 3 or later. "
               "<a href=\"%1\">%1</a></p>")
                .arg(homepage));
}

} // namespace ep
