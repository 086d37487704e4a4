#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ep::test {

// Checks the physical lines of an iCalendar or vCard text (RFC 5545, 6350):
// each ends with CRLF, holds no other CR, is at most 75 octets long and is
// valid UTF-8 by itself (folding cut no character in two). Returns the first
// problem with its line, empty when there is none; counts the continuation
// lines (those a fold began) into `continuations`.
inline QString contentLineProblem(const QByteArray &text, int *continuations)
{
    *continuations = 0;
    if (!text.endsWith("\r\n"))
        return QStringLiteral("the text does not end with CRLF");
    for (const QByteArray &line : text.chopped(1).split('\n')) {
        if (!line.endsWith('\r'))
            return u"no CRLF: "_qs + QString::fromUtf8(line);
        const QByteArray content = line.chopped(1);
        if (content.contains('\r'))
            return u"a lone CR: "_qs + QString::fromUtf8(content);
        if (content.size() > 75)
            return u"longer than 75 octets: "_qs + QString::fromUtf8(content);
        if (QString::fromUtf8(content).toUtf8() != content)
            return u"a character cut in two: "_qs + QString::fromUtf8(content);
        if (content.startsWith(' '))
            ++*continuations;
    }
    return {};
}

} // namespace ep::test
