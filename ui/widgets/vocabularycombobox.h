#pragma once

#include "domain/vocabulary.h"

#include <QComboBox>

namespace ep {

// Picks one value of a vocabulary (a kind, role or status), showing the
// translated labels and giving back the stored code.
class VocabularyComboBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit VocabularyComboBox(Vocabulary vocabulary, QWidget *parent = nullptr);

    QString code() const;
    void setCode(const QString &code);
    // Offers "none" first, with `text` (e.g. "not recorded"), giving back an
    // empty code; called again with the text in another language.
    void setNoneText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Vocabulary m_vocabulary;
};

} // namespace ep
