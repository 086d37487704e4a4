#pragma once

#include "documents/documentcatalogue.h"
#include "documents/pageddocument.h"
#include "export/eventdocument.h"
#include "widgets/readingorderdialog.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPrinter;
class QPushButton;
class QSpinBox;

namespace ep {

// Hands out one of an event's documents: the officer picks the language and
// what goes in (the options its kind has in the catalogue), then previews,
// prints or saves it, as PDF or in the kind's other formats (the agenda as a
// calendar file, the participant list as CSV). The choices are remembered
// for the next time.
class DocumentDialog final : public ReadingOrderDialog
{
    Q_OBJECT

public:
    DocumentDialog(DocumentKind kind, EventDocument document, QWidget *parent = nullptr);
    ~DocumentDialog() override;

    // What the dialog's choices ask for.
    DocumentRequest request() const;
    // The document as the dialog's options make it.
    std::unique_ptr<PrintedDocument> document() const;

    // Writes the document to `path` in the format its ending names (for CSV,
    // `excel` picks semicolons and a byte order mark). Returns the error,
    // empty when written.
    QString saveTo(const QString &path, bool excel = false) const;

    QComboBox *languageBox() const { return m_language; }
    QListWidget *columnList() const { return m_columns; }
    QSpinBox *blankRowsBox() const { return m_blankRows; }

public slots:
    void preview();
    void print();
    void saveAs(ep::FileFormat format);

private:
    void addOptions(QFormLayout *form);
    QString settingsKey(const QString &name) const;
    void restoreChoices();
    void storeChoices() const;
    void paintOn(QPrinter *printer) const;
    void report(const QString &error, const QString &path);

    const DocumentType &m_type;
    EventDocument m_document;
    QComboBox *m_language;
    QComboBox *m_secondLanguage = nullptr;
    QListWidget *m_statuses = nullptr;
    QListWidget *m_roles = nullptr;
    QListWidget *m_columns = nullptr;
    QCheckBox *m_allLanguages = nullptr;
    QCheckBox *m_perSiteVisit = nullptr;
    QSpinBox *m_blankRows = nullptr;
    QCheckBox *m_shortNames = nullptr;
    QComboBox *m_badgeLayout = nullptr;
    QSpinBox *m_blankBadges = nullptr;
    QCheckBox *m_capitalLastNames = nullptr;
    QCheckBox *m_siteCoordinates = nullptr;
    QComboBox *m_letterPurpose = nullptr;
    QLabel *m_result;
};

} // namespace ep
