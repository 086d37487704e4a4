#include "cli/evidenceexport.h"

#include "cli/console.h"
#include "cli/eventargument.h"
#include "cli/exitstatus.h"
#include "cli/invocation.h"
#include "cli/opendatabase.h"
#include "cli/trcontexts.h"
#include "csv/csvformat.h"
#include "documents/evidencepack.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>

namespace ep::cli {
namespace {

// The options "export evidence" takes besides --database.
constexpr Option evidenceOptions[] = {Option::Output, Option::Language, Option::Delimiter,
                                      Option::Bom};

bool takenByEvidence(Option option)
{
    return std::find(std::begin(evidenceOptions), std::end(evidenceOptions), option) !=
           std::end(evidenceOptions);
}

} // namespace

QString checkEvidenceUsage(const Invocation &invocation)
{
    const QStringList arguments = invocation.arguments();
    const QString usage = CommandLine::tr("Use \"export evidence EVENT --output FILE.zip\".");
    if (arguments.size() < 2)
        return CommandLine::tr("The event is missing. %1").arg(usage);
    if (arguments.size() > 2)
        return CommandLine::tr("Too many arguments: \"%1\". %2")
            .arg(arguments.mid(2).join(u' '), usage);
    const QString output = invocation.value(Option::Output);
    if (output.isEmpty())
        return CommandLine::tr("--output FILE.zip is missing: where should the evidence pack go?");
    if (QFileInfo(output).suffix().toLower() != u"zip")
        return CommandLine::tr("%1: the evidence pack is a ZIP archive; name a file ending .zip.")
            .arg(output);
    for (const OptionSpec &spec : optionTable()) {
        if (!spec.withEveryCommand && invocation.isSet(spec.option) &&
            !takenByEvidence(spec.option))
            return CommandLine::tr("--%1 does not apply to \"export evidence\".")
                .arg(QLatin1String(spec.name));
    }
    return {};
}

int runEvidenceExport(const Invocation &invocation, Console &console)
{
    Database database;
    if (const int status = openExisting(database, invocation, console); status != ExitDone)
        return status;
    const QSqlDatabase db = database.connection();
    int status = ExitDone;
    std::optional<EventDocument> document =
        eventNamed(db, invocation.arguments().value(1), console, status);
    if (!document)
        return status;
    const QString language = invocation.value(Option::Language);
    CsvOptions csv;
    if (invocation.isSet(Option::Delimiter)) {
        csv.delimiter =
            QChar::fromLatin1(*CsvFormat::delimiterFromName(invocation.value(Option::Delimiter)));
    }
    csv.bom = invocation.isSet(Option::Bom);
    const EvidencePack pack(std::move(*document),
                            language.isEmpty() ? languageOfLocale() : *languageFromCode(language),
                            csv);
    const QString path = invocation.value(Option::Output);
    if (const QString error = pack.write(path); !error.isEmpty()) {
        console.printError(error);
        return ExitBadInput;
    }
    QStringList names;
    for (const EvidenceFile &file : pack.files())
        names.append(file.name);
    console.print(CommandLine::tr("Wrote %1 holding %2.")
                      .arg(QDir::toNativeSeparators(path), names.join(u", ")) %
                  u'\n');
    return ExitDone;
}

} // namespace ep::cli
