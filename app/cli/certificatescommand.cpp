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
    const QString text = invocation.arguments().first();
    const std::optional<CertificateNumber> number = CertificateNumber::parse(text);
    if (!number) {
        console.printError(Commands::tr("\"%1\" is no certificate number: they read like "
                                        "2019-001-0019-4, and the last digit checks the others.")
                               .arg(text));
        return ExitBadInput;
    }
    Database database;
    if (const int status = openExisting(database, invocation, console); status != ExitDone)
        return status;
    int status = ExitDone;
    const std::optional<EventDocument> document =
        eventNamed(database.connection(), QString::number(number->eventId), console, status);
    const QList<CertificateFacts> facts =
        document ? certificateFacts(*document, {number->personId}) : QList<CertificateFacts>();
    if (facts.isEmpty() || facts.first().number != number->text()) {
        if (document || status == ExitBadInput) {
            console.printError(Commands::tr("No certificate %1 was issued here: nobody of that "
                                            "number attended that event.")
                                   .arg(number->text()));
        }
        return status == ExitDatabaseProblem ? status : ExitBadInput;
    }
    const CertificateFacts &certificate = facts.first();
    const DocumentLanguage language(languageOf(invocation));
    QStringList days;
    for (QDate day : certificate.days)
        days.append(language.writtenDate(day));
    QStringList places;
    for (const AgendaItem *visit : certificate.visits) {
        const Site *site = document->site(visit->siteId);
        places.append(site ? site->name.text(language.language())
                           : visit->title.text(language.language()));
    }
    if (places.isEmpty())
        places.append(Commands::tr("none"));
    const Event &event = document->event;
    console.print(
        Commands::tr("Certificate %1: %2 (%3) attended \"%4\", %5 to %6.\nDays: %7 (%8 of %9).\n"
                     "Places visited: %10.\nProgramme attended: %11 hours.\n")
            .arg(certificate.number, certificate.row.person.displayName(),
                 certificate.row.organisation, event.title.text(language.language()),
                 language.writtenDate(event.startDate),
                 language.writtenDate(event.endDate.isValid() ? event.endDate : event.startDate),
                 days.join(u", "))
            .arg(certificate.days.size())
            .arg(certificate.eventDays)
            .arg(places.join(u", "))
            .arg(QLocale(languageCode(language.language())).toString(certificate.hours, 'f', 1)));
    return ExitDone;
}

} // namespace ep::cli
