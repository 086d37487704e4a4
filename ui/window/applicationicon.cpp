#include "window/applicationicon.h"

#include <QDir>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <map>

namespace ep {
namespace {

const QString folder = QStringLiteral(":/icons");

// PNG files by size, read on demand. The same picture in every mode and
// state: a window's icon is only ever drawn enabled.
class IconFilesEngine final : public QIconEngine
{
public:
    IconFilesEngine()
    {
        // Listing the resources reads names, no pictures.
        for (const QString &name :
             QDir(folder).entryList({QStringLiteral("exchange-planner-*.png")}, QDir::Files)) {
            bool isNumber = false;
            const int side = name.section(u'-', -1).chopped(4).toInt(&isNumber);
            if (isNumber)
                m_files[side] = folder % u'/' % name;
        }
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = fittingSide(size);
        QPixmap &read = m_read[side];
        if (read.isNull() && side > 0)
            read = QPixmap(m_files.at(side));
        if (read.size() == size || size.isEmpty())
            return read;
        return read.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->drawPixmap(rect, pixmap(rect.size(), mode, state));
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min({fittingSide(size), size.width(), size.height()});
        return {side, side};
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const auto &[side, file] : m_files)
            sizes.append(QSize(side, side));
        return sizes;
    }

    bool isNull() override { return m_files.empty(); }
    QIconEngine *clone() const override { return new IconFilesEngine(*this); }
    QString key() const override { return QStringLiteral("ep::IconFilesEngine"); }

private:
    // The smallest file at least as large as `size`, else the largest; 0
    // when there is none.
    int fittingSide(const QSize &size) const
    {
        const auto fitting = m_files.lower_bound(std::max(size.width(), size.height()));
        if (fitting != m_files.end())
            return fitting->first;
        return m_files.empty() ? 0 : m_files.rbegin()->first;
    }

    std::map<int, QString> m_files; // by side, in pixels
    std::map<int, QPixmap> m_read;
};

} // namespace

QIcon applicationIcon()
{
    return QIcon(new IconFilesEngine);
}

} // namespace ep
