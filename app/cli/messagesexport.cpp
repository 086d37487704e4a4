#include "cli/messagesexport.h"

#include "cli/console.h"
#include "cli/eventargument.h"
#include "cli/exitstatus.h"
#include "cli/invocation.h"
#include "cli/opendatabase.h"
#include "cli/trcontexts.h"
#include "domain/vocabulary.h"
#include "export/messagedrafts.h"
#include "storage/database.h"
#include "storage/messagetemplates.h"

#include <QDir>

namespace ep::cli {
namespace {

// The options "export messages" takes besides --database.
constexpr Option ownOptions[] = {Option::Template, Option::Output, Option::Status, Option::Role,
                                 Option::Language};

} // namespace

QString checkMessagesUsage(const Invocation &invocation)
{
    const QStringList arguments = invocation.arguments();
    const QString usage =
        CommandLine::tr("Use \"export messages EVENT --template NAME --output DIR\".");
    if (arguments.size() < 2)
        return CommandLine::tr("The event is missing. %1").arg(usage);
    if (arguments.size() > 2)
        return CommandLine::tr("Too many arguments: \"%1\". %2")
            .arg(arguments.mid(2).join(u' '), usage);
    if (!invocation.isSet(Option::Template))
        return CommandLine::tr("--template is missing: invitation, confirmation or practical?");
    if (invocation.value(Option::Output).isEmpty())
        return CommandLine::tr("--output DIR is missing: which folder should the messages go "
                               "into?");
    for (const OptionSpec &spec : optionTable()) {
        if (!spec.withEveryCommand && invocation.isSet(spec.option) &&
            std::find(std::begin(ownOptions), std::end(ownOptions), spec.option) ==
                std::end(ownOptions)) {
            return CommandLine::tr("--%1 does not apply to \"export messages\".")
                .arg(QLatin1String(spec.name));
        }
    }
    return {};
}

int runMessagesExport(const Invocation &invocation, Console &console)
{
    Database database;
    if (const int status = openExisting(database, invocation, console); status != ExitDone)
        return status;
    const QSqlDatabase db = database.connection();
    const QString eventText = invocation.arguments().value(1);
    int status = ExitDone;
    const std::optional<EventDocument> document = eventNamed(db, eventText, console, status);
    if (!document)
        return status;
    const MessageKind kind = *messageKindFromCode(invocation.value(Option::Template));
    QSqlError failed;
    const QList<MessageTemplate> templates = MessageTemplates::load(db, kind, &failed);
    if (failed.isValid()) {
        console.printError(Database::describeFailure(db, failed));
        return ExitDatabaseProblem;
    }
    ParticipantFilter filter{invocation.listValue(Option::Status),
                             invocation.listValue(Option::Role)};
    if (filter.statuses.isEmpty())
        filter.statuses = defaultRecipientStatuses(kind);
    const QString language = invocation.value(Option::Language);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const MessageDrafts drafts =
        messageDrafts(*document, templates, participantRows(*document, filter),
                      language.isEmpty() ? languageOfLocale() : *languageFromCode(language), now);
    const QString folder = invocation.value(Option::Output);
    if (drafts.drafts.isEmpty()) {
        console.printError(
            CommandLine::tr("No participant of event %1 with the status %2 has an email address; "
                            "no message was written.")
                .arg(eventText, filter.statuses.join(u", ")));
        return ExitBadInput;
    }
    if (const QString error = writeDrafts(drafts.drafts, folder, now); !error.isEmpty()) {
        console.printError(error);
        return ExitBadInput;
    }
    console.print(CommandLine::tr("Wrote %n message(s) into %1.", "", int(drafts.drafts.size()))
                      .arg(QDir::toNativeSeparators(folder)) %
                  u'\n');
    if (!drafts.withoutEmail.isEmpty()) {
        console.print(CommandLine::tr("No email address, so no message: %1.")
                          .arg(drafts.withoutEmail.join(u", ")) %
                      u'\n');
    }
    return ExitDone;
}

} // namespace ep::cli
