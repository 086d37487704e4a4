#include "cli/peoplecommand.h"

#include "cli/console.h"
#include "cli/consoletable.h"
#include "cli/exitstatus.h"
#include "cli/invocation.h"
#include "cli/opendatabase.h"
#include "cli/trcontexts.h"
#include "csv/csvwriter.h"
#include "domain/documentlanguage.h"
#include "domain/texthygiene.h"
#include "domain/vocabulary.h"
#include "lists/listdefinition.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/sql.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ep::cli {
namespace {

// The columns, as JSON and CSV name them.
const QStringList keys{u"id"_qs,
                       u"name"_qs,
                       u"organisation"_qs,
                       u"email"_qs,
                       u"legal_basis"_qs,
                       u"consent_date"_qs,
                       u"consent_purpose"_qs,
                       u"consent_source"_qs,
                       u"consent_withdrawn"_qs};

// One person's values in the order of `keys`, the legal basis as `basis`
// gives it (a code for a machine, a label for a reader).
QStringList valuesOf(const PersonConsent &person, const QString &basis)
{
    return {QString::number(person.id),
            person.name,
            person.organisation,
            person.email,
            basis,
            sql::dateText(person.consentDate),
            person.consentPurpose,
            person.consentSource,
            sql::dateText(person.consentWithdrawn)};
}

QJsonValue dateOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(sql::dateText(date)) : QJsonValue(QJsonValue::Null);
}

QString json(const QList<PersonConsent> &people)
{
    QJsonArray array;
    for (const PersonConsent &person : people) {
        array.append(QJsonObject{{keys[0], person.id},
                                 {keys[1], person.name},
                                 {keys[2], person.organisation},
                                 {keys[3], person.email},
                                 {keys[4], person.legalBasis},
                                 {keys[5], dateOrNull(person.consentDate)},
                                 {keys[6], person.consentPurpose},
                                 {keys[7], person.consentSource},
                                 {keys[8], dateOrNull(person.consentWithdrawn)}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString csv(const QList<PersonConsent> &people, const DocumentLanguage &language)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeRow(keys);
    for (const PersonConsent &person : people) {
        QStringList values =
            valuesOf(person, vocabularyLabel(Vocabulary::LegalBasis, person.legalBasis, language));
        for (QString &value : values)
            value = printableText(value);
        writer.writeRow(values);
    }
    return QString::fromUtf8(buffer.data());
}

QString table(const QList<PersonConsent> &people, const DocumentLanguage &language)
{
    //: column headings of the people's legal basis and consent
    QList<QStringList> rows{{Commands::tr("ID"), Commands::tr("Name"), Commands::tr("Organisation"),
                             Commands::tr("Email"), Commands::tr("Legal basis"),
                             Commands::tr("Consent"), Commands::tr("Withdrawn")}};
    for (const PersonConsent &person : people) {
        rows.append({QString::number(person.id), printableText(person.name),
                     printableText(person.organisation), printableText(person.email),
                     person.legalBasis.isEmpty()
                         ? Commands::tr("not recorded")
                         : vocabularyLabel(Vocabulary::LegalBasis, person.legalBasis, language),
                     sql::dateText(person.consentDate), sql::dateText(person.consentWithdrawn)});
    }
    return consoleTable(rows);
}

} // namespace

int runPeople(const Invocation &invocation, Console &console)
{
    Database database;
    if (const int status = openExisting(database, invocation, console); status != ExitDone)
        return status;
    QString where;
    for (const ListFilter &filter : ListDefinition::people().filters) {
        if (filter.key && invocation.value(Option::Filter) == QLatin1String(filter.key))
            where = filter.condition;
    }
    QSqlError error;
    const QList<PersonConsent> people =
        PersonRepository(database.connection()).consents(where, &error);
    if (error.isValid()) {
        console.printError(Database::describeFailure(database.connection(), error));
        return ExitDatabaseProblem;
    }
    const QString code = invocation.value(Option::Language);
    const DocumentLanguage language(code.isEmpty() ? languageOfLocale() : *languageFromCode(code));
    const QString format = invocation.value(Option::Format);
    console.print(format == u"json"  ? json(people)
                  : format == u"csv" ? csv(people, language)
                                     : table(people, language));
    return ExitDone;
}

} // namespace ep::cli
