#include "import/importformatpage.h"

#include "import/importwizard.h"
#include "widgets/issuelabels.h"

#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ep {
namespace {

constexpr int previewRows = 20;

} // namespace

ImportFormatPage::ImportFormatPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_headerRow(new QSpinBox(this))
    , m_preview(new QTableWidget(this))
    , m_problem(IssueLabels::makeLabel(this))
{
    setTitle(tr("Check How the File Is Read"));
    setSubTitle(tr("The first rows as read with the settings below, which were detected from "
                   "the file. If letters look wrong (\"MÃ¼ller\", \"W³odzimierz\"), choose another "
                   "encoding; if everything sits in one column, another delimiter."));
    for (TextEncoding encoding :
         {TextEncoding::Utf8, TextEncoding::Windows1250, TextEncoding::Windows1252}) {
        m_encoding->addItem(TextEncodings::displayName(encoding), int(encoding));
    }
    m_delimiter->addItem(tr("Semicolon ( ; )"), int(';'));
    m_delimiter->addItem(tr("Comma ( , )"), int(','));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_headerRow->setRange(1, previewRows);
    m_headerRow->setMaximumWidth(m_headerRow->sizeHint().width() * 2);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_headerRow->setObjectName(QStringLiteral("headerRow"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("The file's first rows"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setDefaultSectionSize(140);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Encoding"), m_encoding);
    form->addRow(tr("&Delimiter"), m_delimiter);
    form->addRow(tr("Column &names in row"), m_headerRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_preview, 1);

    for (QComboBox *combo : {m_encoding, m_delimiter})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportFormatPage::showPreview);
    connect(m_headerRow, &QSpinBox::valueChanged, this, &ImportFormatPage::showPreview);
}

void ImportFormatPage::initializePage()
{
    const CsvFormat &format = m_wizard->plan().format;
    const QSignalBlocker blockEncoding(m_encoding);
    const QSignalBlocker blockDelimiter(m_delimiter);
    const QSignalBlocker blockHeader(m_headerRow);
    m_encoding->setCurrentIndex(m_encoding->findData(int(format.encoding)));
    m_delimiter->setCurrentIndex(m_delimiter->findData(int(format.delimiter)));
    m_headerRow->setValue(format.headerRecord + 1);
    showPreview();
}

void ImportFormatPage::showPreview()
{
    ImportPlan &plan = m_wizard->plan();
    plan.format.encoding = TextEncoding(m_encoding->currentData().toInt());
    plan.format.delimiter = char(m_delimiter->currentData().toInt());
    plan.format.headerRecord = m_headerRow->value() - 1;

    QFile file(plan.path);
    file.open(QIODevice::ReadOnly);
    const QList<QStringList> rows = CsvFormat::preview(&file, plan.format, previewRows);
    qsizetype columns = 0;
    for (const QStringList &row : rows)
        columns = std::max(columns, row.size());
    m_preview->clear();
    m_preview->setRowCount(int(rows.size()));
    m_preview->setColumnCount(int(columns));
    QFont bold = m_preview->font();
    bold.setBold(true);
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows[row].size(); ++column) {
            // Line breaks inside a cell shown as ↵, so each record stays one row.
            auto *item = new QTableWidgetItem(QString(rows[row][column]).replace(u'\n', u'↵'));
            if (row == plan.format.headerRecord)
                item->setFont(bold);
            else if (row < plan.format.headerRecord)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_preview->setItem(row, column, item);
        }
    }
    QStringList rowLabels;
    for (int row = 0; row < rows.size(); ++row)
        rowLabels.append(QString::number(row + 1));
    m_preview->setVerticalHeaderLabels(rowLabels);

    plan.headers = rows.value(plan.format.headerRecord);
    for (QString &header : plan.headers)
        header = header.trimmed();
    const bool hasReplacement = std::any_of(rows.cbegin(), rows.cend(), [](const QStringList &row) {
        return std::any_of(row.cbegin(), row.cend(), [](const QString &cell) {
            return cell.contains(QChar::ReplacementCharacter);
        });
    });
    m_problem->setText(
        hasReplacement
            ? tr("Some bytes are not valid %1 (shown as �): the file is probably in another "
                 "encoding.")
                  .arg(TextEncodings::displayName(plan.format.encoding))
            : QString());
    m_problem->setVisible(hasReplacement);
}

bool ImportFormatPage::validatePage()
{
    if (m_wizard->plan().headers.size() < 2) {
        m_problem->setText(tr("Row %1 has no columns to import. Choose the row with the column "
                              "names, and the delimiter that splits it.")
                               .arg(m_headerRow->value()));
        m_problem->show();
        return false;
    }
    return true;
}

} // namespace ep
