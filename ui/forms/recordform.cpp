#include "forms/recordform.h"

#include "storage/storageproblem.h"
#include "widgets/datefield.h"
#include "widgets/localizedtextedit.h"
#include "widgets/openingdaysedit.h"
#include "widgets/optionaldateedit.h"
#include "widgets/personfield.h"
#include "widgets/tableeditor.h"
#include "widgets/taborder.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFocusEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QShowEvent>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ep {

RecordForm::RecordForm(const Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    // Qt tells where the focus went only after the widget got it.
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { m_focusInside = now && isAncestorOf(now); });
}

QFormLayout *RecordForm::makeScrollingForm(QVBoxLayout *outer)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes from field to field; the area itself shows no focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *content = new QWidget(scroll);
    auto *form = new QFormLayout(content);
    // Every label beside its field, also the long German and Polish ones: a
    // label above its field made one form read as two (issue 13). A window
    // too narrow scrolls sideways instead.
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    m_scrollingForms.append(form);
    return form;
}

QList<QWidget *> RecordForm::tabStops() const
{
    QList<QWidget *> stops;
    for (QFormLayout *form : m_scrollingForms)
        stops += taborder::stopsOf(form);
    return stops;
}

void RecordForm::showEvent(QShowEvent *event)
{
    // The rows' labels take Alt and their letter to the fields' first controls.
    for (QFormLayout *form : std::as_const(m_scrollingForms))
        taborder::focusLabelsOnStops(form);
    for (QWidget *stop : tabStops())
        stop->installEventFilter(this); // once: a filter installed again moves to the front
    QWidget::showEvent(event);
}

bool RecordForm::eventFilter(QObject *watched, QEvent *event)
{
    // Tab from the list beside the form goes to its first field, not to the
    // field made first: Qt's focus chain follows the order widgets were made
    // in, which a form's member initialisers do not keep.
    if (event->type() == QEvent::FocusIn && !m_focusInside &&
        static_cast<QFocusEvent *>(event)->reason() == Qt::TabFocusReason) {
        const QList<QWidget *> stops = tabStops();
        const auto first = std::find_if(stops.cbegin(), stops.cend(), [](QWidget *stop) {
            return stop->isVisible() && stop->isEnabled() && (stop->focusPolicy() & Qt::TabFocus);
        });
        if (first != stops.cend() && *first != watched)
            (*first)->setFocus(Qt::TabFocusReason);
    }
    return QWidget::eventFilter(watched, event);
}

bool RecordForm::focusNextPrevChild(bool next)
{
    const QList<QWidget *> stops = tabStops();
    if (taborder::move(stops, next, false))
        return true;
    const bool inStops = taborder::stopWithFocus(stops) >= 0; // at an end of the fields
    if (inStops) {
        if (QWidget *after = taborder::beyond(this, next)) {
            after->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
        return taborder::move(stops, next, true); // the form is the window (a dialog's)
    }
    return QWidget::focusNextPrevChild(next);
}

QLabel *RecordForm::addRow(QFormLayout *form, const char *label, QWidget *field,
                           const QString &issueField)
{
    auto *labelWidget = new QLabel(form->parentWidget());
    labelWidget->setBuddy(field);
    m_labels.append({labelWidget, label});
    labelWidget->setText(QCoreApplication::translate(metaObject()->className(), label));
    if (issueField.isEmpty()) {
        form->addRow(labelWidget, field);
    } else {
        form->addRow(labelWidget, m_issues.wrap(field, {issueField}, form->parentWidget()));
    }
    watch(field);
    return labelWidget;
}

void RecordForm::watch(QWidget *widget)
{
    const auto notify = [this] {
        emit modifiedChanged();
    };
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        connect(edit, &QLineEdit::textChanged, this, notify);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, notify);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, notify);
    else if (auto *date = qobject_cast<QDateTimeEdit *>(widget))
        connect(date, &QDateTimeEdit::dateTimeChanged, this, notify);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        connect(spin, &QSpinBox::valueChanged, this, notify);
    else if (auto *box = qobject_cast<QCheckBox *>(widget))
        connect(box, &QCheckBox::toggled, this, notify);
    else if (auto *localized = qobject_cast<LocalizedTextEdit *>(widget))
        connect(localized, &LocalizedTextEdit::textChanged, this, notify);
    else if (auto *optional = qobject_cast<OptionalDateEdit *>(widget))
        connect(optional, &OptionalDateEdit::changed, this, notify);
    else if (auto *date = qobject_cast<DateField *>(widget))
        connect(date, &DateField::edited, this, notify);
    else if (auto *person = qobject_cast<PersonField *>(widget))
        connect(person, &PersonField::changed, this, notify);
    else if (auto *days = qobject_cast<OpeningDaysEdit *>(widget))
        connect(days, &OpeningDaysEdit::edited, this, notify);
}

void RecordForm::setRecordId(int id)
{
    m_recordId = id;
    m_shownStamp = id > 0 ? storedStamp() : QString();
}

RecordForm::StoredState RecordForm::storedState() const
{
    if (m_recordId == 0)
        return StoredState::Unchanged;
    const QString stamp = storedStamp();
    return stamp.isEmpty()         ? StoredState::Deleted
           : stamp != m_shownStamp ? StoredState::Changed
                                   : StoredState::Unchanged;
}

void RecordForm::showWriteError(const QString &message)
{
    QMessageBox::warning(this, tr("Not saved"), message);
}

void RecordForm::reportWriteFailure(const SaveResult &result)
{
    if (result.error.isValid() && StorageProblems::of(m_workspace.db, result.error).cause ==
                                      StorageProblem::Cause::ConnectionLost) {
        emit connectionLost();
        return;
    }
    showWriteError(StaleMessages::explain(result, m_workspace.db));
}

void RecordForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    // Fields stay readable and their text selectable; what only changes
    // the record is switched off.
    const QList<QWidget *> widgets = findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setReadOnly(readOnly);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
            text->setReadOnly(readOnly);
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
            spin->setReadOnly(readOnly);
        else if (auto *table = qobject_cast<TableEditor *>(widget))
            table->setReadOnly(readOnly);
        else if (auto *list = qobject_cast<QListWidget *>(widget))
            list->setEnabled(!readOnly);
        else if (qobject_cast<QComboBox *>(widget) || qobject_cast<QCheckBox *>(widget) ||
                 (qobject_cast<QAbstractButton *>(widget) &&
                  widget->objectName() != u"documentsButton"))
            widget->setEnabled(!readOnly);
    }
}

void RecordForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateLabels();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void RecordForm::retranslateLabels()
{
    for (const auto &[label, source] : m_labels)
        label->setText(QCoreApplication::translate(metaObject()->className(), source));
}

} // namespace ep
