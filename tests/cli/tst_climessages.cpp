// Writing to participants before the visit (issue 16, item 2b): "export
// messages" writes a personalised .eml draft per participant in the
// language each reads. The drafts are read back by Python's email package,
// as a mail program would read them, and checked against what the database
// holds, asked by SQL here. (The templates edited by two people:
// tst_messagetemplates.)

#include "domain/catalogues.h"
#include "domain/language.h"
#include "inprocess.h"
#include "storage/database.h"
#include "storage/messagetemplates.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using ep::test::demoDatabase;
using ep::test::readsIn;
using ep::test::rowsOf;
using ep::test::run;
using ep::test::Run;
using ep::test::valueIn;

namespace {

constexpr int firstVisit = 1; // the demo's study visit of 8 to 10 July 2019

// Every .eml file of `folder` as Python's email package reads it (the
// modern policy: headers decoded, parts by their transfer encoding).
const char *readDrafts = R"py(
import email, glob, json, os, sys
from email import policy
drafts = []
for path in sorted(glob.glob(os.path.join(sys.argv[1], '*.eml'))):
    with open(path, 'rb') as f:
        message = email.message_from_binary_file(f, policy=policy.default)
    to = message['To'].addresses[0]
    drafts.append({
        'file': os.path.basename(path),
        'name': to.display_name, 'address': to.addr_spec,
        'subject': str(message['Subject']), 'language': message['Content-Language'],
        'unsent': message['X-Unsent'], 'hasDate': message['Date'] is not None,
        # the lines as a mail program shows them
        'body': message.get_body(preferencelist=('plain',)).get_content().replace('\r\n', '\n'),
        'attachments': [{'type': part.get_content_type(), 'name': part.get_filename(),
                         'text': part.get_content()} for part in message.iter_attachments()],
    })
print(json.dumps(drafts))
)py";

QJsonArray draftsIn(const QString &folder)
{
    QProcess python;
    python.start(u"python3"_qs, {u"-c"_qs, QString::fromUtf8(readDrafts), folder});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning("%s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

Run exportMessages(const QString &database, const QString &kind, const QString &folder,
                   const QStringList &more = {})
{
    return run(QStringList{u"export"_qs, u"messages"_qs, QString::number(firstVisit),
                           u"--template"_qs, kind, u"--output"_qs, folder, u"--database"_qs,
                           database} +
               more);
}

} // namespace

class MessagesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void invitationsAreDraftsInEachPersonsLanguage();
    void practicalInformationNamesEachPersonsHotelAndArrival();
    void anEditedTemplateIsWhatTheDraftsSay();
    void messagesRefuseWhatTheyCannotUse_data();
    void messagesRefuseWhatTheyCannotUse();
};

void MessagesTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ep::installTranslations(QLocale(QLocale::English)); // "1 message", "2 messages"
}

void MessagesTest::invitationsAreDraftsInEachPersonsLanguage()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    // Half of the visit's participants invited; one of them without an address.
    QVERIFY(ep::test::changeIn(path, u"UPDATE participations SET status = 'invited' "
                                     u"WHERE event_id = 1 AND id % 2 = 0"_qs));
    const QString withoutEmail =
        valueIn(path, u"SELECT p.id FROM people p JOIN participations t ON t.person_id = p.id "
                      u"WHERE t.event_id = 1 AND t.status = 'invited' ORDER BY p.id LIMIT 1"_qs);
    QVERIFY(
        ep::test::changeIn(path, u"UPDATE people SET email = '' WHERE id = "_qs % withoutEmail));
    const QStringList invited =
        rowsOf(path, u"SELECT p.email, p.title, p.first_name, p.last_name, p.languages "
                     u"FROM people p JOIN participations t ON t.person_id = p.id "
                     u"WHERE t.event_id = 1 AND t.status = 'invited' AND p.email <> ''"_qs);
    QVERIFY(invited.size() > 10);
    const QString folder = dir.filePath(u"invitations"_qs);

    const Run exported =
        exportMessages(path, u"invitation"_qs, folder, {u"--language"_qs, u"en"_qs});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.out.contains(u"Wrote %1 messages"_qs.arg(invited.size())),
             qPrintable(exported.out));
    const QString missing = valueIn(
        path, u"SELECT first_name || ' ' || last_name FROM people WHERE id = "_qs % withoutEmail);
    QVERIFY2(exported.out.contains(u"No email address, so no message: "_qs) &&
                 exported.out.contains(missing),
             qPrintable(exported.out));

    const QJsonArray drafts = draftsIn(folder);
    QCOMPARE(drafts.size(), invited.size());
    const QStringList agendaIds =
        rowsOf(path, u"SELECT id FROM agenda_items WHERE event_id = 1"_qs);
    QSet<QString> languagesSeen;
    for (const QString &row : invited) {
        const QStringList person = row.split(u'|');
        const QString email = person[0];
        const QString name = QStringList{person[1], person[2], person[3]}.join(u' ').trimmed();
        const QString language = readsIn(person[4], u"en"_qs);
        const auto found = std::find_if(drafts.begin(), drafts.end(), [&](const QJsonValue &d) {
            return d[u"address"_qs].toString() == email;
        });
        QVERIFY2(found != drafts.end(), qPrintable(email));
        const QJsonObject draft = found->toObject();
        QCOMPARE(draft[u"name"_qs].toString(), name);
        QCOMPARE(draft[u"language"_qs].toString(), language);
        QCOMPARE(draft[u"unsent"_qs].toString(), u"1"_qs);
        QVERIFY(draft[u"hasDate"_qs].toBool());
        const QString title =
            valueIn(path, u"SELECT title_%1 FROM events WHERE id = 1"_qs.arg(language));
        QVERIFY2(draft[u"subject"_qs].toString().contains(title),
                 qPrintable(draft[u"subject"_qs].toString()));
        const QString body = draft[u"body"_qs].toString();
        const QString greeting = language == u"de"   ? u"Guten Tag "_qs % name % u','
                                 : language == u"pl" ? u"Dzień dobry,"_qs
                                                     : u"Dear "_qs % name % u',';
        QVERIFY2(body.startsWith(greeting), qPrintable(body));
        QVERIFY2(body.contains(title), qPrintable(body));
        QVERIFY2(!body.contains(u'{'), qPrintable(body)); // every placeholder filled
        // The agenda in the person's language, an entry per item.
        const QJsonArray attachments = draft[u"attachments"_qs].toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments[0][u"type"_qs].toString(), u"text/calendar"_qs);
        QVERIFY(attachments[0][u"name"_qs].toString().endsWith(u".ics"_qs));
        const QString calendar = attachments[0][u"text"_qs].toString();
        QCOMPARE(calendar.count(u"BEGIN:VEVENT"_qs), agendaIds.size());
        const QString firstItem =
            valueIn(path, u"SELECT title_%1 FROM agenda_items WHERE "
                          u"event_id = 1 ORDER BY day, start_time LIMIT 1"_qs.arg(language));
        QVERIFY2(calendar.contains(u"SUMMARY:"_qs % firstItem.left(30)), qPrintable(firstItem));
        languagesSeen.insert(language);
    }
    QVERIFY(languagesSeen.contains(u"de"_qs) && languagesSeen.contains(u"pl"_qs));
}

void MessagesTest::practicalInformationNamesEachPersonsHotelAndArrival()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    QVERIFY(ep::test::changeIn(path, u"UPDATE participations SET hotel = 'Hotel Bredeney' "
                                     u"WHERE event_id = 1 AND id % 2 = 1"_qs));
    const QString folder = dir.filePath(u"practical"_qs);
    const Run exported = exportMessages(path, u"practical"_qs, folder);
    QCOMPARE(exported.exitCode, 0);
    const QStringList coming = rowsOf(
        path, u"SELECT p.email, t.hotel, t.arrival, p.languages FROM people p "
              u"JOIN participations t ON t.person_id = p.id WHERE t.event_id = 1 AND t.status IN "
              u"('registered', 'confirmed', 'attended') AND p.email <> ''"_qs);
    const QJsonArray drafts = draftsIn(folder);
    QCOMPARE(drafts.size(), coming.size());
    const QString meetingPoint =
        valueIn(path, u"SELECT meeting_point_de FROM agenda_items WHERE event_id = 1 AND "
                      u"meeting_point_de <> '' ORDER BY day, start_time LIMIT 1"_qs);
    QVERIFY(!meetingPoint.isEmpty());
    int germanChecked = 0;
    for (const QString &row : coming) {
        const QStringList person = row.split(u'|');
        const auto found = std::find_if(drafts.begin(), drafts.end(), [&](const QJsonValue &d) {
            return d[u"address"_qs].toString() == person[0];
        });
        QVERIFY(found != drafts.end());
        const QString body = (*found)[u"body"_qs].toString();
        QVERIFY2(body.contains(person[1].isEmpty() ? u"Hotel: "_qs : u"Hotel: "_qs % person[1]),
                 qPrintable(body));
        if (readsIn(person[3], u"en"_qs) != u"de")
            continue;
        // "Ihre Anreise: Sonntag, 7. Juli 2019, 19:45", from the stored "2019-07-07T19:45".
        const QDateTime arrival = QDateTime::fromString(person[2], Qt::ISODate);
        if (arrival.isValid()) {
            const QString day =
                QLocale(QLocale::German).toString(arrival.date(), u"d. MMMM yyyy"_qs);
            QVERIFY2(body.contains(u"Ihre Anreise: "_qs) && body.contains(day) &&
                         body.contains(arrival.time().toString(u"HH:mm"_qs)),
                     qPrintable(body));
        } else {
            QVERIFY2(body.contains(u"Ihre Anreise: noch nicht bekannt"_qs), qPrintable(body));
        }
        QVERIFY2(body.contains(u"Treffpunkt: "_qs % meetingPoint), qPrintable(body));
        ++germanChecked;
    }
    QVERIFY(germanChecked > 3);
}

void MessagesTest::anEditedTemplateIsWhatTheDraftsSay()
{
    using ep::MessageTemplates;
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    {
        ep::Database database;
        QVERIFY(database.open(path).ok());
        const QList<ep::MessageTemplate> read =
            MessageTemplates::load(database.connection(), ep::MessageKind::Confirmation);
        QList<ep::MessageTemplate> edited = read;
        edited[0].body = u"Guten Tag {name},\n\nIhr Hotel: {hotel}.\n"_qs;
        QCOMPARE(MessageTemplates::save(database.connection(), edited, read).status,
                 MessageTemplates::Status::Saved);
    }
    QVERIFY(ep::test::changeIn(path, u"UPDATE participations SET hotel = 'Mercure Essen', "
                                     u"status = 'confirmed' WHERE event_id = 1"_qs));
    const QString folder = dir.filePath(u"confirmations"_qs);
    QCOMPARE(exportMessages(path, u"confirmation"_qs, folder).exitCode, 0);
    int german = 0;
    for (const QJsonValue &draft : draftsIn(folder)) {
        if (draft[u"language"_qs].toString() != u"de")
            continue;
        QCOMPARE(
            draft[u"body"_qs].toString(),
            u"Guten Tag %1,\n\nIhr Hotel: Mercure Essen.\n"_qs.arg(draft[u"name"_qs].toString()));
        ++german;
    }
    QVERIFY(german > 0);
}

void MessagesTest::messagesRefuseWhatTheyCannotUse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString event = QString::number(firstVisit);
    QTest::newRow("no template") << QStringList{u"messages"_qs, event} << 1 << u"--template"_qs;
    QTest::newRow("unknown template")
        << QStringList{u"messages"_qs, event, u"--template"_qs, u"reminder"_qs} << 1
        << u"Unknown template \"reminder\""_qs;
    QTest::newRow("no event") << QStringList{u"messages"_qs, u"--template"_qs, u"invitation"_qs}
                              << 1 << u"event is missing"_qs;
    QTest::newRow("unknown event")
        << QStringList{u"messages"_qs, u"999"_qs, u"--template"_qs, u"invitation"_qs} << 2
        << u"There is no event \"999\""_qs;
    QTest::newRow("a badge option")
        << QStringList{u"messages"_qs,   event,          u"--template"_qs,
                       u"invitation"_qs, u"--layout"_qs, u"4"_qs}
        << 1 << u"--layout does not apply"_qs;
    QTest::newRow("template elsewhere")
        << QStringList{u"agenda"_qs, event, u"--template"_qs, u"invitation"_qs} << 1
        << u"--template applies to \"export messages\" only"_qs;
    // The demo's visit invites nobody: nobody to write to.
    QTest::newRow("nobody") << QStringList{u"messages"_qs, event, u"--template"_qs,
                                           u"invitation"_qs}
                            << 2 << u"no message was written"_qs;
    QTest::newRow("folder not empty")
        << QStringList{u"messages"_qs, event, u"--template"_qs, u"practical"_qs} << 2
        << u"is not empty"_qs;
}

void MessagesTest::messagesRefuseWhatTheyCannotUse()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const QString folder = dir.filePath(u"messages"_qs);
    QVERIFY(QDir().mkpath(folder));
    const bool occupied = QString::fromLatin1(QTest::currentDataTag()) == u"folder not empty";
    if (occupied) {
        QFile kept(folder + u"/notes.txt"_qs);
        QVERIFY(kept.open(QIODevice::WriteOnly));
    }
    const Run refused = run(QStringList{u"export"_qs} + arguments +
                            QStringList{u"--output"_qs, folder, u"--database"_qs, path});
    QCOMPARE(refused.exitCode, exitCode);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QCOMPARE(refused.err.count(u'\n'), 1); // one message
    const QStringList left = QDir(folder).entryList(QDir::Files | QDir::NoDotAndDotDot);
    QCOMPARE(left, occupied ? QStringList{u"notes.txt"_qs} : QStringList{});
    // No half-written folder beside it either.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"messages"_qs});
}

QTEST_MAIN(MessagesTest)
#include "tst_climessages.moc"
