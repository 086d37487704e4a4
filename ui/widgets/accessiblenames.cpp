#include "widgets/accessiblenames.h"

#include "widgets/taborder.h"
#include "widgets/windowfilters.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSet>
#include <QStackedLayout>
#include <QTextDocumentFragment>
#include <QWizardPage>

namespace ep::accessiblenames {
namespace {

// The name given here, to tell it from one the code set since.
constexpr char namedAs[] = "epAccessibleNameFromLabel";
// A part's own name ("Calendar"), kept while the label's name is shown.
constexpr char partName[] = "epAccessiblePartName";

// "&First day:" as it is read: "First day".
QString spoken(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.replace(u"&&"_qs, u"\x01"_qs).remove(u'&').replace(u'\x01', u'&');
    text = text.trimmed();
    while (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

// The stop's own name, read after the label's: a button's text, or a name
// the code set (before us, or since: a part renamed on a change of language).
QString partOf(const QWidget *stop)
{
    if (const auto *button = qobject_cast<const QAbstractButton *>(stop)) {
        if (!button->text().isEmpty())
            return spoken(button->text());
    }
    const QString current = stop->accessibleName();
    if (!current.isEmpty() && current != stop->property(namedAs).toString())
        return current;
    return stop->property(partName).toString();
}

void nameStop(QWidget *stop, const QString &label)
{
    const QString part = partOf(stop);
    const QString name = part.isEmpty() || part == label ? label : label % u": " % part;
    stop->setProperty(partName, part);
    stop->setProperty(namedAs, name);
    if (stop->accessibleName() != name)
        stop->setAccessibleName(name);
}

// The stops of a form row's field, which may be a layout of several widgets.
QList<QWidget *> stopsIn(QLayoutItem *item)
{
    if (!item)
        return {};
    if (QWidget *widget = item->widget())
        return taborder::stopsOf(widget);
    QList<QWidget *> stops;
    if (QLayout *layout = item->layout()) {
        for (int index = 0; index < layout->count(); ++index)
            stops += stopsIn(layout->itemAt(index));
    }
    return stops;
}

class Namer final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Show && event->type() != QEvent::LanguageChange)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || !(widget->isWindow() || isPage(widget)))
            return false;
        if (event->type() == QEvent::Show) {
            nameFieldsByLabels(widget);
        } else {
            // After the widgets took their new texts.
            QMetaObject::invokeMethod(
                widget,
                [page = QPointer<QWidget>(widget)] {
                    if (page)
                        nameFieldsByLabels(page);
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    static bool isPage(const QWidget *widget)
    {
        const QWidget *parent = widget->parentWidget();
        return qobject_cast<const QWizardPage *>(widget) ||
               (parent && qobject_cast<QStackedLayout *>(parent->layout()));
    }
};

} // namespace

void nameFieldsByLabels(QWidget *root)
{
    // A form's row names its whole field, whichever of its stops the label
    // is the buddy of; labels inside a named field (a language's tag) then
    // leave it alone.
    QSet<QWidget *> named;
    const auto name = [&named](const QList<QWidget *> &stops, const QString &label) {
        if (label.isEmpty())
            return;
        for (QWidget *stop : stops) {
            if (!named.contains(stop))
                nameStop(stop, label);
            named.insert(stop);
        }
    };
    for (QFormLayout *form : root->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
            const auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
            if (label)
                name(stopsIn(form->itemAt(row, QFormLayout::FieldRole)), spoken(label->text()));
        }
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy())
            name(taborder::stopsOf(label->buddy()), spoken(label->text()));
    }
    // A field without a label says what it is for by its placeholder
    // ("Search events…").
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (!named.contains(edit) && !edit->placeholderText().isEmpty())
            name({edit}, edit->placeholderText());
    }
}

void install()
{
    windowfilters::installOnce<Namer>();
}

} // namespace ep::accessiblenames
