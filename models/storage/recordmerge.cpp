#include "storage/recordmerge.h"

#include "storage/recordnames.h"
#include "storage/versionedrows.h"

#include <QLocale>

namespace ep {

QString ValueTexts::label(const char *context, const char *label, std::optional<Language> language)
{
    const QString text = QCoreApplication::translate(context, label);
    return language ? u"%1 (%2)"_qs.arg(text, languageCode(*language).toUpper()) : text;
}

QString ValueTexts::of(const QSqlDatabase &db, ColumnKind kind,
                       std::optional<Vocabulary> vocabulary, const char *references,
                       const QVariant &value)
{
    const QLocale locale;
    if (value.isNull() ||
        (kind != ColumnKind::Flag && value.toString().isEmpty() && kind != ColumnKind::References))
        return tr("(empty)");
    switch (kind) {
    case ColumnKind::Flag:
        return value.toInt() != 0 ? tr("yes") : tr("no");
    case ColumnKind::Date:
        return locale.toString(sql::dateFrom(value), QLocale::ShortFormat);
    case ColumnKind::Time:
        return locale.toString(sql::timeFrom(value), QLocale::ShortFormat);
    case ColumnKind::DateTime:
        return locale.toString(sql::dateTimeFrom(value), QLocale::ShortFormat);
    case ColumnKind::Code:
        return vocabulary ? vocabularyLabel(*vocabulary, value.toString()) : value.toString();
    case ColumnKind::Image:
        return tr("an image of %1 KB")
            .arg(std::max<qsizetype>(1, value.toByteArray().size() / 1024));
    case ColumnKind::Reference: {
        const QString name =
            recordnames::of(db, QLatin1String(references), value.toInt(), languageOfLocale());
        return name.isEmpty() ? tr("(deleted)") : name;
    }
    case ColumnKind::References: {
        QList<int> ids;
        for (const QVariant &id : value.toList())
            ids.append(id.toInt());
        if (ids.isEmpty())
            return tr("(empty)");
        const QHash<int, QString> names =
            recordnames::of(db, QLatin1String(references), ids, languageOfLocale());
        QStringList shown;
        for (int id : ids)
            shown.append(names.value(id, tr("(deleted)")));
        return shown.join(u", ");
    }
    case ColumnKind::Number:
        // In the locale's digits, as the form shows it (51,488200 in Polish).
        return value.typeId() == QMetaType::Double ? locale.toString(value.toDouble(), 'f', 6)
                                                   : locale.toString(value.toLongLong());
    case ColumnKind::Text:
        break;
    }
    return value.toString();
}

namespace {

// "Start: 10:00 · Notes: bring boots": the values `row` holds in `columns`.
template <typename Row>
QString summary(const QSqlDatabase &db, const Row &row, const QList<int> &columns)
{
    QStringList parts;
    for (int index : columns) {
        const Column<Row> &column = recordTable<Row>().columns[index];
        parts.append(ValueTexts::label(column) % u": " % ValueTexts::of(db, column, row));
    }
    return parts.join(u" · ");
}

QString rowName(const QSqlDatabase &, const AgendaItem &item)
{
    return item.title.text(languageOfLocale());
}

QString rowName(const QSqlDatabase &db, const Participation &participation)
{
    return recordnames::of(db, QStringLiteral("people"), participation.personId,
                           languageOfLocale());
}

} // namespace

Event asNewRecord(Event event)
{
    event.id = 0;
    event.version = 0;
    for (AgendaItem &item : event.agenda)
        item = asNewRecord(item);
    for (Participation &participation : event.participants)
        participation = asNewRecord(participation);
    return event;
}

RecordMerge<Event>::RecordMerge(const QSqlDatabase &db, Event mine, Event base, Event stored)
    : m_fields(db, std::move(mine), std::move(base), std::move(stored))
    , m_choices(m_fields.choices())
{
    mergeRows(db, &Event::agenda, QT_TRANSLATE_NOOP("ValueTexts", "Agenda item “%1”"));
    mergeRows(db, &Event::participants, QT_TRANSLATE_NOOP("ValueTexts", "Participant %1"));
}

template <typename Row>
void RecordMerge<Event>::mergeRows(const QSqlDatabase &db, QList<Row> Event::*rows,
                                   const char *what)
{
    using rows::withId;
    const QList<Row> &mine = m_fields.mine().*rows;
    const QList<Row> &base = m_fields.base().*rows;
    const QList<Row> &stored = m_fields.stored().*rows;
    const auto ask = [&](const Row &row, QString mineText, QString storedText) {
        m_choices.append({ValueTexts::tr(what).arg(rowName(db, row)), std::move(mineText),
                          std::move(storedText), true});
        return std::optional<int>(int(m_choices.size() - 1));
    };
    for (const Row &loaded : base) {
        if (withId(mine, loaded.id))
            continue;
        const Row *now = withId(stored, loaded.id);
        if (!now)
            continue; // deleted here and elsewhere
        const auto remove = [rows, id = loaded.id](Event &event) {
            (event.*rows).removeIf([id](const Row &row) { return row.id == id; });
        };
        const QList<int> changedElsewhere = changedColumns(*now, loaded);
        m_rowChanges.append(
            {remove,
             changedElsewhere.isEmpty()
                 ? std::nullopt
                 : ask(loaded, ValueTexts::tr("deleted"),
                       ValueTexts::tr("changed: %1").arg(summary(db, *now, changedElsewhere)))});
    }
    for (const Row &row : mine) {
        if (row.id == 0) {
            m_rowChanges.append({[rows, row](Event &event) { (event.*rows).append(row); }, {}});
            continue;
        }
        const Row *loaded = withId(base, row.id);
        const QList<int> changed = loaded ? changedColumns(row, *loaded) : QList<int>();
        if (changed.isEmpty())
            continue;
        const Row *now = withId(stored, row.id);
        if (!now) {
            Row again = row;
            again.id = 0;
            again.version = 0;
            m_rowChanges.append({[rows, again](Event &event) { (event.*rows).append(again); },
                                 ask(row, summary(db, row, changed),
                                     ValueTexts::tr("deleted by another window or program"))});
            continue;
        }
        const Row updated = withColumns(*now, row, changed);
        bool conflict = false;
        for (int index : changed)
            conflict = conflict || !sameValue(recordTable<Row>().columns[index], *now, *loaded);
        m_rowChanges.append({[rows, updated](Event &event) {
                                 for (Row &existing : event.*rows) {
                                     if (existing.id == updated.id)
                                         existing = updated;
                                 }
                             },
                             conflict
                                 ? ask(row, summary(db, row, changed), summary(db, *now, changed))
                                 : std::nullopt});
    }
}

Event RecordMerge<Event>::merged(const QList<MergeChoice> &choices) const
{
    Event event = m_fields.merged(choices);
    for (const RowChange &change : m_rowChanges) {
        if (!change.choice || choices.value(*change.choice).takeMine)
            change.keep(event);
    }
    return event;
}

} // namespace ep
