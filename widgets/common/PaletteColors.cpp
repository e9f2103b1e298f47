#include "PaletteColors.h"

namespace sockscope {

namespace {

QColor mix(const QColor& a, const QColor& b, qreal bWeight)
{
    const qreal aWeight = 1.0 - bWeight;
    return QColor::fromRgbF(static_cast<float>(a.redF() * aWeight + b.redF() * bWeight),
                            static_cast<float>(a.greenF() * aWeight + b.greenF() * bWeight),
                            static_cast<float>(a.blueF() * aWeight + b.blueF() * bWeight));
}

} // namespace

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor errorTextColor(const QPalette& palette)
{
    // A pure red is too dark on a dark window and too light on a light one.
    return isDarkPalette(palette) ? QColor::fromHsl(0, 200, 170) : QColor::fromHsl(0, 200, 95);
}

QColor errorBaseColor(const QPalette& palette)
{
    return mix(palette.color(QPalette::Base), QColor::fromHsl(0, 255, 128),
               isDarkPalette(palette) ? 0.28 : 0.16);
}

QColor itemFillColor(const QPalette& palette, int index, int count)
{
    const int n = count > 0 ? count : 1;
    // Start at a blue-ish hue and spread the rest evenly; with few fields they stay far apart.
    const int hue = (200 + index * 360 / n) % 360;
    return isDarkPalette(palette) ? QColor::fromHsv(hue, 130, 105) : QColor::fromHsv(hue, 70, 250);
}

QColor paddingFillColor(const QPalette& palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.08);
}

QColor seriesLineColor(const QPalette& palette, int index)
{
    static const int hues[] = {210, 28, 140, 290};
    const int hue = hues[static_cast<unsigned>(index) % (sizeof hues / sizeof hues[0])];
    return isDarkPalette(palette) ? QColor::fromHsv(hue, 150, 250) : QColor::fromHsv(hue, 230, 185);
}

} // namespace sockscope
