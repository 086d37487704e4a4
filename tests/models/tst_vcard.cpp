#include "contentlines.h"
#include "export/vcardwriter.h"
#include "organisationnamed.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ep;

namespace {

// Debian's interpreter, to which python3-vobject belongs; a python3 found
// earlier in PATH (pyenv, a virtualenv) would not have it.
const QString python = u"/usr/bin/python3"_qs;

// Reads the cards with vobject, a parser written independently of ours, and
// prints what it understood as JSON.
const char readCards[] = R"(
import json, sys, vobject

def value(card, name):
    return getattr(card, name).value if name in card.contents else None

cards = []
with open(sys.argv[1], encoding='utf-8', newline='') as file:
    for card in vobject.readComponents(file.read()):
        n, adr = card.n.value, value(card, 'adr')
        cards.append({
            'version': value(card, 'version'),
            'fn': value(card, 'fn'),
            'n': [n.family, n.given, n.additional, n.prefix, n.suffix],
            'org': value(card, 'org'),
            'title': value(card, 'title'),
            'email': value(card, 'email'),
            'emailType': card.email.params.get('TYPE') if 'email' in card.contents else None,
            'tel': value(card, 'tel'),
            'telType': card.tel.params.get('TYPE') if 'tel' in card.contents else None,
            'adr': [adr.box, adr.extended, adr.street, adr.city, adr.region, adr.code,
                    adr.country] if adr else None,
            'adrType': card.adr.params.get('TYPE') if adr else None,
            'note': 'note' in card.contents,
        })
print(json.dumps(cards))
)";

const QString longStreet =
    // "ADR;TYPE=WORK:;;ul. " is 20 octets and every letter after it two, so
    // the 76th octet lies inside a letter: a fold that counts octets alone
    // cuts it in two.
    u"ul. "_qs % QString(u"ŻółćąęśńŹ"_qs).repeated(8) % u" 12/3, Hof"_qs;

QList<Person> people()
{
    Person weiss;
    weiss.title = u"Dr. hab."_qs;
    weiss.firstName = u"Małgorzata"_qs;
    weiss.lastName = u"Weiß-Łukasiewicz"_qs;
    weiss.organisationId = 1;
    weiss.position = u"Leiterin; Internationales, Europa"_qs;
    weiss.email = u"m.weiss@example.org"_qs;
    weiss.phone = u"+49 234 32-12345"_qs;
    weiss.street = u"Straße des 17. Juni 135"_qs;
    weiss.postalCode = u"10623"_qs;
    weiss.city = u"Berlin"_qs;
    weiss.country = u"DE"_qs;
    weiss.notes = u"Private: prefers calls after 16:00"_qs;

    Person nowak;
    nowak.firstName = u"Łucja"_qs;
    nowak.lastName = u"Nowak"_qs;
    nowak.organisationId = 2;
    nowak.street = longStreet;
    nowak.postalCode = u"50-001"_qs;
    nowak.city = u"Wrocław"_qs;
    nowak.country = u"PL"_qs;

    Person kowalski;
    kowalski.lastName = u"Kowalski"_qs;
    kowalski.email = u"kowalski@example.pl"_qs;
    kowalski.organisationId = 99; // not in the list: no ORG
    return {weiss, nowak, kowalski};
}

QHash<int, Organisation> organisations()
{
    QHash<int, Organisation> organisations;
    organisations.insert(
        1, ep::test::organisationNamed(1, u"Stiftung „Grüße, Brücken; Partner\\Netz“"_qs, u"SGB"_qs,
                                       u"ngo"_qs, u"Berlin"_qs, u"DE"_qs));
    organisations.insert(
        2, ep::test::organisationNamed(2, u"Urząd Marszałkowski Województwa Dolnośląskiego"_qs, {},
                                       u"public_authority"_qs, u"Wrocław"_qs, u"PL"_qs));
    return organisations;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

class VCardTest : public QObject
{
    Q_OBJECT

private slots:
    void linesAreFoldedAndEndWithCrLf();
    void escapesTextValues();
    void readBackByVobject();
};

void VCardTest::linesAreFoldedAndEndWithCrLf()
{
    const QByteArray cards = contactCards(people(), organisations());
    QVERIFY(cards.endsWith("END:VCARD\r\n"));
    int continuations = 0;
    const QString problem = test::contentLineProblem(cards, &continuations);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(continuations >= 2);
    QCOMPARE(cards.count("BEGIN:VCARD\r\nVERSION:3.0\r\n"), 3);
}

void VCardTest::escapesTextValues()
{
    const QByteArray cards = contactCards(people(), organisations());
    QVERIFY(cards.contains("\r\nORG:Stiftung „Grüße\\, Brücken\\; Partner\\\\Netz“\r\n"));
    QVERIFY(cards.contains("\r\nTITLE:Leiterin\\; Internationales\\, Europa\r\n"));
    QVERIFY(cards.contains("\r\nN:Weiß-Łukasiewicz;Małgorzata;;Dr. hab.;\r\n"));
    QVERIFY(cards.contains("\r\nN:Kowalski;;;;\r\nEMAIL"));
    QVERIFY(!cards.contains("NOTE"));

    Person multiline;
    multiline.lastName = u"A\r\nB\nC\rD"_qs;
    QVERIFY(contactCards({multiline}, {}).contains("\r\nFN:A\\nB\\nC\\nD\r\n"));
}

void VCardTest::readBackByVobject()
{
    QProcess probe;
    probe.start(python, {u"-c"_qs, u"import vobject"_qs});
    if (!probe.waitForFinished() || probe.exitStatus() != QProcess::NormalExit ||
        probe.exitCode() != 0)
        QSKIP("Needs Debian's python3-vobject (apt-get install python3-vobject).");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"contacts.vcf"_qs));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contactCards(people(), organisations()));
    file.close();

    QProcess reader;
    reader.start(python, {u"-c"_qs, QString::fromUtf8(readCards), file.fileName()});
    QVERIFY(reader.waitForFinished());
    QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
    const QJsonArray cards = QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
    QCOMPARE(cards.size(), 3);

    const QJsonObject weiss = cards[0].toObject();
    QCOMPARE(weiss[u"version"].toString(), u"3.0"_qs);
    QCOMPARE(weiss[u"fn"].toString(), u"Dr. hab. Małgorzata Weiß-Łukasiewicz"_qs);
    QCOMPARE(weiss[u"n"].toArray(),
             strings({u"Weiß-Łukasiewicz"_qs, u"Małgorzata"_qs, {}, u"Dr. hab."_qs, {}}));
    QCOMPARE(weiss[u"org"].toArray(), strings({organisations()[1].name}));
    QCOMPARE(weiss[u"title"].toString(), u"Leiterin; Internationales, Europa"_qs);
    QCOMPARE(weiss[u"email"].toString(), u"m.weiss@example.org"_qs);
    QCOMPARE(weiss[u"emailType"].toArray(), strings({u"INTERNET"_qs}));
    QCOMPARE(weiss[u"tel"].toString(), u"+49 234 32-12345"_qs);
    QCOMPARE(weiss[u"telType"].toArray(), strings({u"WORK"_qs, u"VOICE"_qs}));
    QCOMPARE(
        weiss[u"adr"].toArray(),
        strings({{}, {}, u"Straße des 17. Juni 135"_qs, u"Berlin"_qs, {}, u"10623"_qs, u"DE"_qs}));
    QCOMPARE(weiss[u"adrType"].toArray(), strings({u"WORK"_qs}));
    QCOMPARE(weiss[u"note"].toBool(), false);

    const QJsonObject nowak = cards[1].toObject();
    QCOMPARE(nowak[u"fn"].toString(), u"Łucja Nowak"_qs);
    QCOMPARE(nowak[u"org"].toArray(), strings({organisations()[2].name}));
    QCOMPARE(nowak[u"adr"].toArray(),
             strings({{}, {}, longStreet, u"Wrocław"_qs, {}, u"50-001"_qs, u"PL"_qs}));
    QVERIFY(nowak[u"email"].isNull());
    QVERIFY(nowak[u"tel"].isNull());
    QVERIFY(nowak[u"title"].isNull());

    const QJsonObject kowalski = cards[2].toObject();
    QCOMPARE(kowalski[u"fn"].toString(), u"Kowalski"_qs);
    QCOMPARE(kowalski[u"n"].toArray(), strings({u"Kowalski"_qs, {}, {}, {}, {}}));
    QCOMPARE(kowalski[u"email"].toString(), u"kowalski@example.pl"_qs);
    for (const char *absent : {"org", "title", "tel", "adr"})
        QVERIFY2(kowalski[QLatin1String(absent)].isNull(), absent);
}

QTEST_GUILESS_MAIN(VCardTest)
#include "tst_vcard.moc"
