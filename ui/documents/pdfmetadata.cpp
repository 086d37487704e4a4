#include "documents/pdfmetadata.h"

#include <QXmlStreamWriter>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace ep::pdfmetadata {
namespace {

constexpr auto rdfNamespace = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#";

// <dc:NAME><rdf:KIND><rdf:li …>value</rdf:li>…</rdf:KIND></dc:NAME>, each
// item a value and, for an rdf:Alt, its xml:lang.
void writeArray(QXmlStreamWriter &xml, const QString &name, const QString &kind,
                const QList<std::pair<QString, QString>> &items)
{
    xml.writeStartElement(u"http://purl.org/dc/elements/1.1/"_qs, name);
    xml.writeStartElement(QString::fromUtf16(rdfNamespace), kind);
    for (const auto &[value, language] : items) {
        xml.writeStartElement(QString::fromUtf16(rdfNamespace), u"li"_qs);
        if (!language.isEmpty())
            xml.writeAttribute(u"xml:lang"_qs, language);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

} // namespace

QString languageTag(Language language)
{
    switch (language) {
    case Language::German:
        return u"de-DE"_qs;
    case Language::Polish:
        return u"pl-PL"_qs;
    case Language::English:
        break;
    }
    return u"en-GB"_qs;
}

QByteArray xmp(const QString &title, const QList<Language> &languages, const QString &creator)
{
    QByteArray packet;
    QXmlStreamWriter xml(&packet);
    xml.setAutoFormatting(true);
    // The packet wrapper XMP asks for, its byte-order mark in UTF-8.
    xml.writeProcessingInstruction(u"xpacket"_qs,
                                   u"begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\""_qs);
    xml.writeNamespace(u"adobe:ns:meta/"_qs, u"x"_qs);
    xml.writeNamespace(QString::fromUtf16(rdfNamespace), u"rdf"_qs);
    xml.writeNamespace(u"http://purl.org/dc/elements/1.1/"_qs, u"dc"_qs);
    xml.writeNamespace(u"http://ns.adobe.com/xap/1.0/"_qs, u"xmp"_qs);
    xml.writeNamespace(u"http://ns.adobe.com/pdf/1.3/"_qs, u"pdf"_qs);
    xml.writeStartElement(u"adobe:ns:meta/"_qs, u"xmpmeta"_qs);
    xml.writeStartElement(QString::fromUtf16(rdfNamespace), u"RDF"_qs);
    xml.writeStartElement(QString::fromUtf16(rdfNamespace), u"Description"_qs);
    xml.writeAttribute(QString::fromUtf16(rdfNamespace), u"about"_qs, QString());

    xml.writeTextElement(u"http://purl.org/dc/elements/1.1/"_qs, u"format"_qs,
                         u"application/pdf"_qs);
    const QString main = languageTag(languages.isEmpty() ? Language::English : languages.first());
    writeArray(xml, u"title"_qs, u"Alt"_qs, {{title, u"x-default"_qs}, {title, main}});
    writeArray(xml, u"creator"_qs, u"Seq"_qs, {{QString::fromUtf16(author), QString()}});
    QList<std::pair<QString, QString>> tags;
    for (Language language : languages)
        tags.append({languageTag(language), QString()});
    writeArray(xml, u"language"_qs, u"Bag"_qs, tags);
    xml.writeTextElement(u"http://ns.adobe.com/xap/1.0/"_qs, u"CreatorTool"_qs, creator);
    // What Qt writes as the information's /Producer: the Qt library's version.
    xml.writeTextElement(u"http://ns.adobe.com/pdf/1.3/"_qs, u"Producer"_qs,
                         u"Qt "_qs % QLatin1String(qVersion()));

    xml.writeEndElement(); // rdf:Description
    xml.writeEndElement(); // rdf:RDF
    xml.writeEndElement(); // x:xmpmeta
    xml.writeProcessingInstruction(u"xpacket"_qs, u"end=\"w\""_qs);
    return packet;
}

QByteArray withLanguage(const QByteArray &pdf, Language language, QString *error)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("PDF written by Qt", pdf.constData(), size_t(pdf.size()));

        QPDFObjectHandle root = document.getRoot();
        root.replaceKey("/Lang", QPDFObjectHandle::newString(languageTag(language).toStdString()));
        QPDFObjectHandle preferences = root.getKey("/ViewerPreferences");
        if (!preferences.isDictionary()) {
            preferences = QPDFObjectHandle::newDictionary();
            root.replaceKey("/ViewerPreferences", preferences);
        }
        preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
        if (QPDFObjectHandle information = document.getTrailer().getKey("/Info");
            information.isDictionary()) {
            information.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(
                                                  QString::fromUtf16(author).toStdString()));
        }

        QPDFWriter writer(document);
        writer.setOutputMemory();
        // The pages' streams (fonts, images, content) as Qt compressed them.
        writer.setCompressStreams(false);
        writer.setDecodeLevel(qpdf_dl_none);
        writer.write();
        const std::shared_ptr<Buffer> written = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(written->getBuffer()),
                          qsizetype(written->getSize()));
    } catch (const std::exception &failure) {
        *error = QString::fromLocal8Bit(failure.what());
        return {};
    }
}

} // namespace ep::pdfmetadata
