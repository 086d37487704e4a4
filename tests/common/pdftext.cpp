#include "pdftext.h"

#include <QProcess>
#include <QRegularExpression>

#include <algorithm>

namespace ep::test {
namespace {

// pdftotext -layout keeps the words of a line apart by spaces; a text that
// wraps in its cell comes out across lines. Compare words in order.
QString squeezed(const QString &text)
{
    return text.simplified();
}

} // namespace

QStringList pdfPages(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {u"-layout"_qs, path, u"-"_qs});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("pdftotext failed on %s", qPrintable(path));
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString pageSize(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(60000);
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpressionMatch match =
        QRegularExpression(u"Page size:\\s+([\\d.]+ x [\\d.]+)"_qs).match(info);
    return match.captured(1);
}

QList<double> rowNumberTops(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_qs,
                  {u"-bbox"_qs, u"-f"_qs, u"1"_qs, u"-l"_qs, u"1"_qs, path, u"-"_qs});
    process.waitForFinished(60000);
    const QString boxes = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression word(
        u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\"[^>]*>(\\d+)</word>"_qs);
    QList<double> tops;
    for (auto match = word.globalMatch(boxes); match.hasNext();) {
        const QRegularExpressionMatch number = match.next();
        if (number.captured(1).toDouble() < 60)
            tops.append(number.captured(2).toDouble());
    }
    return tops;
}

bool isPortrait(const QString &path)
{
    const QStringList sides = pageSize(path).split(u" x "_qs);
    return sides.size() == 2 && sides[0].toDouble() < sides[1].toDouble() &&
           sides[0].toDouble() > 590 && sides[0].toDouble() < 600;
}

bool holds(const QString &rawText, const QString &givenWanted)
{
    // The PDF writer sets "ff" and "fl" as ligatures, which come back as
    // one character ("Treﬀpunkt"): compared as the letters they stand for.
    const QString wanted = givenWanted.normalized(QString::NormalizationForm_KC);
    const QString normalized = rawText.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression lineEndHyphen(u"-\\s+"_qs);
    // A word broken after its hyphen ("Dortmund-" / "Hörde") is one word;
    // so is one hyphenated where it did not fit ("Abteilungs-" / "leiter").
    const QString text = QString(normalized).replace(lineEndHyphen, u"-"_qs);
    const QString hyphenated = QString(normalized).replace(lineEndHyphen, QString());
    // A long title may wrap inside its cell: then each of its words is there.
    if (squeezed(text).contains(squeezed(wanted)) ||
        squeezed(hyphenated).contains(squeezed(wanted)))
        return true;
    // A word may also break after a hyphen, its own or one added where it
    // did not fit, with another column's text between its parts on the
    // extracted line.
    const QStringList words = wanted.split(QRegularExpression(u"[\\s-]+"_qs), Qt::SkipEmptyParts);
    const auto hyphenatedIn = [&text](const QString &word) {
        for (qsizetype split = 2; split + 2 <= word.size(); ++split) {
            if (text.contains(word.left(split) % u'-') && text.contains(word.mid(split)))
                return true;
        }
        return false;
    };
    return std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
        return text.contains(word) || hyphenatedIn(word);
    });
}

} // namespace ep::test
