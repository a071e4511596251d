"""A list of items as the interface language writes one: "a, b, c" in English and Russian,
"a، b، c" in Arabic.

The separator is the translation of "%1, %2" in the context where core's sentences are
translated ("ToolMessages"; ``i18n/extra_strings.py`` lists it), so every language says how
it joins two items, and every list in the window joins them the same way. QtCore only.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from zoneeditor.i18n.messages import CONTEXT


def separator() -> str:
    """What goes between two items of a list in the interface language (", " when the
    translation does not hold both places in order)."""
    pattern = QCoreApplication.translate(CONTEXT, "%1, %2")
    _, one, rest = pattern.partition("%1")
    between, two, _rest = rest.partition("%2")
    return between if one and two and between else ", "


def listed(items: Iterable[str]) -> str:
    """``items`` joined with the interface language's separator ("" for none)."""
    return separator().join(items)


__all__ = ["listed", "separator"]
