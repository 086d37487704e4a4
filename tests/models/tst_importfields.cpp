#include "import/importfields.h"

#include <QTest>

using namespace ep;

Q_DECLARE_METATYPE(ep::ImportField)

class ImportFieldsTest : public QObject
{
    Q_OBJECT

private slots:
    void headerNames_data();
    void headerNames();
    void nameBesideAFirstNameIsTheLastName();
    void nameAloneIsTheFullName();
    void noFieldTwiceAndOnlyTheTargetsFields();
    void roleAndStatusWords_data();
    void roleAndStatusWords();
    void keysRoundTrip();
};

void ImportFieldsTest::headerNames_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<ImportField>("field");
    const QList<std::pair<QString, ImportField>> cases{
        {u"First name"_qs, ImportField::FirstName},
        {u"Vorname"_qs, ImportField::FirstName},
        {u"Imię"_qs, ImportField::FirstName},
        {u"IMIE"_qs, ImportField::FirstName},
        {u"Nachname"_qs, ImportField::LastName},
        {u"Nazwisko"_qs, ImportField::LastName},
        {u"Surname"_qs, ImportField::LastName},
        {u"Imię i nazwisko"_qs, ImportField::FullName},
        {u"Full name"_qs, ImportField::FullName},
        {u"E-Mail"_qs, ImportField::Email},
        {u"E-Mail-Adresse"_qs, ImportField::Email},
        {u"Email Address"_qs, ImportField::Email},
        {u"Adres e-mail"_qs, ImportField::Email},
        {u"e-mail (dienstlich)"_qs, ImportField::Email},
        {u"Company"_qs, ImportField::Organisation},
        {u"Organizacja"_qs, ImportField::Organisation},
        {u"Firma"_qs, ImportField::Organisation},
        {u"Telefon"_qs, ImportField::Phone},
        {u"Telefonnummer"_qs, ImportField::Phone},
        {u"Nr telefonu"_qs, ImportField::Phone},
        {u"Job title"_qs, ImportField::Function},
        {u"Stanowisko"_qs, ImportField::Function},
        {u"Ernährungsbedürfnisse"_qs, ImportField::DietaryNeeds},
        {u"Wymagania dietetyczne"_qs, ImportField::DietaryNeeds},
        {u"Bedarf an Barrierefreiheit"_qs, ImportField::AccessibilityNeeds},
        {u"Szczególne potrzeby"_qs, ImportField::AccessibilityNeeds},
        {u"Anreise"_qs, ImportField::Arrival},
        {u"Wyjazd"_qs, ImportField::Departure},
        {u"Uwagi"_qs, ImportField::Notes},
        {u"Bemerkungen"_qs, ImportField::Notes},
        {u"Rolle"_qs, ImportField::Role},
        {u"Status"_qs, ImportField::Status},
        {u"Delegation *"_qs, ImportField::Delegation},
        {u"PLZ"_qs, ImportField::PostalCode},
        {u"Miejscowość"_qs, ImportField::City},
        {u"Timestamp"_qs, ImportField::Ignore},
        {u"I agree to the privacy policy"_qs, ImportField::Ignore},
        {QString(), ImportField::Ignore},
    };
    for (const auto &[header, field] : cases)
        QTest::newRow(qPrintable(header.isEmpty() ? u"(empty)"_qs : header)) << header << field;
}

void ImportFieldsTest::headerNames()
{
    QFETCH(QString, header);
    QFETCH(ImportField, field);
    QCOMPARE(ImportFields::fieldForHeader(header), field);
}

void ImportFieldsTest::nameBesideAFirstNameIsTheLastName()
{
    QCOMPARE(ImportFields::guessMapping({u"Vorname"_qs, u"Name"_qs, u"Firma"_qs},
                                        ImportTarget::Participants),
             (QList<ImportField>{ImportField::FirstName, ImportField::LastName,
                                 ImportField::Organisation}));
}

void ImportFieldsTest::nameAloneIsTheFullName()
{
    QCOMPARE(ImportFields::guessMapping({u"Name"_qs, u"E-Mail"_qs}, ImportTarget::Contacts),
             (QList<ImportField>{ImportField::FullName, ImportField::Email}));
}

void ImportFieldsTest::noFieldTwiceAndOnlyTheTargetsFields()
{
    QCOMPARE(ImportFields::guessMapping({u"E-Mail"_qs, u"Email address"_qs, u"Rolle"_qs},
                                        ImportTarget::Contacts),
             (QList<ImportField>{ImportField::Email, ImportField::Ignore, ImportField::Ignore}));
}

void ImportFieldsTest::roleAndStatusWords_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("status");
    QTest::newRow("code") << u"speaker"_qs << u"speaker"_qs << QString();
    QTest::newRow("English label") << u"No-show"_qs << QString() << u"no_show"_qs;
    QTest::newRow("German") << u"Dolmetscherin"_qs << u"interpreter"_qs << QString();
    QTest::newRow("German status") << u"bestätigt"_qs << QString() << u"confirmed"_qs;
    QTest::newRow("Polish") << u"Członek delegacji"_qs << u"delegate"_qs << QString();
    QTest::newRow("Polish status") << u"Udział potwierdzony"_qs << QString() << u"confirmed"_qs;
    QTest::newRow("unknown") << u"VIP"_qs << QString() << QString();
}

void ImportFieldsTest::roleAndStatusWords()
{
    QFETCH(QString, value);
    QFETCH(QString, role);
    QFETCH(QString, status);
    QCOMPARE(ImportFields::roleCode(value).value_or(QString()), role);
    QCOMPARE(ImportFields::statusCode(value).value_or(QString()), status);
}

void ImportFieldsTest::keysRoundTrip()
{
    for (ImportField field : ImportFields::fieldsOf(ImportTarget::Participants))
        QCOMPARE(ImportFields::fromKey(ImportFields::key(field)), field);
}

QTEST_GUILESS_MAIN(ImportFieldsTest)
#include "tst_importfields.moc"
