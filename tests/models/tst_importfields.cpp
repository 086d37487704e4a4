#include "import/importfields.h"

#include <QTest>

using namespace ep;

Q_DECLARE_METATYPE(ep::Field)

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
    QTest::addColumn<Field>("field");
    const QList<std::pair<QString, Field>> cases{
        {u"First name"_qs, Field::FirstName},
        {u"Vorname"_qs, Field::FirstName},
        {u"Imię"_qs, Field::FirstName},
        {u"IMIE"_qs, Field::FirstName},
        {u"Nachname"_qs, Field::LastName},
        {u"Nazwisko"_qs, Field::LastName},
        {u"Surname"_qs, Field::LastName},
        {u"Imię i nazwisko"_qs, Field::FullName},
        {u"Full name"_qs, Field::FullName},
        {u"E-Mail"_qs, Field::Email},
        {u"E-Mail-Adresse"_qs, Field::Email},
        {u"Email Address"_qs, Field::Email},
        {u"Adres e-mail"_qs, Field::Email},
        {u"e-mail (dienstlich)"_qs, Field::Email},
        {u"Company"_qs, Field::Organisation},
        {u"Organizacja"_qs, Field::Organisation},
        {u"Firma"_qs, Field::Organisation},
        {u"Telefon"_qs, Field::Phone},
        {u"Telefonnummer"_qs, Field::Phone},
        {u"Nr telefonu"_qs, Field::Phone},
        {u"Job title"_qs, Field::Position},
        {u"Stanowisko"_qs, Field::Position},
        {u"Position"_qs, Field::Position},
        {u"Funktion"_qs, Field::Position},
        {u"Function"_qs, Field::Position},
        {u"Ernährungsbedürfnisse"_qs, Field::DietaryNeeds},
        {u"Wymagania dietetyczne"_qs, Field::DietaryNeeds},
        {u"Bedarf an Barrierefreiheit"_qs, Field::AccessibilityNeeds},
        {u"Szczególne potrzeby"_qs, Field::AccessibilityNeeds},
        {u"Anreise"_qs, Field::Arrival},
        {u"Wyjazd"_qs, Field::Departure},
        {u"Uwagi"_qs, Field::Notes},
        {u"Bemerkungen"_qs, Field::Notes},
        {u"Rolle"_qs, Field::Role},
        {u"Status"_qs, Field::Status},
        {u"Delegation *"_qs, Field::Delegation},
        {u"PLZ"_qs, Field::PostalCode},
        {u"Miejscowość"_qs, Field::City},
        {u"Timestamp"_qs, Field::Ignore},
        {u"I agree to the privacy policy"_qs, Field::Ignore},
        {QString(), Field::Ignore},
    };
    for (const auto &[header, field] : cases)
        QTest::newRow(qPrintable(header.isEmpty() ? u"(empty)"_qs : header)) << header << field;
}

void ImportFieldsTest::headerNames()
{
    QFETCH(QString, header);
    QFETCH(Field, field);
    QCOMPARE(ImportFields::fieldForHeader(header), field);
}

void ImportFieldsTest::nameBesideAFirstNameIsTheLastName()
{
    QCOMPARE(ImportFields::guessMapping({u"Vorname"_qs, u"Name"_qs, u"Firma"_qs},
                                        ImportTarget::Participants),
             (QList<Field>{Field::FirstName, Field::LastName, Field::Organisation}));
}

void ImportFieldsTest::nameAloneIsTheFullName()
{
    QCOMPARE(ImportFields::guessMapping({u"Name"_qs, u"E-Mail"_qs}, ImportTarget::Contacts),
             (QList<Field>{Field::FullName, Field::Email}));
}

void ImportFieldsTest::noFieldTwiceAndOnlyTheTargetsFields()
{
    QCOMPARE(ImportFields::guessMapping({u"E-Mail"_qs, u"Email address"_qs, u"Rolle"_qs},
                                        ImportTarget::Contacts),
             (QList<Field>{Field::Email, Field::Ignore, Field::Ignore}));
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
    for (Field field : ImportFields::fieldsOf(ImportTarget::Participants))
        QCOMPARE(fieldFromKey(fieldKey(field)), field);
}

QTEST_GUILESS_MAIN(ImportFieldsTest)
#include "tst_importfields.moc"
