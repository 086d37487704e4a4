// The message templates (issue 16, item 2b) as two people edit them, each
// with a connection of their own, on both engines: each keeps what the
// other saved where they changed different templates; the later of two
// saves of the same template is refused with nothing of it written; an
// unknown placeholder is refused before anything is written. And what
// schema 19 starts with: every kind in every language, placeholders known.

#include "manywriters.h"
#include "storage/messagetemplates.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QTest>

using namespace ep;
using Status = MessageTemplates::Status;

namespace {

QString stored(const QSqlDatabase &db, MessageKind kind, Language language, const char *column)
{
    QSqlError error;
    const QList<MessageTemplate> templates = MessageTemplates::load(db, kind, &error);
    if (error.isValid())
        qFatal("the templates cannot be read: %s", qPrintable(error.text()));
    for (const MessageTemplate &each : templates) {
        if (each.language == language)
            return qstrcmp(column, "subject") == 0 ? each.subject : each.body;
    }
    return {};
}

} // namespace

class MessageTemplatesTest final : public QObject
{
    Q_OBJECT

private slots:
    void everyKindStartsWithATextInEveryLanguage();
    void twoPeopleEditingDifferentTemplatesKeepBoth();
    void theLaterSaveOfOneTemplateIsRefused();
    void anUnknownPlaceholderIsRefused();
};

void MessageTemplatesTest::everyKindStartsWithATextInEveryLanguage()
{
    test::TestDatabase db;
    for (MessageKind kind : allMessageKinds) {
        const QList<MessageTemplate> templates = MessageTemplates::load(db.connection(), kind);
        QCOMPARE(templates.size(), 3);
        for (const MessageTemplate &each : templates) {
            QVERIFY2(!each.subject.isEmpty() && each.body.contains(u"{event}"_qs),
                     qPrintable(messageKindCode(kind)));
            QVERIFY(each.version > 0); // stored, not made up
            QCOMPARE(MessageTemplates::placeholderProblem({each}), QString());
        }
    }
}

void MessageTemplatesTest::twoPeopleEditingDifferentTemplatesKeepBoth()
{
    test::TestDatabase db;
    test::SecondConnection colleague(db.path());
    const QList<MessageTemplate> myRead =
        MessageTemplates::load(db.connection(), MessageKind::Confirmation);
    const QList<MessageTemplate> theirRead =
        MessageTemplates::load(colleague.connection(), MessageKind::Confirmation);
    QList<MessageTemplate> mine = myRead;
    QList<MessageTemplate> theirs = theirRead;
    theirs[1].body = u"Dzień dobry,\n\npotwierdzamy: {event}, {dates}.\n"_qs;
    QCOMPARE(MessageTemplates::save(colleague.connection(), theirs, theirRead).status,
             Status::Saved);
    mine[0].body = u"Guten Tag {name},\n\nIhr Hotel: {hotel}.\n"_qs;
    const MessageTemplates::SaveResult saved =
        MessageTemplates::save(db.connection(), mine, myRead);
    QCOMPARE(saved.status, Status::Saved);
    QCOMPARE(stored(db.connection(), MessageKind::Confirmation, Language::Polish, "body"),
             theirs[1].body);
    QCOMPARE(stored(db.connection(), MessageKind::Confirmation, Language::German, "body"),
             mine[0].body);
    // The result holds the versions now stored, for the next save.
    QCOMPARE(saved.stored[0].version, myRead[0].version + 1);
    QCOMPARE(saved.stored[1], theirRead[1]); // not changed here: as read
}

void MessageTemplatesTest::theLaterSaveOfOneTemplateIsRefused()
{
    test::TestDatabase db;
    test::SecondConnection colleague(db.path());
    const QList<MessageTemplate> myRead =
        MessageTemplates::load(db.connection(), MessageKind::Invitation);
    const QList<MessageTemplate> theirRead =
        MessageTemplates::load(colleague.connection(), MessageKind::Invitation);
    QList<MessageTemplate> theirs = theirRead;
    theirs[2].subject = u"Theirs: {event}"_qs;
    QCOMPARE(MessageTemplates::save(colleague.connection(), theirs, theirRead).status,
             Status::Saved);
    QList<MessageTemplate> mine = myRead;
    mine[0].subject = u"Meins: {event}"_qs;
    mine[2].subject = u"Mine: {event}"_qs;
    const MessageTemplates::SaveResult refused =
        MessageTemplates::save(db.connection(), mine, myRead);
    QCOMPARE(refused.status, Status::ChangedElsewhere);
    QVERIFY2(refused.problem.contains(u"English"_qs), qPrintable(refused.problem));
    // Nothing of the refused save: not even the German subject before it.
    QCOMPARE(stored(db.connection(), MessageKind::Invitation, Language::English, "subject"),
             theirs[2].subject);
    QCOMPARE(stored(db.connection(), MessageKind::Invitation, Language::German, "subject"),
             myRead[0].subject);
    // Saved again over what is stored now, as the dialog offers: mine replace theirs.
    const QList<MessageTemplate> now =
        MessageTemplates::load(db.connection(), MessageKind::Invitation);
    QCOMPARE(MessageTemplates::save(db.connection(), mine, now).status, Status::Saved);
    QCOMPARE(stored(colleague.connection(), MessageKind::Invitation, Language::English, "subject"),
             mine[2].subject);
}

void MessageTemplatesTest::anUnknownPlaceholderIsRefused()
{
    test::TestDatabase db;
    const QList<MessageTemplate> read =
        MessageTemplates::load(db.connection(), MessageKind::PracticalInformation);
    QList<MessageTemplate> edited = read;
    edited[0].subject = u"Hinweise: {event}"_qs;
    edited[1].body += u"{imie} {nazwisko}"_qs;
    const MessageTemplates::SaveResult refused =
        MessageTemplates::save(db.connection(), edited, read);
    QCOMPARE(refused.status, Status::Invalid);
    QVERIFY2(refused.problem.contains(u"{imie}, {nazwisko}"_qs), qPrintable(refused.problem));
    QCOMPARE(
        stored(db.connection(), MessageKind::PracticalInformation, Language::German, "subject"),
        read[0].subject);
}

QTEST_GUILESS_MAIN(MessageTemplatesTest)
#include "tst_messagetemplates.moc"
