#pragma once

#include "domain/vocabulary.h"

#include <QList>
#include <QStringList>

class QListWidget;
class QWidget;

// A list of boxes to tick, each item a code with its label: the statuses,
// roles or columns a document or a message is for.
namespace ep::checklist {

using Items = QList<std::pair<QString, QString>>; // code, label

// Nothing ticked; as high as seven rows at most.
QListWidget *make(const Items &items, QWidget *parent);
// The codes of a vocabulary with their labels in the window's language.
Items vocabularyItems(Vocabulary vocabulary);
QStringList checkedCodes(const QListWidget *list);
void setChecked(QListWidget *list, const QStringList &codes);

} // namespace ep::checklist
