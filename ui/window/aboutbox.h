#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace ep {

// Help › About: the version, what the planner is for, the open database,
// the licence and the homepage.
class AboutBox final
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    static void show(QWidget *parent, const QString &databaseLocation);
};

} // namespace ep
