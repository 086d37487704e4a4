#include "import/importmappingpage.h"

#include "import/importwizard.h"
#include "widgets/issuelabels.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ep {
namespace {

enum Column
{
    NameColumn,
    ExamplesColumn,
    FieldColumn
};

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(this))
    , m_problem(IssueLabels::makeLabel(this))
{
    setTitle(tr("Say Which Column Holds What"));
    setSubTitle(tr("Columns were matched by their names. Columns marked \"(not imported)\" are "
                   "left out. Change any choice; it is remembered for files with the same "
                   "columns."));
    m_table->setObjectName(QStringLiteral("mapping"));
    m_table->setAccessibleName(tr("Columns of the file"));
    m_table->setColumnCount(3);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ExamplesColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
}

QString ImportMappingPage::settingsKey(const QStringList &headers)
{
    QStringList normalized;
    for (const QString &header : headers)
        normalized.append(ImportFields::normalized(header));
    const QByteArray hash =
        QCryptographicHash::hash(normalized.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1);
    return u"import/mapping/"_qs % QString::fromLatin1(hash.toHex());
}

void ImportMappingPage::initializePage()
{
    const ImportPlan &plan = m_wizard->plan();
    QList<Field> mapping = ImportFields::guessMapping(plan.headers, plan.target);
    const QStringList remembered = QSettings().value(settingsKey(plan.headers)).toStringList();
    if (remembered.size() == plan.headers.size()) {
        const QList<Field> allowed = ImportFields::fieldsOf(plan.target);
        for (int column = 0; column < remembered.size(); ++column) {
            const auto field = fieldFromKey(remembered[column]);
            mapping[column] = field && allowed.contains(*field) ? *field : Field::Ignore;
        }
    }

    // Examples: the first few values of each column after the header.
    QFile file(plan.path);
    file.open(QIODevice::ReadOnly);
    const QList<QStringList> rows =
        CsvFormat::preview(&file, plan.format, plan.format.headerRecord + 4);

    m_table->clearContents();
    m_table->setRowCount(int(plan.headers.size()));
    m_table->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("First values"), tr("Imported as")});
    const QList<Field> fields = ImportFields::fieldsOf(plan.target);
    for (int column = 0; column < plan.headers.size(); ++column) {
        const QString name = plan.headers[column];
        m_table->setItem(
            column, NameColumn,
            new QTableWidgetItem(name.isEmpty() ? tr("(column %1)").arg(column + 1) : name));
        QStringList examples;
        for (int row = plan.format.headerRecord + 1; row < rows.size(); ++row) {
            const QString value = rows[row].value(column).simplified();
            if (!value.isEmpty())
                examples.append(value);
        }
        m_table->setItem(column, ExamplesColumn, new QTableWidgetItem(examples.join(u" · ")));
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(u"field_"_qs % QString::number(column));
        combo->addItem(fieldLabel(Field::Ignore), int(Field::Ignore));
        for (Field field : fields)
            combo->addItem(fieldLabel(field), int(field));
        combo->setCurrentIndex(std::max(0, combo->findData(int(mapping.value(column)))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::check);
        m_table->setCellWidget(column, FieldColumn, combo);
    }
    check();
}

QList<Field> ImportMappingPage::chosen() const
{
    QList<Field> mapping;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, FieldColumn));
        mapping.append(Field(combo->currentData().toInt()));
    }
    return mapping;
}

void ImportMappingPage::check()
{
    const QList<Field> mapping = chosen();
    QStringList problems;
    if (!mapping.contains(Field::LastName) && !mapping.contains(Field::FullName))
        problems.append(tr("Choose the column with the last name (or with the full name)."));
    QList<Field> seen;
    for (Field field : mapping) {
        if (field == Field::Ignore)
            continue;
        if (seen.contains(field))
            problems.append(
                tr("\"%1\" is chosen for more than one column.").arg(fieldLabel(field)));
        seen.append(field);
    }
    problems.removeDuplicates();
    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());
    m_fine = problems.isEmpty();
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_fine;
}

bool ImportMappingPage::validatePage()
{
    ImportPlan &plan = m_wizard->plan();
    plan.mapping = chosen();
    QStringList keys;
    for (Field field : plan.mapping)
        keys.append(fieldKey(field));
    QSettings().setValue(settingsKey(plan.headers), keys);
    return true;
}

} // namespace ep
