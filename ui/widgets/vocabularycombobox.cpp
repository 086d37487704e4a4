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

void VocabularyComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

void VocabularyComboBox::retranslate()
{
    for (int index = 0; index < count(); ++index)
        setItemText(index, vocabularyLabel(m_vocabulary, itemData(index).toString()));
}

} // namespace ep
