"""The user guide's pages: which files, in which language, and the Markdown as shown.

The guide is written for delegates and staff, one folder of Markdown pages per language in
the bundled resources (``resources/guide/<lang>/``, installed with the package as
``zoneeditor/resources/guide/``: ``io.resources.guide_root``). Every language has the same
file names (``PAGES``), so links between pages are the same in every language; a page a
language lacks is shown in English.

The keyboard page is not written by hand: its file holds the words around the table, and
the table is made when the page is shown from the window's own shortcut table
(``help_shortcuts.collect``: every menu entry with a key, the other keys, the map's keys),
in the interface's language, so it can never disagree with the window.

Right-to-left pages (Arabic) are prepared for Qt's Markdown reader: code spans (typed
coordinates, key names) are isolated left to right, so ``33°30'36"N`` is not reordered, and
so is Latin text in straight quotes (a name as the data has it: "Proposal B"); table rows
are mirrored, so the first column is on the right (Qt lays table columns out left to right
whatever the text's direction).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from zoneeditor.core.naming import ltr
from zoneeditor.gui.help_shortcuts import Section
from zoneeditor.i18n import RTL_LANGUAGES

#: The pages in the guide's contents, in reading order: file names, the same in every
#: language's folder.
PAGES = (
    "first-steps.md",
    "drawing.md",
    "coordinates.md",
    "undo.md",
    "saving.md",
    "versions.md",
    "comparing.md",
    "importing.md",
    "exporting.md",
    "printing.md",
    "reference-layers.md",
    "merging.md",
    "team.md",
    "shortcuts.md",
    "languages.md",
)
#: The page whose table is made from the window's shortcuts, and where in it the table goes.
SHORTCUTS_PAGE = "shortcuts.md"
SHORTCUTS_MARK = "<!-- shortcuts -->"
#: The language every page is written in; the others fall back to it page by page.
FALLBACK = "en"


def page_path(root: Path, lang: str, page: str) -> Path:
    """The file of ``page`` in ``lang`` under the guide's folder ``root``, else in English."""
    own = root / lang / page
    return own if own.is_file() else root / FALLBACK / page


def page_language(path: Path) -> str:
    """The language a page is written in: the name of its folder ("ar" for ar/drawing.md)."""
    return path.parent.name


def is_right_to_left(path: Path) -> bool:
    """True for a page written in a right-to-left language."""
    return page_language(path) in RTL_LANGUAGES


def page_title(path: Path) -> str:
    """The first heading of a Markdown page, else the file's name."""
    try:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("# "):
                    return line[2:].strip()
    except OSError:
        pass
    return path.name


# -- the Markdown shown ----------------------------------------------------------------------
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def escape(text: str) -> str:
    """``text`` as literal Markdown (a menu entry's "*" or "_" is not emphasis)."""
    return _SPECIAL.sub(r"\\\1", text)


def shortcuts_markdown(sections: Sequence[Section]) -> str:
    """The window's shortcut table as Markdown: a heading per section (a menu's title, the
    other keys, the map's keys), a line per entry with its keys, isolated left to right so
    an Arabic page writes "Ctrl+Shift+Z", never "Z+Shift+Ctrl"."""
    parts = []
    for section in sections:
        parts.append(f"### {escape(section.title)}\n")
        for line in section.shortcuts:
            keys = ", ".join(ltr(k) for k in line.keys)
            parts.append(f"- {escape(line.what)}: **{escape(keys)}**")
        parts.append("")
    return "\n".join(parts)


_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
#: Latin text quoted in a right-to-left sentence: a name as the data has it ("Proposal B").
_QUOTED_LATIN = re.compile(r'"([^"]*[A-Za-z][^"]*)"')
_CELL_BAR = re.compile(r"(?<!\\)\|")


def _isolated(line: str) -> str:
    """Code spans and quoted Latin text of ``line`` isolated left to right (the quotes of
    "Proposal B" would otherwise be placed by the Arabic sentence around them)."""
    parts = []
    last = 0
    for m in _CODE_SPAN.finditer(line):
        parts.append(_QUOTED_LATIN.sub(lambda q: ltr(q.group(0)), line[last:m.start()]))
        parts.append(f"{m.group(1)}{ltr(m.group(2))}{m.group(1)}")
        last = m.end()
    parts.append(_QUOTED_LATIN.sub(lambda q: ltr(q.group(0)), line[last:]))
    return "".join(parts)


def _mirrored_row(line: str) -> str:
    cells = _CELL_BAR.split(line.strip())
    inner = cells[1:-1] if len(cells) > 2 else cells  # "| a | b |" -> ["", a, b, ""]
    return "| " + " | ".join(c.strip() for c in reversed(inner)) + " |"


def right_to_left_markdown(text: str) -> str:
    """``text`` prepared for a right-to-left page (see the module's docstring): code spans
    and quoted Latin text isolated left to right, table rows mirrored; fenced code blocks
    are left alone."""
    out = []
    fenced = False
    for line in text.split("\n"):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced:
            line = _isolated(line)
            if line.lstrip().startswith("|"):
                line = _mirrored_row(line)
        out.append(line)
    return "\n".join(out)


def shown_markdown(path: Path, sections: Sequence[Section] | None = None) -> str:
    """The Markdown of the page at ``path`` as the guide shows it: with the shortcut table
    made from ``sections`` where the keyboard page asks for it, prepared for its direction."""
    text = path.read_text(encoding="utf-8")
    if SHORTCUTS_MARK in text:
        text = text.replace(SHORTCUTS_MARK, shortcuts_markdown(sections or ()))
    return right_to_left_markdown(text) if is_right_to_left(path) else text


__all__ = [
    "FALLBACK",
    "PAGES",
    "SHORTCUTS_MARK",
    "SHORTCUTS_PAGE",
    "escape",
    "is_right_to_left",
    "page_language",
    "page_path",
    "page_title",
    "right_to_left_markdown",
    "shortcuts_markdown",
    "shown_markdown",
]
