// The rules of the architecture that the README and the style guide promise,
// checked on the source tree itself, so that a change that breaks one fails
// the test run instead of waiting for a reviewer: small files, layers that
// point one way (app → ui → models), SQL in models/ only. One row per file;
// a failure names the file and the line.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

namespace {

const QString sourceDir = QStringLiteral(EXCHANGE_PLANNER_SOURCE_DIR);

// Beyond this, a part of the file wants its own class (style guide).
constexpr int maxLines = 500;

// The C++ sources and headers under the folders, as paths relative to the
// source tree ("ui/window/mainwindow.cpp"), sorted.
QStringList sourceFiles(const QStringList &folders)
{
    QStringList files;
    const QDir root(sourceDir);
    for (const QString &folder : folders) {
        QDirIterator it(root.filePath(folder), {u"*.cpp"_qs, u"*.h"_qs}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(root.relativeFilePath(it.next()));
    }
    files.sort();
    return files;
}

QStringList linesOf(const QString &path)
{
    QFile file(QDir(sourceDir).filePath(path));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s cannot be read", qPrintable(file.fileName()));
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // after the final newline
    return lines;
}

void addRows(const QStringList &files)
{
    QTest::addColumn<QString>("path");
    for (const QString &path : files)
        QTest::newRow(qPrintable(path)) << path;
}

// Where a file lies decides what it may include. The first layer whose
// prefix matches counts: ui/documents/ before ui/, app/main.cpp before app/.
struct Layer
{
    QString prefix;
    QStringList mayInclude; // folders of the source tree
};

const QList<Layer> layers{
    {u"models/"_qs, {u"models/"_qs}},
    // Documents are rendered by the command line too, without widgets.
    {u"ui/documents/"_qs, {u"models/"_qs, u"ui/documents/"_qs}},
    {u"ui/"_qs, {u"models/"_qs, u"ui/"_qs}},
    // Only main() starts the window.
    {u"app/main.cpp"_qs, {u"models/"_qs, u"ui/"_qs, u"app/"_qs}},
    {u"app/"_qs, {u"models/"_qs, u"ui/documents/"_qs, u"app/"_qs}},
};

const Layer &layerOf(const QString &path)
{
    for (const Layer &layer : layers) {
        if (path.startsWith(layer.prefix))
            return layer;
    }
    qFatal("%s lies in no layer", qPrintable(path));
}

// The project's files that `#include "included"` in `path` can mean: beside
// the including file, or below one of the folders includes are written from
// ("lists/listdefinition.h", "window/areapage.h", "documents/textbox.h").
QStringList candidates(const QString &path, const QString &included)
{
    const QStringList bases{QFileInfo(path).path(), u"models"_qs, u"ui"_qs, u"app"_qs};
    QStringList found;
    for (const QString &base : bases) {
        const QString candidate = QDir::cleanPath(base % u'/' % included);
        if (!candidate.startsWith(u"../"_qs) &&
            QFileInfo(QDir(sourceDir).filePath(candidate)).isFile())
            found.append(candidate);
    }
    return found;
}

bool isGenerated(const QString &included)
{
    return included.endsWith(u".moc"_qs) || QFileInfo(included).fileName().startsWith(u"ui_"_qs);
}

} // namespace

class ArchitectureTest : public QObject
{
    Q_OBJECT

private slots:
    void findsTheSources();
    void filesAreShort_data();
    void filesAreShort();
    void includesPointOneWay_data();
    void includesPointOneWay();
    void sqlOnlyInModels_data();
    void sqlOnlyInModels();
};

void ArchitectureTest::findsTheSources()
{
    // Every rule below passes on no files at all: make sure they are there.
    const QStringList files = sourceFiles({u"app"_qs, u"models"_qs, u"ui"_qs, u"tests"_qs});
    QVERIFY2(files.contains(u"app/main.cpp"_qs), qPrintable(sourceDir));
    QVERIFY(files.contains(u"models/lists/listdefinition.h"_qs));
    QVERIFY(files.contains(u"ui/window/mainwindow.cpp"_qs));
    QVERIFY(files.contains(u"ui/documents/pageddocument.h"_qs));
    QVERIFY(files.contains(u"tests/architecture/tst_architecture.cpp"_qs));
}

void ArchitectureTest::filesAreShort_data()
{
    addRows(sourceFiles({u"app"_qs, u"models"_qs, u"ui"_qs, u"tests"_qs}));
}

void ArchitectureTest::filesAreShort()
{
    QFETCH(QString, path);
    const qsizetype lines = linesOf(path).size();
    QVERIFY2(lines <= maxLines,
             qPrintable(u"%1:%2: the file has %3 lines, more than %4: a part of it wants its "
                        "own file"_qs.arg(path)
                            .arg(maxLines + 1)
                            .arg(lines)
                            .arg(maxLines)));
}

void ArchitectureTest::includesPointOneWay_data()
{
    addRows(sourceFiles({u"app"_qs, u"models"_qs, u"ui"_qs}));
}

void ArchitectureTest::includesPointOneWay()
{
    QFETCH(QString, path);
    static const QRegularExpression include(uR"re(^\s*#\s*include\s*"([^"]+)")re"_qs);
    const Layer &layer = layerOf(path);
    const QStringList lines = linesOf(path);
    QStringList problems;
    for (int number = 1; number <= lines.size(); ++number) {
        const QRegularExpressionMatch match = include.match(lines[number - 1]);
        if (!match.hasMatch() || isGenerated(match.captured(1)))
            continue;
        const QString included = match.captured(1);
        const QStringList found = candidates(path, included);
        const auto allowed = [&layer](const QString &file) {
            return std::any_of(layer.mayInclude.begin(), layer.mayInclude.end(),
                               [&file](const QString &folder) { return file.startsWith(folder); });
        };
        const QString where = u"%1:%2: #include \"%3\""_qs.arg(path).arg(number).arg(included);
        if (found.isEmpty()) {
            problems.append(where % u" is no file of models/, ui/ or app/"_qs);
        } else if (std::none_of(found.begin(), found.end(), allowed)) {
            problems.append(where % u" is "_qs % found.first() % u": "_qs % layer.prefix %
                            u" may include only "_qs % layer.mayInclude.join(u", "_qs));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void ArchitectureTest::sqlOnlyInModels_data()
{
    addRows(sourceFiles({u"app"_qs, u"ui"_qs}));
}

void ArchitectureTest::sqlOnlyInModels()
{
    QFETCH(QString, path);
    // Widgets, dialogs and the command line work on repositories and
    // models; a query outside models/ is a rule of the data that no model
    // test sees.
    static const QRegularExpression sql(u"\\bQSql(Query|QueryModel|TableModel)\\b"_qs);
    const QStringList lines = linesOf(path);
    QStringList problems;
    for (int number = 1; number <= lines.size(); ++number) {
        const QRegularExpressionMatch match = sql.match(lines[number - 1]);
        if (match.hasMatch()) {
            problems.append(u"%1:%2: %3: SQL belongs in models/"_qs.arg(path).arg(number).arg(
                match.captured()));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(ArchitectureTest)
#include "tst_architecture.moc"
