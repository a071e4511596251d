"""Paths of the bundled fonts, so rendered and printed maps never depend on machine fonts.

Noto Naskh Arabic covers the Arabic labels, Noto Sans the Latin and Cyrillic ones; both
in regular and bold, under the SIL Open Font License 1.1 (``LICENSE_FILE``). Registering
them with Qt is the render layer's job; this module only finds the files.
"""

from __future__ import annotations

from importlib.resources.abc import Traversable
from pathlib import Path

from zoneeditor.io.resources import resources_root

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
)
LATIN_FAMILY = "Noto Sans"
ARABIC_FAMILY = "Noto Naskh Arabic"




def _as_path(item: Traversable) -> Path:
    """A real filesystem path for a bundled file (the package is installed unzipped)."""
    path = Path(str(item))
    if not path.is_file():
        raise FileNotFoundError(f"bundled file missing: {path}")
    return path


FONTS_DIR: Path = Path(str(resources_root() / "fonts"))
LICENSE_FILE: Path = FONTS_DIR / "OFL.txt"


def font_paths() -> list[Path]:
    """Return the bundled TTF files: Noto Sans then Noto Naskh Arabic, regular and bold."""
    return [_as_path(resources_root() / "fonts" / name) for name in FONT_FILES]
