#pragma once

#include "domain/language.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What a PDF says about itself for whoever cannot see its pages: its title,
// its language and who made it (issue 18). Qt's PDF writer sets the title and
// the creator in the document information but knows no language and writes
// no tags, so the language goes into the XMP metadata Qt embeds and, after
// Qt is done, into the catalogue by libqpdf.
namespace ep::pdfmetadata {

// The producing program, as the document information's /Author and XMP's
// dc:creator name it.
inline constexpr char16_t author[] = u"Exchange Planner";

// "de-DE", "pl-PL", "en-GB" (BCP 47): the language with the region whose
// conventions the document's dates and numbers follow (DocumentLanguage).
QString languageTag(Language language);

// The XMP packet of a document titled `title` (in the first of `languages`)
// written in `languages`, the main one first: dc:title with xml:lang,
// dc:language, dc:creator, xmp:CreatorTool `creator` (the information's
// /Creator) and pdf:Producer (Qt, as the information's /Producer).
QByteArray xmp(const QString &title, const QList<Language> &languages, const QString &creator);

// `pdf` as Qt wrote it, read and written again by libqpdf with the
// catalogue naming the document's language (/Lang, which screen readers
// follow), asking viewers to show the title rather than the file's name
// (/ViewerPreferences /DisplayDocTitle) and the information naming its
// /Author; the page content is copied as it is. Empty, with `error` set,
// where libqpdf cannot read what Qt wrote.
QByteArray withLanguage(const QByteArray &pdf, Language language, QString *error);

} // namespace ep::pdfmetadata
