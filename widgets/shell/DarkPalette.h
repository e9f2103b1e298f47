#pragma once
// A dark palette for the Fusion style: used to check (and to screenshot) that every page reads
// well on a dark background, since the pages derive all their colours from the palette.

#include <QPalette>

namespace sockscope {

QPalette darkPalette();

} // namespace sockscope
