#pragma once

#include "domain/language.h"

#include <QDialog>

class QComboBox;

namespace ep {

// Export Person's Data…: the form of the export — a PDF for the person to
// read, in the language they choose (theirs first where the record names
// it), or JSON for a machine — before the file is chosen.
class PersonDataDialog final : public QDialog
{
    Q_OBJECT

public:
    // `personLanguages` as the person's record holds them ("pl, en").
    PersonDataDialog(const QString &personName, const QString &personLanguages,
                     QWidget *parent = nullptr);

    bool pdf() const;
    Language language() const;

private:
    QComboBox *m_format;
    QComboBox *m_language;
};

} // namespace ep
