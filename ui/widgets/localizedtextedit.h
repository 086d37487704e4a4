#pragma once

#include "domain/localizedtext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ep {

// Edits one text in German, Polish and English: three fields, each named by
// its language and marked when its translation is missing.
class LocalizedTextEdit final : public QWidget
{
    Q_OBJECT

public:
    enum class Lines
    {
        Single,
        Multiple
    };

    explicit LocalizedTextEdit(Lines lines, QWidget *parent = nullptr);

    LocalizedText text() const;
    void setText(const LocalizedText &text);

    // An optional text (a meeting point, a description) left empty in every
    // language is not marked missing; once one language has it, the others are.
    void setOptional(bool optional);

    // The field of one language, for focus and tests.
    QWidget *editor(Language language) const;

signals:
    void textChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateMarkers();
    void paintMarkers();
    QString textOf(int index) const;

    Lines m_lines;
    bool m_optional = false;
    QList<QLabel *> m_labels;
    QList<QWidget *> m_editors;
};

} // namespace ep
