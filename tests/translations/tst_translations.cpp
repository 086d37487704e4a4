// The German and Polish translations are complete and fit their sources:
// what a translator could get wrong without anybody seeing it until a
// user does.

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;      // "unfinished", "vanished", "obsolete" or empty
    QStringList forms; // the translation, or its plural forms
    qint64 line = 0;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s cannot be read", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context, {}, xml.attributes().value(u"numerus"_qs) == u"yes",
                              {},      {}, xml.lineNumber()};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(u"type"_qs).toString();
            if (!message.numerus) {
                message.forms = {xml.readElementText()};
                messages.append(message);
            }
        } else if (name == u"numerusform") {
            message.forms.append(xml.readElementText());
            // The last form closes the message: append a copy each time and
            // keep the latest.
            if (!messages.isEmpty() && messages.last().line == message.line)
                messages.last() = message;
            else
                messages.append(message);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString where(const QString &language, const Message &message)
{
    return u"exchange-planner_%1.ts:%2 [%3] \"%4\""_qs.arg(language)
        .arg(message.line)
        .arg(message.context, message.source.left(60));
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%(\\d|n)"_qs);
    QStringList found;
    for (auto match = placeholder.globalMatch(text); match.hasNext();)
        found.append(match.next().captured(0));
    found.removeDuplicates();
    found.sort();
    return found;
}

// The keyboard accelerators of a label: "&File" has one, "R&&D" none.
int accelerators(const QString &text)
{
    return int(QString(text).remove(u"&&"_qs).count(u'&'));
}

QString tsPath(const QString &language)
{
    return QStringLiteral(EXCHANGE_PLANNER_TRANSLATIONS) + u"/exchange-planner_"_qs + language +
           u".ts"_qs;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void everyEntryIsTranslated_data();
    void everyEntryIsTranslated();
    void placeholdersAndAcceleratorsMatchTheSource_data();
    void placeholdersAndAcceleratorsMatchTheSource();
    void englishPluralsAreWritten();
};

void TranslationsTest::everyEntryIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("de") << u"de"_qs << 2;
    QTest::newRow("pl") << u"pl"_qs << 3; // 1 uczestnik, 2 uczestników … 5 uczestników
}

void TranslationsTest::everyEntryIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    const QList<Message> messages = readTs(tsPath(language));
    QVERIFY(messages.size() > 500);
    QStringList problems;
    for (const Message &message : messages) {
        if (!message.type.isEmpty())
            problems.append(where(language, message) % u": " % message.type);
        else if (message.numerus && message.forms.size() != pluralForms)
            problems.append(where(language, message) % u": plural forms missing");
        else if (std::any_of(message.forms.cbegin(), message.forms.cend(),
                             [](const QString &form) { return form.trimmed().isEmpty(); }))
            problems.append(where(language, message) % u": empty");
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TranslationsTest::placeholdersAndAcceleratorsMatchTheSource_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << u"de"_qs;
    QTest::newRow("pl") << u"pl"_qs;
}

void TranslationsTest::placeholdersAndAcceleratorsMatchTheSource()
{
    QFETCH(QString, language);
    QStringList problems;
    for (const Message &message : readTs(tsPath(language))) {
        const QStringList wanted = placeholders(message.source);
        for (const QString &form : message.forms) {
            // A singular may say "one" instead of %n; every other
            // placeholder must be there, and nothing else.
            QStringList present = placeholders(form);
            QStringList expected = wanted;
            if (message.numerus && !present.contains(u"%n"_qs))
                expected.removeAll(u"%n"_qs);
            if (present != expected) {
                problems.append(where(language, message) % u": placeholders "_qs %
                                present.join(u',') % u" instead of "_qs % expected.join(u','));
            }
            if (accelerators(form) != accelerators(message.source))
                problems.append(where(language, message) % u": keyboard accelerator (&)");
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TranslationsTest::englishPluralsAreWritten()
{
    // The English catalogue holds only the plural forms ("1 event", "2 events").
    QStringList problems;
    for (const Message &message : readTs(tsPath(u"en"_qs))) {
        if (message.numerus && (message.type == u"unfinished" || message.forms.size() != 2 ||
                                message.forms.contains(QString())))
            problems.append(where(u"en"_qs, message));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
