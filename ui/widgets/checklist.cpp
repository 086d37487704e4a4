#include "widgets/checklist.h"

#include <QListWidget>

namespace ep::checklist {

QListWidget *make(const Items &items, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    for (const auto &[code, label] : items) {
        auto *item = new QListWidgetItem(label, list);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setMaximumHeight(list->sizeHintForRow(0) * int(std::min<qsizetype>(items.size(), 7)) +
                           2 * list->frameWidth() + 4);
    return list;
}

Items vocabularyItems(Vocabulary vocabulary)
{
    Items items;
    for (const QString &code : vocabularyCodes(vocabulary))
        items.append({code, vocabularyLabel(vocabulary, code)});
    return items;
}

QStringList checkedCodes(const QListWidget *list)
{
    QStringList codes;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            codes.append(list->item(row)->data(Qt::UserRole).toString());
    }
    return codes;
}

void setChecked(QListWidget *list, const QStringList &codes)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

} // namespace ep::checklist
