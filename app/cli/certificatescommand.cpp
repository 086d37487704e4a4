#include "cli/certificatescommand.h"

#include "cli/console.h"
#include "cli/eventargument.h"
#include "cli/exitstatus.h"
#include "cli/invocation.h"
#include "cli/opendatabase.h"
#include "cli/trcontexts.h"
#include "documents/certificatedocument.h"
#include "export/certificates.h"
#include "export/filewriting.h"
#include "storage/database.h"

namespace ep::cli {
namespace {

Language languageOf(const Invocation &invocation)
{
    const QString code = invocation.value(Option::Language);
    return code.isEmpty() ? languageOfLocale() : *languageFromCode(code);
}

} // namespace

int runCertificatesSplit(const Invocation &invocation, Console &console)
{
    Database database;
    if (const int status = openExisting(database, invocation, console); status != ExitDone)
        return status;
    int status = ExitDone;
    const std::optional<EventDocument> document =
        eventNamed(database.connection(), invocation.arguments().value(1), console, status);
    if (!document)
        return status;
    const Language language = languageOf(invocation);
    const bool all = invocation.isSet(Option::AllLanguages);
    const QList<CertificateFacts> everyone = certificateFacts(*document);
    if (everyone.isEmpty()) {
        console.printError(Commands::tr("No certificates: nobody attended the event. Nothing was "
                                        "written."));
        return ExitBadInput;
    }
    const QString folder = invocation.value(Option::Output);
    const QString error = writeWholeFolder(folder, [&](const QDir &written) {
        for (const CertificateFacts &facts : everyone) {
            const QString name = portableFileName(facts.number % u' ' % facts.row.person.lastName %
                                                  u' ' % facts.row.person.firstName) %
                                 u".pdf";
            const CertificateDocument one(*document, language, all, {facts.row.person.id});
            if (const QString failed = one.writePdf(written.filePath(name)); !failed.isEmpty())
                return failed;
        }
        return QString();
    });
    if (!error.isEmpty()) {
        console.printError(error % u' ' % Commands::tr("Nothing was written."));
        return ExitBadInput;
    }
    console.print(Commands::tr("Wrote %n certificate(s) into %1.", "", int(everyone.size()))
                      .arg(QDir::toNativeSeparators(folder)) %
                  u'\n');
    return ExitDone;
}

QString checkCertificateUsage(const Invocation &invocation)
{
    const QStringList arguments = invocation.arguments();
    if (arguments.size() == 1)
        return {};
    return arguments.isEmpty()
               ? CommandLine::tr("The certificate's number is missing: use \"certificate "
                                 "NUMBER\", e.g. \"certificate 2019-001-0019-4\".")
               : CommandLine::tr("Too many arguments: \"%1\". Use \"certificate NUMBER\".")
                     .arg(arguments.mid(1).join(u' '));
}

int runCertificate(const Invocation &invocation, Console &console)
{
    Database database;
    if (const int status = openExisting(database, invocation, console); status != ExitDone)
        return status;
    QString problem;
    QSqlError failed;
    const QString statement =
        certificateStatement(database.connection(), invocation.arguments().first(),
                             DocumentLanguage(languageOf(invocation)), &problem, &failed);
    if (failed.isValid()) {
        console.printError(Database::describeFailure(database.connection(), failed));
        return ExitDatabaseProblem;
    }
    if (statement.isEmpty()) {
        console.printError(problem);
        return ExitBadInput;
    }
    console.print(statement);
    return ExitDone;
}

} // namespace ep::cli
