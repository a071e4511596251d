"""Registers the bundled fonts with Qt once, so Arabic and Cyrillic labels shape correctly.

Qt shapes Arabic (joining, right-to-left order) itself when the font has the glyphs; the
bundled Noto Sans and Noto Naskh Arabic make the result the same on every laptop, on screen
and in print, whatever fonts the system has.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

#: Families used when the bundled fonts are missing (a developer checkout without resources).
_FALLBACK_LATIN = "Sans Serif"


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, ...]:
    """Register the bundled fonts (once) and return their family names, Latin family first.

    Needs a QGuiApplication. Returns an empty tuple when no bundled font could be loaded;
    callers then fall back to the system's default sans-serif font.
    """
    try:
        from zoneeditor.io.fonts import font_paths
    except ImportError:  # the fonts module is not there yet: use the system fonts
        return ()
    families: list[str] = []
    for path in font_paths():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    # Latin family first, then Arabic: QFont.setFamilies tries them in order per glyph.
    families.sort(key=lambda f: ("Arabic" in f, f))
    return tuple(families)


def label_font(point_size: float = 9.0, bold: bool = False) -> QFont:
    """A font for map labels: bundled Noto Sans with Noto Naskh Arabic as fallback."""
    families = list(register_fonts()) or [_FALLBACK_LATIN]
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font
