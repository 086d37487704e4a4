#include "widgets/localizedtextedit.h"

#include "widgets/markercolours.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace ep {
namespace {

QString languageName(Language language)
{
    switch (language) {
    case Language::German:
        return LocalizedTextEdit::tr("German");
    case Language::Polish:
        return LocalizedTextEdit::tr("Polish");
    case Language::English:
        break;
    }
    return LocalizedTextEdit::tr("English");
}

} // namespace

LocalizedTextEdit::LocalizedTextEdit(Lines lines, QWidget *parent)
    : QWidget(parent)
    , m_lines(lines)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setColumnStretch(1, 1);
    int row = 0;
    for (Language language : allLanguages) {
        auto *label = new QLabel(this);
        QWidget *editor = nullptr;
        if (lines == Lines::Single) {
            auto *lineEdit = new QLineEdit(this);
            connect(lineEdit, &QLineEdit::textChanged, this, &LocalizedTextEdit::updateMarkers);
            editor = lineEdit;
        } else {
            auto *textEdit = new QPlainTextEdit(this);
            textEdit->setTabChangesFocus(true);
            textEdit->setMinimumHeight(textEdit->fontMetrics().lineSpacing() * 3);
            textEdit->setMaximumHeight(textEdit->fontMetrics().lineSpacing() * 6);
            connect(textEdit, &QPlainTextEdit::textChanged, this,
                    &LocalizedTextEdit::updateMarkers);
            editor = textEdit;
        }
        editor->setObjectName(languageCode(language));
        label->setBuddy(editor);
        layout->addWidget(label, row, 0, lines == Lines::Single ? Qt::AlignVCenter : Qt::AlignTop);
        layout->addWidget(editor, row, 1);
        m_labels.append(label);
        m_editors.append(editor);
        ++row;
    }
    retranslate();
}

QString LocalizedTextEdit::textOf(int index) const
{
    if (auto *lineEdit = qobject_cast<QLineEdit *>(m_editors[index]))
        return lineEdit->text().trimmed();
    return qobject_cast<QPlainTextEdit *>(m_editors[index])->toPlainText().trimmed();
}

LocalizedText LocalizedTextEdit::text() const
{
    return {textOf(0), textOf(1), textOf(2)};
}

void LocalizedTextEdit::setText(const LocalizedText &text)
{
    for (int index = 0; index < m_editors.size(); ++index) {
        const QString value = text[allLanguages[index]];
        if (auto *lineEdit = qobject_cast<QLineEdit *>(m_editors[index])) {
            lineEdit->setText(value);
            lineEdit->setCursorPosition(0);
        } else {
            qobject_cast<QPlainTextEdit *>(m_editors[index])->setPlainText(value);
        }
    }
    updateMarkers();
}

void LocalizedTextEdit::setOptional(bool optional)
{
    m_optional = optional;
    updateMarkers();
}

QWidget *LocalizedTextEdit::editor(Language language) const
{
    return m_editors[int(language)];
}

void LocalizedTextEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        paintMarkers();
    QWidget::changeEvent(event);
}

void LocalizedTextEdit::retranslate()
{
    updateMarkers();
}

void LocalizedTextEdit::updateMarkers()
{
    const bool unused = m_optional && text().isEmpty();
    for (int index = 0; index < m_editors.size(); ++index) {
        const QString name = languageName(allLanguages[index]);
        const bool missing = !unused && textOf(index).isEmpty();
        // The marker is a word, not only a colour: "(missing)".
        m_labels[index]->setText(missing ? tr("%1 (missing)").arg(name) : name);
        m_labels[index]->setProperty("missing", missing);
        const QString placeholder =
            unused ? QString() : tr("Missing: %1 readers see another language instead").arg(name);
        if (auto *lineEdit = qobject_cast<QLineEdit *>(m_editors[index]))
            lineEdit->setPlaceholderText(placeholder);
        else
            qobject_cast<QPlainTextEdit *>(m_editors[index])->setPlaceholderText(placeholder);
    }
    paintMarkers();
    emit textChanged();
}

// In the warning colour of this widget's palette (the labels inherit the
// rest of it), which is why a change of palette paints them again.
void LocalizedTextEdit::paintMarkers()
{
    const QColor warning = markers::warningText(palette());
    for (QLabel *label : std::as_const(m_labels)) {
        QPalette own;
        if (label->property("missing").toBool())
            own.setColor(QPalette::WindowText, warning);
        label->setPalette(own);
    }
}

} // namespace ep
