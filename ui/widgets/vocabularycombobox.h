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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Vocabulary m_vocabulary;
};

} // namespace ep
