#pragma once
// Colours with a meaning (error, one hue per structure field), derived from the current palette so
// they stay readable in light and dark themes. Nothing in the GUI hard-codes black or white.

#include <QColor>
#include <QPalette>

namespace sockscope {

// True when the palette's base (the background of fields and tables) is dark.
bool isDarkPalette(const QPalette& palette);

// Text colour for error messages: a red that contrasts with the window background.
QColor errorTextColor(const QPalette& palette);

// Background for a field or table row that holds an error: the base colour tinted towards red.
QColor errorBaseColor(const QPalette& palette);

// Fill for the index-th of `count` distinct items (fields in a byte diagram): evenly spaced hues,
// light pastels on a light palette and deep muted tones on a dark one, so palette Text reads on both.
QColor itemFillColor(const QPalette& palette, int index, int count);

// Fill for padding and unused bytes: between base and window, with no hue.
QColor paddingFillColor(const QPalette& palette);

// Line colour for the index-th data series of a plot (0: blue, 1: orange, then further hues):
// saturated enough to tell apart, darker on a light palette and lighter on a dark one.
QColor seriesLineColor(const QPalette& palette, int index);

} // namespace sockscope
