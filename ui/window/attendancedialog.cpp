#include "window/attendancedialog.h"

#include "editing/recordcommand.h"
#include "lists/attendancegridmodel.h"
#include "storage/attendancerepository.h"
#include "storage/recordrepository.h"
#include "window/walkindialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ep {

AttendanceDialog::AttendanceDialog(const Workspace &workspace, EventDocument document,
                                   QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_eventId(document.event.id)
    , m_eventTitle(document.event.title.text(languageOfLocale()))
    , m_model(new AttendanceGridModel(std::move(document), languageOfLocale(), this))
    , m_grid(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("attendanceDialog"));
    setWindowTitle(tr("Attendance – %1").arg(m_eventTitle));
    m_grid->setObjectName(QStringLiteral("attendanceGrid"));
    m_grid->setAccessibleName(tr("Attendance"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setTabKeyNavigation(false);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->installEventFilter(this);

    auto *hint = new QLabel(tr("Tick who signed each sheet. The rows are numbered as on the "
                               "printed sheet of the selected column's day: type a row's number "
                               "and press Space to tick it; Space alone ticks the selected box; "
                               "the arrow keys move."),
                            this);
    hint->setWordWrap(true);
    auto *walkIn = new QPushButton(tr("Add &Walk-in…"), this);
    walkIn->setObjectName(QStringLiteral("addWalkIn"));
    walkIn->setToolTip(tr("Someone who signed a blank row of the selected sheet"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(walkIn, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AttendanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AttendanceDialog::reject);
    connect(walkIn, &QPushButton::clicked, this, &AttendanceDialog::addWalkIn);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_model->setNumberingColumn(current.column());
                showSummary();
            });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AttendanceDialog::showSummary);
    if (m_model->rowCount() > 0)
        m_grid->setCurrentIndex(m_model->index(0, AttendanceGridModel::FirstSheetColumn));
    m_grid->setFocus();
    showSummary();
    resize(1100, 700);
}

void AttendanceDialog::showSummary()
{
    const std::optional<AttendanceSheet> sheet = m_model->sheetAt(m_model->numberingColumn());
    if (!sheet) {
        m_summary->clear();
        return;
    }
    QString text = tr("%1: %2 of %3 present")
                       .arg(m_model->sheetName(*sheet))
                       .arg(m_model->presentCount(*sheet))
                       .arg(m_model->expectedCount(*sheet));
    if (!m_typed.isEmpty())
        text += u"  ·  " % tr("Row %1 …").arg(m_typed);
    m_summary->setText(text);
}

bool AttendanceDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_grid || event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return false;
    if (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9) {
        m_typed += QChar(u'0' + (key->key() - Qt::Key_0));
        showSummary();
        return true;
    }
    if (key->key() == Qt::Key_Backspace && !m_typed.isEmpty()) {
        m_typed.chop(1);
        showSummary();
        return true;
    }
    if (key->key() == Qt::Key_Escape && !m_typed.isEmpty()) {
        m_typed.clear();
        showSummary();
        return true;
    }
    if (key->key() == Qt::Key_Space) {
        tickTyped();
        return true;
    }
    return false;
}

void AttendanceDialog::tickTyped()
{
    QModelIndex target = m_grid->currentIndex();
    if (!m_typed.isEmpty()) {
        const int row = m_model->rowNumbered(m_typed.toInt());
        m_typed.clear();
        if (row < 0) {
            QApplication::beep();
            showSummary();
            return;
        }
        target = m_model->index(row, m_model->numberingColumn());
        m_grid->setCurrentIndex(target);
    }
    if (!m_model->toggle(target))
        QApplication::beep();
    showSummary();
}

void AttendanceDialog::addWalkIn()
{
    const int column = m_model->numberingColumn();
    const std::optional<AttendanceSheet> sheet = m_model->sheetAt(column);
    WalkInDialog dialog(m_workspace.db, sheet ? m_model->sheetName(*sheet) : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->addWalkIn(dialog.person(), dialog.organisationName(), column);
    m_grid->setCurrentIndex(m_model->index(m_model->rowCount() - 1, column));
    showSummary();
}

bool AttendanceDialog::save()
{
    const AttendanceEntry entry = m_model->entry();
    if (entry.isEmpty())
        return true;
    const QSqlDatabase db = m_workspace.db;
    auto written = std::make_shared<AttendanceWrite>(AttendanceRepository(db).save(entry));
    if (!written->result.ok()) {
        QMessageBox::warning(this, tr("Attendance"),
                             tr("The attendance was not saved: %1")
                                 .arg(StaleMessages::explain(written->result, db)));
        return false;
    }
    const auto redo = [db, entry, written]() -> SaveResult {
        *written = AttendanceRepository(db).save(entry);
        return written->result;
    };
    const auto undo = [db, entry, written]() -> SaveResult {
        return AttendanceRepository(db).undo(entry, *written);
    };
    m_workspace.undoStack->push(new RecordCommand(tr("Attendance of %1").arg(m_eventTitle),
                                                  Area::Events, m_eventId, redo, undo,
                                                  m_workspace));
    return true;
}

void AttendanceDialog::accept()
{
    if (save())
        QDialog::accept();
}

void AttendanceDialog::reject()
{
    if (m_model->isModified()) {
        const QMessageBox::StandardButton answer = QMessageBox::question(
            this, tr("Attendance"), tr("Save the attendance entered?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Save)
            accept();
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace ep
