#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Reading a PDF back the way a delegation member reads it: poppler's
// pdftotext and pdfinfo (the README's test command installs poppler-utils).
namespace ep::test {

// The pages of a PDF as pdftotext reads them (form feed between pages).
QStringList pdfPages(const QString &path);

// "841.89 x 595.28" from pdfinfo's "Page size: 841.89 x 595.28 pts (A4)".
QString pageSize(const QString &path);

// The row numbers of a sign-in sheet's first page with their top edges in
// points, read from the PDF's word boxes (pdftotext -bbox): the numbers stand
// at the left margin (15 mm = 42.5 pt), in their own column.
QList<double> rowNumberTops(const QString &path);

// A4 upright: narrower than high.
bool isPortrait(const QString &path);

// Whether `rawText` holds `wanted`, allowing for how pdftotext breaks text
// that wraps in its cell: across lines, after a hyphen, with another
// column's text between the parts, hyphenated where it did not fit, and
// ligatures ("ﬀ") read as letters.
bool holds(const QString &rawText, const QString &wanted);

} // namespace ep::test
