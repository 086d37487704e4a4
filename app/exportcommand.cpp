#include "exportcommand.h"

#include "consoletable.h"
#include "csv/csvformat.h"
#include "documents/documentcatalogue.h"

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
    DocumentRequest request() const;
    QStringList codes(const QString &list) const;

    const Invocation &m_invocation;
    QSqlDatabase m_db;
    QString m_what;
    QString m_path;
};

ExportCommand::ExportCommand(const Invocation &invocation, const QSqlDatabase &db)
    : m_invocation(invocation)
    , m_db(db)
    , m_what(invocation.arguments.first())
    , m_path(invocation.output)
{}

int ExportCommand::run()
{
    const DocumentRequest request = this->request();
    const DocumentType &type = documentType(request.kind);
    const std::optional<FileFormat> format = formatOfFile(m_path);
    if (!format || !type.formats.contains(*format)) {
        QStringList endings;
        for (FileFormat each : type.formats)
            endings.append(u'.' % fileEnding(each));
        printError(tr("%1: cannot tell from its ending what to write; %2 are written as %3.")
                       .arg(m_path, m_invocation.signInSheet ? tr("sign-in sheets") : m_what,
                            endings.join(tr(" or "))));
        return ExitBadInput;
    }
    const std::optional<DocumentSource> source = DocumentSource::load(m_db, request);
    if (!source) {
        printError(tr("There is no event \"%1\"; \"exchange-planner events\" lists them.")
                       .arg(m_invocation.arguments.value(1)));
        return ExitBadInput;
    }
    if (const QString error = writeDocument(request, *source, m_path); !error.isEmpty()) {
        printError(error);
        return ExitBadInput;
    }
    print(tr("Wrote %1.").arg(m_path) % u'\n');
    return ExitDone;
}

DocumentRequest ExportCommand::request() const
{
    DocumentRequest request;
    request.kind = m_what == u"agenda"        ? DocumentKind::Agenda
                   : m_what == u"contacts"    ? DocumentKind::ContactList
                   : m_invocation.signInSheet ? DocumentKind::SignInSheet
                                              : DocumentKind::ParticipantList;
    bool ok = false;
    request.eventId = m_invocation.arguments.value(1).toInt(&ok);
    if (!ok || request.eventId < 0)
        request.eventId = 0; // no event has it
    const Language language = m_invocation.language.isEmpty()
                                  ? languageOfLocale()
                                  : *languageFromCode(m_invocation.language);
    request.languages = {language};
    if (!m_invocation.secondLanguage.isEmpty())
        request.languages.append(*languageFromCode(m_invocation.secondLanguage));
    if (m_invocation.allLanguages)
        request.languages = QList<Language>(std::begin(allLanguages), std::end(allLanguages));
    for (const QString &key : codes(m_invocation.columns))
        request.columns.append(*fieldFromKey(key));
    const ParticipantFilter filter{codes(m_invocation.statuses), codes(m_invocation.roles)};
    if (!filter.statuses.isEmpty() || !filter.roles.isEmpty())
        request.filter = filter;
    if (m_invocation.blankRows >= 0)
        request.blankRows = m_invocation.blankRows;
    request.perSiteVisit = m_invocation.perSiteVisit;
    if (!m_invocation.delimiter.isEmpty())
        request.csv.delimiter =
            QChar::fromLatin1(*CsvFormat::delimiterFromName(m_invocation.delimiter));
    request.csv.bom = m_invocation.bom;
    return request;
}

QStringList ExportCommand::codes(const QString &list) const
{
    QStringList result;
    for (const QString &code : list.split(u',', Qt::SkipEmptyParts))
        result.append(code.trimmed());
    return result;
}

} // namespace

int runExport(const Invocation &invocation, const QSqlDatabase &db)
{
    return ExportCommand(invocation, db).run();
}

} // namespace ep
