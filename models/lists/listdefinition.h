#pragma once

#include "domain/language.h"
#include "domain/vocabulary.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace ep {

// One column of a list on screen.
struct ListColumn
{
    const char *header = nullptr;              // untranslated; translated in context "ListColumns"
    QString expression;                        // what SELECT returns for it
    QString sortExpression;                    // what ORDER BY uses; empty: the expression
    std::optional<Vocabulary> vocabulary;      // shown as that vocabulary's label
    bool isDate = false;                       // ISO text shown in the locale's format
    const char *headerContext = "ListColumns"; // "Field" for a field's label
};

// Records found by a related table's text: `column` of the listed table
// holds ids of `table`, which has a search_text.
struct RelatedSearch
{
    QString column; // e.g. "p.organisation_id"; empty: no related search
    QString table;  // e.g. "organisations"
};

// One choice of a list's filter, the box above the list: its label,
// untranslated in context "ep::AreaPage", and the condition it adds.
struct ListFilter
{
    const char *label;
    QString condition;
    // How the command line names it ("no_legal_basis"); none: the window's only.
    const char *key = nullptr;
};

// The SQL behind one area's list (events, people …). The first column is
// always the record's id; views hide it.
struct ListDefinition
{
    QString alias;             // of the listed table in `table`, e.g. "e"
    QString table;             // the listed table and its alias, e.g. "events e"
    QString searchCondition;   // a condition on :word, which is bound to each typed word
    QList<ListColumn> columns; // after the id
    int defaultSortColumn = 1; // index into the full row, id being 0
    Qt::SortOrder defaultSortOrder = Qt::AscendingOrder;
    // The filter's choices after "all" (allFilterLabel; both in context
    // "ep::AreaPage", with filterToolTip): what lacks a translation into each
    // language for content kept in three, the legal bases of people. Empty:
    // the list has no filter.
    QList<ListFilter> filters = {};
    const char *allFilterLabel = nullptr;
    const char *filterToolTip = nullptr;
    // With a trigram index over the listed table (SQLite, searchIndexOf()):
    // the condition for a word of three letters or more, on :phrase (the
    // word as the index's phrase) and :word (its LIKE pattern), finding what
    // searchCondition finds without reading every row. Empty: none.
    QString indexedSearchCondition = {};
    // A record found by another table's text as well (a person by their
    // organisation's name). Empty: none.
    RelatedSearch relatedSearch = {};
    // JOIN clauses the columns need, e.g. an organisation's name. The search
    // conditions and the filters use the table alone, so that a count
    // of matches reads no joined table (SQLite 3.40 keeps an unused LEFT JOIN).
    QString joins = {};

    static ListDefinition events(Language language);
    static ListDefinition people();
    static ListDefinition organisations();
    static ListDefinition sites(Language language);
    static ListDefinition topics();
};

} // namespace ep
