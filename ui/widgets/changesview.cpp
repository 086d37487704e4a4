#include "widgets/changesview.h"

#include "domain/documentlanguage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace ep {

ChangesView::ChangesView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("personChanges"));
    setRootIsDecorated(false);
    setTabKeyNavigation(false); // Tab leaves the list; the arrows move in it
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setColumnCount(3);
    setWordWrap(false);
    header()->setStretchLastSection(true);
    retranslate();
}

void ChangesView::setChanges(const QList<PersonChanges::Change> &changes)
{
    m_changes = changes;
    retranslate();
}

void ChangesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void ChangesView::retranslate()
{
    //: column headings of who changed a person's data: when, who, what
    setHeaderLabels({tr("When"), tr("By"), tr("What")});
    clear();
    const QLocale locale;
    const DocumentLanguage language(languageOfLocale());
    for (const PersonChanges::Change &change : std::as_const(m_changes)) {
        const QString what = PersonChanges::describe(change, language);
        auto *item = new QTreeWidgetItem(
            this,
            {locale.toString(change.at.toLocalTime(), QLocale::ShortFormat), change.by, what});
        item->setToolTip(2, what);
    }
    resizeColumnToContents(0);
    resizeColumnToContents(1);
}

} // namespace ep
