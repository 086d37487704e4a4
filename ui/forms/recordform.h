#pragma once

#include "domain/removal.h"
#include "editing/conflictdialog.h"
#include "editing/undoablechange.h"
#include "editing/workspace.h"
#include "storage/recordrepository.h"
#include "widgets/issuelabels.h"
#include "window/area.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace ep {

// The form beside an area's list: shows one record, edits it, writes it.
// Subclasses hold the fields of one kind of record; this base class gives
// them the shared parts: labelled rows with a message under each field,
// noticing edits, and retranslation of the labels.
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    explicit RecordForm(const Workspace &workspace, QWidget *parent = nullptr);

    virtual Area area() const = 0;

    // The record shown; 0 while a new one is being entered.
    int recordId() const { return m_recordId; }

    // Shows the record `id`, or empty fields for a new record when `id` is 0.
    virtual void showRecord(int id) = 0;

    // True when the fields differ from the record as stored.
    virtual bool isModified() const = 0;

    // Checks the fields; when they are fine, writes the record, pushes the
    // change on the undo stack and returns true. Otherwise shows the
    // messages beside the fields (or the database's error) and returns false.
    virtual bool save() = 0;

    // What else goes when the record `id` is deleted.
    virtual RemovalImpact impactOfRemoving(int id) const = 0;
    // Deletes the record `id` as an undoable change; false (and a message
    // shown) when the database refused.
    virtual bool remove(int id) = 0;
    // The record's name for messages, e.g. "Study visit to the Ruhr".
    virtual QString recordName(int id) const = 0;

    // Reads lists that other areas may have changed (organisations, sites …).
    virtual void reloadChoices() {}

    // The first field, to focus when a new record is started.
    virtual QWidget *firstField() const = 0;

    // What another window or program did to the record shown since the form
    // read it: one read of the record's stamp.
    enum class StoredState
    {
        Unchanged,
        Changed,
        Deleted,
    };
    StoredState storedState() const;

    // A role that may only read the database: every field read-only, every
    // button that changes the record off (the documents stay).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // The controls of the form's fields in the order Tab takes them, top
    // to bottom as laid out (widgets/taborder.h).
    virtual QList<QWidget *> tabStops() const;

signals:
    void modifiedChanged();
    void saved(int id);
    // The user asked to open another record (e.g. an event in a history).
    void openRequested(ep::Area area, int id);
    // A save or deletion failed because the team database's server is gone;
    // no message box was shown, the input is kept.
    void connectionLost();

protected:
    void changeEvent(QEvent *event) override;
    // Tab and Shift+Tab go through the fields of the scrolling forms as
    // they are laid out (widgets/taborder.h), and from the last on to what
    // follows the form.
    bool focusNextPrevChild(bool next) override;
    void showEvent(QShowEvent *event) override;
    // Tab from outside the form comes in at its first field.
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Texts other than the field labels; called on construction by the
    // subclass and on every language change.
    virtual void retranslate() {}

    // A form layout in a scroll area filling this widget.
    QFormLayout *makeScrollingForm(QVBoxLayout *outer);
    // A row: `label` (QT_TR_NOOP source text, in the subclass's context) and
    // `field`, with the message label of `issueField` under the field.
    QLabel *addRow(QFormLayout *form, const char *label, QWidget *field,
                   const QString &issueField = {});
    // Emits modifiedChanged() whenever `widget` is edited.
    void watch(QWidget *widget);
    // The record now shown, read from the database a moment ago.
    void setRecordId(int id);
    // What tells whether the record shown was written since it was read: the
    // repository's stamp(recordId()).
    virtual QString storedStamp() const = 0;
    // Shows one sentence about a failed write, e.g. from the database.
    void showWriteError(const QString &message);
    // Why `result` wrote nothing: a lost connection is announced
    // (connectionLost()), anything else shown (showWriteError()).
    void reportWriteFailure(const SaveResult &result);

    // The common end of save(): shows `issues` beside the fields, or, when
    // there are none, writes `record` — what the user changed against
    // `stored`, the record as the form loaded it — as an undoable change
    // named `text` and shows the record as stored. When another window or
    // program changed the record meanwhile, the user chooses what to keep
    // (ConflictDialog); when it deleted it, whether to save theirs as new.
    template <typename Repository, typename Record>
    bool saveRecord(Record record, const Record &stored, const FieldIssues &issues,
                    const QString &text)
    {
        m_issues.show(issues);
        if (!issues.isEmpty())
            return false;
        Record base = stored;
        for (;;) {
            const SaveResult result =
                saveUndoably<Repository>(m_workspace, area(), record, base, text);
            if (result.ok())
                break;
            if (result.error.isValid()) {
                reportWriteFailure(result);
                return false;
            }
            // Stale: settled with the user, then saved against what is stored now.
            const std::optional<Record> now = Repository(m_workspace.db).load(record.id);
            if (!now) {
                bool discard = false;
                if (ConflictDialog::askSaveAsNew(this, &discard)) {
                    record = asNewRecord(record);
                    base = Record{};
                    continue;
                }
                if (discard)
                    showRecord(0);
                return false;
            }
            const RecordMerge<Record> merge(m_workspace.db, record, base, *now);
            ConflictDialog dialog(recordName(record.id), merge.choices(), this);
            const int outcome = dialog.exec();
            if (outcome == ConflictDialog::Reload)
                showRecord(record.id);
            if (outcome != ConflictDialog::SaveChoices)
                return false;
            record = merge.merged(dialog.choices());
            base = *now;
            if (record == base)
                break; // none of the user's changes kept: nothing to write or undo
        }
        showRecord(record.id);
        emit saved(record.id);
        return true;
    }

    // The whole of remove(): the record `id` as shown, at `version`, deleted
    // as an undoable change named `text`.
    template <typename Repository>
    bool removeRecord(int id, int version, const QString &text)
    {
        if (const SaveResult result =
                removeUndoably<Repository>(m_workspace, area(), id, version, text);
            !result.ok()) {
            reportWriteFailure(result);
            return false;
        }
        return true;
    }

    Workspace m_workspace;
    IssueLabels m_issues;

private:
    void retranslateLabels();

    int m_recordId = 0;
    bool m_readOnly = false;
    QString m_shownStamp;
    QList<std::pair<QLabel *, const char *>> m_labels;
    QList<QFormLayout *> m_scrollingForms;
    bool m_focusInside = false; // till the focus has moved: where it was
};

} // namespace ep
