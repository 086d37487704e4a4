#include "editing/conflictdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ep {
namespace {

enum Column
{
    KeepColumn,
    FieldColumn,
    MineColumn,
    StoredColumn,
};

} // namespace

ConflictDialog::ConflictDialog(const QString &recordName, QList<MergeChoice> choices,
                               QWidget *parent)
    : QDialog(parent)
    , m_choices(std::move(choices))
    , m_table(new QTableWidget(int(m_choices.size()), 4, this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed Elsewhere"));
    auto *explanation = new QLabel(
        tr("<b>%1</b> was changed by another window or program since you opened it.<br>"
           "Your changes are listed below beside the values stored now. Tick those to keep; "
           "everything else stays as stored now.")
            .arg(recordName.toHtmlEscaped()),
        this);
    explanation->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("choices"));
    m_table->setAccessibleName(tr("Your changes"));
    m_table->setHorizontalHeaderLabels(
        {tr("Keep yours"), tr("Field"), tr("Your value"), tr("Stored now")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    for (int row = 0; row < m_choices.size(); ++row) {
        const MergeChoice &choice = m_choices[row];
        auto *keep = new QTableWidgetItem;
        keep->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        keep->setCheckState(choice.takeMine ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, KeepColumn, keep);
        // Said in words, not by colour alone: whether the other writer changed it too.
        auto *field = new QTableWidgetItem(choice.changedElsewhere
                                               ? tr("%1 — changed elsewhere too").arg(choice.what)
                                               : choice.what);
        if (choice.changedElsewhere) {
            QFont bold = field->font();
            bold.setBold(true);
            field->setFont(bold);
        }
        m_table->setItem(row, FieldColumn, field);
        m_table->setItem(row, MineColumn, new QTableWidgetItem(choice.mine));
        m_table->setItem(row, StoredColumn, new QTableWidgetItem(choice.stored));
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeRowsToContents();
    // Space toggles the current row's tick (the item view does it); Return
    // is left to the dialog's default button.
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save =
        buttons->addButton(tr("&Save With These Choices"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveChoices"));
    QPushButton *reload =
        buttons->addButton(tr("&Discard Mine and Reload"), QDialogButtonBox::DestructiveRole);
    reload->setObjectName(QStringLiteral("reload"));
    buttons->addButton(tr("&Keep Editing"), QDialogButtonBox::RejectRole);
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reload, &QPushButton::clicked, this, [this] { done(Reload); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 200 + 40 * std::min<int>(int(m_choices.size()), 10));
    m_table->setFocus();
    if (!m_choices.isEmpty())
        m_table->setCurrentCell(0, KeepColumn);
}

QList<MergeChoice> ConflictDialog::choices() const
{
    QList<MergeChoice> result = m_choices;
    for (int row = 0; row < result.size(); ++row)
        result[row].takeMine = m_table->item(row, KeepColumn)->checkState() == Qt::Checked;
    return result;
}

bool ConflictDialog::askSaveAsNew(QWidget *parent, bool *discard)
{
    QMessageBox box(QMessageBox::Warning, tr("Deleted Elsewhere"),
                    tr("The record you are editing was deleted by another window or program "
                       "since you opened it."),
                    QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("deletedElsewhere"));
    box.setInformativeText(tr("Save your version as a new record, or discard your changes?"));
    QPushButton *saveAsNew = box.addButton(tr("Save as &New Record"), QMessageBox::AcceptRole);
    QPushButton *discardButton =
        box.addButton(tr("&Discard My Changes"), QMessageBox::DestructiveRole);
    box.button(QMessageBox::Cancel)->setText(tr("&Keep Editing"));
    box.setDefaultButton(saveAsNew);
    box.exec();
    *discard = box.clickedButton() == discardButton;
    return box.clickedButton() == saveAsNew;
}

} // namespace ep
