#include "cli/valuechecks.h"

#include "cli/trcontexts.h"
#include "documents/documentcatalogue.h"
#include "domain/messagetemplate.h"
#include "storage/statistics.h"

#include <QStringList>

namespace ep::cli {
namespace {

// The values of --list: the logistics lists of the catalogue of documents.
QStringList exportLists()
{
    QStringList lists;
    for (const DocumentType &type : documentCatalogue()) {
        if (type.exportList)
            lists.append(QLatin1String(type.exportList));
    }
    return lists;
}

} // namespace

QString checkList(const QString &value)
{
    return exportLists().contains(value) ? QString()
                                         : CommandLine::tr("Unknown list \"%1\": use %2.")
                                               .arg(value, exportLists().join(u", "));
}

QString checkLayout(const QString &value)
{
    return value == u"8" || value == u"4" ? QString()
                                          : CommandLine::tr("--layout takes 8 or 4 (badges to a "
                                                            "sheet).");
}

QString checkTemplate(const QString &value)
{
    return messageKindFromCode(value)
               ? QString()
               : CommandLine::tr("Unknown template \"%1\": use invitation, confirmation or "
                                 "practical.")
                     .arg(value);
}

QString checkPurpose(const QString &value)
{
    return value == u"employer" || value == u"visa"
               ? QString()
               : CommandLine::tr("--purpose takes employer or visa.");
}

QString checkBy(const QString &value)
{
    return Statistics::fromKey(value)
               ? QString()
               : CommandLine::tr("--by takes year, kind, country, organisation, topic or site.");
}

QString checkBlank(const QString &value)
{
    bool ok = false;
    const int badges = value.toInt(&ok);
    return ok && badges >= 0 && badges <= 500
               ? QString()
               : CommandLine::tr("--blank needs a number from 0 to 500.");
}

QString checkAppearance(const QString &value)
{
    return QStringList{u"system"_qs, u"light"_qs, u"dark"_qs, u"high-contrast"_qs}.contains(value)
               ? QString()
               : CommandLine::tr("Unknown appearance \"%1\": use system, light, dark or "
                                 "high-contrast.")
                     .arg(value);
}

} // namespace ep::cli
