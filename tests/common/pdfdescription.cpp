#include "pdfdescription.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace ep::test {
namespace {

QString pdfinfoOutput(const QStringList &arguments)
{
    QProcess process;
    process.start(u"pdfinfo"_qs, QStringList{u"-enc"_qs, u"UTF-8"_qs} + arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("pdfinfo failed on %s", qPrintable(arguments.join(u' ')));
    return QString::fromUtf8(process.readAllStandardOutput());
}

constexpr auto rdf = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr auto dc = u"http://purl.org/dc/elements/1.1/";

} // namespace

QHash<QString, QString> pdfInfo(const QString &path)
{
    static const QRegularExpression field(u"^([A-Za-z][A-Za-z ]*):\\s*(.*)$"_qs);
    QHash<QString, QString> fields;
    for (const QString &line : pdfinfoOutput({path}).split(u'\n')) {
        const QRegularExpressionMatch match = field.match(line);
        if (match.hasMatch())
            fields.insert(match.captured(1), match.captured(2).trimmed());
    }
    return fields;
}

XmpDescription pdfXmp(const QString &path)
{
    XmpDescription description;
    QXmlStreamReader xml(pdfinfoOutput({u"-meta"_qs, path}));
    QString property; // the dc: or other property whose items are read
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        const auto space = xml.namespaceUri();
        if (space == QStringView(dc) &&
            (name == u"title" || name == u"language" || name == u"creator")) {
            property = name.toString();
        } else if (space == QStringView(rdf) && name == u"li") {
            const QString language = xml.attributes().value(u"xml:lang"_qs).toString();
            const QString text = xml.readElementText();
            if (property == u"title")
                description.titles.insert(language, text);
            else if (property == u"language")
                description.languages.append(text);
            else if (property == u"creator")
                description.creators.append(text);
        } else if (name == u"CreatorTool") {
            description.creatorTool = xml.readElementText();
        } else if (name == u"Producer") {
            description.producer = xml.readElementText();
        }
    }
    if (xml.hasError())
        qWarning("the XMP metadata of %s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return description;
}

PdfCatalogue pdfCatalogue(const QByteArray &pdf)
{
    PdfCatalogue catalogue;
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("PDF under test", pdf.constData(), size_t(pdf.size()));
        QPDFObjectHandle root = document.getRoot();
        if (QPDFObjectHandle language = root.getKey("/Lang"); language.isString())
            catalogue.language = QString::fromStdString(language.getUTF8Value());
        if (QPDFObjectHandle preferences = root.getKey("/ViewerPreferences");
            preferences.isDictionary()) {
            QPDFObjectHandle shows = preferences.getKey("/DisplayDocTitle");
            catalogue.displaysTitle = shows.isBool() && shows.getBoolValue();
        }
        if (QPDFObjectHandle mark = root.getKey("/MarkInfo"); mark.isDictionary()) {
            QPDFObjectHandle marked = mark.getKey("/Marked");
            catalogue.claimsTagging = marked.isBool() && marked.getBoolValue();
        }
        if (QPDFObjectHandle information = document.getTrailer().getKey("/Info");
            information.isDictionary() && information.getKey("/Author").isString())
            catalogue.author = QString::fromStdString(information.getKey("/Author").getUTF8Value());
        // Every object read and every stream decoded, as `qpdf --check` does.
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.setDecodeLevel(qpdf_dl_generalized);
        writer.write();
        catalogue.readCleanly = !document.anyWarnings();
        if (!catalogue.readCleanly)
            catalogue.problem = QString::fromStdString(document.getWarnings().front().what());
    } catch (const std::exception &failure) {
        catalogue.problem = QString::fromLocal8Bit(failure.what());
    }
    return catalogue;
}

PdfCatalogue pdfCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PdfCatalogue unread;
        unread.problem = file.errorString();
        return unread;
    }
    return pdfCatalogue(file.readAll());
}

} // namespace ep::test
