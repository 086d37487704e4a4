#include "window/backupsdialog.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ep {
namespace {

enum Column
{
    Written,
    Kind,
    Events,
    People,
    Size,
    ColumnCount
};

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

BackupsDialog::BackupsDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_folder(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_backUpNow(new QPushButton(tr("&Back Up Now"), this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
    , m_openFolder(new QPushButton(tr("Open &Folder"), this))
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Backups"));
    m_table->setObjectName(QStringLiteral("backups"));
    m_table->setAccessibleName(tr("Backups"));
    m_backUpNow->setObjectName(QStringLiteral("backUpNow"));
    m_restore->setObjectName(QStringLiteral("restore"));
    auto *intro = new QLabel(
        tr("Once a day, at the first start, the planner writes a copy of %1 into its data "
           "folder, and keeps the copies of the last %2 days and, before those, one for each of "
           "%3 weeks. The copies written before an upgrade or a restore are beside the database.")
            .arg(QDir::toNativeSeparators(databasePath))
            .arg(Backups::dailyCopies)
            .arg(Backups::weeklyCopies),
        this);
    intro->setWordWrap(true);
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setHorizontalHeaderLabels(
        {tr("Written"), tr("Kind"), tr("Events"), tr("People"), tr("Size")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The kind takes the room left; numbers and dates keep to their width.
    m_table->horizontalHeader()->setSectionResizeMode(Kind, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_backUpNow, QDialogButtonBox::ActionRole);
    buttons->addButton(m_openFolder, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_folder);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BackupsDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_restore->isEnabled())
            accept();
    });
    connect(m_backUpNow, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(Backups::folderFor(m_databasePath)));
    });
    reload();
    resize(760, 460);
}

QString BackupsDialog::kindName(Backups::Kind kind)
{
    switch (kind) {
    case Backups::Kind::Automatic:
        return tr("Daily copy");
    case Backups::Kind::BeforeUpgrade:
        return tr("Before an upgrade");
    case Backups::Kind::BeforeRestore:
        return tr("Before a restore");
    }
    return {};
}

void BackupsDialog::reload()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_copies = Backups::list(m_databasePath);
    QApplication::restoreOverrideCursor();
    const QLocale locale;
    m_table->setRowCount(int(m_copies.size()));
    for (int row = 0; row < m_copies.size(); ++row) {
        const Backups::Copy &copy = m_copies[row];
        m_table->setItem(row, Written, cell(locale.toString(copy.written, QLocale::ShortFormat)));
        m_table->setItem(row, Kind, cell(kindName(copy.kind)));
        const bool readable = copy.problem.isEmpty();
        m_table->setItem(
            row, Events,
            cell(readable ? locale.toString(copy.events) : tr("unreadable"), Qt::AlignRight));
        m_table->setItem(row, People,
                         cell(readable ? locale.toString(copy.people) : QString(), Qt::AlignRight));
        m_table->setItem(row, Size, cell(locale.formattedDataSize(copy.size), Qt::AlignRight));
        for (int column = 0; column < ColumnCount; ++column) {
            m_table->item(row, column)
                ->setToolTip(readable ? QDir::toNativeSeparators(copy.path) : copy.problem);
        }
    }
    m_table->resizeColumnsToContents();
    if (!m_copies.isEmpty())
        m_table->selectRow(0);
    m_folder->setText(
        m_copies.isEmpty()
            ? tr("No copy yet. The first is written at the next start, or with Back Up Now.")
            : tr("Daily copies: %1")
                  .arg(QDir::toNativeSeparators(Backups::folderFor(m_databasePath))));
    updateButtons();
}

void BackupsDialog::backUpNow()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Backups::Outcome outcome =
        Backups::backUpNow(m_databasePath, QDateTime::currentDateTime());
    QApplication::restoreOverrideCursor();
    if (outcome.status == Backups::Outcome::Status::Failed)
        QMessageBox::warning(this, tr("Not Backed Up"), outcome.message);
    reload();
}

void BackupsDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool chosen = m_table->selectionModel()->hasSelection() && row >= 0 &&
                        row < m_copies.size() && m_copies[row].problem.isEmpty();
    m_restore->setEnabled(chosen);
    m_openFolder->setEnabled(QFileInfo::exists(Backups::folderFor(m_databasePath)));
}

QString BackupsDialog::chosenBackup() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_copies.size() ? m_copies[row].path : QString();
}

} // namespace ep
