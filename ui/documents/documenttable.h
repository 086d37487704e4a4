#pragma once

#include "pageflow.h"
#include "textbox.h"

#include <QList>

namespace ep {

// A table poured into a PageFlow: a header row repeated at the top of every
// page the table continues on, rows that are never split, a thin grid.
class DocumentTable final
{
public:
    struct Column
    {
        QList<Paragraph> heading;
        double share; // of the flow's width, relative to the other columns
    };

    // `caption`, when given, stands above the header row and repeats with
    // it: a continued sheet still says which day it is.
    DocumentTable(PageFlow &flow, const QList<Column> &columns,
                  const QList<Paragraph> &caption = {});

    // Each row at least `minimumHeight` device pixels high (e.g. room to
    // sign); cells beyond the columns are ignored.
    void addRow(const QList<QList<Paragraph>> &cells, double minimumHeight = 0);

private:
    struct Cells
    {
        QList<TextBox> boxes;
        double height = 0;
    };
    Cells layOut(const QList<QList<Paragraph>> &cells, double minimumHeight) const;
    struct RowStyle
    {
        QList<double> widths;
        double padding = 0;
        double lineWidth = 0;
        bool header = false;
    };
    RowStyle rowStyle(bool header) const;
    static void paintRow(QPainter *painter, const QRectF &rect, const QList<TextBox> &boxes,
                         const RowStyle &style);

    PageFlow &m_flow;
    QList<double> m_widths;
    double m_padding;
    int m_header = -1;
    bool m_first = true;
};

} // namespace ep
