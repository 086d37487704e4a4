#pragma once

#include "documents/pageflow.h"
#include "documents/textbox.h"
#include "domain/language.h"

#include <QList>

#include <optional>

namespace ep {

// A table poured into a PageFlow: a header row repeated at the top of every
// page the table continues on, rows that are never split, a thin grid.
// Columns share the width as their `share`s say, except that no column is
// made narrower than its longest word (a heading like "Organisation", a
// status like "Teilgenommen", a date) where the page has the room: text
// wraps between words, not inside them. Where the page has not, a cell's
// text shrinks a little, then its long words break at sensible places (an
// email address at "@" and ".", a German compound where German hyphenates
// it), then it shrinks further.
//
// The rows go into the flow when the table is finished — by finish(), or at
// the end of the table's life — since the widths depend on every row.
class DocumentTable final
{
public:
    struct Column
    {
        QList<Paragraph> heading;
        double share; // of the flow's width, relative to the other columns
        // The cells' lines are kept whole where the page has the room: a
        // phone number or a date and time read badly when wrapped.
        bool wholeLines = false;
        // Its long words (German compounds in a job title) are kept whole
        // where the page has the room, before those of other columns
        // (email addresses, links) are; see columnWidths().
        bool wholeWords = false;
        // The language its words are hyphenated in where they must break;
        // none: the table's (a bilingual agenda's columns have their own).
        std::optional<Language> language = std::nullopt;
    };

    // `caption`, when given, stands above the header row and repeats with
    // it: a continued sheet still says which day it is.
    // `caption` stands above the header row; where the table goes on on a
    // later page, `continuedCaption` in its place (none: `caption` again).
    // `language`: the document's, in which words too long for their cell are
    // hyphenated (cellbreaks.h).
    DocumentTable(PageFlow &flow, Language language, const QList<Column> &columns,
                  const QList<Paragraph> &caption = {},
                  const QList<Paragraph> &continuedCaption = {});
    ~DocumentTable();
    Q_DISABLE_COPY_MOVE(DocumentTable)

    // Each row at least `minimumHeight` device pixels high (e.g. room to
    // sign); cells beyond the columns are ignored.
    void addRow(const QList<QList<Paragraph>> &cells, double minimumHeight = 0);
    // Lays the rows out. `keepWithNext`: the last row goes onto the page of
    // what follows (a signature under the table), so that no page holds
    // that alone.
    void finish(bool keepWithNext = false);

private:
    struct Row
    {
        QList<QList<Paragraph>> cells;
        double minimumHeight = 0;
    };
    struct Cells
    {
        QList<TextBox> boxes;
        double height = 0;
    };
    struct RowStyle
    {
        QList<double> widths;
        double padding = 0;
        double lineWidth = 0;
        bool header = false;
    };

    QList<double> columnWidths() const;
    Cells layOut(const QList<QList<Paragraph>> &cells, const QList<double> &widths,
                 double minimumHeight) const;
    static void paintRow(QPainter *painter, const QRectF &rect, const QList<TextBox> &boxes,
                         const RowStyle &style);

    PageFlow &m_flow;
    Language m_language;
    QList<Column> m_columns;
    QList<Paragraph> m_caption;
    QList<Paragraph> m_continuedCaption;
    QList<Row> m_rows;
    double m_padding;
    bool m_finished = false;
};

} // namespace ep
