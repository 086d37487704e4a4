#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// What a PDF says about itself, read back as a screen reader, a viewer and a
// catalogue would: poppler's pdfinfo (the document information, and with
// -meta the XMP metadata) and libqpdf (the catalogue, which pdfinfo does not
// print).
namespace ep::test {

// pdfinfo's fields by name ("Title", "Author", "Tagged" …), UTF-8.
QHash<QString, QString> pdfInfo(const QString &path);

// The XMP metadata as `pdfinfo -meta` prints it, read as RDF.
struct XmpDescription
{
    QHash<QString, QString> titles; // by xml:lang ("x-default", "pl-PL")
    QStringList languages;          // dc:language, in order
    QStringList creators;           // dc:creator
    QString creatorTool;            // xmp:CreatorTool
    QString producer;               // pdf:Producer
};
XmpDescription pdfXmp(const QString &path);

// The catalogue and the information dictionary, read with libqpdf, and
// whether libqpdf read the whole file (every object, every stream decoded)
// without a warning, as `qpdf --check` does.
struct PdfCatalogue
{
    QString language;           // /Lang
    bool displaysTitle = false; // /ViewerPreferences /DisplayDocTitle true
    bool claimsTagging = false; // /MarkInfo /Marked true
    QString author;             // the information's /Author
    bool readCleanly = false;
    QString problem; // what libqpdf said where it did not
};
PdfCatalogue pdfCatalogue(const QByteArray &pdf);
PdfCatalogue pdfCatalogue(const QString &path);

} // namespace ep::test
