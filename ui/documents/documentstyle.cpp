#include "documents/documentstyle.h"

#include <QFontDatabase>

namespace ep::documentstyle {
namespace {

const QString family = QStringLiteral("DejaVu Sans");

QFont sized(double points, bool isBold = false, bool isItalic = false)
{
    registerFonts();
    QFont font(family);
    font.setPointSizeF(points);
    font.setBold(isBold);
    font.setItalic(isItalic);
    // Glyph outlines as designed, not hinted for a screen: the PDF is printed.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace

void registerFonts()
{
    static const bool registered = [] {
        for (const char *file : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                                 "DejaVuSans-BoldOblique.ttf"})
            QFontDatabase::addApplicationFont(u":/fonts/"_qs % QLatin1String(file));
        return true;
    }();
    (void)registered;
}

QFont body()
{
    return sized(9.5);
}

QFont bold()
{
    return sized(9.5, true);
}

QFont italic()
{
    return sized(9.5, false, true);
}

QFont small()
{
    return sized(8);
}

QFont heading()
{
    return sized(12.5, true);
}

QFont title()
{
    return sized(17, true);
}

} // namespace ep::documentstyle
