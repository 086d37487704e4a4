#include "exportcommand.h"

#include "consoletable.h"
#include "csv/csvformat.h"
#include "documents/agendadocument.h"
#include "documents/participantlistdocument.h"
#include "documents/signinsheetdocument.h"
#include "export/contactlist.h"
#include "export/filewriting.h"
#include "export/icalendarwriter.h"
#include "export/vcardwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace ep {
namespace {

class ExportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    ExportCommand(const Invocation &invocation, const QSqlDatabase &db);
    int run();

private:
    int agenda(const EventDocument &document);
    int participants(const EventDocument &document);
    int contacts();
    std::optional<EventDocument> loadEvent();
    int writeFile(const QByteArray &contents);
    int finish(const QString &error);
    CsvOptions csvOptions() const;
    QStringList codes(const QString &list) const;

    const Invocation &m_invocation;
    QSqlDatabase m_db;
    QString m_what;
    QString m_path;
    QString m_suffix;
    Language m_language;
};

ExportCommand::ExportCommand(const Invocation &invocation, const QSqlDatabase &db)
    : m_invocation(invocation)
    , m_db(db)
    , m_what(invocation.arguments.first())
    , m_path(invocation.output)
    , m_suffix(QFileInfo(invocation.output).suffix().toLower())
    , m_language(invocation.language.isEmpty() ? languageOfLocale()
                                               : *languageFromCode(invocation.language))
{}

int ExportCommand::run()
{
    const QStringList suffixes = m_what == u"agenda"        ? QStringList{u"pdf"_qs, u"ics"_qs}
                                 : m_what == u"contacts"    ? QStringList{u"csv"_qs, u"vcf"_qs}
                                 : m_invocation.signInSheet ? QStringList{u"pdf"_qs}
                                                            : QStringList{u"pdf"_qs, u"csv"_qs};
    if (!suffixes.contains(m_suffix)) {
        QStringList endings;
        for (const QString &suffix : suffixes)
            endings.append(u'.' % suffix);
        printError(tr("%1: cannot tell from its ending what to write; %2 are written as %3.")
                       .arg(m_path, m_invocation.signInSheet ? tr("sign-in sheets") : m_what,
                            endings.join(tr(" or "))));
        return ExitBadInput;
    }
    if (m_what == u"contacts")
        return contacts();
    const std::optional<EventDocument> document = loadEvent();
    if (!document)
        return ExitBadInput;
    return m_what == u"agenda" ? agenda(*document) : participants(*document);
}

std::optional<EventDocument> ExportCommand::loadEvent()
{
    const QString argument = m_invocation.arguments.value(1);
    bool ok = false;
    const int id = argument.toInt(&ok);
    std::optional<EventDocument> document;
    if (ok && id > 0)
        document = EventDocument::load(m_db, id);
    if (!document) {
        printError(
            tr("There is no event \"%1\"; \"exchange-planner events\" lists them.").arg(argument));
    }
    return document;
}

int ExportCommand::agenda(const EventDocument &document)
{
    if (m_suffix == u"ics")
        return writeFile(agendaCalendar(document, m_language, QDateTime::currentDateTimeUtc()));
    std::optional<Language> second;
    if (!m_invocation.secondLanguage.isEmpty())
        second = languageFromCode(m_invocation.secondLanguage);
    return finish(AgendaDocument(document, m_language, second).writePdf(m_path));
}

QStringList ExportCommand::codes(const QString &list) const
{
    QStringList result;
    for (const QString &code : list.split(u',', Qt::SkipEmptyParts))
        result.append(code.trimmed());
    return result;
}

int ExportCommand::participants(const EventDocument &document)
{
    ParticipantFilter filter{codes(m_invocation.statuses), codes(m_invocation.roles)};
    if (m_invocation.signInSheet) {
        SignInSheetOptions options;
        options.languages = m_invocation.allLanguages
                                ? QList<Language>(std::begin(allLanguages), std::end(allLanguages))
                                : QList<Language>{m_language};
        options.perSiteVisit = m_invocation.perSiteVisit;
        if (m_invocation.blankRows >= 0)
            options.blankRows = m_invocation.blankRows;
        if (!filter.statuses.isEmpty() || !filter.roles.isEmpty())
            options.filter = filter;
        return finish(SignInSheetDocument(document, options).writePdf(m_path));
    }
    if (m_suffix == u"csv") {
        return writeFile(participantsCsv(participantRows(document, filter),
                                         DocumentLanguage(m_language), csvOptions()));
    }
    QList<Field> columns;
    for (const QString &key : codes(m_invocation.columns))
        columns.append(*fieldFromKey(key));
    return finish(ParticipantListDocument(document, m_language, filter, columns).writePdf(m_path));
}

int ExportCommand::contacts()
{
    const ContactList contacts = ContactList::load(m_db);
    if (m_suffix == u"vcf")
        return writeFile(contactCards(contacts.people, contacts.organisations));
    return writeFile(contactsCsv(contacts, DocumentLanguage(m_language), csvOptions()));
}

CsvOptions ExportCommand::csvOptions() const
{
    CsvOptions options;
    if (!m_invocation.delimiter.isEmpty())
        options.delimiter =
            QChar::fromLatin1(*CsvFormat::delimiterFromName(m_invocation.delimiter));
    options.bom = m_invocation.bom;
    return options;
}

int ExportCommand::writeFile(const QByteArray &contents)
{
    return finish(writeWholeFile(m_path, contents));
}

int ExportCommand::finish(const QString &error)
{
    if (!error.isEmpty()) {
        printError(error);
        return ExitBadInput;
    }
    print(tr("Wrote %1.").arg(m_path) % u'\n');
    return ExitDone;
}

} // namespace

int runExport(const Invocation &invocation, const QSqlDatabase &db)
{
    return ExportCommand(invocation, db).run();
}

} // namespace ep
