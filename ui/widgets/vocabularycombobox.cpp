#include "widgets/vocabularycombobox.h"

#include <QEvent>

namespace ep {

VocabularyComboBox::VocabularyComboBox(Vocabulary vocabulary, QWidget *parent)
    : QComboBox(parent)
    , m_vocabulary(vocabulary)
{
    for (const QString &code : vocabularyCodes(vocabulary))
        addItem(QString(), code);
    retranslate();
}

QString VocabularyComboBox::code() const
{
    return currentData().toString();
}

void VocabularyComboBox::setCode(const QString &code)
{
    const int index = findData(code);
    setCurrentIndex(index >= 0 ? index : 0);
}

void VocabularyComboBox::setNoneText(const QString &text)
{
    if (findData(QString()) < 0)
        insertItem(0, text, QString());
    else
        setItemText(findData(QString()), text);
}

void VocabularyComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

void VocabularyComboBox::retranslate()
{
    for (int index = 0; index < count(); ++index) {
        if (const QString code = itemData(index).toString(); !code.isEmpty())
            setItemText(index, vocabularyLabel(m_vocabulary, code));
    }
}

} // namespace ep
